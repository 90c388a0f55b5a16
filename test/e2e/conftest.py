# SPDX-License-Identifier: GPL-2.0-or-later
"""End-to-end fixtures: the zip built by ``make zip``, installed into a fresh QGIS profile
and driven through ``qgis_process``, exactly as a user would install and run it.

Debian's ``/usr/bin/qgis_process`` wrapper passes ``--noversioncheck``, which QGIS 3.22's
``qgis_process`` rejects, so the binary ``qgis_process.bin`` is called directly.  In 3.22
it loads only the Python plugins enabled in the profile's ``QGIS3.ini``.
"""
import json
import os
import shutil
import subprocess
import sysconfig
import zipfile
from pathlib import Path
from typing import Dict, Optional, Sequence

import pytest

REPO_ROOT = Path(__file__).resolve().parents[2]
PLUGIN_NAME = "energistasjon"
QGIS_PROCESS = Path(os.environ.get("QGIS_PROCESS_BIN", "/usr/bin/qgis_process.bin"))
QGIS_PLUGINS = "/usr/share/qgis/python/plugins"
E2E_DATA = REPO_ROOT / "test" / "data" / "e2e"
DEFAULT_TIMEOUT_S = 600


def _plugin_zip() -> Path:
    return Path(os.environ.get("ENERGISTASJON_ZIP", str(REPO_ROOT / "build" / f"{PLUGIN_NAME}.zip")))


@pytest.fixture(scope="session")
def plugin_zip() -> Path:
    """The installable zip (``make test-e2e`` builds it first with ``make zip``)."""
    path = _plugin_zip()
    if not path.is_file():
        pytest.fail(f"{path} does not exist: run 'make zip' (or 'make test-e2e', which builds it).")
    return path


@pytest.fixture
def e2e_data(tmp_path: Path) -> Path:
    """A copy of the end-to-end fixture (see its README.md) under ``tmp_path``.

    A copy, because QGIS/GDAL write side files next to what they read (``.aux.xml``
    statistics of the DEM) and the repository must stay as it was.
    """
    copy = tmp_path / "e2e-data"
    shutil.copytree(str(E2E_DATA), str(copy), ignore=shutil.ignore_patterns("*.py", "*.md", "*.aux.xml"))
    return copy


def _runtime_dir(fallback: Path) -> str:
    """A writable XDG_RUNTIME_DIR (Qt warns and some QGIS parts fail without one)."""
    current = os.environ.get("XDG_RUNTIME_DIR")
    if current and os.path.isdir(current) and os.access(current, os.W_OK):
        return current
    fallback.mkdir(mode=0o700, parents=True, exist_ok=True)
    return str(fallback)


def qgis_environment(config_path: Path, runtime_dir: str) -> Dict[str, str]:
    """Environment for ``qgis_process.bin``: a custom profile, headless Qt, and the venv's
    shapely 2 / geopandas visible to QGIS's embedded Python through ``PYTHONPATH``.

    The repository root never goes on ``PYTHONPATH``: its ``processing/`` folder would
    shadow QGIS's own ``processing`` plugin.
    """
    env = dict(os.environ)
    paths = [sysconfig.get_paths()["purelib"], QGIS_PLUGINS]
    paths += [p for p in env.get("PYTHONPATH", "").split(os.pathsep) if p]
    unique = []
    for path in paths:
        if path not in unique and Path(path).resolve() != REPO_ROOT:
            unique.append(path)
    env.update({
        "QGIS_CUSTOM_CONFIG_PATH": str(config_path),
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_RUNTIME_DIR": runtime_dir,
        "PYTHONPATH": os.pathsep.join(unique),
    })
    env.setdefault("PROJ_DATA", "/usr/share/proj")
    env.setdefault("PROJ_LIB", env["PROJ_DATA"])
    return env


class QgisProcess:
    """Runs ``qgis_process.bin`` in one fresh profile.

    Attributes
    ----------
    config_path : Path
        The folder given as ``QGIS_CUSTOM_CONFIG_PATH``.
    plugin_dir : Path
        Where the zip was unpacked: ``<config>/profiles/default/python/plugins/energistasjon``.
    """

    def __init__(self, config_path: Path, runtime_dir: str):
        self.config_path = config_path
        self.plugin_dir = config_path / "profiles" / "default" / "python" / "plugins" / PLUGIN_NAME
        self.env = qgis_environment(config_path, runtime_dir)

    def __call__(self, *args: str,
                 timeout: Optional[float] = DEFAULT_TIMEOUT_S) -> subprocess.CompletedProcess:
        """Run ``qgis_process.bin <args>``; returns the finished process (text output)."""
        return subprocess.run([str(QGIS_PROCESS)] + list(args), env=self.env, cwd=str(self.config_path),
                              capture_output=True, text=True, timeout=timeout)


def install_plugin(zip_path: Path, config_path: Path, enabled: Sequence[str] = (PLUGIN_NAME,)) -> Path:
    """Unpack the zip into a profile's plugins folder and enable the plugin as QGIS would.

    Returns the profile's plugins folder.
    """
    profile = config_path / "profiles" / "default"
    plugins = profile / "python" / "plugins"
    plugins.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(str(zip_path)) as archive:
        archive.extractall(str(plugins))
    ini = profile / "QGIS" / "QGIS3.ini"
    ini.parent.mkdir(parents=True, exist_ok=True)
    ini.write_text("[PythonPlugins]\n" + "".join(f"{name}=true\n" for name in enabled), encoding="utf-8")
    return plugins


@pytest.fixture
def qgis_process(plugin_zip: Path, tmp_path: Path) -> QgisProcess:
    """A fresh QGIS profile under ``tmp_path`` with the zip installed and enabled, and a
    function that runs ``qgis_process.bin`` in it (``qgis_process("list")``)."""
    if not QGIS_PROCESS.exists() or shutil.which(str(QGIS_PROCESS)) is None:
        pytest.fail(f"{QGIS_PROCESS} not found: install QGIS (scripts/install_system_deps.sh, "
                    "run by 'make deps').")
    config_path = tmp_path / "qgis-config"
    install_plugin(plugin_zip, config_path)
    return QgisProcess(config_path, _runtime_dir(tmp_path / "xdg-runtime"))


QGIS_DESKTOP = Path("/usr/bin/qgis.bin")


@pytest.fixture
def xvfb_display():
    """An X display for the real QGIS desktop (Xvfb), for as long as the test runs."""
    if shutil.which("Xvfb") is None or not QGIS_DESKTOP.exists():
        pytest.fail("Xvfb and qgis.bin are needed (make test installs them)")
    server = subprocess.Popen(["Xvfb", "-displayfd", "1", "-screen", "0", "1280x900x24", "-nolisten", "tcp"],
                              stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    display = server.stdout.readline().strip()
    yield ":" + display
    server.terminate()
    server.wait(timeout=10)


@pytest.fixture
def desktop_probe(plugin_zip: Path, tmp_path: Path, xvfb_display: str):
    """A function that starts the real QGIS desktop with the zip installed in a fresh profile,
    runs a probe script in it (``OUT`` is ``tmp_path``, ``DATA`` the e2e data folder), keeps
    the screenshots it names in build/e2e/ for a person to look at, and returns what the probe
    wrote to ``OUT/probe.json`` and what QGIS printed."""

    def run(probe: str, settings: str = "", data: Optional[Path] = None, keep: Dict[str, str] = None):
        config = tmp_path / "profile"
        install_plugin(plugin_zip, config)
        if settings:
            ini = config / "profiles" / "default" / "QGIS" / "QGIS3.ini"
            ini.write_text(ini.read_text(encoding="utf-8") + "\n" + settings, encoding="utf-8")
        script = tmp_path / "probe.py"
        script.write_text("OUT = {!r}\nDATA = {!r}\n".format(str(tmp_path), str(data or "")) + probe,
                          encoding="utf-8")
        env = qgis_environment(config, str(tmp_path / "runtime"))
        (tmp_path / "runtime").mkdir(mode=0o700, exist_ok=True)
        env.update({"DISPLAY": xvfb_display, "QT_QPA_PLATFORM": "xcb"})
        env.pop("QGIS_CUSTOM_CONFIG_PATH", None)
        finished = subprocess.run([str(QGIS_DESKTOP), "--nologo", "--noversioncheck", "--profiles-path", str(config),
                                   "--code", str(script)], env=env, capture_output=True, text=True, timeout=300)
        result = tmp_path / "probe.json"
        assert result.exists(), ("QGIS desktop did not run the probe:\n" + finished.stdout[-2000:]
                                 + finished.stderr[-2000:])
        kept = REPO_ROOT / "build" / "e2e"
        kept.mkdir(parents=True, exist_ok=True)
        for shot, name in (keep or {}).items():
            shutil.copy(tmp_path / shot, kept / name)
        return json.loads(result.read_text(encoding="utf-8")), finished.stdout + finished.stderr

    return run

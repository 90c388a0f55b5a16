# SPDX-License-Identifier: GPL-2.0-or-later
"""A QGIS whose Python lacks shapely 2 / geopandas 1.0: the plugin loads without a traceback,
its algorithms are listed, and running one fails, writes nothing and says what to install.

Two situations, both run by ``make test`` (and so by CI) on any machine, whatever is
installed system-wide:

``absent``
    shapely and geopandas cannot be imported in QGIS's Python. The venv is left off
    ``PYTHONPATH``. On a fresh Debian 12 this is REAL: Debian's own Python has neither.
    Where they are installed system-wide all the same (Debian's ``python3-shapely`` 1.8 and
    ``python3-geopandas`` 0.12, or a ``pip --user`` copy), no QGIS option takes
    ``dist-packages`` off the path (QGIS's own bindings live there), so absence is
    SIMULATED: the startup script below puts an import hook first on ``sys.meta_path`` that
    answers ``import shapely`` / ``import geopandas`` with ``ModuleNotFoundError``, as a
    missing package would, and records what it hid.
``too_old``
    a REAL shapely 1.8 is the one QGIS's Python imports: Debian's ``python3-shapely`` where
    it is installed system-wide, otherwise shapely 1.8.5.post1 from PyPI (the last 1.8
    release, the same code as Debian 12's 1.8.5; it has manylinux wheels for CPython 3.11),
    downloaded once into ``build/test-cache/`` and put first on ``PYTHONPATH``. geopandas
    is whatever that Python has (absent, or Debian's 0.12).

The expected message is not written down per machine: QGIS's own Python reports, through
``PYQGIS_STARTUP`` in the same ``qgis_process`` run as the plugin, which shapely and
geopandas it imports, and the test expects the plugin to say exactly that.
"""
import json
import os
import subprocess
import tempfile
import textwrap
from pathlib import Path
from typing import Dict, List, Optional, Tuple

import pytest

REPO_ROOT = Path(__file__).resolve().parents[2]
QGIS_PLUGINS = "/usr/share/qgis/python/plugins"
SITES = REPO_ROOT / "test" / "data" / "e2e" / "moss_e2e.gpkg"
# Debian's qgis_process.bin embeds the libpython of /usr/bin/python3 (3.11 on Debian 12): its pip
# (python3-pip, installed by scripts/install_system_deps.sh) fetches a wheel QGIS's Python can load.
SYSTEM_PYTHON = "/usr/bin/python3"
OLD_SHAPELY = "1.8.5.post1"
OLD_SHAPELY_CACHE = REPO_ROOT / "build" / "test-cache" / "shapely-{}".format(OLD_SHAPELY)
# What the plugin needs (README, Requirements); the test's own statement, not read from the plugin.
MINIMUM = {"shapely": (2, 0), "geopandas": (1, 0)}

# Run by QGIS's embedded Python before any plugin loads (QGIS runs the file named by PYQGIS_STARTUP).
STARTUP = textwrap.dedent('''
    import importlib, importlib.abc, importlib.util, json, os, sys

    # SIMULATED absence, only for packages that are really there and the test asks to hide.
    hidden = {}
    for name in filter(None, os.environ.get("ENERGISTASJON_TEST_HIDE", "").split(",")):
        spec = importlib.util.find_spec(name)
        if spec is not None:
            hidden[name] = spec.origin

    class HideAsIfAbsent(importlib.abc.MetaPathFinder):
        def find_spec(self, fullname, path=None, target=None):
            if fullname.split(".")[0] in hidden:
                raise ModuleNotFoundError("No module named {!r}".format(fullname), name=fullname)
            return None

    if hidden:
        sys.meta_path.insert(0, HideAsIfAbsent())

    # What the plugin will find: the same imports, in the same interpreter and process.
    found = {}
    for name in ("shapely", "geopandas"):
        try:
            module = importlib.import_module(name)
        except Exception as exc:
            found[name] = {"version": None, "error": "{}: {}".format(type(exc).__name__, exc)}
        else:
            found[name] = {"version": str(getattr(module, "__version__", "0")),
                           "file": getattr(module, "__file__", None)}
    with open(os.environ["ENERGISTASJON_TEST_PROBE"], "w") as out:
        json.dump({"python": sys.version, "hidden": hidden, "packages": found}, out)
''')


def _version_tuple(text: str) -> Tuple[int, ...]:
    parts = []
    for piece in text.split(".")[:3]:
        digits = "".join(ch for ch in piece if ch.isdigit())
        parts.append(int(digits) if digits else 0)
    return tuple(parts)


def _tail(text: str, lines: int = 5) -> str:
    return " | ".join(text.strip().splitlines()[-lines:])


def _system_shapely(env: Dict[str, str]) -> Optional[str]:
    """The shapely version QGIS's Python has without the venv (None when it has none)."""
    found = subprocess.run([SYSTEM_PYTHON, "-c", "import shapely; print(shapely.__version__)"], env=env,
                           capture_output=True, text=True, timeout=60)
    return found.stdout.strip() if found.returncode == 0 else None


def _pypi_old_shapely() -> Tuple[Optional[Path], str]:
    """A folder holding shapely 1.8 from PyPI, installed from a wheel cached under ``build/``.

    Returns (folder, "") or (None, why it could not be had). Downloaded once; later runs,
    also offline, use the cached wheel and folder. Written to temporary names and renamed,
    so that two test runs at the same time never see half a folder.
    """
    site = OLD_SHAPELY_CACHE / "site"
    if (site / "shapely" / "__init__.py").is_file():
        return site, ""
    OLD_SHAPELY_CACHE.mkdir(parents=True, exist_ok=True)
    pip = [SYSTEM_PYTHON, "-m", "pip", "--disable-pip-version-check", "--no-input"]
    wheels = sorted(OLD_SHAPELY_CACHE.glob("*.whl"))
    if not wheels:
        with tempfile.TemporaryDirectory(dir=str(OLD_SHAPELY_CACHE)) as tmp:
            try:
                got = subprocess.run(pip + ["download", "--no-deps", "--only-binary=:all:", "--timeout", "20",
                                            "--retries", "2", "--dest", tmp, "shapely=={}".format(OLD_SHAPELY)],
                                     capture_output=True, text=True, timeout=180)
            except subprocess.TimeoutExpired:
                return None, "pip download timed out"
            if got.returncode != 0:
                return None, "pip download failed: " + _tail(got.stdout + got.stderr, 2)
            for wheel in Path(tmp).glob("*.whl"):
                os.replace(str(wheel), str(OLD_SHAPELY_CACHE / wheel.name))
        wheels = sorted(OLD_SHAPELY_CACHE.glob("*.whl"))
    with tempfile.TemporaryDirectory(dir=str(OLD_SHAPELY_CACHE)) as tmp:
        target = Path(tmp) / "site"
        put = subprocess.run(pip + ["install", "--no-deps", "--no-index", "--target", str(target), str(wheels[-1])],
                             capture_output=True, text=True, timeout=180)
        assert put.returncode == 0, "installing {} failed: {}".format(wheels[-1], _tail(put.stdout + put.stderr))
        try:
            os.replace(str(target), str(site))
        except OSError:  # another run put it there first
            assert (site / "shapely" / "__init__.py").is_file()
    return site, ""


def _expected_problems(packages: Dict[str, Dict[str, Optional[str]]]) -> Tuple[List[str], List[str]]:
    """What the plugin must say about shapely and geopandas, and what it must not say."""
    expected, wrong = [], []
    for name, minimum in MINIMUM.items():
        version = packages[name]["version"]
        needs = "{}.{}".format(*minimum)
        if version is None:
            expected.append("{} is not installed".format(name))
            wrong.append("{} is too old".format(name))
        elif _version_tuple(version) < minimum:
            expected.append("{} {} is too old (needs {} or newer)".format(name, version, needs))
            wrong.append("{} is not installed".format(name))
        else:
            wrong += ["{} is not installed".format(name), "{} {} is too old".format(name, version)]
    return expected, wrong


@pytest.mark.parametrize("situation", ["absent", "too_old"])
def test_algorithms_register_and_explain_what_to_install(qgis_process, tmp_path, situation):
    env = qgis_process.env
    env["PYTHONPATH"] = QGIS_PLUGINS  # no venv: not its shapely 2, not its geopandas 1.0
    startup, probe = tmp_path / "startup.py", tmp_path / "probe.json"
    startup.write_text(STARTUP, encoding="utf-8")
    env.update({"PYQGIS_STARTUP": str(startup), "ENERGISTASJON_TEST_PROBE": str(probe),
                "ENERGISTASJON_TEST_HIDE": ""})
    if situation == "absent":
        env["ENERGISTASJON_TEST_HIDE"] = "shapely,geopandas"  # hides only what is really installed
        how = "real absence"
    else:
        system = _system_shapely(env)
        if system is not None and _version_tuple(system) < MINIMUM["shapely"]:
            how = "shapely {} installed system-wide (python3-shapely)".format(system)
        else:
            site, why = _pypi_old_shapely()
            if site is None:
                pytest.skip("cannot set up a QGIS with shapely 1.8: PyPI is out of reach ({}) and no shapely 1.x "
                            "is installed system-wide (Debian's python3-shapely)".format(why))
            env["PYTHONPATH"] = os.pathsep.join([str(site), QGIS_PLUGINS])
            how = "shapely {} from PyPI, cached in {}".format(OLD_SHAPELY, site)

    listed = qgis_process("--json", "list", timeout=300)
    assert "Traceback" not in listed.stderr + listed.stdout, listed.stdout[-3000:] + listed.stderr[-3000:]
    algorithms = json.loads(listed.stdout[listed.stdout.index("{"):])["providers"]["energistasjon"]["algorithms"]
    assert {"energistasjon:scoresites", "energistasjon:checkapplication"} <= set(algorithms)

    output = tmp_path / "out.gpkg"
    run = qgis_process("run", "energistasjon:scoresites", "--", "INPUT={}|layername=kandidater".format(SITES),
                       "OUTPUT={}".format(output), timeout=300)
    message = run.stdout + run.stderr

    found = json.loads(probe.read_text(encoding="utf-8"))  # written by the run's own QGIS Python
    if found["hidden"]:
        how = "SIMULATED absence: hid {} from QGIS's Python".format(found["hidden"])
    situation_seen = "{} ({}); QGIS's Python {} imports {}".format(
        situation, how, found["python"].split()[0], found["packages"])
    print(situation_seen)
    shapely_version = found["packages"]["shapely"]["version"]
    if situation == "absent":
        assert shapely_version is None and found["packages"]["geopandas"]["version"] is None, situation_seen
    else:
        assert shapely_version is not None and _version_tuple(shapely_version) < (2,), situation_seen

    assert run.returncode != 0 and not output.exists(), situation_seen + "\n" + message[-3000:]
    assert "Traceback" not in message, message[-3000:]
    expected, wrong = _expected_problems(found["packages"])
    for text in expected:
        assert text in message, "{}: expected '{}' in:\n{}".format(situation_seen, text, message[-3000:])
    for text in wrong:
        assert text not in message, "{}: did not expect '{}' in:\n{}".format(situation_seen, text, message[-3000:])
    assert "Energistasjon needs Python packages" in message
    assert "OSGeo4W Shell" in message and "Debian/Ubuntu" in message

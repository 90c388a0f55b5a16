"""The real QGIS 3.22 desktop, under Xvfb, with the zip installed in a fresh profile: the plugin
loads, registers its provider and menu, and in Norwegian shows Norwegian names."""
import json
import shutil
import subprocess
import textwrap
from pathlib import Path

import pytest

QGIS_DESKTOP = Path("/usr/bin/qgis.bin")

PROBE = textwrap.dedent('''
    import json
    from qgis.core import QgsApplication
    from qgis.PyQt.QtCore import QTimer
    from qgis.PyQt.QtWidgets import QDockWidget, QMenu
    from qgis.utils import iface, plugins

    def probe():
        window = iface.mainWindow()
        toolbox = window.findChild(QDockWidget, "ProcessingToolbox")
        if toolbox is not None:
            toolbox.show()
        menus = [m for m in window.findChildren(QMenu) if m.title().replace("&", "") in ("Energistasjon",)]
        algorithm = QgsApplication.processingRegistry().algorithmById("energistasjon:scoresites")
        provider = QgsApplication.processingRegistry().providerById("energistasjon")
        QgsApplication.processEvents()
        window.grab().save(OUT + "/desktop.png")
        json.dump({
            "plugins": sorted(plugins),
            "provider": provider.name() if provider else None,
            "algorithm": algorithm.displayName() if algorithm else None,
            "group": algorithm.group() if algorithm else None,
            "menu_actions": [a.text() for m in menus for a in m.actions()],
        }, open(OUT + "/probe.json", "w"))
        QgsApplication.exit(0)

    QTimer.singleShot(2500, probe)
''')


@pytest.fixture
def xvfb_display():
    if shutil.which("Xvfb") is None or not QGIS_DESKTOP.exists():
        pytest.fail("Xvfb and qgis.bin are needed (make test installs them)")
    server = subprocess.Popen(["Xvfb", "-displayfd", "1", "-screen", "0", "1280x900x24", "-nolisten", "tcp"],
                              stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    display = server.stdout.readline().strip()
    yield ":" + display
    server.terminate()
    server.wait(timeout=10)


def run_desktop(tools, plugin_zip, tmp_path, display, locale=None):
    install_plugin, qgis_environment, repo_root = tools
    config = tmp_path / "profile"
    install_plugin(plugin_zip, config)
    if locale:
        ini = config / "profiles" / "default" / "QGIS" / "QGIS3.ini"
        ini.write_text(ini.read_text(encoding="utf-8") + "\n[locale]\noverrideFlag=true\nuserLocale={}\n".format(
            locale), encoding="utf-8")
    probe = tmp_path / "probe.py"
    probe.write_text("OUT = {!r}\n".format(str(tmp_path)) + PROBE, encoding="utf-8")
    env = qgis_environment(config, str(tmp_path / "runtime"))
    (tmp_path / "runtime").mkdir(mode=0o700, exist_ok=True)
    env.update({"DISPLAY": display, "QT_QPA_PLATFORM": "xcb"})
    env.pop("QGIS_CUSTOM_CONFIG_PATH", None)
    finished = subprocess.run([str(QGIS_DESKTOP), "--nologo", "--noversioncheck", "--profiles-path", str(config),
                               "--code", str(probe)], env=env, capture_output=True, text=True, timeout=300)
    result = tmp_path / "probe.json"
    assert result.exists(), "QGIS desktop did not run the probe:\n" + finished.stdout[-2000:] + finished.stderr[-2000:]
    shot = tmp_path / "desktop.png"
    keep = repo_root / "build" / "e2e"
    keep.mkdir(parents=True, exist_ok=True)
    shutil.copy(shot, keep / "desktop_{}.png".format(locale or "default"))  # for a person to look at
    return json.loads(result.read_text(encoding="utf-8")), shot


def test_desktop_loads_plugin_provider_and_menu(profile_tools, plugin_zip, tmp_path, xvfb_display):
    probe, shot = run_desktop(profile_tools, plugin_zip, tmp_path, xvfb_display, "en_GB")
    assert "energistasjon" in probe["plugins"]
    assert probe["provider"] == "Energistasjon"
    assert probe["algorithm"] == "Score candidate sites" and probe["group"] == "Site selection"
    assert probe["menu_actions"] == ["Score candidate sites...", "Checklist for case officers...",
                                     "Workshop weights..."]
    assert shot.stat().st_size > 20000  # a real window, not an empty image


def test_desktop_in_norwegian_shows_norwegian_names(profile_tools, plugin_zip, tmp_path, xvfb_display):
    probe, _ = run_desktop(profile_tools, plugin_zip, tmp_path, xvfb_display, "nb_NO")
    assert probe["algorithm"] == "Poengsett aktuelle tomter"
    assert probe["group"] == "Tomtevalg"
    assert probe["menu_actions"] == ["Poengsett aktuelle tomter...", "Sjekkliste for saksbehandlere...",
                                     "Vekter i verkstedet ..."]

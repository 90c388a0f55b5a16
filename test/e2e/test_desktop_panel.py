"""The checklist panel in the real QGIS 3.22 desktop under Xvfb, in Norwegian, docked 320 px wide
(the zip installed in a fresh profile): the main button is in view, the context layers are found
in the project, and a site is checked from the map.  The screenshot is kept in build/e2e/."""
import json
import shutil
import subprocess
import textwrap
from pathlib import Path

import pytest

QGIS_DESKTOP = Path("/usr/bin/qgis.bin")

PROBE = textwrap.dedent('''
    import json
    from qgis.core import QgsApplication, QgsProject, QgsRasterLayer, QgsVectorLayer
    from qgis.PyQt.QtCore import QPoint, Qt, QTimer
    from qgis.utils import iface, plugins

    def inside(dock, widget):
        corner = widget.mapTo(dock, QPoint(0, 0))
        return (widget.isVisible() and not widget.visibleRegion().isEmpty() and corner.x() >= 0
                and corner.y() >= 0 and corner.x() + widget.width() <= dock.width()
                and corner.y() + widget.height() <= dock.height())

    def probe():
        window = iface.mainWindow()
        project = QgsProject.instance()
        project.setFileName(OUT + "/Moss.qgz")  # the answers go next to the project: no file dialog
        for name in ("kandidater", "veger", "trafikk", "kpa", "rp", "bygninger"):
            project.addMapLayer(QgsVectorLayer(DATA + "/moss_e2e.gpkg|layername=" + name, name, "ogr"))
        project.addMapLayer(QgsRasterLayer(DATA + "/moss_dem.tif", "moss_dem"))
        plugin = plugins["energistasjon"]
        plugin.checklist_action.trigger()
        dock = plugin.checklist_dock
        window.resizeDocks([dock], [320], Qt.Horizontal)
        QgsApplication.processEvents()
        box = dock.context_box
        chosen = {key: (combo.currentLayer().name() if combo.currentLayer() else None)
                  for key, combo in box.combos().items()}
        sites = project.mapLayersByName("kandidater")[0]
        iface.setActiveLayer(sites)
        sites.selectByExpression('"id" = 1')
        dock.case_edit.setText("2025/0042")
        dock.case_edit.editingFinished.emit()
        dock.check_button.click()
        QgsApplication.processEvents()
        window.grab().save(OUT + "/desktop_panel.png")
        dock.grab().save(OUT + "/panel.png")
        json.dump({
            "dock_width": dock.width(),
            "buttons_in_view": [inside(dock, b) for b in (dock.check_button, dock.scored_button, dock.report_button)],
            "check_text": dock.check_button.text(),
            "chosen": chosen,
            "site": dock.site_label.text(),
            "plan": dock.table.status("PLAN-01") if dock.table.item_ids() else None,
            "message": dock.message_label.text(),
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


def test_the_panel_docked_320_px_wide_in_norwegian(profile_tools, plugin_zip, tmp_path, xvfb_display, e2e_data):
    install_plugin, qgis_environment, repo_root = profile_tools
    config = tmp_path / "profile"
    install_plugin(plugin_zip, config)
    ini = config / "profiles" / "default" / "QGIS" / "QGIS3.ini"
    ini.write_text(ini.read_text(encoding="utf-8") + "\n[locale]\noverrideFlag=true\nuserLocale=nb_NO\n"
                   "\n[energistasjon]\ncase_officer=Kari Nordmann\n", encoding="utf-8")
    probe = tmp_path / "probe.py"
    probe.write_text("OUT = {!r}\nDATA = {!r}\n".format(str(tmp_path), str(e2e_data)) + PROBE, encoding="utf-8")
    env = qgis_environment(config, str(tmp_path / "runtime"))
    (tmp_path / "runtime").mkdir(mode=0o700, exist_ok=True)
    env.update({"DISPLAY": xvfb_display, "QT_QPA_PLATFORM": "xcb"})
    env.pop("QGIS_CUSTOM_CONFIG_PATH", None)
    finished = subprocess.run([str(QGIS_DESKTOP), "--nologo", "--noversioncheck", "--profiles-path", str(config),
                               "--code", str(probe)], env=env, capture_output=True, text=True, timeout=300)
    result = tmp_path / "probe.json"
    assert result.exists(), "QGIS desktop did not run the probe:\n" + finished.stdout[-2000:] + finished.stderr[-2000:]
    keep = repo_root / "build" / "e2e"
    keep.mkdir(parents=True, exist_ok=True)
    for name in ("desktop_panel.png", "panel.png"):  # for a person to look at
        shutil.copy(tmp_path / name, keep / ("checklist_" + name.replace(".png", "_nb.png")))
    found = json.loads(result.read_text(encoding="utf-8"))
    assert found["dock_width"] <= 330
    assert found["buttons_in_view"] == [True, True, True]
    assert found["check_text"] == "Kontroller valgt tomt"
    assert found["chosen"] == {"roads": "veger", "kpa": "kpa", "rp": "rp", "hazards": None, "protected": None,
                               "buildings": "bygninger", "dem": "moss_dem"}
    assert found["site"] == "Tomt: Patterød næringsområde (kandidater)", found["message"]
    assert found["plan"] == "fulfilled"

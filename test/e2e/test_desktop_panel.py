"""The checklist panel in the real QGIS 3.22 desktop under Xvfb, in Norwegian, docked 320 px wide
(the zip installed in a fresh profile): the main button is in view, the context layers are found
in the project, and a site is checked from the map.  The screenshot is kept in build/e2e/."""
import textwrap

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


def test_the_panel_docked_320_px_wide_in_norwegian(desktop_probe, e2e_data):
    settings = "[locale]\noverrideFlag=true\nuserLocale=nb_NO\n\n[energistasjon]\ncase_officer=Kari Nordmann\n"
    found, _printed = desktop_probe(PROBE, settings, e2e_data, keep={
        "desktop_panel.png": "checklist_desktop_panel_nb.png", "panel.png": "checklist_panel_nb.png"})
    assert found["dock_width"] <= 330
    assert found["buttons_in_view"] == [True, True, True]
    assert found["check_text"] == "Kontroller valgt tomt"
    assert found["chosen"] == {"roads": "veger", "kpa": "kpa", "rp": "rp", "hazards": None, "protected": None,
                               "buildings": "bygninger", "building_limits": None, "dem": "moss_dem"}
    assert found["site"] == "Tomt: Patterød næringsområde (kandidater)", found["message"]
    assert found["plan"] == "fulfilled"

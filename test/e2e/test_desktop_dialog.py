"""Score sites run from its dialog in the real QGIS 3.22 desktop under Xvfb (the zip installed in
a fresh profile), as a planner runs it: the output is loaded into the project styled by the first
station type with its legend, and nothing worrying is printed (GDAL's "unable to open database
file" once followed every dialog run).  The screenshots are kept in build/e2e/."""
import textwrap

PROBE = textwrap.dedent('''
    import json
    import processing
    from qgis.core import QgsApplication, QgsProject
    from qgis.PyQt.QtCore import QTimer
    from qgis.utils import iface

    state = {"tries": 0}

    def start():
        parameters = {
            "INPUT": DATA + "/moss_e2e.gpkg|layername=kandidater", "STATION_TYPES": [1, 0],
            "ROADS": DATA + "/moss_e2e.gpkg|layername=veger", "TRAFFIC": DATA + "/moss_e2e.gpkg|layername=trafikk",
            "GRID_CAPACITY_FILE": DATA + "/moss_gridcapacity.json",
            "ZONING_KPA": [DATA + "/moss_e2e.gpkg|layername=kpa"], "ZONING_RP": [DATA + "/moss_e2e.gpkg|layername=rp"],
            "BUILDINGS": DATA + "/moss_e2e.gpkg|layername=bygninger", "DEM": DATA + "/moss_dem.tif",
            "LANGUAGE": 2, "OUTPUT": OUT + "/scored.gpkg"}
        dialog = processing.createAlgorithmDialog("energistasjon:scoresites", parameters)
        state["dialog"] = dialog
        dialog.show()
        dialog.runAlgorithm()
        QTimer.singleShot(500, wait)

    def wait():
        layers = [l for l in QgsProject.instance().mapLayers().values() if l.type() == 0]
        state["tries"] += 1
        if not layers and state["tries"] < 240:
            QTimer.singleShot(500, wait)
            return
        layer = layers[0] if layers else None
        if layer is not None and not state.get("drawn"):
            state["drawn"] = True
            canvas = iface.mapCanvas()
            canvas.setExtent(layer.extent().buffered(300))
            iface.layerTreeView().expandAll()
            canvas.refresh()
            QTimer.singleShot(2000, wait)  # the refresh starts later; then wait for it to end
            return
        if iface.mapCanvas().isDrawing() and state["tries"] < 240:
            QTimer.singleShot(500, wait)
            return
        QgsApplication.processEvents()
        dialog = state["dialog"]
        dialog.grab().save(OUT + "/dialog.png")
        iface.mainWindow().grab().save(OUT + "/window.png")
        renderer = layer.renderer() if layer else None
        legend = [item.label() for item in renderer.legendSymbolItems()] if renderer else []
        switched = []
        if layer is not None:  # the planner picks the other type in the layer's style menu
            layer.styleManager().setCurrentStyle("Energistasjon scores: Hydrogen")
            switched = [item.label() for item in layer.renderer().legendSymbolItems()]
        json.dump({
            "layers": [l.name() for l in layers],
            "styles": layer.styleManager().styles() if layer else [],
            "legend": legend, "switched": switched,
            "alias": layer.attributeAlias(layer.fields().indexOf("h2_explain")) if layer else "",
        }, open(OUT + "/probe.json", "w"))
        QgsApplication.exit(0)

    QTimer.singleShot(2500, start)
''')


def test_score_sites_from_its_dialog_loads_a_styled_layer_and_prints_no_error(desktop_probe, e2e_data):
    found, printed = desktop_probe(PROBE, data=e2e_data, keep={"dialog.png": "scoresites_dialog.png",
                                                               "window.png": "scoresites_window.png"})
    assert found["layers"] == ["kandidater – Battery, Hydrogen"], found
    assert sorted(found["styles"]) == ["Energistasjon scores: Battery", "Energistasjon scores: Hydrogen"], found
    assert any(label.startswith("Battery: score 80") for label in found["legend"]), found["legend"]
    assert any(label.startswith("Hydrogen: score 80") for label in found["switched"]), found["switched"]
    assert found["alias"] == "Hydrogen: explanation"
    assert "unable to open database file" not in printed and "Traceback" not in printed, printed[-3000:]

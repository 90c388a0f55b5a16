"""Inputs as a QGIS user gives them: the run log opens with a line per input, a layer's CRS is
the one set on it in QGIS, a layer without a CRS and a road layer of points or areas (FKB-Veg)
are refused by name, and a corridor typo gives its cause in the output, not "outside the data".
"""
import hand_fixture
import pytest
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsProject,
    QgsVectorLayer,
)


class Log(QgsProcessingFeedback):
    """What the algorithm writes to its log, in order."""

    def __init__(self):
        super().__init__()
        self.lines = []

    def pushInfo(self, text):  # noqa: N802 (QGIS API)
        self.lines.append(("info", text))
        super().pushInfo(text)

    def pushWarning(self, text):  # noqa: N802
        self.lines.append(("warning", text))
        super().pushWarning(text)


@pytest.fixture
def project_layers(test_data, tmp_path):
    """The hand fixture's sites and the NVDB road network as layers in the project, by name."""
    gpkg = hand_fixture.write_geopackage(tmp_path)
    made = {
        "kandidater": QgsVectorLayer("{}|layername=kandidater".format(gpkg), "kandidater", "ogr"),
        "vegnett": QgsVectorLayer(str(test_data / "roads" / "nvdb_vegnett_segmentert.geojson"), "vegnett", "ogr"),
        "fkb_veg_flate": QgsVectorLayer(str(test_data / "roads" / "fkb_veg_flate.geojson"), "fkb_veg_flate", "ogr"),
    }
    for layer in made.values():
        assert layer.isValid()
        QgsProject.instance().addMapLayer(layer)
    yield made
    for layer in made.values():
        QgsProject.instance().removeMapLayer(layer.id())


def _run(params, feedback=None):
    import processing

    base = {"STATION_TYPES": [1], "LANGUAGE": 2, "OUTPUT": "memory:"}
    result = processing.run("energistasjon:scoresites", dict(base, **params), feedback=feedback)
    layer = result["OUTPUT"]
    if isinstance(layer, str):
        from qgis.core import QgsProcessingUtils
        layer = QgsProcessingUtils.mapLayerFromString(layer, None)
    return {f["tomt_id"]: f for f in layer.getFeatures()}


def test_the_run_log_opens_with_a_line_per_input(plugin, project_layers):
    log = Log()
    _run({"INPUT": project_layers["kandidater"].id(), "ROADS": project_layers["vegnett"].id()}, log)
    texts = [text for _kind, text in log.lines]
    scoring = next(i for i, text in enumerate(texts) if text.startswith("Scoring 5 sites"))
    opening = texts[:scoring]
    assert "'kandidater' (candidate sites): 5 features; CRS EPSG:25833." in opening
    # read in the file's own CRS (UTM 33 with NN2000 heights); of its roads only Kv100 and the cycle
    # path beside it cross the sites' extent (the E6 runs west of it, Fv120 and Rv19 far off)
    assert "'vegnett' (roads): 6 features; CRS EPSG:5973; 2 within the sites' extent." in opening


def test_a_corridor_typo_says_which_corridors_there_are(plugin, project_layers):
    rows = _run({"INPUT": project_layers["kandidater"].id(), "ROADS": project_layers["vegnett"].id(),
                 "CORRIDORS": "E 66"})
    assert rows["A"]["bat_unchecked"] == ("Distance to freight corridor exit not checked: no corridor E66 in the road "
                                          "layer 'vegnett'; it has E6, Rv19")


def test_a_road_layer_of_areas_is_refused_with_what_is_needed(plugin, project_layers):
    with pytest.raises(QgsProcessingException) as caught:
        _run({"INPUT": project_layers["kandidater"].id(), "ROADS": project_layers["fkb_veg_flate"].id()})
    assert "'fkb_veg_flate'" in str(caught.value) and "centreline network" in str(caught.value)


def test_a_layer_without_crs_is_refused_by_name(plugin, project_layers):
    roads = QgsVectorLayer(str(project_layers["vegnett"].source()), "veger_uten_crs", "ogr")
    roads.setCrs(QgsCoordinateReferenceSystem())  # no CRS, as a file without one opens when QGIS is told not to ask
    QgsProject.instance().addMapLayer(roads)
    try:
        with pytest.raises(QgsProcessingException) as caught:
            _run({"INPUT": project_layers["kandidater"].id(), "ROADS": roads.id()})
    finally:
        QgsProject.instance().removeMapLayer(roads.id())
    assert "'veger_uten_crs'" in str(caught.value) and "no coordinate reference system" in str(caught.value)


def test_the_crs_set_in_qgis_is_the_one_used(plugin, project_layers):
    # The road network with a wrong CRS set by hand (Layer > Set CRS): the log names the layer
    # and the likely cause, and the output says the layer is the problem, not the sites.
    roads = QgsVectorLayer(str(project_layers["vegnett"].source()), "veger_wgs84", "ogr")
    roads.setCrs(QgsCoordinateReferenceSystem("EPSG:4326"))
    QgsProject.instance().addMapLayer(roads)
    log = Log()
    try:
        rows = _run({"INPUT": project_layers["kandidater"].id(), "ROADS": roads.id()}, log)
    finally:
        QgsProject.instance().removeMapLayer(roads.id())
    warnings = [text for kind, text in log.lines if kind == "warning"]
    assert any(text.startswith("The layer 'veger_wgs84': the coordinates") and "metres in UTM" in text
               for text in warnings)
    assert rows["A"]["bat_unchecked"].startswith("Distance to freight corridor exit not checked: the coordinates of "
                                                 "'veger_wgs84' cannot be in the CRS set on it")


def test_plan_layers_of_one_file_given_as_paths_are_named_by_their_layer(plugin, tmp_path):
    """QGIS names a layer loaded from 'file.gpkg|layername=kpa' after the file: the KPA and the RP
    of one GeoPackage both read 'plans' in the log and in the output, and could not be told apart."""
    gpkg = hand_fixture.write_geopackage(tmp_path)
    plans = tmp_path / "plans.gpkg"
    plans.write_bytes(gpkg.read_bytes())
    log = Log()
    _run({"INPUT": "{}|layername=kandidater".format(gpkg), "ZONING_KPA": ["{}|layername=kpa".format(plans)],
          "ZONING_RP": ["{}|layername=rp".format(plans)]}, log)
    texts = [text for _kind, text in log.lines]
    assert any(text.startswith("'kpa' (zoning (KPA/RP))") for text in texts), texts
    assert any(text.startswith("'rp' (zoning (KPA/RP))") for text in texts)
    assert not any(text.startswith("'plans'") for text in texts)

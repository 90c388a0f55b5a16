"""Planners: "Import plan data" through processing.run on the hand-written plan files
(test/data/plans, layout in test/core/test_plan_files.py), and a mixed plan layer given straight
to "Score candidate sites"."""
import shutil

import geopandas as gpd
import pytest
import shapely
from qgis.core import (
    QgsApplication,
    QgsCoordinateReferenceSystem,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsProject,
    QgsVectorLayer,
    QgsWkbTypes,
)
from shapely.geometry import box

ALG = "energistasjon:importplans"
CRS = "EPSG:25833"
X0, Y0 = 256000.0, 6590000.0
SITES = {
    "industri": (20, 20, 120, 120),      # BI1 1340 only (and the plan boundary)
    "lnfr": (250, 30, 350, 120),         # L1 5100
    "skytebane": (250, 200, 350, 280),   # o_SKB 1470, in the faresone 360
    "vann": (480, 50, 580, 250),         # V1 6001
}


class Recorder(QgsProcessingFeedback):
    """Feedback that keeps what the run said."""

    def __init__(self):
        super().__init__()
        self.info, self.warnings = [], []

    def pushInfo(self, text):  # noqa: N802
        self.info.append(text)
        super().pushInfo(text)

    def pushWarning(self, text):  # noqa: N802
        self.warnings.append(text)
        super().pushWarning(text)


@pytest.fixture
def plans(test_data, tmp_path):
    folder = tmp_path / "plans"
    shutil.copytree(test_data / "plans", folder)
    return folder


def features(uri):
    layer = QgsVectorLayer(uri, "x", "ogr")
    assert layer.isValid(), uri
    return layer, list(layer.getFeatures())


def sites_layer(folder):
    path = folder / "tomter.gpkg"
    frame = gpd.GeoDataFrame({"tomt": list(SITES)}, geometry=[box(X0 + a, Y0 + b, X0 + c, Y0 + d)
                                                             for a, b, c, d in SITES.values()], crs=CRS)
    frame.to_file(path, layer="tomter", engine="fiona")
    return "{}|layername=tomter".format(path)


def test_algorithm_is_registered_in_the_data_group(plugin):
    algorithm = QgsApplication.processingRegistry().algorithmById(ALG)
    assert algorithm is not None and algorithm.displayName() == "Import plan data"
    assert algorithm.group() == "Data" and algorithm.groupId() == "data"


def test_gml_files_become_one_geopackage_with_four_layers(plugin, plans, tmp_path, test_data):
    import processing

    feedback = Recorder()
    output = tmp_path / "planer.gpkg"
    result = processing.run(ALG, {"PLAN_FILES": [str(plans / "rp_3103_2021012.gml"),
                                                 str(plans / "kp_3103_2019001.gml"),
                                                 str(plans / "rp_3103_2022005_byggegrense.gml")],
                                  "OUTPUT": str(output)}, feedback=feedback)
    assert result["OUTPUT"] == str(output)
    land, rows = features(result["LAND_USE"])
    assert land.crs().authid() == CRS
    codes = {(f["plansystem"], f["arealformål"]) for f in rows}
    assert codes == {("rpa", 1340), ("rpa", 5100), ("rpa", 1470), ("rpa", 2010), ("rpa", 6001),
                     ("kpa", 1300), ("kpa", 5100), ("rpa", 2011)}
    industri = next(f for f in rows if f["arealformål"] == 1340 and f["planidentifikasjon"] == "2021012")
    assert (industri["planidentifikasjon"], industri["kommunenummer"]) == ("2021012", "3103")
    assert industri["ikrafttredelsesdato"].toString("yyyy-MM-dd") == "2021-06-17"
    assert industri.geometry().area() == pytest.approx(60000.0)
    _, zones = features(result["HENSYNSSONER"])
    assert sorted((f["kategori"], f["hensynssonekode"], f["hensynSonenavn"]) for f in zones) == [
        ("angittHensyn", 570, "H570_1"), ("fare", 360, "H360_1"), ("fare", 370, "H370_1")]
    _, areas = features(result["PLAN_AREAS"])
    assert sorted(f["objekttypenavn"] for f in areas) == ["KpOmråde", "RpOmråde", "RpOmråde"]
    # The byggegrense (juridisk linje 1211) as lines with its plan; the plan's frisiktlinje (1222) is left out.
    limits, lines = features(result["BUILDING_LIMITS"])
    assert QgsWkbTypes.displayString(limits.wkbType()) == "MultiLineString"
    assert [(f["juridisklinje"], f["planidentifikasjon"], f["plannavn"]) for f in lines] == [
        (1211, "2022005", "Detaljregulering for Kambo vest næringsområde")]
    assert lines[0].geometry().length() == pytest.approx(700.0)
    # One log line per input: features by object type and the CRS.
    assert any(line.startswith("'rp_3103_2021012.gml': 10 features (5 RpArealformålOmråde") and "EPSG:25833" in line
               for line in feedback.info)
    assert any(line.startswith("'kp_3103_2019001.gml': 4 features") for line in feedback.info)
    # Nothing written beside the input files (no .gfs), no temporary file left beside the output.
    assert sorted(p.name for p in plans.iterdir()) == sorted(p.name for p in (test_data / "plans").iterdir())
    assert not list(plans.glob("*.gfs")) and sorted(p.name for p in tmp_path.iterdir()) == ["planer.gpkg", "plans"]


def test_geojson_without_crs_is_read_as_wgs84_with_a_warning_or_with_the_crs_given(plugin, plans, tmp_path):
    import processing

    feedback = Recorder()
    geojson = str(plans / "rp_3103_2021012_nap.geojson")
    processing.run(ALG, {"PLAN_FILES": [geojson], "OUTPUT": str(tmp_path / "wgs84.gpkg")}, feedback=feedback)
    [warning] = [w for w in feedback.warnings if "cannot be in" in w]
    assert "'rp_3103_2021012_nap.geojson'" in warning and "metres in UTM" in warning
    feedback = Recorder()
    result = processing.run(ALG, {"PLAN_FILES": [geojson], "CRS": CRS, "OUTPUT": str(tmp_path / "utm.gpkg")},
                            feedback=feedback)
    assert not [w for w in feedback.warnings if "cannot be in" in w]
    land, rows = features(result["LAND_USE"])
    assert land.crs().authid() == CRS and sorted(f["arealformål"] for f in rows) == [1340, 1470, 2010, 5100, 6001]


def test_layers_of_a_pbl1985_geopackage_are_imported_together(plugin, tmp_path):
    """A pbl-1985 reguleringsplan as the plan register's flat export gives it, one layer per object
    type, given as layers open in QGIS: the land use takes its dates from the RpOmråde layer."""
    import processing

    source = tmp_path / "reguleringsplaner_1985.gpkg"
    common = {"kommunenummer": "3103", "landkode": "NO", "planidentifikasjon": "1987004"}
    gpd.GeoDataFrame({"objekttypenavn": ["RbFormålOmråde"] * 2, "reguleringsformål": ["140", "210"],
                      **{k: [v] * 2 for k, v in common.items()}},
                     geometry=[box(X0, Y0, X0 + 200, Y0 + 300), box(X0 + 200, Y0, X0 + 600, Y0 + 300)],
                     crs=CRS).to_file(source, layer="RbFormålOmråde", engine="fiona")
    gpd.GeoDataFrame({"objekttypenavn": ["RpOmråde"], "planstatus": ["3"], "ikrafttredelsesdato": ["1987-09-24"],
                      "lovreferanse": ["3"], **{k: [v] for k, v in common.items()}},
                     geometry=[box(X0, Y0, X0 + 600, Y0 + 300)], crs=CRS).to_file(source, layer="RpOmråde",
                                                                                   engine="fiona")
    layers = ["{}|layername={}".format(source, name) for name in ("RbFormålOmråde", "RpOmråde")]
    result = processing.run(ALG, {"PLAN_LAYERS": layers, "OUTPUT": str(tmp_path / "planer.gpkg")})
    _, rows = features(result["LAND_USE"])
    assert sorted((f["plansystem"], f["arealformål"]) for f in rows) == [("rp1985", 140), ("rp1985", 210)]
    assert {f["ikrafttredelsesdato"].toString("yyyy-MM-dd") for f in rows} == {"1987-09-24"}
    zones, none = features(result["HENSYNSSONER"])
    assert none == [] and zones.fields().indexOf("hensynssonekode") >= 0


def test_no_input_is_refused(plugin, tmp_path):
    import processing

    with pytest.raises(QgsProcessingException) as info:
        processing.run(ALG, {"OUTPUT": str(tmp_path / "tom.gpkg")})
    assert "at least one plan file or plan layer" in str(info.value)
    assert not (tmp_path / "tom.gpkg").exists()


def _score(sites, rp, hazards):
    import processing

    result = processing.run("energistasjon:scoresites", {
        "INPUT": sites, "STATION_TYPES": [1], "ZONING_RP": [rp], "HAZARD_ZONES": hazards, "LANGUAGE": 2,
        "OUTPUT": "memory:"})
    layer = result["OUTPUT"]
    if isinstance(layer, str):
        from qgis.core import QgsProcessingUtils
        layer = QgsProcessingUtils.mapLayerFromString(layer, None)
    return {f["tomt"]: f for f in layer.getFeatures()}


def test_imported_plan_and_mixed_layer_score_the_same(plugin, plans, tmp_path):
    import processing

    sites = sites_layer(tmp_path)
    imported = processing.run(ALG, {"PLAN_FILES": [str(plans / "rp_3103_2021012.gml")],
                                    "OUTPUT": str(tmp_path / "planer.gpkg")})
    by_import = _score(sites, imported["LAND_USE"], imported["HENSYNSSONER"])
    # The GeoJSON as a user opens it in QGIS (read as WGS84 by GDAL) with the CRS set by hand
    # (Layer > Set CRS): land use, boundary and hensynssoner in one layer.
    mixed = QgsVectorLayer(str(plans / "rp_3103_2021012_nap.geojson") + "|geometrytype=Polygon", "plan", "ogr")
    assert mixed.isValid()
    mixed.setCrs(QgsCoordinateReferenceSystem(CRS))
    QgsProject.instance().addMapLayer(mixed)
    try:
        by_layer = _score(sites, mixed.id(), None)
    finally:
        QgsProject.instance().removeMapLayer(mixed.id())
    for rows in (by_import, by_layer):
        assert not rows["industri"]["bat_excluded"] and rows["industri"]["bat_unchecked"] in ("", None)
        assert str(rows["industri"]["bat_explain"]).startswith("Industri (RP 1340)")
        assert rows["lnfr"]["bat_excluded"] and "(RP 5100): zoning conflict" in rows["lnfr"]["bat_failed"]
        assert rows["skytebane"]["bat_failed"] == ("Skytebane (RP 1470): unsuitable zoning; 0 m² left outside "
                                                   "hensynssone 360 shooting range on 100 % of the site < 2 500 m²")
        assert rows["vann"]["bat_excluded"]


def test_imported_layers_load_styled_so_none_hides_the_others(plugin, plans, tmp_path):
    """Loaded as the dialog loads them: land use in the plan map's official colours with the codes'
    names in the legend, hensynssoner hatched, plan areas as outlines (not three opaque colours)."""
    from qgis.core import QgsCategorizedSymbolRenderer
    from qgis.PyQt.QtCore import Qt

    import processing

    project = QgsProject.instance()
    before = set(project.mapLayers())
    result = processing.runAndLoadResults(ALG, {"PLAN_FILES": [str(plans / "rp_3103_2021012.gml"),
                                                               str(plans / "kp_3103_2019001.gml"),
                                                               str(plans / "rp_3103_2022005_byggegrense.gml")],
                                                "OUTPUT": str(tmp_path / "planer.gpkg")})
    loaded = {layer.name(): layer for key, layer in project.mapLayers().items() if key not in before}
    try:
        assert set(loaded) == {"arealformal", "hensynssoner", "planomrader", "byggegrenser"}, result
        renderer = loaded["arealformal"].renderer()
        assert isinstance(renderer, QgsCategorizedSymbolRenderer)
        legend = {c.label(): c.symbol().color().name() for c in renderer.categories()}
        # the colours of resources/codelists (SOSI's plan-map presentation), by plan system and status
        assert legend["RP 1340 Industri"] == "#cc66ff"
        assert legend["RP 6001 Bruk og vern av sjø og vassdrag med tilhørende strandsone"] == "#ccffff"
        assert legend["KPA 1300 Næringsbebyggelse, future"] == "#9966cc"  # framtidig: the darker KPA colour
        assert [c for label, c in legend.items() if label.startswith("KPA 5100 LNFR-areal")] == ["#ccff99"]
        zones = loaded["hensynssoner"].renderer().symbol().symbolLayer(0)
        assert zones.brushStyle() == Qt.BDiagPattern and zones.strokeColor().name() == "#c00000"
        areas = loaded["planomrader"].renderer().symbol().symbolLayer(0)
        assert areas.brushStyle() == Qt.NoBrush  # the plan's own land use shows through
        limit = loaded["byggegrenser"].renderer().symbol().symbolLayer(0)
        assert limit.useCustomDashPattern() and limit.color().name() == "#000000"  # dashed, as on the plan map
    finally:
        project.removeMapLayers(list(loaded[name].id() for name in loaded))


def test_imported_byggegrense_lines_decide_the_building_line_in_score_sites(plugin, plans, tmp_path):
    """The plan (rp_3103_2022005_byggegrense.gml) draws its byggegrense 20 m from the E6, which runs
    north-south along x = 255000.  A site 10-70 m from the E6 keeps 2 000 m² outside the law's 50 m
    line, but 5 000 m² beyond the plan's line: Score sites says so once the lines are given."""
    import processing

    imported = processing.run(ALG, {"PLAN_FILES": [str(plans / "rp_3103_2022005_byggegrense.gml")],
                                    "OUTPUT": str(tmp_path / "planer.gpkg")})
    roads = tmp_path / "veger.gpkg"
    gpd.GeoDataFrame({"vegkategori": ["E"], "vegnummer": [6]},
                     geometry=[shapely.LineString([(255000, 6589000), (255000, 6593000)])], crs=CRS).to_file(
        roads, layer="veglenke", engine="fiona")
    site = tmp_path / "tomt.gpkg"
    gpd.GeoDataFrame({"tomt": ["near"]}, geometry=[box(255010, 6591200, 255070, 6591300)], crs=CRS).to_file(
        site, layer="tomter", engine="fiona")

    def assess(extra):
        result = processing.run("energistasjon:scoresites", {
            "INPUT": "{}|layername=tomter".format(site), "STATION_TYPES": [0], "LANGUAGE": 2,
            "ROADS": "{}|layername=veglenke".format(roads), "OUTPUT": "memory:", **extra})
        layer = result["OUTPUT"]
        if isinstance(layer, str):
            from qgis.core import QgsProcessingUtils
            layer = QgsProcessingUtils.mapLayerFromString(layer, None)
        [feature] = list(layer.getFeatures())
        return feature["h2_assess"]

    assert assess({}) == "2 000 m² outside the 50 m building line from E6 < 4 000 m²"
    assert assess({"BUILDING_LIMITS": imported["BUILDING_LIMITS"]}) in ("", None)

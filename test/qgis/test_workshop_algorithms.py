"""The workshop algorithms through processing.run, as a regional workshop uses them: candidate
areas from a hand-made plan fixture (test/workshop_fixture.py), sensitivity, gaps along a straight
synthetic corridor, and the short list with its spreadsheet and atlas (test/hand_fixture.py)."""
import subprocess

import geopandas as gpd
import hand_fixture
import pytest
import workshop_fixture as wf
from osgeo import ogr
from qgis.core import QgsApplication, QgsProcessingException, QgsProcessingFeedback, QgsVectorLayer
from shapely.geometry import LineString, Point, Polygon

WORKSHOP = ("energistasjon:candidateareas", "energistasjon:sensitivity", "energistasjon:corridorgaps",
            "energistasjon:shortlist")


def features(path, layer=None):
    source = "{}|layername={}".format(path, layer) if layer else str(path)
    found = QgsVectorLayer(source, "out", "ogr")
    assert found.isValid(), source
    return list(found.getFeatures())


@pytest.fixture
def scored(plugin, tmp_path):
    """The hand fixture scored for battery charging, with municipalities (Moss: A, B, E; Råde: C, D)."""
    import processing

    gpkg = hand_fixture.write_geopackage(tmp_path)
    sites = hand_fixture.sites()
    sites["kommunenavn"] = ["Moss", "Moss", "Råde", "Råde", "Moss"]
    sites.to_file(gpkg, layer="kandidater", driver="GPKG", engine="fiona")
    out = tmp_path / "scored.gpkg"
    processing.run("energistasjon:scoresites", {
        "INPUT": "{}|layername=kandidater".format(gpkg), "STATION_TYPES": [1],
        "ROADS": "{}|layername=veger".format(gpkg), "TRAFFIC": "{}|layername=trafikkmengde".format(gpkg),
        "GRID_CAPACITY_FILE": str(hand_fixture.write_grid_capacity(tmp_path)),
        "ZONING_KPA": ["{}|layername=kpa".format(gpkg)], "ZONING_RP": ["{}|layername=rp".format(gpkg)],
        "LANGUAGE": 2, "OUTPUT": str(out)})
    return gpkg, out


def test_the_workshop_algorithms_are_in_their_group(plugin):
    for algorithm_id in WORKSHOP:
        algorithm = QgsApplication.processingRegistry().algorithmById(algorithm_id)
        assert algorithm is not None and algorithm.group() == "Workshop", algorithm_id


def test_candidate_areas_from_plans_in_two_utm_zones(plugin, tmp_path):
    import processing

    plans = wf.write_geopackage(tmp_path)
    assert QgsVectorLayer("{}|layername=kpa_rade".format(plans), "r", "ogr").crs().authid() == "EPSG:25832"
    out = tmp_path / "areas.gpkg"
    result = processing.run("energistasjon:candidateareas", {
        "STATION_TYPES": [1], "ZONING_KPA": ["{}|layername=kpa_moss".format(plans),
                                              "{}|layername=kpa_rade".format(plans)],
        "ZONING_RP": ["{}|layername=rp_moss".format(plans)], "HAZARD_ZONES": "{}|layername=hensynssoner".format(plans),
        "MUNICIPALITIES": "{}|layername=kommuner".format(plans), "LANGUAGE": 2, "OUTPUT": str(out)})
    found = sorted((f["kommunenavn"], f["plan_level"], int(f["land_use_code"]), round(f["area_m2"]))
                   for f in features(result["OUTPUT"]))
    assert found == [("Moss", "KPA", 1300, 11500), ("Moss", "KPA", 1300, 20000), ("Moss", "RP", 1340, 5000),
                     ("Moss", "RP", 1340, 6000), ("Råde", "KPA", 1300, 20000)]
    layer = QgsVectorLayer(str(out), "areas", "ogr")
    assert layer.crs().authid() == "EPSG:25833"  # the first plan layer's
    assert all(f["bat_excluded"] in (False, 0) for f in layer.getFeatures())
    assert "contradict each other" in result["NOTES"] and "Removed: smaller than every" in result["NOTES"]


def test_candidate_areas_without_a_plan_layer_is_a_message(plugin, tmp_path):
    import processing

    with pytest.raises(QgsProcessingException, match="projected CRS|zoning layer"):
        processing.run("energistasjon:candidateareas", {"STATION_TYPES": [1], "OUTPUT": str(tmp_path / "a.gpkg")})


def test_sensitivity_a_dominant_site_is_always_first(scored, tmp_path):
    import processing

    _, layer = scored
    out = tmp_path / "sensitivity.gpkg"
    processing.run("energistasjon:sensitivity", {
        "INPUT": str(layer), "STATION_TYPE": 1, "WEIGHT_SHARE": 0.25, "GRID_SHARE": 0.2, "RUNS": 200, "TOP_K": 1,
        "SEED": 3, "OUTPUT": str(out)})
    rows = {f["tomt_id"]: f for f in features(out)}
    assert rows["A"]["bat_p_top"] == 1.0 and rows["A"]["bat_rank_p95"] == 1.0  # A leads on every factor it has
    assert rows["E"]["bat_p_top"] == 0.0 and rows["D"]["bat_p_top"] == 0.0
    assert rows["B"]["bat_p_top"] is None or str(rows["B"]["bat_p_top"]) == "NULL"  # excluded: never ranked
    assert rows["A"]["bat_weights"].startswith("Battery-electric truck charging@") or "@" in rows["A"]["bat_weights"]


def test_sensitivity_within_the_participants_spread(scored, tmp_path):
    from energistasjon.energistasjon_plugin.core import profiles, weight_files, weight_sets

    import processing

    battery = profiles.load_bundled_profile("battery")
    folder = tmp_path / "participants"
    folder.mkdir()
    for name, grid in (("Kari", 0.6), ("Ola", 0.1)):
        weights = {f.id: f.weight for f in battery.factors}
        weights["grid"] = grid
        weight_files.save_weight_set(weight_sets.make_weight_set(battery, weights, name), folder / (name + ".yaml"))
    (folder / "other_type.yaml").write_text(weight_files.dump_weight_set(weight_sets.weight_set_from_profile(
        profiles.load_bundled_profile("biogas"))), encoding="utf-8")  # another station type: left out
    result = processing.run("energistasjon:sensitivity", {
        "INPUT": str(scored[1]), "STATION_TYPE": 1, "PARTICIPANTS": str(folder), "RUNS": 50,
        "OUTPUT": str(tmp_path / "s.gpkg")})
    assert "2 participants: Kari, Ola" in result["NOTES"]


def test_gaps_on_a_straight_corridor_and_the_sites_that_close_them(plugin, tmp_path):
    import processing

    crs = "EPSG:25833"
    x0, y0 = 300000.0, 6500000.0
    path = tmp_path / "corridor.gpkg"
    gpd.GeoDataFrame({"vegkategori": ["E"], "vegnummer": [6]},
                     geometry=[LineString([(x0, y0), (x0, y0 + 100000)])], crs=crs).to_file(
        path, layer="veger", driver="GPKG", engine="fiona")
    gpd.GeoDataFrame({"stasjonstype": ["batteri", "batteri", "hydrogen"], "navn": ["Nord", "Sør", "H2 midt"]},
                     geometry=[Point(x0 + 200, y0 + 80000), Point(x0 - 300, y0 + 10000), Point(x0, y0 + 45000)],
                     crs=crs).to_file(path, layer="stasjoner", driver="GPKG", engine="fiona")

    def diamond(x, y):  # its west corner is the point nearest the road
        return Polygon([(x, y), (x + 50, y + 50), (x + 100, y), (x + 50, y - 50)])

    gpd.GeoDataFrame({"tomt_id": ["midt", "nær sør", "langt unna"]},
                     geometry=[diamond(x0 + 400, y0 + 45000), diamond(x0 + 400, y0 + 15000),
                               diamond(x0 + 9000, y0 + 45000)], crs=crs).to_file(
        path, layer="tomter", driver="GPKG", engine="fiona")
    gaps, sites = tmp_path / "gaps.gpkg", tmp_path / "sites.gpkg"
    result = processing.run("energistasjon:corridorgaps", {
        "ROADS": "{}|layername=veger".format(path), "CORRIDORS": "E6",
        "EXISTING_STATIONS": "{}|layername=stasjoner".format(path), "STATION_TYPE": 1, "SPACING_KM": 0,
        "NETWORK": 0, "AFIR_APPLIES": 0, "SITES": "{}|layername=tomter".format(path), "LANGUAGE": 2,
        "OUTPUT": str(gaps), "OUTPUT_SITES": str(sites)})
    found = [(round(f["start_m"]), round(f["end_m"]), f["stations_needed"], round(f["window_start_m"]),
              round(f["window_end_m"])) for f in features(gaps)]
    assert found == [(10000, 80000, 1, 20000, 70000)]  # AFIR's 60 km for charging on the core network
    closing = {f["tomt_id"]: (round(f["position_m"]), bool(f["closes"])) for f in features(sites)}
    assert closing == {"midt": (45000, True), "nær sør": (15000, False)}
    assert "UNCONFIRMED" in result["NOTES"]
    # A scored layer where the battery rules exclude "midt": it closes no gap any more.
    gpd.read_file(path, layer="tomter").assign(bat_excluded=[True, False, False]).to_file(
        path, layer="tomter_scored", driver="GPKG", engine="fiona")
    result = processing.run("energistasjon:corridorgaps", {
        "ROADS": "{}|layername=veger".format(path), "CORRIDORS": "E6",
        "EXISTING_STATIONS": "{}|layername=stasjoner".format(path), "STATION_TYPE": 1, "SPACING_KM": 0,
        "NETWORK": 0, "AFIR_APPLIES": 0, "SITES": "{}|layername=tomter_scored".format(path), "LANGUAGE": 2,
        "OUTPUT": str(tmp_path / "gaps2.gpkg"), "OUTPUT_SITES": str(tmp_path / "sites2.gpkg")})
    assert {f["tomt_id"] for f in features(tmp_path / "sites2.gpkg")} == {"nær sør"}
    assert "1 site the station profile's rules exclude is left out" in result["NOTES"]


def test_short_list_spreadsheet_and_atlas(scored, tmp_path):
    import processing

    gpkg, layer = scored
    folder = tmp_path / "atlas"
    xlsx = tmp_path / "kortliste.xlsx"
    warnings = []

    class Feedback(QgsProcessingFeedback):
        def pushWarning(self, text):  # noqa: N802
            warnings.append(text)

    result = processing.run("energistasjon:shortlist", {
        "INPUT": str(layer), "STATION_TYPES": [1], "TOP": 1, "ZONING_KPA": ["{}|layername=kpa".format(gpkg)],
        "ZONING_RP": ["{}|layername=rp".format(gpkg)], "ROADS": "{}|layername=veger".format(gpkg), "LANGUAGE": 1,
        "OUTPUT": str(tmp_path / "shortlist.gpkg"), "SPREADSHEET": str(xlsx), "ATLAS_FOLDER": str(folder)},
        feedback=Feedback())
    # Scored in English, listed in bokmål: the explanations stay as written, and the log says so.
    assert [w for w in warnings if "på nytt" in w] == [
        "Forklaringene i 'scored' er på engelsk, slik tomtene ble vurdert; kortlistens overskrifter er på norsk "
        "bokmål. Vurder tomtene på nytt på norsk bokmål for å få forklaringene på norsk bokmål også."]
    listed = sorted((f["municipality"], f["site"], f["place"]) for f in features(result["OUTPUT"]))
    assert listed == [("Moss", "A", 1), ("Råde", "D", 1)]
    dataset = ogr.Open(str(xlsx))  # as a spreadsheet program reads it: GDAL's XLSX reader
    sheet = dataset.GetLayer(0)
    rows = [[sheet_feature.GetField(i) for i in range(sheet_feature.GetFieldCount())] for sheet_feature in sheet]
    assert sheet.GetName() == "Batteri" and [r[0] for r in rows] == ["Moss", "Råde"]
    assert [sheet.GetLayerDefn().GetFieldDefn(i).GetName() for i in range(2)] == ["Kommune", "Region"]
    assert (folder / "shortlist_battery.csv").read_bytes().startswith(b"\xef\xbb\xbfKommune;")
    html = (folder / "atlas.html").read_text(encoding="utf-8")
    assert html.count('<section class="site"') == 2 and "Råde" in html
    text = subprocess.run(["pdftotext", str(folder / "atlas.pdf"), "-"], capture_output=True, text=True,
                          check=True).stdout
    assert "Råde" in text and "Vektsett" in text
    assert result["FILES"].splitlines() == [str(xlsx), str(folder / "shortlist_battery.csv"),
                                            str(folder / "atlas.html"), str(folder / "atlas.pdf")]


def test_an_empty_short_list_says_how_many_sites_each_rule_removed(scored, tmp_path):
    import processing

    _, layer = scored
    result = processing.run("energistasjon:shortlist", {
        "INPUT": "{}|subset=\"tomt_id\" IN ('B', 'C')".format(layer), "STATION_TYPES": [1], "LANGUAGE": 2,
        "OUTPUT": str(tmp_path / "empty.gpkg"), "SPREADSHEET": str(tmp_path / "empty.xlsx")})
    assert features(result["OUTPUT"]) == []
    assert "No site is ranked for Battery-electric truck charging: 2 sites" in result["NOTES"]
    assert "zoning: 1 sites (only this rule: 1)." in result["NOTES"]
    assert "area: 1 sites (only this rule: 1)." in result["NOTES"]


def test_algorithms_that_print_pdfs_run_on_the_main_thread(plugin):
    """QGIS's HTML layout item renders nothing off the main thread: the dialog's worker thread once
    gave the short list a blank atlas PDF, reported as written."""
    from qgis.core import QgsProcessingAlgorithm

    registry = QgsApplication.processingRegistry()
    for algorithm_id in ("energistasjon:shortlist", "energistasjon:checkapplication"):
        assert registry.algorithmById(algorithm_id).flags() & QgsProcessingAlgorithm.FlagNoThreading, algorithm_id


def test_a_pdf_asked_for_off_the_main_thread_is_refused_not_written_blank(plugin, tmp_path):
    import threading

    from energistasjon.energistasjon_plugin.bridge.case_output import export_pdf

    failures = []

    def export():
        try:
            export_pdf("<html><body><p>Side 1</p></body></html>", tmp_path / "report.pdf")
        except OSError as error:
            failures.append(str(error))

    worker = threading.Thread(target=export)
    worker.start()
    worker.join(60)
    assert failures and "main thread" in failures[0]
    assert not (tmp_path / "report.pdf").exists() and not list(tmp_path.glob("*.part"))


def _loaded(algorithm_id, parameters):
    """Run as the dialog does and return the layers it loaded into the project, by name."""
    from qgis.core import QgsProject

    import processing

    project = QgsProject.instance()
    before = set(project.mapLayers())
    processing.runAndLoadResults(algorithm_id, parameters)
    return {layer.name(): layer for key, layer in project.mapLayers().items() if key not in before}


def _legend(layer):
    return [item.label() for item in layer.renderer().legendSymbolItems()]


def test_workshop_outputs_load_styled_for_a_regional_map(scored, tmp_path):
    """Loaded as the dialog loads them, each workshop output says what it shows in its legend,
    with a marker on every site (a 1 ha parcel is a speck at 1:150 000)."""
    from qgis.core import QgsProject

    gpkg, layer = scored
    loaded = {}
    try:
        loaded.update(_loaded("energistasjon:sensitivity", {
            "INPUT": str(layer), "STATION_TYPE": 1, "RUNS": 50, "TOP_K": 1, "SEED": 3, "LANGUAGE": 2,
            "OUTPUT": str(tmp_path / "sensitivity.gpkg")}))
        loaded.update(_loaded("energistasjon:shortlist", {
            "INPUT": str(layer), "STATION_TYPES": [1], "TOP": 1, "LANGUAGE": 2,
            "OUTPUT": str(tmp_path / "shortlist.gpkg")}))
        loaded.update(_loaded("energistasjon:corridorgaps", {
            "ROADS": "{}|layername=veger".format(gpkg), "CORRIDORS": "E6", "STATION_TYPE": 1, "SPACING_KM": 1,
            "SITES": str(layer), "LANGUAGE": 2, "OUTPUT": str(tmp_path / "gaps.gpkg"),
            "OUTPUT_SITES": str(tmp_path / "gap_sites.gpkg")}))
        sensitivity = next(v for k, v in loaded.items() if "sensitivity" in k)
        assert "in 75 % of the runs or more" in _legend(sensitivity)
        assert "excluded or not ranked: no statistics" in _legend(sensitivity)
        short_list = loaded["Short list"]
        assert _legend(short_list) == ["Hydrogen", "Battery-electric truck charging", "Biogas (CBG/LBG)"]
        assert short_list.labelsEnabled()
        gaps = next(v for k, v in loaded.items() if k.startswith("Gaps"))
        assert gaps.renderer().symbol().color().name() == "#d7191c" and gaps.labelsEnabled()
        sites = loaded["Sites in the gaps"]
        assert _legend(sites) == ["closes the gap on its own", "in a gap, does not close it alone"]
        def alias(layer, field):
            return layer.attributeAlias(layer.fields().indexOf(field))

        # fields in words: the statistics, and the scored layer's own words kept
        assert alias(sensitivity, "bat_p_top") == "Battery: Share of runs in the top 1"
        assert alias(sensitivity, "bat_score") == "Battery: score (0-100)"
        assert alias(short_list, "place") == "Place in municipality"
        assert alias(sites, "closes") == "Closes the gap alone" and alias(gaps, "length_m") == "Length (m)"
        for name in ("Short list", "Sites in the gaps"):  # a marker on every site's surface
            items = loaded[name].renderer().legendSymbolItems()  # kept: the symbols belong to the items
            assert items[0].symbol().symbolLayer(1).layerType() == "CentroidFill", name
    finally:
        QgsProject.instance().removeMapLayers([v.id() for v in loaded.values()])

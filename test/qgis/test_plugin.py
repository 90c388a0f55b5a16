"""The plugin inside QGIS: provider, menu, reload, and the scoring algorithm through processing.run."""
from pathlib import Path

import hand_fixture
import pytest
from qgis.core import QgsApplication, QgsProcessingException, QgsProcessingFeedback, QgsVectorLayer

ALG = "energistasjon:scoresites"


def providers():
    return [p for p in QgsApplication.processingRegistry().providers() if p.id() == "energistasjon"]


def test_provider_and_algorithm_are_registered(plugin):
    assert len(providers()) == 1
    provider = providers()[0]
    assert provider.name() == "Energistasjon"
    algorithm = QgsApplication.processingRegistry().algorithmById(ALG)
    assert algorithm is not None
    assert algorithm.displayName() == "Score candidate sites"
    assert "unknown, never as zero" in algorithm.shortHelpString()
    assert not provider.icon().isNull()


def test_reloading_twice_leaves_no_duplicates(plugin, iface):
    # Score candidate sites..., Checklist for case officers..., Workshop weights...
    assert len(iface.menu) == 3
    for _ in range(2):
        plugin.unload()
        assert providers() == [] and iface.menu == []
        plugin.initGui()
    assert len(providers()) == 1 and len(iface.menu) == 3


@pytest.fixture
def fixture_paths(tmp_path):
    return hand_fixture.write_geopackage(tmp_path), hand_fixture.write_grid_capacity(tmp_path)


def params(gpkg: Path, grid: Path, output: str, **extra):
    def layer(name):
        return "{}|layername={}".format(gpkg, name)

    values = {
        "INPUT": layer("kandidater"), "STATION_TYPES": [0, 1, 2], "ROADS": layer("veger"),
        "TRAFFIC": layer("trafikkmengde"), "GRID_CAPACITY_FILE": str(grid), "ZONING_KPA": layer("kpa"),
        "ZONING_RP": layer("rp"), "BUILDINGS": layer("bygninger"), "LANGUAGE": 2, "OUTPUT": output,
    }
    values.update(extra)
    return values


def read_output(path):
    layer = QgsVectorLayer(str(path), "out", "ogr")
    assert layer.isValid()
    return {f["tomt_id"]: f for f in layer.getFeatures()}, layer


def test_scoring_through_processing_run_writes_what_the_engine_computed(plugin, fixture_paths, tmp_path):
    import processing

    out = tmp_path / "scored.gpkg"
    result = processing.run(ALG, params(*fixture_paths, str(out)))
    features, layer = read_output(result["OUTPUT"])
    assert set(features) == {"A", "B", "C", "D", "E"}
    names = layer.fields().names()
    assert names[:3] == ["fid", "tomt_id", "eier"]  # the input's attributes come first, unchanged
    a, b = features["A"], features["B"]
    assert a["eier"] == "x"
    assert a["bat_rank"] == 1 and a["bat_score"] == pytest.approx(95.0, abs=0.1)
    assert features["E"]["bat_rank"] == 2 and features["D"]["bat_rank"] == 3
    assert b["bat_excluded"] in (True, 1) and "KPA 5100" in b["bat_failed"]
    # E is parking 50 m from a school: excluded by zoning and area; the school only needs assessment
    assert a["h2_rank"] == 1 and features["E"]["h2_rules"].split(",") == ["zoning", "min_area"]
    assert a["bat_explain"].startswith("Industri (RP 1340), 300 m to the E6 exit")
    assert a["bat_profile"].startswith("battery@")
    assert "elevation model" in result["NOTES"]


def test_missing_field_names_layer_and_field(plugin, fixture_paths, tmp_path):
    import processing

    with pytest.raises(QgsProcessingException) as info:
        processing.run(ALG, params(*fixture_paths, str(tmp_path / "o.gpkg"), AADT_FIELD="aadt_total"))
    message = str(info.value)
    assert "trafikkmengde" in message and "aadt_total" in message and "ådtTotal" in message
    assert not (tmp_path / "o.gpkg").exists()


def test_geographic_candidates_are_refused(plugin, fixture_paths, tmp_path):
    import processing

    gpkg, grid = fixture_paths
    wgs = tmp_path / "wgs.gpkg"
    hand_fixture.sites().to_crs("EPSG:4326").to_file(wgs, layer="kandidater", driver="GPKG")
    with pytest.raises(QgsProcessingException) as info:
        processing.run(ALG, params(gpkg, grid, str(tmp_path / "o.gpkg"), INPUT=str(wgs)))
    assert "EPSG:25833" in str(info.value) and "geographic" in str(info.value)


def test_cancelled_run_writes_nothing(plugin, fixture_paths, tmp_path):
    import processing

    feedback = QgsProcessingFeedback()
    feedback.cancel()
    out = tmp_path / "cancelled.gpkg"
    try:
        processing.run(ALG, params(*fixture_paths, str(out)), feedback=feedback)
    except QgsProcessingException:
        pass
    assert not out.exists()


def test_explanations_in_norwegian(plugin, fixture_paths, tmp_path):
    import processing

    result = processing.run(ALG, params(*fixture_paths, str(tmp_path / "nb.gpkg"), LANGUAGE=1))
    features, _ = read_output(result["OUTPUT"])
    assert "til avkjøringen" in features["A"]["bat_explain"]
    assert features["B"]["bat_explain"].startswith("Utelukket")


def test_output_gets_the_bundled_style_and_keeps_it_in_the_geopackage(plugin, fixture_paths, tmp_path):
    from qgis.core import QgsProcessingContext, QgsProject, QgsVectorLayer

    import processing

    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    out = tmp_path / "styled.gpkg"
    processing.run(ALG, params(*fixture_paths, str(out), STATION_TYPES=[1]), context=context)
    reopened = QgsVectorLayer(str(out), "reopened", "ogr")
    message, ok = reopened.loadDefaultStyle()
    assert ok, message
    renderer = reopened.renderer()
    assert renderer.type() == "RuleRenderer"
    regional = renderer.rootRule().children()[0]  # zoomed out: one marker per site
    labels = [rule.label() for rule in regional.children()]
    assert labels[0] == "Battery: score 80–100" and labels[-1].startswith("Battery: excluded")
    assert '"bat_excluded"' == regional.children()[-1].filterExpression()


@pytest.mark.parametrize("station_type", ["hydrogen", "battery", "biogas"])
@pytest.mark.parametrize("language", ["en", "nb"])
def test_bundled_styles_exist_for_every_type_and_language(station_type, language):
    from qgis.core import QgsVectorLayer

    style = Path(__file__).resolve().parents[2] / "resources" / "styles" / "scores_{}_{}.qml".format(
        station_type, language)
    layer = QgsVectorLayer("Polygon?crs=EPSG:25833", "s", "memory")
    message, ok = layer.loadNamedStyle(str(style))
    assert ok, message
    assert layer.renderer().type() == "RuleRenderer"


def test_an_input_field_named_like_an_output_field_is_replaced(plugin, tmp_path):
    import processing

    gpkg = hand_fixture.write_geopackage(tmp_path)
    sites = hand_fixture.sites()
    sites["BAT_SCORE"] = "old text"  # e.g. a planner's own column, or an earlier run
    clash = tmp_path / "clash.gpkg"
    sites.to_file(clash, layer="kandidater", driver="GPKG", engine=hand_fixture.ENGINE)
    result = processing.run(ALG, params(gpkg, hand_fixture.write_grid_capacity(tmp_path), str(tmp_path / "o.gpkg"),
                                        INPUT=str(clash), STATION_TYPES=[1]))
    features, layer = read_output(result["OUTPUT"])
    names = [n.casefold() for n in layer.fields().names()]
    assert names.count("bat_score") == 1 and features["A"]["bat_score"] == pytest.approx(95.0, abs=0.1)
    assert "BAT_SCORE" in result["NOTES"] or "bat_score" in result["NOTES"].casefold()

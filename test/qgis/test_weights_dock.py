"""The workshop's weights panel: moving a weight re-ranks the scored layer exactly as the engine's
re-ranking does and as a full rescoring with the same weights would; reset, save and reload,
pairwise comparisons (hand fixture, test/hand_fixture.py)."""
import hand_fixture
import numpy as np
import pytest
from qgis.core import QgsProject, QgsVectorLayer


@pytest.fixture
def scored_layer(plugin, tmp_path):
    import processing

    gpkg = hand_fixture.write_geopackage(tmp_path)
    out = tmp_path / "scored.gpkg"
    params = {
        "INPUT": "{}|layername=kandidater".format(gpkg), "STATION_TYPES": [0, 1],
        "ROADS": "{}|layername=veger".format(gpkg), "TRAFFIC": "{}|layername=trafikkmengde".format(gpkg),
        "GRID_CAPACITY_FILE": str(hand_fixture.write_grid_capacity(tmp_path)),
        "ZONING_KPA": ["{}|layername=kpa".format(gpkg)], "ZONING_RP": ["{}|layername=rp".format(gpkg)],
        "BUILDINGS": "{}|layername=bygninger".format(gpkg), "LANGUAGE": 2, "OUTPUT": str(out)}
    processing.run("energistasjon:scoresites", params)
    layer = QgsVectorLayer(str(out), "scored", "ogr")
    QgsProject.instance().addMapLayer(layer)
    yield layer, params
    if layer.isEditable():
        layer.rollBack()
    QgsProject.instance().removeMapLayer(layer.id())


def layer_results(layer, prefix):
    named = layer.fields().indexOf(prefix + "_weights") >= 0  # added by the panel at the first move
    return {f["tomt_id"]: (f[prefix + "_score"], f[prefix + "_rank"], f[prefix + "_weights"] if named else None)
            for f in layer.getFeatures()}


def full_rescoring(params, profile, weight_set, tmp_path):
    """The same sites scored again from the layers with the weight set applied to the profile."""
    from energistasjon.energistasjon_plugin.core.context_builder import LayerInput, build_context
    from energistasjon.energistasjon_plugin.core.scoring import score_sites
    from energistasjon.energistasjon_plugin.core.weight_sets import apply_weight_set

    layers = hand_fixture.layers()
    context = build_context(
        hand_fixture.CRS, roads_layer=LayerInput(layers["veger"], "veger"),
        traffic_layer=LayerInput(layers["trafikkmengde"], "trafikkmengde"),
        grid_capacity_files=[params["GRID_CAPACITY_FILE"]],
        kpa_layers=[LayerInput(layers["kpa"], "kpa")], rp_layers=[LayerInput(layers["rp"], "rp")],
        building_layer=LayerInput(layers["bygninger"], "bygninger"))
    frame = score_sites(hand_fixture.sites(), context, [apply_weight_set(profile, weight_set)]).frame
    p = profile.field_prefix
    return {t: (s, r) for t, s, r in zip(frame["tomt_id"], frame[p + "_score"], frame[p + "_rank"])}


def missing(value):
    """NULL in QGIS, None or NaN in the engine."""
    return value is None or (isinstance(value, float) and value != value) or (
        hasattr(value, "isNull") and value.isNull())


def same(a, b):
    if missing(a) or missing(b):
        return missing(a) and missing(b)
    return a == pytest.approx(b)


def test_moving_a_weight_reranks_like_the_engine_and_like_a_full_rescoring(scored_layer, tmp_path):
    from energistasjon.energistasjon_plugin.core.reranking import rerank
    from energistasjon.energistasjon_plugin.gui.weights_dock import WeightsDock

    layer, params = scored_layer
    dock = WeightsDock()
    dock.set_layer(layer)
    assert [dock.type_box.itemData(i) for i in range(dock.type_box.count())] == ["hydrogen", "battery"]
    dock.set_station_type("battery")
    profile = dock.profile
    before = layer_results(layer, "bat")
    number = dock.sliders.rows["traffic"][1]
    number.setValue(90)  # the room: heavy traffic matters most
    dock.sliders.rows["grid"][0].setValue(5)  # the grid hardly
    dock.apply_now()
    weight_set = dock.weight_set
    assert weight_set.method == "manual" and weight_set.weights["traffic"] > weight_set.weights["grid"]
    after = layer_results(layer, "bat")
    assert after != before and layer.isEditable()
    import geopandas as gpd

    table = gpd.read_file(str(layer.source()).split("|")[0], layer="scored")  # not the stored styles
    expected = rerank(table, profile, weight_set)
    rescored = full_rescoring(params, profile, weight_set, tmp_path)
    for tomt, score, rank in zip(table["tomt_id"], expected["bat_score"], expected["bat_rank"]):
        got_score, got_rank, label = after[tomt]
        assert same(got_score, score) and same(got_rank, rank), tomt
        assert same(got_score, rescored[tomt][0]) and same(got_rank, rescored[tomt][1]), tomt
        assert label == weight_set.label
    dock.reset_to_profile()
    reset = layer_results(layer, "bat")
    assert all(same(reset[t][0], before[t][0]) and same(reset[t][1], before[t][1]) for t in before)
    assert {r[2] for r in reset.values()} == {dock.weight_set.label} and dock.weight_set.method == "profile"
    assert dock.ranking.item(0, 1).text() == "A"
    layer.rollBack()  # the file was never touched
    assert layer_results(layer, "bat") == before


def test_save_and_reload_a_weight_set_names_it_in_the_layer(scored_layer, tmp_path):
    from energistasjon.energistasjon_plugin.core.weight_files import load_weight_set
    from energistasjon.energistasjon_plugin.gui.weights_dock import WeightsDock

    layer, _ = scored_layer
    dock = WeightsDock()
    dock.set_layer(layer)
    dock.set_station_type("battery")
    dock.sliders.rows["corridor"][1].setValue(60)
    dock.apply_now()
    saved = dock.save_weight_set(str(tmp_path / "gruppe_moss.yaml"), "Gruppe Moss")
    again = load_weight_set(tmp_path / "gruppe_moss.yaml", dock.profile)
    assert again.label == saved.label and again.name == "Gruppe Moss"
    assert {r[2] for r in layer_results(layer, "bat").values()} == {saved.label}
    dock.reset_to_profile()
    assert dock.load_weight_set(str(tmp_path / "gruppe_moss.yaml")).label == saved.label
    assert {r[2] for r in layer_results(layer, "bat").values()} == {saved.label}


def test_a_weight_file_with_an_unknown_factor_is_refused_in_words(scored_layer, tmp_path):
    from energistasjon.energistasjon_plugin.gui.weights_dock import WeightsDock

    layer, _ = scored_layer
    dock = WeightsDock()
    dock.set_layer(layer)
    dock.set_station_type("battery")
    bad = tmp_path / "bad.yaml"
    bad.write_text("format: energistasjon-weights\nformat_version: 1\nname: X\nprofile: battery\n"
                   "station_type: battery\nweights:\n  grid: 1\n  sunshine: 2\n", encoding="utf-8")
    assert dock.load_weight_set(str(bad)) is None
    assert "sunshine" in dock.status.text() and "grid" in dock.status.text()


def test_pairwise_comparisons_give_weights_and_warn_when_inconsistent(scored_layer):
    from energistasjon.energistasjon_plugin.gui.ahp_dialog import PairwiseDialog
    from energistasjon.energistasjon_plugin.gui.weights_dock import WeightsDock

    layer, _ = scored_layer
    dock = WeightsDock()
    dock.set_layer(layer)
    dock.set_station_type("battery")
    factors = [(f.id, f.id) for f in dock.profile.factors]
    dialog = PairwiseDialog(factors)
    dialog.set_judgement("grid", "corridor", "3")
    assert dialog.table.item(2, 0).text() == "1/3"  # the mirror follows
    assert dialog.result.consistent
    dialog.set_judgement("corridor", "traffic", "5")
    dialog.set_judgement("grid", "traffic", "1/7")  # grid > corridor > traffic, yet traffic > grid
    assert not dialog.result.consistent and "contradict each other" in dialog.result_label.text()
    dock.use_pairwise(dialog)
    assert dock.weight_set.method == "ahp" and "contradict each other" in dock.status.text()
    weights = dock.weight_set.weights
    assert np.isclose(sum(weights.values()), 1.0)
    dialog.set_judgement("grid", "zoning", "x")
    assert dialog.result is None and "not a positive number" in dialog.result_label.text()


def test_the_panel_opens_from_the_plugin_menu(plugin, iface):
    names = [action.text() for _, action in iface.menu]
    assert "Workshop weights..." in names

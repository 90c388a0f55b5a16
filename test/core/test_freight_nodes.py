"""Freight nodes and rest areas (issue 12): a layer of døgnhvileplasser as object type 809 names its
fields, the distance to the nearest one as a factor of every bundled profile at weight 0 until a
region has the layer, and counted once a workshop gives it a weight.

Distances by hand in test/data/freight_nodes/README.md: D 413.4 m, A 2 161.6 m from
Patterød døgnhvileplass."""
from pathlib import Path

import geopandas as gpd
import hand_fixture
import pytest
from energistasjon.energistasjon_plugin.core import profiles, weight_sets
from energistasjon.energistasjon_plugin.core.context_builder import LayerInput, build_context
from energistasjon.energistasjon_plugin.core.scoring import score_sites

NODES = Path(__file__).resolve().parents[1] / "data" / "freight_nodes" / "dognhvileplass.geojson"


def context(with_nodes=True):
    layers = hand_fixture.layers()
    given = dict(roads_layer=LayerInput(layers["veger"], "veger"), kpa_layers=[LayerInput(layers["kpa"], "kpa")],
                 rp_layers=[LayerInput(layers["rp"], "rp")])
    if with_nodes:
        given["freight_node_layer"] = LayerInput(gpd.read_file(NODES), "dognhvileplass")
    return build_context(hand_fixture.CRS, **given)


def test_the_distance_to_the_nearest_rest_area_is_measured_and_named():
    battery = profiles.load_bundled_profile("battery")
    frame = score_sites(hand_fixture.sites(), context(), [battery], language="en").frame.set_index("tomt_id")
    assert frame.loc["D", "bat_freight_nodes"] == 413 and frame.loc["A", "bat_freight_nodes"] == 2162
    assert frame.loc["D", "bat_freight_nodes_s"] == 1.0  # within 1 km
    assert frame.loc["A", "bat_freight_nodes_s"] == pytest.approx((10000 - 2161.6) / 9000, abs=0.001)


def test_at_weight_0_it_changes_no_score_and_is_never_called_unknown():
    battery = profiles.load_bundled_profile("battery")
    with_nodes = score_sites(hand_fixture.sites(), context(), [battery], language="en").frame
    without = score_sites(hand_fixture.sites(), context(False), [battery], language="en").frame
    assert with_nodes["bat_score"].equals(without["bat_score"])
    assert not without["bat_explain"].str.contains("freight node").any()


def test_a_workshop_that_weighs_it_moves_the_site_near_the_rest_area_up():
    battery = profiles.load_bundled_profile("battery")
    weights = {f.id: f.weight for f in battery.factors}
    weights["freight_nodes"] = 0.5  # the workshop cares most about where drivers rest
    weighed = weight_sets.apply_weight_set(battery, weight_sets.make_weight_set(battery, weights, "Hvile"))
    base = score_sites(hand_fixture.sites(), context(), [battery], language="en").frame.set_index("tomt_id")
    moved = score_sites(hand_fixture.sites(), context(), [weighed], language="en").frame.set_index("tomt_id")
    assert moved.loc["D", "bat_score"] - base.loc["D", "bat_score"] > moved.loc["A", "bat_score"] - base.loc[
        "A", "bat_score"]
    assert "410 m to Patterød døgnhvileplass (freight node or rest area)" in moved.loc["D", "bat_explain"]

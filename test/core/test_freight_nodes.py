"""Freight nodes and rest areas (issue 12): a layer of døgnhvileplasser in the fields object type
809 has, and the distance to the nearest one as a factor a region adds to its own profile once
it has the layer (the block is in resources/profiles/README.md).

Distances by hand in test/data/freight_nodes/README.md: D 413.4 m, A 2 161.6 m from
Patterød døgnhvileplass."""
from pathlib import Path

import geopandas as gpd
import hand_fixture
import pytest
from energistasjon.energistasjon_plugin.core import profiles
from energistasjon.energistasjon_plugin.core.context_builder import LayerInput
from energistasjon.energistasjon_plugin.core.scoring import score_sites
from readme_factors import hand_context, with_readme_factor

NODES = Path(__file__).resolve().parents[1] / "data" / "freight_nodes" / "dognhvileplass.geojson"


def context(with_nodes=True):
    return hand_context(**({"freight_node_layer": LayerInput(gpd.read_file(NODES), "dognhvileplass")}
                           if with_nodes else {}))


def own_battery_profile(weight):
    """The bundled battery profile with the README's freight-node block added, as a region would."""
    return with_readme_factor("battery", "freight_nodes", weight)


def test_the_distance_to_the_nearest_rest_area_is_measured_and_named():
    frame = score_sites(hand_fixture.sites(), context(), [own_battery_profile(0.10)], language="en").frame
    frame = frame.set_index("tomt_id")
    assert frame.loc["D", "bat_freight_nodes"] == 413 and frame.loc["A", "bat_freight_nodes"] == 2162
    assert frame.loc["D", "bat_freight_nodes_s"] == 1.0  # within 1 km
    assert frame.loc["A", "bat_freight_nodes_s"] == pytest.approx((10000 - 2161.6) / 9000, abs=0.001)
    assert "410 m to Patterød døgnhvileplass (freight node or rest area)" in frame.loc["D", "bat_explain"]


def test_weighing_it_moves_the_site_near_the_rest_area_up():
    base = score_sites(hand_fixture.sites(), context(), [profiles.load_bundled_profile("battery")],
                       language="en").frame.set_index("tomt_id")
    moved = score_sites(hand_fixture.sites(), context(), [own_battery_profile(0.50)],
                        language="en").frame.set_index("tomt_id")
    assert moved.loc["D", "bat_score"] - base.loc["D", "bat_score"] > moved.loc["A", "bat_score"] - base.loc[
        "A", "bat_score"]


def test_at_weight_0_it_changes_no_score_and_is_never_called_unknown():
    with_nodes = score_sites(hand_fixture.sites(), context(), [own_battery_profile(0)], language="en").frame
    without = score_sites(hand_fixture.sites(), context(False), [own_battery_profile(0)], language="en").frame
    bundled = score_sites(hand_fixture.sites(), context(False), [profiles.load_bundled_profile("battery")],
                          language="en").frame
    assert with_nodes["bat_score"].equals(without["bat_score"]) and without["bat_score"].equals(bundled["bat_score"])
    assert not without["bat_explain"].str.contains("freight node").any()

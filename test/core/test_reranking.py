"""Live re-ranking from a scored layer's sub-scores equals a full rescoring with the same weights."""
from pathlib import Path

import geopandas as gpd
import hand_fixture
import numpy as np
import pytest
from energistasjon.energistasjon_plugin.core import profiles, weight_sets
from energistasjon.energistasjon_plugin.core.context_builder import LayerInput, build_context
from energistasjon.energistasjon_plugin.core.errors import InputError
from energistasjon.energistasjon_plugin.core.reranking import rerank
from energistasjon.energistasjon_plugin.core.scoring import score_sites

DEMO = Path(profiles.__file__).resolve().parents[2] / "resources" / "demo"
PROFILE_IDS = ("battery", "hydrogen", "biogas")


@pytest.fixture(scope="module")
def hand_context(tmp_path_factory):
    layers = hand_fixture.layers()
    folder = tmp_path_factory.mktemp("grid")
    return build_context(
        hand_fixture.CRS, roads_layer=LayerInput(layers["veger"], "veger"),
        traffic_layer=LayerInput(layers["trafikkmengde"], "trafikkmengde"),
        grid_capacity_files=[str(hand_fixture.write_grid_capacity(folder))],
        kpa_layers=[LayerInput(layers["kpa"], "kpa")], rp_layers=[LayerInput(layers["rp"], "rp")],
        building_layer=LayerInput(layers["bygninger"], "bygninger"))


@pytest.fixture(scope="module")
def demo():
    gpkg = DEMO / "energistasjon_demo.gpkg"

    def layer(name):
        return gpd.read_file(gpkg, layer=name)

    context = build_context(
        "EPSG:25833", roads_layer=LayerInput(layer("veger"), "veger"),
        traffic_layer=LayerInput(layer("trafikkmengde"), "trafikkmengde"),
        grid_capacity_files=[str(DEMO / "nettkapasitet_demo.geojson")],
        kpa_layers=[LayerInput(layer("kommuneplan_arealformal"), "kpa")],
        rp_layers=[LayerInput(layer("reguleringsplan_arealformal"), "rp"),
                   LayerInput(layer("reguleringsplan_pbl1985"), "rp1985")],
        hazard_layer=LayerInput(layer("hensynssoner"), "hensynssoner"),
        protected_layer=LayerInput(layer("verneomrader"), "verneomrader"),
        building_layer=LayerInput(layer("bygninger"), "bygninger"),
        existing_layer=LayerInput(layer("eksisterende_stasjoner"), "eksisterende_stasjoner"),
        dem_path=str(DEMO / "dem_demo.tif"))
    return layer("kandidater"), context


def other_weights(profile, seed):
    """Weights unlike the profile's (seeded), some factors left out with 0."""
    rng = np.random.default_rng(seed)
    weights = rng.uniform(0, 1, len(profile.factors))
    weights[rng.permutation(len(weights))[:2]] = 0.0
    return weight_sets.make_weight_set(profile, dict(zip([f.id for f in profile.factors], weights)),
                                       "Gruppe {}".format(seed), date="2026-11-12")


def assert_same_scores(reranked, scored, prefix):
    for suffix in ("_score", "_known", "_rank"):
        np.testing.assert_array_equal(reranked[prefix + suffix].to_numpy(dtype=float),
                                      np.asarray(scored[prefix + suffix], dtype=float), err_msg=prefix + suffix)


def test_reranking_with_the_profiles_own_weights_gives_the_scored_output(hand_context):
    chosen = [profiles.load_bundled_profile(i) for i in PROFILE_IDS]
    scored = score_sites(hand_fixture.sites(), hand_context, chosen, language="en").frame
    for profile in chosen:
        reranked = rerank(scored, profile)
        assert_same_scores(reranked, scored, profile.field_prefix)
    # the hand-checked battery order: A, E, D
    rank = dict(zip(scored["tomt_id"], rerank(scored, chosen[0])["bat_rank"]))
    assert (rank["A"], rank["E"], rank["D"]) == (1, 2, 3)


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_reranking_equals_full_rescoring_on_the_hand_fixture(hand_context, seed):
    for profile_id in PROFILE_IDS:
        profile = profiles.load_bundled_profile(profile_id)
        ws = other_weights(profile, seed)
        scored = score_sites(hand_fixture.sites(), hand_context, [profile], language="en").frame
        rescored = score_sites(hand_fixture.sites(), hand_context, [weight_sets.apply_weight_set(profile, ws)],
                               language="en").frame
        assert_same_scores(rerank(scored, profile, ws), rescored, profile.field_prefix)


def test_reranking_equals_full_rescoring_on_the_demo_region(demo):
    sites, context = demo
    chosen = [profiles.load_bundled_profile(i) for i in PROFILE_IDS]
    sets = [other_weights(p, 14) for p in chosen]
    scored = score_sites(sites, context, chosen, language="en").frame
    rescored = score_sites(sites, context, [weight_sets.apply_weight_set(p, ws) for p, ws in zip(chosen, sets)],
                           language="en").frame
    for profile, ws in zip(chosen, sets):
        p = profile.field_prefix
        reranked = rerank(scored, profile, ws)
        assert_same_scores(reranked, rescored, p)
        assert reranked[p + "_rank"].notna().sum() > 20  # a real short list, not a degenerate case
        # other weights really changed the order somewhere
        assert not np.array_equal(reranked[p + "_rank"].to_numpy(), scored[p + "_rank"].to_numpy(), equal_nan=True)


def test_reranking_a_scored_geopackage_read_back(hand_context, tmp_path):
    battery = profiles.load_bundled_profile("battery")
    ws = other_weights(battery, 7)
    scored = score_sites(hand_fixture.sites(), hand_context, [battery], language="en").frame
    path = tmp_path / "scored.gpkg"
    scored.to_file(path, layer="scored", driver="GPKG", engine=hand_fixture.ENGINE)
    read_back = gpd.read_file(path, layer="scored", engine=hand_fixture.ENGINE)
    assert_same_scores(rerank(read_back, battery, ws), rerank(scored, battery, ws), "bat")


def test_output_names_the_weight_set_and_how_far_each_site_moved(hand_context):
    battery = profiles.load_bundled_profile("battery")
    scored = score_sites(hand_fixture.sites(), hand_context, [battery], language="en").frame
    # only the corridor matters: D (2 159 m from the exit) falls behind A and E
    ws = weight_sets.make_weight_set(battery, {f.id: 1.0 if f.id == "corridor" else 0.0 for f in battery.factors},
                                     "Bare korridor", date="2026-11-12")
    reranked = rerank(scored, battery, ws).set_index(scored["tomt_id"])
    assert set(reranked["bat_weights"]) == {ws.label}
    assert reranked.loc["A", "bat_rank"] == 1 and reranked.loc["D", "bat_rank"] == 3
    before = scored.set_index("tomt_id")["bat_rank"]
    assert (reranked["bat_rank_change"] == before - reranked["bat_rank"]).loc[["A", "E", "D"]].all()
    assert np.isnan(reranked.loc["B", "bat_rank"])  # excluded stays excluded


def test_a_layer_without_the_sub_scores_is_refused_naming_the_fields(hand_context):
    battery = profiles.load_bundled_profile("battery")
    scored = score_sites(hand_fixture.sites(), hand_context, [battery], language="en").frame
    with pytest.raises(InputError) as info:
        rerank(scored.drop(columns=["bat_grid_s", "bat_excluded"]), battery, table_name="resultat")
    assert "resultat" in info.value.message
    assert "bat_grid_s" in info.value.message and "bat_excluded" in info.value.message

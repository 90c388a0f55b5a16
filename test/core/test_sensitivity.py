"""Sensitivity of the ranks to the weights and to the grid capacity: what a workshop reads from it."""
import numpy as np
import pandas as pd
import pytest
from energistasjon.energistasjon_plugin.core import profiles, sensitivity, weight_sets
from energistasjon.energistasjon_plugin.core.errors import InputError
from energistasjon.energistasjon_plugin.core.reranking import rerank
from energistasjon.energistasjon_plugin.core.weight_combination import combine_weight_sets


@pytest.fixture(scope="module")
def battery():
    return profiles.load_bundled_profile("battery")


def table(profile, rows, excluded=None, grid_raw=None):
    """A scored layer's columns: ``rows`` is one dict of factor id -> sub-score per site."""
    p = profile.field_prefix
    columns = {"{}_{}_s".format(p, f.id): [r.get(f.id, np.nan) for r in rows] for f in profile.factors}
    columns[p + "_excluded"] = excluded if excluded is not None else [False] * len(rows)
    if grid_raw is not None:
        columns[p + "_grid"] = grid_raw
    return pd.DataFrame(columns, index=["site{}".format(i) for i in range(len(rows))])


def even(profile, value, **others):
    return {**{f.id: value for f in profile.factors}, **others}


def wide(profile):
    """Every weight anywhere between 0 and 1 before scaling."""
    n = len(profile.factors)
    return np.zeros(n), np.ones(n)


def test_a_site_best_on_every_factor_is_always_first(battery):
    rng = np.random.default_rng(3)
    n = len(battery.factors)
    rows = [even(battery, 1.0)] + [{f.id: float(v) for f, v in zip(battery.factors, rng.uniform(0, 0.9, n))}
                                   for _ in range(30)]
    low, high = wide(battery)
    result = sensitivity.run_sensitivity(table(battery, rows), battery, low=low, high=high, runs=300, top_k=1)
    first = result.sites.loc["site0"]
    assert first["p_top"] == 1.0 and first["rank_min"] == first["rank_max"] == 1 and first["rank_median"] == 1
    assert first["depends_on"] is None  # its rank never moves: it depends on no weight
    assert (result.sites["p_top"].drop("site0") == 0).all()
    assert first["base_rank"] == 1


def test_two_sites_that_swap_with_the_grid_weight_name_the_grid(battery):
    # X is strong on grid capacity, Y on everything else: X wins once grid weighs more than 0.2
    rows = [even(battery, 0.6, grid=1.0), even(battery, 0.8, grid=0.2), even(battery, 0.1)]
    base = weight_sets.weight_set_from_profile(battery)
    low, high = sensitivity.bounds_from_share(base.vector(battery), 0.9)
    result = sensitivity.run_sensitivity(table(battery, rows), battery, base, low, high, runs=500, top_k=1, seed=11)
    x, y = result.sites.loc["site0"], result.sites.loc["site1"]
    assert 0 < x["p_top"] < 1 and x["p_top"] + y["p_top"] == pytest.approx(1.0)
    assert x["rank_min"] == 1 and x["rank_max"] == 2
    assert x["depends_on"] == "grid" and y["depends_on"] == "grid"
    assert x["depends_on_label"] == "Free grid capacity"
    assert x["correlation"] < -0.5 < 0.5 < y["correlation"]  # more grid weight lifts X (rank 2 -> 1)
    assert result.sites.loc["site2", "p_top"] == 0 and result.sites.loc["site2", "depends_on"] is None


def test_same_seed_same_result_other_seed_other_draws(battery):
    rng = np.random.default_rng(5)
    rows = [{f.id: float(v) for f, v in zip(battery.factors, rng.uniform(0, 1, len(battery.factors)))}
            for _ in range(50)]
    low, high = wide(battery)
    frame = table(battery, rows)
    one = sensitivity.run_sensitivity(frame, battery, low=low, high=high, runs=200, seed=42, grid_share=0.0)
    two = sensitivity.run_sensitivity(frame, battery, low=low, high=high, runs=200, seed=42)
    pd.testing.assert_frame_equal(one.sites, two.sites)
    pd.testing.assert_frame_equal(one.weights, two.weights)
    three = sensitivity.run_sensitivity(frame, battery, low=low, high=high, runs=200, seed=43)
    assert not np.allclose(one.weights.to_numpy(), three.weights.to_numpy())
    assert any("seed 42" in note for note in one.notes)


def test_statistics_match_reranking_each_drawn_weight_set(battery):
    rng = np.random.default_rng(9)
    rows = [{f.id: float(v) for f, v in zip(battery.factors, np.round(rng.uniform(0, 1, len(battery.factors)), 3))}
            for _ in range(25)]
    rows[3]["traffic"] = np.nan  # an unknown factor stays out of the mean
    frame = table(battery, rows, excluded=[i == 4 for i in range(25)])
    low, high = wide(battery)
    result = sensitivity.run_sensitivity(frame, battery, low=low, high=high, runs=60, top_k=5, seed=2)
    ranks = np.column_stack([
        rerank(frame, battery, weight_sets.make_weight_set(battery, dict(zip(result.weights.columns, w)), "run"))
        ["bat_rank"].to_numpy() for w in result.weights.to_numpy()])  # sites x runs
    ranked = ~np.isnan(ranks[:, 0])
    s = result.sites[ranked]
    assert np.allclose(s["p_top"], np.mean(ranks[ranked] <= 5, axis=1))
    assert np.allclose(s["rank_median"], np.median(ranks[ranked], axis=1))
    assert np.allclose(s["rank_p05"], np.percentile(ranks[ranked], 5, axis=1))
    assert np.allclose(s["rank_p95"], np.percentile(ranks[ranked], 95, axis=1))
    assert np.allclose(s["rank_min"], ranks[ranked].min(axis=1))
    assert np.isnan(result.sites.loc["site4", "p_top"])  # excluded: no statistics
    stats = pytest.importorskip("scipy.stats")
    site = int(np.argmax(np.std(ranks[ranked], axis=1)))  # the site whose rank moves most
    rho = [stats.spearmanr(result.weights[f], ranks[ranked][site]).correlation for f in result.weights.columns]
    best = int(np.argmax(np.abs(rho)))
    assert s["depends_on"].iloc[site] == result.weights.columns[best]
    assert s["correlation"].iloc[site] == pytest.approx(rho[best])


def test_uncertain_grid_capacity_lets_a_close_second_win_sometimes(battery):
    # Y has 1.55 MW free, X 1.45 MW; everything else equal.  Sub-scores through the profile's function.
    from energistasjon.energistasjon_plugin.core import value_functions

    grid = next(f for f in battery.factors if f.id == "grid")
    raw = np.array([1.45, 1.55])
    sub = np.round(value_functions.evaluate(grid.function, raw), 3)
    rows = [even(battery, 0.5, grid=float(sub[0])), even(battery, 0.5, grid=float(sub[1]))]
    frame = table(battery, rows, grid_raw=raw)
    fixed = sensitivity.run_sensitivity(frame, battery, runs=100, top_k=1, seed=1)
    assert fixed.sites["p_top"].tolist() == [0.0, 1.0]
    noisy = sensitivity.run_sensitivity(frame, battery, runs=400, top_k=1, grid_share=0.2, seed=1)
    assert 0.2 < noisy.sites.loc["site0", "p_top"] < 0.5  # X wins when its draw beats Y's
    assert any("20 %" in note for note in noisy.notes)
    with pytest.raises(InputError) as info:
        sensitivity.run_sensitivity(frame.drop(columns=["bat_grid"]), battery, grid_share=0.2, runs=10)
    assert "bat_grid" in info.value.message


def test_a_site_with_little_known_is_ranked_only_when_its_known_factor_weighs_enough(battery):
    rows = [{"grid": 0.9}, even(battery, 0.5), even(battery, 0.4)]  # site0: only grid known
    low, high = wide(battery)
    high[1:] = 0.1  # the grid weighs 0 to 1, every other factor 0 to 0.1
    result = sensitivity.run_sensitivity(table(battery, rows), battery, low=low, high=high, runs=300, seed=4)
    # ranked only in the runs where the grid carries the profile's min_known_weight (0.6)
    share = (result.weights["grid"] >= battery.min_known_weight).mean()
    assert 0 < share < 1 and result.sites.loc["site0", "p_ranked"] == pytest.approx(share)
    assert result.sites.loc["site1", "p_ranked"] == 1.0


def test_participants_spread_as_the_range(battery):
    sets = [weight_sets.make_weight_set(battery, even(battery, 1.0, grid=g), n) for n, g in (("a", 1), ("b", 4))]
    combination = combine_weight_sets(sets, battery)
    low, high = combination.bounds()
    rows = [even(battery, 0.6, grid=1.0), even(battery, 0.8, grid=0.2)]
    result = sensitivity.run_sensitivity(table(battery, rows), battery, combination.weight_set, low, high, runs=200)
    drawn = result.weights.to_numpy()
    # scaled draws of the participants' ranges stay near them (scaling moves them a little)
    assert drawn[:, 0].min() >= 0.8 * low[0] and drawn[:, 0].max() <= 1.2 * high[0]
    assert result.sites["p_top"].sum() > 0


def test_unusable_settings_are_refused(battery):
    frame = table(battery, [even(battery, 0.5), even(battery, 0.4)])
    n = len(battery.factors)
    with pytest.raises(InputError):
        sensitivity.run_sensitivity(frame, battery, low=np.full(n, 0.5), high=np.full(n, 0.1))
    with pytest.raises(InputError):
        sensitivity.run_sensitivity(frame, battery, low=np.zeros(n), high=np.zeros(n))
    with pytest.raises(InputError):
        sensitivity.run_sensitivity(frame, battery, runs=1)
    with pytest.raises(InputError):
        sensitivity.run_sensitivity(frame, battery, grid_share=1.5)


def test_output_fields_and_labels(battery):
    frame = table(battery, [even(battery, 0.5), even(battery, 0.4)])
    result = sensitivity.run_sensitivity(frame, battery, runs=20, top_k=3)
    fields = result.fields("bat")
    assert set(fields) == {"bat_p_top", "bat_rank_med", "bat_rank_p05", "bat_rank_p95", "bat_depends",
                           "bat_depends_r", "bat_weights"}
    assert all(len(v) == 2 for v in fields.values())
    assert set(fields["bat_weights"]) == {weight_sets.weight_set_from_profile(battery).label}
    assert "top 3" in sensitivity.column_labels(3)["p_top"]

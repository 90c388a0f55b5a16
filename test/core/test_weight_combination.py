"""Several participants' weights combined, with their disagreement per factor."""
import numpy as np
import pytest
from energistasjon.energistasjon_plugin.core import profiles, weight_files, weight_sets
from energistasjon.energistasjon_plugin.core.errors import InputError
from energistasjon.energistasjon_plugin.core.i18n import use_language
from energistasjon.energistasjon_plugin.core.weight_combination import combine_weight_sets


@pytest.fixture(scope="module")
def battery():
    return profiles.load_bundled_profile("battery")


def participant(profile, name, grid):
    """grid gets ``grid``; the rest share what is left equally."""
    others = [f.id for f in profile.factors if f.id != "grid"]
    weights = {"grid": grid, **{f: (1 - grid) / len(others) for f in others}}
    return weights_set(profile, name, weights)


def weights_set(profile, name, weights):
    return weight_sets.make_weight_set(profile, weights, name, date="2026-11-12")


def test_mean_of_participants_is_their_average_and_sums_to_one(battery):
    sets = [participant(battery, "Moss", 0.5), participant(battery, "Lier", 0.2)]
    combination = combine_weight_sets(sets, battery, "mean")
    ws = combination.weight_set
    assert ws.method == "combined" and ws.statistic == "mean" and ws.members == ("Moss", "Lier")
    assert ws.weights["grid"] == pytest.approx(0.35)
    assert sum(ws.weights.values()) == pytest.approx(1.0)
    expected = (sets[0].vector(battery) + sets[1].vector(battery)) / 2
    assert np.allclose(ws.vector(battery), expected)


def test_median_is_the_middle_answer_rescaled(battery):
    sets = [participant(battery, n, g) for n, g in (("Moss", 0.6), ("Råde", 0.3), ("Lier", 0.1))]
    combination = combine_weight_sets(sets, battery, "median")
    vectors = np.vstack([s.vector(battery) for s in sets])
    median = np.median(vectors, axis=0)
    assert np.allclose(combination.weight_set.vector(battery), median / median.sum())
    assert combination.disagreement.loc["grid", "median"] == pytest.approx(0.3)


def test_disagreement_shows_lowest_highest_spread_and_range_per_factor(battery):
    sets = [participant(battery, n, g) for n, g in (("Moss", 0.6), ("Råde", 0.3), ("Lier", 0.1))]
    d = combine_weight_sets(sets, battery).disagreement
    assert list(d.index) == [f.id for f in battery.factors]
    assert d.loc["grid", "min"] == pytest.approx(0.1) and d.loc["grid", "max"] == pytest.approx(0.6)
    assert d.loc["grid", "range_pp"] == pytest.approx(50.0)
    assert d.loc["grid", "std"] == pytest.approx(np.std([0.6, 0.3, 0.1]))
    # the factor the room disagrees about most is the one with the widest range
    assert d["range_pp"].idxmax() == "grid"


def test_table_is_ready_for_people_in_both_languages(battery):
    sets = [participant(battery, "Moss", 0.5), participant(battery, "Lier", 0.2)]
    combination = combine_weight_sets(sets, battery)
    table = combination.table()
    assert table.shape[0] == len(battery.factors)
    assert table.iloc[0, 0] == "Free grid capacity"
    assert table.iloc[0, 1] == pytest.approx(35.0)  # percent
    assert "Range (percentage points)" in table.columns
    assert table.loc[0, "Range (percentage points)"] == pytest.approx(30.0)
    with use_language("nb"):
        norsk = combination.table()
    assert "Range (percentage points)" not in norsk.columns
    assert norsk.iloc[0, 0] != "Free grid capacity"


def test_bounds_are_each_factors_lowest_and_highest_weight(battery):
    sets = [participant(battery, "Moss", 0.5), participant(battery, "Lier", 0.2)]
    low, high = combine_weight_sets(sets, battery).bounds()
    grid = [f.id for f in battery.factors].index("grid")
    assert low[grid] == pytest.approx(0.2) and high[grid] == pytest.approx(0.5)
    assert (low <= high).all()


def test_same_name_twice_stays_two_participants(battery):
    sets = [participant(battery, "Kari", 0.5), participant(battery, "Kari", 0.2)]
    combination = combine_weight_sets(sets, battery)
    assert list(combination.participants.columns) == ["Kari", "Kari (2)"]


def test_sets_for_another_profile_or_no_sets_are_refused(battery):
    hydrogen = profiles.load_bundled_profile("hydrogen")
    other = weight_sets.weight_set_from_profile(hydrogen, "H2 gruppe")
    with pytest.raises(InputError) as info:
        combine_weight_sets([participant(battery, "Moss", 0.5), other], battery)
    assert "H2 gruppe" in info.value.message
    with pytest.raises(InputError):
        combine_weight_sets([], battery)
    with pytest.raises(InputError):
        combine_weight_sets([participant(battery, "Moss", 0.5)], battery, "mode")


def test_combined_set_saves_and_reloads_with_its_members(battery, tmp_path):
    sets = [participant(battery, "Moss", 0.5), participant(battery, "Lier", 0.2)]
    ws = combine_weight_sets(sets, battery, "median", name="Verksted 12. november").weight_set
    weight_files.save_weight_set(ws, tmp_path / "felles.yaml")
    loaded = weight_files.load_weight_set(tmp_path / "felles.yaml", battery)
    assert loaded == ws and loaded.members == ("Moss", "Lier") and loaded.statistic == "median"

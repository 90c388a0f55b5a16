"""Weight sets: what a workshop sets, saves, mails round and loads again."""
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from energistasjon.energistasjon_plugin.core import profiles, weight_files, weight_sets
from energistasjon.energistasjon_plugin.core.errors import DataFileError, InputError
from energistasjon.energistasjon_plugin.core.i18n import use_language

WEIGHTS_DIR = Path(weight_files.__file__).resolve().parents[2] / "resources" / "weights"
EXAMPLE = WEIGHTS_DIR / "example_battery_ahp.yaml"


@pytest.fixture(scope="module")
def battery():
    return profiles.load_bundled_profile("battery")


def manual_text(**weights):
    body = "\n".join("  {}: {}".format(k, v) for k, v in weights.items())
    return ("format: energistasjon-weights\nformat_version: 1\nname: Kari\nprofile: battery\n"
            "station_type: battery\nauthor: Kari Nordmann\ndate: 2026-11-12\nmethod: manual\nweights:\n" + body + "\n")


BATTERY_WEIGHTS = dict(grid=4, substation=1, corridor=2, traffic=1, zoning=1, flat=0.5, existing=0.5, noise=0.5)


OTHERS = len(BATTERY_WEIGHTS) - 1  # factors besides the grid


def line_of(text, needle):
    return next(i for i, line in enumerate(text.splitlines(), 1) if needle in line)


def test_reset_to_profile_gives_the_profiles_weights(battery):
    ws = weight_sets.weight_set_from_profile(battery)
    assert ws.method == "profile" and ws.profile_id == "battery" and ws.station_type == "battery"
    assert ws.weights == {f.id: f.weight for f in battery.factors}
    assert list(ws.weights) == [f.id for f in battery.factors]


def test_manual_weights_are_scaled_to_sum_to_one_and_say_so(battery):
    ws = weight_sets.make_weight_set(battery, BATTERY_WEIGHTS, "Kari")
    total = sum(BATTERY_WEIGHTS.values())
    assert sum(ws.weights.values()) == pytest.approx(1.0)
    assert ws.weights["grid"] == pytest.approx(4 / total)
    assert any("scaled to sum to 1" in n for n in ws.notes)
    assert ws.date  # today when not given


def test_saved_file_reads_back_to_the_same_weight_set(battery, tmp_path):
    ws = weight_sets.make_weight_set(battery, BATTERY_WEIGHTS, "Gruppe Drammen", author="Ola", date="2026-11-12")
    saved = weight_files.save_weight_set(ws, tmp_path / "drammen.yaml")
    loaded = weight_files.load_weight_set(tmp_path / "drammen.yaml", battery)
    assert loaded == ws  # name, profile, weights, method, author, date
    assert loaded.label == ws.label == saved.label
    assert loaded.path == str(tmp_path / "drammen.yaml") == saved.path
    assert loaded.notes == ()  # weights written as they were: already summing to 1


def test_label_names_the_set_and_changes_with_the_weights(battery):
    a = weight_sets.make_weight_set(battery, BATTERY_WEIGHTS, "Kari")
    b = weight_sets.make_weight_set(battery, dict(BATTERY_WEIGHTS, grid=5), "Kari")
    assert a.label.startswith("Kari@") and len(a.label) == len("Kari@") + 12
    assert a.label != b.label
    # the same weights written differently (not summing to 1) are the same set
    c = weight_sets.make_weight_set(battery, {k: 10 * v for k, v in BATTERY_WEIGHTS.items()}, "Kari")
    assert c.label == a.label


def test_unknown_factor_is_refused_naming_file_line_factor_and_profile_factors(battery):
    text = manual_text(**dict(BATTERY_WEIGHTS, nettkapasitet=2))
    with pytest.raises(DataFileError) as info:
        weight_files.parse_weight_set(text, "kari.yaml", battery)
    message = info.value.message
    assert "kari.yaml, line {}".format(line_of(text, "nettkapasitet")) in message
    assert "nettkapasitet" in message
    assert "grid, substation, corridor, traffic, zoning, flat, existing, noise" in message
    assert info.value.key == "weights.nettkapasitet"


def test_negative_and_all_zero_weights_are_refused(battery):
    with pytest.raises(DataFileError) as info:
        weight_files.parse_weight_set(manual_text(**dict(BATTERY_WEIGHTS, traffic=-1)), "k.yaml", battery)
    assert "traffic" in info.value.message and "0 or more" in info.value.message
    with pytest.raises(DataFileError) as info:
        weight_files.parse_weight_set(manual_text(**{k: 0 for k in BATTERY_WEIGHTS}), "k.yaml", battery)
    assert "sum to 0" in info.value.message
    with pytest.raises(InputError):
        weight_sets.make_weight_set(battery, dict(BATTERY_WEIGHTS, grid=-0.1), "x")


def test_a_saved_set_without_a_factor_the_profile_gained_loads_with_it_left_out(battery):
    """A workshop's file outlives a profile edition: a factor added since (or left out of the file)
    gets weight 0 and a note naming it, so the set still ranks as it did; made in code, a set
    must still give every factor."""
    weights = dict(BATTERY_WEIGHTS)
    del weights["noise"]
    loaded = weight_files.parse_weight_set(manual_text(**weights), "k.yaml", battery)
    assert loaded.weights["noise"] == 0.0
    assert loaded.weights["grid"] == pytest.approx(4 / sum(weights.values()))
    assert any("no weight for noise (Distance to dwellings)" in note and "weight 0" in note for note in loaded.notes)
    with pytest.raises(InputError) as info:
        weight_sets.make_weight_set(battery, weights, "Kari")
    assert "noise" in info.value.message and "0 leaves a factor out" in info.value.message


def test_a_set_for_another_profile_is_refused(battery):
    hydrogen = profiles.load_bundled_profile("hydrogen")
    ws = weight_sets.make_weight_set(battery, BATTERY_WEIGHTS, "Kari")
    with pytest.raises(InputError) as info:
        weight_sets.apply_weight_set(hydrogen, ws)
    assert "'battery'" in info.value.message and "'hydrogen'" in info.value.message
    with pytest.raises(DataFileError) as info:
        weight_files.parse_weight_set(manual_text(**BATTERY_WEIGHTS), "k.yaml", hydrogen)
    assert info.value.key == "profile"


def test_file_without_a_profile_to_check_against_still_validates_its_numbers():
    ws = weight_files.parse_weight_set(manual_text(**BATTERY_WEIGHTS), "k.yaml")
    assert ws.profile_id == "battery" and sum(ws.weights.values()) == pytest.approx(1.0)
    with pytest.raises(DataFileError):
        weight_files.parse_weight_set(manual_text(grid="mye"), "k.yaml")


def test_bad_date_and_newer_format_are_refused(battery):
    with pytest.raises(DataFileError) as info:
        weight_files.parse_weight_set(manual_text(**BATTERY_WEIGHTS).replace("2026-11-12", "12.11.2026"), "k.yaml")
    assert info.value.key == "date"
    with pytest.raises(DataFileError) as info:
        weight_files.parse_weight_set(manual_text(**BATTERY_WEIGHTS).replace("format_version: 1", "format_version: 3"),
                                     "k.yaml")
    assert "Update the plugin" in info.value.message


def test_applied_weight_set_changes_only_the_weights_of_a_copy(battery):
    ws = weight_sets.make_weight_set(battery, BATTERY_WEIGHTS, "Kari")
    changed = weight_sets.apply_weight_set(battery, ws)
    assert [f.weight for f in changed.factors] == pytest.approx(list(ws.weights.values()))
    assert [f.weight for f in battery.factors] == [0.35, 0.05, 0.20, 0.15, 0.10, 0.05, 0.05, 0.05]  # untouched
    assert [f.function for f in changed.factors] == [f.function for f in battery.factors]
    assert changed.constraints == battery.constraints and changed.id == battery.id
    assert any(ws.label in note for note in changed.notes)  # the run's notes name the weight set


def test_bundled_example_loads_as_documented(battery):
    ws = weight_files.load_weight_set(EXAMPLE, battery)
    assert ws.method == "ahp" and ws.comparisons is not None
    assert ws.comparisons.consistent
    assert ws.date == "2026-11-12"
    readme = (WEIGHTS_DIR / "README.md").read_text(encoding="utf-8")
    assert EXAMPLE.name in readme
    for key in ("format_version", "station_type", "method", "comparisons", "consistency_ratio", "combined"):
        assert "`{}`".format(key) in readme or "{}:".format(key) in readme


def test_participants_table_gives_one_set_per_row(battery):
    table = pd.DataFrame({"Navn": ["Moss", "Drammen"], "dato": ["2026-11-12", "2026-11-13"],
                          **{f: [30 if f == "grid" else 70 / OTHERS, 30 if f == "grid" else 10 / OTHERS]
                             for f in BATTERY_WEIGHTS}})
    sets = weight_files.weight_sets_from_table(table, battery, "deltakere.csv")
    assert [s.name for s in sets] == ["Moss", "Drammen"]
    assert sets[0].weights["grid"] == pytest.approx(30 / 100)  # 30 + the other factors' 70
    assert sets[1].weights["grid"] == pytest.approx(30 / 40)  # 30 + the other factors' 10
    assert sets[1].date == "2026-11-13"


def test_participants_table_with_an_unknown_column_or_bad_cell_is_refused(battery):
    table = pd.DataFrame({"name": ["Moss"], "nett": [3], **{f: [1] for f in BATTERY_WEIGHTS}})
    with pytest.raises(InputError) as info:
        weight_files.weight_sets_from_table(table, battery, "deltakere.csv")
    assert "deltakere.csv" in info.value.message and "'nett'" in info.value.message
    assert "grid, substation" in info.value.message
    table = pd.DataFrame({"name": ["Moss", "Lier"], **{f: [1, 1] for f in BATTERY_WEIGHTS}})
    table.loc[1, "traffic"] = "?"
    with pytest.raises(InputError) as info:
        weight_files.weight_sets_from_table(table, battery, "deltakere.csv")
    assert "row 2 ('Lier')" in info.value.message and "'traffic'" in info.value.message


def test_refusal_reads_in_norwegian(battery):
    with use_language("nb"), pytest.raises(InputError) as info:
        weight_sets.make_weight_set(battery, dict(BATTERY_WEIGHTS, nett=1), "Kari")
    assert "nett" in info.value.message and "unknown factor" not in info.value.message


def test_weights_vector_is_in_the_profiles_order(battery):
    shuffled = dict(reversed(list(BATTERY_WEIGHTS.items())))
    ws = weight_sets.make_weight_set(battery, shuffled, "x")
    total = sum(BATTERY_WEIGHTS.values())
    assert np.allclose(ws.vector(battery), [BATTERY_WEIGHTS[f.id] / total for f in battery.factors])

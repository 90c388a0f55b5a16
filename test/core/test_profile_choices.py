# SPDX-License-Identifier: GPL-2.0-or-later
"""Profile parameters with choices, variants, derived values and values per grid company: the
hydrogen supply as a profile choice, and a municipality's edits refused with the key to fix."""
import pytest
from energistasjon.energistasjon_plugin.core import profiles
from energistasjon.energistasjon_plugin.core.errors import DataFileError
from energistasjon.energistasjon_plugin.core.profile_parameters import company_key, company_value

HYDROGEN = profiles.bundled_profile_paths()["hydrogen"].read_text(encoding="utf-8")


def test_the_hydrogen_profile_chooses_trucked_in_and_its_demand_follows():
    trucked = profiles.parse_profile(HYDROGEN, "hydrogen.yaml")
    made = profiles.parse_profile(HYDROGEN, "hydrogen.yaml", {"supply_mode": "on_site_electrolysis"})
    assert trucked.value("supply_mode") == "trucked_in"
    assert trucked.value("demand_mw") == 0.5 and made.value("demand_mw") == 2.3
    # Each variant keeps its own justification: practice (K) is a setting, electrolysis a source.
    assert trucked.parameters["demand_mw"].setting.startswith("(K)") and trucked.parameters["demand_mw"].source is None
    assert "2.3 MW average" in made.parameters["demand_mw"].source
    # The comfortable free capacity follows the demand: 0.5 x 2 and 2.3 x 1.5.
    assert trucked.value("grid_comfortable_mw") == pytest.approx(1.0)
    assert made.value("grid_comfortable_mw") == pytest.approx(3.45)
    grid = next(f for f in made.factors if f.id == "grid")
    assert grid.function["points"] == [[0, 0], [2.3, 0.7], [pytest.approx(3.45), 1]]
    assert trucked.sha256 == made.sha256  # the same file; the choice is recorded in <prefix>_profile


def test_a_choice_for_another_profile_is_ignored():
    battery = profiles.load_bundled_profile("battery", {"supply_mode": "on_site_electrolysis"})
    assert battery.value("demand_mw") == 3.6


def test_the_queue_threshold_per_grid_company_carries_its_source():
    queue = profiles.load_bundled_profile("battery").parameters["grid_queue_mw"]
    glitre = next(entry for entry in queue.by_company if entry.company == "Glitre Nett")
    assert glitre.value == 1 and "glitrenett.no" in glitre.source
    assert company_value(queue, "GlitreNett") == 1 and company_value(queue, "LEDE AS") == queue.value
    assert company_key("Glitre Nett AS") == company_key("GLITRENETT") == "glitrenett"


@pytest.mark.parametrize("old, new, key, words", [
    ("      on_site_electrolysis:\n        value: 2.3\n", "      pipeline:\n        value: 2.3\n",
     "parameters.demand_mw.variants", "has no variant for on_site_electrolysis"),
    ("    by: supply_mode\n    unit: MW\n", "    by: supply\n    unit: MW\n",
     "parameters.demand_mw.by", "must name a parameter with choices"),
    ("    value: {times: $grid_headroom, of: $demand_mw}\n", "    value: {times: $headroom, of: $demand_mw}\n",
     "parameters.grid_comfortable_mw.value.times", "'headroom'"),
    ("      Glitre Nett:\n        value: 1\n", "      Glitre Nett:\n        verdi: 1\n",
     "parameters.grid_queue_mw.by_company.Glitre Nett", "needs a numeric 'value'"),
    ("    value: trucked_in\n", "    value: pipeline\n", "parameters.supply_mode.value", "must be one of its choices"),
])
def test_a_broken_choice_variant_or_company_value_names_its_key(old, new, key, words):
    assert old in HYDROGEN
    with pytest.raises(DataFileError) as caught:
        profiles.parse_profile(HYDROGEN.replace(old, new, 1), "mitt_hydrogen.yaml")
    message = str(caught.value)
    assert "'{}'".format(key) in message and words in message


def test_the_run_notes_say_which_supply_the_hydrogen_profile_assumes():
    trucked = profiles.load_bundled_profile("hydrogen")
    assert trucked.notes == ["Hydrogen filling station: hydrogen supply trucked in (tube trailer), "
                             "a demand of 0.5 MW (a run or an application may choose: made on site (electrolysis))."]
    from energistasjon.energistasjon_plugin.core.i18n import use_language

    with use_language("nb"):  # in words and numbers of the language: no ids, a decimal comma
        note = profiles.load_bundled_profile("hydrogen").notes[0]
    assert "supply_mode" not in note and "trucked_in" not in note and "0,5 MW" in note, note

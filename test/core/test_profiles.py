"""Station profiles: bundled ones are valid and cite sources; bad files get messages with key and line."""
from pathlib import Path

import pytest
from energistasjon.energistasjon_plugin.core import profiles
from energistasjon.energistasjon_plugin.core.errors import DataFileError
from energistasjon.energistasjon_plugin.core.i18n import use_language

BATTERY = Path(profiles.PROFILES_DIR / "battery.yaml").read_text(encoding="utf-8")


def test_bundled_profiles_load_and_justify_every_rule():
    loaded = {k: profiles.load_bundled_profile(k) for k in profiles.bundled_profile_paths()}
    assert set(loaded) == {"hydrogen", "battery", "biogas"}
    for profile in loaded.values():
        assert abs(sum(f.weight for f in profile.factors) - 1) < 1e-9
        assert not any("summed to" in note for note in profile.notes)  # bundled weights already sum to 1
        for item in list(profile.parameters.values()) + profile.constraints + profile.factors + \
                profile.zone_rules:
            assert item.source or item.setting, (profile.id, item)
        assert profile.scoring_source or profile.scoring_setting
        assert len(profile.sha256) == 64
        # the hensynssone codes of the review are read and each has a rule (DOMAIN.md, Review)
        assert "UNCONFIRMED against Geonorge" not in profiles.bundled_profile_paths()[profile.id].read_text("utf-8")
        listed = [c for rule in profile.zone_rules for c in range(100, 1000) if rule.codes.matches([c])[0]]
        assert {110, 120, 130, 140, 210, 220, 310, 320, 330, 350, 360, 370, 380, 390, 560, 570, 720, 730, 735,
                740, 910} <= set(listed)


def test_biogas_uses_rambolls_2500_m2_flat_area_and_corridors():
    biogas = profiles.load_bundled_profile("biogas")
    assert biogas.value("min_flat_area_m2") == 2500
    assert "Rambøll" in biogas.parameters["min_flat_area_m2"].source
    # Biogas is not a corridor-only business: Skui is on E16; the same freight roads as the others
    assert set(biogas.value("corridors")) == {"E6", "E18", "E16", "E134", "Rv4", "Rv7", "Rv19", "Rv23", "Rv22",
                                              "Rv2", "Rv35"}
    assert all(set(profiles.load_bundled_profile(k).value("corridors")) == set(biogas.value("corridors"))
               for k in ("hydrogen", "battery"))
    flat_rule = next(c for c in biogas.constraints if c.id == "min_flat_area")
    assert flat_rule.value == 2500  # "$min_flat_area_m2" resolved


def test_screening_distances_are_labelled_assumptions_and_never_exclude():
    for profile_id in ("hydrogen", "biogas"):
        profile = profiles.load_bundled_profile(profile_id)
        for name in ("dwelling_screening_m", "vulnerable_screening_m"):
            buffer = profile.parameters[name]
            assert buffer.source is None and "SCREENING ASSUMPTION" in buffer.setting
        # vulnerable objects are screened farther out than dwellings (DSB's criteria)
        assert profile.value("vulnerable_screening_m") > profile.value("dwelling_screening_m")
        screening = [c for c in profile.constraints
                     if c.criterion in ("dwelling_distance_m", "vulnerable_distance_m")]
        assert len(screening) == 2 and all(not c.excludes for c in screening)
    battery = profiles.load_bundled_profile("battery")
    assert not any(c.criterion.endswith("_distance_m") and "building" in c.criterion for c in battery.constraints)
    hydrogen = profiles.load_bundled_profile("hydrogen")
    safety = sum(f.weight for f in hydrogen.factors if f.criterion in ("dwelling_distance_m", "vulnerable_distance_m"))
    assert safety >= 0.15  # weighted to match a hydrogen station's planning risk (it was 0.05)


def _line_of(text: str, needle: str) -> int:
    return next(i for i, line in enumerate(text.splitlines(), 1) if needle in line)


def test_unknown_function_type_is_reported_with_key_and_line():
    broken = BATTERY.replace("function: {type: linear, zero_at: 5000, one_at: 300}",
                             "function: {type: lineal, zero_at: 5000, one_at: 300}")
    with pytest.raises(DataFileError) as info:
        profiles.parse_profile(broken, "my_battery.yaml")
    assert info.value.key == "factors[1].function.type"
    assert info.value.line == _line_of(broken, "type: lineal")
    assert "my_battery.yaml, line {}".format(info.value.line) in info.value.message


def test_unknown_parameter_reference_and_missing_source_are_both_listed():
    broken = BATTERY.replace("min: $min_area_m2", "min: $min_areal").replace(
        '    setting: "Trucks will not leave', '    note: "Trucks will not leave')
    with pytest.raises(DataFileError) as info:
        profiles.parse_profile(broken, "b.yaml")
    message = info.value.message
    assert "min_areal" in message and "constraints[2].min" in message
    assert "parameters.max_corridor_distance_m" in message and "source" in message


def test_duplicate_key_is_refused_with_its_line():
    broken = BATTERY.replace("field_prefix: bat\n", "field_prefix: bat\nfield_prefix: bat2\n")
    with pytest.raises(DataFileError) as info:
        profiles.parse_profile(broken, "b.yaml")
    assert info.value.key == "field_prefix" and info.value.line == _line_of(broken, "bat2")


def test_yaml_syntax_error_names_the_line():
    broken = BATTERY.replace("  demand_mw:\n", "  demand_mw: [\n", 1)
    with pytest.raises(DataFileError) as info:
        profiles.parse_profile(broken, "b.yaml")
    assert info.value.line is not None and "YAML" in info.value.message


def test_newer_format_asks_for_an_update():
    with pytest.raises(DataFileError) as info:
        profiles.parse_profile(BATTERY.replace("format_version: 1", "format_version: 7"), "b.yaml")
    assert "newer" in info.value.message and info.value.key == "format_version"


def test_weights_not_summing_to_one_are_scaled_with_a_note():
    doubled = BATTERY.replace("weight: 0.35", "weight: 1.35")
    profile = profiles.parse_profile(doubled, "b.yaml")
    assert abs(sum(f.weight for f in profile.factors) - 1) < 1e-9
    assert profile.factors[0].weight == pytest.approx(1.35 / 2.0)
    assert "scaled" in profile.notes[0] and "2.0" in profile.notes[0]


def test_all_zero_weights_are_refused():
    import re
    zero = re.sub(r"weight: [0-9.]+", "weight: 0", BATTERY.split("scoring:")[0]) + "scoring:" + \
        BATTERY.split("scoring:")[1]
    with pytest.raises(DataFileError) as info:
        profiles.parse_profile(zero, "b.yaml")
    assert "sum to 0" in info.value.message


def test_messages_in_norwegian():
    broken = BATTERY.replace("format_version: 1", "format_version: 7")
    with use_language("nb"), pytest.raises(DataFileError) as info:
        profiles.parse_profile(broken, "b.yaml")
    assert "nyere" in info.value.message


def test_a_profile_without_constraints_scores_every_site(tmp_path):
    import hand_fixture
    from energistasjon.energistasjon_plugin.core.context_builder import LayerInput, build_context
    from energistasjon.energistasjon_plugin.core.scoring import score_sites

    head, rest = BATTERY.split("constraints:\n", 1)
    no_rules = head + "constraints: []\n\nfactors:\n" + rest.split("factors:\n", 1)[1]
    profile = profiles.parse_profile(no_rules, "open.yaml")
    layers = hand_fixture.layers()
    context = build_context(hand_fixture.CRS, roads_layer=LayerInput(layers["veger"], "veger"))
    frame = score_sites(hand_fixture.sites(), context, [profile], language="en").frame
    assert not frame["bat_excluded"].any() and (frame["bat_failed"] == "").all()
    assert frame["bat_rank"].notna().sum() == 0  # only the corridor is known: too little to rank


def test_a_rule_that_needs_assessment_has_a_known_action():
    broken = BATTERY.replace("    action: assess\n    source: \"Circular H-4/21",
                             "    action: maybe\n    source: \"Circular H-4/21")
    with pytest.raises(DataFileError) as info:
        profiles.parse_profile(broken, "b.yaml")
    assert info.value.key == "constraints[1].action" and info.value.line == _line_of(broken, "action: maybe")
    assert "exclude" in info.value.message and "assess" in info.value.message


def test_hensynssoner_rows_need_codes_an_action_and_a_justification():
    broken = BATTERY.replace("  - codes: [390]\n    action: assess\n", "  - codes: [390]\n    action: forbid\n", 1)
    broken = broken.replace("  - codes: [740]\n", "  - codes: []\n", 1)
    with pytest.raises(DataFileError) as info:
        profiles.parse_profile(broken, "b.yaml")
    message = info.value.message
    assert "'hensynssoner[8].action'" in message and "exclude, assess, penalty or ignore" in message
    assert "'hensynssoner[11].codes'" in message


def test_a_penalty_needs_the_factor_that_gives_it():
    text = BATTERY.replace("  - codes: [370]\n    action: assess\n", "  - codes: [370]\n    action: penalty\n", 1)
    with pytest.raises(DataFileError) as info:
        profiles.parse_profile(text, "b.yaml")
    assert info.value.key == "hensynssoner" and "hazard_penalty_share" in info.value.message


def test_the_scoring_block_says_where_it_comes_from():
    broken = BATTERY.replace('  setting: "A site is ranked only when', '  note: "A site is ranked only when')
    with pytest.raises(DataFileError) as info:
        profiles.parse_profile(broken, "b.yaml")
    assert info.value.key == "scoring" and "setting" in info.value.message


def test_a_profile_without_a_hensynssoner_table_keeps_its_forbidden_codes():
    # An edition-1 profile (forbidden_codes on hazard_zone): those codes exclude, other faresoner
    # need assessment, other hensynssoner are ignored.
    import numpy as np

    start = BATTERY.index("hensynssoner:")
    old = BATTERY[:start] + BATTERY[BATTERY.index("constraints:"):]
    old = old.replace("    criterion: hazard_buildable_m2\n    min: $min_area_m2\n",
                      "    criterion: hazard_zone\n    forbidden_codes: [310, 320, 370]\n")
    profile = profiles.parse_profile(old, "edition1.yaml")
    assert profile.zone_rules is None
    actions = profile.zone_actions(np.array([310.0, 350.0, 570.0, np.nan]))
    assert list(actions) == ["exclude", "assess", "ignore", None]

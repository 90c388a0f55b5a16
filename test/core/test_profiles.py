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
        assert profile.notes == []  # bundled weights already sum to 1
        for item in list(profile.parameters.values()) + profile.constraints + profile.factors:
            assert item.source or item.setting, (profile.id, item)
        assert len(profile.sha256) == 64


def test_biogas_uses_rambolls_2500_m2_flat_area_and_corridors():
    biogas = profiles.load_bundled_profile("biogas")
    assert biogas.value("min_flat_area_m2") == 2500
    assert "Rambøll" in biogas.parameters["min_flat_area_m2"].source
    assert set(biogas.value("corridors")) == {"Rv7", "E134", "E6", "E18"}
    flat_rule = next(c for c in biogas.constraints if c.id == "min_flat_area")
    assert flat_rule.value == 2500  # "$min_flat_area_m2" resolved


def test_screening_buffers_are_labelled_as_assumptions():
    for profile_id in ("hydrogen", "biogas"):
        buffer = profiles.load_bundled_profile(profile_id).parameters["screening_buffer_m"]
        assert buffer.source is None and "SCREENING ASSUMPTION" in buffer.setting
    battery = profiles.load_bundled_profile("battery")
    assert not any(c.criterion == "sensitive_distance_m" for c in battery.constraints)


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
    assert "min_areal" in message and "constraints[1].min" in message
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

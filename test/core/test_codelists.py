# SPDX-License-Identifier: GPL-2.0-or-later
"""Official SOSI code lists (names, colours) and the code rules of station profiles.

Expected names and colours below were read by hand from the CSV rows in
resources/codelists (line numbers given), which come from DiBK's plan-map styles.
"""
import numpy as np
import pytest
from energistasjon.energistasjon_plugin.core import codelists
from energistasjon.energistasjon_plugin.core.codelists import (
    PLAN_SYSTEMS,
    CodeRules,
    code_colour,
    code_label,
    known_codes,
    parse_code_rules,
)
from energistasjon.energistasjon_plugin.core.errors import DataFileError, InputError


@pytest.mark.parametrize(
    "system, code, label",
    [
        ("rpa", 1340, "Industri"),  # rp_arealformal_codes.csv line 39
        ("rpa", 1360, "Bensinstasjon/vegserviceanlegg"),  # line 43
        ("rpa", 1310, "Kontor"),  # the code some web tables wrongly call Næringsbebyggelse
        ("rpa", 1300, "Næringsbebyggelse"),  # line 35
        ("kpa", 1300, "Næringsbebyggelse"),  # kp_arealformal_codes.csv line 22
        ("kpa", 2010, "Veg"),  # line 38
        ("rp1985", 192, "Bensinstasjon"),  # rb_reguleringsformal_pbl1985_codes.csv line 31
        ("rp1985", 140, "Område for industri/lager"),  # line 10
        ("kp1985", 133, "Industri"),  # "Industri (eksisterende)", line 18: status suffix dropped
        ("kp1985", 134, "Lager"),  # "Lager (eksisterende)", line 20
    ],
)
def test_labels_are_the_official_names(system, code, label):
    assert code_label(system, code) == label


def test_label_accepts_float_codes_as_read_from_layers_and_rejects_unknown():
    assert code_label("rpa", 1340.0) == "Industri"
    assert code_label("rpa", 9999) is None
    assert code_label("rpa", float("nan")) is None
    assert code_label("rpa", None) is None
    # 133 is a kommuneplan code in pbl 1985, not a reguleringsformål.
    assert code_label("rp1985", 133) is None


def test_colours_follow_status_in_kommuneplan():
    # kp_arealformal_codes.csv lines 38-39: 2010 Veg, status 1 #cccccc, status 2 #999999.
    assert code_colour("kpa", 2010, 1) == "#cccccc"
    assert code_colour("kpa", 2010, 2) == "#999999"
    # No status, or status 3 (videreutvikling) which the list does not have: nåværende colour.
    assert code_colour("kpa", 2010) == "#cccccc"
    assert code_colour("kpa", 2010, 3) == "#cccccc"


def test_colours_without_status_and_without_fill():
    assert code_colour("rpa", 1340) == "#cc66ff"  # line 39
    assert code_colour("rpa", 1340, 2) == "#cc66ff"  # the list has no status: ignored
    assert code_colour("kp1985", 133, 2) == "#ccd8ff"  # line 19
    assert code_colour("kpa", 1800, 1) is None  # combined purpose: pattern, no fill
    assert code_colour("rpa", 4242) is None


def test_known_codes_counts_distinct_codes_of_each_list():
    # Distinct codes counted with `cut -d, -f1 | sort -u` on each CSV.
    assert len(known_codes("rpa")) == 224
    assert len(known_codes("kpa")) == 66
    assert len(known_codes("kp1985")) == 64
    assert len(known_codes("rp1985")) == 136
    assert {1340, 1360, 2080, 2082} <= known_codes("rpa")
    assert {133, 134} <= known_codes("kp1985")


def test_every_plan_system_has_a_list():
    for system in PLAN_SYSTEMS:
        assert known_codes(system)


def test_unknown_system_is_named():
    with pytest.raises(InputError) as info:
        code_label("kommuneplan", 1300)
    assert "kommuneplan" in str(info.value)
    assert "kpa" in str(info.value)


def test_broken_code_list_names_file_and_line(tmp_path, monkeypatch):
    (tmp_path / "rp_arealformal_codes.csv").write_text(
        "code,label,arealbruksstatus,fill_hex\n1340,Industri,,#cc66ff\n13x0,Feil,,#cc66ff\n",
        encoding="utf-8",
    )
    monkeypatch.setattr(codelists, "CODELIST_DIR", tmp_path)
    monkeypatch.setattr(codelists, "_cache", {})
    with pytest.raises(DataFileError) as info:
        code_label("rpa", 1340)
    assert info.value.line == 3
    assert "line 3" in str(info.value)


# --------------------------------------------------------------------------- code rules

def test_rules_with_codes_and_ranges():
    rules = parse_code_rules([1340, 1360, "1100-1199", "5000-5999"], "zoning.rpa.primary")
    codes = np.array([1340, 1360, 1100, 1199, 1200, 1099, 5500, 1341, np.nan])
    expected = [True, True, True, True, False, False, True, False, False]
    assert rules.matches(codes).tolist() == expected
    assert rules.describe() == "1340, 1360, 1100-1199, 5000-5999"


def test_rules_accept_digit_strings_and_en_dash():
    rules = parse_code_rules(["1340", "1501\u20131502"], "zoning.rpa.secondary")
    assert rules == CodeRules([1340], [(1501, 1502)])
    assert rules.matches(np.array([1501.0, 1503.0])).tolist() == [True, False]


def test_empty_rules_match_nothing():
    rules = parse_code_rules([], "zoning.kpa.exclude")
    assert not rules
    assert not rules.matches(np.array([1300.0, np.nan])).any()


@pytest.mark.parametrize(
    "bad, index",
    [
        ("industri", 2),
        ("1199-1100", 2),  # low code after high
        (13.5, 2),
        (True, 2),
        (-1, 2),
        ([1340], 2),
    ],
)
def test_malformed_rule_names_the_key(bad, index):
    with pytest.raises(DataFileError) as info:
        parse_code_rules([1340, 1360, bad], "zoning.rpa.primary")
    assert info.value.key == f"zoning.rpa.primary[{index}]"
    assert f"zoning.rpa.primary[{index}]" in str(info.value)


def test_rules_that_are_not_a_list_name_the_key():
    with pytest.raises(DataFileError) as info:
        parse_code_rules("1340, 1360", "zoning.rpa.primary")
    assert info.value.key == "zoning.rpa.primary"

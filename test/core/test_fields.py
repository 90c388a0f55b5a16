# SPDX-License-Identifier: GPL-2.0-or-later
"""Field auto-detection shared by the readers: names, matching, messages, numbers."""
import numpy as np
import pandas as pd
import pytest
from energistasjon.energistasjon_plugin.core.errors import InputError
from energistasjon.energistasjon_plugin.core.fields import (
    find_field,
    normalise_field_name,
    numeric_values,
    resolve_field,
)

AADT = ("ådtTotal", "ÅDT, total", "aadt")


@pytest.mark.parametrize(
    "name, expected",
    [
        ("ådtTotal", "adttotal"),
        ("ÅDT, total", "adttotal"),
        (" ADT_TOTAL ", "adttotal"),
        ("ådt-total", "adttotal"),
        ("År, gjelder for", "argjelderfor"),
        ("ådtAndelLangeKjøretøy", "adtandellangekjoretoy"),
        ("Næring", "naering"),
        ("Café.navn", "cafenavn"),
    ],
)
def test_normalise_field_name_folds_norwegian_letters_case_and_separators(name, expected):
    assert normalise_field_name(name) == expected


def test_find_field_returns_the_columns_real_name():
    columns = ["gml_id", "ÅDT, total", "År, gjelder for"]
    assert find_field(columns, ["ådtTotal"]) == "ÅDT, total"
    assert find_field(columns, ["årGjelderFor"]) == "År, gjelder for"


def test_find_field_prefers_candidate_order_and_exact_matches():
    # Both columns match some candidate; the first candidate wins.
    assert find_field(["aadt", "ådtTotal"], AADT) == "ådtTotal"
    # An exact match beats a normalised one for the same candidate.
    assert find_field(["ADTTOTAL", "ådtTotal"], ["ådtTotal"]) == "ådtTotal"


def test_find_field_understands_nvdb_export_columns():
    columns = ["OBJ.VEGOBJEKT-ID", "VSR.VEGNUMMER", "EGS.ÅDT, TOTAL.4623", "EGS.FARTSGRENSE (KM/H).5085"]
    assert find_field(columns, AADT) == "EGS.ÅDT, TOTAL.4623"
    assert find_field(columns, ["vegnummer"]) == "VSR.VEGNUMMER"
    assert find_field(columns, ["fartsgrense"]) == "EGS.FARTSGRENSE (KM/H).5085"


def test_find_field_does_not_confuse_similar_fields():
    # ådtStart/ådtSlutt sit next to ådtTotal in NVDB exports: never take them for the total.
    assert find_field(["ådtStart", "ådtSlutt"], AADT) is None


def test_resolve_field_accepts_a_chosen_field_in_another_spelling():
    assert resolve_field(["ådtTotal", "x"], "ADT_TOTAL", AADT, "Trafikk", "ÅDT") == "ådtTotal"


def test_resolve_field_empty_choice_means_detect():
    assert resolve_field(["ådtTotal"], "", AADT, "Trafikk", "ÅDT") == "ådtTotal"
    assert resolve_field(["ådtTotal"], None, AADT, "Trafikk", "ÅDT") == "ådtTotal"


def test_resolve_field_chosen_field_missing_names_layer_field_and_close_match():
    with pytest.raises(InputError) as caught:
        resolve_field(["lokalId", "ådtTotal", "årGjelderFor"], "adtTotl", AADT, "Trafikkmengde",
                      "annual average daily traffic")
    message = str(caught.value)
    assert "'Trafikkmengde'" in message
    assert "'adtTotl'" in message
    assert "Did you mean 'ådtTotal'?" in message
    assert "'lokalId'" in message and "'årGjelderFor'" in message  # lists the layer's fields
    assert caught.value.layer == "Trafikkmengde"
    assert caught.value.field == "adtTotl"


def test_resolve_field_chosen_field_without_close_match_lists_the_fields():
    with pytest.raises(InputError) as caught:
        resolve_field(["lokalId", "navn"], "kapasitet", AADT, "Stasjoner", "capacity")
    message = str(caught.value)
    assert "Did you mean" not in message
    assert "'Stasjoner'" in message and "'kapasitet'" in message and "'navn'" in message


def test_resolve_field_detection_failure_says_what_was_looked_for_and_what_to_do():
    with pytest.raises(InputError) as caught:
        resolve_field(["lokalId", "navn"], None, AADT, "Mine veger", "annual average daily traffic")
    message = str(caught.value)
    assert "'Mine veger'" in message
    assert "annual average daily traffic" in message
    for name in AADT:
        assert f"'{name}'" in message
    assert "algorithm's parameters" in message


def test_resolve_field_optional_field_not_found_is_none():
    assert resolve_field(["navn"], None, AADT, "L", "ÅDT", required=False) is None


def test_numeric_values_reads_norwegian_number_text():
    frame = pd.DataFrame({"v": ["12,5", "3 100", None, "", "NULL", "abc", 7, "1.234,5",
                                "1,234.5", "\u00a02\u00a0500 ", "−4", "inf"]})
    values = numeric_values(frame, "v")
    expected = [12.5, 3100.0, np.nan, np.nan, np.nan, np.nan, 7.0, 1234.5, 1234.5, 2500.0, -4.0, np.nan]
    assert values.dtype == np.float64
    np.testing.assert_array_equal(values, np.array(expected))


def test_numeric_values_numeric_columns_and_missing_values():
    frame = pd.DataFrame({"i": pd.array([1, None, 3], dtype="Int64"), "f": [1.5, np.nan, 2.0]})
    np.testing.assert_array_equal(numeric_values(frame, "i"), [1.0, np.nan, 3.0])
    np.testing.assert_array_equal(numeric_values(frame, "f"), [1.5, np.nan, 2.0])


def test_numeric_values_does_not_modify_the_frame():
    frame = pd.DataFrame({"v": ["12,5", None]})
    before = frame.copy()
    numeric_values(frame, "v")
    pd.testing.assert_frame_equal(frame, before)


def test_numeric_values_unknown_field_is_an_input_error():
    with pytest.raises(InputError, match="'nope'"):
        numeric_values(pd.DataFrame({"v": [1]}), "nope")

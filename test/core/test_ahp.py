"""Weights from pairwise comparisons (AHP): eigenvector weights, consistency, refusals naming the cell."""
from pathlib import Path

import numpy as np
import pytest
from energistasjon.energistasjon_plugin.core import ahp, profiles, weight_files, weight_sets
from energistasjon.energistasjon_plugin.core.errors import DataFileError, InputError

FACTORS = ["grid", "corridor", "traffic", "zoning"]


def consistent(weights):
    w = np.asarray(weights, dtype=float)
    return w[:, None] / w[None, :]


def test_a_consistent_matrix_gives_back_the_weights_it_was_made_from():
    truth = np.array([0.4, 0.3, 0.2, 0.1])
    result = ahp.pairwise_weights(consistent(truth), FACTORS)
    assert np.allclose(result.weights, truth)
    assert result.lambda_max == pytest.approx(4.0)
    assert result.consistency_ratio == pytest.approx(0.0, abs=1e-9) and result.consistent
    assert result.warning() is None


def test_weights_are_the_principal_eigenvector_and_cr_follows_saaty():
    matrix = [[1, 3, 5], [1 / 3, 1, 2], [1 / 5, 1 / 2, 1]]
    result = ahp.pairwise_weights(matrix, ["a", "b", "c"])
    a = np.array(matrix)
    assert np.allclose(a @ result.weights, result.lambda_max * result.weights)
    assert (result.weights > 0).all() and result.weights.sum() == pytest.approx(1.0)
    assert result.weights[0] > result.weights[1] > result.weights[2]
    ci = (result.lambda_max - 3) / 2
    assert result.consistency_index == pytest.approx(ci)
    assert result.consistency_ratio == pytest.approx(ci / 0.58)  # Saaty's RI for n = 3


def test_contradicting_answers_warn_and_name_the_comparison_that_fits_least():
    matrix = consistent([0.4, 0.3, 0.2, 0.1])
    matrix = np.round(matrix, 6)
    matrix[1, 3], matrix[3, 1] = 1 / 7, 7.0  # corridor "much less" than zoning: contradicts the rest
    result = ahp.pairwise_weights(matrix, FACTORS)
    assert result.consistency_ratio > 0.1 and not result.consistent
    assert result.worst_pair == (1, 3)
    text = result.warning({"corridor": "Distance to corridor exit", "zoning": "Zoning"})
    assert "'Distance to corridor exit' against 'Zoning'" in text and "1/7" in text
    assert "the room decides" in text


def test_a_matrix_that_is_not_reciprocal_is_refused_naming_the_cell():
    matrix = consistent([0.4, 0.3, 0.2, 0.1]).tolist()
    matrix[2][0] = 3.0  # grid vs traffic is 2, so traffic vs grid must be 1/2
    with pytest.raises(InputError) as info:
        ahp.pairwise_weights(matrix, FACTORS)
    message = info.value.message
    assert "row 'traffic', column 'grid' is 3" in message and "should be 1/2" in message


def test_non_positive_off_scale_and_misshapen_matrices_are_refused():
    matrix = consistent([0.4, 0.3, 0.2, 0.1]).tolist()
    matrix[0][1] = 0
    assert any("row 'grid', column 'corridor'" in p for _, _, p in ahp.matrix_problems(matrix, FACTORS))
    matrix = [[1, 12], [1 / 12, 1]]
    assert "Saaty's scale" in ahp.matrix_problems(matrix, ["a", "b"])[0][2]
    assert ahp.matrix_problems([[1, 2]], ["a", "b"])[0][0] == -1
    assert "against itself" in ahp.matrix_problems([[2, 1], [1, 1]], ["a", "b"])[0][2]


def test_one_judgement_per_pair_fills_the_matrix():
    matrix = ahp.pairwise_matrix(["a", "b", "c"], {("a", "b"): 3, ("c", "a"): 2, ("b", "c"): 1})
    assert matrix[0, 1] == 3 and matrix[1, 0] == pytest.approx(1 / 3)
    assert matrix[2, 0] == 2 and matrix[0, 2] == pytest.approx(0.5)
    with pytest.raises(InputError) as info:
        ahp.pairwise_matrix(["a", "b", "c"], {("a", "b"): 3})
    assert "a/c" in info.value.message and "b/c" in info.value.message


def test_comparisons_become_a_weight_set_that_survives_a_save(tmp_path):
    battery = profiles.load_bundled_profile("battery")
    factors = ["grid", "corridor", "traffic", "zoning"]
    matrix = [[1, 2, 3, 4], [1 / 2, 1, 2, 3], [1 / 3, 1 / 2, 1, 2], [1 / 4, 1 / 3, 1 / 2, 1]]
    ws = weight_sets.weight_set_from_comparisons(battery, matrix, "AHP Lier", factors=factors)
    assert ws.method == "ahp"
    assert ws.weights["substation"] == 0 and ws.weights["flat"] == 0  # not compared: left out
    assert ws.weights["grid"] > ws.weights["corridor"] > ws.weights["traffic"] > ws.weights["zoning"]
    saved = weight_files.save_weight_set(ws, tmp_path / "lier.yaml")
    text = (tmp_path / "lier.yaml").read_text(encoding="utf-8")
    assert "1/3" in text and "consistency_ratio" in text
    loaded = weight_files.load_weight_set(saved.path, battery)
    assert loaded.weights == pytest.approx(ws.weights)
    assert loaded.comparisons.consistency_ratio == pytest.approx(ws.comparisons.consistency_ratio)


def test_file_with_comparisons_that_are_not_reciprocal_names_the_line():
    battery = profiles.load_bundled_profile("battery")
    text = (Path(__file__).resolve().parents[2] / "resources" / "weights"
            / "example_battery_ahp.yaml").read_text(encoding="utf-8")
    broken = text.replace("- [1/2, 2,   1,   1,   2,   4, 4]", "- [1/2, 2,   1,   1,   2,   5, 4]")
    assert broken != text
    with pytest.raises(DataFileError) as info:
        weight_files.parse_weight_set(broken, "gruppe2.yaml", battery)
    row = next(i for i, line in enumerate(broken.splitlines(), 1) if "- [1/7, 1/2, 1/4" in line)
    assert "gruppe2.yaml, line {}".format(row) in info.value.message  # the mirror cell's row (flat, corridor)
    assert "row 'flat', column 'corridor'" in info.value.message


def test_weights_written_beside_comparisons_must_agree_with_them():
    battery = profiles.load_bundled_profile("battery")
    text = (Path(__file__).resolve().parents[2] / "resources" / "weights"
            / "example_battery_ahp.yaml").read_text(encoding="utf-8")
    with pytest.raises(DataFileError) as info:
        weight_files.parse_weight_set(text.replace("grid: 0.3368", "grid: 0.5"), "g.yaml", battery)
    assert "grid" in info.value.message and "comparisons" in info.value.message

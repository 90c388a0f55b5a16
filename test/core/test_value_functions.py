"""Value functions: the 0-1 sub-scores a planner sees, checked against hand calculation."""
import math

import numpy as np
import pytest
from energistasjon.energistasjon_plugin.core import value_functions as vf


def test_linear_decreasing_distance():
    # 3000 m -> 0, 200 m -> 1; 1600 m lies halfway
    out = vf.evaluate({"type": "linear", "zero_at": 3000, "one_at": 200}, [3000, 200, 1600, 5000, 0])
    assert out.tolist() == pytest.approx([0.0, 1.0, 0.5, 0.0, 1.0])


def test_unknown_stays_unknown_in_every_kind():
    specs = [
        {"type": "linear", "zero_at": 0, "one_at": 1},
        {"type": "inverse", "half": 100},
        {"type": "threshold", "threshold": 5},
        {"type": "ideal_range", "min": 1, "max": 2, "tolerance": 1},
        {"type": "piecewise", "points": [[0, 0], [1, 1]]},
    ]
    for spec in specs:
        assert math.isnan(vf.evaluate(spec, [np.nan])[0]), spec["type"]
    assert math.isnan(vf.evaluate({"type": "categorical", "values": {"primary": 1}}, [None])[0])


def test_inverse_half_distance():
    assert vf.evaluate({"type": "inverse", "half": 500}, [0, 500, 1500]).tolist() == pytest.approx([1, 0.5, 0.25])


def test_threshold_and_ideal_range():
    assert vf.evaluate({"type": "threshold", "threshold": 2500, "above": 1, "below": 0.2},
                       [2499, 2500]).tolist() == [0.2, 1.0]
    out = vf.evaluate({"type": "ideal_range", "min": 10, "max": 20, "tolerance": 5}, [4, 7.5, 15, 22.5, 30])
    assert out.tolist() == pytest.approx([0.0, 0.5, 1.0, 0.5, 0.0])


def test_piecewise_grid_capacity_against_demand():
    # the battery profile's grid curve: 0 MW -> 0, demand 1.5 MW -> 0.7, 5 MW -> 1
    out = vf.evaluate({"type": "piecewise", "points": [[0, 0], [1.5, 0.7], [5, 1]]}, [0, 0.75, 1.5, 3.25, 12])
    assert out.tolist() == pytest.approx([0, 0.35, 0.7, 0.85, 1.0])


def test_categorical_zoning_fit():
    spec = {"type": "categorical", "values": {"primary": 1.0, "secondary": 0.6}}
    out = vf.evaluate(spec, ["primary", "secondary", "unsuitable", None, "primary"])
    assert out[:3].tolist() == [1.0, 0.6, 0.0]
    assert math.isnan(out[3]) and out[4] == 1.0


@pytest.mark.parametrize("spec, key", [
    ({"type": "bogus"}, "type"),
    ({"type": "linear", "zero_at": 0}, "one_at"),
    ({"type": "linear", "zero_at": 0, "one_at": "far"}, "one_at"),
    ({"type": "inverse", "half": 0}, "half"),
    ({"type": "piecewise", "points": [[0, 0], [0, 1]]}, "points"),
    ({"type": "piecewise", "points": [[0, 0], [1, 2]]}, "points"),
    ({"type": "linear", "zero_at": 0, "one_at": 1, "slope": 3}, "slope"),
])
def test_check_spec_names_the_bad_key(spec, key):
    assert key in [k for k, _ in vf.check_spec(spec)]

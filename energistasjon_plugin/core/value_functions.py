# SPDX-License-Identifier: GPL-2.0-or-later
"""Value functions: turn a criterion's raw value (in real units) into a 0-1 sub-score.

Each function is described in a station profile, e.g. ``{type: linear, zero_at: 0, one_at: 5}``,
and evaluated on a whole numpy array at once.  NaN in (unknown) gives NaN out: an unknown
raw value never becomes a silent zero.

Kinds
-----
linear       ``zero_at``, ``one_at``: 0 at ``zero_at``, 1 at ``one_at``, straight between,
             clamped.  ``zero_at > one_at`` makes it decreasing (distances: 3000 m -> 0, 200 m -> 1).
inverse      ``half``: 1 / (1 + x / half): 1 at 0, 0.5 at ``half``, tends to 0 (distances).
threshold    ``threshold``, ``above`` (default 1), ``below`` (default 0): a step.
ideal_range  ``min``, ``max``, ``tolerance``: 1 inside [min, max], falling linearly to 0 at
             ``tolerance`` outside either end.
piecewise    ``points``: [[x, y], ...] with increasing x, linear between, clamped at the ends.
categorical  ``values``: {category: score}; other categories score ``default`` (default 0).
"""
from typing import Any, Dict, List, Mapping, Sequence, Tuple

import numpy as np

from .i18n import tr

KINDS: Dict[str, Tuple[Tuple[str, ...], Tuple[str, ...]]] = {
    # kind: (required keys, optional keys)
    "linear": (("zero_at", "one_at"), ()),
    "inverse": (("half",), ()),
    "threshold": (("threshold",), ("above", "below")),
    "ideal_range": (("min", "max", "tolerance"), ()),
    "piecewise": (("points",), ()),
    "categorical": (("values",), ("default",)),
}


def _as_float(values: Any) -> np.ndarray:
    return np.asarray(values, dtype="float64")


def linear(x: np.ndarray, zero_at: float, one_at: float) -> np.ndarray:
    """0 at ``zero_at``, 1 at ``one_at``, clamped; decreasing when ``zero_at > one_at``."""
    x = _as_float(x)
    if one_at == zero_at:
        return np.where(np.isnan(x), np.nan, (x >= one_at).astype("float64"))
    return np.clip((x - zero_at) / (one_at - zero_at), 0.0, 1.0)


def inverse(x: np.ndarray, half: float) -> np.ndarray:
    """1 / (1 + x / half) for x >= 0: 1 at 0, 0.5 at ``half``."""
    x = _as_float(x)
    return 1.0 / (1.0 + np.maximum(x, 0.0) / float(half))


def threshold(x: np.ndarray, threshold: float, above: float = 1.0, below: float = 0.0) -> np.ndarray:
    """``above`` where x >= threshold, else ``below``."""
    x = _as_float(x)
    out = np.where(x >= threshold, float(above), float(below))
    return np.where(np.isnan(x), np.nan, out)


def ideal_range(x: np.ndarray, min: float, max: float, tolerance: float) -> np.ndarray:  # noqa: A002
    """1 inside [min, max], linear to 0 at ``tolerance`` outside."""
    x = _as_float(x)
    below = (x - (min - tolerance)) / tolerance if tolerance > 0 else (x >= min).astype("float64")
    above = ((max + tolerance) - x) / tolerance if tolerance > 0 else (x <= max).astype("float64")
    out = np.clip(np.minimum(below, above), 0.0, 1.0)
    return np.where(np.isnan(x), np.nan, out)


def piecewise(x: np.ndarray, points: Sequence[Sequence[float]]) -> np.ndarray:
    """Linear interpolation through ``points`` ([x, y] pairs, x increasing), clamped."""
    x = _as_float(x)
    xs = np.array([p[0] for p in points], dtype="float64")
    ys = np.array([p[1] for p in points], dtype="float64")
    out = np.interp(x, xs, ys)
    return np.where(np.isnan(x), np.nan, out)


def categorical(x: Sequence[Any], values: Mapping[str, float], default: float = 0.0) -> np.ndarray:
    """Score of each category; None/NaN (unknown category) gives NaN."""
    out = np.empty(len(x), dtype="float64")
    for i, category in enumerate(x):  # categories are few distinct strings; see evaluate()
        if category is None or (isinstance(category, float) and np.isnan(category)):
            out[i] = np.nan
        else:
            out[i] = float(values.get(str(category), default))
    return out


def evaluate(spec: Mapping[str, Any], x: Any) -> np.ndarray:
    """Evaluate the value function described by ``spec`` (already validated) on ``x``."""
    kind = spec["type"]
    args = {k: v for k, v in spec.items() if k != "type"}
    if kind == "categorical":
        # Map the few distinct categories once, then broadcast: no per-site Python work.
        import pandas as pd

        codes, uniques = pd.factorize(pd.Series(list(x), dtype="object"), use_na_sentinel=True)
        mapped = categorical(list(uniques), **args)
        return np.where(codes >= 0, mapped[np.maximum(codes, 0)] if len(mapped) else np.nan, np.nan)
    return globals()[kind](x, **args)


def check_spec(spec: Mapping[str, Any]) -> List[Tuple[str, str]]:
    """Problems with a value-function spec as (key, translated reason) pairs; empty when valid.

    The profile loader adds the file name and line number.
    """
    problems: List[Tuple[str, str]] = []
    kind = spec.get("type")
    if kind not in KINDS:
        return [("type", tr("unknown value function type"))]
    required, optional = KINDS[kind]
    for key in required:
        if key not in spec:
            problems.append((key, tr("missing")))
    for key in spec:
        if key != "type" and key not in required and key not in optional:
            problems.append((key, tr("unknown key")))
    if problems:
        return problems
    numeric = [k for k in required + optional if k not in ("points", "values") and k in spec]
    for key in numeric:
        if not isinstance(spec[key], (int, float)) or isinstance(spec[key], bool):
            problems.append((key, tr("not a number")))
    if problems:
        return problems
    if kind == "inverse" and spec["half"] <= 0:
        problems.append(("half", tr("must be greater than 0")))
    if kind == "ideal_range" and (spec["min"] > spec["max"] or spec["tolerance"] < 0):
        problems.append(("min", tr("needs min <= max and tolerance >= 0")))
    if kind == "piecewise":
        points = spec["points"]
        ok = isinstance(points, list) and len(points) >= 2 and all(
            isinstance(p, list) and len(p) == 2 and all(isinstance(v, (int, float)) for v in p) for p in points
        )
        if not ok:
            problems.append(("points", tr("needs at least two [x, y] pairs of numbers")))
        elif any(b[0] <= a[0] for a, b in zip(points, points[1:])):
            problems.append(("points", tr("x values must increase")))
        elif any(not 0 <= p[1] <= 1 for p in points):
            problems.append(("points", tr("y values must lie between 0 and 1")))
    if kind == "categorical":
        values = spec["values"]
        if not isinstance(values, dict) or not all(isinstance(v, (int, float)) for v in values.values()):
            problems.append(("values", tr("needs a mapping of category: score")))
    return problems

# SPDX-License-Identifier: GPL-2.0-or-later
"""Words for numbers: the phrase for each factor, the reason for each failed rule.

Every number in a phrase is rounded to an integer first (metres as shown, tenths of a km,
tenths of a MW) and then formatted; :func:`phrase_key_columns` computes the same integers for all
sites at once with numpy, so each distinct phrase is formatted once and shared by every
site that shows the same words.  Nothing here touches geometry.
"""
import math
from typing import Any, Dict, List, Mapping, Optional, Tuple

import numpy as np

from .criteria import CriterionResult
from .criteria_catalog import CRITERIA, criterion_label, layer_label, zoning_class_label
from .i18n import format_number, tr
from .profiles import Constraint

#: Order of the phrases in an explanation: what a planner asks first comes first.
PHRASE_ORDER = ("zoning_class", "corridor_distance_m", "grid_free_mw", "substation_distance_m", "flat_area_m2",
                "area_m2", "heavy_traffic", "sensitive_distance_m", "existing_station_distance_m")


def hazard_name(code: int) -> str:
    """Translated name of a hensynssone faresone code (DOMAIN.md, UNCONFIRMED list)."""
    names = {
        310: tr("landslide/avalanche"),
        320: tr("flood"),
        330: tr("radon"),
        350: tr("fire/explosion"),
        360: tr("shooting range"),
        370: tr("high-voltage installation"),
        380: tr("military"),
        390: tr("other hazard"),
    }
    return names.get(int(code), tr("hazard"))


def _distance_shown(metres: float) -> Tuple[bool, int]:
    """(in km?, the integer shown): metres rounded to 1 m below 100 m, to 10 m below 1 km, else tenths of km."""
    if metres < 1000:
        return False, int(round(metres / 10.0) * 10 if metres >= 100 else round(metres))
    return True, int(round(metres / 100.0))


def _distance_keys(metres: np.ndarray) -> np.ndarray:
    """:func:`_distance_shown` for many distances, encoded as one number (km as negative)."""
    m = np.asarray(metres, dtype="float64")
    with np.errstate(invalid="ignore"):
        km = m >= 1000
        shown = np.where(km, np.round(m / 100.0), np.where(m >= 100, np.round(m / 10.0) * 10, np.round(m)))
    return np.where(km, -shown - 1, shown)


def distance_text(metres: float) -> str:
    """``420 m`` below 1 km, ``2.3 km`` / ``2,3 km`` above."""
    km, shown = _distance_shown(metres)
    if km:
        return tr("{n} km").format(n=format_number(shown / 10.0, 1))
    return tr("{n} m").format(n=format_number(shown))


def _tenths(value: float) -> float:
    """A value rounded to one decimal as shown (MW)."""
    return round(value * 10.0) / 10.0


def _is_unknown(value: Any) -> bool:
    return value is None or (isinstance(value, float) and math.isnan(value))


def _detail(result: CriterionResult, key: str, i: int) -> Any:
    values = result.details.get(key)
    return None if values is None else values[i]


def zoning_text(result: CriterionResult, i: int) -> str:
    """``Industri (RP 1340)``."""
    code, plan, label = (_detail(result, k, i) for k in ("zoning_code", "zoning_plan", "zoning_label"))
    code_text = str(int(code)) if not _is_unknown(code) else "?"
    return tr("{label} ({plan} {code})").format(label=label or tr("unknown purpose"), plan=plan or "", code=code_text)


def factor_phrase(criterion: str, result: CriterionResult, i: int,
                  others: Optional[Mapping[str, CriterionResult]] = None) -> Optional[str]:
    """The phrase for one factor of site ``i``, or None when unknown or already said.

    ``others`` holds the results of the profile's other factors, so that the substation
    with enough capacity is not named twice when it is the one with most free capacity.
    """
    value = result.values[i]
    if _is_unknown(value):
        return None
    if criterion == "zoning_class":
        return zoning_text(result, i)
    if criterion == "area_m2":
        return tr("{n} m² in all").format(n=format_number(round(value)))
    if criterion == "flat_area_m2":
        return tr("{n} m² flat").format(n=format_number(round(value / 100.0) * 100))
    if criterion == "corridor_distance_m":
        road = _detail(result, "corridor", i) or ""
        if _detail(result, "measured_to", i) == "access":
            return tr("{d} to the {road} exit").format(d=distance_text(value), road=road)
        return tr("{d} to {road}").format(d=distance_text(value), road=road)
    if criterion == "heavy_traffic":
        road = _detail(result, "road_label", i)
        heavy = format_number(round(value / 10.0) * 10)
        if road:
            return tr("{n} heavy vehicles a day on {road}").format(n=heavy, road=road)
        return tr("{n} heavy vehicles a day").format(n=heavy)
    if criterion == "grid_free_mw":
        name = _detail(result, "substation", i)
        if value <= 0 or not name:
            return tr("no free grid capacity within {d}").format(d=distance_text(_detail(result, "search_radius_m", i)))
        return tr("{mw} MW free at {name} ({d} away)").format(
            mw=format_number(_tenths(value), 1), name=str(name).strip(),
            d=distance_text(_detail(result, "substation_distance_m", i)))
    if criterion == "substation_distance_m":
        if math.isinf(value):
            return tr("no substation with {mw} MW free in the data").format(
                mw=format_number(_tenths(_detail(result, "demand_mw", i)), 1))
        name = str(_detail(result, "substation", i)).strip()
        grid = (others or {}).get("grid_free_mw")
        if grid is not None and str(_detail(grid, "substation", i) or "").strip() == name:
            return None  # the grid phrase already names it and its distance
        return tr("{d} to {name}, the nearest substation with {mw} MW free").format(
            d=distance_text(value), name=name, mw=format_number(_tenths(_detail(result, "demand_mw", i)), 1))
    if criterion == "sensitive_distance_m":
        if math.isinf(value):
            return tr("no sensitive buildings in the layer")
        return tr("{d} to the nearest sensitive building").format(d=distance_text(value))
    if criterion == "existing_station_distance_m":
        if math.isinf(value):
            return tr("no existing station of this type")
        return tr("{d} to the nearest existing station of this type").format(d=distance_text(value))
    return "{}: {}".format(criterion_label(criterion), value)


def key_groups(columns: List[np.ndarray]) -> Tuple[np.ndarray, np.ndarray]:
    """Group sites whose key columns are all equal: (first site of each group, group of each site).

    Each column is factorised in C (NaN and None are values of their own) and the codes are
    combined pairwise and re-compacted, so no Python loop over sites is needed.  Group
    numbers follow the order in which groups first appear.
    """
    import pandas as pd

    n = len(columns[0])
    combined = np.zeros(n, dtype="int64")
    for column in columns:
        # numbers stay numbers (hashing floats in C); only text columns are objects
        codes, uniques = pd.factorize(np.asarray(column), use_na_sentinel=False)
        combined, _ = pd.factorize(combined * (len(uniques) + 1) + codes)  # compact again, by hashing
    _, first = np.unique(combined, return_index=True)
    return first, combined


def phrase_texts(criterion: str, result: CriterionResult,
                 others: Optional[Mapping[str, CriterionResult]] = None,
                 rows: Optional[np.ndarray] = None) -> np.ndarray:
    """The phrase of ``criterion`` for every site (None when unknown), each distinct one made once.

    Only the sites in ``rows`` (all when None) get a phrase; the others get None.  Scoring
    asks only for the sites that are not excluded: an excluded site is explained by its
    failed rules, so its factor phrases would be formatted for nothing.
    """
    columns, unknown = phrase_key_columns(criterion, result, others)
    out = np.full(len(unknown), None, dtype=object)
    rows = np.arange(len(unknown)) if rows is None else np.asarray(rows)
    rows = rows[~unknown[rows]]
    if len(rows):
        first, group = key_groups([np.asarray(column)[rows] for column in columns])
        made = np.array([factor_phrase(criterion, result, rows[i], others) for i in first], dtype=object)
        out[rows] = made[group]
    return out


def phrase_key_columns(criterion: str, result: CriterionResult,
                       others: Optional[Mapping[str, CriterionResult]] = None) -> Tuple[List[np.ndarray], np.ndarray]:
    """The columns whose values decide the phrase of ``criterion``, and which sites are unknown."""
    values = result.values
    details = result.details

    def col(name: str) -> np.ndarray:
        return details[name] if name in details else np.full(len(values), None, dtype=object)

    if criterion == "zoning_class":
        columns = [values, col("zoning_code"), col("zoning_plan"), col("zoning_label")]
        unknown = np.array([v is None for v in values], dtype=bool)
    else:
        numbers = values.astype("float64")
        unknown = np.isnan(numbers)
        if criterion == "area_m2":
            columns = [np.round(numbers)]
        elif criterion == "flat_area_m2":
            columns = [np.round(numbers / 100.0)]
        elif criterion == "corridor_distance_m":
            columns = [_distance_keys(numbers), col("corridor"), col("measured_to")]
        elif criterion == "heavy_traffic":
            columns = [np.round(numbers / 10.0), col("road_label")]
        elif criterion == "grid_free_mw":
            columns = [np.round(numbers * 10.0), col("substation"), _distance_keys(col("substation_distance_m")),
                       col("search_radius_m")]
        elif criterion == "substation_distance_m":
            grid = (others or {}).get("grid_free_mw")
            grid_names = grid.details.get("substation") if grid is not None else None
            if grid_names is None:  # grid capacity not among the factors, or unknown
                grid_names = col("none")
            columns = [_distance_keys(numbers), col("substation"), np.round(col("demand_mw").astype(float) * 10),
                       grid_names]
        elif criterion in ("sensitive_distance_m", "existing_station_distance_m"):
            columns = [_distance_keys(numbers)]
        else:
            columns = [values]
    return columns, unknown


def _limit_text(criterion: str, limit: float) -> str:
    unit = CRITERIA[criterion].unit
    if unit == "m":
        return distance_text(limit)
    if unit == "m2":
        return tr("{n} m²").format(n=format_number(limit))
    if unit == "MW":
        return tr("{n} MW").format(n=format_number(limit, 1))
    return format_number(limit)


def constraint_reason(constraint: Constraint, result: CriterionResult, i: int) -> str:
    """Why site ``i`` fails ``constraint``: the measured value against the rule's limit, kept short
    because it is written for every excluded site (the rule's id is in the ``_rules`` field)."""
    value, criterion = result.values[i], constraint.criterion
    limit = constraint.value
    if criterion == "area_m2":
        text = tr("area {value} < {limit}").format(
            value=_limit_text(criterion, round(value)), limit=_limit_text(criterion, limit))
    elif criterion == "flat_area_m2":
        text = tr("flat area {value} < {limit}").format(
            value=_limit_text(criterion, round(value)), limit=_limit_text(criterion, limit))
    elif criterion == "zoning_class":
        text = tr("{zoning}: {zoning_class}").format(
            zoning=zoning_text(result, i), zoning_class=zoning_class_label(value))
    elif criterion == "corridor_distance_m":
        text = tr("{d} to the {road} exit > {limit}").format(
            d=distance_text(value), road=_detail(result, "corridor", i) or "", limit=distance_text(limit))
    elif criterion == "sensitive_distance_m":
        text = tr("sensitive building {d} away < {limit}").format(
            d=distance_text(value), limit=distance_text(limit))
    elif criterion == "protected_area":
        name = _detail(result, "protected_name", i)
        text = tr("inside the protected area {name}").format(name=name) if name else tr("inside a protected area")
    elif criterion == "hazard_zone":
        codes = [int(c) for c in str(value).replace(" ", "").split(",") if c]
        hit = [c for c in codes if c in set(constraint.value)]
        text = tr("inside hensynssone {zones}").format(
            zones=", ".join("{} {}".format(c, hazard_name(c)) for c in hit))
    elif criterion == "exclusion_layer":
        text = tr("inside the exclusion layer {name}").format(name=_detail(result, "exclusion_layer", i) or "")
    elif criterion == "grid_free_mw":
        text = tr("{mw} MW free grid capacity < {limit}").format(
            mw=format_number(_tenths(value), 1), limit=_limit_text(criterion, limit))
    else:
        text = tr("{criterion} fails the rule ({value})").format(criterion=criterion_label(criterion), value=value)
    return text


def reason_texts(constraint: Constraint, result: CriterionResult, fails: np.ndarray) -> np.ndarray:
    """Why each failing site fails ``constraint`` (None where it passes), each distinct reason made once."""
    out = np.full(len(fails), None, dtype=object)
    rows = np.flatnonzero(fails)
    if len(rows):
        first, group = key_groups([np.asarray(column)[rows] for column in _reason_key_columns(constraint, result)])
        made = np.array([constraint_reason(constraint, result, rows[i]) for i in first], dtype=object)
        out[rows] = made[group]
    return out


def _reason_key_columns(constraint: Constraint, result: CriterionResult) -> List[np.ndarray]:
    """The columns whose values decide :func:`constraint_reason`: equal keys, equal words."""
    criterion, values, details = constraint.criterion, result.values, result.details
    if criterion in ("zoning_class", "corridor_distance_m", "sensitive_distance_m"):
        return phrase_key_columns(criterion, result)[0]
    if criterion == "area_m2":
        return [np.round(values.astype("float64"))]
    if criterion == "flat_area_m2":
        return [np.round(values.astype("float64"))]
    if criterion == "grid_free_mw":
        return [np.round(values.astype("float64") * 10.0)]
    return [values] + [details[name] for name in sorted(details)]


def unchecked_reason(constraint: Constraint, available: bool) -> str:
    """Why a rule could not be checked for a site."""
    layer = CRITERIA[constraint.criterion].layer
    if not available:
        return tr("{rule} not checked: no {layer} given").format(
            rule=criterion_label(constraint.criterion), layer=layer_label(layer))
    return tr("{rule} not checked: the site is outside the data").format(rule=criterion_label(constraint.criterion))


def unknown_factors_text(labels: Dict[str, str], unknown: list) -> str:
    """``unknown: heavy traffic, free grid capacity``."""
    names = [labels[f][:1].lower() + labels[f][1:] for f in unknown]  # mid-sentence
    return tr("unknown: {factors}").format(factors=", ".join(names))

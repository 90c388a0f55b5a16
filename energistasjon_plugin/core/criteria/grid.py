# SPDX-License-Identifier: GPL-2.0-or-later
"""Criteria of the electricity grid: free capacity at the best substation in reach, and the
distance to the nearest substation with enough free capacity for the station."""
from typing import List, Optional, Tuple

import numpy as np

from ..i18n import format_number, tr
from ..profile_model import Constraint, Profile
from ..wording import distance_keys, distance_text, megawatts_text, tenths
from .declaration import COVERAGE_MARGIN_M, NUMBER, Criterion, Engine, Others, Phrase, Reason
from .results import CriterionResult


def _substation_arrays(engine: Engine) -> Tuple[np.ndarray, np.ndarray, np.ndarray]:
    subs = engine.context.layer("substations")
    return (np.asarray(subs.geometry.array, dtype=object), subs["available_cons_mw"].to_numpy(dtype="float64"),
            subs["name"].astype("object").to_numpy())


# --- free capacity -----------------------------------------------------------------------------
def grid_free_mw(engine: Engine, profile: Profile) -> CriterionResult:
    import shapely

    from .. import spatial

    n = engine.n
    radius = float(profile.value("grid_search_radius_m"))
    geoms, free, names = _substation_arrays(engine)
    values = np.full(n, np.nan)
    best_name = np.full(n, None, dtype=object)
    best_distance = np.full(n, np.nan)
    # Only substations with free capacity can be the one with most free capacity.
    positive = free > 0
    rank = np.full(len(geoms), len(geoms), dtype="int64")  # 0 = most free capacity; equal figures, equal rank
    rank[positive] = np.unique(-free[positive], return_inverse=True)[1]
    site_k, sub_k = spatial.pairs_within(engine.geoms, np.where(positive, geoms, None), radius)
    if len(site_k):
        # Per site (pairs come sorted by site), the substations of the best rank; of equal
        # ones the nearest, which is what a planner would ask first.
        starts = np.flatnonzero(np.r_[True, site_k[1:] != site_k[:-1]])
        run = np.repeat(np.arange(len(starts)), np.diff(np.r_[starts, len(site_k)]))
        best = rank[sub_k] == np.minimum.reduceat(rank[sub_k], starts)[run]
        site_k, sub_k = site_k[best], sub_k[best]
        distance = shapely.distance(engine.geoms[site_k], geoms[sub_k])
        first = np.lexsort((sub_k, distance, site_k))
        first = first[np.r_[True, site_k[first][1:] != site_k[first][:-1]]]
        sites_best, subs_best = site_k[first], sub_k[first]
        values[sites_best] = free[subs_best]
        best_name[sites_best] = names[subs_best]
        best_distance[sites_best] = distance[first]
    if len(geoms):
        # Inside the grid company's area with no substation with free capacity in reach: 0 MW,
        # unless a substation in reach publishes no figure (then it stays unknown).
        covered = engine.covered("substations", radius)
        near_unknown = np.zeros(n, dtype=bool)
        unknown_subs = np.flatnonzero(np.isnan(free))
        if len(unknown_subs):
            near_sites, _ = spatial.pairs_within(engine.geoms, np.where(np.isnan(free), geoms, None), radius)
            near_unknown[near_sites] = True
        values[np.isnan(values) & covered & ~near_unknown] = 0.0
    return CriterionResult(values, {"substation": best_name, "substation_distance_m": best_distance,
                                    "search_radius_m": np.full(n, radius)})


def _grid_phrase(result: CriterionResult, i: int, others: Others) -> str:
    value, name = result.values[i], result.detail("substation", i)
    if value <= 0 or not name:
        return tr("no free grid capacity within {d}").format(d=distance_text(result.detail("search_radius_m", i)))
    return tr("{mw} MW free at {name} ({d} away)").format(
        mw=format_number(tenths(value), 1), name=str(name).strip(),
        d=distance_text(result.detail("substation_distance_m", i)))


def _grid_keys(result: CriterionResult, others: Others) -> List[np.ndarray]:
    return [np.round(result.values.astype("float64") * 10.0), result.column("substation"),
            distance_keys(result.column("substation_distance_m")), result.column("search_radius_m")]


def _grid_reason(constraint: Constraint, result: CriterionResult, i: int) -> str:
    return tr("{mw} MW free grid capacity < {limit}").format(
        mw=format_number(tenths(result.values[i]), 1), limit=megawatts_text(constraint.value))


# --- substation with enough capacity ------------------------------------------------------------
def substation_distance_m(engine: Engine, profile: Profile) -> CriterionResult:
    from .. import spatial

    demand = float(profile.value("demand_mw"))
    geoms, free, names = _substation_arrays(engine)
    enough = np.flatnonzero(free >= demand)
    distance, position = spatial.nearest(engine.geoms, geoms[enough])
    # No substation in the data has enough free capacity: as far as can be (scores 0), not unknown.
    distance[position < 0] = np.inf
    name = np.where(position >= 0, names[enough][np.maximum(position, 0)] if len(enough) else None, None)
    covered = engine.covered("substations", COVERAGE_MARGIN_M * 10)
    distance[~covered] = np.nan
    return CriterionResult(distance, {"substation": name.astype(object), "demand_mw": np.full(engine.n, demand)})


def _substation_phrase(result: CriterionResult, i: int, others: Others) -> Optional[str]:
    value = result.values[i]
    demand = format_number(tenths(result.detail("demand_mw", i)), 1)
    if np.isinf(value):
        return tr("no substation with {mw} MW free in the data").format(mw=demand)
    name = str(result.detail("substation", i)).strip()
    grid = (others or {}).get("grid_free_mw")
    if grid is not None and str(grid.detail("substation", i) or "").strip() == name:
        return None  # the grid phrase already names it and its distance
    return tr("{d} to {name}, the nearest substation with {mw} MW free").format(
        d=distance_text(value), name=name, mw=demand)


def _substation_keys(result: CriterionResult, others: Others) -> List[np.ndarray]:
    grid = (others or {}).get("grid_free_mw")
    grid_names = grid.details.get("substation") if grid is not None else None
    if grid_names is None:  # grid capacity not among the factors, or unknown
        grid_names = result.column("none")
    return [distance_keys(result.values), result.column("substation"),
            np.round(result.column("demand_mw").astype(float) * 10), grid_names]


CRITERIA = (
    Criterion("grid_free_mw", NUMBER, "MW", "substations", grid_free_mw, lambda: tr("Free grid capacity"),
              ("grid_search_radius_m",), decimals=2, rule_label=lambda: tr("grid capacity"),
              phrase=Phrase(_grid_phrase, _grid_keys, order=30),
              reason=Reason(_grid_reason, lambda constraint, result: [
                  np.round(result.values.astype("float64") * 10.0)])),
    Criterion("substation_distance_m", NUMBER, "m", "substations", substation_distance_m,
              lambda: tr("Distance to substation with enough capacity"), ("demand_mw",), decimals=0,
              phrase=Phrase(_substation_phrase, _substation_keys, order=40)),
)

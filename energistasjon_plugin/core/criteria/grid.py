# SPDX-License-Identifier: GPL-2.0-or-later
"""Criteria of the electricity grid: free capacity for the site, and the distance to the nearest
substation with enough free capacity for the station.

The grid data hold two kinds of feature (:mod:`..readers.digin`): **substations** (points, the
grid companies' DIGIN files) and **areas** (polygons, Statnett's transmission areas).  A site
takes the figure of the best substation within the search radius; where no substation file
covers it, the figure of the area it lies in (never a neighbouring area's).  A site inside an
area whose transmission grid has less free capacity than the station needs is told that
connection on conditions (tilknytning på vilkår) is the likely route.  Unknown figures
(not published, placeholders, no figure) stay unknown: never 0 MW, never "as far as can be".
"""
from typing import List, Optional, Tuple

import numpy as np

from ..arrays import repeated
from ..i18n import format_number, tr
from ..profile_model import Constraint, Profile
from ..profile_parameters import company_entry
from ..wording import distance_keys, distance_text, megawatts_text, tenths
from .declaration import COVERAGE_MARGIN_M, NUMBER, Cause, Criterion, Engine, Others, Phrase, Reason
from .results import CriterionResult

#: Details of grid_free_mw that change its words (see _grid_keys).
_WORD_DETAILS = ("substation", "kind", "company", "future_mw", "future_date", "queue_mw", "full_area",
                 "full_area_mw")


def _column(engine: Engine, name: str, dtype=object) -> np.ndarray:
    subs = engine.context.layer("substations")
    if name not in subs.columns:  # a frame from before future capacity was read
        return np.full(len(subs), np.nan if dtype == "float64" else None, dtype=dtype)
    return subs[name].to_numpy(dtype=dtype) if dtype == "float64" else subs[name].astype("object").to_numpy()


def _substation_arrays(engine: Engine) -> Tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    subs = engine.context.layer("substations")
    is_area = subs["is_area"].to_numpy(dtype=bool) if "is_area" in subs.columns else np.zeros(len(subs), bool)
    return (np.asarray(subs.geometry.array, dtype=object), subs["available_cons_mw"].to_numpy(dtype="float64"),
            subs["name"].astype("object").to_numpy(), is_area)


def _points_covered(engine: Engine, margin: float) -> np.ndarray:
    """Sites within ``margin`` of the area some substation file covers: each file (one grid
    company) its own hull, so the land between two companies' areas is not 'covered'."""
    def build() -> np.ndarray:
        from .. import spatial

        geoms, _free, _names, is_area = _substation_arrays(engine)
        sources = _column(engine, "source")
        covered = np.zeros(engine.n, dtype=bool)
        for source in dict.fromkeys(sources[~is_area]):  # one hull per file: a handful
            hull = spatial.coverage_hull(geoms[~is_area & (sources == source)])
            covered |= spatial.within_reach(engine.geoms, hull, margin)
        return covered

    return engine.memo(("grid_points_covered", margin), build)


def _site_areas(engine: Engine) -> np.ndarray:
    """Per site, the index of the area it lies in (-1: none); of overlapping areas the one with
    the least known free capacity."""
    def build() -> np.ndarray:
        import shapely

        geoms, free, _names, is_area = _substation_arrays(engine)
        found = np.full(engine.n, -1, dtype="int64")
        areas = np.flatnonzero(is_area)
        if not len(areas) or not engine.n:
            return found
        points = shapely.point_on_surface(engine.geoms)
        site_k, area_k = shapely.STRtree(geoms[areas]).query(points, predicate="within")
        if len(site_k):
            known = np.where(np.isnan(free[areas[area_k]]), np.inf, free[areas[area_k]])
            order = np.lexsort((known, site_k))
            first = order[np.r_[True, site_k[order][1:] != site_k[order][:-1]]]
            found[site_k[first]] = areas[area_k[first]]
        return found

    return engine.memo(("grid_site_areas",), build)


def _nearest_per_site(engine: Engine, site_k: np.ndarray, sub_k: np.ndarray, geoms: np.ndarray
                      ) -> Tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Of (site, substation) pairs sorted by site, the nearest substation per site (of equal
    distances the first in the file): its sites, substations and distances."""
    import shapely

    distance = shapely.distance(engine.geoms[site_k], geoms[sub_k])
    first = np.lexsort((sub_k, distance, site_k))
    first = first[np.r_[True, site_k[first][1:] != site_k[first][:-1]]]
    return site_k[first], sub_k[first], distance[first]


def _best_substations(engine: Engine, radius: float) -> Tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """Per site: the free capacity of the best substation (point) in reach, its index (-1: none)
    and distance; 0 MW where substation files cover the site and none in reach has free capacity
    (unless one in reach publishes no figure: the index of the nearest such, -1 where none)."""
    def build():
        from .. import spatial

        n = engine.n
        geoms, free, _names, is_area = _substation_arrays(engine)
        values = np.full(n, np.nan)
        best = np.full(n, -1, dtype="int64")
        best_distance = np.full(n, np.nan)
        # Only substations with free capacity can be the one with most free capacity.
        positive = (free > 0) & ~is_area
        rank = np.full(len(geoms), len(geoms), dtype="int64")  # 0 = most free capacity; equal figures, equal rank
        rank[positive] = np.unique(-free[positive], return_inverse=True)[1]
        site_k, sub_k = spatial.pairs_within(engine.geoms, np.where(positive, geoms, None), radius)
        if len(site_k):
            # Per site (pairs come sorted by site), the substations of the best rank; of equal
            # ones the nearest, which is what a planner would ask first.
            starts = np.flatnonzero(np.r_[True, site_k[1:] != site_k[:-1]])
            run = np.repeat(np.arange(len(starts)), np.diff(np.r_[starts, len(site_k)]))
            keep = rank[sub_k] == np.minimum.reduceat(rank[sub_k], starts)[run]
            sites, subs, distance = _nearest_per_site(engine, site_k[keep], sub_k[keep], geoms)
            values[sites], best[sites], best_distance[sites] = free[subs], subs, distance
        unpublished = np.full(n, -1, dtype="int64")
        points = ~is_area
        if points.any():
            unknown = points & np.isnan(free)
            if unknown.any():
                site_k, sub_k = spatial.pairs_within(engine.geoms, np.where(unknown, geoms, None), radius)
                if len(site_k):
                    sites, subs, _distance = _nearest_per_site(engine, site_k, sub_k, geoms)
                    unpublished[sites] = subs
            values[np.isnan(values) & _points_covered(engine, radius) & (unpublished < 0)] = 0.0
        return values, best, best_distance, unpublished

    return engine.memo(("grid_best_substations", radius), build)


# --- free capacity -----------------------------------------------------------------------------
def grid_free_mw(engine: Engine, profile: Profile) -> CriterionResult:
    import pandas as pd

    n = engine.n
    radius = float(profile.value("grid_search_radius_m"))
    demand = float(profile.value("demand_mw"))
    queue = profile.parameters["grid_queue_mw"]
    geoms, free, names, is_area = _substation_arrays(engine)
    owners, future, future_date = _column(engine, "owner"), _column(engine, "future_cons_mw", "float64"), \
        _column(engine, "future_date")
    values, best, best_distance, unpublished = (a.copy() for a in _best_substations(engine, radius))
    area = _site_areas(engine)
    in_area = area >= 0
    area_free = np.where(in_area, free[np.maximum(area, 0)], np.nan) if len(free) else np.full(n, np.nan)

    # No substation file answers for the site: the figure of the area it lies in.
    from_area = np.isnan(values) & in_area
    values[from_area] = area_free[from_area]
    chosen = np.where(from_area, area, best)
    has = chosen >= 0
    pick = np.maximum(chosen, 0)

    def picked(column: np.ndarray, empty=None) -> np.ndarray:
        out = np.full(n, empty, dtype=object if empty is None else "float64")
        if len(column):
            out[has] = column[pick[has]]
        return out

    company = picked(owners)
    # The company's queue threshold (and its name as the profile spells it), once per company.
    queue_mw = np.full(n, np.nan)
    for owner in pd.unique(company[has]):
        same = has & (company == owner)
        entry = company_entry(queue, owner)
        queue_mw[same] = entry.value if entry is not None else queue.value
        if entry is not None:
            company[same] = entry.company
    queue_mw[from_area] = np.nan  # an area's owner (Statnett) is not the company the station connects to
    # Where the transmission area has less free capacity than the station needs.
    short = in_area & ~np.isnan(area_free) & (area_free < demand)
    full_area = np.full(n, None, dtype=object)
    if len(names):
        full_area[short] = names[area[short]]
    # The figure is unknown because a substation in reach publishes none (it may be the best one).
    no_figure = np.full(n, None, dtype=object)
    blank = np.isnan(values) & (unpublished >= 0)
    if len(names):
        no_figure[blank] = names[unpublished[blank]]
    return CriterionResult(values, {
        "substation": picked(names), "substation_distance_m": np.where(from_area, np.nan, best_distance),
        "search_radius_m": np.full(n, radius), "kind": np.where(from_area, "area", np.where(has, "point", None)),
        "company": company, "future_mw": picked(future, np.nan), "future_date": picked(future_date),
        "queue_mw": queue_mw, "demand_mw": np.full(n, demand), "full_area": full_area,
        "full_area_mw": np.where(short, area_free, np.nan), "no_figure": no_figure})


def _grid_cache_key(profile: Profile) -> tuple:
    return profile.parameters["grid_queue_mw"].by_company if "grid_queue_mw" in profile.parameters else ()


def _future_text(result: CriterionResult, i: int, value: float) -> str:
    future, when = result.detail("future_mw", i), result.detail("future_date", i)
    if future is None or np.isnan(future) or tenths(future) == tenths(value):
        return ""
    if when:
        return " " + tr("({mw} MW after planned measures, {date})").format(mw=format_number(tenths(future), 1),
                                                                          date=str(when)[:10])
    return " " + tr("({mw} MW after planned measures)").format(mw=format_number(tenths(future), 1))


def _grid_phrase(result: CriterionResult, i: int, others: Others) -> str:
    value, name = result.values[i], result.detail("substation", i)
    company = str(result.detail("company", i) or "").strip()
    if result.detail("kind", i) == "area":
        text = tr("{mw} MW free in the area {name} ({company})").format(
            mw=format_number(tenths(value), 1), name=str(name).strip(), company=company or "?")
    elif value <= 0 or not name:
        text = tr("no free grid capacity within {d}").format(d=distance_text(result.detail("search_radius_m", i)))
    else:
        text = tr("{mw} MW free at {name} ({d} away)").format(
            mw=format_number(tenths(value), 1), name=str(name).strip(),
            d=distance_text(result.detail("substation_distance_m", i)))
    text += _future_text(result, i, value)
    queue, demand = result.detail("queue_mw", i), result.detail("demand_mw", i)
    if result.detail("kind", i) == "point" and queue is not None and not np.isnan(queue) and demand >= queue:
        text += ", " + tr("{company} queues requests of {mw} MW or more").format(
            company=company, mw=format_number(queue, 1))
    if result.detail("full_area", i) and result.detail("kind", i) == "area":
        text += ": " + tr("connection on conditions (tilknytning på vilkår) is the likely route")
    elif result.detail("full_area", i):
        text += ", " + tr("the transmission grid has {mw} MW free in {area}: connection on conditions (tilknytning "
                          "på vilkår) is the likely route").format(
            mw=format_number(tenths(result.detail("full_area_mw", i)), 1), area=str(result.detail("full_area", i)))
    return text


def _grid_keys(result: CriterionResult, others: Others) -> List[np.ndarray]:
    keys = [np.round(result.values.astype("float64") * 10.0), distance_keys(result.column("substation_distance_m")),
            result.column("search_radius_m"), np.round(result.column("demand_mw").astype("float64") * 10.0)]
    return keys + [result.column(name) for name in _WORD_DETAILS]


def _grid_cause(result: CriterionResult, i: int) -> Optional[str]:
    name = result.detail("no_figure", i)
    if name is None:
        return None  # outside the grid files' data
    return tr("{name} publishes no free capacity figure").format(name=str(name).strip() or "?")


def _grid_reason(constraint: Constraint, result: CriterionResult, i: int) -> str:
    return tr("{mw} MW free grid capacity < {limit}").format(
        mw=format_number(tenths(result.values[i]), 1), limit=megawatts_text(constraint.value))


# --- substation with enough capacity ------------------------------------------------------------
def substation_distance_m(engine: Engine, profile: Profile) -> CriterionResult:
    from .. import spatial

    demand = float(profile.value("demand_mw"))
    geoms, free, names, is_area = _substation_arrays(engine)
    points = ~is_area
    enough = np.flatnonzero(points & (free >= demand))
    distance, position = spatial.nearest(engine.geoms, geoms[enough])
    # No substation in the data has enough free capacity: as far as can be (scores 0), not unknown,
    # unless some substation publishes no figure: then it may be the one, and the answer is unknown.
    none_known = position < 0
    blank = points & np.isnan(free)
    unpublished = int(blank.sum())
    distance[none_known] = np.nan if unpublished else np.inf
    name = np.where(position >= 0, names[enough][np.maximum(position, 0)] if len(enough) else None, None)
    # Unknown because of substations without a figure (not because the site is outside the files).
    no_figure = np.where(none_known & (unpublished > 0), unpublished, 0)
    blank_name = str(names[blank][0]).strip() if unpublished == 1 else None
    if points.any():
        outside = ~_points_covered(engine, COVERAGE_MARGIN_M * 10)
        distance[outside], no_figure[outside] = np.nan, 0
    else:  # only areas: a distance to an area means nothing
        distance[:] = np.nan
    return CriterionResult(distance, {"substation": name.astype(object), "demand_mw": np.full(engine.n, demand),
                                      "no_figure_count": no_figure, "no_figure": repeated(blank_name, engine.n)})


def _substation_cause(result: CriterionResult, i: int) -> Optional[str]:
    count = int(result.detail("no_figure_count", i) or 0)
    if not count:
        return None  # outside the grid files' data
    if count == 1:
        return tr("none with {mw} MW free is known; {name} publishes no free capacity figure").format(
            mw=format_number(tenths(result.detail("demand_mw", i)), 1), name=result.detail("no_figure", i) or "?")
    return tr("none with {mw} MW free is known; {count} substations publish no free capacity figure").format(
        mw=format_number(tenths(result.detail("demand_mw", i)), 1), count=count)


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
              ("grid_search_radius_m", "demand_mw", "grid_queue_mw"), decimals=2,
              rule_label=lambda: tr("grid capacity"), cache_key=_grid_cache_key,
              phrase=Phrase(_grid_phrase, _grid_keys, order=30),
              reason=Reason(_grid_reason, lambda constraint, result: [
                  np.round(result.values.astype("float64") * 10.0)]),
              cause=Cause(_grid_cause, lambda result: [result.column("no_figure")])),
    Criterion("substation_distance_m", NUMBER, "m", "substations", substation_distance_m,
              lambda: tr("Distance to substation with enough capacity"), ("demand_mw",), decimals=0,
              phrase=Phrase(_substation_phrase, _substation_keys, order=40),
              cause=Cause(_substation_cause, lambda result: [result.column("no_figure_count"),
                                                             result.column("demand_mw")])),
)

# SPDX-License-Identifier: GPL-2.0-or-later
"""Criteria of the roads: distance to where a truck can leave a freight corridor, the heavy
traffic on it, and the distance to the building line of a riksveg or fylkesveg."""
from typing import List, Optional, Tuple

import numpy as np

from ..arrays import repeated
from ..i18n import format_number, tr
from ..profile_model import Constraint, Profile
from ..wording import distance_keys, distance_text, square_metres_text
from .declaration import COVERAGE_MARGIN_M, NUMBER, Cause, Criterion, Engine, Others, Phrase, Reason
from .results import CriterionResult


# --- distance to a corridor exit ------------------------------------------------------------
def _corridor_targets(engine: Engine, corridors: Tuple[str, ...]) -> Tuple[np.ndarray, np.ndarray, str]:
    """Targets to measure to: corridor access points if any, else the corridor lines."""
    def build() -> Tuple[np.ndarray, np.ndarray, str]:
        from ..readers import roads as road_reader

        roads = engine.context.layer("roads")
        mask = road_reader.corridor_mask(roads, list(corridors))
        if not mask.any():
            return np.array([], dtype=object), np.array([], dtype=object), "none"
        points = road_reader.access_points(roads, mask)
        if len(points):
            return np.asarray(points.geometry.array, dtype=object), points["road_label"].to_numpy(dtype=object), \
                "access"
        lines = roads.loc[mask]
        return np.asarray(lines.geometry.array, dtype=object), lines["road_label"].to_numpy(dtype=object), "line"
    return engine.memo(("corridor_targets", corridors), build)


#: Road labels a "no corridor ... in the road layer" cause lists before "...".
LABELS_SHOWN = 8


def _missing_corridors(engine: Engine, corridors: Tuple[str, ...]) -> Tuple[List[str], List[str]]:
    """The corridors the road layer does not have, and the E- and Rv-roads it has (all its
    numbered roads when it has none of those).  A list where only some are missing is said once
    in the run's log: a typo must not switch a corridor off silently."""
    def build() -> Tuple[List[str], List[str]]:
        from ..readers import roads as road_reader

        roads = engine.context.layer("roads")
        present = set(roads["road_label"].dropna())
        missing = [c for c in dict.fromkeys(road_reader.parse_corridor_list(", ".join(corridors)))
                   if c not in present]
        there = road_reader.labels_in_layer(roads)
        if missing and len(missing) < len(corridors):
            engine.progress.info(tr("The road layer '{layer}' has no corridor {missing} (it has {roads}); the "
                                    "distance to a corridor exit is measured to the others only.").format(
                layer=engine.context.layer_names.get("roads", "roads"), missing=", ".join(missing),
                roads=_listed(there)))
        return missing, there
    return engine.memo(("corridors_missing", corridors), build)


def _listed(labels: List[str]) -> str:
    return ", ".join(labels[:LABELS_SHOWN]) + (", ..." if len(labels) > LABELS_SHOWN else "")


def corridor_distance_m(engine: Engine, profile: Profile) -> CriterionResult:
    from .. import spatial

    corridors = tuple(engine.parameter(profile, "corridors"))
    targets, labels, measured_to = _corridor_targets(engine, corridors)
    missing, there = _missing_corridors(engine, corridors)
    if measured_to == "none":
        result = engine.unknown()
        result.available = True
        result.details.update(
            corridor_missing=repeated(", ".join(missing or corridors), engine.n),
            corridors_there=repeated(_listed(there), engine.n),
            roads_layer=repeated(engine.context.layer_names.get("roads", "roads"), engine.n))
        return result
    distance, position = spatial.nearest(engine.geoms, targets)
    covered = engine.covered("roads", COVERAGE_MARGIN_M)
    distance[~covered] = np.nan
    label = np.where(position >= 0, labels[np.maximum(position, 0)], None).astype(object)
    label[~covered] = None
    return CriterionResult(distance, {"corridor": label, "measured_to": repeated(measured_to, engine.n)})


def _corridor_phrase(result: CriterionResult, i: int, others: Others) -> str:
    value, road = result.values[i], result.detail("corridor", i) or ""
    if result.detail("measured_to", i) == "access":
        return tr("{d} to the {road} exit").format(d=distance_text(value), road=road)
    return tr("{d} to {road}").format(d=distance_text(value), road=road)


def _corridor_keys(result: CriterionResult, others: Others) -> List[np.ndarray]:
    return [distance_keys(result.values), result.column("corridor"), result.column("measured_to")]


def _corridor_reason(constraint: Constraint, result: CriterionResult, i: int) -> str:
    return tr("{d} to the {road} exit > {limit}").format(
        d=distance_text(result.values[i]), road=result.detail("corridor", i) or "",
        limit=distance_text(constraint.value))


def _corridor_cause(result: CriterionResult, i: int) -> Optional[str]:
    missing = result.detail("corridor_missing", i)
    if not missing:
        return None  # outside the road layer's data
    there, layer = result.detail("corridors_there", i), result.detail("roads_layer", i)
    if there:
        return tr("no corridor {corridors} in the road layer '{layer}'; it has {roads}").format(
            corridors=missing, layer=layer, roads=there)
    return tr("no corridor {corridors} in the road layer '{layer}', which has no numbered roads").format(
        corridors=missing, layer=layer)


# --- heavy traffic --------------------------------------------------------------------------
def heavy_traffic(engine: Engine, profile: Profile) -> CriterionResult:
    from .. import spatial
    from ..readers import roads as road_reader

    traffic = engine.context.layer("traffic")
    radius = float(engine.parameter(profile, "traffic_search_m"))
    corridors = tuple(engine.parameter(profile, "corridors"))
    segments = traffic
    if "road_label" in traffic.columns:
        on_corridor = road_reader.corridor_mask(traffic, list(corridors))
        if on_corridor.any():  # prefer the corridor's own count over a side road's
            segments = traffic.loc[on_corridor]
    distance, position = spatial.nearest(engine.geoms, np.asarray(segments.geometry.array, dtype=object), radius)
    heavy = segments["heavy_aadt"].to_numpy(dtype="float64")
    values = np.where(position >= 0, heavy[np.maximum(position, 0)], np.nan)
    details = {"traffic_distance_m": distance, "traffic_found": position >= 0, "search_m": np.full(engine.n, radius)}
    for column in ("aadt", "long_share_pct", "road_label"):
        if column in segments.columns:
            data = segments[column].to_numpy()
            details[column] = np.where(position >= 0, data[np.maximum(position, 0)], None)
    return CriterionResult(values, details)


def _traffic_phrase(result: CriterionResult, i: int, others: Others) -> str:
    road = result.detail("road_label", i)
    heavy = format_number(round(result.values[i] / 10.0) * 10)
    if road:
        return tr("{n} heavy vehicles a day on {road}").format(n=heavy, road=road)
    return tr("{n} heavy vehicles a day").format(n=heavy)


def _traffic_keys(result: CriterionResult, others: Others) -> List[np.ndarray]:
    return [np.round(result.values.astype("float64") / 10.0), result.column("road_label")]


def _traffic_cause(result: CriterionResult, i: int) -> str:
    if not result.detail("traffic_found", i):
        return tr("no traffic count within {d}").format(d=distance_text(result.detail("search_m", i)))
    return tr("the nearest traffic count has no ÅDT or share of long vehicles")


# --- building line (checklist) ----------------------------------------------------------------
def building_line_distance_m(engine: Engine, profile: Profile) -> CriterionResult:
    """Distance to the nearest riksveg or fylkesveg (E, R, F: vegloven § 29's building line)."""
    from .. import spatial

    roads = engine.context.layer("roads")
    mask = roads["road_category"].isin(["E", "R", "F"]).to_numpy()
    lines = roads.loc[mask]
    distance, position = spatial.nearest(engine.geoms, np.asarray(lines.geometry.array, dtype=object))
    labels = lines["road_label"].to_numpy(dtype=object)
    label = np.where(position >= 0, labels[np.maximum(position, 0)] if len(labels) else None, None)
    covered = engine.covered("roads", COVERAGE_MARGIN_M)
    distance[~covered] = np.nan
    distance[covered & (position < 0)] = np.inf  # no riksveg/fylkesveg in the layer at all
    return CriterionResult(distance, {"road": label.astype(object)})


def building_line_area_m2(engine: Engine, profile: Profile) -> CriterionResult:
    """Area of the site outside the road building lines (vegloven § 29): ``building_line_m`` from
    riksveg and fylkesveg (E, R, F), ``building_line_municipal_m`` from kommunal veg (K), measured
    from the road line in the layer; infinite where no line reaches the site (it limits nothing, and a
    small site is the area rule's business).  Where the plans' byggegrense lines are given and one
    lies within the building line of a site, the plan's line applies instead (vegloven § 29 gives way
    to a reguleringsplan's byggegrense): :func:`_plan_line_outside`."""
    import shapely

    from .. import spatial

    roads = engine.context.layer("roads")
    category = roads["road_category"].to_numpy(dtype=object)
    main, municipal = (float(engine.parameter(profile, name)) for name in ("building_line_m",
                                                                          "building_line_municipal_m"))
    width = np.where(np.isin(category, ["E", "R", "F"]), main, np.where(category == "K", municipal, 0.0))
    keep = np.flatnonzero(width > 0)
    lines = np.asarray(roads.geometry.array, dtype=object)[keep]
    width, labels = width[keep], roads["road_label"].to_numpy(dtype=object)[keep]
    names = road_names(labels, width)
    # a road without a number still has its building line: name it as what it is
    labels = np.where(np.array([lab is None for lab in labels], dtype=bool), tr("a road without number"), labels)
    area = shapely.area(engine.geoms)
    outside = area.copy()
    road = np.full(engine.n, None, dtype=object)
    line = np.full(engine.n, np.nan)
    plan = np.full(engine.n, None, dtype=object)
    if len(lines) and width.max() > 0:
        site_i, road_i = spatial.pairs_within(engine.geoms, lines, float(width.max()))
        gap = shapely.distance(engine.geoms[site_i], lines[road_i])
        close = gap < width[road_i]
        site_i, road_i, gap = site_i[close], road_i[close], gap[close]
        if site_i.size:
            used, inverse = np.unique(road_i, return_inverse=True)
            # Four segments a quarter circle: a straight road's band stays a convex polygon the numpy
            # clipper takes (the round ends differ from GEOS's default by a few m² at most).
            bands = shapely.buffer(lines[used], width[used], quad_segs=4)
            outside -= _band_area(engine, site_i, bands, inverse)
            # the road whose line comes deepest into the site names the line in the answer
            order = np.lexsort((gap - width[road_i], site_i))
            first = order[np.r_[True, site_i[order][1:] != site_i[order][:-1]]]
            road[site_i[first]] = labels[road_i[first]]
            line[site_i[first]] = width[road_i[first]]
            plan = _plan_line_outside(engine, site_i, lines[road_i], width[road_i], names[road_i], outside)
    values = np.maximum(outside, 0.0)
    values[np.isnan(line)] = np.inf  # no line reaches the site: it limits nothing
    values[~engine.covered("roads", COVERAGE_MARGIN_M)] = np.nan
    return CriterionResult(values, {"road": road, "line_m": line, "site_area_m2": area, "plan_line": plan})


#: How far beyond a piece of a site the way from the road is followed to find the plan's line
#: that bounds it (a plan may keep more free than the law: 70 m along an E-road).
PLAN_LINE_REACH_M = 200.0


def _plan_line_outside(engine: Engine, site_i: np.ndarray, roads: np.ndarray, width: np.ndarray,
                       names: np.ndarray, outside: np.ndarray) -> np.ndarray:
    """Where a plan's byggegrense lies within a road's building line of a site, the plan's line
    decides (vegloven § 29 gives way to it): ``outside`` is set, for those sites, to their area
    beyond the plan's line seen from the road.  Returns the plan whose line decided, per site
    (None where only the law's distances did).

    ``site_i``, ``roads``, ``width`` and ``names`` are the (site, road line, building line, road
    name of :func:`road_names`) pairs whose line reaches the site.  The segments of one road (one name) count as one
    road, and each stretch of a plan line near the site belongs to the road nearest its middle (a
    line along the E6 that turns along a side road belongs to each where it runs).  For each road
    with plan lines the site is cut by them and, through each of their corners and ends, along the
    way from the road (so that no piece straddles a line's end or bend); then each piece, seen
    from the road along the way to a point inside it:

    * lies beyond a plan line (crosses its road's lines an odd number of times): buildable;
    * else lies between the road and a plan line farther on that way (within
      :data:`PLAN_LINE_REACH_M`): not buildable, however far out the plan drew its line;
    * else keeps the road's statutory band.

    A road without plan lines keeps its band.  A site no road's building line reaches is not
    looked at.
    """
    import shapely

    from .. import spatial

    plan = np.full(engine.n, None, dtype=object)
    limits = engine.context.layer("building_limits")
    if limits is None or not len(limits) or not site_i.size:
        return plan
    segments, segment_plans = plan_line_segments(limits)
    if not len(segments):
        return plan
    sites = np.unique(site_i)
    near_site, near_segment = spatial.pairs_within(engine.geoms[sites], segments, float(width.max()))
    # One site at a time: only sites with a plan line inside a road's building line come here (a
    # handful per plan), and cutting a polygon by lines has no vectorised form in shapely.
    for k in np.unique(near_site):
        s = sites[k]
        site = engine.geoms[s]
        site = site if shapely.is_valid(site) else shapely.make_valid(site)
        pair = np.flatnonzero(site_i == s)
        # the plan lines' stretches near the site, each given to the road nearest its middle
        stretches, of_segment = shapely.get_parts(shapely.intersection(
            segments[near_segment[near_site == k]], shapely.buffer(site, float(width.max()))), return_index=True)
        linear = np.isin(shapely.get_type_id(stretches), (1, 2)) & (shapely.length(stretches) > 0)
        stretches, of_segment = stretches[linear], near_segment[near_site == k][of_segment[linear]]
        owner = plan_line_owners(stretches, roads[pair], names[pair])
        restricted, deciding = [], []
        for name in dict.fromkeys(names[pair]):
            road = shapely.union_all(roads[pair[names[pair] == name]])
            band_width = float(width[pair[names[pair] == name]].max())
            mine = owner == name
            if not mine.any():
                restricted.append(shapely.intersection(site, shapely.buffer(road, band_width, quad_segs=4)))
                continue
            lines = shapely.union_all(stretches[mine])
            for piece in _pieces(site, lines, road):
                part, decided = _restricted_part(piece, lines, road, band_width)
                restricted.append(part)
                if decided:
                    deciding.extend(of_segment[mine])
        outside[s] = shapely.area(site) - shapely.area(shapely.union_all(np.array(restricted, dtype=object)))
        if deciding:
            deciding = np.unique(deciding)
            plan[s] = segment_plans[deciding[np.argmin(shapely.distance(site, segments[deciding]))]]
    return plan


def road_names(labels: np.ndarray, width: np.ndarray) -> np.ndarray:
    """What makes segments one road for the plan lines: its label (``E6``); for roads without a
    number, their building line (the segments of one road, as NVDB splits it at every junction,
    stay one road; a kommunal veg is not taken for an unnumbered riksveg)."""
    return np.array([str(lab) if lab is not None else "#{:g}".format(w) for lab, w in zip(labels, width)],
                    dtype=object)


def plan_line_owners(lines: np.ndarray, roads: np.ndarray, names: np.ndarray) -> np.ndarray:
    """The name of the road each plan line (segment or stretch) belongs to: the road nearest its
    middle, the first in ``roads`` where two are as near (None without roads)."""
    import shapely

    owner = np.full(len(lines), None, dtype=object)
    if len(lines) and len(roads):
        middles = shapely.line_interpolate_point(lines, 0.5, normalized=True)
        of_line, road = shapely.STRtree(roads).query_nearest(middles)
        owner[of_line[::-1]] = names[road[::-1]]  # in reverse: the first nearest road is written last
    return owner


def plan_line_segments(limits) -> Tuple[np.ndarray, np.ndarray]:
    """The plan lines as two-point segments, each with its line's plan (points and empty
    geometries left out)."""
    import shapely

    geoms = np.asarray(limits.geometry.array, dtype=object)
    plans = limits["plan"].to_numpy(dtype=object)
    parts, part_of = shapely.get_parts(geoms, return_index=True)
    linear = np.isin(shapely.get_type_id(parts), (1, 2))
    parts, part_of = parts[linear], part_of[linear]
    coords, owner = shapely.get_coordinates(parts, return_index=True)
    same = owner[1:] == owner[:-1]
    starts, ends = coords[:-1][same], coords[1:][same]
    real = np.any(starts != ends, axis=1)
    segments = shapely.linestrings(np.stack([starts[real], ends[real]], axis=1))
    return segments, plans[part_of[owner[:-1][same][real]]]


def _pieces(site, lines, road) -> np.ndarray:
    """The site cut by the plan lines and, through each of their corners and ends, along the way
    from the road (so that no piece straddles the end or bend of a line)."""
    import shapely

    corners = shapely.points(np.unique(shapely.get_coordinates(lines), axis=0))
    cutters = [shapely.intersection(lines, site)]
    for corner in corners:
        ray = _ray(road, corner, PLAN_LINE_REACH_M + shapely.distance(road, corner), start_on_road=True)
        cutters.append(shapely.intersection(ray, site))
    noded = shapely.union_all(np.concatenate([[shapely.boundary(site)], np.array(cutters, dtype=object)]))
    faces = shapely.get_parts(shapely.polygonize(shapely.get_parts(noded)))
    return faces[shapely.contains(site, shapely.point_on_surface(faces))] if len(faces) else np.array([site])


def _ray(road, point, length: float, start_on_road: bool = False):
    """The way from the road's nearest point through ``point``, on for ``length`` beyond it (from
    ``point`` on, unless ``start_on_road``); empty where the point lies on the road."""
    import shapely

    foot = shapely.get_coordinates(shapely.shortest_line(road, point))[0]
    here = shapely.get_coordinates(point)[0]
    direction = here - foot
    norm = float(np.hypot(*direction))
    if norm == 0.0:
        return shapely.LineString()
    far = here + direction / norm * length
    return shapely.LineString([foot if start_on_road else here, far])


def _restricted_part(piece, lines, road, width: float):
    """The part of one piece between the road and its building line, and whether a plan line
    decided it (see :func:`_plan_line_outside`)."""
    import shapely

    point = shapely.point_on_surface(piece)
    met = shapely.intersection(shapely.shortest_line(road, point), lines)
    crossings = 0 if shapely.is_empty(met) else len(shapely.get_parts(met))  # an empty line counts 1 part
    if crossings % 2:
        return shapely.Polygon(), True  # beyond the plan's line
    if shapely.intersects(_ray(road, point, PLAN_LINE_REACH_M), lines):
        return piece, True  # between the road and the plan's line, however far out it is drawn
    return shapely.intersection(piece, shapely.buffer(road, width, quad_segs=4)), False


def _band_area(engine: Engine, site_i: np.ndarray, bands: np.ndarray, band_i: np.ndarray) -> np.ndarray:
    """Area of each site inside the bands of its pairs (``bands[band_i[k]]`` for site ``site_i[k]``).

    Most sites meet one band, of a straight road: a convex polygon, whose overlap with the site the
    numpy clipper measures exactly and fast (:mod:`..zoning.convex_clip`).  Sites meeting several
    bands (which may overlap: their union counts, not the sum) and bent roads go to GEOS, in chunks
    on threads (GEOS releases the GIL), with progress and cancel.
    """
    import shapely

    from .. import spatial, threads
    from ..zoning.convex_clip import CLIP_MAX_SUBJECT_VERTICES, convex_clip_areas, convex_rings, ring_table

    area = np.zeros(engine.n)
    single = np.bincount(site_i, minlength=engine.n)[site_i] == 1
    band_rings = ring_table(bands)
    fast = single & convex_rings(band_rings)[band_i]
    fast &= shapely.get_num_coordinates(engine.geoms[site_i]) <= CLIP_MAX_SUBJECT_VERTICES
    if fast.any():
        sites = np.unique(site_i[fast])  # each once (single pairs)
        site_rings = ring_table(engine.geoms[sites])
        rows = np.searchsorted(sites, site_i[fast])
        area[site_i[fast]] = convex_clip_areas(band_rings, band_i[fast], site_rings, rows)
    slow_i, slow_band = site_i[~fast], band_i[~fast]
    if slow_i.size:
        def overlay(start: int, stop: int) -> np.ndarray:
            return shapely.intersection(engine.geoms[slow_i[start:stop]], bands[slow_band[start:stop]])

        with threads.pool() as pool:
            parts = threads.run_chunks(pool, overlay, slow_i.size, engine.progress, 0.0, 100.0)
        slow_area = spatial.union_area_per_site(slow_i, np.concatenate(parts), engine.n)
        area[np.unique(slow_i)] = slow_area[np.unique(slow_i)]
    return area


def _building_line_reason(constraint: Constraint, result: CriterionResult, i: int) -> str:
    plan = result.details["plan_line"][i]
    if plan:
        return tr("{area} beyond the byggegrense of {plan} along {road} < {limit}").format(
            area=square_metres_text(round(result.values[i])), plan=plan, road=result.details["road"][i] or "",
            limit=square_metres_text(constraint.value))
    return tr("{area} outside the {line} building line from {road} < {limit}").format(
        area=square_metres_text(round(result.values[i])), line=distance_text(result.details["line_m"][i]),
        road=result.details["road"][i] or "", limit=square_metres_text(constraint.value))


def _building_line_keys(constraint: Constraint, result: CriterionResult) -> List[np.ndarray]:
    return [np.round(result.values.astype("float64")), result.column("road"), result.column("line_m"),
            result.column("plan_line")]


CRITERIA = (
    Criterion("corridor_distance_m", NUMBER, "m", "roads", corridor_distance_m,
              lambda: tr("Distance to freight corridor exit"), ("corridors",), decimals=0,
              rule_label=lambda: tr("corridor exit"), phrase=Phrase(_corridor_phrase, _corridor_keys, order=20),
              reason=Reason(_corridor_reason, lambda constraint, result: _corridor_keys(result, {})),
              cause=Cause(_corridor_cause, lambda result: [result.column("corridor_missing")])),
    Criterion("heavy_traffic", NUMBER, "vehicles/day", "traffic", heavy_traffic,
              lambda: tr("Heavy traffic on the corridor"), ("corridors", "traffic_search_m"), decimals=0,
              phrase=Phrase(_traffic_phrase, _traffic_keys, order=70),
              cause=Cause(_traffic_cause, lambda result: [result.column("traffic_found"), result.column("search_m")])),
    Criterion("building_line_distance_m", NUMBER, "m", "roads", building_line_distance_m,
              lambda: tr("Distance to riksveg or fylkesveg"), decimals=0, rule_label=lambda: tr("building line")),
    Criterion("building_line_area_m2", NUMBER, "m2", "roads", building_line_area_m2,
              lambda: tr("Area outside the road building lines"), ("building_line_m", "building_line_municipal_m"),
              decimals=0, rule_label=lambda: tr("building line"),
              reason=Reason(_building_line_reason, _building_line_keys), also_reads=("building_limits",)),
)

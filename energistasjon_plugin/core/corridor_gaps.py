# SPDX-License-Identifier: GPL-2.0-or-later
"""Gaps in the station network along freight corridors, and the candidate sites that close them.

Along each corridor (one measurable line per corridor, see :mod:`.corridor_routes`) the
stations of a type within reach of the road (existing or planned: whatever points are given)
are placed by linear referencing.  Wherever consecutive stations, or a station and an end of
the corridor when ends count, lie further apart along the road than the spacing, that stretch
is a gap.  A candidate site within reach of the corridor whose nearest point on the road lies
inside a gap would split it in two: the result gives both parts and whether the longer one
is within the spacing (the site closes the gap on its own).  Municipal and county borders
play no part: give the roads, stations and sites of the whole region.

A branch (see :mod:`.corridor_routes`) is measured on its own line, but the end where it
leaves a line measured before it is not a corridor end: the nearest station along that line
is carried over at its distance along the roads, so a gap can run from a station on the main
line up the branch.  Stations on a branch count for the main line only when they are within
reach of it.

The spacing is the user's.  AFIR's figures are offered as defaults (:func:`afir_spacing_m`);
whether AFIR applies in Norway is UNCONFIRMED and is a setting that only changes what the
notes say the spacing rests on.
"""
import math
from dataclasses import dataclass, field
from typing import Dict, List, Optional, Sequence, Tuple

import geopandas as gpd
import numpy as np
import pandas as pd
import shapely
from shapely.ops import substring

from .corridor_routes import BRIDGE_M, MIN_BRANCH_M, PARALLEL_M, SNAP_M, corridor_lines
from .errors import InputError
from .i18n import format_number, tr
from .progress import Progress
from .readers.roads import parse_corridor_list

#: AFIR, Regulation (EU) 2023/1804, heavy-duty vehicles, by the end of 2030 (DOMAIN.md, Grid):
#: a truck charging pool every 60 km on the TEN-T core network and every 100 km on the
#: comprehensive network; a hydrogen station every 200 km on the core network (and in every
#: urban node).  Which Norwegian roads are core or comprehensive is UNCONFIRMED: the user says.
AFIR_SPACING_M: Dict[Tuple[str, str], float] = {
    ("battery", "core"): 60_000.0,
    ("battery", "comprehensive"): 100_000.0,
    ("hydrogen", "core"): 200_000.0,
}
NETWORKS = ("core", "comprehensive")
#: UNCONFIRMED (DOMAIN.md, Grid): whether and when AFIR applies in Norway (EEA).  A setting:
#: None = not known, True = it applies, False = the spacing is the region's own target.
AFIR_APPLIES_IN_NORWAY: Optional[bool] = None
#: A station (or a candidate site) further from the corridor than this (m) does not serve it.
#: A setting (assumption): the same 3 km the bundled profiles allow between a site and a
#: corridor exit (max_corridor_distance_m).
STATION_REACH_M = 3000.0


def afir_spacing_m(station_type: str, network: str = "core") -> float:
    """AFIR's spacing for a station type on the core or comprehensive TEN-T network, in metres.

    Raises
    ------
    InputError
        AFIR sets no spacing for that type and network (biogas; hydrogen off the core network).
    """
    if network not in NETWORKS:
        raise InputError(tr("Unknown network '{network}'; use core or comprehensive.").format(network=network))
    spacing = AFIR_SPACING_M.get((station_type, network))
    if spacing is None:
        raise InputError(tr("AFIR sets no spacing for {type} stations on the {network} network; give the spacing "
                            "yourself.").format(type=station_type, network=network))
    return spacing


def spacing_note(spacing_m: float, afir_applies: Optional[bool] = AFIR_APPLIES_IN_NORWAY) -> str:
    """What the spacing rests on, for the run's notes."""
    km = _spacing_km(spacing_m)
    if afir_applies is None:
        return tr("Spacing {km} km. AFIR's spacings (EU 2023/1804) are a reference: whether AFIR applies in Norway "
                  "is UNCONFIRMED.").format(km=km)
    if afir_applies:
        return tr("Spacing {km} km, taken as AFIR (EU 2023/1804) applying in Norway (a setting).").format(km=km)
    return tr("Spacing {km} km: the region's own target (AFIR taken as not applying in Norway).").format(km=km)


@dataclass
class CorridorGaps:
    """Gaps along the corridors and the sites that close them.

    Attributes
    ----------
    routes : GeoDataFrame
        One row per measured line: ``corridor``, ``part`` (1, 2, ...), ``kind`` (main/branch),
        ``length_m``, ``stations`` (how many within reach).
    gaps : GeoDataFrame
        ``gap_id``, ``corridor``, ``part``, ``kind``; ``start_m`` / ``end_m`` (the stretch of this
        line, m from its southern end); ``length_m`` (along the roads between the two bounds: for
        a branch it includes the way along the line it leaves from, so it can exceed
        ``end_m - start_m``); ``from_station``, ``to_station``; ``stations_needed`` (new stations
        at even spacing); ``window_start_m`` / ``window_end_m`` (where one new station closes it;
        NaN when one is not enough); ``sites_in_gap``, ``sites_closing``, ``explain``; the
        stretch of road.
    sites : GeoDataFrame
        One row per candidate site and gap: ``gap_id``, ``site`` (the site's index in the
        input), ``corridor``, ``part``, ``position_m``, ``distance_m`` (to the corridor),
        ``before_m`` / ``after_m`` (the two parts it splits the gap into), ``remaining_m`` (the
        longer one), ``closes`` (remaining within the spacing), the carried fields; the site.
    stations : DataFrame
        The stations used: ``station`` (index in the input), ``name``, ``corridor``, ``part``,
        ``position_m``, ``distance_m``.
    notes : list of str
    """

    routes: gpd.GeoDataFrame
    gaps: gpd.GeoDataFrame
    sites: gpd.GeoDataFrame
    stations: pd.DataFrame
    notes: List[str] = field(default_factory=list)


def _segments(line: shapely.LineString) -> Tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The line's segments, their first vertices and where each starts along the line."""
    xy = shapely.get_coordinates(line)
    segments = shapely.linestrings(np.stack([xy[:-1], xy[1:]], axis=1))
    starts = np.r_[0.0, np.cumsum(np.hypot(*np.diff(xy, axis=0).T))][:-1]
    return segments, shapely.points(xy[:-1]), starts


def project(line: shapely.LineString, geoms: np.ndarray, reach: float
            ) -> Tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Which geometries lie within ``reach`` of the line, where (m along it) and how far away.

    Only segments near a geometry are measured (a tree over the line's segments), so a long
    corridor and many sites cost little.

    Returns
    -------
    which : ndarray of int
        Positions in ``geoms`` of those within reach, increasing.
    position : ndarray of float
        Distance along the line to the point nearest each of them.
    distance : ndarray of float
    """
    empty = np.array([], dtype=int), np.array([]), np.array([])
    if len(geoms) == 0:
        return empty
    segments, first, starts = _segments(line)
    gi, si = shapely.STRtree(segments).query(geoms, predicate="dwithin", distance=reach)
    if len(gi) == 0:
        return empty
    d = shapely.distance(geoms[gi], segments[si])
    order = np.lexsort((si, d, gi))
    gi, si, d = gi[order], si[order], d[order]
    nearest = np.r_[True, gi[1:] != gi[:-1]]
    gi, si, d = gi[nearest], si[nearest], d[nearest]
    point = shapely.get_point(shapely.shortest_line(geoms[gi], segments[si]), 1)
    return gi, starts[si] + shapely.distance(first[si], point), d


def _in_crs(frame: Optional[gpd.GeoDataFrame], crs) -> Optional[gpd.GeoDataFrame]:
    if frame is None or len(frame) == 0:
        return frame
    if frame.crs is not None and crs is not None and frame.crs != crs:
        return frame.to_crs(crs)
    return frame


def _check(roads: gpd.GeoDataFrame, spacing_m: float, station_reach_m: float, site_reach_m: float) -> None:
    if roads.crs is not None and roads.crs.is_geographic:
        raise InputError(tr("The road layer is in a geographic CRS ({crs}); distances along the corridors need "
                            "metres. Reproject it to a projected CRS such as EPSG:25833.").format(
            crs=roads.crs.to_string()))
    if not spacing_m > 0:
        raise InputError(tr("The spacing between stations must be more than 0 m."))
    if station_reach_m < 0 or site_reach_m < 0:
        raise InputError(tr("The distance from the corridor must be 0 m or more."))


def _station_names(stations: gpd.GeoDataFrame) -> np.ndarray:
    names = stations["name"].to_numpy(dtype=object) if "name" in stations.columns else \
        np.full(len(stations), None, dtype=object)
    fallback = np.array([tr("station {id}").format(id=i) for i in stations.index], dtype=object)
    return np.where(pd.isna(names) | (names == ""), fallback, names)


def find_gaps(roads: gpd.GeoDataFrame, corridors: Sequence[str], stations: Optional[gpd.GeoDataFrame],
              spacing_m: float, station_reach_m: float = STATION_REACH_M,
              sites: Optional[gpd.GeoDataFrame] = None, site_reach_m: Optional[float] = None,
              count_ends: bool = True, station_types: Optional[Sequence[str]] = None,
              carry: Sequence[str] = (), rank_field: Optional[str] = None, excluded_field: Optional[str] = None,
              afir_applies: Optional[bool] = AFIR_APPLIES_IN_NORWAY, snap_m: float = SNAP_M,
              bridge_m: float = BRIDGE_M, parallel_m: float = PARALLEL_M, min_branch_m: float = MIN_BRANCH_M,
              progress: Optional[Progress] = None) -> CorridorGaps:
    """Stretches of the corridors longer than ``spacing_m`` without a station, and the sites in them.

    Parameters
    ----------
    roads : GeoDataFrame
        Output of :func:`.readers.roads.normalise_roads`, in a projected CRS.
    corridors : sequence of str
        Corridor names ("E6", "Rv4"; any spelling the corridor list accepts).
    stations : GeoDataFrame, optional
        Points of existing or planned stations (``name`` and ``station_type`` used when present).
    spacing_m : float
        The longest acceptable distance along the road between stations.
    station_reach_m : float
        A station further from the corridor does not count.
    sites : GeoDataFrame, optional
        Candidate sites (polygons), e.g. a scored layer.
    site_reach_m : float, optional
        A site further from the corridor cannot close a gap; ``station_reach_m`` when None.
    count_ends : bool
        The ends of each corridor line count as stations: a stretch from the last station to
        the end of the data is a gap when it is longer than the spacing.  Give the roads and
        stations beyond the region's borders to measure across them.
    station_types : sequence of str, optional
        Only stations of these types (``station_type`` field: hydrogen, battery, biogas).
    carry : sequence of str
        Fields of ``sites`` copied to the result (score, rank...).
    rank_field : str, optional
        Sites closing the same gap are listed best rank first.
    excluded_field : str, optional
        A field of ``sites`` that is true where the profile's rules exclude the site (``bat_excluded``):
        such a site cannot close a gap and is left out (the notes say how many).
    afir_applies : bool, optional
        What the notes say the spacing rests on (see :func:`spacing_note`).
    snap_m, bridge_m, parallel_m, min_branch_m : float
        How the corridor lines are built (see :mod:`.corridor_routes`).
    progress : Progress, optional

    Returns
    -------
    CorridorGaps
    """
    progress = progress or Progress()
    site_reach_m = station_reach_m if site_reach_m is None else site_reach_m
    _check(roads, spacing_m, station_reach_m, site_reach_m)
    labels: List[str] = []
    for item in corridors:
        labels.extend(label for label in parse_corridor_list(item) if label not in labels)
    if not labels:
        raise InputError(tr("Name at least one corridor, e.g. E6, E18."))
    stations = _in_crs(stations, roads.crs)
    sites = _in_crs(sites, roads.crs)
    notes = [spacing_note(spacing_m, afir_applies)]
    if stations is not None and station_types is not None and len(stations):
        if "station_type" not in stations.columns:
            raise InputError(tr("The station layer has no station type; it is needed to keep only {types} "
                                "stations.").format(types=", ".join(station_types)))
        stations = stations[stations["station_type"].isin(list(station_types))]
    missing = [c for c in list(carry) + [f for f in (rank_field, excluded_field) if f]
               if sites is None or c not in sites]
    if missing:
        raise InputError(tr("The site layer has no fields {fields}.").format(fields=", ".join(missing)))
    if excluded_field:
        excluded = sites[excluded_field].fillna(False).astype(bool).to_numpy()
        if excluded.any():
            count = int(excluded.sum())
            notes.append(tr("1 site the station profile's rules exclude is left out: it cannot close a gap.")
                         if count == 1 else tr("{n} sites the station profile's rules exclude are left out: they "
                                               "cannot close a gap.").format(n=count))
            sites = sites[~excluded]

    station_geoms = np.asarray(stations.geometry.to_numpy(), dtype=object) if stations is not None \
        else np.array([], dtype=object)
    names = _station_names(stations) if stations is not None and len(stations) else np.array([], dtype=object)
    site_geoms = np.asarray(sites.geometry.to_numpy(), dtype=object) if sites is not None \
        else np.array([], dtype=object)
    route_rows, gap_rows, site_rows, station_rows = [], [], [], []
    for c, label in enumerate(labels):  # one pass per corridor: a handful
        progress.check()
        lines, corridor_notes = corridor_lines(roads, label, snap_m, bridge_m, parallel_m, min_branch_m)
        notes.extend(corridor_notes)
        measured: List[Tuple[shapely.LineString, np.ndarray, List[str]]] = []
        for part, (kind, line) in enumerate(lines, start=1):
            which, position, distance = project(line, station_geoms, station_reach_m)
            route_rows.append({"corridor": label, "part": part, "kind": kind, "length_m": line.length,
                               "stations": len(which), "geometry": line})
            station_rows.extend({"station": stations.index[i], "name": names[i], "corridor": label, "part": part,
                                 "position_m": p, "distance_m": d} for i, p, d in zip(which, position, distance))
            bounds, bound_names = _bounds(line, position, names[which], count_ends, measured, snap_m)
            measured.append((line, bounds, bound_names))
            if len(bounds) < 2:
                notes.append(tr("{corridor} ({length} km): fewer than two stations within reach and the corridor "
                                "ends do not count; nothing to measure.").format(
                    corridor=label, length=format_number(line.length / 1000.0, 1)))
            gaps = _gaps(line, bounds, bound_names, spacing_m)
            for gap in gaps:
                gap.update({"gap_id": len(gap_rows) + 1, "corridor": label, "part": part, "kind": kind})
                gap_rows.append(gap)
            if gaps and len(site_geoms):
                site_rows.extend(_closing_sites(line, gaps, site_geoms, site_reach_m, spacing_m))
        progress.set_progress(100.0 * (c + 1) / len(labels))
    return CorridorGaps(
        routes=gpd.GeoDataFrame(route_rows, columns=["corridor", "part", "kind", "length_m", "stations", "geometry"],
                                geometry="geometry", crs=roads.crs),
        gaps=_gap_frame(gap_rows, site_rows, spacing_m, roads.crs),
        sites=_site_frame(site_rows, sites, carry, rank_field, roads.crs),
        stations=pd.DataFrame(station_rows, columns=["station", "name", "corridor", "part", "position_m",
                                                     "distance_m"]),
        notes=notes,
    )


def _bounds(line: shapely.LineString, position: np.ndarray, names: np.ndarray, count_ends: bool,
            measured: List[Tuple[shapely.LineString, np.ndarray, List[str]]], snap_m: float
            ) -> Tuple[np.ndarray, List[str]]:
    """Where stations (and, when they count, the ends) bound the stretches of one line, sorted.

    An end of a branch that meets a line measured before it is no end of the corridor: the
    nearest bound along that line is carried over, at its distance along the roads (so a
    position may lie before 0 or beyond the branch's length).
    """
    bounds, bound_names = list(position), list(names)
    for at_start, end_point in ((True, shapely.get_point(line, 0)), (False, shapely.get_point(line, -1))):
        parent = next((m for m in measured if shapely.distance(m[0], end_point) <= max(snap_m, 1.0)), None)
        if parent is None:
            if count_ends:
                bounds.append(0.0 if at_start else line.length)
                bound_names.append(tr("the end of the road data"))
            continue
        parent_line, parent_bounds, parent_names = parent
        if len(parent_bounds) == 0:
            continue
        offset = np.abs(parent_bounds - shapely.line_locate_point(parent_line, end_point))
        k = int(np.argmin(offset))
        bounds.append(-offset[k] if at_start else line.length + offset[k])
        bound_names.append(parent_names[k])
    order = np.argsort(np.asarray(bounds, dtype="float64"), kind="stable")
    return np.asarray(bounds, dtype="float64")[order], [bound_names[k] for k in order]


def _gaps(line: shapely.LineString, bounds: np.ndarray, bound_names: List[str], spacing_m: float) -> List[dict]:
    """The stretches of one line longer than the spacing between consecutive bounds.

    ``_start``/``_end`` are the bounds' positions (possibly off the line, for a branch);
    ``start_m``/``end_m`` the part of the line the gap covers; ``length_m`` the distance along
    the roads between the bounds.
    """
    if len(bounds) < 2:
        return []
    lengths = np.diff(bounds)
    gaps = []
    for k in np.flatnonzero(lengths > spacing_m + 1e-6):  # gaps of one line: few
        start, end = float(bounds[k]), float(bounds[k + 1])
        on_line = max(start, 0.0), min(end, line.length)
        needed = max(1, math.ceil(lengths[k] / spacing_m - 1e-9) - 1)
        one = needed == 1
        gaps.append({
            "_start": start, "_end": end, "start_m": on_line[0], "end_m": on_line[1], "length_m": end - start,
            "from_station": bound_names[k], "to_station": bound_names[k + 1], "stations_needed": needed,
            "window_start_m": max(end - spacing_m, 0.0) if one else np.nan,
            "window_end_m": min(start + spacing_m, line.length) if one else np.nan,
            "geometry": substring(line, *on_line),
        })
    return gaps


def _closing_sites(line: shapely.LineString, gaps: List[dict], site_geoms: np.ndarray, reach: float,
                   spacing_m: float) -> List[dict]:
    """Sites within reach whose nearest point on the line lies inside one of its gaps."""
    which, position, distance = project(line, site_geoms, reach)
    starts = np.array([g["_start"] for g in gaps])
    ends = np.array([g["_end"] for g in gaps])
    k = np.searchsorted(starts, position, side="right") - 1
    inside = (k >= 0) & (position > starts[np.maximum(k, 0)]) & (position < ends[np.maximum(k, 0)])
    which, position, distance, k = which[inside], position[inside], distance[inside], k[inside]
    before, after = position - starts[k], ends[k] - position
    remaining = np.maximum(before, after)
    return [{"gap_id": gaps[g]["gap_id"], "row": int(i), "corridor": gaps[g]["corridor"], "part": gaps[g]["part"],
             "position_m": p, "distance_m": d, "before_m": b, "after_m": a, "remaining_m": r,
             "closes": bool(r <= spacing_m + 1e-6)}
            for i, p, d, g, b, a, r in zip(which, position, distance, k, before, after, remaining)]


def _gap_frame(gap_rows: List[dict], site_rows: List[dict], spacing_m: float, crs) -> gpd.GeoDataFrame:
    columns = ["gap_id", "corridor", "part", "kind", "start_m", "end_m", "length_m", "from_station", "to_station",
               "stations_needed", "window_start_m", "window_end_m", "sites_in_gap", "sites_closing", "explain",
               "geometry"]
    frame = pd.DataFrame(gap_rows, columns=[c for c in columns if c not in ("sites_in_gap", "sites_closing",
                                                                               "explain")])
    found = pd.DataFrame(site_rows, columns=["gap_id", "closes"])
    frame["sites_in_gap"] = frame["gap_id"].map(found.groupby("gap_id").size()).fillna(0).astype(int)
    frame["sites_closing"] = frame["gap_id"].map(found.groupby("gap_id")["closes"].sum()).fillna(0).astype(int)
    frame["explain"] = [_explain(row, spacing_m) for row in frame.itertuples()]  # one sentence per gap
    return gpd.GeoDataFrame(frame[columns], geometry="geometry", crs=crs)


def _km(metres: float) -> str:
    """A position or length in kilometres, one decimal."""
    return format_number(metres / 1000.0, 1)


def _spacing_km(metres: float) -> str:
    """A spacing in kilometres: no decimals when whole (60 km)."""
    km = metres / 1000.0
    return format_number(km, 0 if abs(km - round(km)) < 1e-9 else 1)


def _explain(gap, spacing_m: float) -> str:
    corridor = gap.corridor if gap.kind == "main" else tr("{corridor}, branch {part}").format(
        corridor=gap.corridor, part=gap.part)
    text = tr("{corridor} km {start}-{end}: {length} km from {a} to {b}, more than the spacing of {spacing} km"
              ).format(corridor=corridor, start=_km(gap.start_m), end=_km(gap.end_m), length=_km(gap.length_m),
                       a=gap.from_station, b=gap.to_station, spacing=_spacing_km(spacing_m))
    if gap.stations_needed == 1:
        text += "; " + tr("one new station between km {a} and km {b} closes it").format(
            a=_km(gap.window_start_m), b=_km(gap.window_end_m))
    else:
        text += "; " + tr("it needs at least {n} new stations").format(n=gap.stations_needed)
    return text + "."


def field_aliases() -> Dict[str, str]:
    """The fields of the gaps and of the sites in them, in words (a field the layer lacks is skipped)."""
    return {
        "gap_id": tr("Gap"), "corridor": tr("Corridor"), "part": tr("Part of the corridor"),
        "kind": tr("Kind of line"), "start_m": tr("Starts at (m along the corridor)"),
        "end_m": tr("Ends at (m along the corridor)"), "length_m": tr("Length (m)"),
        "from_station": tr("From"), "to_station": tr("To"), "stations_needed": tr("New stations needed"),
        "window_start_m": tr("One station closes it from (m)"), "window_end_m": tr("One station closes it to (m)"),
        "sites_in_gap": tr("Sites in the gap"), "sites_closing": tr("Sites that close it alone"),
        "explain": tr("Explanation"), "site": tr("Site"), "position_m": tr("Position along the corridor (m)"),
        "distance_m": tr("Distance from the corridor (m)"), "before_m": tr("Gap before the site (m)"),
        "after_m": tr("Gap after the site (m)"), "remaining_m": tr("Longest stretch left (m)"),
        "closes": tr("Closes the gap alone"),
    }


def _site_frame(site_rows: List[dict], sites: Optional[gpd.GeoDataFrame], carry: Sequence[str],
                rank_field: Optional[str], crs) -> gpd.GeoDataFrame:
    columns = ["gap_id", "site", "corridor", "part", "position_m", "distance_m", "before_m", "after_m",
               "remaining_m", "closes"] + list(carry) + ([rank_field] if rank_field and rank_field not in carry
                                                          else [])
    if not site_rows:
        return gpd.GeoDataFrame({c: [] for c in columns}, geometry=[], crs=crs)
    frame = pd.DataFrame(site_rows)
    rows = frame.pop("row").to_numpy()
    frame.insert(1, "site", sites.index.to_numpy()[rows])
    for name in columns[10:]:
        frame[name] = sites[name].to_numpy()[rows]
    keys = [frame["gap_id"].to_numpy(), ~frame["closes"].to_numpy()]
    if rank_field:
        keys.append(pd.to_numeric(frame[rank_field], errors="coerce").fillna(np.inf).to_numpy())
    keys.append(frame["remaining_m"].to_numpy())
    order = np.lexsort(tuple(reversed(keys)))
    frame = frame.iloc[order].reset_index(drop=True)
    return gpd.GeoDataFrame(frame[columns], geometry=sites.geometry.to_numpy()[rows[order]], crs=crs)

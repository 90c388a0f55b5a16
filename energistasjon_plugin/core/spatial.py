# SPDX-License-Identifier: GPL-2.0-or-later
"""Vectorised spatial queries shared by the criteria (shapely 2 STRtree, numpy)."""
import os
from concurrent.futures import ThreadPoolExecutor
from typing import Optional, Tuple

import numpy as np
import shapely


def _segments(lines: np.ndarray) -> Tuple[np.ndarray, np.ndarray]:
    """Lines split into 2-point segments, with each segment's line position.

    A long road has a huge bounding box, so an STRtree of whole lines must test many of them;
    segments have tight boxes.  The distance to a line is the least distance to its segments.
    """
    parts, part_owner = shapely.get_parts(lines, return_index=True)
    coords, coord_part = shapely.get_coordinates(parts, return_index=True)
    same = coord_part[1:] == coord_part[:-1]
    pairs = np.stack([coords[:-1][same], coords[1:][same]], axis=1)
    return shapely.linestrings(pairs), part_owner[coord_part[:-1][same]]


def _workers(n: int) -> int:
    return max(1, min(os.cpu_count() or 1, 4, n // 20000 + 1))


def nearest(
    sites: np.ndarray, targets: np.ndarray, max_distance: Optional[float] = None
) -> Tuple[np.ndarray, np.ndarray]:
    """Distance from each site to its nearest target, and that target's position.

    Parameters
    ----------
    sites, targets : array of shapely geometries (same projected CRS)
    max_distance : float, optional
        Search radius; sites with nothing within it get NaN and position -1.

    Returns
    -------
    distance : ndarray of float (NaN where none found)
    position : ndarray of int (-1 where none found)
    """
    n = len(sites)
    distance = np.full(n, np.nan)
    position = np.full(n, -1, dtype="int64")
    valid_targets = np.flatnonzero(~shapely.is_empty(targets) & ~shapely.is_missing(targets))
    if n == 0 or len(valid_targets) == 0:
        return distance, position
    geoms, owner = targets[valid_targets], valid_targets
    if np.all(np.isin(shapely.get_type_id(geoms), (1, 5))):  # LineString, MultiLineString
        geoms, line = _segments(geoms)
        owner = valid_targets[line]
    tree = shapely.STRtree(geoms)

    def query(chunk: slice):
        (site_idx, target_idx), dist = tree.query_nearest(
            sites[chunk], max_distance=max_distance, return_distance=True, all_matches=False
        )
        return site_idx + chunk.start, target_idx, dist

    # shapely releases the GIL in query_nearest: chunks on threads use both cores.
    workers = _workers(n)
    bounds = np.linspace(0, n, workers + 1).astype(int)
    chunks = [slice(int(lo), int(hi)) for lo, hi in zip(bounds[:-1], bounds[1:]) if hi > lo]
    if len(chunks) == 1:
        results = [query(chunks[0])]
    else:
        with ThreadPoolExecutor(max_workers=len(chunks)) as pool:
            results = list(pool.map(query, chunks))
    for site_idx, target_idx, dist in results:
        distance[site_idx] = dist
        position[site_idx] = owner[target_idx]
    return distance, position


def query_pairs(sites: np.ndarray, tree: "shapely.STRtree", predicate: str,
                distance: Optional[float] = None) -> Tuple[np.ndarray, np.ndarray]:
    """(site, target) index pairs for which ``predicate`` holds, sorted by site; chunks on threads."""
    n = len(sites)
    workers = _workers(n)
    bounds = np.linspace(0, n, workers + 1).astype(int)
    chunks = [slice(int(lo), int(hi)) for lo, hi in zip(bounds[:-1], bounds[1:]) if hi > lo]

    def query(chunk: slice):
        site_idx, target_idx = tree.query(sites[chunk], predicate=predicate, distance=distance)
        return site_idx + chunk.start, target_idx

    if len(chunks) <= 1:
        results = [query(chunks[0])] if chunks else [(np.zeros(0, "int64"), np.zeros(0, "int64"))]
    else:
        with ThreadPoolExecutor(max_workers=len(chunks)) as pool:
            results = list(pool.map(query, chunks))
    return np.concatenate([r[0] for r in results]), np.concatenate([r[1] for r in results])


def intersects_any(sites: np.ndarray, polygons: np.ndarray) -> Tuple[np.ndarray, np.ndarray]:
    """Whether each site intersects any polygon, and the first such polygon's position (-1 if none)."""
    hit = np.zeros(len(sites), dtype=bool)
    first = np.full(len(sites), -1, dtype="int64")
    if len(sites) == 0 or len(polygons) == 0:
        return hit, first
    tree = shapely.STRtree(polygons)
    site_idx, poly_idx = tree.query(sites, predicate="intersects")
    if len(site_idx):
        # query returns pairs sorted by site; keep the first pair per site
        keep = np.r_[True, site_idx[1:] != site_idx[:-1]]
        hit[site_idx[keep]] = True
        first[site_idx[keep]] = poly_idx[keep]
    return hit, first


def coverage_hull(targets: np.ndarray):
    """The area a layer covers: the convex hull of its coordinates (None for an empty layer)."""
    coords = shapely.get_coordinates(targets)
    if len(coords) == 0:
        return None
    return shapely.convex_hull(shapely.multipoints(coords))


def within_reach(sites: np.ndarray, hull, margin: float) -> np.ndarray:
    """Whether each site lies within ``margin`` of a layer's :func:`coverage_hull`.

    A site far outside it (another grid company's area, outside the traffic data) is
    *unknown*, not zero.
    """
    if hull is None:
        return np.zeros(len(sites), dtype=bool)
    return shapely.dwithin(sites, hull, margin)

# SPDX-License-Identifier: GPL-2.0-or-later
"""Vectorised spatial queries shared by the criteria (shapely 2 STRtree, numpy)."""
from typing import Optional, Tuple

import numpy as np
import shapely

from . import bounded_nearest, threads


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


def nearest(
    sites: np.ndarray, targets: np.ndarray, max_distance: Optional[float] = None
) -> Tuple[np.ndarray, np.ndarray]:
    """Distance from each site to its nearest target, and that target's position.

    Point and line targets go to :mod:`.bounded_nearest` (a k-d tree; of equally near
    targets the first in the layer); polygons, sites with very many targets in reach, and
    machines without scipy go to shapely's STRtree (of equally near targets, GEOS picks
    one).  The distances are GEOS's either way.

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
    kind = shapely.get_type_id(geoms)
    lines = np.all(np.isin(kind, (1, 5)))  # LineString, MultiLineString
    if lines:
        geoms, line = _segments(geoms)
        owner = valid_targets[line]
    kdtree = bounded_nearest.kdtree_class()
    # The k-d tree needs finite coordinates (a broken vertex leaves the segment to GEOS).
    if kdtree is not None and (lines or np.all(kind == 0)) and np.isfinite(shapely.get_coordinates(geoms)).all():
        anchors = bounded_nearest.Anchors.of_segments(geoms) if lines else bounded_nearest.Anchors.of_points(geoms)
        distance, found, crowded = bounded_nearest.nearest_by_anchors(sites, geoms, anchors, max_distance, kdtree,
                                                                      threads.workers_for(n))
        if crowded.size:
            distance[crowded], found[crowded] = _nearest_by_strtree(sites[crowded], geoms, max_distance)
    else:
        distance, found = _nearest_by_strtree(sites, geoms, max_distance)
    position[found >= 0] = owner[found[found >= 0]]
    return distance, position


def _nearest_by_strtree(
    sites: np.ndarray, targets: np.ndarray, max_distance: Optional[float]
) -> Tuple[np.ndarray, np.ndarray]:
    """:func:`nearest` by shapely's STRtree; of targets at equal distance, GEOS picks one."""
    n = len(sites)
    distance = np.full(n, np.nan)
    position = np.full(n, -1, dtype="int64")
    tree = shapely.STRtree(targets)

    def query(chunk: slice):
        # One target per site: asking for all equally near ones would list every road
        # segment inside a large parcel (all at distance 0).
        (site_idx, target_idx), dist = tree.query_nearest(
            sites[chunk], max_distance=max_distance, return_distance=True, all_matches=False
        )
        return site_idx + chunk.start, target_idx, dist

    # shapely releases the GIL in query_nearest: chunks on threads use both cores.
    workers = threads.workers_for(n)
    for site_idx, target_idx, dist in threads.map_slices(query, n, workers, workers):
        distance[site_idx] = dist
        position[site_idx] = target_idx
    return distance, position


def pairs_within(sites: np.ndarray, targets: np.ndarray, radius: float) -> Tuple[np.ndarray, np.ndarray]:
    """(site, target) index pairs at most ``radius`` apart, sorted by site.

    The same pairs as an STRtree ``dwithin`` query, found more cheaply: the tree is asked
    only about bounding boxes, and two bounds decide nearly every pair in numpy.  Two
    geometries are never nearer than their bounding boxes, and never farther apart than
    a vertex of one from a vertex of the other; only the pairs in between (for points
    and small parcels: about a parcel's width from the edge of the radius) are measured
    by GEOS.  Missing and empty geometries have no pairs.

    Parameters
    ----------
    sites, targets : array of shapely geometries (same projected CRS)
    radius : float

    Returns
    -------
    site_idx, target_idx : ndarray of int
    """
    n = len(sites)
    site_box, target_box = shapely.bounds(sites), shapely.bounds(targets)
    site_ok = np.isfinite(site_box).all(axis=1)
    target_idx = np.flatnonzero(np.isfinite(target_box).all(axis=1))
    if not site_ok.any() or len(target_idx) == 0:
        return np.zeros(0, "int64"), np.zeros(0, "int64")
    target_box = target_box[target_idx]
    tree = shapely.STRtree(shapely.box(*target_box.T))
    site_vertex = bounded_nearest.first_vertices(sites)
    target_vertex = bounded_nearest.first_vertices(targets[target_idx])

    def query(chunk: slice):
        rows = chunk.start + np.flatnonzero(site_ok[chunk])
        box = site_box[rows]
        k, t = tree.query(shapely.box(box[:, 0] - radius, box[:, 1] - radius, box[:, 2] + radius,
                                      box[:, 3] + radius))
        s = rows[k]
        gap_x = np.maximum(np.maximum(site_box[s, 0] - target_box[t, 2], target_box[t, 0] - site_box[s, 2]), 0.0)
        gap_y = np.maximum(np.maximum(site_box[s, 1] - target_box[t, 3], target_box[t, 1] - site_box[s, 3]), 0.0)
        near = np.hypot(gap_x, gap_y) <= radius
        s, t = s[near], t[near]
        keep = np.hypot(site_vertex[s, 0] - target_vertex[t, 0], site_vertex[s, 1] - target_vertex[t, 1]) <= radius
        unsure = np.flatnonzero(~keep)
        keep[unsure] = shapely.dwithin(sites[s[unsure]], targets[target_idx[t[unsure]]], radius)
        return s[keep], target_idx[t[keep]]

    # Chunks of sites bound the memory of the candidate pairs; threads share them out
    # (GEOS releases the GIL).
    workers = threads.workers_for(n)
    results = threads.map_chunks(query, n, workers)
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


def union_area_per_site(site_i: np.ndarray, pieces: np.ndarray, n_sites: int) -> np.ndarray:
    """Area of the union of the ``pieces`` that belong to each site (``site_i[k]`` owns
    ``pieces[k]``); 0 for a site with none.

    Pieces of one site may overlap (the bands of two roads, two zones): their union is measured,
    never the sum.  Sites with one piece take its area; the others are unioned in one call, the
    pieces laid out as rows of a table (``shapely.union_all`` along an axis runs in GEOS).
    """
    area = np.zeros(n_sites)
    site_i = np.asarray(site_i, dtype=np.int64)
    if site_i.size == 0:
        return area
    counts = np.bincount(site_i, minlength=n_sites)
    single = counts[site_i] == 1
    area[site_i[single]] = shapely.area(pieces[single])
    rest = np.flatnonzero(~single)
    if rest.size:
        order = rest[np.argsort(site_i[rest], kind="stable")]
        sites, first, inverse = np.unique(site_i[order], return_index=True, return_inverse=True)
        column = np.arange(order.size) - first[inverse]
        table = np.full((sites.size, int(column.max()) + 1), None, dtype=object)
        table[inverse, column] = pieces[order]
        area[sites] = shapely.area(shapely.union_all(table, axis=1))
    return area

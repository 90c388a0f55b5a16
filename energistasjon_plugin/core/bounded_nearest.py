# SPDX-License-Identifier: GPL-2.0-or-later
"""Nearest point or line for many sites: a k-d tree proposes, GEOS measures.

GEOS answers a nearest query in about 5 us, whatever the geometries; a k-d tree over
points answers in a fraction of that.  Targets are therefore described by *anchors*:
points with a reach, so that every point of a target lies within the reach of one of its
anchors (a point is its own anchor with reach 0; a road segment is cut into pieces of at
most :data:`PIECE_M` and each piece is anchored at its middle).  For a site with centre c
and reach R (half its bounding box's diagonal), the distance to a target is

* never less than ``|c - anchor| - R - reach``, and
* never more than the distance from any vertex of the site to any point on the target.

So: (1) the nearest target point to one vertex of the site gives an upper bound U; (2) a
k-d tree over the anchors lists every anchor whose lower bound is at most U, which always
includes the nearest target; (3) GEOS measures the exact distance to those few targets.
The answer is exactly GEOS's distance; of targets at equal distance the first in the
layer is taken.

Needs scipy (``scipy.spatial.cKDTree``); :func:`kdtree_class` says whether it is there,
and :mod:`.spatial` falls back to shapely's STRtree when it is not.
"""
from typing import Any, Optional, Tuple

import numpy as np
import shapely

from . import threads

#: Road segments are cut into pieces of at most this length (metres), so an anchor's
#: reach, and the number of candidates it brings, stays small.
PIECE_M = 100.0
#: Slack on the bounds (metres) for rounding in the last digits of UTM coordinates.
TOLERANCE_M = 1e-6
#: Nearest anchors asked for first; sites with more anchors in reach get all of them listed.
_FIRST_K = 8
#: Sites with more anchors than this in reach are left to the caller (memory and time of
#: the candidate lists grow with a site's size times the density of the targets).
MAX_CANDIDATES = 64


def kdtree_class() -> Optional[Any]:
    """scipy's ``cKDTree``, or None when scipy is not installed."""
    try:
        from scipy.spatial import cKDTree
    except ImportError:
        return None
    return cKDTree


def first_vertices(geoms: np.ndarray) -> np.ndarray:
    """(n, 2) coordinates of each geometry's first vertex (NaN for missing or empty ones)."""
    out = np.full((len(geoms), 2), np.nan)
    coords, owner = shapely.get_coordinates(geoms, return_index=True)
    if len(owner):
        starts = np.flatnonzero(np.r_[True, owner[1:] != owner[:-1]])
        out[owner[starts]] = coords[starts]
    return out


class Anchors:
    """Points standing for targets: every point of target ``target[i]`` lies within
    ``reach[i]`` of some anchor ``xy[i]`` of it; ``on_target`` are points on the targets."""

    def __init__(self, xy: np.ndarray, reach: np.ndarray, target: np.ndarray, on_target: np.ndarray) -> None:
        self.xy, self.reach, self.target, self.on_target = xy, reach, target, on_target

    @classmethod
    def of_points(cls, points: np.ndarray) -> "Anchors":
        xy = shapely.get_coordinates(points)
        return cls(xy, np.zeros(len(xy)), np.arange(len(xy)), xy)

    @classmethod
    def of_segments(cls, segments: np.ndarray) -> "Anchors":
        """Anchors for 2-point line segments: pieces of at most :data:`PIECE_M`."""
        ends = shapely.get_coordinates(segments).reshape(-1, 2, 2)
        start, end = ends[:, 0], ends[:, 1]
        length = np.hypot(*(end - start).T)
        pieces = np.maximum(1, np.ceil(length / PIECE_M)).astype("int64")
        segment = np.repeat(np.arange(len(segments)), pieces)
        step = np.arange(len(segment)) - np.repeat(np.cumsum(pieces) - pieces, pieces)
        fraction = (step + 0.5) / pieces[segment]
        xy = start[segment] + (end - start)[segment] * fraction[:, None]
        reach = 0.5 * length[segment] / pieces[segment]
        return cls(xy, reach, segment, xy)  # a piece's middle lies on the segment


def nearest_by_anchors(
    sites: np.ndarray,
    targets: np.ndarray,
    anchors: Anchors,
    max_distance: Optional[float],
    kdtree: Any,
    workers: int = 1,
) -> Tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Distance from each site to its nearest target, and that target's position; sites
    with more than :data:`MAX_CANDIDATES` anchors in reach are not answered but returned.

    Parameters
    ----------
    sites : array of shapely geometries (missing or empty ones get NaN and -1)
    targets : array of shapely geometries, none missing or empty
    anchors : Anchors
        Anchors of ``targets``.
    max_distance : float, optional
        Sites with no target within it get NaN and -1.
    kdtree : the ``cKDTree`` class
    workers : int
        Threads (scipy's k-d tree and GEOS release the GIL).

    Returns
    -------
    distance : ndarray of float
    position : ndarray of int
    crowded : ndarray of int
        Sites left unanswered (NaN and -1 above), for another method to measure.
    """
    n = len(sites)
    distance = np.full(n, np.nan)
    position = np.full(n, -1, dtype="int64")
    box = shapely.bounds(sites)
    rows = np.flatnonzero(np.isfinite(box).all(axis=1))
    if len(rows) == 0 or len(anchors.xy) == 0:
        return distance, position, np.zeros(0, dtype=np.int64)
    box = box[rows]
    centre = 0.5 * (box[:, :2] + box[:, 2:])
    reach = 0.5 * np.hypot(box[:, 2] - box[:, 0], box[:, 3] - box[:, 1])
    vertex = first_vertices(sites[rows])
    on_target_tree = kdtree(anchors.on_target)
    anchor_tree = kdtree(anchors.xy)
    most_reach = float(anchors.reach.max())
    n_anchors = len(anchors.xy)

    def solve(chunk: slice) -> Tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
        upper = on_target_tree.query(vertex[chunk])[0]
        if max_distance is not None:
            upper = np.minimum(upper, float(max_distance))
        c, r = centre[chunk], reach[chunk]
        upper = upper + TOLERANCE_M
        # Every anchor that may stand for the nearest point: within upper + r + its reach of
        # the centre, then the lower bound per anchor.
        radius = upper + r + most_reach
        site_parts, gap_parts, anchor_parts = [], [], []
        pending = np.arange(len(c))
        crowded = np.zeros(0, dtype=np.int64)
        # The few nearest anchors answer most sites; the others are asked again for up to
        # MAX_CANDIDATES + 1.  A site with even more in reach (a large parcel among dense
        # targets, an outfield parcel among streets) is left to the caller.
        for k in (_FIRST_K, MAX_CANDIDATES + 1):
            k = min(k, n_anchors)
            gap, anchor = anchor_tree.query(c[pending], k=k)
            gap, anchor = gap.reshape(len(pending), k), anchor.reshape(len(pending), k)
            near = gap <= radius[pending, None]
            more = near[:, -1] & (k < n_anchors)  # the k-th is in reach: there may be more
            near[more] = False
            row, column = np.nonzero(near)
            site_parts.append(pending[row])
            gap_parts.append(gap[row, column])
            anchor_parts.append(anchor[row, column])
            pending = pending[more]
            if pending.size == 0:
                break
        else:
            crowded = pending
        site_k, gap, anchor_k = np.concatenate(site_parts), np.concatenate(gap_parts), np.concatenate(anchor_parts)
        keep = gap - r[site_k] - anchors.reach[anchor_k] <= upper[site_k]
        site_k, anchor_k = site_k[keep], anchor_k[keep]
        target_k = anchors.target[anchor_k]
        # Several pieces of one road segment: measure the segment once.
        key = np.unique(site_k * len(targets) + target_k)
        site_k, target_k = key // len(targets), key % len(targets)
        gap = shapely.distance(sites[rows[chunk][site_k]], targets[target_k])
        if max_distance is not None:
            within = gap <= float(max_distance)
            site_k, target_k, gap = site_k[within], target_k[within], gap[within]
        order = np.lexsort((target_k, gap, site_k))
        first = order[np.r_[True, site_k[order][1:] != site_k[order][:-1]]] if len(order) else order
        return rows[chunk][site_k[first]], target_k[first], gap[first], rows[chunk][crowded]

    results = threads.map_chunks(solve, len(rows), workers)
    for site_i, target_i, gap, _ in results:
        distance[site_i] = gap
        position[site_i] = target_i
    crowded = np.concatenate([result[3] for result in results]).astype(np.int64)
    return distance, position, crowded

# SPDX-License-Identifier: GPL-2.0-or-later
"""Vectorised spatial queries shared by the criteria (shapely 2 STRtree, numpy)."""
from typing import Optional, Tuple

import numpy as np
import shapely


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
    tree = shapely.STRtree(targets[valid_targets])
    (site_idx, target_idx), dist = tree.query_nearest(
        sites, max_distance=max_distance, return_distance=True, all_matches=False
    )
    distance[site_idx] = dist
    position[site_idx] = valid_targets[target_idx]
    return distance, position


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


def within_reach(sites: np.ndarray, targets: np.ndarray, margin: float) -> np.ndarray:
    """Whether each site lies within ``margin`` of the area the target layer covers.

    The covered area is the convex hull of the targets: a site far outside it (another grid
    company's area, outside the traffic data) is *unknown*, not zero.
    """
    if len(targets) == 0:
        return np.zeros(len(sites), dtype=bool)
    coords = shapely.get_coordinates(targets)
    if len(coords) == 0:
        return np.zeros(len(sites), dtype=bool)
    hull = shapely.convex_hull(shapely.multipoints(coords))
    return shapely.dwithin(sites, hull, margin)

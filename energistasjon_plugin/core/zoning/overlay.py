# SPDX-License-Identifier: GPL-2.0-or-later
"""The zoning overlay: which zoning (arealformål) covers how much of each site.

An STRtree query gives the intersecting (site, polygon) pairs; pairs where one polygon
covers the other need no overlay; convex parcels are clipped against the zoning polygons
in numpy (:mod:`.convex_clip`: exact, and ~10x faster than GEOS on small polygons); the
rest go through ``shapely.intersection`` on the pair arrays.  The work runs in chunks on a
few threads, so memory stays bounded and a cancel request is honoured between chunks;
:mod:`.dominant_zoning` then reduces the pairs per site.

Inputs are never changed: invalid geometries are repaired on copies, and the number
repaired is reported in the result's ``attrs``.
"""
from typing import NamedTuple, Optional, Tuple

import geopandas as gpd
import numpy as np
import pandas as pd
import shapely

from .. import threads
from ..errors import InputError
from ..i18n import tr
from ..progress import Progress
from .convex_clip import CLIP_MAX_SUBJECT_VERTICES, Rings, convex_clip_areas, convex_rings, ring_table
from .dominant_zoning import summarise
from .geometry import NOISE_SHARE, check_crs, geometry_array, repaired


def zoning_at_sites(
    sites: gpd.GeoSeries,
    zoning: gpd.GeoDataFrame,
    min_share: float = 0.0,
    progress: Optional[Progress] = None,
) -> pd.DataFrame:
    """The dominant zoning of each site, and what else overlaps it.

    Parameters
    ----------
    sites : geopandas.GeoSeries
        Site polygons (parcels).  Point sites are accepted: a point counts as 100 % in
        each polygon that contains it.  Not modified.
    zoning : geopandas.GeoDataFrame
        Output of :func:`.plan_layers.normalise_zoning` (columns ``code``, ``status``, ``plan_id``),
        in the same CRS as ``sites``.  Not modified.
    min_share : float, default 0.0
        Codes covering less than this share (0-1) of a site are ignored, like slivers
        along a parcel border.
    progress : Progress, optional
        Progress and cancel.

    Returns
    -------
    pandas.DataFrame
        Index ``sites.index``; columns

        - ``code``: the dominant code, the one covering the largest share of the site
          (polygons with the same code add up); NaN when nothing overlaps (unknown, not
          a class) or when the overlapping polygon has no code.
        - ``status``, ``plan_id``, ``plan_date``: from the largest polygon of the dominant code.
        - ``share``: share of the site with the dominant code (0-1; 0 when nothing
          overlaps).
        - ``n_codes``: number of distinct known codes overlapping the site.
        - ``other_codes``: when more than one code overlaps, all of them with their
          shares, largest first, e.g. ``"1340 (62 %), 2010 (38 %)"``; else ``""``.
        - ``covered``: share of the site the layer covers at all (0-1).
        - ``plan_share``: share of the site covered by the plan (``plan_id``) of the dominant
          code; equal to ``covered`` where the layer has no plan ids.
        - ``n_plans``: number of distinct plan ids overlapping the site.

        ``attrs["zoning_repaired"]`` and ``attrs["sites_repaired"]`` count invalid
        geometries repaired (on copies) before the overlay.

    Raises
    ------
    InputError
        If ``zoning`` has no ``code`` column or the CRSs differ.
    """
    progress = progress or Progress()
    layer_name = zoning.attrs.get("layer_name") or tr("zoning")
    if "code" not in zoning.columns:
        raise InputError(
            tr("Layer '{layer}' has no 'code' column; read it with normalise_zoning() first.").format(
                layer=layer_name
            ),
            layer=layer_name,
        )
    check_crs(sites, zoning, layer_name, metres=False)
    min_share = float(min_share)
    zone_codes = zoning["code"].to_numpy(dtype=float)
    zone_status = np.full(len(zoning), np.nan)
    if "status" in zoning.columns:
        zone_status = zoning["status"].to_numpy(dtype=float)
    zone_plan = np.full(len(zoning), None, dtype=object)
    if "plan_id" in zoning.columns:
        zone_plan = zoning["plan_id"].to_numpy(dtype=object)
    zone_date = np.full(len(zoning), None, dtype=object)
    if "plan_date" in zoning.columns:
        zone_date = zoning["plan_date"].to_numpy(dtype=object)

    with threads.pool() as pool:
        zones_future = pool.submit(_prepared_layer, geometry_array(zoning))
        site_geoms, sites_repaired, site_layer = _prepared_layer(geometry_array(sites))
        tree = shapely.STRtree(site_geoms)
        zone_geoms, zones_repaired, zone_layer = zones_future.result()
        n_sites = len(site_geoms)

        def cheap(start: int, stop: int) -> Tuple[np.ndarray, np.ndarray, np.ndarray]:
            # Each zoning polygon asks which sites it meets: GEOS prepares the polygon once for
            # all its parcels (bounding boxes alone would let through every parcel in the holes
            # of a large polygon, and the tests below are slow on such polygons unprepared).
            # shapely runs the query and the tests without the GIL, so chunks share the CPUs.
            zone_i, site_i = tree.query(zone_geoms[start:stop], predicate="intersects")
            return _easy_shares(site_layer, zone_layer, site_i, zone_i + start)

        parts = threads.run_chunks(pool, cheap, len(zone_geoms), progress, 0.0, 50.0)
        site_i = np.concatenate([part[0] for part in parts]) if parts else np.empty(0, dtype=np.intp)
        zone_i = np.concatenate([part[1] for part in parts]) if parts else np.empty(0, dtype=np.intp)
        share = np.concatenate([part[2] for part in parts]) if parts else np.empty(0)

        # The pairs left need an overlay: only their polygons are read into ring tables (a
        # regional zoning layer holds far more polygons than a municipality's sites meet).
        rest = np.flatnonzero(np.isnan(share))
        sites_future = pool.submit(_clippable, site_geoms, np.unique(site_i[rest]))
        zone_clip = _clippable(zone_geoms, np.unique(zone_i[rest]))
        site_clip = sites_future.result()

        def overlay(start: int, stop: int) -> np.ndarray:
            pairs = rest[start:stop]
            return _overlay_areas(site_layer, site_clip, zone_layer, zone_clip, site_i[pairs], zone_i[pairs])

        areas = threads.run_chunks(pool, overlay, rest.size, progress, 50.0, 90.0)
        if areas:
            share[rest] = np.concatenate(areas) / site_layer.area[site_i[rest]]

    keep = share > NOISE_SHARE
    site_i, zone_i, share = site_i[keep], zone_i[keep], share[keep]
    result = summarise(n_sites, site_i, zone_i, share, zone_codes, zone_status, zone_plan, min_share, zone_date)
    result.index = sites.index.copy()
    result.attrs.update(zoning_repaired=zones_repaired, sites_repaired=sites_repaired, min_share=min_share)
    progress.set_progress(100.0)
    return result


class _Polygons(NamedTuple):
    """A layer's geometries with what the cheap overlay tests need, computed once per layer."""

    geoms: np.ndarray
    area: np.ndarray
    bounds: np.ndarray  # (n, 4): xmin, ymin, xmax, ymax
    vertices: np.ndarray


def _polygons(geoms: np.ndarray) -> _Polygons:
    return _Polygons(
        geoms=geoms,
        area=np.nan_to_num(shapely.area(geoms)),
        bounds=shapely.bounds(geoms),
        vertices=shapely.get_num_coordinates(geoms),
    )


def _prepared_layer(geoms: np.ndarray) -> Tuple[np.ndarray, int, _Polygons]:
    """Repaired geometries, how many were repaired, and the overlay's arrays for them."""
    fixed, count = repaired(geoms)
    return fixed, count, _polygons(fixed)


class _Clippable(NamedTuple):
    """Ring tables of some of a layer's polygons (``index``, sorted), for the numpy clipper."""

    index: np.ndarray
    rings: Rings
    convex: np.ndarray  # convex polygon without holes, at most CLIP_MAX_EDGES edges

    def rows(self, layer_i: np.ndarray) -> np.ndarray:
        """Rows of the ring tables for layer positions ``layer_i`` (all in ``index``)."""
        return np.searchsorted(self.index, layer_i)


def _clippable(geoms: np.ndarray, index: np.ndarray) -> _Clippable:
    rings = ring_table(geoms[index])
    return _Clippable(index, rings, convex_rings(rings))



def _easy_shares(
    site_layer: _Polygons, zone_layer: _Polygons, site_i: np.ndarray, zone_i: np.ndarray
) -> Tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Share of each site covered by each intersecting polygon, for (site, polygon) pairs,
    where cheap tests decide it; NaN for the pairs that need an overlay.

    Returns the pairs whose share is above noise or NaN, as (site_i, zone_i, share).
    """
    area = site_layer.area[site_i]
    share = np.ones(site_i.size)  # a point site lies 100 % in each polygon holding it
    # Polygons whose bounding boxes meet only along a line (neighbours sharing a straight
    # north-south or east-west border) cannot overlap: no need to look closer.
    lo = np.maximum(site_layer.bounds[site_i, :2], zone_layer.bounds[zone_i, :2])
    hi = np.minimum(site_layer.bounds[site_i, 2:], zone_layer.bounds[zone_i, 2:])
    boxes_overlap = np.all(hi > lo, axis=1)
    share[(area > 0) & ~boxes_overlap] = 0.0
    areal = np.flatnonzero((area > 0) & boxes_overlap)
    if areal.size:
        s_i, z_i = site_i[areal], zone_i[areal]
        sites, zones = site_layer.geoms[s_i], zone_layer.geoms[z_i]
        overlap = np.full(areal.size, np.nan)
        # Most parcels lie wholly inside one zoning polygon, and small polygons wholly
        # inside a parcel; both are cheap tests, the overlay is not.
        inside = shapely.covers(zones, sites)
        overlap[inside] = area[areal][inside]
        holds = ~inside & shapely.covers(sites, zones)
        overlap[holds] = zone_layer.area[z_i[holds]]
        share[areal] = overlap / area[areal]
    keep = np.isnan(share) | (share > NOISE_SHARE)
    return site_i[keep], zone_i[keep], share[keep]


def _overlay_areas(
    site_layer: _Polygons, site_clip: _Clippable, zone_layer: _Polygons, zone_clip: _Clippable,
    site_i: np.ndarray, zone_i: np.ndarray,
) -> np.ndarray:
    """Area of the overlap of site ``site_i[k]`` and polygon ``zone_i[k]``, for each k."""
    s_r, z_r = site_clip.rows(site_i), zone_clip.rows(zone_i)
    overlap = np.empty(site_i.size)
    # Convex parcels (most of them) are clipped in numpy, and so are other parcels
    # against a convex polygon (a parking lot, a road strip); GEOS overlays the rest.
    fast = site_clip.convex[s_r] & (zone_layer.vertices[zone_i] <= CLIP_MAX_SUBJECT_VERTICES)
    fast &= zone_clip.rings.geom_ring_count[z_r] > 0
    swapped = ~fast & zone_clip.convex[z_r] & (site_layer.vertices[site_i] <= CLIP_MAX_SUBJECT_VERTICES)
    swapped &= site_clip.rings.geom_ring_count[s_r] > 0
    slow = ~fast & ~swapped
    overlap[fast] = convex_clip_areas(site_clip.rings, s_r[fast], zone_clip.rings, z_r[fast])
    overlap[swapped] = convex_clip_areas(zone_clip.rings, z_r[swapped], site_clip.rings, s_r[swapped])
    overlap[slow] = shapely.area(shapely.intersection(site_layer.geoms[site_i[slow]], zone_layer.geoms[zone_i[slow]]))
    return overlap

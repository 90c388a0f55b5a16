# SPDX-License-Identifier: GPL-2.0-or-later
"""Geometry helpers shared by the zoning overlay and the hazard-zone search: plain 2-D geometry
arrays, repair of invalid polygons on copies, the CRS check, and text joined per site."""
from typing import Tuple

import geopandas as gpd
import numpy as np
import shapely

from ..errors import InputError
from ..i18n import tr

# Overlaps below this share of the site are floating-point noise along shared borders.
NOISE_SHARE = 1e-9


def geometry_array(geoms: object) -> np.ndarray:
    """An object array of 2-D shapely geometries from a GeoSeries/GeoDataFrame/array (plans and
    parcels often carry Z; the overlay works in the plane)."""
    if isinstance(geoms, gpd.GeoDataFrame):
        geoms = geoms.geometry
    geoms = np.asarray(geoms, dtype=object)
    with_z = shapely.has_z(geoms)
    if not with_z.any():  # the usual case: no new geometries needed
        return geoms
    flat = geoms.copy()
    flat[with_z] = shapely.force_2d(geoms[with_z])
    return flat


def repaired(geoms: np.ndarray) -> Tuple[np.ndarray, int]:
    """A copy of ``geoms`` with invalid ones made valid; returns (geoms, number repaired).

    ``make_valid`` may return a collection with stray lines or points (e.g. for a spike);
    only the polygonal parts are kept so overlay operations get areal inputs.
    """
    present = ~shapely.is_missing(geoms)
    invalid = np.flatnonzero(present & ~shapely.is_valid(geoms))
    if invalid.size == 0:
        return geoms, 0
    result = geoms.copy()
    fixed = shapely.make_valid(geoms[invalid])
    mixed = shapely.get_type_id(fixed) == 7  # GeometryCollection
    if mixed.any():
        fixed[mixed] = _polygonal_parts(fixed[mixed])
    result[invalid] = fixed
    return result, int(invalid.size)


def _polygonal_parts(collections: np.ndarray) -> np.ndarray:
    """Each collection reduced to its polygons, as a MultiPolygon (empty if none)."""
    parts, owner = shapely.get_parts(collections, return_index=True)
    # Collections may hold MultiPolygons: flatten one more level.
    parts, inner = shapely.get_parts(parts, return_index=True)
    owner = owner[inner]
    keep = shapely.get_type_id(parts) == 3
    parts, owner = parts[keep], owner[keep]
    result = np.empty(len(collections), dtype=object)
    result[:] = shapely.MultiPolygon()
    if parts.size:
        groups, compact = np.unique(owner, return_inverse=True)
        result[groups] = shapely.multipolygons(parts, indices=compact)
    return result


def check_crs(sites: gpd.GeoSeries, other: gpd.GeoDataFrame, layer_name: str, metres: bool) -> None:
    """Both layers must share a CRS; distances need a projected one."""
    site_crs = getattr(sites, "crs", None)
    other_crs = getattr(other, "crs", None)
    if site_crs is not None and other_crs is not None and site_crs != other_crs:
        raise InputError(
            tr(
                "Layer '{layer}' is in {crs}, the sites in {site_crs}; reproject one so both share a CRS."
            ).format(
                layer=layer_name, crs=other_crs.to_string(), site_crs=site_crs.to_string()
            ),
            layer=layer_name,
        )
    crs = other_crs or site_crs
    if metres and crs is not None and crs.is_geographic:
        raise InputError(
            tr(
                "Layer '{layer}' is in a geographic CRS ({crs}) measured in degrees; reproject it and the "
                "sites to a projected CRS in metres, e.g. EPSG:25833."
            ).format(layer=layer_name, crs=crs.to_string()),
            layer=layer_name,
        )


def join_per_site(site: np.ndarray, text: np.ndarray, n_sites: int) -> np.ndarray:
    """``", "``-joined text per site, keeping the order of rows within a site; "" where none."""
    result = np.full(n_sites, "", dtype=object)
    if site.size == 0:
        return result
    order = np.argsort(site, kind="stable")
    site, text = site[order], np.asarray(text, dtype=object)[order]
    last = np.ones(site.size, dtype=bool)
    last[:-1] = site[1:] != site[:-1]
    starts = np.flatnonzero(np.concatenate(([True], last[:-1])))
    # Object-array add concatenates strings; reduceat joins each site's run in C.
    pieces = text + np.where(last, "", ", ").astype(object)
    result[site[starts]] = np.add.reduceat(pieces, starts)
    return result

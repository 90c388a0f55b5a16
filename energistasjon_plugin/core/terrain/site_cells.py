# SPDX-License-Identifier: GPL-2.0-or-later
"""Rasterises the sites: which DEM cells belong to each site, as runs of cells per row.

Sites are reprojected to the DEM's CRS; the DEM is never resampled.  A DEM cell belongs to a
site when the cell's centre lies inside the site (the cell-centre rule of GDAL's rasterize
without ALL_TOUCHED; for a north-up DEM a centre exactly on a site's west or north edge
counts, on its east or south edge it does not, so adjacent parcels never share a cell).
The cells of each site are found by a vectorised scanline rasteriser (numpy): every ring
edge is cut by the horizontal lines through the cell centres, the crossings are sorted per
site and row and paired into runs of cells (even-odd rule, so holes and multi-polygons
work).  Runs are kept per site, so **overlapping sites are exact**: a cell under two sites
counts for both.  (``rasterio.features.rasterize`` burns one id per cell, so overlaps would
need separate passes, and it took ~14 s for 200 000 parcels on a 5000 x 5000 grid here,
most of it converting geometries; the whole of :func:`.flat_area.terrain_by_site` takes ~5 s.)
A site with no cell centre inside it (smaller or narrower than a cell, or a point/line) is
given the one cell under its representative point, so small sites are not unknown for being
small.
"""
from contextlib import closing
from typing import Tuple

import numpy as np
import shapely

from .. import threads
from ..i18n import tr
from ..progress import Progress

_POLYGON = 3  # shapely type id


def sites_in_dem_crs(geometries, src, progress: Progress, layer_name: str) -> Tuple[np.ndarray, np.ndarray]:
    """The sites' geometries in the DEM's CRS, and their areas in the sites' own CRS."""
    import pyproj

    sites_crs = geometries.crs
    values = np.asarray(geometries.values, dtype=object)
    if src.crs is None or sites_crs is None:
        progress.info(
            tr(
                "The elevation model '{layer}' or the sites have no coordinate system; "
                "both are taken to be in the same coordinate system."
            ).format(layer=layer_name)
        )
        in_dem = values
    else:
        dem_crs = pyproj.CRS.from_wkt(src.crs.to_wkt())
        if sites_crs.equals(dem_crs, ignore_axis_order=True):
            in_dem = values  # geopandas keeps x = easting whatever the axis order
        else:
            in_dem = np.asarray(geometries.to_crs(dem_crs).values, dtype=object)
    own_area_ok = sites_crs is None or not sites_crs.is_geographic
    area = shapely.area(values if own_area_ok else in_dem)
    return in_dem, np.nan_to_num(area.astype("float64"), nan=0.0)


def _to_pixels(inverse, x: np.ndarray, y: np.ndarray) -> Tuple[np.ndarray, np.ndarray]:
    """Map coordinates to fractional pixel coordinates (column, row); cell centres at +0.5."""
    return inverse.a * x + inverse.b * y + inverse.c, inverse.d * x + inverse.e * y + inverse.f


def _scanline_runs(
    geoms: np.ndarray, inverse, height: int, width: int
) -> Tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """Runs of cells whose centres lie inside each site, on the DEM's (unbounded) grid.

    Returns
    -------
    site, row, col0, col1 : ndarray of int64
        Run ``k`` is row ``row[k]``, columns ``col0[k]`` (inclusive) to ``col1[k]``
        (exclusive), of site ``site[k]``.  Rows and columns may lie outside the raster.
    cells : ndarray of float
        Cells per site, including those outside the raster.
    """
    n = len(geoms)
    empty = np.zeros(0, dtype="int64")
    parts, part_site = shapely.get_parts(geoms, return_index=True)
    is_polygon = shapely.get_type_id(parts) == _POLYGON
    parts, part_site = parts[is_polygon], part_site[is_polygon]
    rings, ring_part = shapely.get_rings(parts, return_index=True)
    coords, coord_ring = shapely.get_coordinates(rings, return_index=True)
    if len(coords) == 0:
        return empty, empty, empty, empty, np.zeros(n)
    px, py = _to_pixels(inverse, coords[:, 0], coords[:, 1])
    coord_site = part_site[ring_part[coord_ring]]

    # sites whose box misses the raster cannot have a cell in it: drop them early
    starts = np.flatnonzero(np.r_[True, coord_site[1:] != coord_site[:-1]])
    group_site = coord_site[starts]
    outside = (
        (np.maximum.reduceat(px, starts) <= 0)
        | (np.minimum.reduceat(px, starts) >= width)
        | (np.maximum.reduceat(py, starts) <= 0)
        | (np.minimum.reduceat(py, starts) >= height)
    )
    drop = np.zeros(n, dtype=bool)
    drop[group_site[outside]] = True

    # ring edges: consecutive vertices of the same (closed) ring
    same_ring = (coord_ring[1:] == coord_ring[:-1]) & ~drop[coord_site[:-1]]
    x0, y0 = px[:-1][same_ring], py[:-1][same_ring]
    x1, y1 = px[1:][same_ring], py[1:][same_ring]
    edge_site = coord_site[:-1][same_ring]
    # half-open rule: an edge cuts the centre line of row r when min(y) <= r + 0.5 < max(y),
    # so every ring is cut an even number of times on every row
    first_row = np.ceil(np.minimum(y0, y1) - 0.5).astype("int64")
    end_row = np.ceil(np.maximum(y0, y1) - 0.5).astype("int64")
    n_rows = end_row - first_row
    cut = n_rows > 0
    edge = np.repeat(np.flatnonzero(cut), n_rows[cut])
    if len(edge) == 0:
        return empty, empty, empty, empty, np.zeros(n)
    counts = n_rows[cut]
    row = first_row[edge] + (np.arange(len(edge)) - np.repeat(np.cumsum(counts) - counts, counts))
    x = x0[edge] + (row + 0.5 - y0[edge]) * (x1[edge] - x0[edge]) / (y1[edge] - y0[edge])
    site = edge_site[edge]

    # sort crossings by (site, row, x) and pair them: (1st, 2nd), (3rd, 4th) ... of each row
    row_min = int(row.min())
    key = site * np.int64(int(row.max()) - row_min + 1) + (row - row_min)
    order = np.lexsort((x, key))
    x, site, row = x[order], site[order], row[order]
    col0 = np.ceil(x[0::2] - 0.5).astype("int64")
    col1 = np.ceil(x[1::2] - 0.5).astype("int64")
    site, row = site[0::2], row[0::2]
    keep = col1 > col0
    site, row, col0, col1 = site[keep], row[keep], col0[keep], col1[keep]
    cells = np.bincount(site, weights=col1 - col0, minlength=n).astype("float64")
    return site, row, col0, col1, cells


def _point_cells(geoms: np.ndarray, inverse) -> Tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Cell (row, column) under each geometry's representative point; ok is False for empty ones."""
    ok = ~(shapely.is_missing(geoms) | shapely.is_empty(geoms))
    x, y = np.full(len(geoms), np.nan), np.full(len(geoms), np.nan)
    points = shapely.point_on_surface(geoms[ok])
    x[ok], y[ok] = shapely.get_x(points), shapely.get_y(points)
    px, py = _to_pixels(inverse, x, y)
    ok = np.isfinite(px) & np.isfinite(py)
    row = np.floor(np.where(ok, py, 0)).astype("int64")
    col = np.floor(np.where(ok, px, 0)).astype("int64")
    return row, col, ok


def _clip_and_split(site, row, col0, col1, height: int, width: int, block: int):
    """Clip runs to the raster and cut them at block borders; returns (block id, site, row, col0,
    col1) as a list of compact int32 arrays."""
    inside = (row >= 0) & (row < height)
    site, row = site[inside], row[inside]
    col0 = np.clip(col0[inside], 0, width)
    col1 = np.clip(col1[inside], 0, width)
    keep = col1 > col0
    site, row, col0, col1 = site[keep], row[keep], col0[keep], col1[keep]
    first_bc = col0 // block
    pieces = (col1 - 1) // block - first_bc + 1
    if np.any(pieces > 1):  # a run crossing a block border becomes one piece per block
        k = np.arange(int(pieces.sum())) - np.repeat(np.cumsum(pieces) - pieces, pieces)
        site, row, col0, col1, first_bc = (np.repeat(a, pieces) for a in (site, row, col0, col1, first_bc))
        bc = first_bc + k
        col0 = np.maximum(col0, bc * block)
        col1 = np.minimum(col1, (bc + 1) * block)
    else:
        bc = first_bc
    n_block_cols = -(-width // block)
    block_id = (row // block) * n_block_cols + bc
    return [
        block_id.astype("int32"),
        site.astype("int32"),
        row.astype("int32"),
        col0.astype("int32"),
        col1.astype("int32"),
    ]


def site_runs(geoms: np.ndarray, inverse, height: int, width: int, block: int, progress: Progress):
    """Runs of site cells inside the raster, sorted by block, and the cells of each site.

    The scanline works on chunks of sites so its temporary arrays stay small.  A site without a
    cell centre inside gets the cell under its representative point (one cell).
    """
    n = len(geoms)
    cells = np.zeros(n)
    starts = range(0, n, threads.CHUNK)

    def chunk_runs(k: int):
        lo = starts[k]
        hi = min(lo + threads.CHUNK, n)
        site, row, col0, col1, chunk_cells = _scanline_runs(geoms[lo:hi], inverse, height, width)
        small = np.flatnonzero(chunk_cells == 0)
        if len(small):
            p_row, p_col, ok = _point_cells(geoms[lo:hi][small], inverse)
            small, p_row, p_col = small[ok], p_row[ok], p_col[ok]
            chunk_cells[small] = 1.0
            site = np.concatenate([site, small])
            row = np.concatenate([row, p_row])
            col0 = np.concatenate([col0, p_col])
            col1 = np.concatenate([col1, p_col + 1])
        cells[lo:hi] = chunk_cells
        return _clip_and_split(site + lo, row, col0, col1, height, width, block)

    # Chunks on threads (numpy and GEOS release the GIL), collected in order.
    pieces = []
    with threads.pool() as pool, \
            closing(threads.in_order(pool, chunk_runs, len(starts))) as results:
        for piece in results:
            progress.check()
            pieces.append(piece)
    if not pieces:
        empty = np.zeros(0, dtype="int32")
        return empty, empty, empty, empty, empty, cells
    block_id = np.concatenate([p[0] for p in pieces])
    order = np.argsort(block_id, kind="stable")
    runs = [block_id[order]]
    del block_id
    for j in range(1, 5):  # one field at a time, to keep the peak memory low
        runs.append(np.concatenate([p[j] for p in pieces])[order])
        for p in pieces:
            p[j] = None
    return runs[0], runs[1], runs[2], runs[3], runs[4], cells


def run_cells(row, col0, length, site, width: int) -> Tuple[np.ndarray, np.ndarray]:
    """Flat (row-major) cell indices of runs inside one block, and the site of each cell."""
    length = length.astype("int64")
    start = row.astype("int64") * width + col0
    run_start = np.cumsum(length) - length
    cell = np.repeat(start - run_start, length) + np.arange(int(length.sum()))
    return cell, np.repeat(site, length)

# SPDX-License-Identifier: GPL-2.0-or-later
"""Terrain criteria from a DEM: slope and flat area per site.

A biogas filling station needs at least 2 500 m² of flat ground (Rambøll), and every station
type has a minimum flat area; the flat area beyond the minimum is a scoring factor.  This module
turns a DEM raster (any format GDAL reads) into, per site, the share of the site that is flat,
the flat area, the mean slope and how much of the site the DEM covers.

Method
------
Slope
    Slope in percent by Horn's method, exactly as ``gdaldem slope -p``: with the 3 x 3 window
    ``a b c / d e f / g h i`` around a cell and the DEM's own cell size (in metres),
    ``dz/dx = ((c + 2f + i) - (a + 2d + g)) / (8 * xres)``,
    ``dz/dy = ((g + 2h + i) - (a + 2b + c)) / (8 * yres)``,
    ``slope = 100 * sqrt(dz/dx² + dz/dy²)``.  Elevations are taken to be in metres.  A cell
    whose 3 x 3 window touches nodata (or the edge of the DEM) has no slope, as in gdaldem
    without ``-compute_edges``.  Only band 1 is used.
Sites and cells
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
    most of it converting geometries; the whole of this function takes ~5 s.)
    A site with no cell centre inside it (smaller or narrower than a cell, or a point/line) is
    given the one cell under its representative point, so small sites are not unknown for being
    small.
CRS
    A DEM in geographic coordinates is refused (slope in percent needs metres); a projected CRS
    in feet has its cell size converted to metres.  A DEM or sites without a CRS are taken to be
    in the other's CRS (with a note through ``progress.info``).  Sites in a geographic CRS get
    their area measured in the DEM's CRS.
Blocks
    The DEM is read in windows of ``block_size`` x ``block_size`` cells plus a one-cell halo for
    the slope kernel; only blocks that hold some site cell are read.  In each block the site
    cells are gathered from the runs and summed with ``np.bincount`` (valid cells, flat cells,
    slope sums).  Python loops run over blocks only, never over sites.  Blocks are read and
    their slopes computed on threads, each with its own handle on the DEM; the sums are added
    in block order.
Results (one row per site, index of the input)
    ``dem_coverage`` = cells with a valid slope / all cells of the site (cells outside the DEM
    count as not valid), 0 for a site outside the DEM.  When the coverage is below
    ``min_coverage`` (or no cell is valid) the site is *unknown*: ``flat_share``,
    ``flat_area_m2`` and ``mean_slope_pct`` are NaN, never 0.  Otherwise ``flat_share`` = valid
    cells with slope <= the threshold / valid cells, ``flat_area_m2`` = the site's area in the
    sites' own CRS x ``flat_share`` (in the DEM's CRS when the sites' CRS is geographic), and
    ``mean_slope_pct`` = mean slope of the valid cells.  ``valid_cells`` is the number of cells
    the figures rest on.
Several thresholds
    ``max_slope_pct`` may be one value or one per site (station types differ).  To score several
    station types in one pass, give ``thresholds``: each threshold ``t`` adds the columns
    ``flat_share_<t>`` and ``flat_area_m2_<t>`` (names from :func:`flat_share_column` and
    :func:`flat_area_column`) at the cost of one comparison and one bincount per block, instead
    of reading the DEM again.
"""

import math
import threading
from concurrent.futures import ThreadPoolExecutor
from contextlib import closing
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Dict, List, Optional, Sequence, Tuple, Union

import numpy as np
import pandas as pd
import shapely

from . import threads
from .errors import InputError, MissingDependencyError
from .i18n import tr
from .progress import Progress

if TYPE_CHECKING:  # pragma: no cover - typing only
    import geopandas as gpd

#: Side of the square DEM windows read at a time, in cells (8 MB of float64 per window).
DEFAULT_BLOCK_SIZE = 1024

_POLYGON = 3  # shapely type id
#: Sites rasterised at a time by the scanline (bounds its temporary memory).
_SITE_CHUNK = 20000


@dataclass
class DemInfo:
    """What the engine needs to know about a DEM.

    Attributes
    ----------
    path : str
        The raster file.
    crs_wkt : str
        The DEM's CRS as WKT (``""`` when the file declares none).
    bounds : tuple of float
        ``(left, bottom, right, top)`` in the DEM's CRS.
    resolution : tuple of float
        Cell size ``(x, y)`` in the DEM's CRS units.
    nodata : float or None
        The nodata value of band 1.
    """

    path: str
    crs_wkt: str
    bounds: Tuple[float, float, float, float]
    resolution: Tuple[float, float]
    nodata: Optional[float]


def _rasterio():
    """Import rasterio, or tell the user how to get it (QGIS ships GDAL but not rasterio)."""
    try:
        import rasterio
        import rasterio.windows  # noqa: F401 - used through the package
    except ImportError as exc:  # pragma: no cover - depends on the installation
        raise MissingDependencyError(
            tr(
                "The Python package 'rasterio' is needed to read the elevation model (DEM). "
                "Install it in QGIS's Python (for example 'python -m pip install rasterio' in the "
                "OSGeo4W shell) and restart QGIS."
            )
        ) from exc
    return rasterio


def _open_dem(path: str, layer_name: str):
    rasterio = _rasterio()
    try:
        return rasterio.open(path)
    except Exception as exc:  # rasterio raises RasterioIOError, CPLE_* ... for unreadable files
        raise InputError(
            tr(
                "The elevation model '{layer}' could not be read from '{path}' ({error}). "
                "Give a raster file GDAL can open, for example a GeoTIFF."
            ).format(layer=layer_name, path=path, error=exc),
            layer=layer_name,
        ) from exc


def _check_projected(src, layer_name: str) -> None:
    if src.crs is not None and src.crs.is_geographic:
        raise InputError(
            tr(
                "The elevation model '{layer}' is in geographic coordinates (degrees); slope in "
                "percent needs a projected DEM in metres. Reproject it first, for example to "
                "ETRS89 / UTM 33N (EPSG:25833)."
            ).format(layer=layer_name),
            layer=layer_name,
        )


def read_dem_info(path: str, layer_name: str = "DEM") -> DemInfo:
    """Open a DEM and describe it.

    Parameters
    ----------
    path : str
        Raster file GDAL can read.
    layer_name : str
        The user's name of the layer, for messages.

    Returns
    -------
    DemInfo

    Raises
    ------
    InputError
        The file is missing or unreadable, or the DEM is in geographic coordinates.
    MissingDependencyError
        rasterio is not installed.
    """
    with _open_dem(path, layer_name) as src:
        _check_projected(src, layer_name)
        return DemInfo(
            path=str(path),
            crs_wkt=src.crs.to_wkt() if src.crs is not None else "",
            bounds=tuple(float(v) for v in src.bounds),
            resolution=tuple(float(v) for v in src.res),
            nodata=None if src.nodata is None else float(src.nodata),
        )


def _threshold_label(threshold: float) -> str:
    return f"{float(threshold):g}"


def flat_share_column(threshold: float) -> str:
    """Name of the extra flat-share column for ``threshold`` (``8`` -> ``flat_share_8``)."""
    return "flat_share_" + _threshold_label(threshold)


def flat_area_column(threshold: float) -> str:
    """Name of the extra flat-area column for ``threshold`` (``2.5`` -> ``flat_area_m2_2.5``)."""
    return "flat_area_m2_" + _threshold_label(threshold)


def _invalid_threshold(layer_name: str) -> InputError:
    return InputError(
        tr(
            "The maximum slope for flat ground (parameter 'flat_slope_pct') used with the "
            "elevation model '{layer}' must be a number of percent, 0 or more, for every site."
        ).format(layer=layer_name),
        layer=layer_name,
        field="flat_slope_pct",
    )


def _site_thresholds(max_slope_pct, index: pd.Index, layer_name: str) -> np.ndarray:
    """One threshold per site (a scalar is broadcast; a Series is aligned on the sites' index)."""
    if isinstance(max_slope_pct, pd.Series):
        max_slope_pct = max_slope_pct.reindex(index).to_numpy()
    try:
        values = np.asarray(max_slope_pct, dtype="float64")
    except (TypeError, ValueError) as exc:
        raise _invalid_threshold(layer_name) from exc
    if values.ndim == 0:
        values = np.full(len(index), float(values))
    if values.shape != (len(index),) or not np.all(np.isfinite(values)) or np.any(values < 0):
        raise _invalid_threshold(layer_name)
    return values


def _extra_thresholds(thresholds: Optional[Sequence[float]], layer_name: str) -> List[float]:
    if thresholds is None:
        return []
    try:
        values = [float(t) for t in thresholds]
    except (TypeError, ValueError) as exc:
        raise _invalid_threshold(layer_name) from exc
    if any(not math.isfinite(t) or t < 0 for t in values):
        raise _invalid_threshold(layer_name)
    # one column per distinct label: 8 and 8.0 are the same column
    return list({_threshold_label(t): t for t in values}.values())


def _sites_in_dem_crs(geometries, src, progress: Progress, layer_name: str) -> Tuple[np.ndarray, np.ndarray]:
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


def _site_runs(geoms: np.ndarray, inverse, height: int, width: int, block: int, progress: Progress):
    """Runs of site cells inside the raster, sorted by block, and the cells of each site.

    The scanline works on chunks of sites so its temporary arrays stay small.  A site without a
    cell centre inside gets the cell under its representative point (one cell).
    """
    n = len(geoms)
    cells = np.zeros(n)
    starts = range(0, n, _SITE_CHUNK)

    def chunk_runs(k: int):
        lo = starts[k]
        hi = min(lo + _SITE_CHUNK, n)
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
    workers = threads.usable_cpus(4)
    pieces = []
    with ThreadPoolExecutor(max_workers=workers) as pool, \
            closing(threads.in_order(pool, chunk_runs, len(starts), 2 * workers)) as results:
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


def _read_elevation(src, row0: int, col0: int, height: int, width: int, layer_name: str) -> np.ndarray:
    """Elevations of a window plus a one-cell halo, NaN for nodata, masked and outside cells."""
    rasterio = _rasterio()
    r_lo, r_hi = max(row0 - 1, 0), min(row0 + height + 1, src.height)
    c_lo, c_hi = max(col0 - 1, 0), min(col0 + width + 1, src.width)
    window = rasterio.windows.Window(c_lo, r_lo, c_hi - c_lo, r_hi - r_lo)
    try:
        # GDAL's mask, not a comparison here: it honours mask bands and alpha, and matches
        # nodata with a tolerance (a float32 DEM tagged -3.402823e+38 holds -FLT_MAX).
        data = src.read(1, window=window, masked=True)
    except Exception as exc:  # a corrupt tile, a vanished network file ...
        raise InputError(
            tr("The elevation model '{layer}' could not be read ({error}).").format(
                layer=layer_name, error=exc
            ),
            layer=layer_name,
        ) from exc
    values = np.asarray(data.data, dtype="float64")
    values[np.ma.getmaskarray(data) | ~np.isfinite(values)] = np.nan
    padded = np.full((height + 2, width + 2), np.nan)
    top, left = r_lo - (row0 - 1), c_lo - (col0 - 1)
    padded[top : top + values.shape[0], left : left + values.shape[1]] = values
    return padded


class _DemReaders:
    """One open DEM per thread: a GDAL dataset must not be read from two threads at once."""

    def __init__(self, path: str, layer_name: str) -> None:
        self._path, self._layer_name = path, layer_name
        self._local = threading.local()
        self._lock = threading.Lock()
        self._opened: List[Any] = []

    def get(self) -> Any:
        src = getattr(self._local, "src", None)
        if src is None:
            src = self._local.src = _open_dem(self._path, self._layer_name)
            with self._lock:
                self._opened.append(src)
        return src

    def close(self) -> None:
        for src in self._opened:
            src.close()


def _horn_slope_pct(z: np.ndarray, xres: float, yres: float) -> np.ndarray:
    """Slope in percent (Horn) of the inner cells of ``z``; NaN where the 3 x 3 window has NaN."""
    a, b, c = z[:-2, :-2], z[:-2, 1:-1], z[:-2, 2:]
    d, e, f = z[1:-1, :-2], z[1:-1, 1:-1], z[1:-1, 2:]
    g, h, i = z[2:, :-2], z[2:, 1:-1], z[2:, 2:]
    # in place, to keep the temporaries of a 1024 x 1024 block few
    dzdx = np.subtract(f, d)
    dzdx *= 2.0
    dzdx += c
    dzdx += i
    dzdx -= a
    dzdx -= g
    dzdx /= 8.0 * xres
    dzdy = np.subtract(h, b)
    dzdy *= 2.0
    dzdy += g
    dzdy += i
    dzdy -= a
    dzdy -= c
    dzdy /= 8.0 * yres
    slope = np.hypot(dzdx, dzdy, out=dzdx)
    slope *= 100.0
    slope[np.isnan(e)] = np.nan  # Horn ignores the centre, but a nodata centre has no slope
    return slope


def _run_cells(row, col0, length, site, width: int) -> Tuple[np.ndarray, np.ndarray]:
    """Flat (row-major) cell indices of runs inside one block, and the site of each cell."""
    length = length.astype("int64")
    start = row.astype("int64") * width + col0
    run_start = np.cumsum(length) - length
    cell = np.repeat(start - run_start, length) + np.arange(int(length.sum()))
    return cell, np.repeat(site, length)


class _Sums:
    """Per-site running sums over the blocks (bincount of the cells with a valid slope)."""

    def __init__(self, n: int, n_extra: int) -> None:
        self.n = n
        self.valid = np.zeros(n)
        self.slope = np.zeros(n)
        self.flat = np.zeros(n)
        self.flat_extra = np.zeros((n_extra, n))

    def add(
        self,
        cell_site: np.ndarray,
        cell_slope: np.ndarray,
        site_threshold: np.ndarray,
        extra: Sequence[float],
    ) -> None:
        ok = ~np.isnan(cell_slope)
        cell_site, cell_slope = cell_site[ok], cell_slope[ok]
        self.valid += np.bincount(cell_site, minlength=self.n)
        self.slope += np.bincount(cell_site, weights=cell_slope, minlength=self.n)
        self.flat += np.bincount(cell_site[cell_slope <= site_threshold[cell_site]], minlength=self.n)
        for j, t in enumerate(extra):
            self.flat_extra[j] += np.bincount(cell_site[cell_slope <= t], minlength=self.n)


def _cell_size_m(src) -> Tuple[float, float]:
    t = src.transform
    factor = 1.0
    if src.crs is not None:
        try:
            factor = float(src.crs.linear_units_factor[1])
        except Exception:  # a CRS without linear units: keep the numbers as they are
            factor = 1.0
    return math.hypot(t.a, t.d) * factor, math.hypot(t.b, t.e) * factor


def terrain_by_site(
    geometries: "gpd.GeoSeries",
    dem_path: str,
    max_slope_pct: Union[float, np.ndarray],
    min_coverage: float = 0.5,
    progress: Optional[Progress] = None,
    layer_name: str = "DEM",
    thresholds: Optional[Sequence[float]] = None,
    block_size: int = DEFAULT_BLOCK_SIZE,
) -> pd.DataFrame:
    """Flat area, flat share, mean slope and DEM coverage of every site.

    See the module docstring for the method.

    Parameters
    ----------
    geometries : geopandas.GeoSeries
        The sites (polygons; points and lines get the cell under them), in a projected CRS or
        any CRS the DEM's can be reached from.
    dem_path : str
        DEM raster file (any format GDAL reads), projected, elevations in metres.
    max_slope_pct : float or array-like
        Steepest slope (percent) counted as flat: one value, or one per site (a Series is
        aligned on the sites' index).
    min_coverage : float
        Share (0-1) of a site's cells that must have a valid slope for the site to be known.
    progress : Progress, optional
        Progress and cancellation; checked once per DEM block.
    layer_name : str
        The user's name of the DEM layer, for messages.
    thresholds : sequence of float, optional
        Further thresholds computed in the same pass: columns ``flat_share_<t>`` and
        ``flat_area_m2_<t>`` (see :func:`flat_share_column`, :func:`flat_area_column`).
    block_size : int
        Side of the DEM windows read at a time, in cells.

    Returns
    -------
    pandas.DataFrame
        Index ``geometries.index``; columns ``flat_area_m2``, ``flat_share``,
        ``mean_slope_pct``, ``dem_coverage``, ``valid_cells`` and the threshold columns.
        Unknown values are NaN, never 0.

    Raises
    ------
    InputError
        Unreadable or geographic DEM, bad threshold or coverage.
    CanceledError
        The user cancelled.
    """
    progress = progress or Progress()
    progress.check()
    geometries = getattr(geometries, "geometry", geometries)
    n = len(geometries)
    site_threshold = _site_thresholds(max_slope_pct, geometries.index, layer_name)
    extra = _extra_thresholds(thresholds, layer_name)
    if not 0.0 <= float(min_coverage) <= 1.0:
        raise InputError(
            tr(
                "The share of a site's cells that the elevation model '{layer}' must cover (minimum "
                "coverage) must be between 0 and 1, not {value}."
            ).format(layer=layer_name, value=min_coverage),
            layer=layer_name,
        )
    block = max(int(block_size), 1)

    # per-site sums: valid cells, slope of valid cells, flat cells (site threshold, extras)
    sums = _Sums(n, len(extra))
    with _open_dem(dem_path, layer_name) as src:
        _check_projected(src, layer_name)
        height, width = src.height, src.width
        xres, yres = _cell_size_m(src)
        inverse = ~src.transform
        geoms, area = _sites_in_dem_crs(geometries, src, progress, layer_name)
        block_id, site, row, col0, col1, cells = _site_runs(geoms, inverse, height, width, block, progress)

        blocks, first = np.unique(block_id, return_index=True)
        ends = np.r_[first[1:], len(block_id)]
        n_block_cols = -(-width // block)
        readers = _DemReaders(dem_path, layer_name)

        def block_cells(k: int) -> Tuple[np.ndarray, np.ndarray]:
            """Sites and slopes of the site cells in block k (on a worker thread)."""
            r0, c0 = int(blocks[k] // n_block_cols) * block, int(blocks[k] % n_block_cols) * block
            h, w = min(block, height - r0), min(block, width - c0)
            slope = _horn_slope_pct(_read_elevation(readers.get(), r0, c0, h, w, layer_name), xres, yres)
            runs = slice(first[k], ends[k])
            cell, cell_site = _run_cells(row[runs] - r0, col0[runs] - c0, col1[runs] - col0[runs], site[runs], w)
            return cell_site, slope.ravel()[cell]

        # Blocks are read and their slopes computed on threads (GDAL and numpy release the
        # GIL); the sums are added in block order, so the result does not depend on timing.
        workers = threads.usable_cpus(4)
        try:
            with ThreadPoolExecutor(max_workers=workers) as pool, \
                    closing(threads.in_order(pool, block_cells, len(blocks), 2 * workers)) as results:
                for k, (cell_site, cell_slope) in enumerate(results):
                    progress.step(k, len(blocks))
                    sums.add(cell_site, cell_slope, site_threshold, extra)
        finally:
            readers.close()
        progress.step(len(blocks), len(blocks))

    coverage = np.where(cells > 0, sums.valid / np.maximum(cells, 1.0), 0.0)
    known = (sums.valid > 0) & (coverage >= float(min_coverage))
    per_valid = np.where(known, 1.0 / np.maximum(sums.valid, 1.0), np.nan)
    share = sums.flat * per_valid
    columns: Dict[str, np.ndarray] = {
        "flat_area_m2": area * share,
        "flat_share": share,
        "mean_slope_pct": sums.slope * per_valid,
        "dem_coverage": coverage,
        "valid_cells": sums.valid.astype("int64"),
    }
    for j, t in enumerate(extra):
        share_t = sums.flat_extra[j] * per_valid
        columns[flat_share_column(t)] = share_t
        columns[flat_area_column(t)] = area * share_t
    return pd.DataFrame(columns, index=geometries.index)

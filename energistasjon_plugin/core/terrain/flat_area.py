# SPDX-License-Identifier: GPL-2.0-or-later
"""Flat area per site from a DEM: the terrain criterion's entry point, :func:`terrain_by_site`.

A biogas filling station needs at least 2 500 m² of flat ground (Rambøll), and every station
type has a minimum flat area; the flat area beyond the minimum is a scoring factor.  This module
turns a DEM raster (any format GDAL reads) into, per site, the share of the site that is flat,
the flat area, the mean slope and how much of the site the DEM covers.

Method
------
Slope
    Horn's method, as ``gdaldem slope -p`` (:mod:`.slope`); only band 1 is used.
Sites and cells
    A cell belongs to a site when its centre lies inside the site; a site without one gets the
    cell under its representative point (:mod:`.site_cells`).
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
from contextlib import closing
from typing import TYPE_CHECKING, Dict, List, Optional, Sequence, Tuple, Union

import numpy as np
import pandas as pd

from .. import threads
from ..errors import InputError
from ..i18n import tr
from ..progress import Progress
from .dem import DemReaders, cell_size_m, check_projected, open_dem, read_elevation
from .site_cells import run_cells, site_runs, sites_in_dem_crs
from .slope import horn_slope_pct

if TYPE_CHECKING:  # pragma: no cover - typing only
    import geopandas as gpd

#: Side of the square DEM windows read at a time, in cells (8 MB of float64 per window).
DEFAULT_BLOCK_SIZE = 1024


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
    with open_dem(dem_path, layer_name) as src:
        check_projected(src, layer_name)
        height, width = src.height, src.width
        xres, yres = cell_size_m(src)
        inverse = ~src.transform
        geoms, area = sites_in_dem_crs(geometries, src, progress, layer_name)
        block_id, site, row, col0, col1, cells = site_runs(geoms, inverse, height, width, block, progress)

        blocks, first = np.unique(block_id, return_index=True)
        ends = np.r_[first[1:], len(block_id)]
        n_block_cols = -(-width // block)
        readers = DemReaders(dem_path, layer_name)

        def block_cells(k: int) -> Tuple[np.ndarray, np.ndarray]:
            """Sites and slopes of the site cells in block k (on a worker thread)."""
            r0, c0 = int(blocks[k] // n_block_cols) * block, int(blocks[k] % n_block_cols) * block
            h, w = min(block, height - r0), min(block, width - c0)
            slope = horn_slope_pct(read_elevation(readers.get(), r0, c0, h, w, layer_name), xres, yres)
            runs = slice(first[k], ends[k])
            cell, cell_site = run_cells(row[runs] - r0, col0[runs] - c0, col1[runs] - col0[runs], site[runs], w)
            return cell_site, slope.ravel()[cell]

        # Blocks are read and their slopes computed on threads (GDAL and numpy release the
        # GIL); the sums are added in block order, so the result does not depend on timing.
        try:
            with threads.pool() as pool, \
                    closing(threads.in_order(pool, block_cells, len(blocks))) as results:
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

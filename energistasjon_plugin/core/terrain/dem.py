# SPDX-License-Identifier: GPL-2.0-or-later
"""Opens and reads the DEM with rasterio: the import with its install hint, the checks (readable,
projected), the cell size in metres, windows of band 1 with a one-cell halo, and one open
handle per thread."""
import math
import threading
from typing import Any, List, Tuple

import numpy as np

from ..errors import InputError, MissingDependencyError
from ..i18n import tr


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


def open_dem(path: str, layer_name: str):
    """The DEM opened with rasterio; InputError naming the layer when GDAL cannot read it."""
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


def check_projected(src, layer_name: str) -> None:
    """Refuse a DEM in geographic coordinates: slope in percent needs metres."""
    if src.crs is not None and src.crs.is_geographic:
        raise InputError(
            tr(
                "The elevation model '{layer}' is in geographic coordinates (degrees); slope in "
                "percent needs a projected DEM in metres. Reproject it first, for example to "
                "ETRS89 / UTM 33N (EPSG:25833)."
            ).format(layer=layer_name),
            layer=layer_name,
        )


def cell_size_m(src) -> Tuple[float, float]:
    """The cell size (x, y) in metres (a CRS in feet is converted)."""
    t = src.transform
    factor = 1.0
    if src.crs is not None:
        try:
            factor = float(src.crs.linear_units_factor[1])
        except Exception:  # a CRS without linear units: keep the numbers as they are
            factor = 1.0
    return math.hypot(t.a, t.d) * factor, math.hypot(t.b, t.e) * factor


def read_elevation(src, row0: int, col0: int, height: int, width: int, layer_name: str) -> np.ndarray:
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


class DemReaders:
    """One open DEM per thread: a GDAL dataset must not be read from two threads at once."""

    def __init__(self, path: str, layer_name: str) -> None:
        self._path, self._layer_name = path, layer_name
        self._local = threading.local()
        self._lock = threading.Lock()
        self._opened: List[Any] = []

    def get(self) -> Any:
        src = getattr(self._local, "src", None)
        if src is None:
            src = self._local.src = open_dem(self._path, self._layer_name)
            with self._lock:
                self._opened.append(src)
        return src

    def close(self) -> None:
        for src in self._opened:
            src.close()

# SPDX-License-Identifier: GPL-2.0-or-later
"""Slope in percent by Horn's method, exactly as ``gdaldem slope -p``.

With the 3 x 3 window ``a b c / d e f / g h i`` around a cell and the DEM's own cell size
(in metres), ``dz/dx = ((c + 2f + i) - (a + 2d + g)) / (8 * xres)``,
``dz/dy = ((g + 2h + i) - (a + 2b + c)) / (8 * yres)``,
``slope = 100 * sqrt(dz/dx² + dz/dy²)``.  Elevations are taken to be in metres.  A cell
whose 3 x 3 window touches nodata (or the edge of the DEM) has no slope, as in gdaldem
without ``-compute_edges``.
"""
import numpy as np


def horn_slope_pct(z: np.ndarray, xres: float, yres: float) -> np.ndarray:
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

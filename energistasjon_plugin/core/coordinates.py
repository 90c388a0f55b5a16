# SPDX-License-Identifier: GPL-2.0-or-later
"""Whether a layer's coordinates can be in the CRS it states, and whether it reaches the sites.

Data reach the planner with the CRS beside them (a GeoJSON without a ``crs`` member, the EPSG
given on the download page), so a layer read in the wrong CRS is common, and it is silent: read
as WGS84, UTM metres put every feature off the globe and every site "outside the data".  One
check serves plan files (:mod:`.readers.plan_files`) and every context layer
(:mod:`.layer_readers`): the data must fall in and around Norway when read in the CRS stated.
"""
from typing import Optional, Tuple

import numpy as np
import shapely

from .i18n import tr

__all__ = ["NORWAY_LON_LAT", "coordinate_problem", "total_bounds"]

#: Longitude/latitude box around Norway, Svalbard and Jan Mayen with their waters.
NORWAY_LON_LAT = (-12.0, 54.0, 36.0, 82.0)


def total_bounds(geoms: np.ndarray) -> Optional[Tuple[float, float, float, float]]:
    """(xmin, ymin, xmax, ymax) of the geometries that are there; None when there are none."""
    geoms = np.asarray(geoms, dtype=object)
    geoms = geoms[~(shapely.is_missing(geoms) | shapely.is_empty(geoms))] if len(geoms) else geoms
    if not len(geoms):
        return None
    bounds = tuple(float(v) for v in shapely.total_bounds(geoms))
    return bounds if all(np.isfinite(bounds)) else None


def coordinate_problem(frame, source: str, kind: str = "file") -> Optional[str]:
    """A translated warning when the coordinates of ``frame`` cannot be in its CRS; None when
    they can (or when there is nothing to say: no CRS, no geometry).

    The test is whether the data fall in and around Norway when read in the CRS stated:
    UTM metres read as WGS84 longitude/latitude, latitude and longitude swapped, or degrees
    read as metres each give a message naming ``source``, the CRS, an example coordinate
    and the likely cause.

    Parameters
    ----------
    frame : GeoDataFrame
    source : str
        The file or layer name, for the message.
    kind : {"file", "layer"}
        What the message tells the user to do: give the file's CRS, or set the layer's CRS in
        QGIS (Layer > Set CRS).
    """
    bounds = total_bounds(np.asarray(frame.geometry.array, dtype=object))
    if bounds is None or frame.crs is None:
        return None
    x0, y0, x1, y1 = bounds
    cx, cy = (x0 + x1) / 2.0, (y0 + y1) / 2.0
    west, south, east, north = NORWAY_LON_LAT
    crs = frame.crs
    name = crs.to_string() if hasattr(crs, "to_string") else str(crs)
    degrees = -180.0 <= x0 and x1 <= 180.0 and -90.0 <= y0 and y1 <= 90.0
    utm_like = 0.0 <= cx <= 1_200_000.0 and 6_000_000.0 <= cy <= 9_400_000.0
    if crs.is_geographic:
        if not degrees:
            if utm_like:
                cause = tr("they look like metres in UTM (EUREF89 UTM zone 32, 33 or 35: EPSG:25832, EPSG:25833 or "
                           "EPSG:25835), not longitude and latitude. A GeoJSON file without a 'crs' member counts as "
                           "WGS84; DiBK's plan services give the EPSG beside the features instead.")
            else:
                cause = tr("they are not longitude and latitude in degrees.")
        elif south <= cx <= north and west <= cy <= east and not (west <= cx <= east and south <= cy <= north):
            cause = tr("latitude and longitude seem to be swapped (latitude written first).")
        elif west <= cx <= east and south <= cy <= north:
            return None
        else:
            cause = tr("they lie far from Norway (longitude {lon}, latitude {lat}).").format(
                lon=round(cx, 2), lat=round(cy, 2))
    else:
        try:
            from pyproj import Transformer

            lon, lat = Transformer.from_crs(crs, "EPSG:4326", always_xy=True).transform(cx, cy)
        except Exception:  # noqa: BLE001 - a CRS pyproj cannot transform: nothing to say about it
            return None
        if np.isfinite(lon) and np.isfinite(lat) and west <= lon <= east and south <= lat <= north:
            return None
        if degrees:
            cause = tr("they look like longitude and latitude in degrees (WGS84, EPSG:4326), not metres.")
        else:
            cause = tr("they lie far from Norway in that CRS.")
    if kind == "layer":
        return tr("The layer '{source}': the coordinates (for example {x}, {y}) cannot be in {crs}: {cause} Set the "
                  "CRS its coordinates are in on the layer in QGIS (Layer > Set CRS) and run again.").format(
            source=source, x=_number(x0), y=_number(y0), crs=name, cause=cause)
    return tr("'{source}': the coordinates (for example {x}, {y}) cannot be in {crs}: {cause} Give the file's "
              "CRS.").format(source=source, x=_number(x0), y=_number(y0), crs=name, cause=cause)


def _number(value: float) -> str:
    return "{:.6g}".format(value) if abs(value) < 1000 else "{:.0f}".format(value)

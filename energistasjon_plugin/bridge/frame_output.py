# SPDX-License-Identifier: GPL-2.0-or-later
"""An engine GeoDataFrame as an output layer of an algorithm (layers the engine made, not copies
of an input: candidate areas, short-listed sites, corridor gaps), written by :mod:`.outputs`."""
from typing import Sequence

import numpy as np
from qgis.core import QgsCoordinateReferenceSystem, QgsFields, QgsWkbTypes

from . import outputs
from .layers import LayerFrame

#: shapely geometry type -> the QGIS layer type of an output of that kind.
WKB_TYPES = {"Polygon": QgsWkbTypes.MultiPolygon, "MultiPolygon": QgsWkbTypes.MultiPolygon,
             "LineString": QgsWkbTypes.MultiLineString, "MultiLineString": QgsWkbTypes.MultiLineString,
             "Point": QgsWkbTypes.Point}


def qgis_crs(frame) -> QgsCoordinateReferenceSystem:
    """The frame's CRS for QGIS (EPSG code when it has one, else WKT)."""
    if frame.crs is None:
        return QgsCoordinateReferenceSystem()
    epsg = frame.crs.to_epsg()
    return QgsCoordinateReferenceSystem("EPSG:{}".format(epsg)) if epsg else \
        QgsCoordinateReferenceSystem.fromWkt(frame.crs.to_wkt())


def output_from_frame(frame, columns: Sequence[str], name: str, wkb_type=None) -> outputs.OutputLayer:
    """The columns of ``frame`` and its geometry (made multi-part for polygons and lines, so one
    layer holds both kinds) as an :class:`outputs.OutputLayer`."""
    import shapely

    geometry = np.asarray(frame.geometry.array, dtype=object)
    if wkb_type is None:
        kinds = set(frame.geometry.geom_type.dropna())
        wkb_type = WKB_TYPES.get(next(iter(kinds)), QgsWkbTypes.MultiPolygon) if kinds else QgsWkbTypes.MultiPolygon
    if wkb_type == QgsWkbTypes.MultiPolygon and len(geometry):
        single = shapely.get_type_id(geometry) == 3
        geometry = geometry.copy()
        if single.any():
            geometry[single] = shapely.multipolygons(geometry[single], indices=np.arange(int(single.sum())))
    elif wkb_type == QgsWkbTypes.MultiLineString and len(geometry):
        single = shapely.get_type_id(geometry) == 1
        geometry = geometry.copy()
        if single.any():
            geometry[single] = shapely.multilinestrings(geometry[single], indices=np.arange(int(single.sum())))
    made = frame.set_geometry(geometry) if len(frame) else frame
    sites = LayerFrame(made, name, QgsFields(), wkb_type, qgis_crs(frame))
    return outputs.build_output(sites, {c: frame[c].to_numpy() for c in columns}, list(columns))

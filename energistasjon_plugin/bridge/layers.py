# SPDX-License-Identifier: GPL-2.0-or-later
"""Layers as the engine reads them: GeoDataFrames, in the CRS the user set in QGIS.

A layer that is a plain file (OGR provider, no filter, no selection, no unsaved edits) is
read in bulk through GDAL's Arrow interface (``osgeo.ogr``, the GDAL QGIS uses): 200 000
parcels in a fraction of a second instead of seconds feature by feature.  Everything else
(memory layers, databases, web services, subsets, 'selected features only', edited layers,
curved or measured geometries) goes through QGIS's own feature iterator.  Both give the
same frame: attribute values as Python values (NULL as None), geometry as shapely, and the
layer's CRS as QGIS shows it (Layer > Set CRS is honoured).

The original geometry (as stored, curves and M values included) is kept when asked, so an
output can carry each input feature unchanged.
"""
from dataclasses import dataclass
from typing import Any, Dict, List, Optional, Tuple

import numpy as np
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsFeatureRequest,
    QgsFields,
    QgsGeometry,
    QgsProcessingFeatureSourceDefinition,
    QgsProviderRegistry,
    QgsVectorLayer,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QDate, QDateTime, QTime, QVariant


@dataclass
class LayerFrame:
    """A layer read for the engine.

    Attributes
    ----------
    frame : GeoDataFrame
        Attributes and geometry (curves made linear, M dropped), in ``crs``.
    name : str
        The name the user knows the layer by.
    fields : QgsFields
        The layer's fields, in the frame's column order.
    wkb_type : int
        QGIS geometry type of the layer.
    crs : QgsCoordinateReferenceSystem
    original_wkb : list of bytes or None, optional
        Each feature's geometry as stored (ISO WKB), when asked for.
    bulk : bool
        True when read in bulk through GDAL.
    """

    frame: Any
    name: str
    fields: QgsFields
    wkb_type: int
    crs: QgsCoordinateReferenceSystem
    original_wkb: Optional[List[Optional[bytes]]] = None
    bulk: bool = False


class _NotBulk(Exception):
    """This layer is read through QGIS instead (the reason is for the developer, not the user)."""


def crs_for_geopandas(crs) -> Optional[str]:
    """A QgsCoordinateReferenceSystem as text pyproj understands (None when invalid)."""
    if crs is None or not crs.isValid():
        return None
    authid = crs.authid()
    if authid and authid.upper().startswith("EPSG:"):
        return authid
    return crs.toWkt()


def layer_name(algorithm, parameters, key: str, context, source=None) -> str:
    """The name a user knows an input by: the layer's name in the project, else the
    ``layername=`` of a file path, else the source's own name."""
    layer = algorithm.parameterAsVectorLayer(parameters, key, context)
    if layer is not None and context.project() is not None and context.project().mapLayer(layer.id()):
        return layer.name()
    named = layername_in(str(_source_value(parameters.get(key)) or ""))
    if named:
        return named
    if layer is not None and layer.name():
        return layer.name()
    return source.sourceName() if source is not None else key


def known_name(layer, context) -> str:
    """The name a user knows a layer of a multiple-layer input by: its name in the project, else
    the ``layername=`` of its source (QGIS names a layer loaded from ``file.gpkg|layername=kpa``
    after the file, so two layers of one file would read alike), else its own name."""
    if context.project() is not None and context.project().mapLayer(layer.id()):
        return layer.name()
    return layername_in(layer.source()) or layer.name()


def layername_in(source: str) -> str:
    """The ``layername=`` of a source such as ``file.gpkg|layername=kpa`` ("" when it has none)."""
    if "layername=" not in source:
        return ""
    return source.split("layername=", 1)[1].split("|", 1)[0]


def _source_value(value):
    if isinstance(value, QgsProcessingFeatureSourceDefinition):
        return value.source.staticValue()
    return value


def read_parameter(algorithm, parameters, key: str, context, feedback=None,
                   keep_original_geometry: bool = False) -> Optional[LayerFrame]:
    """The feature-source parameter ``key`` as a :class:`LayerFrame` (None when not given)."""
    value = parameters.get(key)
    if value is None or value == "":
        return None
    source = algorithm.parameterAsSource(parameters, key, context)
    if source is None:
        return None
    name = layer_name(algorithm, parameters, key, context, source)
    layer = algorithm.parameterAsVectorLayer(parameters, key, context)
    plain = not (isinstance(value, QgsProcessingFeatureSourceDefinition) and (
        value.selectedFeaturesOnly or getattr(value, "featureLimit", -1) not in (-1, None)))
    if layer is not None and plain:
        try:
            return _read_bulk(layer, name, keep_original_geometry)
        except _NotBulk:
            pass
    return _read_features(source, name, source.sourceCrs(), feedback, keep_original_geometry)


def read_source(source, name: str, feedback=None, keep_original_geometry: bool = False) -> LayerFrame:
    """Any QGIS feature source (a layer, a selection, a materialised request) through QGIS."""
    return _read_features(source, name, source.sourceCrs(), feedback, keep_original_geometry)


def read_layer(layer: QgsVectorLayer, feedback=None, keep_original_geometry: bool = False) -> LayerFrame:
    """A layer (from a multiple-layers parameter) as a :class:`LayerFrame`, in the layer's CRS."""
    try:
        return _read_bulk(layer, layer.name(), keep_original_geometry)
    except _NotBulk:
        return _read_features(layer, layer.name(), layer.crs(), feedback, keep_original_geometry)


# --------------------------------------------------------------------------- through QGIS

def raster_input(layer):
    """A raster layer (the DEM) as the engine reads it: the file GDAL opens, named as in QGIS.

    Raises
    ------
    InputError
        The layer is not a file GDAL can read (a web service, a virtual raster of QGIS's own).
    """
    from ..core.errors import InputError
    from ..core.i18n import tr
    from ..core.layer_readers import LayerInput

    if layer.providerType() != "gdal":
        raise InputError(tr("The elevation model '{layer}' is not a file GDAL can read (provider "
                            "'{provider}'). Save it as a GeoTIFF first.").format(
            layer=layer.name(), provider=layer.providerType()), layer=layer.name())
    return LayerInput(None, layer.name(), path=layer.source())


def python_value(value: Any) -> Any:
    """QVariant NULL -> None, Qt dates -> Python dates; everything else as is."""
    if isinstance(value, QVariant):
        return None if value.isNull() else value.value()
    if isinstance(value, QDateTime):
        return value.toPyDateTime() if value.isValid() else None
    if isinstance(value, QDate):
        return value.toPyDate() if value.isValid() else None
    if isinstance(value, QTime):
        return value.toPyTime() if value.isValid() else None
    return value


def _plain_wkb(geometry: QgsGeometry) -> Tuple[Optional[bytes], Optional[bytes]]:
    """(WKB as stored, WKB shapely reads: curves made linear, M dropped)."""
    if geometry is None or geometry.isNull():
        return None, None
    stored = bytes(geometry.asWkb())
    wkb_type = geometry.wkbType()
    if not (QgsWkbTypes.isCurvedType(wkb_type) or QgsWkbTypes.hasM(wkb_type)):
        return stored, stored
    plain = QgsGeometry(geometry)
    if QgsWkbTypes.isCurvedType(wkb_type):
        plain.convertToStraightSegment()
    if QgsWkbTypes.hasM(plain.wkbType()):
        plain.get().dropMValue()
    return stored, bytes(plain.asWkb())


def _read_features(source, name: str, crs, feedback, keep_original_geometry: bool) -> LayerFrame:
    import geopandas as gpd
    import shapely

    fields = QgsFields(source.fields())
    names = [f.name() for f in fields]
    columns: Dict[str, List[Any]] = {n: [] for n in names}
    plain: List[Optional[bytes]] = []
    stored: List[Optional[bytes]] = []
    total = source.featureCount()
    step = max(1, total // 50) if total and total > 0 else 1000
    for index, feature in enumerate(source.getFeatures(QgsFeatureRequest())):
        if feedback is not None and index % step == 0 and feedback.isCanceled():
            break
        as_stored, readable = _plain_wkb(feature.geometry())
        plain.append(readable)
        if keep_original_geometry:
            stored.append(as_stored)
        for field_name, value in zip(names, feature.attributes()):
            columns[field_name].append(python_value(value))
    geometry = shapely.from_wkb(plain) if plain else []
    frame = gpd.GeoDataFrame(columns, geometry=gpd.GeoSeries(geometry), crs=crs_for_geopandas(crs))
    return LayerFrame(frame, name, fields, source.wkbType(), QgsCoordinateReferenceSystem(crs),
                      stored if keep_original_geometry else None)


# --------------------------------------------------------------------------- in bulk through GDAL

def _bulk_source(layer: QgsVectorLayer) -> Tuple[str, Optional[str], Optional[int]]:
    """(path, layer name, layer id) of a layer that can be read in bulk, else :class:`_NotBulk`."""
    if layer is None or not layer.isValid() or layer.providerType() != "ogr":
        raise _NotBulk("provider")
    if layer.subsetString() or layer.isEditable():
        raise _NotBulk("subset or edits")
    wkb_type = layer.wkbType()
    if QgsWkbTypes.isCurvedType(wkb_type) or QgsWkbTypes.hasM(wkb_type):
        raise _NotBulk("curves or M values")
    parts = QgsProviderRegistry.instance().decodeUri("ogr", layer.source())
    if parts.get("subset") or parts.get("geometryType"):
        raise _NotBulk("subset or geometry type in the URI")
    layer_id = parts.get("layerId")
    layer_number = int(layer_id) if layer_id not in (None, "") else None
    return parts.get("path") or "", parts.get("layerName") or None, layer_number


def _read_bulk(layer: QgsVectorLayer, name: str, keep_original_geometry: bool) -> LayerFrame:
    import geopandas as gpd
    import shapely
    from osgeo import gdal, ogr

    path, ogr_layer_name, ogr_layer_id = _bulk_source(layer)
    if not hasattr(ogr.Layer, "GetArrowStreamAsNumPy"):
        raise _NotBulk("GDAL older than 3.6")
    gdal.PushErrorHandler("CPLQuietErrorHandler")
    try:
        dataset = ogr.Open(path, 0)
    finally:
        gdal.PopErrorHandler()
    if dataset is None:
        raise _NotBulk("GDAL cannot open the file")
    if ogr_layer_name:
        ogr_layer = dataset.GetLayerByName(ogr_layer_name)
    else:
        ogr_layer = dataset.GetLayer(ogr_layer_id or 0)
    if ogr_layer is None or ogr_layer.GetLayerDefn().GetGeomFieldCount() > 1:
        raise _NotBulk("layer not found, or several geometry columns")
    fields = QgsFields(layer.fields())
    names = [f.name() for f in fields]
    geometry_key = ogr_layer.GetGeometryColumn() or "wkb_geometry"
    fid_key = ogr_layer.GetFIDColumn() or "OGC_FID"
    try:
        batches = list(ogr_layer.GetArrowStreamAsNumPy())
    except Exception as error:  # noqa: BLE001 (GDAL raises RuntimeError or its own types)
        raise _NotBulk(str(error)) from error
    finally:
        ogr_layer = None
        dataset = None
    columns: Dict[str, List[Any]] = {}
    for field_name in names:
        key = field_name if not batches or field_name in batches[0] else None
        if key is None and field_name.lower() == fid_key.lower():
            key = fid_key
        if batches and key is None:
            raise _NotBulk("field {} not in the Arrow stream".format(field_name))
        text = fields.field(field_name).type() == QVariant.String
        columns[field_name] = _python_list([batch[key] for batch in batches], text) if batches else []
    booleans = [n for n in names if fields.field(n).type() == QVariant.Bool]
    if booleans and batches:
        if fid_key not in batches[0]:
            raise _NotBulk("no feature id beside a boolean field")
        fids = _python_list([batch[fid_key] for batch in batches], False)
        columns.update(_boolean_columns(layer, booleans, fids))
    if batches and geometry_key not in batches[0]:
        raise _NotBulk("no geometry column")
    wkb = _python_list([batch[geometry_key] for batch in batches], False) if batches else []
    if len(wkb) != layer.featureCount() and layer.featureCount() >= 0:
        raise _NotBulk("feature count differs from QGIS's")
    geometry = shapely.from_wkb(wkb) if wkb else []
    frame = gpd.GeoDataFrame(columns, geometry=gpd.GeoSeries(geometry), crs=crs_for_geopandas(layer.crs()))
    return LayerFrame(frame, name, fields, layer.wkbType(), QgsCoordinateReferenceSystem(layer.crs()),
                      wkb if keep_original_geometry else None, bulk=True)


def _boolean_columns(layer: QgsVectorLayer, names: List[str], fids: List[Any]) -> Dict[str, List[Any]]:
    """True/false fields read through QGIS (attributes only, no geometry), in the order of ``fids``.

    GDAL 3.6's Arrow interface returns boolean columns wrong (the same few values whatever the
    data: seen with GDAL 3.6.2), so these fields alone are read feature by feature.
    """
    request = QgsFeatureRequest().setFlags(QgsFeatureRequest.NoGeometry).setSubsetOfAttributes(
        names, layer.fields())
    found: Dict[str, Dict[Any, Any]] = {name: {} for name in names}
    for feature in layer.getFeatures(request):
        for name in names:
            found[name][feature.id()] = python_value(feature[name])
    return {name: [found[name].get(fid) for fid in fids] for name in names}


def _python_list(parts: List[np.ndarray], text: bool) -> List[Any]:
    """Arrow batches of one column as Python values, NULL as None (text decoded from UTF-8)."""
    values: List[Any] = []
    for array in parts:
        kind = array.dtype.kind
        if text and kind == "O":  # long texts may come as objects (bytes)
            values.extend(v.decode("utf-8") if isinstance(v, bytes) else v for v in array.tolist())
        elif kind == "S":
            decoded = np.char.decode(np.ma.getdata(array), "utf-8")
            part = decoded.astype(object)
            mask = np.ma.getmaskarray(array)
            if mask.any():
                part[mask] = None
            values.extend(part.tolist())
        elif kind in "biufMO":
            values.extend(array.tolist())  # masked entries become None
        else:
            raise _NotBulk("column type {}".format(array.dtype))
    return values


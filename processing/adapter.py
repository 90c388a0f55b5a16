# SPDX-License-Identifier: GPL-2.0-or-later
"""The one bridge between QGIS and the engine: feature sources -> GeoDataFrames (geometry
crosses as WKB, attributes as Python values) and GeoDataFrames -> feature sinks.

Inputs are only read.  The output keeps each input feature's own geometry and attributes
exactly and appends the engine's fields.
"""
import math
from typing import Any, Dict, List, Optional, Tuple

from qgis.core import (
    QgsFeature,
    QgsFeatureRequest,
    QgsFeatureSink,
    QgsField,
    QgsFields,
    QgsGeometry,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QDate, QDateTime, QTime, QVariant

from ..energistasjon_plugin.core.i18n import tr


def _python_value(value: Any) -> Any:
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


def _plain_wkb(geometry: QgsGeometry) -> Optional[bytes]:
    """WKB that shapely reads: curves segmentised, M values dropped."""
    if geometry is None or geometry.isNull():
        return None
    wkb_type = geometry.wkbType()
    if QgsWkbTypes.isCurvedType(wkb_type) or QgsWkbTypes.hasM(wkb_type):
        geometry = QgsGeometry(geometry)
        if QgsWkbTypes.isCurvedType(wkb_type):
            geometry.convertToStraightSegment()
        if QgsWkbTypes.hasM(geometry.wkbType()):
            geometry.get().dropMValue()
    return bytes(geometry.asWkb())


def layer_name(algorithm, parameters, key: str, context, source) -> str:
    """The name a user knows the input by: the layer's name in the project, else the
    ``layername=`` of a file path, else the source's own name."""
    layer = algorithm.parameterAsVectorLayer(parameters, key, context)
    if layer is not None and context.project() is not None and context.project().mapLayer(layer.id()):
        return layer.name()
    text = str(parameters.get(key) or "")
    if "layername=" in text:
        return text.split("layername=", 1)[1].split("|", 1)[0]
    if layer is not None and layer.name():
        return layer.name()
    return source.sourceName() if source is not None else key


def crs_for_geopandas(crs) -> Optional[str]:
    """A QgsCoordinateReferenceSystem as text pyproj understands (None when invalid)."""
    if crs is None or not crs.isValid():
        return None
    authid = crs.authid()
    if authid and authid.upper().startswith("EPSG:"):
        return authid
    return crs.toWkt()


def source_to_frame(source, name: str, feedback: Optional[QgsProcessingFeedback] = None,
                    keep_features: bool = False) -> Tuple[Any, List[QgsFeature]]:
    """Read a feature source into a GeoDataFrame.

    Parameters
    ----------
    source : QgsFeatureSource
    name : str
        The layer's name for messages.
    keep_features : bool
        Also return the original features (for writing them back unchanged).

    Returns
    -------
    (GeoDataFrame, list of QgsFeature)
    """
    import geopandas as gpd
    import shapely

    if source is None:
        raise QgsProcessingException(tr("The layer '{layer}' could not be read.").format(layer=name))
    field_names = [f.name() for f in source.fields()]
    columns: Dict[str, List[Any]] = {n: [] for n in field_names}
    wkbs: List[Optional[bytes]] = []
    features: List[QgsFeature] = []
    total = source.featureCount()
    step = max(1, total // 50) if total and total > 0 else 1000
    for index, feature in enumerate(source.getFeatures(QgsFeatureRequest())):
        if feedback is not None and index % step == 0 and feedback.isCanceled():
            break
        wkbs.append(_plain_wkb(feature.geometry()))
        for field_name, value in zip(field_names, feature.attributes()):
            columns[field_name].append(_python_value(value))
        if keep_features:
            features.append(QgsFeature(feature))
    geometry = shapely.from_wkb(wkbs) if wkbs else []
    frame = gpd.GeoDataFrame(columns, geometry=gpd.GeoSeries(geometry), crs=crs_for_geopandas(source.sourceCrs()))
    return frame, features


def _field_for(name: str, values) -> QgsField:
    import numpy as np

    kind = getattr(values, "dtype", np.dtype(object)).kind
    if kind == "b":
        return QgsField(name, QVariant.Bool)
    if kind in "iu":
        return QgsField(name, QVariant.LongLong)
    if kind == "f":
        if name.endswith("_rank"):
            return QgsField(name, QVariant.Int)
        return QgsField(name, QVariant.Double, len=20, prec=6)
    sample = next((v for v in values if v is not None and not (isinstance(v, float) and math.isnan(v))), None)
    if isinstance(sample, bool):
        return QgsField(name, QVariant.Bool)
    if isinstance(sample, (int, float)):
        return QgsField(name, QVariant.Double, len=20, prec=6)
    return QgsField(name, QVariant.String)


def _qgis_value(value: Any, field: QgsField) -> Any:
    """An engine value as a QGIS attribute: numpy scalars as Python values, NaN/inf as NULL."""
    if hasattr(value, "item"):  # numpy scalar
        value = value.item()
    if value is None or (isinstance(value, float) and not math.isfinite(value)):
        return None
    if field.type() == QVariant.Int:
        return int(value)
    return value


def output_fields(input_fields: QgsFields, frame, new_columns: List[str]) -> Tuple[QgsFields, List[int]]:
    """The input's fields unchanged, then the engine's new fields.

    An input field with the name of a new field (compared without case, as GeoPackage and
    most formats do) is replaced by it.  Returns the fields and the input field positions kept.
    """
    replaced = {c.casefold() for c in new_columns}
    kept = [i for i, f in enumerate(input_fields) if f.name().casefold() not in replaced]
    fields = QgsFields()
    for i in kept:
        fields.append(input_fields.at(i))
    for column in new_columns:
        fields.append(_field_for(column, frame[column].to_numpy()))
    return fields, kept


def write_features(sink, fields: QgsFields, kept: List[int], features: List[QgsFeature], frame,
                   new_columns: List[str], feedback: Optional[QgsProcessingFeedback] = None) -> None:
    """Append one output feature per input feature: its geometry and kept attributes, plus new values."""
    arrays = [frame[c].to_numpy() for c in new_columns]
    first_new = len(kept)
    total = len(features)
    for index, feature in enumerate(features):
        out = QgsFeature(fields)
        out.setGeometry(feature.geometry())
        original = feature.attributes()
        attributes = [original[i] for i in kept]
        attributes += [_qgis_value(array[index], fields.at(first_new + k)) for k, array in enumerate(arrays)]
        out.setAttributes(attributes)
        if not sink.addFeature(out, QgsFeatureSink.FastInsert):
            raise QgsProcessingException(tr("Could not write the output layer: {error}").format(
                error=sink.lastError() if hasattr(sink, "lastError") else ""))
        if feedback is not None and total and index % max(1, total // 20) == 0:
            feedback.setProgress(90 + 10 * index / total)

# SPDX-License-Identifier: GPL-2.0-or-later
"""An output layer written to where the user asked: completely, or not at all.

* A GeoPackage file goes through :mod:`.gpkg_writer` (bulk, one transaction, no other layer
  of the file touched).
* Another file format goes through QGIS's writer into a temporary file beside the
  destination, renamed into place when complete (so every format QGIS offers works, and a
  cancelled run leaves nothing).
* A memory layer or a database goes through QGIS's feature sink.

Every input feature keeps its geometry as stored and its attributes; the engine's columns
follow.
"""
import sqlite3
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, List, Optional, Sequence

import numpy as np
from qgis.core import (
    QgsFeature,
    QgsFeatureSink,
    QgsField,
    QgsFields,
    QgsGeometry,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingOutputLayerDefinition,
    QgsProcessingUtils,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QVariant

from ..core.i18n import tr
from . import gpkg_writer
from .destinations import Destination, busy_message, sink_destination
from .layers import LayerFrame, crs_for_geopandas
from .run_progress import cancelled

#: QGIS field types and the writer's column kinds.
_KINDS = {
    QVariant.Int: "integer", QVariant.UInt: "integer64", QVariant.LongLong: "integer64",
    QVariant.ULongLong: "integer64", QVariant.Double: "real", QVariant.String: "text", QVariant.Bool: "boolean",
    QVariant.Date: "date", QVariant.DateTime: "datetime", QVariant.ByteArray: "blob",
}
_QT_TYPES = {"integer": QVariant.Int, "integer64": QVariant.LongLong, "real": QVariant.Double,
             "text": QVariant.String, "boolean": QVariant.Bool, "date": QVariant.Date,
             "datetime": QVariant.DateTime, "blob": QVariant.ByteArray}
#: Formats whose fields are a dBASE table: names cut to 10 characters, texts to 254.
DBF_EXTENSIONS = ("shp", "dbf")
DBF_NAME_LIMIT = 10
DBF_TEXT_LIMIT = 254


@dataclass
class OutputLayer:
    """The rows of an output layer: one per input feature.

    Attributes
    ----------
    columns : list of gpkg_writer.Column
        The input's kept fields (as the input had them), then the engine's.
    fields : QgsFields
        The same columns as QGIS fields.
    geometries : list of bytes or None
        Each feature's geometry as stored in the input (ISO WKB).
    wkb_type : int
    crs : QgsCoordinateReferenceSystem
    bounds : ndarray, optional
        Each geometry's x/y bounds (n, 4), NaN where missing or empty.
    """

    columns: List[gpkg_writer.Column]
    fields: QgsFields
    geometries: List[Optional[bytes]]
    wkb_type: int
    crs: Any
    bounds: Optional[np.ndarray] = None

    def column(self, name: str) -> gpkg_writer.Column:
        return next(c for c in self.columns if c.name == name)


def _engine_column(name: str, values: np.ndarray) -> gpkg_writer.Column:
    kind = values.dtype.kind
    if kind == "b":
        return gpkg_writer.Column(name, "boolean", values)
    if kind in "iu":
        return gpkg_writer.Column(name, "integer64", values)
    if kind == "f":
        return gpkg_writer.Column(name, "integer" if name.endswith("_rank") else "real", values)
    sample = next((v for v in values if v is not None and not (isinstance(v, float) and np.isnan(v))), None)
    if isinstance(sample, (bool, np.bool_)):
        return gpkg_writer.Column(name, "boolean", values)
    if isinstance(sample, (int, float, np.number)):
        return gpkg_writer.Column(name, "real", values)
    return gpkg_writer.Column(name, "text", values)


def build_output(sites: LayerFrame, new_values, new_columns: Sequence[str]) -> OutputLayer:
    """The input's fields and geometry, then the engine's new columns (``new_values[name]``).

    An input field with the name of a new field (compared without case, as GeoPackage and
    most formats do) is replaced by it.
    """
    replaced = {c.casefold() for c in new_columns}
    columns: List[gpkg_writer.Column] = []
    fields = QgsFields()
    for field in sites.fields:
        if field.name().casefold() in replaced:
            continue
        kind = _KINDS.get(field.type(), "text")
        columns.append(gpkg_writer.Column(field.name(), kind, sites.frame[field.name()].to_numpy(), field.length(),
                                          field.precision()))
        fields.append(QgsField(field))
    for name in new_columns:
        column = _engine_column(name, np.asarray(new_values[name]))
        columns.append(column)
        fields.append(QgsField(name, _QT_TYPES[column.kind]))
    geometries = sites.original_wkb if sites.original_wkb is not None else [
        None if g is None else g.wkb for g in sites.frame.geometry.array]
    import shapely

    # from the shapes already in memory: parsing the WKB again to find them costs time and memory
    bounds = shapely.bounds(np.asarray(sites.frame.geometry.array, dtype=object))
    return OutputLayer(columns, fields, geometries, sites.wkb_type, sites.crs, bounds)


def dbf_losses(output: OutputLayer) -> List[str]:
    """What a dBASE table (Shapefile) would cut: field names and texts, in words (translated)."""
    losses = []
    long_names = [c.name for c in output.columns if len(c.name.encode("utf-8")) > DBF_NAME_LIMIT]
    if long_names:
        losses.append(tr("{n} field names are longer than 10 characters and are shortened by the format (for "
                         "example {example}), so the bundled style cannot find them").format(
            n=len(long_names), example=", ".join(long_names[:3])))
    cut = {}
    for column in output.columns:
        if column.kind != "text":
            continue
        count = sum(1 for v in column.values if isinstance(v, str) and len(v.encode("utf-8")) > DBF_TEXT_LIMIT)
        if count:
            cut[column.name] = count
    if cut:
        losses.append(tr("texts longer than 254 bytes are cut: {fields}").format(
            fields=", ".join("{} ({})".format(name, n) for name, n in cut.items())))
    return losses


def _ogr_geometry_type(wkb_type: int) -> int:
    from osgeo import ogr

    if wkb_type == QgsWkbTypes.NoGeometry:
        return ogr.wkbNone
    flat = int(QgsWkbTypes.flatType(wkb_type))
    return ogr.GT_SetModifier(flat, int(QgsWkbTypes.hasZ(wkb_type)), int(QgsWkbTypes.hasM(wkb_type)))


def _can_write_gpkg_in_bulk(output: OutputLayer) -> bool:
    """The GeoPackage writer takes plain (not curved) geometries and plain field types."""
    return not QgsWkbTypes.isCurvedType(output.wkb_type) and all(
        field.type() in _KINDS for field in output.fields)


def write_output(algorithm, parameters, key: str, context, feedback, output: OutputLayer,
                 styles: Sequence[gpkg_writer.Style] = (), on_progress: Optional[Callable[[float], None]] = None,
                 layer_title: Optional[str] = None) -> str:
    """Write ``output`` to the destination of parameter ``key``; return the id QGIS loads it by.

    Raises QgsProcessingException with a translated message (cancel included); the
    destination is then as it was.
    """
    destination = sink_destination(algorithm, parameters, key, context)
    if destination is None:
        raise QgsProcessingException(algorithm.invalidSinkError(parameters, key))
    progress = on_progress or (lambda share: None)
    label = algorithm.parameterDefinition(key).description()
    if destination.is_geopackage and _can_write_gpkg_in_bulk(output):
        dest_id = _write_gpkg(destination, label, output, styles, feedback, progress)
    elif destination.kind == "file":
        dest_id = _write_file(algorithm, parameters, key, context, destination, label, output, feedback, progress)
    else:
        sink, dest_id = algorithm.parameterAsSink(parameters, key, context, output.fields, output.wkb_type, output.crs)
        if sink is None:
            raise QgsProcessingException(algorithm.invalidSinkError(parameters, key))
        _write_features(sink, output, feedback, progress)
        del sink
        return dest_id  # parameterAsSink registered it for loading
    _load_on_completion(algorithm, key, context, destination, dest_id, layer_title)
    return dest_id


def _load_on_completion(algorithm, key: str, context, destination: Destination, dest_id: str,
                        layer_title: Optional[str]) -> None:
    """Ask QGIS to load the written layer when the caller wants it (as parameterAsSink would)."""
    definition = destination.definition
    if definition is None or definition.destinationProject is None:
        return
    name = definition.destinationName or layer_title or algorithm.parameterDefinition(key).description()
    context.addLayerToLoadOnCompletion(dest_id, QgsProcessingContext.LayerDetails(
        name, definition.destinationProject, key, QgsProcessingUtils.LayerHint.Vector))


def _write_gpkg(destination: Destination, label: str, output: OutputLayer, styles, feedback, progress) -> str:
    path = destination.path
    try:
        gpkg_writer.write_layer(path, destination.target_layer(), output.columns, output.geometries,
                                _ogr_geometry_type(output.wkb_type), crs_for_geopandas(output.crs) or "", styles,
                                should_stop=feedback.isCanceled, on_progress=progress, bounds=output.bounds)
    except gpkg_writer.WriteCanceled:
        raise cancelled() from None
    except gpkg_writer.DestinationBusy:
        raise QgsProcessingException(busy_message(label, path)) from None
    except gpkg_writer.NotAGeoPackage:
        raise QgsProcessingException(tr(
            "The file {path} chosen for '{output}' exists and is not a GeoPackage, so nothing was written into it. "
            "Choose another file name, or delete that file first if you no longer need it.").format(
            path=path, output=label)) from None
    except (gpkg_writer.GpkgWriteError, sqlite3.Error, OSError, RuntimeError) as error:
        raise QgsProcessingException(tr(
            "'{output}' could not be written to {path} ({error}). The file was left as it was; choose another "
            "file or folder.").format(output=label, path=path, error=error)) from error
    layers = _feature_layer_count(path)
    if destination.layer_name or layers > 1:
        return "{}|layername={}".format(path, destination.target_layer())
    return str(path)


def _feature_layer_count(path: Path) -> int:
    connection = sqlite3.connect(str(path))
    try:
        return connection.execute("SELECT COUNT(*) FROM gpkg_contents WHERE data_type = 'features'").fetchone()[0]
    finally:
        connection.close()


def _write_file(algorithm, parameters, key: str, context, destination: Destination, label: str,
                output: OutputLayer, feedback, progress) -> str:
    """Another file format: QGIS's writer into a temporary file, renamed into place when complete."""
    path = destination.path
    handle = tempfile.NamedTemporaryFile(prefix=".{}.".format(path.stem), suffix=".part", dir=str(path.parent))
    temporary_stem = Path(handle.name).name
    handle.close()
    temporary = path.parent / (temporary_stem + path.suffix)
    target = str(temporary) + ("|layername=" + destination.layer_name if destination.layer_name else "")
    redirected = dict(parameters)
    redirected[key] = QgsProcessingOutputLayerDefinition(target)  # no project: nothing loaded from here
    try:
        sink, _ = algorithm.parameterAsSink(redirected, key, context, output.fields, output.wkb_type, output.crs)
        if sink is None:
            raise QgsProcessingException(algorithm.invalidSinkError(parameters, key))
        try:
            _write_features(sink, output, feedback, progress)
        finally:
            del sink  # closes the file
        _move_into_place(path.parent, temporary_stem, path.stem)
    except BaseException:
        for leftover in path.parent.glob(temporary_stem + ".*"):
            leftover.unlink()
        raise
    return str(path)


def _move_into_place(folder: Path, temporary_stem: str, stem: str) -> None:
    """Rename every file the writer made (a Shapefile is several) to the destination's name."""
    made = sorted(folder.glob(temporary_stem + ".*"))
    for old in folder.glob(stem + ".*"):
        # a sidecar of an earlier file of the same name that this write does not replace
        if old.suffix.lower() in (".shx", ".dbf", ".prj", ".cpg", ".qix", ".sbn", ".sbx", ".qmd") and not any(
                m.name[len(temporary_stem):].lower() == old.name[len(stem):].lower() for m in made):
            old.unlink()
    for part in made:
        part.replace(folder / (stem + part.name[len(temporary_stem):]))


def _qt_values(column: gpkg_writer.Column) -> List[Any]:
    values = column.values
    if isinstance(values, np.ndarray) and values.dtype.kind == "M":
        values = values.astype("datetime64[us]").astype(object)
    listed = values.tolist() if isinstance(values, np.ndarray) else list(values)
    if column.kind in ("integer", "integer64", "real", "boolean"):
        out = []
        for value in listed:
            if value is None or (isinstance(value, float) and not np.isfinite(value)):
                out.append(None)
            elif column.kind == "real":
                out.append(float(value))
            elif column.kind == "boolean":
                out.append(bool(value))
            else:
                out.append(int(value))
        return out
    return [None if isinstance(v, float) and np.isnan(v) else v for v in listed]


def _write_features(sink, output: OutputLayer, feedback, progress, batch: int = 5000) -> None:
    """Features into a QGIS sink in batches, checking for cancel between them."""
    rows = list(zip(*[_qt_values(c) for c in output.columns])) if output.columns else [()] * len(output.geometries)
    total = len(output.geometries)
    for start in range(0, total, batch):
        if feedback.isCanceled():
            raise cancelled()
        features = []
        for wkb, attributes in zip(output.geometries[start:start + batch], rows[start:start + batch]):
            feature = QgsFeature(output.fields)
            if wkb is not None:
                geometry = QgsGeometry()
                geometry.fromWkb(wkb)
                feature.setGeometry(geometry)
            feature.setAttributes(list(attributes))
            features.append(feature)
        if not sink.addFeatures(features, QgsFeatureSink.FastInsert):
            error = sink.lastError() if hasattr(sink, "lastError") else ""
            raise QgsProcessingException(tr("Could not write the output layer: {error}").format(error=error))
        progress(min(1.0, (start + batch) / max(total, 1)))
    progress(1.0)


def write_table(algorithm, parameters, key: str, context, rows: Sequence[dict]) -> str:
    """A small table without geometry (a run summary) through QGIS's sink; its destination id.

    The columns are the keys of the rows: whole numbers as integers, everything else as text.
    """
    names = list(rows[0]) if rows else []
    integer = {n: all(r[n] is None or isinstance(r[n], (int, np.integer)) for r in rows) for n in names}
    fields = QgsFields()
    for name in names:
        fields.append(QgsField(name, QVariant.LongLong if integer[name] else QVariant.String))
    sink, dest_id = algorithm.parameterAsSink(parameters, key, context, fields, QgsWkbTypes.NoGeometry)
    if sink is None:
        raise QgsProcessingException(algorithm.invalidSinkError(parameters, key))
    features = []
    for row in rows:
        feature = QgsFeature(fields)
        feature.setAttributes([row[n] if row[n] is None or integer[n] else str(row[n]) for n in names])
        features.append(feature)
    sink.addFeatures(features, QgsFeatureSink.FastInsert)
    del sink
    return dest_id

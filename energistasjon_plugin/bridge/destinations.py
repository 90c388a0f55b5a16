# SPDX-License-Identifier: GPL-2.0-or-later
"""Where each output of an algorithm goes, and the checks made before anything is written.

Two ways a run could destroy data are refused here, for every algorithm alike (the base
class asks before the run starts):

* an output written into the file of one of the run's inputs (a GeoPackage holds all its
  layers: writing the output as the whole file would delete the others);
* an output written into a GeoPackage that another program is writing at that moment.
"""
import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import List, Optional, Tuple

from qgis.core import (
    QgsDataSourceUri,
    QgsProcessing,
    QgsProcessingFeatureSourceDefinition,
    QgsProcessingOutputLayerDefinition,
    QgsProperty,
    QgsProviderRegistry,
)

from ..core.i18n import tr
from .gpkg_writer import file_is_busy

#: File formats that are SQLite databases: other programs may hold them open for writing.
SQLITE_EXTENSIONS = ("gpkg", "sqlite", "db", "spatialite")
#: Parameter types whose value is (or names) a layer.
LAYER_TYPES = ("source", "vector", "layer", "raster", "mesh", "pointcloud")
DESTINATION_TYPES = ("sink", "vectorDestination", "rasterDestination", "fileDestination", "folderDestination")


@dataclass
class Destination:
    """Where an output layer goes.

    Attributes
    ----------
    kind : str
        ``memory``, ``file`` or ``provider`` (a database such as PostGIS).
    text : str
        The destination as QGIS parses it (``memory:...``, a path, ``ogr:dbname=...``).
    path : Path, optional
        The file, for ``file``.
    layer_name : str, optional
        A layer name given inside the file (``|layername=`` or ``table=``).
    definition : QgsProcessingOutputLayerDefinition, optional
        What the caller asked for (whether to load the result, under which name).
    """

    kind: str
    text: str
    path: Optional[Path] = None
    layer_name: Optional[str] = None
    definition: Optional[QgsProcessingOutputLayerDefinition] = None

    @property
    def extension(self) -> str:
        return self.path.suffix.lower().lstrip(".") if self.path is not None else ""

    @property
    def is_geopackage(self) -> bool:
        return self.kind == "file" and self.extension == "gpkg"

    def target_layer(self) -> str:
        """The layer name written in the file (QGIS's writer takes the file name without extension)."""
        return self.layer_name or (self.path.stem if self.path is not None else "")


def _static_string(value, context, default="") -> str:
    if isinstance(value, QgsProperty):
        return value.valueAsString(context.expressionContext(), default)[0]
    return "" if value is None else str(value)


def sink_destination(algorithm, parameters, key: str, context) -> Optional[Destination]:
    """The destination of the output parameter ``key``, parsed as QGIS parses it."""
    definition = algorithm.parameterDefinition(key)
    value = parameters.get(key)
    output_definition = None
    if isinstance(value, QgsProcessingOutputLayerDefinition):
        output_definition = value
        value = value.sink
    default = definition.defaultValue() if definition is not None else None
    text = _static_string(value, context, "" if default is None else str(default))
    if not text and default is not None:
        text = str(default)
    if not text:
        return None
    if text == QgsProcessing.TEMPORARY_OUTPUT:
        text = definition.generateTemporaryDestination() if definition is not None else "memory:"
    if text.startswith("memory:"):
        return Destination("memory", text, definition=output_definition)
    match = re.match(r"^(.{3,}?):(.*)$", text)  # "ogr:..." / "postgres:..." ("C:\..." is a path)
    if match and not os.path.isabs(text):
        provider, uri = match.group(1), match.group(2)
        if provider != "ogr":
            return Destination("provider", text, definition=output_definition)
        parsed = QgsDataSourceUri(uri)
        if not parsed.database():
            return Destination("provider", text, definition=output_definition)
        return Destination("file", text, Path(parsed.database()), parsed.table() or None, output_definition)
    path_text, _, options = text.partition("|")
    layer_name = None
    for option in options.split("|") if options else []:
        if option.startswith("layername="):
            layer_name = option[len("layername="):] or None
    path = Path(path_text)
    if not path.suffix:
        path = path.with_name(path.name + ".gpkg")  # QGIS's writer adds it too
    return Destination("file", text, path, layer_name, output_definition)


def _layer_of(algorithm, parameters, name: str, context):
    value = parameters.get(name)
    if isinstance(value, QgsProcessingFeatureSourceDefinition):
        parameters = dict(parameters)
        parameters[name] = value.source
    return algorithm.parameterAsLayer(parameters, name, context)


def _layer_file(layer) -> Tuple[Optional[Path], Optional[str]]:
    """(file, layer name inside it) behind a map layer; (None, None) for non-file layers."""
    if layer is None:
        return None, None
    parts = QgsProviderRegistry.instance().decodeUri(layer.providerType(), layer.source())
    path = parts.get("path")
    if not path or not Path(path).exists():
        return None, None
    return Path(path), parts.get("layerName") or None


def input_files(algorithm, parameters, context) -> List[Tuple[str, Path, Optional[str]]]:
    """(parameter label, file, layer name) of every input that is a file."""
    found: List[Tuple[str, Path, Optional[str]]] = []
    for definition in algorithm.parameterDefinitions():
        if definition.isDestination() or parameters.get(definition.name()) in (None, "", []):
            continue
        kind, name, label = definition.type(), definition.name(), definition.description()
        if kind in LAYER_TYPES:
            path, layer = _layer_file(_layer_of(algorithm, parameters, name, context))
            if path is not None:
                found.append((label, path, layer))
        elif kind == "multilayer" and definition.layerType() == QgsProcessing.TypeFile:
            for text in algorithm.parameterAsFileList(parameters, name, context) or []:
                if text and Path(text).is_file():  # a list of files (a folder is read, not written)
                    found.append((label, Path(text), None))
        elif kind == "multilayer":
            for layer in algorithm.parameterAsLayerList(parameters, name, context):
                path, inner = _layer_file(layer)
                if path is not None:
                    found.append((label, path, inner))
        elif kind == "file":
            text = algorithm.parameterAsFile(parameters, name, context)
            if text and Path(text).exists():
                found.append((label, Path(text), None))
    return found


def output_files(algorithm, parameters, context) -> List[Tuple[str, Path, Optional[str]]]:
    """(parameter label, file, layer name) of every output that goes to a file."""
    found: List[Tuple[str, Path, Optional[str]]] = []
    for definition in algorithm.destinationParameterDefinitions():
        kind, name, label = definition.type(), definition.name(), definition.description()
        if kind in ("sink", "vectorDestination"):
            destination = sink_destination(algorithm, parameters, name, context)
            if destination is not None and destination.kind == "file":
                found.append((label, destination.path, destination.layer_name))
        elif kind in ("rasterDestination", "fileDestination"):
            text = algorithm.parameterAsFileOutput(parameters, name, context)
            if text and text != QgsProcessing.TEMPORARY_OUTPUT:
                found.append((label, Path(text), None))
    return found


def _same_file(a: Path, b: Path) -> bool:
    try:
        if a.exists() and b.exists():
            return os.path.samefile(str(a), str(b))
    except OSError:
        pass
    return os.path.normcase(os.path.abspath(str(a))) == os.path.normcase(os.path.abspath(str(b)))


def check_outputs(algorithm, parameters, context) -> Optional[str]:
    """Why the outputs cannot be written as asked (translated), or None when they can.

    Refused: an output into the file of an input, unless it names its own new layer inside
    a GeoPackage (then the input's layer is never touched); an output into a GeoPackage that
    another program is writing.
    """
    inputs = input_files(algorithm, parameters, context)
    for output_label, output_path, output_layer in output_files(algorithm, parameters, context):
        for input_label, input_path, input_layer in inputs:
            if not _same_file(output_path, input_path):
                continue
            separate_layer = (output_layer is not None and output_path.suffix.lower() == ".gpkg"
                              and input_layer is not None and output_layer.lower() != input_layer.lower())
            if separate_layer:
                continue
            return tr("The output '{output}' would be written into {path}, the file the input '{input}' is read "
                      "from. That would replace the data of the run, and in a GeoPackage every other layer of the "
                      "file. Nothing was written. Choose another file for '{output}'.").format(
                output=output_label, path=output_path, input=input_label)
        if output_path.suffix.lower().lstrip(".") in SQLITE_EXTENSIONS and file_is_busy(output_path):
            return busy_message(output_label, output_path)
    return None


def busy_message(output_label: str, path: Path) -> str:
    """The message for an output file another program is writing."""
    return tr("The file {path} for the output '{output}' is being written by another program right now (it holds "
              "a write lock). Nothing was written, and the file was left as it is. Let that program finish saving "
              "or close it, or choose another file, then run again.").format(path=path, output=output_label)

# SPDX-License-Identifier: GPL-2.0-or-later
"""The context-layer parameters that scoring and checking share, made from the engine's
declarations of the context layers (``core/context_layers.py``): how they appear in the dialog,
and how they are read into the engine's SiteContext."""
import unicodedata
from typing import Dict, List, Optional

from qgis.core import (
    QgsProcessing,
    QgsProcessingParameterDefinition,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterFile,
    QgsProcessingParameterMultipleLayers,
    QgsProcessingParameterRasterLayer,
    QgsProcessingParameterString,
)

from ..energistasjon_plugin.bridge import layers
from ..energistasjon_plugin.bridge.language import qgis_locale
from ..energistasjon_plugin.core import context_layers
from ..energistasjon_plugin.core.i18n import tr

LANGUAGES = (None, "nb", "en")
#: The feature types a layer's parameter accepts, by its declared geometry.
SOURCE_TYPES = {
    context_layers.LINE: [QgsProcessing.TypeVectorLine],
    context_layers.POLYGON: [QgsProcessing.TypeVectorPolygon],
    context_layers.POINT: [QgsProcessing.TypeVectorPoint],
    context_layers.POINT_OR_POLYGON: [QgsProcessing.TypeVectorPoint, QgsProcessing.TypeVectorPolygon],
}


def layer_parameter(layer: context_layers.ContextLayer) -> QgsProcessingParameterDefinition:
    """The algorithm parameter of a declared context layer (always optional), with its help."""
    label = layer.label()
    if layer.geometry == context_layers.FILE and layer.multiple:
        # Files and folders ("Add File(s)…", "Add Directory…" in the dialog; a folder path on the command line).
        parameter = QgsProcessingParameterMultipleLayers(layer.parameter, label, QgsProcessing.TypeFile, optional=True)
    elif layer.geometry == context_layers.FILE:
        parameter = QgsProcessingParameterFile(layer.parameter, label, fileFilter=layer.file_filter(), optional=True)
    elif layer.geometry == context_layers.RASTER:
        parameter = QgsProcessingParameterRasterLayer(layer.parameter, label, optional=True)
    elif layer.multiple:
        parameter = QgsProcessingParameterMultipleLayers(layer.parameter, label, SOURCE_TYPES[layer.geometry][0],
                                                         optional=True)
    else:
        parameter = QgsProcessingParameterFeatureSource(layer.parameter, label, SOURCE_TYPES[layer.geometry],
                                                        optional=True)
    if layer.help is not None:
        parameter.setHelp(layer.help())
    return parameter


def field_parameter(layer: context_layers.ContextLayer, role: context_layers.FieldRole):
    """The choice of one of its fields: from the layer's fields, or typed for several layers."""
    try:
        defaults = role.defaults()
    except ImportError:  # the readers need geopandas; without it the algorithms still load (and say so)
        defaults = ()
    if layer.multiple:
        parameter = QgsProcessingParameterString(role.parameter, role.label(), optional=True)
        parameter.setHelp(field_help(layer, defaults))
        return parameter
    kind = QgsProcessingParameterField.Numeric if role.numeric else QgsProcessingParameterField.Any
    # The usual published name as the default: the dialog shows it chosen when the layer has it
    # (and nothing when it has not); reading only honours a field the caller gave.
    parameter = QgsProcessingParameterField(role.parameter, role.label(),
                                            defaultValue=defaults[0] if defaults else None,
                                            parentLayerParameterName=layer.parameter, type=kind, optional=True)
    parameter.setHelp(field_help(layer, defaults))
    return parameter


def field_help(layer: context_layers.ContextLayer, defaults) -> str:
    """What a field choice is for, and what happens when it is left empty."""
    text = tr("The field of '{layer}' that holds this, when its name is not one of the usual ones.").format(
        layer=layer.label())
    # The first few usual names, each spelling once (the readers also match other cases).
    shown: Dict[str, str] = {}
    for name in defaults:
        shown.setdefault(unicodedata.normalize("NFC", name).casefold(), name)
    if shown:
        text += " " + tr("Left empty, a field with one of the usual names is used, such as {names}.").format(
            names=", ".join("'{}'".format(name) for name in list(shown.values())[:5]))
    return text


def _file_of(value, context) -> Optional[str]:
    """The file behind a value: a path as it is (a file or a folder), the file of a layer in the
    project (given by id, name or object) when it is one plain file; None otherwise."""
    import os

    from qgis.core import QgsMapLayer, QgsProcessingUtils

    if isinstance(value, str) and (os.path.exists(value) or not value):
        return value or None
    found = value if isinstance(value, QgsMapLayer) else QgsProcessingUtils.mapLayerFromString(str(value), context)
    if found is None or found.providerType() != "ogr" or getattr(found, "subsetString", lambda: "")():
        return str(value) if isinstance(value, str) else None  # the reader says the file does not exist
    path = found.source().split("|")[0]
    return path if os.path.isfile(path) else None


class ContextParameters:
    """Mixin for algorithms that read the context layers (roads, traffic, grid, plans, ...)."""

    LANGUAGE = "LANGUAGE"

    def add_parameter(self, parameter, advanced: bool = False, help_text: Optional[str] = None) -> None:
        """Add ``parameter``; ``help_text`` becomes its tooltip and its entry on the help page."""
        if advanced:
            parameter.setFlags(parameter.flags() | QgsProcessingParameterDefinition.FlagAdvanced)
        if help_text:
            parameter.setHelp(help_text)
        self.addParameter(parameter)

    def add_context_parameters(self, leave_out: tuple = ()) -> None:
        """The declared context layers (all optional) but those in ``leave_out`` (ids); field
        choices and settings are advanced (fields are detected)."""
        for layer in context_layers.LAYERS:
            if layer.id in leave_out:
                continue
            self.add_parameter(layer_parameter(layer), layer.advanced)
            for role in layer.fields:
                if role.parameter:
                    self.add_parameter(field_parameter(layer, role), True)
            for setting in layer.settings:
                self.add_parameter(QgsProcessingParameterString(setting.parameter, setting.label(), optional=True),
                                   True, setting.help() if setting.help is not None else None)

    def add_language_parameter(self, description: str) -> None:
        self.add_parameter(QgsProcessingParameterEnum(self.LANGUAGE, description,
                                                      [tr("As QGIS"), "Norsk bokmål", "English"], defaultValue=0),
                           help_text=tr("The language of what the run writes and says: explanations, field names in "
                                        "words, reports, the log and its messages. QGIS's own language by default."))

    def language(self, parameters, context) -> str:
        choice = LANGUAGES[self.parameterAsEnum(parameters, self.LANGUAGE, context)]
        return choice or qgis_locale()

    def run_language(self, parameters, context) -> str:
        return self.language(parameters, context)

    # --- reading -----------------------------------------------------------------------------
    def _chosen_fields(self, parameters, context, layer) -> Dict[str, Optional[str]]:
        """The fields the caller chose; a role left out is detected by the reader (the parameter's
        default is only the dialog's suggestion, not a choice)."""
        return {role.purpose: (self.parameterAsString(parameters, role.parameter, context) or None)
                if parameters.get(role.parameter) not in (None, "") else None
                for role in layer.fields if role.parameter}

    def _given(self, parameters, context, feedback, layer) -> List:
        """What the user gave for one declared layer, as the engine's LayerInput(s)."""
        from ..energistasjon_plugin.core.layer_readers import LayerInput

        if layer.geometry == context_layers.RASTER:
            raster = self.parameterAsRasterLayer(parameters, layer.parameter, context)
            return [layers.raster_input(raster)] if raster is not None else []
        if layer.geometry == context_layers.FILE and layer.multiple:
            return [path for path in (_file_of(value, context) for value in
                                      self.parameterAsFileList(parameters, layer.parameter, context) or []) if path]
        if layer.geometry == context_layers.FILE:
            path = self.parameterAsFile(parameters, layer.parameter, context)
            return [path] if path else []
        chosen = self._chosen_fields(parameters, context, layer)
        if layer.multiple:
            # The layer, not its provider: the CRS the user set in QGIS is the one used.
            return [LayerInput(layers.read_layer(found, feedback).frame, layers.known_name(found, context), chosen)
                    for found in self.parameterAsLayerList(parameters, layer.parameter, context)]
        if not parameters.get(layer.parameter):
            return []
        read = layers.read_parameter(self, parameters, layer.parameter, context, feedback)
        if read is None:
            return []
        plain = not getattr(parameters.get(layer.parameter), "selectedFeaturesOnly", False)
        path = _file_of(self.parameterAsVectorLayer(parameters, layer.parameter, context), context) if plain else None
        return [LayerInput(read.frame, read.name, chosen, path=path)]

    def read_context(self, parameters, context, feedback, crs):
        """All context layers this algorithm has, through the engine's readers, in the candidates' CRS."""
        from ..energistasjon_plugin.core.context_builder import build_context

        defined = {p.name() for p in self.parameterDefinitions()}
        given = {}
        for layer in context_layers.LAYERS:
            if layer.parameter not in defined:
                continue
            given[layer.keyword] = self._given(parameters, context, feedback, layer)
            for setting in layer.settings:
                text = self.parameterAsString(parameters, setting.parameter, context)
                given[setting.name] = setting.parse(text) if text else None
        return build_context(crs, **given)

    def log_inputs(self, site_context, sites, sites_name: str, feedback) -> None:
        """The run log's opening: one line per input (the sites, then each context layer: features,
        CRS, how many within the sites' extent, values not recognised, a grid file's publisher and
        date), and a warning for a layer that reaches no site."""
        from ..energistasjon_plugin.core.input_log import describe_inputs

        report = describe_inputs(site_context, sites.geometry, sites_name)
        for line in report.lines:
            feedback.pushInfo(line)
        for warning in report.warnings:
            feedback.pushWarning(warning)

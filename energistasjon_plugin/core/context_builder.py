# SPDX-License-Identifier: GPL-2.0-or-later
"""Build a :class:`SiteContext` from layers as the user has them, one declared layer after another.

Each layer is copied, reprojected to the candidates' CRS when needed, and normalised by its
reader (field auto-detection, units, NULLs) as :mod:`.context_layers` declares.  An empty
layer counts as left out, with a note, so its criteria say "unknown" instead of silently
finding nothing.
"""
from pathlib import Path
from typing import Any, Dict, List, Optional

import geopandas as gpd
import numpy as np
import pandas as pd

from . import context_layers
from .context import SiteContext
from .input_log import InputFacts
from .layer_readers import LayerInput, Reading, in_crs

__all__ = ["LayerInput", "build_context"]


def build_context(crs, dem_name: str = "DEM", **given: Any) -> SiteContext:
    """Normalise and reproject every given layer.

    Parameters
    ----------
    crs
        The candidates' CRS.
    dem_name : str
        The name of a DEM given as a path (``dem_path``), for messages.
    **given
        Per declared layer, by its ``keyword`` (:data:`.context_layers.LAYERS`): a
        :class:`LayerInput` (``roads_layer``), a list of them (``kpa_layers``), or a path or
        list of paths for a layer read from a file (``grid_capacity_files``, ``dem_path``);
        and per declared setting, by its name, the value (``corridors``).

    Raises
    ------
    InputError
        A layer has no CRS, a chosen field does not exist, a required field cannot be found, or
        the road layer is not a network of lines.
    DataFileError
        A grid-capacity file cannot be read.
    TypeError
        An argument no layer or setting is declared for.
    """
    layers = context_layers.LAYERS
    known = {layer.keyword for layer in layers} | {s.name for layer in layers for s in layer.settings}
    unknown = sorted(set(given) - known)
    if unknown:
        raise TypeError("build_context() got unexpected arguments: {}".format(", ".join(unknown)))
    notes: List[str] = []
    context = SiteContext(notes=notes)
    reading = Reading(crs, notes, context.data_dates)
    for setting in (s for layer in layers for s in layer.settings):
        value = given.get(setting.name)
        context.settings[setting.name] = list(value) if value else None
    parts: Dict[str, list] = {}
    names: Dict[str, List[str]] = {}
    for index, layer in enumerate(layers):
        entry = layer.entry_key
        for source in _sources(layer, given.get(layer.keyword), dem_name):
            names.setdefault(entry, []).append(source.name)
            reading.facts = InputFacts(entry, layer.feeds, source.name, label=layer.feeds_label, file=layer.is_file)
            context.inputs.append(reading.facts)
            frame = None if layer.is_file else in_crs(source, crs, notes, reading.facts, not layer.supplements)
            if frame is None and not layer.is_file:
                continue
            value = layer.read(source, frame, reading)
            if layer.is_file and isinstance(value, gpd.GeoDataFrame):
                _file_facts(reading.facts, value)
            if value is not None:
                parts.setdefault(entry, []).append((source.name, value))
        reading.facts = None
        last_of_entry = all(other.entry_key != entry for other in layers[index + 1:])
        if last_of_entry and entry in names:
            _put(context, layer, entry, parts.get(entry, []), names[entry], crs)
    for layer in layers:  # what stands in for a layer not given (a plan layer's hensynssoner)
        if layer.fallback is not None and layer.entry_key not in names:
            found = layer.fallback(reading)
            if found is not None:
                context.layers[layer.entry_key], context.layer_names[layer.entry_key] = found[1], found[0]
    return context


def _file_facts(facts: InputFacts, value: gpd.GeoDataFrame) -> None:
    """What the run log says of a file read into features (a grid-capacity file)."""
    import shapely

    facts.features = len(value)
    facts.bounds = shapely.bounds(np.asarray(value.geometry.array, dtype=object))


def _sources(layer: context_layers.ContextLayer, value: Any, dem_name: str) -> List[LayerInput]:
    """What was given for ``layer`` as a list of LayerInput (paths become inputs with a path)."""
    if value is None or isinstance(value, (str, Path)) and not str(value):
        return []
    values = value if isinstance(value, (list, tuple)) else [value]
    sources = []
    for item in values:
        if isinstance(item, LayerInput):
            sources.append(item)
        elif item:  # a path
            name = dem_name if layer.geometry == context_layers.RASTER else str(item)
            sources.append(LayerInput(None, name, path=str(item)))
    return sources


def _put(context: SiteContext, layer: context_layers.ContextLayer, entry: str, parts: list, names: List[str],
         crs) -> None:
    """The parts read for one entry, as one value in the context (or a note that they gave nothing)."""
    if not parts:
        if layer.empty_note is not None:
            context.notes.append(layer.empty_note())
        return
    if layer.keep_apart:  # a criterion says which of them a site lies in: names not listed as data used
        context.layers[entry] = parts
        return
    values = [value for _name, value in parts]
    context.layers[entry] = values[0] if len(values) == 1 else _joined(values, crs)
    context.layer_names[entry] = ", ".join(names)


def _joined(frames: List[gpd.GeoDataFrame], crs) -> Optional[gpd.GeoDataFrame]:
    # Several layers of one kind are normal (one KPA per municipality, many reguleringsplaner,
    # older pbl-1985 plans in their own layer, a grid file per grid company): one frame.
    return gpd.GeoDataFrame(pd.concat(frames, ignore_index=True), geometry=frames[0].geometry.name, crs=crs)

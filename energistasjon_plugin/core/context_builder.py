# SPDX-License-Identifier: GPL-2.0-or-later
"""Build a :class:`SiteContext` from layers as the user has them.

Each layer is copied, reprojected to the candidates' CRS when needed, and normalised by
its reader (field auto-detection, units, NULLs).  An empty layer counts as left out, with
a note, so its criteria say "unknown" instead of silently finding nothing.
"""
from dataclasses import dataclass, field
from typing import Dict, List, Optional, Sequence

import geopandas as gpd
import pandas as pd

from .context import SiteContext
from .criteria import normalise_station_type
from .errors import InputError
from .fields import numeric_values, resolve_field
from .i18n import tr
from .readers import digin, nvdb, roads
from .zoning.plan_layers import normalise_zoning


@dataclass
class LayerInput:
    """A context layer as given: its features, the user's name for it, chosen fields.

    Attributes
    ----------
    frame : GeoDataFrame
    name : str
        The layer's name in QGIS (used in every message about it).
    fields : dict
        Field chosen by the user per purpose (None = auto-detect), e.g.
        ``{"aadt": "ÅDT", "long_share": None}``.
    """

    frame: gpd.GeoDataFrame
    name: str
    fields: Dict[str, Optional[str]] = field(default_factory=dict)


PROTECTED_NAME_CANDIDATES = ("navn", "name", "offisieltNavn", "områdenavn")
BUILDING_TYPE_CANDIDATES = ("bygningstype", "bygningstypekode", "bygningstype_kode", "bygtype", "building_type")
STATION_TYPE_CANDIDATES = ("stasjonstype", "station_type", "drivstoff", "energibærer", "type")
STATION_NAME_CANDIDATES = ("navn", "name", "stasjonsnavn")


def _in_crs(layer: LayerInput, crs, notes: List[str]) -> Optional[gpd.GeoDataFrame]:
    frame = layer.frame
    if len(frame) == 0:
        notes.append(tr("The layer '{layer}' has no features; the criteria that need it are unknown.").format(
            layer=layer.name))
        return None
    frame = frame[frame.geometry.notna() & ~frame.geometry.is_empty]
    if frame.crs is None:
        notes.append(tr("The layer '{layer}' has no CRS; it was assumed to be in the candidates' CRS.").format(
            layer=layer.name))
        return frame.set_crs(crs, allow_override=True)
    if not frame.crs.equals(crs):
        return frame.to_crs(crs)
    return frame.copy()


def build_context(
    crs,
    roads_layer: Optional[LayerInput] = None,
    traffic_layer: Optional[LayerInput] = None,
    substation_layer: Optional[LayerInput] = None,
    grid_capacity_files: Sequence[str] = (),
    kpa_layers: Sequence[LayerInput] = (),
    rp_layers: Sequence[LayerInput] = (),
    hazard_layer: Optional[LayerInput] = None,
    protected_layer: Optional[LayerInput] = None,
    exclusion_layers: Sequence[LayerInput] = (),
    building_layer: Optional[LayerInput] = None,
    existing_layer: Optional[LayerInput] = None,
    dem_path: Optional[str] = None,
    dem_name: str = "DEM",
    corridors: Optional[Sequence[str]] = None,
) -> SiteContext:
    """Normalise and reproject every given layer.

    Raises
    ------
    InputError
        A chosen field does not exist, or a required field cannot be found.
    DataFileError
        A grid-capacity file cannot be read.
    """
    notes: List[str] = []
    context = SiteContext(dem_path=dem_path or None, corridors=list(corridors) if corridors else None, notes=notes)
    if dem_path:
        context.layer_names["dem"] = dem_name

    if roads_layer is not None:
        frame = _in_crs(roads_layer, crs, notes)
        if frame is not None:
            context.roads = roads.normalise_roads(frame, roads_layer.name, roads_layer.fields.get("category"),
                                                  roads_layer.fields.get("number"))
            context.layer_names["roads"] = roads_layer.name

    if traffic_layer is not None:
        frame = _in_crs(traffic_layer, crs, notes)
        if frame is not None:
            traffic = nvdb.normalise_traffic(frame, traffic_layer.name, traffic_layer.fields.get("aadt"),
                                             traffic_layer.fields.get("long_share"))
            notes.extend(traffic.attrs.get("warnings", []))
            try:  # road labels let the engine prefer the corridor's own count
                labelled = roads.normalise_roads(frame, traffic_layer.name)
                traffic["road_label"] = labelled["road_label"].to_numpy()
            except InputError:
                pass
            context.traffic = traffic
            context.layer_names["traffic"] = traffic_layer.name

    grids = []
    for path in grid_capacity_files:
        grid = digin.read_grid_capacity(path)
        notes.extend(grid.warnings)
        dates = sorted(set(str(d) for d in grid.substations.get("capacity_date", []) if d))
        stated = grid.generated_at or (dates[-1] if dates else None)
        if stated:
            context.data_dates["substations"] = tr("published {date} by {publisher}").format(
                date=stated, publisher=grid.publisher or "?")
        grids.append(grid.substations.to_crs(crs) if len(grid.substations) else None)
    if substation_layer is not None:
        frame = _in_crs(substation_layer, crs, notes)
        if frame is not None:
            grid = digin.grid_capacity_from_frame(frame, substation_layer.name,
                                                  available_field=substation_layer.fields.get("available"),
                                                  name_field=substation_layer.fields.get("name"))
            notes.extend(grid.warnings)
            grids.append(grid.substations)
    grids = [g for g in grids if g is not None and len(g)]
    if grids:
        context.substations = gpd.GeoDataFrame(pd.concat(grids, ignore_index=True), geometry="geometry", crs=crs)
        context.layer_names["substations"] = ", ".join(
            [str(p) for p in grid_capacity_files] + ([substation_layer.name] if substation_layer else []))
    elif grid_capacity_files or substation_layer is not None:
        notes.append(tr("The grid-capacity data has no substations; grid capacity is unknown."))

    # Several plan layers per level are normal (one KPA per municipality, many
    # reguleringsplaner, older pbl-1985 plans in their own layer): normalise each, then merge.
    for key, layers in (("kpa", kpa_layers), ("rp", rp_layers)):
        parts = []
        for layer in layers:
            frame = _in_crs(layer, crs, notes)
            if frame is not None:
                parts.append(normalise_zoning(frame, layer.name, layer.fields.get("code"),
                                              layer.fields.get("status"), layer.fields.get("plan_id")))
        if parts:
            merged = parts[0] if len(parts) == 1 else gpd.GeoDataFrame(
                pd.concat(parts, ignore_index=True), geometry=parts[0].geometry.name, crs=crs)
            setattr(context, key, merged)
            context.layer_names[key] = ", ".join(layer.name for layer in layers)

    if hazard_layer is not None:
        frame = _in_crs(hazard_layer, crs, notes)
        if frame is not None:
            chosen = hazard_layer.fields.get("code")
            if chosen:  # fail now, naming the field, rather than in the middle of scoring
                chosen = resolve_field(list(frame.columns), chosen, (), hazard_layer.name, tr("hensynssone code"))
            context.hazards, context.hazard_code_field = frame, chosen
            context.layer_names["hazards"] = hazard_layer.name

    if protected_layer is not None:
        frame = _in_crs(protected_layer, crs, notes)
        if frame is not None:
            name_field = resolve_field(list(frame.columns), protected_layer.fields.get("name"),
                                       PROTECTED_NAME_CANDIDATES, protected_layer.name, tr("name"), required=False)
            names = frame[name_field].astype("object").to_numpy() if name_field else [None] * len(frame)
            context.protected = gpd.GeoDataFrame({"name": names}, geometry=frame.geometry.to_numpy(), crs=crs)
            context.layer_names["protected"] = protected_layer.name

    for layer in exclusion_layers:
        frame = _in_crs(layer, crs, notes)
        if frame is not None:
            context.exclusions.append((layer.name, frame[[frame.geometry.name]]))

    if building_layer is not None:
        frame = _in_crs(building_layer, crs, notes)
        if frame is not None:
            type_field = resolve_field(list(frame.columns), building_layer.fields.get("type"),
                                       BUILDING_TYPE_CANDIDATES, building_layer.name, tr("building type"))
            context.buildings = gpd.GeoDataFrame({"building_type": numeric_values(frame, type_field)},
                                                 geometry=frame.geometry.to_numpy(), crs=crs)
            context.layer_names["buildings"] = building_layer.name

    if existing_layer is not None:
        frame = _in_crs(existing_layer, crs, notes)
        if frame is not None:
            type_field = resolve_field(list(frame.columns), existing_layer.fields.get("type"),
                                       STATION_TYPE_CANDIDATES, existing_layer.name, tr("station type"))
            name_field = resolve_field(list(frame.columns), existing_layer.fields.get("name"),
                                       STATION_NAME_CANDIDATES, existing_layer.name, tr("name"), required=False)
            types = normalise_station_type(frame[type_field])
            unknown = int(sum(t is None for t in types))
            if unknown:
                notes.append(tr("{n} features in '{layer}' have a station type that is not hydrogen, battery or "
                                "biogas (field '{field}'); they are ignored.").format(
                    n=unknown, layer=existing_layer.name, field=type_field))
            context.existing = gpd.GeoDataFrame(
                {"station_type": types,
                 "name": frame[name_field].astype("object").to_numpy() if name_field else [None] * len(frame)},
                geometry=frame.geometry.to_numpy(), crs=crs)
            context.layer_names["existing"] = existing_layer.name
    return context

# SPDX-License-Identifier: GPL-2.0-or-later
"""The readers of the context layers: each turns one layer as the user has it into the frame
the criteria read (the engine's column names, units, NULLs as unknown).

A reader gets the layer already in the candidates' CRS and not empty (:func:`in_crs`), the
fields the user chose (None: detect from the default names) and a :class:`Reading` for the
run's notes and data dates.  Which reader reads which layer is declared in
:mod:`.context_layers`, which loads with the plugin, before anyone has checked that geopandas
is installed: so the readers import what they work with when they run.
"""
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Dict, List, Optional

from .errors import InputError
from .i18n import tr

if TYPE_CHECKING:
    import geopandas as gpd

PROTECTED_NAME_CANDIDATES = ("navn", "name", "offisieltNavn", "områdenavn")
BUILDING_TYPE_CANDIDATES = ("bygningstype", "bygningstypekode", "bygningstype_kode", "bygtype", "building_type")
STATION_TYPE_CANDIDATES = ("stasjonstype", "station_type", "drivstoff", "energibærer", "type")
STATION_NAME_CANDIDATES = ("navn", "name", "stasjonsnavn")


@dataclass
class LayerInput:
    """A context layer as given: its features (or its file), the user's name for it, chosen fields.

    Attributes
    ----------
    frame : GeoDataFrame or None
        None for a layer given as a file (grid capacity, DEM): see ``path``.
    name : str
        The layer's name in QGIS (used in every message about it).
    fields : dict
        Field chosen by the user per purpose (None = auto-detect), e.g.
        ``{"aadt": "ÅDT", "long_share": None}``.
    path : str, optional
        The file of a layer given as a file.
    """

    frame: Optional["gpd.GeoDataFrame"]
    name: str
    fields: Dict[str, Optional[str]] = field(default_factory=dict)
    path: Optional[str] = None


@dataclass
class Reading:
    """What a reader may use besides its layer: the candidates' CRS, the run's notes and the
    dates the data state of themselves (by context entry)."""

    crs: Any
    notes: List[str]
    dates: Dict[str, str]


def in_crs(layer: LayerInput, crs, notes: List[str]) -> Optional["gpd.GeoDataFrame"]:
    """The layer's features with a geometry, in ``crs``; None (with a note) for an empty layer."""
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


def read_roads(layer: LayerInput, frame: "gpd.GeoDataFrame", reading: Reading) -> "gpd.GeoDataFrame":
    from .readers import roads

    return roads.normalise_roads(frame, layer.name, layer.fields.get("category"), layer.fields.get("number"))


def read_traffic(layer: LayerInput, frame: "gpd.GeoDataFrame", reading: Reading) -> "gpd.GeoDataFrame":
    from .readers import nvdb, roads

    traffic = nvdb.normalise_traffic(frame, layer.name, layer.fields.get("aadt"), layer.fields.get("long_share"))
    reading.notes.extend(traffic.attrs.get("warnings", []))
    try:  # road labels let the engine prefer the corridor's own count
        labelled = roads.normalise_roads(frame, layer.name)
        traffic["road_label"] = labelled["road_label"].to_numpy()
    except InputError:
        pass
    return traffic


def read_grid_file(layer: LayerInput, frame: None, reading: Reading) -> Optional["gpd.GeoDataFrame"]:
    from .readers import digin

    grid = digin.read_grid_capacity(layer.path)
    reading.notes.extend(grid.warnings)
    dates = sorted(set(str(d) for d in grid.substations.get("capacity_date", []) if d))
    stated = grid.generated_at or (dates[-1] if dates else None)
    if stated:
        reading.dates["substations"] = tr("published {date} by {publisher}").format(
            date=stated, publisher=grid.publisher or "?")
    return grid.substations.to_crs(reading.crs) if len(grid.substations) else None


def read_substation_layer(layer: LayerInput, frame: "gpd.GeoDataFrame",
                          reading: Reading) -> Optional["gpd.GeoDataFrame"]:
    from .readers import digin

    grid = digin.grid_capacity_from_frame(frame, layer.name, available_field=layer.fields.get("available"),
                                          name_field=layer.fields.get("name"))
    reading.notes.extend(grid.warnings)
    return grid.substations if len(grid.substations) else None


def read_zoning(layer: LayerInput, frame: "gpd.GeoDataFrame", reading: Reading) -> "gpd.GeoDataFrame":
    from .zoning.plan_layers import normalise_zoning

    return normalise_zoning(frame, layer.name, layer.fields.get("code"), layer.fields.get("status"),
                            layer.fields.get("plan_id"))


def read_hazards(layer: LayerInput, frame: "gpd.GeoDataFrame", reading: Reading) -> "gpd.GeoDataFrame":
    """The zones as given; the code field chosen (None: detect when scoring) in ``attrs["code_field"]``."""
    from .fields import resolve_field

    chosen = layer.fields.get("code")
    if chosen:  # fail now, naming the field, rather than in the middle of scoring
        chosen = resolve_field(list(frame.columns), chosen, (), layer.name, tr("hensynssone code"))
    frame.attrs["code_field"] = chosen
    return frame


def read_protected(layer: LayerInput, frame: "gpd.GeoDataFrame", reading: Reading) -> "gpd.GeoDataFrame":
    import geopandas as gpd

    from .fields import resolve_field

    name_field = resolve_field(list(frame.columns), layer.fields.get("name"), PROTECTED_NAME_CANDIDATES, layer.name,
                               tr("name"), required=False)
    names = frame[name_field].astype("object").to_numpy() if name_field else [None] * len(frame)
    return gpd.GeoDataFrame({"name": names}, geometry=frame.geometry.to_numpy(), crs=reading.crs)


def read_exclusion(layer: LayerInput, frame: "gpd.GeoDataFrame", reading: Reading) -> "gpd.GeoDataFrame":
    return frame[[frame.geometry.name]]


def read_buildings(layer: LayerInput, frame: "gpd.GeoDataFrame", reading: Reading) -> "gpd.GeoDataFrame":
    import geopandas as gpd

    from .fields import numeric_values, resolve_field

    type_field = resolve_field(list(frame.columns), layer.fields.get("type"), BUILDING_TYPE_CANDIDATES, layer.name,
                               tr("building type"))
    return gpd.GeoDataFrame({"building_type": numeric_values(frame, type_field)},
                            geometry=frame.geometry.to_numpy(), crs=reading.crs)


def read_existing(layer: LayerInput, frame: "gpd.GeoDataFrame", reading: Reading) -> "gpd.GeoDataFrame":
    import geopandas as gpd

    from .fields import resolve_field
    from .station_types import normalise_station_type

    columns = list(frame.columns)
    type_field = resolve_field(columns, layer.fields.get("type"), STATION_TYPE_CANDIDATES, layer.name,
                               tr("station type"))
    name_field = resolve_field(columns, layer.fields.get("name"), STATION_NAME_CANDIDATES, layer.name, tr("name"),
                               required=False)
    types = normalise_station_type(frame[type_field])
    unknown = int(sum(t is None for t in types))
    if unknown:
        reading.notes.append(tr("{n} features in '{layer}' have a station type that is not hydrogen, battery or "
                                "biogas (field '{field}'); they are ignored.").format(
            n=unknown, layer=layer.name, field=type_field))
    return gpd.GeoDataFrame(
        {"station_type": types,
         "name": frame[name_field].astype("object").to_numpy() if name_field else [None] * len(frame)},
        geometry=frame.geometry.to_numpy(), crs=reading.crs)


def read_dem(layer: LayerInput, frame: None, reading: Reading) -> str:
    """The DEM stays a file: the terrain criteria read it block by block."""
    return layer.path

# SPDX-License-Identifier: GPL-2.0-or-later
"""The readers of the context layers: each turns one layer as the user has it into the frame
the criteria read (the engine's column names, units, NULLs as unknown).

A reader gets the layer already in the candidates' CRS and not empty (:func:`in_crs`, which
refuses a layer without a CRS and warns when its coordinates cannot be in it), the fields the
user chose (None: detect from the default names) and a :class:`Reading` for the run's notes,
data dates and what the run log says of the input (:class:`~.input_log.InputFacts`).  Which
reader reads which layer is declared in :mod:`.context_layers`, which loads with the plugin,
before anyone has checked that geopandas is installed: so the readers import what they work
with when they run.
"""
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Dict, List, Optional, Sequence, Tuple

from .errors import InputError
from .i18n import tr
from .input_log import InputFacts, crs_text

if TYPE_CHECKING:
    import geopandas as gpd
    import numpy as np

PROTECTED_NAME_CANDIDATES = ("navn", "name", "offisieltNavn", "områdenavn")
BUILDING_TYPE_CANDIDATES = ("bygningstype", "bygningstypekode", "bygningstype_kode", "bygtype", "building_type")
STATION_TYPE_CANDIDATES = ("stasjonstype", "station_type", "drivstoff", "energibærer", "type")
STATION_NAME_CANDIDATES = ("navn", "name", "stasjonsnavn")
FREIGHT_NODE_NAME_CANDIDATES = ("navn", "name", "terminalnavn", "havnenavn")
SUPPLY_CARRIER_CANDIDATES = ("energibærer", "energibaerer", "drivstoff", "produkt", "carrier", "type")
SUPPLY_NAME_CANDIDATES = ("navn", "name", "anleggsnavn")
#: What a supply layer calls its plants, beside the station-type words (H2, biogass, LBG...).
SUPPLY_WORDS = {
    "hydrogen": ("hydrogenproduksjon", "hydrogenanlegg", "hydrogenfabrikk", "elektrolyse", "elektrolysør",
                 "elektrolysor", "h2-produksjon", "h2-anlegg"),
    "biogas": ("biogassanlegg", "biogassproduksjon", "biometan", "lbg-terminal", "lbg terminal", "lbg-anlegg",
               "cbg-anlegg", "flytende biogass", "komprimert biogass"),
}


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
    """What a reader may use besides its layer: the candidates' CRS, the run's notes, the
    dates the data state of themselves (by context entry), what the run log will say of the
    input being read (``facts``), and the hensynssoner found in plan layers given as zoning
    (``plan_hensyn``: (layer name, table), read as hazard zones)."""

    crs: Any
    notes: List[str]
    dates: Dict[str, str]
    facts: Optional[InputFacts] = None
    plan_hensyn: List[Tuple[str, Any]] = field(default_factory=list)

    def describe(self, lines: Sequence[str]) -> None:
        """The reader's own words about the input, for its line in the run log."""
        if self.facts is not None:
            self.facts.details.extend(lines)

    def unrecognised(self, count: int, examples: Sequence[Any], what: str) -> None:
        """Values of the input the reader did not recognise: how many, examples, what they are."""
        if self.facts is not None and count:
            shown = [str(v) for v in dict.fromkeys(examples)]
            self.facts.unrecognised = (int(count), shown, what)


def in_crs(layer: LayerInput, crs, notes: List[str], facts: Optional[InputFacts] = None, needed: bool = True
           ) -> Optional["gpd.GeoDataFrame"]:
    """The layer's features with a geometry, in ``crs``; None (with a note) for an empty layer.

    The layer's own CRS is the one used: the one set on it in QGIS (Layer > Set CRS).  When its
    coordinates cannot be in that CRS (UTM metres in a layer read as WGS84), a warning names
    the layer and the likely cause.  ``facts`` (the input's entry in the run log) gets the
    features read, the CRS and their extent in ``crs``.

    Raises
    ------
    InputError
        The layer has no CRS.
    """
    import numpy as np
    import shapely

    from .coordinates import coordinate_problem

    frame = layer.frame
    if len(frame) == 0:
        if needed:
            notes.append(tr("The layer '{layer}' has no features; the criteria that need it are unknown.").format(
                layer=layer.name))
        else:  # only read where given (the plans' byggegrense lines): nothing becomes unknown
            notes.append(tr("The layer '{layer}' has no features; it is left out.").format(layer=layer.name))
        if facts is not None:
            facts.features = 0
        return None
    if frame.crs is None:
        raise InputError(tr("The layer '{layer}' has no coordinate reference system. Set the CRS its coordinates "
                            "are in on the layer in QGIS (Layer > Set CRS), for example EPSG:25833, and run "
                            "again.").format(layer=layer.name), layer=layer.name)
    frame = frame[frame.geometry.notna() & ~frame.geometry.is_empty]
    problem = coordinate_problem(frame, layer.name, kind="layer")
    if problem:
        notes.append(problem)
    frame = frame.copy() if frame.crs.equals(crs) else frame.to_crs(crs)
    bounds = shapely.bounds(np.asarray(frame.geometry.array, dtype=object))
    if problem:  # coordinates out of their CRS's range come out of the transformation as infinity
        finite = np.isfinite(bounds).all(axis=1)
        if not finite.all():
            frame, bounds = frame[finite], bounds[finite]
    if facts is not None:
        facts.features, facts.problem = len(layer.frame), problem
        facts.crs = crs_text(layer.frame.crs)
        facts.bounds = bounds
    return frame


def read_roads(layer: LayerInput, frame: "gpd.GeoDataFrame", reading: Reading) -> "gpd.GeoDataFrame":
    """The road network (lines only: a point or polygon layer is refused, naming it)."""
    from .readers import roads

    frame, dropped = roads.require_centrelines(frame, layer.name)
    if dropped:
        reading.notes.append(tr("{n} features of the road layer '{layer}' are not lines (points or areas); only its "
                                "lines are read as the road network.").format(n=dropped, layer=layer.name))
    result = roads.normalise_roads(frame, layer.name, layer.fields.get("category"), layer.fields.get("number"))
    count, examples = result.attrs.get("unrecognised", (0, []))
    reading.unrecognised(count, examples, tr("road categories"))
    return result


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

    grid = digin.read_grid_capacity(layer.path)  # a file or a folder of files (one per grid company)
    return _grid_read(grid, reading, reproject=True)


def _grid_read(grid, reading: Reading, reproject: bool) -> Optional["gpd.GeoDataFrame"]:
    """Warnings, per-file lines for the run log and the data dates of grid-capacity data read."""
    from .readers import digin

    reading.notes.extend(grid.warnings)
    reading.describe(grid.log_lines())
    stated = [tr("published {date} by {publisher}").format(date=digin.date_text(f.generated_at),
                                                            publisher=f.publisher or "?")
              for f in grid.files if f.generated_at]
    if stated:  # one entry for every grid file of the run, in the order given
        earlier = reading.dates.get("substations")
        reading.dates["substations"] = "; ".join(([earlier] if earlier else []) + stated)
    if not len(grid.substations):
        return None
    return grid.substations.to_crs(reading.crs) if reproject else grid.substations


def read_substation_layer(layer: LayerInput, frame: "gpd.GeoDataFrame",
                          reading: Reading) -> Optional["gpd.GeoDataFrame"]:
    from .readers import digin

    grid = None
    if layer.path and not any(layer.fields.values()):
        # A DIGIN file loaded in the project: read as the file it is (publisher, date, areas, checks).
        grid = digin.grid_file_of_layer(layer.path)
    if grid is None:
        grid = digin.grid_capacity_from_frame(frame, layer.name, available_field=layer.fields.get("available"),
                                              name_field=layer.fields.get("name"))
        return _grid_read(grid, reading, reproject=False)
    return _grid_read(grid, reading, reproject=True)


def read_kpa(layer: LayerInput, frame: "gpd.GeoDataFrame", reading: Reading) -> "gpd.GeoDataFrame":
    """Kommuneplan land use (a reguleringsplan's land use in the same layer is left out, with a note)."""
    return _read_zoning(layer, frame, reading, "kp")


def read_rp(layer: LayerInput, frame: "gpd.GeoDataFrame", reading: Reading) -> "gpd.GeoDataFrame":
    """Reguleringsplan land use (a kommuneplan's land use in the same layer is left out, with a note)."""
    return _read_zoning(layer, frame, reading, "rp")


def _read_zoning(layer: LayerInput, frame: "gpd.GeoDataFrame", reading: Reading, level: str) -> "gpd.GeoDataFrame":
    """The land use of a zoning layer at plan level ``level``; the hensynssoner of a mixed plan
    layer (land use, boundaries and zones together) are kept for the hazard zones."""
    from .zoning.plan_layers import extract_hensynssoner, hensyn_rows, normalise_zoning

    zoning = normalise_zoning(frame, layer.name, layer.fields.get("code"), layer.fields.get("status"),
                              layer.fields.get("plan_id"), level=level)
    reading.notes.extend(zoning.attrs.get("warnings", []))
    if zoning.attrs.get("unknown_codes"):
        reading.notes.append(tr("{n} land-use polygons of '{layer}' have no readable land-use code; zoning is unknown "
                                "where they decide it.").format(n=zoning.attrs["unknown_codes"], layer=layer.name))
    count, examples = _unlisted_codes(zoning["code"].to_numpy(dtype="float64"), level)
    reading.unrecognised(count, examples, tr("land-use codes"))
    if hensyn_rows(frame, layer.name).any():
        zones = extract_hensynssoner(frame, layer.name)
        if len(zones):
            reading.plan_hensyn.append((layer.name, zones))
            reading.describe([tr("{n} hensynssoner, read as hazard zones").format(n=len(zones))])
    return zoning


def _unlisted_codes(codes, level: str) -> Tuple[int, List[str]]:
    """Land-use codes in no official SOSI code list of the plan level (pbl 2008 or 1985)."""
    import numpy as np

    from .codelists import known_codes

    known = {system: known_codes(system) for system in ("kpa", "kp1985", "rpa", "rp1985")}
    readable = codes[np.isfinite(codes)]
    unique, counts = np.unique(readable, return_counts=True)
    bad = [(int(c), int(n)) for c, n in zip(unique, counts)
           if int(c) not in known[(level + "a") if c >= 1000 else (level + "1985")]]
    return sum(n for _c, n in bad), [str(c) for c, _n in bad]


def read_hazards(layer: LayerInput, frame: "gpd.GeoDataFrame", reading: Reading) -> "gpd.GeoDataFrame":
    """The zones as given; the code field chosen (None: detect when scoring) in ``attrs["code_field"]``.
    The hensynssoner of plan layers given as zoning are read with them."""
    from .fields import resolve_field

    chosen = layer.fields.get("code")
    if chosen:  # fail now, naming the field, rather than in the middle of scoring
        chosen = resolve_field(list(frame.columns), chosen, (), layer.name, tr("hensynssone code"))
    plans = [(name, zones) for name, zones in reading.plan_hensyn if name != layer.name]
    if plans:
        frame = _joined_zones([frame] + [_as_zones(zones, chosen, frame.geometry.name) for _n, zones in plans],
                              frame.geometry.name, frame.crs)
        reading.notes.append(tr("The hensynssoner of the plan layer {plans} are read as hazard zones together with "
                                "'{layer}'.").format(plans=", ".join("'{}'".format(n) for n, _z in plans),
                                                     layer=layer.name))
    frame.attrs["code_field"] = chosen
    return frame


def plan_hazards(reading: Reading) -> Optional[Tuple[str, "gpd.GeoDataFrame"]]:
    """The hazard zones when no hazard layer is given: the hensynssoner of the plan layers given
    as zoning (name, zones), or None when they have none."""
    if not reading.plan_hensyn:
        return None
    names = ", ".join(name for name, _zones in reading.plan_hensyn)
    first = reading.plan_hensyn[0][1]
    zones = _joined_zones([_as_zones(z, None, first.geometry.name) for _n, z in reading.plan_hensyn],
                          first.geometry.name, first.crs)
    zones.attrs["code_field"] = None
    reading.notes.append(tr("No hazard layer given: the {n} hensynssoner of the plan layer {plans} are read as hazard "
                            "zones.").format(n=len(zones), plans=", ".join(
                                "'{}'".format(name) for name, _zones in reading.plan_hensyn)))
    return names, zones


def _as_zones(zones: "gpd.GeoDataFrame", code_field: Optional[str], geometry: str) -> "gpd.GeoDataFrame":
    """A hensynssone table (:func:`~.zoning.plan_layers.extract_hensynssoner`) as hazard zones: its
    code under the hazard layer's chosen code field, when one was chosen."""
    import geopandas as gpd

    data = {"hensynssonekode": zones["hensynssonekode"].to_numpy(),
            "hensynSonenavn": zones["hensynSonenavn"].to_numpy()}
    if code_field:
        data[code_field] = data["hensynssonekode"]
    frame = gpd.GeoDataFrame(data, geometry=gpd.GeoSeries(zones.geometry.to_numpy(), crs=zones.crs).array,
                             crs=zones.crs)
    return frame if geometry == frame.geometry.name else frame.rename_geometry(geometry)


def _joined_zones(frames: List["gpd.GeoDataFrame"], geometry: str, crs) -> "gpd.GeoDataFrame":
    import geopandas as gpd
    import pandas as pd

    return gpd.GeoDataFrame(pd.concat(frames, ignore_index=True), geometry=geometry, crs=crs)


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


def _names(layer: LayerInput, frame: "gpd.GeoDataFrame", candidates: Tuple[str, ...]) -> "np.ndarray":
    """The features' names (None where the layer has no name field)."""
    import numpy as np

    from .fields import resolve_field

    field_name = resolve_field(list(frame.columns), layer.fields.get("name"), candidates, layer.name, tr("name"),
                               required=False)
    return frame[field_name].astype("object").to_numpy() if field_name else np.full(len(frame), None, dtype=object)


def _station_types(layer: LayerInput, frame: "gpd.GeoDataFrame", role: str, candidates: Tuple[str, ...],
                   what: str) -> Tuple["np.ndarray", str]:
    """The station type (hydrogen, battery, biogas; None where none fits) each feature's ``role``
    field names, read as the station types are (H2, Batteri, LBG...), and that field."""
    from .fields import resolve_field
    from .station_types import normalise_station_type

    field_name = resolve_field(list(frame.columns), layer.fields.get(role), candidates, layer.name, what)
    return normalise_station_type(frame[field_name]), field_name


def read_existing(layer: LayerInput, frame: "gpd.GeoDataFrame", reading: Reading) -> "gpd.GeoDataFrame":
    import geopandas as gpd

    types, type_field = _station_types(layer, frame, "type", STATION_TYPE_CANDIDATES, tr("station type"))
    unknown = int(sum(t is None for t in types))
    if unknown:
        reading.notes.append(tr("{n} features in '{layer}' have a station type that is not hydrogen, battery or "
                                "biogas (field '{field}'); they are ignored.").format(
            n=unknown, layer=layer.name, field=type_field))
    return gpd.GeoDataFrame({"station_type": types, "name": _names(layer, frame, STATION_NAME_CANDIDATES)},
                            geometry=frame.geometry.to_numpy(), crs=reading.crs)


def read_freight_nodes(layer: LayerInput, frame: "gpd.GeoDataFrame", reading: Reading) -> "gpd.GeoDataFrame":
    """Freight nodes and rest areas: points or areas, with a name where the layer has one."""
    import geopandas as gpd

    return gpd.GeoDataFrame({"name": _names(layer, frame, FREIGHT_NODE_NAME_CANDIDATES)},
                            geometry=frame.geometry.to_numpy(), crs=reading.crs)


def read_supply(layer: LayerInput, frame: "gpd.GeoDataFrame", reading: Reading) -> "gpd.GeoDataFrame":
    """Supply points: hydrogen producers, biogas plants and LBG terminals, with their energy carrier
    (read as the station types are: H2, biogass, LBG, CBG..., or as plants are called:
    Biogassanlegg, LBG-terminal, Elektrolyse...) and a name where the layer has one."""
    import geopandas as gpd
    import numpy as np

    carriers, carrier_field = _station_types(layer, frame, "carrier", SUPPLY_CARRIER_CANDIDATES, tr("energy carrier"))
    words = {word: carrier for carrier, listed in SUPPLY_WORDS.items() for word in listed}
    text = frame[carrier_field].astype("object").where(frame[carrier_field].notna(), "").astype(str)
    plants = text.str.strip().str.casefold().map(words).to_numpy(dtype=object)
    carriers = np.where(np.array([c is None for c in carriers], dtype=bool), plants, carriers)
    blank = int((text.str.strip() == "").sum())
    other = int(sum(c not in ("hydrogen", "biogas") for c in carriers)) - blank
    if blank:
        reading.notes.append(tr("{n} features in '{layer}' have no energy carrier (field '{field}'); they are "
                                "ignored.").format(n=blank, layer=layer.name, field=carrier_field))
    if other:
        reading.notes.append(tr("{n} features in '{layer}' supply neither hydrogen nor biogas (field '{field}'); they "
                                "are ignored.").format(n=other, layer=layer.name, field=carrier_field))
    return gpd.GeoDataFrame({"carrier": carriers, "name": _names(layer, frame, SUPPLY_NAME_CANDIDATES)},
                            geometry=frame.geometry.to_numpy(), crs=reading.crs)


def read_building_limits(layer: LayerInput, frame: "gpd.GeoDataFrame", reading: Reading) -> "gpd.GeoDataFrame":
    """The plans' byggegrense lines, each with the plan that sets it (``plan``: its name, else its
    id, else the layer's name).  A layer with juridisk linje codes keeps its byggegrenser (SOSI
    1211/1111) and leaves the other lines out with a note; a layer without codes is taken as
    byggegrense lines drawn by hand.  Features that are not lines are left out with a note."""
    import geopandas as gpd
    import numpy as np
    import shapely

    from .fields import find_field, layer_columns
    from .zoning.plan_layers import BUILDING_LIMIT_CODE_FIELDS, extract_building_limits

    geoms = np.asarray(frame.geometry.array, dtype=object)
    linear = np.isin(shapely.get_type_id(geoms), (1, 2, 5))
    others = int((~linear & ~shapely.is_missing(geoms) & ~shapely.is_empty(geoms)).sum())
    if others:
        reading.notes.append(tr("{n} features of '{layer}' are not lines (a byggegrense is a line) and are left "
                                "out.").format(n=others, layer=layer.name))
    coded = find_field(layer_columns(frame), BUILDING_LIMIT_CODE_FIELDS) is not None
    limits = extract_building_limits(frame, layer.name, all_lines=not coded)
    if coded and len(limits) < int(linear.sum()):
        reading.notes.append(tr("{n} of the {total} lines of '{layer}' are no byggegrense (juridisk linje 1211 "
                                "in a reguleringsplan, 1111 in a kommuneplan) and are left out.").format(
            n=int(linear.sum()) - len(limits), total=int(linear.sum()), layer=layer.name))
    names = limits["plannavn"].to_numpy(dtype=object)
    ids = [" ".join(str(v) for v in (k, p) if v) or None
           for k, p in zip(limits["kommunenummer"], limits["planidentifikasjon"])]
    plans = [name or (tr("plan {id}").format(id=i) if i else layer.name) for name, i in zip(names, ids)]
    return gpd.GeoDataFrame({"plan": np.asarray(plans, dtype=object)}, geometry=limits.geometry.to_numpy(),
                            crs=reading.crs)


def read_dem(layer: LayerInput, frame: None, reading: Reading) -> str:
    """The DEM stays a file: the terrain criteria read it block by block (its CRS and extent
    are noted for the run log)."""
    if reading.facts is not None:
        try:
            import numpy as np
            import rasterio
            from rasterio.crs import CRS
            from rasterio.warp import transform_bounds

            target = CRS.from_user_input(reading.crs.to_wkt() if hasattr(reading.crs, "to_wkt") else reading.crs)
            with rasterio.open(layer.path) as dem:
                if dem.crs is not None:
                    reading.facts.crs = crs_text(dem.crs)
                    reading.facts.bounds = np.array([transform_bounds(dem.crs, target, *dem.bounds)])
        except Exception:  # noqa: BLE001 - the terrain criteria say what is wrong with the file
            pass
    return layer.path

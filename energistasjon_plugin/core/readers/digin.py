# SPDX-License-Identifier: GPL-2.0-or-later
"""Grid companies' published free capacity: DIGIN10-30 GridCapacity JSON.

Since 1 January 2025 Norwegian grid companies publish estimated free capacity per
transformer substation (forskrift om energiutredninger § 15) as a JSON-LD GeoJSON
FeatureCollection (ENTSO-E CIM GeographicalLocation): one Point per substation, or
one Polygon per area for Statnett, with ``name``, ``owner``, ``capacityDate``,
``capacityUnit``, ``availableCons``, ``reservedCons``, ``availableProd`` (negative)
and caveats in ``description``/``shortDescription``.

Real files differ from the ideal (a list around the collection, JSON-LD header keys,
``@graph`` wrappers, empty collections, stray spaces, numbers as text, kW instead of
MW, features without geometry).  They are read as published: the planner never has to
clean a file by hand, and whatever was repaired is reported in ``warnings``.
A missing capacity stays unknown (NaN), never zero; so do the figures that are no figures
(:mod:`.digin_checks`: negative or non-numeric ``availableCons``, all-zero placeholder area
files), and features whose coordinates cannot be in the file's CRS are left out with a
warning (latitude/longitude written the wrong way round are turned back).

A region spans several grid companies: several files, or a folder of them, are read into one
table with each file's publisher kept (``publisher`` column, :attr:`GridCapacity.files` for
the run log).  Capacity after planned measures comes from the CIM capacity schedules of the
GridCapacity profile (:mod:`.digin_schedule`); the flat file has no field for it.
"""
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Dict, List, Optional, Sequence, Tuple, Union

import geopandas as gpd
import numpy as np
import pandas as pd
import shapely
import shapely.geometry

from ..arrays import repeated
from ..errors import DataFileError, InputError
from ..fields import layer_columns, normalise_field_name, numeric_values, resolve_field
from ..i18n import tr
from . import digin_schedule
from .digin_checks import GridFile, capacity_problems, check_coordinates, date_text, grid_file_lines, placeholder_areas
from .digin_json import DEFAULT_CRS, collection_crs, collections, header_value

__all__ = [
    "GridCapacity",
    "CAPACITY_CANDIDATES",
    "NAME_CANDIDATES",
    "read_grid_capacity",
    "parse_grid_capacity",
    "grid_capacity_from_frame",
    "SUBSTATION_COLUMNS",
    "GRID_FILE_SUFFIXES",
    "GridFile",
    "grid_file_lines",
    "grid_file_of_layer",
    "date_text",
]

NAME_CANDIDATES: Tuple[str, ...] = ("name", "navn", "stasjonsnavn", "stasjon", "substation")
OWNER_CANDIDATES: Tuple[str, ...] = ("owner", "eier", "nettselskap", "netteier")
DATE_CANDIDATES: Tuple[str, ...] = ("capacityDate", "capacity_date", "dato", "date")
UNIT_CANDIDATES: Tuple[str, ...] = ("capacityUnit", "capacity_unit", "enhet", "unit")
CAPACITY_CANDIDATES: Tuple[str, ...] = (
    "availableCons", "available_cons_mw", "available_cons", "ledigKapasitetForbruk",
    "ledig kapasitet forbruk", "ledig kapasitet", "free_capacity_mw", "free_capacity",
)
RESERVED_CANDIDATES: Tuple[str, ...] = ("reservedCons", "reserved_cons_mw", "reserved_cons",
                                        "reservertKapasitet", "reservert")
PRODUCTION_CANDIDATES: Tuple[str, ...] = ("availableProd", "available_prod_mw", "available_prod",
                                          "ledigKapasitetProduksjon")
DESCRIPTION_CANDIDATES: Tuple[str, ...] = ("description", "beskrivelse")
SHORT_DESCRIPTION_CANDIDATES: Tuple[str, ...] = ("shortDescription", "short_description",
                                                 "kortBeskrivelse")

SUBSTATION_COLUMNS: Tuple[str, ...] = (
    "name", "owner", "publisher", "capacity_date", "available_cons_mw", "reserved_cons_mw",
    "available_prod_mw", "future_cons_mw", "future_date", "description", "short_description", "is_area",
    "source",
)
PUBLISHER_KEYS: Tuple[str, ...] = ("dcterms:publisher", "publisher", "dct:publisher", "dcterms:rightHolder")
GENERATED_KEYS: Tuple[str, ...] = ("prov:generatedAt", "prov:generatedAtTime", "generatedAt", "dcterms:created",
                                   "dcterms:issued")
#: The files a folder of grid-capacity files is read for.
GRID_FILE_SUFFIXES: Tuple[str, ...] = (".json", ".geojson", ".jsonld")

# Factor to MW, keyed by normalised unit.  MVA is taken as MW (power factor ~1).
_UNIT_FACTORS: Dict[str, float] = {"mw": 1.0, "mva": 1.0, "kw": 1e-3, "kva": 1e-3, "gw": 1e3, "w": 1e-6}
_DEFAULT_CRS = DEFAULT_CRS


@dataclass
class GridCapacity:
    """Free grid capacity per substation, normalised from one or more published files.

    Attributes
    ----------
    substations : geopandas.GeoDataFrame
        Columns ``name``, ``owner``, ``capacity_date`` (text as published),
        ``publisher`` (the file's publisher, else the owner), ``available_cons_mw`` (free
        capacity for consumption, NaN when not published or not a figure),
        ``reserved_cons_mw``, ``available_prod_mw`` (as published, negative),
        ``future_cons_mw`` and ``future_date`` (free capacity after planned measures and
        when, where the file publishes it; NaN/None otherwise), ``description``,
        ``short_description`` (caveats), ``is_area`` (True for area polygons such as
        Statnett's) and ``source`` (file or layer name); CRS set.
    publisher : str or None
        Publisher(s) named in the file header, e.g. "Elvia".
    generated_at : str or None
        When the data were generated (the oldest, when several files were read).
    warnings : list of str
        Translated notes on what was repaired or is missing.
    files : list of GridFile
        Per file (or layer) read: publisher, date, substations or areas (:func:`grid_file_lines`).
    """

    substations: "gpd.GeoDataFrame"
    publisher: Optional[str] = None
    generated_at: Optional[str] = None
    warnings: List[str] = field(default_factory=list)
    files: List[GridFile] = field(default_factory=list)

    def log_lines(self) -> List[str]:
        """One translated line per file for the run log (publisher, date, substations or areas)."""
        return grid_file_lines(self.files)


# --------------------------------------------------------------------------- files

def read_grid_capacity(paths: Union[str, Path, Sequence[Union[str, Path]]]) -> GridCapacity:
    """Read one or more DIGIN10-30 GridCapacity files (one per grid company), or folders of them.

    Parameters
    ----------
    paths : str, Path or sequence of them
        The JSON files, or folders whose ``*.json``, ``*.geojson`` and ``*.jsonld`` files are read
        (a region spans several grid companies: Elvia, Glitre Nett, Lede, Norgesnett...).

    Returns
    -------
    GridCapacity
        All substations of all files, in one CRS (the files' common CRS, else WGS84).

    Raises
    ------
    DataFileError
        A file is missing, is not valid JSON (the message gives line and column) or is
        not a FeatureCollection; a folder holds no such file.
    """
    if isinstance(paths, (str, Path)):
        paths = [paths]
    paths = _expand_folders([Path(p) for p in paths])
    if not paths:
        raise InputError(tr("No grid capacity file was given; choose at least one DIGIN JSON file."))
    parts = []
    for path in paths:
        if not path.is_file():
            raise DataFileError(
                tr("Grid capacity file '{file}' does not exist.").format(file=str(path)), path=str(path)
            )
        raw = path.read_bytes()
        warnings: List[str] = []
        try:
            text = raw.decode("utf-8-sig")
        except UnicodeDecodeError:
            text = raw.decode("cp1252", errors="replace")
            warnings.append(tr("File '{file}' is not UTF-8; it was read as Windows-1252.")
                            .format(file=path.name))
        try:
            document = json.loads(text)
        except json.JSONDecodeError as error:
            raise DataFileError(
                tr("Grid capacity file '{file}' is not valid JSON: {problem} at line {line}, "
                   "column {column}. Download the file again or repair it at that place.").format(
                    file=path.name, problem=error.msg, line=error.lineno, column=error.colno),
                path=str(path), line=error.lineno,
            ) from error
        part = parse_grid_capacity(document, path.name)
        part.warnings[:0] = warnings
        parts.append(part)
    return _combine(parts)


def _expand_folders(paths: List[Path]) -> List[Path]:
    """Folders replaced by their grid-capacity files (sorted); each file once."""
    expanded: List[Path] = []
    for path in paths:
        if path.is_dir():
            found = sorted(p for p in path.iterdir() if p.is_file() and p.suffix.lower() in GRID_FILE_SUFFIXES)
            if not found:
                raise DataFileError(
                    tr("The folder '{folder}' holds no grid capacity file ({suffixes}).").format(
                        folder=str(path), suffixes=", ".join("*" + s for s in GRID_FILE_SUFFIXES)), path=str(path))
            expanded.extend(found)
        else:
            expanded.append(path)
    seen, unique = set(), []
    for path in expanded:
        key = str(path.resolve()) if path.exists() else str(path)
        if key not in seen:
            seen.add(key)
            unique.append(path)
    return unique


def parse_grid_capacity(document: Any, source: str) -> GridCapacity:
    """Normalise an already-parsed GridCapacity JSON document.

    Parameters
    ----------
    document : object
        What ``json.load`` returned: a FeatureCollection, a list of them, or a JSON-LD
        object with an ``@graph``.
    source : str
        File name, kept in the ``source`` column and used in messages.

    Returns
    -------
    GridCapacity

    Raises
    ------
    DataFileError
        The document holds no FeatureCollection.
    """
    if digin_schedule.is_schedule_document(document):
        return _parse_schedule(document, source)
    found = collections(document, {}, source, "")
    parts = []
    for collection, header, key in found:
        parts.append(_parse_collection(collection, header, source, key))
    if not parts:  # e.g. a bare "[]": nothing published
        parts.append(GridCapacity(_empty_substations(), warnings=[], files=[GridFile(source)]))
        parts[0].warnings.append(
            tr("'{source}' contains no substations (the feature collection is empty).").format(source=source)
        )
    combined = _combine(parts)
    combined.files = [_merged_file(source, combined.files)]
    return combined


def _merged_file(source: str, files: List[GridFile]) -> GridFile:
    """The summaries of the collections of one file as one."""
    if len(files) == 1:
        return files[0]
    publishers = ", ".join(dict.fromkeys(f.publisher for f in files if f.publisher)) or None
    dates = sorted(f.generated_at for f in files if f.generated_at)
    return GridFile(source, publishers, dates[0] if dates else None, sum(f.points for f in files),
                    sum(f.areas for f in files), sum(f.unknown for f in files),
                    bool(files) and all(f.placeholders for f in files if f.areas) and any(f.areas for f in files),
                    sum(f.left_out for f in files))


def _parse_collection(collection: Dict[str, Any], header: Dict[str, Any], source: str,
                      key: str) -> GridCapacity:
    crs = collection_crs(collection, source, key)
    publisher = header_value(header, PUBLISHER_KEYS)
    generated = header_value(header, GENERATED_KEYS)
    warnings: List[str] = []
    summary = GridFile(source, publisher, generated)
    features = collection["features"]
    if not features:
        warnings.append(
            tr("'{source}' contains no substations (the feature collection is empty).").format(source=source)
        )
        return GridCapacity(_empty_substations(crs), publisher, generated, warnings, [summary])

    rows, geometries, skipped = [], [], 0
    # One pass over the features is unavoidable: JSON objects become rows here.
    for feature in features:
        geometry = None
        if isinstance(feature, dict) and isinstance(feature.get("geometry"), dict):
            try:
                geometry = shapely.geometry.shape(feature["geometry"])
            except Exception:  # malformed coordinates: treat like a missing geometry
                geometry = None
        if geometry is None or geometry.is_empty:
            skipped += 1
            continue
        properties = feature.get("properties")
        rows.append(properties if isinstance(properties, dict) else {})
        geometries.append(geometry)
    if skipped:
        warnings.append(
            tr("{n} of {total} features in '{source}' have no geometry and were skipped.").format(
                n=skipped, total=len(features), source=source)
        )
    summary.left_out = skipped
    if not rows:
        return GridCapacity(_empty_substations(crs), publisher, generated, warnings, [summary])

    frame = gpd.GeoDataFrame(pd.DataFrame(rows), geometry=geometries, crs=crs)
    frame, more, left_out = check_coordinates(frame, source)
    warnings += more
    summary.left_out += left_out
    if not len(frame):
        return GridCapacity(_empty_substations(crs), publisher, generated, warnings, [summary])
    substations, more = _normalise(frame, source, {}, required=False, owner_fallback=publisher)
    substations, placeholder_notes, summary.placeholders = placeholder_areas(
        substations, source, publisher or _owners(substations))
    _count(summary, substations)
    return GridCapacity(substations, publisher, generated, warnings + more + placeholder_notes, [summary])


def _parse_schedule(document: Dict[str, Any], source: str) -> GridCapacity:
    """A file of capacity schedules (:mod:`.digin_schedule`): today's figure and the one after
    planned measures per area or substation."""
    header = {k: v for k, v in document.items() if k != "@graph"}
    publisher = header_value(header, PUBLISHER_KEYS)
    generated = header_value(header, GENERATED_KEYS)
    summary = GridFile(source, publisher, generated)
    frame, warnings = digin_schedule.parse_schedule(document, source, generated, publisher)
    if frame is None:
        return GridCapacity(_empty_substations(), publisher, generated, warnings, [summary])
    frame, more, summary.left_out = check_coordinates(frame, source)
    warnings += more
    if not len(frame):
        return GridCapacity(_empty_substations(), publisher, generated, warnings, [summary])
    substations, more = _normalise(frame, source, {}, required=False, owner_fallback=publisher)
    substations["future_cons_mw"] = frame["futureCons"].to_numpy(dtype="float64")
    substations["future_date"] = frame["futureDate"].to_numpy(dtype=object)
    _count(summary, substations)
    return GridCapacity(substations, publisher, generated, warnings + more, [summary])


def _owners(substations: "gpd.GeoDataFrame") -> Optional[str]:
    owners = [str(o) for o in dict.fromkeys(substations["owner"].dropna())]
    return ", ".join(owners) or None


def _count(summary: GridFile, substations: "gpd.GeoDataFrame") -> None:
    areas = substations["is_area"].to_numpy(dtype=bool)
    summary.areas = int(areas.sum())
    summary.points = int((~areas).sum())
    summary.unknown = int(np.isnan(substations["available_cons_mw"].to_numpy(dtype="float64")).sum())


# --------------------------------------------------------------------------- layers

def grid_capacity_from_frame(
    frame: "gpd.GeoDataFrame",
    layer_name: str,
    available_field: Optional[str] = None,
    name_field: Optional[str] = None,
    reserved_field: Optional[str] = None,
    production_field: Optional[str] = None,
    owner_field: Optional[str] = None,
    date_field: Optional[str] = None,
    unit_field: Optional[str] = None,
    description_field: Optional[str] = None,
    default_unit: str = "MW",
) -> GridCapacity:
    """Normalise a substation layer the user already has (a loaded GeoJSON, or their own).

    Parameters
    ----------
    frame : geopandas.GeoDataFrame
        The layer (not modified).
    layer_name : str
        Name of the layer, for messages and the ``source`` column.
    available_field : str, optional
        Free capacity for consumption; detected (``availableCons``...) when None.
        Required.
    name_field, reserved_field, production_field, owner_field, date_field, unit_field,
    description_field : str, optional
        Other fields, detected when None; optional.
    default_unit : str
        Unit of the capacities when the layer has no unit field ("MW" or "kW").

    Returns
    -------
    GridCapacity

    Raises
    ------
    InputError
        No capacity field, or a chosen field does not exist.
    """
    chosen = {"available": available_field, "name": name_field, "reserved": reserved_field,
              "production": production_field, "owner": owner_field, "date": date_field,
              "unit": unit_field, "description": description_field}
    geoms = frame.geometry.to_numpy()
    valid = ~(shapely.is_missing(geoms) | shapely.is_empty(geoms))
    warnings: List[str] = []
    if not valid.all():
        warnings.append(
            tr("{n} of {total} features in '{source}' have no geometry and were skipped.").format(
                n=int((~valid).sum()), total=len(frame), source=layer_name)
        )
    substations, more = _normalise(frame[valid], layer_name, chosen, required=True,
                                   default_unit=default_unit)
    summary = GridFile(layer_name, _owners(substations), None, left_out=int((~valid).sum()))
    substations, placeholder_notes, summary.placeholders = placeholder_areas(substations, layer_name, summary.publisher)
    _count(summary, substations)
    return GridCapacity(substations, None, None, warnings + more + placeholder_notes, [summary])


# --------------------------------------------------------------------------- shared

def _clean_text(frame: pd.DataFrame, column: Optional[str]) -> np.ndarray:
    """Text with stray/duplicate spaces removed; None where empty or missing."""
    if column is None:
        return np.full(len(frame), None, dtype=object)
    series = frame[column]
    text = series.astype(str).str.replace(r"\s+", " ", regex=True).str.strip()
    text = text.where(series.notna() & (text != ""), None)
    return text.to_numpy(dtype=object)


def _normalise(frame: "gpd.GeoDataFrame", source: str, chosen: Dict[str, Optional[str]],
               required: bool, owner_fallback: Optional[str] = None,
               default_unit: str = "MW") -> Tuple["gpd.GeoDataFrame", List[str]]:
    """The common path for files and layers: resolve fields, convert units, clean text."""
    columns = layer_columns(frame)
    warnings: List[str] = []

    def field_for(kind: str, candidates: Sequence[str], purpose: str, need: bool = False):
        return resolve_field(columns, chosen.get(kind), candidates, source, purpose, required=need)

    f_avail = field_for("available", CAPACITY_CANDIDATES,
                        tr("free grid capacity for consumption (availableCons)"), need=required)
    f_name = field_for("name", NAME_CANDIDATES, tr("substation name"))
    f_reserved = field_for("reserved", RESERVED_CANDIDATES, tr("reserved capacity (reservedCons)"))
    f_prod = field_for("production", PRODUCTION_CANDIDATES,
                       tr("free capacity for production (availableProd)"))
    f_owner = field_for("owner", OWNER_CANDIDATES, tr("grid company (owner)"))
    f_date = field_for("date", DATE_CANDIDATES, tr("capacity date (capacityDate)"))
    f_unit = field_for("unit", UNIT_CANDIDATES, tr("capacity unit (capacityUnit)"))
    f_desc = field_for("description", DESCRIPTION_CANDIDATES, tr("description"))
    f_short = resolve_field(columns, None, SHORT_DESCRIPTION_CANDIDATES, source, "", required=False)

    n = len(frame)
    nan = np.full(n, np.nan)
    available = numeric_values(frame, f_avail) if f_avail else nan.copy()
    reserved = numeric_values(frame, f_reserved) if f_reserved else nan.copy()
    production = numeric_values(frame, f_prod) if f_prod else nan.copy()

    factor = _unit_factors(frame, f_unit, default_unit, source, warnings)
    available, reserved, production = available * factor, reserved * factor, production * factor
    names = _clean_text(frame, f_name)
    available, problems = capacity_problems(frame[f_avail] if f_avail else None, available, names, source,
                                            f_avail or "availableCons")
    warnings.extend(problems)

    owner = _clean_text(frame, f_owner)
    if owner_fallback:
        owner = np.where(pd.isna(owner), owner_fallback, owner)
    publisher = repeated(owner_fallback, n) if owner_fallback else owner.copy()
    geoms = frame.geometry.to_numpy()
    substations = gpd.GeoDataFrame(
        {
            "name": names,
            "owner": owner,
            "publisher": publisher,
            "capacity_date": _clean_text(frame, f_date),
            "available_cons_mw": available,
            "reserved_cons_mw": reserved,
            "available_prod_mw": production,
            "future_cons_mw": np.full(n, np.nan),
            "future_date": np.full(n, None, dtype=object),
            "description": _clean_text(frame, f_desc),
            "short_description": _clean_text(frame, f_short),
            "is_area": np.isin(shapely.get_type_id(geoms), (3, 6)),
            "source": repeated(source, n),
        },
        geometry=geoms,
        crs=frame.crs,
    )

    # Values published but no figure are named by capacity_problems; here: nothing published.
    if f_avail:
        raw = frame[f_avail]
        unknown = int((raw.isna() | (raw.astype(str).str.strip() == "")).sum())
    else:
        unknown = n
    if n and unknown == n:
        warnings.append(
            tr("No substation in '{source}' has a published free capacity for consumption "
               "(availableCons); it is unknown, not zero.").format(source=source)
        )
    elif unknown:
        warnings.append(
            tr("{n} of {total} substations in '{source}' have no published free capacity for "
               "consumption; it is unknown, not zero.").format(n=unknown, total=n, source=source)
        )
    return substations, warnings


def _unit_factors(frame: pd.DataFrame, unit_field: Optional[str], default_unit: str, source: str,
                  warnings: List[str]) -> np.ndarray:
    """Per-row factor to MW from the unit column (missing units: ``default_unit``)."""
    default_key = normalise_field_name(default_unit or "MW")
    default = _UNIT_FACTORS.get(default_key, 1.0)
    if unit_field is None:
        return np.full(len(frame), default)
    units = pd.Series(_clean_text(frame, unit_field), index=frame.index)
    keys = units.map(lambda u: normalise_field_name(u) if isinstance(u, str) else default_key)
    factor = keys.map(_UNIT_FACTORS).to_numpy(dtype="float64", na_value=np.nan)
    unknown = np.isnan(factor)
    if unknown.any():
        names = ", ".join(sorted(set(units[unknown].astype(str))))
        warnings.append(
            tr("'{source}' uses a capacity unit that is not understood ({units}) for {n} "
               "substations; their figures were read as MW.").format(
                source=source, units=names, n=int(unknown.sum()))
        )
        factor[unknown] = 1.0
    converted = int(((keys == "kw") | (keys == "kva")).sum())
    if converted and default_key not in ("kw", "kva"):
        warnings.append(
            tr("Figures published in kW ({n} of {total} substations in '{source}') were converted "
               "to MW.").format(n=converted, total=len(frame), source=source)
        )
    elif converted:
        warnings.append(
            tr("The capacities in '{source}' were taken as kW and converted to MW.").format(source=source)
        )
    return factor


def _empty_substations(crs: str = _DEFAULT_CRS) -> "gpd.GeoDataFrame":
    data = {name: np.array([], dtype=object) for name in SUBSTATION_COLUMNS}
    for name in ("available_cons_mw", "reserved_cons_mw", "available_prod_mw", "future_cons_mw"):
        data[name] = np.array([], dtype="float64")
    data["is_area"] = np.array([], dtype=bool)
    return gpd.GeoDataFrame(data, geometry=np.array([], dtype=object), crs=crs)


def _combine(parts: List[GridCapacity]) -> GridCapacity:
    """Concatenate parts (files, or collections in one file) into one GridCapacity."""
    if len(parts) == 1:
        return parts[0]
    frames = [p.substations for p in parts if len(p.substations)]
    if frames:
        # Files from different companies may use different CRSs: meet in WGS84 then.
        same = len({f.crs.to_string() if f.crs is not None else None for f in frames}) == 1
        target = frames[0].crs if same else _DEFAULT_CRS
        frames = [f if same else f.to_crs(target) for f in frames]
        substations = gpd.GeoDataFrame(pd.concat(frames, ignore_index=True), geometry="geometry",
                                       crs=target)
    else:
        substations = _empty_substations(parts[0].substations.crs or _DEFAULT_CRS)
    publishers = [p.publisher for p in parts if p.publisher]
    generated = sorted(p.generated_at for p in parts if p.generated_at)
    warnings = [w for p in parts for w in p.warnings]
    return GridCapacity(
        substations,
        ", ".join(dict.fromkeys(publishers)) or None,
        generated[0] if generated else None,
        warnings,
        [f for p in parts for f in p.files],
    )


def grid_file_of_layer(path: Union[str, Path]) -> Optional[GridCapacity]:
    """The DIGIN file a layer loaded in the project was opened from, read as a file; None when
    the file is not one (then the layer is read as the user's own substation layer).

    A layer's fields lose the file's header (publisher, date) and QGIS reads a GeoJSON without a
    ``crs`` member as WGS84 whatever its coordinates: reading the file itself keeps the header
    and checks the coordinates.  A file whose coordinates had to be left out is read as the
    layer instead, so a CRS the user set in QGIS (Layer > Set CRS) is the one used.
    """
    path = Path(path)
    if path.suffix.lower() not in GRID_FILE_SUFFIXES or not path.is_file():
        return None
    try:
        grid = read_grid_capacity(path)
    except (DataFileError, InputError):
        return None
    no_figures = grid.substations["available_cons_mw"].isna().all()
    if not len(grid.substations) or any(f.left_out for f in grid.files) or (no_figures and not grid.publisher):
        return None  # not a DIGIN file after all, or one whose coordinates the layer's CRS may fix
    return grid

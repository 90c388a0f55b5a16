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
A missing capacity stays unknown (NaN), never zero.
"""
import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Dict, List, Optional, Sequence, Tuple, Union

import geopandas as gpd
import numpy as np
import pandas as pd
import shapely
import shapely.geometry

from ..errors import DataFileError, InputError
from ..fields import layer_columns, normalise_field_name, numeric_values, resolve_field
from ..i18n import tr

__all__ = [
    "GridCapacity",
    "CAPACITY_CANDIDATES",
    "NAME_CANDIDATES",
    "read_grid_capacity",
    "parse_grid_capacity",
    "grid_capacity_from_frame",
    "SUBSTATION_COLUMNS",
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
    "name", "owner", "capacity_date", "available_cons_mw", "reserved_cons_mw",
    "available_prod_mw", "description", "short_description", "is_area", "source",
)

# Factor to MW, keyed by normalised unit.  MVA is taken as MW (power factor ~1).
_UNIT_FACTORS: Dict[str, float] = {"mw": 1.0, "mva": 1.0, "kw": 1e-3, "kva": 1e-3, "gw": 1e3, "w": 1e-6}
_DEFAULT_CRS = "EPSG:4326"  # GeoJSON: WGS84 longitude/latitude


@dataclass
class GridCapacity:
    """Free grid capacity per substation, normalised from one or more published files.

    Attributes
    ----------
    substations : geopandas.GeoDataFrame
        Columns ``name``, ``owner``, ``capacity_date`` (text as published),
        ``available_cons_mw`` (free capacity for consumption, NaN when not published),
        ``reserved_cons_mw``, ``available_prod_mw`` (as published, negative),
        ``description``, ``short_description`` (caveats), ``is_area`` (True for area
        polygons such as Statnett's) and ``source`` (file or layer name); CRS set.
    publisher : str or None
        Publisher(s) named in the file header, e.g. "Elvia".
    generated_at : str or None
        When the data were generated (the oldest, when several files were read).
    warnings : list of str
        Translated notes on what was repaired or is missing.
    """

    substations: "gpd.GeoDataFrame"
    publisher: Optional[str] = None
    generated_at: Optional[str] = None
    warnings: List[str] = field(default_factory=list)


# --------------------------------------------------------------------------- files

def read_grid_capacity(paths: Union[str, Path, Sequence[Union[str, Path]]]) -> GridCapacity:
    """Read one or more DIGIN10-30 GridCapacity files (one per grid company).

    Parameters
    ----------
    paths : str, Path or sequence of them
        The JSON files.

    Returns
    -------
    GridCapacity
        All substations of all files, in one CRS (the files' common CRS, else WGS84).

    Raises
    ------
    DataFileError
        A file is missing, is not valid JSON (the message gives line and column) or is
        not a FeatureCollection.
    """
    if isinstance(paths, (str, Path)):
        paths = [paths]
    paths = [Path(p) for p in paths]
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
    collections = _collections(document, {}, source, "")
    parts = []
    for collection, header, key in collections:
        parts.append(_parse_collection(collection, header, source, key))
    if not parts:  # e.g. a bare "[]": nothing published
        parts.append(GridCapacity(_empty_substations(), warnings=[]))
        parts[0].warnings.append(
            tr("'{source}' contains no substations (the feature collection is empty).").format(source=source)
        )
    return _combine(parts)


def _describe(value: Any) -> str:
    if isinstance(value, dict):
        if not value:
            return tr("an empty object")
        return tr("an object with the keys {keys}").format(keys=", ".join(list(value)[:6]))
    if isinstance(value, list):
        return tr("a list of {n} items").format(n=len(value))
    return tr("a value of type {type}").format(type=type(value).__name__)


def _not_a_collection(source: str, found: Any, key: str) -> DataFileError:
    if key:
        message = tr("'{source}' is not a DIGIN GridCapacity file: expected a GeoJSON FeatureCollection "
                     "(an object with \"type\": \"FeatureCollection\" and a \"features\" list, possibly "
                     "inside a list or an \"@graph\"), but found {found} at '{key}'.")
    else:
        message = tr("'{source}' is not a DIGIN GridCapacity file: expected a GeoJSON FeatureCollection "
                     "(an object with \"type\": \"FeatureCollection\" and a \"features\" list, possibly "
                     "inside a list or an \"@graph\"), but found {found}.")
    return DataFileError(
        message.format(source=source, found=_describe(found), key=key),
        path=source, key=key or None,
    )


def _collections(node: Any, header: Dict[str, Any], source: str, key: str
                 ) -> List[Tuple[Dict[str, Any], Dict[str, Any], str]]:
    """Find every FeatureCollection in the document, with the header keys around it."""
    if isinstance(node, list):
        found = []
        loose = [item for item in node if isinstance(item, dict) and item.get("type") == "Feature"]
        if loose and len(loose) == len(node):  # a bare list of features
            return [({"type": "FeatureCollection", "features": node}, header, key)]
        for index, item in enumerate(node):
            found.extend(_collections(item, header, source, f"{key}[{index}]"))
        return found
    if not isinstance(node, dict):
        raise _not_a_collection(source, node, key)
    merged = dict(header)
    merged.update({k: v for k, v in node.items() if k not in ("features", "@graph")})
    if "features" in node:
        if not isinstance(node["features"], list):
            raise _not_a_collection(source, node["features"], (key + ".features").lstrip("."))
        return [(node, merged, key)]
    if "@graph" in node:
        return _collections(node["@graph"], merged, source, (key + ".@graph").lstrip("."))
    raise _not_a_collection(source, node, key)


def _jsonld_text(value: Any) -> Optional[str]:
    """Plain text of a JSON-LD value: "x", {"@value": "x"}, [{"dcterms:title": "x"}]..."""
    if value is None:
        return None
    if isinstance(value, list):
        texts = [t for t in (_jsonld_text(v) for v in value) if t]
        return ", ".join(dict.fromkeys(texts)) if texts else None
    if isinstance(value, dict):
        for k in ("@value", "dcterms:title", "title", "name", "foaf:name", "dcterms:name"):
            if k in value:
                return _jsonld_text(value[k])
        return None
    text = re.sub(r"\s+", " ", str(value)).strip()
    return text or None


def _header_value(header: Dict[str, Any], keys: Sequence[str]) -> Optional[str]:
    for k in keys:
        if k in header:
            text = _jsonld_text(header[k])
            if text:
                return text
    return None


def _collection_crs(collection: Dict[str, Any], source: str, key: str) -> str:
    """CRS of a collection: WGS84 unless a legacy GeoJSON ``crs`` member says otherwise."""
    member = collection.get("crs")
    if not member:
        return _DEFAULT_CRS
    props = member.get("properties", {}) if isinstance(member, dict) else {}
    name = props.get("name") or props.get("code") or props.get("href")
    if isinstance(name, int) or (isinstance(name, str) and name.isdigit()):
        name = f"EPSG:{name}"
    try:
        from pyproj import CRS

        crs = CRS.from_user_input(name)
    except Exception as error:  # pyproj raises CRSError, or TypeError for None
        raise DataFileError(
            tr("'{source}' declares a coordinate system that cannot be understood ({crs}). "
               "Remove the \"crs\" member if the coordinates are WGS84 longitude/latitude.").format(
                source=source, crs=json.dumps(member)),
            path=source, key=(key + ".crs").lstrip("."),
        ) from error
    if normalise_field_name(str(name)).endswith("crs84"):
        return _DEFAULT_CRS
    epsg = crs.to_epsg()
    return f"EPSG:{epsg}" if epsg else crs.to_wkt()


def _parse_collection(collection: Dict[str, Any], header: Dict[str, Any], source: str,
                      key: str) -> GridCapacity:
    crs = _collection_crs(collection, source, key)
    publisher = _header_value(header, ("dcterms:publisher", "publisher", "dct:publisher",
                                       "dcterms:rightHolder"))
    generated = _header_value(header, ("prov:generatedAt", "generatedAt", "dcterms:created",
                                       "dcterms:issued"))
    warnings: List[str] = []
    features = collection["features"]
    if not features:
        warnings.append(
            tr("'{source}' contains no substations (the feature collection is empty).").format(source=source)
        )
        return GridCapacity(_empty_substations(crs), publisher, generated, warnings)

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
    if not rows:
        return GridCapacity(_empty_substations(crs), publisher, generated, warnings)

    frame = gpd.GeoDataFrame(pd.DataFrame(rows), geometry=geometries, crs=crs)
    substations, more = _normalise(frame, source, {}, required=False, owner_fallback=publisher)
    return GridCapacity(substations, publisher, generated, warnings + more)


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
    return GridCapacity(substations, None, None, warnings + more)


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

    owner = _clean_text(frame, f_owner)
    if owner_fallback:
        owner = np.where(pd.isna(owner), owner_fallback, owner)
    geoms = frame.geometry.to_numpy()
    substations = gpd.GeoDataFrame(
        {
            "name": _clean_text(frame, f_name),
            "owner": owner,
            "capacity_date": _clean_text(frame, f_date),
            "available_cons_mw": available,
            "reserved_cons_mw": reserved,
            "available_prod_mw": production,
            "description": _clean_text(frame, f_desc),
            "short_description": _clean_text(frame, f_short),
            "is_area": np.isin(shapely.get_type_id(geoms), (3, 6)),
            "source": np.full(n, source, dtype=object),
        },
        geometry=geoms,
        crs=frame.crs,
    )

    unknown = int(np.isnan(available).sum())
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
    for name in ("available_cons_mw", "reserved_cons_mw", "available_prod_mw"):
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
    )

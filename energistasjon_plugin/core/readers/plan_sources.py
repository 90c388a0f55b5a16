# SPDX-License-Identifier: GPL-2.0-or-later
"""The file forms of plan data, each read into one row per feature (object type in
``objekttypenavn``, properties flattened to their own names, ``geometry`` as shapely) for
:mod:`.plan_files` to split into land use, hensynssoner and plan areas.

* GML (SOSI Plan 5.0) with ``xml.etree.iterparse``: one streaming pass, no schema, nothing
  written beside the file; geometries by :mod:`.gml_geometry`.
* GeoJSON with :mod:`json`: a plain FeatureCollection, or DiBK's plan map service document
  with the EPSG and the plan id beside the features.
* Anything else through GDAL (fiona, else pyogrio), every layer of the file.
"""
import json
import re
import xml.etree.ElementTree as ET
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Dict, List, Optional, Tuple

import geopandas as gpd
import pandas as pd
import shapely

from ..errors import DataFileError
from ..i18n import tr
from ..zoning.plan_objects import OBJECT_TYPE_FIELDS, canonical_type, object_types
from . import gml_geometry as gg

_MEMBERS = frozenset({"featureMember", "featureMembers", "member"})
_SKIPPED_PROPERTIES = frozenset({"boundedBy"})
_DOCUMENT_ID = re.compile(r"^\s*(\d{3,4})_(.+?)\s*$")


def epsg_text(value: Any) -> Optional[str]:
    """``EPSG:n`` from what a file writes beside its features: 25833, "EPSG:25833", an URN/URI,
    or DiBK's ``{"code": "EPSG:25833", "code2D": ...}``; 3-D codes give their horizontal part."""
    if isinstance(value, dict):
        value = value.get("code2D") or value.get("code") or value.get("srsName") or (
            value.get("properties", {}) or {}).get("name")
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, (int, float)) and value == int(value):
        code: Optional[int] = int(value)
    else:
        text = str(value).strip()
        code = int(text) if text.isdigit() else gg.epsg_of_srs_name(text)
        if code is None and re.search(r"CRS84\s*$", text, re.IGNORECASE):
            code = 4326
    if code is None:
        return None
    return "EPSG:{}".format(gg.HORIZONTAL_EPSG.get(code, code))



# --------------------------------------------------------------------------- GML

@dataclass
class _GmlState:
    default_srs: Optional[str] = None
    default_dim: int = 2
    notes: gg.GeometryNotes = field(default_factory=gg.GeometryNotes)
    unreadable: Counter = field(default_factory=Counter)


def _geometry_properties(element: ET.Element) -> List[Tuple[str, ET.Element]]:
    found = []
    for child in element:
        geometry = next((g for g in child if gg.is_geometry(g)), None)
        if geometry is not None:
            found.append((gg.local_name(child.tag), geometry))
    return found


def _flatten_xml(element: ET.Element, record: Dict[str, Any]) -> None:
    """Leaf values of nested properties under their own names (``planidentifikasjon``),
    references as the id they point to; the first value of a repeated name is kept."""
    for child in element:
        name = gg.local_name(child.tag)
        if gg.is_geometry(child):
            continue
        href = child.get(gg.XLINK_HREF)
        if href is not None and not len(child):
            record.setdefault(name, href.lstrip("#"))
            continue
        if len(child):
            _flatten_xml(child, record)
            continue
        text = (child.text or "").strip()
        if text:
            record.setdefault(name, text)


def _gml_feature(element: ET.Element, state: _GmlState) -> Dict[str, Any]:
    record: Dict[str, Any] = {"objekttypenavn": gg.local_name(element.tag)}
    gml_id = element.get("{http://www.opengis.net/gml/3.2}id") or element.get("{http://www.opengis.net/gml}id") \
        or element.get("fid")
    record["gml_id"] = gml_id
    geometries = _geometry_properties(element)
    for child in element:
        if gg.is_gml(child) or gg.local_name(child.tag) in _SKIPPED_PROPERTIES:
            continue
        name = gg.local_name(child.tag)
        if any(name == prop for prop, _ in geometries):
            continue
        href = child.get(gg.XLINK_HREF)
        if href is not None and not len(child):
            record.setdefault(name, href.lstrip("#"))
        elif len(child):
            _flatten_xml(child, record)
        else:
            text = (child.text or "").strip()
            if text:
                record.setdefault(name, text)
    record["geometry"], record["_epsg"] = None, None
    if geometries:
        chosen = next((g for p, g in geometries if p == "område"), None)
        if chosen is None:
            chosen = next((g for _, g in geometries if gg.local_name(g.tag) in gg.POLYGONAL), geometries[0][1])
        srs = chosen.get("srsName") or state.default_srs
        epsg = gg.epsg_of_srs_name(srs)
        dim = int(chosen.get("srsDimension") or (3 if epsg in gg.HORIZONTAL_EPSG else state.default_dim))
        try:
            geometry = gg.read_geometry(chosen, dim, state.notes)
        except (gg.GmlGeometryError, ValueError) as error:
            state.unreadable[str(error) or gg.local_name(chosen.tag)] += 1
            geometry = None
        if geometry is not None and gg.latitude_first(srs, epsg):
            geometry = gg.swap_axes(geometry)
        record["geometry"] = geometry
        record["_epsg"] = gg.HORIZONTAL_EPSG.get(epsg, epsg) if epsg else None
    return record


def read_gml(path: Path) -> Tuple[pd.DataFrame, List[str]]:
    """The features of a GML file, one row each: ``objekttypenavn``, ``gml_id``, the flattened
    properties, ``geometry`` (shapely) and ``_epsg`` (the EPSG of its srsName)."""
    state = _GmlState()
    records: List[Dict[str, Any]] = []
    stack: List[ET.Element] = []
    try:
        for event, element in ET.iterparse(str(path), events=("start", "end")):
            if event == "start":
                stack.append(element)
                continue
            stack.pop()
            parent = stack[-1] if stack else None
            name = gg.local_name(element.tag)
            if parent is not None and gg.local_name(parent.tag) in _MEMBERS:
                records.append(_gml_feature(element, state))
                parent.remove(element)
            elif name == "Envelope" and len(stack) == 2:  # FeatureCollection > boundedBy > Envelope
                state.default_srs = element.get("srsName") or state.default_srs
                state.default_dim = int(element.get("srsDimension") or state.default_dim)
            elif name in _MEMBERS and len(stack) == 1:
                stack[0].remove(element)
    except ET.ParseError as error:
        raise DataFileError(tr("'{file}' is not a readable GML file: {error}").format(
            file=path.name, error=error), path=str(path)) from error
    notes: List[str] = []
    if state.notes.arcs:
        notes.append(tr("'{file}': {n} arcs and circles made linear (at most {step}° between points).").format(
            file=path.name, n=state.notes.arcs, step=int(gg.ARC_STEP_DEGREES)))
    if state.notes.heights:
        notes.append(tr("'{file}': 3-D coordinates read; the heights are left out.").format(file=path.name))
    unreadable = sum(state.unreadable.values()) + state.notes.unresolved
    if unreadable:
        notes.append(tr("'{file}': {n} geometries could not be read ({kinds}); their features have no "
                        "geometry.").format(file=path.name, n=unreadable,
                                            kinds=", ".join(sorted(state.unreadable)) or "xlink"))
    return pd.DataFrame.from_records(records), notes


def gml_crs(raw: pd.DataFrame, path: Path, notes: List[str]) -> Tuple[pd.DataFrame, Optional[str]]:
    """The file's CRS (its srsName; features in another CRS are reprojected to it)."""
    if "_epsg" not in raw.columns or raw["_epsg"].isna().all():
        return raw, None
    codes = raw["_epsg"].dropna().astype(int)
    main = int(codes.mode().iloc[0])
    others = sorted(set(codes) - {main})
    if others:
        raw = raw.copy()
        for code in others:
            rows = (raw["_epsg"] == code).to_numpy()
            moved = gpd.GeoSeries(list(raw.loc[rows, "geometry"]), crs="EPSG:{}".format(code)).to_crs(
                "EPSG:{}".format(main))
            raw.loc[rows, "geometry"] = pd.Series(list(moved.array), index=raw.index[rows], dtype=object)
        notes.append(tr("'{file}': features in {others} reprojected to EPSG:{crs}.").format(
            file=path.name, others=", ".join("EPSG:{}".format(c) for c in others), crs=main))
    return raw, "EPSG:{}".format(main)



# --------------------------------------------------------------------------- GeoJSON

def _flatten_json(value: Any, record: Dict[str, Any], name: str) -> None:
    if isinstance(value, dict):
        href = value.get("xlink:href") or value.get("href")
        if href is not None and len(value) <= 3:
            record.setdefault(name, str(href).lstrip("#"))
            return
        for key, item in value.items():
            _flatten_json(item, record, str(key).lstrip("@").split(":")[-1] if ":" in str(key) else str(key))
        return
    if isinstance(value, list):
        scalars = [v for v in value if v is not None]
        if scalars:
            _flatten_json(scalars[0], record, name)
        else:
            record.setdefault(name, None)
        return
    record.setdefault(name, value)


def _json_collection(document: Any) -> Tuple[Dict[str, Any], Dict[str, Any]]:
    """The FeatureCollection of a GeoJSON file and the document around it (may be itself)."""
    if isinstance(document, list):
        document = next((d for d in document if isinstance(d, dict) and ("features" in d or "geoJson" in d)), {})
    if not isinstance(document, dict):
        return {}, {}
    for key in ("geoJson", "geojson", "featureCollection"):
        if isinstance(document.get(key), dict):
            return document[key], document
    return document, document


def read_geojson(path: Path) -> Tuple[pd.DataFrame, Optional[str], Dict[str, Any], List[str]]:
    """The features of a GeoJSON file (one row each), the EPSG stated in or beside it, and the
    document's plan (``kommunenummer``, ``planidentifikasjon``, ``plannavn``) where it gives one."""
    try:
        document = json.loads(path.read_text(encoding="utf-8-sig"))
    except (ValueError, UnicodeDecodeError) as error:
        raise DataFileError(tr("'{file}' is not a readable GeoJSON file: {error}").format(
            file=path.name, error=error), path=str(path)) from error
    collection, outer = _json_collection(document)
    features = collection.get("features")
    if not isinstance(features, list):
        raise DataFileError(tr("'{file}' holds no GeoJSON FeatureCollection.").format(file=path.name),
                            path=str(path))
    stated = None
    for holder in (collection, outer):
        for key in ("crs", "epsg", "srid", "srsName", "crs_code"):
            if key in holder and stated is None:
                stated = epsg_text(holder[key])
    plan: Dict[str, Any] = {}
    match = _DOCUMENT_ID.match(str(outer.get("id") or "")) if outer is not collection else None
    if match:
        plan = {"kommunenummer": match.group(1).zfill(4), "planidentifikasjon": match.group(2)}
        if outer.get("name"):
            plan["plannavn"] = outer["name"]
    records = []
    heights = False
    for feature in features:
        if not isinstance(feature, dict):
            continue
        record: Dict[str, Any] = {}
        _flatten_json(feature.get("properties") or {}, record, "")
        record.pop("", None)
        if not any(k in record for k in OBJECT_TYPE_FIELDS) and canonical_type(feature.get("id")):
            record["objekttypenavn"] = canonical_type(feature.get("id"))
        geometry = feature.get("geometry")
        shape = None
        if geometry:
            try:
                shape = shapely.geometry.shape(geometry)
            except (ValueError, TypeError, KeyError, AttributeError):
                shape = None
        if shape is not None and shapely.has_z(shape):
            heights = True
            shape = shapely.force_2d(shape)
        record["geometry"] = shape
        records.append(record)
    notes = [tr("'{file}': 3-D coordinates read; the heights are left out.").format(file=path.name)] if heights else []
    return pd.DataFrame.from_records(records), stated, plan, notes


# --------------------------------------------------------------------------- other formats

def read_layers(path: Path) -> List[Tuple[str, gpd.GeoDataFrame]]:
    """Every layer of a file GDAL reads, through fiona (Debian's GDAL, the one QGIS uses) when
    it is there, else pyogrio."""
    try:
        import fiona

        names = fiona.listlayers(str(path))
        engine = "fiona"
    except ImportError:
        import pyogrio

        names = [row[0] for row in pyogrio.list_layers(str(path))]
        engine = "pyogrio"
    except Exception as error:  # noqa: BLE001 - fiona's own errors: the file is not what we can read
        raise DataFileError(tr("'{file}' cannot be read: {error}").format(file=path.name, error=error),
                            path=str(path)) from error
    layers = []
    for name in names:
        frame = gpd.read_file(str(path), layer=name, engine=engine)
        if object_types(frame)[0] is None and canonical_type(name):
            frame["objekttypenavn"] = canonical_type(name)
        layers.append((name, frame))
    return layers

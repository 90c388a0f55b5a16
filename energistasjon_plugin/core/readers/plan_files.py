# SPDX-License-Identifier: GPL-2.0-or-later
"""Plan data as municipalities and the plan register deliver it, read into four tables:
land use (arealformål), hensynssoner, plan areas (plan boundaries) and the plans' byggegrense
lines.

Forms read:

* **SOSI Plan 5.0 GML** (GML 3.2): the application schemas Reguleringsplan and Kommuneplan
  (``.../Reguleringsplan/20190401``, ``.../Kommuneplan/20190401``) and the proposal schema
  (``.../Reguleringsplanforslag/5.0``), in a ``gml:FeatureCollection`` (``gml:featureMember``)
  or a ``wfs:FeatureCollection`` (``wfs:member``).  Curves are made linear, heights dropped,
  the CRS taken from ``srsName``; nested properties (``arealplanId/NasjonalArealplanId/
  planidentifikasjon``) and references (``planområde``, ``arealplan``) are followed.
* **GeoJSON**: a plain FeatureCollection (the object type in a property such as
  ``objekttypenavn``), and DiBK's plan map service document, which gives the EPSG beside the
  features (``"epsg"``) and the plan id as ``"<kommunenummer>_<planidentifikasjon>"``.
  A ``crs`` member is read where present.  GeoJSON without any CRS is WGS84 by its standard;
  when its coordinates cannot be longitude/latitude, a warning names the file and the likely
  cause (metres in UTM).
* **Anything GDAL reads** (GeoPackage, Shapefile, FileGDB...): every layer of the file, the
  layer name standing for the object type where no field gives it.  Layers already open in
  QGIS go through :func:`plan_data_from_frame`.

:mod:`.plan_sources` reads each form into one row per feature; this module gives every feature
its plan, checks the coordinates against the CRS and splits the features into the four tables.

Why the standard library's ``xml.etree`` and not GDAL for GML: GDAL's GML driver needs the
application schema or writes a ``.gfs`` file beside the user's file (a read-only folder, a
shared drive), flattens nested properties under names that differ between GDAL versions,
splits the file into one layer per type (the references between them are then lost), and
GMLAS needs the XSD from the network.  The plan schemas need none of that: iterparse reads
them in one streaming pass, in constant memory per feature, the same on every platform.
"""
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Dict, List, Optional, Sequence, Tuple, Union

import geopandas as gpd
import numpy as np
import pandas as pd
import shapely

from ..coordinates import coordinate_problem
from ..errors import InputError
from ..i18n import tr
from ..zoning.plan_layers import (
    KOMMUNE_FIELDS,
    ZONING_PLAN_FIELDS,
    attach_plan_attributes,
    extract_building_limits,
    extract_hensynssoner,
    extract_land_use,
    extract_plan_areas,
    hensyn_rows,
    land_use_rows,
)
from ..zoning.plan_objects import PLAN_AREA_TYPES, object_types
from . import plan_sources

__all__ = [
    "PlanData",
    "read_plan_file",
    "plan_data_from_frame",
    "merge_plan_data",
    "coordinate_problem",
]

GML_SUFFIXES = (".gml", ".xml")
JSON_SUFFIXES = (".json", ".geojson")
_PLAN_ATTRIBUTES = ("plannavn", "plantype", "planstatus", "lovreferanse", "ikrafttredelsesdato",
                    "vedtakEndeligPlanDato")
NO_TYPE = "?"


@dataclass
class PlanData:
    """The plan data of one file or layer (or several, merged).

    Attributes
    ----------
    source : str
        File name or layer name, for messages.
    crs : str or None
        ``EPSG:n`` (or WKT) of the four tables.
    land_use, hensynssoner, plan_areas, building_limits : GeoDataFrame
        The tables of :func:`..zoning.plan_layers.extract_land_use`,
        :func:`..zoning.plan_layers.extract_hensynssoner`,
        :func:`..zoning.plan_layers.extract_plan_areas` and
        :func:`..zoning.plan_layers.extract_building_limits` (byggegrense lines), plus ``kilde``
        (the source).
    object_counts : dict
        Features read per object type (``"?"`` for features of no known type).
    warnings : list of str
        Translated: what may make the data wrong (coordinates that cannot be in the CRS,
        features left out, land use without code).
    notes : list of str
        Translated: what was done (arcs made linear, heights dropped, CRS assumed).
    unrecognised_land_use, unrecognised_hensyn : (int, list of str)
        Codes in no official list / outside their zone's category: count and examples.
    """

    source: str
    crs: Optional[str]
    land_use: gpd.GeoDataFrame
    hensynssoner: gpd.GeoDataFrame
    plan_areas: gpd.GeoDataFrame
    building_limits: gpd.GeoDataFrame
    object_counts: Dict[str, int] = field(default_factory=dict)
    warnings: List[str] = field(default_factory=list)
    notes: List[str] = field(default_factory=list)
    unrecognised_land_use: Tuple[int, List[str]] = (0, [])
    unrecognised_hensyn: Tuple[int, List[str]] = (0, [])

    def summary(self) -> str:
        """One translated line: features read by object type, CRS, what was kept."""
        types = ", ".join("{} {}".format(n, t) for t, n in sorted(self.object_counts.items(),
                                                                  key=lambda item: (-item[1], item[0])))
        return tr("'{source}': {n} features ({types}); CRS {crs}; {land} land-use polygons, {zones} hensynssoner, "
                  "{areas} plan areas, {limits} byggegrense lines.").format(
            source=self.source, n=sum(self.object_counts.values()), types=types or "-", crs=self.crs or "?",
            land=len(self.land_use), zones=len(self.hensynssoner), areas=len(self.plan_areas),
            limits=len(self.building_limits))

    def log_lines(self) -> List[str]:
        """Translated lines for a run's log: the summary, codes not recognised, notes, warnings."""
        lines = [self.summary()]
        count, examples = self.unrecognised_land_use
        if count:
            lines.append(tr("'{source}': {n} land-use codes are in no official SOSI code list (for example "
                            "{examples}).").format(source=self.source, n=count, examples=", ".join(examples)))
        count, examples = self.unrecognised_hensyn
        if count:
            lines.append(tr("'{source}': {n} hensynssone codes do not belong to their zone's category (for example "
                            "{examples}).").format(source=self.source, n=count, examples=", ".join(examples)))
        return lines + self.notes + self.warnings


# --------------------------------------------------------------------------- CRS

def _crs_text(crs: Any) -> Optional[str]:
    """A CRS given by a caller (``"EPSG:25833"``, 25833, a pyproj CRS) as text geopandas takes."""
    if crs is None or crs == "":
        return None
    if hasattr(crs, "to_epsg"):
        code = crs.to_epsg()
        return "EPSG:{}".format(code) if code else crs.to_wkt()
    return plan_sources.epsg_text(crs) or str(crs)


# --------------------------------------------------------------------------- plans and links

def _text(values: pd.Series) -> np.ndarray:
    out = values.astype("object").where(values.notna(), None).to_numpy(dtype=object)
    return np.array([None if v is None or str(v).strip() == "" else str(v).strip() for v in out], dtype=object)


def _first_column(frame: pd.DataFrame, candidates: Sequence[str]) -> Optional[str]:
    from ..fields import find_field

    return find_field([str(c) for c in frame.columns if c != "geometry"], candidates)


def _link_plans(raw: pd.DataFrame, document_plan: Dict[str, Any]) -> pd.DataFrame:
    """Give every feature its plan: its own ``arealplanId``, else the plan of the object its
    ``planområde``/``arealplan`` reference points to, else the plan of the document or the
    only plan in the file.  Plan attributes (name, status, dates) missing on a plan boundary
    are taken from its ``Arealplan`` object."""
    raw = raw.copy()
    n = len(raw)
    columns = {}
    for key, candidates in (("kommunenummer", KOMMUNE_FIELDS), ("planidentifikasjon", ZONING_PLAN_FIELDS)):
        column = _first_column(raw, candidates)
        columns[key] = _text(raw[column]) if column else np.full(n, None, dtype=object)
    attributes = {name: (_text(raw[name]) if name in raw.columns else np.full(n, None, dtype=object))
                  for name in _PLAN_ATTRIBUTES}
    ids = _text(raw["gml_id"]) if "gml_id" in raw.columns else (
        _text(raw["id"]) if "id" in raw.columns else np.full(n, None, dtype=object))
    position = {gid: i for i, gid in enumerate(ids) if gid}
    references = [_text(raw[name]) for name in ("arealplan", "planområde", "planomrade") if name in raw.columns]
    for _ in range(2):  # RpArealformålOmråde -> RpOmråde -> Arealplan
        for refs in references:
            for i, target in enumerate(refs):
                j = position.get(target) if target else None
                if j is None:
                    continue
                for key in ("kommunenummer", "planidentifikasjon"):
                    if columns[key][i] is None:
                        columns[key][i] = columns[key][j]
                for name in _PLAN_ATTRIBUTES:
                    if attributes[name][i] is None:
                        attributes[name][i] = attributes[name][j]
    plans = {(k, p) for k, p in zip(columns["kommunenummer"], columns["planidentifikasjon"]) if p}
    fallback = None
    if document_plan.get("planidentifikasjon"):
        fallback = (document_plan.get("kommunenummer"), document_plan["planidentifikasjon"])
    elif len(plans) == 1:
        fallback = next(iter(plans))
    if fallback is not None:
        missing = np.array([p is None for p in columns["planidentifikasjon"]], dtype=bool)
        columns["planidentifikasjon"][missing] = fallback[1]
        unknown_kommune = missing & np.array([k is None for k in columns["kommunenummer"]], dtype=bool)
        columns["kommunenummer"][unknown_kommune] = fallback[0]
    if document_plan.get("plannavn"):
        missing = np.array([v is None for v in attributes["plannavn"]], dtype=bool)
        attributes["plannavn"][missing] = document_plan["plannavn"]
    for key, values in list(columns.items()) + list(attributes.items()):
        raw[key] = values
    return raw


def _to_frame(raw: pd.DataFrame, crs: Optional[str]) -> gpd.GeoDataFrame:
    geometry = raw["geometry"].to_numpy(dtype=object) if "geometry" in raw.columns else np.full(len(raw), None)
    data = raw.drop(columns=[c for c in ("geometry", "_epsg") if c in raw.columns])
    return gpd.GeoDataFrame(data, geometry=gpd.GeoSeries(list(geometry)).array, crs=crs)


def read_plan_file(path: Union[str, Path], crs: Any = None) -> PlanData:
    """Read a plan file into land use, hensynssoner and plan areas.

    Parameters
    ----------
    path : str or Path
        SOSI Plan 5.0 GML (``.gml``/``.xml``), GeoJSON (``.json``/``.geojson``, plain or as
        DiBK's plan map service gives it), or any file GDAL reads (every layer).
    crs : str, int or pyproj.CRS, optional
        The CRS of a file that does not state one.  A file's own CRS wins.

    Returns
    -------
    PlanData

    Raises
    ------
    InputError
        A GML or GDAL file states no CRS and none is given.
    DataFileError
        The file cannot be read.
    """
    path = Path(path)
    given = _crs_text(crs)
    suffix = path.suffix.lower()
    notes: List[str] = []
    if suffix in GML_SUFFIXES:
        raw, notes = plan_sources.read_gml(path)
        raw, stated = plan_sources.gml_crs(raw, path, notes)
        raw = _link_plans(raw, {})
        frame = _to_frame(raw, None)
        return plan_data_from_frame(frame, path.name, given, stated_crs=stated, notes=notes)
    if suffix in JSON_SUFFIXES:
        raw, stated, document_plan, notes = plan_sources.read_geojson(path)
        if stated is None and given is None:
            stated = "EPSG:4326"
            notes.append(tr("'{file}' states no CRS: read as WGS84 longitude/latitude (EPSG:4326), as GeoJSON "
                            "prescribes.").format(file=path.name))
        raw = _link_plans(raw, document_plan)
        frame = _to_frame(raw, None)
        return plan_data_from_frame(frame, path.name, given, stated_crs=stated, notes=notes)
    # All layers in one frame, so that land use finds its plan's boundary in another layer.
    layers = plan_sources.read_layers(path)
    stated = next((f.crs for _, f in layers if f.crs is not None), None)
    frames = []
    for _, frame in layers:
        if frame.crs is None:
            frame = frame.set_crs(stated or given, allow_override=True) if (stated or given) else frame
        elif stated is not None and not frame.crs.equals(stated):
            frame = frame.to_crs(stated)
        frames.append(frame)
    merged = gpd.GeoDataFrame(pd.concat(frames, ignore_index=True), geometry="geometry",
                              crs=stated) if frames else gpd.GeoDataFrame(geometry=[], crs=stated)
    return plan_data_from_frame(merged, path.name, given)


def plan_data_from_frame(
    frame: gpd.GeoDataFrame,
    source: str,
    crs: Any = None,
    stated_crs: Optional[str] = None,
    notes: Optional[List[str]] = None,
    layer_name: Optional[str] = None,
) -> PlanData:
    """Split one plan layer (mixed or of one object type) into the three plan tables.

    Parameters
    ----------
    frame : GeoDataFrame
        The layer; its own CRS is used when it has one.
    source : str
        Its name, for messages (a layer named after an object type, ``RpFareSone``, holds
        that type; see ``layer_name``).
    crs : optional
        The CRS when neither the frame nor ``stated_crs`` gives one.
    stated_crs : str, optional
        The CRS the file states (for frames built by a reader).
    notes : list of str, optional
        Notes of the reader, kept.
    layer_name : str, optional
        The name that stands for the object type; ``source`` when not given.

    Raises
    ------
    InputError
        No CRS anywhere.
    """
    notes = list(notes or [])
    warnings: List[str] = []
    given = _crs_text(crs)
    own = frame.crs.to_string() if frame.crs is not None else None
    chosen = own or stated_crs or given
    if chosen is None:
        raise InputError(tr("'{source}' does not say which coordinate reference system it is in; give its CRS "
                            "(for example EPSG:25833).").format(source=source), layer=source)
    if given and (own or stated_crs) and _crs_text(own or stated_crs) != given:
        notes.append(tr("'{source}' states {crs}; the CRS given ({given}) is only for files that state none.").format(
            source=source, crs=own or stated_crs, given=given))
    frame = frame if own else frame.set_crs(chosen, allow_override=True)
    geoms = np.asarray(frame.geometry.array, dtype=object)
    if len(geoms) and shapely.has_z(geoms[~shapely.is_missing(geoms)]).any():
        frame = frame.set_geometry(gpd.GeoSeries(shapely.force_2d(geoms), crs=frame.crs, index=frame.index).array)
    problem = coordinate_problem(frame, source)
    if problem:
        warnings.append(problem)
    type_name = layer_name or source
    types, _ = object_types(frame, type_name)
    counts = Counter(NO_TYPE if t is None else t for t in types) if types is not None else Counter(
        {NO_TYPE: len(frame)})
    polygons = _polygonal(frame)
    plan_areas = extract_plan_areas(polygons, type_name)
    land_use = attach_plan_attributes(extract_land_use(polygons, type_name), plan_areas)
    hensyn = attach_plan_attributes(extract_hensynssoner(polygons, type_name), plan_areas)
    limits = attach_plan_attributes(extract_building_limits(frame, type_name), plan_areas)
    left_out = _left_out(polygons, type_name)
    if left_out:
        notes.append(tr("'{source}': {n} polygons are neither land use, hensynssone nor plan area ({types}): not "
                        "imported.").format(source=source, n=sum(left_out.values()), types=", ".join(
                            "{} {}".format(n, t) for t, n in sorted(left_out.items()))))
    if land_use.attrs.get("unknown_codes"):
        warnings.append(tr("'{source}': {n} land-use polygons have no readable code.").format(
            source=source, n=land_use.attrs["unknown_codes"]))
    if hensyn.attrs.get("unknown_codes"):
        warnings.append(tr("'{source}': {n} hensynssoner have no readable code.").format(
            source=source, n=hensyn.attrs["unknown_codes"]))
    data = PlanData(source=source, crs=_crs_text(frame.crs), land_use=land_use, hensynssoner=hensyn,
                    plan_areas=plan_areas, building_limits=limits, object_counts=dict(counts), warnings=warnings,
                    notes=notes, unrecognised_land_use=land_use.attrs.get("unrecognised", (0, [])),
                    unrecognised_hensyn=hensyn.attrs.get("unrecognised", (0, [])))
    for table in (data.land_use, data.hensynssoner, data.plan_areas, data.building_limits):
        table["kilde"] = source
    return data


def _left_out(polygons: gpd.GeoDataFrame, type_name: str) -> Counter:
    """Object types of the polygons that none of the three tables takes."""
    if not len(polygons):
        return Counter()
    types, _ = object_types(polygons, type_name)
    taken = hensyn_rows(polygons, type_name) | land_use_rows(polygons, type_name, required=False)[0]
    if types is not None:
        taken |= np.array([t in PLAN_AREA_TYPES for t in types], dtype=bool)
        return Counter(NO_TYPE if t is None else t for t in types[~taken])
    return Counter({NO_TYPE: int((~taken).sum())}) if (~taken).any() else Counter()


def _polygonal(frame: gpd.GeoDataFrame) -> gpd.GeoDataFrame:
    """The features with an area: land use and zones are polygons (lines and labels are not)."""
    geoms = np.asarray(frame.geometry.array, dtype=object)
    kinds = shapely.get_type_id(geoms)
    keep = np.isin(kinds, (3, 6)) | (kinds == 7) & (shapely.area(geoms) > 0)
    return frame[keep]


def merge_plan_data(parts: Sequence[PlanData], crs: Any = None, source: Optional[str] = None) -> PlanData:
    """Several files' plan data in one CRS: ``crs``, else the first part's.  Parts in another
    CRS are reprojected."""
    parts = list(parts)
    target = _crs_text(crs) or next((p.crs for p in parts if p.crs), None)
    tables = {"land_use": [], "hensynssoner": [], "plan_areas": [], "building_limits": []}
    counts: Counter = Counter()
    warnings: List[str] = []
    notes: List[str] = []
    unrecognised = {"land_use": [0, []], "hensyn": [0, []]}
    for part in parts:
        for key in tables:
            table = getattr(part, key)
            if target and table.crs is not None and not table.crs.equals(target):
                table = table.to_crs(target)
            tables[key].append(table)
        counts.update(part.object_counts)
        warnings.extend(part.warnings)
        notes.extend(part.notes)
        for key, value in (("land_use", part.unrecognised_land_use), ("hensyn", part.unrecognised_hensyn)):
            unrecognised[key][0] += value[0]
            unrecognised[key][1] = sorted(set(unrecognised[key][1]) | set(value[1]))[:5]

    def joined(frames: List[gpd.GeoDataFrame]) -> gpd.GeoDataFrame:
        frames = [f for f in frames if len(f)] or frames[:1]
        if not frames:
            return gpd.GeoDataFrame(geometry=[], crs=target)
        merged = pd.concat(frames, ignore_index=True)
        return gpd.GeoDataFrame(merged, geometry="geometry", crs=target)

    plan_areas = joined(tables["plan_areas"])
    # A plan's land use and its boundary may come in different layers (a GeoPackage layer each).
    return PlanData(
        source=source or ", ".join(p.source for p in parts), crs=target,
        land_use=attach_plan_attributes(joined(tables["land_use"]), plan_areas),
        hensynssoner=attach_plan_attributes(joined(tables["hensynssoner"]), plan_areas),
        plan_areas=plan_areas, building_limits=attach_plan_attributes(joined(tables["building_limits"]), plan_areas),
        object_counts=dict(counts), warnings=warnings, notes=notes,
        unrecognised_land_use=(unrecognised["land_use"][0], unrecognised["land_use"][1]),
        unrecognised_hensyn=(unrecognised["hensyn"][0], unrecognised["hensyn"][1]),
    )

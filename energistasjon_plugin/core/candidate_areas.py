# SPDX-License-Identifier: GPL-2.0-or-later
"""Candidate areas from the plans: where the zoning suits a station type, less what rules it out.

A regional workshop starts from the plans.  This module turns the zoning layers into candidate
polygons ready to score, using only the rules the scoring itself applies:

1. The ground is divided by the plan that governs it (:func:`.plan_pieces.governing_pieces`).
2. Each land-use code is classed by the zoning criterion of :mod:`.criteria.zoning` with the
   profile's own code lists, and kept where the profile's zoning rule (its ``zoning_class``
   constraint) allows the class, for at least one chosen station type.
3. What *every* chosen profile rules out is cut away: protected areas and exclusion layers
   (when every profile has that rule), hensynssoner whose code every profile's table excludes,
   and the road building lines where every profile has a building-line rule (its distances, the
   smallest of the profiles: what lies inside the line is not buildable without the road
   authority's consent).  What
   only some station types rule out stays: the scoring excludes the area for those types and
   says why.  Run one station type at a time to have its own zones cut out.
4. The ground is split by municipality (a municipality layer, or the plans' own
   ``kommunenummer``) and by plan and land-use code; contiguous parts become areas; property
   boundaries (a parcel layer such as Matrikkelen's teig) cut them further when given.
5. Areas below every chosen profile's minimum area, or with less flat ground (DEM) than every
   profile's minimum, are dropped: measured by the criteria ``area_m2`` and ``flat_area_m2``
   and tested by the profiles' own rules.  An area whose flat ground is unknown is kept.
6. The areas are scored with :func:`.scoring.score_sites`, so every rule and weight is the
   scoring's own and an area that still breaks a rule is excluded with its reason.

What each step removed is counted (:attr:`CandidateAreas.removed`), so an empty result says why.
"""
from dataclasses import dataclass, field
from typing import Dict, List, Optional, Sequence, Tuple

import geopandas as gpd
import numpy as np
import pandas as pd
import shapely

from .casework import BNR_FIELDS, GNR_FIELDS
from .codelists import code_label
from .context import SiteContext
from .criteria.engine import CriteriaEngine
from .errors import InputError
from .fields import find_field, layer_columns
from .i18n import format_number, tr, use_language
from .layer_readers import LayerInput, in_crs
from .plan_pieces import LEVEL_LABELS, governing_pieces, polygonal, read_plan_layers, subtract
from .profile_model import EXCLUDE
from .profiles import Profile
from .progress import Progress
from .scoring import ScoringResult, _test, score_sites
from .zoning.plan_layers import KOMMUNE_FIELDS, hazard_codes

#: Without a zoning rule in a profile, these classes count as suitable (said in the notes).
DEFAULT_SUITABLE = ("primary", "secondary", "conditional")
#: The roads the building line of ``building_line_m`` is kept from, as the building-line criterion
#: measures it (``criteria/corridor.py``: riksveg and fylkesveg, vegloven § 29); kommunal veg (K)
#: gets ``building_line_municipal_m``.
BUILDING_LINE_CATEGORIES = ("E", "R", "F")
MUNICIPALITY_NAME_FIELDS = ("kommunenavn", "navn", "name", "kommune_navn")
REGION_FIELDS = ("region", "regionnavn", "region_navn")
PARCEL_ID_FIELDS = ("matrikkelnummertekst", "matrikkelnummer", "teig_id", "teigid", "eiendom")
#: The fields of a candidate area, before the scoring's.
AREA_FIELDS = ["area_id", "kommunenummer", "kommunenavn", "region", "plan_level", "plan_id", "land_use_code",
               "land_use", "land_use_status", "plan_layer", "gnr", "bnr", "parcel", "suitable_for", "area_m2",
               "flat_area_m2"]


@dataclass
class CandidateAreas:
    """The areas found, their scoring, and what each step removed.

    Attributes
    ----------
    areas : GeoDataFrame
        One row per area: :data:`AREA_FIELDS` and the geometry (MultiPolygon), in the run's CRS.
    scoring : ScoringResult, optional
        The areas scored for the chosen profiles (None when no area was found).
    removed : list of (str, int)
        What removed ground or areas, in words, and how many plan polygons or areas it removed.
    notes : list of str
    """

    areas: gpd.GeoDataFrame
    scoring: Optional[ScoringResult]
    removed: List[Tuple[str, int]] = field(default_factory=list)
    notes: List[str] = field(default_factory=list)


# --- the profiles' rules --------------------------------------------------------------------------

def _constraints(profile: Profile, criterion: str) -> list:
    return [c for c in profile.constraints if c.criterion == criterion]


def zoning_suitability(profile: Profile, pieces: gpd.GeoDataFrame, notes: List[str]) -> np.ndarray:
    """Whether the profile's zoning rule allows each piece's land use.

    Each distinct (level, code, status) is asked of the zoning criterion itself: a small probe
    site lies on a probe plan polygon with that code, so the class is the one the scoring gives
    a site wholly inside it, and the profile's ``zoning_class`` rule is tested as scoring tests it.
    """
    n = len(pieces)
    if n == 0:
        return np.zeros(0, dtype=bool)
    keys = pd.DataFrame({"level": pieces["level"].to_numpy(), "code": pieces["code"].to_numpy(dtype="float64"),
                         "status": pieces["status"].to_numpy(dtype="float64")})
    distinct = keys.drop_duplicates().reset_index(drop=True)
    allowed = np.zeros(len(distinct), dtype=bool)
    for level in distinct["level"].unique():
        rows = np.flatnonzero(distinct["level"].to_numpy() == level)
        probes = shapely.box(rows * 10.0, 0.0, rows * 10.0 + 1.0, 1.0)  # 1 m² squares, 9 m apart
        plan = gpd.GeoDataFrame({"code": distinct["code"].to_numpy()[rows],
                                 "status": distinct["status"].to_numpy()[rows],
                                 "plan_id": np.full(len(rows), None, dtype=object)},
                                geometry=probes, crs=pieces.crs)
        context = SiteContext(layers={level: plan}, layer_names={level: level})
        result = CriteriaEngine(gpd.GeoSeries(probes, crs=pieces.crs), context).compute("zoning_class", profile)
        rules = _constraints(profile, "zoning_class")
        known = np.array([c is not None for c in result.values], dtype=bool)
        ok = known.copy()
        for rule in rules:
            if rule.excludes:  # a rule whose action is "assess" keeps the site
                fails, _ = _test(rule.test, rule.value, result)
                ok &= ~fails
        if not rules:
            ok &= np.isin(result.values.astype(str), DEFAULT_SUITABLE)
        allowed[rows] = ok
    if not _constraints(profile, "zoning_class"):
        notes.append(tr("{profile} has no zoning rule; land use classed {classes} counts as suitable.").format(
            profile=profile.name, classes=", ".join(DEFAULT_SUITABLE)))
    index = pd.MultiIndex.from_frame(distinct)
    return allowed[index.get_indexer(pd.MultiIndex.from_frame(keys))]


def _all_have(profiles: Sequence[Profile], *criteria: str) -> bool:
    return all(any(_constraints(p, c) for c in criteria) for p in profiles)


def _excluded_zone(profile: Profile, codes: np.ndarray) -> np.ndarray:
    """Which zone codes the profile's hensynssone rule excludes a site for (its table of zone
    actions, or an older profile's list of forbidden codes)."""
    if _constraints(profile, "hazard_buildable_m2"):
        return np.asarray(profile.zone_actions(codes), dtype=object).astype(str) == EXCLUDE
    forbidden = set()
    for rule in _constraints(profile, "hazard_zone"):
        forbidden |= {int(c) for c in rule.value}
    return np.isin(np.nan_to_num(codes, nan=-1).astype(int), sorted(forbidden))


def _building_line_widths(profile: Profile) -> Optional[Tuple[float, float]]:
    """(from riksveg and fylkesveg, from kommunal veg) in metres, as the profile's building-line rule
    measures them; None when the profile has no such rule."""
    if _constraints(profile, "building_line_area_m2"):
        try:
            return float(profile.value("building_line_m")), float(profile.value("building_line_municipal_m"))
        except KeyError:
            return None
    limits = [float(r.value) for r in _constraints(profile, "building_line_distance_m") if r.test == "min"]
    return (min(limits), 0.0) if limits else None


def exclusion_cutters(profiles: Sequence[Profile], context: SiteContext, crs,
                      notes: Optional[List[str]] = None) -> List[Tuple[str, np.ndarray]]:
    """The polygons every chosen profile rules out, by kind (label, geometries); what is left
    uncut on purpose goes to ``notes``."""
    cutters: List[Tuple[str, np.ndarray]] = []
    if context.layer("protected") is not None and _all_have(profiles, "protected_area"):
        cutters.append((tr("protected areas"), context.layer("protected").geometry.to_numpy()))
    if context.layer("exclusions") and _all_have(profiles, "exclusion_layer"):
        for name, frame in context.layer("exclusions"):
            cutters.append((name, frame.geometry.to_numpy()))
    zones = context.layer("hazards")
    if zones is not None and len(zones) and _all_have(profiles, "hazard_buildable_m2", "hazard_zone"):
        name = context.layer_names.get("hazards", "hensynssoner")
        codes, _ = hazard_codes(zones, zones.attrs.get("code_field"), name)
        hit = np.ones(len(zones), dtype=bool)
        for profile in profiles:
            hit &= _excluded_zone(profile, codes)
        if hit.any():
            shown = sorted({int(c) for c in codes[hit]})
            cutters.append((tr("hensynssoner {codes}").format(codes=", ".join(str(c) for c in shown)),
                            zones.geometry.to_numpy()[hit]))
    roads = context.layer("roads")
    widths = [_building_line_widths(p) for p in profiles]
    if roads is not None and len(roads) and all(w is not None for w in widths):
        main, municipal = min(w[0] for w in widths), min(w[1] for w in widths)
        category = roads["road_category"].to_numpy(dtype=object)
        width = np.where(np.isin(category, BUILDING_LINE_CATEGORIES), main, np.where(category == "K", municipal, 0.0))
        if (width > 0).any():
            lines = roads.geometry.to_numpy()[width > 0]
            label = tr("building line {m} m from riksveg and fylkesveg").format(m=format_number(main))
            if municipal > 0:
                label += tr(", {m} m from kommunal veg").format(m=format_number(municipal))
            bands, roads_with_lines = _without_plan_lines(
                lines, width[width > 0], roads["road_label"].to_numpy(dtype=object)[width > 0],
                context.layer("building_limits"))
            if roads_with_lines and notes is not None:
                notes.append(tr("The building line of {roads} is not cut out of the candidate areas near a plan's "
                                "byggegrense along it: the scoring measures the area beyond the plan's line.").format(
                    roads=", ".join(roads_with_lines)))
            cutters.append((label, bands))
    return cutters


def _without_plan_lines(lines: np.ndarray, width: np.ndarray, labels: np.ndarray,
                        limits: Optional[gpd.GeoDataFrame]) -> Tuple[np.ndarray, List[str]]:
    """The roads' building-line bands, less what lies within a band's width of a plan byggegrense
    that belongs to that road (the road nearest the line's segment, as the scoring reads it): there
    the statutory distance does not apply, and what lies beyond the plan's line is the scoring's to
    measure (cutting the band would throw away land the plan allows).  Also the roads so treated."""
    from .criteria.corridor import plan_line_owners, plan_line_segments, road_names

    bands = shapely.buffer(lines, width)
    if limits is None or not len(limits) or not len(bands):
        return bands, []
    segments, _ = plan_line_segments(limits)
    if not len(segments):
        return bands, []
    names = road_names(labels, width)
    owner = plan_line_owners(segments, lines, names)
    segment_i, band_i = shapely.STRtree(bands).query(segments, predicate="intersects")
    own = owner[segment_i] == names[band_i]
    segment_i, band_i = segment_i[own], band_i[own]
    result = bands.copy()
    for b in np.unique(band_i):
        near = shapely.union_all(shapely.buffer(segments[segment_i[band_i == b]], width[b]))
        result[b] = shapely.difference(bands[b], near)
    shown = [str(labels[b]) for b in np.unique(band_i) if labels[b] is not None]
    return result, sorted(set(shown))


# --- municipalities and parcels ---------------------------------------------------------------------

def read_municipalities(layer: LayerInput, crs, notes: List[str]) -> Optional[gpd.GeoDataFrame]:
    """``kommunenummer``, ``kommunenavn``, ``region`` and the polygons of a municipality layer.

    Raises
    ------
    InputError
        The layer has neither a municipality number nor a name field.
    """
    frame = in_crs(layer, crs, notes)
    if frame is None:
        return None
    columns = layer_columns(frame)
    number = find_field(columns, KOMMUNE_FIELDS + ("knr",))
    name = find_field([c for c in columns if c != number], MUNICIPALITY_NAME_FIELDS)
    if number is None and name is None:
        raise InputError(tr("The municipality layer '{layer}' has no field with the municipality's number or name "
                            "(kommunenummer, kommunenavn); choose a layer of municipalities.").format(layer=layer.name),
                         layer=layer.name)
    region = find_field(columns, REGION_FIELDS)

    def text(column: Optional[str]) -> np.ndarray:
        if column is None:
            return np.full(len(frame), None, dtype=object)
        values = frame[column].astype(object).where(frame[column].notna(), None).to_numpy()
        return np.array([None if v is None else str(v).strip() for v in values], dtype=object)

    numbers = text(number)
    numbers = np.array([v.zfill(4) if v and v.isdigit() and len(v) < 4 else v for v in numbers], dtype=object)
    geoms = polygonal(shapely.make_valid(frame.geometry.to_numpy()))
    return gpd.GeoDataFrame({"kommunenummer": numbers, "kommunenavn": text(name), "region": text(region)},
                            geometry=geoms, crs=crs)


def read_parcels(layer: LayerInput, crs, notes: List[str]) -> Optional[gpd.GeoDataFrame]:
    """``parcel`` (matrikkel text), ``gnr``, ``bnr`` and the polygons of a parcel layer (Matrikkelen teig)."""
    frame = in_crs(layer, crs, notes)
    if frame is None:
        return None
    columns = layer_columns(frame)

    def text(candidates) -> np.ndarray:
        column = find_field(columns, candidates)
        if column is None:
            return np.full(len(frame), None, dtype=object)
        values = frame[column].astype(object).where(frame[column].notna(), None).to_numpy()
        return np.array([None if v is None else str(v).strip().removesuffix(".0") if isinstance(v, float)
                         else str(v).strip() for v in values], dtype=object)

    geoms = polygonal(shapely.make_valid(frame.geometry.to_numpy()))
    return gpd.GeoDataFrame({"parcel": text(PARCEL_ID_FIELDS), "gnr": text(GNR_FIELDS), "bnr": text(BNR_FIELDS)},
                            geometry=geoms, crs=crs)


def split_by(areas: gpd.GeoDataFrame, polygons: gpd.GeoDataFrame, columns: Sequence[str]) -> gpd.GeoDataFrame:
    """The areas cut by the polygons: one row per (area, polygon) that share ground, with the
    polygon's ``columns`` (replacing the area's where the polygon has a value).  Ground outside
    every polygon is dropped."""
    geoms = areas.geometry.to_numpy()
    cells = polygons.geometry.to_numpy()
    present = np.flatnonzero(np.array([c is not None for c in cells], dtype=bool))
    ai, pi = shapely.STRtree(cells[present]).query(geoms, predicate="intersects")
    pi = present[pi]
    pieces = polygonal(shapely.intersection(geoms[ai], cells[pi]))
    keep = np.array([p is not None for p in pieces], dtype=bool)
    ai, pi, pieces = ai[keep], pi[keep], pieces[keep]
    out = areas.iloc[ai].drop(columns=areas.geometry.name).reset_index(drop=True)
    for column in columns:
        given = polygons[column].to_numpy(dtype=object)[pi]
        if column in out.columns:
            out[column] = np.where(pd.isna(given), out[column].to_numpy(dtype=object), given)
        else:
            out[column] = given
    return gpd.GeoDataFrame(out, geometry=pieces, crs=areas.crs)


def _contiguous(areas: gpd.GeoDataFrame, keys: Sequence[str]) -> gpd.GeoDataFrame:
    """Pieces with the same keys joined, then split into contiguous parts (one row each)."""
    if len(areas) == 0:
        return areas
    frame = areas.copy()
    frame["_key"] = pd.factorize(pd.MultiIndex.from_frame(frame[list(keys)].astype(str)))[0]
    firsts = frame.drop_duplicates("_key").set_index("_key")
    unions = frame.groupby("_key").geometry.agg(lambda g: shapely.union_all(g.to_numpy()))  # one union per key
    joined = gpd.GeoDataFrame(firsts.loc[unions.index].drop(columns=frame.geometry.name),
                              geometry=unions.to_numpy(), crs=areas.crs)
    parts = joined.explode(index_parts=False).reset_index(drop=True)
    parts = parts[np.isin(shapely.get_type_id(parts.geometry.to_numpy()), (3, 6))]
    parts = parts[parts.geometry.area >= 1.0].reset_index(drop=True)
    parts[parts.geometry.name] = shapely.multipolygons(shapely.get_parts(parts.geometry.to_numpy()),
                                                       indices=np.arange(len(parts)))
    return parts


# --- the whole run -----------------------------------------------------------------------------------

def find_candidate_areas(kpa: Sequence[LayerInput], rp: Sequence[LayerInput], context: SiteContext,
                         profiles: Sequence[Profile], crs, municipalities: Optional[LayerInput] = None,
                         parcels: Optional[LayerInput] = None, score: bool = True,
                         progress: Optional[Progress] = None, language: Optional[str] = None) -> CandidateAreas:
    """Candidate areas for the chosen station types from the zoning layers, scored.

    Parameters
    ----------
    kpa, rp : sequence of LayerInput
        Kommuneplan and reguleringsplan land-use layers, in any CRS.
    context : SiteContext
        The context layers for the exclusions and the scoring (built with the same plan layers).
    profiles : sequence of Profile
    crs
        The CRS of the result: projected, in metres.
    municipalities : LayerInput, optional
        Municipality polygons (kommunenummer, kommunenavn, region): the areas are split by them and
        ground outside them is left out.  Without it, each area has its plan's ``kommunenummer``.
    parcels : LayerInput, optional
        Property boundaries (Matrikkelen teig): areas are cut by them and carry gnr/bnr.
    score : bool
        Score the areas (:func:`.scoring.score_sites`).
    progress : Progress, optional
    language : str, optional
        Of the notes and explanations.

    Raises
    ------
    InputError
        No plan layer, no station profile, or a geographic CRS.
    """
    progress = progress or Progress()
    with use_language(language):
        if not profiles:
            raise InputError(tr("Choose at least one station type."))
        if not list(kpa) and not list(rp):
            raise InputError(tr("Give at least one zoning layer (kommuneplan or reguleringsplan arealformål): "
                                "candidate areas are found in the plans."))
        if crs is None or not gpd.GeoSeries([], crs=crs).crs.is_projected:
            raise InputError(tr("Candidate areas need a projected CRS in metres, such as EPSG:25833."))
        notes: List[str] = []
        removed: List[Tuple[str, int]] = []
        plans = {"kpa": read_plan_layers(kpa, "kpa", crs, notes), "rp": read_plan_layers(rp, "rp", crs, notes)}
        pieces = governing_pieces(plans["kpa"], plans["rp"], notes)
        progress.set_progress(15)
        progress.check()
        suitable = np.column_stack([zoning_suitability(p, pieces, notes) for p in profiles]) if len(pieces) \
            else np.zeros((0, len(profiles)), dtype=bool)
        keep = suitable.any(axis=1)
        removed.append((tr("land use that no chosen station type's zoning rule allows (plan polygons)"),
                        int((~keep).sum())))
        pieces = pieces[keep].reset_index(drop=True)
        for j, profile in enumerate(profiles):
            pieces["_ok_" + profile.station_type] = suitable[keep, j]
        for label, cutters in exclusion_cutters(profiles, context, crs, notes):
            progress.check()
            before, count = pieces.geometry.area.sum(), len(pieces)
            pieces[pieces.geometry.name] = subtract(pieces.geometry.to_numpy(), cutters)
            pieces = pieces[pieces.geometry.notna()].reset_index(drop=True)
            cut = before - pieces.geometry.area.sum()
            if cut > 0.5:
                notes.append(tr("Cut out of the candidate areas: {what}, {area} m².").format(
                    what=label, area=format_number(cut)))
            removed.append((tr("wholly inside {what} (plan polygons)").format(what=label), count - len(pieces)))
        progress.set_progress(30)
        if municipalities is not None:
            towns = read_municipalities(municipalities, crs, notes)
            if towns is not None:
                before = pieces.geometry.area.sum()
                pieces = split_by(pieces, towns, ["kommunenummer", "kommunenavn", "region"])
                outside = before - pieces.geometry.area.sum()
                if outside > 0.5:
                    notes.append(tr("Suitable ground outside the municipalities of '{layer}' was left out ({area} "
                                    "m²).").format(layer=municipalities.name, area=format_number(outside)))
        for column in ("kommunenavn", "region"):
            if column not in pieces.columns:
                pieces[column] = None
        ok_columns = ["_ok_" + p.station_type for p in profiles]
        keys = ["kommunenummer", "level", "layer", "plan_id", "code", "status"] + ok_columns
        areas = _contiguous(pieces, keys)
        for column in ("parcel", "gnr", "bnr"):
            areas[column] = None
        if parcels is not None and len(areas):
            lots = read_parcels(parcels, crs, notes)
            if lots is not None:
                areas = split_by(areas, lots, ["parcel", "gnr", "bnr"])
                areas = areas.explode(index_parts=False).reset_index(drop=True)
                areas = areas[areas.geometry.area >= 1.0].reset_index(drop=True)
                areas[areas.geometry.name] = shapely.multipolygons(shapely.get_parts(areas.geometry.to_numpy()),
                                                                   indices=np.arange(len(areas)))
        progress.set_progress(45)
        areas = _measured(areas, profiles, context, removed, progress.span(45, 60))
        result = _finished(areas, profiles)
        if any(result["kommunenummer"].isna()):
            notes.append(tr("{n} areas have no municipality: give a municipality layer, or plan layers with "
                            "kommunenummer.").format(n=int(result["kommunenummer"].isna().sum())))
        scoring = None
        if score and len(result):
            scoring = score_sites(result, context, profiles, progress.span(60, 100), tr("candidate areas"),
                                  language)
            notes.extend(scoring.notes)
        progress.set_progress(100)
        return CandidateAreas(result, scoring, removed, notes)


def _measured(areas: gpd.GeoDataFrame, profiles: Sequence[Profile], context: SiteContext,
              removed: List[Tuple[str, int]], progress: Progress) -> gpd.GeoDataFrame:
    """Area and flat area by the criteria; areas every profile's size rules reject are dropped."""
    areas = areas.reset_index(drop=True)
    if len(areas) == 0:
        areas["area_m2"], areas["flat_area_m2"] = [], []
        return areas
    engine = CriteriaEngine(areas.geometry, context, progress)
    fails = {}  # rule criterion -> (areas, profiles) failing it
    passes_all = np.ones((len(areas), len(profiles)), dtype=bool)
    for j, profile in enumerate(profiles):
        for criterion in ("area_m2", "flat_area_m2"):
            for rule in _constraints(profile, criterion):
                failed, _ = _test(rule.test, rule.value, engine.compute(criterion, profile))
                fails.setdefault(criterion, np.zeros((len(areas), len(profiles)), dtype=bool))[:, j] |= failed
                passes_all[:, j] &= ~failed
    areas["area_m2"] = np.round(engine.compute("area_m2", profiles[0]).values.astype("float64"))
    flat = engine.compute("flat_area_m2", profiles[0])
    areas["flat_area_m2"] = np.round(flat.values.astype("float64")) if flat.available else np.nan
    ok = passes_all & areas[["_ok_" + p.station_type for p in profiles]].to_numpy(dtype=bool)
    gone = ~ok.any(axis=1)
    labels = {"area_m2": tr("smaller than every chosen station type's minimum area (areas)"),
              "flat_area_m2": tr("less flat ground than every chosen station type's minimum (areas)")}
    for criterion, failed in fails.items():
        removed.append((labels[criterion], int((gone & failed.all(axis=1)).sum())))
    for j, profile in enumerate(profiles):
        areas["_ok_" + profile.station_type] = ok[:, j]
    return areas[~gone].reset_index(drop=True)


def _finished(areas: gpd.GeoDataFrame, profiles: Sequence[Profile]) -> gpd.GeoDataFrame:
    """The output columns (:data:`AREA_FIELDS`), areas numbered per municipality, largest first."""
    if len(areas) == 0:
        return gpd.GeoDataFrame({c: [] for c in AREA_FIELDS}, geometry=[], crs=areas.crs)
    codes = areas["code"].to_numpy(dtype="float64")
    levels = areas["level"].to_numpy(dtype=object)
    systems = np.where(levels == "rp", np.where(codes < 1000, "rp1985", "rpa"),
                       np.where(codes < 1000, "kp1985", "kpa"))
    names = [code_label(s, int(c)) if not np.isnan(c) else None for s, c in zip(systems, codes)]
    suitable = np.array([",".join(p.station_type for p, ok in zip(profiles, row) if ok) for row in
                         areas[["_ok_" + p.station_type for p in profiles]].to_numpy(dtype=bool)], dtype=object)
    frame = gpd.GeoDataFrame({
        "kommunenummer": areas["kommunenummer"].to_numpy(dtype=object),
        "kommunenavn": areas["kommunenavn"].to_numpy(dtype=object),
        "region": areas["region"].to_numpy(dtype=object),
        "plan_level": [LEVEL_LABELS.get(v, v) for v in levels],
        "plan_id": areas["plan_id"].to_numpy(dtype=object),
        "land_use_code": np.where(np.isnan(codes), np.nan, codes),
        "land_use": np.array(names, dtype=object),
        "land_use_status": areas["status"].to_numpy(dtype="float64"),
        "plan_layer": areas["layer"].to_numpy(dtype=object),
        "gnr": areas["gnr"].to_numpy(dtype=object), "bnr": areas["bnr"].to_numpy(dtype=object),
        "parcel": areas["parcel"].to_numpy(dtype=object),
        "suitable_for": suitable,
        "area_m2": areas["area_m2"].to_numpy(dtype="float64"),
        "flat_area_m2": areas["flat_area_m2"].to_numpy(dtype="float64"),
    }, geometry=areas.geometry.to_numpy(), crs=areas.crs)
    town = frame["kommunenummer"].fillna("").astype(str).to_numpy()
    order = np.lexsort((-frame["area_m2"].to_numpy(), town))
    frame = frame.iloc[order].reset_index(drop=True)
    town = town[order]
    number = pd.Series(town).groupby(town).cumcount().to_numpy() + 1
    frame.insert(0, "area_id", ["{}-{:03d}".format(t or "0000", k) for t, k in zip(town, number)])
    return frame[AREA_FIELDS + [frame.geometry.name]]


def removed_lines(removed: Sequence[Tuple[str, int]]) -> List[str]:
    """What each step removed, one translated line each (for the log and an empty result)."""
    return [tr("Removed: {what}: {n}.").format(what=what, n=format_number(n)) for what, n in removed]


def area_field_names() -> Dict[str, str]:
    """Translated names of the area fields, for field aliases."""
    return {
        "area_id": tr("Area"), "kommunenummer": tr("Municipality number"), "kommunenavn": tr("Municipality"),
        "region": tr("Region"), "plan_level": tr("Plan level"), "plan_id": tr("Plan id"),
        "land_use_code": tr("Land-use code"), "land_use": tr("Land use"),
        "land_use_status": tr("Land-use status (1 current, 2 future)"), "plan_layer": tr("Plan layer"),
        "gnr": tr("Gnr"), "bnr": tr("Bnr"), "parcel": tr("Parcel"), "suitable_for": tr("Zoning suits"),
        "area_m2": tr("Area (m²)"), "flat_area_m2": tr("Flat area (m²)"),
    }

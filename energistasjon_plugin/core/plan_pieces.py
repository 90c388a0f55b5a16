# SPDX-License-Identifier: GPL-2.0-or-later
"""The land use the plans give each piece of ground: the pieces candidate areas are cut from.

A workshop starts from the plans, not from parcels.  The plan layers (kommuneplan and
reguleringsplan arealformål, any number of each, in any projected CRS) are read by the reader
the scoring uses (the one :mod:`.context_layers` declares for the entry), with where each polygon comes
from: its layer, plan id, land-use code and municipality.  Then the ground is divided as the
scoring reads it (:mod:`.criteria.zoning`): a reguleringsplan polygon with a readable code
governs where it lies; the kommuneplan applies everywhere else.

Bad input is repaired and said, never guessed at silently:

* invalid polygons are repaired (``make_valid``, polygonal parts kept), counted per layer;
* polygons of one plan level that overlap: where they give the same code, the first keeps the
  overlap; where they give different codes, the plans contradict each other there, and the
  overlap is left out of both (counted, with its area), so no candidate rests on it.

All geometry work is on arrays (STRtree pairs, vectorised GEOS); Python loops run over the
few polygons that overlap others, never over all of them.
"""
from typing import List, Optional, Sequence, Tuple

import geopandas as gpd
import numpy as np
import pandas as pd
import shapely

from . import context_layers
from .fields import find_field, layer_columns
from .i18n import format_number, tr
from .layer_readers import LayerInput, Reading, in_crs
from .zoning.plan_layers import KOMMUNE_FIELDS

LEVELS = ("kpa", "rp")
LEVEL_LABELS = {"kpa": "KPA", "rp": "RP"}
#: Pieces smaller than this (m²) are slivers of digitising, not ground.
SLIVER_M2 = 1.0
#: Overlaps of two plan polygons smaller than this (m²) are slack along a shared border (a
#: setting: digitising), not plans that contradict each other.
OVERLAP_SLACK_M2 = 5.0
COLUMNS = ["level", "layer", "code", "status", "plan_id", "kommunenummer"]


def polygonal(geoms: np.ndarray) -> np.ndarray:
    """Each geometry's polygonal part (a MultiPolygon, or None when nothing polygonal is left)."""
    geoms = np.asarray(geoms, dtype=object)
    out = np.full(len(geoms), None, dtype=object)
    if len(geoms) == 0:
        return out
    parts, index = shapely.get_parts(geoms, return_index=True)
    # a GeometryCollection from make_valid or difference holds its polygons one level down
    nested = shapely.get_type_id(parts) == 7
    if nested.any():
        inner, inner_index = shapely.get_parts(parts[nested], return_index=True)
        parts = np.concatenate([parts[~nested], inner])
        index = np.concatenate([index[~nested], index[nested][inner_index]])
    polys = np.isin(shapely.get_type_id(parts), (3, 6)) & ~shapely.is_empty(parts)
    parts, index = parts[polys], index[polys]
    if len(parts) == 0:
        return out
    singles, single_index = shapely.get_parts(parts, return_index=True)
    owner = index[single_index]
    keep = shapely.area(singles) >= SLIVER_M2
    singles, owner = singles[keep], owner[keep]
    if len(singles):
        shapely.multipolygons(singles, indices=owner, out=out)  # rows without a polygon stay None
    return out


def repaired(geoms: np.ndarray) -> Tuple[np.ndarray, int]:
    """Valid polygonal copies and how many needed repair."""
    geoms = np.asarray(geoms, dtype=object).copy()
    present = np.array([g is not None for g in geoms], dtype=bool)
    invalid = np.zeros(len(geoms), dtype=bool)
    invalid[present] = ~shapely.is_valid(geoms[present])
    if invalid.any():
        geoms[invalid] = shapely.make_valid(geoms[invalid])
    return polygonal(geoms), int(invalid.sum())


def subtract(geoms: np.ndarray, cutters: np.ndarray) -> np.ndarray:
    """Each geometry minus every cutter that shares area with it (one difference per geometry hit)."""
    geoms = np.asarray(geoms, dtype=object)
    cutters = np.asarray(cutters, dtype=object)
    cutters = cutters[np.array([c is not None for c in cutters], dtype=bool)] if len(cutters) else cutters
    if len(geoms) == 0 or len(cutters) == 0:
        return geoms
    present = np.flatnonzero(np.array([g is not None for g in geoms], dtype=bool))
    gi, ci = shapely.STRtree(cutters).query(geoms[present], predicate="intersects")
    if len(gi) == 0:
        return geoms
    gi = present[gi]
    order = np.argsort(gi, kind="stable")
    gi, ci = gi[order], ci[order]
    starts = np.flatnonzero(np.r_[True, gi[1:] != gi[:-1]])
    groups = np.split(ci, starts[1:])
    # one union per geometry that is cut: the cutters of a few pieces each
    unions = np.array([cutters[g[0]] if len(g) == 1 else shapely.union_all(cutters[g]) for g in groups],
                      dtype=object)
    out = geoms.copy()
    hit = gi[starts]
    out[hit] = polygonal(shapely.difference(geoms[hit], unions))
    return out


def _kommunenummer(values: pd.Series) -> np.ndarray:
    """Municipality numbers as four-digit text (``301`` and ``301.0`` -> ``0301``); None when absent."""
    out = np.full(len(values), None, dtype=object)
    for i, value in enumerate(values.tolist()):  # a handful of distinct values; plain text work
        if value is None or (isinstance(value, float) and np.isnan(value)):
            continue
        text = str(value).strip()
        if text.endswith(".0") and text[:-2].isdigit():
            text = text[:-2]
        out[i] = text.zfill(4) if text.isdigit() and len(text) < 4 else (text or None)
    return out


def read_plan_layers(inputs: Sequence[LayerInput], level: str, crs, notes: List[str]) -> gpd.GeoDataFrame:
    """The land use of the plan layers of one level, with where each polygon comes from.

    Parameters
    ----------
    inputs : sequence of LayerInput
        Kommuneplan (``level="kpa"``) or reguleringsplan (``"rp"``) layers, in any CRS.
    level : {"kpa", "rp"}
    crs
        The CRS of the result (projected).
    notes : list of str
        Translated notes are appended (repairs, layers without a municipality field).

    Returns
    -------
    GeoDataFrame
        Columns :data:`COLUMNS` (``code`` float, NaN when unreadable) and ``geometry``
        (valid MultiPolygons), in ``crs``.
    """
    frames = []
    reading = Reading(crs, notes, {})
    declared = next(layer for layer in context_layers.LAYERS if layer.entry_key == level)  # the scoring's reader
    for source in inputs:
        frame = in_crs(source, crs, notes)
        if frame is None:
            continue
        zoning = declared.read(source, frame, reading)
        notes.extend(zoning.attrs.get("warnings", []))
        kommune_field = find_field(layer_columns(frame), KOMMUNE_FIELDS)
        kommune = _kommunenummer(frame.loc[zoning.index, kommune_field]) if kommune_field else \
            np.full(len(zoning), None, dtype=object)
        geoms, fixed = repaired(zoning.geometry.to_numpy())
        if fixed:
            notes.append(tr("{n} polygons in '{layer}' were invalid (for example self-intersecting); they were "
                            "repaired for finding candidate areas (the layer is unchanged).").format(
                n=fixed, layer=source.name))
        frames.append(gpd.GeoDataFrame({
            "level": level, "layer": source.name, "code": zoning["code"].to_numpy(dtype="float64"),
            "status": zoning["status"].to_numpy(dtype="float64"), "plan_id": zoning["plan_id"].to_numpy(dtype=object),
            "kommunenummer": kommune}, geometry=geoms, crs=crs))
    if not frames:
        return gpd.GeoDataFrame({c: [] for c in COLUMNS}, geometry=[], crs=crs)
    joined = pd.concat(frames, ignore_index=True)
    joined = gpd.GeoDataFrame(joined, geometry="geometry", crs=crs)
    return joined[joined.geometry.notna()].reset_index(drop=True)


def resolve_overlaps(plans: gpd.GeoDataFrame, notes: List[str]) -> gpd.GeoDataFrame:
    """Polygons of one level made disjoint: same code, the first keeps the overlap; different
    codes, the overlap is left out of both (said in ``notes`` with its area)."""
    if len(plans) < 2:
        return plans
    geoms = plans.geometry.to_numpy()
    left, right = shapely.STRtree(geoms).query(geoms, predicate="intersects")
    keep = left < right
    left, right = left[keep], right[keep]
    if len(left) == 0:
        return plans
    inner = shapely.relate_pattern(geoms[left], geoms[right], "2********")  # the interiors share area
    left, right = left[inner], right[inner]
    if len(left) == 0:
        return plans
    code = plans["code"].to_numpy(dtype="float64")
    overlap = shapely.area(shapely.intersection(geoms[left], geoms[right]))
    # slack along a shared border is not a contradiction: the first polygon keeps it
    same = (code[left] == code[right]) | (np.isnan(code[left]) & np.isnan(code[right])) | \
        (overlap < OVERLAP_SLACK_M2)
    # who loses what: the later of a same-code pair; both of a pair that disagrees
    loser = np.concatenate([right, left[~same]])
    cutter = np.concatenate([left, right[~same]])
    disputed = overlap[~same].sum()
    out = geoms.copy()
    order = np.argsort(loser, kind="stable")
    loser, cutter = loser[order], cutter[order]
    starts = np.flatnonzero(np.r_[True, loser[1:] != loser[:-1]])
    for start, group in zip(starts, np.split(cutter, starts[1:])):  # only polygons that overlap others
        out[loser[start]] = polygonal(np.array([shapely.difference(out[loser[start]],
                                                                   shapely.union_all(geoms[group]))],
                                               dtype=object))[0]
    if (~same).any():
        layers = sorted(set(plans["layer"].to_numpy()[np.concatenate([left[~same], right[~same]])]))
        notes.append(tr("{n} overlaps between plan polygons with different land use in {layers} ({area} m² in "
                        "all): the plans contradict each other there, so that ground is left out of the candidate "
                        "areas. Check the plans.").format(n=int((~same).sum()), layers=", ".join(layers),
                                                          area=format_number(disputed)))
    repeated = same & (overlap >= OVERLAP_SLACK_M2)
    if repeated.any():
        notes.append(tr("{n} plan polygons overlap another with the same land use; the overlap is counted "
                        "once.").format(n=int(repeated.sum())))
    result = plans.copy()
    result[result.geometry.name] = out
    return result[result.geometry.notna()].reset_index(drop=True)


def governing_pieces(kpa: gpd.GeoDataFrame, rp: gpd.GeoDataFrame, notes: List[str]) -> gpd.GeoDataFrame:
    """The ground divided by the plan that governs it: reguleringsplan polygons with a code, and
    the kommuneplan outside them (as the zoning criterion reads the plans)."""
    kpa = resolve_overlaps(kpa, notes)
    rp = resolve_overlaps(rp, notes)
    coded_rp = rp.geometry.to_numpy()[~np.isnan(rp["code"].to_numpy(dtype="float64"))] if len(rp) else []
    if len(kpa):
        kpa = kpa.copy()
        kpa[kpa.geometry.name] = subtract(kpa.geometry.to_numpy(), np.asarray(coded_rp, dtype=object))
        kpa = kpa[kpa.geometry.notna()]
    pieces = pd.concat([rp, kpa], ignore_index=True) if len(kpa) or len(rp) else rp
    return gpd.GeoDataFrame(pieces, geometry="geometry", crs=(rp if len(rp) else kpa).crs)


def piece_crs(*frames: Optional[gpd.GeoDataFrame]):
    """The CRS of the first frame that has one."""
    return next((f.crs for f in frames if f is not None and f.crs is not None), None)

# SPDX-License-Identifier: GPL-2.0-or-later
"""The short list a workshop takes home: the best sites per station type and municipality.

From a scored layer (the output of "Score candidate sites" or "Find candidate areas") and,
per station type, the weight set the room settled on: the sites are ranked again with that
weight set (:func:`.reranking.rerank`, equal to a full rescoring), and the best ``top`` ranked
sites of each municipality are kept, each with the score and its parts (raw value, sub-score,
weight and the points it gives), the explanation, what could not be checked, and the weight
set's name.  A station type for which no site is ranked gets an empty list that says, per
rule, how many sites each rule removed (:mod:`.run_summary`).
"""
from dataclasses import dataclass, field
from types import SimpleNamespace
from typing import Dict, List, Optional, Sequence

import numpy as np
import pandas as pd

from . import run_summary
from .casework import site_case_id
from .criteria.catalog import CRITERIA, criterion_label
from .fields import find_field
from .i18n import format_number, tr
from .profiles import Profile
from .reranking import _as_bool as read_excluded
from .reranking import find_columns, rerank, subscore_fields
from .weight_sets import WeightSet, weight_set_from_profile
from .wording import distance_text, is_unknown, megawatts_text, square_metres_text

SITE_NAME_FIELDS = ("area_id",)
REGION_FIELDS = ("region", "regionnavn")
#: Optional fields of a sensitivity run (:mod:`.sensitivity`) shown beside the score.
SENSITIVITY_SUFFIXES = ("_p_top", "_rank_p05", "_rank_p95", "_depends")


@dataclass
class Part:
    """One factor of a site's score."""

    factor: str
    label: str
    value: str
    sub_score: Optional[float]
    weight: float
    points: Optional[float]


@dataclass
class Entry:
    """One site on one station type's short list."""

    row: int
    station_type: str
    site: str
    municipality: str
    region: Optional[str]
    place: int
    rank: int
    score: float
    known: float
    explanation: str
    unchecked: str
    parts: List[Part]
    sensitivity: Dict[str, object] = field(default_factory=dict)
    assess: str = ""


@dataclass
class StationList:
    """One station type's short list and what it rests on."""

    profile: Profile
    weight_set: WeightSet
    entries: List[Entry]
    sites: int
    ranked: int
    rule_lines: List[str]
    notes: List[str] = field(default_factory=list)

    @property
    def empty_message(self) -> str:
        """Why the list is empty (translated); "" when it is not."""
        if self.entries:
            return ""
        head = tr("No site is ranked for {type}: {n} sites, none passes every rule with enough known.").format(
            type=self.profile.name, n=format_number(self.sites))
        return " ".join([head] + self.rule_lines)


@dataclass
class ShortList:
    """Every station type's list; ``area_field`` and ``region_field`` are the layer's fields used."""

    lists: List[StationList]
    area_field: Optional[str]
    region_field: Optional[str]
    notes: List[str] = field(default_factory=list)

    @property
    def entries(self) -> List[Entry]:
        return [e for station in self.lists for e in station.entries]

    @property
    def regions(self) -> List[str]:
        """The regions of the short-listed sites, in order of first appearance (one: the whole run)."""
        return list(dict.fromkeys(e.region or "" for e in self.entries))


def value_text(criterion: str, value) -> str:
    """A factor's raw value in words with its unit (``420 m``, ``2 500 m²``, ``1.5 MW``)."""
    if is_unknown(value):
        return tr("unknown")
    unit = CRITERIA[criterion].unit if criterion in CRITERIA else ""
    if isinstance(value, str):
        from .criteria.zoning import zoning_class_label

        return zoning_class_label(value) if criterion == "zoning_class" else value
    number = float(value)
    if not np.isfinite(number):
        return tr("none in the data")
    if unit == "m":
        return distance_text(number)
    if unit == "m2":
        return square_metres_text(round(number))
    if unit == "MW":
        return megawatts_text(number)
    if unit == "vehicles/day":
        return tr("{n} a day").format(n=format_number(number))
    if unit == "%":
        return "{} %".format(format_number(number, 0))
    return format_number(number, 2)


def station_profiles_in(table: pd.DataFrame, profiles: Sequence[Profile]) -> List[Profile]:
    """The profiles whose sub-scores the layer holds (its station types)."""
    columns = {str(c).casefold() for c in table.columns}
    return [p for p in profiles if all(f.casefold() in columns for f in subscore_fields(p))]


def _text_column(table: pd.DataFrame, column: Optional[str]) -> np.ndarray:
    if column is None:
        return np.full(len(table), None, dtype=object)
    values = table[column].astype(object).where(table[column].notna(), None).to_numpy()
    return np.array([None if v is None or str(v).strip() == "" else str(v).strip() for v in values], dtype=object)


def site_names(table: pd.DataFrame) -> np.ndarray:
    """How the planner knows each site: its area id, its own id, its gnr/bnr, else its row."""
    column = find_field([str(c) for c in table.columns], SITE_NAME_FIELDS)
    attributes = table.drop(columns=[table.geometry.name]) if hasattr(table, "geometry") else table
    names = _text_column(table, column)
    missing = np.flatnonzero(names == None)  # noqa: E711 (elementwise)
    for i in missing:  # only where the layer has no area id
        names[i] = site_case_id(attributes.iloc[i].to_dict(), i + 1)
    return names


def make_short_list(table: pd.DataFrame, profiles: Sequence[Profile], top: int = 5,
                    weight_sets: Optional[Dict[str, WeightSet]] = None,
                    table_name: str = "scored layer") -> ShortList:
    """The best ``top`` ranked sites of each municipality for each station type.

    Parameters
    ----------
    table : (Geo)DataFrame
        A scored layer.
    profiles : sequence of Profile
        The profiles it was scored with; those whose fields the layer lacks are skipped.
    top : int
        Sites per station type and municipality.
    weight_sets : dict, optional
        Station type -> the weight set to rank by; the profile's own weights otherwise.
    table_name : str
        For messages.
    """
    weight_sets = weight_sets or {}
    columns = [str(c) for c in table.columns]
    area_field = find_field(columns, run_summary.MUNICIPALITY_FIELDS)
    region_field = find_field(columns, REGION_FIELDS)
    areas = _text_column(table, area_field)
    areas = np.where(areas == None, tr("all sites") if area_field is None else "?", areas)  # noqa: E711
    regions = _text_column(table, region_field)
    names = site_names(table)
    lists, notes = [], []
    for profile in station_profiles_in(table, profiles):
        weight_set = weight_sets.get(profile.station_type) or weight_set_from_profile(profile)
        lists.append(_station_list(table, profile, weight_set, top, areas, regions, names, table_name))
        notes.extend(lists[-1].notes)
    return ShortList(lists, area_field, region_field, notes)


def _station_list(table: pd.DataFrame, profile: Profile, weight_set: WeightSet, top: int, areas: np.ndarray,
                  regions: np.ndarray, names: np.ndarray, table_name: str) -> StationList:
    p = profile.field_prefix
    ranked = rerank(table, profile, weight_set, table_name)
    rank = ranked[p + "_rank"].to_numpy(dtype="float64")
    score = ranked[p + "_score"].to_numpy(dtype="float64")
    known = ranked[p + "_known"].to_numpy(dtype="float64")
    wanted = [p + "_explain", p + "_unchecked", p + "_assess", p + "_rules", p + "_excluded"]
    present = {name: col for name, col in find_columns(table, [p + "_rules", p + "_excluded"], table_name).items()}
    by_fold = {str(c).casefold(): c for c in table.columns}
    for name in wanted:
        if name.casefold() in by_fold:
            present[name] = by_fold[name.casefold()]
    notes = []
    stored = by_fold.get((p + "_profile").casefold())
    if stored is not None:
        made_with = {str(v).split()[0] for v in table[stored].dropna() if str(v).strip()}
        mine = "{}@{}".format(profile.id, profile.sha256[:12])
        if made_with and made_with != {mine}:
            notes.append(tr("{type}: the layer was scored with the profile {stored}; the short list uses the "
                            "sub-scores in the layer, ranked with {weights}.").format(
                type=profile.name, stored=", ".join(sorted(made_with)), weights=weight_set.title))
    order = np.flatnonzero(~np.isnan(rank))
    order = order[np.lexsort((rank[order], areas[order].astype(str)))]
    place = pd.Series(areas[order]).groupby(areas[order]).cumcount().to_numpy() + 1
    chosen = order[place <= top]
    places = place[place <= top]
    sub = {f.id: pd.to_numeric(table[by_fold[("{}_{}_s".format(p, f.id)).casefold()]], errors="coerce").to_numpy()
           for f in profile.factors}
    raw = {f.id: table[by_fold[("{}_{}".format(p, f.id)).casefold()]].to_numpy()
           if ("{}_{}".format(p, f.id)).casefold() in by_fold else np.full(len(table), None, dtype=object)
           for f in profile.factors}
    weights = weight_set.vector(profile)
    entries = []
    for i, k in zip(chosen, places):  # the short list: a few sites per municipality
        parts = []
        for f, w in zip(profile.factors, weights):
            s = sub[f.id][i]
            points = None if np.isnan(s) or known[i] <= 0 else 100.0 * w * s / known[i]
            parts.append(Part(f.id, criterion_label(f.criterion), value_text(f.criterion, raw[f.id][i]),
                              None if np.isnan(s) else float(s), float(w), points))
        sensitivity = {suffix: table[by_fold[(p + suffix).casefold()]].iloc[i] for suffix in SENSITIVITY_SUFFIXES
                       if (p + suffix).casefold() in by_fold}
        entries.append(Entry(int(i), profile.station_type, str(names[i]), str(areas[i]), regions[i], int(k),
                             int(rank[i]), float(score[i]), float(known[i]),
                             _cell(table, present.get(p + "_explain"), i),
                             _cell(table, present.get(p + "_unchecked"), i), parts, sensitivity,
                             _cell(table, present.get(p + "_assess"), i)))
    summary = run_summary.summarise(_as_result(table, profile, present, rank, score))
    rule_lines = [tr("{rule}: {n} sites (only this rule: {alone}).").format(
        rule=r.label, n=format_number(r.failed), alone=format_number(r.only_this))
        for r in sorted(summary.rules, key=lambda r: -r.failed) if r.failed]
    excluded = np.asarray(summary_excluded(table, present, p), dtype=bool)
    too_little = int(np.sum(~excluded & np.isnan(rank)))
    if too_little:
        rule_lines.append(tr("Not ranked because too little is known: {n} sites.").format(n=format_number(too_little)))
    return StationList(profile, weight_set, entries, len(table), int(np.sum(~np.isnan(rank))), rule_lines, notes)


def _cell(table: pd.DataFrame, column, i: int) -> str:
    if column is None:
        return ""
    value = table[column].iloc[i]
    return "" if is_unknown(value) else str(value)


def summary_excluded(table: pd.DataFrame, present: Dict[str, object], prefix: str) -> np.ndarray:
    """The layer's ``<p>_excluded`` as booleans (as re-ranking reads it)."""
    return read_excluded(table[present[prefix + "_excluded"]])


def _as_result(table: pd.DataFrame, profile: Profile, present: Dict[str, object], rank: np.ndarray,
               score: np.ndarray) -> SimpleNamespace:
    """What :func:`.run_summary.summarise` reads of a scoring result, from the layer's columns (no
    municipality field: the rule counts are for the whole layer)."""
    p = profile.field_prefix
    column = table[present[p + "_rules"]]
    columns = {p + "_rules": column.astype(object).where(column.notna(), "").to_numpy(),
               p + "_excluded": summary_excluded(table, present, p), p + "_rank": rank, p + "_score": score}
    return SimpleNamespace(candidates=pd.DataFrame({"geometry": np.zeros(len(table))}), columns=columns,
                           stations=[SimpleNamespace(profile=profile)])

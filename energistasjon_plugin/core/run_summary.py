# SPDX-License-Identifier: GPL-2.0-or-later
"""What a scoring run found, in numbers a workshop can argue about: why sites fell out, how
many pass in each municipality, and the best of them.

Per station type, every hard rule with the number of sites it excludes (a site counts under
every rule it fails) and the number it alone excludes (the sites that would pass without
it); per municipality (or for the whole run), how many sites there are, pass the rules and
are ranked, and the top sites by rank.
"""
from dataclasses import dataclass, field
from typing import Any, Callable, Dict, List, Optional, Tuple

import numpy as np
import pandas as pd

from .arrays import repeated
from .criteria.catalog import rule_label
from .fields import find_field
from .i18n import format_number, tr
from .output_fields import station_short_label

#: Fields that say which municipality a site is in (matched as :func:`fields.find_field` does).
MUNICIPALITY_FIELDS = ("kommunenavn", "kommune", "kommunenummer", "kommunenr", "knr", "municipality")
TOP_SITES = 5


@dataclass
class RuleCount:
    """One hard rule of one station type."""

    station_type: str
    rule_id: str
    criterion: str
    failed: int
    only_this: int

    @property
    def label(self) -> str:
        """The rule in words, in the current language."""
        return rule_label(self.criterion)


@dataclass
class AreaCount:
    """One municipality (or the whole run) for one station type."""

    station_type: str
    area: str
    sites: int
    passed: int
    ranked: int
    top: List[str] = field(default_factory=list)


@dataclass
class RunSummary:
    """The summary of a run; ``area_field`` is the candidates' municipality field, if any."""

    rules: List[RuleCount]
    areas: List[AreaCount]
    area_field: Optional[str] = None


def _rule_counts(rules: np.ndarray) -> Tuple[Dict[str, int], Dict[str, int]]:
    """Per rule id: the sites whose rule list names it, and those it alone names.

    A region's rule lists are a few dozen combinations on many rows: each distinct list is
    counted once and split once.
    """
    lists, counts = np.unique(pd.Series(np.asarray(rules, dtype=object)).fillna("").astype(str).to_numpy(),
                              return_counts=True)
    failed: Dict[str, int] = {}
    alone: Dict[str, int] = {}
    for text, count in zip(lists.tolist(), counts.tolist()):
        ids = [rule for rule in text.split(",") if rule]
        for rule in ids:
            failed[rule] = failed.get(rule, 0) + count
        if len(ids) == 1:
            alone[ids[0]] = alone.get(ids[0], 0) + count
    return failed, alone


def summarise(result, site_name: Optional[Callable[[int], str]] = None) -> RunSummary:
    """Count rules and passing sites of a :class:`scoring.ScoringResult`.

    Parameters
    ----------
    result : ScoringResult
    site_name : callable, optional
        How the candidate in row ``i`` is named in the list of top sites (default: its row
        number); asked only for the top sites.
    """
    candidates = result.candidates
    area_field = find_field([str(c) for c in candidates.columns if c != candidates.geometry.name],
                            MUNICIPALITY_FIELDS)
    if area_field is not None:
        areas = candidates[area_field].astype("object").where(candidates[area_field].notna(), None)
        areas = np.array(["?" if a is None or str(a).strip() == "" else str(a).strip() for a in areas],
                         dtype=object)
    else:
        areas = repeated(tr("all sites"), len(candidates))
    name = site_name or (lambda i: tr("row {n}").format(n=i + 1))
    rule_counts: List[RuleCount] = []
    area_counts: List[AreaCount] = []
    for station in result.stations:
        profile = station.profile
        prefix = profile.field_prefix
        failed, alone = _rule_counts(result.columns[prefix + "_rules"])
        for constraint in (c for c in profile.constraints if c.excludes):  # "assess" rules exclude nobody
            rule_counts.append(RuleCount(profile.station_type, constraint.id, constraint.criterion,
                                         int(failed.get(constraint.id, 0)), int(alone.get(constraint.id, 0))))
        excluded = np.asarray(result.columns[prefix + "_excluded"], dtype=bool)
        rank = np.asarray(result.columns[prefix + "_rank"], dtype="float64")
        score = np.asarray(result.columns[prefix + "_score"], dtype="float64")
        for area in sorted(set(areas.tolist()), key=str):
            inside = areas == area
            ranked = inside & ~np.isnan(rank)
            order = np.flatnonzero(ranked)[np.argsort(rank[ranked], kind="stable")][:TOP_SITES]
            top = [tr("{rank}. {site} ({score})").format(rank=int(rank[i]), site=name(int(i)),
                                                        score=format_number(score[i], 1)) for i in order]
            area_counts.append(AreaCount(profile.station_type, area, int(inside.sum()),
                                         int((inside & ~excluded).sum()), int(ranked.sum()), top))
    return RunSummary(rule_counts, area_counts, area_field)


def summary_lines(summary: RunSummary) -> List[str]:
    """The summary as log lines in the current language, most telling first."""
    lines: List[str] = []
    types = list(dict.fromkeys(r.station_type for r in summary.rules + summary.areas))
    for station_type in types:
        kind = station_short_label(station_type)
        rules = sorted((r for r in summary.rules if r.station_type == station_type), key=lambda r: -r.failed)
        parts = [tr("{rule} {n} (only this rule: {alone})").format(
            rule=r.label, n=format_number(r.failed), alone=format_number(r.only_this)) for r in rules if r.failed]
        if parts:
            lines.append(tr("{station}: sites excluded by each rule: {rules}.").format(
                station=kind, rules="; ".join(parts)))
        for area in (a for a in summary.areas if a.station_type == station_type):
            text = tr("{station}, {area}: {sites} sites, {passed} pass the rules, {ranked} ranked").format(
                station=kind, area=area.area, sites=format_number(area.sites), passed=format_number(area.passed),
                ranked=format_number(area.ranked))
            if area.top:
                text += tr("; best: {sites}").format(sites=", ".join(area.top))
            lines.append(text + ".")
    return lines


def summary_rows(summary: RunSummary) -> List[Dict[str, Any]]:
    """The summary as table rows: one per station type and rule, one per station type and area."""
    rows: List[Dict[str, Any]] = []
    for r in summary.rules:
        rows.append({"station_type": r.station_type, "area": None, "rule_id": r.rule_id, "rule": r.label,
                     "excluded": r.failed, "excluded_only_by_this": r.only_this, "sites": None, "passed": None,
                     "ranked": None, "best": None})
    for a in summary.areas:
        rows.append({"station_type": a.station_type, "area": a.area, "rule_id": None, "rule": None,
                     "excluded": a.sites - a.passed, "excluded_only_by_this": None, "sites": a.sites,
                     "passed": a.passed, "ranked": a.ranked, "best": "; ".join(a.top) or None})
    return rows

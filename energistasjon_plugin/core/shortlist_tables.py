# SPDX-License-Identifier: GPL-2.0-or-later
"""The short list as tables: one sheet per station type for a spreadsheet, one row per site for a
layer, and the rules that removed sites.  Headers in the run's language; field names of the layer
stay short codes (usable in expressions in every language)."""
from typing import Any, Dict, List, Sequence

from .i18n import format_number, tr
from .output_fields import station_short_label
from .shortlist import Entry, ShortList, StationList
from .spreadsheet import Sheet
from .station_types import station_type_label

#: Fields of the short-list layer, in order (values from :func:`layer_rows`).
LAYER_FIELDS = ("station_type", "municipality", "region", "place", "rank", "site", "score", "known", "weight_set",
                "parts", "explanation", "assess", "unchecked")


def layer_field_aliases() -> Dict[str, str]:
    """The short-list layer's fields (:data:`LAYER_FIELDS`) in words, as its spreadsheet heads them."""
    return {"station_type": tr("Station type"), "municipality": tr("Municipality"), "region": tr("Region"),
            "place": tr("Place in municipality"), "rank": tr("Rank"), "site": tr("Site"),
            "score": tr("Score (0-100)"), "known": tr("Share of the weight known (0-1)"),
            "weight_set": tr("Weight set"), "parts": tr("Points per factor"), "explanation": tr("Explanation"),
            "assess": tr("Needs assessment"), "unchecked": tr("Not checked")}


def method_label(method: str) -> str:
    """How a weight set was made, in words."""
    return {"profile": tr("the profile's weights"), "manual": tr("set by hand"),
            "ahp": tr("pairwise comparisons (AHP)"), "combined": tr("participants combined")}.get(method, method)


def parts_text(entry: Entry) -> str:
    """``Free grid capacity 20.0 MW: 1.000 x 35 % = 35.0 points; ...`` (unknown factors said)."""
    texts = []
    for part in entry.parts:
        if part.weight <= 0:
            continue
        if part.sub_score is None:
            texts.append(tr("{factor}: unknown (left out)").format(factor=part.label))
        else:
            texts.append(tr("{factor} {value}: {sub} x {weight} % = {points} points").format(
                factor=part.label, value=part.value, sub=format_number(part.sub_score, 3),
                weight=format_number(100.0 * part.weight, 0), points=format_number(part.points or 0.0, 1)))
    return "; ".join(texts)


def layer_rows(short_list: ShortList) -> List[Dict[str, Any]]:
    """One row per short-listed site and station type (:data:`LAYER_FIELDS`) with the site's row."""
    rows = []
    for station in short_list.lists:
        for e in station.entries:
            rows.append({"row": e.row, "station_type": e.station_type, "municipality": e.municipality,
                         "region": e.region, "place": e.place, "rank": e.rank, "site": e.site,
                         "score": round(e.score, 1), "known": round(e.known, 3),
                         "weight_set": station.weight_set.label, "parts": parts_text(e),
                         "explanation": e.explanation, "assess": e.assess or None, "unchecked": e.unchecked or None})
    return rows


def _sensitivity_headers(station: StationList) -> List[str]:
    keys = list(dict.fromkeys(k for e in station.entries for k in e.sensitivity))
    labels = {"_p_top": tr("Share of runs in the top"), "_rank_p05": tr("Rank, best 5 %"),
              "_rank_p95": tr("Rank, worst 5 %"), "_depends": tr("Rank depends most on the weight of")}
    return [labels[k] for k in keys], keys


def station_sheet(station: StationList) -> Sheet:
    """One station type's short list as a sheet (one row saying why, when it is empty)."""
    profile = station.profile
    header = [tr("Municipality"), tr("Region"), tr("Place in municipality"), tr("Rank"), tr("Site"),
              tr("Score (0-100)"), tr("Share of the weight known (%)")]
    for factor in profile.factors:
        label = next((p.label for e in station.entries for p in e.parts if p.factor == factor.id), factor.id)
        header += [label, tr("{factor}: sub-score (0-1)").format(factor=label),
                   tr("{factor}: points").format(factor=label)]
    sensitivity_labels, keys = _sensitivity_headers(station)
    header += sensitivity_labels + [tr("Explanation"), tr("Needs assessment"), tr("Not checked"), tr("Weight set")]
    rows: List[List[Any]] = []
    for e in station.entries:
        row: List[Any] = [e.municipality, e.region, e.place, e.rank, e.site, round(e.score, 1),
                          round(100.0 * e.known, 0)]
        for part in e.parts:
            row += [part.value, part.sub_score, None if part.points is None else round(part.points, 1)]
        row += [e.sensitivity.get(k) for k in keys]
        row += [e.explanation, e.assess, e.unchecked, station.weight_set.title]
        rows.append(row)
    if not rows:
        rows.append([station.empty_message])
    return station_short_label(profile.station_type), header, rows


def rules_sheet(short_list: ShortList) -> Sheet:
    """Per station type, how many sites each rule removed, and why a list is empty."""
    header = [tr("Station type"), tr("Sites"), tr("Ranked"), tr("Rules that removed sites"), tr("Weight set")]
    rows = [[station_type_label(s.profile.station_type), s.sites, s.ranked, " ".join(s.rule_lines),
             s.weight_set.title] for s in short_list.lists]
    return tr("Rules"), header, rows


def weights_sheet(short_list: ShortList) -> Sheet:
    """The weight set of each station type, factor by factor."""
    header = [tr("Station type"), tr("Weight set"), tr("Method"), tr("Factor"), tr("Weight (%)")]
    rows = []
    for station in short_list.lists:
        labels = {f.id: f.id for f in station.profile.factors}
        labels.update({p.factor: p.label for e in station.entries[:1] for p in e.parts})
        for factor, weight in zip(labels, station.weight_set.vector(station.profile)):
            rows.append([station_type_label(station.profile.station_type), station.weight_set.title,
                         method_label(station.weight_set.method), labels[factor], round(100.0 * float(weight), 1)])
    return tr("Weights"), header, rows


def workbook(short_list: ShortList) -> Sequence[Sheet]:
    """Every sheet of the short list's spreadsheet."""
    return [station_sheet(s) for s in short_list.lists] + [weights_sheet(short_list), rules_sheet(short_list)]

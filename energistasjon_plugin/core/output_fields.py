# SPDX-License-Identifier: GPL-2.0-or-later
"""The scored output's fields as a planner reads them: in reading order, with names in words.

Field names stay short codes (``bat_score``: stable in every language, usable in
expressions); each gets an alias in the run's language (``Battery: score (0-100)``) that QGIS
shows in the attribute table, the form and Identify.  The results come first (score, rank,
explanation, excluded, reasons), then the measurements behind them.
"""
from typing import Dict, List, Mapping, Optional, Sequence

from .criteria.catalog import CRITERIA, criterion_label
from .i18n import SUPPORTED_LANGUAGES, tr, use_language

#: The result columns of each station type, in reading order.
RESULT_SUFFIXES = ("score", "rank", "explain", "excluded", "failed", "rules", "unchecked", "known", "assess")

#: The result columns written in sentences: the attribute form shows them in a box of several lines.
SENTENCE_SUFFIXES = ("explain", "failed", "unchecked", "assess")


def sentence_fields(field_names: Sequence[str]) -> List[str]:
    """The fields among ``field_names`` that hold sentences (``bat_explain``, ``h2_failed``)."""
    return [name for name in field_names if name.rsplit("_", 1)[-1] in SENTENCE_SUFFIXES]


def station_short_label(station_type: str) -> str:
    """``Battery`` / ``Batteri``: the station type in a field alias or a legend."""
    return {"hydrogen": tr("Hydrogen"), "battery": tr("Battery"), "biogas": tr("Biogas")}.get(station_type,
                                                                                            station_type)


def _result_alias(suffix: str) -> str:
    return {
        "score": tr("score (0-100)"),
        "rank": tr("rank"),
        "explain": tr("explanation"),
        "excluded": tr("excluded"),
        "failed": tr("reasons for exclusion"),
        "rules": tr("rules failed (ids)"),
        "unchecked": tr("not checked"),
        "known": tr("share of the weight known (0-1)"),
        "assess": tr("needs assessment"),
        "profile": tr("station profile"),
    }[suffix]


def _unit_text(unit: str) -> str:
    return {"m": tr("m"), "m2": tr("m²"), "MW": tr("MW"), "vehicles/day": tr("vehicles/day"), "%": "%"}.get(unit,
                                                                                                         unit)


def reading_order(stations: Sequence) -> List[str]:
    """The new columns of a run in reading order: every type's results, then the factors.

    Parameters
    ----------
    stations : sequence of scoring.StationResult
    """
    ordered: List[str] = []
    for station in stations:
        prefix = station.profile.field_prefix
        ordered.extend(c for c in (prefix + "_" + s for s in RESULT_SUFFIXES) if c in station.columns)
    for station in stations:
        ordered.extend(c for c in station.columns if c not in ordered and not c.endswith("_profile"))
    for station in stations:
        ordered.extend(c for c in station.columns if c not in ordered)
    return ordered


def field_aliases(stations: Sequence) -> Dict[str, str]:
    """Every new column's alias in the current language, e.g. ``Batteri: poeng (0-100)``."""
    aliases: Dict[str, str] = {}
    for station in stations:
        profile = station.profile
        prefix = profile.field_prefix + "_"
        factors = {f.id: f.criterion for f in profile.factors}
        for column in station.columns:
            suffix = column[len(prefix):]
            if suffix in RESULT_SUFFIXES or suffix == "profile":
                what = _result_alias(suffix)
            elif suffix.endswith("_s") and suffix[:-2] in factors:
                what = tr("{criterion}, sub-score (0-1)").format(criterion=criterion_label(factors[suffix[:-2]]))
            elif suffix in factors:
                criterion = factors[suffix]
                unit = CRITERIA[criterion].unit
                label = criterion_label(criterion)
                what = tr("{criterion} ({unit})").format(criterion=label, unit=_unit_text(unit)) if unit in (
                    "m", "m2", "MW", "vehicles/day", "%") else label
            else:
                continue
            aliases[column] = _alias(profile.station_type, what)
    return aliases


def _alias(station_type: str, what: str) -> str:
    return tr("{station}: {what}").format(station=station_short_label(station_type), what=what)


def scored_language(aliases: Mapping[str, str], profiles: Sequence) -> Optional[str]:
    """The language a scored layer was written in, told by its score field's alias (``Batteri:
    poeng (0-100)`` is bokmål); None when no alias says it (a layer without aliases)."""
    for profile in profiles:
        alias = aliases.get(profile.field_prefix + "_score")
        if not alias:
            continue
        for language in SUPPORTED_LANGUAGES:
            with use_language(language):
                if alias == _alias(profile.station_type, _result_alias("score")):
                    return language
    return None

# SPDX-License-Identifier: GPL-2.0-or-later
"""The criteria the engine can compute, what they need, and their names for people.

Profiles refer to criteria by these ids; the profile loader checks the ids and the
parameters each criterion needs, and the output uses the labels and units.
"""
from dataclasses import dataclass
from typing import Dict, Tuple

from .i18n import current_language, tr

NUMBER, CATEGORY, FLAG, CODES = "number", "category", "flag", "codes"


@dataclass(frozen=True)
class CriterionInfo:
    """What one criterion is.

    Attributes
    ----------
    id : str
        Stable id used in profiles and output field names.
    kind : str
        ``number`` (raw value in ``unit``), ``category``, ``flag`` (True/False) or ``codes``.
    unit : str
        Unit of the raw value (``m``, ``m2``, ``MW``, ``vehicles/day``) or ``""``.
    layer : str
        The context input it needs (``""`` for none): the site itself is enough for area.
    parameters : tuple of str
        Profile parameters it reads.
    """

    id: str
    kind: str
    unit: str
    layer: str
    parameters: Tuple[str, ...] = ()


CRITERIA: Dict[str, CriterionInfo] = {
    c.id: c
    for c in (
        CriterionInfo("area_m2", NUMBER, "m2", ""),
        CriterionInfo("flat_area_m2", NUMBER, "m2", "dem", ("flat_slope_pct",)),
        CriterionInfo("zoning_class", CATEGORY, "", "zoning"),
        CriterionInfo("corridor_distance_m", NUMBER, "m", "roads", ("corridors",)),
        CriterionInfo("heavy_traffic", NUMBER, "vehicles/day", "traffic", ("corridors", "traffic_search_m")),
        CriterionInfo("grid_free_mw", NUMBER, "MW", "substations", ("grid_search_radius_m",)),
        CriterionInfo("substation_distance_m", NUMBER, "m", "substations", ("demand_mw",)),
        CriterionInfo("sensitive_distance_m", NUMBER, "m", "buildings", ("sensitive_building_types",)),
        CriterionInfo("protected_area", FLAG, "", "protected"),
        CriterionInfo("hazard_zone", CODES, "", "hazards"),
        CriterionInfo("exclusion_layer", FLAG, "", "exclusions"),
        CriterionInfo("existing_station_distance_m", NUMBER, "m", "existing", ("existing_station_types",)),
        CriterionInfo("building_line_distance_m", NUMBER, "m", "roads"),
        CriterionInfo("turning_fits", FLAG, "", "", ("turning_radius_m",)),
        CriterionInfo("hazard_zone_near", CODES, "", "hazards", ("hazard_search_m",)),
    )
}

#: Zoning classes, best first.  Codes matching no rule of the profile are ``unsuitable``;
#: a site covered by no plan layer has class ``None`` (unknown).
ZONING_CLASSES = ("primary", "secondary", "conditional", "conflict", "unsuitable")


_LABELS: Dict[Tuple[str, str], Dict[str, str]] = {}


def _in_language(kind: str, build) -> Dict[str, str]:
    """A label table built once per language (labels are looked up per site)."""
    key = (kind, current_language())
    if key not in _LABELS:
        _LABELS[key] = build()
    return _LABELS[key]


def criterion_label(criterion_id: str) -> str:
    """Translated name of a criterion for output and reports."""
    return _in_language("criterion", _criterion_labels).get(criterion_id, criterion_id)


def _criterion_labels() -> Dict[str, str]:
    return {
        "area_m2": tr("Area"),
        "flat_area_m2": tr("Flat area"),
        "zoning_class": tr("Zoning"),
        "corridor_distance_m": tr("Distance to freight corridor exit"),
        "heavy_traffic": tr("Heavy traffic on the corridor"),
        "grid_free_mw": tr("Free grid capacity"),
        "substation_distance_m": tr("Distance to substation with enough capacity"),
        "sensitive_distance_m": tr("Distance to sensitive buildings"),
        "protected_area": tr("Protected area"),
        "hazard_zone": tr("Hazard zone (hensynssone)"),
        "exclusion_layer": tr("Exclusion layer"),
        "existing_station_distance_m": tr("Distance to existing station of the same type"),
        "building_line_distance_m": tr("Distance to riksveg or fylkesveg"),
        "turning_fits": tr("Room for the turning ring"),
        "hazard_zone_near": tr("Hazard zones near the site"),
    }


def rule_label(criterion_id: str) -> str:
    """Short name of a hard rule on a criterion, for "Excluded: zoning, area."."""
    return _in_language("rule", _rule_labels).get(criterion_id, criterion_label(criterion_id).lower())


def _rule_labels() -> Dict[str, str]:
    return {
        "area_m2": tr("area"),
        "flat_area_m2": tr("flat area"),
        "zoning_class": tr("zoning"),
        "corridor_distance_m": tr("corridor exit"),
        "grid_free_mw": tr("grid capacity"),
        "sensitive_distance_m": tr("sensitive buildings"),
        "protected_area": tr("protected area"),
        "hazard_zone": tr("hazard zone"),
        "exclusion_layer": tr("exclusion layer"),
        "building_line_distance_m": tr("building line"),
        "turning_fits": tr("turning room"),
    }


def zoning_class_label(zoning_class: str) -> str:
    """Translated name of a zoning class."""
    return _in_language("zoning", _zoning_labels).get(zoning_class, zoning_class)


def _zoning_labels() -> Dict[str, str]:
    return {
        "primary": tr("primary zoning"),
        "secondary": tr("secondary zoning"),
        "conditional": tr("conditional zoning"),
        "conflict": tr("zoning conflict (plan change or dispensation)"),
        "unsuitable": tr("unsuitable zoning"),
    }


def layer_label(layer_key: str) -> str:
    """Translated name of a context input, for 'left out' notes."""
    return _in_language("layer", _layer_labels).get(layer_key, layer_key)


def _layer_labels() -> Dict[str, str]:
    return {
        "dem": tr("elevation model (DEM)"),
        "zoning": tr("zoning (KPA/RP)"),
        "roads": tr("roads"),
        "traffic": tr("traffic (ÅDT)"),
        "substations": tr("grid capacity"),
        "buildings": tr("buildings"),
        "protected": tr("protected areas"),
        "hazards": tr("hazard zones"),
        "exclusions": tr("exclusion layers"),
        "existing": tr("existing stations"),
    }

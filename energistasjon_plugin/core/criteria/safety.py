# SPDX-License-Identifier: GPL-2.0-or-later
"""Criteria of safety and protection: distance to sensitive buildings (a screening assumption),
protected areas, hensynssoner (hazard zones) on and near the site, and the user's exclusion layers."""
from typing import TYPE_CHECKING, List

import numpy as np

from ..codelists import parse_code_rules
from ..i18n import tr
from ..profile_model import Constraint, Profile
from ..wording import distance_keys, distance_text
from .declaration import CODES, COVERAGE_MARGIN_M, FLAG, NUMBER, Criterion, Engine, Others, Phrase, Reason
from .results import CriterionResult

if TYPE_CHECKING:
    import pandas as pd


def hazard_name(code: int) -> str:
    """Translated name of a hensynssone faresone code (DOMAIN.md, UNCONFIRMED list)."""
    names = {
        310: tr("landslide/avalanche"),
        320: tr("flood"),
        330: tr("radon"),
        350: tr("fire/explosion"),
        360: tr("shooting range"),
        370: tr("high-voltage installation"),
        380: tr("military"),
        390: tr("other hazard"),
    }
    return names.get(int(code), tr("hazard"))


# --- sensitive buildings --------------------------------------------------------------------------
def sensitive_distance_m(engine: Engine, profile: Profile) -> CriterionResult:
    from .. import spatial

    buildings = engine.context.layer("buildings")
    rules = parse_code_rules(profile.value("sensitive_building_types"), "parameters.sensitive_building_types.value")
    types = buildings["building_type"].to_numpy(dtype="float64")
    # A building of unknown type (NULL) may be a school: screening counts it as possibly sensitive.
    unknown_type = np.isnan(types)
    sensitive = rules.matches(types) | unknown_type
    if unknown_type.any():
        engine.memo(("note", "building_types"), lambda: engine.progress.info(tr(
            "{n} buildings in '{layer}' have no building type; the screening counts them as possibly "
            "sensitive.").format(n=int(unknown_type.sum()),
                                 layer=engine.context.layer_names.get("buildings", "buildings"))))
    geoms = np.asarray(buildings.geometry.array, dtype=object)[sensitive]
    distance, position = spatial.nearest(engine.geoms, geoms)
    # A buildings layer with no sensitive building at all: the nearest is "beyond the data".
    distance[position < 0] = np.inf
    covered = engine.covered("buildings", COVERAGE_MARGIN_M)
    distance[~covered] = np.nan
    kind = np.where(position >= 0, types[sensitive][np.maximum(position, 0)] if sensitive.any() else np.nan, np.nan)
    return CriterionResult(distance, {"building_type": kind})


def _sensitive_phrase(result: CriterionResult, i: int, others: Others) -> str:
    if np.isinf(result.values[i]):
        return tr("no sensitive buildings in the layer")
    return tr("{d} to the nearest sensitive building").format(d=distance_text(result.values[i]))


def _distance_only(result: CriterionResult, others: Others) -> List[np.ndarray]:
    return [distance_keys(result.values)]


def _sensitive_reason(constraint: Constraint, result: CriterionResult, i: int) -> str:
    return tr("sensitive building {d} away < {limit}").format(
        d=distance_text(result.values[i]), limit=distance_text(constraint.value))


def _screening_note(profile: str) -> str:
    return tr("{profile}: the distance to sensitive buildings is a screening assumption; DSB sets no fixed safety "
              "distances (a risk analysis decides).").format(profile=profile)


# --- protected areas ---------------------------------------------------------------------------------
def protected_area(engine: Engine, profile: Profile) -> CriterionResult:
    from .. import spatial

    protected = engine.context.layer("protected")
    hit, first = spatial.intersects_any(engine.geoms, np.asarray(protected.geometry.array, dtype=object))
    names = protected["name"].astype("object").to_numpy() if "name" in protected.columns else None
    name = np.full(engine.n, None, dtype=object)
    if names is not None:
        name[hit] = names[first[hit]]
    return CriterionResult(hit.astype("float64"), {"protected_name": name})


def _protected_reason(constraint: Constraint, result: CriterionResult, i: int) -> str:
    name = result.detail("protected_name", i)
    return tr("inside the protected area {name}").format(name=name) if name else tr("inside a protected area")


# --- hazard zones (hensynssoner) -------------------------------------------------------------------
def _hazard_table(engine: Engine, distance: float) -> "pd.DataFrame":
    from ..zoning.hazards import hazard_zones_near_sites

    def build() -> "pd.DataFrame":
        name = engine.context.layer_names.get("hazards", "hensynssoner")
        zones = engine.context.layer("hazards")
        table = hazard_zones_near_sites(engine.sites, zones, distance, code_field=zones.attrs.get("code_field"),
                                        layer_name=name, progress=engine.progress)
        if table.attrs.get("zones_without_code"):
            engine.progress.info(tr("{n} zones in '{layer}' have no readable hensynssone code; a site they lie on "
                                    "is 'not checked' for hazard zones. Choose the code field in the "
                                    "parameters if the layer has one.").format(
                n=table.attrs["zones_without_code"], layer=name))
        return table
    return engine.memo(("hazards", distance), build)


def hazard_zone(engine: Engine, profile: Profile) -> CriterionResult:
    """Codes of the zones that share area with the site; unknown when a zone without a
    readable code lies on it and no coded one does."""
    table = _hazard_table(engine, 0.0)
    values = table["on_site_codes"].to_numpy(dtype=object).copy()
    values[table["uncoded_on_site"].to_numpy(dtype=bool) & (values == "")] = None
    return CriterionResult(values)


def _hazard_reason(constraint: Constraint, result: CriterionResult, i: int) -> str:
    codes = [int(c) for c in str(result.values[i]).replace(" ", "").split(",") if c]
    hit = [c for c in codes if c in set(constraint.value)]
    return tr("inside hensynssone {zones}").format(zones=", ".join("{} {}".format(c, hazard_name(c)) for c in hit))


def hazard_zone_near(engine: Engine, profile: Profile) -> CriterionResult:
    distance = float(profile.value("hazard_search_m"))
    table = _hazard_table(engine, distance)
    return CriterionResult(table["codes"].to_numpy(dtype=object),
                           {"nearest_m": table["nearest_m"].to_numpy(dtype="float64"),
                            "on_site": table["on_site"].to_numpy(dtype=bool),
                            "on_site_codes": table["on_site_codes"].to_numpy(dtype=object),
                            "uncoded_near": table["uncoded_near"].to_numpy(dtype=bool),
                            "search_m": np.full(engine.n, distance)})


# --- exclusion layers ---------------------------------------------------------------------------------
def exclusion_layer(engine: Engine, profile: Profile) -> CriterionResult:
    from .. import spatial

    hit = np.zeros(engine.n, dtype=bool)
    which = np.full(engine.n, None, dtype=object)
    for name, frame in engine.context.layer("exclusions"):
        layer_hit, _ = spatial.intersects_any(engine.geoms, np.asarray(frame.geometry.array, dtype=object))
        which[layer_hit & ~hit] = name
        hit |= layer_hit
    return CriterionResult(hit.astype("float64"), {"exclusion_layer": which})


def _exclusion_reason(constraint: Constraint, result: CriterionResult, i: int) -> str:
    return tr("inside the exclusion layer {name}").format(name=result.detail("exclusion_layer", i) or "")


CRITERIA = (
    Criterion("sensitive_distance_m", NUMBER, "m", "buildings", sensitive_distance_m,
              lambda: tr("Distance to sensitive buildings"), ("sensitive_building_types",), decimals=0,
              rule_label=lambda: tr("sensitive buildings"),
              phrase=Phrase(_sensitive_phrase, _distance_only, order=80),
              reason=Reason(_sensitive_reason, lambda constraint, result: _distance_only(result, {})),
              rule_note=_screening_note),
    Criterion("protected_area", FLAG, "", "protected", protected_area, lambda: tr("Protected area"),
              rule_label=lambda: tr("protected area"), reason=Reason(_protected_reason)),
    Criterion("hazard_zone", CODES, "", "hazards", hazard_zone, lambda: tr("Hazard zone (hensynssone)"),
              rule_label=lambda: tr("hazard zone"), reason=Reason(_hazard_reason)),
    Criterion("exclusion_layer", FLAG, "", "exclusions", exclusion_layer, lambda: tr("Exclusion layer"),
              rule_label=lambda: tr("exclusion layer"), reason=Reason(_exclusion_reason)),
    Criterion("hazard_zone_near", CODES, "", "hazards", hazard_zone_near, lambda: tr("Hazard zones near the site"),
              ("hazard_search_m",)),
)

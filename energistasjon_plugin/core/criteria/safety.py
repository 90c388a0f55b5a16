# SPDX-License-Identifier: GPL-2.0-or-later
"""Criteria of safety and protection: distance to dwellings and to vulnerable buildings (screening
assumptions, DSB's criteria treat them differently), protected areas, hensynssoner on and near the
site (what each code means for the station type is the profile's ``hensynssoner`` table), and the
user's exclusion layers."""
from typing import TYPE_CHECKING, Hashable, List, Optional, Tuple

import numpy as np

from ..codelists import parse_code_rules
from ..i18n import format_number, tr
from ..profile_model import ASSESS, EXCLUDE, PENALTY, Constraint, Profile
from ..wording import distance_keys, distance_text, square_metres_text
from .declaration import CODES, COVERAGE_MARGIN_M, FLAG, NUMBER, Cause, Criterion, Engine, Others, Phrase, Reason
from .results import CriterionResult

if TYPE_CHECKING:
    import pandas as pd

    from ..zoning.hazards import ZonePairs


def hazard_name(code: int) -> str:
    """Translated name of a hensynssone code (SOSI Plan 5.0 code lists, DOMAIN.md)."""
    names = {
        110: tr("drinking water catchment"),
        120: tr("groundwater supply"),
        130: tr("building ban around road, railway or airport"),
        140: tr("sight zone (frisikt)"),
        190: tr("other safety zone"),
        210: tr("red noise zone"),
        220: tr("yellow noise zone"),
        290: tr("other noise zone"),
        310: tr("landslide/avalanche"),
        320: tr("flood"),
        330: tr("radon"),
        350: tr("fire/explosion"),
        360: tr("shooting range"),
        370: tr("high-voltage installation"),
        380: tr("military"),
        390: tr("other hazard"),
        560: tr("protection of the natural environment"),
        570: tr("protection of the cultural environment"),
        720: tr("bound under the Nature Diversity Act"),
        730: tr("bound under the Cultural Heritage Act"),
        735: tr("Marka (markaloven)"),
        740: tr("bound under other law"),
        910: tr("detail zone: the reguleringsplan still applies"),
    }
    return names.get(int(code), tr("zone"))


# --- dwellings and vulnerable buildings ---------------------------------------------------------------
def _building_distance(engine: Engine, profile: Profile, parameter: str) -> CriterionResult:
    """Distance to the nearest building whose type the profile's ``parameter`` lists."""
    from .. import spatial

    buildings = engine.context.layer("buildings")
    rules = parse_code_rules(profile.value(parameter), "parameters.{}.value".format(parameter))
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


def sensitive_distance_m(engine: Engine, profile: Profile) -> CriterionResult:
    """Edition-1 profiles: dwellings and vulnerable buildings in one list."""
    return _building_distance(engine, profile, "sensitive_building_types")


def dwelling_distance_m(engine: Engine, profile: Profile) -> CriterionResult:
    return _building_distance(engine, profile, "dwelling_building_types")


def vulnerable_distance_m(engine: Engine, profile: Profile) -> CriterionResult:
    return _building_distance(engine, profile, "vulnerable_building_types")


def vulnerable_kind(building_type: float) -> str:
    """What a vulnerable building is, in words, from its matrikkel building type."""
    if building_type != building_type:  # NaN: a building without a type counted as possibly vulnerable
        return tr("building of unknown type")
    code = int(building_type)
    if code == 612:
        return tr("kindergarten")
    if 613 <= code <= 619:
        return tr("school")
    if 621 <= code <= 629:
        return tr("college or university")
    if 711 <= code <= 719:
        return tr("hospital")
    if 721 <= code <= 729:
        return tr("care home")
    return tr("vulnerable building")


def _kind_keys(result: CriterionResult) -> np.ndarray:
    """Columns deciding :func:`vulnerable_kind`, as numbers (tens of the type; NaN stays NaN)."""
    types = result.column("building_type").astype("float64")
    return np.where(types == 612, 612.0, np.floor(types / 10.0))


def _dwelling_phrase(result: CriterionResult, i: int, others: Others) -> str:
    if np.isinf(result.values[i]):
        return tr("no dwellings in the layer")
    return tr("{d} to the nearest dwelling").format(d=distance_text(result.values[i]))


def _dwelling_reason(constraint: Constraint, result: CriterionResult, i: int) -> str:
    return tr("dwelling {d} away < {limit}").format(d=distance_text(result.values[i]),
                                                    limit=distance_text(constraint.value))


def _vulnerable_phrase(result: CriterionResult, i: int, others: Others) -> str:
    if np.isinf(result.values[i]):
        return tr("no schools, kindergartens, hospitals or care homes in the layer")
    return tr("{d} to the nearest {kind}").format(d=distance_text(result.values[i]),
                                                  kind=vulnerable_kind(result.details["building_type"][i]))


def _vulnerable_keys(result: CriterionResult, others: Others) -> List[np.ndarray]:
    return [distance_keys(result.values), _kind_keys(result)]


def _vulnerable_reason(constraint: Constraint, result: CriterionResult, i: int) -> str:
    return tr("{kind} {d} away < {limit}").format(kind=vulnerable_kind(result.details["building_type"][i]),
                                                  d=distance_text(result.values[i]),
                                                  limit=distance_text(constraint.value))


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


def _separate_screening_note(profile: str) -> str:
    return tr("{profile}: the distances to dwellings and to schools, kindergartens, hospitals and care homes are "
              "screening assumptions; DSB sets no fixed safety distances (a risk analysis decides), and a site closer "
              "than them is kept and needs assessment.").format(profile=profile)


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
def _zone_pairs(engine: Engine, distance: float) -> "ZonePairs":
    """Every hensynssone (all categories) on or within ``distance`` of each site, once per run."""
    from ..zoning.hazards import zone_pairs

    def build() -> "ZonePairs":
        name = engine.context.layer_names.get("hazards", "hensynssoner")
        zones = engine.context.layer("hazards")
        pairs = zone_pairs(engine.sites, zones, distance, code_field=zones.attrs.get("code_field"),
                           layer_name=name, progress=engine.progress)
        if pairs.zones_without_code:
            engine.memo(("note", "hazards_without_code"), lambda: engine.progress.info(tr(
                "{n} zones in '{layer}' have no readable hensynssone code; a site they lie on is 'not checked' for "
                "hazard zones. Choose the code field in the parameters if the layer has one.").format(
                n=pairs.zones_without_code, layer=name)))
        return pairs
    return engine.memo(("hazard_pairs", distance), build)


def _hazard_table(engine: Engine, distance: float) -> "pd.DataFrame":
    from ..zoning.hazards import zone_table

    return engine.memo(("hazards", distance), lambda: zone_table(_zone_pairs(engine, distance), engine.sites.index))


def zone_rules_key(profile: Profile) -> Hashable:
    """What the hensynssone criteria depend on besides the layer: the profile's table (or, for a
    profile without one, its forbidden codes)."""
    if profile.zone_rules is not None:
        return tuple((rule.codes, rule.action) for rule in profile.zone_rules)
    return ("edition 1",) + tuple(sorted({int(code) for rule in profile.constraints
                                          if rule.test == "forbidden_codes" for code in (rule.value or [])}))


def zone_texts(pairs: "ZonePairs", chosen: np.ndarray) -> np.ndarray:
    """Per site, the chosen zones on it with their share: ``310 landslide/avalanche on 5 % of the site``."""
    from ..zoning.geometry import join_per_site

    rows = np.flatnonzero(chosen & pairs.inside & ~np.isnan(pairs.code))
    if rows.size == 0:
        return np.full(pairs.n_sites, "", dtype=object)
    import pandas as pd

    table = pd.DataFrame({"site": pairs.site[rows], "code": pairs.code[rows].astype("int64"),
                          "share": pairs.share[rows]})
    table = table.groupby(["site", "code"], sort=True)["share"].sum().clip(upper=1.0).reset_index()
    percent = np.maximum(np.round(table["share"].to_numpy() * 100.0), 1).astype("int64")
    names = {code: hazard_name(code) for code in table["code"].unique()}
    template = tr("{code} {name} on {percent} % of the site")
    text = np.array([template.format(code=c, name=names[c], percent=format_number(p))
                     for c, p in zip(table["code"], percent)], dtype=object)
    return join_per_site(table["site"].to_numpy(), text, pairs.n_sites)


def _uncoded_on_site(pairs: "ZonePairs") -> np.ndarray:
    uncoded = np.zeros(pairs.n_sites, dtype=bool)
    uncoded[pairs.site[pairs.inside & np.isnan(pairs.code)]] = True
    return uncoded


def _uncoded_cause(result: CriterionResult, i: int) -> str:
    return tr("a hensynssone without a readable code lies on the site")


#: Why a hensynssone criterion is unknown: only there (the layer has no coverage to be outside of).
UNCODED_ZONE = Cause(_uncoded_cause, lambda result: [np.zeros(len(result.values))])


def hazard_zone(engine: Engine, profile: Profile) -> CriterionResult:
    """Codes of the zones (every category) that share area with the site; unknown when a zone
    without a readable code lies on it and no coded one does."""
    table = _hazard_table(engine, 0.0)
    values = table["on_site_codes"].to_numpy(dtype=object).copy()
    values[table["uncoded_on_site"].to_numpy(dtype=bool) & (values == "")] = None
    return CriterionResult(values)


def _hazard_reason(constraint: Constraint, result: CriterionResult, i: int) -> str:
    codes = [int(c) for c in str(result.values[i]).replace(" ", "").split(",") if c]
    hit = [c for c in codes if c in set(constraint.value)]
    return tr("inside hensynssone {zones}").format(zones=", ".join("{} {}".format(c, hazard_name(c)) for c in hit))


def hazard_buildable_m2(engine: Engine, profile: Profile) -> CriterionResult:
    """Area of the site left outside the hensynssoner the profile excludes; infinite where none lies on
    the site, unknown where a zone without a readable code does (it may be one of them)."""
    from ..zoning.hazards import area_outside

    pairs = _zone_pairs(engine, 0.0)
    chosen = profile.zone_actions(pairs.code) == EXCLUDE
    values = area_outside(engine.sites, pairs, chosen)
    zones = zone_texts(pairs, chosen)
    values[zones == ""] = np.inf  # no such zone on the site: it limits nothing (a small site is the area rule's)
    values[_uncoded_on_site(pairs)] = np.nan
    return CriterionResult(values, {"zones": zones})


def _buildable_reason(constraint: Constraint, result: CriterionResult, i: int) -> str:
    return tr("{area} left outside hensynssone {zones} < {limit}").format(
        area=square_metres_text(round(result.values[i])), zones=result.details["zones"][i],
        limit=square_metres_text(constraint.value))


def _rounded_and_zones(constraint: Constraint, result: CriterionResult) -> List[np.ndarray]:
    return [np.round(result.values.astype("float64")), result.column("zones")]


def hazard_zone_assess(engine: Engine, profile: Profile) -> CriterionResult:
    """1 where a hensynssone the profile does not ignore lies on the site (it needs assessment),
    0 where none does; unknown where only zones without a readable code lie on it."""
    pairs = _zone_pairs(engine, 0.0)
    actions = profile.zone_actions(pairs.code)
    chosen = np.isin(actions.astype(str), [EXCLUDE, ASSESS, PENALTY])
    flagged = np.zeros(pairs.n_sites, dtype=bool)
    flagged[pairs.site[chosen & pairs.inside]] = True
    values = flagged.astype("float64")
    values[_uncoded_on_site(pairs) & ~flagged] = np.nan
    return CriterionResult(values, {"zones": zone_texts(pairs, chosen)})


def _assess_reason(constraint: Constraint, result: CriterionResult, i: int) -> str:
    return tr("hensynssone {zones}").format(zones=result.details["zones"][i])


def _zones_only(constraint: Constraint, result: CriterionResult) -> List[np.ndarray]:
    return [result.values, result.column("zones")]


def hazard_penalty_share(engine: Engine, profile: Profile) -> CriterionResult:
    """Share of the site (%) under the hensynssoner the profile gives a penalty."""
    from ..zoning.hazards import area_outside

    pairs = _zone_pairs(engine, 0.0)
    chosen = profile.zone_actions(pairs.code) == PENALTY
    outside = area_outside(engine.sites, pairs, chosen)
    area = pairs.site_area
    with np.errstate(invalid="ignore", divide="ignore"):
        values = np.where(area > 0, 100.0 * (1.0 - outside / np.where(area > 0, area, 1.0)), 0.0)
    values[_uncoded_on_site(pairs)] = np.nan
    return CriterionResult(np.clip(values, 0.0, 100.0), {"zones": zone_texts(pairs, chosen)})


def _penalty_phrase(result: CriterionResult, i: int, others: Others) -> Optional[str]:
    zones = result.details["zones"][i]
    return tr("hensynssone {zones}").format(zones=zones) if zones else None


def _penalty_keys(result: CriterionResult, others: Others) -> List[np.ndarray]:
    return [result.column("zones")]


def hazard_zone_near(engine: Engine, profile: Profile) -> CriterionResult:
    distance = float(profile.value("hazard_search_m"))
    table = _hazard_table(engine, distance)
    return CriterionResult(table["codes"].to_numpy(dtype=object),
                           {"nearest_m": table["nearest_m"].to_numpy(dtype="float64"),
                            "on_site": table["on_site"].to_numpy(dtype=bool),
                            "on_site_codes": table["on_site_codes"].to_numpy(dtype=object),
                            "uncoded_near": table["uncoded_near"].to_numpy(dtype=bool),
                            "search_m": np.full(engine.n, distance)})


def zones_near(engine: Engine, profile: Profile, distance: float) -> Tuple["ZonePairs", np.ndarray]:
    """The pairs within ``distance`` and the profile's action for each (for the checklist)."""
    pairs = _zone_pairs(engine, distance)
    return pairs, profile.zone_actions(pairs.code)


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
    Criterion("dwelling_distance_m", NUMBER, "m", "buildings", dwelling_distance_m,
              lambda: tr("Distance to dwellings"), ("dwelling_building_types",), decimals=0,
              rule_label=lambda: tr("dwellings"),
              phrase=Phrase(_dwelling_phrase, _distance_only, order=81),
              reason=Reason(_dwelling_reason, lambda constraint, result: _distance_only(result, {})),
              rule_note=_separate_screening_note),
    Criterion("vulnerable_distance_m", NUMBER, "m", "buildings", vulnerable_distance_m,
              lambda: tr("Distance to schools, kindergartens, hospitals and care homes"),
              ("vulnerable_building_types",), decimals=0,
              rule_label=lambda: tr("schools, kindergartens, hospitals, care homes"),
              phrase=Phrase(_vulnerable_phrase, _vulnerable_keys, order=82),
              reason=Reason(_vulnerable_reason, lambda constraint, result: _vulnerable_keys(result, {})),
              rule_note=_separate_screening_note),
    Criterion("protected_area", FLAG, "", "protected", protected_area, lambda: tr("Protected area"),
              rule_label=lambda: tr("protected area"), reason=Reason(_protected_reason)),
    Criterion("hazard_zone", CODES, "", "hazards", hazard_zone, lambda: tr("Hazard zone (hensynssone)"),
              rule_label=lambda: tr("hazard zone"), reason=Reason(_hazard_reason), cause=UNCODED_ZONE),
    Criterion("hazard_buildable_m2", NUMBER, "m2", "hazards", hazard_buildable_m2,
              lambda: tr("Room outside the hensynssoner that exclude"), decimals=0,
              rule_label=lambda: tr("hensynssone"), reason=Reason(_buildable_reason, _rounded_and_zones),
              cache_key=zone_rules_key, cause=UNCODED_ZONE),
    Criterion("hazard_zone_assess", FLAG, "", "hazards", hazard_zone_assess,
              lambda: tr("Hensynssoner on the site"), rule_label=lambda: tr("hensynssone"),
              reason=Reason(_assess_reason, _zones_only), cache_key=zone_rules_key, cause=UNCODED_ZONE),
    Criterion("hazard_penalty_share", NUMBER, "%", "hazards", hazard_penalty_share,
              lambda: tr("Share of the site in hensynssoner with a penalty"), decimals=0,
              phrase=Phrase(_penalty_phrase, _penalty_keys, order=85), cache_key=zone_rules_key, cause=UNCODED_ZONE),
    Criterion("exclusion_layer", FLAG, "", "exclusions", exclusion_layer, lambda: tr("Exclusion layer"),
              rule_label=lambda: tr("exclusion layer"), reason=Reason(_exclusion_reason)),
    Criterion("hazard_zone_near", CODES, "", "hazards", hazard_zone_near, lambda: tr("Hazard zones near the site"),
              ("hazard_search_m",)),
)

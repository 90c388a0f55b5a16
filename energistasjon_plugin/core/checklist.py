# SPDX-License-Identifier: GPL-2.0-or-later
"""The veileder checklist: load a checklist file, answer its items automatically where the
data can, and leave the rest to the case officer.

Automatic answers use the scoring engine's own criteria (:class:`CriteriaEngine`) with the
station profile's parameters: a rule such as "zoning allows the station" is implemented
once, for scoring and checking alike.  Each answer is fulfilled / not fulfilled / needs
assessment / not relevant, with the evidence in words and numbers.
"""
import dataclasses
import hashlib
import math
from pathlib import Path
from typing import Callable, Dict, List, Optional, Union

import numpy as np

from .checklist_grid import (
    rule_enova_criteria,
    rule_enova_hydrogen,
    rule_grid_capacity,
    station_power_mw,  # noqa: F401 (the road to a decision uses it from here)
    threshold_parameter,
)
from .checklist_model import (
    AUDIENCES,
    FULFILLED,
    NEEDS_ASSESSMENT,
    NOT_FULFILLED,
    NOT_RELEVANT,
    PHASES,
    STATION_TYPES,
    UNANSWERED,
    Answer,
    Application,
    Checklist,
    ChecklistItem,
    Threshold,
    phase_noun,
    station_type_noun,
    word_list,
)
from .criteria import CriteriaEngine
from .criteria.catalog import CRITERIA
from .criteria.safety import vulnerable_kind, zone_texts, zones_near
from .criteria.zoning import KPA_NEWER, KPA_ONLY, RP_H910, RP_UNDATED, split_text, zoning_class_label
from .explain import distance_text, hazard_name, not_given, unknown_causes, zoning_text
from .i18n import format_number, tr
from .profile_model import EXCLUDE, IGNORE
from .profile_parameters import by_company_values
from .profiles import Profile
from .wording import square_metres_text
from .yamlfile import Problems, check_header, read_text, read_yaml

CHECKLIST_FORMAT = "energistasjon-checklist"
SUPPORTED_FORMAT_VERSION = 1
CHECKLISTS_DIR = Path(__file__).resolve().parents[2] / "resources" / "checklists"
DEFAULT_CHECKLIST = CHECKLISTS_DIR / "veileder_energistasjon_ed2.yaml"


# --- loading -------------------------------------------------------------------------------
def parse_checklist(text: str, path: str = "<checklist>") -> Checklist:
    """Validate a checklist given as YAML text.

    Raises
    ------
    DataFileError
        Every problem with the item id, key and line.
    """
    data, lines = read_yaml(text, path)
    problems = Problems(path, lines, tr("The checklist {file} has problems ({n}); fix them and run again:"))
    version = check_header(data, problems, CHECKLIST_FORMAT, SUPPORTED_FORMAT_VERSION)
    for key in ("id", "edition", "based_on"):
        if not isinstance(data.get(key), str) or not data[key].strip():
            problems.add(key, tr("is required (text)"))
    titles = data.get("title")
    if not isinstance(titles, dict) or not titles.get("en") or not titles.get("nb"):
        problems.add("title", tr("needs a title in both languages, with the keys en and nb"))
        titles = {}

    thresholds: Dict[str, Threshold] = {}
    for name, entry in (data.get("thresholds") or {}).items():
        key = "thresholds.{}".format(name)
        if not isinstance(entry, dict) or not isinstance(entry.get("value"), (int, float)) \
                or isinstance(entry.get("value"), bool):
            problems.add(key, tr("needs a numeric 'value'"))
            continue
        if not entry.get("source") and not entry.get("setting"):
            problems.add(key, tr("needs a 'source' (a documented fact) or a 'setting' (a labelled assumption)"))
        thresholds[str(name)] = Threshold(str(name), float(entry["value"]), str(entry.get("unit", "")),
                                          entry.get("source"), entry.get("setting"),
                                          by_company_values(entry, key, problems))

    items: List[ChecklistItem] = []
    seen = set()
    raw_items = data.get("items")
    if not isinstance(raw_items, list) or not raw_items:
        problems.add("items", tr("needs a list of checklist items"))
        raw_items = []
    for index, entry in enumerate(raw_items):
        key = "items[{}]".format(index)
        if not isinstance(entry, dict):
            problems.add(key, tr("must be a mapping with id, question, audience, station_types, phases and source"))
            continue
        item_id = str(entry.get("id", "")).strip()
        shown = "{} ({})".format(key, item_id) if item_id else key

        def add(sub: str, problem: str, key: str = key, shown: str = shown) -> None:
            problems.add(key + sub, problem, shown + sub)

        if not item_id or item_id in seen:
            problems.add(key + ".id", tr("needs a unique id"))
        seen.add(item_id)
        questions = entry.get("question")
        if not isinstance(questions, dict) or not questions.get("en") or not questions.get("nb"):
            add(".question", tr("needs the question in both languages, with the keys en and nb"))
            questions = {}
        audience = entry.get("audience")
        if audience not in AUDIENCES:
            add(".audience", tr("must be saksbehandler or tiltakshaver"))
        types = entry.get("station_types")
        if not isinstance(types, list) or not types or any(t not in STATION_TYPES for t in types):
            add(".station_types", tr("must list station types: hydrogen, battery, biogas"))
            types = []
        phases = entry.get("phases")
        if not isinstance(phases, list) or not phases or any(p not in PHASES for p in phases):
            add(".phases", tr("must list phases: plan, byggesak, drift"))
            phases = []
        rule = entry.get("rule")
        if rule is not None and rule not in AUTO_RULES:
            add(".rule", tr("unknown automatic rule '{rule}'; known: {known}. Leave 'rule' out for "
                                             "items a person answers.").format(rule=rule,
                                                                                known=", ".join(sorted(AUTO_RULES))))
        if not entry.get("source"):
            add(".source", tr("is required: what the item rests on"))
        items.append(ChecklistItem(item_id, {str(k): str(v) for k, v in questions.items()}, str(audience),
                                   tuple(types), tuple(phases), rule, str(entry.get("source", "")),
                                   dict(entry.get("guidance") or {})))
    problems.raise_if_any()
    return Checklist(str(data["id"]), str(data["edition"]), int(version), {str(k): str(v) for k, v in titles.items()},
                     " ".join(str(data["based_on"]).split()), items, thresholds, path,
                     hashlib.sha256(text.encode("utf-8")).hexdigest())


def load_checklist(path: Union[str, Path, None] = None) -> Checklist:
    """Read and validate a checklist file (the bundled edition when ``path`` is None)."""
    path = Path(path) if path else DEFAULT_CHECKLIST
    return parse_checklist(read_text(path), str(path))


# --- automatic answers -----------------------------------------------------------------------
class RuleContext:
    """What an automatic rule sees: the engine for the sites, the station profile with the
    checklist's thresholds added as parameters, and the application."""

    def __init__(self, engine: CriteriaEngine, profile: Profile, checklist: Checklist,
                 application: Application) -> None:
        extra = {name: threshold_parameter(checklist, name, profile.parameters.get(name))
                 for name in checklist.thresholds}
        self.profile = dataclasses.replace(profile, parameters={**profile.parameters, **extra})
        self.engine = engine
        self.checklist = checklist
        self.application = application

    def criterion(self, name: str):
        return self.engine.compute(name, self.profile)

    def threshold(self, name: str) -> float:
        return self.checklist.thresholds[name].value

    def grid_company(self, i: int) -> Optional[str]:
        """The grid company of the substation site ``i`` would connect to (None: not known)."""
        result = self.criterion("grid_free_mw")
        company = result.details.get("company")
        return company[i] if result.available and company is not None and result.details["kind"][i] == "point" \
            else None

    def unknown_cause(self, criterion: str, i: int) -> str:
        """Why ``criterion`` is unknown for site ``i``, in the scoring's words: its layer was not
        given, the layer cannot answer at all (CRS, another area), the criterion's own cause (a
        plan without readable codes, a corridor the road layer lacks), else the site lies outside
        the layer's data."""
        result = self.criterion(criterion)
        if not result.available:
            return not_given(criterion)
        unknown = np.zeros(len(result.values), dtype=bool)
        unknown[i] = True
        return unknown_causes(criterion, result, unknown, self.engine.layer_cause(CRITERIA[criterion].layer))[i]

    def constraint_value(self, criterion: str, default=None):
        """The profile's limit for a criterion (its constraint), so checking and scoring agree."""
        return next((c.value for c in self.profile.constraints if c.criterion == criterion), default)


def _unknown(value) -> bool:
    return value is None or (isinstance(value, float) and math.isnan(value))


def _plan_basis_text(result, i: int) -> str:
    """Why the governing plan governs, and a split, in words ("" for the plain case)."""
    basis = result.details.get("zoning_basis", [None] * len(result.values))[i]
    texts = []
    if basis == KPA_NEWER:
        texts.append(tr("The kommuneplan is newer than the reguleringsplan on the site and keeps it in force with no "
                        "detaljeringssone (H910): the kommuneplan prevails (pbl § 1-5)."))
    elif basis == RP_H910:
        texts.append(tr("The newer kommuneplan keeps the reguleringsplan in force with a detaljeringssone (H910)."))
    elif basis == RP_UNDATED:
        texts.append(tr("The plans carry no dates: the reguleringsplan is presumed to apply; check which plan is "
                        "newer (pbl § 1-5)."))
    if result.details.get("zoning_split") is not None and result.details["zoning_split"][i]:
        texts.append(tr("The site is {split}.").format(split=split_text(result, i)))
    return " ".join(texts)


def _rule_zoning(ctx: RuleContext, i: int) -> Answer:
    result = ctx.criterion("zoning_class")
    zoning_class = result.values[i]
    if not result.available:
        return Answer("", NEEDS_ASSESSMENT, tr("No plan layers were given: check the kommuneplan and "
                                                 "reguleringsplan for the site."))
    if zoning_class is None:
        return Answer("", NEEDS_ASSESSMENT, tr("The plan status is unknown ({cause}): check which plan applies.")
                      .format(cause=ctx.unknown_cause("zoning_class", i)))
    text = zoning_text(result, i)
    basis = _plan_basis_text(result, i)
    if zoning_class in ("primary", "secondary"):
        answer = Answer("", FULFILLED, tr("{zoning}: {zoning_class} for this station type.").format(
            zoning=text, zoning_class=zoning_class_label(zoning_class)))
    elif zoning_class == "conditional":
        answer = Answer("", NEEDS_ASSESSMENT, tr("{zoning}: charging may be allowed where the plan allows parking "
                                                   "(circular H-4/21); check the plan's provisions.").format(
            zoning=text))
    elif zoning_class == "conflict":
        answer = Answer("", NOT_FULFILLED, tr("{zoning}: the station needs a plan change or a dispensation (pbl "
                                                "§ 19-2).").format(zoning=text))
    else:
        answer = Answer("", NOT_FULFILLED, tr("{zoning}: the land use does not allow this station; a plan change "
                                                "would be needed.").format(zoning=text))
    if basis:
        answer.evidence += " " + basis
    return answer


def _rule_plan_requirement(ctx: RuleContext, i: int) -> Answer:
    """Plankrav: is there a reguleringsplan that governs the whole site (pbl § 12-1 tredje ledd)?"""
    result = ctx.criterion("zoning_class")
    if not result.available:
        return Answer("", NEEDS_ASSESSMENT, tr("No plan layers were given: check whether a reguleringsplan covers "
                                                 "the site."))
    if result.values[i] is None:
        return Answer("", NEEDS_ASSESSMENT, tr("The plan status is unknown ({cause}): check whether a "
                                                 "reguleringsplan covers the site.").format(
            cause=ctx.unknown_cause("zoning_class", i)))
    basis = result.details.get("zoning_basis", [None] * len(result.values))[i]
    split = result.details.get("zoning_split", [None] * len(result.values))[i]
    plan_id = result.details.get("rp_plan_id", [None] * len(result.values))[i]
    if split:
        return Answer("", NEEDS_ASSESSMENT, tr("The site is {split}: the part outside the reguleringsplan normally "
                                                 "needs a detaljregulering (pbl § 12-1).").format(
            split=split_text(result, i)))
    if basis in (KPA_ONLY, KPA_NEWER):
        why = (tr("No reguleringsplan covers the site; it is zoned only in the kommuneplan.") if basis == KPA_ONLY
               else tr("The newer kommuneplan prevails over the older reguleringsplan (pbl § 1-5)."))
        return Answer("", NOT_FULFILLED, why + " " + tr(
            "A truck energy station is a larger building project that normally needs a reguleringsplan (pbl § 12-1 "
            "tredje ledd), and most kommuneplaner set plankrav (pbl § 11-9 nr. 1): a detaljregulering, unless the "
            "kommuneplan's provisions exempt the project."))
    if plan_id:
        return Answer("", FULFILLED, tr("Reguleringsplan {plan} governs the site: the plankrav is met.").format(
            plan=plan_id))
    return Answer("", FULFILLED, tr("A reguleringsplan governs the site: the plankrav is met."))


def _codes(text) -> List[int]:
    return [int(c) for c in str(text or "").replace(" ", "").split(",") if c]


def _rule_hazard_zones(ctx: RuleContext, i: int) -> Answer:
    """Hensynssoner on and near the site, judged by the profile's table (exclude, assess, penalty,
    ignore) and, for the zones it excludes, by the area left outside them, as the scoring judges."""
    if not ctx.criterion("hazard_zone_near").available:
        return Answer("", NEEDS_ASSESSMENT, tr("No hensynssone layer was given: check the plan's hensynssoner."))
    search = float(ctx.profile.value("hazard_search_m"))
    pairs, actions = zones_near(ctx.engine, ctx.profile, search)
    mine = pairs.site == i
    coded = mine & ~np.isnan(pairs.code)
    relevant = coded & (actions.astype(str) != IGNORE)
    on_site = relevant & pairs.inside
    excluding = on_site & (actions.astype(str) == EXCLUDE)
    near = relevant & ~pairs.inside
    on_texts = zone_texts(pairs, on_site)[i]
    if excluding.any():
        left = ctx.criterion("hazard_buildable_m2").values[i]
        minimum = ctx.constraint_value("hazard_buildable_m2")
        zones = zone_texts(pairs, excluding)[i]
        if minimum is None and ctx.constraint_value("hazard_zone") is not None:
            # an edition-1 profile: its forbidden codes exclude a site they touch, in scoring as here
            return Answer("", NOT_FULFILLED, tr("The site lies in hensynssone {zones}.").format(zones=zones))
        if not _unknown(left) and minimum is not None and left < minimum:
            return Answer("", NOT_FULFILLED, tr("Hensynssone {zones}: only {left} of the site is left outside it, "
                                                  "less than the {minimum} the station needs.").format(
                zones=zones, left=square_metres_text(round(left)), minimum=square_metres_text(minimum)))
        if not _unknown(left):
            return Answer("", NEEDS_ASSESSMENT, tr("Hensynssone {zones}: {left} of the site is left outside it; the "
                                                     "station must be placed there, and the zone's provisions "
                                                     "assessed.").format(zones=on_texts,
                                                                         left=square_metres_text(round(left))))
    if on_site.any():
        return Answer("", NEEDS_ASSESSMENT, tr("Hensynssone {zones}: assess what it means for the station.").format(
            zones=on_texts))
    if (mine & pairs.inside & np.isnan(pairs.code)).any() or (mine & np.isnan(pairs.code)).any():
        return Answer("", NEEDS_ASSESSMENT, tr("A hensynssone without a readable code lies on or near the site: "
                                                 "check which zone it is."))
    if near.any():
        codes = sorted({int(c) for c in pairs.code[near]})
        return Answer("", NEEDS_ASSESSMENT, tr("Hensynssone {zones} {d} from the site: assess what it means for the "
                                                 "station.").format(
            zones=", ".join("{} {}".format(c, hazard_name(c)) for c in codes),
            d=distance_text(float(pairs.gap[near].min()))))
    ignored = sorted({int(c) for c in pairs.code[coded]})
    if ignored:
        return Answer("", FULFILLED, tr("Only hensynssone {zones} on or near the site, which does not bear on this "
                                          "station type.").format(
            zones=", ".join("{} {}".format(c, hazard_name(c)) for c in ignored)))
    return Answer("", FULFILLED, tr("No hensynssone within {d} of the site.").format(d=distance_text(search)))


def _rule_protected_areas(ctx: RuleContext, i: int) -> Answer:
    result = ctx.criterion("protected_area")
    if not result.available:
        return Answer("", NEEDS_ASSESSMENT, tr("No protected-area layer was given: check for protected areas."))
    if result.values[i] == 1.0:
        name = result.details["protected_name"][i]
        return Answer("", NOT_FULFILLED, tr("The site overlaps the protected area {name}.").format(name=name or "?"))
    return Answer("", FULFILLED, tr("The site does not overlap any protected area in the layer."))


def _unanswered(ctx: RuleContext, criterion: str, i: int, not_given_text: str, unknown_text: str
                ) -> Optional[Answer]:
    """The answer when the data cannot give one: ``not_given_text`` when the criterion's layer was
    not given, ``unknown_text`` with its ``{cause}`` when site ``i``'s value is unknown; None when
    the value is known."""
    result = ctx.criterion(criterion)
    if not result.available:
        return Answer("", NEEDS_ASSESSMENT, not_given_text)
    if _unknown(result.values[i]):
        return Answer("", NEEDS_ASSESSMENT, unknown_text.format(cause=ctx.unknown_cause(criterion, i)))
    return None


def _rule_building_line(ctx: RuleContext, i: int) -> Answer:
    """Vegloven § 29: how much of the site stays buildable outside the building lines, against the
    profile's own rule on it (the scoring's ``building_line`` rule), not whether the site touches a line."""
    result = ctx.criterion("building_line_area_m2")
    outside = result.values[i]
    unanswered = _unanswered(ctx, "building_line_area_m2", i, tr(
        "No road layer was given: check the distance to riksveg, fylkesveg and kommunal veg (vegloven § 29)."), tr(
        "The building line is unknown ({cause}): check the distance to riksveg, fylkesveg and kommunal veg "
        "(vegloven § 29)."))
    if unanswered is not None:
        return unanswered
    minimum = ctx.constraint_value("building_line_area_m2", ctx.constraint_value("area_m2"))
    area = result.details["site_area_m2"][i]
    road = result.details["road"][i]
    plan = result.column("plan_line")[i]
    if ctx.engine.context.has("building_limits"):
        plan_line = "" if plan else tr("The plans' byggegrense lines given set none at the site.")
    else:
        plan_line = tr("Where the reguleringsplan sets its own byggegrense, that line applies instead: give the plans' "
                       "byggegrense lines (Import plan data writes them) to have it counted.")
    if not road:
        return Answer("", FULFILLED, _joined(tr(
            "No building line of riksveg, fylkesveg ({main}) or kommunal veg ({local}) reaches the site (vegloven "
            "§ 29).").format(main=distance_text(ctx.profile.value("building_line_m")),
                             local=distance_text(ctx.profile.value("building_line_municipal_m"))), plan_line))
    line = distance_text(result.details["line_m"][i])
    numbers = dict(outside=square_metres_text(round(outside)), area=square_metres_text(round(area)), line=line,
                   road=road, plan=plan, minimum=square_metres_text(minimum) if minimum is not None else "")
    if minimum is None or outside >= minimum:
        if plan:
            text = tr("{outside} of the site's {area} lies beyond the byggegrense of {plan}, seen from {road}: the "
                      "plan's line applies instead of vegloven § 29's, and the station must stay behind it.")
        else:
            text = tr("{outside} of the site's {area} lies outside the {line} building line from {road} (vegloven "
                      "§ 29); the station must stay outside the line.")
        return Answer("", FULFILLED, _joined(text.format(**numbers), plan_line))
    if plan:
        text = tr("Only {outside} of the site's {area} lies beyond the byggegrense of {plan}, seen from {road}, less "
                  "than the {minimum} the station needs: allowed only by a plan change or a dispensation (pbl § 19-2).")
    else:
        text = tr("Only {outside} of the site's {area} lies outside the {line} building line from {road} (vegloven "
                  "§ 29), less than the {minimum} the station needs: allowed only if the plan sets another line or "
                  "the road authority grants an exemption.")
    return Answer("", NEEDS_ASSESSMENT, _joined(text.format(**numbers), plan_line))


def _joined(*sentences: str) -> str:
    return " ".join(s for s in sentences if s)


def _rule_corridor_access(ctx: RuleContext, i: int) -> Answer:
    result = ctx.criterion("corridor_distance_m")
    limit = ctx.constraint_value("corridor_distance_m")
    distance = result.values[i]
    unanswered = _unanswered(ctx, "corridor_distance_m", i, tr(
        "No road layer was given: check the access to the freight corridor."), tr(
        "The distance to the freight corridor is unknown ({cause}): check the access to the corridor."))
    if unanswered is not None:
        return unanswered
    road = result.details["corridor"][i] or ""
    if limit is None or distance <= limit:
        return Answer("", FULFILLED, tr("{d} to the {road} exit.").format(d=distance_text(distance), road=road))
    return Answer("", NEEDS_ASSESSMENT, tr("{d} to the {road} exit, farther than the {limit} trucks are assumed "
                                             "to leave the corridor.").format(d=distance_text(distance), road=road,
                                                               limit=distance_text(limit)))


def _rule_area_turning(ctx: RuleContext, i: int) -> Answer:
    fits = ctx.criterion("turning_fits").values[i]
    area = ctx.criterion("area_m2").values[i]
    radius = ctx.threshold("turning_radius_m")
    minimum = ctx.constraint_value("flat_area_m2")
    flat = ctx.criterion("flat_area_m2")
    if fits != 1.0:
        return Answer("", NOT_FULFILLED, tr("A turning ring of radius {r} m does not fit inside the site "
                                              "({area} m²).").format(r=format_number(radius, 1),
                                                                     area=format_number(area)))
    if not flat.available or _unknown(flat.values[i]):
        cause = ctx.unknown_cause("flat_area_m2", i)
        return Answer("", NEEDS_ASSESSMENT, tr("A {r} m turning ring fits ({area} m² in all), but the flat area is "
                                                 "unknown ({cause}).").format(
            r=format_number(radius, 1), area=format_number(area), cause=cause))
    if minimum is not None and flat.values[i] < minimum:
        return Answer("", NOT_FULFILLED, tr("Only {flat} m² is flat; at least {minimum} m² is needed.").format(
            flat=format_number(flat.values[i]), minimum=format_number(minimum)))
    return Answer("", FULFILLED, tr("A {r} m turning ring fits and {flat} m² is flat (at least {minimum} m² "
                                      "needed). The ring is a screening: the application shows with swept paths "
                                      "that 25.25 m vehicles can drive in, turn and drive out.").format(
        r=format_number(radius, 1), flat=format_number(flat.values[i]), minimum=format_number(minimum or 0)))


def _rule_sensitive_buildings(ctx: RuleContext, i: int) -> Answer:
    """DSB screening: dwellings and vulnerable objects at their own distances, as the scoring screens
    them (a closer site needs assessment); edition-1 profiles have one list of sensitive buildings."""
    criteria = [c for c in ("dwelling_distance_m", "vulnerable_distance_m")
                if ctx.constraint_value(c) is not None]
    if not criteria:
        return _sensitive_in_one_list(ctx, i)
    caveat = tr("The distances are screening assumptions: DSB sets no fixed distances, the risk analysis decides.")
    close, far = [], []
    for criterion in criteria:
        result = ctx.criterion(criterion)
        distance = result.values[i]
        limit = ctx.constraint_value(criterion)
        if not result.available or _unknown(distance):
            cause = ctx.unknown_cause(criterion, i)
            return Answer("", NEEDS_ASSESSMENT, tr("The nearest buildings are unknown ({cause}): check dwellings, "
                                                     "schools, kindergartens, hospitals and care homes nearby.")
                          .format(cause=cause))
        if criterion == "dwelling_distance_m":
            what = tr("dwelling")
        else:
            what = vulnerable_kind(result.details["building_type"][i]) if not math.isinf(distance) else ""
        if math.isinf(distance):
            far.append(tr("no dwellings in the layer") if criterion == "dwelling_distance_m"
                       else tr("no schools, kindergartens, hospitals or care homes in the layer"))
        elif distance < limit:
            close.append(tr("the nearest {what} is {d} away, closer than {limit}").format(
                what=what, d=distance_text(distance), limit=distance_text(limit)))
        else:
            far.append(tr("the nearest {what} is {d} away (screening {limit})").format(
                what=what, d=distance_text(distance), limit=distance_text(limit)))
    if close:
        return Answer("", NEEDS_ASSESSMENT, tr("Needs assessment: {close}; the risk analysis must show the risk is "
                                                 "acceptable.").format(close="; ".join(close))
                      + (" " + tr("Otherwise: {far}.").format(far="; ".join(far)) if far else "") + " " + caveat)
    return Answer("", FULFILLED, "; ".join(far)[:1].upper() + "; ".join(far)[1:] + ". " + caveat)


def _sensitive_in_one_list(ctx: RuleContext, i: int) -> Answer:
    result = ctx.criterion("sensitive_distance_m")
    screening = ctx.constraint_value("sensitive_distance_m")
    distance = result.values[i]
    if not result.available or _unknown(distance):
        cause = ctx.unknown_cause("sensitive_distance_m", i)
        return Answer("", NEEDS_ASSESSMENT, tr("The nearest buildings are unknown ({cause}): check dwellings, "
                                                 "schools, kindergartens and hospitals nearby.").format(cause=cause))
    if math.isinf(distance):
        return Answer("", FULFILLED, tr("No sensitive buildings in the building layer."))
    if screening is None or distance >= screening:
        return Answer("", FULFILLED, tr("Nearest sensitive building {d} away; screening distance {limit} (an "
                                          "assumption: DSB sets no fixed distances, the risk analysis decides).")
                      .format(d=distance_text(distance), limit=distance_text(screening or 0)))
    return Answer("", NEEDS_ASSESSMENT, tr("A sensitive building is {d} away, closer than the screening distance "
                                             "{limit}: the risk analysis must show the risk is acceptable.").format(
        d=distance_text(distance), limit=distance_text(screening)))


# The grid and Enova answers: .checklist_grid (station_power_mw is used from here by the road to a decision).
_rule_grid_capacity, _rule_enova_criteria, _rule_enova_hydrogen = rule_grid_capacity, rule_enova_criteria, \
    rule_enova_hydrogen


AUTO_RULES: Dict[str, Callable[[RuleContext, int], Answer]] = {
    "zoning": _rule_zoning,
    "plan_requirement": _rule_plan_requirement,
    "hazard_zones": _rule_hazard_zones,
    "protected_areas": _rule_protected_areas,
    "building_line": _rule_building_line,
    "corridor_access": _rule_corridor_access,
    "area_turning": _rule_area_turning,
    "sensitive_buildings": _rule_sensitive_buildings,
    "grid_capacity": _rule_grid_capacity,
    "enova_criteria": _rule_enova_criteria,
    "enova_hydrogen": _rule_enova_hydrogen,
}


def automatic_answers(ctx: RuleContext, i: int, phase: Optional[str] = None) -> List[Answer]:
    """Answers for site ``i``: automatic where a rule exists, ``unanswered`` for a person's items,
    ``not relevant`` for items of other station types or phases."""
    answers = []
    station_type = ctx.application.station_type
    for item in ctx.checklist.items:
        if not item.applies_to(station_type, phase):
            answer = Answer(item.id, NOT_RELEVANT, _not_relevant_text(item, station_type))
        elif item.rule is None:
            answer = Answer(item.id, UNANSWERED, "", answered_by="")
        else:
            answer = AUTO_RULES[item.rule](ctx, i)
            answer.item_id = item.id
        answers.append(answer)
    return answers


def _not_relevant_text(item: ChecklistItem, station_type: str) -> str:
    """Why an item is not relevant, in words (station types and phases by name, not by id)."""
    if station_type not in item.station_types:
        return tr("Applies only to {types}.").format(types=word_list(station_type_noun(t) for t in item.station_types))
    return tr("Applies only in the phases {phases}.").format(phases=word_list(phase_noun(p) for p in item.phases))


def merge_answers(automatic: List[Answer], by_person: Dict[str, Answer]) -> List[Answer]:
    """A person's answer replaces the automatic one (the officer has the last word)."""
    return [by_person.get(a.item_id, a) for a in automatic]

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
from .criteria.zoning import zoning_class_label
from .explain import distance_text, hazard_name, zoning_text
from .i18n import format_number, tr
from .profiles import Parameter, Profile
from .yamlfile import Problems, check_header, read_text, read_yaml

CHECKLIST_FORMAT = "energistasjon-checklist"
SUPPORTED_FORMAT_VERSION = 1
CHECKLISTS_DIR = Path(__file__).resolve().parents[2] / "resources" / "checklists"
DEFAULT_CHECKLIST = CHECKLISTS_DIR / "veileder_energistasjon_ed1.yaml"


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
                                          entry.get("source"), entry.get("setting"))

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
    """Read and validate a checklist file (the bundled first edition when ``path`` is None)."""
    path = Path(path) if path else DEFAULT_CHECKLIST
    return parse_checklist(read_text(path), str(path))


# --- automatic answers -----------------------------------------------------------------------
class RuleContext:
    """What an automatic rule sees: the engine for the sites, the station profile with the
    checklist's thresholds added as parameters, and the application."""

    def __init__(self, engine: CriteriaEngine, profile: Profile, checklist: Checklist,
                 application: Application) -> None:
        extra = {name: Parameter(name, t.value, t.unit, t.source, t.setting)
                 for name, t in checklist.thresholds.items()}
        self.profile = dataclasses.replace(profile, parameters={**profile.parameters, **extra})
        self.engine = engine
        self.checklist = checklist
        self.application = application

    def criterion(self, name: str):
        return self.engine.compute(name, self.profile)

    def threshold(self, name: str) -> float:
        return self.checklist.thresholds[name].value

    def constraint_value(self, criterion: str, default=None):
        """The profile's limit for a criterion (its constraint), so checking and scoring agree."""
        return next((c.value for c in self.profile.constraints if c.criterion == criterion), default)


def _unknown(value) -> bool:
    return value is None or (isinstance(value, float) and math.isnan(value))


def _rule_zoning(ctx: RuleContext, i: int) -> Answer:
    result = ctx.criterion("zoning_class")
    zoning_class = result.values[i]
    if not result.available:
        return Answer("", NEEDS_ASSESSMENT, tr("No plan layers were given: check the kommuneplan and "
                                                 "reguleringsplan for the site."))
    if zoning_class is None:
        return Answer("", NEEDS_ASSESSMENT, tr("The site lies outside every plan layer given: its plan status is "
                                                 "unknown. Check which plan applies."))
    text = zoning_text(result, i)
    if zoning_class in ("primary", "secondary"):
        return Answer("", FULFILLED, tr("{zoning}: {zoning_class} for this station type.").format(
            zoning=text, zoning_class=zoning_class_label(zoning_class)))
    if zoning_class == "conditional":
        return Answer("", NEEDS_ASSESSMENT, tr("{zoning}: charging may be allowed where the plan allows parking "
                                                 "(circular H-6/20); check the plan's provisions.").format(zoning=text))
    if zoning_class == "conflict":
        return Answer("", NOT_FULFILLED, tr("{zoning}: the station needs a plan change or a dispensation.").format(
            zoning=text))
    return Answer("", NOT_FULFILLED, tr("{zoning}: the land use does not allow this station; a plan change would "
                                          "be needed.").format(zoning=text))


def _codes(text) -> List[int]:
    return [int(c) for c in str(text or "").replace(" ", "").split(",") if c]


def _rule_hazard_zones(ctx: RuleContext, i: int) -> Answer:
    result = ctx.criterion("hazard_zone_near")
    if not result.available:
        return Answer("", NEEDS_ASSESSMENT, tr("No hensynssone layer was given: check the plan's hensynssoner."))
    on_site = _codes(result.details["on_site_codes"][i])
    near = [c for c in _codes(result.values[i]) if c not in on_site]
    forbidden = set(int(c) for c in ctx.constraint_value("hazard_zone", []) or [])

    def names(codes: List[int]) -> str:
        return ", ".join("{} {}".format(c, hazard_name(c)) for c in codes)

    if forbidden & set(on_site):
        return Answer("", NOT_FULFILLED, tr("The site lies in hensynssone {zones}.").format(
            zones=names([c for c in on_site if c in forbidden])))
    if on_site:
        return Answer("", NEEDS_ASSESSMENT, tr("The site lies in hensynssone {zones}: assess what it means for the "
                                                 "station.").format(zones=names(on_site)))
    if near:
        return Answer("", NEEDS_ASSESSMENT, tr("Hensynssone {zones} {d} from the site: assess what it means for the "
                                                 "station.").format(zones=names(near),
                                                                    d=distance_text(result.details["nearest_m"][i])))
    if result.details["uncoded_near"][i]:
        return Answer("", NEEDS_ASSESSMENT, tr("A hensynssone without a readable code lies on or near the site: "
                                                 "check which hazard it is."))
    return Answer("", FULFILLED, tr("No hensynssone (faresone) within {d} of the site.").format(
        d=distance_text(ctx.threshold("hazard_search_m"))))


def _rule_protected_areas(ctx: RuleContext, i: int) -> Answer:
    result = ctx.criterion("protected_area")
    if not result.available:
        return Answer("", NEEDS_ASSESSMENT, tr("No protected-area layer was given: check for protected areas."))
    if result.values[i] == 1.0:
        name = result.details["protected_name"][i]
        return Answer("", NOT_FULFILLED, tr("The site overlaps the protected area {name}.").format(name=name or "?"))
    return Answer("", FULFILLED, tr("The site does not overlap any protected area in the layer."))


def _rule_building_line(ctx: RuleContext, i: int) -> Answer:
    result = ctx.criterion("building_line_distance_m")
    line = ctx.threshold("building_line_m")
    distance = result.values[i]
    if not result.available or _unknown(distance):
        return Answer("", NEEDS_ASSESSMENT, tr("The road layer does not cover the site: check the distance to "
                                                 "riksveg and fylkesveg."))
    if math.isinf(distance):
        return Answer("", FULFILLED, tr("No riksveg or fylkesveg in the road layer."))
    road = result.details["road"][i] or ""
    if distance >= line:
        return Answer("", FULFILLED, tr("{d} from {road}; the default building line is {line} (vegloven § 29).")
                      .format(d=distance_text(distance), road=road, line=distance_text(line)))
    return Answer("", NEEDS_ASSESSMENT, tr("{d} from {road}, inside the default building line of {line} (vegloven "
                                             "§ 29): allowed only if the plan sets another line or the road authority "
                                             "agrees.").format(d=distance_text(distance), road=road,
                                                               line=distance_text(line)))


def _rule_corridor_access(ctx: RuleContext, i: int) -> Answer:
    result = ctx.criterion("corridor_distance_m")
    limit = ctx.constraint_value("corridor_distance_m")
    distance = result.values[i]
    if not result.available or _unknown(distance):
        return Answer("", NEEDS_ASSESSMENT, tr("No road layer covering the site with a freight corridor: check the "
                                                 "access to the corridor."))
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
        return Answer("", NEEDS_ASSESSMENT, tr("A {r} m turning ring fits ({area} m² in all), but the flat area is "
                                                 "unknown (no elevation model covering the site).").format(
            r=format_number(radius, 1), area=format_number(area)))
    if minimum is not None and flat.values[i] < minimum:
        return Answer("", NOT_FULFILLED, tr("Only {flat} m² is flat; at least {minimum} m² is needed.").format(
            flat=format_number(flat.values[i]), minimum=format_number(minimum)))
    return Answer("", FULFILLED, tr("A {r} m turning ring fits and {flat} m² is flat (at least {minimum} m² "
                                      "needed).").format(r=format_number(radius, 1), flat=format_number(flat.values[i]),
                                                         minimum=format_number(minimum or 0)))


def _rule_sensitive_buildings(ctx: RuleContext, i: int) -> Answer:
    result = ctx.criterion("sensitive_distance_m")
    screening = ctx.constraint_value("sensitive_distance_m")
    distance = result.values[i]
    if not result.available or _unknown(distance):
        return Answer("", NEEDS_ASSESSMENT, tr("No building layer covering the site: check dwellings, schools, "
                                                 "kindergartens and hospitals nearby."))
    if math.isinf(distance):
        return Answer("", FULFILLED, tr("No sensitive buildings in the building layer."))
    if screening is None or distance >= screening:
        return Answer("", FULFILLED, tr("Nearest sensitive building {d} away; screening distance {limit} (an "
                                          "assumption: DSB sets no fixed distances, the risk analysis decides).")
                      .format(d=distance_text(distance), limit=distance_text(screening or 0)))
    return Answer("", NEEDS_ASSESSMENT, tr("A sensitive building is {d} away, closer than the screening distance "
                                             "{limit}: the risk analysis must show the risk is acceptable.").format(
        d=distance_text(distance), limit=distance_text(screening)))


def station_power_mw(ctx_or_app: Application, checklist: Checklist) -> Optional[float]:
    """The power the station will draw: stated charging/electrolyser power, else hydrogen
    electrolysis from the daily capacity (kg/day x kWh/kg / 24 h)."""
    app = ctx_or_app
    if app.charging_mw is not None:
        return app.charging_mw
    if app.station_type == "hydrogen" and app.daily_capacity:
        return app.daily_capacity * checklist.thresholds["electrolysis_kwh_per_kg"].value / 24.0 / 1000.0
    return None


def _rule_grid_capacity(ctx: RuleContext, i: int) -> Answer:
    result = ctx.criterion("grid_free_mw")
    power = station_power_mw(ctx.application, ctx.checklist)
    free = result.values[i]
    caveat = tr("The published figure ignores limits in the regional and transmission grid; only the grid "
                "company's answer is binding.")
    if not result.available or _unknown(free):
        return Answer("", NEEDS_ASSESSMENT, tr("No published grid capacity covers the site: ask the grid company."))
    name = str(result.details["substation"][i] or "").strip()
    if power is None:
        return Answer("", NEEDS_ASSESSMENT, tr("{mw} MW free at {name}, but the application states no power.").format(
            mw=format_number(free, 1), name=name or "?") + " " + caveat)
    if free >= power:
        return Answer("", FULFILLED, tr("{mw} MW free at {name}; the station needs {power} MW.").format(
            mw=format_number(free, 1), name=name, power=format_number(power, 1)) + " " + caveat)
    return Answer("", NOT_FULFILLED, tr("At most {mw} MW free within reach ({name}); the station needs {power} MW.")
                  .format(mw=format_number(free, 1), name=name or "-", power=format_number(power, 1)) + " " + caveat)


def _rule_enova_criteria(ctx: RuleContext, i: int) -> Answer:
    app = ctx.application
    if not app.seeks_enova:
        return Answer("", NOT_RELEVANT, tr("The applicant does not seek Enova funding."))
    if app.charging_mw is None or not app.chargers:
        return Answer("", NEEDS_ASSESSMENT, tr("The application states neither the number of charging points nor "
                                                 "the total power; Enova's criteria cannot be checked."))
    station_kw = app.charging_mw * 1000.0
    point_kw = station_kw / app.chargers
    ok = (app.chargers >= ctx.threshold("enova_min_points") and point_kw >= ctx.threshold("enova_min_point_kw")
          and station_kw >= ctx.threshold("enova_min_station_kw"))
    text = tr("{points} points, {kw} kW each on average, {total} kW in all; Enova asks for at least {min_points} "
              "points of {min_kw} kW and {min_total} kW.").format(points=app.chargers, kw=format_number(point_kw),
                                                total=format_number(station_kw),
                                                min_points=int(ctx.threshold("enova_min_points")),
                                                min_kw=format_number(ctx.threshold("enova_min_point_kw")),
                                                min_total=format_number(ctx.threshold("enova_min_station_kw")))
    return Answer("", FULFILLED if ok else NOT_FULFILLED, text)


AUTO_RULES: Dict[str, Callable[[RuleContext, int], Answer]] = {
    "zoning": _rule_zoning,
    "hazard_zones": _rule_hazard_zones,
    "protected_areas": _rule_protected_areas,
    "building_line": _rule_building_line,
    "corridor_access": _rule_corridor_access,
    "area_turning": _rule_area_turning,
    "sensitive_buildings": _rule_sensitive_buildings,
    "grid_capacity": _rule_grid_capacity,
    "enova_criteria": _rule_enova_criteria,
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

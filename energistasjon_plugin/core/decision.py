# SPDX-License-Identifier: GPL-2.0-or-later
"""The road to a decision ("veien til vedtak"): which processes, notifications and consents
apply to an application, and why, from its stated quantities and the plan answer.

Thresholds come from the checklist file (with their sources), never from code.
"""
from typing import List, Optional

from .checklist import station_power_mw
from .checklist_model import (
    FULFILLED,
    NEEDS_ASSESSMENT,
    NOT_FULFILLED,
    NOT_RELEVANT,
    UNANSWERED,
    Answer,
    Application,
    Checklist,
    Process,
)
from .i18n import format_number, tr

YES, NO, CHECK = "yes", "no", "check"


def applies_label(applies: str) -> str:
    """Translated yes/no/check."""
    return {YES: tr("Applies"), NO: tr("Does not apply"), CHECK: tr("Check")}.get(applies, applies)


def _source(checklist: Checklist, *names: str) -> str:
    texts = []
    for name in names:
        threshold = checklist.thresholds[name]
        texts.append(threshold.source or threshold.setting or "")
    return "; ".join(dict.fromkeys(t for t in texts if t))


def _plan_process(zoning: Optional[Answer]) -> Optional[Process]:
    source = tr("Plan- og bygningsloven (pbl) ch. 11 (kommuneplan), ch. 12 (reguleringsplan), ch. 19 "
                "(dispensation), ch. 20 (building application)")
    if zoning is not None and zoning.status == NOT_RELEVANT:
        return None  # a phase (drift) where the plan basis is not asked
    if zoning is None or zoning.status in (NEEDS_ASSESSMENT, UNANSWERED):
        return Process("plan", tr("Plan basis"), CHECK, tr("The plan status of the site must be checked first: {why}")
                       .format(why=zoning.evidence if zoning else tr("no zoning answer")), source)
    if zoning.status == FULFILLED:
        return Process("plan", tr("Building application under the current plan"), YES,
                       tr("The zoning allows the station: {why}").format(why=zoning.evidence), source)
    return Process("plan", tr("Plan change or dispensation before a building permit"), YES,
                   tr("The zoning does not allow the station: {why}").format(why=zoning.evidence), source)


def _dsb_notification(app: Application, checklist: Checklist) -> Optional[Process]:
    if app.station_type == "battery":
        return None
    limit = checklist.thresholds["dsb_notification_m3"].value
    title = tr("Notify DSB of flammable gas storage")
    source = _source(checklist, "dsb_notification_m3")
    if app.gas_volume_m3 is not None:
        applies = YES if app.gas_volume_m3 >= limit else NO
        return Process("dsb_notification", title, applies, tr("{volume} m³ of flammable gas stored; notification from "
                                                              "{limit} m³.").format(
            volume=format_number(app.gas_volume_m3, 2), limit=format_number(limit, 1)), source)
    if app.hydrogen_kg or app.lbg_tonnes:
        return Process("dsb_notification", title, CHECK, tr("The application states the quantity stored but not the "
                                                            "container volume; a station storing gas for trucks is "
                                                            "almost certainly above {limit} m³.").format(
            limit=format_number(limit, 1)), source)
    return Process("dsb_notification", title, CHECK, tr("The application states no stored quantity; notification "
                                                        "applies from {limit} m³.").format(
        limit=format_number(limit, 1)), source)


def _seveso(app: Application, checklist: Checklist) -> Optional[Process]:
    if app.station_type == "battery":
        return None
    title = tr("DSB consent under storulykkeforskriften")
    if app.station_type == "hydrogen":
        tonnes = app.hydrogen_kg / 1000.0 if app.hydrogen_kg is not None else None
        lower, upper = (checklist.thresholds[n].value for n in ("seveso_hydrogen_lower_t", "seveso_hydrogen_upper_t"))
        source = _source(checklist, "seveso_hydrogen_lower_t", "seveso_hydrogen_upper_t")
        substance = tr("hydrogen")
    else:
        tonnes = app.lbg_tonnes
        lower, upper = (checklist.thresholds[n].value for n in ("seveso_methane_lower_t", "seveso_methane_upper_t"))
        source = _source(checklist, "seveso_methane_lower_t", "seveso_methane_upper_t")
        substance = tr("biomethane (treated like natural gas: UNCONFIRMED)")
    if tonnes is None:
        return Process("seveso", title, CHECK, tr("The application states no stored quantity of {substance}; the "
                                                  "thresholds are {lower} t and {upper} t.").format(
            substance=substance, lower=format_number(lower), upper=format_number(upper)), source)
    if tonnes >= upper:
        return Process("seveso", title, YES, tr("{t} t of {substance}: upper tier (from {upper} t).").format(
            t=format_number(tonnes, 1), substance=substance, upper=format_number(upper)), source)
    if tonnes >= lower:
        return Process("seveso", title, YES, tr("{t} t of {substance}: lower tier (from {lower} t).").format(
            t=format_number(tonnes, 1), substance=substance, lower=format_number(lower)), source)
    return Process("seveso", title, NO, tr("{t} t of {substance}, below {lower} t.").format(
        t=format_number(tonnes, 2), substance=substance, lower=format_number(lower)), source)


def _grid_request(app: Application, checklist: Checklist) -> Process:
    queue = checklist.thresholds["grid_queue_mw"].value
    power = station_power_mw(app, checklist)
    title = tr("Formal request to the grid company (queue)")
    source = _source(checklist, "grid_queue_mw", "electrolysis_kwh_per_kg")
    if power is None:
        return Process("grid_request", title, CHECK, tr("The application states no power; above {queue} MW the grid "
                                                        "company needs a formal request and the customer joins a "
                                                        "queue.").format(queue=format_number(queue)), source)
    if power > queue:
        return Process("grid_request", title, YES, tr("{mw} MW is above {queue} MW: formal request and queue; the "
                                                      "answer takes up to 6 months, connection 1-2 years.").format(
            mw=format_number(power, 1), queue=format_number(queue)), source)
    return Process("grid_request", title, NO, tr("{mw} MW is not above {queue} MW; ask the grid company early all the "
                                                 "same.").format(mw=format_number(power, 1),
                                                                 queue=format_number(queue)), source)


def _substation(app: Application, checklist: Checklist) -> Process:
    power = station_power_mw(app, checklist)
    title = tr("Present the grid substation to the municipality")
    source = tr("A grid substation is mostly exempt from building application but must be presented to the "
                "municipality")
    if power:
        return Process("substation", title, CHECK, tr("Check whether a station drawing {mw} MW needs a new "
                                                      "substation; if so, it must be presented to the municipality.")
                       .format(mw=format_number(power, 1)), source)
    return Process("substation", title, CHECK, tr("Check whether the station needs a new substation."), source)


def _enova(app: Application, enova: Optional[Answer]) -> Optional[Process]:
    if app.station_type != "battery" or not app.seeks_enova:
        return None
    title = tr("Enova funding for public truck charging")
    source = tr("Enova 'Underveislading for tunge kjøretøy'")
    if enova is not None and enova.status == NOT_RELEVANT:
        return None
    if enova is None or enova.status in (NEEDS_ASSESSMENT, UNANSWERED):
        return Process("enova", title, CHECK, enova.evidence if enova else "", source)
    if enova.status == NOT_FULFILLED:
        return Process("enova", title, NO, tr("Does not meet the criteria: {why}").format(why=enova.evidence), source)
    return Process("enova", title, YES, enova.evidence, source)


def road_to_decision(app: Application, checklist: Checklist, answers: List[Answer]) -> List[Process]:
    """The processes that apply, in the order a case goes through them."""
    by_rule = {item.rule: next((a for a in answers if a.item_id == item.id), None)
               for item in checklist.items if item.rule}
    processes = [_plan_process(by_rule.get("zoning")), _dsb_notification(app, checklist), _seveso(app, checklist),
                 _grid_request(app, checklist), _substation(app, checklist), _enova(app, by_rule.get("enova_criteria"))]
    return [p for p in processes if p is not None]


def missing_from_application(app: Application, checklist: Checklist, answers: List[Answer]) -> List[str]:
    """What the case officer should ask the applicant for."""
    missing = []
    if app.station_type in ("hydrogen", "biogas") and app.gas_volume_m3 is None:
        missing.append(tr("the container volume of flammable gas stored (m³), for the DSB notification"))
    if app.station_type == "hydrogen" and app.hydrogen_kg is None:
        missing.append(tr("the amount of hydrogen stored (kg), for storulykkeforskriften"))
    if app.station_type == "biogas" and app.lbg_tonnes is None:
        missing.append(tr("the amount of LBG/CBG stored (tonnes), for storulykkeforskriften"))
    if station_power_mw(app, checklist) is None:
        missing.append(tr("the station's power (MW), for the grid connection"))
    if app.station_type == "battery" and not app.chargers:
        missing.append(tr("the number of charging points"))
    if app.daily_capacity is None:
        missing.append(tr("the daily capacity"))
    by_id = {item.id: item for item in checklist.items}
    for answer in answers:
        item = by_id.get(answer.item_id)
        if item is not None and item.audience == "tiltakshaver" and answer.status == "unanswered":
            missing.append(tr("{id}: {question}").format(id=item.id, question=item.question))
    return missing

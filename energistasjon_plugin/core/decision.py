# SPDX-License-Identifier: GPL-2.0-or-later
"""The road to a decision ("veien til vedtak"): which processes, notifications and consents
apply to an application, and why, from its stated quantities and the plan answer.

Thresholds come from the checklist file (with their sources), never from code.
"""
from typing import List, Optional

from .checklist import station_power_mw
from .checklist_grid import connection_times, queue_threshold
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


def _dispensation_note() -> str:
    return tr("A dispensation is judged by pbl § 19-2: the considerations behind the plan must not be significantly "
              "set aside, and the advantages must clearly outweigh the disadvantages.")


def _ku_screening() -> Process:
    return Process("ku", tr("Screening for konsekvensutredning (KU)"), CHECK,
                   tr("The plan for the station must be screened: does it fall under KU-forskriften § 8 (plans for "
                      "projects in vedlegg II), and may it have significant effects on the environment or society "
                      "(§ 10)?"),
                   tr("Forskrift om konsekvensutredninger (FOR-2017-06-21-854) §§ 8, 10"))


def _plan_processes(zoning: Optional[Answer], plankrav: Optional[Answer]) -> List[Process]:
    """The plan step (building application, detaljregulering, plan change or dispensation) and,
    where a plan must be made, the screening for konsekvensutredning."""
    source = tr("Plan- og bygningsloven (pbl) § 1-5 (which plan prevails), ch. 11 (kommuneplan), § 12-1 "
                "(reguleringsplan), § 19-2 (dispensation), ch. 20 (building application)")
    if zoning is not None and zoning.status == NOT_RELEVANT:
        return []  # a phase (drift) where the plan basis is not asked
    if zoning is None or zoning.status in (NEEDS_ASSESSMENT, UNANSWERED):
        return [Process("plan", tr("Plan basis"), CHECK, tr("The plan status of the site must be checked first: {why}")
                        .format(why=zoning.evidence if zoning else tr("no zoning answer")), source)]
    if zoning.status == NOT_FULFILLED:
        return [Process("plan", tr("Plan change (detaljregulering) or dispensation before a building permit"), YES,
                        tr("The zoning does not allow the station: {why}").format(why=zoning.evidence) + " " +
                        _dispensation_note(), source), _ku_screening()]
    if plankrav is not None and plankrav.status == FULFILLED:
        return [Process("plan", tr("Building application under the current plan"), YES,
                        tr("The zoning allows the station: {why}").format(why=zoning.evidence) + " " +
                        plankrav.evidence, source)]
    if plankrav is not None and plankrav.status == NOT_FULFILLED:
        return [Process("plan", tr("Detaljregulering before the building application"), YES,
                        tr("The land use allows the station, but a reguleringsplan is needed: {why}").format(
                            why=plankrav.evidence) + " " + tr("A dispensation from the plankrav is judged by pbl "
                                                              "§ 19-2."), source), _ku_screening()]
    why = plankrav.evidence if plankrav is not None and plankrav.evidence else tr(
        "a truck energy station normally needs a reguleringsplan (pbl § 12-1 tredje ledd), and most kommuneplaner "
        "set plankrav (pbl § 11-9 nr. 1)")
    return [Process("plan", tr("Detaljregulering or building application under the current plan"), CHECK,
                    tr("The land use allows the station ({zoning}), but whether a reguleringsplan is required must be "
                       "checked: {why}").format(zoning=zoning.evidence, why=why), source), _ku_screening()]


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
    if app.hydrogen_kg or app.lbg_tonnes or app.cbg_tonnes or app.trailer_kg:
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
    trailers = app.trailer_kg / 1000.0 if app.trailer_kg is not None else None
    if app.station_type == "hydrogen":
        tonnes = _total(app.hydrogen_kg / 1000.0 if app.hydrogen_kg is not None else None, trailers)
        lower, upper = (checklist.thresholds[n].value for n in ("seveso_hydrogen_lower_t", "seveso_hydrogen_upper_t"))
        source = _source(checklist, "seveso_hydrogen_lower_t", "seveso_hydrogen_upper_t")
        substance = tr("hydrogen")
    else:
        tonnes = _total(app.lbg_tonnes, app.cbg_tonnes, trailers)
        lower, upper = (checklist.thresholds[n].value for n in ("seveso_methane_lower_t", "seveso_methane_upper_t"))
        source = _source(checklist, "seveso_methane_lower_t", "seveso_methane_upper_t")
        substance = tr("biomethane (treated like natural gas: UNCONFIRMED)")
    if tonnes is None:
        return Process("seveso", title, CHECK, tr("The application states no stored quantity of {substance}; the "
                                                  "thresholds are {lower} t and {upper} t.").format(
            substance=substance, lower=format_number(lower), upper=format_number(upper)), source)
    parts = _quantity_parts(app, trailers)
    if parts:
        substance = tr("{substance} ({parts})").format(substance=substance, parts=parts)
    if tonnes >= upper:
        return Process("seveso", title, YES, tr("{t} t of {substance}: upper tier (from {upper} t).").format(
            t=format_number(tonnes, 1), substance=substance, upper=format_number(upper)), source)
    if tonnes >= lower:
        return Process("seveso", title, YES, tr("{t} t of {substance}: lower tier (from {lower} t).").format(
            t=format_number(tonnes, 1), substance=substance, lower=format_number(lower)), source)
    return Process("seveso", title, NO, tr("{t} t of {substance}, below {lower} t.").format(
        t=format_number(tonnes, 2), substance=substance, lower=format_number(lower)), source)


def _total(*tonnes: Optional[float]) -> Optional[float]:
    """The sum of the stated quantities; None when none is stated."""
    stated = [t for t in tonnes if t is not None]
    return sum(stated) if stated else None


def _quantity_parts(app: Application, trailers: Optional[float]) -> str:
    """What the total counted is made of, when it is more than one thing: ``6.0 t stored, 1.0 t in trailers``."""
    if app.station_type == "hydrogen":
        stored = [(app.hydrogen_kg / 1000.0 if app.hydrogen_kg is not None else None, tr("{t} t stored"))]
    else:
        stored = [(app.lbg_tonnes, tr("{t} t LBG")), (app.cbg_tonnes, tr("{t} t CBG"))]
    parts = [(t, text) for t, text in stored + [(trailers, tr("{t} t in trailers parked on site"))] if t]
    if len(parts) < 2:
        return ""
    return ", ".join(text.format(t=format_number(t, 1)) for t, text in parts)


def _grid_request(app: Application, checklist: Checklist, company: Optional[str] = None) -> Process:
    """The grid company's queue: its own threshold (checklist, per grid company) and the answer and
    connection times (checklist), with their sources."""
    queue, queue_source, name = queue_threshold(checklist, company)
    power = station_power_mw(app, checklist)
    title = tr("Formal request to the grid company (queue)")
    times = [n for n in ("grid_answer_months", "grid_connection_years_min", "grid_connection_years_max",
                         "electrolysis_kwh_per_kg") if n in checklist.thresholds]
    source = "; ".join(dict.fromkeys(t for t in (queue_source, _source(checklist, *times)) if t))
    who = name or tr("the grid company")
    if power is None:
        return Process("grid_request", title, CHECK, tr("The application states no power; from {queue} MW {who} needs "
                                                        "a formal request and the customer joins a queue.").format(
            queue=format_number(queue, 1), who=who), source)
    if power >= queue:
        return Process("grid_request", title, YES, tr("{mw} MW is at or above the queue threshold of {who} ({queue} "
                                                      "MW): formal request and queue; {times}.").format(
            mw=format_number(power, 1), who=who, queue=format_number(queue, 1), times=connection_times(checklist)),
            source)
    return Process("grid_request", title, NO, tr("{mw} MW is below the queue threshold of {who} ({queue} MW); ask the "
                                                 "grid company early all the same.").format(
        mw=format_number(power, 1), who=who, queue=format_number(queue, 1)), source)


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


def _enova(app: Application, enova: Optional[Answer], hydrogen: Optional[Answer] = None) -> Optional[Process]:
    if app.station_type == "hydrogen" and app.seeks_enova and hydrogen is not None \
            and hydrogen.status != NOT_RELEVANT:
        return Process("enova", tr("Enova support for hydrogen filling stations"), CHECK, hydrogen.evidence,
                       tr("Enova, støtte til hydrogenstasjoner for tungtransport"))
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


def road_to_decision(app: Application, checklist: Checklist, answers: List[Answer],
                     grid_company: Optional[str] = None) -> List[Process]:
    """The processes that apply, in the order a case goes through them (``grid_company``: the
    company of the substation the site would connect to, for its queue threshold)."""
    by_rule = {item.rule: next((a for a in answers if a.item_id == item.id), None)
               for item in checklist.items if item.rule}
    processes = _plan_processes(by_rule.get("zoning"), by_rule.get("plan_requirement")) + [
        _dsb_notification(app, checklist), _seveso(app, checklist), _grid_request(app, checklist, grid_company),
        _substation(app, checklist), _enova(app, by_rule.get("enova_criteria"), by_rule.get("enova_hydrogen"))]
    return [p for p in processes if p is not None]


def missing_from_application(app: Application, checklist: Checklist, answers: List[Answer]) -> List[str]:
    """What the case officer should ask the applicant for."""
    missing = []
    if app.station_type in ("hydrogen", "biogas") and app.gas_volume_m3 is None:
        missing.append(tr("the container volume of flammable gas stored (m³), for the DSB notification"))
    if app.station_type == "hydrogen" and app.hydrogen_kg is None:
        missing.append(tr("the amount of hydrogen stored (kg), for storulykkeforskriften"))
    if app.station_type == "biogas" and app.lbg_tonnes is None and app.cbg_tonnes is None:
        missing.append(tr("the amount of LBG and CBG stored (tonnes), for storulykkeforskriften"))
    if app.station_type in ("hydrogen", "biogas") and app.trailer_kg is None:
        missing.append(tr("the gas in delivery trailers parked on site (kg), which counts towards "
                          "storulykkeforskriften"))
    if app.station_type == "hydrogen" and app.supply_mode is None:
        missing.append(tr("how the hydrogen reaches the station (trucked in, or made on site by electrolysis), for "
                          "the grid connection"))
    if station_power_mw(app, checklist) is None:
        missing.append(tr("the station's power (MW), for the grid connection"))
    if app.station_type == "battery" and app.seeks_enova and app.min_point_kw is None:
        missing.append(tr("the power of the weakest charging point (kW): Enova asks each point for at least "
                          "{kw} kW").format(kw=format_number(checklist.thresholds["enova_min_point_kw"].value)))
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

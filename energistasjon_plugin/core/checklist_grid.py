# SPDX-License-Identifier: GPL-2.0-or-later
"""The checklist's grid and Enova answers: published free capacity against the station's power,
the grid company's queue threshold, the transmission grid, capacity after planned measures, and
Enova's criteria for truck charging and hydrogen stations.

Every number (the queue threshold per grid company, how long an answer and a connection take,
Enova's minimums) comes from the checklist file with its source, never from code.
"""
import math
from typing import TYPE_CHECKING, Optional, Tuple

from .checklist_model import FULFILLED, NEEDS_ASSESSMENT, NOT_FULFILLED, NOT_RELEVANT, Answer, Application, Checklist
from .i18n import format_number, tr
from .profile_model import Parameter
from .profile_parameters import company_entry

if TYPE_CHECKING:
    from .checklist import RuleContext


def _unknown(value) -> bool:
    return value is None or (isinstance(value, float) and math.isnan(value))


def threshold_parameter(checklist: Checklist, name: str, profile_parameter: Optional[Parameter] = None) -> Parameter:
    """A checklist threshold as a profile parameter; its values per grid company are the
    checklist's own, else the profile's (the checklist sets the default)."""
    t = checklist.thresholds[name]
    by_company = tuple(t.by_company) or (profile_parameter.by_company if profile_parameter is not None else ())
    return Parameter(name, t.value, t.unit, t.source, t.setting, by_company=by_company)


def queue_threshold(checklist: Checklist, company: Optional[str]) -> Tuple[float, str, str]:
    """The grid company's queue threshold (MW), its source, and the company's name as the checklist
    spells it (the published name when the checklist does not name the company)."""
    threshold = checklist.thresholds["grid_queue_mw"]
    entry = company_entry(threshold_parameter(checklist, "grid_queue_mw"), company) if company else None
    if entry is not None:
        return entry.value, entry.source or entry.setting or "", entry.company
    return threshold.value, threshold.source or threshold.setting or "", str(company or "")


def connection_times(checklist: Checklist) -> str:
    """``the answer takes up to 6 months, connection 1-2 years`` from the checklist's thresholds
    (a checklist without them, such as edition 1: ask the grid company)."""
    names = ("grid_answer_months", "grid_connection_years_min", "grid_connection_years_max")
    if not all(name in checklist.thresholds for name in names):
        return tr("ask the grid company how long its answer and the connection take")
    months, low, high = (checklist.thresholds[name].value for name in names)
    return tr("the answer takes up to {months} months, connection {low}-{high} years").format(
        months=format_number(months), low=format_number(low), high=format_number(high))


def station_power_mw(app: Application, checklist: Checklist) -> Optional[float]:
    """The power the station will draw: the stated charging or electrolyser power; for hydrogen made
    on site without a stated power, electrolysis of the daily capacity (kg/day x kWh/kg / 24 h).

    Hydrogen trucked in, or with no supply stated, has no power from its daily capacity: the
    compressors' load is what the application must state.
    """
    if app.charging_mw is not None:
        return app.charging_mw
    if app.station_type == "hydrogen" and app.daily_capacity and app.supply_mode == "on_site_electrolysis":
        return app.daily_capacity * checklist.thresholds["electrolysis_kwh_per_kg"].value / 24.0 / 1000.0
    return None


def _grid_words(result, i: int) -> str:
    """Where the figure comes from: ``at Moss`` or ``in the area Østfold (Statnett)``."""
    name = str(result.details["substation"][i] or "").strip() or "?"
    if result.details.get("kind") is not None and result.details["kind"][i] == "area":
        return tr("in the area {name} ({company})").format(name=name, company=result.details["company"][i] or "?")
    return tr("at {name}").format(name=name)


def rule_grid_capacity(ctx: "RuleContext", i: int) -> Answer:
    """GRID-01: the published free capacity near the site against the station's power; the grid
    company's queue, the transmission grid and capacity after planned measures in the evidence."""
    result = ctx.criterion("grid_free_mw")
    power = station_power_mw(ctx.application, ctx.checklist)
    free = result.values[i] if result.available else float("nan")
    caveat = tr("The published figure ignores limits in the regional and transmission grid; only the grid "
                "company's answer is binding.")
    if not result.available or _unknown(free):
        return Answer("", NEEDS_ASSESSMENT, tr("No published grid capacity covers the site: ask the grid company."))
    where = _grid_words(result, i)
    notes = []
    full = result.details.get("full_area")
    if full is not None and full[i]:
        notes.append(tr("Statnett reports {mw} MW free in the transmission grid in {area}: connection on conditions "
                        "(tilknytning på vilkår, NEM §§ 3-1/3-2) is the likely route.").format(
            mw=format_number(result.details["full_area_mw"][i], 1), area=full[i]))
    company = result.details.get("company")[i] if result.details.get("company") is not None else None
    future = result.details.get("future_mw")[i] if result.details.get("future_mw") is not None else None
    if power is not None and company and result.details["kind"][i] == "point":
        queue, _source, name = queue_threshold(ctx.checklist, company)
        if power >= queue:
            notes.append(tr("{company} queues requests of {queue} MW or more: a formal request, and {times}.").format(
                company=name, queue=format_number(queue, 1), times=connection_times(ctx.checklist)))
    tail = " ".join(notes + [caveat])
    if power is None:
        return Answer("", NEEDS_ASSESSMENT, tr("{mw} MW free {where}, but the application states no power.").format(
            mw=format_number(free, 1), where=where) + " " + tail)
    if free >= power:
        return Answer("", FULFILLED, tr("{mw} MW free {where}; the station needs {power} MW.").format(
            mw=format_number(free, 1), where=where, power=format_number(power, 1)) + " " + tail)
    if not _unknown(future) and future >= power:
        date = result.details["future_date"][i]
        return Answer("", NEEDS_ASSESSMENT, tr("{mw} MW free {where} today, {future} MW after planned measures{when}; "
                                                 "the station needs {power} MW: ask the grid company when.").format(
            mw=format_number(free, 1), where=where, future=format_number(future, 1), power=format_number(power, 1),
            when=(" (" + str(date)[:10] + ")") if date else "") + " " + tail)
    return Answer("", NOT_FULFILLED, tr("At most {mw} MW free within reach ({where}); the station needs {power} MW.")
                  .format(mw=format_number(free, 1), where=where, power=format_number(power, 1)) + " " + tail)


def rule_enova_criteria(ctx: "RuleContext", i: int) -> Answer:
    """FUND-01: Enova's public truck charging: enough points, each of at least 350 kW (not the
    average), and enough power for the station."""
    app = ctx.application
    if not app.seeks_enova:
        return Answer("", NOT_RELEVANT, tr("The applicant does not seek Enova funding."))
    if app.charging_mw is None or not app.chargers:
        return Answer("", NEEDS_ASSESSMENT, tr("The application states neither the number of charging points nor "
                                                 "the total power; Enova's criteria cannot be checked."))
    min_points, min_kw = ctx.threshold("enova_min_points"), ctx.threshold("enova_min_point_kw")
    min_total = ctx.threshold("enova_min_station_kw")
    station_kw = app.charging_mw * 1000.0
    asks = tr("Enova asks for at least {min_points} points, each of at least {min_kw} kW, and {min_total} kW in "
              "all.").format(min_points=int(min_points), min_kw=format_number(min_kw),
                             min_total=format_number(min_total))
    if app.min_point_kw is None:
        status = NOT_FULFILLED if app.chargers < min_points or station_kw < min_total else NEEDS_ASSESSMENT
        return Answer("", status, tr("{points} points, {total} kW in all; the application does not state the power "
                                     "of the weakest point, and each point must deliver at least {min_kw} kW (an "
                                     "average is not enough).").format(points=app.chargers,
                                                                       total=format_number(station_kw),
                                                                       min_kw=format_number(min_kw)) + " " + asks)
    ok = app.chargers >= min_points and app.min_point_kw >= min_kw and station_kw >= min_total
    return Answer("", FULFILLED if ok else NOT_FULFILLED, tr(
        "{points} points, the weakest {kw} kW, {total} kW in all.").format(
        points=app.chargers, kw=format_number(app.min_point_kw), total=format_number(station_kw)) + " " + asks)


def rule_enova_hydrogen(ctx: "RuleContext", i: int) -> Answer:
    """FUND-03: Enova's support for hydrogen filling stations: relevant when funding is sought."""
    if not ctx.application.seeks_enova:
        return Answer("", NOT_RELEVANT, tr("The applicant does not seek Enova funding."))
    return Answer("", NEEDS_ASSESSMENT, tr("Enova supports hydrogen filling stations for heavy transport: check the "
                                             "application against the criteria of the programme round it is made "
                                             "in, and ask for Enova's decision or the application to Enova."))


def application_choices(app: Application) -> dict:
    """The profile choices an application makes: how hydrogen reaches the station, when stated."""
    return {"supply_mode": app.supply_mode} if app.station_type == "hydrogen" and app.supply_mode else {}

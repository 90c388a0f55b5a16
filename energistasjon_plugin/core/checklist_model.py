# SPDX-License-Identifier: GPL-2.0-or-later
"""The case officer's checklist as data: items, answers, the road to a decision, a case.

Plain dataclasses shared by the checklist engine, the answer store, the report and the
dock widget.  Status values are stable ids stored in files; their words come from
:func:`status_label`.
"""
from dataclasses import dataclass, field
from typing import Dict, List, Optional, Tuple

from .i18n import current_language, tr
from .station_types import STATION_TYPES, station_type_label, station_type_noun  # noqa: F401 (used from here too)

FULFILLED = "fulfilled"
NOT_FULFILLED = "not_fulfilled"
NEEDS_ASSESSMENT = "needs_assessment"
NOT_RELEVANT = "not_relevant"
UNANSWERED = "unanswered"
#: Order used in reports: what blocks a decision first.
STATUSES = (NOT_FULFILLED, NEEDS_ASSESSMENT, UNANSWERED, FULFILLED, NOT_RELEVANT)
AUDIENCES = ("saksbehandler", "tiltakshaver")
PHASES = ("plan", "byggesak", "drift")


def status_label(status: str) -> str:
    """Translated name of an answer status."""
    return {
        FULFILLED: tr("Fulfilled"),
        NOT_FULFILLED: tr("Not fulfilled"),
        NEEDS_ASSESSMENT: tr("Needs assessment"),
        NOT_RELEVANT: tr("Not relevant"),
        UNANSWERED: tr("Not answered yet"),
    }.get(status, status)


def phase_noun(phase: str) -> str:
    """Translated name of a phase inside a sentence (``building application``)."""
    return {"plan": tr("plan"), "byggesak": tr("building application"), "drift": tr("operation")}.get(phase, phase)


def word_list(words) -> str:
    """``a``, ``a and b``, ``a, b and c`` in the current language."""
    words = [w for w in words if w]
    if len(words) <= 1:
        return "".join(words)
    return tr("{first} and {last}").format(first=", ".join(words[:-1]), last=words[-1])


def audience_label(audience: str) -> str:
    """Translated name of who must answer."""
    return {"saksbehandler": tr("case officer"), "tiltakshaver": tr("applicant")}.get(audience, audience)


def _in_language(texts: Dict[str, str]) -> str:
    return texts.get(current_language()) or texts.get("en") or next(iter(texts.values()), "")


@dataclass(frozen=True)
class ChecklistItem:
    """One question of the checklist.

    Attributes
    ----------
    id : str
        Stable id (``PLAN-01``); answers are stored under it.
    questions : dict
        The question by language (``nb``, ``en``).
    audience : str
        ``saksbehandler`` or ``tiltakshaver``: who must answer.
    station_types, phases : tuple of str
        Where the item applies.
    rule : str or None
        Name of the automatic rule that answers it (see ``checklist.AUTO_RULES``); None
        when a person must answer.
    source : str
        What the item rests on.
    guidance : dict
        Optional help text by language.
    """

    id: str
    questions: Dict[str, str]
    audience: str
    station_types: Tuple[str, ...]
    phases: Tuple[str, ...]
    rule: Optional[str]
    source: str
    guidance: Dict[str, str] = field(default_factory=dict)

    @property
    def question(self) -> str:
        return _in_language(self.questions)

    def applies_to(self, station_type: str, phase: Optional[str] = None) -> bool:
        return station_type in self.station_types and (phase is None or phase in self.phases)


@dataclass(frozen=True)
class Threshold:
    """A number behind the road to a decision, with its source."""

    name: str
    value: float
    unit: str
    source: Optional[str]
    setting: Optional[str]
    #: Values per grid company beside the default ``value`` (``grid_queue_mw``), each with its source.
    by_company: Tuple = ()


@dataclass
class Checklist:
    """A validated checklist edition."""

    id: str
    edition: str
    format_version: int
    titles: Dict[str, str]
    based_on: str
    items: List[ChecklistItem]
    thresholds: Dict[str, Threshold]
    path: str
    sha256: str

    @property
    def title(self) -> str:
        return _in_language(self.titles)


@dataclass
class Answer:
    """The answer to one item for one case.

    Attributes
    ----------
    item_id : str
    status : str
        One of :data:`STATUSES`.
    evidence : str
        Words and numbers behind the answer (automatic answers) or the officer's note.
    answered_by : str
        ``auto`` for the engine, else the person's name or ``person``.
    answered_at : str
        ISO timestamp (UTC) for answers by a person; empty for automatic ones.
    """

    item_id: str
    status: str
    evidence: str = ""
    answered_by: str = "auto"
    answered_at: str = ""


@dataclass
class Application:
    """The quantities an application states (None = not stated)."""

    station_type: str
    hydrogen_kg: Optional[float] = None        # hydrogen stored on site
    gas_volume_m3: Optional[float] = None      # container volume of flammable gas (CBG, hydrogen)
    lbg_tonnes: Optional[float] = None         # liquefied biogas / LNG stored
    cbg_tonnes: Optional[float] = None         # compressed biogas stored (fixed storage)
    trailer_kg: Optional[float] = None         # gas in delivery trailers parked on site (tube trailers, CBG/LBG)
    charging_mw: Optional[float] = None        # total charging or electrolyser power
    chargers: Optional[int] = None             # number of charging points
    daily_capacity: Optional[float] = None     # kg/day (H2, biogas) or vehicles/day (charging)
    seeks_enova: bool = False
    min_point_kw: Optional[float] = None       # the weakest charging point (kW): Enova asks each for >= 350 kW
    supply_mode: Optional[str] = None          # hydrogen: trucked_in or on_site_electrolysis (None: not stated)


@dataclass
class Process:
    """One step on the road to a decision (a plan process, a notification, a consent...)."""

    id: str
    title: str
    applies: str          # "yes", "no" or "check"
    why: str
    source: str


@dataclass
class CaseResult:
    """Everything the report and the dock show for one case."""

    case_id: str
    site_label: str
    application: Application
    checklist: Checklist
    answers: List[Answer]
    processes: List[Process]
    missing: List[str]
    data_used: List[Tuple[str, str]]      # (layer or file, date/edition text)
    notes: List[str] = field(default_factory=list)

    def answer(self, item_id: str) -> Optional[Answer]:
        return next((a for a in self.answers if a.item_id == item_id), None)

# SPDX-License-Identifier: GPL-2.0-or-later
"""A station profile as data: its parameters, hard rules (constraints) and weighted factors.

Plain dataclasses shared by the loader (:mod:`.profiles`, which validates the YAML against the
criteria's declarations) and the criteria, scoring and checklist that read them.
"""
from dataclasses import dataclass, field
from typing import Any, Dict, List, Optional, Tuple

import numpy as np

from .codelists import CodeRules
from .i18n import current_language

#: What a failed constraint does: exclude the site, or keep it and say it needs assessment.
EXCLUDE, ASSESS = "exclude", "assess"
CONSTRAINT_ACTIONS = (EXCLUDE, ASSESS)
#: What a hensynssone on the site means for a station type (profile key ``hensynssoner``):
#: exclude when too little of the site is left outside it, needs assessment, needs assessment
#: and a lower score (the factor on ``hazard_penalty_share``), or nothing.
PENALTY, IGNORE = "penalty", "ignore"
ZONE_ACTIONS = (EXCLUDE, ASSESS, PENALTY, IGNORE)


@dataclass(frozen=True)
class CompanyValue:
    """A parameter's value for one grid company (``by_company``), with its justification."""

    company: str
    value: float
    source: Optional[str]
    setting: Optional[str]


@dataclass(frozen=True)
class Parameter:
    """A named value behind the rules, with its justification.

    ``choices``: the names a choice parameter may take (its ``value`` is the one in effect);
    ``by``: the choice a variant parameter's value was taken by; ``by_company``: values per
    grid company beside the default ``value`` (see :mod:`.profile_parameters`).
    """

    name: str
    value: Any
    unit: str
    source: Optional[str]
    setting: Optional[str]
    choices: Tuple[str, ...] = ()
    by: Optional[str] = None
    by_company: Tuple[CompanyValue, ...] = ()


@dataclass(frozen=True)
class Constraint:
    """A hard rule: a site failing it is excluded (kept in the output, marked, with the reason)."""

    id: str
    criterion: str
    test: str
    value: Any
    source: Optional[str]
    setting: Optional[str]
    action: str = EXCLUDE

    @property
    def excludes(self) -> bool:
        """Whether a site failing it is excluded (else it is kept and needs assessment)."""
        return self.action == EXCLUDE


@dataclass(frozen=True)
class ZoneRule:
    """What hensynssoner of some codes mean for the station type (one row of ``hensynssoner``)."""

    codes: CodeRules
    action: str
    source: Optional[str]
    setting: Optional[str]


@dataclass(frozen=True)
class Factor:
    """A weighted criterion scored 0-1 by a value function."""

    id: str
    criterion: str
    weight: float
    function: Dict[str, Any]
    source: Optional[str]
    setting: Optional[str]


@dataclass
class Profile:
    """A validated station profile."""

    id: str
    station_type: str
    names: Dict[str, str]
    field_prefix: str
    parameters: Dict[str, Parameter]
    zoning: Dict[str, Dict[str, CodeRules]]
    zoning_source: Optional[str]
    constraints: List[Constraint]
    factors: List[Factor]
    min_known_weight: float
    path: str
    sha256: str
    notes: List[str] = field(default_factory=list)
    #: The profile's ``hensynssoner`` table; None for a profile without one (edition 1).
    zone_rules: Optional[List[ZoneRule]] = None
    scoring_source: Optional[str] = None
    scoring_setting: Optional[str] = None

    @property
    def name(self) -> str:
        """The profile's name in the current language."""
        return self.names.get(current_language()) or self.names.get("en") or self.id

    def value(self, name: str) -> Any:
        """Value of a parameter."""
        return self.parameters[name].value

    def zone_actions(self, codes: np.ndarray) -> np.ndarray:
        """The action (:data:`ZONE_ACTIONS`) for each hensynssone code; NaN codes get None.

        The first row of the profile's ``hensynssoner`` table that lists a code decides; a code
        the table does not list needs assessment (a zone is never passed over silently).  A
        profile without the table (written for edition 1) keeps its old meaning: the codes its
        ``forbidden_codes`` rules name exclude, other faresoner (3xx) need assessment, the rest
        is ignored.
        """
        codes = np.asarray(codes, dtype="float64")
        actions = np.full(codes.shape, None, dtype=object)
        known = ~np.isnan(codes)
        if self.zone_rules is None:
            forbidden = {int(code) for rule in self.constraints if rule.test == "forbidden_codes"
                         for code in (rule.value or [])}
            actions[known] = IGNORE
            actions[known & (codes >= 300) & (codes <= 399)] = ASSESS
            actions[known & np.isin(codes, sorted(forbidden))] = EXCLUDE
            return actions
        todo = known.copy()
        for rule in self.zone_rules:
            hit = todo & rule.codes.matches(codes)
            actions[hit] = rule.action
            todo &= ~hit
        actions[todo] = ASSESS
        return actions

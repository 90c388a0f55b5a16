# SPDX-License-Identifier: GPL-2.0-or-later
"""A station profile as data: its parameters, hard rules (constraints) and weighted factors.

Plain dataclasses shared by the loader (:mod:`.profiles`, which validates the YAML against the
criteria's declarations) and the criteria, scoring and checklist that read them.
"""
from dataclasses import dataclass, field
from typing import Any, Dict, List, Optional

from .codelists import CodeRules
from .i18n import current_language


@dataclass(frozen=True)
class Parameter:
    """A named value behind the rules, with its justification."""

    name: str
    value: Any
    unit: str
    source: Optional[str]
    setting: Optional[str]


@dataclass(frozen=True)
class Constraint:
    """A hard rule: a site failing it is excluded (kept in the output, marked, with the reason)."""

    id: str
    criterion: str
    test: str
    value: Any
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

    @property
    def name(self) -> str:
        """The profile's name in the current language."""
        return self.names.get(current_language()) or self.names.get("en") or self.id

    def value(self, name: str) -> Any:
        """Value of a parameter."""
        return self.parameters[name].value

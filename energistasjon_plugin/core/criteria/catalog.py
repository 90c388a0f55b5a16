# SPDX-License-Identifier: GPL-2.0-or-later
"""Every criterion the engine can compute, by id: the declarations of the families put together.

Profiles refer to criteria by these ids; the profile loader checks the ids and the parameters
each needs, the engine computes them, the explanations say them, the docs list them
(``scripts/declarations_table.py``).  To add a criterion, declare it in its family's module
(or a new one added to :data:`FAMILIES`) with its test; nothing else changes.
"""
from typing import Dict, List, Tuple

from ..i18n import current_language
from . import corridor, existing, freight_nodes, grid, safety, site, supply, zoning
from .declaration import Criterion

#: The families, in the order their criteria are listed.
FAMILIES = (site, zoning, corridor, grid, safety, existing, freight_nodes, supply)

CRITERIA: Dict[str, Criterion] = {c.id: c for family in FAMILIES for c in family.CRITERIA}

_LABELS: Dict[Tuple[str, str, str], str] = {}


def _label(kind: str, criterion_id: str) -> str:
    """A label made once per language (labels are asked for per rule and factor)."""
    key = (kind, criterion_id, current_language())
    if key not in _LABELS:
        criterion = CRITERIA.get(criterion_id)
        if criterion is None:
            text = criterion_id if kind == "label" else criterion_id.lower()
        elif kind == "label":
            text = criterion.label()
        else:
            text = criterion.rule_label() if criterion.rule_label else criterion.label().lower()
        _LABELS[key] = text
    return _LABELS[key]


def criterion_label(criterion_id: str) -> str:
    """Translated name of a criterion for output and reports."""
    return _label("label", criterion_id)


def rule_label(criterion_id: str) -> str:
    """Short name of a hard rule on a criterion, for "Excluded: zoning, area."."""
    return _label("rule", criterion_id)


def phrase_order() -> List[str]:
    """The criteria an explanation speaks of, in the order it says them."""
    spoken = [c for c in CRITERIA.values() if c.phrase is not None]
    return [c.id for c in sorted(spoken, key=lambda c: c.phrase.order)]


def criteria_reading(feeds: str) -> List[str]:
    """Ids of the criteria that need or also read the context layer ``feeds`` (a layer's ``feeds``)."""
    return [c.id for c in CRITERIA.values() if c.layer == feeds or feeds in c.also_reads]

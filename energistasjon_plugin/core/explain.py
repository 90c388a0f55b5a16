# SPDX-License-Identifier: GPL-2.0-or-later
"""Explanations: each factor's phrase and each failed rule's reason, for every site at once.

The words of each criterion are declared with the criterion (:mod:`.criteria`); here is the
machinery that applies them without a Python call per site: the columns that decide a
criterion's words (its declared keys, e.g. the distance as shown and the road) are grouped
with numpy, and each distinct phrase is formatted once and shared by every site that shows
the same words.  Nothing here touches geometry.
"""
from typing import Dict, List, Mapping, Optional, Sequence, Tuple

import numpy as np
import pandas as pd

from .context_layers import layer_label
from .criteria.catalog import CRITERIA, criterion_label, phrase_order
from .criteria.results import CriterionResult
from .criteria.safety import hazard_name
from .criteria.zoning import zoning_text
from .i18n import tr
from .profile_model import Constraint
from .wording import distance_text, is_unknown

# Words the checklist and the report take from here too.
__all__ = ["distance_text", "factor_phrase", "hazard_name", "key_groups", "outside_the_data", "phrase_order",
           "phrase_texts", "reason_texts", "unchecked_reason", "unchecked_texts", "unknown_causes",
           "unknown_factors_text", "zoning_text"]


def key_groups(columns: List[np.ndarray]) -> Tuple[np.ndarray, np.ndarray]:
    """Group sites whose key columns are all equal: (first site of each group, group of each site).

    Each column is factorised in C (NaN and None are values of their own) and the codes are
    combined pairwise and re-compacted, so no Python loop over sites is needed.  Group
    numbers follow the order in which groups first appear.
    """
    n = len(columns[0])
    combined = np.zeros(n, dtype="int64")
    for column in columns:
        # numbers stay numbers (hashing floats in C); only text columns are objects
        codes, uniques = pd.factorize(np.asarray(column), use_na_sentinel=False)
        combined, _ = pd.factorize(combined * (len(uniques) + 1) + codes)  # compact again, by hashing
    _, first = np.unique(combined, return_index=True)
    return first, combined


def factor_phrase(criterion: str, result: CriterionResult, i: int,
                  others: Optional[Mapping[str, CriterionResult]] = None) -> Optional[str]:
    """The phrase for one factor of site ``i``, or None when unknown or already said.

    ``others`` holds the results of the profile's other factors, so that the substation
    with enough capacity is not named twice when it is the one with most free capacity.
    """
    value = result.values[i]
    if is_unknown(value):
        return None
    declared = CRITERIA.get(criterion)
    if declared is None or declared.phrase is None:
        return "{}: {}".format(criterion_label(criterion), value)
    return declared.phrase.text(result, i, others or {})


def phrase_key_columns(criterion: str, result: CriterionResult,
                       others: Optional[Mapping[str, CriterionResult]] = None) -> Tuple[List[np.ndarray], np.ndarray]:
    """The columns whose values decide the phrase of ``criterion``, and which sites are unknown."""
    declared = CRITERIA.get(criterion)
    if declared is None or declared.phrase is None:
        return [result.values], result.unknown()
    return declared.phrase.keys(result, others or {}), result.unknown()


def phrase_texts(criterion: str, result: CriterionResult,
                 others: Optional[Mapping[str, CriterionResult]] = None,
                 rows: Optional[np.ndarray] = None) -> np.ndarray:
    """The phrase of ``criterion`` for every site (None when unknown), each distinct one made once.

    Only the sites in ``rows`` (all when None) get a phrase; the others get None.  Scoring
    asks only for the sites that are not excluded: an excluded site is explained by its
    failed rules, so its factor phrases would be formatted for nothing.
    """
    columns, unknown = phrase_key_columns(criterion, result, others)
    out = np.full(len(unknown), None, dtype=object)
    rows = np.arange(len(unknown)) if rows is None else np.asarray(rows)
    rows = rows[~unknown[rows]]
    if len(rows):
        first, group = key_groups([np.asarray(column)[rows] for column in columns])
        made = np.array([factor_phrase(criterion, result, rows[i], others) for i in first], dtype=object)
        out[rows] = made[group]
    return out


def constraint_reason(constraint: Constraint, result: CriterionResult, i: int) -> str:
    """Why site ``i`` fails ``constraint``: the measured value against the rule's limit, kept short
    because it is written for every excluded site (the rule's id is in the ``_rules`` field)."""
    declared = CRITERIA.get(constraint.criterion)
    if declared is None or declared.reason is None:
        return tr("{criterion} fails the rule ({value})").format(criterion=criterion_label(constraint.criterion),
                                                                 value=result.values[i])
    return declared.reason.text(constraint, result, i)


def _reason_key_columns(constraint: Constraint, result: CriterionResult) -> List[np.ndarray]:
    """The columns whose values decide :func:`constraint_reason`: equal keys, equal words."""
    declared = CRITERIA.get(constraint.criterion)
    if declared is None or declared.reason is None or declared.reason.keys is None:
        return result.all_columns()
    return declared.reason.keys(constraint, result)


def reason_texts(constraint: Constraint, result: CriterionResult, fails: np.ndarray) -> np.ndarray:
    """Why each failing site fails ``constraint`` (None where it passes), each distinct reason made once."""
    out = np.full(len(fails), None, dtype=object)
    rows = np.flatnonzero(fails)
    if len(rows):
        first, group = key_groups([np.asarray(column)[rows] for column in _reason_key_columns(constraint, result)])
        made = np.array([constraint_reason(constraint, result, rows[i]) for i in first], dtype=object)
        out[rows] = made[group]
    return out


def unchecked_reason(constraint: Constraint, available: bool, cause: Optional[str] = None) -> str:
    """Why a rule could not be checked for a site: no layer given, or ``cause`` (by default,
    the site is outside the data)."""
    layer = CRITERIA[constraint.criterion].layer
    if not available:
        return tr("{rule} not checked: no {layer} given").format(
            rule=criterion_label(constraint.criterion), layer=layer_label(layer))
    return tr("{rule} not checked: {cause}").format(rule=criterion_label(constraint.criterion),
                                                   cause=cause or outside_the_data())


def not_given(criterion: str) -> str:
    """The cause of "unknown" when the criterion's layer was not given at all."""
    return tr("no {layer} given").format(layer=layer_label(CRITERIA[criterion].layer))


def outside_the_data() -> str:
    """The cause of "unknown" when the site lies outside the layer's data."""
    return tr("the site is outside the data")


def unknown_causes(criterion: str, result: CriterionResult, unknown: np.ndarray,
                   layer_cause: Optional[str] = None) -> np.ndarray:
    """Why each unknown site is unknown (None where the value is known), in words.

    ``layer_cause`` (the whole layer cannot answer: its coordinates cannot be in its CRS, it
    covers another area) comes first; then the cause the criterion declares for the site
    (:class:`~.criteria.declaration.Cause`); else the site is outside the data.  Each distinct
    cause is put in words once.
    """
    out = np.full(len(unknown), None, dtype=object)
    rows = np.flatnonzero(unknown)
    if not rows.size:
        return out
    if layer_cause:
        out[rows] = layer_cause
        return out
    declared = CRITERIA.get(criterion)
    cause = declared.cause if declared is not None else None
    if cause is not None:
        first, group = key_groups([np.asarray(column)[rows] for column in cause.keys(result)])
        made = np.array([cause.text(result, rows[i]) for i in first], dtype=object)
        out[rows] = made[group]
    left = rows[np.equal(out[rows], None)]
    out[left] = outside_the_data()
    return out


def unchecked_texts(constraint: Constraint, causes: np.ndarray) -> np.ndarray:
    """``<rule> not checked: <cause>`` where a cause is given (None elsewhere), each distinct text made once."""
    out = np.full(len(causes), None, dtype=object)
    codes, uniques = pd.factorize(np.asarray(causes, dtype=object))
    if len(uniques):
        made = np.array([unchecked_reason(constraint, True, cause) for cause in uniques], dtype=object)
        out[codes >= 0] = made[codes[codes >= 0]]
    return out


def unknown_factors_text(labels: Dict[str, str], unknown: list, causes: Optional[Sequence[Optional[str]]] = None
                         ) -> str:
    """``unknown: heavy traffic (no traffic count within 500 m), free grid capacity``: each factor
    with its cause, where one is given."""
    causes = list(causes) if causes is not None else [None] * len(unknown)
    names = []
    for factor, cause in zip(unknown, causes):
        name = labels[factor][:1].lower() + labels[factor][1:]  # mid-sentence
        names.append(tr("{factor} ({cause})").format(factor=name, cause=cause) if cause else name)
    return tr("unknown: {factors}").format(factors=", ".join(names))

# SPDX-License-Identifier: GPL-2.0-or-later
"""Explanations: each factor's phrase and each failed rule's reason, for every site at once.

The words of each criterion are declared with the criterion (:mod:`.criteria`); here is the
machinery that applies them without a Python call per site: the columns that decide a
criterion's words (its declared keys, e.g. the distance as shown and the road) are grouped
with numpy, and each distinct phrase is formatted once and shared by every site that shows
the same words.  Nothing here touches geometry.
"""
from typing import Dict, List, Mapping, Optional, Tuple

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
__all__ = ["distance_text", "factor_phrase", "hazard_name", "key_groups", "phrase_order", "phrase_texts",
           "reason_texts", "unchecked_reason", "unknown_factors_text", "zoning_text"]


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


def unchecked_reason(constraint: Constraint, available: bool) -> str:
    """Why a rule could not be checked for a site."""
    layer = CRITERIA[constraint.criterion].layer
    if not available:
        return tr("{rule} not checked: no {layer} given").format(
            rule=criterion_label(constraint.criterion), layer=layer_label(layer))
    return tr("{rule} not checked: the site is outside the data").format(rule=criterion_label(constraint.criterion))


def unknown_factors_text(labels: Dict[str, str], unknown: list) -> str:
    """``unknown: heavy traffic, free grid capacity``."""
    names = [labels[f][:1].lower() + labels[f][1:] for f in unknown]  # mid-sentence
    return tr("unknown: {factors}").format(factors=", ".join(names))

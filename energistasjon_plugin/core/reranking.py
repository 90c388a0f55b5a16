# SPDX-License-Identifier: GPL-2.0-or-later
"""Live re-ranking: new weights on a scored layer's sub-scores, without scoring again.

Scoring writes each factor's 0-1 sub-score (``<p>_<factor>_s``, rounded as weighted) and
whether the site is excluded (``<p>_excluded``).  The score is the weighted mean of exactly
those sub-scores (:mod:`.ranking`), so new weights applied to the columns give the score, the
known share and the rank a full rescoring with those weights would give, in milliseconds: a
workshop can move weights and watch the list change.
"""
from typing import Dict, List, Optional, Tuple

import numpy as np
import pandas as pd

from . import ranking
from .arrays import repeated
from .errors import InputError
from .i18n import tr
from .profiles import Profile
from .weight_sets import WeightSet, weight_set_from_profile, weights_field

_TRUE_TEXT = {"1", "true", "t", "yes", "y", "ja", "j"}


def subscore_fields(profile: Profile) -> List[str]:
    """The sub-score fields of ``profile`` in a scored layer, in factor order."""
    return ["{}_{}_s".format(profile.field_prefix, f.id) for f in profile.factors]


def excluded_field(profile: Profile) -> str:
    """The field that marks excluded sites: ``<p>_excluded``."""
    return profile.field_prefix + "_excluded"


def find_columns(table: pd.DataFrame, wanted: List[str], table_name: str) -> Dict[str, object]:
    """The table's column for each wanted field (exact name first, then without case).

    Raises
    ------
    InputError
        Naming the table and every missing field, and saying which output has them.
    """
    by_fold = {str(c).casefold(): c for c in table.columns}
    found, missing = {}, []
    for name in wanted:
        if name in table.columns:
            found[name] = name
        elif name.casefold() in by_fold:
            found[name] = by_fold[name.casefold()]
        else:
            missing.append(name)
    if missing:
        raise InputError(tr("The layer '{table}' has no fields {fields}; use the output of 'Score candidate sites' "
                            "for this station type.").format(table=table_name, fields=", ".join(missing)),
                         layer=table_name, field=missing[0])
    return found


def _as_bool(values: pd.Series) -> np.ndarray:
    if values.dtype == object:
        text = values.astype(str).str.strip().str.casefold()
        return (text.isin(_TRUE_TEXT) & values.notna()).to_numpy()
    return values.fillna(0).astype(bool).to_numpy()


def read_subscores(table: pd.DataFrame, profile: Profile, table_name: str = "scored layer"
                   ) -> Tuple[np.ndarray, np.ndarray]:
    """Sub-scores (sites x factors, NaN unknown) and the excluded flag from a scored layer.

    Raises
    ------
    InputError
        A sub-score field or ``<p>_excluded`` is missing.
    """
    fields = subscore_fields(profile)
    columns = find_columns(table, fields + [excluded_field(profile)], table_name)
    sub = np.column_stack([pd.to_numeric(table[columns[f]], errors="coerce").to_numpy(dtype="float64")
                           for f in fields]) if fields else np.empty((len(table), 0))
    return sub, _as_bool(table[columns[excluded_field(profile)]])


def scores_and_ranks(sub: np.ndarray, excluded: np.ndarray, weights: np.ndarray,
                     min_known_weight: float) -> Tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Score (unrounded), known share and rank as scoring computes them (excluded: no score)."""
    score, known, rank, _ = ranking.scores_and_ranks(sub, weights, excluded, min_known_weight)
    return score, known, rank


def rerank(table: pd.DataFrame, profile: Profile, weight_set: Optional[WeightSet] = None,
           table_name: str = "scored layer") -> pd.DataFrame:
    """Score, known share and rank of every site of a scored layer under other weights.

    Parameters
    ----------
    table : DataFrame
        A scored layer (or its attribute table) with ``<p>_<factor>_s`` and ``<p>_excluded``.
    profile : Profile
        The profile it was scored with (factors, prefix, ``min_known_weight``).
    weight_set : WeightSet, optional
        The weights; the profile's own when None.
    table_name : str
        For messages.

    Returns
    -------
    DataFrame
        Same index as ``table``: ``<p>_score`` (0-100, 1 decimal, as scoring writes it),
        ``<p>_known``, ``<p>_rank``, ``<p>_weights`` (the weight set's label) and, when the
        table has a ``<p>_rank``, ``<p>_rank_change`` (places moved up; negative = down).
    """
    weight_set = weight_set or weight_set_from_profile(profile)
    weights = weight_set.vector(profile)
    sub, excluded = read_subscores(table, profile, table_name)
    score, known, rank = scores_and_ranks(sub, excluded, weights, profile.min_known_weight)
    p = profile.field_prefix
    out = pd.DataFrame({
        p + "_score": np.round(score, 1),
        p + "_known": np.round(known, 3),
        p + "_rank": rank,
        weights_field(profile): repeated(weight_set.label, len(table)),
    }, index=table.index)
    before = {str(c).casefold(): c for c in table.columns}.get((p + "_rank").casefold())
    if before is not None:
        out[p + "_rank_change"] = pd.to_numeric(table[before], errors="coerce").to_numpy(dtype="float64") - rank
    return out

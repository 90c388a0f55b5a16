# SPDX-License-Identifier: GPL-2.0-or-later
"""The score and the rank from sub-scores and weights: the one implementation.

Scoring a run, re-ranking live with other weights and the sensitivity analysis all call
these functions, so a site's score is always the weighted mean of the sub-scores written in
its row (rounded to :data:`SUB_SCORE_DECIMALS`), and a rank never depends on which tool
computed it.

Unknown sub-scores (NaN) are left out of the mean and the weights of the known ones are
re-scaled; the known share of the weight is returned beside the score.
"""
from typing import Tuple

import numpy as np

#: Sub-scores are rounded to this many decimals before they are weighted and written.
SUB_SCORE_DECIMALS = 3


def weighted_scores(sub_scores: np.ndarray, weights: np.ndarray) -> Tuple[np.ndarray, np.ndarray]:
    """0-100 scores and the known share of the weight.

    Parameters
    ----------
    sub_scores : ndarray, shape (n_sites, n_factors)
        0-1 sub-scores, NaN where unknown.
    weights : ndarray, shape (n_factors,) or (n_sets, n_factors)
        Factor weights summing to 1 (several weight sets at once: one row each).

    Returns
    -------
    score, known_weight : ndarray, shape (n_sites,) or (n_sets, n_sites)
        NaN score where nothing is known.
    """
    sub = np.asarray(sub_scores, dtype="float64")
    w = np.asarray(weights, dtype="float64")
    known = ~np.isnan(sub)
    weighted = np.where(known, sub, 0.0) @ w.T
    known_weight = known.astype("float64") @ w.T
    with np.errstate(invalid="ignore", divide="ignore"):
        score = np.where(known_weight > 0, 100.0 * weighted / known_weight, np.nan)
    return score.T, known_weight.T


def ranks(score: np.ndarray, known_weight: np.ndarray, excluded: np.ndarray,
          min_known_weight: float) -> Tuple[np.ndarray, np.ndarray]:
    """Rank 1, 2, ... by score among the sites that can be ranked (NaN for the others).

    A site is ranked when it is not excluded, has a score and at least ``min_known_weight``
    of the weight is known.  Ties go to the site with more known, then to the one first in
    the layer.

    Returns
    -------
    rank : ndarray of float (NaN = not ranked)
    rankable : ndarray of bool
    """
    n = len(score)
    rankable = ~excluded & ~np.isnan(score) & (known_weight >= min_known_weight - 1e-9)
    rank = np.full(n, np.nan)
    order = np.lexsort((np.arange(n), -known_weight, -np.nan_to_num(score, nan=-1.0)))
    ranked = order[rankable[order]]
    rank[ranked] = np.arange(1, len(ranked) + 1)
    return rank, rankable


def scores_and_ranks(sub_scores: np.ndarray, weights: np.ndarray, excluded: np.ndarray,
                     min_known_weight: float) -> Tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """Score, known share, rank and rankable mask of one weight set, as a run writes them.

    An excluded site gets no score (it is explained by its failed rules) and no rank.
    """
    score, known_weight = weighted_scores(sub_scores, weights)
    score = np.where(excluded, np.nan, score)
    rank, rankable = ranks(score, known_weight, excluded, min_known_weight)
    return score, known_weight, rank, rankable

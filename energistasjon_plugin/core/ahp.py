# SPDX-License-Identifier: GPL-2.0-or-later
"""Weights from pairwise comparisons (AHP): principal eigenvector and consistency ratio.

A room compares the factors two at a time on Saaty's 1-9 scale ("the grid matters 3 times
as much as the traffic"); the matrix of answers (``a[i][j]`` = how many times factor ``i``
matters as much as factor ``j``, ``a[j][i] = 1 / a[i][j]``) gives the weights as its
principal eigenvector.  The consistency ratio says how far the answers contradict each
other; above :data:`MAX_CONSISTENCY_RATIO` the room is told so, with the comparison that
disagrees most with the others, and decides whether to revisit it (it is not a refusal).

Reference: T. L. Saaty, *The Analytic Hierarchy Process*, McGraw-Hill, 1980: the 1-9
scale, the eigenvector method, CI = (lambda_max - n) / (n - 1), CR = CI / RI and the rule of
thumb CR <= 0.10.
"""
from dataclasses import dataclass
from typing import Dict, List, Mapping, Optional, Sequence, Tuple

import numpy as np

from .errors import InputError
from .i18n import format_number, tr

#: Saaty's random consistency index RI(n): the mean consistency index of random reciprocal
#: matrices of size n on the 1-9 scale (Saaty 1980, The Analytic Hierarchy Process, table of
#: random indices).  For more than 10 factors the table's last value is used, which makes the
#: ratio slightly larger (stricter) than a longer table would.
RANDOM_INDEX: Dict[int, float] = {1: 0.0, 2: 0.0, 3: 0.58, 4: 0.90, 5: 1.12, 6: 1.24, 7: 1.32, 8: 1.41,
                                  9: 1.45, 10: 1.49}

#: Saaty's rule of thumb (1980): a consistency ratio up to 0.10 is acceptable.  A setting: the
#: room may accept more.
MAX_CONSISTENCY_RATIO = 0.10

#: Saaty's scale runs from 1/9 to 9.
SCALE_MIN, SCALE_MAX = 1.0 / 9.0, 9.0

#: a[i][j] * a[j][i] may differ from 1 by this much (answers typed as 0.33 for 1/3).
RECIPROCAL_TOLERANCE = 0.02


@dataclass(frozen=True)
class PairwiseWeights:
    """Weights derived from a pairwise comparison matrix, and how consistent it is.

    Attributes
    ----------
    factors : tuple of str
        Factor ids, in the matrix's row order.
    matrix : ndarray, shape (n, n)
    weights : ndarray, shape (n,)
        The normalised principal eigenvector (sums to 1).
    lambda_max : float
    consistency_index, consistency_ratio : float
        0 for one or two factors (two answers cannot contradict each other).
    worst_pair : tuple of int, optional
        ``(i, j)`` of the comparison that departs most from what the weights imply.
    implied : float
        ``weights[i] / weights[j]`` for the worst pair: what the other answers suggest.
    """

    factors: Tuple[str, ...]
    matrix: np.ndarray
    weights: np.ndarray
    lambda_max: float
    consistency_index: float
    consistency_ratio: float
    worst_pair: Optional[Tuple[int, int]]
    implied: float

    @property
    def consistent(self) -> bool:
        """True when the consistency ratio is at most :data:`MAX_CONSISTENCY_RATIO`."""
        return self.consistency_ratio <= MAX_CONSISTENCY_RATIO + 1e-12

    def warning(self, labels: Optional[Mapping[str, str]] = None,
                limit: float = MAX_CONSISTENCY_RATIO) -> Optional[str]:
        """A translated warning when the ratio is above ``limit``; None otherwise.

        Parameters
        ----------
        labels : mapping, optional
            Factor id -> name to show (the factor ids are shown otherwise).
        limit : float
            The ratio the room accepts.
        """
        if self.consistency_ratio <= limit + 1e-12:
            return None
        text = tr("The comparisons contradict each other: the consistency ratio is {cr}, above {limit}. "
                  "The weights can still be used; the room decides.").format(
            cr=format_number(self.consistency_ratio, 2), limit=format_number(limit, 2))
        if self.worst_pair is None:
            return text
        names = labels or {}
        i, j = self.worst_pair
        return text + " " + tr("The comparison that fits the others least is '{a}' against '{b}': it says {given}, "
                               "the other answers suggest about {implied}.").format(
            a=names.get(self.factors[i], self.factors[i]), b=names.get(self.factors[j], self.factors[j]),
            given=saaty_text(self.matrix[i, j]), implied=saaty_text(self.implied))


def saaty_text(value: float) -> str:
    """A judgement as people write it: ``3``, ``1/3``, ``2,5`` (nb) or ``0.4``."""
    value = float(value)
    if value >= 1 or value <= 0:
        return format_number(value, 0 if abs(value - round(value)) < 0.05 else 1)
    inverse = 1.0 / value
    if abs(inverse - round(inverse)) < 0.05:
        return "1/{}".format(int(round(inverse)))
    return format_number(value, 2)


def pairwise_matrix(factors: Sequence[str], judgements: Mapping[Tuple[str, str], float]) -> np.ndarray:
    """The full reciprocal matrix from one judgement per pair.

    Parameters
    ----------
    factors : sequence of str
        Factor ids in the order of the rows.
    judgements : mapping
        ``(a, b) -> v``: factor ``a`` matters ``v`` times as much as ``b`` (1/9 to 9).  Each
        pair once, in either order.

    Raises
    ------
    InputError
        A pair is missing or given twice, or names an unknown factor.
    """
    index = {f: i for i, f in enumerate(factors)}
    n = len(factors)
    matrix = np.ones((n, n))
    given = np.eye(n, dtype=bool)
    for (a, b), value in judgements.items():
        if a not in index or b not in index or a == b:
            raise InputError(tr("The comparison '{a}' against '{b}' does not compare two of the factors {known}.")
                             .format(a=a, b=b, known=", ".join(factors)))
        i, j = index[a], index[b]
        if given[i, j]:
            raise InputError(tr("The comparison of '{a}' and '{b}' is given twice; keep one.").format(a=a, b=b))
        if not _is_positive_number(value):
            raise InputError(tr("The comparison '{a}' against '{b}' must be a positive number (1/9 to 9), "
                                "not '{value}'.").format(a=a, b=b, value=value))
        matrix[i, j], matrix[j, i] = float(value), 1.0 / float(value)
        given[i, j] = given[j, i] = True
    missing = [(factors[i], factors[j]) for i in range(n) for j in range(i + 1, n) if not given[i, j]]
    if missing:
        raise InputError(tr("Compare every pair of factors; missing: {pairs}.").format(
            pairs=", ".join("{}/{}".format(a, b) for a, b in missing)))
    return matrix


def _is_positive_number(value) -> bool:
    return isinstance(value, (int, float, np.floating, np.integer)) and not isinstance(value, bool) \
        and bool(np.isfinite(value)) and value > 0


def matrix_problems(matrix: Sequence[Sequence[float]], factors: Sequence[str]) -> List[Tuple[int, int, str]]:
    """What makes a matrix unusable, as ``(row, column, translated problem)``; empty when usable.

    A usable matrix is square with one row per factor, has positive numbers on Saaty's scale,
    ones on the diagonal and is reciprocal (``a[i][j] * a[j][i] == 1`` within
    :data:`RECIPROCAL_TOLERANCE`).  Row -1 means the whole matrix.
    """
    n = len(factors)
    rows = list(matrix) if isinstance(matrix, (list, tuple, np.ndarray)) else []
    if len(rows) != n or any(not isinstance(r, (list, tuple, np.ndarray)) or len(r) != n for r in rows):
        return [(-1, -1, tr("needs one row and one column per factor ({n}: {factors})").format(
            n=n, factors=", ".join(factors)))]
    problems: List[Tuple[int, int, str]] = []
    bad = np.zeros((n, n), dtype=bool)
    for i in range(n):  # n is the number of factors (under 10): not a hot path
        for j in range(n):
            value = rows[i][j]
            if not _is_positive_number(value):
                problems.append((i, j, tr("row '{row}', column '{column}': '{value}' is not a positive number").format(
                    row=factors[i], column=factors[j], value=value)))
                bad[i, j] = True
            elif i == j and abs(float(value) - 1.0) > 1e-9:
                problems.append((i, j, tr("'{factor}' against itself must be 1").format(factor=factors[i])))
                bad[i, j] = True
            elif not SCALE_MIN - 1e-3 <= float(value) <= SCALE_MAX + 1e-9:
                problems.append((i, j, tr("row '{row}', column '{column}': {value} is outside Saaty's scale "
                                          "(1/9 to 9)").format(row=factors[i], column=factors[j],
                                                               value=format_number(float(value), 3))))
                bad[i, j] = True
    for i in range(n):
        for j in range(i + 1, n):
            if bad[i, j] or bad[j, i]:
                continue
            product = float(rows[i][j]) * float(rows[j][i])
            if abs(product - 1.0) > RECIPROCAL_TOLERANCE:
                problems.append((j, i, tr("row '{row}', column '{column}' is {value} but its mirror (row '{column}', "
                                          "column '{row}') is {mirror}; it should be {expected}").format(
                    row=factors[j], column=factors[i], value=saaty_text(rows[j][i]),
                    mirror=saaty_text(rows[i][j]), expected=saaty_text(1.0 / float(rows[i][j])))))
    return problems


def pairwise_weights(matrix: Sequence[Sequence[float]], factors: Sequence[str]) -> PairwiseWeights:
    """Weights by the principal eigenvector, with the consistency index and ratio.

    Parameters
    ----------
    matrix : array-like, shape (n, n)
        Positive reciprocal matrix on Saaty's scale.
    factors : sequence of str
        Factor ids in row order.

    Raises
    ------
    InputError
        The matrix is not square, positive and reciprocal; the message names each cell.
    """
    problems = matrix_problems(matrix, factors)
    if problems:
        raise InputError(tr("The pairwise comparisons cannot be used: {problems}.").format(
            problems="; ".join(p for _, _, p in problems)))
    a = np.asarray(matrix, dtype="float64")
    n = len(factors)
    values, vectors = np.linalg.eig(a)
    k = int(np.argmax(values.real))
    lambda_max = float(values[k].real)
    vector = np.abs(vectors[:, k].real)  # Perron vector of a positive matrix: one sign
    weights = vector / vector.sum()
    ci = max(0.0, (lambda_max - n) / (n - 1)) if n > 2 else 0.0
    ri = RANDOM_INDEX.get(n, RANDOM_INDEX[max(RANDOM_INDEX)])
    cr = ci / ri if ri > 0 else 0.0
    worst, implied = None, float("nan")
    if n > 2:
        # How far each answer departs from the ratio the weights imply (Saaty's e_ij = a_ij w_j / w_i).
        deviation = np.abs(np.log(a * weights[None, :] / weights[:, None]))
        deviation[np.tril_indices(n)] = -1.0
        i, j = np.unravel_index(int(np.argmax(deviation)), deviation.shape)
        worst, implied = (int(i), int(j)), float(weights[i] / weights[j])
    return PairwiseWeights(tuple(factors), a, weights, lambda_max, ci, cr, worst, implied)

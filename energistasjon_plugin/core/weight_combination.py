# SPDX-License-Identifier: GPL-2.0-or-later
"""Several participants' weight sets combined into one, with their disagreement per factor.

Each participant's set is already scaled to sum to 1; the combined weight of a factor is the
mean or the median of the participants' weights, scaled again to sum to 1 (a median of each
factor need not sum to 1).  The disagreement per factor is the lowest and highest weight, the
standard deviation (of the answers given, ``ddof=0``: the room is the whole population) and
the range in percentage points, ready for a table the room can read.
"""
from dataclasses import dataclass
from typing import Dict, List, Optional, Sequence, Tuple

import numpy as np
import pandas as pd

from .criteria.catalog import criterion_label
from .errors import InputError
from .i18n import tr
from .profiles import Profile
from .weight_sets import WeightSet, check_weight_set, factor_ids, make_weight_set

STATISTICS = ("mean", "median")


@dataclass(frozen=True)
class Combination:
    """The combined weight set and how much the participants disagree.

    Attributes
    ----------
    weight_set : WeightSet
        Method ``combined``, naming its members.
    disagreement : DataFrame
        Indexed by factor id, in the profile's order; columns ``weight`` (combined), ``mean``,
        ``median``, ``min``, ``max``, ``std`` (weights 0-1) and ``range_pp`` (percentage points).
    participants : DataFrame
        Factor id x participant name: each participant's weight (0-1).
    criteria : dict of str -> str
        Factor id -> its criterion (named in the language in force when a table is made).
    """

    weight_set: WeightSet
    disagreement: pd.DataFrame
    participants: pd.DataFrame
    criteria: dict

    @property
    def labels(self) -> Dict[str, str]:
        """Factor id -> translated factor name, in the current language."""
        return {f: criterion_label(c) for f, c in self.criteria.items()}

    def table(self) -> pd.DataFrame:
        """The disagreement as a table for people: translated headers, factor names, percent."""
        d, labels = self.disagreement, self.labels
        return pd.DataFrame({
            tr("Factor"): [labels[f] for f in d.index],
            tr("Combined weight (%)"): (100.0 * d["weight"]).round(1).to_numpy(),
            tr("Mean (%)"): (100.0 * d["mean"]).round(1).to_numpy(),
            tr("Median (%)"): (100.0 * d["median"]).round(1).to_numpy(),
            tr("Lowest (%)"): (100.0 * d["min"]).round(1).to_numpy(),
            tr("Highest (%)"): (100.0 * d["max"]).round(1).to_numpy(),
            tr("Standard deviation (percentage points)"): (100.0 * d["std"]).round(1).to_numpy(),
            tr("Range (percentage points)"): d["range_pp"].round(1).to_numpy(),
        })

    def bounds(self) -> Tuple[np.ndarray, np.ndarray]:
        """Each factor's lowest and highest weight among the participants (profile order):
        the spread a sensitivity run can draw weights from."""
        return self.disagreement["min"].to_numpy(), self.disagreement["max"].to_numpy()


def combine_weight_sets(weight_sets: Sequence[WeightSet], profile: Profile, statistic: str = "mean",
                        name: Optional[str] = None, author: Optional[str] = None,
                        date: Optional[str] = None) -> Combination:
    """Combine participants' weight sets by the mean or median of each factor's weight.

    Parameters
    ----------
    weight_sets : sequence of WeightSet
        All for ``profile``.
    profile : Profile
    statistic : {"mean", "median"}
    name : str, optional
        Name of the combined set; made from the statistic and the count when None.

    Raises
    ------
    InputError
        No sets, an unknown statistic, or a set made for another profile (named).
    """
    if statistic not in STATISTICS:
        raise InputError(tr("Combine weight sets by 'mean' or 'median', not '{statistic}'.").format(
            statistic=statistic))
    if not weight_sets:
        raise InputError(tr("Give at least one weight set to combine."))
    for weight_set in weight_sets:
        check_weight_set(weight_set, profile)
    ids = factor_ids(profile)
    matrix = np.vstack([ws.vector(profile) for ws in weight_sets])  # participants x factors
    mean, median = matrix.mean(axis=0), np.median(matrix, axis=0)
    combined = mean if statistic == "mean" else median
    combined = combined / combined.sum()
    low, high = matrix.min(axis=0), matrix.max(axis=0)
    disagreement = pd.DataFrame({
        "weight": combined, "mean": mean, "median": median, "min": low, "max": high,
        "std": matrix.std(axis=0), "range_pp": 100.0 * (high - low),
    }, index=pd.Index(ids, name="factor"))
    members = _unique_names([ws.name for ws in weight_sets])
    participants = pd.DataFrame(matrix.T, index=pd.Index(ids, name="factor"), columns=members)
    if name is None:
        name = (tr("Mean of {n} weight sets") if statistic == "mean" else tr("Median of {n} weight sets")).format(
            n=len(weight_sets))
    weight_set = make_weight_set(profile, dict(zip(ids, combined)), name, "combined", author=author, date=date,
                                 statistic=statistic, members=members)
    return Combination(weight_set, disagreement, participants, {f.id: f.criterion for f in profile.factors})


def _unique_names(names: List[str]) -> List[str]:
    """Participants' names, made unique (``Kari``, ``Kari (2)``) for the columns of a table."""
    seen: dict = {}
    out = []
    for name in names:
        seen[name] = seen.get(name, 0) + 1
        out.append(name if seen[name] == 1 else "{} ({})".format(name, seen[name]))
    return out

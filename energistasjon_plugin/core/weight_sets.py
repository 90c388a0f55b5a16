# SPDX-License-Identifier: GPL-2.0-or-later
"""Weight sets: a station profile's factor weights as a room set them, saved and named.

A weight set holds one weight per factor of a profile, who set them, when and how
(``profile``: as the profile has them, ``manual``: moved by hand, ``ahp``: from pairwise
comparisons, ``combined``: the mean or median of several participants' sets, see
:mod:`.weight_combination`).  It is saved as a small YAML file (:mod:`.weight_files`, format
in ``resources/weights/README.md``) that can be sent round and loaded again; every output
made with it carries its :attr:`WeightSet.label`.

Weights are relative importance, as in the profiles: they are scaled to sum to 1.
Negative weights, weights that sum to 0, and factor names the profile does not have are
refused with a message that names the factor and the profile's factor ids.

Re-ranking and sensitivity take the weights from here; a full rescoring takes
:func:`apply_weight_set`'s copy of the profile.  Scores and ranks are computed only in
:mod:`.ranking`.
"""
import dataclasses
import datetime
import hashlib
import json
from dataclasses import dataclass
from typing import Any, Dict, List, Mapping, Optional, Sequence, Tuple

import numpy as np

from . import ahp
from .criteria.catalog import criterion_label
from .errors import InputError
from .i18n import format_number, tr
from .profiles import Profile

METHODS = ("profile", "manual", "ahp", "combined")
#: Field that names the weight set in an output: ``<prefix>_weights``.
WEIGHTS_FIELD_SUFFIX = "_weights"


@dataclass(frozen=True)
class WeightSet:
    """One weight per factor of a station profile, with where the weights came from.

    Attributes
    ----------
    name : str
        What the room calls it ("Gruppe Moss", "Kari").
    profile_id, station_type : str
        The profile the weights belong to.
    weights : dict of str -> float
        Factor id -> weight, in the profile's factor order, summing to 1.
    method : str
        One of :data:`METHODS`.
    author, date : str, optional
        Who set them; ISO date (``2026-11-12``).
    comparisons : ahp.PairwiseWeights, optional
        For ``ahp``: the matrix, its weights and consistency ratio.
    statistic : str, optional
        For ``combined``: ``mean`` or ``median``.
    members : tuple of str
        For ``combined``: the names of the sets combined.
    path : str, optional
        The file it was read from or saved to.
    notes : tuple of str
        Translated remarks (weights scaled to sum to 1...).
    """

    name: str
    profile_id: str
    station_type: str
    weights: Dict[str, float]
    method: str = "manual"
    author: Optional[str] = None
    date: Optional[str] = None
    comparisons: Optional[ahp.PairwiseWeights] = dataclasses.field(default=None, compare=False)
    statistic: Optional[str] = None
    members: Tuple[str, ...] = ()
    path: Optional[str] = dataclasses.field(default=None, compare=False)
    notes: Tuple[str, ...] = dataclasses.field(default=(), compare=False)

    @property
    def fingerprint(self) -> str:
        """SHA-256 of the profile id and the weights (rounded to 9 decimals): the same weights
        give the same fingerprint whatever the file looks like."""
        content = json.dumps({"profile": self.profile_id,
                              "weights": {k: round(float(v), 9) for k, v in self.weights.items()}},
                             sort_keys=True)
        return hashlib.sha256(content.encode("utf-8")).hexdigest()

    @property
    def label(self) -> str:
        """``name@fingerprint`` (12 characters): what an output records in ``<prefix>_weights``."""
        return "{}@{}".format(self.name, self.fingerprint[:12])

    @property
    def title(self) -> str:
        """The name for people, the fingerprint said as what it is (``Workshop Moss (weights
        459e02a72f23)``): the log, the atlas and the spreadsheet; :attr:`label` stays the value of
        the fields, which expressions and joins compare."""
        return tr("{name} (weights {fingerprint})").format(name=self.name, fingerprint=self.fingerprint[:12])

    def vector(self, profile: Profile) -> np.ndarray:
        """The weights in ``profile``'s factor order (checked against the profile)."""
        check_weight_set(self, profile)
        return np.array([self.weights[f.id] for f in profile.factors], dtype="float64")


def factor_ids(profile: Profile) -> List[str]:
    """The profile's factor ids, in order."""
    return [f.id for f in profile.factors]


def factor_labels(profile: Profile) -> Dict[str, str]:
    """Factor id -> translated name of its criterion, for tables and messages."""
    return {f.id: criterion_label(f.criterion) for f in profile.factors}


def weights_field(profile: Profile) -> str:
    """The output field that names the weight set: ``<prefix>_weights``."""
    return profile.field_prefix + WEIGHTS_FIELD_SUFFIX


def _today() -> str:
    return datetime.date.today().isoformat()


def weight_problems(weights: Mapping[str, Any], profile: Optional[Profile]) -> List[Tuple[Optional[str], str]]:
    """Problems with a factor -> weight mapping as ``(factor or None, translated text)``; with a
    profile, also unknown and missing factors."""
    problems: List[Tuple[Optional[str], str]] = []
    known = factor_ids(profile) if profile is not None else None
    for factor, weight in weights.items():
        if known is not None and factor not in known:
            problems.append((factor, tr("unknown factor '{factor}'; the profile '{profile}' has the factors "
                                        "{known}").format(factor=factor, profile=profile.id, known=", ".join(known))))
        elif not is_number(weight) or weight < 0:
            problems.append((factor, tr("the weight of '{factor}' must be a number of 0 or more, not '{value}'")
                             .format(factor=factor, value=weight)))
    if known is not None:
        missing = [f for f in known if f not in weights]
        if missing:
            problems.append((None, tr("no weight for {factors}; give every factor of the profile '{profile}' a "
                                      "weight (0 leaves a factor out)").format(factors=", ".join(missing),
                                                                                profile=profile.id)))
    if not problems and sum(float(w) for w in weights.values()) <= 0:
        problems.append((None, tr("the weights sum to 0; give at least one factor a weight")))
    return problems


def is_number(value: Any) -> bool:
    """A finite number that is not a bool."""
    return isinstance(value, (int, float, np.integer, np.floating)) and not isinstance(value, bool) \
        and bool(np.isfinite(value))


def normalised_weights(weights: Mapping[str, Any], order: Sequence[str]) -> Tuple[Dict[str, float], float]:
    """The weights scaled to sum to 1, in ``order``, and their sum before.  Weights that already sum
    to 1 (within rounding) are kept as they are, so a saved set reads back exactly."""
    total = sum(float(weights[f]) for f in order)
    scale = 1.0 if abs(total - 1.0) <= 1e-12 else total
    return {f: float(weights[f]) / scale for f in order}, total


def scaled_note(name: str, total: float) -> Tuple[str, ...]:
    """The note that weights were scaled to sum to 1 (none when they already did)."""
    if abs(total - 1.0) <= 1e-6:
        return ()
    return (tr("The weights of '{name}' summed to {total}; they were scaled to sum to 1.").format(
        name=name, total=format_number(total, 4)),)


def make_weight_set(profile: Profile, weights: Mapping[str, float], name: str, method: str = "manual",
                    author: Optional[str] = None, date: Optional[str] = None,
                    comparisons: Optional[ahp.PairwiseWeights] = None, statistic: Optional[str] = None,
                    members: Sequence[str] = ()) -> WeightSet:
    """A weight set for ``profile`` from factor -> weight (e.g. sliders moved in a workshop).

    Parameters
    ----------
    profile : Profile
    weights : mapping of str -> float
        A weight of 0 or more for every factor of the profile; scaled to sum to 1.
    name : str
    method : str
        One of :data:`METHODS`.
    author, date : str, optional
        ``date`` is today when not given.

    Raises
    ------
    InputError
        Unknown or missing factors, negative weights, weights summing to 0; the message names
        the factor and the profile's factor ids.
    """
    if method not in METHODS:
        raise InputError(tr("Unknown weighting method '{method}'; use one of {known}.").format(
            method=method, known=", ".join(METHODS)))
    problems = weight_problems(weights, profile)
    if problems:
        raise InputError(tr("The weights '{name}' cannot be used: {problems}.").format(
            name=name, problems="; ".join(p for _, p in problems)))
    normalised, total = normalised_weights(weights, factor_ids(profile))
    return WeightSet(name=str(name), profile_id=profile.id, station_type=profile.station_type, weights=normalised,
                     method=method, author=author or None, date=date or _today(), comparisons=comparisons,
                     statistic=statistic, members=tuple(members), notes=scaled_note(name, total))


def weight_set_from_profile(profile: Profile, name: Optional[str] = None) -> WeightSet:
    """The profile's own weights as a weight set (``reset to profile``)."""
    return make_weight_set(profile, {f.id: f.weight for f in profile.factors}, name or profile.name, "profile",
                           date=None)


def weight_set_from_comparisons(profile: Profile, matrix: Sequence[Sequence[float]], name: str,
                                factors: Optional[Sequence[str]] = None, author: Optional[str] = None,
                                date: Optional[str] = None) -> WeightSet:
    """A weight set from a pairwise comparison matrix (AHP, see :mod:`.ahp`).

    Parameters
    ----------
    matrix : array-like, shape (n, n)
        ``matrix[i][j]``: how many times factor ``i`` matters as much as factor ``j``.
    factors : sequence of str, optional
        Factor ids of the rows; the profile's factors in order when None.  Factors of the
        profile left out of the comparisons get weight 0.

    Raises
    ------
    InputError
        Unknown factors, or a matrix that is not positive and reciprocal (naming the cell).
    """
    factors = list(factors) if factors is not None else factor_ids(profile)
    unknown = [f for f in factors if f not in factor_ids(profile)]
    if unknown:
        raise InputError(tr("The comparisons name the unknown factors {factors}; the profile '{profile}' has the "
                            "factors {known}.").format(factors=", ".join(unknown), profile=profile.id,
                                                       known=", ".join(factor_ids(profile))))
    result = ahp.pairwise_weights(matrix, factors)
    weights = {f: 0.0 for f in factor_ids(profile)}
    weights.update({f: float(w) for f, w in zip(factors, result.weights)})
    return make_weight_set(profile, weights, name, "ahp", author=author, date=date, comparisons=result)


def check_weight_set(weight_set: WeightSet, profile: Profile) -> None:
    """Refuse a weight set made for another profile or with other factors.

    Raises
    ------
    InputError
        Naming the weight set, the profile and the factors that differ.
    """
    if weight_set.profile_id != profile.id:
        raise InputError(tr("The weight set '{name}' is for the profile '{other}', not '{profile}'.").format(
            name=weight_set.name, other=weight_set.profile_id, profile=profile.id))
    problems = weight_problems(weight_set.weights, profile)
    if problems:
        raise InputError(tr("The weight set '{name}' does not fit the profile '{profile}': {problems}.").format(
            name=weight_set.name, profile=profile.id, problems="; ".join(p for _, p in problems)))


def apply_weight_set(profile: Profile, weight_set: WeightSet) -> Profile:
    """A copy of ``profile`` with the weight set's weights, for a full rescoring.

    The copy keeps the profile's id and file hash (its rules are the file's) and says in its
    notes which weight set it carries, so the run's notes name it.
    """
    vector = weight_set.vector(profile)
    factors = [dataclasses.replace(f, weight=float(w)) for f, w in zip(profile.factors, vector)]
    note = tr("Profile '{profile}' scored with the weight set {label}: {weights}.").format(
        profile=profile.id, label=weight_set.label, weights=describe_weights(weight_set, profile))
    return dataclasses.replace(profile, factors=factors, notes=list(profile.notes) + [note])


def describe_weights(weight_set: WeightSet, profile: Profile) -> str:
    """``grid 40 %, substation 10 %, ...`` in the profile's order, in the current language."""
    return ", ".join("{} {} %".format(f, format_number(100.0 * w, 0)) for f, w in
                     zip(factor_ids(profile), weight_set.vector(profile)))

# SPDX-License-Identifier: GPL-2.0-or-later
"""How robust is the short list?  Weights and uncertain inputs perturbed many times.

Each run draws every factor's weight uniformly between a low and a high bound (the
participants' lowest and highest, see :meth:`.Combination.bounds`, or the base weight plus
or minus a share, :func:`bounds_from_share`) and scales the draw to sum to 1.  Optionally the
free grid capacity is uncertain too: each site's published figure (the raw ``<p>_grid``
value) is multiplied by a factor drawn uniformly in ``1 - share`` .. ``1 + share``, and that
factor's sub-score is evaluated again through the profile's own value function.  Scores and
ranks come from :mod:`.ranking`, as in every run of the plugin.

For every site that is ranked in at least one run the result gives the probability of being
in the top k, the median rank and the ranks at 5 % and 95 % (and lowest/highest), and the
factor whose weight its rank depends on most: the largest Spearman rank correlation (in
absolute value) between that factor's drawn weight and the site's rank across the runs.  A
run in which a site is not ranked counts as a rank below every ranked site for that
correlation.

The random generator is seeded (numpy's PCG64): the same seed and inputs give the same
result.

Only the grid capacity factor's own sub-score follows the perturbed capacity; the distance
to a substation with enough capacity keeps the value it was scored with.  The layer holds the
capacity rounded to 0.01 MW, so a perturbed sub-score can differ from the written one by that
rounding even where the multiplier is 1.
"""
from dataclasses import dataclass, field
from typing import Dict, List, Optional, Sequence, Tuple

import numpy as np
import pandas as pd

from . import ranking, value_functions
from .arrays import repeated
from .errors import InputError
from .i18n import format_number, tr
from .profiles import Profile
from .progress import Progress
from .reranking import find_columns, read_subscores, scores_and_ranks
from .weight_sets import WEIGHTS_FIELD_SUFFIX, WeightSet, factor_ids, factor_labels, weight_set_from_profile

#: The criterion whose input can be perturbed as "grid capacity".
GRID_CRITERION = "grid_free_mw"
#: Sites per block when the ranks are summarised (keeps memory at a few tens of MB).
SITE_BLOCK = 2048
#: Quantiles reported as the rank range.
LOW_QUANTILE, HIGH_QUANTILE = 0.05, 0.95


@dataclass
class SensitivityResult:
    """What the perturbation runs showed, per site.

    Attributes
    ----------
    sites : DataFrame
        Same index as the input table.  ``base_rank``; ``p_top`` (share of runs in the top
        ``top_k``); ``p_ranked`` (share of runs in which the site was ranked); ``rank_median``,
        ``rank_p05``, ``rank_p95``, ``rank_min``, ``rank_max`` (over the runs in which it was
        ranked); ``depends_on`` (factor id), ``depends_on_label`` and ``correlation`` (Spearman,
        weight against rank number: negative = more weight lifts the site).  NaN / None for
        sites never ranked, and no ``depends_on`` where the rank never changes.
    weights : DataFrame
        The drawn weights, one row per run, one column per factor.
    top_k, runs, seed : int
    weight_set : str
        The label of the base weight set (:attr:`.WeightSet.label`).
    notes : list of str
        Translated: what was perturbed and how.
    """

    sites: pd.DataFrame
    weights: pd.DataFrame
    top_k: int
    runs: int
    seed: Optional[int]
    weight_set: str
    notes: List[str] = field(default_factory=list)

    def fields(self, prefix: str) -> Dict[str, np.ndarray]:
        """Output fields for a layer: ``<p>_p_top``, ``<p>_rank_med``, ``<p>_rank_p05``,
        ``<p>_rank_p95``, ``<p>_depends``, ``<p>_depends_r`` and ``<p>_weights`` (the base weight
        set's label)."""
        s = self.sites
        return {
            prefix + WEIGHTS_FIELD_SUFFIX: repeated(self.weight_set, len(s)),
            prefix + "_p_top": s["p_top"].to_numpy(),
            prefix + "_rank_med": s["rank_median"].to_numpy(),
            prefix + "_rank_p05": s["rank_p05"].to_numpy(),
            prefix + "_rank_p95": s["rank_p95"].to_numpy(),
            prefix + "_depends": s["depends_on"].to_numpy(),
            prefix + "_depends_r": s["correlation"].to_numpy(),
        }


def field_aliases(prefix: str, station_type: str, top_k: int) -> Dict[str, str]:
    """The output fields of :meth:`SensitivityResult.fields` in words (``Battery: median rank``)."""
    from .output_fields import station_short_label

    labels = column_labels(top_k)
    kind = station_short_label(station_type)
    words = {"_p_top": labels["p_top"], "_rank_med": labels["rank_median"], "_rank_p05": labels["rank_p05"],
             "_rank_p95": labels["rank_p95"], "_depends": labels["depends_on_label"],
             "_depends_r": labels["correlation"], WEIGHTS_FIELD_SUFFIX: tr("Weight set")}
    return {prefix + suffix: tr("{type}: {what}").format(type=kind, what=what) for suffix, what in words.items()}


def column_labels(top_k: int) -> Dict[str, str]:
    """Translated headers for the columns of :attr:`SensitivityResult.sites`."""
    return {
        "base_rank": tr("Rank"),
        "p_top": tr("Share of runs in the top {k}").format(k=top_k),
        "p_ranked": tr("Share of runs ranked"),
        "rank_median": tr("Median rank"),
        "rank_p05": tr("Rank, best 5 %"),
        "rank_p95": tr("Rank, worst 5 %"),
        "rank_min": tr("Best rank"),
        "rank_max": tr("Worst rank"),
        "depends_on_label": tr("Rank depends most on the weight of"),
        "correlation": tr("Rank correlation with that weight"),
    }


def bounds_from_share(weights: np.ndarray, share: float) -> Tuple[np.ndarray, np.ndarray]:
    """Each weight plus or minus ``share`` of itself (0.2: 0.30 -> 0.24 .. 0.36), never below 0."""
    if not 0 <= share:
        raise InputError(tr("The share by which weights vary must be 0 or more, not {share}.").format(share=share))
    w = np.asarray(weights, dtype="float64")
    return np.maximum(w * (1.0 - share), 0.0), w * (1.0 + share)


def sample_weights(rng: np.random.Generator, low: np.ndarray, high: np.ndarray, runs: int) -> np.ndarray:
    """``runs`` weight vectors drawn uniformly between the bounds and scaled to sum to 1.

    A draw that sums to 0 (every factor's low bound is 0 and every draw hit it) is replaced
    by the middle of the bounds.
    """
    draws = rng.uniform(low, high, size=(runs, len(low)))
    totals = draws.sum(axis=1, keepdims=True)
    middle = (low + high) / 2.0
    draws = np.where(totals > 0, draws, middle)
    return draws / draws.sum(axis=1, keepdims=True)


def _check_bounds(low: np.ndarray, high: np.ndarray, profile: Profile) -> None:
    ids = factor_ids(profile)
    if low.shape != (len(ids),) or high.shape != (len(ids),):
        raise InputError(tr("Give a low and a high weight for each of the {n} factors ({factors}).").format(
            n=len(ids), factors=", ".join(ids)))
    bad = [ids[i] for i in np.flatnonzero(~np.isfinite(low) | ~np.isfinite(high) | (low < 0) | (high < low))]
    if bad:
        raise InputError(tr("The weight range of {factors} is not usable: it needs 0 <= low <= high.").format(
            factors=", ".join(bad)))
    if high.sum() <= 0:
        raise InputError(tr("Every factor's highest weight is 0; give at least one factor a weight."))


def _grid_input(table: pd.DataFrame, profile: Profile, table_name: str) -> Tuple[int, np.ndarray]:
    """The grid factor's column index and its raw free capacity (MW) per site."""
    index = next((j for j, f in enumerate(profile.factors) if f.criterion == GRID_CRITERION), None)
    if index is None:
        raise InputError(tr("The profile '{profile}' has no grid capacity factor to vary.").format(
            profile=profile.id))
    name = "{}_{}".format(profile.field_prefix, profile.factors[index].id)
    column = find_columns(table, [name], table_name)[name]
    return index, pd.to_numeric(table[column], errors="coerce").to_numpy(dtype="float64")


def run_sensitivity(table: pd.DataFrame, profile: Profile, weight_set: Optional[WeightSet] = None,
                    low: Optional[Sequence[float]] = None, high: Optional[Sequence[float]] = None,
                    runs: int = 1000, top_k: int = 10, grid_share: float = 0.0, seed: Optional[int] = 0,
                    table_name: str = "scored layer", progress: Optional[Progress] = None) -> SensitivityResult:
    """Perturb the weights (and optionally the grid capacity) ``runs`` times and summarise the ranks.

    Parameters
    ----------
    table : DataFrame
        A scored layer: ``<p>_<factor>_s``, ``<p>_excluded`` and, with ``grid_share``, the raw
        grid capacity ``<p>_<grid factor>``.
    profile : Profile
        The profile it was scored with.
    weight_set : WeightSet, optional
        The base weights (the profile's own when None): the base rank, and the bounds when
        none are given.
    low, high : sequence of float, optional
        Per factor (profile order), the range each weight is drawn from; the base weights
        (fixed) when None.
    runs : int
    top_k : int
        "Top k" for the probability.
    grid_share : float
        0.2 = each site's free capacity varies within +-20 %; 0 = not perturbed.
    seed : int, optional
        The random generator's seed (None: a fresh, unrepeatable draw).
    table_name : str
        For messages.
    progress : Progress, optional

    Returns
    -------
    SensitivityResult
    """
    progress = progress or Progress()
    if runs < 2 or top_k < 1:
        raise InputError(tr("A sensitivity analysis needs at least 2 runs and a top of at least 1."))
    if not 0 <= grid_share < 1:
        raise InputError(tr("The share by which grid capacity varies must be at least 0 and below 1, not {share}.")
                         .format(share=grid_share))
    weight_set = weight_set or weight_set_from_profile(profile)
    base = weight_set.vector(profile)
    low = base.copy() if low is None else np.asarray(low, dtype="float64")
    high = base.copy() if high is None else np.asarray(high, dtype="float64")
    _check_bounds(low, high, profile)
    sub, excluded = read_subscores(table, profile, table_name)
    _, _, base_rank = scores_and_ranks(sub, excluded, base, profile.min_known_weight)

    rng = np.random.default_rng(seed)
    weights = sample_weights(rng, low, high, runs)
    grid = _grid_input(table, profile, table_name) if grid_share > 0 else None
    rank = _ranks_per_run(sub, excluded, weights, profile, grid, grid_share, rng, progress)
    progress.set_progress(80)
    sites = _summarise(rank, weights, top_k, profile, table.index, progress)
    sites.insert(0, "base_rank", base_rank)
    progress.set_progress(100)
    notes = [tr("{runs} runs (seed {seed}); each factor's weight drawn uniformly in its range and scaled to sum "
                "to 1.").format(runs=format_number(runs), seed=seed if seed is not None else "-")]
    if grid is not None:
        notes.append(tr("Free grid capacity varied by up to {share} % per site and run.").format(
            share=format_number(100.0 * grid_share, 0)))
    return SensitivityResult(sites, pd.DataFrame(weights, columns=factor_ids(profile)), top_k, runs, seed,
                             weight_set.label, notes)


def _ranks_per_run(sub: np.ndarray, excluded: np.ndarray, weights: np.ndarray, profile: Profile,
                   grid: Optional[Tuple[int, np.ndarray]], grid_share: float, rng: np.random.Generator,
                   progress: Progress) -> np.ndarray:
    """Ranks (sites x runs, float32, NaN = not ranked): one call of the ranking per run."""
    runs, n = len(weights), len(sub)
    rank = np.empty((n, runs), dtype="float32")
    sub = sub.copy()
    if grid is not None:
        column, raw = grid
        function = profile.factors[column].function
    for r in range(runs):  # one iteration per run; each is vectorised over the sites
        if grid is not None:
            factor = rng.uniform(1.0 - grid_share, 1.0 + grid_share, size=n)
            sub[:, column] = np.round(value_functions.evaluate(function, raw * factor), ranking.SUB_SCORE_DECIMALS)
        rank[:, r] = scores_and_ranks(sub, excluded, weights[r], profile.min_known_weight)[2]
        if r % 50 == 0:
            progress.check()
            progress.set_progress(80.0 * r / runs)
    return rank


def _summarise(rank: np.ndarray, weights: np.ndarray, top_k: int, profile: Profile, index: pd.Index,
               progress: Progress) -> pd.DataFrame:
    """Per site (rows of ``rank``, sites x runs) the statistics of :class:`SensitivityResult`."""
    n, runs = rank.shape
    ids, labels = factor_ids(profile), factor_labels(profile)
    out = {name: np.full(n, np.nan) for name in ("p_top", "p_ranked", "rank_median", "rank_p05", "rank_p95",
                                                  "rank_min", "rank_max", "correlation")}
    depends = np.full(n, None, dtype=object)
    counts = np.sum(~np.isnan(rank), axis=1)
    sites = np.flatnonzero(counts > 0)  # only sites that can be ranked
    weight_z = _standardised(_average_ranks(*_sorted(weights.T)))  # factors x runs
    worst = np.float32(n + 1)  # not ranked: below every ranked site
    for start in range(0, len(sites), SITE_BLOCK):  # blocks of sites, for memory
        progress.check()
        block = sites[start:start + SITE_BLOCK]
        rows = np.arange(len(block))
        r, count = rank[block], counts[block]
        out["p_top"][block] = np.sum(r <= top_k, axis=1) / runs
        out["p_ranked"][block] = count / runs
        order, ordered = _sorted(np.where(np.isnan(r), worst, r))  # the ranked runs first, in order
        out["rank_min"][block] = ordered[:, 0]
        out["rank_max"][block] = ordered[rows, count - 1]
        out["rank_median"][block] = _quantile(ordered, count, 0.5)
        out["rank_p05"][block] = _quantile(ordered, count, LOW_QUANTILE)
        out["rank_p95"][block] = _quantile(ordered, count, HIGH_QUANTILE)
        rank_z = _standardised(_average_ranks(order, ordered))  # sites x runs
        correlation = rank_z @ weight_z.T / runs  # sites x factors: Spearman's rho
        strength = np.where(np.isfinite(correlation), np.abs(correlation), -1.0)
        best = np.argmax(strength, axis=1)
        found = strength[rows, best] > 0
        out["correlation"][block] = np.where(found, correlation[rows, best], np.nan)
        depends[block] = np.where(found, np.array(ids, dtype=object)[best], None)
        progress.set_progress(80.0 + 20.0 * min(len(sites), start + SITE_BLOCK) / max(1, len(sites)))
    frame = pd.DataFrame(out, index=index)
    frame.insert(frame.columns.get_loc("correlation"), "depends_on", depends)
    frame.insert(frame.columns.get_loc("correlation"), "depends_on_label",
                 pd.Series(depends, index=index).map(labels).to_numpy(dtype=object))
    return frame


def _sorted(values: np.ndarray) -> Tuple[np.ndarray, np.ndarray]:
    """Each row's sort order and its values in that order."""
    values = np.ascontiguousarray(values)
    order = np.argsort(values, axis=1, kind="stable")
    return order, np.take_along_axis(values, order, axis=1)


def _quantile(ordered: np.ndarray, count: np.ndarray, q: float) -> np.ndarray:
    """Per row, the q-quantile of its first ``count`` values (numpy's default, linear)."""
    position = q * (count - 1)
    below = np.floor(position).astype("int64")
    above = np.minimum(below + 1, count - 1)
    rows = np.arange(len(ordered))
    low, high = ordered[rows, below].astype("float64"), ordered[rows, above].astype("float64")
    return low + (high - low) * (position - below)


def _average_ranks(order: np.ndarray, ordered: np.ndarray) -> np.ndarray:
    """Ranks 1..m within each row (ties get their mean rank), as Spearman needs, from the
    row's sort order and sorted values (:func:`_sorted`)."""
    m = ordered.shape[1]
    position = np.broadcast_to(np.arange(m, dtype="float64")[None, :], ordered.shape)
    starts = np.ones(ordered.shape, dtype=bool)
    starts[:, 1:] = ordered[:, 1:] != ordered[:, :-1]
    ends = np.ones(ordered.shape, dtype=bool)
    ends[:, :-1] = starts[:, 1:]
    first = np.maximum.accumulate(np.where(starts, position, 0.0), axis=1)
    last = np.minimum.accumulate(np.where(ends, position, m - 1.0)[:, ::-1], axis=1)[:, ::-1]
    ranks = np.empty(ordered.shape, dtype="float64")
    np.put_along_axis(ranks, order, (first + last) / 2.0 + 1.0, axis=1)
    return ranks


def _standardised(values: np.ndarray) -> np.ndarray:
    """Each row centred and scaled to unit (population) standard deviation; NaN where constant."""
    centred = values - values.mean(axis=1, keepdims=True)
    spread = np.sqrt(np.mean(centred ** 2, axis=1, keepdims=True))
    with np.errstate(invalid="ignore", divide="ignore"):
        return np.where(spread > 1e-12, centred / spread, np.nan)

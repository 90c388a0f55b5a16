# SPDX-License-Identifier: GPL-2.0-or-later
"""Score candidate sites for each station profile: constraints, factors, total, rank, reasons.

For each profile and site the output holds: excluded (with every failed rule in words),
what needs assessment (rules whose action is ``assess``: the site is kept, the reason said),
rules that could not be checked, each factor's raw value and 0-1 sub-score, the 0-100
score, the rank and one explanation sentence.

Unknown factors (no data for the site) are left out of the weighted sum and the weights
of the known ones are re-scaled; the share of weight that was known is reported as
``<p>_known``.  A site whose known share is below the profile's ``min_known_weight`` gets a
score but no rank, so a site cannot win because its weak points were never measured.
Excluded sites get no score and no rank; their sub-scores stay for discussion.
"""
from dataclasses import dataclass, field
from typing import Dict, List, Optional, Sequence, Tuple

import geopandas as gpd
import numpy as np
import pandas as pd
import shapely

from . import ranking, value_functions
from .arrays import repeated, shared_texts
from .context import SiteContext
from .context_layers import layer_label
from .criteria import CRITERIA, CriteriaEngine, CriterionResult, criterion_label, rule_label
from .criteria.catalog import phrase_order
from .errors import InputError
from .explain import (
    key_groups,
    not_given,
    phrase_texts,
    reason_texts,
    unchecked_texts,
    unknown_causes,
    unknown_factors_text,
)
from .i18n import tr, use_language
from .profile_model import Constraint
from .profile_parameters import profile_tag
from .profiles import Profile
from .progress import Progress

POLYGON_TYPES = ("Polygon", "MultiPolygon")


@dataclass
class StationResult:
    """Summary of one profile's run."""

    profile: Profile
    columns: List[str]
    n_excluded: int
    n_ranked: int
    left_out: List[str]


@dataclass
class ScoringResult:
    """The scored candidates and what the run used.

    Attributes
    ----------
    candidates : GeoDataFrame
        The input, as given (not modified).
    columns : dict of str -> numpy array
        The new columns, one value per candidate, in output order.
    stations : list of StationResult
    notes : list of str
    replaced : list of str
        Input fields replaced by a new column of the same name (compared without case).
    """

    candidates: gpd.GeoDataFrame
    columns: Dict[str, np.ndarray]
    stations: List[StationResult]
    notes: List[str] = field(default_factory=list)
    replaced: List[str] = field(default_factory=list)

    @property
    def frame(self) -> gpd.GeoDataFrame:
        """The candidates with the new columns (made when asked: it copies every column)."""
        frame = pd.concat([self.candidates.drop(columns=self.replaced),
                           pd.DataFrame(self.columns, index=self.candidates.index)], axis=1)
        return gpd.GeoDataFrame(frame, geometry=self.candidates.geometry.name, crs=self.candidates.crs)


def check_candidates(candidates: gpd.GeoDataFrame, layer_name: str) -> None:
    """Refuse candidate layers the engine cannot score, with a message that says what to do."""
    if len(candidates) == 0:
        raise InputError(tr("The candidate layer '{layer}' has no features. Choose a layer with candidate sites, "
                            "or uncheck 'selected features only' if nothing is selected.").format(layer=layer_name),
                         layer=layer_name)
    if candidates.crs is None:
        raise InputError(tr("The candidate layer '{layer}' has no coordinate reference system. Set its CRS (for "
                            "example EPSG:25833) in the layer properties.").format(layer=layer_name), layer=layer_name)
    if not candidates.crs.is_projected:
        raise InputError(tr("The candidate layer '{layer}' is in a geographic CRS ({crs}); distances and areas need "
                            "metres. Reproject it to a projected CRS such as EPSG:25833 (ETRS89 / UTM 33N) and run "
                            "again.").format(layer=layer_name, crs=candidates.crs.to_string()), layer=layer_name)
    types = set(candidates.geometry.geom_type.dropna().unique())
    if types and not types <= set(POLYGON_TYPES):
        raise InputError(tr("The candidate layer '{layer}' has {types} geometries; sites must be polygons (parcels, "
                            "plan areas or drawn sites). Buffer points or lines into polygons first.").format(
            layer=layer_name, types=", ".join(sorted(types))), layer=layer_name)


def prepare_geometries(candidates: gpd.GeoDataFrame, notes: List[str]) -> gpd.GeoSeries:
    """A repaired copy of the site geometries; the input frame is not touched."""
    geoms = candidates.geometry.copy()
    missing = geoms.isna() | geoms.is_empty
    invalid = ~missing & ~geoms.is_valid
    if invalid.any():
        repaired = shapely.make_valid(np.asarray(geoms[invalid].array, dtype=object))
        geoms.loc[invalid] = repaired
        notes.append(tr("{n} candidate geometries were invalid and were repaired for the analysis (the input layer "
                        "is unchanged).").format(n=int(invalid.sum())))
    return geoms


def _criterion_columns(prefix: str, factor_id: str) -> List[str]:
    return [prefix + "_" + factor_id, prefix + "_" + factor_id + "_s"]


def _raw_for_output(criterion: str, result: CriterionResult) -> np.ndarray:
    values = result.values
    if values.dtype == object:
        return values
    out = values.astype("float64").copy()
    out[np.isinf(out)] = np.nan  # "none in the layer" is said in words; fields stay plain numbers
    decimals = CRITERIA[criterion].decimals  # what the measurement can support
    return np.round(out, decimals) if decimals is not None else out


def score_profile(engine: CriteriaEngine, profile: Profile, missing_geometry: np.ndarray,
                  progress: Optional[Progress] = None) -> Dict[str, object]:
    """Columns for one profile (dict of column name -> array).

    ``progress`` is this profile's share of the bar: each rule and factor gets an equal part
    of it, and the explanations the last one.
    """
    progress = progress or Progress()
    steps = len(profile.constraints) + len(profile.factors) + 1

    def step(k: int) -> Progress:
        return progress.span(100.0 * k / steps, 100.0 * (k + 1) / steps)

    n, p = engine.n, profile.field_prefix
    columns: Dict[str, object] = {}
    excluded = missing_geometry.copy()
    # One object array per rule (None where it says nothing), joined once per site at the end.
    failed_parts: List[np.ndarray] = [np.where(missing_geometry, tr("the feature has no geometry"), None)]
    # Per rule: its id where it failed, and its label where it could not be checked (said in the
    # explanation of a site that is not excluded).
    failed_ids: List[np.ndarray] = []
    # Rules with the action "assess": the site is kept; the reason and the rule's label are said.
    assess_found: List[Tuple[Constraint, CriterionResult, np.ndarray]] = []
    assess_labels: List[np.ndarray] = []
    unknown_labels: List[np.ndarray] = []
    unchecked_parts: List[np.ndarray] = []
    unchecked_said = set()  # the criteria whose unchecked sites are already said
    factor_criteria = {f.criterion for f in profile.factors}

    for k, constraint in enumerate(profile.constraints):
        engine.progress.check()
        result = engine.compute(constraint.criterion, profile, step(k))
        progress.set_progress(100.0 * (k + 1) / steps)
        fails, unknown = _test(constraint.test, constraint.value, result)
        fails &= ~missing_geometry
        unknown &= ~missing_geometry
        label = rule_label(constraint.criterion)
        if constraint.excludes:
            failed_parts.append(reason_texts(constraint, result, fails))
            failed_ids.append(np.where(fails, constraint.id, None))
        else:  # put in words below, for the sites that are kept only
            assess_found.append((constraint, result, fails))
            assess_labels.append(np.where(fails, label, None))
        if result.available and constraint.criterion not in unchecked_said:
            # Only what is true of this site; a layer left out of the whole run is said once, in the notes.
            # In words, why (no listed corridor in the road layer, land use without a code, the
            # layer's CRS...): "outside the data" only where the site lies outside it.  Said once per
            # criterion, however many rules the profile has on it.
            unchecked_said.add(constraint.criterion)
            causes = unknown_causes(constraint.criterion, result, unknown,
                                    engine.layer_cause(CRITERIA[constraint.criterion].layer))
            unchecked_parts.append(unchecked_texts(constraint, causes))
            if constraint.criterion not in factor_criteria:  # an unknown factor says it already
                unknown_labels.append(np.where(unknown, label, None))
        if constraint.excludes:
            excluded |= fails
    assess_parts = [reason_texts(c, r, fails & ~excluded) for c, r, fails in assess_found]

    sub_scores = np.full((n, len(profile.factors)), np.nan)
    labels = {f.id: criterion_label(f.criterion) for f in profile.factors}
    unknown_masks: List[np.ndarray] = []
    unknown_why: List[np.ndarray] = []  # per factor, why each site is unknown (None: known, or no layer given)
    results: Dict[str, CriterionResult] = {}
    for j, factor in enumerate(profile.factors):
        k = len(profile.constraints) + j
        engine.progress.check()
        result = engine.compute(factor.criterion, profile, step(k))
        progress.set_progress(100.0 * (k + 1) / steps)
        results[factor.criterion] = result
        # rounded as written, so the score is the weighted mean of the sub-scores in the row
        sub = np.round(value_functions.evaluate(factor.function, result.values), ranking.SUB_SCORE_DECIMALS)
        sub_scores[:, j] = sub
        raw_col, sub_col = _criterion_columns(p, factor.id)
        columns[raw_col] = _raw_for_output(factor.criterion, result)
        columns[sub_col] = sub
        unknown_masks.append(np.isnan(sub) & (factor.weight > 0))  # a factor of weight 0 counts for nothing
        unknown_why.append(unknown_causes(factor.criterion, result, np.isnan(sub),
                                          engine.layer_cause(CRITERIA[factor.criterion].layer))
                           if result.available else repeated(not_given(factor.criterion), n))

    spoken = [c for c in phrase_order() if c in results and any(
        f.weight > 0 for f in profile.factors if f.criterion == c)]
    kept = np.flatnonzero(~excluded)  # an excluded site is explained by its failed rules only
    phrase_parts = [phrase_texts(criterion, results[criterion], results, kept)[kept] for criterion in spoken]
    # Which factors are unknown: few distinct patterns, each put in words once.
    unknown_text = _pattern_texts(np.column_stack(unknown_masks)[kept], [f.id for f in profile.factors], labels,
                                  [why[kept] for why in unknown_why])

    score, known_weight, rank, rankable = ranking.scores_and_ranks(
        sub_scores, np.array([f.weight for f in profile.factors]), excluded, profile.min_known_weight)

    failed = _joined(failed_parts, "; ", n)
    explain = np.full(n, "", dtype=object)
    # An excluded site points to its reasons (<p>_failed) and rules (<p>_rules) beside it instead
    # of repeating them: most sites of a region are excluded, and each text is written for each.
    explain[excluded] = tr("Excluded: see the reasons.")
    not_checked = _joined([part[kept] for part in unknown_labels], ", ", len(kept))
    not_checked = np.where(not_checked != "", _each_formatted(tr("not checked: {rules}"), "rules", not_checked), None)
    # What needs assessment is said for the sites that are kept (an excluded site has its reasons).
    to_assess = _joined([part[kept] for part in assess_labels], ", ", len(kept))
    to_assess = np.where(to_assess != "", _each_formatted(tr("needs assessment: {rules}"), "rules", to_assess), None)
    explain[kept] = _kept_explanations(_joined(phrase_parts, ", ", len(kept)),
                                       _joined([to_assess, unknown_text, not_checked], "; ", len(kept)),
                                       ~rankable[kept] & ~np.isnan(score[kept]))
    assess = np.full(n, "", dtype=object)
    assess[kept] = _joined([part[kept] for part in assess_parts], "; ", len(kept))
    columns.update({
        p + "_excluded": excluded,
        p + "_failed": failed,
        p + "_rules": shared_texts(_joined(failed_ids, ",", n)),  # a few combinations on many rows
        p + "_unchecked": shared_texts(_joined(unchecked_parts, "; ", n)),
        p + "_score": np.round(score, 1),
        p + "_known": np.round(known_weight, 3),
        p + "_assess": assess,
        p + "_rank": rank,
        p + "_explain": explain,
        p + "_profile": repeated(profile_tag(profile), n),
    })
    return columns


def _joined(parts: List[np.ndarray], separator: str, n: int) -> np.ndarray:
    """Per site, the non-empty texts of the parts joined (parts are object arrays, None = nothing).

    Building strings costs a Python call per string however it is written; one
    ``str.join`` per site measured twice as fast as masked object-array concatenation
    part by part (200 000 sites, 8 parts: 0.09 s against 0.19 s).
    """
    if not parts:
        return np.full(n, "", dtype=object)
    columns = [np.asarray(part, dtype=object).tolist() for part in parts]
    out = np.empty(n, dtype=object)
    out[:] = [separator.join([text for text in row if text]) for row in zip(*columns)]
    return out


def _each_formatted(template: str, name: str, values: np.ndarray) -> np.ndarray:
    """``template.format(name=value)`` for every value, as one array concatenation.

    Failed-rule texts are nearly all distinct (they carry distances), so formatting each
    would cost a Python call per site; the translated template is split around its one
    placeholder instead.
    """
    before, after = template.format(**{name: "\x00"}).split("\x00")
    return before + np.asarray(values, dtype=object) + after


def _kept_explanations(phrases: np.ndarray, unknown: np.ndarray, not_ranked: np.ndarray) -> np.ndarray:
    """The sentence for sites that are not excluded: phrases; unknown factors. Not ranked."""
    texts = _joined([phrases, unknown], "; ", len(phrases))
    note = " " + tr("Not ranked: too little is known.")
    return np.array([(t[:1].upper() + t[1:] + ("." if t and not t.endswith(".") else "")) + (note if late else "")
                     for t, late in zip(texts, not_ranked)], dtype=object)


def _pattern_texts(unknown: np.ndarray, factor_ids: List[str], labels: Dict[str, str],
                   causes: Optional[List[np.ndarray]] = None) -> np.ndarray:
    """"unknown: ..." per site from a (sites x factors) boolean matrix, each factor with its cause
    (``causes``: per factor, the words per site; None where there is none); "" where all is known."""
    out = np.full(len(unknown), "", dtype=object)
    if unknown.size == 0:
        return out
    if unknown.shape[1] < 63:  # each row as the bits of one integer: unique on numbers is fast
        pattern = unknown.astype("int64") @ (np.int64(1) << np.arange(unknown.shape[1], dtype="int64"))
    else:
        pattern = np.unique(unknown, axis=0, return_inverse=True)[1].reshape(-1)
    causes = causes or [np.full(len(unknown), None, dtype=object)] * unknown.shape[1]
    # Few distinct (pattern, causes) combinations: each put in words once.  A factor whose
    # causes are all None adds nothing to group by.
    said = [j for j, why in enumerate(causes) if not np.equal(why, None).all()]
    first, group = key_groups([pattern] + [causes[j] for j in said])
    texts = []
    for i in first:
        row = unknown[i]
        unknown_ids = [f for f, u in zip(factor_ids, row) if u]
        why = [causes[j][i] for j, u in enumerate(row) if u]
        texts.append(unknown_factors_text(labels, unknown_ids, why) if row.any() else "")
    return np.array(texts, dtype=object)[group]


def _test(test: str, limit, result: CriterionResult):
    """Boolean arrays (fails, unknown) for one constraint."""
    values = result.values
    if test in ("min", "max", "must_be"):
        numbers = values.astype("float64")
        unknown = np.isnan(numbers)
        with np.errstate(invalid="ignore"):
            if test == "min":
                fails = numbers < float(limit)
            elif test == "max":
                fails = numbers > float(limit)
            else:
                fails = numbers != float(bool(limit))
        return fails & ~unknown, unknown
    # Text values (zoning class, zone codes): each distinct value tested once.
    codes, uniques = pd.factorize(np.asarray(values, dtype=object))
    unknown = codes < 0
    if test == "allowed":
        allowed = set(str(a) for a in limit)
        failing = [str(v) not in allowed for v in uniques]
    else:
        forbidden = set(int(c) for c in limit)
        failing = [bool(v) and any(int(c) in forbidden for c in str(v).replace(" ", "").split(",") if c)
                   for v in uniques]
    fails = np.append(np.asarray(failing, dtype=bool), False)[codes]  # code -1 (unknown) picks the False
    return fails, unknown


def score_sites(
    candidates: gpd.GeoDataFrame,
    context: SiteContext,
    profiles: Sequence[Profile],
    progress: Optional[Progress] = None,
    layer_name: str = "candidates",
    language: Optional[str] = None,
) -> ScoringResult:
    """Score every candidate site for every profile.

    Parameters
    ----------
    candidates : GeoDataFrame
        Polygons in a projected CRS; their attributes are carried to the output.
    context : SiteContext
        Normalised context layers in the candidates' CRS.
    profiles : sequence of Profile
    progress : Progress, optional
    layer_name : str
        The candidate layer's name, for messages.
    language : str, optional
        Language of the explanations (``nb`` or ``en``); the current one if None.

    Returns
    -------
    ScoringResult
        The new columns (the input is not modified; ``frame`` joins them to it) and a summary
        per profile.
    """
    progress = progress or Progress()
    with use_language(language):
        check_candidates(candidates, layer_name)
        notes: List[str] = list(context.notes)
        geoms = prepare_geometries(candidates, notes)
        missing = (geoms.isna() | geoms.is_empty).to_numpy()
        if missing.any():
            notes.append(tr("{n} candidate features have no geometry; they are kept and marked excluded.").format(
                n=int(missing.sum())))
        engine = CriteriaEngine(geoms, context, progress)
        new_columns: Dict[str, object] = {}
        stations: List[StationResult] = []
        for index, profile in enumerate(profiles):
            progress.set_progress(100.0 * index / max(1, len(profiles)))
            notes.extend(profile.notes)
            columns = score_profile(engine, profile, missing,
                                    progress.span(100.0 * index / len(profiles), 100.0 * (index + 1) / len(profiles)))
            new_columns.update(columns)  # a later profile with the same prefix replaces the earlier one
            used = {CRITERIA[c.criterion].layer for c in profile.constraints} | {
                CRITERIA[f.criterion].layer for f in profile.factors}
            left_out = sorted(layer_label(k) for k in used if k and not context.has(k))
            excluded = np.asarray(columns[profile.field_prefix + "_excluded"], dtype=bool)
            stations.append(StationResult(profile, list(columns), int(excluded.sum()),
                                          int(np.sum(~np.isnan(columns[profile.field_prefix + "_rank"]))), left_out))
            if left_out:
                notes.append(tr("{profile}: left out (no layer given): {layers}; those criteria are unknown.").format(
                    profile=profile.name, layers=", ".join(left_out)))
            for criterion in dict.fromkeys(c.criterion for c in profile.constraints):
                rule_note = CRITERIA[criterion].rule_note
                if rule_note is not None and rule_note(profile.name) not in notes:  # once for the run
                    notes.append(rule_note(profile.name))
        new_names = {c.casefold() for c in new_columns}
        clash = [c for c in candidates.columns if str(c).casefold() in new_names and c != candidates.geometry.name]
        if clash:
            notes.append(tr("The candidate layer already had the fields {fields}; they were replaced by this "
                            "run's values.").format(fields=", ".join(clash)))
        progress.set_progress(100.0)
        # The new columns as arrays: a frame of all of them would copy every text once more.
        return ScoringResult(candidates, {name: np.asarray(values) for name, values in new_columns.items()},
                             stations, notes, clash)

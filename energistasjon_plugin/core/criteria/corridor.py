# SPDX-License-Identifier: GPL-2.0-or-later
"""Criteria of the roads: distance to where a truck can leave a freight corridor, the heavy
traffic on it, and the distance to the building line of a riksveg or fylkesveg."""
from typing import List, Tuple

import numpy as np

from ..i18n import format_number, tr
from ..profile_model import Constraint, Profile
from ..wording import distance_keys, distance_text
from .declaration import COVERAGE_MARGIN_M, NUMBER, Criterion, Engine, Others, Phrase, Reason
from .results import CriterionResult


# --- distance to a corridor exit ------------------------------------------------------------
def _corridor_targets(engine: Engine, corridors: Tuple[str, ...]) -> Tuple[np.ndarray, np.ndarray, str]:
    """Targets to measure to: corridor access points if any, else the corridor lines."""
    def build() -> Tuple[np.ndarray, np.ndarray, str]:
        from ..readers import roads as road_reader

        roads = engine.context.layer("roads")
        mask = road_reader.corridor_mask(roads, list(corridors))
        if not mask.any():
            return np.array([], dtype=object), np.array([], dtype=object), "none"
        points = road_reader.access_points(roads, mask)
        if len(points):
            return np.asarray(points.geometry.array, dtype=object), points["road_label"].to_numpy(dtype=object), \
                "access"
        lines = roads.loc[mask]
        return np.asarray(lines.geometry.array, dtype=object), lines["road_label"].to_numpy(dtype=object), "line"
    return engine.memo(("corridor_targets", corridors), build)


def corridor_distance_m(engine: Engine, profile: Profile) -> CriterionResult:
    from .. import spatial

    corridors = tuple(engine.parameter(profile, "corridors"))
    targets, labels, measured_to = _corridor_targets(engine, corridors)
    if measured_to == "none":
        result = engine.unknown()
        result.available = True
        result.details["corridor_missing"] = np.full(engine.n, ", ".join(corridors), dtype=object)
        return result
    distance, position = spatial.nearest(engine.geoms, targets)
    covered = engine.covered("roads", COVERAGE_MARGIN_M)
    distance[~covered] = np.nan
    label = np.where(position >= 0, labels[np.maximum(position, 0)], None).astype(object)
    label[~covered] = None
    return CriterionResult(distance, {"corridor": label, "measured_to": np.full(engine.n, measured_to, dtype=object)})


def _corridor_phrase(result: CriterionResult, i: int, others: Others) -> str:
    value, road = result.values[i], result.detail("corridor", i) or ""
    if result.detail("measured_to", i) == "access":
        return tr("{d} to the {road} exit").format(d=distance_text(value), road=road)
    return tr("{d} to {road}").format(d=distance_text(value), road=road)


def _corridor_keys(result: CriterionResult, others: Others) -> List[np.ndarray]:
    return [distance_keys(result.values), result.column("corridor"), result.column("measured_to")]


def _corridor_reason(constraint: Constraint, result: CriterionResult, i: int) -> str:
    return tr("{d} to the {road} exit > {limit}").format(
        d=distance_text(result.values[i]), road=result.detail("corridor", i) or "",
        limit=distance_text(constraint.value))


# --- heavy traffic --------------------------------------------------------------------------
def heavy_traffic(engine: Engine, profile: Profile) -> CriterionResult:
    from .. import spatial
    from ..readers import roads as road_reader

    traffic = engine.context.layer("traffic")
    radius = float(engine.parameter(profile, "traffic_search_m"))
    corridors = tuple(engine.parameter(profile, "corridors"))
    segments = traffic
    if "road_label" in traffic.columns:
        on_corridor = road_reader.corridor_mask(traffic, list(corridors))
        if on_corridor.any():  # prefer the corridor's own count over a side road's
            segments = traffic.loc[on_corridor]
    distance, position = spatial.nearest(engine.geoms, np.asarray(segments.geometry.array, dtype=object), radius)
    heavy = segments["heavy_aadt"].to_numpy(dtype="float64")
    values = np.where(position >= 0, heavy[np.maximum(position, 0)], np.nan)
    details = {"traffic_distance_m": distance}
    for column in ("aadt", "long_share_pct", "road_label"):
        if column in segments.columns:
            data = segments[column].to_numpy()
            details[column] = np.where(position >= 0, data[np.maximum(position, 0)], None)
    return CriterionResult(values, details)


def _traffic_phrase(result: CriterionResult, i: int, others: Others) -> str:
    road = result.detail("road_label", i)
    heavy = format_number(round(result.values[i] / 10.0) * 10)
    if road:
        return tr("{n} heavy vehicles a day on {road}").format(n=heavy, road=road)
    return tr("{n} heavy vehicles a day").format(n=heavy)


def _traffic_keys(result: CriterionResult, others: Others) -> List[np.ndarray]:
    return [np.round(result.values.astype("float64") / 10.0), result.column("road_label")]


# --- building line (checklist) ----------------------------------------------------------------
def building_line_distance_m(engine: Engine, profile: Profile) -> CriterionResult:
    """Distance to the nearest riksveg or fylkesveg (E, R, F: vegloven § 29's building line)."""
    from .. import spatial

    roads = engine.context.layer("roads")
    mask = roads["road_category"].isin(["E", "R", "F"]).to_numpy()
    lines = roads.loc[mask]
    distance, position = spatial.nearest(engine.geoms, np.asarray(lines.geometry.array, dtype=object))
    labels = lines["road_label"].to_numpy(dtype=object)
    label = np.where(position >= 0, labels[np.maximum(position, 0)] if len(labels) else None, None)
    covered = engine.covered("roads", COVERAGE_MARGIN_M)
    distance[~covered] = np.nan
    distance[covered & (position < 0)] = np.inf  # no riksveg/fylkesveg in the layer at all
    return CriterionResult(distance, {"road": label.astype(object)})


CRITERIA = (
    Criterion("corridor_distance_m", NUMBER, "m", "roads", corridor_distance_m,
              lambda: tr("Distance to freight corridor exit"), ("corridors",), decimals=0,
              rule_label=lambda: tr("corridor exit"), phrase=Phrase(_corridor_phrase, _corridor_keys, order=20),
              reason=Reason(_corridor_reason, lambda constraint, result: _corridor_keys(result, {}))),
    Criterion("heavy_traffic", NUMBER, "vehicles/day", "traffic", heavy_traffic,
              lambda: tr("Heavy traffic on the corridor"), ("corridors", "traffic_search_m"), decimals=0,
              phrase=Phrase(_traffic_phrase, _traffic_keys, order=70)),
    Criterion("building_line_distance_m", NUMBER, "m", "roads", building_line_distance_m,
              lambda: tr("Distance to riksveg or fylkesveg"), decimals=0, rule_label=lambda: tr("building line")),
)

# SPDX-License-Identifier: GPL-2.0-or-later
"""Criteria of the site itself: its area, its flat area (from the DEM) and room for the turning ring."""
from typing import List

import numpy as np

from ..i18n import format_number, tr
from ..profile_model import Constraint, Profile
from ..wording import square_metres_text
from .declaration import FLAG, NUMBER, Criterion, Engine, Others, Phrase, Reason
from .results import CriterionResult


# --- area -------------------------------------------------------------------------------------
def area_m2(engine: Engine, profile: Profile) -> CriterionResult:
    import shapely

    return CriterionResult(shapely.area(engine.geoms))


def _area_phrase(result: CriterionResult, i: int, others: Others) -> str:
    return tr("{n} m² in all").format(n=format_number(round(result.values[i])))


def _rounded(result: CriterionResult, others: Others = None) -> List[np.ndarray]:
    return [np.round(result.values.astype("float64"))]


def _area_reason(constraint: Constraint, result: CriterionResult, i: int) -> str:
    return tr("area {value} < {limit}").format(value=square_metres_text(round(result.values[i])),
                                               limit=square_metres_text(constraint.value))


# --- flat area ----------------------------------------------------------------------------------
def flat_area_m2(engine: Engine, profile: Profile) -> CriterionResult:
    from ..terrain.flat_area import terrain_by_site

    slope = float(profile.value("flat_slope_pct"))
    table = terrain_by_site(
        engine.sites, engine.context.layer("dem"), slope, progress=engine.progress,
        layer_name=engine.context.layer_names.get("dem", "DEM"),
    )
    return CriterionResult(
        table["flat_area_m2"].to_numpy(dtype="float64"),
        {"flat_slope_pct": np.full(engine.n, slope), "mean_slope_pct": table["mean_slope_pct"].to_numpy()},
    )


def _flat_phrase(result: CriterionResult, i: int, others: Others) -> str:
    return tr("{n} m² flat").format(n=format_number(round(result.values[i] / 100.0) * 100))


def _flat_phrase_keys(result: CriterionResult, others: Others) -> List[np.ndarray]:
    return [np.round(result.values.astype("float64") / 100.0)]


def _flat_reason(constraint: Constraint, result: CriterionResult, i: int) -> str:
    return tr("flat area {value} < {limit}").format(value=square_metres_text(round(result.values[i])),
                                                    limit=square_metres_text(constraint.value))


# --- turning ring (checklist) --------------------------------------------------------------------
def turning_fits(engine: Engine, profile: Profile) -> CriterionResult:
    """Whether a circle of the turning ring's outer radius fits inside the site (an inward
    buffer by the radius leaves something)."""
    import shapely

    radius = float(profile.value("turning_radius_m"))
    inner = shapely.buffer(engine.geoms, -radius)
    fits = ~(shapely.is_empty(inner) | shapely.is_missing(inner))
    return CriterionResult(fits.astype("float64"), {"turning_radius_m": np.full(engine.n, radius)})


CRITERIA = (
    Criterion("area_m2", NUMBER, "m2", "", area_m2, lambda: tr("Area"), decimals=0,
              rule_label=lambda: tr("area"),
              phrase=Phrase(_area_phrase, _rounded, order=60),
              reason=Reason(_area_reason, lambda constraint, result: _rounded(result))),
    Criterion("flat_area_m2", NUMBER, "m2", "dem", flat_area_m2, lambda: tr("Flat area"), ("flat_slope_pct",),
              decimals=0, rule_label=lambda: tr("flat area"),
              phrase=Phrase(_flat_phrase, _flat_phrase_keys, order=50),
              reason=Reason(_flat_reason, lambda constraint, result: _rounded(result))),
    Criterion("turning_fits", FLAG, "", "", turning_fits, lambda: tr("Room for the turning ring"),
              ("turning_radius_m",), rule_label=lambda: tr("turning room")),
)

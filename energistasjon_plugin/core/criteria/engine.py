# SPDX-License-Identifier: GPL-2.0-or-later
"""Computes the criteria for one set of sites against one context, each through its declaration.

A value is NaN (or None for categories) when the data cannot answer for that site: the
layer was left out, or the site lies outside the layer's coverage.  Unknown is never
turned into zero here or later.  Results are cached per parameter set, so profiles that
share a criterion (three station types, same roads) compute it once; what several criteria
need (a layer's coverage, the zoning overlay) is computed once per run (:meth:`memo`).
"""
from typing import TYPE_CHECKING, Any, Callable, Dict, Hashable, Optional

import numpy as np

from ..context import SiteContext
from ..profile_model import Profile
from ..progress import Progress
from .catalog import CRITERIA
from .declaration import CATEGORY, CODES, NUMBER
from .results import CriterionResult

if TYPE_CHECKING:
    import geopandas as gpd


class CriteriaEngine:
    """Computes criteria for one set of sites against one context.

    Parameters
    ----------
    sites : GeoSeries
        Candidate polygons in a projected CRS (metres).
    context : SiteContext
        Normalised context layers in the same CRS.
    progress : Progress, optional
    """

    def __init__(self, sites: "gpd.GeoSeries", context: SiteContext, progress: Optional[Progress] = None) -> None:
        self.sites = sites
        self.geoms = np.asarray(sites.array, dtype=object)
        self.context = context
        self.progress = progress or Progress()
        self._cache: Dict[Hashable, CriterionResult] = {}
        self._shared: Dict[Hashable, Any] = {}

    @property
    def n(self) -> int:
        return len(self.geoms)

    def compute(self, criterion_id: str, profile: Profile, progress: Optional[Progress] = None) -> CriterionResult:
        """Raw values of ``criterion_id`` with the parameters of ``profile``.

        ``progress`` is the caller's share of the bar for this step; long computations report
        into it (the engine's own progress is used when it is None).
        """
        criterion = CRITERIA[criterion_id]
        if not self.context.has(criterion.layer):
            return self.unknown(criterion.kind)
        params = tuple((name, _hashable(self.parameter(profile, name))) for name in criterion.parameters)
        key = (criterion_id, params, criterion.cache_key(profile) if criterion.cache_key else None)
        if key not in self._cache:
            self.progress.check()
            whole, self.progress = self.progress, progress or self.progress
            try:
                self._cache[key] = criterion.compute(self, profile)
            finally:
                self.progress = whole
        return self._cache[key]

    def parameter(self, profile: Profile, name: str) -> Any:
        """A parameter's value: the run's own setting where it has one (the corridors typed in the
        dialog), else the profile's."""
        override = self.context.settings.get(name)
        if override:
            return list(override)
        return profile.value(name)

    def unknown(self, kind: str = NUMBER) -> CriterionResult:
        """Every site unknown, because the layer the criterion needs was not given."""
        if kind in (CATEGORY, CODES):
            return CriterionResult(np.full(self.n, None, dtype=object), available=False)
        return CriterionResult(np.full(self.n, np.nan), available=False)

    def memo(self, key: Hashable, build: Callable[[], Any]) -> Any:
        """``build()`` once per run, shared by every criterion that asks with ``key``."""
        if key not in self._shared:
            self._shared[key] = build()
        return self._shared[key]

    def layer_cause(self, layer: str) -> Optional[str]:
        """Why no site can be answered from the context layer ``layer`` (its coordinates cannot
        be in its CRS, or it covers another area), or None: said instead of "outside the data"."""
        from ..input_log import layer_cause, sites_extent

        extent = self.memo("sites_extent", lambda: sites_extent(self.sites))
        return self.memo(("layer_cause", layer), lambda: layer_cause(self.context, layer, extent))

    def covered(self, layer: str, margin: float) -> np.ndarray:
        """Whether each site lies within ``margin`` of the area a context layer covers (the
        layer's hull, and the answer for each margin, are computed once per run, however
        many criteria ask)."""
        from .. import spatial

        hull = self.memo(("hull", layer), lambda: spatial.coverage_hull(
            np.asarray(self.context.layer(layer).geometry.array, dtype=object)))
        return self.memo(("covered", layer, margin),
                         lambda: _read_only(spatial.within_reach(self.geoms, hull, margin)))


def _read_only(array: np.ndarray) -> np.ndarray:
    """An array shared between criteria, protected against changes in place."""
    array.flags.writeable = False
    return array


def _hashable(value: Any) -> Hashable:
    if isinstance(value, list):
        return tuple(_hashable(v) for v in value)
    return value

# SPDX-License-Identifier: GPL-2.0-or-later
"""Compute each criterion's raw value per site, in real units, with the details that
explain it (which substation, which corridor, which plan code).

A value is NaN (or None for categories) when the data cannot answer for that site: the
layer was left out, or the site lies outside the layer's coverage.  Unknown is never
turned into zero here or later.  Results are cached per parameter set, so profiles that
share a criterion (three station types, same roads) compute it once.
"""
from dataclasses import dataclass, field
from typing import Any, Callable, Dict, Hashable, Optional, Tuple

import geopandas as gpd
import numpy as np
import pandas as pd
import shapely

from . import spatial
from .codelists import code_label, parse_code_rules
from .context import SiteContext
from .criteria_catalog import CRITERIA
from .i18n import tr
from .profiles import Profile
from .progress import Progress
from .readers import roads as road_reader
from .terrain.flat_area import terrain_by_site
from .zoning.hazards import hazard_zones_near_sites
from .zoning.overlay import zoning_at_sites

#: Margin around a layer's coverage within which a site still counts as covered (m).
COVERAGE_MARGIN_M = 1000.0
STATION_TYPE_SYNONYMS = {
    "hydrogen": ("hydrogen", "h2", "hydrogenstasjon", "hydrogenfyllestasjon"),
    "battery": ("battery", "batteri", "el", "elektrisk", "lading", "ladestasjon", "charging", "hpc", "mcs"),
    "biogas": ("biogas", "biogass", "cbg", "lbg", "gass"),
}


@dataclass
class CriterionResult:
    """Raw values of one criterion for every site.

    Attributes
    ----------
    values : ndarray
        float (NaN unknown) for numbers and flags (1.0/0.0); object (None unknown) for
        categories and code lists.
    details : dict of str -> ndarray
        Per-site facts for the explanation (e.g. ``corridor`` -> "E6").
    available : bool
        False when the layer it needs was not given.
    """

    values: np.ndarray
    details: Dict[str, np.ndarray] = field(default_factory=dict)
    available: bool = True


def normalise_station_type(values: pd.Series) -> np.ndarray:
    """Map free-text station types (``Batteri``, ``H2``, ``LBG``) to hydrogen/battery/biogas."""
    lookup = {syn: key for key, syns in STATION_TYPE_SYNONYMS.items() for syn in syns}
    text = values.astype("object").where(values.notna(), "").astype(str).str.strip().str.casefold()
    return text.map(lookup).to_numpy(dtype="object")


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

    def __init__(self, sites: gpd.GeoSeries, context: SiteContext, progress: Optional[Progress] = None) -> None:
        self.sites = sites
        self.geoms = np.asarray(sites.array, dtype=object)
        self.context = context
        self.progress = progress or Progress()
        self._cache: Dict[Hashable, CriterionResult] = {}
        self._shared: Dict[Hashable, Any] = {}

    @property
    def n(self) -> int:
        return len(self.geoms)

    def _unknown(self, kind: str = "number") -> CriterionResult:
        if kind in ("category", "codes"):
            return CriterionResult(np.full(self.n, None, dtype=object), available=False)
        return CriterionResult(np.full(self.n, np.nan), available=False)

    def _memo(self, key: Hashable, compute: Callable[[], Any]) -> Any:
        if key not in self._shared:
            self._shared[key] = compute()
        return self._shared[key]

    def _covered(self, layer_key: str, margin: float) -> np.ndarray:
        """Whether each site lies within ``margin`` of the area a context layer covers (the
        layer's hull, and the answer for each margin, are computed once per run, however
        many criteria ask)."""
        hull = self._memo(("hull", layer_key), lambda: spatial.coverage_hull(
            np.asarray(getattr(self.context, layer_key).geometry.array, dtype=object)))
        return self._memo(("covered", layer_key, margin),
                          lambda: _read_only(spatial.within_reach(self.geoms, hull, margin)))

    def compute(self, criterion_id: str, profile: Profile, progress: Optional[Progress] = None) -> CriterionResult:
        """Raw values of ``criterion_id`` with the parameters of ``profile``.

        ``progress`` is the caller's share of the bar for this step; long computations report
        into it (the engine's own progress is used when it is None).
        """
        info = CRITERIA[criterion_id]
        if not self.context.has(info.layer):
            return self._unknown(info.kind)
        params = tuple((name, _hashable(self._parameter(profile, name))) for name in info.parameters)
        key = (criterion_id, params, id(profile.zoning) if criterion_id == "zoning_class" else None)
        if key not in self._cache:
            self.progress.check()
            method = getattr(self, "_" + criterion_id)
            whole, self.progress = self.progress, progress or self.progress
            try:
                self._cache[key] = method(profile)
            finally:
                self.progress = whole
        return self._cache[key]

    def _parameter(self, profile: Profile, name: str) -> Any:
        if name == "corridors" and self.context.corridors:
            return list(self.context.corridors)
        return profile.value(name)

    # --- site itself --------------------------------------------------------------------
    def _area_m2(self, profile: Profile) -> CriterionResult:
        return CriterionResult(shapely.area(self.geoms))

    def _flat_area_m2(self, profile: Profile) -> CriterionResult:
        slope = float(profile.value("flat_slope_pct"))
        table = terrain_by_site(
            self.sites, self.context.dem_path, slope, progress=self.progress,
            layer_name=self.context.layer_names.get("dem", "DEM"),
        )
        return CriterionResult(
            table["flat_area_m2"].to_numpy(dtype="float64"),
            {"flat_slope_pct": np.full(self.n, slope), "mean_slope_pct": table["mean_slope_pct"].to_numpy()},
        )

    # --- zoning -------------------------------------------------------------------------
    def _plan_overlay(self, which: str) -> Optional[pd.DataFrame]:
        frame = getattr(self.context, which)
        if frame is None:
            return None
        return self._memo(("overlay", which), lambda: zoning_at_sites(self.sites, frame))

    def _zoning_class(self, profile: Profile) -> CriterionResult:
        rp, kpa = self._plan_overlay("rp"), self._plan_overlay("kpa")
        code = np.full(self.n, np.nan)
        share = np.zeros(self.n)
        plan = np.full(self.n, None, dtype=object)
        status = np.full(self.n, np.nan)
        # The detailed plan (reguleringsplan) governs where it covers most of the site;
        # elsewhere the kommuneplan's land use applies.
        for name, table in (("KPA", kpa), ("RP", rp)):
            if table is None:
                continue
            codes = table["code"].to_numpy(dtype="float64")
            shares = table["share"].to_numpy(dtype="float64")
            use = ~np.isnan(codes) & ((shares >= 0.5) if name == "RP" else np.ones(self.n, dtype=bool))
            code[use], share[use], plan[use] = codes[use], shares[use], name
            status[use] = table["status"].to_numpy(dtype="float64")[use]
        system = np.where(plan == "RP", np.where(code < 1000, "rp1985", "rpa"),
                          np.where(code < 1000, "kp1985", "kpa")).astype(object)
        classes = np.full(self.n, None, dtype=object)
        known = ~np.isnan(code)
        classes[known] = "unsuitable"
        for plan_system, rules in profile.zoning.items():
            in_system = known & (system == plan_system)
            # Best class first: a code listed in several classes takes the best one.
            for zoning_class in ("conflict", "conditional", "secondary", "primary"):
                if zoning_class in rules:
                    classes[in_system & rules[zoning_class].matches(code)] = zoning_class
        system[~known] = None
        labels = np.full(self.n, None, dtype=object)
        for plan_system in ("kpa", "rpa", "kp1985", "rp1985"):  # each distinct code looked up once
            in_system = known & (system == plan_system)
            if in_system.any():
                unique, inverse = np.unique(code[in_system], return_inverse=True)
                names = np.array([code_label(plan_system, int(c)) for c in unique], dtype=object)
                labels[in_system] = names[inverse]
        return CriterionResult(classes, {
            "zoning_code": code, "zoning_system": system, "zoning_plan": plan,
            "zoning_label": labels, "zoning_share": share, "zoning_status": status,
        })

    # --- corridors and traffic ----------------------------------------------------------
    def _corridor_geometry(self, corridors: Tuple[str, ...]) -> Tuple[np.ndarray, np.ndarray, str]:
        """Targets to measure to: corridor access points if any, else the corridor lines."""
        def build() -> Tuple[np.ndarray, np.ndarray, str]:
            roads = self.context.roads
            mask = road_reader.corridor_mask(roads, list(corridors))
            if not mask.any():
                return np.array([], dtype=object), np.array([], dtype=object), "none"
            points = road_reader.access_points(roads, mask)
            if len(points):
                return np.asarray(points.geometry.array, dtype=object), points["road_label"].to_numpy(dtype=object), \
                    "access"
            lines = roads.loc[mask]
            return np.asarray(lines.geometry.array, dtype=object), lines["road_label"].to_numpy(dtype=object), "line"
        return self._memo(("corridor_targets", corridors), build)

    def _corridor_distance_m(self, profile: Profile) -> CriterionResult:
        corridors = tuple(self._parameter(profile, "corridors"))
        targets, labels, measured_to = self._corridor_geometry(corridors)
        if measured_to == "none":
            result = self._unknown()
            result.available = True
            result.details["corridor_missing"] = np.full(self.n, ", ".join(corridors), dtype=object)
            return result
        distance, position = spatial.nearest(self.geoms, targets)
        covered = self._covered("roads", COVERAGE_MARGIN_M)
        distance[~covered] = np.nan
        label = np.where(position >= 0, labels[np.maximum(position, 0)], None).astype(object)
        label[~covered] = None
        return CriterionResult(distance, {"corridor": label, "measured_to": np.full(self.n, measured_to, dtype=object)})

    def _heavy_traffic(self, profile: Profile) -> CriterionResult:
        traffic = self.context.traffic
        radius = float(self._parameter(profile, "traffic_search_m"))
        corridors = tuple(self._parameter(profile, "corridors"))
        segments = traffic
        if "road_label" in traffic.columns:
            on_corridor = road_reader.corridor_mask(traffic, list(corridors))
            if on_corridor.any():  # prefer the corridor's own count over a side road's
                segments = traffic.loc[on_corridor]
        distance, position = spatial.nearest(self.geoms, np.asarray(segments.geometry.array, dtype=object), radius)
        heavy = segments["heavy_aadt"].to_numpy(dtype="float64")
        values = np.where(position >= 0, heavy[np.maximum(position, 0)], np.nan)
        details = {"traffic_distance_m": distance}
        for column in ("aadt", "long_share_pct", "road_label"):
            if column in segments.columns:
                data = segments[column].to_numpy()
                details[column] = np.where(position >= 0, data[np.maximum(position, 0)], None)
        return CriterionResult(values, details)

    # --- grid -----------------------------------------------------------------------------
    def _substation_arrays(self) -> Tuple[np.ndarray, np.ndarray, np.ndarray]:
        subs = self.context.substations
        return (np.asarray(subs.geometry.array, dtype=object), subs["available_cons_mw"].to_numpy(dtype="float64"),
                subs["name"].astype("object").to_numpy())

    def _grid_free_mw(self, profile: Profile) -> CriterionResult:
        radius = float(profile.value("grid_search_radius_m"))
        geoms, free, names = self._substation_arrays()
        values = np.full(self.n, np.nan)
        best_name = np.full(self.n, None, dtype=object)
        best_distance = np.full(self.n, np.nan)
        # Only substations with free capacity can be the one with most free capacity.
        positive = free > 0
        rank = np.full(len(geoms), len(geoms), dtype="int64")  # 0 = most free capacity; equal figures, equal rank
        rank[positive] = np.unique(-free[positive], return_inverse=True)[1]
        site_k, sub_k = spatial.pairs_within(self.geoms, np.where(positive, geoms, None), radius)
        if len(site_k):
            # Per site (pairs come sorted by site), the substations of the best rank; of equal
            # ones the nearest, which is what a planner would ask first.
            starts = np.flatnonzero(np.r_[True, site_k[1:] != site_k[:-1]])
            run = np.repeat(np.arange(len(starts)), np.diff(np.r_[starts, len(site_k)]))
            best = rank[sub_k] == np.minimum.reduceat(rank[sub_k], starts)[run]
            site_k, sub_k = site_k[best], sub_k[best]
            distance = shapely.distance(self.geoms[site_k], geoms[sub_k])
            first = np.lexsort((sub_k, distance, site_k))
            first = first[np.r_[True, site_k[first][1:] != site_k[first][:-1]]]
            sites_best, subs_best = site_k[first], sub_k[first]
            values[sites_best] = free[subs_best]
            best_name[sites_best] = names[subs_best]
            best_distance[sites_best] = distance[first]
        if len(geoms):
            # Inside the grid company's area with no substation with free capacity in reach: 0 MW,
            # unless a substation in reach publishes no figure (then it stays unknown).
            covered = self._covered("substations", radius)
            near_unknown = np.zeros(self.n, dtype=bool)
            unknown_subs = np.flatnonzero(np.isnan(free))
            if len(unknown_subs):
                near_sites, _ = spatial.pairs_within(self.geoms, np.where(np.isnan(free), geoms, None), radius)
                near_unknown[near_sites] = True
            values[np.isnan(values) & covered & ~near_unknown] = 0.0
        return CriterionResult(values, {"substation": best_name, "substation_distance_m": best_distance,
                                        "search_radius_m": np.full(self.n, radius)})

    def _substation_distance_m(self, profile: Profile) -> CriterionResult:
        demand = float(profile.value("demand_mw"))
        geoms, free, names = self._substation_arrays()
        enough = np.flatnonzero(free >= demand)
        distance, position = spatial.nearest(self.geoms, geoms[enough])
        # No substation in the data has enough free capacity: as far as can be (scores 0), not unknown.
        distance[position < 0] = np.inf
        name = np.where(position >= 0, names[enough][np.maximum(position, 0)] if len(enough) else None, None)
        covered = self._covered("substations", COVERAGE_MARGIN_M * 10)
        distance[~covered] = np.nan
        return CriterionResult(distance, {"substation": name.astype(object), "demand_mw": np.full(self.n, demand)})

    # --- safety ---------------------------------------------------------------------------
    def _sensitive_distance_m(self, profile: Profile) -> CriterionResult:
        buildings = self.context.buildings
        rules = parse_code_rules(profile.value("sensitive_building_types"),
                                 "parameters.sensitive_building_types.value")
        types = buildings["building_type"].to_numpy(dtype="float64")
        # A building of unknown type (NULL) may be a school: screening counts it as possibly sensitive.
        unknown_type = np.isnan(types)
        sensitive = rules.matches(types) | unknown_type
        if unknown_type.any():
            self._memo(("note", "building_types"), lambda: self.progress.info(tr(
                "{n} buildings in '{layer}' have no building type; the screening counts them as possibly "
                "sensitive.").format(n=int(unknown_type.sum()),
                                     layer=self.context.layer_names.get("buildings", "buildings"))))
        geoms = np.asarray(buildings.geometry.array, dtype=object)[sensitive]
        distance, position = spatial.nearest(self.geoms, geoms)
        # A buildings layer with no sensitive building at all: the nearest is "beyond the data".
        distance[position < 0] = np.inf
        covered = self._covered("buildings", COVERAGE_MARGIN_M)
        distance[~covered] = np.nan
        kind = np.where(position >= 0, types[sensitive][np.maximum(position, 0)] if sensitive.any() else np.nan,
                        np.nan)
        return CriterionResult(distance, {"building_type": kind})

    def _protected_area(self, profile: Profile) -> CriterionResult:
        protected = self.context.protected
        hit, first = spatial.intersects_any(self.geoms, np.asarray(protected.geometry.array, dtype=object))
        names = protected["name"].astype("object").to_numpy() if "name" in protected.columns else None
        name = np.full(self.n, None, dtype=object)
        if names is not None:
            name[hit] = names[first[hit]]
        return CriterionResult(hit.astype("float64"), {"protected_name": name})

    def _hazard_table(self, distance: float) -> pd.DataFrame:
        def build() -> pd.DataFrame:
            name = self.context.layer_names.get("hazards", "hensynssoner")
            table = hazard_zones_near_sites(
                self.sites, self.context.hazards, distance, code_field=self.context.hazard_code_field,
                layer_name=name, progress=self.progress)
            if table.attrs.get("zones_without_code"):
                self.progress.info(tr("{n} zones in '{layer}' have no readable hensynssone code; a site they lie on "
                                      "is 'not checked' for hazard zones. Choose the code field in the "
                                      "parameters if the layer has one.").format(
                    n=table.attrs["zones_without_code"], layer=name))
            return table
        return self._memo(("hazards", distance), build)

    def _hazard_zone(self, profile: Profile) -> CriterionResult:
        """Codes of the zones that share area with the site; unknown when a zone without a
        readable code lies on it and no coded one does."""
        table = self._hazard_table(0.0)
        values = table["on_site_codes"].to_numpy(dtype=object).copy()
        values[table["uncoded_on_site"].to_numpy(dtype=bool) & (values == "")] = None
        return CriterionResult(values)

    def _exclusion_layer(self, profile: Profile) -> CriterionResult:
        hit = np.zeros(self.n, dtype=bool)
        which = np.full(self.n, None, dtype=object)
        for name, frame in self.context.exclusions:
            layer_hit, _ = spatial.intersects_any(self.geoms, np.asarray(frame.geometry.array, dtype=object))
            which[layer_hit & ~hit] = name
            hit |= layer_hit
        return CriterionResult(hit.astype("float64"), {"exclusion_layer": which})

    def _existing_station_distance_m(self, profile: Profile) -> CriterionResult:
        existing = self.context.existing
        wanted = [str(t) for t in profile.value("existing_station_types")]
        types = existing["station_type"].to_numpy(dtype=object)
        if all(t is None for t in types):  # no station type could be read: unknown, not "none nearby"
            return CriterionResult(np.full(self.n, np.nan), {"existing_name": np.full(self.n, None, dtype=object)})
        same = np.isin(types, wanted)
        geoms = np.asarray(existing.geometry.array, dtype=object)[same]
        distance, position = spatial.nearest(self.geoms, geoms)
        distance[position < 0] = np.inf  # no station of this type in the layer at all
        names = existing["name"].astype("object").to_numpy()[same] if "name" in existing.columns else None
        name = np.full(self.n, None, dtype=object)
        if names is not None and same.any():
            name[position >= 0] = names[position[position >= 0]]
        return CriterionResult(distance, {"existing_name": name})


    # --- checklist criteria ----------------------------------------------------------------
    def _building_line_distance_m(self, profile: Profile) -> CriterionResult:
        """Distance to the nearest riksveg or fylkesveg (E, R, F: vegloven § 29's building line)."""
        roads = self.context.roads
        mask = roads["road_category"].isin(["E", "R", "F"]).to_numpy()
        lines = roads.loc[mask]
        distance, position = spatial.nearest(self.geoms, np.asarray(lines.geometry.array, dtype=object))
        labels = lines["road_label"].to_numpy(dtype=object)
        label = np.where(position >= 0, labels[np.maximum(position, 0)] if len(labels) else None, None)
        covered = self._covered("roads", COVERAGE_MARGIN_M)
        distance[~covered] = np.nan
        distance[covered & (position < 0)] = np.inf  # no riksveg/fylkesveg in the layer at all
        return CriterionResult(distance, {"road": label.astype(object)})

    def _turning_fits(self, profile: Profile) -> CriterionResult:
        """Whether a circle of the turning ring's outer radius fits inside the site (an inward
        buffer by the radius leaves something)."""
        radius = float(profile.value("turning_radius_m"))
        inner = shapely.buffer(self.geoms, -radius)
        fits = ~(shapely.is_empty(inner) | shapely.is_missing(inner))
        return CriterionResult(fits.astype("float64"), {"turning_radius_m": np.full(self.n, radius)})

    def _hazard_zone_near(self, profile: Profile) -> CriterionResult:
        distance = float(profile.value("hazard_search_m"))
        table = self._hazard_table(distance)
        return CriterionResult(table["codes"].to_numpy(dtype=object),
                               {"nearest_m": table["nearest_m"].to_numpy(dtype="float64"),
                                "on_site": table["on_site"].to_numpy(dtype=bool),
                                "on_site_codes": table["on_site_codes"].to_numpy(dtype=object),
                                "uncoded_near": table["uncoded_near"].to_numpy(dtype=bool),
                                "search_m": np.full(self.n, distance)})


def _read_only(array: np.ndarray) -> np.ndarray:
    """An array shared between criteria, protected against changes in place."""
    array.flags.writeable = False
    return array


def _hashable(value: Any) -> Hashable:
    if isinstance(value, list):
        return tuple(_hashable(v) for v in value)
    return value

# SPDX-License-Identifier: GPL-2.0-or-later
"""Hazard zones: which hensynssoner (faresoner and every other category) lie on or near each site,
their codes, the share of the site each covers, the distance to the nearest one, and the area
of a site left outside a chosen set of zones."""
from dataclasses import dataclass
from typing import Optional, Tuple

import geopandas as gpd
import numpy as np
import pandas as pd
import shapely

from .. import threads
from ..errors import InputError
from ..i18n import tr
from ..progress import Progress
from .geometry import check_crs, geometry_array, join_per_site, repaired
from .plan_layers import hazard_codes

# Faresoner (pbl § 11-8 a) have codes 3xx; other hensynssoner (sikring, støy, bevaring,
# båndlegging...) are not hazards.
FARESONE_RANGE = (300, 399)


@dataclass
class ZonePairs:
    """The (site, zone) pairs within the search distance, one row per pair.

    Attributes
    ----------
    site, zone : ndarray of int
        Positions of the site and of the zone (in :attr:`geoms`).
    code : ndarray of float
        The zone's hensynssone code, NaN when unreadable.
    gap : ndarray of float
        Distance between them (0 when they share area).
    inside : ndarray of bool
        The zone shares area with the site (touching the border is not on it).
    share : ndarray of float
        Share of the site's area inside the zone (0 for pairs not inside).
    geoms : ndarray of shapely geometries
        The zones kept (repaired copies).
    site_area : ndarray of float
        Area of every site.
    code_field : str or None
        The fields the codes were read from.
    zones_without_code, zones_repaired : int
    """

    site: np.ndarray
    zone: np.ndarray
    code: np.ndarray
    gap: np.ndarray
    inside: np.ndarray
    share: np.ndarray
    geoms: np.ndarray
    site_area: np.ndarray
    code_field: Optional[str]
    zones_without_code: int
    zones_repaired: int

    @property
    def n_sites(self) -> int:
        return len(self.site_area)


def zone_pairs(
    sites: gpd.GeoSeries,
    zones: gpd.GeoDataFrame,
    distance: float,
    code_field: Optional[str] = None,
    layer_name: str = "hensynssoner",
    code_range: Optional[Tuple[int, int]] = None,
    progress: Optional[Progress] = None,
) -> ZonePairs:
    """The hensynssoner on or within ``distance`` metres of each site, as pairs (see
    :func:`hazard_zones_near_sites` for the parameters; ``code_range`` None keeps every code)."""
    progress = progress or Progress()
    distance = float(distance)
    if not np.isfinite(distance) or distance < 0:
        raise InputError(
            tr("The search distance for layer '{layer}' must be 0 m or more, not {distance}.").format(
                layer=layer_name, distance=distance
            ),
            layer=layer_name,
        )
    check_crs(sites, zones, layer_name, metres=True)

    codes, field = hazard_codes(zones, code_field, layer_name)

    zone_geoms, zones_repaired = repaired(geometry_array(zones))
    wanted = ~shapely.is_missing(zone_geoms)
    if code_range is not None:
        low, high = code_range
        wanted &= np.isnan(codes) | ((codes >= low) & (codes <= high))
    zone_index = np.flatnonzero(wanted)
    zone_geoms = zone_geoms[zone_index]
    codes = codes[zone_index]

    site_geoms = geometry_array(sites)
    site_area = np.nan_to_num(shapely.area(site_geoms))
    tree = shapely.STRtree(zone_geoms)

    def near_pairs(start: int, stop: int) -> Tuple[np.ndarray, ...]:
        # On a worker thread: shapely runs the query and the measures without the GIL.
        site_i, zone_i = tree.query(site_geoms[start:stop], predicate="dwithin", distance=distance)
        site_i = site_i + start
        gap = shapely.distance(site_geoms[site_i], zone_geoms[zone_i])
        # A zone is on the site when they share area; a zone drawn along the parcel border
        # only touches it and counts as near.
        inside = gap <= 0.0
        if inside.any():
            inside[inside] = ~shapely.touches(site_geoms[site_i[inside]], zone_geoms[zone_i[inside]])
        share = np.zeros(site_i.size)
        if inside.any():
            overlap = shapely.area(shapely.intersection(site_geoms[site_i[inside]], zone_geoms[zone_i[inside]]))
            area = site_area[site_i[inside]]
            # a point or line site lies wholly in the zone it is in
            share[inside] = np.where(area > 0, overlap / np.where(area > 0, area, 1.0), 1.0)
        return site_i, zone_i, gap, inside, np.clip(share, 0.0, 1.0)

    with threads.pool() as pool:
        parts = threads.run_chunks(pool, near_pairs, len(site_geoms), progress, 0.0, 100.0)

    def joined(k: int, dtype) -> np.ndarray:
        return np.concatenate([part[k] for part in parts]) if parts else np.empty(0, dtype=dtype)

    site_i, zone_i = joined(0, np.intp), joined(1, np.intp)
    return ZonePairs(site=site_i, zone=zone_i, code=codes[zone_i], gap=joined(2, float), inside=joined(3, bool),
                     share=joined(4, float), geoms=zone_geoms, site_area=site_area, code_field=field,
                     zones_without_code=int(np.isnan(codes).sum()), zones_repaired=zones_repaired)


def area_outside(sites: gpd.GeoSeries, pairs: ZonePairs, chosen: np.ndarray) -> np.ndarray:
    """Area of each site outside the union of the zones of the ``chosen`` pairs that lie on it
    (zones that overlap each other are cut out once)."""
    from ..spatial import union_area_per_site

    site_geoms = geometry_array(sites)
    take = np.flatnonzero(chosen & pairs.inside)
    if take.size == 0:
        return pairs.site_area.copy()
    site_i = pairs.site[take]
    pieces = shapely.intersection(site_geoms[site_i], pairs.geoms[pairs.zone[take]])
    return np.maximum(pairs.site_area - union_area_per_site(site_i, pieces, pairs.n_sites), 0.0)


def hazard_zones_near_sites(
    sites: gpd.GeoSeries,
    zones: gpd.GeoDataFrame,
    distance: float,
    code_field: Optional[str] = None,
    layer_name: str = "hensynssoner",
    code_range: Optional[Tuple[int, int]] = FARESONE_RANGE,
    progress: Optional[Progress] = None,
) -> pd.DataFrame:
    """Hensynssoner (faresoner) on or within ``distance`` metres of each site.

    Parameters
    ----------
    sites : geopandas.GeoSeries
        Site geometries.  Not modified.
    zones : geopandas.GeoDataFrame
        Hensynssone polygons, same projected CRS as ``sites``.  Not modified.
    distance : float
        Search distance in metres (>= 0).
    code_field : str, optional
        Field with the zone code (310 ras/skred, 320 flom, ...).  When not given, the
        first of :data:`.plan_layers.HAZARD_CODE_FIELDS` present is used; failing that the code is
        read from a name field such as ``hensynSonenavn``, only in the SOSI form
        ``"H320_1"`` (-> 320), so free text like "200-årsflom" is not taken for a code.
        Sites are not repaired: distances are well defined on invalid polygons too.
    layer_name : str
        Name of the layer, for messages.
    code_range : (int, int) or None, default (300, 399)
        Zones whose code is known and outside this inclusive range are ignored (other
        hensynssoner such as bevaring or støy are not hazards).  Zones without a readable
        code are kept: a zone of unknown kind still is a zone.  None keeps all zones.
    progress : Progress, optional
        Progress and cancel.

    Returns
    -------
    pandas.DataFrame
        Index ``sites.index``; columns ``codes`` (str, sorted unique codes of the zones
        found, e.g. ``"310, 320"``; ``""`` if none or none has a code), ``on_site_codes``
        (the same for zones sharing area with the site), ``on_site`` (bool, some zone shares
        area with the site; touching the border is not on it), ``uncoded_on_site`` /
        ``uncoded_near`` (a zone without a readable code is on / near the site),
        ``nearest_m`` (distance to the nearest zone, 0 when on site, NaN when none within
        ``distance``).  ``attrs`` holds ``code_field`` (the
        field read), ``zones_without_code`` and ``zones_repaired``.

    Raises
    ------
    InputError
        Negative distance, a chosen field that is missing, a CRS mismatch or a
        geographic CRS.
    """
    pairs = zone_pairs(sites, zones, distance, code_field, layer_name, code_range, progress)
    return zone_table(pairs, sites.index)


def zone_table(found: ZonePairs, index: pd.Index) -> pd.DataFrame:
    """The per-site table of :func:`hazard_zones_near_sites` from the pairs."""
    n_sites = found.n_sites
    nearest = np.full(n_sites, np.nan)
    if found.site.size:
        nearest_by_site = pd.Series(found.gap).groupby(found.site).min()
        nearest[nearest_by_site.index.to_numpy()] = nearest_by_site.to_numpy()
    on_site = np.zeros(n_sites, dtype=bool)
    on_site[found.site[found.inside]] = True
    has_code = ~np.isnan(found.code)
    uncoded_on_site = np.zeros(n_sites, dtype=bool)
    uncoded_on_site[found.site[~has_code & found.inside]] = True
    uncoded_near = np.zeros(n_sites, dtype=bool)
    uncoded_near[found.site[~has_code]] = True
    pairs = pd.DataFrame({"site": found.site[has_code], "code": found.code[has_code],
                          "inside": found.inside[has_code]})

    def joined(rows: pd.DataFrame) -> np.ndarray:
        rows = rows[["site", "code"]].drop_duplicates().sort_values(["site", "code"], kind="mergesort")
        text = rows["code"].to_numpy().astype(np.int64).astype(str).astype(object)
        return join_per_site(rows["site"].to_numpy(), text, n_sites)

    result = pd.DataFrame(
        {
            "codes": joined(pairs),
            "on_site_codes": joined(pairs[pairs["inside"]]),
            "on_site": on_site,
            "uncoded_on_site": uncoded_on_site,
            "uncoded_near": uncoded_near,
            "nearest_m": nearest,
        },
        index=index.copy(),
    )
    result.attrs.update(
        code_field=found.code_field,
        zones_without_code=found.zones_without_code,
        zones_repaired=found.zones_repaired,
    )
    return result

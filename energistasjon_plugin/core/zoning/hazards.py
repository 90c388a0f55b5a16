# SPDX-License-Identifier: GPL-2.0-or-later
"""Hazard zones: which hensynssoner (faresoner) lie on or near each site, their codes and the
distance to the nearest one."""
from typing import List, Optional, Tuple

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
    n_sites = len(site_geoms)
    tree = shapely.STRtree(zone_geoms)
    nearest = np.full(n_sites, np.nan)
    on_site = np.zeros(n_sites, dtype=bool)
    code_site: List[np.ndarray] = []
    code_value: List[np.ndarray] = []
    code_inside: List[np.ndarray] = []
    uncoded_on_site = np.zeros(n_sites, dtype=bool)
    uncoded_near = np.zeros(n_sites, dtype=bool)

    def near_pairs(start: int, stop: int) -> Tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
        # On a worker thread: shapely runs the query and the measures without the GIL.
        site_i, zone_i = tree.query(site_geoms[start:stop], predicate="dwithin", distance=distance)
        site_i = site_i + start
        gap = shapely.distance(site_geoms[site_i], zone_geoms[zone_i])
        # A zone is on the site when they share area; a zone drawn along the parcel border
        # only touches it and counts as near.
        inside = gap <= 0.0
        if inside.any():
            inside[inside] = ~shapely.touches(site_geoms[site_i[inside]], zone_geoms[zone_i[inside]])
        return site_i, zone_i, gap, inside

    with threads.pool() as pool:
        parts = threads.run_chunks(pool, near_pairs, n_sites, progress, 0.0, 100.0)
    for site_i, zone_i, gap, inside in parts:
        if site_i.size:
            nearest_chunk = pd.Series(gap).groupby(site_i).min()
            nearest[nearest_chunk.index.to_numpy()] = nearest_chunk.to_numpy()
            on_site[site_i[inside]] = True
        has_code = ~np.isnan(codes[zone_i])
        code_site.append(site_i[has_code])
        code_value.append(codes[zone_i][has_code])
        code_inside.append(inside[has_code])
        uncoded_on_site[site_i[~has_code & inside]] = True
        uncoded_near[site_i[~has_code]] = True

    pairs = pd.DataFrame(
        {
            "site": np.concatenate(code_site) if code_site else np.empty(0, dtype=np.intp),
            "code": np.concatenate(code_value) if code_value else np.empty(0),
            "inside": np.concatenate(code_inside) if code_inside else np.empty(0, dtype=bool),
        }
    )

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
        index=sites.index.copy(),
    )
    result.attrs.update(
        code_field=field,
        zones_without_code=int(np.isnan(codes).sum()),
        zones_repaired=zones_repaired,
    )
    return result

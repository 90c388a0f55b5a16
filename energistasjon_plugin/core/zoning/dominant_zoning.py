# SPDX-License-Identifier: GPL-2.0-or-later
"""Reduces the overlay's (site, polygon, share) pairs to one row per site: the dominant code
with its status and plan id, how many codes overlap, and the other codes with their shares."""
from typing import Optional

import numpy as np
import pandas as pd

from ..i18n import tr
from .geometry import NOISE_SHARE, join_per_site


def summarise(
    n_sites: int,
    site_i: np.ndarray,
    zone_i: np.ndarray,
    share: np.ndarray,
    zone_codes: np.ndarray,
    zone_status: np.ndarray,
    zone_plan: np.ndarray,
    min_share: float,
    zone_date: Optional[np.ndarray] = None,
) -> pd.DataFrame:
    """Reduce (site, polygon, share) pairs to one row per site (numpy sorts, no groupby)."""
    site_i = np.asarray(site_i, dtype=np.int64)
    zone_i = np.asarray(zone_i, dtype=np.int64)
    if zone_date is None:
        zone_date = np.full(len(zone_codes), None, dtype=object)
    # How much of each site the layer covers, and by which plans (before any code is dropped).
    covered = np.minimum(np.bincount(site_i, weights=share, minlength=n_sites), 1.0)
    plan_code, plans = pd.factorize(zone_plan[zone_i], use_na_sentinel=False)
    site_plan = np.unique(site_i * max(1, len(plans)) + plan_code)
    n_plans = np.bincount(site_plan // max(1, len(plans)), minlength=n_sites)
    code = zone_codes[zone_i]
    # Group key for the code: unknown codes (NaN) form one group of their own, sorted after
    # every known code, so a polygon without a readable code never wins a tie against one with
    # a code (a site wholly in BI1 1340 and wholly in a polygon of unknown code is 1340).
    key = np.where(np.isnan(code), np.inf, code)

    # Per (site, code): total share, and the largest polygon (for status and plan id).
    # One int64 key per (site, code) keeps the sort cheap.
    codes_unique, key_rank = np.unique(key, return_inverse=True)
    group = site_i * max(1, codes_unique.size) + key_rank
    order = np.lexsort((-share, group))
    group_s, share_s = group[order], share[order]
    starts = _run_starts(group_s)
    c_site, c_key, c_zone = site_i[order][starts], key[order][starts], zone_i[order][starts]
    # Overlapping polygons of one code (duplicates, stacked plans) must not exceed 100 %.
    c_share = np.minimum(np.add.reduceat(share_s, starts), 1.0) if starts.size else np.empty(0)
    keep = c_share >= max(min_share, NOISE_SHARE)
    c_site, c_key, c_zone, c_share = c_site[keep], c_key[keep], c_zone[keep], c_share[keep]

    # Dominant: largest share; rows are sorted by code within a site, so taking the first
    # row that reaches the site's maximum gives ties to the lower code, and to a known code
    # before the unknown one.
    site_starts = _run_starts(c_site)
    best = np.maximum.reduceat(c_share, site_starts) if site_starts.size else np.empty(0)
    run = np.repeat(np.arange(site_starts.size), np.diff(np.append(site_starts, c_site.size)))
    at_max = np.flatnonzero(c_share == best[run])
    first = at_max[_run_starts(c_site[at_max])]
    top_site, top_zone = c_site[first], c_zone[first]

    out_code = np.full(n_sites, np.nan)
    out_status = np.full(n_sites, np.nan)
    out_plan = np.full(n_sites, None, dtype=object)
    out_date = np.full(n_sites, None, dtype=object)
    out_share = np.zeros(n_sites)
    out_code[top_site] = zone_codes[top_zone]
    out_status[top_site] = zone_status[top_zone]
    out_plan[top_site] = zone_plan[top_zone]
    out_date[top_site] = zone_date[top_zone]
    out_share[top_site] = c_share[first]
    # Share of each site in the plan of its dominant code.
    same_plan = np.asarray(zone_plan[zone_i] == out_plan[site_i], dtype=bool)
    plan_share = np.minimum(np.bincount(site_i[same_plan], weights=share[same_plan], minlength=n_sites), 1.0)

    n_codes = np.bincount(c_site[np.isfinite(c_key)], minlength=n_sites)
    n_entries = np.bincount(c_site, minlength=n_sites)
    # other_codes lists every code of sites with several, largest share first.
    several = np.flatnonzero(n_entries[c_site] > 1)
    several = several[np.lexsort((c_key[several], -c_share[several], c_site[several]))]
    other = join_per_site(c_site[several], _share_texts(c_key[several], c_share[several]), n_sites)

    return pd.DataFrame(
        {
            "code": out_code,
            "status": out_status,
            "plan_id": out_plan,
            "plan_date": out_date,
            "share": out_share,
            "n_codes": n_codes.astype(np.int64),
            "other_codes": other,
            "covered": covered,
            "plan_share": plan_share,
            "n_plans": n_plans.astype(np.int64),
        }
    )


def _run_starts(*keys: np.ndarray) -> np.ndarray:
    """Indices where a run of equal (sorted) keys begins."""
    if keys[0].size == 0:
        return np.empty(0, dtype=np.int64)
    change = np.zeros(keys[0].size, dtype=bool)
    change[0] = True
    for values in keys:
        change[1:] |= values[1:] != values[:-1]
    return np.flatnonzero(change)


def _share_texts(keys: np.ndarray, shares: np.ndarray) -> np.ndarray:
    """``"1340 (62 %)"`` per entry; few distinct codes and percentages, so format those once."""
    if keys.size == 0:
        return np.empty(0, dtype=object)
    unique, inverse = np.unique(keys, return_inverse=True)
    labels = np.array(
        [str(int(k)) if np.isfinite(k) else tr("unknown") for k in unique], dtype=object
    )
    percents = np.array([f"{p} %)" for p in range(101)], dtype=object)
    percent = np.clip(np.round(shares * 100.0), 0, 100).astype(np.int64)
    return labels[inverse] + " (" + percents[percent]

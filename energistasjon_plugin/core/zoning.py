# SPDX-License-Identifier: GPL-2.0-or-later
"""What zoning (arealformål) each site has, and which hensynssoner (faresoner) lie near it.

All geometry work is vectorised: an STRtree query gives the intersecting (site, polygon)
pairs; pairs where one polygon covers the other need no overlay; convex parcels are
clipped against the zoning polygons in numpy (exact, and ~10x faster than GEOS on small
polygons); the rest go through ``shapely.intersection`` on the pair arrays, spread over a
few threads.  numpy then reduces the pairs per site.  Sites are processed in chunks, so
memory stays bounded and a cancel request is honoured between chunks.

Inputs are never changed: invalid geometries are repaired on copies, and the number
repaired is reported in the result's ``attrs``.
"""
import re
from concurrent.futures import ThreadPoolExecutor
from contextlib import closing
from typing import Any, Callable, Iterable, List, NamedTuple, Optional, Tuple

import geopandas as gpd
import numpy as np
import pandas as pd
import shapely

from . import threads
from .codelists import PLAN_SYSTEMS, known_codes
from .errors import InputError
from .fields import layer_columns, numeric_values, resolve_field
from .i18n import tr
from .progress import Progress

# Field names seen in SOSI/GML/FGDB plan data and in municipal exports, matched without
# regard to case.  The first match wins, so the specific names come first.
ZONING_CODE_FIELDS = (
    "arealformål", "arealformal", "arealformaal",
    "rpArealformål", "rpArealformal", "kpArealformål", "kpArealformal",
    "reguleringsformål", "reguleringsformal", "reguleringsformaal",
    "arealbruk", "formål", "formal", "formaal",
)
# Not plain "status": plan data also carries planstatus (vedtatt, opphevet...), a different thing.
ZONING_STATUS_FIELDS = ("arealbruksstatus", "arealbruk_status", "arealbrukstatus")
ZONING_PLAN_FIELDS = (
    "planidentifikasjon", "planid", "plan_id", "arealplanid", "arealplanId", "planident",
)
HAZARD_CODE_FIELDS = (
    "faresone", "hensynskategori", "hensynSonekategori", "hensynsonekategori", "sonetype", "kode",
)
HAZARD_NAME_FIELDS = ("hensynSonenavn", "hensynsonenavn", "sonenavn", "navn", "name")

# A code written before a name: "1340 Industri".
_LEADING_CODE = re.compile(r"^\s*(\d{3,4})(?!\d)")

# Faresoner (pbl § 11-8 a) have codes 3xx; other hensynssoner (sikring, støy, bevaring,
# båndlegging...) are not hazards.
FARESONE_RANGE = (300, 399)

# Overlaps below this share of the site are floating-point noise along shared borders.
_NOISE_SHARE = 1e-9
# Sites per chunk: bounds memory, and spreads the overlay over threads.
_CHUNK = 20_000


# --------------------------------------------------------------------------- helpers

def _codes_from_values(values: pd.Series, numeric: np.ndarray, pattern: "re.Pattern[str]") -> np.ndarray:
    """Fill NaN codes from text such as ``"1340 Industri"`` or ``"H320_1"``."""
    codes = numeric.copy()
    todo = np.isnan(codes) & values.notna().to_numpy()
    if todo.any():
        extracted = values[todo].astype(str).str.extract(pattern, expand=False)
        codes[todo] = pd.to_numeric(extracted, errors="coerce").to_numpy(dtype=float)
    return codes


def _plan_ids(values: pd.Series) -> np.ndarray:
    """Plan ids as str (None when missing); ``20150012.0`` from a float column -> ``"20150012"``."""
    result = np.full(len(values), None, dtype=object)
    present = values.notna().to_numpy()
    if pd.api.types.is_float_dtype(values.dtype):
        numbers = values.to_numpy(dtype=float)
        whole = present & (numbers == np.round(numbers))
        result[whole] = numbers[whole].astype(np.int64).astype(str)
        rest = present & ~whole
        result[rest] = numbers[rest].astype(str)
    else:
        texts = values[present].astype(str).str.strip()
        texts = texts.where(texts != "", None)
        result[present] = texts.to_numpy(dtype=object)
    return result


def _geometry_array(geoms: object) -> np.ndarray:
    """An object array of 2-D shapely geometries from a GeoSeries/GeoDataFrame/array (plans and
    parcels often carry Z; the overlay works in the plane)."""
    if isinstance(geoms, gpd.GeoDataFrame):
        geoms = geoms.geometry
    geoms = np.asarray(geoms, dtype=object)
    with_z = shapely.has_z(geoms)
    if not with_z.any():  # the usual case: no new geometries needed
        return geoms
    flat = geoms.copy()
    flat[with_z] = shapely.force_2d(geoms[with_z])
    return flat


def _repaired(geoms: np.ndarray) -> Tuple[np.ndarray, int]:
    """A copy of ``geoms`` with invalid ones made valid; returns (geoms, number repaired).

    ``make_valid`` may return a collection with stray lines or points (e.g. for a spike);
    only the polygonal parts are kept so overlay operations get areal inputs.
    """
    present = ~shapely.is_missing(geoms)
    invalid = np.flatnonzero(present & ~shapely.is_valid(geoms))
    if invalid.size == 0:
        return geoms, 0
    result = geoms.copy()
    fixed = shapely.make_valid(geoms[invalid])
    mixed = shapely.get_type_id(fixed) == 7  # GeometryCollection
    if mixed.any():
        fixed[mixed] = _polygonal_parts(fixed[mixed])
    result[invalid] = fixed
    return result, int(invalid.size)


def _polygonal_parts(collections: np.ndarray) -> np.ndarray:
    """Each collection reduced to its polygons, as a MultiPolygon (empty if none)."""
    parts, owner = shapely.get_parts(collections, return_index=True)
    # Collections may hold MultiPolygons: flatten one more level.
    parts, inner = shapely.get_parts(parts, return_index=True)
    owner = owner[inner]
    keep = shapely.get_type_id(parts) == 3
    parts, owner = parts[keep], owner[keep]
    result = np.empty(len(collections), dtype=object)
    result[:] = shapely.MultiPolygon()
    if parts.size:
        groups, compact = np.unique(owner, return_inverse=True)
        result[groups] = shapely.multipolygons(parts, indices=compact)
    return result


def _check_crs(sites: gpd.GeoSeries, other: gpd.GeoDataFrame, layer_name: str, metres: bool) -> None:
    """Both layers must share a CRS; distances need a projected one."""
    site_crs = getattr(sites, "crs", None)
    other_crs = getattr(other, "crs", None)
    if site_crs is not None and other_crs is not None and site_crs != other_crs:
        raise InputError(
            tr(
                "Layer '{layer}' is in {crs}, the sites in {site_crs}; reproject one so both share a CRS."
            ).format(
                layer=layer_name, crs=other_crs.to_string(), site_crs=site_crs.to_string()
            ),
            layer=layer_name,
        )
    crs = other_crs or site_crs
    if metres and crs is not None and crs.is_geographic:
        raise InputError(
            tr(
                "Layer '{layer}' is in a geographic CRS ({crs}) measured in degrees; reproject it and the "
                "sites to a projected CRS in metres, e.g. EPSG:25833."
            ).format(layer=layer_name, crs=crs.to_string()),
            layer=layer_name,
        )


def _chunks(total: int, size: int) -> Iterable[Tuple[int, int]]:
    for start in range(0, total, size):
        yield start, min(total, start + size)


def _join_per_site(site: np.ndarray, text: np.ndarray, n_sites: int) -> np.ndarray:
    """``", "``-joined text per site, keeping the order of rows within a site; "" where none."""
    result = np.full(n_sites, "", dtype=object)
    if site.size == 0:
        return result
    order = np.argsort(site, kind="stable")
    site, text = site[order], np.asarray(text, dtype=object)[order]
    last = np.ones(site.size, dtype=bool)
    last[:-1] = site[1:] != site[:-1]
    starts = np.flatnonzero(np.concatenate(([True], last[:-1])))
    # Object-array add concatenates strings; reduceat joins each site's run in C.
    pieces = text + np.where(last, "", ", ").astype(object)
    result[site[starts]] = np.add.reduceat(pieces, starts)
    return result


# --------------------------------------------------------------------------- zoning layer

def normalise_zoning(
    frame: gpd.GeoDataFrame,
    layer_name: str,
    code_field: Optional[str] = None,
    status_field: Optional[str] = None,
    plan_id_field: Optional[str] = None,
) -> gpd.GeoDataFrame:
    """A zoning layer reduced to geometry, code, status and plan id.

    Parameters
    ----------
    frame : geopandas.GeoDataFrame
        Zoning polygons (kommuneplan or reguleringsplan arealformål).  Not modified.
    layer_name : str
        Name of the layer, for messages.
    code_field, status_field, plan_id_field : str, optional
        Fields to use; when not given they are found by their usual names
        (:data:`ZONING_CODE_FIELDS`, :data:`ZONING_STATUS_FIELDS`, :data:`ZONING_PLAN_FIELDS`).

    Returns
    -------
    geopandas.GeoDataFrame
        A new frame with the same index and CRS and the columns ``code`` (float, NaN when
        unknown), ``status`` (float, arealbruksstatus, NaN when absent), ``plan_id`` (str
        or None) and ``geometry``.  Codes written as text with a leading number
        (``"1340 Industri"``) are read.  ``attrs["code_field"]``, ``attrs["status_field"]``,
        ``attrs["plan_id_field"]`` name the fields used, ``attrs["unknown_codes"]`` counts
        features without a readable code, ``attrs["layer_name"]`` keeps the name for
        later messages.

    Raises
    ------
    InputError
        When no code field is found, a chosen field is missing, or the code field holds
        no numeric code at all (probably the wrong field).
    """
    columns = layer_columns(frame)
    code_col = resolve_field(
        columns, code_field, ZONING_CODE_FIELDS, layer_name, tr("zoning code (arealformål)"), True
    )
    status_col = resolve_field(
        columns, status_field, ZONING_STATUS_FIELDS, layer_name, tr("arealbruksstatus"), False
    )
    plan_col = resolve_field(columns, plan_id_field, ZONING_PLAN_FIELDS, layer_name, tr("plan id"), False)

    values = frame[code_col]
    codes = _codes_from_values(values, numeric_values(frame, code_col), _LEADING_CODE)
    if len(frame) and np.isnan(codes).all():
        example = values.dropna().astype(str).head(1).tolist()
        raise InputError(
            tr(
                "Layer '{layer}': field '{field}' holds no numeric zoning codes (e.g. '{example}'); "
                "choose the field with the SOSI arealformål code such as 1340."
            ).format(layer=layer_name, field=code_col, example=example[0] if example else ""),
            layer=layer_name,
            field=code_col,
        )
    status = numeric_values(frame, status_col) if status_col else np.full(len(frame), np.nan)
    plan_ids = _plan_ids(frame[plan_col]) if plan_col else np.full(len(frame), None, dtype=object)

    result = gpd.GeoDataFrame(
        {"code": codes, "status": status, "plan_id": plan_ids},
        geometry=frame.geometry.to_numpy(),
        crs=frame.crs,
        index=frame.index.copy(),
    )
    result.attrs.update(
        layer_name=layer_name,
        code_field=code_col,
        status_field=status_col,
        plan_id_field=plan_col,
        unknown_codes=int(np.isnan(codes).sum()),
    )
    return result


def detect_plan_system(codes: np.ndarray, declared: Optional[str] = None) -> str:
    """Which code list a layer's codes belong to: ``kpa``, ``rpa``, ``kp1985`` or ``rp1985``.

    A kommuneplan and a reguleringsplan use overlapping 4-digit code lists, so the caller
    says which kind of plan the layer is (``declared``); the codes then decide between
    pbl 2008 (4 digits) and pbl 1985 (3 digits, 100-999), by majority.

    Parameters
    ----------
    codes : array-like of float
        Codes of the layer, NaN for unknown.
    declared : str, optional
        ``kpa`` / ``kp1985`` / ``kp`` for a kommuneplan layer, ``rpa`` / ``rp1985`` / ``rp``
        for a reguleringsplan layer.  When omitted, the kind is inferred only from codes
        that exist in just one of the two official lists (e.g. 1340 exists only for
        reguleringsplaner); if they do not settle it, an error asks the user to declare it.

    Returns
    -------
    str
        One of :data:`PLAN_SYSTEMS`.

    Raises
    ------
    InputError
        Unknown ``declared`` value, or the kind cannot be told from the codes.
    """
    values = np.asarray(codes, dtype=float)
    values = values[np.isfinite(values)]
    old = int(((values >= 100) & (values <= 999)).sum())
    new = int(((values >= 1000) & (values <= 9999)).sum())

    kind: Optional[str] = None
    declared_era: Optional[str] = None
    if declared is not None:
        key = str(declared).strip().lower()
        if key not in PLAN_SYSTEMS + ("kp", "rp"):
            raise InputError(
                tr("Unknown plan type '{declared}'; use one of: {known}.").format(
                    declared=declared, known=", ".join(PLAN_SYSTEMS + ("kp", "rp"))
                )
            )
        kind = key[:2]
        declared_era = "1985" if key.endswith("1985") else ("2008" if key in ("kpa", "rpa") else None)

    if old > new:
        era = "1985"
    elif new > old:
        era = "2008"
    else:
        era = declared_era or "2008"

    if kind is None:
        kind = _kind_from_codes(values, era)
    if era == "1985":
        return kind + "1985"
    return kind + "a"


def _kind_from_codes(values: np.ndarray, era: str) -> str:
    """'kp' or 'rp' from codes found in only one of the two official lists."""
    kp_system, rp_system = ("kp1985", "rp1985") if era == "1985" else ("kpa", "rpa")
    kp_codes, rp_codes = known_codes(kp_system), known_codes(rp_system)
    only_kp = np.array(sorted(kp_codes - rp_codes), dtype=float)
    only_rp = np.array(sorted(rp_codes - kp_codes), dtype=float)
    kp_hits = int(np.isin(values, only_kp).sum())
    rp_hits = int(np.isin(values, only_rp).sum())
    if rp_hits and not kp_hits:
        return "rp"
    if kp_hits and not rp_hits:
        return "kp"
    raise InputError(
        tr(
            "Cannot tell from its codes whether the zoning layer is a kommuneplan or a "
            "reguleringsplan; say which plan type the layer is."
        )
    )


# --------------------------------------------------------------------------- zoning per site

def zoning_at_sites(
    sites: gpd.GeoSeries,
    zoning: gpd.GeoDataFrame,
    min_share: float = 0.0,
    progress: Optional[Progress] = None,
) -> pd.DataFrame:
    """The dominant zoning of each site, and what else overlaps it.

    Parameters
    ----------
    sites : geopandas.GeoSeries
        Site polygons (parcels).  Point sites are accepted: a point counts as 100 % in
        each polygon that contains it.  Not modified.
    zoning : geopandas.GeoDataFrame
        Output of :func:`normalise_zoning` (columns ``code``, ``status``, ``plan_id``),
        in the same CRS as ``sites``.  Not modified.
    min_share : float, default 0.0
        Codes covering less than this share (0-1) of a site are ignored, like slivers
        along a parcel border.
    progress : Progress, optional
        Progress and cancel.

    Returns
    -------
    pandas.DataFrame
        Index ``sites.index``; columns

        - ``code``: the dominant code, the one covering the largest share of the site
          (polygons with the same code add up); NaN when nothing overlaps (unknown, not
          a class) or when the overlapping polygon has no code.
        - ``status``, ``plan_id``: from the largest polygon of the dominant code.
        - ``share``: share of the site with the dominant code (0-1; 0 when nothing
          overlaps).
        - ``n_codes``: number of distinct known codes overlapping the site.
        - ``other_codes``: when more than one code overlaps, all of them with their
          shares, largest first, e.g. ``"1340 (62 %), 2010 (38 %)"``; else ``""``.

        ``attrs["zoning_repaired"]`` and ``attrs["sites_repaired"]`` count invalid
        geometries repaired (on copies) before the overlay.

    Raises
    ------
    InputError
        If ``zoning`` has no ``code`` column or the CRSs differ.
    """
    progress = progress or Progress()
    layer_name = zoning.attrs.get("layer_name") or tr("zoning")
    if "code" not in zoning.columns:
        raise InputError(
            tr("Layer '{layer}' has no 'code' column; read it with normalise_zoning() first.").format(
                layer=layer_name
            ),
            layer=layer_name,
        )
    _check_crs(sites, zoning, layer_name, metres=False)
    min_share = float(min_share)
    zone_codes = zoning["code"].to_numpy(dtype=float)
    zone_status = np.full(len(zoning), np.nan)
    if "status" in zoning.columns:
        zone_status = zoning["status"].to_numpy(dtype=float)
    zone_plan = np.full(len(zoning), None, dtype=object)
    if "plan_id" in zoning.columns:
        zone_plan = zoning["plan_id"].to_numpy(dtype=object)

    with ThreadPoolExecutor(max_workers=threads.usable_cpus()) as pool:
        zones_future = pool.submit(_prepared_layer, _geometry_array(zoning))
        site_geoms, sites_repaired, site_layer = _prepared_layer(_geometry_array(sites))
        tree = shapely.STRtree(site_geoms)
        zone_geoms, zones_repaired, zone_layer = zones_future.result()
        n_sites = len(site_geoms)

        def cheap(start: int, stop: int) -> Tuple[np.ndarray, np.ndarray, np.ndarray]:
            # Each zoning polygon asks which sites it meets: GEOS prepares the polygon once for
            # all its parcels (bounding boxes alone would let through every parcel in the holes
            # of a large polygon, and the tests below are slow on such polygons unprepared).
            # shapely runs the query and the tests without the GIL, so chunks share the CPUs.
            zone_i, site_i = tree.query(zone_geoms[start:stop], predicate="intersects")
            return _easy_shares(site_layer, zone_layer, site_i, zone_i + start)

        parts = _run_chunks(pool, cheap, len(zone_geoms), _CHUNK, progress, 0.0, 50.0)
        site_i = np.concatenate([part[0] for part in parts]) if parts else np.empty(0, dtype=np.intp)
        zone_i = np.concatenate([part[1] for part in parts]) if parts else np.empty(0, dtype=np.intp)
        share = np.concatenate([part[2] for part in parts]) if parts else np.empty(0)

        # The pairs left need an overlay: only their polygons are read into ring tables (a
        # regional zoning layer holds far more polygons than a municipality's sites meet).
        rest = np.flatnonzero(np.isnan(share))
        sites_future = pool.submit(_clippable, site_geoms, np.unique(site_i[rest]))
        zone_clip = _clippable(zone_geoms, np.unique(zone_i[rest]))
        site_clip = sites_future.result()

        def overlay(start: int, stop: int) -> np.ndarray:
            pairs = rest[start:stop]
            return _overlay_areas(site_layer, site_clip, zone_layer, zone_clip, site_i[pairs], zone_i[pairs])

        areas = _run_chunks(pool, overlay, rest.size, _CHUNK, progress, 50.0, 90.0)
        if areas:
            share[rest] = np.concatenate(areas) / site_layer.area[site_i[rest]]

    keep = share > _NOISE_SHARE
    site_i, zone_i, share = site_i[keep], zone_i[keep], share[keep]
    result = _summarise(n_sites, site_i, zone_i, share, zone_codes, zone_status, zone_plan, min_share)
    result.index = sites.index.copy()
    result.attrs.update(zoning_repaired=zones_repaired, sites_repaired=sites_repaired, min_share=min_share)
    progress.set_progress(100.0)
    return result


class _Rings(NamedTuple):
    """Rings of polygonal geometries as flat numpy arrays (no GEOS objects).

    Vertices are stored without the repeated closing vertex.  Geometries that are not
    (multi)polygons, or are empty, have no rings here (``geom_ring_count`` 0).
    """

    x: np.ndarray
    y: np.ndarray
    ring_start: np.ndarray  # first vertex of each ring
    ring_count: np.ndarray  # vertices of each ring
    ring_sign: np.ndarray  # +1/-1: makes an exterior's inside count positive, a hole's negative
    geom_ring_start: np.ndarray  # first ring of each input geometry
    geom_ring_count: np.ndarray  # rings of each input geometry


def _ring_table(geoms: np.ndarray) -> _Rings:
    n = len(geoms)
    kind = shapely.get_type_id(geoms)
    present = ~shapely.is_empty(geoms) & np.isin(kind, (3, 6))
    # Polygons without holes (nearly all) are read without making GEOS ring objects.
    simple_mask = present & (kind == 3) & (shapely.get_num_interior_rings(geoms) == 0)
    simple = np.flatnonzero(simple_mask)
    complex_ = np.flatnonzero(present & ~simple_mask)

    coords, owner = shapely.get_coordinates(geoms[simple], return_index=True)
    raw_counts = [np.bincount(owner, minlength=simple.size)]
    coord_parts = [coords]
    exterior_parts = [np.ones(simple.size, dtype=bool)]
    geom_ring_count = np.zeros(n, dtype=np.int64)
    geom_ring_count[simple] = 1
    if complex_.size:
        ragged_kind, coords, offsets = shapely.to_ragged_array(geoms[complex_])
        ring_offsets = offsets[0]
        if ragged_kind == shapely.GeometryType.POLYGON:
            polygon_offsets, geom_polygons = offsets[1], np.arange(complex_.size + 1)
        else:
            polygon_offsets, geom_polygons = offsets[1], offsets[2]
        exterior = np.zeros(ring_offsets.size - 1, dtype=bool)
        exterior[polygon_offsets[:-1][np.diff(polygon_offsets) > 0]] = True
        geom_ring_count[complex_] = polygon_offsets[geom_polygons[1:]] - polygon_offsets[geom_polygons[:-1]]
        raw_counts.append(np.diff(ring_offsets))
        coord_parts.append(coords)
        exterior_parts.append(exterior)
    # Rings are stored simple polygons first, then the others, each group in input order.
    order = np.concatenate((simple, complex_))
    geom_ring_start = np.zeros(n, dtype=np.int64)
    geom_ring_start[order] = np.cumsum(geom_ring_count[order]) - geom_ring_count[order]

    coords = np.concatenate(coord_parts)
    raw_count = np.concatenate(raw_counts)
    exterior = np.concatenate(exterior_parts)
    n_rings = raw_count.size
    # Drop each ring's closing vertex.
    keep = np.ones(coords.shape[0], dtype=bool)
    keep[np.cumsum(raw_count)[raw_count > 0] - 1] = False
    x, y = coords[keep, 0].copy(), coords[keep, 1].copy()
    ring_count = np.maximum(raw_count - 1, 0)
    ring_start = np.cumsum(ring_count) - ring_count
    ring_of_vertex = np.repeat(np.arange(n_rings), ring_count)
    # Orientation from the shoelace sum, taken relative to each ring's first vertex.
    prev = _previous(ring_of_vertex, ring_start, ring_count)
    x0, y0 = x[ring_start[ring_of_vertex]], y[ring_start[ring_of_vertex]]
    twice = np.bincount(
        ring_of_vertex, weights=(x[prev] - x0) * (y - y0) - (x - x0) * (y[prev] - y0), minlength=n_rings
    )
    ring_sign = np.where(twice >= 0, 1.0, -1.0) * np.where(exterior, 1.0, -1.0)
    return _Rings(x, y, ring_start, ring_count, ring_sign, geom_ring_start, geom_ring_count)


def _expand(starts: np.ndarray, counts: np.ndarray) -> Tuple[np.ndarray, np.ndarray]:
    """Concatenated ranges ``starts[k] .. starts[k] + counts[k]``, with the k of each item."""
    owner = np.repeat(np.arange(counts.size), counts)
    first = np.cumsum(counts) - counts
    return starts[owner] + (np.arange(owner.size) - first[owner]), owner


def _next(ring: np.ndarray, start: np.ndarray, count: np.ndarray) -> np.ndarray:
    """Index of the next vertex in the same cyclic ring (vertices grouped by ring)."""
    index = np.arange(ring.size)
    last = start[ring] + count[ring] - 1
    return np.where(index == last, start[ring], index + 1)


def _previous(ring: np.ndarray, start: np.ndarray, count: np.ndarray) -> np.ndarray:
    """Index of the previous vertex in the same cyclic ring (vertices grouped by ring)."""
    index = np.arange(ring.size)
    first = start[ring]
    return np.where(index == first, first + count[ring] - 1, index - 1)


class _Polygons(NamedTuple):
    """A layer's geometries with what the cheap overlay tests need, computed once per layer."""

    geoms: np.ndarray
    area: np.ndarray
    bounds: np.ndarray  # (n, 4): xmin, ymin, xmax, ymax
    vertices: np.ndarray


def _polygons(geoms: np.ndarray) -> _Polygons:
    return _Polygons(
        geoms=geoms,
        area=np.nan_to_num(shapely.area(geoms)),
        bounds=shapely.bounds(geoms),
        vertices=shapely.get_num_coordinates(geoms),
    )


def _prepared_layer(geoms: np.ndarray) -> Tuple[np.ndarray, int, _Polygons]:
    """Repaired geometries, how many were repaired, and the overlay's arrays for them."""
    repaired, count = _repaired(geoms)
    return repaired, count, _polygons(repaired)


class _Clippable(NamedTuple):
    """Ring tables of some of a layer's polygons (``index``, sorted), for the numpy clipper."""

    index: np.ndarray
    rings: _Rings
    convex: np.ndarray  # convex polygon without holes, at most _CLIP_MAX_EDGES edges

    def rows(self, layer_i: np.ndarray) -> np.ndarray:
        """Rows of the ring tables for layer positions ``layer_i`` (all in ``index``)."""
        return np.searchsorted(self.index, layer_i)


def _clippable(geoms: np.ndarray, index: np.ndarray) -> _Clippable:
    rings = _ring_table(geoms[index])
    return _Clippable(index, rings, _convex_rings(rings))


def _run_chunks(pool: ThreadPoolExecutor, work: Callable[[int, int], Any], total: int, size: int,
                progress: Progress, first: float, last: float) -> List[Any]:
    """``work(start, stop)`` for chunks of ``range(total)`` on ``pool``, results in order;
    progress runs from ``first`` to ``last`` percent; a cancel stops the chunks not begun."""
    bounds = list(_chunks(total, size))
    results: List[Any] = []
    with closing(threads.in_order(pool, lambda k: work(*bounds[k]), len(bounds), 2 * threads.usable_cpus())) as done:
        for result in done:
            progress.check()
            results.append(result)
            progress.set_progress(first + (last - first) * len(results) / len(bounds))
    return results


def _easy_shares(
    site_layer: _Polygons, zone_layer: _Polygons, site_i: np.ndarray, zone_i: np.ndarray
) -> Tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Share of each site covered by each intersecting polygon, for (site, polygon) pairs,
    where cheap tests decide it; NaN for the pairs that need an overlay.

    Returns the pairs whose share is above noise or NaN, as (site_i, zone_i, share).
    """
    area = site_layer.area[site_i]
    share = np.ones(site_i.size)  # a point site lies 100 % in each polygon holding it
    # Polygons whose bounding boxes meet only along a line (neighbours sharing a straight
    # north-south or east-west border) cannot overlap: no need to look closer.
    lo = np.maximum(site_layer.bounds[site_i, :2], zone_layer.bounds[zone_i, :2])
    hi = np.minimum(site_layer.bounds[site_i, 2:], zone_layer.bounds[zone_i, 2:])
    boxes_overlap = np.all(hi > lo, axis=1)
    share[(area > 0) & ~boxes_overlap] = 0.0
    areal = np.flatnonzero((area > 0) & boxes_overlap)
    if areal.size:
        s_i, z_i = site_i[areal], zone_i[areal]
        sites, zones = site_layer.geoms[s_i], zone_layer.geoms[z_i]
        overlap = np.full(areal.size, np.nan)
        # Most parcels lie wholly inside one zoning polygon, and small polygons wholly
        # inside a parcel; both are cheap tests, the overlay is not.
        inside = shapely.covers(zones, sites)
        overlap[inside] = area[areal][inside]
        holds = ~inside & shapely.covers(sites, zones)
        overlap[holds] = zone_layer.area[z_i[holds]]
        share[areal] = overlap / area[areal]
    keep = np.isnan(share) | (share > _NOISE_SHARE)
    return site_i[keep], zone_i[keep], share[keep]


def _overlay_areas(
    site_layer: _Polygons, site_clip: _Clippable, zone_layer: _Polygons, zone_clip: _Clippable,
    site_i: np.ndarray, zone_i: np.ndarray,
) -> np.ndarray:
    """Area of the overlap of site ``site_i[k]`` and polygon ``zone_i[k]``, for each k."""
    s_r, z_r = site_clip.rows(site_i), zone_clip.rows(zone_i)
    overlap = np.empty(site_i.size)
    # Convex parcels (most of them) are clipped in numpy, and so are other parcels
    # against a convex polygon (a parking lot, a road strip); GEOS overlays the rest.
    fast = site_clip.convex[s_r] & (zone_layer.vertices[zone_i] <= _CLIP_MAX_SUBJECT_VERTICES)
    fast &= zone_clip.rings.geom_ring_count[z_r] > 0
    swapped = ~fast & zone_clip.convex[z_r] & (site_layer.vertices[site_i] <= _CLIP_MAX_SUBJECT_VERTICES)
    swapped &= site_clip.rings.geom_ring_count[s_r] > 0
    slow = ~fast & ~swapped
    overlap[fast] = _convex_clip_areas(site_clip.rings, s_r[fast], zone_clip.rings, z_r[fast])
    overlap[swapped] = _convex_clip_areas(zone_clip.rings, z_r[swapped], site_clip.rings, s_r[swapped])
    overlap[slow] = shapely.area(shapely.intersection(site_layer.geoms[site_i[slow]], zone_layer.geoms[zone_i[slow]]))
    return overlap


# --------------------------------------------------------------------------- convex clipping
# GEOS spends ~10 us on each overlay, even of two squares, and most of the pairs along
# zoning borders are a small convex parcel against a polygon.  The area of a polygon
# inside a convex one is found exactly by clipping the polygon's rings against each edge
# of the convex one in turn (Sutherland-Hodgman), for all pairs at once with numpy.  The
# clipped ring may run back and forth along a clip edge, which adds no area: clipping a
# closed ring to a half-plane keeps its winding number inside the half-plane and zeroes it
# outside, and the signed area is the integral of the winding number.

_CLIP_MAX_EDGES = 32  # convex polygons with more vertices are left to GEOS
_CLIP_MAX_SUBJECT_VERTICES = 512  # so are pairs where the other polygon is very detailed
_CLIP_BATCH_VERTICES = 2_000_000  # subject vertices per numpy batch: bounds memory


def _convex_rings(rings: _Rings) -> np.ndarray:
    """Which geometries of a ring table are convex polygons without holes, with few edges.

    Convex means no two turns along the ring go opposite ways.  Turns within 1e-9 of
    straight (a vertex in the middle of a straight edge, or rounding) count as straight:
    a dent that small changes a share by about as little.
    """
    result = np.zeros(rings.geom_ring_count.size, dtype=bool)
    n_rings = rings.ring_count.size
    if n_rings == 0:
        return result
    ring_of_vertex = np.repeat(np.arange(n_rings), rings.ring_count)
    prev = _previous(ring_of_vertex, rings.ring_start, rings.ring_count)
    nxt = _next(ring_of_vertex, rings.ring_start, rings.ring_count)
    ax, ay = rings.x - rings.x[prev], rings.y - rings.y[prev]
    bx, by = rings.x[nxt] - rings.x, rings.y[nxt] - rings.y
    turn = ax * by - ay * bx
    tolerance = 1e-9 * np.hypot(ax, ay) * np.hypot(bx, by)
    left = np.bincount(ring_of_vertex, weights=turn > tolerance, minlength=n_rings) > 0
    right = np.bincount(ring_of_vertex, weights=turn < -tolerance, minlength=n_rings) > 0
    one = np.flatnonzero(rings.geom_ring_count == 1)
    ring = rings.geom_ring_start[one]
    count = rings.ring_count[ring]
    result[one] = (count >= 3) & (count <= _CLIP_MAX_EDGES) & ~(left[ring] & right[ring])
    return result


def _convex_clip_areas(
    clips: _Rings, clip_i: np.ndarray, subjects: _Rings, subject_i: np.ndarray
) -> np.ndarray:
    """Area of the overlap of convex polygon ``clip_i[k]`` and polygon ``subject_i[k]``.

    ``clips`` and ``subjects`` are ring tables; the clip geometries must be convex
    polygons without holes (see :func:`_convex_rings`).
    """
    result = np.zeros(clip_i.size)
    if clip_i.size == 0:
        return result
    # Batches of about _CLIP_BATCH_VERTICES subject vertices each.
    ring_ids, _ = _expand(subjects.geom_ring_start[subject_i], subjects.geom_ring_count[subject_i])
    per_pair = np.bincount(
        np.repeat(np.arange(clip_i.size), subjects.geom_ring_count[subject_i]),
        weights=subjects.ring_count[ring_ids],
        minlength=clip_i.size,
    )
    batch_of = (np.cumsum(per_pair) - 1) // _CLIP_BATCH_VERTICES
    for batch in np.split(np.arange(clip_i.size), np.flatnonzero(np.diff(batch_of)) + 1):
        result[batch] = _clip_batch(clips, clip_i[batch], subjects, subject_i[batch])
    return result


def _clip_batch(clips: _Rings, clip_i: np.ndarray, subjects: _Rings, subject_i: np.ndarray) -> np.ndarray:
    n = clip_i.size
    # The clip polygon of each pair: its exterior ring, the first ring of the geometry.
    clip_ring = clips.geom_ring_start[clip_i]
    clip_start = clips.ring_start[clip_ring]
    clip_count = clips.ring_count[clip_ring]
    # Work near each pair's own origin: UTM northings of 6.6e6 m would cost precision.
    origin_x, origin_y = clips.x[clip_start], clips.y[clip_start]
    # "Inside" is left of each edge for a counter-clockwise clip ring: flip for clockwise.
    orient = clips.ring_sign[clip_ring]

    # Subject rings of each pair, then their vertices.
    ring, ring_pair = _expand(subjects.geom_ring_start[subject_i], subjects.geom_ring_count[subject_i])
    ring_sign = subjects.ring_sign[ring]
    count = subjects.ring_count[ring]
    vertex, v_ring = _expand(subjects.ring_start[ring], count)
    x = subjects.x[vertex] - origin_x[ring_pair[v_ring]]
    y = subjects.y[vertex] - origin_y[ring_pair[v_ring]]
    n_rings = ring.size

    for edge in range(int(clip_count.max())):
        active = clip_count > edge
        step = np.minimum(edge, clip_count - 1)
        a = clip_start + step
        b = clip_start + (step + 1) % clip_count
        ax, ay = clips.x[a] - origin_x, clips.y[a] - origin_y
        dx, dy = clips.x[b] - clips.x[a], clips.y[b] - clips.y[a]
        pair = ring_pair[v_ring]
        side = (dx[pair] * (y - ay[pair]) - dy[pair] * (x - ax[pair])) * orient[pair]
        inside = (side >= 0.0) | ~active[pair]
        prev = _previous(v_ring, np.cumsum(count) - count, count)
        crossing = inside != inside[prev]
        emitted = inside.astype(np.int64) + crossing
        out = np.cumsum(emitted) - emitted
        new_x = np.empty(int(emitted.sum()))
        new_y = np.empty_like(new_x)
        c = np.flatnonzero(crossing)
        p = prev[c]
        # The sides have opposite signs across a crossing, so this never divides by 0.
        t = side[p] / (side[p] - side[c])
        new_x[out[c]] = x[p] + t * (x[c] - x[p])
        new_y[out[c]] = y[p] + t * (y[c] - y[p])
        k = np.flatnonzero(inside)
        new_x[out[k] + crossing[k]] = x[k]
        new_y[out[k] + crossing[k]] = y[k]
        count = np.bincount(v_ring, weights=emitted, minlength=n_rings).astype(np.int64)
        v_ring = np.repeat(np.arange(n_rings), count)
        x, y = new_x, new_y

    prev = _previous(v_ring, np.cumsum(count) - count, count)
    twice = np.bincount(v_ring, weights=x[prev] * y - x * y[prev], minlength=n_rings)
    area = np.bincount(ring_pair, weights=0.5 * twice * ring_sign, minlength=n)
    return np.maximum(area, 0.0)



def _summarise(
    n_sites: int,
    site_i: np.ndarray,
    zone_i: np.ndarray,
    share: np.ndarray,
    zone_codes: np.ndarray,
    zone_status: np.ndarray,
    zone_plan: np.ndarray,
    min_share: float,
) -> pd.DataFrame:
    """Reduce (site, polygon, share) pairs to one row per site (numpy sorts, no groupby)."""
    site_i = np.asarray(site_i, dtype=np.int64)
    zone_i = np.asarray(zone_i, dtype=np.int64)
    code = zone_codes[zone_i]
    # Group key for the code: unknown codes (NaN) form one group of their own.
    key = np.where(np.isnan(code), -1.0, code)

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
    keep = c_share >= max(min_share, _NOISE_SHARE)
    c_site, c_key, c_zone, c_share = c_site[keep], c_key[keep], c_zone[keep], c_share[keep]

    # Dominant: largest share; rows are sorted by code within a site, so taking the first
    # row that reaches the site's maximum gives ties to the lower code.
    site_starts = _run_starts(c_site)
    best = np.maximum.reduceat(c_share, site_starts) if site_starts.size else np.empty(0)
    run = np.repeat(np.arange(site_starts.size), np.diff(np.append(site_starts, c_site.size)))
    at_max = np.flatnonzero(c_share == best[run])
    first = at_max[_run_starts(c_site[at_max])]
    top_site, top_zone = c_site[first], c_zone[first]

    out_code = np.full(n_sites, np.nan)
    out_status = np.full(n_sites, np.nan)
    out_plan = np.full(n_sites, None, dtype=object)
    out_share = np.zeros(n_sites)
    out_code[top_site] = zone_codes[top_zone]
    out_status[top_site] = zone_status[top_zone]
    out_plan[top_site] = zone_plan[top_zone]
    out_share[top_site] = c_share[first]

    n_codes = np.bincount(c_site[c_key >= 0], minlength=n_sites)
    n_entries = np.bincount(c_site, minlength=n_sites)
    # other_codes lists every code of sites with several, largest share first.
    several = np.flatnonzero(n_entries[c_site] > 1)
    several = several[np.lexsort((c_key[several], -c_share[several], c_site[several]))]
    other = _join_per_site(c_site[several], _share_texts(c_key[several], c_share[several]), n_sites)

    return pd.DataFrame(
        {
            "code": out_code,
            "status": out_status,
            "plan_id": out_plan,
            "share": out_share,
            "n_codes": n_codes.astype(np.int64),
            "other_codes": other,
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
        [str(int(k)) if k >= 0 else tr("unknown") for k in unique], dtype=object
    )
    percents = np.array([f"{p} %)" for p in range(101)], dtype=object)
    percent = np.clip(np.round(shares * 100.0), 0, 100).astype(np.int64)
    return labels[inverse] + " (" + percents[percent]


# --------------------------------------------------------------------------- hazard zones

# A code field may hold "320" or "H320"; a name field is read only for the SOSI pattern
# "H320_1", so free text such as "200-årsflom" is never taken for a code.
_HAZARD_CODE = re.compile(r"^\s*[Hh]?_?(\d{3})(?!\d)")
_HAZARD_NAME_CODE = re.compile(r"(?:^|[^A-Za-z])[Hh]_?(\d{3})(?!\d)")


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
        first of :data:`HAZARD_CODE_FIELDS` present is used; failing that the code is
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
    _check_crs(sites, zones, layer_name, metres=True)

    columns = layer_columns(zones)
    field = resolve_field(columns, code_field, HAZARD_CODE_FIELDS, layer_name, tr("hensynssone code"), False)
    pattern = _HAZARD_CODE
    if field is None:
        field = resolve_field(columns, None, HAZARD_NAME_FIELDS, layer_name, tr("hensynssone name"), False)
        pattern = _HAZARD_NAME_CODE
    if field is not None:
        numeric = numeric_values(zones, field) if pattern is _HAZARD_CODE else np.full(len(zones), np.nan)
        codes = _codes_from_values(zones[field], numeric, pattern)
    else:
        codes = np.full(len(zones), np.nan)

    zone_geoms, zones_repaired = _repaired(_geometry_array(zones))
    wanted = ~shapely.is_missing(zone_geoms)
    if code_range is not None:
        low, high = code_range
        wanted &= np.isnan(codes) | ((codes >= low) & (codes <= high))
    zone_index = np.flatnonzero(wanted)
    zone_geoms = zone_geoms[zone_index]
    codes = codes[zone_index]

    site_geoms = _geometry_array(sites)
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

    with ThreadPoolExecutor(max_workers=threads.usable_cpus()) as pool:
        parts = _run_chunks(pool, near_pairs, n_sites, _CHUNK, progress, 0.0, 100.0)
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
        return _join_per_site(rows["site"].to_numpy(), text, n_sites)

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

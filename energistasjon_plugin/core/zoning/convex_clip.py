# SPDX-License-Identifier: GPL-2.0-or-later
"""The convex clipper: area of the overlap of a convex polygon and any polygon, for many
pairs at once, in numpy.

GEOS spends ~10 us on each overlay, even of two squares, and most of the pairs along
zoning borders are a small convex parcel against a polygon.  The area of a polygon
inside a convex one is found exactly by clipping the polygon's rings against each edge
of the convex one in turn (Sutherland-Hodgman), for all pairs at once with numpy.  The
clipped ring may run back and forth along a clip edge, which adds no area: clipping a
closed ring to a half-plane keeps its winding number inside the half-plane and zeroes it
outside, and the signed area is the integral of the winding number.

Polygons are read once into ring tables (:class:`Rings`, flat coordinate arrays, no GEOS
objects); :func:`convex_rings` says which of them can be the clip polygon.
"""
from typing import NamedTuple, Tuple

import numpy as np
import shapely

CLIP_MAX_EDGES = 32  # convex polygons with more vertices are left to GEOS
CLIP_MAX_SUBJECT_VERTICES = 512  # so are pairs where the other polygon is very detailed
_CLIP_BATCH_VERTICES = 2_000_000  # subject vertices per numpy batch: bounds memory


class Rings(NamedTuple):
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


def ring_table(geoms: np.ndarray) -> Rings:
    """The rings of ``geoms`` (missing, empty and non-polygonal geometries have none)."""
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
    return Rings(x, y, ring_start, ring_count, ring_sign, geom_ring_start, geom_ring_count)


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


def convex_rings(rings: Rings) -> np.ndarray:
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
    result[one] = (count >= 3) & (count <= CLIP_MAX_EDGES) & ~(left[ring] & right[ring])
    return result


def convex_clip_areas(
    clips: Rings, clip_i: np.ndarray, subjects: Rings, subject_i: np.ndarray
) -> np.ndarray:
    """Area of the overlap of convex polygon ``clip_i[k]`` and polygon ``subject_i[k]``.

    ``clips`` and ``subjects`` are ring tables; the clip geometries must be convex
    polygons without holes (see :func:`convex_rings`).
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


def _clip_batch(clips: Rings, clip_i: np.ndarray, subjects: Rings, subject_i: np.ndarray) -> np.ndarray:
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

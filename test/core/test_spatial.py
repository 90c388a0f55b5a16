# SPDX-License-Identifier: GPL-2.0-or-later
"""The spatial shortcuts give the same answers as GEOS asked directly."""
import numpy as np
import pytest
import shapely
from energistasjon.energistasjon_plugin.core import spatial

ORIGIN = np.array([255000.0, 6590000.0])  # UTM 33N near Moss: the digits real data has


def _parcels(rng: np.random.Generator, n: int) -> np.ndarray:
    """Small rotated rectangles and triangles, like parcels, plus a missing and an empty one."""
    centre = rng.uniform(0, 2000, (n, 2)) + ORIGIN
    size = rng.uniform(5, 80, (n, 2))
    angle = rng.uniform(0, np.pi, n)
    corners = np.array([[-0.5, -0.5], [0.5, -0.5], [0.5, 0.5], [-0.5, 0.5]])
    geoms = []
    for (cx, cy), (w, h), a, k in zip(centre, size, angle, rng.integers(3, 5, n)):
        c, s = np.cos(a), np.sin(a)
        xy = corners[:k] * [w, h]
        geoms.append(shapely.Polygon(np.c_[cx + c * xy[:, 0] - s * xy[:, 1], cy + s * xy[:, 0] + c * xy[:, 1]]))
    return np.array(geoms + [None, shapely.Polygon()], dtype=object)


@pytest.mark.parametrize("kind", ["points", "polygons", "lines"])
@pytest.mark.parametrize("radius", [0.0, 35.0, 400.0])
def test_pairs_within_equals_geos_dwithin(kind, radius):
    rng = np.random.default_rng(7)
    sites = _parcels(rng, 1500)
    if kind == "points":
        targets = shapely.points(rng.uniform(-100, 2100, (300, 2)) + ORIGIN)
    elif kind == "polygons":  # Statnett publishes areas, not points
        targets = _parcels(rng, 200)
    else:
        targets = shapely.linestrings(rng.uniform(0, 2000, (60, 3, 2)) + ORIGIN)
    targets = np.append(targets, [None]).astype(object)  # a substation without geometry

    site_idx, target_idx = spatial.pairs_within(sites, targets, radius)

    present = np.flatnonzero(~shapely.is_missing(targets) & ~shapely.is_empty(targets))
    expected_site, expected_target = shapely.STRtree(targets[present]).query(sites, predicate="dwithin",
                                                                             distance=radius)
    expected = set(zip(expected_site.tolist(), present[expected_target].tolist()))
    assert len(expected) > 100  # the case is not trivial
    assert set(zip(site_idx.tolist(), target_idx.tolist())) == expected
    assert len(site_idx) == len(expected)  # no pair twice
    assert np.all(np.diff(site_idx) >= 0)  # sorted by site


def test_pairs_within_without_targets():
    sites = _parcels(np.random.default_rng(1), 10)
    site_idx, target_idx = spatial.pairs_within(sites, np.array([None], dtype=object), 100.0)
    assert len(site_idx) == 0 and len(target_idx) == 0


def _geos_nearest(sites, targets, max_distance):
    """The answer straight from GEOS: distance to every target, the least (first of equals)."""
    distance = np.full(len(sites), np.nan)
    position = np.full(len(sites), -1)
    for i, site in enumerate(sites):
        if site is None or site.is_empty:
            continue
        gaps = shapely.distance(site, targets)
        gaps = np.where(shapely.is_missing(targets), np.inf, gaps)
        best = int(np.argmin(gaps))
        if max_distance is None or gaps[best] <= max_distance:
            distance[i], position[i] = gaps[best], best
    return distance, position


@pytest.mark.parametrize("kind", ["points", "lines", "polygons"])
@pytest.mark.parametrize("max_distance", [None, 60.0])
@pytest.mark.parametrize("with_kdtree", [True, False])
def test_nearest_equals_geos(kind, max_distance, with_kdtree, monkeypatch):
    from energistasjon.energistasjon_plugin.core import bounded_nearest
    if not with_kdtree:  # the STRtree fallback, where scipy is not installed
        monkeypatch.setattr(bounded_nearest, "kdtree_class", lambda: None)
    elif bounded_nearest.kdtree_class() is None:
        pytest.skip("scipy is not installed")
    rng = np.random.default_rng(11)
    sites = _parcels(rng, 800)
    if kind == "points":
        targets = shapely.points(rng.uniform(0, 2000, (120, 2)) + ORIGIN)
        targets[5] = targets[4]  # two stations at one place: the first counts
    elif kind == "lines":  # roads: long lines of many vertices, cut into pieces by the k-d path
        targets = shapely.linestrings(np.cumsum(rng.uniform(-150, 250, (12, 15, 2)), axis=1) + ORIGIN)
    else:
        targets = _parcels(rng, 50)[:50]
    targets = np.append(targets, [None]).astype(object)
    # a site exactly on a target: distance 0 must survive the rounding of the bounds
    sites[0] = shapely.Point(*shapely.get_coordinates(targets[7])[0]).buffer(10, quad_segs=2)

    distance, position = spatial.nearest(sites, targets, max_distance)
    expected_distance, expected_position = _geos_nearest(sites, targets, max_distance)

    np.testing.assert_allclose(distance, expected_distance, rtol=0, atol=1e-9)
    found = position >= 0
    assert np.array_equal(found, expected_position >= 0)
    assert distance[0] == 0.0
    # equal distances may name either target, but the one named is at that distance
    np.testing.assert_allclose(shapely.distance(sites[found], targets[position[found]]), distance[found], atol=1e-9)
    if kind == "points" and with_kdtree:
        assert 5 not in set(position.tolist())  # of two stations at one place, the first

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
@pytest.mark.parametrize("path", ["kdtree", "kdtree, crowded sites to the STRtree", "STRtree"])
def test_nearest_equals_geos(kind, max_distance, path, monkeypatch):
    from energistasjon.energistasjon_plugin.core import bounded_nearest
    if path == "STRtree":  # the fallback, where scipy is not installed
        monkeypatch.setattr(bounded_nearest, "kdtree_class", lambda: None)
    elif bounded_nearest.kdtree_class() is None:
        pytest.skip("scipy is not installed")
    if path == "kdtree, crowded sites to the STRtree":  # sites with more than 3 anchors in reach
        monkeypatch.setattr(bounded_nearest, "MAX_CANDIDATES", 3)
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
    if kind == "points" and path == "kdtree":
        assert 5 not in set(position.tolist())  # of two stations at one place, the first


def test_nearest_to_large_sites_among_dense_roads_equals_geos():
    # Outfield parcels of 2 km among streets 100 m apart: each has thousands of road pieces
    # within its reach; they are measured by the STRtree instead of listing every piece.
    grid = [shapely.LineString([(x, 0), (x, 5000)]) for x in np.arange(0, 5001, 100.0)]
    grid += [shapely.LineString([(0, y), (5000, y)]) for y in np.arange(0, 5001, 100.0)]
    roads = np.array([shapely.segmentize(line, 20.0) for line in grid], dtype=object)
    rng = np.random.default_rng(3)
    corners = rng.uniform(0, 3000, (30, 2))
    large = shapely.box(corners[:, 0], corners[:, 1], corners[:, 0] + 2000, corners[:, 1] + 2000)
    small = shapely.box(corners[:, 0] + 30, corners[:, 1] + 30, corners[:, 0] + 70, corners[:, 1] + 60)
    sites = np.concatenate([large, small]).astype(object)

    distance, position = spatial.nearest(sites, roads, 5000.0)

    expected_distance, _ = _geos_nearest(sites, roads, 5000.0)
    np.testing.assert_allclose(distance, expected_distance, rtol=0, atol=1e-9)
    assert (position >= 0).all()
    # a large parcel lies on many roads at once: any of them, but one at the distance given
    np.testing.assert_allclose(shapely.distance(sites, roads[position]), distance, atol=1e-9)


def test_a_road_with_a_broken_vertex_does_not_stop_the_others_from_being_measured():
    roads = np.array([shapely.LineString([(10, 0), (np.nan, np.nan)]), shapely.LineString([(20, 0), (20, 5)])],
                     dtype=object)
    distance, position = spatial.nearest(np.array([shapely.box(0, 0, 1, 1)], dtype=object), roads)
    assert position[0] == 1 and distance[0] == 19.0


def test_union_area_per_site_measures_overlapping_pieces_once():
    # Checked against GEOS's own union, site by site, on random overlapping boxes.
    from energistasjon.energistasjon_plugin.core.spatial import union_area_per_site

    rng = np.random.default_rng(7)
    corners = rng.uniform(0, 100, (300, 2))
    pieces = shapely.box(corners[:, 0], corners[:, 1], corners[:, 0] + 20, corners[:, 1] + 20)
    owner = rng.integers(0, 40, 300)  # some sites have several pieces, some one, some none (40 sites, 50 asked)
    got = union_area_per_site(owner, pieces, 50)
    expected = [shapely.area(shapely.union_all(pieces[owner == s])) if (owner == s).any() else 0.0
                for s in range(50)]
    assert np.allclose(got, expected)
    assert got[45] == 0.0 and (np.bincount(owner, minlength=50) > 1).any()

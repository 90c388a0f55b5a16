# SPDX-License-Identifier: GPL-2.0-or-later
"""One measurable line per freight corridor, from a road layer's many segments.

Distances between stations along a corridor are measured along a line (linear referencing),
so each corridor's segments (selected with :func:`.readers.roads.corridor_mask`) are joined
into as few lines as the road network allows:

1. Segment ends closer than ``snap_m`` are made one node (digitising slack), and the
   segments are merged between junctions (``shapely.line_merge``).
2. Pieces of one corridor that do not meet (a stretch missing from the data, or a stretch
   signed with another road's number where two corridors share the road) are bridged by a
   straight line when their ends are at most ``bridge_m`` apart, nearest ends first.  A
   bridge is said in the notes.
3. In each connected piece the longest route through the network (the path between the two
   nodes farthest apart along the roads, found with two shortest-path searches) becomes the
   corridor's main line.  What is left where the corridor branches is one of two things:
   pieces running within ``parallel_m`` of a line already taken (the other carriageway,
   ramps, a short loop) are left out, because they would count the same stretch twice;
   other pieces of at least ``min_branch_m`` become branches, measured on their own line
   (:mod:`.corridor_gaps` links them to the line they leave).  Everything left out is counted
   in the notes.

Ferry links carrying the corridor's number stay in the line: the distance a truck travels
includes them.

Each line is measured from its southern end (its western end when both ends lie level), so
the same data always give the same kilometre marks.
"""
import heapq
from typing import Dict, List, Tuple

import geopandas as gpd
import numpy as np
import shapely

from .i18n import format_number, tr
from .readers.roads import corridor_mask, parse_corridor_list

#: Segment ends closer than this (m) are the same node.  A setting: absorbs digitising slack.
SNAP_M = 5.0
#: Pieces of one corridor whose ends are at most this far apart (m) are joined by a straight
#: line.  A setting (assumption): breaks in the data are short; whole missing stretches longer
#: than this split the corridor.
BRIDGE_M = 5000.0
#: A leftover piece within this distance (m) of a line already taken, over at least
#: :data:`PARALLEL_SHARE` of its length, is the same road (other carriageway, ramps).  A setting.
PARALLEL_M = 150.0
PARALLEL_SHARE = 0.8
#: Branches shorter than this (m) are left out.  A setting.
MIN_BRANCH_M = 2000.0


def _components(n: int, left: np.ndarray, right: np.ndarray) -> np.ndarray:
    """Connected-component label (the smallest member) of ``n`` items linked by pairs."""
    labels = np.arange(n)
    if len(left) == 0:
        return labels
    while True:  # min-label propagation with pointer jumping: a few passes, each vectorised
        new = labels.copy()
        np.minimum.at(new, left, labels[right])
        np.minimum.at(new, right, labels[left])
        new = new[new]
        if np.array_equal(new, labels):
            return labels
        labels = new


def _snapped_parts(lines: np.ndarray, snap_m: float) -> np.ndarray:
    """The lines with ends closer than ``snap_m`` moved onto one point."""
    ends = np.concatenate([shapely.get_point(lines, 0), shapely.get_point(lines, -1)])
    left, right = shapely.STRtree(ends).query(ends, predicate="dwithin", distance=snap_m)
    keep = left < right
    labels = _components(len(ends), left[keep], right[keep])
    target = shapely.get_coordinates(ends)[labels]
    coords, index = shapely.get_coordinates(lines, return_index=True)
    first = np.r_[True, index[1:] != index[:-1]]
    last = np.r_[index[1:] != index[:-1], True]
    n = len(lines)
    coords[first] = target[:n]
    coords[last] = target[n:]
    snapped = shapely.linestrings(coords, indices=index)
    return snapped[shapely.length(snapped) > 0]


class _Network:
    """Edges (merged lines) between nodes (their ends), with lengths, for path searches."""

    def __init__(self, edges: List[shapely.LineString]) -> None:
        self.edges = list(edges)
        self._index()

    def _index(self) -> None:
        edges = np.array(self.edges, dtype=object)
        ends = np.vstack([shapely.get_coordinates(shapely.get_point(edges, 0)),
                          shapely.get_coordinates(shapely.get_point(edges, -1))])
        self.coords, node = np.unique(ends, axis=0, return_inverse=True)
        node = node.reshape(-1)
        m = len(self.edges)
        self.u, self.v = node[:m], node[m:]
        self.length = shapely.length(edges)
        self.adjacent: List[List[Tuple[int, int]]] = [[] for _ in range(len(self.coords))]
        for k in range(m):  # one entry per edge of one corridor: a few hundred at most
            self.adjacent[self.u[k]].append((self.v[k], k))
            self.adjacent[self.v[k]].append((self.u[k], k))

    def add_bridge(self, a: int, b: int) -> None:
        self.edges.append(shapely.LineString([self.coords[a], self.coords[b]]))
        self._index()

    def farthest(self, source: int, allowed: np.ndarray) -> Tuple[int, Dict[int, Tuple[int, int]]]:
        """Dijkstra from ``source`` over the allowed edges: the farthest node and the tree."""
        distance = {source: 0.0}
        previous: Dict[int, Tuple[int, int]] = {}
        queue = [(0.0, source)]
        while queue:
            d, node = heapq.heappop(queue)
            if d > distance.get(node, np.inf):
                continue
            for other, k in self.adjacent[node]:
                if not allowed[k]:
                    continue
                nd = d + self.length[k]
                if nd < distance.get(other, np.inf) - 1e-9:
                    distance[other] = nd
                    previous[other] = (node, k)
                    heapq.heappush(queue, (nd, other))
        far = max(distance, key=lambda n: (distance[n], -n))
        return far, previous

    def longest_route(self, allowed: np.ndarray) -> Tuple[shapely.LineString, List[int]]:
        """The path between the two nodes farthest apart (along the roads) among ``allowed`` edges."""
        start = int(self.u[np.flatnonzero(allowed)[0]])
        a, _ = self.farthest(start, allowed)
        b, previous = self.farthest(a, allowed)
        if a == b:  # a closed ring on its own: the ring itself
            k = int(np.flatnonzero(allowed)[np.argmax(self.length[allowed])])
            return shapely.LineString(_south_first(shapely.get_coordinates(self.edges[k]))), [k]
        path: List[int] = []
        pieces: List[np.ndarray] = []
        node = b
        while node != a:  # walk back from b to a, each edge oriented from a towards b
            before, k = previous[node]
            xy = shapely.get_coordinates(self.edges[k])
            pieces.append(xy if self.u[k] == before and self.v[k] == node else xy[::-1])
            path.append(k)
            node = before
        pieces.reverse()
        line = np.vstack([piece if i == 0 else piece[1:] for i, piece in enumerate(pieces)])
        return shapely.LineString(_south_first(line)), path


def _south_first(xy: np.ndarray) -> np.ndarray:
    """The line's coordinates starting at its southern end (western when both lie level)."""
    return xy if (xy[0, 1], xy[0, 0]) <= (xy[-1, 1], xy[-1, 0]) else xy[::-1]


def _bridge(network: _Network, bridge_m: float) -> List[float]:
    """Join pieces whose loose ends are at most ``bridge_m`` apart, nearest first; the lengths."""
    degree = np.bincount(np.concatenate([network.u, network.v]), minlength=len(network.coords))
    loose = np.flatnonzero(degree == 1)
    if len(loose) < 2 or bridge_m <= 0:
        return []
    points = shapely.points(network.coords[loose])
    left, right = shapely.STRtree(points).query(points, predicate="dwithin", distance=bridge_m)
    keep = left < right
    left, right = loose[left[keep]], loose[right[keep]]
    gap = np.hypot(*(network.coords[left] - network.coords[right]).T)
    piece = _components(len(network.coords), network.u, network.v)
    parent = {int(p): int(p) for p in np.unique(piece)}

    def root(p: int) -> int:
        while parent[p] != p:
            p = parent[p]
        return p

    bridged = []
    for k in np.argsort(gap, kind="stable"):  # candidate pairs of loose ends: few
        a, b = root(int(piece[left[k]])), root(int(piece[right[k]]))
        if a != b:
            parent[max(a, b)] = min(a, b)
            network.add_bridge(int(left[k]), int(right[k]))
            bridged.append(float(gap[k]))
    return bridged


def corridor_lines(roads: gpd.GeoDataFrame, corridor: str, snap_m: float = SNAP_M, bridge_m: float = BRIDGE_M,
                   parallel_m: float = PARALLEL_M, min_branch_m: float = MIN_BRANCH_M
                   ) -> Tuple[List[Tuple[str, shapely.LineString]], List[str]]:
    """The measurable lines of one corridor: ``[("main" | "branch", line), ...]`` and notes.

    Parameters
    ----------
    roads : GeoDataFrame
        Output of :func:`.readers.roads.normalise_roads`, in a projected CRS.
    corridor : str
        One corridor in any spelling :func:`.readers.roads.parse_corridor_list` accepts.
    """
    label = parse_corridor_list(corridor)[0]
    parts = shapely.get_parts(np.asarray(roads.geometry.to_numpy()[corridor_mask(roads, [label])], dtype=object))
    parts = shapely.force_2d(parts[np.isin(shapely.get_type_id(parts), (1, 2)) & ~shapely.is_empty(parts)])
    if len(parts) == 0:
        return [], [tr("{corridor}: no road in the layer carries this number.").format(corridor=label)]
    merged = shapely.get_parts(shapely.line_merge(shapely.multilinestrings(_snapped_parts(parts, snap_m))))
    network = _Network(list(merged))
    notes: List[str] = []
    bridged = _bridge(network, bridge_m)
    if bridged:
        notes.append(tr("{corridor}: breaks in the road data bridged by straight lines: {n} (longest {length} m).")
                     .format(corridor=label, n=len(bridged), length=format_number(max(bridged))))
    left = np.ones(len(network.edges), dtype=bool)
    piece = _components(len(network.coords), network.u, network.v)[network.u]  # per edge
    lines: List[Tuple[str, shapely.LineString]] = []
    zones: List[shapely.Geometry] = []
    seen_pieces = set()
    parallel = dropped = 0.0
    while left.any():  # one pass per route taken: a handful per corridor
        line, path = network.longest_route(left)
        left[path] = False
        kind = "branch" if int(piece[path[0]]) in seen_pieces else "main"
        seen_pieces.add(int(piece[path[0]]))
        if line.length < min_branch_m and lines:
            dropped += line.length
            continue
        lines.append((kind, line))
        zones.append(shapely.buffer(line, parallel_m))
        # what runs beside a taken line is the same road counted twice: leave it out
        rest = np.flatnonzero(left)
        if len(rest):
            edges = np.array(network.edges, dtype=object)[rest]
            share = np.zeros(len(rest))
            for zone in zones:
                share = np.maximum(share, shapely.length(shapely.intersection(edges, zone)) / network.length[rest])
            beside = share >= PARALLEL_SHARE
            parallel += float(network.length[rest][beside].sum())
            left[rest[beside]] = False
    branches = sum(1 for kind, _ in lines if kind == "branch")
    if branches or parallel > 0 or dropped > 0:
        notes.append(tr("{corridor}: measured along its longest route; branches measured on their own: {branches}; "
                        "left out: {parallel} km beside a measured line (other carriageway, ramps) and {short} km "
                        "of short branches.").format(
            corridor=label, branches=branches, parallel=format_number(parallel / 1000.0, 1),
            short=format_number(dropped / 1000.0, 1)))
    return lines, notes

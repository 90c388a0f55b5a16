# SPDX-License-Identifier: GPL-2.0-or-later
"""A deterministic synthetic region for ``make bench`` (50 x 50 km in EPSG:25833).

The data imitate what a planner downloads for a region, with the field names the agencies
publish, so the engine's readers and QGIS's own algorithms read them as they would the real
thing:

``parcels.gpkg``
    200 000 cadastral parcels (irregular quadrilaterals, some with a cut corner or L-shaped,
    500-20 000 m²) in blocks of residential, mixed and industrial land.  The rows are in a
    random order, so the first N features are a region-wide sample (the 50 k / 100 k runs).
``roads.gpkg``
    20 000 road segments with ``vegkategori``/``vegnummer``/``typeVeg``: the E6, E18 and Rv4
    corridors (plus Rv19, not a corridor), a grid of county (Fv) and municipal (Kv) roads and
    streets in the blocks.  Fv roads meet the corridors at a shared vertex (an exit); Kv roads
    cross them without one (a bridge).
``traffic.gpkg``
    NVDB 540 style traffic (``ådtTotal``, ``ådtAndelLangeKjøretøy``, ``årGjelderFor``) on the
    corridors and the Fv roads.
``substations_digin.json``
    1 000 substations as a DIGIN GridCapacity FeatureCollection in WGS84 (``availableCons``).
``kpa.gpkg``
    100 000 kommuneplan polygons (``arealformål``, ``arealbruksstatus``,
    ``planidentifikasjon``) that cover the region without gaps (a Voronoi tessellation, denser in
    the built-up blocks, edges densified to 25 m).
``dem_10m.tif``
    5000 x 5000 cells of 10 m (float32, tiled, deflate): smooth multi-scale relief.
``buildings.gpkg``, ``hazards.gpkg``, ``protected.gpkg``, ``existing.gpkg``
    Building points (``bygningstype``: 111 dwellings, 613 schools ...), hensynssoner
    (``hensynSonenavn`` such as ``H320_7``), protected areas (``navn``) and existing stations
    (``stasjonstype``).

Everything is drawn from one seeded generator, so the same files come out on every machine.
The files are written once under ``bench_output/data`` and reused while ``manifest.json``
matches this generator; ``--regenerate`` writes them again.  Vector layers are written with
geopandas' ``fiona`` engine: it uses the system GDAL (the one QGIS uses), while the pyogrio
wheel writes GeoPackage 1.4, which the GDAL of QGIS 3.22 warns about.

Run: ``python scripts/bench_data.py [--output bench_output/data] [--regenerate]``.
"""
import argparse
import json
import math
import time
from pathlib import Path
from typing import Callable, Dict, List, Optional, Tuple

import numpy as np
import shapely

#: Bump when the generated data change, so old files are not reused.
GENERATOR_VERSION = 2
SEED = 20250611
CRS = "EPSG:25833"
#: South-west corner of the region (ETRS89 / UTM 33N, inland of the Oslofjord).
X0, Y0 = 230000.0, 6560000.0
SIZE_M = 50000.0
DEM_CELL_M = 10.0
N_PARCELS = 200_000
N_ROADS = 20_000
N_SUBSTATIONS = 1_000
N_ZONING = 100_000
ENGINE = "fiona"

FILES = {
    "parcels": "parcels.gpkg",
    "roads": "roads.gpkg",
    "traffic": "traffic.gpkg",
    "substations": "substations_digin.json",
    "kpa": "kpa.gpkg",
    "dem": "dem_10m.tif",
    "buildings": "buildings.gpkg",
    "hazards": "hazards.gpkg",
    "protected": "protected.gpkg",
    "existing": "existing.gpkg",
}
#: Layer name inside each GeoPackage (QGIS URIs: ``path|layername=<name>``).
LAYERS = {
    "parcels": "tomter", "roads": "veger", "traffic": "trafikkmengde", "kpa": "kpa",
    "buildings": "bygninger", "hazards": "hensynssoner", "protected": "verneomrader",
    "existing": "eksisterende_stasjoner",
}
MANIFEST = "manifest.json"

# Parcel blocks: (row depth range m, parcel width range m, share of street land).
BLOCK_TYPES = {
    "residential": ((22.0, 45.0), (22.0, 45.0)),
    "mixed": ((35.0, 80.0), (30.0, 110.0)),
    "industrial": ((60.0, 140.0), (60.0, 170.0)),
}
STREET_WIDTH_M = 12.0
# KPA arealformål per block type and in the countryside: (codes, probabilities).
ZONING_CODES = {
    "residential": ([1110, 1001, 1500, 3001, 2080], [0.72, 0.10, 0.06, 0.10, 0.02]),
    "mixed": ([1800, 1500, 1300, 1110, 2080, 2010], [0.30, 0.20, 0.20, 0.18, 0.07, 0.05]),
    "industrial": ([1300, 1800, 2010, 2080, 3001, 2800], [0.68, 0.10, 0.08, 0.06, 0.05, 0.03]),
    "countryside": ([5100, 5200, 3001, 1001, 2001, 5210], [0.78, 0.06, 0.06, 0.05, 0.02, 0.03]),
}
# Buildings per block type: (bygningstype codes, probabilities).
BUILDING_TYPES = {
    "residential": ([111, 121, 131, 613, 612, 719, 721, 181], [0.68, 0.14, 0.09, 0.02, 0.02, 0.005, 0.01, 0.045]),
    "mixed": ([111, 311, 439, 613, 614, 721, 511], [0.30, 0.30, 0.18, 0.05, 0.03, 0.04, 0.10]),
    "industrial": ([211, 219, 231, 111, 439], [0.45, 0.15, 0.30, 0.04, 0.06]),
}


def paths(folder: Path) -> Dict[str, Path]:
    """The generated files, by key (see :data:`FILES`)."""
    return {key: Path(folder) / name for key, name in FILES.items()}


def _manifest_wanted() -> dict:
    return {
        "generator_version": GENERATOR_VERSION, "seed": SEED, "crs": CRS, "origin": [X0, Y0],
        "size_m": SIZE_M, "dem_cell_m": DEM_CELL_M, "parcels": N_PARCELS, "roads": N_ROADS,
        "substations": N_SUBSTATIONS, "zoning": N_ZONING,
    }


def is_current(folder: Path) -> bool:
    """Whether ``folder`` holds a complete data set of this generator version."""
    manifest = Path(folder) / MANIFEST
    if not manifest.is_file() or not all(p.is_file() for p in paths(folder).values()):
        return False
    try:
        found = json.loads(manifest.read_text(encoding="utf-8"))
    except ValueError:
        return False
    return all(found.get(k) == v for k, v in _manifest_wanted().items())


# --------------------------------------------------------------------------- geometry helpers

def _lines_from_chunks(xy: np.ndarray, edges_per_piece: int) -> List[np.ndarray]:
    """Cut a polyline (vertex array) into pieces of ``edges_per_piece`` edges sharing end points."""
    pieces = []
    for start in range(0, len(xy) - 1, edges_per_piece):
        piece = xy[start:start + edges_per_piece + 1]
        if len(piece) >= 2:
            pieces.append(piece)
    return pieces


def _world(local: np.ndarray) -> np.ndarray:
    return local + np.array([X0, Y0])


def _corridor_vertices() -> Dict[str, Tuple[str, int, np.ndarray]]:
    """Centre lines (local metres) of the main roads: key -> (vegkategori, vegnummer, xy)."""
    y = np.arange(0.0, SIZE_M + 1, 50.0)
    e6 = np.column_stack([17000 + 1500 * np.sin(2 * np.pi * y / 23000) + 500 * np.sin(2 * np.pi * y / 6100 + 1.3), y])
    x = np.arange(0.0, SIZE_M + 1, 50.0)
    e18_y = 12000 + 0.45 * x + 900 * np.sin(2 * np.pi * x / 17000 + 0.4)
    e18 = np.column_stack([x, e18_y])
    # Rv4 leaves the E18 at x = 38 000 (a vertex of the E18) and runs north.
    start = float(e18_y[x == 38000.0][0])
    y4 = np.arange(start, SIZE_M + 1, 50.0)
    rv4 = np.column_stack([38000 + 700 * np.sin(2 * np.pi * (y4 - start) / 9000), y4])
    x19 = np.arange(0.0, SIZE_M + 1, 50.0)
    rv19 = np.column_stack([x19, 43000 + 600 * np.sin(2 * np.pi * x19 / 11000 + 2.0)])
    return {"E6": ("E", 6, e6), "E18": ("E", 18, e18), "Rv4": ("R", 4, rv4), "Rv19": ("R", 19, rv19)}


# --------------------------------------------------------------------------- parcels

def _block_slots(rng: np.random.Generator, corridor_lines: np.ndarray) -> Tuple[np.ndarray, np.ndarray]:
    """Block centres on a jittered 1 km grid, in the order they are used, and their distance
    to the nearest corridor (settlements and industry gather along the corridors)."""
    centres = np.array([(500.0 + 1000 * i, 500.0 + 1000 * j) for i in range(50) for j in range(50)])
    centres += rng.uniform(-10, 10, centres.shape)
    distance = shapely.distance(shapely.points(centres), shapely.multilinestrings(corridor_lines))
    weight = 0.15 + np.exp(-distance / 4000.0)
    order = rng.choice(len(centres), size=len(centres), replace=False, p=weight / weight.sum())
    return centres[order], distance[order]


def _block_quads(rng: np.random.Generator, kind: str, width: float, depth: float) -> Tuple[np.ndarray, np.ndarray]:
    """Quadrilaterals tiling one block in its own frame (u along the streets, v across).

    Rows come in pairs back to back with a street between pairs.  The corners of a row are
    moved along u (differently at the row's two edges), so parcels are irregular but still
    tile the row without gaps or overlaps.  Returns (quads (n, 4, 2), street centre v values).
    """
    (d_lo, d_hi), (w_lo, w_hi) = BLOCK_TYPES[kind]
    quads, streets = [], []
    v = 0.0
    pair = 0
    while True:
        d = rng.uniform(d_lo, d_hi)
        if v + d > depth:
            break
        widths = rng.uniform(w_lo, w_hi, size=int(width / w_lo) + 2)
        widths = np.clip(widths, 560.0 / d, 19000.0 / d)
        edges = np.concatenate([[0.0], np.cumsum(widths)])
        edges = edges[edges <= width]
        if len(edges) >= 2:
            jitter = min(4.0, 0.08 * w_lo)
            bottom = edges + np.r_[0.0, rng.uniform(-jitter, jitter, len(edges) - 2), 0.0]
            top = edges + np.r_[0.0, rng.uniform(-jitter, jitter, len(edges) - 2), 0.0]
            q = np.empty((len(edges) - 1, 4, 2))
            q[:, 0, 0], q[:, 1, 0], q[:, 2, 0], q[:, 3, 0] = bottom[:-1], bottom[1:], top[1:], top[:-1]
            q[:, 0, 1] = q[:, 1, 1] = v
            q[:, 2, 1] = q[:, 3, 1] = v + d
            quads.append(q)
        v += d
        pair += 1
        if pair % 2 == 0:
            streets.append(v + STREET_WIDTH_M / 2)
            v += STREET_WIDTH_M
    return (np.concatenate(quads) if quads else np.empty((0, 4, 2))), np.array(streets)


def _parcels(rng: np.random.Generator, corridor_lines: np.ndarray) -> dict:
    """Parcels, blocks and block streets (local metres)."""
    centres, distance = _block_slots(rng, corridor_lines)
    all_quads, quad_kind, blocks, block_kind, streets = [], [], [], [], []
    total = 0
    for centre, dist in zip(centres, distance):
        p_industrial = 0.12 + 0.4 * math.exp(-dist / 3000.0)
        kind = rng.choice(["residential", "mixed", "industrial"],
                          p=[0.62 - p_industrial / 2, 0.38 - p_industrial / 2, p_industrial])
        width, depth = rng.uniform(420, 800), rng.uniform(420, 800)
        angle = math.radians(rng.uniform(-15, 15))
        quads, street_v = _block_quads(rng, kind, width, depth)
        rot = np.array([[math.cos(angle), math.sin(angle)], [-math.sin(angle), math.cos(angle)]])
        offset = centre - np.array([width, depth]) / 2 @ rot
        all_quads.append(quads @ rot + offset)
        quad_kind.extend([kind] * len(quads))
        block = np.array([[0, 0], [width, 0], [width, depth], [0, depth], [0, 0]], dtype=float)
        blocks.append(block @ rot + offset)
        block_kind.append(kind)
        for v in street_v:
            line = np.array([[-6.0, v], [width + 6.0, v]]) @ rot + offset
            streets.append(line)
        total += len(quads)
        if total >= N_PARCELS * 1.02:  # a few fall outside 500-20 000 m² once cut
            break
    quads = np.concatenate(all_quads)
    kinds = np.array(quad_kind, dtype=object)
    return {"quads": quads, "kind": kinds, "blocks": np.array(blocks), "block_kind": np.array(block_kind, dtype=object),
            "streets": streets}


def _parcel_polygons(rng: np.random.Generator, quads: np.ndarray) -> np.ndarray:
    """Polygons from the quads: most as they are, 10 % with a cut corner, 3 % L-shaped."""
    n = len(quads)
    area = shapely.area(shapely.polygons(np.concatenate([quads, quads[:, :1]], axis=1)))
    shape = rng.choice(3, size=n, p=[0.87, 0.10, 0.03])
    shape[area < 800] = 0  # keep small parcels above 500 m² after the cut
    geoms = np.empty(n, dtype=object)
    plain = np.flatnonzero(shape == 0)
    geoms[plain] = shapely.polygons(np.concatenate([quads[plain], quads[plain, :1]], axis=1))
    cut = np.flatnonzero(shape == 1)
    p0, p1, p2, p3 = (quads[cut, k] for k in range(4))
    ring = np.stack([p0, p1, p2 + 0.25 * (p1 - p2), p2 + 0.25 * (p3 - p2), p3, p0], axis=1)
    geoms[cut] = shapely.polygons(ring)
    ell = np.flatnonzero(shape == 2)
    p0, p1, p2, p3 = (quads[ell, k] for k in range(4))
    middle = (p0 + p1 + p2 + p3) / 4
    ring = np.stack([p0, p1, (p1 + p2) / 2, middle, (p2 + p3) / 2, p3, p0], axis=1)
    geoms[ell] = shapely.polygons(ring)
    return geoms


# --------------------------------------------------------------------------- roads and traffic

def _grid_lines(rng: np.random.Generator) -> List[Tuple[str, int, np.ndarray]]:
    """Straight county (Fv) and municipal (Kv) roads every 2.5 km in both directions."""
    lines = []
    for axis in (0, 1):
        for k in range(20):
            at = 1250 + 2500 * k + rng.uniform(-300, 300)
            slant = rng.uniform(-400, 400)
            a, b = np.array([at, 0.0]), np.array([at + slant, SIZE_M])
            if axis == 1:
                a, b = a[::-1], b[::-1]
            category = "F" if k % 2 == 0 else "K"
            number = int(100 + 10 * k + axis) if category == "F" else int(1000 + 20 * k + axis)
            lines.append((category, number, np.array([a, b])))
    return lines


def _split_straight(line: np.ndarray, breaks: np.ndarray) -> List[np.ndarray]:
    """Two-point segments of a straight line cut at the given distances from its start."""
    a, b = line[0], line[-1]
    length = float(np.hypot(*(b - a)))
    d = np.unique(np.concatenate([[0.0], breaks[(breaks > 0.5) & (breaks < length - 0.5)], [length]]))
    points = a + (b - a) * (d / length)[:, None]
    return [points[i:i + 2] for i in range(len(points) - 1)]


def _roads(rng: np.random.Generator, corridors: dict, streets: List[np.ndarray]):
    """Road segments and their attributes; and the traffic segments."""
    rows: List[Tuple[str, int, str, np.ndarray]] = []
    main_geoms = []
    for category, number, xy in corridors.values():
        kind = "kanalisertVeg" if category == "E" else "enkelBilveg"
        for piece in _lines_from_chunks(xy, 10):  # ~500 m segments
            rows.append((category, number, kind, piece))
        main_geoms.append(shapely.linestrings(xy))
    main = shapely.multilinestrings(main_geoms)
    grid_rows = []
    for category, number, line in _grid_lines(rng):
        geom = shapely.linestrings(line)
        spacing = np.arange(0.0, 60000.0, 300.0)
        if category == "F":  # Fv roads meet the main roads at a shared vertex: exits
            crossings = shapely.get_coordinates(shapely.intersection(geom, main))
            cut = np.hypot(*(crossings - line[0]).T) if len(crossings) else np.empty(0)
            spacing = np.concatenate([spacing, cut])
        for segment in _split_straight(line, spacing):
            grid_rows.append((category, number, "enkelBilveg", segment))
    rows.extend(grid_rows)
    street_rows = []
    for line in streets:
        length = float(np.hypot(*(line[1] - line[0])))
        pieces = max(1, int(math.ceil(length / 150.0)))
        for segment in _split_straight(line, np.linspace(0, length, pieces + 1)[1:-1]):
            street_rows.append(("K", int(rng.integers(2000, 9999)), "enkelBilveg", segment))
    room = N_ROADS - len(rows)
    if room > len(street_rows):
        raise RuntimeError("bench_data: too few streets to make {} road segments".format(N_ROADS))
    keep = np.sort(rng.choice(len(street_rows), size=room, replace=False))
    rows.extend(street_rows[i] for i in keep)

    traffic = []
    for label, (category, number, xy) in corridors.items():
        base = {"E6": 32000, "E18": 41000, "Rv4": 11000, "Rv19": 7000}[label]
        share = {"E6": 17.0, "E18": 15.0, "Rv4": 12.0, "Rv19": 9.0}[label]
        for piece in _lines_from_chunks(xy, 40):  # ~2 km traffic links
            traffic.append((category, number, piece, int(base * rng.uniform(0.7, 1.3)),
                            round(share * rng.uniform(0.8, 1.2), 1)))
    for category, number, line in _grid_lines(np.random.default_rng(SEED + 1)):
        if category != "F":
            continue
        for segment in _split_straight(line, np.arange(2500.0, 60000.0, 2500.0)):
            traffic.append((category, number, segment, int(rng.integers(800, 6000)), round(rng.uniform(6, 12), 1)))
    return rows, traffic


# --------------------------------------------------------------------------- zoning

def _zoning(rng: np.random.Generator, blocks: np.ndarray, block_kind: np.ndarray):
    """A Voronoi tessellation of the region: half the seeds in the blocks, half outside."""
    block_polys = shapely.polygons(blocks)
    n_in = N_ZONING // 2
    area = shapely.area(block_polys)
    which = rng.choice(len(blocks), size=n_in, p=area / area.sum())
    u, v = rng.uniform(0, 1, n_in), rng.uniform(0, 1, n_in)
    b = blocks[which]
    # a point of each block quad from its corners (bilinear): inside since blocks are rectangles
    inside = (b[:, 0] * ((1 - u) * (1 - v))[:, None] + b[:, 1] * (u * (1 - v))[:, None]
              + b[:, 2] * (u * v)[:, None] + b[:, 3] * ((1 - u) * v)[:, None])
    tree = shapely.STRtree(block_polys)
    outside = np.empty((0, 2))
    while len(outside) < N_ZONING - n_in:
        cand = rng.uniform(0, SIZE_M, (N_ZONING, 2))
        hit = np.zeros(len(cand), dtype=bool)
        hit[tree.query(shapely.points(cand), predicate="intersects")[0]] = True
        outside = np.concatenate([outside, cand[~hit]])
    seeds = np.concatenate([inside, outside[:N_ZONING - n_in]])
    region = shapely.box(0, 0, SIZE_M, SIZE_M)
    cells = shapely.get_parts(shapely.voronoi_polygons(shapely.multipoints(seeds), extend_to=region))
    cells = shapely.intersection(cells, region)
    cells = cells[~shapely.is_empty(cells) & (shapely.area(cells) > 1.0)]
    cells = shapely.segmentize(cells, 25.0)
    # the block under each cell's representative point decides its land use
    rep = shapely.point_on_surface(cells)
    cell_i, block_i = tree.query(rep, predicate="intersects")
    kind = np.full(len(cells), "countryside", dtype=object)
    kind[cell_i] = block_kind[block_i]
    codes = np.zeros(len(cells), dtype=np.int64)
    for name, (options, p) in ZONING_CODES.items():
        idx = np.flatnonzero(kind == name)
        codes[idx] = rng.choice(options, size=len(idx), p=p)
    status = np.where(rng.uniform(size=len(cells)) < 0.12, 2, 1)
    plan = np.array(["3103-{}".format(2011 + int(k)) for k in rng.integers(0, 4, len(cells))], dtype=object)
    return cells, codes, status, plan


# --------------------------------------------------------------------------- DEM

def _spline_weights(n_fine: int, cell_fine: float, cell_coarse: float) -> np.ndarray:
    """Dense cubic B-spline weights (n_fine x n_coarse) sampling a coarse grid at cell centres."""
    t = (np.arange(n_fine) + 0.5) * cell_fine / cell_coarse + 1.0
    i = np.floor(t).astype(int)
    f = t - i
    w = np.stack([(1 - f) ** 3 / 6, (3 * f ** 3 - 6 * f ** 2 + 4) / 6, (-3 * f ** 3 + 3 * f ** 2 + 3 * f + 1) / 6,
                  f ** 3 / 6], axis=1)
    n_coarse = int(i.max()) + 3
    out = np.zeros((n_fine, n_coarse))
    for k in range(4):
        np.add.at(out, (np.arange(n_fine), i + k - 1), w[:, k])
    return out


def _noise(rng: np.random.Generator, n: int, cell: float, amp: float) -> np.ndarray:
    """Smooth noise on the n x n DEM grid: a random coarse grid sampled by cubic B-splines."""
    wy = _spline_weights(n, DEM_CELL_M, cell)
    wx = _spline_weights(n, DEM_CELL_M, cell)
    right = rng.normal(0.0, amp, (wy.shape[1], wx.shape[1])) @ wx.T
    out = np.empty((n, n), dtype=np.float32)
    for r0 in range(0, n, 1000):
        out[r0:r0 + 1000] = wy[r0:r0 + 1000] @ right
    return out


def _dem(rng: np.random.Generator, path: Path) -> None:
    import rasterio
    from rasterio.transform import from_origin

    n = int(SIZE_M / DEM_CELL_M)
    z = np.zeros((n, n), dtype=np.float32)
    # (coarse cell m, amplitude m): hills, undulation, small relief
    # A smooth roughness field (0.2-2.2) makes flat valleys and steep hillsides.
    rough = _noise(rng, n, 8000.0, 1.0)
    rough = 0.2 + 2.0 / (1.0 + np.exp(-2.5 * rough))
    for cell, amp in ((6000.0, 250.0), (1500.0, 60.0), (400.0, 12.0), (120.0, 1.5)):
        layer = _noise(rng, n, cell, amp)
        if cell < 6000.0:
            layer *= rough
        z += layer
    yy = np.arange(n)[:, None]
    z += (350.0 + 0.004 * DEM_CELL_M * (n - yy)).astype(np.float32)  # rising inland (to the north)
    z = np.round(z, 2)
    profile = dict(driver="GTiff", width=n, height=n, count=1, dtype="float32", crs=CRS, nodata=-9999.0,
                   transform=from_origin(X0, Y0 + SIZE_M, DEM_CELL_M, DEM_CELL_M), tiled=True,
                   blockxsize=256, blockysize=256, compress="deflate", predictor=3)
    with rasterio.open(path, "w", **profile) as dst:
        dst.write(z, 1)


# --------------------------------------------------------------------------- writing

def _frame(columns: dict, geometry, crs: str = CRS):
    import geopandas as gpd

    return gpd.GeoDataFrame(columns, geometry=np.asarray(geometry, dtype=object), crs=crs)


def _write(frame, path: Path, layer: str) -> None:
    if path.exists():
        path.unlink()
    frame.to_file(path, layer=layer, driver="GPKG", engine=ENGINE)


def _translated(geoms: np.ndarray) -> np.ndarray:
    return shapely.transform(geoms, lambda xy: _world(xy))


def generate(folder: Path, regenerate: bool = False, log: Callable[[str], None] = print) -> Dict[str, Path]:
    """Write the region under ``folder`` unless a current copy is there; return the paths."""
    folder = Path(folder)
    files = paths(folder)
    if not regenerate and is_current(folder):
        log("bench data: reusing {}".format(folder))
        return files
    folder.mkdir(parents=True, exist_ok=True)
    (folder / MANIFEST).unlink(missing_ok=True)
    started = time.perf_counter()
    rng = np.random.default_rng(SEED)

    def step(text: str) -> None:
        log("bench data: {} ({:.0f} s)".format(text, time.perf_counter() - started))

    corridors = _corridor_vertices()
    corridor_lines = np.array([shapely.linestrings(xy) for key, (_, _, xy) in corridors.items() if key != "Rv19"])
    layout = _parcels(rng, corridor_lines)
    geoms = _parcel_polygons(rng, layout["quads"])
    area = shapely.area(geoms)
    fits = np.flatnonzero((area >= 500.0) & (area <= 20000.0))[:N_PARCELS]
    if len(fits) < N_PARCELS:
        raise RuntimeError("bench_data: only {} parcels of 500-20 000 m²".format(len(fits)))
    geoms, layout["kind"] = geoms[fits], layout["kind"][fits]
    order = rng.permutation(len(geoms))  # first N rows = a region-wide sample
    geoms, kinds = geoms[order], layout["kind"][order]
    _write(_frame({"tomt_id": np.arange(1, len(geoms) + 1), "gnr": rng.integers(1, 400, len(geoms)),
                   "bnr": rng.integers(1, 900, len(geoms)), "arealtype": kinds.astype(str)},
                  _translated(geoms)), files["parcels"], LAYERS["parcels"])
    step("{} parcels in {} blocks".format(len(geoms), len(layout["blocks"])))

    road_rows, traffic_rows = _roads(rng, corridors, layout["streets"])
    _write(_frame({"vegkategori": [r[0] for r in road_rows], "vegnummer": [r[1] for r in road_rows],
                   "typeVeg": [r[2] for r in road_rows]},
                  _translated(np.array([shapely.linestrings(r[3]) for r in road_rows], dtype=object))),
           files["roads"], LAYERS["roads"])
    _write(_frame({"vegkategori": [t[0] for t in traffic_rows], "vegnummer": [t[1] for t in traffic_rows],
                   "ådtTotal": [t[3] for t in traffic_rows], "ådtAndelLangeKjøretøy": [t[4] for t in traffic_rows],
                   "årGjelderFor": [2023] * len(traffic_rows)},
                  _translated(np.array([shapely.linestrings(t[2]) for t in traffic_rows], dtype=object))),
           files["traffic"], LAYERS["traffic"])
    step("{} road segments, {} traffic links".format(len(road_rows), len(traffic_rows)))

    cells, codes, status, plan = _zoning(rng, layout["blocks"], layout["block_kind"])
    _write(_frame({"arealformål": codes, "arealbruksstatus": status, "planidentifikasjon": plan}, _translated(cells)),
           files["kpa"], LAYERS["kpa"])
    step("{} zoning polygons".format(len(cells)))

    _substations(rng, layout["blocks"], files["substations"])
    _context_extras(rng, geoms, kinds, layout, corridors, files)
    step("substations, buildings, hazard zones, protected areas, existing stations")

    _dem(rng, files["dem"])
    step("DEM {0} x {0} cells".format(int(SIZE_M / DEM_CELL_M)))

    manifest = dict(_manifest_wanted(), written=time.strftime("%Y-%m-%d %H:%M:%S"),
                    seconds=round(time.perf_counter() - started, 1))
    (folder / MANIFEST).write_text(json.dumps(manifest, indent=2), encoding="utf-8")
    return files


def _substations(rng: np.random.Generator, blocks: np.ndarray, path: Path) -> None:
    """A DIGIN GridCapacity FeatureCollection (WGS84): 70 % of the substations by built-up blocks."""
    from pyproj import Transformer

    n_near = int(N_SUBSTATIONS * 0.7)
    centre = blocks[rng.integers(0, len(blocks), n_near), :4].mean(axis=1)
    xy = np.concatenate([centre + rng.uniform(-400, 400, (n_near, 2)),
                         rng.uniform(500, SIZE_M - 500, (N_SUBSTATIONS - n_near, 2))])
    xy = _world(xy)
    lon, lat = Transformer.from_crs(CRS, "EPSG:4326", always_xy=True).transform(xy[:, 0], xy[:, 1])
    band = rng.choice(4, size=N_SUBSTATIONS, p=[0.25, 0.40, 0.25, 0.10])
    low = np.array([0.0, 0.5, 3.0, 10.0])[band]
    high = np.array([0.5, 3.0, 10.0, 40.0])[band]
    free = np.round(rng.uniform(low, high), 1)
    features = [{
        "type": "Feature",
        "geometry": {"type": "Point", "coordinates": [round(float(lon[i]), 6), round(float(lat[i]), 6)]},
        "properties": {"name": "TS {:04d}".format(i + 1), "owner": "Syntetisk Nett AS", "capacityDate": "2025-01-01",
                       "capacityUnit": "MW", "availableCons": float(free[i]),
                       "reservedCons": float(np.round(rng.uniform(0, 5), 1)),
                       "availableProd": float(np.round(rng.uniform(0, 20), 1))},
    } for i in range(N_SUBSTATIONS)]
    document = {"@context": {"dcterms": "http://purl.org/dc/terms/"}, "dcterms:publisher": "Syntetisk Nett AS",
                "type": "FeatureCollection", "features": features}
    path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")


def _ellipses(rng: np.random.Generator, centres: np.ndarray, radius: Tuple[float, float]) -> np.ndarray:
    n = len(centres)
    a, b = rng.uniform(*radius, n), rng.uniform(*radius, n)
    angle = rng.uniform(0, np.pi, n)
    t = np.linspace(0, 2 * np.pi, 33)
    x = a[:, None] * np.cos(t)[None]
    y = b[:, None] * np.sin(t)[None]
    ring = np.stack([centres[:, :1] + x * np.cos(angle)[:, None] - y * np.sin(angle)[:, None],
                     centres[:, 1:] + x * np.sin(angle)[:, None] + y * np.cos(angle)[:, None]], axis=2)
    ring[:, -1] = ring[:, 0]
    return shapely.polygons(ring)


def _context_extras(rng, parcel_geoms, parcel_kinds, layout, corridors, files) -> None:
    """Buildings, hazard zones, protected areas and existing stations."""
    # buildings: one on a fifth of the parcels (type by block type), and scattered farms
    chosen = np.flatnonzero(rng.uniform(size=len(parcel_geoms)) < 0.2)
    points = [shapely.point_on_surface(parcel_geoms[chosen])]
    types = [np.zeros(len(chosen), dtype=np.int64)]
    for name, (options, p) in BUILDING_TYPES.items():
        idx = np.flatnonzero(parcel_kinds[chosen] == name)
        types[0][idx] = rng.choice(options, size=len(idx), p=np.asarray(p) / np.sum(p))
    farms = 6000
    points.append(shapely.points(rng.uniform(0, SIZE_M, (farms, 2))))
    types.append(rng.choice([111, 241, 249], size=farms, p=[0.5, 0.3, 0.2]))
    points = np.concatenate(points)
    types = np.concatenate(types)
    _write(_frame({"bygningstype": types, "bygningsnummer": np.arange(300000001, 300000001 + len(types))},
                  _translated(points)), files["buildings"], LAYERS["buildings"])

    # hensynssoner: landslide (310) and flood (320) zones, power-line corridors (370)
    slides = _ellipses(rng, rng.uniform(0, SIZE_M, (900, 2)), (60, 350))
    streams = []
    for _ in range(300):
        start = rng.uniform(0, SIZE_M, 2)
        heading = rng.uniform(0, 2 * np.pi)
        steps = np.cumsum(rng.normal(0, 0.25, 30)) + heading
        xy = start + np.cumsum(np.column_stack([np.cos(steps), np.sin(steps)]) * 100.0, axis=0)
        streams.append(shapely.buffer(shapely.linestrings(xy), rng.uniform(20, 80)))
    lines = []
    for _ in range(200):
        a = rng.uniform(0, SIZE_M, 2)
        b = a + rng.uniform(-6000, 6000, 2)
        lines.append(shapely.buffer(shapely.linestrings(np.array([a, b])), 20.0, cap_style="flat"))
    zones = np.concatenate([slides, np.array(streams), np.array(lines)])
    codes = np.r_[np.full(len(slides), 310), np.full(len(streams), 320), np.full(len(lines), 370)]
    zones = shapely.intersection(zones, shapely.box(0, 0, SIZE_M, SIZE_M))
    keep = ~shapely.is_empty(zones)
    names = np.array(["H{}_{}".format(c, i + 1) for i, c in enumerate(codes)], dtype=object)
    _write(_frame({"hensynSonenavn": names[keep]}, _translated(zones[keep])), files["hazards"], LAYERS["hazards"])

    # protected areas: in the countryside; the larger ones reach the edge of some blocks
    block_tree = shapely.STRtree(shapely.polygons(layout["blocks"]))
    centres = rng.uniform(2000, SIZE_M - 2000, (400, 2))
    clear = np.ones(len(centres), dtype=bool)
    clear[block_tree.query(shapely.points(centres), predicate="dwithin", distance=400)[0]] = False
    centres = centres[clear][:80]
    protected = _ellipses(rng, centres, (300, 1500))
    _write(_frame({"navn": ["Naturreservat {}".format(i + 1) for i in range(len(protected))],
                   "verneform": rng.choice(["naturreservat", "landskapsvernområde"], len(protected))},
                  _translated(protected)), files["protected"], LAYERS["protected"])

    # existing stations: along the main roads
    xy_all = np.concatenate([xy for (_, _, xy) in corridors.values()])
    at = xy_all[rng.choice(len(xy_all), 60, replace=False)] + rng.uniform(-300, 300, (60, 2))
    kinds = rng.choice(["Hydrogen", "Batteri", "Biogass", "Diesel"], size=60, p=[0.1, 0.4, 0.15, 0.35])
    _write(_frame({"navn": ["Stasjon {}".format(i + 1) for i in range(60)], "stasjonstype": kinds},
                  _translated(shapely.points(at))), files["existing"], LAYERS["existing"])


def main(argv: Optional[List[str]] = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--output", default=str(Path(__file__).resolve().parents[1] / "bench_output" / "data"))
    parser.add_argument("--regenerate", action="store_true", help="write the files even if a current copy exists")
    args = parser.parse_args(argv)
    generate(Path(args.output), args.regenerate)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

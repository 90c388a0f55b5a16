#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-2.0-or-later
"""Generate the bundled demo dataset for Mosseregionen and Drammensregionen.

A developer tool, run once; its output under ``resources/demo/`` is committed.
Real layers (municipalities, N1000 roads, high-voltage lines, urban areas,
protected areas) are copied from the shared data folder with attribution.
Everything else (candidate parcels, zoning, hazard zones, buildings, traffic,
grid capacity, terrain) is GENERATED over the real geography with a fixed
random seed and says so in its own metadata.

Usage::

    PROJ_DATA=/usr/share/proj .venv/bin/python tools/make_demo_data.py \
        [--shared /work/shared/data] [--out resources/demo] [--seed 20250601]

Needs numpy, scipy, shapely 2, geopandas >= 1.0, rasterio (all in the
project venv; scipy comes from Debian's python3-scipy).
"""
from __future__ import annotations

import argparse
import csv
import json
import math
import sqlite3
import sys
import uuid
from pathlib import Path
from typing import Dict, List, Optional, Sequence, Tuple

import geopandas as gpd
import numpy as np
import pandas as pd
import pyogrio
import rasterio
import rasterio.windows
import shapely
from pyproj import Transformer
from rasterio import features
from rasterio.transform import from_origin
from scipy import ndimage
from shapely import affinity
from shapely.geometry import LineString, Point, Polygon, box
from shapely.ops import nearest_points

REPO = Path(__file__).resolve().parents[1]
DEFAULT_SHARED = Path("/work/shared/data")
DEFAULT_OUT = REPO / "resources" / "demo"
SEED = 20250601

CRS = "EPSG:25833"
GEN = "generert (demo)"
GEN_DESC = "GENERATED for demo — not real data"
APPROX = "approximate, from name (Enova runde 1, des. 2023)"
KV_KOMMUNER = "Kartverket, kommuner 2024 (CC BY 4.0)"
KV_N1000 = "Kartverket N1000 {layer} (CC BY 4.0)"

GPKG_NAME = "energistasjon_demo.gpkg"
GRID_NAME = "nettkapasitet_demo.geojson"
DEM_NAME = "dem_demo.tif"

# Region membership by kommunenummer (2024 structure). Kommune names are not
# unique in Norway (Våler exists in Østfold and Innlandet), numbers are.
REGIONS: Dict[str, List[str]] = {
    "Mosseregionen": ["3103", "3112", "3114", "3216"],  # Moss, Råde, Våler, Vestby
    "Drammensregionen": ["3301", "3312", "3314"],  # Drammen, Lier, Øvre Eiker
}
PREFIX = {"Mosseregionen": "MOS", "Drammensregionen": "DRM"}
# Parcel counts aimed at per region (the brief asks for 150-300 each).
TARGET = {"Mosseregionen": 190, "Drammensregionen": 230}
OWNER = {"Mosseregionen": "Elvia", "Drammensregionen": "Glitre Nett"}

# Hensynssone faresone codes (pbl § 11-8 a), see DOMAIN.md.
FARE_RAS, FARE_FLOM, FARE_BRANN, FARE_HOYSPENT = 310, 320, 350, 370

# Matrikkel/SSB bygningstype codes used (checked against Geonorge's
# bygningstype code list; see README.md).
BYGNINGSTYPER: Dict[int, str] = {
    111: "Enebolig",
    112: "Enebolig med hybel/sokkelleilighet",
    113: "Våningshus",
    121: "Tomannsbolig, vertikaldelt",
    122: "Tomannsbolig, horisontaldelt",
    131: "Rekkehus",
    133: "Kjede-/atriumhus",
    136: "Andre småhus med 3 boliger eller flere",
    142: "Stort frittliggende boligbygg på 3 og 4 etasjer",
    143: "Stort frittliggende boligbygg på 5 etasjer eller mer",
    145: "Store sammenbygde boligbygg på 3 og 4 etasjer",
    151: "Bo- og servicesenter",
    612: "Barnehage",
    613: "Barneskole",
    614: "Ungdomsskole",
    615: "Kombinert barne- og ungdomsskole",
    616: "Videregående skole",
    719: "Sykehus",
    721: "Sykehjem",
    722: "Bo- og behandlingssenter, aldershjem",
}

# Approximate WGS84 positions of the two Enova round-1 truck stations near the
# regions, from their names only (Langhus in Nordre Follo, Svinesundparken in
# Halden, both by the E6); snapped to the real N1000 E6 line.
ENOVA_APPROX = [
    ("Ladestasjon for tunge kjøretøy - Langhus", "TUNGBIL LADING AS", 10.815, 59.765, "3207"),
    ("Ladestasjon Svinesundparken døgnhvileplass", "MER NORWAY AS", 11.262, 59.105, "3101"),
]


# ----------------------------------------------------------------------------
# small geometry helpers
# ----------------------------------------------------------------------------

def rect(cx: float, cy: float, width: float, depth: float, angle_deg: float) -> Polygon:
    """Rectangle ``width`` along the angle, ``depth`` across it, centred on (cx, cy)."""
    poly = box(-width / 2.0, -depth / 2.0, width / 2.0, depth / 2.0)
    poly = affinity.rotate(poly, angle_deg, origin=(0, 0))
    return affinity.translate(poly, cx, cy)


def chamfer(poly: Polygon, rng: np.random.Generator) -> Polygon:
    """Cut one corner off a rectangle so that parcels are not all perfect boxes."""
    coords = np.asarray(poly.exterior.coords)[:4]
    i = int(rng.integers(4))
    a, b, c = coords[i - 1], coords[i], coords[(i + 1) % 4]
    f1, f2 = rng.uniform(0.2, 0.45, 2)
    p1 = b + (a - b) * f1
    p2 = b + (c - b) * f2
    cut = Polygon([b, p1, p2])
    out = poly.difference(cut)
    return out if isinstance(out, Polygon) and out.is_valid else poly


def with_area(poly: Polygon, area: float) -> Polygon:
    """``poly`` scaled about its centroid to ``area`` m²."""
    f = math.sqrt(area / poly.area)
    return affinity.scale(poly, f, f, origin="centroid")


def sample_in(geom, n: int, rng: np.random.Generator, max_tries: int = 60) -> np.ndarray:
    """``n`` uniform random points (x, y) inside ``geom`` by rejection."""
    if geom is None or geom.is_empty or n <= 0:
        return np.empty((0, 2))
    minx, miny, maxx, maxy = geom.bounds
    shapely.prepare(geom)
    got: List[np.ndarray] = []
    count = 0
    for _ in range(max_tries):
        m = max(4 * (n - count), 64)
        xs = rng.uniform(minx, maxx, m)
        ys = rng.uniform(miny, maxy, m)
        ok = shapely.contains_xy(geom, xs, ys)
        pts = np.column_stack([xs[ok], ys[ok]])
        got.append(pts)
        count += len(pts)
        if count >= n:
            break
    pts = np.vstack(got) if got else np.empty((0, 2))
    return pts[:n]


def line_angle_at(line: LineString, pt: Point) -> float:
    """Direction (degrees) of ``line`` near its closest point to ``pt``."""
    s = line.project(pt)
    a = line.interpolate(max(s - 20.0, 0.0))
    b = line.interpolate(min(s + 20.0, line.length))
    if a.equals(b):
        return 0.0
    return math.degrees(math.atan2(b.y - a.y, b.x - a.x))


def clean_polys(geom, min_area: float = 50.0) -> List[Polygon]:
    """Polygon parts of any geometry, dropping slivers below ``min_area`` m²."""
    if geom is None or geom.is_empty:
        return []
    parts = shapely.get_parts(shapely.make_valid(geom))
    out: List[Polygon] = []
    for p in parts:
        if isinstance(p, Polygon):
            if p.area >= min_area:
                out.append(p)
        elif p.geom_type in ("MultiPolygon", "GeometryCollection"):
            out.extend(clean_polys(p, min_area))
    return out


def random_date(rng: np.random.Generator, year: int) -> str:
    """An ISO date in ``year`` (day 1-28, so every month has it)."""
    return f"{year}-{int(rng.integers(1, 13)):02d}-{int(rng.integers(1, 29)):02d}"


def smoothstep(t: np.ndarray) -> np.ndarray:
    t = np.clip(t, 0.0, 1.0)
    return t * t * (3.0 - 2.0 * t)


# ----------------------------------------------------------------------------
# real data
# ----------------------------------------------------------------------------

def load_codelists(shared: Path) -> Dict[str, set]:
    """Codes that exist in the shared SOSI code lists (kp, rp, rp pbl 1985)."""
    files = {
        "kp": "kp_arealformal_codes.csv",
        "rp": "rp_arealformal_codes.csv",
        "rp1985": "rb_reguleringsformal_pbl1985_codes.csv",
    }
    out = {}
    for key, name in files.items():
        with open(shared / "plan_codelists" / name, encoding="utf-8") as fh:
            out[key] = {int(row["code"]) for row in csv.DictReader(fh)}
    return out


def load_real(shared: Path) -> dict:
    """Municipalities and N1000 layers clipped to the two regions (+3 km)."""
    kom_all = gpd.read_file(shared / "kommuner" / "kommuner_oslo_region_2024_4326.geojson").to_crs(CRS)
    kom_all["geometry"] = shapely.make_valid(kom_all.geometry.values)
    nr2reg = {nr: reg for reg, nrs in REGIONS.items() for nr in nrs}
    kom = kom_all[kom_all["kommunenummer"].isin(nr2reg)].copy()
    if len(kom) != len(nr2reg):
        raise SystemExit(f"expected {len(nr2reg)} municipalities, found {len(kom)}")
    kom["region"] = kom["kommunenummer"].map(nr2reg)
    kom = kom[["kommunenummer", "kommunenavn", "region", "geometry"]]
    kom = kom.sort_values(["region", "kommunenummer"], ascending=[False, True]).reset_index(drop=True)
    kom["kilde"] = KV_KOMMUNER

    land = shapely.make_valid(kom_all.union_all())
    regions = {reg: shapely.make_valid(kom[kom.region == reg].union_all()) for reg in REGIONS}
    clip_area = shapely.union_all([g.buffer(3000) for g in regions.values()])

    n1000 = shared / "kartverket_n1000" / "n1000_oslo_region_25833.gpkg"

    def clipped(layer: str) -> gpd.GeoDataFrame:
        g = gpd.read_file(n1000, layer=layer)
        g = gpd.clip(g, clip_area).explode(index_parts=False)
        return g[~g.geometry.is_empty].reset_index(drop=True)

    roads = gpd.read_file(n1000, layer="Veglenke")
    # Marked hiking trails are not roads; ferries stay (typeVeg says what they are).
    roads = roads[roads["typeVeg"] != "sti"]
    roads = gpd.clip(roads, clip_area).explode(index_parts=False)
    roads = roads[roads.geom_type == "LineString"].reset_index(drop=True)
    roads = roads[["vegkategori", "vegnummer", "typeVeg", "motorvegtype", "medium", "vegfase",
                   "oppdateringsdato", "geometry"]]
    roads["kilde"] = KV_N1000.format(layer="Veglenke")

    lh = clipped("LuftledningLH")
    lh = lh[lh.geom_type == "LineString"].reset_index(drop=True)
    lh["kilde"] = KV_N1000.format(layer="LuftledningLH")
    urban = clipped("Tettbebyggelse")
    urban = urban[urban.geom_type == "Polygon"].reset_index(drop=True)
    urban["kilde"] = KV_N1000.format(layer="Tettbebyggelse")

    nv = gpd.read_file(n1000, layer="Naturvernomrade")
    nv_dist = {reg: nv.distance(geom) for reg, geom in regions.items()}
    inside = np.zeros(len(nv), dtype=bool)
    for d in nv_dist.values():
        inside |= (d.values == 0)
    # No N1000 protected area lies in either region: keep the nearest one(s)
    # to each region, unclipped, and say so in README.md. Never invent any.
    keep = inside.copy()
    for d in nv_dist.values():
        keep[int(np.argmin(d.values))] = True
        keep |= (d.values < 15000)
    nv = nv[keep].copy()
    for reg, d in nv_dist.items():
        nv["avstand_" + ("mosseregionen" if reg == "Mosseregionen" else "drammensregionen") + "_m"] = (
            d[keep].round().astype(int).values)
    nv["kilde"] = KV_N1000.format(layer="Naturvernomrade")
    nv = nv.reset_index(drop=True)

    stasjon = gpd.read_file(n1000, layer="Stasjon")
    kom_n1000 = gpd.read_file(n1000, layer="Kommune")
    return {
        "kom_all": kom_all,
        "kom": kom,
        "land": land,
        "regions": regions,
        "clip_area": clip_area,
        "roads": roads,
        "lh": lh,
        "urban": urban,
        "nv": nv,
        "nv_inside": bool(inside.any()),
        "nv_dist": {reg: float(d.min()) for reg, d in nv_dist.items()},
        "stasjon": stasjon,
        "kom_n1000": kom_n1000,
        "e6_full": gpd.read_file(n1000, layer="Veglenke").query("vegkategori == 'E' and vegnummer == 6"),
    }


def road_subsets(roads: gpd.GeoDataFrame) -> dict:
    """E/R trunk roads, drivable roads and exits (junction nodes on E/R roads)."""
    drivable = roads[roads["typeVeg"] == "enkelBilveg"]
    er = drivable[drivable["vegkategori"].isin(["E", "R"])]
    # Nodes: segment end points. An exit is a node on an E/R road where a road
    # with another number ends too (N1000 is generalised, so this is approximate).
    rows = []
    for idx, g in zip(drivable.index, drivable.geometry):
        c = np.asarray(g.coords)
        for xy in (c[0], c[-1]):
            rows.append((round(xy[0], 0), round(xy[1], 0), idx))
    nodes = pd.DataFrame(rows, columns=["x", "y", "idx"])
    nodes["kat"] = drivable.loc[nodes["idx"], "vegkategori"].values
    nodes["nr"] = drivable.loc[nodes["idx"], "vegnummer"].values
    nodes["ref"] = nodes["kat"].astype(str) + nodes["nr"].fillna(-1).astype(int).astype(str)
    exits = []
    for (x, y), grp in nodes.groupby(["x", "y"]):
        refs = set(grp["ref"])
        trunk = sorted(r for r in refs if r[0] in "ER")
        if trunk and len(refs) >= 2:
            exits.append((x, y, trunk[0], len(grp)))
    exits = pd.DataFrame(exits, columns=["x", "y", "trunk", "degree"])
    return {"drivable": drivable, "er": er, "exits": exits}


# ----------------------------------------------------------------------------
# raster grid and terrain
# ----------------------------------------------------------------------------

class Grid:
    """North-up grid over both regions (+1 km)."""

    def __init__(self, bounds: Tuple[float, float, float, float], cell: float):
        minx, miny, maxx, maxy = bounds
        self.cell = cell
        self.minx = math.floor(minx / cell) * cell
        self.maxy = math.ceil(maxy / cell) * cell
        self.width = int(math.ceil((maxx - self.minx) / cell))
        self.height = int(math.ceil((self.maxy - miny) / cell))
        self.shape = (self.height, self.width)
        self.transform = from_origin(self.minx, self.maxy, cell, cell)
        self.xs = self.minx + (np.arange(self.width) + 0.5) * cell
        self.ys = self.maxy - (np.arange(self.height) + 0.5) * cell

    def burn(self, geoms: Sequence, all_touched: bool = False) -> np.ndarray:
        geoms = [g for g in geoms if g is not None and not g.is_empty]
        if not geoms:
            return np.zeros(self.shape, dtype=bool)
        return features.rasterize(((g, 1) for g in geoms), out_shape=self.shape, transform=self.transform,
                                  fill=0, all_touched=all_touched, dtype="uint8").astype(bool)

    def distance_to(self, mask: np.ndarray) -> np.ndarray:
        """Distance (m) from every cell to the nearest True cell of ``mask``."""
        if not mask.any():
            return np.full(self.shape, 1e9)
        return ndimage.distance_transform_edt(~mask) * self.cell

    def window(self, geom, pad: float) -> Tuple[slice, slice]:
        minx, miny, maxx, maxy = geom.bounds
        c0 = max(int((minx - pad - self.minx) // self.cell), 0)
        c1 = min(int((maxx + pad - self.minx) // self.cell) + 1, self.width)
        r0 = max(int((self.maxy - maxy - pad) // self.cell), 0)
        r1 = min(int((self.maxy - miny + pad) // self.cell) + 1, self.height)
        return slice(r0, r1), slice(c0, c1)


def smooth_noise(rng: np.random.Generator, grid: Grid, scale: float) -> np.ndarray:
    """Zero-mean, unit-variance smooth noise with features about ``scale`` m across."""
    factor = scale / grid.cell
    ny = int(math.ceil(grid.height / factor)) + 4
    nx = int(math.ceil(grid.width / factor)) + 4
    coarse = ndimage.gaussian_filter(rng.standard_normal((ny, nx)), 1.0, mode="reflect")
    fine = ndimage.zoom(coarse, factor, order=3, mode="reflect")[: grid.height, : grid.width]
    fine = fine - fine.mean()
    return fine / fine.std()


def river_line(real: dict, subsets: dict):
    """Approximate course of Drammenselva through Øvre Eiker and Drammen.

    Derived, not surveyed: between Hokksund and the fjord head, the midline between
    the real E134 (south bank) and the real railway (north bank), which both follow
    the river there; north of Hokksund, the N1000 road R350 up the river valley.
    """
    roads = subsets["er"]
    e134 = shapely.line_merge(shapely.union_all(
        roads[(roads.vegkategori == "E") & (roads.vegnummer == 134)].geometry.values))
    shared_rail = gpd.read_file(real["n1000_path"], layer="Bane")
    rail = shapely.union_all(shared_rail.geometry.values)
    pts = []
    for x in np.arange(213500.0, 231600.0, 400.0):
        probe = LineString([(x, 6620000.0), (x, 6645000.0)])
        hits = [p for p in shapely.get_parts(e134.intersection(probe)) if p.geom_type == "Point"]
        if not hits:
            continue
        road_pt = min(hits, key=lambda p: p.y)
        rail_pt = nearest_points(rail, road_pt)[0]
        if road_pt.distance(rail_pt) < 2500:
            pts.append(((road_pt.x + rail_pt.x) / 2.0, (road_pt.y + rail_pt.y) / 2.0))
        else:
            pts.append((road_pt.x, road_pt.y + 300.0))
    if len(pts) < 3:
        return None
    arr = np.asarray(pts)
    arr[:, 1] = ndimage.uniform_filter1d(arr[:, 1], 5, mode="nearest")
    # End at the fjord head: nearest sea point to the last point.
    sea_edge = real["land"].boundary
    end = nearest_points(sea_edge, Point(arr[-1]))[0]
    arr = np.vstack([arr, [end.x, end.y]])
    lower = LineString(arr)
    r350 = roads[(roads.vegkategori == "R") & (roads.vegnummer == 350)].geometry
    upper = [g for g in r350 if g.bounds[0] < arr[0, 0] + 3000 and g.bounds[1] > arr[0, 1] - 1500]
    if not upper:
        return lower
    upper_line = shapely.line_merge(shapely.union_all(upper))
    joint = LineString([nearest_points(upper_line, Point(arr[0]))[0], Point(arr[0])])
    return shapely.union_all([lower, upper_line, joint])


def base_terrain(real: dict, subsets: dict, grid: Grid, river: Optional[LineString],
                 rng: np.random.Generator) -> dict:
    """Plausible generated terrain: low by the fjord, smooth hills, gentle by roads."""
    land = grid.burn([real["land"]])
    valid = land & grid.burn([shapely.union_all([g.buffer(500) for g in real["regions"].values()])])
    d_sea = ndimage.distance_transform_edt(land) * grid.cell
    d_road = grid.distance_to(grid.burn(list(subsets["er"].geometry), all_touched=True))
    d_river = grid.distance_to(grid.burn([river], all_touched=True)) if river is not None else np.full(
        grid.shape, 1e9)
    X = grid.xs[None, :]

    n_large = smooth_noise(rng, grid, 5000.0)
    n_med = smooth_noise(rng, grid, 900.0)
    n_small = smooth_noise(rng, grid, 180.0)

    w_east = smoothstep((X - 236000.0) / 12000.0)  # 0 Drammen side, 1 Moss side
    relief = (1 - w_east) * (230.0 + 90.0 * n_large) + w_east * (85.0 + 30.0 * n_large)
    relief = np.maximum(relief, 35.0)
    rise = (1 - w_east) * 2300.0 + w_east * 3300.0
    plain = np.clip((1 - w_east) * 120.0 + w_east * 150.0 + 180.0 * n_med, 0.0, 500.0)
    ramp = 1.0 - np.exp(-np.clip(d_sea - plain, 0.0, None) / rise)
    h = 0.4 + 0.004 * np.minimum(d_sea, plain) + relief * ramp

    river_level = 0.3 + 10.0 * np.clip((232500.0 - X) / 19500.0, 0.0, 1.0)
    floor = 650.0 + 200.0 * n_large
    valley = 1.0 - np.exp(-(np.clip(d_river - 0.5 * floor, 0.0, None) / (1.6 * floor)) ** 2)
    h_valley = river_level + 0.002 * d_river
    h = h_valley * (1.0 - valley) + h * valley

    damp = 0.35 + 0.65 * smoothstep(d_road / 2500.0)
    shore = 1.0 - np.exp(-d_sea / 1200.0)
    rough = (0.13 * n_med + 0.028 * n_small) * relief * damp * shore * (0.25 + 0.75 * valley)
    h = np.maximum(h + rough, 0.3)
    return {"h": h, "valid": valid, "d_sea": d_sea, "d_river": d_river, "river_level": np.broadcast_to(
        river_level, grid.shape), "land": land}


def polygonize(mask: np.ndarray, grid: Grid, min_cells: int, simplify: float) -> List[Polygon]:
    """Polygons of the True areas of ``mask`` (components below ``min_cells`` dropped)."""
    lab, n = ndimage.label(mask)
    if n == 0:
        return []
    sizes = ndimage.sum(mask, lab, index=np.arange(1, n + 1))
    keep = np.zeros(n + 1, dtype=bool)
    keep[1:] = sizes >= min_cells
    m = keep[lab].astype("uint8")
    out = []
    for geom, val in features.shapes(m, mask=m.astype(bool), transform=grid.transform):
        if val == 1:
            poly = shapely.geometry.shape(geom).simplify(simplify)
            out.extend(clean_polys(poly, 500.0))
    return out


# ----------------------------------------------------------------------------
# candidate parcels
# ----------------------------------------------------------------------------

class ParcelMaker:
    """Places non-overlapping parcels inside one region's municipalities."""

    def __init__(self, region: str, real: dict, subsets: dict, rng: np.random.Generator):
        self.region = region
        self.rng = rng
        kom = real["kom"][real["kom"].region == region]
        self.kom = kom
        self.kom_geoms = list(kom.geometry)
        self.kom_inner = [g.buffer(-5) for g in self.kom_geoms]
        for g in self.kom_inner:
            shapely.prepare(g)
        self.roads_tree = shapely.STRtree(subsets["drivable"].geometry.values)
        self.road_geoms = subsets["drivable"].geometry.values
        self.er_keepout = shapely.union_all(subsets["er"].buffer(25).values)
        self.any_keepout = shapely.union_all(subsets["drivable"].buffer(8).values)
        shapely.prepare(self.er_keepout)
        shapely.prepare(self.any_keepout)
        self.parcels: List[dict] = []
        self.geoms: List[Polygon] = []
        self.cluster_seq = 0

    def kommune_of(self, poly: Polygon) -> Optional[int]:
        for i, g in enumerate(self.kom_inner):
            if g.contains(poly):
                return i
        return None

    def fits(self, poly: Polygon) -> Optional[int]:
        """Index of the municipality holding ``poly`` if it can be placed, else None."""
        if not poly.is_valid or poly.is_empty:
            return None
        k = self.kommune_of(poly)
        if k is None:
            return None
        if self.er_keepout.intersects(poly) or self.any_keepout.intersects(poly):
            return None
        if self.geoms:
            near = shapely.STRtree(self.geoms).query(poly.buffer(6), predicate="intersects")
            if len(near):
                return None
        return k

    def add(self, poly: Polygon, k: int, kind: str, cluster: int, merknad: str = "") -> dict:
        row = {"geometry": poly, "k": k, "kind": kind, "cluster": cluster, "merknad": merknad}
        self.parcels.append(row)
        self.geoms.append(poly)
        return row

    def draw_area(self) -> float:
        a = float(np.exp(self.rng.normal(math.log(6500.0), 0.8)))
        # Kept just inside 1 500-40 000 m² so that centimetre rounding stays in range.
        return float(np.clip(a, 1510.0, 39900.0))

    def road_angle(self, x: float, y: float) -> float:
        p = Point(x, y)
        i = self.roads_tree.nearest(p)
        return line_angle_at(self.road_geoms[i], p)

    def parcel_shape(self, cx: float, cy: float, area: float, angle: float) -> Polygon:
        aspect = self.rng.uniform(1.0, 2.2)
        frontage = math.sqrt(area / aspect)
        poly = rect(cx, cy, frontage, area / frontage, angle)
        if self.rng.random() < 0.3:
            poly = with_area(chamfer(poly, self.rng), area)
        return poly

    def cluster(self, x: float, y: float, n_max: int, kind: str) -> int:
        """An estate: parcels on both sides of a local street through (x, y)."""
        rng = self.rng
        self.cluster_seq += 1
        cid = self.cluster_seq
        angle = self.road_angle(x, y) + rng.uniform(-25, 25)
        u = np.array([math.cos(math.radians(angle)), math.sin(math.radians(angle))])
        v = np.array([-u[1], u[0]])
        length = rng.uniform(250.0, 700.0)
        placed = 0
        for side in (1.0, -1.0):
            pos = -length / 2.0
            while pos < length / 2.0 and placed < n_max:
                area = self.draw_area()
                aspect = rng.uniform(1.0, 2.0)
                front = math.sqrt(area / aspect)
                depth = area / front
                c = np.array([x, y]) + u * (pos + front / 2.0) + side * v * (9.0 + depth / 2.0)
                poly = rect(c[0], c[1], front, depth, angle + rng.uniform(-4, 4))
                if rng.random() < 0.25:
                    poly = with_area(chamfer(poly, rng), area)
                pos += front + rng.uniform(8.0, 30.0)
                k = self.fits(poly)
                if k is not None:
                    self.add(poly, k, kind, cid)
                    placed += 1
        return placed

    def single(self, x: float, y: float, kind: str, area: Optional[float] = None,
               merknad: str = "") -> Optional[dict]:
        area = self.draw_area() if area is None else area
        poly = self.parcel_shape(x, y, area, self.road_angle(x, y) + self.rng.uniform(-20, 20))
        k = self.fits(poly)
        if k is None:
            return None
        self.cluster_seq += 1
        return self.add(poly, k, kind, self.cluster_seq, merknad)


def make_candidates(real: dict, subsets: dict, flood_polys: List[Polygon],
                    rng: np.random.Generator) -> gpd.GeoDataFrame:
    """Generated candidate parcels for both regions (see README.md for the mix)."""
    urban_all = shapely.union_all(real["urban"].geometry.values)
    er_union = shapely.union_all(subsets["er"].geometry.values)
    flood_union = shapely.union_all(flood_polys) if flood_polys else shapely.Polygon()
    frames = []
    for region, target in TARGET.items():
        pm = ParcelMaker(region, real, subsets, rng)
        reg = real["regions"][region]
        near_er = er_union.buffer(2500).intersection(reg)
        urban_near = urban_all.intersection(near_er)
        fringe = urban_all.buffer(1500).difference(urban_all).intersection(near_er)
        exits = subsets["exits"]
        exits = exits[shapely.contains_xy(reg.buffer(200), exits.x.values, exits.y.values)]

        # --- deliberately interesting parcels first, so that they find room ---
        quota = {"E6": 4} if region == "Mosseregionen" else {"E18": 3, "E134": 2}
        ex = exits[exits.trunk.isin(list(quota))].sort_values(["degree", "x"], ascending=[False, True])
        for _, e in ex.iterrows():
            if quota[e.trunk] <= 0:
                continue
            for _ in range(40):
                ang = rng.uniform(0, 360)
                r = rng.uniform(70, 170)
                cx = e.x + r * math.cos(math.radians(ang))
                cy = e.y + r * math.sin(math.radians(ang))
                row = pm.single(cx, cy, "kryss", area=rng.uniform(4000, 15000),
                                merknad=f"ved {e.trunk}-kryss (avkjøring)")
                if row is not None:
                    quota[e.trunk] -= 1
                    break
        flood_here = flood_union.intersection(reg).intersection(urban_all.buffer(1500))
        n_flood = 0
        for x, y in sample_in(flood_here, 300, rng):
            if n_flood >= 3:
                break
            row = pm.single(x, y, "flom", area=rng.uniform(3000, 9000), merknad="i flomsone (H320)")
            if row is not None and row["geometry"].intersection(flood_union).area > 0.3 * row["geometry"].area:
                n_flood += 1
            elif row is not None:
                pm.parcels.pop()
                pm.geoms.pop()
        for x, y in sample_in(urban_near, 200, rng):
            if pm.single(x, y, "liten", area=rng.uniform(700, 1200), merknad="svært liten tomt") is not None:
                break

        # --- industrial/commercial estates in and near the urban areas ---
        seeds: List[Tuple[float, float, str]] = []
        for geom, n, kind in ((urban_near, 400, "by"), (fringe, 300, "bykant")):
            for x, y in sample_in(geom, n, rng):
                seeds.append((x, y, kind))
        for _, e in exits.iterrows():
            seeds.append((e.x + rng.uniform(-500, 500), e.y + rng.uniform(-500, 500), "kryss"))
        order = rng.permutation(len(seeds))
        used: List[Tuple[float, float]] = []
        for i in order:
            if len(pm.parcels) >= 0.72 * target:
                break
            x, y, kind = seeds[i]
            if any((x - a) ** 2 + (y - b) ** 2 < 1400.0 ** 2 for a, b in used):
                continue
            if pm.cluster(x, y, int(rng.integers(6, 17)), kind) > 0:
                used.append((x, y))

        # --- single parcels along roads, and a few further out (mostly LNFR) ---
        road_band = shapely.union_all(subsets["drivable"].buffer(800).values).intersection(reg)
        for x, y in sample_in(road_band, 2000, rng):
            if len(pm.parcels) >= 0.9 * target:
                break
            pm.single(x, y, "langs veg")
        far = reg.difference(er_union.buffer(5000))
        if far.area < 5e6:
            far = reg.difference(er_union.buffer(3000))
        n_far = 0
        for x, y in sample_in(far, 2000, rng):
            if len(pm.parcels) >= target or n_far >= max(6, int(0.08 * target)):
                break
            if pm.single(x, y, "utenfor") is not None:
                n_far += 1

        df = gpd.GeoDataFrame(pm.parcels, geometry="geometry", crs=CRS)
        kom = pm.kom.reset_index(drop=True)
        df["kommunenummer"] = kom.loc[df["k"], "kommunenummer"].values
        df["kommunenavn"] = kom.loc[df["k"], "kommunenavn"].values
        df["region"] = region
        df["cluster"] = df["cluster"].astype(str) + "-" + PREFIX[region]
        frames.append(df)
    cands = pd.concat(frames, ignore_index=True)
    cands = gpd.GeoDataFrame(cands, geometry="geometry", crs=CRS)
    # Stable ids: region, municipality, then north to south.
    cands["_y"] = cands.geometry.centroid.y
    cands = cands.sort_values(["region", "kommunenummer", "_y"], ascending=[False, True, False])
    cands = cands.reset_index(drop=True)
    cands["tomt_id"] = [
        f"{PREFIX[r]}-{i + 1:04d}" for r, i in zip(cands["region"], cands.groupby("region").cumcount())]
    add_matrikkel(cands, rng)
    # Centimetre coordinates: shared edges then match exactly in later overlays.
    cands["geometry"] = shapely.set_precision(cands.geometry.values, 0.01)
    return cands.drop(columns=["_y", "k"])


def add_matrikkel(cands: gpd.GeoDataFrame, rng: np.random.Generator) -> None:
    """Plausible gnr/bnr: one farm number per estate, bnr counting up within it."""
    gnr = np.zeros(len(cands), dtype=int)
    bnr = np.zeros(len(cands), dtype=int)
    used = set()
    for (knr, _cl), idx in cands.groupby(["kommunenummer", "cluster"]).groups.items():
        g = int(rng.integers(1, 260))
        b = int(rng.integers(20, 420))
        for i in idx:
            while (knr, g, b) in used:
                b += 1
            used.add((knr, g, b))
            gnr[cands.index.get_loc(i)] = g
            bnr[cands.index.get_loc(i)] = b
            b += int(rng.integers(1, 6))
    cands["gnr"] = gnr
    cands["bnr"] = bnr


# ----------------------------------------------------------------------------
# terrain edits on the parcels
# ----------------------------------------------------------------------------

def shape_parcels(terrain: dict, cands: gpd.GeoDataFrame, grid: Grid, rng: np.random.Generator) -> dict:
    """Level most parcels (graded plots), leave some steep, punch a nodata hole."""
    h = terrain["h"]
    n = len(cands)
    special = cands["merknad"] != ""
    steep = np.zeros(n, dtype=bool)
    for region in TARGET:
        pool = np.flatnonzero((cands["region"] == region).values & ~special.values)
        k = max(6, int(round(0.12 * len(pool))))
        steep[rng.choice(pool, size=k, replace=False)] = True

    # Steep parcels: a hill shoulder across the parcel.
    for i in np.flatnonzero(steep):
        poly = cands.geometry.iloc[i]
        c = poly.centroid
        r = 0.5 * math.sqrt(poly.area)
        a = rng.uniform(0, 2 * math.pi)
        cx, cy = c.x + r * math.cos(a), c.y + r * math.sin(a)
        amp = rng.uniform(25.0, 45.0)
        sigma = max(55.0, 0.55 * math.sqrt(poly.area))
        rs, cs = grid.window(Point(cx, cy), 4 * sigma)
        yy, xx = np.meshgrid(grid.ys[rs], grid.xs[cs], indexing="ij")
        h[rs, cs] += amp * np.exp(-((xx - cx) ** 2 + (yy - cy) ** 2) / (2 * sigma ** 2))

    # Level the others: a plane through each parcel, tilted 0.3-7 %, feathered out.
    label = np.full(grid.shape, -1, dtype=np.int32)
    target = np.zeros(grid.shape, dtype=np.float64)
    for i in np.flatnonzero(~steep):
        poly = cands.geometry.iloc[i]
        rs, cs = grid.window(poly, 2 * grid.cell)
        sub = features.rasterize([(poly, 1)], out_shape=(rs.stop - rs.start, cs.stop - cs.start),
                                 transform=rasterio.windows.transform(
                                     rasterio.windows.Window(cs.start, rs.start, cs.stop - cs.start,
                                                             rs.stop - rs.start), grid.transform),
                                 all_touched=True, dtype="uint8").astype(bool)
        if not sub.any():
            continue
        yy, xx = np.meshgrid(grid.ys[rs], grid.xs[cs], indexing="ij")
        z = h[rs, cs][sub]
        x0, y0 = xx[sub].mean(), yy[sub].mean()
        if sub.sum() >= 4:
            A = np.column_stack([np.ones(z.size), xx[sub] - x0, yy[sub] - y0])
            coef, *_ = np.linalg.lstsq(A, z, rcond=None)
        else:
            coef = np.array([z.mean(), 0.0, 0.0])
        grad = math.hypot(coef[1], coef[2])
        gmax = rng.uniform(0.003, 0.025) if rng.random() < 0.8 else rng.uniform(0.03, 0.07)
        if grad > gmax:
            coef[1:] *= gmax / grad
        plane = coef[0] + coef[1] * (xx - x0) + coef[2] * (yy - y0)
        cells = sub & (label[rs, cs] < 0)
        target[rs, cs][cells] = plane[cells]
        label[rs, cs][cells] = i
    dist, (ri, ci) = ndimage.distance_transform_edt(label < 0, return_indices=True)
    dist *= grid.cell
    w = np.exp(-(dist / 35.0) ** 2)
    w[dist > 150.0] = 0.0
    h[:] = w * target[ri, ci] + (1.0 - w) * h
    del ri, ci

    # A small nodata hole over parts of two neighbouring parcels (real DEMs have
    # them), at least 60 m from every other parcel so exactly two are affected.
    hole_ids: List[str] = []
    hole = None
    tree = shapely.STRtree(cands.geometry.values)
    big = ~steep & ~special.values & (cands.area.values > 5000)
    for i in rng.permutation(np.flatnonzero(big)):
        poly = cands.geometry.iloc[i]
        near = [j for j in tree.query(poly.buffer(20), predicate="intersects") if j != i and big[j]]
        if not near:
            continue
        j = near[0]
        p1, p2 = nearest_points(poly, cands.geometry.iloc[j])
        mid = Point((p1.x + p2.x) / 2, (p1.y + p2.y) / 2)
        cand_hole = affinity.rotate(affinity.scale(mid.buffer(1.0), 60.0, 40.0), rng.uniform(0, 180))
        touched = set(tree.query(cand_hole.buffer(60.0), predicate="intersects").tolist())
        if touched != {i, j}:
            continue
        if max(cand_hole.intersection(cands.geometry.iloc[k]).area / cands.geometry.iloc[k].area
               for k in (i, j)) > 0.6:
            continue
        hole = cand_hole
        hole_ids = sorted([cands["tomt_id"].iloc[i], cands["tomt_id"].iloc[j]])
        break
    valid = terrain["valid"].copy()
    if hole is not None:
        valid &= ~grid.burn([hole], all_touched=True)
    return {"steep": steep, "hole_ids": hole_ids, "hole": hole, "valid": valid}


def slope_percent(h: np.ndarray, valid: np.ndarray, cell: float) -> np.ndarray:
    z = np.where(valid, h, np.nan)
    gy, gx = np.gradient(z, cell)
    return 100.0 * np.hypot(gx, gy)


# ----------------------------------------------------------------------------
# hazard zones
# ----------------------------------------------------------------------------

def flood_zones(terrain: dict, grid: Grid) -> List[Polygon]:
    """320 flom: low land by the coast, and the Drammenselva floodplain."""
    h = terrain["h"]
    coast = terrain["valid"] & (terrain["d_sea"] < 500.0) & (h < 2.5)
    river = terrain["valid"] & (terrain["d_river"] < 450.0) & (h < terrain["river_level"] + 2.5)
    mask = ndimage.binary_opening(coast | river, iterations=1)
    return polygonize(mask, grid, min_cells=40, simplify=10.0)


def make_hazards(real: dict, subsets: dict, terrain: dict, shaped: dict, flood: List[Polygon],
                 cands: gpd.GeoDataFrame, grid: Grid, rng: np.random.Generator) -> gpd.GeoDataFrame:
    rows: List[dict] = []

    def add(code: int, geom, text: str) -> None:
        rows.append({"faresone": code, "geometry": geom, "beskrivelse": text})

    # 310 ras/skred: steep generated terrain near the parcels, and a few
    # quick-clay-like zones on the Drammen valley sides (typical there).
    slope = slope_percent(terrain["h"], shaped["valid"], grid.cell)
    near = grid.distance_to(grid.burn(list(cands.geometry))) < 1500.0
    steep_mask = np.nan_to_num(slope, nan=0.0) > 30.0
    steep_mask = ndimage.binary_closing(steep_mask, iterations=1) & near & shaped["valid"]
    for p in polygonize(steep_mask, grid, min_cells=12, simplify=8.0):
        add(FARE_RAS, p, "Bratt terreng, fare for skred (generert fra demo-DEM)")
    drm = cands[(cands.region == "Drammensregionen") & (cands.merknad == "")]
    if real.get("river") is not None:
        drm = drm[drm.distance(real["river"]) < 1500]
    for i in rng.choice(len(drm), size=min(3, len(drm)), replace=False):
        c = drm.geometry.iloc[i].centroid
        a = rng.uniform(0, 2 * math.pi)
        centre = Point(c.x + 140 * math.cos(a), c.y + 140 * math.sin(a))
        zone = affinity.rotate(affinity.scale(centre.buffer(1.0), 260.0, 120.0), rng.uniform(0, 180))
        add(FARE_RAS, zone, "Kvikkleiresone (generert)")

    # 320 flom
    for p in flood:
        add(FARE_FLOM, p, "Flomsone/stormflo (generert fra demo-DEM langs kyst og omtrentlig Drammenselva)")

    # 350 brann/eksplosjon: one existing hazardous plant per region, inside an
    # estate but not on a candidate parcel.
    for region in TARGET:
        sub = cands[(cands.region == region) & (cands.kind == "by")]
        if not len(sub):
            continue
        cl = sub["cluster"].value_counts().index[0]
        est = shapely.union_all(sub[sub.cluster == cl].geometry.values)
        for _ in range(200):
            c = est.centroid
            a = rng.uniform(0, 2 * math.pi)
            plant = Point(c.x + 300 * math.cos(a), c.y + 300 * math.sin(a))
            if cands.distance(plant).min() > 40:
                break
        add(FARE_BRANN, plant.buffer(rng.uniform(200.0, 260.0), 32),
            "Brann- og eksplosjonsfare rundt eksisterende industri (generert)")

    # 370 høyspenningsanlegg: buffer around the real N1000 high-voltage lines.
    for g in real["lh"].geometry:
        add(FARE_HOYSPENT, g.buffer(float(rng.uniform(20.0, 40.0)), cap_style="flat"),
            "Høyspenningsanlegg (buffer om Kartverket N1000 LuftledningLH, generert)")

    zones = gpd.GeoDataFrame(rows, geometry="geometry", crs=CRS)
    kom = real["kom"][["kommunenummer", "geometry"]]
    zones = gpd.overlay(zones, kom, how="intersection", keep_geom_type=True)
    zones = zones.explode(index_parts=False).reset_index(drop=True)
    zones = zones[zones.area >= 200.0].copy()
    zones = zones.sort_values(["faresone", "kommunenummer"]).reset_index(drop=True)
    zones["hensynSonenavn"] = [f"H{f}_{n + 1}" for f, n in
                               zip(zones["faresone"], zones.groupby("faresone").cumcount())]
    zones["kilde"] = GEN
    return zones[["faresone", "hensynSonenavn", "beskrivelse", "kommunenummer", "kilde", "geometry"]]


# ----------------------------------------------------------------------------
# zoning
# ----------------------------------------------------------------------------

KPA_BY_KIND = {
    # kind -> (codes, probabilities) for the parcel's own kommuneplan purpose
    "by": ([1300, 1001, 1500, 1800, 2080, 1110, 3001], [0.70, 0.08, 0.06, 0.06, 0.04, 0.03, 0.03]),
    "bykant": ([1300, 1001, 1500, 1800, 5100, 2080], [0.70, 0.08, 0.08, 0.06, 0.04, 0.04]),
    "kryss": ([1300, 2010, 2080, 1800, 5100], [0.62, 0.12, 0.12, 0.08, 0.06]),
    "langs veg": ([1300, 5100, 1500, 1001], [0.66, 0.10, 0.13, 0.11]),
    "utenfor": ([5100, 1300, 1500], [0.65, 0.22, 0.13]),
    "flom": ([1300, 1800], [0.8, 0.2]),
    "liten": ([1300, 1001], [0.7, 0.3]),
}

RP_BY_KPA = {
    1300: ([1340, 1300, 1350, 1390, 1826, 1830, 1310, 1501, 1510, 1360],
           [0.32, 0.14, 0.12, 0.05, 0.10, 0.07, 0.08, 0.05, 0.03, 0.04]),
    1001: ([1826, 1830, 1300, 1162, 1110], [0.3, 0.25, 0.2, 0.1, 0.15]),
    1500: ([1510, 1501, 1502, 1340], [0.3, 0.3, 0.2, 0.2]),
    1800: ([1826, 1830, 1811, 1310], [0.35, 0.3, 0.2, 0.15]),
    2010: ([2080, 2082, 2081, 1360], [0.25, 0.25, 0.2, 0.3]),
    2080: ([2080, 2082, 2081], [0.4, 0.4, 0.2]),
    1110: ([1110, 1161, 1162], [0.6, 0.2, 0.2]),
    3001: ([3001, 3040], [0.6, 0.4]),
    5100: ([1340, 5110], [0.5, 0.5]),
}


def assign_kpa(cands: gpd.GeoDataFrame, rng: np.random.Generator) -> None:
    """Parcel's own KPA purpose: estates share one purpose, with some exceptions."""
    codes = np.zeros(len(cands), dtype=int)
    status = np.ones(len(cands), dtype=int)
    for _cl, idx in cands.groupby("cluster").groups.items():
        pos = [cands.index.get_loc(i) for i in idx]
        kind = cands["kind"].iloc[pos[0]]
        c, p = KPA_BY_KIND.get(kind, KPA_BY_KIND["by"])
        base = int(rng.choice(c, p=p))
        for j in pos:
            codes[j] = base if rng.random() < 0.8 else int(rng.choice(c, p=p))
            if codes[j] in (1300, 1500) and kind in ("bykant", "kryss", "langs veg", "utenfor"):
                status[j] = 2 if rng.random() < 0.5 else 1
            elif codes[j] == 1300 and rng.random() < 0.15:
                status[j] = 2
    cands["_kpa"] = codes
    cands["_kpa_status"] = status


def make_kpa(real: dict, cands: gpd.GeoDataFrame, rng: np.random.Generator) -> gpd.GeoDataFrame:
    """Generated kommuneplan purposes covering the parcels and their surroundings."""
    parcels = list(cands.geometry)
    all_parcels = shapely.union_all(parcels)
    tree = shapely.STRtree(parcels)
    pieces: List[dict] = []
    for g, c, s in zip(parcels, cands["_kpa"], cands["_kpa_status"]):
        pieces.append({"geometry": g, "arealformål": int(c), "arealbruksstatus": int(s)})
    # A zone of the same purpose around each parcel; earlier parcels win overlaps.
    taken: List[Polygon] = []
    for _i, (g, c, s) in enumerate(zip(parcels, cands["_kpa"], cands["_kpa_status"])):
        ring = g.buffer(float(rng.uniform(25.0, 90.0)), join_style="mitre")
        ring = ring.difference(shapely.union_all([parcels[j] for j in tree.query(ring)]))
        if taken:
            tt = shapely.STRtree(taken)
            ring = ring.difference(shapely.union_all([taken[j] for j in tt.query(ring)]))
        for p in clean_polys(ring):
            pieces.append({"geometry": p, "arealformål": int(c), "arealbruksstatus": int(s)})
            taken.append(p)
    zoned = shapely.union_all([all_parcels] + taken, grid_size=0.01)
    # The rest of the regions: built-up purposes inside the N1000 urban areas
    # (Voronoi cells of random seeds), LNFR everywhere else, as in a real KPA.
    urban = shapely.union_all(real["urban"].geometry.values)
    regions = shapely.union_all(list(real["regions"].values()))
    town = urban.intersection(regions).difference(zoned)
    seeds = sample_in(town, int(town.area / (450.0 * 450.0)) + 1, rng)
    cells = shapely.get_parts(shapely.voronoi_polygons(shapely.MultiPoint(seeds), extend_to=town.envelope))
    for cell in cells:
        code = int(rng.choice([1110, 3001, 1001, 1130, 2010], p=[0.62, 0.16, 0.1, 0.06, 0.06]))
        for p in clean_polys(cell.intersection(town), 200.0):
            pieces.append({"geometry": p, "arealformål": code, "arealbruksstatus": 1})
    rural = regions.difference(urban).difference(zoned)
    for p in clean_polys(rural, 200.0):
        pieces.append({"geometry": p, "arealformål": 5100, "arealbruksstatus": 1})
    kpa = gpd.GeoDataFrame(pieces, geometry="geometry", crs=CRS)
    kpa["geometry"] = shapely.set_precision(kpa.geometry.values, 0.01)
    kpa = kpa.dissolve(by=["arealformål", "arealbruksstatus"], as_index=False)
    kpa = gpd.overlay(kpa, real["kom"][["kommunenummer", "geometry"]], how="intersection", keep_geom_type=True)
    kpa = kpa.explode(index_parts=False)
    kpa = kpa[kpa.area >= 50.0].reset_index(drop=True)
    # Coverage check per parcel (one big union is not robust with so many edges).
    pi, zi = kpa.sindex.query(cands.geometry.values, predicate="intersects")
    inter = shapely.area(shapely.intersection(cands.geometry.values[pi], kpa.geometry.values[zi]))
    covered = np.bincount(pi, weights=inter, minlength=len(cands))
    uncovered = pd.Series(cands.area.values - covered, index=cands.index)
    if (uncovered > 1.0).any():
        raise SystemExit(f"kommuneplan zones leave parcels uncovered: {list(cands.tomt_id[uncovered > 1.0])}")
    kpa["planidentifikasjon"] = kpa["kommunenummer"] + "-KPA-2023"
    kpa["kilde"] = GEN
    kpa = kpa.sort_values(["kommunenummer", "arealformål", "arealbruksstatus"]).reset_index(drop=True)
    return kpa[["arealformål", "arealbruksstatus", "planidentifikasjon", "kommunenummer", "kilde", "geometry"]]


def make_rp(cands: gpd.GeoDataFrame, rng: np.random.Generator) -> Tuple[gpd.GeoDataFrame, gpd.GeoDataFrame]:
    """Detailed plans (pbl 2008) for about half the parcels; a few older pbl 1985 plans."""
    parcels = list(cands.geometry)
    tree = shapely.STRtree(parcels)
    plan_seq: Dict[str, int] = {}
    rows: List[dict] = []
    rows85: List[dict] = []
    in_plan = np.zeros(len(cands), dtype=bool)
    taken: List[Polygon] = []

    def plan_id(knr: str, year: int) -> str:
        plan_seq[knr] = plan_seq.get(knr, 0) + 1
        return f"{knr}{year}{plan_seq[knr]:03d}"

    for _cl, idx in cands.groupby("cluster", sort=True).groups.items():
        pos = [cands.index.get_loc(i) for i in idx]
        kind = cands["kind"].iloc[pos[0]]
        p_plan = {"by": 0.65, "bykant": 0.55, "kryss": 0.6, "flom": 0.7, "langs veg": 0.3,
                  "utenfor": 0.08, "liten": 0.5}.get(kind, 0.5)
        if rng.random() >= p_plan:
            continue
        knr = cands["kommunenummer"].iloc[pos[0]]
        year = int(rng.integers(2010, 2025))
        pid = plan_id(knr, year)
        what = {"kryss": "vegserviceanlegg og næring", "langs veg": "næringstomt"}.get(kind, "næringsområde")
        name = "Detaljregulering for {}, {} felt {}".format(
            what, cands["kommunenavn"].iloc[pos[0]], chr(ord("A") + int(rng.integers(0, 8))))
        for j in pos:
            if rng.random() > 0.9:
                continue
            in_plan[j] = True
            g = parcels[j]
            kpa = int(cands["_kpa"].iloc[j])
            if kind == "kryss":
                c, p = ([1360, 2081, 2082, 1340], [0.4, 0.2, 0.15, 0.25])
            else:
                c, p = RP_BY_KPA.get(kpa, RP_BY_KPA[1300])
            code = int(rng.choice(c, p=p))
            area = g.buffer(float(rng.uniform(0.0, 12.0)), join_style="mitre")
            area = area.difference(shapely.union_all([parcels[q] for q in tree.query(area) if q != j]))
            if taken:
                tt = shapely.STRtree(taken)
                area = area.difference(shapely.union_all([taken[q] for q in tt.query(area)]))
            parts: List[Tuple[Polygon, int]] = []
            if rng.random() < 0.12:
                # A secondary purpose on a strip at one end of the parcel.
                c0 = g.centroid
                ang = rng.uniform(0, 180)
                u = (math.cos(math.radians(ang)), math.sin(math.radians(ang)))
                off = 0.3 * math.sqrt(g.area)
                half = affinity.translate(affinity.rotate(box(0, -1000, 1000, 1000), ang, origin=(0, 0)),
                                          c0.x + u[0] * off, c0.y + u[1] * off)
                strip = area.intersection(half)
                main = area.difference(half)
                second = int(rng.choice([3060, 2082, 2011]))
                parts = [(p, code) for p in clean_polys(main)] + [(p, second) for p in clean_polys(strip)]
            else:
                parts = [(p, code) for p in clean_polys(area)]
            for poly, cd in parts:
                rows.append({"arealformål": cd, "planidentifikasjon": pid, "plannavn": name,
                             "kommunenummer": knr, "ikrafttredelsesdato": random_date(rng, year),
                             "geometry": poly})
                taken.append(poly)

    # Older plans (pbl 1985) for a few estate parcels with no newer plan.
    for region in TARGET:
        pool = np.flatnonzero((cands.region == region).values & ~in_plan &
                              cands["kind"].isin(["by", "bykant", "kryss"]).values &
                              (cands["_kpa"] == 1300).values)
        pick = rng.choice(pool, size=min(5, len(pool)), replace=False)
        for n, j in enumerate(pick):
            code = [140, 140, 192, 140, 980][n]
            year = int(rng.integers(1979, 2005))
            knr = cands["kommunenummer"].iloc[j]
            rows85.append({"reguleringsformål": code, "planidentifikasjon": f"{knr}{year}{n + 1:02d}",
                           "plannavn": "Reguleringsplan for {} ({})".format(
                               {140: "industriområde", 192: "bensinstasjon",
                                980: "vegserviceanlegg"}[code], year),
                           "kommunenummer": knr, "vedtaksdato": random_date(rng, year),
                           "geometry": parcels[j].buffer(float(rng.uniform(2.0, 10.0)), join_style="mitre")})
            in_plan[j] = True
    rp = gpd.GeoDataFrame(rows, geometry="geometry", crs=CRS)
    rp["kilde"] = GEN
    rp85 = gpd.GeoDataFrame(rows85, geometry="geometry", crs=CRS)
    rp85["kilde"] = GEN
    # pbl 1985 plans must not overlap newer plans.
    rp85["geometry"] = rp85.geometry.difference(shapely.union_all(rp.geometry.values))
    return rp, rp85


# ----------------------------------------------------------------------------
# buildings, stations, traffic, grid capacity
# ----------------------------------------------------------------------------

def make_buildings(real: dict, subsets: dict, cands: gpd.GeoDataFrame, rng: np.random.Generator
                   ) -> Tuple[gpd.GeoDataFrame, str]:
    """Sensitive buildings: dense in the urban areas, sparse along rural roads."""
    urban = shapely.union_all(real["urban"].geometry.values)
    regions = shapely.union_all([g.buffer(-10) for g in real["regions"].values()])
    parcels_buf = shapely.union_all(cands.buffer(20).values)
    er_buf = shapely.union_all(subsets["er"].buffer(30).values)
    keepout = shapely.union_all([parcels_buf, er_buf])
    shapely.prepare(keepout)
    shapely.prepare(regions)
    urban_in = urban.intersection(regions)
    rows: List[Tuple[float, float, int]] = []

    def ok(x: np.ndarray, y: np.ndarray) -> np.ndarray:
        return shapely.contains_xy(regions, x, y) & ~shapely.intersects_xy(keepout, x, y)

    # Urban dwellings and institutions.
    n_urban = int(urban_in.area / 1e6 * 38)
    pts = sample_in(urban_in, n_urban, rng)
    pts = pts[ok(pts[:, 0], pts[:, 1])]
    dw_codes = [111, 112, 121, 122, 131, 133, 136, 142, 143, 145, 151]
    dw_p = [0.36, 0.08, 0.06, 0.05, 0.12, 0.05, 0.05, 0.10, 0.04, 0.07, 0.02]
    codes = rng.choice(dw_codes, size=len(pts), p=dw_p)
    inst = {612: 0.030, 613: 0.014, 614: 0.005, 615: 0.003, 616: 0.003, 721: 0.006, 722: 0.003}
    r = rng.random(len(pts))
    acc = 0.0
    for code, share in inst.items():
        codes[(r >= acc) & (r < acc + share)] = code
        acc += share
    rows.extend((x, y, int(c)) for (x, y), c in zip(pts, codes))
    # One hospital per region, in the largest urban area.
    for reg in real["regions"].values():
        u = urban.intersection(reg)
        if not u.is_empty:
            biggest = max(clean_polys(u), key=lambda p: p.area)
            for x, y in sample_in(biggest, 50, rng):
                if ok(np.array([x]), np.array([y]))[0]:
                    rows.append((x, y, 719))
                    break

    # Rural farms and houses along the drivable roads outside the urban areas.
    rural_roads = subsets["drivable"][subsets["drivable"]["vegkategori"].isin(["F", "K", "P"])]
    for g in rural_roads.geometry:
        n = int(g.length / 700.0)
        if n == 0:
            continue
        s = rng.uniform(0, g.length, n)
        base = shapely.line_interpolate_point(g, s)
        off = rng.uniform(35, 220, n) * rng.choice([-1, 1], n)
        ang = rng.uniform(0, 2 * math.pi, n)
        x = shapely.get_x(base) + off * np.cos(ang)
        y = shapely.get_y(base) + off * np.sin(ang)
        keep = ok(x, y) & ~shapely.contains_xy(urban, x, y)
        c = rng.choice([113, 111, 112, 121], size=n, p=[0.45, 0.4, 0.1, 0.05])
        rows.extend((xi, yi, int(ci)) for xi, yi, ci in zip(x[keep], y[keep], c[keep]))
    # A few rural schools and kindergartens.
    rural_pts = [(x, y) for x, y, c in rows if c in (111, 113)]
    for k in rng.choice(len(rural_pts), size=min(10, len(rural_pts)), replace=False):
        x, y = rural_pts[k]
        rows.append((x + 60.0, y + 40.0, int(rng.choice([612, 613, 615]))))

    # Dwellings close to some parcels, and one school right next to a parcel.
    school_tomt = ""
    estate = cands[cands.kind.isin(["by", "bykant"]) & (cands.merknad == "")]
    pick = rng.choice(len(estate), size=min(13, len(estate)), replace=False)
    for n, i in enumerate(pick):
        poly = estate.geometry.iloc[i]
        for _ in range(50):
            ring = poly.buffer(rng.uniform(45, 80) if n == 0 else rng.uniform(30, 90)).exterior
            p = ring.interpolate(rng.uniform(0, ring.length))
            if (cands.distance(p).min() > 25.0 and shapely.contains_xy(regions, p.x, p.y)
                    and not er_buf.contains(p)):
                code = 613 if n == 0 else int(rng.choice([111, 131, 142]))
                rows.append((p.x, p.y, code))
                if n == 0:
                    school_tomt = estate["tomt_id"].iloc[i]
                break
    b = gpd.GeoDataFrame({"bygningstype": [c for _, _, c in rows]},
                         geometry=gpd.points_from_xy([x for x, _, _ in rows], [y for _, y, _ in rows]), crs=CRS)
    b = gpd.sjoin(b, real["kom"][["kommunenummer", "geometry"]], how="inner", predicate="within")
    b = b.drop(columns="index_right")
    b = b.sort_values(["kommunenummer", "bygningstype"], kind="stable").reset_index(drop=True)
    nums = np.unique(rng.integers(10_000_000, 300_000_000, size=2 * len(b) + 10))
    b["bygningsnummer"] = np.sort(rng.choice(nums, size=len(b), replace=False))
    b["bygningstypenavn"] = b["bygningstype"].map(BYGNINGSTYPER)
    b["kilde"] = GEN
    return b[["bygningstype", "bygningstypenavn", "bygningsnummer", "kommunenummer", "kilde", "geometry"]], \
        school_tomt


def make_existing_stations(real: dict, subsets: dict, cands: gpd.GeoDataFrame, rng: np.random.Generator
                           ) -> gpd.GeoDataFrame:
    to_utm = Transformer.from_crs(4326, 25833, always_xy=True)
    rows = []
    e6 = shapely.union_all(real["e6_full"].geometry.values)
    kom_all = real["kom_all"].set_index("kommunenummer")
    for title, applicant, lon, lat, knr in ENOVA_APPROX:
        x, y = to_utm.transform(lon, lat)
        on_road = nearest_points(e6, Point(x, y))[0]
        if not kom_all.loc[knr, "geometry"].buffer(200).contains(on_road):
            raise SystemExit(f"approximate position of {title!r} fell outside kommune {knr}")
        rows.append({"stasjonstype": "batteri", "navn": title + f" (Enova, {applicant})",
                     "kilde": APPROX, "geometry": on_road})
    plan = [("Mosseregionen", "E6", "batteri", "Demo: lading tungbil ved E6 (generert)"),
            ("Mosseregionen", "E6", "biogass", "Demo: biogassfylling ved E6 (generert)"),
            ("Drammensregionen", "E18", "hydrogen", "Demo: hydrogenstasjon ved E18 (generert)"),
            ("Drammensregionen", "E18", "batteri", "Demo: lading tungbil ved E18 (generert)"),
            ("Drammensregionen", "E134", "biogass", "Demo: biogassfylling ved E134 (generert)")]
    exits = subsets["exits"]
    used: List[Point] = []
    for region, trunk, kind, name in plan:
        reg = real["regions"][region]
        ex = exits[(exits.trunk == trunk) & shapely.contains_xy(reg, exits.x.values, exits.y.values)]
        for i in rng.permutation(len(ex)):
            e = ex.iloc[i]
            a = rng.uniform(0, 2 * math.pi)
            p = Point(e.x + 110 * math.cos(a), e.y + 110 * math.sin(a))
            if (cands.distance(p).min() > 60 and all(p.distance(q) > 3000 for q in used)
                    and reg.contains(p)):
                used.append(p)
                rows.append({"stasjonstype": kind, "navn": name, "kilde": GEN, "geometry": p})
                break
    return gpd.GeoDataFrame(rows, geometry="geometry", crs=CRS)


ADT_RANGES = {
    # (vegkategori, vegnummer or None) -> ÅDT range, share of long vehicles (%)
    ("E", 18): ((35000, 60000), (9, 13)),
    ("E", 6): ((22000, 45000), (13, 19)),
    ("E", 134): ((14000, 30000), (10, 15)),
    ("E", 16): ((10000, 22000), (11, 16)),
    ("R", None): ((5000, 20000), (6, 12)),
    ("F", None): ((1000, 8000), (5, 11)),
}


def make_traffic(real: dict, subsets: dict, rng: np.random.Generator) -> gpd.GeoDataFrame:
    """NVDB 540 Trafikkmengde-style values on the real E/R/F road geometry."""
    d = subsets["drivable"]
    d = d[d["vegkategori"].isin(["E", "R", "F"])].copy()
    urban = shapely.union_all(real["urban"].geometry.values)
    near_urban = d.distance(urban).values
    out = []
    base_by_road: Dict[Tuple[str, int], float] = {}
    for (kat, nr), grp in d.groupby(["vegkategori", "vegnummer"]):
        key = (kat, int(nr)) if (kat, int(nr)) in ADT_RANGES else (kat, None)
        (lo, hi), (slo, shi) = ADT_RANGES[key]
        base_by_road[(kat, int(nr))] = rng.uniform(0.0, 1.0)
        u0 = base_by_road[(kat, int(nr))]
        for i in grp.index:
            pos = d.index.get_loc(i)
            town = 0.35 * math.exp(-near_urban[pos] / 3000.0)
            u = np.clip(u0 * 0.7 + town + rng.normal(0, 0.08), 0.0, 1.0)
            adt = int(round(lo + u * (hi - lo), -1))
            share = round(float(np.clip(rng.uniform(slo, shi) - 2.0 * town, slo, shi)), 1)
            out.append({"vegkategori": kat, "vegnummer": int(nr), "ådtTotal": adt,
                        "ådtAndelLangeKjøretøy": share, "årGjelderFor": 2023,
                        "geometry": d.geometry.loc[i]})
    t = gpd.GeoDataFrame(out, geometry="geometry", crs=CRS)
    t["kilde"] = GEN
    return t


DIRS = ["Øst", "Nordøst", "Nord", "Nordvest", "Vest", "Sørvest", "Sør", "Sørøst"]


def make_grid_capacity(real: dict, cands: gpd.GeoDataFrame, rng: np.random.Generator) -> dict:
    """A DIGIN10-30 GridCapacity JSON-LD FeatureCollection with generated values."""
    to_ll = Transformer.from_crs(25833, 4326, always_xy=True)
    urban = shapely.union_all(real["urban"].geometry.values)
    kom = real["kom"]
    st = real["stasjon"]
    features_out = []
    names_used: Dict[str, int] = {}
    counts = {"Mosseregionen": 20, "Drammensregionen": 26}
    for region, n_target in counts.items():
        reg = real["regions"][region]
        inner = reg.buffer(-200)
        lh = shapely.union_all(real["lh"].geometry.values).intersection(inner)
        pool = []
        if not lh.is_empty:
            for line in shapely.get_parts(lh):
                for s in np.arange(300.0, line.length, 1200.0):
                    p = line.interpolate(s)
                    pool.append((p.x + rng.normal(0, 150), p.y + rng.normal(0, 150), 1.0))
        for x, y in sample_in(urban.intersection(inner), 120, rng):
            pool.append((x, y, 2.0))
        reg_c = cands[cands.region == region]
        for g in reg_c.geometry.iloc[rng.choice(len(reg_c), size=min(60, len(reg_c)), replace=False)]:
            c = g.centroid
            a = rng.uniform(0, 2 * math.pi)
            pool.append((c.x + 700 * math.cos(a), c.y + 700 * math.sin(a), 1.5))
        pool = np.asarray(pool)
        pool = pool[shapely.contains_xy(inner, pool[:, 0], pool[:, 1])]
        w = pool[:, 2] / pool[:, 2].sum()
        chosen: List[Tuple[float, float]] = []
        for i in rng.choice(len(pool), size=len(pool), replace=False, p=w):
            x, y = pool[i, 0], pool[i, 1]
            in_town = urban.contains(Point(x, y))
            spacing = 1300.0 if in_town else 2600.0
            if all((x - a) ** 2 + (y - b) ** 2 > spacing ** 2 for a, b in chosen):
                chosen.append((x, y))
            if len(chosen) >= n_target:
                break
        anchors = [(r.navn, r.geometry.x, r.geometry.y) for r in st.itertuples()
                   if reg.buffer(2000).contains(r.geometry)]
        for r in kom[kom.region == region].itertuples():
            c = r.geometry.representative_point()
            anchors.append((r.kommunenavn, c.x, c.y))
        for x, y in chosen:
            d = [math.hypot(x - ax, y - ay) for _, ax, ay in anchors]
            k = int(np.argmin(d))
            base = anchors[k][0]
            if d[k] < 1200 and base not in names_used:
                name = base
            else:
                ang = math.degrees(math.atan2(y - anchors[k][2], x - anchors[k][1])) % 360
                name = f"{base} {DIRS[int(((ang + 22.5) % 360) // 45)]}"
            names_used[name] = names_used.get(name, 0) + 1
            if names_used[name] > 1:
                name = f"{name} {names_used[name]}"
            lon, lat = to_ll.transform(x, y)
            r = rng.random()
            if r < 0.18:
                avail = 0
            elif r < 0.85:
                avail = int(rng.integers(1, 16))
            else:
                avail = int(rng.integers(16, 41))
            reserved = 0 if rng.random() < 0.7 else int(rng.integers(1, 21))
            prod = -int(rng.integers(5, 25) + 2 * avail + int(rng.integers(0, 40)))
            features_out.append((region, name, lon, lat, avail, reserved, prod))
    # Real files carry stray spaces in some names: keep two such names.
    feats = []
    lead, trail = rng.choice(len(features_out), size=2, replace=False).tolist()
    for n, (region, name, lon, lat, avail, reserved, prod) in enumerate(features_out):
        label = name + " (demo)"
        if n == lead:
            label = " " + label
        elif n == trail:
            label = label + "  "
        feats.append({
            "id": f"urn:uuid:{uuid.UUID(bytes=rng.bytes(16), version=4)}",
            "type": "Feature",
            "geometry": {"type": "Point", "coordinates": [round(lon, 6), round(lat, 6)]},
            "properties": {
                "name": label,
                "owner": OWNER[region],
                "description": (
                    "GENERERT for demo — ikke ekte data (GENERATED for demo — not real data). "
                    "Beregnet ledig kapasitet i transformatorstasjonen. Kapasiteten i nettselskapets nett "
                    "avhenger av kapasiteten i overliggende nett (regional- og transmisjonsnett); "
                    "tilknytning av større last må alltid vurderes av nettselskapet."),
                "shortDescription": (
                    "Angitt kapasitet hensyntar ikke begrensninger i regional- og transmisjonsnettet. "
                    "Verdiene er GENERERT for demo og er ikke ekte data."),
                "capacityDate": "2025-05-15T06:00:00+00:00",
                "capacityUnit": "MW",
                "reservedCons": reserved,
                "availableCons": avail,
                "availableProd": prod,
            },
        })
    return {
        "@context": {
            "@vocab": "http://entsoe.eu/CIM/GeographicalLocation/3/0#",
            "cim": "http://iec.ch/TC57/CIM100#",
            "dcterms": "http://purl.org/dc/terms/",
            "dcat": "http://www.w3.org/ns/dcat#",
            "prov": "http://www.w3.org/ns/prov#",
            "geojson": "https://purl.org/geojson/vocab#",
        },
        "type": "FeatureCollection",
        "@id": f"urn:uuid:{uuid.UUID(bytes=rng.bytes(16), version=4)}",
        "dcterms:title": "DIGIN10-30-GridCapacity-DEMO",
        "description": GEN_DESC + ": generated substations and capacities for the Energistasjon demo "
                       "(Mosseregionen and Drammensregionen). Not published by any grid company.",
        "dcterms:description": [
            {"@value": GEN_DESC + " (DIGIN10-30 GridCapacity format)", "@language": "en"},
            {"@value": "GENERERT for demo — ikke ekte data", "@language": "no"},
        ],
        "dcterms:publisher": [{"dcterms:title": "DEMO (generated)"}],
        "prov:generatedAt": [{"@value": "2025-06-01T00:00:00Z"}],
        "dcterms:conformsTo": "http://entsoe.eu/CIM/GeographicalLocation/3/0",
        "features": feats,
    }


# ----------------------------------------------------------------------------
# writing
# ----------------------------------------------------------------------------

LAYER_DOCS = {
    "kommuner": ("real", "Municipalities of the two regions, " + KV_KOMMUNER),
    "veger": ("real", "Roads, " + KV_N1000.format(layer="Veglenke") + ", clipped to the regions + 3 km"),
    "hoyspentlinjer": ("real", "High-voltage lines, " + KV_N1000.format(layer="LuftledningLH")
                       + ", clipped to the regions + 3 km"),
    "tettbebyggelse": ("real", "Urban areas, " + KV_N1000.format(layer="Tettbebyggelse")
                       + ", clipped to the regions + 3 km"),
    "verneomrader": ("real", "Protected areas, " + KV_N1000.format(layer="Naturvernomrade")
                     + "; none lies in the regions, the nearest are kept unclipped"),
    "trafikkmengde": ("generated", "NVDB 540 Trafikkmengde-style AADT on the real N1000 road geometry"),
    "kandidater": ("generated", "Candidate parcels"),
    "kommuneplan_arealformal": ("generated", "Kommuneplan arealformål (KpArealformål codes)"),
    "reguleringsplan_arealformal": ("generated", "Reguleringsplan arealformål (RpArealformål codes, pbl 2008)"),
    "reguleringsplan_pbl1985": ("generated", "Reguleringsplan reguleringsformål (pbl 1985 codes)"),
    "hensynssoner": ("generated", "Hensynssone faresone 310/320/350/370"),
    "bygninger": ("generated", "Sensitive buildings with matrikkel bygningstype codes"),
    "eksisterende_stasjoner": ("generated", "Existing stations: generated, two approximate from Enova names"),
}


def write_gpkg(path: Path, layers: Dict[str, gpd.GeoDataFrame]) -> None:
    if path.exists():
        path.unlink()
    # Fixed timestamps in gpkg_contents so that reruns give the same content.
    pyogrio.set_gdal_config_options({"OGR_CURRENT_DATE": "2025-06-01T00:00:00Z"})
    for name, gdf in layers.items():
        gdf = gdf.to_crs(CRS)
        # GeoPackage 1.2: QGIS 3.22 (GDAL 3.6) warns on the 1.4 files newer GDALs write by default.
        gdf.to_file(path, layer=name, driver="GPKG", engine="pyogrio", SPATIAL_INDEX="YES",
                    dataset_options={"VERSION": "1.2"})
    with sqlite3.connect(str(path)) as con:
        for name, (kind, text) in LAYER_DOCS.items():
            if kind == "generated":
                desc = f"{GEN_DESC}. {text}, generated over the real geography by tools/make_demo_data.py."
            else:
                desc = f"REAL data: {text}."
            con.execute("UPDATE gpkg_contents SET description = ? WHERE table_name = ?", (desc, name))
        con.commit()


def write_dem(path: Path, h: np.ndarray, valid: np.ndarray, grid: Grid) -> None:
    nodata = -9999.0
    # Rounded to 1/16 m: exact in binary, so DEFLATE packs it well; 6 cm steps
    # are far below anything the slope analysis resolves at 20 m cells.
    z = np.where(valid, np.round(h * 16.0) / 16.0, nodata).astype("float32")
    profile = {
        "driver": "GTiff", "width": grid.width, "height": grid.height, "count": 1, "dtype": "float32",
        "crs": CRS, "transform": grid.transform, "nodata": nodata, "compress": "deflate", "zlevel": 9,
        "predictor": 3, "tiled": True, "blockxsize": 256, "blockysize": 256,
    }
    if path.exists():
        path.unlink()
    with rasterio.open(path, "w", **profile) as dst:
        dst.write(z, 1)
        dst.update_tags(
            TIFFTAG_IMAGEDESCRIPTION=GEN_DESC + ": generated terrain for the Energistasjon demo",
            DESCRIPTION=GEN_DESC + ". Generated terrain (not Kartverket DTM) over Mosseregionen and "
                                   "Drammensregionen; a small nodata hole is deliberate.",
            SOURCE="generert (demo), tools/make_demo_data.py",
            GENERATED="yes",
        )
        dst.set_band_description(1, "elevation (m), generated")
        dst.update_tags(1, UNITS="metre")


def main(argv: Optional[List[str]] = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--shared", type=Path, default=DEFAULT_SHARED, help="shared real data folder")
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT, help="output folder")
    ap.add_argument("--seed", type=int, default=SEED)
    ap.add_argument("--cell", type=float, default=20.0, help="DEM cell size (m)")
    args = ap.parse_args(argv)
    rng = np.random.default_rng(args.seed)
    args.out.mkdir(parents=True, exist_ok=True)

    print("reading real layers from", args.shared)
    codes = load_codelists(args.shared)
    real = load_real(args.shared)
    real["n1000_path"] = args.shared / "kartverket_n1000" / "n1000_oslo_region_25833.gpkg"
    subsets = road_subsets(real["roads"])
    river = river_line(real, subsets)
    real["river"] = river

    print("terrain")
    grid = Grid(shapely.union_all([g.buffer(1000) for g in real["regions"].values()]).bounds, args.cell)
    terrain = base_terrain(real, subsets, grid, river, rng)
    flood = flood_zones(terrain, grid)

    print("candidate parcels")
    cands = make_candidates(real, subsets, flood, rng)
    shaped = shape_parcels(terrain, cands, grid, rng)
    marks = cands["merknad"].tolist()
    for i in np.flatnonzero(shaped["steep"]):
        marks[i] = "bratt tomt (generert terreng)"
    for i, t in enumerate(cands["tomt_id"]):
        if t in shaped["hole_ids"]:
            marks[i] = (marks[i] + "; " if marks[i] else "") + "hull i DEM (nodata)"
    cands["merknad"] = marks

    print("hazard zones, zoning, buildings, stations, traffic, grid")
    hazards = make_hazards(real, subsets, terrain, shaped, flood, cands, grid, rng)
    assign_kpa(cands, rng)
    lnfr = (cands["_kpa"] == 5100).values
    cands["merknad"] = [m if not is_lnfr else ((m + "; ") if m else "") + "LNFR i kommuneplanen"
                        for m, is_lnfr in zip(cands["merknad"], lnfr)]
    kpa = make_kpa(real, cands, rng)
    rp, rp85 = make_rp(cands, rng)
    bygg, school_tomt = make_buildings(real, subsets, cands, rng)
    cands.loc[cands.tomt_id == school_tomt, "merknad"] = "skole (613) ca. 50-80 m unna"
    h350 = shapely.union_all(hazards[hazards.faresone == FARE_BRANN].geometry.values)
    cands["merknad"] = [m if not g.intersects(h350) else ((m + "; ") if m else "") + "i H350-sone"
                        for m, g in zip(cands["merknad"], cands.geometry)]
    stations = make_existing_stations(real, subsets, cands, rng)
    traffic = make_traffic(real, subsets, rng)
    gridcap = make_grid_capacity(real, cands, rng)

    # Every code used must exist in the shared SOSI code lists.
    for name, used, key in (("kommuneplan_arealformal", set(kpa["arealformål"]), "kp"),
                            ("reguleringsplan_arealformal", set(rp["arealformål"]), "rp"),
                            ("reguleringsplan_pbl1985", set(rp85["reguleringsformål"]), "rp1985")):
        bad = used - codes[key]
        if bad:
            raise SystemExit(f"{name} uses codes missing from the code list: {sorted(bad)}")

    kand = cands[["tomt_id", "kommunenummer", "kommunenavn", "region", "gnr", "bnr", "merknad",
                  "geometry"]].rename(columns={"merknad": "demo_merknad"})
    kand["areal_m2"] = kand.area.round(0).astype(int)
    kand["kilde"] = GEN
    kand = kand[["tomt_id", "kommunenummer", "kommunenavn", "region", "gnr", "bnr", "areal_m2",
                 "demo_merknad", "kilde", "geometry"]]

    layers = {
        "kommuner": real["kom"],
        "veger": real["roads"],
        "hoyspentlinjer": real["lh"],
        "tettbebyggelse": real["urban"],
        "verneomrader": real["nv"],
        "trafikkmengde": traffic,
        "kandidater": kand,
        "kommuneplan_arealformal": kpa,
        "reguleringsplan_arealformal": rp,
        "reguleringsplan_pbl1985": rp85,
        "hensynssoner": hazards,
        "bygninger": bygg,
        "eksisterende_stasjoner": stations,
    }
    print("writing", args.out)
    write_gpkg(args.out / GPKG_NAME, layers)
    with open(args.out / GRID_NAME, "w", encoding="utf-8") as fh:
        json.dump(gridcap, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    write_dem(args.out / DEM_NAME, terrain["h"], shaped["valid"], grid)
    facts = {
        # Geometry types as written (GPKG may promote mixed Polygon/MultiPolygon).
        "layers": {k: (len(v), "/".join(sorted(set(pyogrio.read_dataframe(
            args.out / GPKG_NAME, layer=k, columns=[]).geom_type)))) for k, v in layers.items()},
        "cands": kand,
        "hole_ids": shaped["hole_ids"],
        "school_tomt": school_tomt,
        "grid": gridcap,
        "nv": real["nv"],
        "nv_dist": real["nv_dist"],
        "cell": args.cell,
        "dem_shape": grid.shape,
        "seed": args.seed,
    }
    write_docs(args.out, facts)
    for f in sorted(args.out.iterdir()):
        print(f"  {f.name:<32} {f.stat().st_size / 1024:8.1f} kB")
    return 0


# ----------------------------------------------------------------------------
# README.md and ATTRIBUTION.md
# ----------------------------------------------------------------------------

FIELDS = {
    "kommuner": "kommunenummer, kommunenavn, region, kilde",
    "veger": "vegkategori, vegnummer, typeVeg, motorvegtype, medium, vegfase, oppdateringsdato, kilde",
    "hoyspentlinjer": "oppdateringsdato, målemetode, nøyaktighet, kilde",
    "tettbebyggelse": "målemetode, nøyaktighet, kilde",
    "verneomrader": "vernedato, verneform, navn, avstand_mosseregionen_m, avstand_drammensregionen_m, kilde",
    "trafikkmengde": "vegkategori, vegnummer, ådtTotal, ådtAndelLangeKjøretøy, årGjelderFor, kilde",
    "kandidater": "tomt_id, kommunenummer, kommunenavn, region, gnr, bnr, areal_m2, demo_merknad, kilde",
    "kommuneplan_arealformal": "arealformål, arealbruksstatus, planidentifikasjon, kommunenummer, kilde",
    "reguleringsplan_arealformal": "arealformål, planidentifikasjon, plannavn, kommunenummer, "
                                   "ikrafttredelsesdato, kilde",
    "reguleringsplan_pbl1985": "reguleringsformål, planidentifikasjon, plannavn, kommunenummer, vedtaksdato, "
                               "kilde",
    "hensynssoner": "faresone, hensynSonenavn, beskrivelse, kommunenummer, kilde",
    "bygninger": "bygningstype, bygningstypenavn, bygningsnummer, kommunenummer, kilde",
    "eksisterende_stasjoner": "stasjonstype, navn, kilde",
}


def write_docs(out: Path, facts: dict) -> None:
    tpl_rows = []
    for name, (n, gtype) in facts["layers"].items():
        kind = LAYER_DOCS[name][0]
        tpl_rows.append(f"| `{name}` | {gtype} | {n} | {kind} | {FIELDS[name]} |")
    c = facts["cands"]
    per_region = c.groupby("region").size()
    merk = c[c.demo_merknad != ""]
    merk_lines = []
    for tag in ["ved E6-kryss", "ved E18-kryss", "ved E134-kryss", "i flomsone", "svært liten", "skole (613)",
                "LNFR", "bratt", "hull i DEM", "H350"]:
        ids = merk[merk.demo_merknad.str.contains(tag, regex=False)].tomt_id.tolist()
        if ids:
            shown = ", ".join(ids[:8]) + (f" … ({len(ids)} in all)" if len(ids) > 8 else "")
            merk_lines.append(f"- *{tag}*: {shown}")
    g = facts["grid"]["features"]
    n_zero = sum(1 for f in g if f["properties"]["availableCons"] == 0)
    nv = facts["nv"]
    nv_lines = ", ".join(f"{r.navn} ({r.verneform}, {r.vernedato})" for r in nv.itertuples())
    text = README_TEMPLATE.format(
        table="\n".join(tpl_rows),
        n_mos=int(per_region.get("Mosseregionen", 0)), n_drm=int(per_region.get("Drammensregionen", 0)),
        n_small=int((c.areal_m2 < 2500).sum()), n_tiny=int((c.areal_m2 < 1500).sum()),
        amin=int(c.areal_m2.min()), amax=int(c.areal_m2.max()),
        merk="\n".join(merk_lines), hole=" and ".join(facts["hole_ids"]) or "none",
        n_grid=len(g), n_zero=n_zero, nv=nv_lines,
        d_mos=facts["nv_dist"]["Mosseregionen"] / 1000.0, d_drm=facts["nv_dist"]["Drammensregionen"] / 1000.0,
        cell=int(facts["cell"]), rows=facts["dem_shape"][0], cols=facts["dem_shape"][1], seed=facts["seed"],
        approx=APPROX,
    )
    (out / "README.md").write_text(text, encoding="utf-8")
    (out / "ATTRIBUTION.md").write_text(ATTRIBUTION, encoding="utf-8")


README_TEMPLATE = """\
# Demo data: Mosseregionen and Drammensregionen

Bundled data for `make demo`, which runs "Score candidate sites" for the two
regions of the Osloregionen IPR workshops. **Some layers are real, most are
GENERATED.** Generated data are plausible over the real geography but are
**not real data**: do not use them for any decision. Every generated layer says
so itself: field `kilde` = `generert (demo)`, the GeoPackage layer description
(`gpkg_contents.description`) starts with "GENERATED for demo — not real data",
the DEM carries the same text in its GeoTIFF metadata, and the grid-capacity
JSON says it in `description`, `dcterms:description` and every feature's
`shortDescription`.

Made by `tools/make_demo_data.py` (seed {seed}) from the shared real data; rerun
it to rebuild everything here (this file included). All layers are in
EPSG:25833 (ETRS89 / UTM 33N) except the grid-capacity JSON, which is WGS84
longitude/latitude as the grid companies publish it.

## Regions

| region | municipalities (kommunenummer) |
|---|---|
| Mosseregionen | Moss (3103), Råde (3112), Våler i Østfold (3114), Vestby (3216) |
| Drammensregionen | Drammen (3301), Lier (3312), Øvre Eiker (3314) |

Modum is left out of Drammensregionen on purpose: it would nearly double the
region's height on the map and adds no E-road corridor (in N1000 only R350 up
the river valley). E and R roads in the data, numbered as in N1000:
Mosseregionen E6, R19 and R110; Drammensregionen E18, E134, R291 and R350,
with E16 only in the 3 km margin.

## `energistasjon_demo.gpkg`

| layer | geometry | count | real/generated | fields |
|---|---|---|---|---|
{table}

Notes per layer:

- `kommuner`: real polygons, reprojected from EPSG:4326; `region` added.
- `veger`: real N1000 Veglenke (all categories E/R/F/K/P), clipped to the
  regions + 3 km. Marked hiking trails (`typeVeg` = `sti`) are removed; ferry
  links stay (`typeVeg` = `bilferje`/`passasjerferje`). `vegnummer` is a real
  number (e.g. 6.0) as in the source. N1000 is generalised (about 500 m), so
  the lines run up to a few hundred metres from the real roads.
- `hoyspentlinjer`, `tettbebyggelse`: real N1000 LuftledningLH and
  Tettbebyggelse, clipped to the regions + 3 km.
- `verneomrader`: N1000 Naturvernomrade holds national parks only, and **none
  lies in either region** (nearest: {d_mos:.1f} km from Mosseregionen,
  {d_drm:.1f} km from Drammensregionen). The nearest real ones are kept
  unclipped: {nv}. No protected area was invented, so **no candidate parcel
  overlaps a protected area** and the protected-area criterion excludes nothing
  in this demo. The fields `avstand_*_m` give each area's distance to the region.
- `trafikkmengde`: GENERATED values in the style of NVDB object type 540
  (GML field names) on the real N1000 E, R and F road segments (ferries left
  out): `ådtTotal` (integer; E18 35 000-60 000, E6 22 000-45 000,
  E134 14 000-30 000, E16 10 000-22 000, Rv 5 000-20 000, Fv 1 000-8 000,
  higher near towns),
  `ådtAndelLangeKjøretøy` (% of vehicles ≥ 5.6 m; E-roads 9-19, others 5-12),
  `årGjelderFor` = 2023. `vegnummer` is an integer here, as NVDB exports it.
- `kandidater`: GENERATED parcels: {n_mos} in Mosseregionen (`MOS-0001`…),
  {n_drm} in Drammensregionen (`DRM-0001`…). Most lie in estates (rows of plots
  along a local street) in and near the N1000 urban areas within about 2.5 km
  of an E/R road, some single plots along roads, a few further out (mostly
  LNFR). Areas {amin}-{amax} m²; {n_small} are below 2 500 m² (the biogas
  minimum) and {n_tiny} are tiny (< 1 500 m²). `gnr`/`bnr` are invented
  (one gnr per estate). `areal_m2` is the polygon area. Every parcel lies
  inside its municipality. `demo_merknad` says why a parcel is interesting:
{merk}
- `kommuneplan_arealformal`: GENERATED kommuneplan zones covering the whole of
  both regions. Around each parcel (25-90 m) the parcel's own purpose:
  KpArealformål 1300 (mostly), 1001, 1500, 1800, 2010, 2080, and a few 1110,
  3001 and 5100 (LNFR) conflicts; elsewhere 1110, 1130, 1001, 2010 and 3001 in
  the N1000 urban areas and 5100 (LNFR) outside them. `arealbruksstatus`
  1 = nåværende, 2 = framtidig; `planidentifikasjon` = `<knr>-KPA-2023`.
- `reguleringsplan_arealformal`: GENERATED detailed plans (pbl 2008) for about
  half of the parcels, one plan per estate: RpArealformål codes 1340, 1360,
  1300, 1350, 1390, 1501, 1502, 1510, 1826, 1830, 1811, 1310 (kontor,
  excluded by the Rambøll method), 2080/2081/2082, 1110, 1161/1162, 3001/3040,
  5110, and strips of 3060/2082/2011 on a few parcels.
- `reguleringsplan_pbl1985`: GENERATED older plans (pbl 1985) on a few parcels
  that have no newer plan, field `reguleringsformål`: 140 (Område for
  industri/lager), 192 (Bensinstasjon), 980 (Vegserviceanlegg). **Note:** the
  brief asked for 133 Industri and 134 Lager, but in the pbl 1985 code lists
  those two codes belong to the *kommuneplan* list (arealbruk 133 Industri,
  134 Lager); the *reguleringsplan* list has 140 "Område for industri/lager"
  and no 133/134. Codes are checked against the Geonorge/DiBK code lists by the
  generator.
- `hensynssoner`: GENERATED faresoner: 310 ras/skred (steep cells of the demo
  DEM near parcels, plus three quick-clay-like ellipses in the Drammen valley),
  320 flom (demo DEM below 2.5 m within 500 m of the sea, and the floodplain
  of an approximate Drammenselva: the midline between the real E134 and
  railway from Hokksund to the fjord, and the N1000 road R350 up the valley
  north of Hokksund), 350 brann/eksplosjon (a 200-260 m circle around one invented
  existing plant per region), 370 høyspenningsanlegg (20-40 m buffer around
  the real N1000 high-voltage lines). `hensynSonenavn` like `H320_1`.
- `bygninger`: GENERATED points, dense in the urban areas and sparse along
  rural roads, with matrikkel bygningstype codes: 111, 112, 113, 121, 122,
  131, 133, 136, 142, 143, 145, 151 (dwellings), 612 barnehage, 613 barneskole,
  614 ungdomsskole, 615 kombinert barne- og ungdomsskole, 616 videregående
  skole, 719 sykehus, 721 sykehjem, 722 bo- og behandlingssenter. The codes
  were checked against Geonorge's bygningstype code list (NS 3457 / SSB);
  `bygningstypenavn` repeats the name. `bygningsnummer` is invented.
- `eksisterende_stasjoner`: five GENERATED stations (`kilde` =
  `generert (demo)`) near E6/E18/E134 exits, plus the two Enova round-1
  (December 2023) truck-charging stations nearest the regions, **Langhus
  (Nordre Follo, E6)** and **Svinesundparken (Halden, E6)**, placed
  *approximately, from their names only* on the N1000 E6 (`kilde` =
  `{approx}`). Both lie outside the two regions.

## `nettkapasitet_demo.geojson`

A GENERATED DIGIN10-30 GridCapacity file as the grid companies publish it: a
JSON-LD GeoJSON FeatureCollection (WGS84 lon/lat) with `@context`,
`dcterms:publisher` = "DEMO (generated)" and `prov:generatedAt`, one Point per
substation: {n_grid} substations, placed near the real high-voltage lines, the
urban areas and the parcel estates. Properties `name` (with a "(demo)" suffix;
two names carry stray leading/trailing spaces as real files do), `owner`
(Elvia on the Østfold/Akershus side, Glitre Nett on the Drammen side — the
values are still generated), `capacityDate`, `capacityUnit` = "MW",
`availableCons` (0-40 MW, {n_zero} are 0), `reservedCons`, `availableProd`
(negative, as published), `description` and `shortDescription` (which say the
figure ignores limits in the regional and transmission grid, and that the
values are generated).

## `dem_demo.tif`

A GENERATED terrain model (not Kartverket's DTM; no open DTM for south-east
Norway was available): float32 GeoTIFF, EPSG:25833, {cell} m cells
({rows} × {cols}), DEFLATE, 256 × 256 tiles, nodata -9999 over the sea and
outside the regions (+500 m). Heights rise from the fjord over smooth hills
(up to about 450-490 m on the Drammen side, about 125 m on the Moss side), with a
flat valley floor along the approximate Drammenselva and gentler slopes near
E/R roads. Most parcels are levelled (0.3-7 % tilt, like graded plots); about
12 % are left steep across a hill shoulder so that a flat-area constraint
bites (`demo_merknad` "bratt tomt"). **A small nodata hole** (an ellipse of
about 120 × 80 m) covers part of parcels {hole} and no other parcel, as
real DEMs have gaps.

## Sources and licences

See `ATTRIBUTION.md`. Real: Kartverket N1000 (CC BY 4.0) and kommuner 2024
(CC BY 4.0, © Kartverket). NVDB field conventions (object type 540) follow
Statens vegvesen's NVDB (NLOD); no NVDB values are used. The SOSI arealformål
and bygningstype codes are public code lists (DiBK/Geonorge/Kartverket).
Everything marked generated was made by `tools/make_demo_data.py` and is
released with the plugin (GPL-2.0-or-later).
"""

ATTRIBUTION = """\
# Attribution

Real data in this folder (in `energistasjon_demo.gpkg`):

- Layers `veger`, `hoyspentlinjer`, `tettbebyggelse`, `verneomrader`:
  Kartverket N1000 (Veglenke, LuftledningLH, Tettbebyggelse,
  Naturvernomrade), © Kartverket, licence CC BY 4.0
  (https://creativecommons.org/licenses/by/4.0/). Taken from the N1000 data
  packaged by hmalmedal/N1000 (commit 9c51b85b), clipped and reprojected
  unchanged in content.
- Layer `kommuner`: municipality boundaries 2024, © Kartverket, licence
  CC BY 4.0, via robhop/fylker-og-kommuner (commit 77f1e665); reprojected to
  EPSG:25833, field `region` added.
- Layer `trafikkmengde` uses the field conventions of NVDB object type 540
  Trafikkmengde, © Statens vegvesen, NLOD
  (https://data.norge.no/nlod/no/2.0); its values are generated.
- Layer `eksisterende_stasjoner`: the names of the Enova round-1 truck-charging
  stations (December 2023) are public facts from Enova's award list; their
  positions are approximate, from the names only.
- SOSI arealformål codes (KpArealformål, RpArealformål, pbl 1985 lists) and
  matrikkel bygningstype codes: public code lists (DiBK / Geonorge / Kartverket).

Generated data (`kilde` = `generert (demo)`): candidate parcels, kommuneplan
and reguleringsplan zones, hazard zones, buildings, traffic values, existing
stations (except the two named above), `nettkapasitet_demo.geojson` and
`dem_demo.tif`. GENERATED for demo — not real data. Made by
`tools/make_demo_data.py`; GPL-2.0-or-later like the plugin.

Suggested credit line on maps made from this demo:
"Kart: © Kartverket (N1000, kommuner, CC BY 4.0). Tomter, planer, faresoner,
bygg, trafikk, nettkapasitet og terreng er generert for demo — ikke ekte data."
"""

if __name__ == "__main__":
    sys.exit(main())

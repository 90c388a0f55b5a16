# SPDX-License-Identifier: GPL-2.0-or-later
"""Write the end-to-end fixture: ``.venv/bin/python test/data/e2e/make_e2e_fixture.py``.

Invented data near the E6 at Patterød, Moss, in EPSG:25833 (see README.md here): five
candidate areas whose expected outcome can be worked out by hand, and the context layers
that decide it.  The geometries are written out below so that every distance in README.md
can be checked against them.  Run again only to change the fixture; the output is committed.
"""
import json
import sqlite3
from pathlib import Path

import geopandas as gpd
import numpy as np
import rasterio
from rasterio.transform import from_origin
from shapely.geometry import LineString, Point, box

HERE = Path(__file__).resolve().parent
GPKG = HERE / "moss_e2e.gpkg"
GRID_JSON = HERE / "moss_gridcapacity.json"
DEM = HERE / "moss_dem.tif"
CRS = "EPSG:25833"

# Where the kommunal road Kv1 leaves the E6: the exit the corridor distance is measured to.
JUNCTION = (257140.0, 6593520.0)


def candidates() -> gpd.GeoDataFrame:
    rows = [
        # id, navn, merknad, geometry
        (1, "Patterød næringsområde", "klart god: RP 1340 Industri, 140 m fra E6-kryss, 20 MW ledig "
         "300 m unna",
         box(256880, 6593540, 257000, 6593640)),          # 12 000 m2
        (2, "Jordet ved E6", "LNFR 5100 i kommuneplanen: skal ekskluderes",
         box(257300, 6593600, 257400, 6593700)),          # 10 000 m2
        (3, "Patterød restareal", "for liten: 800 m2",
         box(256880, 6593660, 256920, 6593680)),          # 40 x 20 m
        (4, "Kleberget", "næring, 2,4 km fra E6-kryss, 4 MW",
         box(254600, 6593700, 254700, 6593800)),          # 10 000 m2
        (5, "Halmstad", "næring, 1 km fra E6-kryss, 8 MW",
         box(256000, 6593580, 256100, 6593680)),          # 10 000 m2
    ]
    return gpd.GeoDataFrame(
        {"id": [r[0] for r in rows], "navn": [r[1] for r in rows], "merknad": [r[2] for r in rows]},
        geometry=[r[3] for r in rows], crs=CRS)


def roads() -> gpd.GeoDataFrame:
    # The E6 is split at the junction, as NVDB road links are; Kv1 starts there.
    lines = [
        ("E", 6, "E6 sør", LineString([(257050, 6590500), JUNCTION])),
        ("E", 6, "E6 nord", LineString([JUNCTION, (257260, 6597000)])),
        ("K", 1, "Patterødveien",
         LineString([JUNCTION, (256600, 6593480), (255000, 6593600), (254000, 6593650)])),
    ]
    return gpd.GeoDataFrame(
        {"vegkategori": [x[0] for x in lines], "vegnummer": [x[1] for x in lines],
         "navn": [x[2] for x in lines]},
        geometry=[x[3] for x in lines], crs=CRS)


def traffic(road_frame: gpd.GeoDataFrame) -> gpd.GeoDataFrame:
    # NVDB 540 Trafikkmengde on the same links, with the GML export's field names.
    frame = road_frame[["vegkategori", "vegnummer", "geometry"]].copy()
    frame["ådtTotal"] = [28000, 31000, 6000]
    frame["ådtAndelLangeKjøretøy"] = [16, 15, 8]
    frame["årGjelderFor"] = 2023
    return frame


def kpa() -> gpd.GeoDataFrame:
    rows = [
        (1300, 1, box(256800, 6593530, 257100, 6593760)),   # næring around the E6 exit (sites 1, 3)
        (5100, 1, box(257200, 6593300, 257800, 6594200)),   # LNFR east of the E6 (site 2)
        (1300, 1, box(255950, 6593560, 256150, 6593720)),   # næring, Halmstad (site 5)
        (1300, 1, box(254550, 6593680, 254750, 6593850)),   # næring, Kleberget (site 4)
    ]
    return gpd.GeoDataFrame(
        {"arealformål": [r[0] for r in rows], "arealbruksstatus": [r[1] for r in rows],
         "planidentifikasjon": "E2E-KPA-2024"},
        geometry=[r[2] for r in rows], crs=CRS)


def rp() -> gpd.GeoDataFrame:
    return gpd.GeoDataFrame(
        {"arealformål": [1340], "planidentifikasjon": ["E2E-RP-0001"]},
        geometry=[box(256860, 6593530, 257020, 6593700)], crs=CRS)   # Industri (sites 1, 3)


def buildings() -> gpd.GeoDataFrame:
    # Dwellings (111) around the area, all more than 1 km from every site; spread out so
    # that the layer covers the sites.
    points = [(254000, 6592600), (258200, 6592600), (254000, 6595000), (258200, 6595000)]
    return gpd.GeoDataFrame({"bygningstype": [111] * len(points)},
                            geometry=[Point(p) for p in points], crs=CRS)


def existing_stations() -> gpd.GeoDataFrame:
    # Invented stations far away, west of the sites (so the easternmost site is furthest
    # from any), plus one further south-east so that the layer's extent covers the sites.
    rows = [
        ("Fiktiv stasjon vest 1", "batteri", (230000, 6585000)),
        ("Fiktiv stasjon vest 2", "hydrogen", (230000, 6602000)),
        ("Fiktiv stasjon vest 3", "biogass", (230000, 6593600)),
        ("Fiktiv stasjon sørøst", "batteri", (290000, 6570000)),
    ]
    return gpd.GeoDataFrame({"navn": [r[0] for r in rows], "stasjonstype": [r[1] for r in rows]},
                            geometry=[Point(r[2]) for r in rows], crs=CRS)


def grid_capacity() -> dict:
    # DIGIN10-30 GridCapacity as grid companies publish it: JSON-LD header keys, WGS84
    # points, availableProd negative.  Coordinates are computed from EPSG:25833.
    stations = [
        ("Patterød", (256950, 6593900), 20.0, 4.0, -12.0),
        ("Halmstad", (256050, 6594300), 8.0, 2.0, -5.0),
        ("Kleberget", (254650, 6594800), 4.0, 1.0, -3.0),
    ]
    points = gpd.GeoSeries([Point(s[1]) for s in stations], crs=CRS).to_crs("EPSG:4326")
    features = []
    for (name, _xy, cons, reserved, prod), point in zip(stations, points):
        features.append({
            "id": "e2e-{}".format(name.lower().replace("ø", "o")),
            "type": "Feature",
            "geometry": {"type": "Point", "coordinates": [round(point.x, 6), round(point.y, 6)]},
            "properties": {
                "name": name,
                "owner": "Fiktivt Nett AS",
                "capacityDate": "2025-01-01",
                "capacityUnit": "MW",
                "availableCons": cons,
                "reservedCons": reserved,
                "availableProd": prod,
                "shortDescription": "Oppfunnet testdata.",
                "description": "Oppfunnet testdata for Energistasjon; tallene er ikke en netteiers.",
            },
        })
    return {
        "@context": {"dcterms": "http://purl.org/dc/terms/", "prov": "http://www.w3.org/ns/prov#"},
        "type": "FeatureCollection",
        "dcterms:publisher": [{"dcterms:title": "Fiktivt Nett AS"}],
        "prov:generatedAt": [{"@value": "2025-01-01T00:00:00Z"}],
        "features": features,
    }


def write_dem(path: Path) -> None:
    # A plane rising 1 m per 100 m eastwards (1 % slope): every site is flat.
    cell = 10.0
    west, north, cols, rows = 253500.0, 6595500.0, 500, 350
    x = west + cell * (np.arange(cols) + 0.5)
    elevation = np.tile(20.0 + 0.01 * (x - west), (rows, 1)).astype("float32")
    profile = {"driver": "GTiff", "width": cols, "height": rows, "count": 1, "dtype": "float32",
               "crs": CRS, "transform": from_origin(west, north, cell, cell), "nodata": -9999.0,
               "compress": "deflate", "predictor": 3, "tiled": True, "blockxsize": 256, "blockysize": 256}
    with rasterio.open(str(path), "w", **profile) as dst:
        dst.write(elevation, 1)


def main() -> None:
    if GPKG.exists():
        GPKG.unlink()
    road_frame = roads()
    layers = {
        "kandidater": candidates(),
        "veger": road_frame,
        "trafikk": traffic(road_frame),
        "kpa": kpa(),
        "rp": rp(),
        "bygninger": buildings(),
        "eksisterende_stasjoner": existing_stations(),
    }
    for name, frame in layers.items():
        # No spatial index: the layers are tiny and the file stays a few KB.
        frame.to_file(str(GPKG), layer=name, driver="GPKG", engine="fiona", SPATIAL_INDEX="NO")
    with sqlite3.connect(str(GPKG)) as db:
        db.execute("VACUUM")
    GRID_JSON.write_text(json.dumps(grid_capacity(), ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    write_dem(DEM)
    for path in (GPKG, GRID_JSON, DEM):
        print(f"{path} ({path.stat().st_size} bytes)")


if __name__ == "__main__":
    main()

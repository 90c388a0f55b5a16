"""The hand-checked scoring fixture shared by the engine, plugin and end-to-end suites.

Layout (EPSG:25833, metres from an origin near Moss):
  E6 runs north-south along x = 0; a municipal road leaves it eastwards along y = 0, so the
  only exit is at (0, 0).  Substation S1 (20 MW free) at (500, 300), S2 (1 MW) at (2500, 500).
  NVDB traffic on the E6: ÅDT 30 000, 15 % long vehicles -> 4 500 heavy vehicles a day.
  A  6 000 m², RP 1340 Industri, 301 m from the exit, 242 m from S1.
  B  5 000 m², KPA 5100 LNFR.
  C    800 m², RP 1340 Industri.
  D  4 000 m², KPA 1300 Næringsvirksomhet, 2 159 m from the exit, beyond the traffic search radius.
  E  3 000 m², RP 2080 Parkering, a school (613) 50 m north of it.

Expected scores, by hand (see test_scoring_fixture.py): battery A 95.0, E 87.7, D 77.6;
hydrogen A 91.1, D 83.8; biogas A 88.9, D 74.5 (not ranked: too little known) (B, C and E excluded
for hydrogen and biogas).
"""
import json
from pathlib import Path
from typing import Dict

import geopandas as gpd
from pyproj import Transformer
from shapely import affinity
from shapely.geometry import LineString, Point, box

X0, Y0 = 255000.0, 6590000.0
CRS = "EPSG:25833"
# Write through Debian's fiona (the GDAL QGIS uses), not the pyogrio wheel's newer GDAL.
ENGINE = "fiona"


def _shifted(geom):
    return affinity.translate(geom, X0, Y0)


def sites() -> gpd.GeoDataFrame:
    boxes = {
        "A": box(300, 20, 400, 80), "B": box(1000, -200, 1100, -150), "C": box(600, 100, 640, 120),
        "D": box(2100, 500, 2180, 550), "E": box(200, -400, 260, -350),
    }
    return gpd.GeoDataFrame({"tomt_id": list(boxes), "eier": ["x"] * 5},
                            geometry=[_shifted(g) for g in boxes.values()], crs=CRS)


def layers() -> Dict[str, gpd.GeoDataFrame]:
    """Context layers with the field names the agencies publish."""
    e6 = _shifted(LineString([(0, -5000), (0, 5000)]))
    return {
        "veger": gpd.GeoDataFrame({"vegkategori": ["E", "K"], "vegnummer": [6, 100]},
                                  geometry=[e6, _shifted(LineString([(0, 0), (3000, 0)]))], crs=CRS),
        "trafikkmengde": gpd.GeoDataFrame({"vegkategori": ["E"], "vegnummer": [6], "ådtTotal": [30000],
                                           "ådtAndelLangeKjøretøy": [15.0]}, geometry=[e6], crs=CRS),
        "kpa": gpd.GeoDataFrame({"arealformål": [5100, 1300], "arealbruksstatus": [1, 2]},
                                geometry=[_shifted(box(900, -300, 1200, -100)),
                                          _shifted(box(2000, 400, 2300, 700))], crs=CRS),
        "rp": gpd.GeoDataFrame({"arealformål": [1340, 2080], "planidentifikasjon": ["3002-2019-04", "3002-2020-01"]},
                               geometry=[_shifted(box(250, 0, 700, 150)), _shifted(box(150, -450, 300, -320))],
                               crs=CRS),
        "bygninger": gpd.GeoDataFrame({"bygningstype": [613]}, geometry=[_shifted(Point(230, -300))], crs=CRS),
    }


def grid_capacity_document() -> list:
    """A DIGIN GridCapacity file as Elvia might publish it: wrapped in a list, a name with a stray
    space, a number as text."""
    to_wgs = Transformer.from_crs(CRS, "EPSG:4326", always_xy=True)
    features = []
    for name, (x, y), free in (("S1 Kambo ", (500, 300), "20"), ("S2 Rygge", (2500, 500), 1.0)):
        lon, lat = to_wgs.transform(X0 + x, Y0 + y)
        features.append({"type": "Feature", "geometry": {"type": "Point", "coordinates": [lon, lat]},
                         "properties": {"name": name, "owner": "Elvia", "capacityDate": "2025-01-01",
                                        "capacityUnit": "MW", "availableCons": free, "reservedCons": 0,
                                        "availableProd": -3}})
    return [{"@context": {}, "type": "FeatureCollection", "features": features}]


def write_grid_capacity(folder: Path) -> Path:
    path = Path(folder) / "elvia.json"
    path.write_text(json.dumps(grid_capacity_document()), encoding="utf-8")
    return path


def write_geopackage(folder: Path) -> Path:
    """All layers in one GeoPackage (layer ``kandidater`` plus the context layers)."""
    path = Path(folder) / "hand_fixture.gpkg"
    sites().to_file(path, layer="kandidater", driver="GPKG", engine=ENGINE)
    for name, frame in layers().items():
        frame.to_file(path, layer=name, driver="GPKG", engine=ENGINE)
    return path

"""A hand-made plan fixture for finding candidate areas, shared by the engine and plugin suites.

Two neighbouring municipalities as their plan offices publish them: SOSI field names
(``objekttypenavn``, ``arealformål``, ``arealbruksstatus``, ``planidentifikasjon``,
``kommunenummer``), Moss (3103) in EPSG:25833 and Råde (3112) in EPSG:25832 (bad input on
purpose: neighbouring municipalities in two UTM zones).  Coordinates below are metres east and
north of an origin near Moss, in EPSG:25833; Moss x 0-1000, Råde x 1000-2000, both y 0-1000.

Kommuneplan, Moss (plan 3103-KPA-2023)
  K1  1300 Næring       100-300 x 100-200   20 000 m²
  K2  5100 LNFR         300-500 x 100-200   (conflict for every station type)
  K3  1300 Næring       800-1000 x 500-600  20 000 m², meets K4 at the border
  K5  1300 Næring       100-130 x 700-730   900 m² (below every minimum area)
Kommuneplan, Råde (plan 3112-KPA-2021, EPSG:25832)
  K4  1300 Næring       1000-1200 x 500-600 20 000 m²
Reguleringsplan, Moss (plan 3103-2019-01)
  R1  1340 Industri     150-250 x 120-180   6 000 m², inside K1: governs there
  R2  1310 Kontor       400-480 x 120-180   inside the LNFR (kontor: unsuitable)
  R3  1340 Industri     500-600 x 300-400   overlaps R4 on 550-600 (bad input)
  R4  1110 Bolig        550-650 x 300-400
Hensynssone
  H1  320 flom (H320_1) 250-300 x 150-200   cuts 2 500 m² off K1

Expected for battery charging (min area 2 000 m², hensynssone 320 forbidden), by hand:
  3103  RP 1340 R1         6 000 m²
  3103  KPA 1300 K1 rest  11 500 m²  (20 000 - R1 6 000 - flood 2 500)
  3103  KPA 1300 K3       20 000 m²
  3112  KPA 1300 K4       20 000 m²  (measured in EPSG:25833 after reprojection)
  3103  RP 1340 R3         5 000 m²  (the 5 000 m² R4 disputes left out)
"""
from pathlib import Path
from typing import Dict

import geopandas as gpd
from shapely import affinity
from shapely.geometry import box

X0, Y0 = 255000.0, 6590000.0
CRS = "EPSG:25833"
ENGINE = "fiona"


def _box(x1, y1, x2, y2):
    return affinity.translate(box(x1, y1, x2, y2), X0, Y0)


def kpa_moss() -> gpd.GeoDataFrame:
    return gpd.GeoDataFrame({
        "objekttypenavn": ["KpArealformålOmråde"] * 4, "arealformål": [1300, 5100, 1300, 1300],
        "arealbruksstatus": [1, 1, 2, 1], "planidentifikasjon": ["3103-KPA-2023"] * 4,
        "kommunenummer": ["3103"] * 4},
        geometry=[_box(100, 100, 300, 200), _box(300, 100, 500, 200), _box(800, 500, 1000, 600),
                  _box(100, 700, 130, 730)], crs=CRS)


def kpa_rade() -> gpd.GeoDataFrame:
    """Råde's kommuneplan as Råde publishes it: EPSG:25832, kommunenummer a number."""
    frame = gpd.GeoDataFrame({
        "objekttypenavn": ["KpArealformålOmråde"], "arealformål": [1300], "arealbruksstatus": [1],
        "planidentifikasjon": ["3112-KPA-2021"], "kommunenummer": [3112]},
        geometry=[_box(1000, 500, 1200, 600)], crs=CRS)
    return frame.to_crs("EPSG:25832")


def rp_moss() -> gpd.GeoDataFrame:
    return gpd.GeoDataFrame({
        "objekttypenavn": ["RpArealformålOmråde"] * 4, "arealformål": [1340, 1310, 1340, 1110],
        "planidentifikasjon": ["3103-2019-01"] * 4, "plannavn": ["Kambo næringsområde"] * 4,
        "kommunenummer": ["3103"] * 4},
        geometry=[_box(150, 120, 250, 180), _box(400, 120, 480, 180), _box(500, 300, 600, 400),
                  _box(550, 300, 650, 400)], crs=CRS)


def hazards() -> gpd.GeoDataFrame:
    return gpd.GeoDataFrame({"objekttypenavn": ["KpFareSone"], "fare": [320], "hensynSonenavn": ["H320_1"]},
                            geometry=[_box(250, 150, 300, 200)], crs=CRS)


def municipalities() -> gpd.GeoDataFrame:
    return gpd.GeoDataFrame({"kommunenummer": ["3103", "3112"], "kommunenavn": ["Moss", "Råde"],
                             "region": ["Mosseregionen", "Mosseregionen"]},
                            geometry=[_box(0, 0, 1000, 1000), _box(1000, 0, 2000, 1000)], crs=CRS)


def parcels() -> gpd.GeoDataFrame:
    """Two teiger of Matrikkelen splitting K3 at x = 900."""
    return gpd.GeoDataFrame({"matrikkelnummertekst": ["3103-12/5", "3103-12/6"], "kommunenummer": ["3103"] * 2,
                             "gardsnummer": [12, 12], "bruksnummer": [5, 6]},
                            geometry=[_box(780, 480, 900, 620), _box(900, 480, 1000, 620)], crs=CRS)


def layers() -> Dict[str, gpd.GeoDataFrame]:
    return {"kpa_moss": kpa_moss(), "kpa_rade": kpa_rade(), "rp_moss": rp_moss(), "hensynssoner": hazards(),
            "kommuner": municipalities(), "teig": parcels()}


def write_geopackage(folder: Path) -> Path:
    path = Path(folder) / "plans.gpkg"
    for name, frame in layers().items():
        frame.to_file(path, layer=name, driver="GPKG", engine=ENGINE)
    return path

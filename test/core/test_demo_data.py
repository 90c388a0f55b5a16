# SPDX-License-Identifier: GPL-2.0-or-later
"""The committed demo data (resources/demo/) is what its README.md says it is.

These tests read the bundled files only (no shared data, no QGIS).  They check what a
workshop user or a developer would rely on: the layers and fields the plugin's readers
auto-detect, the CRS, the counts in README.md, that every generated layer says it is
generated, that parcels lie in their municipality and on the DEM, and that the
deliberately interesting parcels are what their note claims.
"""
import json
import re
import sqlite3
from pathlib import Path

import geopandas as gpd
import numpy as np
import pyogrio
import pytest
import rasterio
import shapely
from rasterio import features
from rasterio.windows import from_bounds

DEMO = Path(__file__).resolve().parents[2] / "resources" / "demo"
GPKG = DEMO / "energistasjon_demo.gpkg"
GRID = DEMO / "nettkapasitet_demo.geojson"
DEM = DEMO / "dem_demo.tif"
README = DEMO / "README.md"

GEN = "generert (demo)"
GEN_DESC = "GENERATED for demo — not real data"

REGIONS = {
    "Mosseregionen": {"3103": "Moss", "3112": "Råde", "3114": "Våler", "3216": "Vestby"},
    "Drammensregionen": {"3301": "Drammen", "3312": "Lier", "3314": "Øvre Eiker"},
}

# Codes typed from the Geonorge/DiBK SOSI code lists (KpArealformål, RpArealformål,
# reguleringsformål pbl 1985), only those a demo layer may use, with their names.
KP_CODES = {1001: "Bebyggelse og anlegg", 1110: "Boligbebyggelse", 1130: "Sentrumsformål",
            1300: "Næringsbebyggelse", 1500: "Andre typer bebyggelse og anlegg",
            1800: "Kombinert bebyggelse og anleggsformål", 2010: "Veg", 2080: "Parkering",
            3001: "Grønnstruktur", 5100: "LNFR-areal for nødvendige tiltak for landbruk ..."}
RP_CODES = {1110: "Boligbebyggelse", 1161: "Barnehage", 1162: "Undervisning", 1300: "Næringsbebyggelse",
            1310: "Kontor", 1340: "Industri", 1350: "Lager", 1360: "Bensinstasjon/vegserviceanlegg",
            1390: "Annen næring", 1501: "Godsterminal", 1502: "Godslager", 1510: "Energianlegg",
            1811: "Forretning/kontor/industri", 1826: "Industri/lager", 1830: "Kontor/industri",
            2011: "Kjøreveg", 2080: "Parkering", 2081: "Rasteplass", 2082: "Parkeringsplasser",
            3001: "Grønnstruktur", 3040: "Friområde", 3060: "Vegetasjonsskjerm", 5110: "Landbruksformål"}
RP1985_CODES = {140: "Område for industri/lager", 192: "Bensinstasjon",
                980: "Vegserviceanlegg (Bevertning/Bensinstasjon)"}
# Matrikkel bygningstype (NS 3457 / SSB) codes and names.
BUILDING_CODES = {
    111: "Enebolig", 112: "Enebolig med hybel/sokkelleilighet", 113: "Våningshus",
    121: "Tomannsbolig, vertikaldelt", 122: "Tomannsbolig, horisontaldelt", 131: "Rekkehus",
    133: "Kjede-/atriumhus", 136: "Andre småhus med 3 boliger eller flere",
    142: "Stort frittliggende boligbygg på 3 og 4 etasjer",
    143: "Stort frittliggende boligbygg på 5 etasjer eller mer",
    145: "Store sammenbygde boligbygg på 3 og 4 etasjer", 151: "Bo- og servicesenter",
    612: "Barnehage", 613: "Barneskole", 614: "Ungdomsskole", 615: "Kombinert barne- og ungdomsskole",
    616: "Videregående skole", 719: "Sykehus", 721: "Sykehjem", 722: "Bo- og behandlingssenter, aldershjem",
}


@pytest.fixture(scope="module")
def layers():
    return {name: gpd.read_file(GPKG, layer=name) for name in pyogrio.list_layers(GPKG)[:, 0]}


@pytest.fixture(scope="module")
def readme_table():
    """{layer: (geometry types, count, 'real'/'generated', [fields])} from README.md."""
    rows = {}
    for line in README.read_text(encoding="utf-8").splitlines():
        m = re.match(r"^\| `(\w+)` \| ([\w/]+) \| (\d+) \| (real|generated) \| (.+) \|$", line)
        if m:
            rows[m.group(1)] = (set(m.group(2).split("/")), int(m.group(3)), m.group(4),
                                [f.strip() for f in m.group(5).split(",")])
    return rows


@pytest.fixture(scope="module")
def descriptions():
    with sqlite3.connect(str(GPKG)) as con:
        return dict(con.execute("SELECT table_name, description FROM gpkg_contents").fetchall())


@pytest.fixture(scope="module")
def grid_json():
    return json.loads(GRID.read_text(encoding="utf-8"))


def _notes(parcels, text):
    return parcels[parcels["demo_merknad"].str.contains(text, regex=False)]


# ----------------------------------------------------------------- README <-> GeoPackage

def test_readme_lists_exactly_the_geopackage_layers(layers, readme_table):
    assert set(readme_table) == set(layers)
    assert {"kommuner", "veger", "trafikkmengde", "kandidater", "kommuneplan_arealformal",
            "reguleringsplan_arealformal", "reguleringsplan_pbl1985", "hensynssoner", "verneomrader",
            "bygninger", "eksisterende_stasjoner"} <= set(layers)


@pytest.mark.parametrize("column", ["geometry", "count", "fields"])
def test_readme_table_matches_each_layer(layers, readme_table, column):
    for name, (gtypes, count, _kind, fields) in readme_table.items():
        gdf = layers[name]
        if column == "geometry":
            assert set(gdf.geom_type) == gtypes, name
        elif column == "count":
            assert len(gdf) == count, name
        else:
            assert [c for c in gdf.columns if c != "geometry"] == fields, name


def test_every_layer_is_in_etrs89_utm33(layers):
    for name, gdf in layers.items():
        assert gdf.crs.to_epsg() == 25833, name


def test_generated_layers_say_so_in_field_and_description(layers, readme_table, descriptions):
    for name, (_g, _n, kind, _f) in readme_table.items():
        kilde = set(layers[name]["kilde"])
        if kind == "generated":
            assert descriptions[name].startswith(GEN_DESC), name
            if name == "eksisterende_stasjoner":
                assert kilde <= {GEN, "approximate, from name (Enova runde 1, des. 2023)"}
            else:
                assert kilde == {GEN}, name
        else:
            assert descriptions[name].startswith("REAL data"), name
            assert "CC BY 4.0" in descriptions[name], name
            assert all(k.startswith("Kartverket") for k in kilde), name


def test_attribution_names_sources_and_licences():
    text = (DEMO / "ATTRIBUTION.md").read_text(encoding="utf-8")
    for needle in ("Kartverket", "N1000", "CC BY 4.0", "NLOD", "Statens vegvesen", GEN_DESC):
        assert needle in text


def test_whole_demo_folder_stays_small():
    total = sum(p.stat().st_size for p in DEMO.iterdir())
    assert total < 8 * 1024 * 1024


# ----------------------------------------------------------------- regions and parcels

def test_municipalities_and_regions(layers):
    kom = layers["kommuner"]
    got = {r: dict(zip(g["kommunenummer"], g["kommunenavn"])) for r, g in kom.groupby("region")}
    assert got == REGIONS


def test_parcels_lie_inside_their_own_municipality(layers):
    kom = layers["kommuner"].set_index("kommunenummer")
    parcels = layers["kandidater"]
    inside = parcels.geometry.within(gpd.GeoSeries(kom.loc[parcels["kommunenummer"], "geometry"].values,
                                                   crs=parcels.crs), align=False)
    assert inside.all(), list(parcels.loc[~inside.values, "tomt_id"])
    assert (parcels["kommunenavn"].values == kom.loc[parcels["kommunenummer"], "kommunenavn"].values).all()
    assert (parcels["region"].values == kom.loc[parcels["kommunenummer"], "region"].values).all()


def test_parcel_counts_ids_and_matrikkel(layers, readme_table):
    parcels = layers["kandidater"]
    per_region = parcels.groupby("region").size()
    assert set(per_region.index) == set(REGIONS)
    assert per_region.between(150, 300).all(), per_region.to_dict()
    prefix = {"Mosseregionen": "MOS", "Drammensregionen": "DRM"}
    for region, ids in parcels.groupby("region")["tomt_id"]:
        assert all(re.fullmatch(prefix[region] + r"-\d{4}", t) for t in ids)
    assert parcels["tomt_id"].is_unique
    assert (parcels["gnr"] > 0).all() and (parcels["bnr"] > 0).all()
    assert not parcels.duplicated(["kommunenummer", "gnr", "bnr"]).any()
    # No two parcels overlap.
    left, right = parcels.sindex.query(parcels.geometry.values, predicate="overlaps")
    assert len(left) == 0


def test_parcel_sizes(layers):
    parcels = layers["kandidater"]
    area = parcels.area
    assert np.allclose(parcels["areal_m2"], area, atol=1.0)
    tiny = _notes(parcels, "svært liten")
    assert 1 <= len(tiny) <= 3
    assert (tiny.area < 1500).all()
    rest = area.drop(tiny.index)
    assert rest.between(1500, 40000).all()
    # Some are too small for a biogas station (2 500 m² flat area), most are not.
    assert 10 <= (rest < 2500).sum() < 0.4 * len(rest)
    assert rest.max() > 30000


def test_parcels_are_mostly_near_trunk_roads_and_towns(layers):
    parcels = layers["kandidater"]
    roads = layers["veger"]
    trunk = shapely.union_all(roads[roads["vegkategori"].isin(["E", "R"])].geometry.values)
    dist = parcels.distance(trunk)
    assert (dist < 5000).mean() > 0.75
    assert (dist > 5000).sum() >= 3  # a few further out
    town = shapely.union_all(layers["tettbebyggelse"].geometry.values)
    assert (parcels.distance(town) < 1500).mean() > 0.5


def test_exit_parcels_are_at_their_trunk_road(layers):
    parcels, roads = layers["kandidater"], layers["veger"]
    for road in ("E6", "E18", "E134"):
        near_exit = _notes(parcels, f"ved {road}-kryss")
        line = shapely.union_all(roads[(roads["vegkategori"] == road[0])
                                       & (roads["vegnummer"] == int(road[1:]))].geometry.values)
        assert len(near_exit) >= 2, road
        assert (near_exit.distance(line) < 300).all(), road
    mos = _notes(parcels, "ved E6-kryss")
    assert (mos["region"] == "Mosseregionen").all()


def test_flood_parcels_lie_in_a_flood_zone(layers):
    parcels = layers["kandidater"]
    zones = layers["hensynssoner"]
    flood = shapely.union_all(zones[zones["faresone"] == 320].geometry.values)
    flagged = _notes(parcels, "i flomsone")
    assert len(flagged) >= 2
    shares = flagged.geometry.intersection(flood).area / flagged.area
    assert (shares > 0.25).all(), shares.to_dict()


def test_lnfr_parcels_are_zoned_lnfr(layers):
    parcels = layers["kandidater"]
    kpa = layers["kommuneplan_arealformal"]
    lnfr = shapely.union_all(kpa[kpa["arealformål"] == 5100].geometry.values)
    flagged = _notes(parcels, "LNFR")
    assert 3 <= len(flagged) < 0.25 * len(parcels)
    assert (flagged.geometry.intersection(lnfr).area / flagged.area > 0.99).all()


def test_school_next_to_one_parcel(layers):
    parcels, buildings = layers["kandidater"], layers["bygninger"]
    flagged = _notes(parcels, "skole (613)")
    assert len(flagged) == 1
    schools = buildings[buildings["bygningstype"] == 613]
    assert schools.distance(flagged.geometry.iloc[0]).min() < 100


def test_no_parcel_overlaps_a_protected_area_as_readme_says(layers):
    # README: N1000 has no protected area inside either region; none was invented.
    nv = layers["verneomrader"]
    regions = shapely.union_all(layers["kommuner"].geometry.values)
    assert not nv.intersects(regions).any()
    assert not layers["kandidater"].intersects(shapely.union_all(nv.geometry.values)).any()
    assert {"vernedato", "verneform", "navn"} <= set(nv.columns)


# ----------------------------------------------------------------- zoning and hazards

def test_kommuneplan_covers_every_parcel(layers):
    parcels, kpa = layers["kandidater"], layers["kommuneplan_arealformal"]
    pi, zi = kpa.sindex.query(parcels.geometry.values, predicate="intersects")
    inter = shapely.area(shapely.intersection(parcels.geometry.values[pi], kpa.geometry.values[zi]))
    covered = np.bincount(pi, weights=inter, minlength=len(parcels))
    assert np.allclose(covered, parcels.area.values, rtol=1e-3)
    assert set(kpa["arealbruksstatus"]) == {1, 2}
    # Næringsbebyggelse is the main purpose of the parcels.
    main = kpa.geometry.values[zi][np.asarray(kpa["arealformål"].values[zi]) == 1300]
    assert len(main) > 0.5 * len(parcels)


@pytest.mark.parametrize("layer,field,codes", [
    ("kommuneplan_arealformal", "arealformål", KP_CODES),
    ("reguleringsplan_arealformal", "arealformål", RP_CODES),
    ("reguleringsplan_pbl1985", "reguleringsformål", RP1985_CODES),
])
def test_plan_codes_exist_in_the_sosi_code_lists(layers, layer, field, codes):
    used = set(layers[layer][field].astype(int))
    assert used <= set(codes), sorted(used - set(codes))
    assert layers[layer]["planidentifikasjon"].notna().all()


def test_regulation_plans_cover_about_half_of_the_parcels(layers):
    parcels = layers["kandidater"]
    rp = shapely.union_all(layers["reguleringsplan_arealformal"].geometry.values)
    old = shapely.union_all(layers["reguleringsplan_pbl1985"].geometry.values)
    share = parcels.intersects(rp).mean()
    assert 0.35 <= share <= 0.65
    assert parcels.intersects(old).sum() >= 4
    assert set(layers["reguleringsplan_arealformal"]["arealformål"]) >= {1340, 1360, 1310}


def test_hazard_zones(layers):
    zones = layers["hensynssoner"]
    assert set(zones["faresone"]) == {310, 320, 350, 370}
    assert zones["hensynSonenavn"].is_unique
    assert all(re.fullmatch(f"H{f}_\\d+", n) for f, n in zip(zones["faresone"], zones["hensynSonenavn"]))
    lines = shapely.union_all(layers["hoyspentlinjer"].geometry.values)
    hv = zones[zones["faresone"] == 370]
    # 20-40 m buffers around the real lines: every point of the zone is within 40 m.
    assert (hv.geometry.apply(lambda g: g.hausdorff_distance(g.intersection(lines.buffer(41))) < 1e-6)).all()


# ----------------------------------------------------------------- buildings, stations, traffic

def test_buildings_codes_names_and_density(layers):
    b = layers["bygninger"]
    assert set(b["bygningstype"]) <= set(BUILDING_CODES)
    assert (b["bygningstypenavn"] == b["bygningstype"].map(BUILDING_CODES)).all()
    assert b["bygningsnummer"].is_unique
    assert {612, 613, 614, 616, 719, 721} <= set(b["bygningstype"])
    town = shapely.union_all(layers["tettbebyggelse"].geometry.values)
    regions = shapely.union_all(layers["kommuner"].geometry.values)
    town_in = town.intersection(regions)
    n_town = b.within(town).sum()
    dens_town = n_town / town_in.area
    dens_rural = (len(b) - n_town) / (regions.area - town_in.area)
    assert dens_town > 10 * dens_rural


def test_existing_stations(layers):
    st = layers["eksisterende_stasjoner"]
    assert set(st["stasjonstype"]) == {"hydrogen", "batteri", "biogass"}
    approx = st[st["kilde"].str.startswith("approximate, from name")]
    names = " ".join(approx["navn"])
    assert len(approx) == 2 and "Langhus" in names and "Svinesundparken" in names
    lonlat = approx.to_crs(4326)
    where = dict(zip(["Langhus" if "Langhus" in n else "Svinesund" for n in approx["navn"]],
                     zip(lonlat.geometry.x, lonlat.geometry.y)))
    assert abs(where["Langhus"][1] - 59.76) < 0.05 and abs(where["Langhus"][0] - 10.82) < 0.08
    assert abs(where["Svinesund"][1] - 59.10) < 0.05 and abs(where["Svinesund"][0] - 11.27) < 0.08


def test_traffic_values_are_plausible(layers):
    t = layers["trafikkmengde"]
    assert t["ådtTotal"].dtype.kind == "i"
    assert (t["årGjelderFor"] == 2023).all()
    e = t[t["vegkategori"] == "E"]
    e6_e18 = e[e["vegnummer"].isin([6, 18])]
    assert e6_e18["ådtTotal"].between(20000, 60000).all()
    assert t.loc[t["vegkategori"] == "R", "ådtTotal"].between(5000, 20000).all()
    assert t.loc[t["vegkategori"] == "F", "ådtTotal"].between(1000, 8000).all()
    assert e["ådtAndelLangeKjøretøy"].between(8, 20).all()
    assert t.loc[t["vegkategori"] != "E", "ådtAndelLangeKjøretøy"].between(5, 12).all()
    # On the real road geometry: each segment is one of the N1000 road segments.
    roads = layers["veger"]
    ti, ri = roads.sindex.query(t.geometry.values, predicate="intersects")
    same = shapely.equals_exact(t.geometry.values[ti], roads.geometry.values[ri], tolerance=0.01)
    assert (np.bincount(ti[same], minlength=len(t)) >= 1).all()


# ----------------------------------------------------------------- grid capacity

def test_grid_capacity_is_a_digin_jsonld_collection(grid_json):
    assert grid_json["type"] == "FeatureCollection"
    assert isinstance(grid_json["@context"], dict) and grid_json["@context"]
    assert grid_json["dcterms:publisher"] == [{"dcterms:title": "DEMO (generated)"}]
    assert grid_json["prov:generatedAt"] == [{"@value": "2025-06-01T00:00:00Z"}]
    assert GEN_DESC in grid_json["description"]
    feats = grid_json["features"]
    assert 30 <= len(feats) <= 60
    assert all(f["geometry"]["type"] == "Point" for f in feats)


def test_grid_capacity_values_and_caveats(grid_json):
    props = [f["properties"] for f in grid_json["features"]]
    names = [p["name"] for p in props]
    assert all(n.strip().endswith("(demo)") for n in names)
    assert any(n != n.lstrip() for n in names) and any(n != n.rstrip() for n in names)
    avail = np.array([p["availableCons"] for p in props])
    assert ((avail >= 0) & (avail <= 40)).all()
    assert (avail == 0).sum() >= 3
    assert ((avail >= 1) & (avail <= 15)).mean() > 0.5
    assert all(p["availableProd"] < 0 for p in props)
    assert all(p["reservedCons"] >= 0 for p in props)
    assert all(p["capacityUnit"] == "MW" for p in props)
    for p in props:
        assert "regional- og transmisjonsnettet" in p["shortDescription"]
        assert "GENERERT" in p["shortDescription"] and "GENERATED" in p["description"]


def test_grid_substations_lie_in_their_owners_region(layers, grid_json):
    pts = gpd.GeoDataFrame(
        [f["properties"] for f in grid_json["features"]],
        geometry=[shapely.Point(f["geometry"]["coordinates"]) for f in grid_json["features"]], crs=4326,
    ).to_crs(25833)
    kom = layers["kommuner"]
    owner_region = {"Elvia": "Mosseregionen", "Glitre Nett": "Drammensregionen"}
    assert set(pts["owner"]) == set(owner_region)
    for owner, region in owner_region.items():
        reg = shapely.union_all(kom[kom["region"] == region].geometry.values)
        assert pts[pts["owner"] == owner].within(reg).all(), owner


# ----------------------------------------------------------------- DEM

@pytest.fixture(scope="module")
def dem():
    with rasterio.open(DEM) as src:
        yield src


def test_dem_format_and_generated_label(dem):
    assert dem.crs.to_epsg() == 25833
    assert dem.res in ((20.0, 20.0), (25.0, 25.0))
    assert dem.nodata is not None
    assert dem.dtypes[0] in ("float32", "int16")
    assert dem.profile["tiled"] and dem.compression.name.lower() == "deflate"
    tags = dem.tags()
    assert tags["DESCRIPTION"].startswith(GEN_DESC)
    assert tags["TIFFTAG_IMAGEDESCRIPTION"].startswith(GEN_DESC)


def _parcel_cells(dem, geom):
    """Heights (NaN for nodata) and slope (%) of the DEM cells whose centres lie in ``geom``."""
    res = dem.res[0]
    minx, miny, maxx, maxy = geom.bounds
    win = from_bounds(minx - 2 * res, miny - 2 * res, maxx + 2 * res, maxy + 2 * res, dem.transform)
    win = win.round_offsets().round_lengths()
    z = dem.read(1, window=win, masked=True).astype(float).filled(np.nan)
    gy, gx = np.gradient(z, res)
    slope = 100.0 * np.hypot(gx, gy)
    mask = features.geometry_mask([geom], z.shape, dem.window_transform(win), invert=True)
    if not mask.any():  # very small parcel: the cell under its centroid
        c = geom.centroid
        r, col = rasterio.transform.rowcol(dem.window_transform(win), c.x, c.y)
        mask[r, col] = True
    return z[mask], slope[mask]


@pytest.fixture(scope="module")
def parcel_terrain(layers, dem):
    out = {}
    for tid, geom in zip(layers["kandidater"]["tomt_id"], layers["kandidater"].geometry):
        out[tid] = _parcel_cells(dem, geom)
    return out


def test_dem_covers_every_parcel_except_the_documented_hole(layers, parcel_terrain):
    with_gaps = sorted(t for t, (z, _s) in parcel_terrain.items() if np.isnan(z).any())
    m = re.search(r"covers part of parcels ([A-Z]{3}-\d{4}) and ([A-Z]{3}-\d{4})",
                  README.read_text(encoding="utf-8").replace("\n", " "))
    assert m, "README.md must name the parcels under the nodata hole"
    assert with_gaps == sorted(m.groups())
    assert sorted(_notes(layers["kandidater"], "hull i DEM")["tomt_id"]) == with_gaps
    for tid in with_gaps:  # part of each, not all of it
        assert not np.isnan(parcel_terrain[tid][0]).all()


def test_dem_heights_are_plausible(layers, dem, parcel_terrain):
    heights = np.concatenate([z for z, _s in parcel_terrain.values()])
    heights = heights[~np.isnan(heights)]
    assert heights.min() >= 0.0 and heights.max() < 700.0
    flood = _notes(layers["kandidater"], "i flomsone")["tomt_id"]
    flood_h = np.concatenate([parcel_terrain[t][0] for t in flood])
    assert np.nanmean(flood_h) < 5.0 < np.median(heights)


def test_most_parcels_are_gentle_and_the_steep_ones_are_steep(layers, parcel_terrain):
    parcels = layers["kandidater"]
    steep_ids = set(_notes(parcels, "bratt")["tomt_id"])
    assert 0.05 * len(parcels) < len(steep_ids) < 0.25 * len(parcels)
    median = {t: np.nanmedian(s) if np.isfinite(s).any() else np.nan for t, (_z, s) in parcel_terrain.items()}
    steep = np.array([median[t] for t in steep_ids])
    gentle = np.array([median[t] for t in median if t not in steep_ids])
    gentle = gentle[np.isfinite(gentle)]
    assert (steep > 10.0).all()
    assert (gentle < 5.0).mean() > 0.8

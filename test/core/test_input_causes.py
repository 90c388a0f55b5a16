"""Real data as published, read without hand-cleaning and never silently wrong: the CRS of every
layer, the true cause of every "unknown" and "not checked", the run log's line per input, roads
as NVDB exports them, and the hensynssoner of a plan layer given as zoning.

The sites and layers are those of test/hand_fixture.py (EPSG:25833, the E6 along x = 0); the
road network as NVDB's API gives it and FKB-Veg's areas and points are the hand-written files
in test/data/roads (see the README there); the plan is test/data/plans (layout in
test_plan_files.py).
"""
import geopandas as gpd
import hand_fixture
import numpy as np
import pandas as pd
import pytest
from energistasjon.energistasjon_plugin.core import profiles
from energistasjon.energistasjon_plugin.core.context_builder import LayerInput, build_context
from energistasjon.energistasjon_plugin.core.criteria import CriteriaEngine
from energistasjon.energistasjon_plugin.core.errors import InputError
from energistasjon.energistasjon_plugin.core.input_log import describe_inputs
from energistasjon.energistasjon_plugin.core.readers.roads import parse_corridor_list
from energistasjon.energistasjon_plugin.core.scoring import score_sites
from shapely import affinity
from shapely.geometry import Point, box

CRS = hand_fixture.CRS
CORRIDOR = "Distance to freight corridor exit"
# The plan of test/data/plans, in metres from (256000, 6590000) (layout in test_plan_files.py).
PX, PY = 256000.0, 6590000.0
PLAN_SITES = {
    "industri": (20, 20, 120, 120),      # BI1 1340
    "skytebane": (250, 200, 350, 280),   # o_SKB 1470, inside the faresone H360_1
    "faresone": (152, 155, 198, 295),    # BI1 1340, inside the faresone H360_1
    "utenfor": (700, 0, 800, 100),       # outside the plan
}


@pytest.fixture
def sites():
    return hand_fixture.sites()


@pytest.fixture
def layers():
    return hand_fixture.layers()


@pytest.fixture
def vegnett(test_data):
    """NVDB's road network as the API gives it, read as GDAL reads it (EPSG:5973 from the file)."""
    return gpd.read_file(test_data / "roads" / "nvdb_vegnett_segmentert.geojson")


def score(sites, profile="battery", **given):
    context = build_context(CRS, **given)
    return score_sites(sites, context, [profiles.load_bundled_profile(profile)], layer_name="kandidater",
                       language="en").frame.set_index("tomt_id")


# --------------------------------------------------------------------------- roads and corridors

def test_the_nvdb_network_as_the_api_gives_it_scores_like_the_hand_fixture(sites, vegnett):
    frame = score(sites, roads_layer=LayerInput(vegnett, "vegnett"))
    assert "300 m to the E6 exit" in frame.loc["A", "bat_explain"]
    assert frame.loc["A", "bat_corridor"] == 301


def test_a_corridor_typo_says_which_corridors_the_road_layer_has(sites, vegnett):
    frame = score(sites, roads_layer=LayerInput(vegnett, "veger"), corridors=parse_corridor_list("E 66"))
    cause = "no corridor E66 in the road layer 'veger'; it has E6, Rv19"
    for site in ("A", "D", "E"):
        assert frame.loc[site, "bat_unchecked"] == "{} not checked: {}".format(CORRIDOR, cause)
        assert "outside the data" not in frame.loc[site, "bat_unchecked"]
        assert "distance to freight corridor exit ({})".format(cause) in frame.loc[site, "bat_explain"]


def test_one_corridor_of_several_missing_is_said_in_the_log(sites, vegnett):
    from energistasjon.energistasjon_plugin.core.progress import Progress

    said = []
    context = build_context(CRS, roads_layer=LayerInput(vegnett, "veger"), corridors=["E6", "E66"])
    result = score_sites(sites, context, [profiles.load_bundled_profile("battery")], Progress(on_info=said.append),
                         layer_name="kandidater", language="en").frame.set_index("tomt_id")
    assert "300 m to the E6 exit" in result.loc["A", "bat_explain"]
    assert any("has no corridor E66 (it has E6, Rv19)" in line for line in said)


def test_a_site_outside_the_road_layer_is_outside_the_data(sites, vegnett):
    far = sites.copy()
    far.loc[far["tomt_id"] == "D", "geometry"] = far.loc[far["tomt_id"] == "D", "geometry"].translate(30000, 0)
    frame = score(far, roads_layer=LayerInput(vegnett, "veger"))
    assert CORRIDOR + " not checked: the site is outside the data" in frame.loc["D", "bat_unchecked"]
    assert frame.loc["A", "bat_unchecked"] == ""


@pytest.mark.parametrize("name, kind", [("fkb_veg_flate", "Polygon"), ("fkb_veg_punkt", "Point")])
def test_fkb_veg_given_as_roads_is_refused_by_name(test_data, name, kind):
    layer = gpd.read_file(test_data / "roads" / (name + ".geojson"))
    with pytest.raises(InputError) as caught:
        build_context(CRS, roads_layer=LayerInput(layer, "FKB-Veg"))
    assert "'FKB-Veg'" in caught.value.message and kind in caught.value.message
    assert "centreline network" in caught.value.message and caught.value.layer == "FKB-Veg"


def test_heavy_traffic_beyond_the_search_distance_says_so(sites, layers):
    frame = score(sites, traffic_layer=LayerInput(layers["trafikkmengde"], "trafikkmengde"))
    # D lies 2.1 km from the E6, the traffic search distance is far shorter
    assert "heavy traffic on the corridor (no traffic count within" in frame.loc["D", "bat_explain"]
    assert "4 500 heavy vehicles a day on E6" in frame.loc["A", "bat_explain"]


# --------------------------------------------------------------------------- CRS

def test_a_layer_without_crs_is_refused_by_name(sites, layers):
    no_crs = layers["bygninger"].set_crs(None, allow_override=True)
    with pytest.raises(InputError) as caught:
        build_context(CRS, building_layer=LayerInput(no_crs, "bygg_uten_crs"))
    assert "'bygg_uten_crs'" in caught.value.message and "no coordinate reference system" in caught.value.message
    assert "Layer > Set CRS" in caught.value.message


def test_a_plan_geojson_without_crs_read_as_wgs84_names_the_layer_and_the_cause(test_data):
    # GDAL reads the plan register's GeoJSON (no crs member, the EPSG beside it) as WGS84
    plan = gpd.read_file(test_data / "plans" / "rp_3103_2021012_nap.geojson")
    assert plan.crs == "EPSG:4326"
    sites = _plan_sites()
    context = build_context(CRS, rp_layers=[LayerInput(plan, "reguleringsplan")])
    [warning] = [n for n in context.notes if "cannot be in" in n]
    assert warning.startswith("The layer 'reguleringsplan': the coordinates (for example 256000, 6590000) cannot "
                              "be in EPSG:4326")
    assert "metres in UTM" in warning and "Layer > Set CRS" in warning
    frame = score_sites(sites, context, [profiles.load_bundled_profile("battery")], language="en").frame
    frame = frame.set_index("tomt_id")
    for site in ("industri", "utenfor"):
        assert frame.loc[site, "bat_unchecked"] == ("Zoning not checked: the coordinates of 'reguleringsplan' cannot "
                                                    "be in the CRS set on it (see the log)")
    # The same layer with its CRS set (Layer > Set CRS) reads right
    context = build_context(CRS, rp_layers=[LayerInput(plan.set_crs(CRS, allow_override=True), "reguleringsplan")])
    assert not [n for n in context.notes if "cannot be in" in n]
    frame = score_sites(sites, context, [profiles.load_bundled_profile("battery")], language="en").frame
    frame = frame.set_index("tomt_id")
    assert frame.loc["industri", "bat_explain"].startswith("Industri (RP 1340)")
    assert frame.loc["utenfor", "bat_unchecked"] == "Zoning not checked: the site is outside the data"


def test_a_layer_of_another_area_is_named_not_called_outside_the_data(sites, layers):
    elsewhere = layers["bygninger"].copy()
    elsewhere.geometry = elsewhere.geometry.translate(0, 80000)  # 80 km north: another municipality
    context = build_context(CRS, building_layer=LayerInput(elsewhere, "bygninger"))
    report = describe_inputs(context, sites.geometry)
    [warning] = report.warnings
    assert warning.startswith("The layer 'bygninger' (buildings) lies 79.2 km from the nearest site and reaches "
                              "none of them")
    frame = score_sites(sites, context, [profiles.load_bundled_profile("hydrogen")], language="en").frame
    unchecked = frame.set_index("tomt_id")["h2_unchecked"]
    assert all("'bygninger' covers another area than the sites (is its CRS right?)" in t for t in unchecked)
    assert not any("outside the data" in t for t in unchecked)


# --------------------------------------------------------------------------- zoning

def test_land_use_without_a_readable_code_is_named_as_the_cause(sites, layers):
    rp = layers["rp"].copy()
    rp["objekttypenavn"] = "RpArealformålOmråde"
    rp.loc[1, "arealformål"] = None  # the polygon under E has lost its code
    frame = score(sites, rp_layers=[LayerInput(rp, "rp")])
    assert frame.loc["E", "bat_unchecked"] == ("Zoning not checked: the land use on the site has no readable code "
                                               "in 'rp'")
    assert frame.loc["B", "bat_unchecked"] == "Zoning not checked: the site is outside the data"
    assert frame.loc["A", "bat_explain"].startswith("Industri (RP 1340)")


def test_a_kommuneplan_given_as_reguleringsplan_is_left_out_with_a_note(test_data):
    from energistasjon.energistasjon_plugin.core.readers.plan_files import read_plan_file

    kp = read_plan_file(test_data / "plans" / "kp_3103_2019001.gml").land_use
    context = build_context(CRS, rp_layers=[LayerInput(kp, "kommuneplan")])
    assert any("land-use polygons of 'kommuneplan' belong to a kommuneplan (2 KpArealformålOmråde): not used as "
               "reguleringsplan land use" in n for n in context.notes)
    assert len(context.rp) == 0


def test_zoning_codes_in_no_code_list_are_counted_in_the_log(sites, layers):
    kpa = pd.concat([layers["kpa"], gpd.GeoDataFrame({"arealformål": [9999], "arealbruksstatus": [1]},
                                                     geometry=[box(255000 + 1500, 6590000, 255000 + 1600, 6590100)],
                                                     crs=CRS)], ignore_index=True)
    kpa = gpd.GeoDataFrame(kpa, geometry="geometry", crs=CRS)
    context = build_context(CRS, kpa_layers=[LayerInput(kpa, "kpa")])
    [line] = [line for line in describe_inputs(context, sites.geometry).lines if line.startswith("'kpa'")]
    assert line == ("'kpa' (zoning (KPA/RP)): 3 features; CRS EPSG:25833; 3 within the sites' extent; "
                    "land-use codes not recognised: 1 (for example 9999).")


# --------------------------------------------------------------------------- the run log

def test_the_run_log_opens_with_one_line_per_input(sites, layers, tmp_path):
    roads = layers["veger"]
    unknown = gpd.GeoDataFrame({"vegkategori": ["X"], "vegnummer": [1]},  # a category no one knows
                               geometry=[affinity.translate(roads.geometry[1], 0, 50)], crs=CRS)
    roads = gpd.GeoDataFrame(pd.concat([roads, unknown], ignore_index=True), geometry="geometry", crs=CRS)
    context = build_context(
        CRS, roads_layer=LayerInput(roads, "veger"),
        rp_layers=[LayerInput(layers["rp"], "rp")], building_layer=LayerInput(layers["bygninger"], "bygninger"),
        grid_capacity_files=[str(hand_fixture.write_grid_capacity(tmp_path))])
    report = describe_inputs(context, sites.geometry, "kandidater")
    lines = report.lines
    assert lines[0] == "'kandidater' (candidate sites): 5 features; CRS EPSG:25833."
    # the E6 (x = 0) lies west of every site's extent; the municipal road runs through it
    assert lines[1] == ("'veger' (roads): 3 features; CRS EPSG:25833; 2 within the sites' extent; road categories "
                        "not recognised: 1 (for example X).")
    [grid] = [line for line in lines if "elvia.json" in line]
    # the file by its name; then what the grid reader says of it (publisher, date, substations)
    assert grid.startswith("'elvia.json' (grid capacity): 2 features; 1 within the sites' extent; ")
    assert ".." not in grid
    assert "'rp' (zoning (KPA/RP)): 2 features; CRS EPSG:25833; 2 within the sites' extent." in lines
    assert "'bygninger' (buildings): 1 feature; CRS EPSG:25833; 1 within the sites' extent." in lines
    assert report.warnings == []


# --------------------------------------------------------------------------- a mixed plan layer

def _plan_sites():
    return gpd.GeoDataFrame({"tomt_id": list(PLAN_SITES)}, geometry=[box(PX + a, PY + b, PX + c, PY + d)
                                                                    for a, b, c, d in PLAN_SITES.values()], crs=CRS)


def test_the_hensynssoner_of_a_plan_layer_given_as_zoning_are_read_as_hazard_zones(test_data):
    plan = gpd.read_file(test_data / "plans" / "rp_3103_2021012_nap.geojson").set_crs(CRS, allow_override=True)
    context = build_context(CRS, rp_layers=[LayerInput(plan, "plan")])
    assert any("No hazard layer given: the 2 hensynssoner of the plan layer 'plan' are read as hazard zones" in n
               for n in context.notes)
    sites = _plan_sites()
    codes = dict(zip(sites["tomt_id"], CriteriaEngine(sites.geometry, context).compute(
        "hazard_zone", profiles.load_bundled_profile("battery")).values))
    assert "360" in codes["faresone"] and "360" in codes["skytebane"]
    assert "360" not in (codes["industri"] or "")
    [line] = [line for line in describe_inputs(context, sites.geometry).lines if line.startswith("'plan'")]
    assert "2 hensynssoner, read as hazard zones" in line


def test_the_hensynssoner_of_a_plan_layer_are_read_with_the_hazard_layer(test_data):
    plan = gpd.read_file(test_data / "plans" / "rp_3103_2021012_nap.geojson").set_crs(CRS, allow_override=True)
    flood = gpd.GeoDataFrame({"faresone": ["320"]}, geometry=[box(PX + 20, PY + 20, PX + 60, PY + 60)], crs=CRS)
    context = build_context(CRS, rp_layers=[LayerInput(plan, "plan")],
                            hazard_layer=LayerInput(flood, "flom", {"code": "faresone"}))
    assert any("The hensynssoner of the plan layer 'plan' are read as hazard zones together with 'flom'" in n
               for n in context.notes)
    sites = _plan_sites()
    codes = dict(zip(sites["tomt_id"], CriteriaEngine(sites.geometry, context).compute(
        "hazard_zone", profiles.load_bundled_profile("battery")).values))
    assert codes["industri"] == "320" and "360" in codes["faresone"]


def test_points_of_a_building_layer_far_off_give_no_warning_when_one_is_near(sites, layers):
    # one building near, one 80 km away: the layer reaches the sites
    buildings = gpd.GeoDataFrame({"bygningstype": [613, 111]},
                                 geometry=[layers["bygninger"].geometry[0], Point(255000, 6670000)], crs=CRS)
    context = build_context(CRS, building_layer=LayerInput(buildings, "bygninger"))
    assert describe_inputs(context, sites.geometry).warnings == []
    assert np.isfinite(context.inputs[0].bounds).all()


def test_stations_around_the_sites_but_none_near_give_no_crs_warning(sites):
    """Existing stations 30 km north and south of the sites: the sites lie among them, none within
    a kilometre, and the distance to the nearest is measured; no "check the CRS" warning."""
    x, y = sites.geometry.iloc[0].centroid.coords[0]
    stations = gpd.GeoDataFrame({"stasjonstype": ["batteri", "batteri"]},
                                geometry=[Point(x, y + 30000), Point(x, y - 30000)], crs=CRS)
    context = build_context(CRS, existing_layer=LayerInput(stations, "eksisterende"))
    assert describe_inputs(context, sites.geometry).warnings == []
    frame = score_sites(sites, context, [profiles.load_bundled_profile("battery")], language="en").frame
    assert np.isfinite(frame["bat_existing"]).all() and not frame["bat_unchecked"].str.contains("CRS").any()

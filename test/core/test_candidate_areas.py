"""Candidate areas from the plans: which areas a workshop gets from a hand-made plan fixture
(test/workshop_fixture.py), judged by the profiles' own rules."""
import geopandas as gpd
import pytest
import workshop_fixture as wf
from energistasjon.energistasjon_plugin.core import profiles
from energistasjon.energistasjon_plugin.core.candidate_areas import find_candidate_areas, removed_lines
from energistasjon.energistasjon_plugin.core.context_builder import LayerInput, build_context
from energistasjon.energistasjon_plugin.core.errors import InputError
from energistasjon.energistasjon_plugin.core.i18n import use_language


@pytest.fixture(scope="module")
def battery():
    return profiles.load_bundled_profile("battery")


def inputs(layers=None):
    layers = layers or wf.layers()
    kpa = [LayerInput(layers["kpa_moss"], "kpa_moss"), LayerInput(layers["kpa_rade"], "kpa_rade")]
    rp = [LayerInput(layers["rp_moss"], "rp_moss")]
    context = build_context(wf.CRS, kpa_layers=kpa, rp_layers=rp,
                            hazard_layer=LayerInput(layers["hensynssoner"], "hensynssoner"))
    return kpa, rp, context


def found(result):
    """(municipality, plan level, code) -> areas in m², sorted: what a planner reads off the map."""
    areas = result.areas
    out = {}
    for row in areas.itertuples():
        out.setdefault((row.kommunenummer, row.plan_level, int(row.land_use_code)), []).append(round(row.area_m2))
    return {k: sorted(v) for k, v in out.items()}


def test_areas_found_on_the_hand_made_plans(battery):
    kpa, rp, context = inputs()
    result = find_candidate_areas(kpa, rp, context, [battery], wf.CRS)
    assert found(result) == {
        ("3103", "RP", 1340): [5000, 6000],             # R3 less the overlap R4 disputes; R1 whole
        ("3103", "KPA", 1300): [11500, 20000],          # K1 less R1 and the flood zone; K3
        ("3112", "KPA", 1300): [20000],                 # K4, read from EPSG:25832
    }
    areas = result.areas
    assert areas.crs == gpd.GeoSeries([], crs=wf.CRS).crs
    r1 = areas[(areas.plan_level == "RP") & (areas.area_m2 == 6000)].iloc[0]
    assert r1.plan_id == "3103-2019-01" and r1.land_use == "Industri" and r1.plan_layer == "rp_moss"
    k4 = areas[areas.kommunenummer == "3112"].iloc[0]
    assert k4.plan_id == "3112-KPA-2021" and k4.land_use_status == 1
    assert list(areas.area_id) == sorted(areas.area_id) and areas.area_id.iloc[0] == "3103-001"
    assert set(areas.suitable_for) == {"battery"}


def test_what_each_step_removed_is_counted_and_said(battery):
    kpa, rp, context = inputs()
    result = find_candidate_areas(kpa, rp, context, [battery], wf.CRS)
    removed = dict(result.removed)
    assert removed["land use that no chosen station type's zoning rule allows (plan polygons)"] == 3  # K2, R2, R4
    assert removed["smaller than every chosen station type's minimum area (areas)"] == 1  # K5, 900 m²
    assert any("contradict each other" in n and "5 000 m²" in n for n in result.notes)
    assert any(n.startswith("Cut out of the candidate areas: hensynssoner") and "320" in n and n.endswith(
        ", 2 500 m².") for n in result.notes)
    with use_language("nb"):
        lines = removed_lines(result.removed)
    assert any(line.startswith("Fjernet") for line in lines)


def test_the_scoring_agrees_with_the_areas_it_is_given(battery):
    kpa, rp, context = inputs()
    result = find_candidate_areas(kpa, rp, context, [battery], wf.CRS)
    frame = result.scoring.frame
    rules = frame["bat_rules"].fillna("")
    assert not rules.str.contains("zoning").any() and not rules.str.contains("hazard").any()
    assert not rules.str.contains("min_area").any()
    zoning = frame.sort_values("area_m2")["bat_zoning_s"].tolist()
    assert zoning == [1.0] * 5  # RP 1340 and KPA 1300 are both primary for charging


def test_property_boundaries_cut_the_areas_and_name_the_parcels(battery):
    layers = wf.layers()
    kpa, rp, context = inputs(layers)
    result = find_candidate_areas(kpa, rp, context, [battery], wf.CRS,
                                  municipalities=LayerInput(layers["kommuner"], "kommuner"),
                                  parcels=LayerInput(layers["teig"], "teig"))
    areas = result.areas
    # only ground inside a teig is kept: K3 in two parcels, 12/5 and 12/6
    assert sorted(zip(areas.gnr, areas.bnr, areas.area_m2.round())) == [("12", "5", 10000.0), ("12", "6", 10000.0)]
    assert set(areas.parcel) == {"3103-12/5", "3103-12/6"}
    assert set(areas.kommunenavn) == {"Moss"} and set(areas.region) == {"Mosseregionen"}


def test_municipality_layer_splits_an_area_drawn_across_the_border(battery):
    layers = wf.layers()
    layers["kpa_moss"].loc[2, "geometry"] = wf._box(800, 500, 1100, 600)
    kpa, rp, context = inputs(layers)
    result = find_candidate_areas(kpa, rp, context, [battery], wf.CRS,
                                  municipalities=LayerInput(layers["kommuner"], "kommuner"))
    k3 = result.areas[result.areas.plan_id == "3103-KPA-2023"]
    assert sorted(zip(k3.kommunenavn, k3.area_m2.round())) == [("Moss", 11500.0), ("Moss", 20000.0),
                                                              ("Råde", 10000.0)]


def test_invalid_plan_polygons_are_repaired_and_said(battery):
    layers = wf.layers()
    from shapely import affinity
    from shapely.geometry import Polygon

    bowtie = affinity.translate(Polygon([(100, 100), (300, 200), (300, 100), (100, 200)]), wf.X0, wf.Y0)
    layers["kpa_moss"].loc[0, "geometry"] = bowtie  # self-intersecting: two triangles of 5 000 m²
    kpa, rp, context = inputs(layers)
    result = find_candidate_areas(kpa, rp, context, [battery], wf.CRS)
    assert any("were invalid" in n and "kpa_moss" in n for n in result.notes)
    assert result.areas.geometry.is_valid.all()


def test_no_suitable_land_gives_no_area_and_says_why(battery):
    layers = wf.layers()
    layers["kpa_moss"]["arealformål"] = 5100
    layers["kpa_rade"]["arealformål"] = 5100
    layers["rp_moss"]["arealformål"] = 1110
    kpa, rp, context = inputs(layers)
    result = find_candidate_areas(kpa, rp, context, [battery], wf.CRS)
    assert len(result.areas) == 0 and result.scoring is None
    assert dict(result.removed)["land use that no chosen station type's zoning rule allows (plan polygons)"] == 9


def test_no_plan_layer_or_a_geographic_crs_is_refused(battery):
    kpa, rp, context = inputs()
    with pytest.raises(InputError, match="zoning layer"):
        find_candidate_areas([], [], context, [battery], wf.CRS)
    with pytest.raises(InputError, match="projected CRS"):
        find_candidate_areas(kpa, rp, context, [battery], "EPSG:4326")


def test_every_station_type_says_which_areas_suit_it():
    chosen = [profiles.load_bundled_profile(t) for t in ("hydrogen", "battery")]
    layers = wf.layers()
    layers["rp_moss"].loc[3, "geometry"] = wf._box(530, 300, 650, 400)  # R3 keeps 3 000 m²
    kpa, rp, context = inputs(layers)
    result = find_candidate_areas(kpa, rp, context, chosen, wf.CRS)
    hydrogen_minimum = next(c.value for c in chosen[0].constraints if c.id == "min_area")
    assert 3000 < hydrogen_minimum
    suits = dict(zip(result.areas.area_m2.round(), result.areas.suitable_for))
    assert suits[3000.0] == "battery" and suits[6000.0] == "hydrogen,battery"
    frame = result.scoring.frame.set_index("area_m2")
    assert frame.loc[3000.0, "h2_excluded"] and "min_area" in frame.loc[3000.0, "h2_rules"]
    assert not frame.loc[3000.0, "bat_excluded"]


def test_the_building_line_of_the_road_is_cut_away(battery):
    import geopandas as gpd
    from shapely import affinity
    from shapely.geometry import LineString

    line = next((c for c in battery.constraints if c.criterion == "building_line_area_m2"), None)
    if line is None:
        pytest.skip("the battery profile has no building-line rule")
    width = float(battery.value("building_line_m"))
    layers = wf.layers()
    kpa, rp, _ = inputs(layers)
    # a riksveg 20 m north of K3 (800-1000 x 500-600), as NVDB names it
    road = gpd.GeoDataFrame({"vegkategori": ["R"], "vegnummer": [19]}, crs=wf.CRS, geometry=[
        affinity.translate(LineString([(700, 620), (1100, 620)]), wf.X0, wf.Y0)])
    context = build_context(wf.CRS, kpa_layers=kpa, rp_layers=rp, roads_layer=LayerInput(road, "veger"),
                            hazard_layer=LayerInput(layers["hensynssoner"], "hensynssoner"))
    result = find_candidate_areas(kpa, rp, context, [battery], wf.CRS)
    k3 = result.areas[(result.areas.plan_id == "3103-KPA-2023") & (result.areas.kommunenummer == "3103")]
    expected = 200.0 * (100.0 - max(0.0, width - 20.0))
    assert expected in set(k3.area_m2.round())
    assert any(n.startswith("Cut out of the candidate areas: building line") for n in result.notes)


def test_a_road_band_a_plan_byggegrense_crosses_is_left_to_the_scoring(battery):
    import geopandas as gpd
    from shapely import affinity
    from shapely.geometry import LineString

    if not any(c.criterion == "building_line_area_m2" for c in battery.constraints):
        pytest.skip("the battery profile has no building-line rule")
    layers = wf.layers()
    kpa, rp, _ = inputs(layers)
    road = gpd.GeoDataFrame({"vegkategori": ["R"], "vegnummer": [19]}, crs=wf.CRS, geometry=[
        affinity.translate(LineString([(700, 620), (1100, 620)]), wf.X0, wf.Y0)])
    # the plan's byggegrense along K3's north edge (800-1000 x 500-600), 20 m from the riksveg
    limit = gpd.GeoDataFrame({"juridisklinje": [1211]}, crs=wf.CRS, geometry=[
        affinity.translate(LineString([(790, 600), (1010, 600)]), wf.X0, wf.Y0)])
    context = build_context(wf.CRS, kpa_layers=kpa, rp_layers=rp, roads_layer=LayerInput(road, "veger"),
                            hazard_layer=LayerInput(layers["hensynssoner"], "hensynssoner"),
                            building_limit_layer=LayerInput(limit, "byggegrenser"))
    result = find_candidate_areas(kpa, rp, context, [battery], wf.CRS)
    k3 = result.areas[(result.areas.plan_id == "3103-KPA-2023") & (result.areas.kommunenummer == "3103")]
    # K3 whole (200 x 100 m): the plan's line at its edge replaces the law's 50 m, which would cut 30 m
    assert 20000.0 in set(k3.area_m2.round())
    assert "The building line of Rv19 is not cut out of the candidate areas near a plan's byggegrense along it: the " \
        "scoring measures the area beyond the plan's line." in result.notes
    # and the scoring finds all of it beyond the plan's line: no building line to assess
    frame = result.scoring.frame
    assert not frame.loc[frame["area_m2"].round() == 20000.0, "bat_assess"].str.contains("building line").any()


def test_a_plan_line_along_another_road_leaves_the_riksveg_band_cut(battery):
    import geopandas as gpd
    from shapely import affinity
    from shapely.geometry import LineString

    if not any(c.criterion == "building_line_area_m2" for c in battery.constraints):
        pytest.skip("the battery profile has no building-line rule")
    width = float(battery.value("building_line_m"))
    layers = wf.layers()
    kpa, rp, _ = inputs(layers)
    shift = lambda g: affinity.translate(g, wf.X0, wf.Y0)  # noqa: E731
    # Rv19 20 m north of K3 (800-1000 x 500-600); a kommunal veg at x = 1050 with its own plan line
    # at x = 1030, which crosses the Rv19's band but belongs to the kommunal veg
    road = gpd.GeoDataFrame({"vegkategori": ["R", "K"], "vegnummer": [19, 300]}, crs=wf.CRS, geometry=[
        shift(LineString([(700, 620), (1100, 620)])), shift(LineString([(1050, 400), (1050, 700)]))])
    limit = gpd.GeoDataFrame({"juridisklinje": [1211]}, crs=wf.CRS,
                             geometry=[shift(LineString([(1030, 400), (1030, 700)]))])
    context = build_context(wf.CRS, kpa_layers=kpa, rp_layers=rp, roads_layer=LayerInput(road, "veger"),
                            hazard_layer=LayerInput(layers["hensynssoner"], "hensynssoner"),
                            building_limit_layer=LayerInput(limit, "byggegrenser"))
    result = find_candidate_areas(kpa, rp, context, [battery], wf.CRS)
    k3 = result.areas[(result.areas.plan_id == "3103-KPA-2023") & (result.areas.kommunenummer == "3103")]
    assert 200.0 * (100.0 - max(0.0, width - 20.0)) in set(k3.area_m2.round())  # the Rv19's band is cut
    assert not [n for n in result.notes if "Rv19 is not cut" in n]

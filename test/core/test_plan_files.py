"""Plan data as municipalities and the plan register deliver it: SOSI Plan 5.0 GML, the same plan
as GeoJSON (DiBK's plan services), mixed plan layers, pbl 1985.

The fixtures in test/data/plans were written by hand in the published structures (see the README
there).  The plan (EPSG:25833, Moss, kommunenummer 3103, planidentifikasjon 2021012), in metres
from (256000, 6590000):

    plan boundary RpOmråde        0-600 x 0-300
    BI1   1340 Industri           0-200 x   0-300
    L1    5100 LNFR             200-400 x   0-150
    o_SKB 1470 Skytebane        200-400 x 150-300
    o_SV1 2010 Veg              400-450 x   0-300
    V1    6001 Vann             450-600 x   0-300
    H360_1 faresone skytebane   150-400 x 150-300, with an arc bulging west to x = 100
    H570_1 angitt hensyn        220-300 x  20-100 (in the LNFR area)
"""
import shutil

import geopandas as gpd
import numpy as np
import pandas as pd
import pytest
import shapely
from energistasjon.energistasjon_plugin.core import profiles
from energistasjon.energistasjon_plugin.core.context_builder import LayerInput, build_context
from energistasjon.energistasjon_plugin.core.errors import InputError
from energistasjon.energistasjon_plugin.core.readers.plan_files import (
    coordinate_problem,
    merge_plan_data,
    plan_data_from_frame,
    read_plan_file,
)
from energistasjon.energistasjon_plugin.core.scoring import score_sites
from energistasjon.energistasjon_plugin.core.zoning.hazards import hazard_zones_near_sites
from energistasjon.energistasjon_plugin.core.zoning.overlay import zoning_at_sites
from energistasjon.energistasjon_plugin.core.zoning.plan_layers import (
    extract_hensynssoner,
    hazard_codes,
    normalise_zoning,
)
from shapely.geometry import box

CRS = "EPSG:25833"
X0, Y0 = 256000.0, 6590000.0
SITES = {
    "industri": (20, 20, 120, 120),      # BI1 1340 only (and the plan boundary)
    "lnfr": (250, 30, 350, 120),         # L1 5100, partly in H570_1
    "skytebane": (250, 200, 350, 280),   # o_SKB 1470, inside H360_1
    "veg": (410, 50, 440, 250),          # o_SV1 2010
    "vann": (480, 50, 580, 250),         # V1 6001
    "faresone": (152, 155, 198, 295),    # BI1 1340, inside the faresone 360 (6 440 m²)
    "utenfor": (700, 0, 800, 100),       # outside the plan
}


@pytest.fixture
def plans(test_data, tmp_path):
    """The plan fixtures, copied: readers must never write beside the user's file."""
    folder = tmp_path / "plans"
    shutil.copytree(test_data / "plans", folder)
    return folder


def _sites():
    return gpd.GeoDataFrame({"tomt": list(SITES)}, geometry=[box(X0 + a, Y0 + b, X0 + c, Y0 + d)
                                                            for a, b, c, d in SITES.values()], crs=CRS)


def _score(land_use, hensyn, profile_ids=("battery",), custom=None):
    context = build_context(CRS, rp_layers=[LayerInput(land_use, "reguleringsplan")],
                            hazard_layer=LayerInput(hensyn, "hensynssoner"))
    chosen = [profiles.load_bundled_profile(i) for i in profile_ids] + ([custom] if custom else [])
    result = score_sites(_sites(), context, chosen, layer_name="tomter", language="en")
    return result.frame.set_index("tomt")


def _by_code(table, column="arealformål"):
    return {int(c): g for c, g in zip(table[column], table.geometry)}


# --------------------------------------------------------------------------- GML

def test_gml_reguleringsplan_gives_land_use_hensynssoner_and_plan_area(plans, test_data):
    data = read_plan_file(plans / "rp_3103_2021012.gml")
    assert data.crs == CRS
    assert data.object_counts == {"RpArealformålOmråde": 5, "RpOmråde": 1, "RpFareSone": 1,
                                  "RpAngittHensynSone": 1, "RpFormålGrense": 1, "RpPåskrift": 1}
    land = data.land_use
    assert sorted(land["arealformål"].astype(int)) == [1340, 1470, 2010, 5100, 6001]
    assert set(land["plansystem"]) == {"rpa"} and set(land["plannivå"]) == {"reguleringsplan"}
    # The plan id is read from arealplanId/NasjonalArealplanId; status and dates from the RpOmråde.
    row = land[land["arealformål"] == 1340].iloc[0]
    assert (row["kommunenummer"], row["planidentifikasjon"]) == ("3103", "2021012")
    assert (row["planstatus"], row["ikrafttredelsesdato"], row["vedtakEndeligPlanDato"]) == (
        "3", "2021-06-17", "2021-06-10")
    assert row["feltbetegnelse"] == "BI1" and row.geometry.area == pytest.approx(60000.0)
    zones = data.hensynssoner.set_index("hensynSonenavn")
    assert zones.loc["H360_1", "kategori"] == "fare" and zones.loc["H360_1", "hensynssonekode"] == 360
    assert zones.loc["H570_1", "kategori"] == "angittHensyn" and zones.loc["H570_1", "hensynssonekode"] == 570
    area = data.plan_areas.iloc[0]
    assert (area["objekttypenavn"], area["plantype"], area["lovreferanse"]) == ("RpOmråde", "35", "6")
    assert area["plannavn"] == "Detaljregulering for Kambo næringsområde"
    # No .gfs or anything else is written beside the file.
    assert sorted(p.name for p in plans.iterdir()) == sorted(p.name for p in (test_data / "plans").iterdir())


def test_byggegrense_lines_are_read_and_other_juridiske_linjer_left_out(plans):
    data = read_plan_file(plans / "rp_3103_2022005_byggegrense.gml")
    # RpJuridiskLinje 1211 (byggegrense) is kept, with its plan; 1222 (frisiktlinje) is not.
    assert data.object_counts["RpJuridiskLinje"] == 2 and len(data.building_limits) == 1
    row = data.building_limits.iloc[0]
    assert (row["objekttypenavn"], row["juridisklinje"], row["planidentifikasjon"]) == ("RpJuridiskLinje", 1211.0,
                                                                                       "2022005")
    assert row["plannavn"] == "Detaljregulering for Kambo vest næringsområde"
    assert data.building_limits.geometry.iloc[0].length == pytest.approx(200 + 50 + 200 + 50 + 200)
    assert "1 byggegrense lines" in data.summary()
    # A plan without juridiske linjer has none, and merging keeps them.
    merged = merge_plan_data([read_plan_file(plans / "rp_3103_2021012.gml"), data])
    assert len(merged.building_limits) == 1 and merged.building_limits["kilde"].tolist() == [
        "rp_3103_2022005_byggegrense.gml"]


def test_byggegrense_of_a_kommuneplan_and_of_a_flat_layer_without_types_by_its_code():
    from energistasjon.energistasjon_plugin.core.layer_readers import Reading, read_building_limits
    from energistasjon.energistasjon_plugin.core.zoning.plan_layers import extract_building_limits

    lines = [shapely.LineString([(X0, Y0 + k), (X0 + 100, Y0 + k)]) for k in range(4)]
    kp = gpd.GeoDataFrame({"objekttypenavn": ["KpJuridiskLinje", "KpJuridiskLinje", "RpJuridiskLinje",
                                              "RpJuridiskLinje"], "juridisklinje": ["1111", "1211", "1111", "1211"]},
                          geometry=lines, crs=CRS)
    # 1111 is the byggegrense of a kommuneplan, 1211 of a reguleringsplan: not the other way round.
    assert extract_building_limits(kp, "plan")["juridisklinje"].tolist() == [1111.0, 1211.0]
    flat = gpd.GeoDataFrame({"juridisklinje": [1211, 1222, 1203]}, geometry=lines[:3], crs=CRS)
    reading = Reading(crs=CRS, notes=[], dates={})
    limits = read_building_limits(LayerInput(flat, "juridisklinjer"), flat, reading)
    assert len(limits) == 1 and limits["plan"].tolist() == ["juridisklinjer"]
    assert reading.notes == ["2 of the 3 lines of 'juridisklinjer' are no byggegrense (juridisk linje 1211 in a "
                             "reguleringsplan, 1111 in a kommuneplan) and are left out."]
    # Lines drawn by hand, without any code: every line is a byggegrense, named by its plan where given;
    # an area drawn among them is no line, and the note says so.
    drawn = gpd.GeoDataFrame({"merknad": ["langs E6", None, None], "plannavn": ["Kambo vest", None, None]},
                             geometry=lines[:2] + [box(X0, Y0, X0 + 10, Y0 + 10)], crs=CRS)
    reading = Reading(crs=CRS, notes=[], dates={})
    limits = read_building_limits(LayerInput(drawn, "byggegrense"), drawn, reading)
    assert limits["plan"].tolist() == ["Kambo vest", "byggegrense"]
    assert reading.notes == ["1 features of 'byggegrense' are not lines (a byggegrense is a line) and are left out."]
    # the code written as its name only
    named = gpd.GeoDataFrame({"objekttypenavn": ["RpJuridiskLinje", "RpJuridiskLinje"],
                              "juridisklinje": ["Byggegrense", "Frisiktlinje"]}, geometry=lines[:2], crs=CRS)
    assert extract_building_limits(named, "plan")["juridisklinje"].tolist() == [1211.0]


def test_gml_arc_is_made_linear_through_its_points(plans):
    data = read_plan_file(plans / "rp_3103_2021012.gml")
    zone = data.hensynssoner.set_index("hensynSonenavn").loc["H360_1", "geometry"]
    # Rectangle 250 x 150 plus the circular segment west of x = 150: the arc through
    # (150, 300), (100, 225), (150, 150) has its centre at x = 181.25, radius 81.25, and cuts
    # off 134.76° -> r²/2 (θ - sin θ) = 5 419.7 m².  Chords of at most 4° lose < 0.05 %.
    assert zone.area == pytest.approx(37500.0 + 5419.7, rel=5e-4)
    assert zone.bounds[0] == pytest.approx(X0 + 100.0)
    assert zone.is_valid
    assert any("1 arcs and circles made linear" in n for n in data.notes)


def test_kommuneplan_gml_in_3d_reads_status_and_horizontal_crs(plans):
    data = read_plan_file(plans / "kp_3103_2019001.gml")
    # EPSG:5973 (ETRS89 / UTM 33 + NN2000 height) -> its horizontal part, EPSG:25833.
    assert data.crs == CRS
    land = data.land_use.set_index("arealformål")
    assert land.loc[1300, "arealbruksstatus"] == 2 and land.loc[5100, "arealbruksstatus"] == 1
    assert set(land["plansystem"]) == {"kpa"} and set(land["plannivå"]) == {"kommuneplan"}
    assert land.loc[1300, "plannavn"] == "Kommuneplanens arealdel 2019-2031"
    assert not shapely.has_z(land.loc[1300, "geometry"])
    assert land.loc[1300, "geometry"].area == pytest.approx(200 * 200)
    zone = data.hensynssoner.iloc[0]
    assert (zone["objekttypenavn"], zone["kategori"], zone["hensynssonekode"]) == ("KpFareSone", "fare", 370)
    assert any("heights are left out" in n for n in data.notes)


def test_gml_without_srsname_needs_the_crs_given(plans, tmp_path):
    text = (plans / "rp_3103_2021012.gml").read_text(encoding="utf-8")
    bare = tmp_path / "uten_srs.gml"
    bare.write_text(text.replace(' srsName="http://www.opengis.net/def/crs/EPSG/0/25833"', ""), encoding="utf-8")
    with pytest.raises(InputError) as info:
        read_plan_file(bare)
    assert "uten_srs.gml" in str(info.value) and "EPSG:25833" in str(info.value)
    given = read_plan_file(bare, crs="EPSG:25833")
    assert given.crs == CRS and len(given.land_use) == 5
    # A CRS given for a file that states its own does not override it; it is said.
    stated = read_plan_file(plans / "rp_3103_2021012.gml", crs="EPSG:25832")
    assert stated.crs == CRS and any("EPSG:25832" in n for n in stated.notes)


# --------------------------------------------------------------------------- GeoJSON

def test_plan_map_service_document_gives_epsg_plan_id_and_types(plans):
    data = read_plan_file(plans / "rpforslag_3103_2024007_plankart.json")
    # "epsg" beside the features, the plan id as "<kommunenummer>_<planidentifikasjon>", the
    # object type in "_name"; the proposal schema's features carry no plan id of their own.
    assert data.crs == CRS and not data.warnings
    land = data.land_use.set_index("arealformål")
    assert sorted(land.index.astype(int)) == [1340, 2080]
    assert set(land["planidentifikasjon"]) == {"2024007"} and set(land["kommunenummer"]) == {"3103"}
    assert land.loc[1340, "plannavn"] == "Detaljregulering for Rygge ladepark"
    assert land.loc[1340, "feltbetegnelse"] == "BI"
    zone = data.hensynssoner.iloc[0]
    assert (zone["kategori"], zone["hensynssonekode"], zone["hensynSonenavn"]) == ("sikring", 140, "H140_1")
    assert data.object_counts["RpFormålGrense"] == 1 and len(data.plan_areas) == 1


def test_geojson_read_with_its_epsg_gives_what_the_gml_gives(plans):
    gml = read_plan_file(plans / "rp_3103_2021012.gml")
    geojson = read_plan_file(plans / "rp_3103_2021012_nap.geojson", crs="EPSG:25833")
    assert geojson.crs == CRS and not geojson.warnings
    for code, geometry in _by_code(gml.land_use).items():
        assert _by_code(geojson.land_use)[code].equals(geometry)
    columns = ["arealformål", "plansystem", "kommunenummer", "planidentifikasjon", "planstatus",
               "ikrafttredelsesdato", "vedtakEndeligPlanDato", "feltbetegnelse"]
    pd.testing.assert_frame_equal(geojson.land_use[columns], gml.land_use[columns])
    assert list(geojson.hensynssoner["hensynssonekode"]) == list(gml.hensynssoner["hensynssonekode"])
    # The service gives the arc made linear with fewer points: the same zone within 0.3 %.
    assert geojson.hensynssoner.area[0] == pytest.approx(gml.hensynssoner.area[0], rel=3e-3)


def test_geojson_read_as_wgs84_warns_naming_file_and_cause(plans):
    data = read_plan_file(plans / "rp_3103_2021012_nap.geojson")
    assert data.crs == "EPSG:4326"
    assert any("states no CRS" in n for n in data.notes)
    [warning] = [w for w in data.warnings if "cannot be in" in w]
    assert "'rp_3103_2021012_nap.geojson'" in warning
    assert "256000, 6590000" in warning and "EPSG:4326" in warning
    assert "metres in UTM" in warning and "EPSG:25833" in warning


def test_the_warning_is_said_in_norwegian_too(plans):
    from energistasjon.energistasjon_plugin.core.i18n import use_language

    with use_language("nb"):
        data = read_plan_file(plans / "rp_3103_2021012_nap.geojson")
    [warning] = [w for w in data.warnings if "kan ikke være i" in w]
    assert warning.startswith("'rp_3103_2021012_nap.geojson': koordinatene (for eksempel 256000, 6590000)")
    assert "meter i UTM" in warning


def test_coordinates_swapped_or_in_degrees_are_named():
    swapped = gpd.GeoDataFrame(geometry=[shapely.Point(59.43, 10.66)], crs="EPSG:4326")
    assert "swapped" in coordinate_problem(swapped, "moss.geojson")
    degrees = gpd.GeoDataFrame(geometry=[shapely.Point(10.66, 59.43)], crs=CRS)
    message = coordinate_problem(degrees, "moss.gpkg")
    assert "'moss.gpkg'" in message and "degrees" in message
    assert coordinate_problem(gpd.GeoDataFrame(geometry=[shapely.Point(10.66, 59.43)], crs="EPSG:4326"), "x") is None
    assert coordinate_problem(gpd.GeoDataFrame(geometry=[shapely.Point(X0, Y0)], crs=CRS), "x") is None


# --------------------------------------------------------------------------- site by site

def _assert_plan_answers(frame):
    """The answers a planner checks, site by site, for the battery profile."""
    excluded, failed, rules = frame["bat_excluded"], frame["bat_failed"], frame["bat_rules"]
    assert not excluded["industri"] and frame.loc["industri", "bat_explain"].startswith("Industri (RP 1340)")
    # The plan boundary covers the site as fully as BI1: it must not make the zoning unknown.
    assert frame.loc["industri", "bat_unchecked"] == ""
    assert excluded["lnfr"] and rules["lnfr"] == "zoning"
    assert "(RP 5100): zoning conflict (plan change or dispensation)" in failed["lnfr"]
    assert failed["skytebane"] == ("Skytebane (RP 1470): unsuitable zoning; 0 m² left outside hensynssone 360 "
                                   "shooting range on 100 % of the site < 2 500 m²")
    assert failed["veg"] == "Veg (RP 2010): unsuitable zoning"
    assert "(RP 6001): unsuitable zoning" in failed["vann"] and excluded["vann"]
    # Industri, but wholly inside the shooting range's hazard zone (360), which the profile excludes:
    # no longer allowed silently (review of the rules, December 2026).
    assert excluded["faresone"] and rules["faresone"] == "hazard_zone"
    assert failed["faresone"] == "0 m² left outside hensynssone 360 shooting range on 100 % of the site < 2 500 m²"
    assert frame.loc["utenfor", "bat_unchecked"] == "Zoning not checked: the site is outside the data"


def test_sites_on_the_gml_plan_are_judged_by_their_land_use(plans):
    data = read_plan_file(plans / "rp_3103_2021012.gml")
    _assert_plan_answers(_score(data.land_use, data.hensynssoner))


def test_mixed_plan_layer_given_directly_gives_the_same_answers(plans):
    # The GeoJSON as a user has it in QGIS: every object type in one layer, the CRS set by hand.
    layer = gpd.read_file(plans / "rp_3103_2021012_nap.geojson").set_crs(CRS, allow_override=True)
    _assert_plan_answers(_score(layer, extract_hensynssoner(layer, "rp_3103_2021012_nap")))


def test_a_faresone_in_the_same_file_is_on_the_site(plans, tmp_path):
    data = read_plan_file(plans / "rp_3103_2021012.gml")
    table = hazard_zones_near_sites(_sites().geometry, data.hensynssoner, 0.0)
    codes = dict(zip(_sites()["tomt"], table["on_site_codes"]))
    assert (codes["faresone"], codes["skytebane"], codes["industri"]) == ("360", "360", "")
    everything = hazard_zones_near_sites(_sites().geometry, data.hensynssoner, 0.0, code_range=None)
    assert everything["on_site_codes"][1] == "570"  # the LNFR site: angitt hensyn, not a faresone
    # A municipality whose own profile says a shooting range's zone needs assessment keeps the site and
    # says why; the bundled battery profile excludes it (its hensynssoner table, per code).
    text = profiles.bundled_profile_paths()["battery"].read_text(encoding="utf-8")
    assert "  - codes: [360, 380]\n    action: exclude\n" in text
    own = tmp_path / "battery_skytebane.yaml"
    own.write_text(text.replace("  - codes: [360, 380]\n    action: exclude\n",
                                "  - codes: [360, 380]\n    action: assess\n"), encoding="utf-8")
    frame = _score(data.land_use, data.hensynssoner, (), profiles.load_profile(own))
    assert not frame.loc["faresone", "bat_excluded"]
    assert frame.loc["faresone", "bat_assess"] == "hensynssone 360 shooting range on 100 % of the site"
    assert "needs assessment: hensynssone" in frame.loc["faresone", "bat_explain"]


# --------------------------------------------------------------------------- mixed layers

def test_uncoded_polygon_never_makes_a_covered_site_unknown():
    # The site lies wholly in BI1 (1340) and wholly in a polygon whose code cannot be read: the
    # tie goes to the code that is known.
    zoning = normalise_zoning(gpd.GeoDataFrame(
        {"arealformål": ["1340", "Industri"]}, geometry=[box(0, 0, 100, 100), box(-10, -10, 110, 110)], crs=CRS),
        "Reguleringsplan")
    row = zoning_at_sites(gpd.GeoSeries([box(10, 10, 90, 90)], crs=CRS), zoning).iloc[0]
    assert row["code"] == 1340 and row["share"] == 1.0
    assert row["other_codes"] == "1340 (100 %), unknown (100 %)"


def test_mixed_layer_takes_land_use_by_object_type_and_says_what_it_left_out(plans):
    layer = gpd.read_file(plans / "rp_3103_2021012_nap.geojson").set_crs(CRS, allow_override=True)
    polygons = layer[layer.geom_type == "Polygon"]
    zoning = normalise_zoning(polygons, "Reguleringsplan Kambo")
    assert sorted(zoning["code"].astype(int)) == [1340, 1470, 2010, 5100, 6001]
    assert zoning.attrs["not_land_use"] == 3 and zoning.attrs["unknown_codes"] == 0
    assert zoning.attrs["warnings"] == [
        "3 polygons of 'Reguleringsplan Kambo' have no land-use code (plan boundaries, hensynssoner): not used as "
        "land use. Object types left out: 1 RpAngittHensynSone, 1 RpFareSone, 1 RpOmråde."]
    # Used as the kommuneplan layer, a reguleringsplan's land use is left out, and said.
    as_kp = normalise_zoning(polygons, "Planer", level="kp")
    assert len(as_kp) == 0 and "5 land-use polygons of 'Planer' belong to a reguleringsplan" in as_kp.attrs[
        "warnings"][1]


def test_layer_without_object_types_takes_polygons_with_a_code():
    # A municipal export of the plan polygons with no type field: the boundary has no arealformål.
    layer = gpd.GeoDataFrame({"arealformål": [None, 1340, 2010], "planidentifikasjon": ["2021012"] * 3,
                              "hensynSonenavn": [None, None, None]},
                             geometry=[box(0, 0, 600, 300), box(0, 0, 200, 300), box(400, 0, 450, 300)], crs=CRS)
    zoning = normalise_zoning(layer, "RP Kambo")
    assert list(zoning["code"]) == [1340, 2010] and list(zoning.index) == [1, 2]
    assert zoning.attrs["warnings"] == [
        "1 polygons of 'RP Kambo' have no land-use code (plan boundaries, hensynssoner): not used as land use."]


def test_every_hensynssone_code_is_read():
    # A kommuneplan's hensynssoner as an FGDB export delivers them (objtype, ASCII field names, one
    # field per category), plus one zone that has its code only in its name.
    fields = ["sikring", "stoy", "fare", "infrastruktur", "angitthensyn", "bandlegging", "gjennomforing", "detaljering"]
    types = ["KpSikringSone", "KpStøySone", "KpFareSone", "KpInfrastrukturSone", "KpAngittHensynSone",
             "KpBåndleggingSone", "KpGjennomføringSone", "KpDetaljeringSone"]
    codes = ["110", "210", "310", "410", "570", "730", "810", "910"]
    data = {"objtype": types + ["KpFareSone"], "hensynsonenavn": ["H{}_1".format(c) for c in codes] + ["H360_2"]}
    for i, name in enumerate(fields):
        data[name] = [codes[i] if j == i else None for j in range(9)]
    layer = gpd.GeoDataFrame(data, geometry=[box(i, 0, i + 1, 1) for i in range(9)], crs=CRS)
    values, used = hazard_codes(layer, None, "hensynssoner")
    assert list(values) == [110, 210, 310, 410, 570, 730, 810, 910, 360]
    assert used.split(", ")[-1] == "hensynsonenavn"
    zones = extract_hensynssoner(layer, "hensynssoner")
    assert list(zones["kategori"]) == ["sikring", "støy", "fare", "infrastruktur", "angittHensyn", "båndlegging",
                                       "gjennomføring", "detaljering", "fare"]
    assert zones.attrs["unrecognised"] == (0, [])
    assert set(zones["plannivå"]) == {"kommuneplan"}


def test_object_type_names_as_services_write_them():
    from energistasjon.energistasjon_plugin.core.zoning.plan_objects import canonical_type

    # NAP's WMS/WFS layer names and feature ids (level suffix, fid), a GML prefix, another case.
    assert canonical_type("rparealformalomrade_vn2") == "RpArealformålOmråde"
    assert canonical_type("rpfaresone_vn1.fid-4029c24c_1a05dd178f4_-1bf5") == "RpFareSone"
    assert canonical_type("app:RpOmråde") == "RpOmråde"
    assert canonical_type("KPAREALFORMÅLOMRÅDE") == "KpArealformålOmråde"
    assert canonical_type("rbformalomrade") == "RbFormålOmråde"
    assert canonical_type("Kambo") is None and canonical_type(None) is None


def test_single_type_layer_named_after_its_type():
    # GDAL's GML driver gives one layer per object type, named after it, without a type field.
    layer = gpd.GeoDataFrame({"fare": ["360"], "hensynSonenavn": ["H360_1"]}, geometry=[box(0, 0, 1, 1)], crs=CRS)
    data = plan_data_from_frame(layer, "RpFareSone")
    assert data.object_counts == {"RpFareSone": 1} and len(data.land_use) == 0
    assert data.hensynssoner.iloc[0]["kategori"] == "fare" and data.hensynssoner.iloc[0]["hensynssonekode"] == 360


# --------------------------------------------------------------------------- pbl 1985

def _write_pbl1985_plan(path):
    """A pbl-1985 reguleringsplan as the plan register's flat export gives it (layers
    RbFormålOmråde and RpOmråde, field names of the 'flat' feature catalogue), written here
    because a GeoPackage cannot be written by hand."""
    common = {"kommunenummer": "3103", "landkode": "NO", "planidentifikasjon": "1987004", "vertikalnivå": "2"}
    formal = gpd.GeoDataFrame(
        {"objid": [9001, 9002], "objekttypenavn": ["RbFormålOmråde"] * 2, "reguleringsformål": ["140", "210"],
         "feltbetegnelse": ["I1", "L1"], **{k: [v] * 2 for k, v in common.items()}},
        geometry=[box(X0, Y0, X0 + 200, Y0 + 300), box(X0 + 200, Y0, X0 + 600, Y0 + 300)], crs=CRS)
    omrade = gpd.GeoDataFrame(
        {"objid": [9000], "objekttypenavn": ["RpOmråde"], "plantype": ["31"], "planstatus": ["3"],
         "plannavn": ["Reguleringsplan for Kambo industriområde"], "ikrafttredelsesdato": ["1987-09-24"],
         "lovreferanse": ["3"], **{k: [v] for k, v in common.items()}},
        geometry=[box(X0, Y0, X0 + 600, Y0 + 300)], crs=CRS)
    formal.to_file(path, layer="RbFormålOmråde", engine="fiona")
    omrade.to_file(path, layer="RpOmråde", engine="fiona")


def test_pbl1985_reguleringsplan_in_a_geopackage(tmp_path):
    path = tmp_path / "reguleringsplaner_1985.gpkg"
    _write_pbl1985_plan(path)
    data = read_plan_file(path)
    land = data.land_use.set_index("arealformål")
    assert sorted(land.index.astype(int)) == [140, 210]
    assert set(land["plansystem"]) == {"rp1985"} and land.loc[140, "ikrafttredelsesdato"] == "1987-09-24"
    assert data.plan_areas.iloc[0]["lovreferanse"] == "3"
    frame = _score(data.land_use, data.hensynssoner, ("hydrogen",))
    # 140 Område for industri/lager is primary for hydrogen; 210 (landbruk) is not a place for it.
    assert not frame.loc["industri", "h2_excluded"]
    assert frame.loc["industri", "h2_explain"].startswith("Område for industri/lager (RP 140)")
    assert frame.loc["lnfr", "h2_excluded"] and frame.loc["lnfr", "h2_rules"].startswith("zoning")


def test_files_in_different_crs_merge_into_one(plans):
    rp = read_plan_file(plans / "rp_3103_2021012.gml")
    kp = read_plan_file(plans / "kp_3103_2019001.gml")
    merged = merge_plan_data([rp, kp.__class__(**{**kp.__dict__, "land_use": kp.land_use.to_crs("EPSG:25832")})])
    assert merged.crs == CRS and merged.land_use.crs == CRS
    assert len(merged.land_use) == 7 and set(merged.land_use["kilde"]) == {"rp_3103_2021012.gml",
                                                                           "kp_3103_2019001.gml"}
    kp_land = merged.land_use[merged.land_use["plansystem"] == "kpa"]
    assert np.allclose(kp_land.total_bounds, [257000, 6591000, 257400, 6591200], atol=0.01)


def test_an_empty_byggegrense_layer_makes_nothing_unknown():
    empty = gpd.GeoDataFrame({"juridisklinje": []}, geometry=[], crs=CRS)
    context = build_context(CRS, building_limit_layer=LayerInput(empty, "byggegrenser"))
    # the building line is still measured with the law's distances: nothing becomes unknown
    assert "The layer 'byggegrenser' has no features; it is left out." in context.notes
    assert not [n for n in context.notes if "criteria that need it are unknown" in n]

"""Edge cases found in review, each a case a user meets: 3-D plans, zones drawn along parcel
borders, zones without codes, buildings without a type, no substation with enough capacity,
the drift phase, duplicate case ids."""
import geopandas as gpd
import hand_fixture
import numpy as np
import pytest
import shapely
from energistasjon.energistasjon_plugin.core import checklist as checklist_module
from energistasjon.energistasjon_plugin.core import profiles
from energistasjon.energistasjon_plugin.core.casework import check_application
from energistasjon.energistasjon_plugin.core.checklist_model import Application
from energistasjon.energistasjon_plugin.core.context_builder import LayerInput, build_context
from energistasjon.energistasjon_plugin.core.errors import InputError
from energistasjon.energistasjon_plugin.core.scoring import score_sites
from shapely.geometry import MultiPolygon, box

CRS = hand_fixture.CRS


def context(tmp_path, **extra):
    layers = hand_fixture.layers()
    kwargs = dict(roads_layer=LayerInput(layers["veger"], "veger"),
                  grid_capacity_files=[str(hand_fixture.write_grid_capacity(tmp_path))],
                  kpa_layers=[LayerInput(layers["kpa"], "kpa")], rp_layers=[LayerInput(layers["rp"], "rp")],
                  building_layer=LayerInput(layers["bygninger"], "bygninger"))
    kwargs.update(extra)
    return build_context(CRS, **kwargs)


def scored(sites, ctx, profile_id="battery"):
    return score_sites(sites, ctx, [profiles.load_bundled_profile(profile_id)], language="en").frame.set_index(
        "tomt_id")


def zones(*pairs):
    return gpd.GeoDataFrame({"hensynSonenavn": [name for name, _ in pairs]},
                            geometry=[hand_fixture._shifted(g) for _, g in pairs], crs=CRS)


def test_multipolygon_z_sites_and_plans_score_like_2d(tmp_path):
    sites = hand_fixture.sites()
    flat = scored(sites, context(tmp_path))
    sites3d = sites.copy()
    sites3d.geometry = [MultiPolygon([shapely.force_3d(g, 12.0)]) for g in sites.geometry]
    layers = hand_fixture.layers()
    rp3d = layers["rp"].copy()
    rp3d.geometry = [MultiPolygon([shapely.force_3d(g, 5.0)]) for g in rp3d.geometry]
    deep = scored(sites3d, context(tmp_path, rp_layers=[LayerInput(rp3d, "rp 3D")]))
    assert deep.loc["A", "bat_score"] == pytest.approx(flat.loc["A", "bat_score"])
    assert deep.loc["A", "bat_zoning"] == "primary"


def test_a_zone_drawn_along_the_border_is_near_not_inside(tmp_path):
    # site A is box(300, 20, 400, 80); the flood zone only shares A's east edge
    ctx = context(tmp_path, hazard_layer=LayerInput(zones(("H320_1", box(400, 20, 500, 80))), "faresoner"))
    frame = scored(hand_fixture.sites(), ctx)
    assert not frame.loc["A", "bat_excluded"]
    case = check_application(hand_fixture.sites().iloc[[0]].reset_index(drop=True), ctx,
                             Application("battery", charging_mw=2, chargers=4), checklist_module.load_checklist(),
                             profiles.load_bundled_profile("battery"), ["x"], language="en")[0]
    plan02 = case.answer("PLAN-02")
    assert plan02.status == "needs_assessment" and "0 m from the site" in plan02.evidence


def test_a_zone_without_a_readable_code_is_not_checked_not_passed(tmp_path):
    ctx = context(tmp_path, hazard_layer=LayerInput(zones(("Flomsone", box(250, 0, 450, 100))), "faresoner"))
    frame = scored(hand_fixture.sites(), ctx)
    assert not frame.loc["A", "bat_excluded"]
    unchecked = frame.loc["A", "bat_unchecked"]
    assert "Hensynssoner on the site not checked" in unchecked and "without a readable code" in unchecked
    case = check_application(hand_fixture.sites().iloc[[0]].reset_index(drop=True), ctx,
                             Application("battery", charging_mw=2, chargers=4), checklist_module.load_checklist(),
                             profiles.load_bundled_profile("battery"), ["x"], language="en")[0]
    assert case.answer("PLAN-02").status == "needs_assessment"
    assert "without a readable code" in case.answer("PLAN-02").evidence


def test_a_nearby_zone_is_not_reported_as_the_one_the_site_lies_in(tmp_path):
    # "other hazard" (390) on site A, landslide (310, excluded by the profile) 60 m south of it
    ctx = context(tmp_path, hazard_layer=LayerInput(
        zones(("H390_1", box(300, 20, 400, 80)), ("H310_1", box(300, -100, 400, -40))), "faresoner"))
    case = check_application(hand_fixture.sites().iloc[[0]].reset_index(drop=True), ctx,
                             Application("battery", charging_mw=2, chargers=4), checklist_module.load_checklist(),
                             profiles.load_bundled_profile("battery"), ["x"], language="en")[0]
    plan02 = case.answer("PLAN-02")
    assert plan02.status == "needs_assessment" and "390 other hazard" in plan02.evidence
    assert "310" not in plan02.evidence


def test_a_building_without_a_type_counts_as_possibly_sensitive(tmp_path):
    layers = hand_fixture.layers()
    unknown = layers["bygninger"].copy()
    unknown["bygningstype"] = None  # the school 50 m north of site E, type not registered
    frame = scored(hand_fixture.sites(), context(tmp_path, building_layer=LayerInput(unknown, "bygninger")),
                   "hydrogen")
    # counted both as a possible dwelling and as a possible school: 50 m, inside both screening distances
    assert frame.loc["E", "h2_dwellings"] == 50 and frame.loc["E", "h2_vulnerable"] == 50
    assert frame.loc["E", "h2_dwellings_s"] == 0 and frame.loc["E", "h2_vulnerable_s"] == 0


def test_no_substation_with_enough_capacity_scores_zero_not_unknown(tmp_path):
    import json
    document = hand_fixture.grid_capacity_document()
    document[0]["features"][0]["properties"]["availableCons"] = 1.2  # battery needs 3.6 MW
    path = tmp_path / "short.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    frame = scored(hand_fixture.sites(), context(tmp_path, grid_capacity_files=[str(path)]))
    assert np.isnan(frame.loc["A", "bat_substation"]) and frame.loc["A", "bat_substation_s"] == 0.0
    # known: grid .35 + substation .10 (counted, with 0) + corridor .20 + zoning .10; no traffic, DEM, stations
    assert frame.loc["A", "bat_known"] == pytest.approx(0.75)
    assert "no substation with 3.6 MW free in the data" in frame.loc["A", "bat_explain"]


def test_drift_phase_does_not_ask_for_a_plan_change(tmp_path):
    case = check_application(hand_fixture.sites().iloc[[0]].reset_index(drop=True), context(tmp_path),
                             Application("battery", charging_mw=2, chargers=4), checklist_module.load_checklist(),
                             profiles.load_bundled_profile("battery"), ["x"], phase="drift", language="en")[0]
    assert case.answer("PLAN-01").status == "not_relevant"
    assert "plan" not in [p.id for p in case.processes]


def test_one_case_id_for_two_sites_is_refused(tmp_path):
    with pytest.raises(InputError) as info:
        check_application(hand_fixture.sites().iloc[:2].reset_index(drop=True), context(tmp_path),
                          Application("battery"), checklist_module.load_checklist(),
                          profiles.load_bundled_profile("battery"), ["2025/1", "2025/1"], language="en")
    assert "2025/1" in info.value.message and "more than one site" in info.value.message

"""The case officer's checklist on the hand-checked fixture (test/hand_fixture.py): every status,
every process on the road to a decision, and bad input."""
from pathlib import Path

import geopandas as gpd
import hand_fixture
import pandas as pd
import pytest
from energistasjon.energistasjon_plugin.core import checklist as checklist_module
from energistasjon.energistasjon_plugin.core import profiles
from energistasjon.energistasjon_plugin.core.casework import check_application
from energistasjon.energistasjon_plugin.core.checklist_model import Answer, Application
from energistasjon.energistasjon_plugin.core.context_builder import LayerInput, build_context
from energistasjon.energistasjon_plugin.core.errors import DataFileError, InputError
from shapely.geometry import box

BUNDLED = Path(checklist_module.DEFAULT_CHECKLIST).read_text(encoding="utf-8")


@pytest.fixture
def context(tmp_path):
    layers = hand_fixture.layers()
    # a flood zone over site D's western half, a landslide zone 40 m north of site A
    hazards = gpd.GeoDataFrame({"faresone": [320, 310]}, geometry=[
        hand_fixture._shifted(box(2050, 450, 2140, 600)), hand_fixture._shifted(box(300, 120, 400, 160))],
        crs=hand_fixture.CRS)
    return build_context(
        hand_fixture.CRS, roads_layer=LayerInput(layers["veger"], "veger"),
        grid_capacity_files=[str(hand_fixture.write_grid_capacity(tmp_path))],
        kpa_layers=[LayerInput(layers["kpa"], "kpa")], rp_layers=[LayerInput(layers["rp"], "rp")],
        building_layer=LayerInput(layers["bygninger"], "bygninger"), hazard_layer=LayerInput(hazards, "faresoner"))


def check(context, site_id, app, **kwargs):
    sites = hand_fixture.sites()
    site = sites[sites["tomt_id"] == site_id].reset_index(drop=True)
    result = check_application(site, context, app, checklist_module.load_checklist(),
                               profiles.load_bundled_profile(app.station_type), ["2025/" + site_id],
                               language="en", **kwargs)
    return result[0]


def answers(case):
    return {a.item_id: a for a in case.answers}


def processes(case):
    return {p.id: p for p in case.processes}


def test_bundled_checklist_says_what_it_rests_on():
    checklist = checklist_module.load_checklist()
    assert checklist.edition == "2024-03/energistasjon-2"
    # The edition marks itself, in both languages, as the plugin's wording, not the veileder's text.
    assert "not the veileder's own wording" in checklist.titles["en"]
    assert "ikke veilederens egen ordlyd" in checklist.titles["nb"]
    assert "Veileder for etablering av energistasjoner for tungtransport" in checklist.based_on
    assert {i.rule for i in checklist.items if i.rule} == set(checklist_module.AUTO_RULES)
    assert all(i.source for i in checklist.items)


def test_lnfr_site_needs_plan_change_or_dispensation(context):
    case = check(context, "B", Application("battery", charging_mw=2.0, chargers=5, daily_capacity=80))
    plan = answers(case)["PLAN-01"]
    assert plan.status == "not_fulfilled" and "KPA 5100" in plan.evidence and "dispensation" in plan.evidence
    assert processes(case)["plan"].applies == "yes"
    assert "dispensation" in processes(case)["plan"].title


def test_industrial_hydrogen_site_road_to_decision(context):
    app = Application("hydrogen", hydrogen_kg=6000, gas_volume_m3=2.5, daily_capacity=2400,
                      supply_mode="on_site_electrolysis")
    case = check(context, "A", app)
    got = answers(case)
    assert got["PLAN-01"].status == "fulfilled" and "Industri (RP 1340)" in got["PLAN-01"].evidence
    # 2 400 kg/day x 55 kWh/kg / 24 h = 5.5 MW made on site: above Elvia's 1 MW queue threshold, below the 20 MW free
    assert got["GRID-01"].status == "fulfilled" and "5.5 MW" in got["GRID-01"].evidence
    assert "Elvia queues requests of 1.0 MW or more" in got["GRID-01"].evidence
    assert "the answer takes up to 6 months, connection 1-2 years" in got["GRID-01"].evidence
    steps = processes(case)
    assert steps["grid_request"].applies == "yes" and "5.5 MW" in steps["grid_request"].why
    assert "queue threshold of Elvia (1.0 MW)" in steps["grid_request"].why and "6 months" in steps["grid_request"].why
    assert "glitrenett.no" not in steps["grid_request"].source and "Elvia" in steps["grid_request"].source
    assert steps["dsb_notification"].applies == "yes" and "2.50 m³" in steps["dsb_notification"].why
    assert steps["seveso"].applies == "yes" and "lower tier" in steps["seveso"].why
    assert steps["plan"].applies == "yes" and "current plan" in steps["plan"].title
    assert "enova" not in steps
    # the landslide zone 40 m north of A: reported as near, to be assessed
    assert got["PLAN-02"].status == "needs_assessment" and "310" in got["PLAN-02"].evidence
    # A is 100 x 60 m: a 12.5 m turning ring fits, but no DEM was given
    assert got["SITE-01"].status == "needs_assessment" and "flat area is unknown" in got["SITE-01"].evidence


def test_upper_tier_and_below_thresholds(context):
    big = processes(check(context, "A", Application("hydrogen", hydrogen_kg=60000, gas_volume_m3=90)))
    assert big["seveso"].applies == "yes" and "upper tier" in big["seveso"].why
    small = processes(check(context, "A", Application("hydrogen", hydrogen_kg=200, gas_volume_m3=0.3,
                                                      charging_mw=0.5)))
    assert small["seveso"].applies == "no" and small["dsb_notification"].applies == "no"
    assert small["grid_request"].applies == "no"
    lbg = processes(check(context, "A", Application("biogas", lbg_tonnes=60, gas_volume_m3=120, charging_mw=0.4)))
    assert lbg["seveso"].applies == "yes" and "UNCONFIRMED" in lbg["seveso"].why


def test_parking_site_is_conditional_for_charging_and_screened_for_hydrogen(context):
    battery = answers(check(context, "E", Application("battery", charging_mw=1.5, chargers=4)))
    assert battery["PLAN-01"].status == "needs_assessment" and "H-4/21" in battery["PLAN-01"].evidence
    assert battery["SAFE-01"].status == "not_relevant"  # screening applies to gas stations only
    hydrogen = answers(check(context, "E", Application("hydrogen", hydrogen_kg=500)))
    assert hydrogen["PLAN-01"].status == "not_fulfilled"
    assert hydrogen["SAFE-01"].status == "needs_assessment" and "50 m" in hydrogen["SAFE-01"].evidence


def test_flood_zone_on_site_is_not_fulfilled_and_small_site_cannot_turn(context):
    d = answers(check(context, "D", Application("biogas", lbg_tonnes=10)))
    assert d["PLAN-02"].status == "not_fulfilled" and "320 flood" in d["PLAN-02"].evidence
    c = answers(check(context, "C", Application("battery", charging_mw=2, chargers=4)))
    assert c["SITE-01"].status == "not_fulfilled" and "does not fit" in c["SITE-01"].evidence


def test_site_outside_all_plans_is_unknown_not_fulfilled(context):
    sites = hand_fixture.sites()
    far = sites.iloc[[0]].copy()
    far.geometry = far.geometry.translate(0, 20000)
    case = check_application(far.reset_index(drop=True), context, Application("battery", charging_mw=2, chargers=4),
                             checklist_module.load_checklist(), profiles.load_bundled_profile("battery"), ["x"],
                             language="en")[0]
    plan = answers(case)["PLAN-01"]
    assert plan.status == "needs_assessment" and "unknown" in plan.evidence
    assert processes(case)["plan"].applies == "check"
    assert answers(case)["GRID-01"].status == "needs_assessment"


def test_enova_criteria(context):
    def enova(**kwargs):
        return answers(check(context, "A", Application("battery", **kwargs)))["FUND-01"]
    assert enova(charging_mw=2.0, chargers=5, min_point_kw=400, seeks_enova=True).status == "fulfilled"
    # Each point must deliver 350 kW: an average of 400 kW does not show it, a 300 kW point fails it.
    average = enova(charging_mw=2.0, chargers=5, seeks_enova=True)
    assert average.status == "needs_assessment" and "an average is not enough" in average.evidence
    weak = enova(charging_mw=2.0, chargers=5, min_point_kw=300, seeks_enova=True)
    assert weak.status == "not_fulfilled" and "the weakest 300 kW" in weak.evidence
    short = enova(charging_mw=1.4, chargers=4, min_point_kw=350, seeks_enova=True)
    assert short.status == "not_fulfilled" and "1 400 kW in all" in short.evidence
    assert enova(charging_mw=1.4, chargers=4).status == "not_relevant"
    assert enova(seeks_enova=True).status == "needs_assessment"


def test_missing_quantities_and_manual_items_are_listed(context):
    case = check(context, "A", Application("battery"))
    missing = " | ".join(case.missing)
    assert "power (MW)" in missing and "number of charging points" in missing
    assert "SITE-02" in missing and "GRID-02" in missing  # the applicant's items, not yet answered
    assert answers(case)["GRID-01"].status == "needs_assessment"


def test_a_persons_answer_replaces_the_automatic_one(context):
    mine = Answer("PLAN-02", "fulfilled", "The landslide zone is upslope; geotechnical report on file.",
                  answered_by="Kari Nordmann", answered_at="2026-11-22T10:00:00Z")
    case = check(context, "A", Application("hydrogen", hydrogen_kg=6000),
                 person_answers={"2025/A": {"PLAN-02": mine}})
    assert answers(case)["PLAN-02"] is mine


def test_negative_quantity_is_refused_with_its_name(context):
    with pytest.raises(InputError) as info:
        check(context, "A", Application("hydrogen", hydrogen_kg=-5))
    assert "hydrogen stored (kg)" in info.value.message and "negative" in info.value.message


def test_unknown_rule_names_item_key_and_line():
    broken = BUNDLED.replace("rule: building_line", "rule: byggegrense")
    with pytest.raises(DataFileError) as info:
        checklist_module.parse_checklist(broken, "lokal.yaml")
    line = next(n for n, text in enumerate(broken.splitlines(), 1) if "rule: byggegrense" in text)
    assert info.value.line == line and "PLAN-04" in info.value.key and "rule" in info.value.key
    assert "lokal.yaml, line {}".format(line) in info.value.message


def test_checklist_from_a_newer_plugin_is_refused():
    with pytest.raises(DataFileError) as info:
        checklist_module.parse_checklist(BUNDLED.replace("format_version: 1", "format_version: 2"), "new.yaml")
    assert "newer" in info.value.message and "Update the plugin" in info.value.message


def test_local_checklist_without_code_changes(tmp_path):
    local = BUNDLED.replace("id: veileder-energistasjon", "id: drammen-lokal").replace(
        "items:\n", "items:\n  - id: LOK-01\n    audience: saksbehandler\n    station_types: [battery]\n"
                    "    phases: [byggesak]\n    question:\n      en: Is there a snow storage area?\n"
                    "      nb: Er det areal til snøopplag?\n    source: Drammen kommune, lokal praksis\n", 1)
    path = tmp_path / "drammen.yaml"
    path.write_text(local, encoding="utf-8")
    checklist = checklist_module.load_checklist(path)
    assert checklist.id == "drammen-lokal" and checklist.items[0].id == "LOK-01" and checklist.items[0].rule is None


def test_an_unknown_answer_gives_its_true_cause_not_outside_the_plans(tmp_path):
    """A plan whose land use has no readable code covers site A, and the road layer has no numbered
    corridor: the officer reads those causes, not "outside every plan layer" or "no road layer"."""
    layers = hand_fixture.layers()
    kpa = layers["kpa"]
    kpa = gpd.GeoDataFrame({"objekttypenavn": ["KpArealformålOmråde"] * 3,  # land use, as the plan says
                            "arealformål": list(kpa["arealformål"]) + [None],  # over A, no code
                            "arealbruksstatus": [1, 2, 1]},
                           geometry=list(kpa.geometry) + [hand_fixture._shifted(box(200, -50, 800, 250))],
                           crs=hand_fixture.CRS)
    roads = layers["veger"].assign(vegkategori=["K", "K"])  # no E6 any more
    ctx = build_context(hand_fixture.CRS, roads_layer=LayerInput(roads, "veger"),
                        kpa_layers=[LayerInput(kpa, "kpa")],
                        building_layer=LayerInput(layers["bygninger"], "bygninger"))
    a = answers(check(ctx, "A", Application("battery", charging_mw=2, chargers=4)))
    assert a["PLAN-01"].status == "needs_assessment"
    assert "no readable code in 'kpa'" in a["PLAN-01"].evidence and "outside" not in a["PLAN-01"].evidence
    assert "no readable code in 'kpa'" in a["PLAN-05"].evidence
    access = a["TRAF-01"]  # the corridor_access item
    assert access.status == "needs_assessment" and "no corridor" in access.evidence and "'veger'" in access.evidence
    assert "no elevation model (DEM) given" in a["SITE-01"].evidence


def test_a_site_beyond_the_plans_is_said_to_be_outside_their_data(context):
    """Beside sites the plans cover, a far site is outside their data; alone, the plans cover another
    area than the sites, and the answer asks whether a CRS is wrong."""
    sites = hand_fixture.sites()
    far = sites.iloc[[0]].copy()
    far.geometry = far.geometry.translate(0, 20000)
    both = gpd.GeoDataFrame(pd.concat([sites.iloc[[0]], far], ignore_index=True), crs=sites.crs)
    app, checklist, profile = (Application("battery", charging_mw=2, chargers=4), checklist_module.load_checklist(),
                               profiles.load_bundled_profile("battery"))
    cases = check_application(both, context, app, checklist, profile, ["near", "far"], language="en")
    assert "(the site is outside the data)" in answers(cases[1])["PLAN-01"].evidence
    alone = check_application(far.reset_index(drop=True), context, app, checklist, profile, ["x"], language="en")[0]
    assert "covers another area than the sites (is its CRS right?)" in answers(alone)["PLAN-01"].evidence

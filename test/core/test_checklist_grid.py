# SPDX-License-Identifier: GPL-2.0-or-later
"""The checklist's grid and Enova answers (issue 12): how the hydrogen arrives, the grid company's
own queue threshold, the answer times from the checklist file, the transmission grid, Enova for
hydrogen and the programme round."""
import geopandas as gpd
import pytest
from energistasjon.energistasjon_plugin.core import checklist as checklist_module
from energistasjon.energistasjon_plugin.core import profiles
from energistasjon.energistasjon_plugin.core.casework import check_application
from energistasjon.energistasjon_plugin.core.checklist_grid import application_choices
from energistasjon.energistasjon_plugin.core.checklist_model import Application
from energistasjon.energistasjon_plugin.core.context_builder import build_context
from pyproj import Transformer
from shapely.geometry import box

CRS = "EPSG:25833"
ED1 = checklist_module.CHECKLISTS_DIR / "veileder_energistasjon_ed1.yaml"


def site(lon: float, lat: float) -> gpd.GeoDataFrame:
    x, y = Transformer.from_crs(4326, 25833, always_xy=True).transform(lon, lat)
    return gpd.GeoDataFrame({"tomt_id": ["A"]}, geometry=[box(x - 50, y - 50, x + 50, y + 50)], crs=CRS)


MOSS = (10.667, 59.440)       # 300 m from Elvia's Moss (12 MW), inside Statnett's Østfold (full)
DRAMMEN = (10.207, 59.746)    # 300 m from Glitre Nett's Drammen (5 MW)


def check(test_data, place, app, files=("elvia_ideal.json", "glitre_list_wrapped.json"), checklist=None):
    context = build_context(CRS, grid_capacity_files=[str(test_data / "digin" / f) for f in files])
    checklist = checklist or checklist_module.load_checklist()
    profile = profiles.load_bundled_profile(app.station_type, application_choices(app))
    case = check_application(site(*place), context, app, checklist, profile, ["2026/1"], language="en")[0]
    return {a.item_id: a for a in case.answers}, {p.id: p for p in case.processes}, case


def test_trucked_in_hydrogen_gets_no_electrolysis_power_from_its_daily_capacity(test_data):
    trucked = Application("hydrogen", daily_capacity=1000, supply_mode="trucked_in")
    got, steps, case = check(test_data, MOSS, trucked)
    assert got["GRID-01"].status == "needs_assessment" and "states no power" in got["GRID-01"].evidence
    assert any("the station's power (MW)" in m for m in case.missing)
    made = Application("hydrogen", daily_capacity=1000, supply_mode="on_site_electrolysis")
    got, steps, case = check(test_data, MOSS, made)
    # 1 000 kg/day x 55 kWh/kg / 24 h = 2.3 MW
    assert got["GRID-01"].status == "fulfilled" and "the station needs 2.3 MW" in got["GRID-01"].evidence


def test_an_application_that_does_not_say_how_the_hydrogen_arrives_is_asked(test_data):
    _got, _steps, case = check(test_data, MOSS, Application("hydrogen", daily_capacity=1000))
    assert any("how the hydrogen reaches the station" in m for m in case.missing)
    _got, _steps, case = check(test_data, MOSS, Application("hydrogen", daily_capacity=1000,
                                                            supply_mode="trucked_in"))
    assert not any("how the hydrogen reaches the station" in m for m in case.missing)


def test_each_grid_company_has_its_own_queue_threshold(test_data):
    # A municipality's checklist where Elvia queues from 5 MW: a 3 MW station at Moss is below it,
    # the same station at Glitre Nett's Drammen is above Glitre's 1 MW.
    text = checklist_module.DEFAULT_CHECKLIST.read_text(encoding="utf-8").replace(
        "      Elvia:\n        value: 1\n", "      Elvia:\n        value: 5\n", 1)
    local = checklist_module.parse_checklist(text, "local.yaml")
    app = Application("battery", charging_mw=3.0, chargers=6)
    _got, moss, _case = check(test_data, MOSS, app, checklist=local)
    got, drammen, _case = check(test_data, DRAMMEN, app, checklist=local)
    assert moss["grid_request"].applies == "no" and "below the queue threshold of Elvia (5.0 MW)" in moss[
        "grid_request"].why
    assert drammen["grid_request"].applies == "yes" and "queue threshold of Glitre Nett (1.0 MW)" in drammen[
        "grid_request"].why
    assert "glitrenett.no" in drammen["grid_request"].source
    assert "Glitre Nett queues requests of 1.0 MW or more" in got["GRID-01"].evidence


def test_answer_times_come_from_the_checklist_file(test_data):
    text = checklist_module.DEFAULT_CHECKLIST.read_text(encoding="utf-8").replace(
        "  grid_answer_months:\n    value: 6\n", "  grid_answer_months:\n    value: 4\n", 1)
    local = checklist_module.parse_checklist(text, "local.yaml")
    _got, steps, _case = check(test_data, DRAMMEN, Application("battery", charging_mw=3.0, chargers=6),
                               checklist=local)
    assert "the answer takes up to 4 months, connection 1-2 years" in steps["grid_request"].why
    # Edition 1 has no answer times: the officer is told to ask, not given a number from code.
    _got, steps, _case = check(test_data, DRAMMEN, Application("battery", charging_mw=6.0, chargers=12),
                               checklist=checklist_module.load_checklist(ED1))
    assert "ask the grid company how long" in steps["grid_request"].why


def test_a_site_where_the_transmission_grid_is_full_is_told_connection_on_conditions(test_data):
    got, _steps, _case = check(test_data, MOSS, Application("battery", charging_mw=3.0, chargers=6),
                               files=("elvia_ideal.json", "statnett_areas_figures.json"))
    evidence = got["GRID-01"].evidence
    assert got["GRID-01"].status == "fulfilled" and "12.0 MW free at Moss" in evidence
    assert "Statnett reports 0.0 MW free in the transmission grid in Østfold" in evidence
    assert "tilknytning på vilkår" in evidence


def test_placeholder_areas_give_no_grid_answer(test_data):
    got, _steps, _case = check(test_data, MOSS, Application("battery", charging_mw=3.0, chargers=6),
                               files=("statnett_areas.json",))
    assert got["GRID-01"].status == "needs_assessment" and "ask the grid company" in got["GRID-01"].evidence


@pytest.mark.parametrize("seeks, status", [(True, "needs_assessment"), (False, "not_relevant")])
def test_enova_support_for_hydrogen_stations_is_an_item(test_data, seeks, status):
    got, steps, _case = check(test_data, MOSS, Application("hydrogen", supply_mode="trucked_in", charging_mw=0.4,
                                                           seeks_enova=seeks))
    assert got["FUND-03"].status == status
    if seeks:
        assert "programme round" in got["FUND-03"].evidence
        assert steps["enova"].title == "Enova support for hydrogen filling stations"
    else:
        assert "enova" not in steps


def test_enova_items_name_the_round_the_criteria_come_from():
    checklist = checklist_module.load_checklist()
    items = {item.id: item for item in checklist.items}
    assert "desember 2023" in items["FUND-01"].source
    assert "kvalifiserende lokasjoner" in items["FUND-02"].source and "nettselskapet" in items["FUND-02"].source
    assert items["FUND-03"].station_types == ("hydrogen",) and "Vestby" in items["FUND-03"].source
    assert "hvert ladepunkt minst 350 kW" in checklist.thresholds["enova_min_point_kw"].source


def test_battery_asks_for_the_weakest_point_when_enova_is_sought(test_data):
    _got, _steps, case = check(test_data, MOSS, Application("battery", charging_mw=2.0, chargers=5,
                                                            seeks_enova=True))
    assert any("the weakest charging point (kW)" in m and "350 kW" in m for m in case.missing)


def test_the_application_form_keeps_the_supply_mode_in_the_case_store(tmp_path):
    from energistasjon.energistasjon_plugin.core.case_store import CaseStore

    store = CaseStore(tmp_path / "saker.gpkg", create=True)
    app = Application("hydrogen", daily_capacity=800, supply_mode="on_site_electrolysis")
    store.save_case("2026/7", "Tomt A", app, site(*MOSS).geometry.iloc[0].wkt, CRS, checklist_module.load_checklist())
    assert store.case("2026/7")["application"].supply_mode == "on_site_electrolysis"

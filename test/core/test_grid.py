# SPDX-License-Identifier: GPL-2.0-or-later
"""Grid capacity site by site, from grid files as the companies publish them (test/data/digin):
which figure a site gets, in which words, and what the station's demand makes of it."""
import geopandas as gpd
import numpy as np
import pytest
from energistasjon.energistasjon_plugin.core import profiles
from energistasjon.energistasjon_plugin.core.context_builder import build_context
from energistasjon.energistasjon_plugin.core.scoring import score_sites
from pyproj import Transformer
from shapely.geometry import box

CRS = "EPSG:25833"
TO_UTM = Transformer.from_crs(4326, 25833, always_xy=True)

#: Sites as (id, longitude, latitude): 100 m squares around the point.
PLACES = {
    "moss": (10.667, 59.440),              # 300 m from Elvia's Moss (12 MW)
    "drammen": (10.207, 59.746),           # 300 m from Glitre Nett's Drammen (5 MW)
    "between": (10.50, 59.60),             # between the two companies' areas, > 9 km from both
    "drammen_area_edge": (10.57, 59.65),   # in Statnett's Drammensområdet, 1.7 km from Østfold
    "ostfold_edge": (10.63, 59.65),        # in Statnett's Østfold (full), 1.7 km from Drammensområdet
    "rakkestad": (11.037, 59.399),         # 170 m from Norgesnett's Rakkestad (0.5 MW)
    "lierstranda": (10.232, 59.746),       # 300 m from Glitre Nett's Lierstranda (0.5 MW today, 6 MW in 2028)
}


def sites(*names):
    geoms = []
    for name in names:
        x, y = TO_UTM.transform(*PLACES[name])
        geoms.append(box(x - 50, y - 50, x + 50, y + 50))
    return gpd.GeoDataFrame({"tomt_id": list(names)}, geometry=geoms, crs=CRS)


def grid_context(test_data, *files):
    return build_context(CRS, grid_capacity_files=[str(test_data / "digin" / f) for f in files])


def score(test_data, names, files, profile="battery", choices=None, language="en"):
    profile = profiles.load_bundled_profile(profile, choices)
    result = score_sites(sites(*names), grid_context(test_data, *files), [profile], language=language)
    return result.frame.set_index("tomt_id"), profile.field_prefix


def test_several_companies_each_site_gets_its_own_companys_figure_and_threshold(test_data):
    frame, p = score(test_data, ["moss", "drammen"], ["elvia_ideal.json", "glitre_list_wrapped.json"])
    assert frame.loc["moss", p + "_grid"] == 12
    assert frame.loc["drammen", p + "_grid"] == 5
    moss, drammen = frame.loc["moss", p + "_explain"], frame.loc["drammen", p + "_explain"]
    assert "12.0 MW free at Moss (" in moss and "Elvia queues requests of 1.0 MW or more" in moss
    # The file spells the company "GlitreNett"; the profile's name for it is used.
    assert "5.0 MW free at Drammen (" in drammen and "Glitre Nett queues requests of 1.0 MW or more" in drammen


def test_a_site_between_two_companies_areas_is_unknown_not_zero(test_data):
    frame, p = score(test_data, ["between"], ["elvia_ideal.json", "glitre_list_wrapped.json"])
    assert np.isnan(frame.loc["between", p + "_grid"])
    assert "no free grid capacity" not in frame.loc["between", p + "_explain"]
    assert "unknown: free grid capacity" in frame.loc["between", p + "_explain"].lower()


def test_a_site_inside_an_area_takes_that_areas_figure_never_a_neighbours(test_data):
    frame, p = score(test_data, ["drammen_area_edge", "ostfold_edge"], ["statnett_areas_figures.json"])
    assert frame.loc["drammen_area_edge", p + "_grid"] == 25
    assert frame.loc["ostfold_edge", p + "_grid"] == 0   # its own area is full: not the neighbour's 25 MW
    ostfold = frame.loc["ostfold_edge", p + "_explain"]
    assert "0.0 MW free in the area Østfold (Statnett)" in ostfold
    assert "connection on conditions (tilknytning på vilkår) is the likely route" in ostfold
    assert "25.0 MW free in the area Drammensområdet (Statnett)" in frame.loc["drammen_area_edge", p + "_explain"]
    assert "connection on conditions" not in frame.loc["drammen_area_edge", p + "_explain"]


def test_a_substation_inside_a_full_transmission_area_says_so(test_data):
    frame, p = score(test_data, ["moss"], ["elvia_ideal.json", "statnett_areas_figures.json"])
    assert frame.loc["moss", p + "_grid"] == 12  # the local substation's figure
    text = frame.loc["moss", p + "_explain"]
    assert "12.0 MW free at Moss (" in text
    assert "the transmission grid has 0.0 MW free in Østfold" in text


def test_placeholder_areas_leave_the_site_unknown_with_a_warning(test_data):
    context = grid_context(test_data, "statnett_areas.json")
    assert any("placeholders" in note for note in context.notes)
    frame, p = score(test_data, ["ostfold_edge"], ["statnett_areas.json"])
    assert np.isnan(frame.loc["ostfold_edge", p + "_grid"])       # was "No free grid capacity within 5.0 km"
    assert np.isnan(frame.loc["ostfold_edge", p + "_substation"])  # and no distance scored 0 either
    assert "no free grid capacity" not in frame.loc["ostfold_edge", p + "_explain"]


def test_when_no_substation_has_a_figure_the_distance_to_enough_capacity_is_unknown(test_data):
    frame, p = score(test_data, ["moss"], ["no_capacity_field.json"])
    assert np.isnan(frame.loc["moss", p + "_grid"])
    assert np.isnan(frame.loc["moss", p + "_substation"])
    assert np.isnan(frame.loc["moss", p + "_substation_s"])  # not 0: unknown is left out of the score


def test_trucked_in_hydrogen_beside_a_half_megawatt_substation_is_not_penalised_for_grid(test_data):
    trucked, p = score(test_data, ["rakkestad"], ["norgesnett_small_substation.json"], "hydrogen")
    made, _ = score(test_data, ["rakkestad"], ["norgesnett_small_substation.json"], "hydrogen",
                    {"supply_mode": "on_site_electrolysis"})
    assert trucked.loc["rakkestad", p + "_grid_s"] == 1.0
    assert trucked.loc["rakkestad", p + "_substation_s"] == 1.0  # Rakkestad has the 0.5 MW it needs, 170 m away
    assert made.loc["rakkestad", p + "_grid_s"] < 0.2            # 0.5 MW of the 2.3 MW electrolysis needs
    assert made.loc["rakkestad", p + "_substation_s"] == 0.0     # no substation with 2.3 MW in the data
    assert trucked.loc["rakkestad", p + "_profile"].endswith("supply_mode=trucked_in")
    assert made.loc["rakkestad", p + "_profile"].endswith("supply_mode=on_site_electrolysis")
    # Below the 1 MW queue threshold nothing is said about a queue; 2.3 MW is above it.
    assert "queues" not in trucked.loc["rakkestad", p + "_explain"]
    assert "Norgesnett queues requests of 1.0 MW or more" in made.loc["rakkestad", p + "_explain"]


def test_battery_demand_is_a_design_figure_with_enovas_minimum_apart():
    battery = profiles.load_bundled_profile("battery")
    assert battery.value("demand_mw") >= 3.6 > battery.value("enova_min_station_mw") == 1.5
    assert battery.value("grid_comfortable_mw") > battery.value("demand_mw")
    assert battery.notes == []
    small = profiles.parse_profile(profiles.bundled_profile_paths()["battery"].read_text(encoding="utf-8").replace(
        "    value: 3.6\n", "    value: 1.2\n", 1), "small_battery.yaml")
    assert any("1.2 MW is below Enova's funding minimum of 1.5 MW" in note for note in small.notes)


def test_norwegian_words_for_an_area_and_a_queue(test_data):
    frame, p = score(test_data, ["ostfold_edge", "drammen"], ["statnett_areas_figures.json",
                                                             "glitre_list_wrapped.json"], language="nb")
    assert "0,0 MW ledig i området Østfold (Statnett)" in frame.loc["ostfold_edge", p + "_explain"]
    assert "Glitre Nett" in frame.loc["drammen", p + "_explain"]


@pytest.mark.parametrize("choice", ["pipeline", ""])
def test_an_unknown_supply_choice_is_refused_naming_the_choices(choice):
    with pytest.raises(Exception) as caught:
        profiles.load_bundled_profile("hydrogen", {"supply_mode": choice})
    assert "trucked_in" in str(caught.value) and "on_site_electrolysis" in str(caught.value)


def test_capacity_after_planned_measures_is_said_and_answers_the_checklist(test_data):
    frame, p = score(test_data, ["lierstranda"], ["glitre_capacity_schedule.jsonld"])
    assert frame.loc["lierstranda", p + "_grid"] == 0.5   # today's figure is scored
    assert "0.5 MW free at Lierstranda (" in frame.loc["lierstranda", p + "_explain"]
    assert "(6.0 MW after planned measures, 2028-01-01)" in frame.loc["lierstranda", p + "_explain"]

    from energistasjon.energistasjon_plugin.core import checklist as checklist_module
    from energistasjon.energistasjon_plugin.core.casework import check_application
    from energistasjon.energistasjon_plugin.core.checklist_model import Application

    case = check_application(sites("lierstranda"), grid_context(test_data, "glitre_capacity_schedule.jsonld"),
                             Application("battery", charging_mw=3.0, chargers=6), checklist_module.load_checklist(),
                             profiles.load_bundled_profile("battery"), ["2026/2"], language="en")[0]
    grid = next(a for a in case.answers if a.item_id == "GRID-01")
    assert grid.status == "needs_assessment"
    assert "0.5 MW free at Lierstranda today, 6.0 MW after planned measures (2028-01-01)" in grid.evidence

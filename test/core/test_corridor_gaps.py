"""Gaps between stations along a corridor and the sites that close them, on corridors laid out by hand.

The main corridor: the E6 straight east from X0 for 200 km, digitised as five segments in both
directions and in no order, crossed by a municipal road.  Battery stations at km 30 (50 m off
the road), km 100 (200 m off) and km 120; one 5 km off the road at km 150 (out of reach) and a
hydrogen station at km 60.  With a spacing of 60 km and the ends counting, the gaps are
km 30-100 (70 km) and km 120-200 (80 km).
"""
import geopandas as gpd
import numpy as np
import pytest
from energistasjon.energistasjon_plugin.core import corridor_gaps
from energistasjon.energistasjon_plugin.core.errors import InputError
from energistasjon.energistasjon_plugin.core.i18n import use_language
from energistasjon.energistasjon_plugin.core.readers.roads import normalise_roads
from shapely.geometry import LineString, Point, Polygon

X0, Y0 = 250000.0, 6600000.0
CRS = "EPSG:25833"
KM = 1000.0


def at(x_km, off_m=0.0):
    return X0 + x_km * KM, Y0 + off_m


def roads(lines, numbers=None, categories=None):
    numbers = numbers or [6] * len(lines)
    categories = categories or ["E"] * len(lines)
    frame = gpd.GeoDataFrame({"vegkategori": categories, "vegnummer": numbers}, geometry=lines, crs=CRS)
    return normalise_roads(frame, "veger")


def straight_e6():
    cuts = [0, 45, 80, 130, 170, 200]
    pieces = [LineString([at(a), at(b)]) for a, b in zip(cuts, cuts[1:])]
    pieces[1], pieces[3] = LineString(pieces[1].coords[::-1]), LineString(pieces[3].coords[::-1])
    order = [3, 0, 4, 2, 1]
    crossing = LineString([at(110, -5000), at(110, 5000)])
    return roads([pieces[i] for i in order] + [crossing], [6] * 5 + [120], ["E"] * 5 + ["K"])


def stations():
    points = [at(30, 50), at(100, -200), at(120), at(150, 5000), at(60, 10)]
    return gpd.GeoDataFrame({"station_type": ["battery"] * 4 + ["hydrogen"],
                             "name": ["Moss nord", "Vestby", "Ski", "Langt unna", "H2 Rygge"]},
                            geometry=[Point(p) for p in points], crs=CRS)


def site(x_km, off_m):
    """A triangle pointing at the road: its nearest point to the road is (x_km, off_m)."""
    x, y = at(x_km, off_m)
    return Polygon([(x, y), (x + 60, y + 80), (x - 60, y + 80)])


def sites():
    places = {"S1": (65, 500), "S2": (35, 1000), "S3": (65, 4000), "S4": (110, 300), "S5": (160, 800),
              "S6": (75, 200)}
    return gpd.GeoDataFrame({"tomt_id": list(places), "bat_rank": [4, 1, 2, 3, 5, 9]},
                            geometry=[site(*p) for p in places.values()], crs=CRS)


def run(**kwargs):
    args = dict(roads=straight_e6(), corridors=["E6"], stations=stations(), spacing_m=60 * KM,
                station_types=["battery"], sites=sites(), carry=["tomt_id"])
    args.update(kwargs)
    return corridor_gaps.find_gaps(**args)


def test_gaps_lie_exactly_between_the_stations_within_reach():
    result = run()
    assert len(result.routes) == 1 and result.routes.loc[0, "length_m"] == pytest.approx(200 * KM)
    gaps = result.gaps
    assert gaps[["start_m", "end_m"]].to_numpy() == pytest.approx(np.array([[30, 100], [120, 200]]) * KM)
    assert gaps["length_m"].tolist() == pytest.approx([70 * KM, 80 * KM])
    assert gaps["from_station"].tolist() == ["Moss nord", "Ski"]
    assert gaps["to_station"].tolist() == ["Vestby", "the end of the road data"]
    # one new station closes each, anywhere in its window
    assert gaps[["window_start_m", "window_end_m"]].to_numpy() == pytest.approx(np.array([[40, 90], [140, 180]]) * KM)
    assert gaps["stations_needed"].tolist() == [1, 1]
    assert gaps.geometry.length.tolist() == pytest.approx([70 * KM, 80 * KM])
    assert gaps.geometry.iloc[0].coords[0] == pytest.approx(at(30))
    # the station 5 km off the road and the hydrogen station do not count
    assert sorted(result.stations["name"]) == ["Moss nord", "Ski", "Vestby"]
    assert result.stations.set_index("name").loc["Vestby", "position_m"] == pytest.approx(100 * KM)


def test_sites_in_a_gap_are_listed_with_where_they_split_it():
    found = run().sites.set_index("tomt_id")
    assert sorted(found.index) == ["S1", "S2", "S5", "S6"]  # S3 beyond reach, S4 not in a gap
    s1 = found.loc["S1"]
    assert s1["gap_id"] == 1 and s1["position_m"] == pytest.approx(65 * KM)
    assert s1["distance_m"] == pytest.approx(500)
    assert (s1["before_m"], s1["after_m"]) == pytest.approx((35 * KM, 35 * KM)) and s1["closes"]
    s2 = found.loc["S2"]
    assert (s2["before_m"], s2["after_m"], s2["remaining_m"]) == pytest.approx((5 * KM, 65 * KM, 65 * KM))
    assert not s2["closes"]  # 65 km would still be left to Vestby
    assert found.loc["S5", "gap_id"] == 2 and found.loc["S5", "closes"]
    assert run().gaps.set_index("gap_id").loc[1, "sites_closing"] == 2  # S1 and S6


def test_a_site_the_rules_exclude_does_not_close_a_gap():
    """S1 would close gap 1 on its own, but the profile's rules exclude it (it is 3.7 km from the
    exit, say): a workshop must not be told it closes the gap."""
    scored = sites().assign(bat_excluded=[True, False, False, False, False, False])
    result = run(sites=scored, excluded_field="bat_excluded")
    assert "S1" not in set(result.sites["tomt_id"])
    assert result.gaps.set_index("gap_id").loc[1, "sites_closing"] == 1  # S6 alone
    assert any("1 site the station profile's rules exclude is left out" in note for note in result.notes)
    assert run(sites=scored).gaps.set_index("gap_id").loc[1, "sites_closing"] == 2  # not told which field


def test_a_site_beyond_reach_does_not_close_a_gap_until_the_reach_grows():
    assert "S3" not in set(run().sites["tomt_id"])
    assert "S3" in set(run(site_reach_m=5000).sites["tomt_id"])


def test_sites_closing_the_same_gap_are_listed_best_rank_first():
    found = run(rank_field="bat_rank").sites
    first_gap = found[found["gap_id"] == 1]
    assert first_gap["tomt_id"].tolist() == ["S1", "S6", "S2"]  # closing ones first, then by rank
    assert first_gap["bat_rank"].tolist() == [4, 9, 1]


def test_without_the_ends_only_stretches_between_stations_count():
    gaps = run(count_ends=False).gaps
    assert gaps[["start_m", "end_m"]].to_numpy() == pytest.approx(np.array([[30, 100]]) * KM)


def test_a_corridor_without_stations_needs_several():
    result = run(stations=None)
    assert len(result.gaps) == 1 and result.gaps.loc[0, "length_m"] == pytest.approx(200 * KM)
    assert result.gaps.loc[0, "stations_needed"] == 3  # 4 stretches of 50 km
    assert np.isnan(result.gaps.loc[0, "window_start_m"])
    assert "at least 3 new stations" in result.gaps.loc[0, "explain"]


def test_explanation_reads_in_both_languages():
    english = run().gaps.loc[0, "explain"]
    assert english == ("E6 km 30.0-100.0: 70.0 km from Moss nord to Vestby, more than the spacing of 60 km; "
                       "one new station between km 40.0 and km 90.0 closes it.")
    with use_language("nb"):
        norsk = run().gaps.loc[0, "explain"]
    assert "30,0" in norsk and "more than" not in norsk


def test_a_branch_is_measured_from_the_nearest_station_along_the_road():
    main = [LineString([at(0), at(40)]), LineString([at(40), at(130)])]
    branch = LineString([at(40), at(40, 30 * KM)])
    carriageway = LineString([at(10), at(10, 40), at(30, 40), at(30)])  # the other carriageway, 40 m beside
    spur = LineString([at(70), at(70, 500)])
    x, y = at(40.1, 20 * KM)  # a site 100 m east of the branch, 20 km up it, pointing west
    on_branch = Polygon([(x, y), (x + 80, y + 60), (x + 80, y - 60)])
    result = corridor_gaps.find_gaps(roads(main + [branch, carriageway, spur]), ["E6"],
                                     stations().iloc[[0]], 25 * KM,
                                     sites=gpd.GeoDataFrame(geometry=[on_branch], crs=CRS))
    routes = result.routes
    assert routes["kind"].tolist() == ["main", "branch"]
    assert routes["length_m"].tolist() == pytest.approx([130 * KM, 30 * KM])
    assert any("other carriageway" in note for note in result.notes)
    branch_gap = result.gaps[result.gaps["kind"] == "branch"].iloc[0]
    # from Moss nord (km 30 on the main line) 10 km to the junction, then 30 km up the branch
    assert branch_gap["length_m"] == pytest.approx(40 * KM)
    assert (branch_gap["start_m"], branch_gap["end_m"]) == pytest.approx((0, 30 * KM))
    assert branch_gap["from_station"] == "Moss nord"
    assert (branch_gap["window_start_m"], branch_gap["window_end_m"]) == pytest.approx((5 * KM, 15 * KM))
    found = result.sites.iloc[0]
    assert found["gap_id"] == branch_gap["gap_id"] and found["position_m"] == pytest.approx(20 * KM)
    assert found["before_m"] == pytest.approx(30 * KM) and not found["closes"]  # 30 km from Moss nord


def test_a_break_in_the_road_data_is_bridged_and_said():
    pieces = [LineString([at(0), at(100)]), LineString([at(100.01), at(200)])]
    result = corridor_gaps.find_gaps(roads(pieces), ["e 6"], stations(), 60 * KM, station_types=["battery"])
    assert len(result.routes) == 1 and result.routes.loc[0, "length_m"] == pytest.approx(200 * KM)
    assert any("bridged" in note for note in result.notes)


def test_afir_spacings_and_their_status_are_settings():
    assert corridor_gaps.afir_spacing_m("battery") == 60 * KM
    assert corridor_gaps.afir_spacing_m("battery", "comprehensive") == 100 * KM
    assert corridor_gaps.afir_spacing_m("hydrogen") == 200 * KM
    with pytest.raises(InputError):
        corridor_gaps.afir_spacing_m("biogas")
    assert "UNCONFIRMED" in run().notes[0]
    assert "UNCONFIRMED" not in corridor_gaps.spacing_note(60 * KM, afir_applies=False)


def test_unusable_input_is_refused():
    with pytest.raises(InputError) as info:
        corridor_gaps.find_gaps(straight_e6().to_crs("EPSG:4326"), ["E6"], None, 60 * KM)
    assert "EPSG:25833" in info.value.message
    with pytest.raises(InputError):
        run(spacing_m=0)
    with pytest.raises(InputError):
        run(corridors=["motorveien"])

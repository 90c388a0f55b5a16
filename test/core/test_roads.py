# SPDX-License-Identifier: GPL-2.0-or-later
"""Road labels, corridors and corridor exits, on real Kartverket/NVDB subsets and small frames."""
import shutil

import geopandas as gpd
import numpy as np
import pandas as pd
import pytest
import shapely
from energistasjon.energistasjon_plugin.core.errors import InputError
from energistasjon.energistasjon_plugin.core.readers import roads as R
from shapely.geometry import LineString, Point

CRS = "EPSG:25833"
# Junctions on the E6 around Moss in N1000, read off the geometry by hand (see
# test/data/roads/README.md): where Rv19/Fv120 meet the E6 at Patterød, Fv118 south,
# Fv151 north and a private road.
PATTEROD = (256352.0, 6597523.0)
FV118 = (258807.73, 6590757.59)
FV151 = (258001.55, 6605463.38)
PRIVATE = (256507.0, 6600362.0)
E6_ONLY_JOINT = (256738.0, 6601409.0)  # two E6 pieces meet, nothing else: no exit


@pytest.fixture
def veglenke(test_data):
    return gpd.read_file(test_data / "roads" / "n1000_veglenke_moss_25833.gpkg", layer="Veglenke")


def frame(rows, geoms=None, crs=CRS):
    table = pd.DataFrame(rows)
    if geoms is None:
        geoms = [LineString([(i, 0), (i, 1)]) for i in range(len(table))]
    return gpd.GeoDataFrame(table, geometry=geoms, crs=crs)


# ------------------------------------------------------------------ normalise_roads

def test_normalise_roads_on_n1000_labels_every_numbered_road(veglenke):
    before = veglenke.copy()
    roads = R.normalise_roads(veglenke, "Veglenke")
    raw_e6 = (veglenke["vegkategori"] == "E") & (veglenke["vegnummer"] == 6)
    assert raw_e6.sum() > 0
    assert ((roads["road_label"] == "E6") == raw_e6).all()
    raw_rv19 = (veglenke["vegkategori"] == "R") & (veglenke["vegnummer"] == 19)
    assert ((roads["road_label"] == "Rv19") == raw_rv19).all()
    assert (roads.loc[(veglenke["vegkategori"] == "F") & (veglenke["vegnummer"] == 120), "road_label"]
            == "Fv120").all()
    # Municipal roads without a number: category known, number and label unknown.
    kv = veglenke["vegkategori"] == "K"
    assert kv.any()
    assert (roads.loc[kv, "road_category"] == "K").all()
    assert roads.loc[kv, "road_number"].isna().all()
    assert roads.loc[kv, "road_label"].isna().all()
    # Same rows, index and CRS; the input is untouched.
    assert list(roads.index) == list(veglenke.index)
    assert roads.crs == veglenke.crs
    assert roads.geometry.equals(veglenke.geometry)
    pd.testing.assert_frame_equal(veglenke, before)


def test_normalise_roads_car_ferry_is_no_truck_road(veglenke):
    roads = R.normalise_roads(veglenke, "Veglenke")
    ferry = veglenke["typeVeg"] == "bilferje"
    assert ferry.sum() == 1  # Moss-Horten, Rv19
    assert roads.loc[ferry, "road_label"].tolist() == ["Rv19"]
    assert not roads.loc[ferry, "truck_road"].any()
    assert roads.loc[~ferry, "truck_road"].all()


def test_normalise_roads_reads_nvdb_geopackage_list_values(test_data):
    raw = gpd.read_file(test_data / "nvdb" / "Trafikkmengde_innlandet_2016_subset.gpkg")
    roads = R.normalise_roads(raw, "Trafikkmengde")
    # OGR wrote NVDB's list fields as text: "(1:E)", "(2:E,E)" / "(1:6)", "(2:6,6)".
    raw_e6 = raw["vegkategori"].isin(["(1:E)", "(2:E,E)"]) & raw["vegnummer"].isin(["(1:6)", "(2:6,6)"])
    assert raw_e6.sum() >= 5
    assert ((roads["road_label"] == "E6") == raw_e6).all()
    private = raw["vegkategori"] == "(2:P,P)"
    assert roads.loc[private, "road_label"].tolist() == ["Pv96937"]


def test_normalise_roads_reads_nvdb_gml_list_values(test_data, tmp_path):
    # Copy first: GDAL writes a .gfs file next to a GML it reads.
    path = tmp_path / "Trafikkmengde.gml"
    shutil.copy(test_data / "nvdb" / "Trafikkmengde_hedmarken_2016_subset.gml", path)
    raw = gpd.read_file(path)
    roads = R.normalise_roads(raw, "Trafikkmengde")
    first_cat = raw["vegkategori"].map(lambda v: v[0])
    first_num = raw["vegnummer"].map(lambda v: int(v[0]))
    expected = [{"E": "E", "R": "Rv", "F": "Fv", "P": "Pv"}[c] + str(n)
                for c, n in zip(first_cat, first_num)]
    assert roads["road_label"].tolist() == expected
    assert "E6" in expected and "Rv3" in expected


def test_normalise_roads_many_spellings_and_nulls():
    rows = {
        "vegkategori": ["(2:F,F)", "['E' 'E']", "Europaveg", "Riksvei", "E 6", None, "Kommunal veg",
                        "fv", "", "X"],
        "vegnummer": ["(2:120,120)", "[18]", 134, "4", None, 7, None, "120.0", 5, 9],
    }
    roads = R.normalise_roads(frame(rows), "hand-made")
    assert roads["road_category"].tolist() == ["F", "E", "E", "R", "E", None, "K", "F", None, None]
    np.testing.assert_array_equal(
        roads["road_number"].to_numpy(),
        [120, 18, 134, 4, 6, 7, np.nan, 120, 5, 9],
    )
    assert roads["road_label"].tolist() == ["Fv120", "E18", "E134", "Rv4", "E6", None, None, "Fv120",
                                            None, None]


def test_normalise_roads_numpy_list_values_as_geopandas_gives_them():
    rows = {"vegkategori": [np.array(["R"]), np.array(["F", "F"])],
            "vegnummer": [np.array([3]), np.array([24, 24])]}
    roads = R.normalise_roads(frame(rows), "gml")
    assert roads["road_label"].tolist() == ["Rv3", "Fv24"]


def test_normalise_roads_paths_and_pedestrian_links_are_no_truck_roads():
    rows = {"vegkategori": ["F", "F", "F", None],
            "vegnummer": [120, 120, 120, None],
            "typeVeg": ["enkelBilveg", "gangOgSykkelveg", "rampe", "sti"],
            "trafikantgruppe": ["K", "K", "G", None]}
    roads = R.normalise_roads(frame(rows), "NVDB vegnett")
    assert roads["truck_road"].tolist() == [True, False, False, False]
    assert roads["road_type"].tolist() == ["enkelBilveg", "gangOgSykkelveg", "rampe", "sti"]


def test_normalise_roads_chosen_field_typo_suggests_the_field():
    layer = frame({"vegkategori": ["E"], "vegnummer": [6]})
    with pytest.raises(InputError) as caught:
        R.normalise_roads(layer, "Veglenke", category_field="vegkategory")
    message = str(caught.value)
    assert "'Veglenke'" in message and "'vegkategory'" in message
    assert "Did you mean 'vegkategori'?" in message


def test_normalise_roads_missing_field_names_layer_and_what_to_pick():
    layer = frame({"kat": ["E"], "nr": [6]})
    with pytest.raises(InputError) as caught:
        R.normalise_roads(layer, "Mine veger")
    message = str(caught.value)
    assert "'Mine veger'" in message
    assert "vegkategori" in message
    assert "algorithm's parameters" in message


def test_normalise_roads_accepts_fields_chosen_by_the_user():
    layer = frame({"kat": ["R", "F"], "nr": ["4", "120"]})
    roads = R.normalise_roads(layer, "Mine veger", category_field="kat", number_field="nr")
    assert roads["road_label"].tolist() == ["Rv4", "Fv120"]


# ------------------------------------------------------------------ corridors

def test_parse_corridor_list_example_from_the_brief():
    assert R.parse_corridor_list("E6, E18;rv7 RV 4") == ["E6", "E18", "Rv7", "Rv4"]


def test_parse_corridor_list_words_separators_and_duplicates():
    text = "Riksveg 4 / fv. 120\nE 134, e6, E6, Europaveg 18"
    assert R.parse_corridor_list(text) == ["Rv4", "Fv120", "E134", "E6", "E18"]
    assert R.parse_corridor_list("") == []
    assert R.parse_corridor_list(None) == []


@pytest.mark.parametrize("bad, quoted", [("E6, Moss", "Moss"), ("E6, 18", "18"), ("Xv 5", "Xv 5")])
def test_parse_corridor_list_rejects_what_is_not_a_road(bad, quoted):
    with pytest.raises(InputError) as caught:
        R.parse_corridor_list(bad)
    assert f"'{quoted}'" in str(caught.value)
    assert "E6" in str(caught.value)  # says how to write it


def test_corridor_mask_matches_labels_in_any_spelling(veglenke):
    roads = R.normalise_roads(veglenke, "Veglenke")
    mask = R.corridor_mask(roads, ["E6", "riksveg 19"])
    expected = (((veglenke["vegkategori"] == "E") & (veglenke["vegnummer"] == 6))
                | ((veglenke["vegkategori"] == "R") & (veglenke["vegnummer"] == 19))).to_numpy()
    assert mask.dtype == bool
    np.testing.assert_array_equal(mask, expected)
    np.testing.assert_array_equal(R.corridor_mask(roads, "E6; RV 19"), expected)


def test_corridor_mask_needs_normalised_roads(veglenke):
    with pytest.raises(InputError, match="normalise_roads"):
        R.corridor_mask(veglenke, ["E6"])


# ------------------------------------------------------------------ access points

def _nearest(points, xy):
    return shapely.distance(points.geometry.to_numpy(), Point(xy)).min()


def test_access_points_on_e6_near_moss_are_the_real_junctions(veglenke):
    roads = R.normalise_roads(veglenke, "Veglenke")
    corridor = R.corridor_mask(roads, ["E6"])
    points = R.access_points(roads, corridor)
    assert points.crs == roads.crs
    assert (points["road_label"] == "E6").all()

    by_xy = {tuple(np.round(shapely.get_coordinates(g)[0], 2)): e
             for g, e in zip(points.geometry, points["exit_to"])}
    assert by_xy[PATTEROD] == "Rv19/Fv120"
    assert by_xy[FV118] == "Fv118"
    assert by_xy[FV151] == "Fv151"
    assert by_xy[PRIVATE] == "Pv"
    assert _nearest(points, E6_ONLY_JOINT) > 50.0

    # Independent check, one feature at a time: every end of a non-E6 road lying on the E6
    # is an exit, and every exit lies on the E6 and on another road.
    e6 = shapely.union_all(veglenke.geometry[corridor].to_numpy())
    others = veglenke.geometry[~corridor & (veglenke["typeVeg"] != "bilferje")]
    ends = [Point(line.coords[i]) for line in others for i in (0, -1)]
    on_e6 = [p for p in ends if p.distance(e6) < 1.0]
    assert len(on_e6) >= 4
    for p in on_e6:
        assert _nearest(points, (p.x, p.y)) < 50.0
    other_union = shapely.union_all(others.to_numpy())
    for p in points.geometry:
        assert p.distance(e6) < 1e-6
        assert p.distance(other_union) < 1.0
    # Merged within 50 m: no two exits closer than that.
    xy = shapely.get_coordinates(points.geometry.to_numpy())
    gaps = np.hypot(*(xy[:, None, :] - xy[None, :, :]).transpose(2, 0, 1))
    assert gaps[np.triu_indices(len(xy), 1)].min() >= 50.0


def _hand_made(rows, geoms):
    layer = frame(rows, geoms)
    roads = R.normalise_roads(layer, "hand-made")
    return roads, R.corridor_mask(roads, ["E6"])


def test_access_points_bridges_are_not_exits_but_junctions_are():
    geoms = [
        LineString([(0, 0), (700, 0), (2000, 0)]),        # E6
        LineString([(500, -100), (500, 100)]),            # Fv1 bridge: crosses, no shared vertex
        LineString([(300, 0), (300, 200)]),               # Fv2 ends on the E6 (T junction)
        LineString([(700, -100), (700, 0), (700, 100)]),  # Fv3 shares a vertex: crossing junction
        LineString([(1200, 0), (1200, 150)]),             # footpath ending on the E6
    ]
    rows = {"vegkategori": ["E", "F", "F", "F", "F"], "vegnummer": [6, 1, 2, 3, 4],
            "typeVeg": ["enkelBilveg", "enkelBilveg", "enkelBilveg", "enkelBilveg", "gangOgSykkelveg"]}
    roads, corridor = _hand_made(rows, geoms)
    points = R.access_points(roads, corridor)
    coords = sorted(map(tuple, shapely.get_coordinates(points.geometry.to_numpy())))
    assert coords == [(300.0, 0.0), (700.0, 0.0)]
    assert sorted(points["exit_to"]) == ["Fv2", "Fv3"]


def test_access_points_corridor_ending_on_another_road():
    geoms = [LineString([(0, 0), (500, 0)]),               # E6 ends on Rv4's interior
             LineString([(500, -300), (500, 300)])]        # Rv4, not split at the junction
    roads, corridor = _hand_made({"vegkategori": ["E", "R"], "vegnummer": [6, 4]}, geoms)
    points = R.access_points(roads, corridor)
    assert shapely.get_coordinates(points.geometry.to_numpy()).tolist() == [[500.0, 0.0]]
    assert points["exit_to"].tolist() == ["Rv4"]


def test_access_points_close_exits_are_merged():
    geoms = [LineString([(0, 0), (1000, 0)]),
             LineString([(400, 0), (400, 100)]),
             LineString([(430, 0), (430, -100)]),
             LineString([(800, 0), (800, 100)])]
    roads, corridor = _hand_made({"vegkategori": ["E", "F", "F", "K"], "vegnummer": [6, 1, 2, None]},
                                 geoms)
    points = R.access_points(roads, corridor)
    assert len(points) == 2  # 400 and 430 are one interchange; 800 is another
    assert sorted(points["exit_to"]) == ["Fv1/Fv2", "Kv"]
    assert len(R.access_points(roads, corridor, merge_distance=10.0)) == 3


def test_access_points_without_corridor_is_empty_with_columns():
    roads, _ = _hand_made({"vegkategori": ["F"], "vegnummer": [1]}, [LineString([(0, 0), (1, 0)])])
    points = R.access_points(roads, np.array([False]))
    assert len(points) == 0
    assert {"road_label", "exit_to", "geometry"} <= set(points.columns)
    assert points.crs == roads.crs


def test_access_points_refuses_degrees_and_wrong_mask_length():
    layer = frame({"vegkategori": ["E", "F"], "vegnummer": [6, 1]},
                  [LineString([(10.0, 59.0), (10.1, 59.0)]), LineString([(10.05, 59.0), (10.05, 59.1)])],
                  crs="EPSG:4326")
    roads = R.normalise_roads(layer, "wgs84 roads")
    with pytest.raises(InputError, match="EPSG:25833"):
        R.access_points(roads, R.corridor_mask(roads, ["E6"]), layer_name="wgs84 roads")
    with pytest.raises(InputError, match="'wgs84 roads'"):
        R.access_points(roads.to_crs(CRS), np.array([True]), layer_name="wgs84 roads")


# ------------------------------------------------------------------ NVDB and Elveg 2.0 as exported

@pytest.mark.parametrize("reference, label", [
    ("EV6 S1D1 m0-100", "E6"),
    ("FV120 S2D1 m1234-2345", "Fv120"),
    ("RV4 S3D1 m100-200", "Rv4"),
    ("KV1234 S1D1 m0-50", "Kv1234"),
    ("EV18 S53D1 m3212 KD3 m0-24", "E18"),       # a kryssdel
    ("FV4302 S1D1 m300 SD1 m40-41", "Fv4302"),   # a sideanlegg
    ("3201 KV1548 S1D1 m1-985", "Kv1548"),       # the municipality in front
    ("kv11635 s1d1 m787-815", "Kv11635"),
    ("EV6S1D1 m12", "E6"),
    ("PV96937 S1D1 m0-10", "Pv96937"),
    ("EA6 S1D1 m0-200", "E6"),                   # under construction
    ("1600 Ev6 hp12 m1000", "E6"),               # the old vegreferanse
])
def test_vegsystemreferanse_in_every_published_form_gives_the_road(reference, label):
    roads = R.normalise_roads(frame({"vegsystemreferanse": [reference]}), "vegnett")
    assert roads["road_label"].tolist() == [label]


def test_text_that_is_no_road_reference_stays_unknown():
    roads = R.normalise_roads(frame({"vegsystemreferanse": ["Storgata 4", "", None]}), "vegnett")
    assert roads["road_label"].tolist() == [None, None, None]


@pytest.mark.parametrize("options", [{}, {"FLATTEN_NESTED_ATTRIBUTES": "YES"}])
def test_nvdb_segmented_network_read_as_gdal_gives_it(test_data, options):
    raw = gpd.read_file(test_data / "roads" / "nvdb_vegnett_segmentert.geojson", **options)
    assert "vegkategori" not in raw.columns  # only the nested vegsystemreferanse says which road
    roads = R.normalise_roads(raw, "vegnett")
    assert roads["road_label"].tolist() == ["E6", "E6", "Kv100", "Kv100", "Fv120", "Rv19"]
    # the gang- og sykkelveg beside Kv100 is no way out for a truck
    assert roads["truck_road"].tolist() == [True, True, True, False, True, True]
    assert R.labels_in_layer(roads) == ["E6", "Rv19"]


def test_exits_on_the_nvdb_network_are_where_trucks_can_leave(test_data):
    raw = gpd.read_file(test_data / "roads" / "nvdb_vegnett_segmentert.geojson").to_crs(CRS)
    roads = R.normalise_roads(raw, "vegnett")
    points = R.access_points(roads, R.corridor_mask(roads, ["E6"]))
    xy = sorted((round(p.x - 255000), round(p.y - 6590000)) for p in points.geometry)
    # Fv120 at (0, -3000), Kv100 at (0, 0), Rv19 at (0, 4000); not the cycle path ending on the
    # E6 at (0, -15)
    assert xy == [(0, -3000), (0, 0), (0, 4000)]


def test_elveg_vegsystem_fields_flattened_are_found():
    rows = {"vegsystemreferanse_vegsystem_vegkategori": ["E", "F"], "vegsystemreferanse_vegsystem_vegfase": ["V", "V"],
            "vegsystemreferanse_vegsystem_vegnummer": [6, 120]}
    assert R.normalise_roads(frame(rows), "Elveg 2.0")["road_label"].tolist() == ["E6", "Fv120"]


def test_the_reference_fills_what_the_fields_leave_open():
    rows = {"vegkategori": ["K", None], "vegnummer": [None, None], "vref": ["KV1234 S1D1 m0-50", "RV4 S3D1 m0-9"]}
    assert R.normalise_roads(frame(rows), "nvdbapiv3")["road_label"].tolist() == ["Kv1234", "Rv4"]


def test_road_layer_without_category_or_reference_says_what_it_needs():
    with pytest.raises(InputError) as caught:
        R.normalise_roads(frame({"objtype": ["Vegkant"]}), "fkb_veg_kant")
    message = str(caught.value)
    assert "'fkb_veg_kant'" in message and "vegkategori" in message and "vegsystemreferanse" in message
    assert "NVDB or Elveg 2.0" in message


@pytest.mark.parametrize("name, kind", [("fkb_veg_flate", "Polygon"), ("fkb_veg_punkt", "Point")])
def test_fkb_veg_points_and_areas_are_refused_as_road_network(test_data, name, kind):
    layer = gpd.read_file(test_data / "roads" / (name + ".geojson"))
    with pytest.raises(InputError) as caught:
        R.require_centrelines(layer, name)
    message = str(caught.value)
    assert "'{}'".format(name) in message and kind in message and "centreline network" in message


def test_unrecognised_categories_are_counted_with_examples():
    roads = R.normalise_roads(frame({"vegkategori": ["E", "X", "Motorvei", "X", None],
                                     "vegnummer": [6, 1, 2, 3, None]}), "veger")
    assert roads.attrs["unrecognised"] == (3, ["Motorvei", "X"])

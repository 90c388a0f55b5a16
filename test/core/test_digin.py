# SPDX-License-Identifier: GPL-2.0-or-later
"""DIGIN10-30 GridCapacity files as grid companies publish them, warts included."""
import geopandas as gpd
import numpy as np
import pytest
import shapely
from energistasjon.energistasjon_plugin.core.errors import DataFileError, InputError
from energistasjon.energistasjon_plugin.core.readers import digin
from pyproj import Transformer
from shapely.geometry import Point


@pytest.fixture
def digin_dir(test_data):
    return test_data / "digin"


def test_ideal_file(digin_dir):
    grid = digin.read_grid_capacity(digin_dir / "elvia_ideal.json")
    subs = grid.substations
    assert grid.publisher == "Elvia"
    assert grid.generated_at == "2025-01-15T08:00:00.000Z"
    assert grid.warnings == []
    assert subs.crs == "EPSG:4326"
    assert subs["name"].tolist() == ["Moss", "Rygge", "Vestby", "Langhus"]
    assert subs["available_cons_mw"].tolist() == [12, 0, 7.5, 28]  # a published 0 stays 0
    assert subs["reserved_cons_mw"].tolist() == [3, 0, 1.5, 0]
    assert subs["available_prod_mw"].tolist() == [-40, -25, -10, 0]  # as published: negative
    assert (subs["owner"] == "ELVIA").all()
    assert (subs["capacity_date"] == "2025-01-15T08:00:00+00:00").all()
    assert (subs["source"] == "elvia_ideal.json").all()
    assert not subs["is_area"].any()
    assert subs["short_description"].str.contains("5 MW/20 GWh").all()
    assert subs["description"].str.contains("regionalnettlinjer").all()
    assert subs.geometry.iloc[0].equals(Point(10.664, 59.438))
    assert set(digin.SUBSTATION_COLUMNS) | {"geometry"} == set(subs.columns)


def test_collection_wrapped_in_a_list(digin_dir):
    grid = digin.read_grid_capacity(digin_dir / "glitre_list_wrapped.json")
    assert grid.publisher == "Glitre Nett"
    assert grid.substations["name"].tolist() == ["Drammen", "Hokksund", "Lier"]
    assert grid.substations["available_cons_mw"].tolist() == [5, 14, 0]


def test_empty_collection_gives_an_empty_table_and_a_warning(digin_dir):
    grid = digin.read_grid_capacity(digin_dir / "empty_collection.json")
    assert len(grid.substations) == 0
    assert set(digin.SUBSTATION_COLUMNS) <= set(grid.substations.columns)
    assert grid.substations.crs == "EPSG:4326"
    assert grid.publisher == "Rakkestad Energi"
    assert len(grid.warnings) == 1 and "empty" in grid.warnings[0]
    assert "empty_collection.json" in grid.warnings[0]


def test_statnett_areas_are_polygons(digin_dir):
    grid = digin.read_grid_capacity(digin_dir / "statnett_areas.json")
    subs = grid.substations
    assert subs["is_area"].tolist() == [True, True]
    assert (subs.geom_type == "Polygon").all()
    assert subs["name"].tolist() == ["Østfold", "Drammensområdet"]
    assert subs.geometry.iloc[0].contains(Point(10.9, 59.5))


def test_messy_file_bom_spaces_text_numbers_kw_nulls_and_missing_geometry(digin_dir):
    raw = (digin_dir / "messy_bom_strings_kw.json").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # the fixture really has a BOM
    grid = digin.read_grid_capacity(digin_dir / "messy_bom_strings_kw.json")
    subs = grid.substations
    assert grid.publisher == "Elvia"  # "  Elvia " in the header
    assert subs["name"].tolist() == ["Kambo", "Halmstad", "Son"]
    assert subs["available_cons_mw"].iloc[0] == 12.5          # "12,5"
    assert np.isnan(subs["available_cons_mw"].iloc[1])        # null: unknown, not 0
    assert subs["available_cons_mw"].iloc[2] == pytest.approx(4.5)   # "4 500" kW
    assert subs["reserved_cons_mw"].iloc[2] == pytest.approx(0.5)    # 500 kW
    assert subs["available_prod_mw"].iloc[2] == pytest.approx(-1.0)  # -1000 kW
    assert subs["available_prod_mw"].iloc[0] == -40                   # "-40"
    assert subs["owner"].tolist() == ["ELVIA", "Elvia", "ELVIA"]  # missing owner: the publisher
    text = " ".join(grid.warnings)
    assert "2 of 5 features" in text and "no geometry" in text
    assert "kW" in text and "1 of 3" in text


def test_graph_wrapper_with_publisher_outside_the_graph(digin_dir):
    grid = digin.read_grid_capacity(digin_dir / "graph_wrapped.json")
    assert grid.publisher == "Norgesnett"
    assert grid.substations["name"].tolist() == ["Fredrikstad"]
    assert grid.substations["available_cons_mw"].tolist() == [9]


def test_legacy_crs_member_is_honoured(digin_dir):
    grid = digin.read_grid_capacity(digin_dir / "legacy_crs_25833.json")
    assert grid.substations.crs == "EPSG:25833"
    assert shapely.get_coordinates(grid.substations.geometry.iloc[0]).tolist() == [[256352.0, 6597523.0]]


def test_missing_capacity_is_unknown_with_a_warning(digin_dir):
    grid = digin.read_grid_capacity(digin_dir / "no_capacity_field.json")
    assert grid.substations["available_cons_mw"].isna().all()
    assert len(grid.substations) == 2
    assert any("unknown, not zero" in w and "availableCons" in w for w in grid.warnings)


def test_malformed_json_names_file_line_and_column(digin_dir):
    with pytest.raises(DataFileError) as caught:
        digin.read_grid_capacity(digin_dir / "malformed.json")
    # Line 5 lacks the comma after "Moss": the next key starts in column 36.
    assert caught.value.line == 5
    assert "'malformed.json'" in str(caught.value)
    assert "line 5, column 36" in str(caught.value)


def test_json_that_is_not_a_feature_collection(digin_dir):
    with pytest.raises(DataFileError) as caught:
        digin.read_grid_capacity(digin_dir / "not_a_collection.json")
    message = str(caught.value)
    assert "'not_a_collection.json'" in message
    assert "FeatureCollection" in message and "substations" in message


@pytest.mark.parametrize("document", [42, "text", [1, 2], {"type": "FeatureCollection", "features": None}])
def test_other_documents_that_are_not_collections(document):
    with pytest.raises(DataFileError, match="FeatureCollection"):
        digin.parse_grid_capacity(document, "odd.json")


def test_missing_file(tmp_path):
    with pytest.raises(DataFileError, match="does not exist"):
        digin.read_grid_capacity(tmp_path / "elvia.json")


def test_several_files_are_concatenated(digin_dir):
    files = [digin_dir / n for n in ("elvia_ideal.json", "glitre_list_wrapped.json",
                                     "statnett_areas.json", "empty_collection.json")]
    grid = digin.read_grid_capacity(files)
    assert len(grid.substations) == 4 + 3 + 2
    assert grid.publisher == "Elvia, Glitre Nett, Statnett, Rakkestad Energi"
    assert grid.generated_at == "2025-01-10T12:00:00.000Z"  # the oldest file
    assert grid.substations["source"].value_counts().to_dict() == {
        "elvia_ideal.json": 4, "glitre_list_wrapped.json": 3, "statnett_areas.json": 2}
    assert any("empty" in w for w in grid.warnings)
    assert list(grid.substations.index) == list(range(9))


def test_files_in_different_crs_meet_in_wgs84(digin_dir):
    grid = digin.read_grid_capacity([digin_dir / "elvia_ideal.json", digin_dir / "legacy_crs_25833.json"])
    assert grid.substations.crs == "EPSG:4326"
    point = grid.substations.geometry.iloc[-1]
    lon, lat = Transformer.from_crs(25833, 4326, always_xy=True).transform(256352.0, 6597523.0)
    assert (point.x, point.y) == pytest.approx((lon, lat))
    assert 10.6 < point.x < 10.8 and 59.4 < point.y < 59.5  # Patterød, Moss


def test_parse_bare_list_of_features():
    features = [{"type": "Feature", "geometry": {"type": "Point", "coordinates": [10.7, 59.4]},
                 "properties": {"name": " Moss ", "availableCons": "3"}}]
    grid = digin.parse_grid_capacity(features, "api")
    assert grid.substations["name"].tolist() == ["Moss"]
    assert grid.substations["available_cons_mw"].tolist() == [3]


def test_layer_loaded_in_qgis_gives_the_same_values_as_the_file(digin_dir):
    layer = gpd.read_file(digin_dir / "elvia_ideal.json")
    from_layer = digin.grid_capacity_from_frame(layer, "elvia_ideal")
    from_file = digin.read_grid_capacity(digin_dir / "elvia_ideal.json")
    for column in ("name", "owner", "available_cons_mw", "reserved_cons_mw", "available_prod_mw"):
        assert from_layer.substations[column].tolist() == from_file.substations[column].tolist()
    assert (from_layer.substations["source"] == "elvia_ideal").all()


def test_own_substation_layer_with_other_field_names():
    layer = gpd.GeoDataFrame(
        {"Stasjon": ["Kambo ", None], "Ledig kapasitet (MW)": ["2,5", None], "kommentar": ["", "x"]},
        geometry=[Point(255000, 6600000), None], crs="EPSG:25833")
    before = layer.copy()
    grid = digin.grid_capacity_from_frame(layer, "Mine stasjoner")
    assert layer.equals(before)
    assert grid.substations["name"].tolist() == ["Kambo"]
    assert grid.substations["available_cons_mw"].tolist() == [2.5]
    assert grid.substations.crs == "EPSG:25833"
    assert any("1 of 2 features" in w for w in grid.warnings)


def test_own_layer_in_kw():
    layer = gpd.GeoDataFrame({"navn": ["A"], "ledig": [1500]}, geometry=[Point(0, 0)], crs="EPSG:25833")
    grid = digin.grid_capacity_from_frame(layer, "kW-lag", available_field="ledig", default_unit="kW")
    assert grid.substations["available_cons_mw"].tolist() == [1.5]


def test_own_layer_chosen_field_typo_suggests_the_field():
    layer = gpd.GeoDataFrame({"navn": ["A"], "ledig_mw": [5]}, geometry=[Point(0, 0)], crs="EPSG:25833")
    with pytest.raises(InputError) as caught:
        digin.grid_capacity_from_frame(layer, "Mine stasjoner", available_field="ledig_nw")
    message = str(caught.value)
    assert "'Mine stasjoner'" in message and "'ledig_nw'" in message
    assert "Did you mean 'ledig_mw'?" in message


def test_own_layer_without_capacity_field_says_what_to_pick():
    layer = gpd.GeoDataFrame({"navn": ["A"]}, geometry=[Point(0, 0)], crs="EPSG:25833")
    with pytest.raises(InputError) as caught:
        digin.grid_capacity_from_frame(layer, "Mine stasjoner")
    message = str(caught.value)
    assert "'Mine stasjoner'" in message and "'availableCons'" in message
    assert "algorithm's parameters" in message



# --- issue 11: real data (several companies, areas, placeholders, coordinates, bad figures) -------

def test_a_folder_reads_every_company_file_with_its_publisher(digin_dir, tmp_path):
    for name in ("elvia_ideal.json", "glitre_list_wrapped.json"):
        (tmp_path / name).write_bytes((digin_dir / name).read_bytes())
    (tmp_path / "les_meg.txt").write_text("not a grid file")
    grid = digin.read_grid_capacity(tmp_path)
    subs = grid.substations
    assert subs.set_index("name")["publisher"].to_dict() == {
        "Moss": "Elvia", "Rygge": "Elvia", "Vestby": "Elvia", "Langhus": "Elvia",
        "Drammen": "Glitre Nett", "Hokksund": "Glitre Nett", "Lier": "Glitre Nett"}
    lines = grid.log_lines()
    assert lines == ["elvia_ideal.json: Elvia, published 2025-01-15, 4 substations.",
                     "glitre_list_wrapped.json: Glitre Nett, published 2025-02-03, 3 substations."]


def test_a_folder_and_a_file_in_it_are_read_once(digin_dir, tmp_path):
    (tmp_path / "elvia.json").write_bytes((digin_dir / "elvia_ideal.json").read_bytes())
    grid = digin.read_grid_capacity([tmp_path, tmp_path / "elvia.json"])
    assert len(grid.substations) == 4


def test_an_empty_folder_says_what_it_looked_for(tmp_path):
    with pytest.raises(DataFileError) as caught:
        digin.read_grid_capacity(tmp_path)
    assert str(tmp_path) in str(caught.value) and "*.json" in str(caught.value)


def test_statnett_placeholder_areas_are_unknown_with_a_warning(digin_dir):
    grid = digin.read_grid_capacity(digin_dir / "statnett_areas.json")
    assert grid.substations["available_cons_mw"].isna().all()  # not 0 MW
    warning = " ".join(grid.warnings)
    assert "'statnett_areas.json'" in warning and "placeholders" in warning and "unknown, not zero" in warning
    assert grid.log_lines() == ["statnett_areas.json: Statnett, published 2025-01-10, 2 areas "
                                "(all figures are placeholders: unknown)."]


def test_areas_with_real_figures_are_kept(digin_dir):
    grid = digin.read_grid_capacity(digin_dir / "statnett_areas_figures.json")
    assert grid.substations["available_cons_mw"].tolist() == [0, 25]  # Østfold full, a real 0
    assert grid.warnings == []


def test_utm_coordinates_without_crs_are_left_out_with_a_warning(digin_dir):
    grid = digin.read_grid_capacity(digin_dir / "utm_no_crs.json")
    assert len(grid.substations) == 0
    warning = " ".join(grid.warnings)
    assert "'utm_no_crs.json'" in warning and "256352" in warning and "EPSG:25833" in warning
    assert "unknown" in warning
    assert grid.log_lines() == ["utm_no_crs.json: Elvia, published 2025-03-01, 0 substations (2 left out)."]


def test_swapped_latitude_and_longitude_are_turned_back(digin_dir):
    grid = digin.read_grid_capacity(digin_dir / "swapped_lat_lon.json")
    point = grid.substations.geometry.iloc[0]
    assert (point.x, point.y) == (10.935, 59.218)  # Fredrikstad, longitude first
    assert any("'swapped_lat_lon.json'" in w and "latitude before longitude" in w for w in grid.warnings)


def test_negative_and_non_numeric_capacities_are_unknown_with_warnings(digin_dir):
    grid = digin.read_grid_capacity(digin_dir / "negative_and_text.json")
    free = grid.substations.set_index("name")["available_cons_mw"]
    assert free["Sandefjord"] == 4
    assert np.isnan(free["Larvik"])        # -3.2 published: not "no capacity", unknown
    assert np.isnan(free["Tønsberg"]) and np.isnan(free["Holmestrand"])
    negative = next(w for w in grid.warnings if "cannot be below 0" in w)
    assert "Larvik" in negative and "'negative_and_text.json'" in negative
    text = next(w for w in grid.warnings if "no number" in w)
    assert "'n/a'" in text and "'ukjent'" in text and "Tønsberg" in text and "Holmestrand" in text
    assert grid.log_lines() == ["negative_and_text.json: Lede, published 2025-04-01, 4 substations "
                                "(3 without a figure)."]


def test_capacity_schedules_give_todays_figure_and_the_one_after_planned_measures(digin_dir):
    # The CIM GridCapacity profile (ap-no.cim4.eu/GridCapacity/1.0): a JSON-LD graph of feeders,
    # capacity schedules and time points; the flat DIGIN file has no field for future capacity.
    grid = digin.read_grid_capacity(digin_dir / "glitre_capacity_schedule.jsonld")
    subs = grid.substations.set_index("name")
    assert grid.publisher == "Glitre Nett" and grid.generated_at == "2025-03-01T06:00:00Z"
    assert subs.loc["Lierstranda", "available_cons_mw"] == 0.5   # in force on 2025-03-01
    assert subs.loc["Lierstranda", "future_cons_mw"] == 6.0      # after planned measures
    assert subs.loc["Lierstranda", "future_date"].startswith("2028-01-01")
    assert subs.loc["Lierstranda", "reserved_cons_mw"] == 2.0
    assert subs.loc["Mjøndalen", "available_cons_mw"] == 8.0 and np.isnan(subs.loc["Mjøndalen", "future_cons_mw"])
    assert subs.loc["Lierstranda"].geometry.equals(Point(10.236, 59.748))
    assert any("'maxP' is read as free capacity for consumption" in w for w in grid.warnings)
    assert grid.log_lines() == ["glitre_capacity_schedule.jsonld: Glitre Nett, published 2025-03-01, 2 substations."]


def test_a_folder_reads_schedule_files_too(digin_dir, tmp_path):
    (tmp_path / "glitre.jsonld").write_bytes((digin_dir / "glitre_capacity_schedule.jsonld").read_bytes())
    (tmp_path / "elvia.json").write_bytes((digin_dir / "elvia_ideal.json").read_bytes())
    grid = digin.read_grid_capacity(tmp_path)
    assert sorted(grid.substations["publisher"].unique()) == ["Elvia", "Glitre Nett"]

# SPDX-License-Identifier: GPL-2.0-or-later
"""NVDB 540 Trafikkmengde: real GeoPackage/GML subsets, Vegkart/NVDB CSV exports, edge cases."""
import shutil

import geopandas as gpd
import numpy as np
import pandas as pd
import pytest
import shapely
from energistasjon.energistasjon_plugin.core.errors import DataFileError, InputError
from energistasjon.energistasjon_plugin.core.readers import nvdb
from shapely.geometry import LineString


@pytest.fixture
def innlandet(test_data):
    return gpd.read_file(test_data / "nvdb" / "Trafikkmengde_innlandet_2016_subset.gpkg",
                         layer="Trafikkmengde", fid_as_index=True)


@pytest.fixture
def hedmarken(test_data, tmp_path):
    # Copy first: GDAL writes a .gfs file next to a GML it reads.
    path = tmp_path / "Trafikkmengde_hedmarken_2016_subset.gml"
    shutil.copy(test_data / "nvdb" / "Trafikkmengde_hedmarken_2016_subset.gml", path)
    return gpd.read_file(path)


def small(rows, crs="EPSG:25833"):
    table = pd.DataFrame(rows)
    geoms = [LineString([(i, 0), (i, 1)]) for i in range(len(table))]
    return gpd.GeoDataFrame(table, geometry=geoms, crs=crs)


def test_geopackage_export_fields_are_found_and_values_read(innlandet):
    before = innlandet.copy()
    traffic = nvdb.normalise_traffic(innlandet, "Trafikkmengde")
    assert traffic.attrs["fields"] == {"aadt": "ådtTotal", "long_share_pct": "ådtAndelLangeKjøretøy",
                                       "year": "årGjelderFor"}
    # fid 8: E6, ÅDT 7233, 16 % long vehicles, 2015 (read in the source file).
    row = traffic.loc[8]
    assert row["aadt"] == 7233
    assert row["long_share_pct"] == 16
    assert row["heavy_aadt"] == pytest.approx(7233 * 0.16)
    assert row["year"] == 2015
    # fid 53 counts from 2010, fid 27 (private road) from 2009.
    assert traffic.loc[53, "year"] == 2010 and traffic.loc[27, "year"] == 2009
    # fid 23: ÅDT 789 with 0 % published: a real zero share, kept.
    assert traffic.loc[23, "aadt"] == 789 and traffic.loc[23, "heavy_aadt"] == 0
    # Whole layer: heavy traffic is ÅDT × share / 100, geometry and CRS are kept.
    np.testing.assert_allclose(
        traffic["heavy_aadt"], innlandet["ådtTotal"] * innlandet["ådtAndelLangeKjøretøy"] / 100)
    assert traffic.crs == innlandet.crs
    assert traffic.geometry.equals(innlandet.geometry)
    assert list(traffic.columns) == ["aadt", "long_share_pct", "heavy_aadt", "year", "geometry"]
    pd.testing.assert_frame_equal(innlandet, before)


def test_gml_export_field_names_as_gdal_reads_them(hedmarken):
    assert {"ådtTotal", "ådtAndelLangeKjøretøy", "årGjelderFor"} <= set(hedmarken.columns)
    traffic = nvdb.normalise_traffic(hedmarken, "Trafikkmengde")
    # Row 2 of the subset: Rv3, ÅDT 6100, 19 % long vehicles.
    assert traffic.loc[2, ["aadt", "long_share_pct"]].tolist() == [6100, 19]
    assert traffic.loc[2, "heavy_aadt"] == pytest.approx(1159.0)


def test_zero_aadt_on_the_e6_is_unknown_not_an_empty_road(hedmarken):
    # Row 3 of the subset is an E6 segment published with ÅDT 0 and share 0.
    assert hedmarken.loc[3, "ådtTotal"] == 0
    assert list(hedmarken.loc[3, "vegkategori"]) == ["E"]
    traffic = nvdb.normalise_traffic(hedmarken, "Trafikkmengde")
    zeros = int((hedmarken["ådtTotal"] == 0).sum())
    assert zeros == 2
    assert np.isnan(traffic.loc[3, ["aadt", "long_share_pct", "heavy_aadt"]].to_numpy(float)).all()
    assert any("2 of 20" in w and "published as 0" in w for w in traffic.attrs["warnings"])
    kept = nvdb.normalise_traffic(hedmarken, "Trafikkmengde", zero_is_unknown=False)
    assert kept.loc[3, "aadt"] == 0 and kept.loc[3, "heavy_aadt"] == 0


def test_vegkart_csv_labels_decimal_comma_bom_and_wkt(test_data):
    traffic = nvdb.read_traffic_csv(test_data / "nvdb" / "trafikkmengde_vegkart.csv")
    assert traffic.crs == "EPSG:25833"
    assert len(traffic) == 5  # the row without geometry is dropped
    assert traffic["aadt"].tolist()[:3] == [21500, 9800, 4100]
    assert traffic["long_share_pct"].tolist()[:3] == [18.5, 12, 8.25]
    assert traffic["heavy_aadt"].tolist()[:3] == pytest.approx([3977.5, 1176.0, 338.25])
    assert traffic["year"].tolist() == [2023, 2023, 2022, 2021, 2023]
    # Empty cells are unknown: no ÅDT on row 4, no share on row 5.
    assert np.isnan(traffic.loc[3, "aadt"]) and np.isnan(traffic.loc[3, "heavy_aadt"])
    assert traffic.loc[4, "aadt"] == 700 and np.isnan(traffic.loc[4, "heavy_aadt"])
    # WKT "LINESTRING Z (...)" read, heights dropped.
    assert not shapely.has_z(traffic.geometry.to_numpy()).any()
    assert shapely.get_coordinates(traffic.geometry.iloc[0])[0].tolist() == [256352.0, 6597523.0]
    warnings = " ".join(traffic.attrs["warnings"])
    assert "1 rows of 'trafikkmengde_vegkart.csv'" in warnings and "'Geometri'" in warnings


def test_nvdb_export_csv_with_property_ids_in_column_names(test_data):
    traffic = nvdb.read_traffic_csv(test_data / "nvdb" / "trafikkmengde_nvdb_eksport.csv")
    assert traffic.attrs["fields"]["aadt"] == "EGS.ÅDT, TOTAL.4623"
    assert traffic["aadt"].tolist() == [22100, 3950]
    assert traffic["long_share_pct"].tolist() == [17.9, 8]
    assert traffic["year"].tolist() == [2024, 2024]


def test_csv_comma_separated_unusual_wkt_column_and_srid(tmp_path):
    path = tmp_path / "traffic.csv"
    path.write_text(
        'id,ÅDT,andel lange,strekning\n'
        '1,5000,10,"SRID=5973;LINESTRING Z(600000 6600000 5, 600100 6600000 6)"\n'
        '2,800,"",\n',
        encoding="utf-8",
    )
    traffic = nvdb.read_traffic_csv(path)
    assert traffic.crs == "EPSG:25833"  # NVDB's 5973 = UTM33 + NN2000 heights
    assert traffic["aadt"].tolist() == [5000]
    assert traffic["heavy_aadt"].tolist() == [500]


def test_csv_without_geometry_column_names_the_file(tmp_path):
    path = tmp_path / "no_geometry.csv"
    path.write_text("ÅDT, total;År\n100;2020\n", encoding="utf-8")
    with pytest.raises(DataFileError) as caught:
        nvdb.read_traffic_csv(path)
    assert "'no_geometry.csv'" in str(caught.value)
    assert "Geometri" in str(caught.value)


def test_csv_missing_file(tmp_path):
    with pytest.raises(DataFileError, match="does not exist"):
        nvdb.read_traffic_csv(tmp_path / "nope.csv")


def test_share_given_as_fraction_is_converted_with_a_warning():
    traffic = nvdb.normalise_traffic(
        small({"aadt": [1000, 2000, 3000], "andel_lange": [0.1, 0.15, None]}), "fractions")
    np.testing.assert_allclose(traffic["long_share_pct"], [10, 15, np.nan])
    np.testing.assert_allclose(traffic["heavy_aadt"], [100, 300, np.nan])
    assert any("'andel_lange'" in w and "fractions" in w for w in traffic.attrs["warnings"])


def test_nulls_and_text_are_unknown_never_zero():
    layer = small({"ÅDT, total": ["1 200", None, "", "NULL", "3,5e3"],
                   "ÅDT, andel lange kjøretøy": ["10", "12", None, "x", "20"]})
    traffic = nvdb.normalise_traffic(layer, "nulls")
    np.testing.assert_array_equal(traffic["aadt"], [1200, np.nan, np.nan, np.nan, 3500])
    np.testing.assert_allclose(traffic["heavy_aadt"], [120, np.nan, np.nan, np.nan, 700])
    assert np.isnan(traffic["year"]).all()  # no year field: unknown


def test_missing_aadt_field_names_layer_and_what_was_looked_for():
    with pytest.raises(InputError) as caught:
        nvdb.normalise_traffic(small({"lokalId": [1], "fart": [80]}), "Min trafikk")
    message = str(caught.value)
    assert "'Min trafikk'" in message
    assert "ÅDT" in message and "'ådtTotal'" in message and "'ÅDT, total'" in message


def test_chosen_field_typo_suggests_the_close_match():
    layer = small({"AADT_2023": [100], "andel": [10]})
    with pytest.raises(InputError) as caught:
        nvdb.normalise_traffic(layer, "Trafikk 2023", aadt_field="AADT_2032")
    assert "Did you mean 'AADT_2023'?" in str(caught.value)
    assert nvdb.normalise_traffic(layer, "Trafikk 2023", aadt_field="AADT_2023")["aadt"].tolist() == [100]


def test_missing_share_field_leaves_heavy_traffic_unknown_with_a_warning():
    traffic = nvdb.normalise_traffic(small({"ådtTotal": [500]}), "no share")
    assert np.isnan(traffic.loc[0, "heavy_aadt"])
    assert any("share of long vehicles" in w for w in traffic.attrs["warnings"])

"""The bulk GeoPackage writer: what a file holds after a write, a cancel, or a refusal.

Read back with GDAL (the library QGIS reads GeoPackages with), never with the writer itself.
"""
import datetime
import sqlite3
import threading
from pathlib import Path

import numpy as np
import pytest
import shapely
from energistasjon.energistasjon_plugin.bridge import gpkg_writer as gw
from osgeo import ogr

ogr.UseExceptions()


def squares(n: int, size: float = 10.0):
    """ISO WKB of ``n`` squares in a row, in UTM-sized coordinates."""
    return [shapely.box(255000 + 20 * i, 6590000, 255000 + 20 * i + size, 6590000 + size).wkb for i in range(n)]


def columns(n: int):
    return [
        gw.Column("tomt_id", "text", np.array(["T{}".format(i) for i in range(n)], dtype=object)),
        gw.Column("score", "real", np.where(np.arange(n) % 3 == 0, np.nan, np.arange(n) * 1.5)),
        gw.Column("rank", "integer", np.where(np.arange(n) % 2 == 0, np.arange(n) + 1.0, np.nan)),
        gw.Column("excluded", "boolean", np.arange(n) % 2 == 1),
        gw.Column("forklaring", "text", np.array(["æøå, {} m² «ok»".format(i) if i % 4 else None for i in range(n)],
                                                 dtype=object)),
        gw.Column("dato", "date", [datetime.date(2024, 3, 18)] * n),
        gw.Column("inf", "real", np.full(n, np.inf)),
    ]


def features(path: Path, layer: str):
    dataset = ogr.Open(str(path))
    found = dataset.GetLayerByName(layer)
    rows = [(f.GetFID(), f.items(), f.GetGeometryRef().ExportToIsoWkb() if f.GetGeometryRef() else None)
            for f in found]
    return rows, found.GetFeatureCount(), dataset.GetLayerCount()


def test_a_new_file_holds_every_value_as_written(tmp_path):
    out = tmp_path / "scored.gpkg"
    geometries = squares(5)
    gw.write_layer(out, "scored", columns(5), geometries, ogr.wkbPolygon, "EPSG:25833")
    rows, count, layers = features(out, "scored")
    assert count == 5 and layers == 1
    by_id = {items["tomt_id"]: (fid, items, wkb) for fid, items, wkb in rows}
    fid, items, wkb = by_id["T3"]
    assert fid == 4 and wkb == geometries[3]  # the geometry byte for byte
    assert items["score"] is None and items["rank"] is None and items["excluded"] == 1  # NaN is NULL
    assert items["forklaring"] == "æøå, 3 m² «ok»" and items["dato"] == "2024/03/18"
    assert items["inf"] is None  # infinity is not a number a GIS can show: NULL
    assert by_id["T4"][1]["score"] == 6.0 and by_id["T4"][1]["rank"] == 5 and by_id["T4"][1]["excluded"] == 0
    assert by_id["T0"][1]["forklaring"] is None
    dataset = ogr.Open(str(out))
    assert dataset.GetLayer(0).GetSpatialRef().GetAuthorityCode(None) == "25833"
    # the spatial index answers a window query like a brute-force search does
    layer = dataset.GetLayer(0)
    layer.SetSpatialFilterRect(255025, 6590001, 255045, 6590002)  # across T1 (x 20-30) and T2 (40-50)
    assert sorted(f["tomt_id"] for f in layer) == ["T1", "T2"]
    with sqlite3.connect(str(out)) as connection:
        assert connection.execute("SELECT rtreecheck('rtree_scored_geom')").fetchone() == ("ok",)
        assert connection.execute("SELECT feature_count FROM gpkg_ogr_contents WHERE table_name = 'scored'"
                                  ).fetchone() == (5,)
    assert [p.name for p in tmp_path.iterdir()] == ["scored.gpkg"]  # no temporary file left


def test_a_fid_column_of_unique_integers_keeps_the_feature_ids(tmp_path):
    out = tmp_path / "o.gpkg"
    values = [gw.Column("fid", "integer64", np.array([7, 3, 11]))] + columns(3)
    gw.write_layer(out, "o", values, squares(3), ogr.wkbPolygon, "EPSG:25833")
    rows, _, _ = features(out, "o")
    assert sorted((fid, items["tomt_id"]) for fid, items, _ in rows) == [(3, "T1"), (7, "T0"), (11, "T2")]


def test_features_without_geometry_and_empty_ones_are_kept(tmp_path):
    out = tmp_path / "o.gpkg"
    geometries = [squares(1)[0], None, shapely.Polygon().wkb]
    gw.write_layer(out, "o", columns(3), geometries, ogr.wkbPolygon, "EPSG:25833")
    rows, count, _ = features(out, "o")
    assert count == 3
    assert [wkb is None for _, _, wkb in sorted(rows)] == [False, True, False]


def test_a_layer_written_into_an_existing_file_leaves_every_other_layer(tmp_path):
    out = tmp_path / "prosjekt.gpkg"
    gw.write_layer(out, "kandidater", columns(4), squares(4), ogr.wkbPolygon, "EPSG:25833")
    gw.write_layer(out, "veger", columns(2), squares(2), ogr.wkbPolygon, "EPSG:25833")
    gw.write_layer(out, "scored", columns(3), squares(3), ogr.wkbPolygon, "EPSG:25833",
                   styles=[gw.Style("scores_battery_nb", "<qgis/>", "batteri", default=True)])
    # again, with other data: the layer of that name is replaced, nothing else changes
    gw.write_layer(out, "scored", columns(6), squares(6), ogr.wkbPolygon, "EPSG:25833",
                   styles=[gw.Style("scores_battery_nb", "<qgis version='2'/>", "batteri", default=True)])
    dataset = ogr.Open(str(out))
    names = sorted(dataset.GetLayer(i).GetName() for i in range(dataset.GetLayerCount()))
    assert names == ["kandidater", "layer_styles", "scored", "veger"]
    assert [dataset.GetLayerByName(n).GetFeatureCount() for n in ("kandidater", "veger", "scored")] == [4, 2, 6]
    with sqlite3.connect(str(out)) as connection:
        styles = connection.execute('SELECT f_table_name, "styleQML", "useAsDefault" FROM layer_styles').fetchall()
        assert styles == [("scored", "<qgis version='2'/>", 1)]
        for table in ("kandidater", "veger", "scored"):
            assert connection.execute("SELECT rtreecheck('rtree_{}_geom')".format(table)).fetchone() == ("ok",)


def test_a_file_another_program_is_writing_is_refused_and_its_data_survive(tmp_path):
    out = tmp_path / "delt.gpkg"
    gw.write_layer(out, "kandidater", columns(4), squares(4), ogr.wkbPolygon, "EPSG:25833")
    other = ogr.Open(str(out), 1)  # another program (GDAL, as in QGIS) in the middle of a save
    layer = other.GetLayerByName("kandidater")
    other.StartTransaction()
    feature = next(f for f in layer if f["tomt_id"] == "T1")
    feature["score"] = 99
    layer.SetFeature(feature)
    assert gw.file_is_busy(out)
    with pytest.raises(gw.DestinationBusy):
        gw.write_layer(out, "scored", columns(3), squares(3), ogr.wkbPolygon, "EPSG:25833")
    assert other.CommitTransaction() == 0  # the other program's save goes through
    layer = other = None
    rows, _, layers = features(out, "kandidater")
    assert layers == 1 and {items["tomt_id"]: items["score"] for _, items, _ in rows}["T1"] == 99
    assert sorted(p.name for p in tmp_path.iterdir()) == ["delt.gpkg"]
    assert not gw.file_is_busy(out)


def test_a_cancelled_write_leaves_nothing(tmp_path, monkeypatch):
    monkeypatch.setattr(gw, "ROWS_PER_BATCH", 10)
    asked = []

    def stop():
        asked.append(1)
        return len(asked) > 2  # during the rows

    with pytest.raises(gw.WriteCanceled):
        gw.write_layer(tmp_path / "o.gpkg", "o", columns(100), squares(100), ogr.wkbPolygon, "EPSG:25833",
                       should_stop=stop)
    assert list(tmp_path.iterdir()) == []


def test_a_cancelled_write_into_an_existing_file_leaves_it_as_it_was(tmp_path, monkeypatch):
    out = tmp_path / "prosjekt.gpkg"
    gw.write_layer(out, "kandidater", columns(4), squares(4), ogr.wkbPolygon, "EPSG:25833")
    before = out.read_bytes()
    monkeypatch.setattr(gw, "ROWS_PER_BATCH", 10)
    with pytest.raises(gw.WriteCanceled):
        gw.write_layer(out, "scored", columns(100), squares(100), ogr.wkbPolygon, "EPSG:25833",
                       should_stop=lambda: True)
    assert out.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["prosjekt.gpkg"]


def test_a_file_that_is_not_a_geopackage_is_not_touched(tmp_path):
    out = tmp_path / "notater.gpkg"
    out.write_text("mine notater", encoding="utf-8")
    with pytest.raises(gw.NotAGeoPackage):
        gw.write_layer(out, "o", columns(2), squares(2), ogr.wkbPolygon, "EPSG:25833")
    assert out.read_text(encoding="utf-8") == "mine notater"


def test_a_large_layer_is_indexed_like_a_brute_force_search(tmp_path):
    rng = np.random.default_rng(5)
    n = 30_000
    x, y = rng.uniform(0, 50_000, n), rng.uniform(0, 50_000, n)
    boxes = shapely.box(255000 + x, 6560000 + y, 255000 + x + 30, 6560000 + y + 30)
    out = tmp_path / "stor.gpkg"
    gw.write_layer(out, "stor", [gw.Column("i", "integer64", np.arange(n))], shapely.to_wkb(boxes).tolist(),
                   ogr.wkbPolygon, "EPSG:25833")
    window = (270000, 6580000, 271000, 6581000)
    dataset = ogr.Open(str(out))  # kept: a GDAL layer dies with its dataset
    layer = dataset.GetLayer(0)
    layer.SetSpatialFilterRect(*window)
    found = sorted(f["i"] for f in layer)
    expected = sorted(np.flatnonzero(shapely.intersects(boxes, shapely.box(*window))).tolist())
    assert found == expected and len(found) > 5


def test_the_index_is_built_beside_the_rows_on_another_thread(tmp_path):
    # the background thread's name is the writer's: it is gone when the write returns
    gw.write_layer(tmp_path / "o.gpkg", "o", columns(3), squares(3), ogr.wkbPolygon, "EPSG:25833")
    assert not [t for t in threading.enumerate() if t.name == "energistasjon-rtree"]

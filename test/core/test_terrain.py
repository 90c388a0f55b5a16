# SPDX-License-Identifier: GPL-2.0-or-later
"""Slope and flat area per site from a DEM (core.terrain).

Expected values come from outside the code under test: a tilted plane whose slope is known
analytically, cell counts worked out by hand from the cell layout, GDAL's own ``gdaldem slope``
and rasterize, shapely's point-in-polygon test on the cell centres, and numpy's gradient.
"""

import math

import geopandas as gpd
import numpy as np
import pandas as pd
import pytest
import rasterio
import shapely
from energistasjon.energistasjon_plugin.core.errors import CanceledError, InputError
from energistasjon.energistasjon_plugin.core.progress import Progress
from energistasjon.energistasjon_plugin.core.terrain.flat_area import (
    flat_area_column,
    flat_share_column,
    terrain_by_site,
)
from pyproj import Transformer
from rasterio.transform import from_origin
from shapely.geometry import MultiPolygon, Point, Polygon, box

# Synthetic DEMs: 60 x 60 cells of 10 m, top-left corner at (X0, Y0).
X0, Y0, CELL, N = 600000.0, 6640000.0, 10.0, 60
# dz/dx = 0.03 and dz/dy = 0.04: a plane whose slope is sqrt(0.03² + 0.04²) = 5 %.
GX, GY = 0.03, 0.04
NODATA = -9999.0


def cell_box(row0, col0, row1, col1, x0=X0, y0=Y0):
    """A polygon holding exactly the centres of cells rows row0..row1, cols col0..col1 (inclusive),
    with its edges 1-4 m inside the outer cells, far from any cell centre."""
    return box(
        x0 + col0 * CELL + 1.3,
        y0 - (row1 + 1) * CELL + 1.7,
        x0 + (col1 + 1) * CELL - 1.1,
        y0 - row0 * CELL - 3.9,
    )


def write_plane(path, crs="EPSG:25833", x0=X0, y0=Y0, hole=None, n=N):
    """Write the 5 % plane as a float64 GeoTIFF; ``hole`` = (rows slice, cols slice) of nodata."""
    cols, rows = np.meshgrid(np.arange(n), np.arange(n))
    x = x0 + (cols + 0.5) * CELL
    y = y0 - (rows + 0.5) * CELL
    z = 100.0 + GX * (x - x0) + GY * (y - y0)
    if hole is not None:
        z[hole] = NODATA
    with rasterio.open(
        str(path),
        "w",
        driver="GTiff",
        width=n,
        height=n,
        count=1,
        dtype="float64",
        crs=crs,
        transform=from_origin(x0, y0, CELL, CELL),
        nodata=NODATA,
    ) as dst:
        dst.write(z, 1)
    return str(path)


def sites(*geoms, crs="EPSG:25833", index=None):
    return gpd.GeoSeries(list(geoms), crs=crs, index=index)


# Sites on the real DTM10 cut-out (x = east, y = north), chosen over varied terrain.
REAL_SITES = [
    Polygon([(-25104.3, 6675607.7), (-24702.1, 6675611.2), (-24690.8, 6675301.5), (-25110.9, 6675290.3)]),
    box(-24851.7, 6675402.2, -24503.3, 6675103.9),  # overlaps the first
    Polygon([(-25003.3, 6675502.1), (-24903.7, 6675498.8), (-24951.1, 6675401.3)]),  # inside the first
    box(-26033.1, 6675003.3, -25918.4, 6674852.6),  # over the nodata column and beyond the west edge
    Polygon(  # with a hole
        [(-25603.2, 6674903.1), (-25203.4, 6674898.7), (-25208.8, 6674597.2), (-25597.1, 6674601.9)],
        [[(-25503.3, 6674803.3), (-25303.3, 6674803.3), (-25303.3, 6674703.3), (-25503.3, 6674703.3)]],
    ),
    box(-24403.7, 6675903.2, -24102.2, 6675702.9),
]


@pytest.fixture
def plane(tmp_path):
    return write_plane(tmp_path / "plane.tif")


@pytest.fixture
def dtm10(test_data):
    return str(test_data / "terrain" / "dtm_10.tif")


# ---------------------------------------------------------------------------------------------
# tilted plane: the slope is known analytically


def test_plane_of_5_percent_is_flat_under_8_and_steep_under_3(plane):
    a = cell_box(10, 10, 29, 24)  # 20 x 15 cells
    b = cell_box(35, 30, 44, 49)
    geoms = sites(a, b, index=["a", "b"])

    under_8 = terrain_by_site(geoms, plane, 8.0)
    assert list(under_8.index) == ["a", "b"]
    assert under_8["flat_share"].tolist() == [1.0, 1.0]
    assert under_8.loc["a", "flat_area_m2"] == pytest.approx(a.area)
    assert under_8.loc["b", "flat_area_m2"] == pytest.approx(b.area)
    assert under_8["mean_slope_pct"].to_numpy() == pytest.approx([5.0, 5.0], abs=1e-6)
    assert under_8["dem_coverage"].tolist() == [1.0, 1.0]
    assert under_8["valid_cells"].tolist() == [20 * 15, 10 * 20]

    under_3 = terrain_by_site(geoms, plane, 3.0)
    # known and steep: a real 0, not unknown
    assert under_3["flat_share"].tolist() == [0.0, 0.0]
    assert under_3["flat_area_m2"].tolist() == [0.0, 0.0]


def test_one_threshold_per_site_and_several_thresholds_in_one_pass(plane):
    a, b = cell_box(10, 10, 19, 19), cell_box(30, 30, 39, 39)
    geoms = sites(a, b, index=[7, 3])

    per_site = terrain_by_site(geoms, plane, np.array([8.0, 3.0]))
    assert per_site["flat_share"].tolist() == [1.0, 0.0]

    # a Series is aligned on the sites' index, not on its order
    by_index = terrain_by_site(geoms, plane, pd.Series({3: 8.0, 7: 3.0}))
    assert by_index.loc[7, "flat_share"] == 0.0 and by_index.loc[3, "flat_share"] == 1.0

    several = terrain_by_site(geoms, plane, 8.0, thresholds=[2.5, 4, 6])
    assert flat_share_column(2.5) == "flat_share_2.5" and flat_area_column(6) == "flat_area_m2_6"
    assert several["flat_share_2.5"].tolist() == [0.0, 0.0]
    assert several["flat_share_4"].tolist() == [0.0, 0.0]
    assert several["flat_share_6"].tolist() == [1.0, 1.0]
    assert several["flat_area_m2_6"].to_numpy() == pytest.approx([a.area, b.area])


# ---------------------------------------------------------------------------------------------
# nodata and the DEM's extent: the cell counts are worked out from the layout by hand


def test_site_over_a_nodata_hole_is_unknown_and_its_neighbour_known(tmp_path):
    # nodata at rows 20-29, cols 10-19: with the 3 x 3 kernel, rows 19-30 / cols 9-20 have no slope
    dem = write_plane(tmp_path / "hole.tif", hole=(slice(20, 30), slice(10, 20)))
    in_hole = cell_box(22, 12, 27, 17)
    neighbour = cell_box(22, 30, 27, 35)
    partial = cell_box(22, 17, 27, 26)  # cols 17-20 of its 10 columns have no slope
    geoms = sites(in_hole, neighbour, partial)

    res = terrain_by_site(geoms, dem, 8.0, min_coverage=0.5)
    assert np.isnan(res.loc[0, ["flat_area_m2", "flat_share", "mean_slope_pct"]].astype(float)).all()
    assert res.loc[0, "dem_coverage"] == 0.0
    assert res.loc[1, "flat_share"] == 1.0 and res.loc[1, "dem_coverage"] == 1.0
    assert res.loc[1, "flat_area_m2"] == pytest.approx(neighbour.area)
    assert res.loc[2, "dem_coverage"] == pytest.approx(0.6)
    assert res.loc[2, "valid_cells"] == 6 * 6
    assert res.loc[2, "flat_area_m2"] == pytest.approx(partial.area)

    strict = terrain_by_site(geoms, dem, 8.0, min_coverage=0.7)
    assert np.isnan(strict.loc[2, "flat_area_m2"]) and strict.loc[2, "dem_coverage"] == pytest.approx(0.6)
    assert strict.loc[1, "flat_share"] == 1.0


@pytest.mark.parametrize("how", ["mask band", "int16 nodata", "float32 nodata a hair off"])
def test_a_hole_given_by_a_mask_band_or_another_nodata_is_unknown_too(tmp_path, how):
    # The hole of the test above, told another way: a GeoTIFF mask band without a nodata
    # value (GDAL's per-dataset mask), or nodata in a DEM of whole metres.
    hole = (slice(20, 30), slice(10, 20))
    cols, rows = np.meshgrid(np.arange(N), np.arange(N))
    z = 100.0 + GX * (cols + 0.5) * CELL - GY * (rows + 0.5) * CELL
    profile = dict(driver="GTiff", width=N, height=N, count=1, crs="EPSG:25833",
                   transform=from_origin(X0, Y0, CELL, CELL))
    path = str(tmp_path / "dem.tif")
    if how == "mask band":
        with rasterio.Env(GDAL_TIFF_INTERNAL_MASK=True), rasterio.open(path, "w", dtype="float64", **profile) as dst:
            dst.write(z, 1)
            valid = np.full((N, N), 255, dtype="uint8")
            valid[hole] = 0
            dst.write_mask(valid)
    elif how == "int16 nodata":
        z = np.round(z).astype("int16")
        z[hole] = -32767
        with rasterio.open(path, "w", dtype="int16", nodata=-32767, **profile) as dst:
            dst.write(z, 1)
    else:  # cells of -FLT_MAX tagged with the rounded value some tools write: GDAL still masks them
        z = z.astype("float32")
        z[hole] = np.finfo("float32").min
        with rasterio.open(path, "w", dtype="float32", nodata=-3.402823e38, **profile) as dst:
            dst.write(z, 1)
    in_hole, neighbour = cell_box(22, 12, 27, 17), cell_box(22, 30, 27, 35)

    res = terrain_by_site(sites(in_hole, neighbour), path, 50.0)
    assert res.loc[0, "dem_coverage"] == 0.0 and np.isnan(res.loc[0, "flat_share"])
    assert res.loc[1, "dem_coverage"] == 1.0 and res.loc[1, "flat_share"] == 1.0


def test_a_single_nodata_cell_removes_its_3_by_3_window(tmp_path):
    # the nodata cell itself has no slope either (Horn ignores the centre, gdaldem does not)
    dem = write_plane(tmp_path / "pit.tif", hole=(slice(30, 31), slice(30, 31)))
    res = terrain_by_site(sites(cell_box(28, 28, 32, 32)), dem, 8.0)
    assert res.loc[0, "valid_cells"] == 25 - 9
    assert res.loc[0, "dem_coverage"] == pytest.approx(16 / 25)
    assert res.loc[0, "mean_slope_pct"] == pytest.approx(5.0, abs=1e-6)


def test_site_outside_the_dem_is_unknown_with_coverage_0(plane):
    far = box(X0 + 5000, Y0 - 5000, X0 + 5200, Y0 - 4800)
    # cols 55-64: cols 55-59 are in the DEM, col 59 is its edge (no 3 x 3 window) -> 4 of 10 valid
    straddling = cell_box(20, 55, 29, 64)
    res = terrain_by_site(sites(far, straddling), plane, 8.0)
    assert np.isnan(res.loc[0, "flat_area_m2"]) and np.isnan(res.loc[0, "flat_share"])
    assert np.isnan(res.loc[0, "mean_slope_pct"])
    assert res.loc[0, "dem_coverage"] == 0.0 and res.loc[0, "valid_cells"] == 0
    assert res.loc[1, "dem_coverage"] == pytest.approx(0.4)
    assert np.isnan(res.loc[1, "flat_share"])  # below the default min_coverage of 0.5
    lenient = terrain_by_site(sites(straddling), plane, 8.0, min_coverage=0.4)
    assert lenient.loc[0, "flat_share"] == 1.0


def test_empty_and_missing_geometries_are_unknown(plane):
    geoms = gpd.GeoSeries([None, Polygon(), cell_box(5, 5, 9, 9)], crs="EPSG:25833")
    res = terrain_by_site(geoms, plane, 8.0)
    assert res["dem_coverage"].tolist() == [0.0, 0.0, 1.0]
    assert np.isnan(res["flat_share"].iloc[0]) and np.isnan(res["flat_share"].iloc[1])
    assert res["flat_share"].iloc[2] == 1.0


def test_no_sites_gives_an_empty_table(plane):
    res = terrain_by_site(gpd.GeoSeries([], crs="EPSG:25833"), plane, 8.0, thresholds=[5])
    assert len(res) == 0
    expected = {"flat_area_m2", "flat_share", "mean_slope_pct", "dem_coverage", "flat_share_5"}
    assert expected <= set(res.columns)


# ---------------------------------------------------------------------------------------------
# CRS


def test_dem_in_another_crs_gives_the_same_answer(tmp_path):
    # a place at 12°E, 60°N, equally far from the central meridians of UTM 32 and 33
    to_32 = Transformer.from_crs("EPSG:4326", "EPSG:25832", always_xy=True)
    to_33 = Transformer.from_crs("EPSG:4326", "EPSG:25833", always_xy=True)
    x32, y32 = to_32.transform(12.0, 60.0)
    x33, y33 = to_33.transform(12.0, 60.0)
    ox32, oy32 = math.floor(x32 / 10) * 10 - 300.0, math.floor(y32 / 10) * 10 + 300.0
    ox33, oy33 = math.floor(x33 / 10) * 10 - 300.0, math.floor(y33 / 10) * 10 + 300.0
    # the same plane, with a nodata hole at rows 0-14 / cols 0-14 (the DEM's north-west corner)
    hole = (slice(0, 15), slice(0, 15))
    dem32 = write_plane(tmp_path / "utm32.tif", crs="EPSG:25832", x0=ox32, y0=oy32, hole=hole)
    dem33 = write_plane(tmp_path / "utm33.tif", crs="EPSG:25833", x0=ox33, y0=oy33, hole=hole)

    centre = box(x33 - 80.3, y33 - 70.1, x33 + 90.7, y33 + 60.9)  # in the middle of the DEM
    # the site over the north-west corner: find the hole's corner in UTM 33 through the DEM's CRS
    corner_x, corner_y = Transformer.from_crs("EPSG:25832", "EPSG:25833", always_xy=True).transform(
        ox32 + 75.0, oy32 - 75.0
    )
    in_hole = box(corner_x - 40, corner_y - 40, corner_x + 40, corner_y + 40)
    geoms = sites(centre, in_hole, crs="EPSG:25833")

    in_32 = terrain_by_site(geoms, dem32, 8.0)
    in_33 = terrain_by_site(geoms.copy(), dem33, 8.0)
    for res in (in_32, in_33):
        assert res.loc[0, "flat_share"] == 1.0
        assert res.loc[0, "mean_slope_pct"] == pytest.approx(5.0, abs=1e-6)
        # the area is the site's own, measured in UTM 33 where the sites are
        assert res.loc[0, "flat_area_m2"] == pytest.approx(centre.area)
        assert res.loc[0, "dem_coverage"] == 1.0
        assert np.isnan(res.loc[1, "flat_share"]) and res.loc[1, "dem_coverage"] == 0.0
    assert terrain_by_site(geoms, dem32, 3.0).loc[0, "flat_share"] == 0.0
    # the sites were not changed in place
    assert geoms.crs.to_epsg() == 25833 and geoms.iloc[0].equals(centre)


def test_dem_without_crs_is_taken_to_be_in_the_sites_crs(tmp_path):
    dem = write_plane(tmp_path / "no_crs.tif", crs=None)
    progress = Progress()
    res = terrain_by_site(sites(cell_box(10, 10, 19, 19)), dem, 8.0, progress=progress)
    assert res.loc[0, "flat_share"] == 1.0 and res.loc[0, "dem_coverage"] == 1.0
    assert any("no coordinate system" in m for m in progress.messages)


def test_geographic_dem_asks_for_a_projected_one(tmp_path):
    path = tmp_path / "degrees.tif"
    with rasterio.open(
        str(path),
        "w",
        driver="GTiff",
        width=4,
        height=4,
        count=1,
        dtype="float32",
        crs="EPSG:4326",
        transform=from_origin(10.0, 60.0, 0.001, 0.001),
    ) as dst:
        dst.write(np.zeros((4, 4), dtype="float32"), 1)
    with pytest.raises(InputError) as err:
        terrain_by_site(sites(Point(10.0005, 59.9995)), str(path), 8.0, layer_name="Høydemodell")
    assert "Høydemodell" in str(err.value) and "projected" in str(err.value)
    assert err.value.layer == "Høydemodell"


def test_missing_dem_names_the_layer(tmp_path):
    with pytest.raises(InputError) as err:
        terrain_by_site(sites(Point(X0, Y0)), str(tmp_path / "nothing.tif"), 8.0, layer_name="DTM Moss")
    assert "DTM Moss" in str(err.value) and err.value.layer == "DTM Moss"
    not_a_raster = tmp_path / "notes.txt"
    not_a_raster.write_text("not a raster")
    with pytest.raises(InputError) as err:
        terrain_by_site(sites(Point(X0, Y0)), str(not_a_raster), 8.0, layer_name="DTM Moss")
    assert "DTM Moss" in str(err.value)


def test_bad_threshold_names_the_parameter(plane):
    geoms = sites(cell_box(5, 5, 9, 9), cell_box(20, 20, 29, 29))
    for bad in (-1.0, float("nan"), [8.0], "steep"):
        with pytest.raises(InputError) as err:
            terrain_by_site(geoms, plane, bad)
        assert err.value.field == "flat_slope_pct"
    with pytest.raises(InputError):
        terrain_by_site(geoms, plane, 8.0, min_coverage=1.5)


# ---------------------------------------------------------------------------------------------
# small sites, overlaps, the cell-centre rule


def test_site_smaller_than_a_cell_is_not_unknown(tmp_path):
    dem = write_plane(tmp_path / "hole.tif", hole=(slice(20, 30), slice(10, 20)))
    # 3 x 3 m, between cell centres (centres are at X0 + 5 + 10k): no centre inside it
    tiny = box(X0 + 301.0, Y0 - 104.0, X0 + 304.0, Y0 - 101.0)
    point = Point(X0 + 412.0, Y0 - 333.0)
    tiny_in_hole = box(X0 + 151.0, Y0 - 254.0, X0 + 154.0, Y0 - 251.0)  # row 25, col 15
    res = terrain_by_site(sites(tiny, point, tiny_in_hole), dem, 8.0)
    assert res.loc[0, "flat_share"] == 1.0 and res.loc[0, "dem_coverage"] == 1.0
    assert res.loc[0, "flat_area_m2"] == pytest.approx(9.0)
    assert res.loc[0, "mean_slope_pct"] == pytest.approx(5.0, abs=1e-6)
    assert res.loc[1, "flat_share"] == 1.0 and res.loc[1, "flat_area_m2"] == 0.0  # a point has no area
    # the sampled cell is the one under the site: here it is nodata
    assert np.isnan(res.loc[2, "flat_share"]) and res.loc[2, "dem_coverage"] == 0.0


def test_cells_per_site_follow_the_cell_centre_rule(plane):
    rng = np.random.default_rng(42)
    geoms = []
    for _ in range(40):  # random star-shaped polygons, some with holes, and multi-polygons
        cx, cy = X0 + rng.uniform(100, 500), Y0 - rng.uniform(100, 500)
        angles = np.sort(rng.uniform(0, 2 * np.pi, int(rng.integers(3, 12))))
        radii = rng.uniform(5, 90, len(angles))
        shell = np.c_[cx + radii * np.cos(angles), cy + radii * np.sin(angles)]
        poly = Polygon(shell)
        if not poly.is_valid or poly.area < 1:
            continue
        if rng.random() < 0.3:
            hole = Point(cx, cy).buffer(min(radii) * 0.5, 5)
            poly = poly.difference(hole)
        if rng.random() < 0.2:
            poly = (
                MultiPolygon([poly, box(cx + 100.3, cy + 0.7, cx + 137.9, cy + 31.1)])
                if isinstance(poly, Polygon)
                else poly
            )
        geoms.append(poly)
    geoms = gpd.GeoSeries(geoms, crs="EPSG:25833")  # these overlap each other freely
    res = terrain_by_site(geoms, plane, 8.0, min_coverage=0.0)

    # independent truth 1: shapely's point-in-polygon on every cell centre (all inside the DEM's
    # interior, where every cell of the plane has a slope)
    cols, rows = np.meshgrid(np.arange(1, N - 1), np.arange(1, N - 1))
    xc, yc = X0 + (cols + 0.5) * CELL, Y0 - (rows + 0.5) * CELL
    expected = [int(shapely.contains_xy(g, xc, yc).sum()) for g in geoms]
    # independent truth 2: GDAL's rasterize (cell-centre rule), one site at a time
    from rasterio.features import rasterize

    with rasterio.open(plane) as src:
        by_gdal = [int(rasterize([(g, 1)], out_shape=(N, N), transform=src.transform).sum()) for g in geoms]
    small = np.array(expected) == 0  # sites with no centre get the one cell under them
    assert res["valid_cells"].to_numpy()[~small].tolist() == np.array(expected)[~small].tolist()
    assert np.array(by_gdal)[~small].tolist() == np.array(expected)[~small].tolist()
    assert (res["valid_cells"].to_numpy()[small] == 1).all()


def test_overlapping_sites_each_get_all_their_cells(dtm10):
    geoms = sites(*REAL_SITES[:3])  # the second overlaps the first, the third is inside the first
    assert REAL_SITES[0].intersection(REAL_SITES[1]).area > 10000 and REAL_SITES[0].contains(REAL_SITES[2])
    together = terrain_by_site(geoms, dtm10, 10.0)
    for i in range(3):
        alone = terrain_by_site(geoms.iloc[[i]], dtm10, 10.0)
        pd.testing.assert_series_equal(together.iloc[i], alone.iloc[0], check_names=False)
    # and not just the same numbers: the contained triangle really has its cells (~4 800 m²)
    assert together.loc[2, "valid_cells"] > 30


# ---------------------------------------------------------------------------------------------
# the real DTM10 cut-out against independent slope computations

PAD = 5  # cells of "no DEM" around the DEM, so sites reaching beyond it count those cells too


def _cell_centres(dem_path):
    """Elevations (NaN for nodata) padded with PAD cells of NaN, and the centres of all cells."""
    with rasterio.open(dem_path) as src:
        z = src.read(1).astype("float64")
        z[z == src.nodata] = np.nan
        cols, rows = np.meshgrid(np.arange(-PAD, src.width + PAD), np.arange(-PAD, src.height + PAD))
        xs, ys = rasterio.transform.xy(src.transform, rows.ravel(), cols.ravel())
    z = np.pad(z, PAD, constant_values=np.nan)
    return z, np.asarray(xs).reshape(z.shape), np.asarray(ys).reshape(z.shape)


def _per_site(slope, xs, ys, threshold):
    """Flat share and mean slope over the cells whose centre is inside each site (NaN = no slope)."""
    out = []
    for g in REAL_SITES:
        s = slope[shapely.contains_xy(g, xs, ys)]
        total, s = len(s), s[np.isfinite(s)]
        out.append((np.mean(s <= threshold), np.mean(s), len(s), len(s) / total))
    return np.array(out)


@pytest.mark.parametrize("block_size", [1024, 37, 8])
def test_real_dtm_matches_gdaldem(dtm10, tmp_path, block_size):
    gdal = pytest.importorskip("osgeo.gdal")
    gdal.UseExceptions()
    slope_tif = str(tmp_path / "slope.tif")
    gdal.DEMProcessing(slope_tif, dtm10, "slope", slopeFormat="percent")  # Horn, edges left nodata
    with rasterio.open(slope_tif) as src:
        slope = src.read(1).astype("float64")
        slope[slope == src.nodata] = np.nan
    slope = np.pad(slope, PAD, constant_values=np.nan)
    _, xs, ys = _cell_centres(dtm10)
    expected = _per_site(slope, xs, ys, 10.0)

    # the sites are given in EPSG:25833 (east-north); the DEM declares EPSG:3045 (north-east)
    res = terrain_by_site(
        sites(*REAL_SITES, crs="EPSG:25833"),
        dtm10,
        10.0,
        min_coverage=0.0,
        block_size=block_size,
        thresholds=[30, 60],
    )
    for t in (30, 60):
        by_gdal = _per_site(slope, xs, ys, t)[:, 0]
        assert res[flat_share_column(t)].to_numpy() == pytest.approx(by_gdal, abs=1e-9)
    assert res["flat_share"].to_numpy() == pytest.approx(expected[:, 0], abs=1e-9)
    assert res["mean_slope_pct"].to_numpy() == pytest.approx(expected[:, 1], rel=1e-5)
    assert res["valid_cells"].tolist() == expected[:, 2].astype(int).tolist()
    assert res["dem_coverage"].to_numpy() == pytest.approx(expected[:, 3])
    areas = np.array([g.area for g in REAL_SITES])
    assert res["flat_area_m2"].to_numpy() == pytest.approx(areas * expected[:, 0], rel=1e-9)
    # the terrain is varied: the comparison is not between trivial 0/1 shares
    assert ((expected[:, 0] > 0.05) & (expected[:, 0] < 0.95)).sum() >= 3


def test_real_dtm_agrees_with_numpy_gradient(dtm10):
    z, xs, ys = _cell_centres(dtm10)
    # central differences instead of Horn's weighted 3 x 3: a different estimator of the same
    # slope, so the agreement is close but not exact
    dz_drow, dz_dcol = np.gradient(z, CELL)
    expected = _per_site(100.0 * np.hypot(dz_drow, dz_dcol), xs, ys, 10.0)
    res = terrain_by_site(sites(*REAL_SITES, crs="EPSG:3045"), dtm10, 10.0, min_coverage=0.0)
    assert np.abs(res["flat_share"].to_numpy() - expected[:, 0]).max() < 0.05
    assert res["mean_slope_pct"].to_numpy() == pytest.approx(expected[:, 1], rel=0.05)


def test_real_dtm_nodata_column_lowers_the_coverage(dtm10):
    west = REAL_SITES[3]  # x -26033.1..-25918.4, y 6674852.6..6675003.3
    res = terrain_by_site(sites(west), dtm10, 10.0)
    # cell centres are at x = -26000 + 10 c, y = 6676000 - 10 r.  Rows: 6675000 ... 6674860 = 15.
    # Columns: -26030, -26020, -26010 are beyond the DEM, -26000 is the nodata column, -25990
    # touches it, -25980 ... -25920 have a slope: 7 of 12 columns
    assert res.loc[0, "valid_cells"] == 15 * 7
    assert res.loc[0, "dem_coverage"] == pytest.approx(7 / 12)
    assert res.loc[0, "flat_share"] >= 0.0  # 7/12 is above the default min_coverage: known


# ---------------------------------------------------------------------------------------------
# progress and cancelling


def test_cancelling_raises(plane):
    with pytest.raises(CanceledError):
        terrain_by_site(sites(cell_box(5, 5, 9, 9)), plane, 8.0, progress=Progress(is_canceled=lambda: True))


def test_cancelling_between_blocks_raises(dtm10):
    calls = []

    def cancel_after_a_few():
        calls.append(1)
        return len(calls) > 4

    with pytest.raises(CanceledError):
        terrain_by_site(
            sites(*REAL_SITES, crs="EPSG:3045"),
            dtm10,
            10.0,
            block_size=16,
            progress=Progress(is_canceled=cancel_after_a_few),
        )


def test_progress_reaches_100_percent(dtm10):
    seen = []
    terrain_by_site(
        sites(*REAL_SITES, crs="EPSG:3045"),
        dtm10,
        10.0,
        block_size=50,
        progress=Progress(on_progress=seen.append),
    )
    assert seen[-1] == 100.0 and seen == sorted(seen) and len(seen) > 3

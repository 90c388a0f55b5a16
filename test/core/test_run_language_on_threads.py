# SPDX-License-Identifier: GPL-2.0-or-later
"""The run's language reaches the worker threads: a Norwegian run whose elevation model fails in
a block read on a worker thread says so in Norwegian, whatever language the process runs in."""
import threading

import geopandas as gpd
import numpy as np
import pytest
import rasterio
from energistasjon.energistasjon_plugin.core import threads
from energistasjon.energistasjon_plugin.core.errors import InputError
from energistasjon.energistasjon_plugin.core.i18n import current_language, use_language
from energistasjon.energistasjon_plugin.core.terrain import flat_area
from rasterio.transform import from_origin
from shapely.geometry import box

X0, Y0, CELL, N, TILE = 600000.0, 6640000.0, 10.0, 64, 16


def broken_dem(path):
    """A tiled, compressed 64 x 64 DEM whose tile (1, 1) holds bytes that are not deflate data:
    GDAL opens the file and reads every other tile, and fails on that one."""
    with rasterio.open(str(path), "w", driver="GTiff", width=N, height=N, count=1, dtype="float32",
                       crs="EPSG:25833", transform=from_origin(X0, Y0, CELL, CELL), tiled=True,
                       blockxsize=TILE, blockysize=TILE, compress="deflate") as dst:
        dst.write(np.arange(N * N, dtype="float32").reshape(N, N), 1)
    with rasterio.open(str(path)) as src:
        offset = int(src.get_tag_item("BLOCK_OFFSET_1_1", "TIFF", bidx=1))
        size = int(src.get_tag_item("BLOCK_SIZE_1_1", "TIFF", bidx=1))
    with open(str(path), "r+b") as f:
        f.seek(offset)
        f.write(b"\xff" * size)
    return str(path)


def test_a_block_read_that_fails_on_a_worker_thread_speaks_the_runs_language(tmp_path, monkeypatch):
    dem = broken_dem(tmp_path / "broken.tif")
    # one site over the broken tile (cells 16-31 in both directions) and one elsewhere
    sites = gpd.GeoSeries([box(X0 + 170, Y0 - 300, X0 + 300, Y0 - 170), box(X0 + 5, Y0 - 100, X0 + 100, Y0 - 5)],
                          crs="EPSG:25833")
    seen = []
    read = flat_area.read_elevation

    def read_and_note(*args, **kwargs):
        seen.append((threading.current_thread() is threading.main_thread(), current_language()))
        return read(*args, **kwargs)

    monkeypatch.setattr(flat_area, "read_elevation", read_and_note)
    monkeypatch.setattr(threads, "usable_cpus", lambda: 2)  # a worker thread even on a one-CPU machine
    with use_language("nb"), pytest.raises(InputError) as info:
        flat_area.terrain_by_site(sites, dem, 5.0, layer_name="Høydemodell", block_size=TILE)
    assert info.value.message.startswith("Høydemodellen 'Høydemodell' kunne ikke leses (")
    assert seen and all(not on_main and language == "nb" for on_main, language in seen)


def test_every_way_of_running_on_threads_carries_the_language():
    with use_language("nb"):
        with threads.pool(2) as pool:
            assert pool.submit(current_language).result() == "nb"
            assert list(pool.map(lambda _: current_language(), range(3))) == ["nb"] * 3
            assert list(threads.in_order(pool, lambda _: current_language(), 3)) == ["nb"] * 3
        with threads.pool(2) as pool:
            parts = threads.run_chunks(pool, lambda a, b: current_language(), 3, threads.Progress(), 0, 100)
        assert parts == ["nb"]
        assert threads.map_slices(lambda _: current_language(), 4, 2, 2) == ["nb", "nb"]
        assert threads.map_chunks(lambda _: current_language(), 4, 2) == ["nb", "nb"]
    assert current_language() == "en"

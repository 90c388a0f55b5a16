# SPDX-License-Identifier: GPL-2.0-or-later
"""Write one feature layer into a GeoPackage in bulk: completely, or not at all.

GDAL (``osgeo.ogr``, the GDAL QGIS itself uses) creates the empty layer, so the GeoPackage
system tables, the CRS entry and the field types are GDAL's own; the rows go in through
``sqlite3``'s ``executemany`` (a loop in C, many times faster than adding features one by one
from Python), and the spatial index is built beside them (:mod:`.gpkg_rtree`).  No QGIS import: the
module is tested on its own.  Shared SQLite pieces are in :mod:`.gpkg_sql`; copying a layer
into an existing file is :mod:`.gpkg_layers`.

Nothing is ever half-written and no file is replaced under another program:

* a new file is built under a hidden temporary name beside the destination and renamed into
  place only when it is complete;
* a layer written into an existing GeoPackage is built the same way, then copied into the
  destination in one SQLite transaction, which replaces only the layer of the same name and
  leaves every other layer of the file as it was.  SQLite's own locking keeps it from
  writing while another program holds a write transaction: that is reported as
  :class:`DestinationBusy`, and the file is untouched.

A cancelled or failed write removes the temporary file and leaves the destination as it was.
"""

import os
import sqlite3
import tempfile
from pathlib import Path
from typing import Callable, Optional, Sequence

import numpy as np

from .gpkg_layers import LAYER_STYLES_DDL, Style, copy_layer_into, write_styles
from .gpkg_rtree import SpatialIndexBuilder
from .gpkg_sql import (
    FID_COLUMN,
    GEOMETRY_COLUMN,
    Column,
    DestinationBusy,
    GpkgWriteError,
    NotAGeoPackage,
    WriteCanceled,
    file_is_busy,
    geometry_blobs,
    geometry_bounds,
    has_table,
    is_geopackage,
    layer_extent,
    quote,
    split_fid,
    sql_values,
    table_name,
)

__all__ = ["Column", "DestinationBusy", "GpkgWriteError", "LAYER_STYLES_DDL", "NotAGeoPackage", "Style",
           "WriteCanceled", "file_is_busy", "is_geopackage", "write_layer"]


#: Rows converted and inserted at a time, with a cancel check between batches.  A batch of a
#: scored layer is some 100 Python objects per row: 20 000 rows held 120 MB at the run's peak,
#: 5 000 hold a quarter of it, no slower (measured at 200 000 parcels, three station types).
ROWS_PER_BATCH = 5_000
#: Scored rows are long: on 32 KiB pages little of the file is unused space.
PAGE_SIZE = 32768


def write_layer(
    path: Path,
    layer_name: str,
    columns: Sequence[Column],
    geometries: Sequence[Optional[bytes]],
    geometry_type: int,
    srs: str,
    styles: Sequence[Style] = (),
    should_stop: Optional[Callable[[], bool]] = None,
    on_progress: Optional[Callable[[float], None]] = None,
    bounds: Optional[np.ndarray] = None,
) -> None:
    """Write a feature layer into the GeoPackage ``path`` (new, or an existing one).

    Parameters
    ----------
    path : Path
        The GeoPackage.  A new file is made; in an existing one only the layer called
        ``layer_name`` is replaced.
    layer_name : str
    columns : sequence of Column
        Attribute columns.  A column called ``fid`` (any case) holding unique integers
        becomes the feature id, as QGIS's writer does.
    geometries : sequence of bytes or None
        ISO WKB per feature (no curves), None for a feature without geometry.
    geometry_type : int
        OGR geometry type of the layer (``ogr.wkbPolygon``, ...).
    srs : str
        The CRS as ``EPSG:n`` or WKT.
    styles : sequence of Style
        QGIS styles stored with the layer; the one marked default opens with it.
    should_stop : callable, optional
        Asked between batches; when it returns True the write stops with
        :class:`WriteCanceled` and nothing is left behind.
    on_progress : callable, optional
        Called with the share done, 0-1.
    bounds : ndarray, optional
        Each geometry's x/y bounds, (n, 4) as ``shapely.bounds`` gives them (NaN for missing
        or empty ones), when the caller has them; else computed from the WKB.

    Raises
    ------
    DestinationBusy, NotAGeoPackage, WriteCanceled, GpkgWriteError
    """
    path = Path(path)
    exists = path.exists()
    if exists and not is_geopackage(path):
        raise NotAGeoPackage(str(path))
    if exists and file_is_busy(path):
        raise DestinationBusy(str(path))
    stop = should_stop or (lambda: False)
    progress = on_progress or (lambda share: None)
    handle, temporary = tempfile.mkstemp(prefix=".{}.".format(path.stem), suffix=".part.gpkg", dir=str(path.parent))
    os.close(handle)
    os.unlink(temporary)  # GDAL makes the file; the name is ours
    temporary_path = Path(temporary)
    try:
        _build(temporary_path, layer_name, columns, geometries, geometry_type, srs, styles, stop, progress, bounds)
        if stop():
            raise WriteCanceled(str(path))
        if exists:
            copy_layer_into(path, temporary_path, layer_name)
        elif not _rename_new(temporary_path, path):
            # Made by someone else meanwhile: write into it like into any existing file.
            if not is_geopackage(path):
                raise NotAGeoPackage(str(path))
            copy_layer_into(path, temporary_path, layer_name)
        progress(1.0)
    finally:
        for leftover in (temporary_path, Path(str(temporary_path) + "-journal"), Path(str(temporary_path) + "-wal"),
                         Path(str(temporary_path) + "-shm")):
            try:
                leftover.unlink()
            except FileNotFoundError:
                pass

def _rename_new(temporary: Path, path: Path) -> bool:
    """Move the finished file to ``path`` unless a file appeared there meanwhile."""
    try:
        os.link(str(temporary), str(path))  # fails instead of replacing an existing file
    except FileExistsError:
        return False
    except OSError:  # file systems without hard links
        if path.exists():
            return False
        os.replace(str(temporary), str(path))
        return True
    return True

def _build(path: Path, layer_name: str, columns: Sequence[Column], geometries: Sequence[Optional[bytes]],
           geometry_type: int, srs: str, styles: Sequence[Style], stop: Callable[[], bool],
           progress: Callable[[float], None], bounds: Optional[np.ndarray]) -> None:
    fid_values, columns = split_fid(columns, len(geometries))
    _create_empty(path, layer_name, columns, geometry_type, srs)
    connection = sqlite3.connect(str(path), isolation_level=None)
    index: Optional[SpatialIndexBuilder] = None
    try:
        # A temporary file: durability and atomicity come with the rename (a failed write deletes it),
        # so no journal and no syncs; a larger page cache for the long rows.
        connection.execute("PRAGMA synchronous = OFF")
        connection.execute("PRAGMA journal_mode = OFF")
        connection.execute("PRAGMA cache_size = -65536")
        table = table_name(connection, layer_name)
        srs_id = connection.execute("SELECT srs_id FROM gpkg_geometry_columns WHERE table_name = ?",
                                    (table,)).fetchone()[0]
        boxes = geometry_bounds(geometries) if bounds is None else np.asarray(bounds, dtype="float64")
        extent = layer_extent(boxes)
        if has_table(connection, "rtree_{}_{}".format(table, GEOMETRY_COLUMN)):
            index = SpatialIndexBuilder(fid_values, boxes)
            index.start()
            connection.execute("ATTACH DATABASE ? AS rtree_source", (str(index.path),))
        # The layer's triggers (spatial index, feature count) call GDAL's SQL functions, which
        # this connection does not have: they are set aside while the rows and the index go in.
        triggers = connection.execute("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = ?",
                                      (table,)).fetchall()
        names = [FID_COLUMN, GEOMETRY_COLUMN] + [c.name for c in columns]
        sql = "INSERT INTO {} ({}) VALUES ({})".format(
            quote(table), ", ".join(quote(n) for n in names), ", ".join("?" * len(names)))
        total = len(geometries)
        connection.execute("BEGIN")
        for name, _ in triggers:
            connection.execute("DROP TRIGGER {}".format(quote(name)))
        for start in range(0, max(total, 1), ROWS_PER_BATCH):
            if stop():
                raise WriteCanceled(str(path))
            stop_at = min(total, start + ROWS_PER_BATCH)
            # Python values for one batch at a time: all rows at once would hold millions of objects.
            blobs = geometry_blobs(geometries[start:stop_at], boxes[start:stop_at], srs_id)
            batch = [fid_values[start:stop_at], blobs] + [
                sql_values(Column(c.name, c.kind, c.values[start:stop_at])) for c in columns]
            connection.executemany(sql, zip(*batch))
            progress(0.8 * stop_at / max(total, 1))
        if stop():
            raise WriteCanceled(str(path))
        if index is not None:
            index.copy_into(connection, table)
        for _, sql in triggers:
            connection.execute(sql)
        if extent is not None:
            connection.execute("UPDATE gpkg_contents SET min_x = ?, min_y = ?, max_x = ?, max_y = ? "
                               "WHERE table_name = ?", (extent[0], extent[1], extent[2], extent[3], table))
        if has_table(connection, "gpkg_ogr_contents"):
            connection.execute("UPDATE gpkg_ogr_contents SET feature_count = ? WHERE table_name = ?", (total, table))
        if styles:
            write_styles(connection, table, styles)
        connection.execute("COMMIT")
    finally:
        if index is not None:
            if connection.in_transaction:
                connection.execute("ROLLBACK")
            connection.execute("DETACH DATABASE rtree_source")
        connection.close()
        if index is not None:
            index.discard()
    progress(0.95)

def _create_empty(path: Path, layer_name: str, columns: Sequence[Column], geometry_type: int, srs: str) -> None:
    """GDAL makes the empty layer in a scratch file; SQLite copies it to ``path`` with larger pages.

    Rows of scored sites are long (a kilobyte and more): on GDAL's 4 KiB pages a sixth of the
    file would be unused space, on 32 KiB pages about 2 %.
    """
    scratch_folder = tempfile.mkdtemp(prefix="energistasjon-")
    scratch = Path(scratch_folder) / "layer.gpkg"
    try:
        _create_with_gdal(scratch, layer_name, columns, geometry_type, srs)
        connection = sqlite3.connect(str(scratch), isolation_level=None)
        try:
            connection.execute("PRAGMA page_size = {}".format(PAGE_SIZE))
            connection.execute("VACUUM INTO ?", (str(path),))
        finally:
            connection.close()
    finally:
        for leftover in Path(scratch_folder).iterdir():
            leftover.unlink()
        os.rmdir(scratch_folder)

def _create_with_gdal(path: Path, layer_name: str, columns: Sequence[Column], geometry_type: int, srs: str) -> None:
    from osgeo import ogr, osr

    driver = ogr.GetDriverByName("GPKG")
    dataset = driver.CreateDataSource(str(path))
    if dataset is None:
        raise GpkgWriteError(str(path))
    reference = None
    if srs:
        reference = osr.SpatialReference()
        reference.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
        if reference.SetFromUserInput(srs) != 0:
            raise GpkgWriteError(srs)
    layer = dataset.CreateLayer(layer_name, reference, geometry_type,
                                ["FID=" + FID_COLUMN, "GEOMETRY_NAME=" + GEOMETRY_COLUMN, "SPATIAL_INDEX=YES"])
    if layer is None:
        raise GpkgWriteError(layer_name)
    for column in columns:
        definition = ogr.FieldDefn(column.name, _OGR_TYPES[column.kind]())
        if column.kind == "boolean":
            definition.SetSubType(ogr.OFSTBoolean)
        if column.width:
            definition.SetWidth(int(column.width))
        if column.precision:
            definition.SetPrecision(int(column.precision))
        if layer.CreateField(definition) != 0:
            raise GpkgWriteError(column.name)
    layer.SyncToDisk()
    layer = None
    dataset = None  # closes the file

def _ogr(name: str) -> Callable[[], int]:
    def value() -> int:
        from osgeo import ogr

        return getattr(ogr, name)
    return value

_OGR_TYPES = {
    "integer": _ogr("OFTInteger"), "integer64": _ogr("OFTInteger64"), "real": _ogr("OFTReal"),
    "text": _ogr("OFTString"), "boolean": _ogr("OFTInteger"), "date": _ogr("OFTDate"),
    "datetime": _ogr("OFTDateTime"), "blob": _ogr("OFTBinary"),
}

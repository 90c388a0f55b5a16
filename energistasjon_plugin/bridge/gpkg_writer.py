# SPDX-License-Identifier: GPL-2.0-or-later
"""Write one feature layer into a GeoPackage in bulk: completely, or not at all.

GDAL (``osgeo.ogr``, the GDAL QGIS itself uses) creates the empty layer, so the GeoPackage
system tables, the CRS entry and the field types are GDAL's own; the rows go in through
``sqlite3``'s ``executemany`` (a loop in C, many times faster than adding features one by one
from Python), and GDAL builds the spatial index afterwards.  No QGIS import: the module is
tested on its own.

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
import datetime
import math
import os
import sqlite3
import struct
import tempfile
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, List, Optional, Sequence, Tuple

import numpy as np

#: ``PRAGMA application_id`` of a GeoPackage ('GPKG'; 'GP10'/'GP11' in version 1.0/1.1 files).
GPKG_APPLICATION_IDS = (0x47504B47, 0x47503130, 0x47503131)
GEOMETRY_COLUMN = "geom"
FID_COLUMN = "fid"
ROWS_PER_BATCH = 20_000
PAGE_SIZE = 32768
#: Seconds to wait for another program's short lock before calling the file busy.
BUSY_TIMEOUT_S = 0.5
#: The styles table as QGIS creates it (QgsOgrProviderUtils, GeoPackage).
LAYER_STYLES_DDL = (
    'CREATE TABLE "layer_styles" ( "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL, "f_table_catalog" TEXT(256), '
    '"f_table_schema" TEXT(256), "f_table_name" TEXT(256), "f_geometry_column" TEXT(256), "styleName" TEXT(30), '
    '"styleQML" TEXT, "styleSLD" TEXT, "useAsDefault" BOOLEAN, "description" TEXT, "owner" TEXT(30), '
    '"ui" TEXT(30), "update_time" DATETIME DEFAULT (strftime(\'%Y-%m-%dT%H:%M:%fZ\',\'now\')))'
)


class GpkgWriteError(Exception):
    """The layer could not be written; the destination is as it was."""


class DestinationBusy(GpkgWriteError):
    """Another program holds the destination file for writing."""


class NotAGeoPackage(GpkgWriteError):
    """The destination exists and is not a GeoPackage."""


class WriteCanceled(GpkgWriteError):
    """``should_stop`` asked to stop; nothing was written."""


@dataclass(frozen=True)
class Column:
    """One attribute column of the layer to write.

    Attributes
    ----------
    name : str
    kind : str
        ``integer``, ``integer64``, ``real``, ``text``, ``boolean``, ``date``, ``datetime``
        or ``blob``.
    values : sequence
        One value per feature (numpy array or list); NaN, inf and None are written as NULL.
    width, precision : int
        Field width and precision as GDAL takes them (0 = not set).
    """

    name: str
    kind: str
    values: Any
    width: int = 0
    precision: int = 0


@dataclass(frozen=True)
class Style:
    """A QGIS style (.qml text) stored with the layer in ``layer_styles``."""

    name: str
    qml: str
    description: str = ""
    default: bool = False


def quote(identifier: str) -> str:
    """An SQL identifier in double quotes."""
    return '"' + str(identifier).replace('"', '""') + '"'


def is_geopackage(path: Path) -> bool:
    """True when ``path`` is an SQLite file with a GeoPackage application id."""
    try:
        with open(path, "rb") as handle:
            header = handle.read(100)
    except OSError:
        return False
    if len(header) < 72 or not header.startswith(b"SQLite format 3\x00"):
        return False
    return struct.unpack(">I", header[68:72])[0] in GPKG_APPLICATION_IDS


def file_is_busy(path: Path) -> bool:
    """True when another connection holds a write lock on the SQLite file ``path``.

    Asks SQLite itself (``BEGIN IMMEDIATE`` without waiting), so it sees a program that
    is in the middle of a write transaction in rollback-journal and in WAL mode alike.
    """
    path = Path(path)
    if not path.is_file():
        return False
    try:
        connection = sqlite3.connect("file:{}?mode=rw".format(path.as_posix()), uri=True, timeout=BUSY_TIMEOUT_S,
                                     isolation_level=None)
    except sqlite3.Error:
        return False  # not a database we could write anyway; the writer reports that
    try:
        connection.execute("BEGIN IMMEDIATE")
        connection.execute("ROLLBACK")
        return False
    except sqlite3.OperationalError as error:
        return "locked" in str(error).lower() or "busy" in str(error).lower()
    finally:
        connection.close()


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
            _copy_layer_into(path, temporary_path, layer_name)
        elif not _rename_new(temporary_path, path):
            # Made by someone else meanwhile: write into it like into any existing file.
            if not is_geopackage(path):
                raise NotAGeoPackage(str(path))
            _copy_layer_into(path, temporary_path, layer_name)
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


# --------------------------------------------------------------------------- building the file

def _build(path: Path, layer_name: str, columns: Sequence[Column], geometries: Sequence[Optional[bytes]],
           geometry_type: int, srs: str, styles: Sequence[Style], stop: Callable[[], bool],
           progress: Callable[[float], None], bounds: Optional[np.ndarray]) -> None:
    fid_values, columns = _split_fid(columns, len(geometries))
    _create_empty(path, layer_name, columns, geometry_type, srs)
    connection = sqlite3.connect(str(path), isolation_level=None)
    index: Optional[_SpatialIndexBuilder] = None
    try:
        connection.execute("PRAGMA synchronous = OFF")  # a temporary file: durability comes with the rename
        table = _table_name(connection, layer_name)
        srs_id = connection.execute("SELECT srs_id FROM gpkg_geometry_columns WHERE table_name = ?",
                                    (table,)).fetchone()[0]
        boxes = geometry_bounds(geometries) if bounds is None else np.asarray(bounds, dtype="float64")
        extent = _extent(boxes)
        if _has_table(connection, "rtree_{}_{}".format(table, GEOMETRY_COLUMN)):
            index = _SpatialIndexBuilder(fid_values, boxes)
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
            blobs = _geometry_blobs(geometries[start:stop_at], boxes[start:stop_at], srs_id)
            batch = [fid_values[start:stop_at], blobs] + [
                _sql_values(Column(c.name, c.kind, c.values[start:stop_at])) for c in columns]
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
        if _has_table(connection, "gpkg_ogr_contents"):
            connection.execute("UPDATE gpkg_ogr_contents SET feature_count = ? WHERE table_name = ?", (total, table))
        if styles:
            _write_styles(connection, table, styles)
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


def _table_name(connection: sqlite3.Connection, layer_name: str) -> str:
    row = connection.execute("SELECT table_name FROM gpkg_contents WHERE lower(table_name) = lower(?)",
                             (layer_name,)).fetchone()
    if row is None:
        raise GpkgWriteError(layer_name)
    return row[0]


def _has_table(connection: sqlite3.Connection, name: str, schema: str = "main") -> bool:
    return connection.execute("SELECT 1 FROM {}.sqlite_master WHERE type = 'table' AND name = ?".format(schema),
                              (name,)).fetchone() is not None


def _split_fid(columns: Sequence[Column], n: int):
    """The feature ids (from a ``fid`` column of unique integers, else 1..n) and the other columns."""
    fid = next((c for c in columns if c.name.lower() == FID_COLUMN), None)
    others = [c for c in columns if c is not fid]
    if fid is not None:
        values = _sql_values(Column(fid.name, "integer64", fid.values))
        if all(isinstance(v, int) for v in values) and len(set(values)) == len(values):
            return values, others
        raise GpkgWriteError("fid")  # QGIS's writer refuses such a layer too
    return list(range(1, n + 1)), others


def geometry_bounds(geometries: Sequence[Optional[bytes]], batch: int = ROWS_PER_BATCH) -> np.ndarray:
    """x/y bounds of WKB geometries, (n, 4) as shapely gives them; NaN for missing or empty ones."""
    import shapely

    bounds = np.full((len(geometries), 4), np.nan)
    for start in range(0, len(geometries), batch):  # a batch at a time: parsed shapes are large
        wkb = np.asarray(geometries[start:start + batch], dtype=object)
        present = np.array([g is not None for g in wkb], dtype=bool)
        if present.any():
            bounds[start:start + batch][present] = shapely.bounds(shapely.from_wkb(wkb[present]))
    return bounds


def _extent(bounds: np.ndarray) -> Optional[Tuple[float, float, float, float]]:
    finite = bounds[np.isfinite(bounds).all(axis=1)]
    if not len(finite):
        return None
    return (float(finite[:, 0].min()), float(finite[:, 1].min()), float(finite[:, 2].max()),
            float(finite[:, 3].max()))


def _geometry_blobs(geometries: Sequence[Optional[bytes]], bounds: np.ndarray, srs_id: int) -> List[Optional[bytes]]:
    """GeoPackage geometry blobs: a header with the x/y envelope, then the WKB as given."""
    full_header = struct.Struct("<2sBBi4d")
    empty_header = struct.pack("<2sBBi", b"GP", 0, 0x11, srs_id)  # little endian, empty, no envelope
    blobs: List[Optional[bytes]] = []
    for geometry, box in zip(geometries, bounds.tolist()):
        if geometry is None:
            blobs.append(None)
        elif box[0] != box[0]:  # NaN: an empty geometry
            blobs.append(empty_header + geometry)
        else:  # flags 0x03: little endian, envelope [minx, maxx, miny, maxy]
            blobs.append(full_header.pack(b"GP", 0, 0x03, srs_id, box[0], box[2], box[1], box[3]) + geometry)
    return blobs


def _sql_values(column: Column) -> List[Any]:
    """A column as Python values SQLite binds: NULL for None, NaN and infinity."""
    values, kind = column.values, column.kind
    if isinstance(values, np.ndarray) and values.dtype.kind == "M":  # pandas' datetime64: NaT becomes None
        values = values.astype("datetime64[us]").astype(object)
        if kind == "date":
            values = np.array([v.date() if isinstance(v, datetime.datetime) else v for v in values], dtype=object)
    if isinstance(values, np.ndarray) and values.dtype.kind in "biuf":
        if values.dtype.kind == "f":
            finite = np.isfinite(values)
            if kind in ("integer", "integer64", "boolean"):
                out = np.where(finite, values, 0).astype("int64").astype(object)
            else:
                out = values.astype(object)
            if not finite.all():
                out[~finite] = None
            return out.tolist()
        if kind == "real":
            return values.astype("float64").tolist()
        return values.astype("int64").tolist()
    listed = values.tolist() if isinstance(values, np.ndarray) else list(values)
    if kind == "text" and set(map(type, listed)) <= {str, type(None)}:
        return listed  # the usual case: nothing to convert
    return [_sql_value(v, kind) for v in listed]


def _sql_value(value: Any, kind: str) -> Any:
    if value is None:
        return None
    if hasattr(value, "item") and not isinstance(value, (str, bytes)):
        value = value.item()  # numpy scalar
    if isinstance(value, float):
        if not math.isfinite(value):
            return None
        if kind in ("integer", "integer64", "boolean"):
            return int(value)
        return value
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, datetime.datetime):
        text = value.isoformat(timespec="milliseconds")
        return text[:-6] + "Z" if text.endswith("+00:00") else text
    if isinstance(value, (datetime.date, datetime.time)):
        return value.isoformat()
    if kind == "text" and not isinstance(value, str):
        return str(value)
    return value


class _SpatialIndexBuilder(threading.Thread):
    """Builds the layer's R-tree in a scratch database while the rows go into the layer.

    SQLite inserts into an R-tree one entry at a time, which takes as long as writing all the
    rows.  The envelopes are first written to a plain table (fast), then one
    ``INSERT ... SELECT`` on a second thread builds the tree inside SQLite, which does not hold
    Python's lock meanwhile, so it overlaps with writing the rows.  The finished tree's three
    tables are then copied into the layer's own, empty R-tree: the R-tree module reads its
    node size from the root node, so a tree built on 4 KiB pages works in the file with
    larger pages.
    """

    def __init__(self, fids: Sequence[int], boxes: np.ndarray) -> None:
        super().__init__(name="energistasjon-rtree", daemon=True)
        self.folder = tempfile.mkdtemp(prefix="energistasjon-rtree-")
        self.path = Path(self.folder) / "rtree.sqlite"
        self.error: Optional[BaseException] = None
        keep = np.isfinite(boxes).all(axis=1)
        ids = np.asarray(fids, dtype="int64")[keep]
        boxes = boxes[keep]
        connection = sqlite3.connect(str(self.path), isolation_level=None)
        try:
            connection.execute("PRAGMA synchronous = OFF")
            connection.execute("CREATE VIRTUAL TABLE r USING rtree(id, minx, maxx, miny, maxy)")
            connection.execute("CREATE TABLE boxes (id INTEGER PRIMARY KEY, minx, maxx, miny, maxy)")
            connection.execute("BEGIN")
            # the R-tree's column order: minx, maxx, miny, maxy
            connection.executemany("INSERT INTO boxes VALUES (?, ?, ?, ?, ?)", zip(
                ids.tolist(), boxes[:, 0].tolist(), boxes[:, 2].tolist(), boxes[:, 1].tolist(),
                boxes[:, 3].tolist()))
            connection.execute("COMMIT")
        finally:
            connection.close()

    def run(self) -> None:
        try:
            connection = sqlite3.connect(str(self.path), isolation_level=None)
            try:
                connection.execute("PRAGMA synchronous = OFF")
                connection.execute("INSERT INTO r SELECT id, minx, maxx, miny, maxy FROM boxes")
            finally:
                connection.close()
        except BaseException as error:  # noqa: BLE001 (handed to the writing thread)
            self.error = error

    def copy_into(self, connection: sqlite3.Connection, table: str) -> None:
        """Wait for the tree and put it into the layer's R-tree, inside the caller's transaction
        (the scratch database is attached as ``rtree_source`` before the transaction began)."""
        self.join()
        if self.error is not None:
            raise GpkgWriteError(str(self.error)) from self.error
        rtree = "rtree_{}_{}".format(table, GEOMETRY_COLUMN)
        for suffix in ("node", "rowid", "parent"):
            target = quote("{}_{}".format(rtree, suffix))
            source = "rtree_source." + quote("r_{}".format(suffix))
            ours = [r[1] for r in connection.execute("PRAGMA main.table_info({})".format(target))]
            theirs = [r[1] for r in connection.execute("PRAGMA rtree_source.table_info({})".format(
                quote("r_{}".format(suffix))))]
            if ours != theirs:
                raise GpkgWriteError("R-tree tables differ: {} / {}".format(ours, theirs))
            connection.execute("DELETE FROM main.{}".format(target))
            connection.execute("INSERT INTO main.{} SELECT * FROM {}".format(target, source))

    def discard(self) -> None:
        if self.is_alive():
            self.join()  # one SQL statement; it cannot be stopped halfway, and it is short
        for leftover in Path(self.folder).iterdir():
            leftover.unlink()
        os.rmdir(self.folder)


def _write_styles(connection: sqlite3.Connection, table: str, styles: Sequence[Style]) -> None:
    """Store QGIS styles in ``layer_styles`` (QGIS's table), registered as an attributes table."""
    if not _has_table(connection, "layer_styles"):
        connection.execute(LAYER_STYLES_DDL)
        connection.execute("INSERT INTO gpkg_contents (table_name, data_type, identifier, description, srs_id) "
                           "VALUES ('layer_styles', 'attributes', 'layer_styles', '', 0)")
        if _has_table(connection, "gpkg_ogr_contents"):
            connection.execute("INSERT INTO gpkg_ogr_contents (table_name, feature_count) VALUES ('layer_styles', 0)")
    for style in styles:
        connection.execute(
            'INSERT INTO layer_styles (f_table_catalog, f_table_schema, f_table_name, f_geometry_column, "styleName", '
            '"styleQML", "styleSLD", "useAsDefault", description, owner) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
            ("", "", table, GEOMETRY_COLUMN, style.name, style.qml, "", 1 if style.default else 0,
             style.description, ""))
    if _has_table(connection, "gpkg_ogr_contents"):
        connection.execute("UPDATE gpkg_ogr_contents SET feature_count = (SELECT COUNT(*) FROM layer_styles) "
                           "WHERE table_name = 'layer_styles'")


# --------------------------------------------------------------------------- into an existing file

def _copy_layer_into(path: Path, source: Path, layer_name: str) -> None:
    """Copy the finished layer from ``source`` into ``path`` in one transaction.

    The layer of the same name (compared without case, as GeoPackage does) is replaced
    with its index, triggers, metadata and styles; nothing else in the file changes.
    """
    connection = sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_S, isolation_level=None)
    try:
        connection.execute("ATTACH DATABASE ? AS src", (str(source),))
        try:
            connection.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError as error:
            raise DestinationBusy(str(path)) from error
        try:
            table = _table_name_in(connection, "src", layer_name)
            _drop_layer(connection, layer_name)
            _copy_srs(connection, table)
            for (sql,) in connection.execute("SELECT sql FROM src.sqlite_master WHERE type = 'table' AND name = ?",
                                             (table,)).fetchall():
                connection.execute(sql)
            connection.execute("INSERT INTO main.{0} SELECT * FROM src.{0}".format(quote(table)))
            rtree = "rtree_{}_{}".format(table, GEOMETRY_COLUMN)
            if _has_table(connection, rtree, "src"):
                connection.execute('CREATE VIRTUAL TABLE {} USING rtree(id, minx, maxx, miny, maxy)'.format(
                    quote(rtree)))
                connection.execute("INSERT INTO main.{0} SELECT * FROM src.{0}".format(quote(rtree)))
            for system_table in ("gpkg_contents", "gpkg_geometry_columns", "gpkg_extensions", "gpkg_ogr_contents"):
                if not _has_table(connection, system_table, "src"):
                    continue
                if not _has_table(connection, system_table):
                    if system_table == "gpkg_ogr_contents":
                        continue  # a file made without GDAL's feature counts: keep it that way
                    connection.execute(connection.execute(
                        "SELECT sql FROM src.sqlite_master WHERE type = 'table' AND name = ?",
                        (system_table,)).fetchone()[0])
                connection.execute("INSERT INTO main.{0} SELECT * FROM src.{0} WHERE lower(table_name) = "
                                   "lower(?)".format(system_table), (table,))
            has_counts = _has_table(connection, "gpkg_ogr_contents")
            for (sql,) in connection.execute("SELECT sql FROM src.sqlite_master WHERE type = 'trigger' AND "
                                             "tbl_name = ?", (table,)).fetchall():
                if has_counts or "gpkg_ogr_contents" not in sql:
                    connection.execute(sql)
            _copy_styles(connection, table)
            connection.execute("COMMIT")
        except BaseException:
            connection.execute("ROLLBACK")
            raise
    except sqlite3.OperationalError as error:
        if "locked" in str(error).lower() or "busy" in str(error).lower():
            raise DestinationBusy(str(path)) from error
        raise GpkgWriteError(str(error)) from error
    finally:
        connection.close()


def _table_name_in(connection: sqlite3.Connection, schema: str, layer_name: str) -> str:
    row = connection.execute("SELECT table_name FROM {}.gpkg_contents WHERE lower(table_name) = lower(?)".format(
        schema), (layer_name,)).fetchone()
    if row is None:
        raise GpkgWriteError(layer_name)
    return row[0]


def _drop_layer(connection: sqlite3.Connection, layer_name: str) -> None:
    """Remove the layer ``layer_name`` of the main file, as QGIS's 'overwrite layer' does."""
    row = connection.execute("SELECT table_name, data_type FROM main.gpkg_contents WHERE lower(table_name) = "
                             "lower(?)", (layer_name,)).fetchone()
    if row is None:
        if _has_table(connection, layer_name):
            raise GpkgWriteError(layer_name)  # a table that is not a layer: not ours to drop
        return
    table = row[0]
    geometry_columns = [r[0] for r in connection.execute(
        "SELECT column_name FROM main.gpkg_geometry_columns WHERE table_name = ?", (table,))]
    connection.execute("DROP TABLE IF EXISTS main.{}".format(quote(table)))  # its triggers go with it
    for column in geometry_columns:
        connection.execute("DROP TABLE IF EXISTS main.{}".format(quote("rtree_{}_{}".format(table, column))))
    for system_table in ("gpkg_geometry_columns", "gpkg_extensions", "gpkg_ogr_contents", "gpkg_data_columns",
                         "gpkg_metadata_reference"):
        if _has_table(connection, system_table):
            connection.execute("DELETE FROM main.{} WHERE table_name = ?".format(system_table), (table,))
    if _has_table(connection, "layer_styles"):
        connection.execute("DELETE FROM main.layer_styles WHERE f_table_name = ?", (table,))
    connection.execute("DELETE FROM main.gpkg_contents WHERE table_name = ?", (table,))


def _copy_srs(connection: sqlite3.Connection, table: str) -> None:
    """Make sure the main file knows the layer's CRS under the same srs_id."""
    srs_id = connection.execute("SELECT srs_id FROM src.gpkg_geometry_columns WHERE table_name = ?",
                                (table,)).fetchone()[0]
    theirs = connection.execute("SELECT organization, organization_coordsys_id, definition FROM "
                                "main.gpkg_spatial_ref_sys WHERE srs_id = ?", (srs_id,)).fetchone()
    ours = connection.execute("SELECT organization, organization_coordsys_id, definition FROM "
                              "src.gpkg_spatial_ref_sys WHERE srs_id = ?", (srs_id,)).fetchone()
    if theirs is None:
        connection.execute("INSERT INTO main.gpkg_spatial_ref_sys SELECT * FROM src.gpkg_spatial_ref_sys "
                           "WHERE srs_id = ?", (srs_id,))
    elif theirs[0].upper() != ours[0].upper() or theirs[1] != ours[1] or (
            theirs[0].upper() == "NONE" and theirs[2] != ours[2]):
        # The same srs_id means another CRS in that file; renumbering would rewrite every geometry.
        raise GpkgWriteError("srs_id {}".format(srs_id))


def _copy_styles(connection: sqlite3.Connection, table: str) -> None:
    if not _has_table(connection, "layer_styles", "src"):
        return
    rows = connection.execute("SELECT COUNT(*) FROM src.layer_styles WHERE f_table_name = ?", (table,)).fetchone()[0]
    if not rows:
        return
    if not _has_table(connection, "layer_styles"):
        connection.execute(LAYER_STYLES_DDL)
        connection.execute("INSERT INTO main.gpkg_contents (table_name, data_type, identifier, description, srs_id) "
                           "VALUES ('layer_styles', 'attributes', 'layer_styles', '', 0)")
        if _has_table(connection, "gpkg_ogr_contents"):
            connection.execute("INSERT INTO main.gpkg_ogr_contents (table_name, feature_count) "
                               "VALUES ('layer_styles', 0)")
    connection.execute(
        'INSERT INTO main.layer_styles (f_table_catalog, f_table_schema, f_table_name, f_geometry_column, '
        '"styleName", "styleQML", "styleSLD", "useAsDefault", description, owner, ui, update_time) '
        'SELECT f_table_catalog, f_table_schema, f_table_name, f_geometry_column, "styleName", "styleQML", '
        '"styleSLD", "useAsDefault", description, owner, ui, update_time FROM src.layer_styles WHERE f_table_name = ?',
        (table,))
    if _has_table(connection, "gpkg_ogr_contents"):
        connection.execute("UPDATE main.gpkg_ogr_contents SET feature_count = (SELECT COUNT(*) FROM "
                           "main.layer_styles) WHERE table_name = 'layer_styles'")


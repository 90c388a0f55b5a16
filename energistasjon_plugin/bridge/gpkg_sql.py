# SPDX-License-Identifier: GPL-2.0-or-later
"""The SQLite side of a GeoPackage: names, the values SQLite binds, geometry blobs, locks.

What the writer (:mod:`.gpkg_writer`) and the layer copy (:mod:`.gpkg_layers`) share.  No QGIS
import.
"""
import datetime
import math
import sqlite3
import struct
from dataclasses import dataclass
from pathlib import Path
from typing import Any, List, Optional, Sequence, Tuple

import numpy as np

#: Rows parsed or converted at a time (bounds, values): all at once would hold millions of objects.
BATCH = 20_000

#: ``PRAGMA application_id`` of a GeoPackage ('GPKG'; 'GP10'/'GP11' in version 1.0/1.1 files).
GPKG_APPLICATION_IDS = (0x47504B47, 0x47503130, 0x47503131)
GEOMETRY_COLUMN = "geom"
FID_COLUMN = "fid"
#: Seconds to wait for another program's short lock before calling the file busy.
BUSY_TIMEOUT_S = 0.5


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

def table_name(connection: sqlite3.Connection, layer_name: str) -> str:
    row = connection.execute("SELECT table_name FROM gpkg_contents WHERE lower(table_name) = lower(?)",
                             (layer_name,)).fetchone()
    if row is None:
        raise GpkgWriteError(layer_name)
    return row[0]

def has_table(connection: sqlite3.Connection, name: str, schema: str = "main") -> bool:
    return connection.execute("SELECT 1 FROM {}.sqlite_master WHERE type = 'table' AND name = ?".format(schema),
                              (name,)).fetchone() is not None

def split_fid(columns: Sequence[Column], n: int):
    """The feature ids (from a ``fid`` column of unique integers, else 1..n) and the other columns."""
    fid = next((c for c in columns if c.name.lower() == FID_COLUMN), None)
    others = [c for c in columns if c is not fid]
    if fid is not None:
        values = sql_values(Column(fid.name, "integer64", fid.values))
        if all(isinstance(v, int) for v in values) and len(set(values)) == len(values):
            return values, others
        raise GpkgWriteError("fid")  # QGIS's writer refuses such a layer too
    return list(range(1, n + 1)), others

def geometry_bounds(geometries: Sequence[Optional[bytes]], batch: int = BATCH) -> np.ndarray:
    """x/y bounds of WKB geometries, (n, 4) as shapely gives them; NaN for missing or empty ones."""
    import shapely

    bounds = np.full((len(geometries), 4), np.nan)
    for start in range(0, len(geometries), batch):  # a batch at a time: parsed shapes are large
        wkb = np.asarray(geometries[start:start + batch], dtype=object)
        present = np.array([g is not None for g in wkb], dtype=bool)
        if present.any():
            bounds[start:start + batch][present] = shapely.bounds(shapely.from_wkb(wkb[present]))
    return bounds

def layer_extent(bounds: np.ndarray) -> Optional[Tuple[float, float, float, float]]:
    finite = bounds[np.isfinite(bounds).all(axis=1)]
    if not len(finite):
        return None
    return (float(finite[:, 0].min()), float(finite[:, 1].min()), float(finite[:, 2].max()),
            float(finite[:, 3].max()))

def geometry_blobs(geometries: Sequence[Optional[bytes]], bounds: np.ndarray, srs_id: int) -> List[Optional[bytes]]:
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

def sql_values(column: Column) -> List[Any]:
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
    return [sql_value(v, kind) for v in listed]

def sql_value(value: Any, kind: str) -> Any:
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

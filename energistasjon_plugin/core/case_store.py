# SPDX-License-Identifier: GPL-2.0-or-later
"""The case officer's answers, stored per case in a GeoPackage (standard-library sqlite3 only).

A GeoPackage is an SQLite database, so the store works in the engine and in the dock
widget alike, without QGIS or GDAL.  It adds four plain attribute tables, all prefixed
``energistasjon_`` so they sit beside the officer's own layers:

``energistasjon_cases``
    One row per case: title, station type, the :class:`Application` as JSON, the site as
    WKT with its CRS, and which checklist edition (id, edition, SHA-256) it was judged by.
``energistasjon_answers``
    The current answer per (case, item).
``energistasjon_answer_log``
    Every answer ever saved, append-only, so an earlier answer is never lost when the
    officer changes it.
``energistasjon_store_meta``
    ``schema_version`` of these tables.

Only answers given by a person are stored.  Automatic answers (``answered_by == "auto"``)
are recomputed from the data each time the checklist is run, so storing them would only
freeze stale results; :meth:`CaseStore.save_answer` refuses them.

Every write is one SQLite transaction (``BEGIN IMMEDIATE`` ... ``COMMIT``) that is
committed before the method returns, with ``synchronous=FULL``, and is then read back
from the file at the store's path through a new connection: once ``save_answer``
returns, the answer it returns is the one on disk in that file, even if QGIS is closed or
crashes a moment later.  A file moved, deleted or replaced meanwhile is an error, never
"saved".  The GeoPackage's journal mode is left as it is (QGIS may have switched it to WAL).

Making a store and opening one are different acts: ``CaseStore(path, create=True)`` makes
a new GeoPackage when none is there (the officer chose a new file), while
``CaseStore(path)`` opens an existing store and fails with a :class:`StoreError` when the
file is not there any more, so a moved or deleted store is never silently replaced by a
new, empty one.

Each table has an ``INTEGER PRIMARY KEY AUTOINCREMENT`` column (``fid``, or ``id`` in the
log) because the GeoPackage standard (requirement 119) demands one for attribute tables;
the natural keys (``case_id``; ``case_id, item_id``; ``key``) are UNIQUE constraints.
"""
import dataclasses
import json
import os
import sqlite3
import threading
from contextlib import contextmanager
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Dict, Iterator, List, Optional, Sequence, Tuple, Union

from .checklist_model import STATION_TYPES, STATUSES, Answer, Application, Checklist
from .errors import EnergistasjonError
from .i18n import tr
from .timestamps import parse_timestamp

#: Version of the energistasjon_ tables written by this code.
SCHEMA_VERSION = 1
#: Seconds to wait for another program's write lock before giving up.
DEFAULT_BUSY_TIMEOUT = 3.0

CASES_TABLE = "energistasjon_cases"
ANSWERS_TABLE = "energistasjon_answers"
LOG_TABLE = "energistasjon_answer_log"
META_TABLE = "energistasjon_store_meta"
TABLES = (CASES_TABLE, ANSWERS_TABLE, LOG_TABLE, META_TABLE)

# Reasons carried by StoreError.reason, so the dock can react (e.g. offer another file).
READ_ONLY = "read_only"
LOCKED = "locked"
NOT_SQLITE = "not_sqlite"
NEWER_SCHEMA = "newer_schema"
INVALID = "invalid"
DAMAGED = "damaged"
MISSING_FOLDER = "missing_folder"
MISSING = "missing"  # the store is not there any more (moved, renamed or deleted)
CHANGED = "changed"  # the file at the path was changed or replaced while saving
FAILED = "failed"

_SQLITE_MAGIC = b"SQLite format 3\x00"
_GPKG_APPLICATION_ID = 0x47504B47  # 'GPKG'
_GPKG_USER_VERSION = 10200  # GeoPackage 1.2.0

_WGS84_WKT = (
    'GEOGCS["WGS 84",DATUM["WGS_1984",SPHEROID["WGS 84",6378137,298.257223563,'
    'AUTHORITY["EPSG","7030"]],AUTHORITY["EPSG","6326"]],PRIMEM["Greenwich",0,'
    'AUTHORITY["EPSG","8901"]],UNIT["degree",0.0174532925199433,AUTHORITY["EPSG","9122"]],'
    'AXIS["Latitude",NORTH],AXIS["Longitude",EAST],AUTHORITY["EPSG","4326"]]'
)

# The GeoPackage 1.2 core tables, as written in the standard (annex C).
_GPKG_CORE_DDL = (
    """CREATE TABLE gpkg_spatial_ref_sys (
        srs_name TEXT NOT NULL,
        srs_id INTEGER NOT NULL PRIMARY KEY,
        organization TEXT NOT NULL,
        organization_coordsys_id INTEGER NOT NULL,
        definition TEXT NOT NULL,
        description TEXT)""",
    """CREATE TABLE gpkg_contents (
        table_name TEXT NOT NULL PRIMARY KEY,
        data_type TEXT NOT NULL,
        identifier TEXT UNIQUE,
        description TEXT DEFAULT '',
        last_change DATETIME NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
        min_x DOUBLE, min_y DOUBLE, max_x DOUBLE, max_y DOUBLE,
        srs_id INTEGER,
        CONSTRAINT fk_gc_r_srs_id FOREIGN KEY (srs_id) REFERENCES gpkg_spatial_ref_sys(srs_id))""",
    """CREATE TABLE gpkg_geometry_columns (
        table_name TEXT NOT NULL,
        column_name TEXT NOT NULL,
        geometry_type_name TEXT NOT NULL,
        srs_id INTEGER NOT NULL,
        z TINYINT NOT NULL,
        m TINYINT NOT NULL,
        CONSTRAINT pk_geom_cols PRIMARY KEY (table_name, column_name),
        CONSTRAINT uk_gc_table_name UNIQUE (table_name),
        CONSTRAINT fk_gc_tn FOREIGN KEY (table_name) REFERENCES gpkg_contents(table_name),
        CONSTRAINT fk_gc_srs FOREIGN KEY (srs_id) REFERENCES gpkg_spatial_ref_sys (srs_id))""",
)
_GPKG_SRS_ROWS = (
    ("WGS 84 geodetic", 4326, "EPSG", 4326, _WGS84_WKT,
     "longitude/latitude coordinates in decimal degrees on the WGS 84 spheroid"),
    ("Undefined cartesian SRS", -1, "NONE", -1, "undefined",
     "undefined cartesian coordinate reference system"),
    ("Undefined geographic SRS", 0, "NONE", 0, "undefined",
     "undefined geographic coordinate reference system"),
)

_STORE_DDL = (
    f"""CREATE TABLE {CASES_TABLE} (
        fid INTEGER PRIMARY KEY AUTOINCREMENT,
        case_id TEXT NOT NULL UNIQUE,
        title TEXT,
        station_type TEXT,
        application_json TEXT,
        site_wkt TEXT,
        site_crs TEXT,
        checklist_id TEXT,
        checklist_edition TEXT,
        checklist_sha256 TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL)""",
    f"""CREATE TABLE {ANSWERS_TABLE} (
        fid INTEGER PRIMARY KEY AUTOINCREMENT,
        case_id TEXT NOT NULL,
        item_id TEXT NOT NULL,
        status TEXT NOT NULL,
        note TEXT,
        answered_by TEXT,
        answered_at TEXT,
        UNIQUE (case_id, item_id))""",
    f"""CREATE TABLE {LOG_TABLE} (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        case_id TEXT NOT NULL,
        item_id TEXT NOT NULL,
        status TEXT NOT NULL,
        note TEXT,
        answered_by TEXT,
        answered_at TEXT)""",
    f"CREATE INDEX energistasjon_answer_log_case ON {LOG_TABLE} (case_id, item_id)",
    f"""CREATE TABLE {META_TABLE} (
        fid INTEGER PRIMARY KEY AUTOINCREMENT,
        key TEXT NOT NULL UNIQUE,
        value TEXT)""",
)


class StoreError(EnergistasjonError):
    """The answer store cannot be opened, read or written.

    Parameters
    ----------
    message : str
        Translated text naming the file and saying what to do.
    path : str, optional
        The GeoPackage.
    reason : str, optional
        One of ``read_only``, ``locked``, ``not_sqlite``, ``newer_schema``, ``invalid``,
        ``damaged``, ``missing_folder``, ``missing``, ``changed``, ``failed``.
    answer : Answer, optional
        The answer that was NOT saved, so the caller can keep it and offer to retry or
        to save it in another GeoPackage.
    """

    def __init__(
        self,
        message: str,
        path: Optional[str] = None,
        reason: Optional[str] = None,
        answer: Optional[Answer] = None,
    ) -> None:
        super().__init__(message)
        self.path = path
        self.reason = reason
        self.answer = answer


def default_store_path(project_path: Optional[str]) -> Optional[Path]:
    """Where the answers of a project go unless the officer chooses another GeoPackage.

    Parameters
    ----------
    project_path : str or None
        ``QgsProject.instance().fileName()``: a ``.qgz``/``.qgs`` path, a
        ``geopackage:<file>?projectName=<name>`` URI, or empty for an unsaved project.

    Returns
    -------
    pathlib.Path or None
        ``<project folder>/<project name>_saksbehandling.gpkg``; None when the project is
        not saved yet or lives in a database (no folder to put the file in).
    """
    if not project_path or not str(project_path).strip():
        return None
    text = str(project_path).strip()
    if text.lower().startswith("geopackage:"):
        # Project stored inside a GeoPackage: use that GeoPackage's folder and the project's name.
        location, _, query = text[len("geopackage:"):].partition("?")
        name = ""
        for part in query.split("&"):
            key, _, value = part.partition("=")
            if key == "projectName":
                name = value
        container = Path(location)
        return container.parent / f"{name or container.stem}_saksbehandling.gpkg"
    if "://" in text:  # postgresql://, oracle://...: no folder next to the project
        return None
    project = Path(text)
    return project.parent / f"{project.stem}_saksbehandling.gpkg"


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def _utc_timestamp(text: str) -> Optional[str]:
    """``text`` as UTC ISO 8601, or None when it is not a timestamp (naive times are UTC)."""
    moment = parse_timestamp(text)
    if moment is None:
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=timezone.utc)
    return moment.astimezone(timezone.utc).isoformat(timespec="seconds")


def _error_kind(error: sqlite3.Error) -> str:
    """Classify an sqlite3 error (by SQLite's error name where Python gives it, 3.11+)."""
    name = getattr(error, "sqlite_errorname", "") or ""
    text = str(error).lower()
    if name.startswith(("SQLITE_BUSY", "SQLITE_LOCKED")) or "locked" in text:
        return LOCKED
    if name.startswith("SQLITE_READONLY") or "readonly" in text or "read-only" in text:
        return READ_ONLY
    if name.startswith("SQLITE_CANTOPEN") or "unable to open" in text:
        return "cantopen"
    if name.startswith("SQLITE_NOTADB") or "not a database" in text:
        return NOT_SQLITE
    if name.startswith("SQLITE_CORRUPT") or "malformed" in text:
        return DAMAGED
    return FAILED


class CaseStore:
    """Cases and the officer's answers in a GeoPackage (or any SQLite file).

    ``CaseStore(path)`` opens the store that is at ``path`` and never makes a file: a
    store that was moved, renamed or deleted is a :class:`StoreError` (reason
    ``missing``), and a file that is not SQLite (an empty file included) is refused.
    ``CaseStore(path, create=True)`` also makes a valid empty GeoPackage when nothing is
    at ``path`` (or the file there is empty): use it only when the officer chose a new
    file.  An existing file is only read on opening: the ``energistasjon_`` tables are
    added by the first write, so opening a read-only GeoPackage works and the problem is
    reported when something must be saved.

    Parameters
    ----------
    path : str or pathlib.Path
        The GeoPackage.
    busy_timeout : float
        Seconds to wait when another program holds a write lock on the file.
    create : bool
        Make a new GeoPackage when none is at ``path``.  False (the default) for every
        later opening, so a store that is gone is reported, not replaced.

    Raises
    ------
    StoreError
        The file is not there (and ``create`` is False), is not SQLite, its folder is
        missing, a new file cannot be created (read-only folder), it is locked, or it was
        written by a newer plugin.
    """

    def __init__(
        self,
        path: Union[str, Path],
        busy_timeout: float = DEFAULT_BUSY_TIMEOUT,
        create: bool = False,
    ) -> None:
        self.path = Path(path).expanduser().absolute()
        self.busy_timeout = busy_timeout
        self._lock = threading.RLock()
        self._schema_ready = False
        self._is_gpkg = False
        self._conn: Optional[sqlite3.Connection] = None
        self._identity: Optional[Tuple[int, int]] = None  # (device, inode) of the file opened
        if self.path.is_dir():
            raise StoreError(
                tr("'{path}' is a folder, not a GeoPackage. Choose a GeoPackage file for the case answers.")
                .format(path=self.path), path=str(self.path), reason=INVALID)
        existed = self.path.exists()
        if not existed and not create:
            raise self._missing()
        if not existed and not self.path.parent.is_dir():
            raise StoreError(
                tr("Cannot create the GeoPackage '{path}': the folder '{folder}' does not exist. "
                   "Choose an existing folder for the case answers.")
                .format(path=self.path, folder=self.path.parent),
                path=str(self.path), reason=MISSING_FOLDER)
        new_file = not existed or (create and self.path.stat().st_size == 0)
        if not new_file:
            self._check_magic()  # an empty file is not a store unless the officer asked for a new one
        created = not existed
        try:
            self._conn = self._connect(may_create=created)
            # Durability is SQLite's job: FULL syncs the journal and the file at each commit.
            self._conn.execute("PRAGMA synchronous=FULL")
            self._open(new_file=new_file)
            self._identity = self._file_identity()
        except sqlite3.Error as error:
            self._discard(created)
            raise self._error(error, creating=created) from error
        except BaseException:
            self._discard(created)
            raise

    # ------------------------------------------------------------------ opening

    def _connect(self, may_create: bool) -> sqlite3.Connection:
        """A connection to the file at ``self.path``; it is made only when ``may_create``."""
        if may_create:
            target, uri = str(self.path), False
        else:  # mode=rw: fails instead of making a file if it vanished since it was checked
            target, uri = self.path.as_uri() + "?mode=rw", True
        return sqlite3.connect(target, timeout=self.busy_timeout, isolation_level=None,
                               check_same_thread=False, uri=uri)

    def _file_identity(self) -> Optional[Tuple[int, int]]:
        try:
            status = self.path.stat()
        except OSError:
            return None
        return status.st_dev, status.st_ino

    def _missing(self) -> StoreError:
        return StoreError(
            tr("The GeoPackage '{path}' does not exist: it was moved, renamed or deleted, or its folder "
               "cannot be reached. Choose the file where it is now, or another GeoPackage; no new, "
               "empty GeoPackage is made in its place.").format(path=self.path),
            path=str(self.path), reason=MISSING)

    def _has_magic(self) -> bool:
        """The file at the path starts as an SQLite database (True when it cannot be read)."""
        try:
            with open(str(self.path), "rb") as handle:
                return handle.read(len(_SQLITE_MAGIC)) == _SQLITE_MAGIC
        except OSError:
            return True  # the error itself says more

    def _check_magic(self) -> None:
        try:
            with open(str(self.path), "rb") as handle:
                header = handle.read(len(_SQLITE_MAGIC))
        except OSError as error:
            raise StoreError(
                tr("Cannot read '{path}': {error}. Check the file's permissions, or choose another GeoPackage.")
                .format(path=self.path, error=error.strerror or error), path=str(self.path), reason=FAILED
            ) from error
        if header != _SQLITE_MAGIC:
            raise self._not_sqlite()

    def _not_sqlite(self) -> StoreError:
        return StoreError(
            tr("'{path}' is not a GeoPackage (not an SQLite database). Choose a GeoPackage (.gpkg) "
               "for the case answers, or a new file name to create one.").format(path=self.path),
            path=str(self.path), reason=NOT_SQLITE)

    def _discard(self, created: bool) -> None:
        """Close after a failed opening; remove the file only if this call created it empty."""
        if self._conn is not None:
            self._conn.close()
            self._conn = None
        if created:
            try:
                if self.path.exists() and self.path.stat().st_size == 0:
                    self.path.unlink()
            except OSError:
                pass

    def _open(self, new_file: bool) -> None:
        if new_file:
            with self._write():
                pass  # _write() creates the GeoPackage core tables and ours
            return
        tables = self._tables()
        self._is_gpkg = "gpkg_contents" in tables
        if META_TABLE in tables:
            self._check_version()
            self._schema_ready = True

    def _tables(self) -> List[str]:
        assert self._conn is not None
        rows = self._conn.execute("SELECT name FROM sqlite_master WHERE type IN ('table', 'view')")
        return [row[0] for row in rows]

    def _check_version(self) -> None:
        assert self._conn is not None
        row = self._conn.execute(
            f"SELECT value FROM {META_TABLE} WHERE key = 'schema_version'").fetchone()
        try:
            version = int(row[0]) if row else None
        except (TypeError, ValueError):
            version = None
        if version is None:
            raise StoreError(
                tr("The case answers in '{path}' are damaged: the table {table} has no valid "
                   "schema_version. Choose another GeoPackage, or restore the file from a backup.")
                .format(path=self.path, table=META_TABLE), path=str(self.path), reason=DAMAGED)
        if version > SCHEMA_VERSION:
            raise StoreError(
                tr("The case answers in '{path}' were saved by a newer version of the Energistasjon "
                   "plugin (store version {found}; this plugin reads version {supported}). "
                   "Update the plugin to open them.")
                .format(path=self.path, found=version, supported=SCHEMA_VERSION),
                path=str(self.path), reason=NEWER_SCHEMA)

    def _ensure_schema(self) -> None:
        """Inside a write transaction: make the GeoPackage core (empty file) and our tables."""
        assert self._conn is not None
        if self._schema_ready:
            return
        tables = self._tables()
        if not tables:
            # An empty file: make it a valid GeoPackage so QGIS and GDAL open it.
            self._conn.execute(f"PRAGMA application_id = {_GPKG_APPLICATION_ID}")
            self._conn.execute(f"PRAGMA user_version = {_GPKG_USER_VERSION}")
            for ddl in _GPKG_CORE_DDL:
                self._conn.execute(ddl)
            self._conn.executemany(
                "INSERT INTO gpkg_spatial_ref_sys (srs_name, srs_id, organization, "
                "organization_coordsys_id, definition, description) VALUES (?, ?, ?, ?, ?, ?)",
                _GPKG_SRS_ROWS)
            tables = self._tables()
        self._is_gpkg = "gpkg_contents" in tables
        if META_TABLE in tables:  # another program made them since we opened
            self._check_version()
        else:
            for ddl in _STORE_DDL:
                self._conn.execute(ddl)
            self._conn.execute(
                f"INSERT INTO {META_TABLE} (key, value) VALUES ('schema_version', ?)",
                (str(SCHEMA_VERSION),))
            if self._is_gpkg:
                # data_type 'attributes': QGIS and GDAL list them as tables without geometry.
                self._conn.executemany(
                    "INSERT OR IGNORE INTO gpkg_contents (table_name, data_type, identifier, description) "
                    "VALUES (?, 'attributes', ?, ?)",
                    [(CASES_TABLE, CASES_TABLE, "Energistasjon: cases"),
                     (ANSWERS_TABLE, ANSWERS_TABLE, "Energistasjon: checklist answers by case officers"),
                     (LOG_TABLE, LOG_TABLE, "Energistasjon: every answer ever saved (history)"),
                     (META_TABLE, META_TABLE, "Energistasjon: store version")])
        self._schema_ready = True

    # ------------------------------------------------------------ transactions

    @contextmanager
    def _write(self) -> Iterator[sqlite3.Connection]:
        """One write transaction, committed on leaving the block, rolled back on error."""
        conn = self._connection()
        with self._lock:
            was_ready = self._schema_ready
            conn.execute("BEGIN IMMEDIATE")
            try:
                self._ensure_schema()
                yield conn
                conn.execute("COMMIT")
            except BaseException:
                if conn.in_transaction:
                    conn.execute("ROLLBACK")
                self._schema_ready = was_ready  # tables made in this transaction are rolled back too
                raise

    def _touch_contents(self, tables: Sequence[str]) -> None:
        """Keep gpkg_contents.last_change true, as the GeoPackage standard asks."""
        if self._is_gpkg:
            assert self._conn is not None
            self._conn.executemany(
                "UPDATE gpkg_contents SET last_change = strftime('%Y-%m-%dT%H:%M:%fZ','now') "
                "WHERE table_name = ?", [(t,) for t in tables])

    def _connection(self) -> sqlite3.Connection:
        if self._conn is None:
            raise StoreError(
                tr("The case answers in '{path}' are closed. Open the GeoPackage again.").format(path=self.path),
                path=str(self.path), reason=FAILED)
        return self._conn

    def _error(
        self,
        error: sqlite3.Error,
        creating: bool = False,
        unsaved: Optional[str] = None,
        answer: Optional[Answer] = None,
    ) -> StoreError:
        """Turn an sqlite3 error into a translated StoreError that says what to do."""
        kind = _error_kind(error)
        path = self.path
        if not creating:
            # SQLite refuses to write to a file that was moved or deleted while open
            # (SQLITE_READONLY_DBMOVED), and finds no tables in a file emptied under it:
            # say what happened to the file, not "read-only" or "no such table".
            now = self._file_identity()
            if now is None:
                kind = MISSING
            elif self._identity is not None and now != self._identity:
                kind = CHANGED
            elif not self._has_magic():
                kind = NOT_SQLITE
            elif self._schema_ready and "no such table" in str(error).lower():
                kind = CHANGED
        if kind == "cantopen":
            folder_writable = os.access(str(path.parent), os.W_OK)
            file_writable = not path.exists() or os.access(str(path), os.W_OK)
            kind = READ_ONLY if not (folder_writable and file_writable) else FAILED
        if kind == READ_ONLY and creating:
            reason = tr("Cannot create the GeoPackage '{path}': the folder '{folder}' is read-only. "
                        "Choose another place for the case answers, or check the folder's permissions."
                        ).format(path=path, folder=path.parent)
        elif kind == READ_ONLY:
            reason = tr("The GeoPackage '{path}' cannot be written to (the file or its folder is "
                        "read-only). Choose another GeoPackage for the case answers, or check the "
                        "permissions of the file and its folder.").format(path=path)
        elif kind == LOCKED:
            reason = tr("Another program holds the GeoPackage '{path}' locked for writing (another "
                        "QGIS window, DB Browser, a sync client...). Close it in the other program "
                        "and try again, or choose another GeoPackage.").format(path=path)
        elif kind == MISSING:
            reason = self._missing().message
        elif kind == CHANGED:
            reason = self._changed_text()
        elif kind == NOT_SQLITE:
            reason = self._not_sqlite().message
        elif kind == DAMAGED:
            reason = tr("The GeoPackage '{path}' is damaged ({error}). Choose another GeoPackage, "
                        "or restore the file from a backup.").format(path=path, error=error)
        else:
            reason = tr("The GeoPackage '{path}' could not be used: {error}. Check the disk and the "
                        "file, or choose another GeoPackage.").format(path=path, error=error)
        message = reason if unsaved is None else f"{unsaved} {reason}"
        return StoreError(message, path=str(path), reason=kind, answer=answer)

    def _changed_text(self) -> str:
        return tr("The GeoPackage '{path}' was changed, moved or replaced by another program during the "
                  "save: it does not hold what was written. Check the file, or choose another "
                  "GeoPackage.").format(path=self.path)

    # ------------------------------------------------------------ read back

    def _read_back(self, sql: str, params: Sequence[Any]) -> List[Tuple[Any, ...]]:
        """Rows of ``sql`` read from the file now at ``self.path``, through a new connection
        (never the one that wrote, never making a file); empty when our tables are not there."""
        reader = self._connect(may_create=False)
        try:
            names = {row[0] for row in reader.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
            if not set(TABLES) <= names:
                return []
            return [tuple(row) for row in reader.execute(sql, tuple(params)).fetchall()]
        finally:
            reader.close()

    # ------------------------------------------------------------------ writes

    def save_case(
        self,
        case_id: str,
        title: str,
        application: Application,
        site_wkt: str,
        site_crs: str,
        checklist: Checklist,
    ) -> None:
        """Create or update a case (its answers are kept).

        Parameters
        ----------
        case_id : str
            The municipality's case number (saksnummer) or any stable id.
        title : str
            Shown in the case list.
        application : Application
            What the applicant states; stored as JSON.
        site_wkt, site_crs : str
            The site polygon as WKT and its CRS (``EPSG:25833``).
        checklist : Checklist
            The checklist edition the case is judged by (id, edition and SHA-256 are stored
            so a later run can tell whether the checklist changed).

        Raises
        ------
        StoreError
            Invalid case id or station type; file read-only or locked (the message says the
            case was NOT saved).
        """
        case_id = self._check_case_id(case_id)
        if application.station_type not in STATION_TYPES:
            raise StoreError(
                tr("Case '{case}': unknown station type '{value}'. Use one of: {allowed}.")
                .format(case=case_id, value=application.station_type, allowed=", ".join(STATION_TYPES)),
                path=str(self.path), reason=INVALID)
        application_json = json.dumps(dataclasses.asdict(application), ensure_ascii=False, sort_keys=True)
        now = _now()
        values = (title or "", application.station_type, application_json, site_wkt or "", site_crs or "",
                  checklist.id, checklist.edition, checklist.sha256, now)
        unsaved = tr("The case '{case}' was NOT saved.").format(case=case_id)
        try:
            with self._write() as conn:
                updated = conn.execute(
                    f"UPDATE {CASES_TABLE} SET title = ?, station_type = ?, application_json = ?, site_wkt = ?, "
                    "site_crs = ?, checklist_id = ?, checklist_edition = ?, checklist_sha256 = ?, "
                    "updated_at = ? WHERE case_id = ?", values + (case_id,)).rowcount
                if not updated:
                    conn.execute(
                        f"INSERT INTO {CASES_TABLE} (title, station_type, application_json, site_wkt, site_crs, "
                        "checklist_id, checklist_edition, checklist_sha256, updated_at, case_id, created_at) "
                        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                        values + (case_id, now))
                self._touch_contents([CASES_TABLE])
            found = self._read_back(
                "SELECT title, station_type, application_json, site_wkt, site_crs, checklist_id, "
                f"checklist_edition, checklist_sha256 FROM {CASES_TABLE} WHERE case_id = ?", (case_id,))
        except sqlite3.Error as error:
            raise self._error(error, unsaved=unsaved) from error
        if found != [values[:-1]]:
            raise StoreError(f"{unsaved} {self._changed_text()}", path=str(self.path), reason=CHANGED)

    def save_answer(self, case_id: str, answer: Answer) -> Answer:
        """Save a person's answer: current answer and history row in one committed transaction.

        The answer is on disk when this returns.  A case not saved yet gets a row holding
        only its id (so nothing typed is lost); :meth:`save_case` fills it in later.

        Parameters
        ----------
        case_id : str
        answer : Answer
            ``evidence`` is stored as the note.  ``answered_by`` must be a person (``auto``
            answers are recomputed, never stored); empty means ``person``.  An empty
            ``answered_at`` is set to now (UTC).

        Returns
        -------
        Answer
            The answer as read back from the file at :attr:`path` after the commit, through
            a new connection (equal to what was written; ``answer`` itself is not modified).

        Raises
        ------
        StoreError
            Invalid status or an automatic answer; file read-only or locked; the file was
            moved, deleted (``missing``) or changed or replaced (``changed``) so that the
            answer cannot be read back as written.  The message says the answer was NOT
            saved, and ``error.answer`` holds it.
        """
        case_id = self._check_case_id(case_id)
        stored = self._validated(case_id, answer)
        row = (case_id, stored.item_id, stored.status, stored.evidence, stored.answered_by, stored.answered_at)
        unsaved = tr("The answer to '{item}' in case '{case}' was NOT saved.").format(
            item=stored.item_id, case=case_id)
        try:
            with self._write() as conn:
                updated = conn.execute(
                    f"UPDATE {ANSWERS_TABLE} SET status = ?, note = ?, answered_by = ?, answered_at = ? "
                    "WHERE case_id = ? AND item_id = ?", row[2:] + row[:2]).rowcount
                if not updated:
                    conn.execute(
                        f"INSERT INTO {ANSWERS_TABLE} (case_id, item_id, status, note, answered_by, answered_at) "
                        "VALUES (?, ?, ?, ?, ?, ?)", row)
                log_id = conn.execute(
                    f"INSERT INTO {LOG_TABLE} (case_id, item_id, status, note, answered_by, answered_at) "
                    "VALUES (?, ?, ?, ?, ?, ?)", row).lastrowid
                now = _now()
                touched = conn.execute(
                    f"UPDATE {CASES_TABLE} SET updated_at = ? WHERE case_id = ?", (now, case_id)).rowcount
                if not touched:
                    conn.execute(
                        f"INSERT INTO {CASES_TABLE} (case_id, title, created_at, updated_at) VALUES (?, ?, ?, ?)",
                        (case_id, case_id, now, now))
                self._touch_contents([ANSWERS_TABLE, LOG_TABLE, CASES_TABLE])
            columns = "status, note, answered_by, answered_at"
            # This save's history row, the item's latest history row (another window may
            # have answered since) and the item's current answer, which must match it.
            found = self._read_back(
                f"SELECT 'mine', {columns} FROM {LOG_TABLE} WHERE id = ? AND case_id = ? AND item_id = ? "
                f"UNION ALL SELECT 'latest', * FROM (SELECT {columns} FROM {LOG_TABLE} "
                "WHERE case_id = ? AND item_id = ? ORDER BY id DESC LIMIT 1) "
                f"UNION ALL SELECT 'current', {columns} FROM {ANSWERS_TABLE} WHERE case_id = ? AND item_id = ?",
                (log_id, case_id, stored.item_id) + row[:2] + row[:2])
        except sqlite3.Error as error:
            raise self._error(error, unsaved=unsaved, answer=stored) from error
        rows = {kind: values for kind, *values in found}
        if rows.get("mine") != list(row[2:]) or rows.get("current") != rows.get("latest"):
            raise StoreError(f"{unsaved} {self._changed_text()}", path=str(self.path), reason=CHANGED,
                             answer=stored)
        status, note, who, when = rows["mine"]
        return Answer(item_id=stored.item_id, status=status, evidence=note or "", answered_by=who,
                      answered_at=when)

    def _check_case_id(self, case_id: str) -> str:
        if not isinstance(case_id, str) or not case_id.strip():
            raise StoreError(tr("A case needs a case id (saksnummer). Enter one before saving."),
                             path=str(self.path), reason=INVALID)
        return case_id.strip()

    def _validated(self, case_id: str, answer: Answer) -> Answer:
        """A checked copy of ``answer`` with who/when filled in."""
        item_id = (answer.item_id or "").strip()
        if not item_id:
            raise StoreError(
                tr("An answer in case '{case}' has no checklist item id; it was NOT saved.").format(case=case_id),
                path=str(self.path), reason=INVALID, answer=answer)
        if answer.status not in STATUSES:
            raise StoreError(
                tr("The answer to '{item}' in case '{case}' was NOT saved: unknown status '{status}'. "
                   "Use one of: {allowed}.").format(item=item_id, case=case_id, status=answer.status,
                                                    allowed=", ".join(STATUSES)),
                path=str(self.path), reason=INVALID, answer=answer)
        who = (answer.answered_by or "").strip() or "person"
        if who == "auto":
            raise StoreError(
                tr("The answer to '{item}' in case '{case}' is automatic; automatic answers are "
                   "recomputed from the data and never stored. Only answers by a person are saved.")
                .format(item=item_id, case=case_id), path=str(self.path), reason=INVALID, answer=answer)
        when = _now()
        if answer.answered_at and answer.answered_at.strip():
            when = _utc_timestamp(answer.answered_at)
            if when is None:
                raise StoreError(
                    tr("The answer to '{item}' in case '{case}' was NOT saved: '{value}' is not a "
                       "date and time (ISO 8601, e.g. 2024-05-31T14:00:00+00:00).")
                    .format(item=item_id, case=case_id, value=answer.answered_at),
                    path=str(self.path), reason=INVALID, answer=answer)
        return dataclasses.replace(answer, item_id=item_id, evidence=answer.evidence or "",
                                   answered_by=who, answered_at=when)

    # ------------------------------------------------------------------- reads

    def _read(self, sql: str, params: Sequence[Any] = ()) -> List[Dict[str, Any]]:
        conn = self._connection()
        if not self._schema_ready:
            with self._lock:
                try:
                    if META_TABLE not in self._tables():
                        return []  # nothing saved in this file yet
                    self._check_version()
                    self._schema_ready = True
                except sqlite3.Error as error:
                    raise self._error(error) from error
        with self._lock:
            try:
                cursor = conn.execute(sql, tuple(params))
                names = [d[0] for d in cursor.description]
                return [dict(zip(names, row)) for row in cursor.fetchall()]
            except sqlite3.Error as error:
                raise self._error(error) from error

    @staticmethod
    def _answer(row: Dict[str, Any]) -> Answer:
        return Answer(item_id=row["item_id"], status=row["status"], evidence=row["note"] or "",
                      answered_by=row["answered_by"] or "person", answered_at=row["answered_at"] or "")

    def answers(self, case_id: str) -> Dict[str, Answer]:
        """The current answers by a person for a case, by item id (empty if none)."""
        rows = self._read(
            f"SELECT item_id, status, note, answered_by, answered_at FROM {ANSWERS_TABLE} WHERE case_id = ? "
            "ORDER BY item_id", (case_id,))
        return {row["item_id"]: self._answer(row) for row in rows}

    def history(self, case_id: str, item_id: Optional[str] = None) -> List[Answer]:
        """Every answer ever saved for a case (or one item), oldest first."""
        sql = f"SELECT item_id, status, note, answered_by, answered_at FROM {LOG_TABLE} WHERE case_id = ?"
        params: List[Any] = [case_id]
        if item_id is not None:
            sql += " AND item_id = ?"
            params.append(item_id)
        return [self._answer(row) for row in self._read(sql + " ORDER BY id", params)]

    def case(self, case_id: str) -> Optional[Dict[str, Any]]:
        """The case row with ``application`` as an :class:`Application`, or None.

        ``application`` is None for a case that so far only has answers (see
        :meth:`save_answer`).
        """
        rows = self._read(
            "SELECT case_id, title, station_type, application_json, site_wkt, site_crs, checklist_id, "
            f"checklist_edition, checklist_sha256, created_at, updated_at FROM {CASES_TABLE} WHERE case_id = ?",
            (case_id,))
        if not rows:
            return None
        row = dict(rows[0])
        row["application"] = self._application(case_id, row.pop("application_json"))
        return row

    def _application(self, case_id: str, text: Optional[str]) -> Optional[Application]:
        if not text:
            return None
        try:
            data = json.loads(text)
            known = {f.name for f in dataclasses.fields(Application)}
            # Keys a newer plugin may add are ignored rather than refused.
            return Application(**{k: v for k, v in data.items() if k in known})
        except (ValueError, TypeError, AttributeError) as error:
            raise StoreError(
                tr("The application of case '{case}' in '{path}' is damaged ({error}). Save the case again "
                   "from the checklist panel.").format(case=case_id, path=self.path, error=error),
                path=str(self.path), reason=DAMAGED) from error

    def cases(self) -> List[Dict[str, Any]]:
        """All cases, most recently changed first: ``case_id, title, station_type, updated_at``."""
        return self._read(
            f"SELECT case_id, title, station_type, updated_at FROM {CASES_TABLE} ORDER BY updated_at DESC, case_id")

    # ---------------------------------------------------------------- closing

    def close(self) -> None:
        """Close the file (every write is already committed)."""
        with self._lock:
            if self._conn is not None:
                self._conn.close()
                self._conn = None

    def __enter__(self) -> "CaseStore":
        return self

    def __exit__(self, *exc_info: Any) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"CaseStore({str(self.path)!r})"

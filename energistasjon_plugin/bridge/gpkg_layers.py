# SPDX-License-Identifier: GPL-2.0-or-later
"""Layers between GeoPackages: one layer copied into an existing file in one transaction (only
the layer of that name replaced), and QGIS's styles table."""
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import Sequence

from .gpkg_sql import BUSY_TIMEOUT_S, GEOMETRY_COLUMN, DestinationBusy, GpkgWriteError, has_table, quote

#: The styles table as QGIS creates it (QgsOgrProviderUtils, GeoPackage).
LAYER_STYLES_DDL = (
    'CREATE TABLE "layer_styles" ( "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL, "f_table_catalog" TEXT(256), '
    '"f_table_schema" TEXT(256), "f_table_name" TEXT(256), "f_geometry_column" TEXT(256), "styleName" TEXT(30), '
    '"styleQML" TEXT, "styleSLD" TEXT, "useAsDefault" BOOLEAN, "description" TEXT, "owner" TEXT(30), '
    '"ui" TEXT(30), "update_time" DATETIME DEFAULT (strftime(\'%Y-%m-%dT%H:%M:%fZ\',\'now\')))'
)

@dataclass(frozen=True)
class Style:
    """A QGIS style (.qml text) stored with the layer in ``layer_styles``."""

    name: str
    qml: str
    description: str = ""
    default: bool = False

def write_styles(connection: sqlite3.Connection, table: str, styles: Sequence[Style]) -> None:
    """Store QGIS styles in ``layer_styles`` (QGIS's table), registered as an attributes table."""
    if not has_table(connection, "layer_styles"):
        connection.execute(LAYER_STYLES_DDL)
        connection.execute("INSERT INTO gpkg_contents (table_name, data_type, identifier, description, srs_id) "
                           "VALUES ('layer_styles', 'attributes', 'layer_styles', '', 0)")
        if has_table(connection, "gpkg_ogr_contents"):
            connection.execute("INSERT INTO gpkg_ogr_contents (table_name, feature_count) VALUES ('layer_styles', 0)")
    for style in styles:
        connection.execute(
            'INSERT INTO layer_styles (f_table_catalog, f_table_schema, f_table_name, f_geometry_column, "styleName", '
            '"styleQML", "styleSLD", "useAsDefault", description, owner) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
            ("", "", table, GEOMETRY_COLUMN, style.name, style.qml, "", 1 if style.default else 0,
             style.description, ""))
    if has_table(connection, "gpkg_ogr_contents"):
        connection.execute("UPDATE gpkg_ogr_contents SET feature_count = (SELECT COUNT(*) FROM layer_styles) "
                           "WHERE table_name = 'layer_styles'")

def copy_layer_into(path: Path, source: Path, layer_name: str) -> None:
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
            if has_table(connection, rtree, "src"):
                connection.execute('CREATE VIRTUAL TABLE {} USING rtree(id, minx, maxx, miny, maxy)'.format(
                    quote(rtree)))
                connection.execute("INSERT INTO main.{0} SELECT * FROM src.{0}".format(quote(rtree)))
            for system_table in ("gpkg_contents", "gpkg_geometry_columns", "gpkg_extensions", "gpkg_ogr_contents"):
                if not has_table(connection, system_table, "src"):
                    continue
                if not has_table(connection, system_table):
                    if system_table == "gpkg_ogr_contents":
                        continue  # a file made without GDAL's feature counts: keep it that way
                    connection.execute(connection.execute(
                        "SELECT sql FROM src.sqlite_master WHERE type = 'table' AND name = ?",
                        (system_table,)).fetchone()[0])
                connection.execute("INSERT INTO main.{0} SELECT * FROM src.{0} WHERE lower(table_name) = "
                                   "lower(?)".format(system_table), (table,))
            has_counts = has_table(connection, "gpkg_ogr_contents")
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
        if has_table(connection, layer_name):
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
        if has_table(connection, system_table):
            connection.execute("DELETE FROM main.{} WHERE table_name = ?".format(system_table), (table,))
    if has_table(connection, "layer_styles"):
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
    if not has_table(connection, "layer_styles", "src"):
        return
    rows = connection.execute("SELECT COUNT(*) FROM src.layer_styles WHERE f_table_name = ?", (table,)).fetchone()[0]
    if not rows:
        return
    if not has_table(connection, "layer_styles"):
        connection.execute(LAYER_STYLES_DDL)
        connection.execute("INSERT INTO main.gpkg_contents (table_name, data_type, identifier, description, srs_id) "
                           "VALUES ('layer_styles', 'attributes', 'layer_styles', '', 0)")
        if has_table(connection, "gpkg_ogr_contents"):
            connection.execute("INSERT INTO main.gpkg_ogr_contents (table_name, feature_count) "
                               "VALUES ('layer_styles', 0)")
    connection.execute(
        'INSERT INTO main.layer_styles (f_table_catalog, f_table_schema, f_table_name, f_geometry_column, '
        '"styleName", "styleQML", "styleSLD", "useAsDefault", description, owner, ui, update_time) '
        'SELECT f_table_catalog, f_table_schema, f_table_name, f_geometry_column, "styleName", "styleQML", '
        '"styleSLD", "useAsDefault", description, owner, ui, update_time FROM src.layer_styles WHERE f_table_name = ?',
        (table,))
    if has_table(connection, "gpkg_ogr_contents"):
        connection.execute("UPDATE main.gpkg_ogr_contents SET feature_count = (SELECT COUNT(*) FROM "
                           "main.layer_styles) WHERE table_name = 'layer_styles'")

# SPDX-License-Identifier: GPL-2.0-or-later
"""The spatial index (R-tree) of a layer written in bulk, built beside its rows on a second thread."""
import os
import sqlite3
import tempfile
import threading
from pathlib import Path
from typing import Optional, Sequence

import numpy as np

from .gpkg_sql import GEOMETRY_COLUMN, GpkgWriteError, quote


class SpatialIndexBuilder(threading.Thread):
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

# SPDX-License-Identifier: GPL-2.0-or-later
"""The bridge between QGIS and the engine: layers in, outputs out, QGIS's language.

``processing/`` and ``gui/`` import from here; the engine (``core/``) never does.  Modules:

``layers``
    Feature sources and layers -> GeoDataFrames (in bulk through GDAL when the layer is a
    plain file, through QGIS otherwise).
``destinations``
    Where an output goes, and the checks before anything is written (not over an input,
    not into a file another program is writing).
``gpkg_writer`` (with ``gpkg_sql``, ``gpkg_rtree``, ``gpkg_layers``)
    A feature layer written into a GeoPackage in one transaction (no QGIS needed): the
    writer; the SQLite side (names, values, geometry blobs, locks); the R-tree built beside
    the rows; a layer copied into an existing file and QGIS's styles table.
``outputs``
    The scored frame written to the destination: the GeoPackage writer or QGIS's sink.
``styles``
    The bundled layer styles and field aliases of a scored layer.
``case_output``
    A checked case in QGIS: the site map and the PDF (QGIS's print layout), the answer table's
    fields; used by the "Check application" algorithm and the checklist panel alike.
``run_progress``
    One progress bar from 0 to 100 per run, and one way a cancelled run ends.
``help_pages``
    The page an algorithm's Help button opens, made from the algorithm's own parameters.
``language``
    The language QGIS runs in.
"""

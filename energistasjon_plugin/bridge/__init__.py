# SPDX-License-Identifier: GPL-2.0-or-later
"""The bridge between QGIS and the engine: layers in, outputs out, QGIS's language.

``processing/`` and ``gui/`` import from here; the engine (``core/``) never does.  Modules:

``layers``
    Feature sources and layers -> GeoDataFrames (in bulk through GDAL when the layer is a
    plain file, through QGIS otherwise).
``destinations``
    Where an output goes, and the checks before anything is written (not over an input,
    not into a file another program is writing).
``gpkg_writer``
    A feature layer written into a GeoPackage in one transaction (no QGIS needed).
``outputs``
    The scored frame written to the destination: the GeoPackage writer or QGIS's sink.
``styles``
    The bundled layer styles and field aliases of a scored layer.
``case_output``
    A checked case in QGIS: the site map and the PDF (QGIS's print layout), the answer table's
    fields; used by the "Check application" algorithm and the checklist panel alike.
``language``
    The language QGIS runs in.
"""

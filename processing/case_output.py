# SPDX-License-Identifier: GPL-2.0-or-later
"""What a case check produces in QGIS: the site map (rendered by QGIS), the PDF (QGIS print
layout of the HTML report), and the answer table's fields."""
from pathlib import Path
from typing import Dict, List, Optional

from qgis.core import (
    QgsCategorizedSymbolRenderer,
    QgsCoordinateReferenceSystem,
    QgsFeature,
    QgsField,
    QgsFields,
    QgsFillSymbol,
    QgsGeometry,
    QgsLayoutExporter,
    QgsLayoutFrame,
    QgsLayoutItemHtml,
    QgsLayoutMultiFrame,
    QgsLayoutPoint,
    QgsLayoutSize,
    QgsLineSymbol,
    QgsMapRendererCustomPainterJob,
    QgsMapSettings,
    QgsPrintLayout,
    QgsProject,
    QgsRendererCategory,
    QgsUnitTypes,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QBuffer, QByteArray, QIODevice, QSize, QVariant
from qgis.PyQt.QtGui import QColor, QImage, QPainter

from ..energistasjon_plugin.core.codelists import code_colour
from ..energistasjon_plugin.core.i18n import tr


def answer_fields() -> QgsFields:
    """Fields of the answer table (one row per case and checklist item)."""
    fields = QgsFields()
    for name in ("case_id", "site", "item_id", "question", "status", "status_text", "evidence", "audience",
                 "answered_by", "answered_at", "source", "checklist_edition"):
        fields.append(QgsField(name, QVariant.String))
    return fields


def _plan_layer(frame_geoms: List[QgsGeometry], codes: List[Optional[float]], system: str, crs: str,
                name: str) -> QgsVectorLayer:
    """A memory layer of plan polygons coloured with the official SOSI colours."""
    layer = QgsVectorLayer("MultiPolygon?crs={}&field=code:integer".format(crs), name, "memory")
    features = []
    for geometry, code in zip(frame_geoms, codes):
        feature = QgsFeature(layer.fields())
        feature.setGeometry(geometry)
        feature.setAttribute(0, int(code) if code is not None and code == code else None)
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    categories = []
    for code in sorted({int(c) for c in codes if c is not None and c == c}):
        colour = code_colour(system if code >= 1000 else system.replace("a", "") + "1985", code) or "#dddddd"
        symbol = QgsFillSymbol.createSimple({"color": colour, "outline_color": "#777777", "outline_width": "0.2"})
        symbol.setOpacity(0.75)
        categories.append(QgsRendererCategory(code, symbol, str(code)))
    if categories:
        layer.setRenderer(QgsCategorizedSymbolRenderer("code", categories))
    return layer


def render_site_map(site_wkb: bytes, crs_authid: str, plan_frames: Dict[str, object], road_frame=None,
                    size_px: int = 900) -> bytes:
    """PNG bytes of the site (red outline) over the plan layers and roads, 300 m around it."""
    import shapely

    layers = []
    site = QgsVectorLayer("Polygon?crs={}".format(crs_authid), "site", "memory")
    feature = QgsFeature()
    geometry = QgsGeometry()
    geometry.fromWkb(site_wkb)
    feature.setGeometry(geometry)
    site.dataProvider().addFeatures([feature])
    site.renderer().setSymbol(QgsFillSymbol.createSimple(
        {"color": "255,0,0,40", "outline_color": "#d00000", "outline_width": "0.9"}))
    layers.append(site)
    if road_frame is not None and len(road_frame):
        roads = QgsVectorLayer("MultiLineString?crs={}".format(crs_authid), "roads", "memory")
        road_features = []
        for wkb in shapely.to_wkb(road_frame.geometry.values):
            f = QgsFeature()
            g = QgsGeometry()
            g.fromWkb(wkb)
            f.setGeometry(g)
            road_features.append(f)
        roads.dataProvider().addFeatures(road_features)
        roads.renderer().setSymbol(QgsLineSymbol.createSimple({"color": "#555555", "width": "0.6"}))
        layers.append(roads)
    for key, frame in plan_frames.items():
        if frame is None or not len(frame):
            continue
        geoms = []
        for wkb in shapely.to_wkb(frame.geometry.values):
            g = QgsGeometry()
            g.fromWkb(wkb)
            geoms.append(g)
        layers.append(_plan_layer(geoms, list(frame["code"]), "kpa" if key == "kpa" else "rpa", crs_authid, key))

    extent = geometry.boundingBox()
    extent.grow(max(300.0, 0.5 * max(extent.width(), extent.height())))
    settings = QgsMapSettings()
    settings.setLayers(layers)
    settings.setDestinationCrs(QgsCoordinateReferenceSystem(crs_authid))
    settings.setExtent(extent)
    settings.setOutputSize(QSize(size_px, size_px))
    settings.setBackgroundColor(QColor("white"))
    image = QImage(QSize(size_px, size_px), QImage.Format_ARGB32_Premultiplied)
    image.fill(QColor("white"))
    painter = QPainter(image)
    job = QgsMapRendererCustomPainterJob(settings, painter)
    job.renderSynchronously()
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data)


def export_pdf(html: str, path: Path) -> None:
    """The HTML report as a PDF through QGIS's print layout (A4, pages added as needed)."""
    layout = QgsPrintLayout(QgsProject.instance())
    layout.initializeDefaults()
    layout.pageCollection().page(0).setPageSize("A4", 0)  # portrait
    item = QgsLayoutItemHtml(layout)
    frame = QgsLayoutFrame(layout, item)
    frame.attemptMove(QgsLayoutPoint(12, 12, QgsUnitTypes.LayoutMillimeters))
    frame.attemptResize(QgsLayoutSize(186, 273, QgsUnitTypes.LayoutMillimeters))
    item.addFrame(frame)
    item.setContentMode(QgsLayoutItemHtml.ManualHtml)
    item.setResizeMode(QgsLayoutMultiFrame.RepeatUntilFinished)
    item.setHtml(html)
    item.loadHtml()
    partial = path.with_name(path.name + ".part")
    result = QgsLayoutExporter(layout).exportToPdf(str(partial), QgsLayoutExporter.PdfExportSettings())
    if result != QgsLayoutExporter.Success:
        if partial.exists():
            partial.unlink()
        raise OSError(tr("QGIS could not write the PDF {path} (error {code}).").format(path=path, code=result))
    partial.replace(path)

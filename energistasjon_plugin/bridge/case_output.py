# SPDX-License-Identifier: GPL-2.0-or-later
"""What a case check produces in QGIS: the site map (a QGIS print layout with legend, scale bar
and north arrow), the PDF (QGIS print layout of the HTML report, paginated so that no table row,
list item or heading is cut at a page break), and the answer table's fields."""
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
    QgsLayerTree,
    QgsLayoutExporter,
    QgsLayoutFrame,
    QgsLayoutItemHtml,
    QgsLayoutItemLegend,
    QgsLayoutItemMap,
    QgsLayoutItemPicture,
    QgsLayoutItemScaleBar,
    QgsLayoutMultiFrame,
    QgsLayoutPoint,
    QgsLayoutSize,
    QgsLegendStyle,
    QgsLineSymbol,
    QgsPrintLayout,
    QgsProject,
    QgsRectangle,
    QgsRendererCategory,
    QgsScaleBarSettings,
    QgsSymbolLayerUtils,
    QgsUnitTypes,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QBuffer, QByteArray, QEventLoop, QIODevice, QSize, Qt, QTimer, QVariant
from qgis.PyQt.QtGui import QColor, QFont

from ..core.codelists import code_colour, code_label
from ..core.i18n import tr, use_language

#: The PDF page: A4 portrait, the report in one frame per page inside 12 mm margins.
PAGE_MARGIN_MM = 12.0
FRAME_WIDTH_MM = 186.0
FRAME_HEIGHT_MM = 273.0
#: The site map: the map with a legend to its right, as one image in the report.
MAP_PAGE_MM = (180.0, 125.0)
MAP_WIDTH_MM = 122.0
MAP_DPI = 150
#: The north arrow, from the SVG symbols every QGIS installation has.
NORTH_ARROW_SVG = "arrows/NorthArrow_02.svg"


def answer_fields() -> QgsFields:
    """Fields of the answer table (one row per case and checklist item)."""
    fields = QgsFields()
    for name in ("case_id", "site", "item_id", "question", "status", "status_text", "evidence", "audience",
                 "answered_by", "answered_at", "source", "checklist_edition"):
        fields.append(QgsField(name, QVariant.String))
    return fields


# --- the site map ---------------------------------------------------------------------------------


def _geometries(frame) -> List[QgsGeometry]:
    import shapely

    return [_from_wkb(wkb) for wkb in shapely.to_wkb(frame.geometry.values)]


def _from_wkb(wkb: bytes) -> QgsGeometry:
    geometry = QgsGeometry()
    geometry.fromWkb(wkb)
    return geometry


def _in_extent(frame, extent: QgsRectangle):
    """The rows of ``frame`` whose geometry meets ``extent``: a municipality's whole plan is not drawn."""
    import shapely

    window = shapely.box(extent.xMinimum(), extent.yMinimum(), extent.xMaximum(), extent.yMaximum())
    return frame.iloc[sorted(frame.sindex.query(window, predicate="intersects"))]


def _code_name(system: str, code: int) -> str:
    """``1340 Industri``: the code with its official name, for the legend."""
    name = code_label(system, code)
    return "{} {}".format(code, name) if name else str(code)


def _plan_layer(frame, system: str, crs: str, name: str) -> QgsVectorLayer:
    """A memory layer of plan polygons coloured with the official SOSI colours, one legend entry per code."""
    layer = QgsVectorLayer("MultiPolygon?crs={}&field=code:integer".format(crs), name, "memory")
    codes = list(frame["code"])
    features = []
    for geometry, code in zip(_geometries(frame), codes):
        feature = QgsFeature(layer.fields())
        feature.setGeometry(geometry)
        feature.setAttribute(0, int(code) if code is not None and code == code else None)
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    categories = []
    for code in sorted({int(c) for c in codes if c is not None and c == c}):
        code_system = system if code >= 1000 else system.replace("a", "") + "1985"
        colour = code_colour(code_system, code) or "#dddddd"
        symbol = QgsFillSymbol.createSimple({"color": colour, "outline_color": "#777777", "outline_width": "0.2"})
        symbol.setOpacity(0.75)
        categories.append(QgsRendererCategory(code, symbol, _code_name(code_system, code)))
    if categories:
        layer.setRenderer(QgsCategorizedSymbolRenderer("code", categories))
    return layer


def _site_layer(geometry: QgsGeometry, crs: str) -> QgsVectorLayer:
    site = QgsVectorLayer("Polygon?crs={}".format(crs), tr("The site"), "memory")
    feature = QgsFeature()
    feature.setGeometry(geometry)
    site.dataProvider().addFeatures([feature])
    site.renderer().setSymbol(QgsFillSymbol.createSimple(
        {"color": "255,0,0,40", "outline_color": "#d00000", "outline_width": "0.9"}))
    return site


def _road_layer(frame, crs: str) -> QgsVectorLayer:
    roads = QgsVectorLayer("MultiLineString?crs={}".format(crs), tr("Roads"), "memory")
    features = []
    for geometry in _geometries(frame):
        feature = QgsFeature()
        feature.setGeometry(geometry)
        features.append(feature)
    roads.dataProvider().addFeatures(features)
    roads.renderer().setSymbol(QgsLineSymbol.createSimple({"color": "#555555", "width": "0.6"}))
    return roads


def _map_layers(site: QgsGeometry, crs: str, extent: QgsRectangle, plan_frames: Dict[str, object],
                road_frame) -> List[QgsVectorLayer]:
    """The map's layers, top first: the site, roads, reguleringsplan, kommuneplan."""
    layers = [_site_layer(site, crs)]
    if road_frame is not None and len(road_frame):
        shown = _in_extent(road_frame, extent)
        if len(shown):
            layers.append(_road_layer(shown, crs))
    names = {"kpa": tr("Kommuneplan (KPA)"), "rp": tr("Reguleringsplan (RP)")}
    for key in ("rp", "kpa"):
        frame = plan_frames.get(key)
        if frame is None or not len(frame):
            continue
        shown = _in_extent(frame, extent)
        if len(shown):
            layers.append(_plan_layer(shown, "kpa" if key == "kpa" else "rpa", crs, names.get(key, key)))
    return layers


def _north_arrow_path() -> str:
    return QgsSymbolLayerUtils.svgSymbolNameToPath(NORTH_ARROW_SVG, QgsProject.instance().pathResolver())


def render_site_map(site_wkb: bytes, crs_authid: str, plan_frames: Dict[str, object], road_frame=None,
                    size_px: int = 900, language: Optional[str] = None) -> bytes:
    """PNG bytes of the site on a map: the site (red outline) over the plan layers and roads, 300 m
    around it, with a legend (plan codes with their names), a scale bar and a north arrow.

    Drawn by a QGIS print layout, as a case officer would make the map by hand; the layers are
    memory layers of a private project, so the open project is not touched.

    Parameters
    ----------
    site_wkb : bytes
        The site polygon.
    crs_authid : str
        Its CRS (``EPSG:25833``, or WKT); the map is drawn in it.
    plan_frames : dict
        ``{"kpa": frame, "rp": frame}``: the engine's normalised plan layers (a ``code`` column).
    road_frame : GeoDataFrame, optional
    size_px : int
        Width of the image in pixels (the height follows the map's shape).
    language : str, optional
        Of the legend; None: the language in force.
    """
    if language is None:  # use_language(None) would mean QGIS's language, not the one in force
        return _render_site_map(site_wkb, crs_authid, plan_frames, road_frame, size_px)
    with use_language(language):
        return _render_site_map(site_wkb, crs_authid, plan_frames, road_frame, size_px)


def _render_site_map(site_wkb: bytes, crs: str, plan_frames: Dict[str, object], road_frame, size_px: int) -> bytes:
    site = _from_wkb(site_wkb)
    page_w, page_h = MAP_PAGE_MM
    extent = site.boundingBox()
    extent.grow(max(300.0, 0.5 * max(extent.width(), extent.height())))
    # the map item's shape: widen or heighten the extent around the site so nothing is stretched
    ratio = MAP_WIDTH_MM / page_h
    if extent.width() / max(extent.height(), 1e-9) < ratio:
        centre, half = extent.center(), extent.height() * ratio / 2.0
        extent = QgsRectangle(centre.x() - half, extent.yMinimum(), centre.x() + half, extent.yMaximum())
    else:
        centre, half = extent.center(), extent.width() / ratio / 2.0
        extent = QgsRectangle(extent.xMinimum(), centre.y() - half, extent.xMaximum(), centre.y() + half)

    project = QgsProject()  # private: the officer's project stays as it is
    project.setCrs(QgsCoordinateReferenceSystem(crs))
    layers = _map_layers(site, crs, extent, plan_frames, road_frame)
    project.addMapLayers(layers, False)
    layout = QgsPrintLayout(project)
    layout.initializeDefaults()
    layout.pageCollection().page(0).setPageSize(QgsLayoutSize(page_w, page_h, QgsUnitTypes.LayoutMillimeters))
    mm = QgsUnitTypes.LayoutMillimeters

    map_item = QgsLayoutItemMap(layout)
    map_item.attemptMove(QgsLayoutPoint(0, 0, mm))
    map_item.attemptResize(QgsLayoutSize(MAP_WIDTH_MM, page_h, mm))
    map_item.setLayers(layers)
    map_item.setCrs(QgsCoordinateReferenceSystem(crs))
    map_item.setFrameEnabled(True)
    map_item.setBackgroundColor(QColor("white"))
    layout.addLayoutItem(map_item)
    map_item.setExtent(extent)

    arrow = QgsLayoutItemPicture(layout)
    arrow.setPicturePath(_north_arrow_path(), QgsLayoutItemPicture.FormatSVG)
    arrow.setLinkedMap(map_item)  # turns with the map: always points to true north
    arrow.setNorthMode(QgsLayoutItemPicture.TrueNorth)
    arrow.attemptMove(QgsLayoutPoint(MAP_WIDTH_MM - 14, 3, mm))
    arrow.attemptResize(QgsLayoutSize(10, 14, mm))
    arrow.setBackgroundEnabled(False)
    layout.addLayoutItem(arrow)

    scale = QgsLayoutItemScaleBar(layout)
    scale.setStyle("Single Box")
    scale.setLinkedMap(map_item)
    scale.setUnits(QgsUnitTypes.DistanceMeters)
    scale.setUnitLabel("m")
    scale.setNumberOfSegments(2)
    scale.setNumberOfSegmentsLeft(0)
    scale.setSegmentSizeMode(QgsScaleBarSettings.SegmentSizeFitWidth)
    scale.setMinimumBarWidth(25)
    scale.setMaximumBarWidth(45)
    scale.setBackgroundEnabled(True)
    scale.setBackgroundColor(QColor(255, 255, 255, 220))
    text = scale.textFormat()
    text.setFont(QFont("DejaVu Sans"))
    text.setSize(7)
    scale.setTextFormat(text)
    scale.attemptMove(QgsLayoutPoint(3, page_h - 15, mm))
    layout.addLayoutItem(scale)
    scale.update()

    legend = QgsLayoutItemLegend(layout)
    legend.setTitle(tr("Legend"))
    legend.setAutoUpdateModel(False)
    root = QgsLayerTree()
    for layer in layers:
        root.addLayer(layer)
    legend.model().setRootGroup(root)
    legend.setLinkedMap(map_item)
    legend.setLegendFilterByMapEnabled(True)  # only the plan codes on the map
    legend.setWrapString("|")
    for style, size in ((QgsLegendStyle.Title, 10), (QgsLegendStyle.Subgroup, 8), (QgsLegendStyle.SymbolLabel, 7)):
        legend.rstyle(style).setFont(QFont("DejaVu Sans", size, QFont.Bold if style == QgsLegendStyle.Title else -1))
    legend.setSymbolWidth(6)
    legend.setSymbolHeight(4)
    legend.attemptMove(QgsLayoutPoint(MAP_WIDTH_MM + 3, 0, mm))
    layout.addLayoutItem(legend)
    legend.setResizeToContents(True)
    legend.adjustBoxSize()

    dpi = max(72.0, size_px / (page_w / 25.4))
    image = QgsLayoutExporter(layout).renderPageToImage(0, QSize(), dpi)
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.WriteOnly)
    image.save(buffer, "PNG")
    del root  # the legend's model held it while the page was drawn
    return bytes(data)


# --- the PDF ----------------------------------------------------------------------------------------

# Moves every block that would be cut at a page break to the start of the next page: QGIS's HTML
# item renders the whole report as one long page and cuts it into frames, so CSS page-break rules
# are not applied there.  A table row that would be cut gets a blank row before it and the table's
# header row repeated; a heading stays with what follows it; a section with "page-break-before:
# always" starts a page.  The page's layout is measured, so what QGIS draws matches it.
_PAGINATE_JS = r"""
(function (pageHeight) {
  var SPACER = 'energistasjon-page-spacer';
  function box(el) {
    var r = el.getBoundingClientRect();
    return {top: r.top + window.pageYOffset, bottom: r.bottom + window.pageYOffset};
  }
  function nextBoundary(y) { return (Math.floor((y + 0.5) / pageHeight) + 1) * pageHeight; }
  function isHeading(el) { return /^H[1-6]$/.test(el.tagName); }
  function isSmallTable(el) {
    // a short table (the summary, the header facts) is kept whole, not split across pages
    return el.tagName === 'TABLE' && box(el).bottom - box(el).top <= pageHeight / 4;
  }
  function firstBlock(el) {
    // the part of a block that must stay with a heading before it
    if (!el) { return null; }
    if (el.tagName === 'TABLE' && !isSmallTable(el)) {
      var body = el.tBodies.length ? el.tBodies[0] : null;
      return body && body.rows.length ? body.rows[0] : el;
    }
    if (el.tagName === 'UL' || el.tagName === 'OL') { return el.children.length ? el.children[0] : el; }
    if (el.tagName === 'SECTION' || el.tagName === 'DIV') {
      var first = el.firstElementChild;
      return first && isHeading(first) ? keepEnd(first) : el;
    }
    return el;
  }
  function keepEnd(heading) {
    var next = heading.nextElementSibling;
    var end = next ? firstBlock(next) : null;
    return end && end !== next || (next && next.tagName !== 'SECTION') ? (end || heading) : heading;
  }
  function spacerDiv(height) {
    var div = document.createElement('div');
    div.className = SPACER;
    div.style.height = height + 'px';
    div.style.margin = '0';
    div.style.padding = '0';
    return div;
  }
  function spacerRow(row, height) {
    var tr = document.createElement('tr');
    tr.className = SPACER;
    var td = document.createElement('td');
    td.colSpan = 50;
    td.style.cssText = 'border: none; padding: 0; height: ' + height + 'px;';
    tr.appendChild(td);
    row.parentNode.insertBefore(tr, row);
    var table = row.parentNode.parentNode;
    if (table.tHead && table.tHead.rows.length) {
      var header = table.tHead.rows[0].cloneNode(true);
      header.className = (header.className + ' repeated-header').trim();
      row.parentNode.insertBefore(header, row);
    }
    return td;
  }
  function push(el, target) {
    // move el down so that its top is at target (one measured correction for margins)
    var isRow = el.tagName === 'TR' && el.parentNode.tagName !== 'THEAD';
    var holder = isRow ? spacerRow(el, 1) : spacerDiv(1);
    if (!isRow) {
      var before = el.tagName === 'TR' ? el.parentNode.parentNode : el;
      before.parentNode.insertBefore(holder, before);
    }
    for (var i = 0; i < 3; i++) {
      var gap = target - box(isRow ? holder.parentNode : el).top;
      if (isRow) { gap = target - box(holder).bottom; }
      if (Math.abs(gap) < 0.5) { break; }
      var h = Math.max(0, parseFloat(holder.style.height) + gap);
      holder.style.height = h + 'px';
    }
  }
  var moved = 0;
  var blocks = document.querySelectorAll('section, h1, h2, h3, table, tr, li, p, div.map');
  for (var i = 0; i < blocks.length; i++) {
    var el = blocks[i];
    if (el.className === SPACER) { continue; }
    var inCell = el.parentNode && (el.parentNode.tagName === 'TD' || el.parentNode.tagName === 'TH');
    if (inCell || (el.tagName === 'P' && el.parentNode.className === 'map')) { continue; }
    var b = box(el);
    if (el.tagName === 'SECTION') {
      var style = window.getComputedStyle(el);
      if (style.pageBreakBefore === 'always' && b.top > 1) {
        var start = nextBoundary(b.top - 1);
        if (Math.abs(b.top - (start - pageHeight)) > 1) { push(el, start); moved++; }
      }
      continue;
    }
    if (el.tagName === 'TR' && el.parentNode.tagName === 'THEAD') { continue; }  // kept with its heading
    if (el.tagName === 'TABLE' && !isSmallTable(el)) { continue; }  // its rows are the blocks
    if (el.tagName === 'TR' && isSmallTable(el.parentNode.parentNode)) { continue; }  // moved whole
    var end = isHeading(el) ? box(keepEnd(el)).bottom : b.bottom;
    if (end - b.top >= pageHeight) { continue; }  // taller than a page: cannot be kept whole
    var boundary = nextBoundary(b.top);
    if (end > boundary + 0.5) {
      push(el, boundary);
      moved++;
    }
  }
  return moved;
})
"""


def _px_per_mm(layout: QgsPrintLayout) -> float:
    """HTML pixels per layout millimetre, as QgsLayoutItemHtml computes them (WebKit at dpi / 72)."""
    return layout.renderContext().dpi() / 72.0


def paginate_html(html: str, width_px: int, page_height_px: float) -> str:
    """``html`` with spacers so that no row, list item, paragraph or heading (with what follows
    it) crosses a multiple of ``page_height_px``, laid out ``width_px`` wide by QtWebKit, the
    engine QGIS's HTML item uses.  Without QtWebKit the HTML is returned as it is."""
    try:
        from qgis.PyQt.QtWebKitWidgets import QWebPage
    except ImportError:  # a QGIS built without QtWebKit
        return html
    page = QWebPage()
    for orientation in (Qt.Horizontal, Qt.Vertical):  # as QGIS's item: a scroll bar would narrow the text
        page.mainFrame().setScrollBarPolicy(orientation, Qt.ScrollBarAlwaysOff)
    page.setViewportSize(QSize(width_px, 0))
    loop = QEventLoop()
    loaded = []

    def finished(_ok) -> None:
        loaded.append(True)
        loop.quit()

    page.loadFinished.connect(finished)
    page.mainFrame().setHtml(html)
    if not loaded:  # setHtml may finish at once (all in the document), or after its images
        QTimer.singleShot(30000, loop.quit)  # never hang on a page that does not load
        loop.exec_(QEventLoop.ExcludeUserInputEvents)
    frame = page.mainFrame()
    frame.evaluateJavaScript(_PAGINATE_JS + "({})".format(float(page_height_px)))
    doctype = "<!DOCTYPE html>\n" if html.lstrip().lower().startswith("<!doctype html") else ""
    return doctype + frame.toHtml()


def export_pdf(html: str, path: Path) -> None:
    """The HTML report as a PDF through QGIS's print layout (A4, one frame per page, pages as needed).

    The HTML is paginated first (:func:`paginate_html`): QGIS cuts its HTML item into page-high
    frames, and a table row must not be cut in two.

    Raises
    ------
    OSError
        Asked for off the main thread (QGIS's HTML item renders nothing there: the PDF would be
        blank), or QGIS could not write the file.
    """
    from qgis.PyQt.QtCore import QCoreApplication, QThread

    application = QCoreApplication.instance()
    if application is None or QThread.currentThread() is not application.thread():
        raise OSError(tr("The PDF {path} can only be made on QGIS's main thread; it was not written.").format(
            path=path))
    layout = QgsPrintLayout(QgsProject.instance())
    layout.initializeDefaults()
    layout.pageCollection().page(0).setPageSize("A4", 0)  # portrait
    item = QgsLayoutItemHtml(layout)
    frame = QgsLayoutFrame(layout, item)
    mm = QgsUnitTypes.LayoutMillimeters
    frame.attemptMove(QgsLayoutPoint(PAGE_MARGIN_MM, PAGE_MARGIN_MM, mm))
    frame.attemptResize(QgsLayoutSize(FRAME_WIDTH_MM, FRAME_HEIGHT_MM, mm))
    item.addFrame(frame)
    item.setContentMode(QgsLayoutItemHtml.ManualHtml)
    item.setResizeMode(QgsLayoutMultiFrame.RepeatUntilFinished)
    # The breaks are the spacers' (exact page heights); QGIS's own search for a nearby break
    # would move them.
    item.setUseSmartBreaks(False)
    scale = _px_per_mm(layout)
    item.setHtml(paginate_html(html, int(FRAME_WIDTH_MM * scale), FRAME_HEIGHT_MM * scale))
    item.loadHtml()
    partial = path.with_name(path.name + ".part")
    result = QgsLayoutExporter(layout).exportToPdf(str(partial), QgsLayoutExporter.PdfExportSettings())
    if result != QgsLayoutExporter.Success:
        if partial.exists():
            partial.unlink()
        raise OSError(tr("QGIS could not write the PDF {path} (error {code}).").format(path=path, code=result))
    partial.replace(path)

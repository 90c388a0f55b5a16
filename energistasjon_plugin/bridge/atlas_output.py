# SPDX-License-Identifier: GPL-2.0-or-later
"""The workshop atlas in QGIS: the maps (each site with its plans and roads, an overview per region)
drawn by print layouts, the HTML from the engine (:mod:`..core.atlas`) and the PDF through QGIS's
print layout.  The site maps and the PDF are the case report's own (:mod:`.case_output`); this
module adds the overview map and puts the pieces together."""
from pathlib import Path
from typing import Dict, List, Optional, Sequence, Tuple

from qgis.core import (
    QgsCategorizedSymbolRenderer,
    QgsCoordinateReferenceSystem,
    QgsFeature,
    QgsField,
    QgsFillSymbol,
    QgsLayerTree,
    QgsLayoutExporter,
    QgsLayoutItemLegend,
    QgsLayoutItemMap,
    QgsLayoutItemPicture,
    QgsLayoutItemScaleBar,
    QgsLayoutPoint,
    QgsLayoutSize,
    QgsLegendStyle,
    QgsMarkerSymbol,
    QgsPalLayerSettings,
    QgsPrintLayout,
    QgsProject,
    QgsRectangle,
    QgsRendererCategory,
    QgsScaleBarSettings,
    QgsUnitTypes,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QBuffer, QByteArray, QIODevice, QSize, QVariant
from qgis.PyQt.QtGui import QColor, QFont

from ..core.atlas import entry_key, render_atlas
from ..core.i18n import tr, use_language
from ..core.output_fields import station_short_label
from ..core.shortlist import ShortList
from .case_output import _from_wkb, _north_arrow_path, _road_layer, export_pdf, render_site_map
from .workshop_styles import haloed_text, set_labels

#: The overview page: the map with a legend to its right.
OVERVIEW_MM = (180.0, 125.0)
OVERVIEW_MAP_WIDTH_MM = 130.0
#: Colours of the station types on the overview map.
TYPE_COLOURS = {"hydrogen": "#1f5fa8", "battery": "#2e8b3d", "biogas": "#c76a00"}
SEVERAL = "several"
#: Road categories drawn on the overview (the region's main roads; the site maps show every road).
OVERVIEW_ROADS = ("E", "R", "F")


def _memory_points(entries: Sequence[Tuple[int, str, object]], crs: str) -> QgsVectorLayer:
    """One numbered marker per site (a site is a dot at the scale of a region); a site short-listed
    for several station types gets one marker with all its numbers."""
    layer = QgsVectorLayer("Point?crs={}".format(crs), tr("Short-listed sites"), "memory")
    provider = layer.dataProvider()
    provider.addAttributes([QgsField("numbers", QVariant.String), QgsField("kind", QVariant.String)])
    layer.updateFields()
    sites: Dict[bytes, Tuple[List[int], List[str], object]] = {}
    for number, station_type, geometry in entries:
        numbers, types, _ = sites.setdefault(geometry.wkb, ([], [], geometry))
        numbers.append(number)
        types.append(station_type)
    features = []
    for numbers, types, geometry in sites.values():
        feature = QgsFeature(layer.fields())
        feature.setGeometry(_from_wkb(geometry.representative_point().wkb))
        kinds = sorted(set(types))
        feature.setAttributes([", ".join(str(n) for n in numbers), kinds[0] if len(kinds) == 1 else SEVERAL])
        features.append(feature)
    provider.addFeatures(features)
    labels = {t: station_short_label(t) for t in TYPE_COLOURS}
    labels[SEVERAL] = tr("Several station types")
    categories = []
    used = {f["kind"] for f in features}
    for kind in [k for k in list(TYPE_COLOURS) + [SEVERAL] if k in used]:
        symbol = QgsMarkerSymbol.createSimple({"name": "circle", "color": TYPE_COLOURS.get(kind, "#7b3fa0"),
                                               "outline_color": "white", "size": "3.2"})
        categories.append(QgsRendererCategory(kind, symbol, labels[kind]))
    layer.setRenderer(QgsCategorizedSymbolRenderer("kind", categories))
    settings = QgsPalLayerSettings()
    settings.fieldName = "numbers"
    settings.placement = QgsPalLayerSettings.AroundPoint
    text = haloed_text(7, 0.8)
    text.setFont(QFont("DejaVu Sans"))
    text.setSize(7)
    set_labels(layer, settings, text)
    return layer


def _outline_layer(frame, crs: str) -> QgsVectorLayer:
    layer = QgsVectorLayer("MultiPolygon?crs={}".format(crs), tr("Municipalities"), "memory")
    features = []
    for geometry in frame.geometry.array:
        feature = QgsFeature()
        feature.setGeometry(_from_wkb(geometry.wkb))
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    layer.renderer().setSymbol(QgsFillSymbol.createSimple({"color": "#f4f1ea", "outline_color": "#7a6f5a",
                                                           "outline_width": "0.4"}))
    return layer


def _framed(extent: QgsRectangle, aspect: float) -> QgsRectangle:
    extent = QgsRectangle(extent)
    extent.grow(max(2000.0, 0.08 * max(extent.width(), extent.height())))
    centre, width, height = extent.center(), extent.width(), extent.height()
    if width / max(height, 1e-9) < aspect:
        width = height * aspect
    else:
        height = width / aspect
    return QgsRectangle(centre.x() - width / 2, centre.y() - height / 2, centre.x() + width / 2,
                        centre.y() + height / 2)


def render_overview_map(entries: Sequence[Tuple[int, str, object]], crs: str, roads=None, municipalities=None,
                        size_px: int = 1200) -> bytes:
    """PNG of a region's short-listed sites: numbered and coloured by station type over the
    municipalities and roads, with a legend, a scale bar in km and a north arrow.

    Parameters
    ----------
    entries : sequence of (number, station type, shapely geometry)
    crs : str
        The geometries' CRS (EPSG code or WKT).
    roads, municipalities : GeoDataFrame, optional
        In ``crs``; only what lies in the map's extent is drawn.
    """
    from .case_output import _in_extent

    page_w, page_h = OVERVIEW_MM
    mm = QgsUnitTypes.LayoutMillimeters
    points = _memory_points(entries, crs)
    extent = points.extent() if entries else QgsRectangle(0, 0, 1, 1)
    extent = _framed(extent, OVERVIEW_MAP_WIDTH_MM / page_h)
    layers: List[QgsVectorLayer] = [points]
    if roads is not None and len(roads):
        if "road_category" in roads.columns:
            roads = roads[roads["road_category"].isin(OVERVIEW_ROADS).to_numpy()]
        shown = _in_extent(roads, extent) if len(roads) else roads
        if len(shown):
            layers.append(_road_layer(shown, crs))
    if municipalities is not None and len(municipalities):
        shown = _in_extent(municipalities, extent)
        if len(shown):
            layers.append(_outline_layer(shown, crs))
    project = QgsProject()  # private: the user's project stays as it is
    project.setCrs(QgsCoordinateReferenceSystem(crs))
    project.addMapLayers(layers, False)
    layout = QgsPrintLayout(project)
    layout.initializeDefaults()
    layout.pageCollection().page(0).setPageSize(QgsLayoutSize(page_w, page_h, mm))
    map_item = QgsLayoutItemMap(layout)
    map_item.attemptMove(QgsLayoutPoint(0, 0, mm))
    map_item.attemptResize(QgsLayoutSize(OVERVIEW_MAP_WIDTH_MM, page_h, mm))
    map_item.setLayers(layers)
    map_item.setCrs(QgsCoordinateReferenceSystem(crs))
    map_item.setFrameEnabled(True)
    map_item.setBackgroundColor(QColor("white"))
    layout.addLayoutItem(map_item)
    map_item.setExtent(extent)

    arrow = QgsLayoutItemPicture(layout)
    arrow.setPicturePath(_north_arrow_path(), QgsLayoutItemPicture.FormatSVG)
    arrow.setLinkedMap(map_item)
    arrow.setNorthMode(QgsLayoutItemPicture.TrueNorth)
    arrow.attemptMove(QgsLayoutPoint(OVERVIEW_MAP_WIDTH_MM - 14, 3, mm))
    arrow.attemptResize(QgsLayoutSize(10, 14, mm))
    layout.addLayoutItem(arrow)

    scale = QgsLayoutItemScaleBar(layout)
    scale.setStyle("Single Box")
    scale.setLinkedMap(map_item)
    scale.setUnits(QgsUnitTypes.DistanceKilometers)
    scale.setUnitLabel("km")
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
    for style, size in ((QgsLegendStyle.Title, 10), (QgsLegendStyle.Subgroup, 8), (QgsLegendStyle.SymbolLabel, 7)):
        legend.rstyle(style).setFont(QFont("DejaVu Sans", size, QFont.Bold if style == QgsLegendStyle.Title else -1))
    legend.attemptMove(QgsLayoutPoint(OVERVIEW_MAP_WIDTH_MM + 3, 0, mm))
    layout.addLayoutItem(legend)
    legend.setResizeToContents(True)
    legend.adjustBoxSize()

    dpi = max(72.0, size_px / (page_w / 25.4))
    image = QgsLayoutExporter(layout).renderPageToImage(0, QSize(), dpi)
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.WriteOnly)
    image.save(buffer, "PNG")
    del root
    return bytes(data)


def crs_text(frame) -> str:
    """The frame's CRS as QGIS reads it (``EPSG:25833`` or WKT)."""
    epsg = frame.crs.to_epsg() if frame.crs is not None else None
    return "EPSG:{}".format(epsg) if epsg else frame.crs.to_wkt()


def write_atlas(folder: Path, stem: str, short_list: ShortList, sites, plan_frames: Dict[str, object],
                roads=None, municipalities=None, data_used: Sequence[Tuple[str, str]] = (),
                notes: Sequence[str] = (), title: Optional[str] = None, language: Optional[str] = None,
                make_pdf: bool = True, should_stop=None) -> List[Path]:
    """Write ``<stem>.html`` (and ``<stem>.pdf``) into ``folder``; returns the files written.

    Parameters
    ----------
    sites : GeoDataFrame
        The scored layer the short list was made from (its rows are the entries' ``row``).
    plan_frames : dict
        ``{"kpa": frame, "rp": frame}``: the engine's plan layers for the site maps.
    should_stop : callable, optional
        Asked between maps; True stops the run (nothing is written then).
    """
    with use_language(language):
        crs = crs_text(sites)
        geometries = sites.geometry.array
        site_maps: Dict[Tuple[str, int], bytes] = {}
        for entry in short_list.entries:  # one map per short-listed site: a few dozen
            if should_stop is not None and should_stop():
                return []
            key = entry_key(entry)
            if key[1] not in {k[1] for k in site_maps}:
                png = render_site_map(geometries[entry.row].wkb, crs, plan_frames, roads, language=language)
            else:
                png = next(v for k, v in site_maps.items() if k[1] == key[1])
            site_maps[key] = png
        numbered = list(enumerate(short_list.entries, start=1))
        overviews = {}
        for region in short_list.regions or [""]:
            inside = [(n, e.station_type, geometries[e.row]) for n, e in numbered if (e.region or "") == region]
            overviews[region] = render_overview_map(inside, crs, roads, municipalities)
        html = render_atlas(short_list, site_maps, overviews, data_used, notes, title, language)
        folder.mkdir(parents=True, exist_ok=True)
        html_path = folder / (stem + ".html")
        partial = folder / ("." + stem + ".html.part")
        partial.write_text(html, encoding="utf-8")
        partial.replace(html_path)
        written = [html_path]
        if make_pdf:
            pdf_path = folder / (stem + ".pdf")
            export_pdf(html, pdf_path)
            written.append(pdf_path)
    return written

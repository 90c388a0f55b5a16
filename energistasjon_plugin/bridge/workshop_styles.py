# SPDX-License-Identifier: GPL-2.0-or-later
"""How the workshop algorithms' outputs look when QGIS loads them: the corridor gaps as bold red
stretches with their length, the sites in them by whether they close a gap, the sensitivity
analysis by how often a site is among the best, the short list by station type with its place.

Sites are drawn as their outline plus a marker at a point on their surface, so a 1 ha parcel
is still seen at regional scale (1:150 000) where its outline is a speck.
"""
from qgis.core import (
    QgsCategorizedSymbolRenderer,
    QgsCentroidFillSymbolLayer,
    QgsFillSymbol,
    QgsLineSymbol,
    QgsMarkerSymbol,
    QgsPalLayerSettings,
    QgsRendererCategory,
    QgsRuleBasedRenderer,
    QgsSingleSymbolRenderer,
    QgsTextBufferSettings,
    QgsTextFormat,
    QgsVectorLayerSimpleLabeling,
)
from qgis.PyQt.QtGui import QColor

from ..core.i18n import tr
from ..core.station_types import station_type_label

#: Marker colours of the station types (the same in every workshop map).
TYPE_COLOURS = {"hydrogen": "#1f78b4", "battery": "#33a02c", "biogas": "#ff7f00"}


def aliased(apply, aliases):
    """``apply`` (a styler) that first names the layer's fields in words (fields it lacks are skipped)."""
    def style(layer) -> None:
        fields = layer.fields()
        for name, alias in aliases.items():
            index = fields.indexOf(name)
            if index >= 0 and alias:
                layer.setFieldAlias(index, alias)
        apply(layer)

    return style


def input_aliases(layer) -> dict:
    """The aliases of an input layer (a scored layer's words), to keep on an output made from it.

    A layer Processing loaded from a path has none (it skips the stored style): its file is then
    opened once more with the default style it stores."""
    if layer is None:
        return {}
    found = _aliases_of(layer)
    if not found and layer.providerType() == "ogr":
        from qgis.core import QgsVectorLayer

        styled = QgsVectorLayer(layer.source(), "", "ogr")  # loads the style stored in the file
        if styled.isValid():
            found = _aliases_of(styled)
    return found


def _aliases_of(layer) -> dict:
    return {field.name(): layer.attributeAlias(i) for i, field in enumerate(layer.fields())
            if layer.attributeAlias(i)}


def site_symbol(colour: str, size: float = 3.2, outline: str = "#333333") -> QgsFillSymbol:
    """A site: its outline, and a marker on its surface that reads at every scale."""
    symbol = QgsFillSymbol.createSimple({"color": "0,0,0,0", "outline_color": outline, "outline_width": "0.2"})
    marker = QgsCentroidFillSymbolLayer()
    marker.setPointOnSurface(True)
    marker.setSubSymbol(QgsMarkerSymbol.createSimple({"name": "circle", "color": colour, "size": str(size),
                                                      "outline_color": outline, "outline_width": "0.3"}))
    symbol.appendSymbolLayer(marker)
    return symbol


def haloed_text(size: float, halo_mm: float = 1.0) -> QgsTextFormat:
    """Label text with a white halo, readable over any map."""
    text = QgsTextFormat()
    text.setSize(size)
    buffer = QgsTextBufferSettings()
    buffer.setEnabled(True)
    buffer.setSize(halo_mm)
    buffer.setColor(QColor("white"))
    text.setBuffer(buffer)
    return text


def set_labels(layer, settings: QgsPalLayerSettings, text: QgsTextFormat) -> None:
    settings.setFormat(text)
    layer.setLabeling(QgsVectorLayerSimpleLabeling(settings))
    layer.setLabelsEnabled(True)


def _labels(layer, expression: str, size: float = 9.0) -> None:
    settings = QgsPalLayerSettings()
    settings.fieldName = expression
    settings.isExpression = True
    # Beside a site's marker, not on it (around the centroid for polygons; along a line for lines).
    if layer.geometryType() == 2:
        settings.placement = QgsPalLayerSettings.AroundPoint
        settings.dist = 1.8
    set_labels(layer, settings, haloed_text(size))


def style_gaps(layer) -> None:
    """Bold red stretches of corridor without a station, labelled with their length."""
    layer.setRenderer(QgsSingleSymbolRenderer(QgsLineSymbol.createSimple({
        "line_color": "#d7191c", "line_width": "1.6", "capstyle": "flat"})))
    _labels(layer, "concat(\"corridor\", ' ', format_number(\"length_m\" / 1000, 0), ' km')")


def style_gap_sites(layer) -> None:
    """Sites in the gaps: green where one station there closes the gap, orange where it does not."""
    root = QgsRuleBasedRenderer.Rule(None)
    for expression, colour, label in (("\"closes\"", "#1a9641", tr("closes the gap on its own")),
                                      ("NOT \"closes\"", "#fdae61", tr("in a gap, does not close it alone"))):
        root.appendChild(QgsRuleBasedRenderer.Rule(site_symbol(colour), 0, 0, expression, label))
    layer.setRenderer(QgsRuleBasedRenderer(root))


#: Shares of the runs in which a site is among the best (upper bound, colour, legend text).
SHARES = ((0.25, "#edf8e9", lambda: tr("among the best in under 25 % of the runs")),
          (0.5, "#bae4b3", lambda: tr("in 25-50 % of the runs")),
          (0.75, "#74c476", lambda: tr("in 50-75 % of the runs")),
          (1.0, "#238b45", lambda: tr("in 75 % of the runs or more")))


def sensitivity_styler(prefix: str):
    """The sensitivity output by how often a site is among the best (``<prefix>_p_top``); sites
    without the statistic (excluded, or not ranked) as small grey markers."""
    field = "\"{}_p_top\"".format(prefix)

    def style(layer) -> None:
        root = QgsRuleBasedRenderer.Rule(None)
        root.appendChild(QgsRuleBasedRenderer.Rule(site_symbol("#bdbdbd", 1.8, "#969696"), 0, 0,
                                                   "{} IS NULL".format(field),
                                                   tr("excluded or not ranked: no statistics")))
        low = None
        for high, colour, label in SHARES:
            test = "{f} <= {hi}".format(f=field, hi=high) if low is None else \
                "{f} > {lo} AND {f} <= {hi}".format(f=field, lo=low, hi=high)
            root.appendChild(QgsRuleBasedRenderer.Rule(site_symbol(colour, 3.6), 0, 0, test, label()))
            low = high
        layer.setRenderer(QgsRuleBasedRenderer(root))

    return style


def style_short_list(layer) -> None:
    """The short list by station type, each site labelled with its place on its list."""
    categories = [QgsRendererCategory(kind, site_symbol(colour, 4.0), station_type_label(kind))
                  for kind, colour in TYPE_COLOURS.items()]
    layer.setRenderer(QgsCategorizedSymbolRenderer("station_type", categories))
    _labels(layer, "\"place\"")

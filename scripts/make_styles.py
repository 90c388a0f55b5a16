# SPDX-License-Identifier: GPL-2.0-or-later
"""Write the bundled layer styles resources/styles/scores_<type>_<lang>.qml with QGIS itself.

Run after changing labels or translations:  make styles

One style per station type and language, reading only that type's fields (``bat_`` ...):

- regional scale (smaller than 1:30 000): every site as a marker at a point inside its parcel;
  ranked sites as hexagons coloured and sized by score class (never a plain dot, which reads
  as a substation), sites not ranked as hollow dashed hexagons, excluded sites as small light
  grey crosses; the ten best ranks labelled with their rank, the best winning where labels
  would collide;
- detail (1:30 000 and larger): the parcels themselves, filled by score class, excluded ones
  hatched grey, not ranked ones dashed; every ranked parcel labelled with its rank;
- the legend names the station type ("Battery: score 80-100") under a heading for each scale
  band; a legend filtered by scale or by the map's content shows only the band drawn;
- the map tip shows the site, its rank and score, the explanation and, for an excluded site,
  the hard rules it breaks; Identify lists each site as "MOS-0047 – no. 1, score 96.2".
"""
import html
import os
import string
import sys
import uuid
from pathlib import Path

# Qt writes XML attributes in hash order: a fixed seed, set before Qt starts, keeps the files
# the same from one run to the next (with the rule keys below).
os.environ["QT_HASH_SEED"] = "0"
sys.path.insert(0, str(Path(__file__).resolve().parent))
from qgis_session import ROOT, plugin_on_path, start_qgis  # noqa: E402

plugin_on_path()

from energistasjon.energistasjon_plugin.core.casework import (  # noqa: E402
    BNR_FIELDS,
    GNR_FIELDS,
    SITE_ID_FIELDS,
    SITE_NAME_FIELDS,
)
from energistasjon.energistasjon_plugin.core.i18n import current_language, format_number, tr, use_language  # noqa: E402
from energistasjon.energistasjon_plugin.core.output_fields import station_short_label  # noqa: E402
from energistasjon.energistasjon_plugin.core.profiles import load_bundled_profile  # noqa: E402
from qgis.core import (  # noqa: E402
    QgsCentroidFillSymbolLayer,
    QgsDefaultVectorLayerLegend,
    QgsFeatureRequest,
    QgsFillSymbol,
    QgsMarkerSymbol,
    QgsPalLayerSettings,
    QgsProperty,
    QgsRuleBasedLabeling,
    QgsRuleBasedRenderer,
    QgsSimpleFillSymbolLayer,
    QgsSimpleMarkerSymbolLayer,
    QgsTextBufferSettings,
    QgsTextFormat,
    QgsUnitTypes,
    QgsVectorLayer,
)
from qgis.PyQt.QtGui import QColor, QFont  # noqa: E402

STATION_TYPES = ("hydrogen", "battery", "biogas")
LANGUAGES = ("en", "nb")
#: Score classes: lowest score, first score above the class, colour, marker size (mm) at regional scale.
CLASSES = ((80, 101, "#1a9641", 4.4), (60, 80, "#a6d96a", 3.8), (40, 60, "#ffffbf", 3.3),
           (20, 40, "#fdae61", 3.0), (0, 20, "#d7191c", 2.8))
#: At this scale and larger (1:25 000, 1:10 000 ...) the parcels are drawn; smaller, markers.
#: Not one of QGIS's preset scales, so that every preset falls clearly on one side.
DETAIL_SCALE = 30000
#: Ranks labelled at regional scale.
TOP_LABELLED = 10
SITE_MARKER = "hexagon"
EXCLUDED_GREY = "#a3a3a3"


# --- expressions -----------------------------------------------------------------------------

def quoted(text: str) -> str:
    """A QGIS expression string literal."""
    return "'" + text.replace("\\", "\\\\").replace("'", "''") + "'"


def template_expression(template: str, **values: str) -> str:
    """A translated template (``No. {rank}``) as an expression, ``concat('No. ', "bat_rank")``:
    the words stay in the translator's order; a NULL value reads as empty."""
    parts = []
    for literal, name, _spec, _conversion in string.Formatter().parse(template):
        if literal:
            parts.append(quoted(literal))
        if name is not None:
            parts.append(values[name])
    return parts[0] if len(parts) == 1 else "concat({})".format(", ".join(parts))


def html_escaped(expression: str) -> str:
    """The value of an expression safe inside HTML (reasons read ``800 m² < 2 000 m²``)."""
    return "replace(replace(replace({}, '&', '&amp;'), '<', '&lt;'), '>', '&gt;')".format(expression)


def first_field(names) -> str:
    """The first of these fields the layer has (field names differ between municipalities)."""
    return "coalesce({})".format(", ".join("attribute({})".format(quoted(n)) for n in names))


def site_name_expression() -> str:
    """The site's id or name, else its feature id: ``MOS-0047``, ``Site 12``."""
    fallback = template_expression(tr("Site {id}"), id="$id")
    return "coalesce({}, {})".format(first_field(SITE_ID_FIELDS + SITE_NAME_FIELDS + ("id",)), fallback)


def score_text(prefix: str) -> str:
    """The score with one decimal, written as the style's language writes it (``85,9`` in nb)."""
    return "format_number(\"{}_score\", 1, {})".format(prefix, quoted(current_language()))


def status_expression(prefix: str) -> str:
    """``no. 3, score 90.4`` / ``not ranked, score 63.0`` / ``excluded``, for Identify."""
    return ("CASE WHEN \"{p}_excluded\" THEN {excluded} "
            "WHEN \"{p}_rank\" IS NOT NULL THEN {ranked} "
            "ELSE {not_ranked} END").format(
        p=prefix, excluded=quoted(tr("excluded")),
        ranked=template_expression(tr("no. {rank}, score {score}"), rank='"{}_rank"'.format(prefix),
                                   score=score_text(prefix)),
        not_ranked=template_expression(tr("not ranked, score {score}"), score=score_text(prefix)))


def display_expression(prefix: str) -> str:
    """How Identify and the attribute form name a feature: ``MOS-0047 – no. 1, score 96.2``."""
    return "concat({}, ' – ', {})".format(site_name_expression(), status_expression(prefix))


def map_tip(prefix: str, type_name: str) -> str:
    """HTML shown when the pointer rests on a site (View > Show Map Tips)."""
    p = prefix
    parcel = "CASE WHEN {gnr} IS NOT NULL THEN concat(' · ', {text}) ELSE '' END".format(
        gnr=first_field(GNR_FIELDS), text=template_expression(
            tr("gnr/bnr {gnr}/{bnr}"), gnr=first_field(GNR_FIELDS), bnr=first_field(BNR_FIELDS)))
    ranked = template_expression(tr("Rank {rank} of {count} · score {score} of 100"),
                                 rank='"{}_rank"'.format(p), count='maximum("{}_rank")'.format(p),
                                 score=score_text(p))
    not_ranked = template_expression(tr("Not ranked · score {score} of 100"), score=score_text(p))
    status = ("CASE WHEN \"{p}_excluded\" THEN concat('<b style=\"color:#b2182b\">', {excluded}, '</b>') "
              "WHEN \"{p}_rank\" IS NOT NULL THEN concat('<b>', {ranked}, '</b>') "
              "ELSE concat('<b>', {not_ranked}, '</b>') END").format(
        p=p, excluded=quoted(html.escape(tr("Excluded: breaks a hard rule"))), ranked=ranked, not_ranked=not_ranked)
    # The reasons are split at "; " before escaping: an escaped "<" ends in ";" too.
    reasons = ("CASE WHEN \"{p}_excluded\" AND \"{p}_failed\" IS NOT NULL THEN "
               "concat('<ul style=\"margin-top:0\"><li>', replace({failed}, char(30), '</li><li>'), '</li></ul>') "
               "ELSE '' END").format(
        p=p, failed=html_escaped('replace("{}_failed", \'; \', char(30))'.format(p)))
    explanation = "CASE WHEN \"{p}_excluded\" THEN '' ELSE concat('<p>', {text}, '</p>') END".format(
        p=p, text=html_escaped('"{}_explain"'.format(p)))
    unchecked = ("CASE WHEN \"{p}_unchecked\" IS NOT NULL AND \"{p}_unchecked\" <> '' "
                 "THEN concat('<p><i>', {text}, '</i></p>') ELSE '' END").format(
        p=p, text=html_escaped('"{}_unchecked"'.format(p)))
    lines = [
        '<div style="max-width:30em">',
        "<b>[% {} %]</b>[% {} %] · {}<br>".format(
            html_escaped(site_name_expression()), html_escaped(parcel), html.escape(type_name)),
        "[% {} %]".format(status),
        "[% {} %]".format(explanation),
        "[% {} %]".format(reasons),
        "[% {} %]".format(unchecked),
        "</div>",
    ]
    return "\n".join(lines)


# --- symbols -----------------------------------------------------------------------------------

def site_marker(colour: str, size: float, outline: str = "#333333", outline_style: str = "solid",
                shape: str = SITE_MARKER) -> QgsMarkerSymbol:
    """A site's marker: the shape on a white halo that keeps it apart from roads and borders."""
    symbol = QgsMarkerSymbol.createSimple({
        "name": shape, "color": "255,255,255,230", "outline_style": "no", "size": str(size + 1.0)})
    symbol.appendSymbolLayer(QgsSimpleMarkerSymbolLayer.create({
        "name": shape, "color": colour, "outline_color": outline, "outline_width": "0.35",
        "outline_style": outline_style, "size": str(size), "joinstyle": "miter"}))
    return symbol


def at_site(marker: QgsMarkerSymbol) -> QgsFillSymbol:
    """A parcel drawn as one marker at a point inside it (regional scale)."""
    centroid = QgsCentroidFillSymbolLayer()
    centroid.setSubSymbol(marker)
    centroid.setPointOnSurface(True)
    centroid.setPointOnAllParts(False)
    symbol = QgsFillSymbol.createSimple({})
    symbol.changeSymbolLayer(0, centroid)
    return symbol


def parcel(colour: str, outline: str, style: str = "solid", outline_style: str = "solid",
           outline_width: float = 0.5) -> QgsFillSymbol:
    """A parcel drawn as itself (detail scale)."""
    return QgsFillSymbol.createSimple({"color": colour, "style": style, "outline_color": outline,
                                       "outline_style": outline_style, "outline_width": str(outline_width),
                                       "joinstyle": "miter"})


def excluded_mark() -> QgsFillSymbol:
    """Excluded sites at regional scale: a small light grey cross, visible but quiet."""
    return at_site(QgsMarkerSymbol.createSimple({
        "name": "cross2", "color": EXCLUDED_GREY, "outline_color": EXCLUDED_GREY, "outline_width": "0.35",
        "size": "1.8"}))


def excluded_parcel() -> QgsFillSymbol:
    symbol = parcel("#e6e6e6", "#9a9a9a", outline_width=0.3)
    symbol.appendSymbolLayer(QgsSimpleFillSymbolLayer.create({
        "color": "#8c8c8c", "style": "b_diagonal", "outline_style": "no"}))
    return symbol


def renderer(prefix: str, short_name: str) -> QgsRuleBasedRenderer:
    """Rules per scale band, with the same labels: markers at regional scale, parcels in detail."""
    rules = []  # label, filter, regional symbol, detail symbol
    for low, high, colour, size in CLASSES:
        label = tr("{type}: score {low}–{high}").format(type=short_name, low=low, high=min(high, 100))
        expression = '"{p}_rank" IS NOT NULL AND "{p}_score" >= {lo} AND "{p}_score" < {hi}'.format(
            p=prefix, lo=low, hi=high)
        rules.append((label, expression, at_site(site_marker(colour, size)), parcel(colour, "#2b2b2b")))
    rules.append((tr("{type}: not ranked, too little is known").format(type=short_name),
                  'NOT "{p}_excluded" AND "{p}_rank" IS NULL'.format(p=prefix),
                  at_site(site_marker("#ffffff", 3.0, "#555555", "dash")),
                  parcel("255,255,255,200", "#555555", outline_style="dash")))
    rules.append((tr("{type}: excluded, breaks a hard rule").format(type=short_name),
                  '"{p}_excluded"'.format(p=prefix), excluded_mark(), excluded_parcel()))
    scale = "1:" + format_number(DETAIL_SCALE)
    # Rule(symbol, maximumScale (most zoomed in), minimumScale (most zoomed out), filter, label).
    # Each scale band is a heading in the legend: QGIS lists every rule whatever the scale
    # (a print legend drops the others with "Only show items inside linked map").
    regional = QgsRuleBasedRenderer.Rule(None, DETAIL_SCALE, 0, "", tr(
        "Zoomed out beyond {scale}: one marker per site").format(scale=scale))
    detail = QgsRuleBasedRenderer.Rule(None, 0, DETAIL_SCALE, "", tr(
        "Zoomed in to {scale} or closer: the parcels").format(scale=scale))
    # The children repeat their band's scales: a legend filtered by scale reads each rule's own.
    for label, expression, regional_symbol, detail_symbol in rules:
        regional.appendChild(QgsRuleBasedRenderer.Rule(regional_symbol, DETAIL_SCALE, 0, expression, label))
        detail.appendChild(QgsRuleBasedRenderer.Rule(detail_symbol, 0, DETAIL_SCALE, expression, label))
    root = QgsRuleBasedRenderer.Rule(None)
    root.appendChild(regional)
    root.appendChild(detail)
    result = QgsRuleBasedRenderer(root)
    # The best drawn last, on top: ranks descending, sites without a rank first.
    result.setOrderBy(QgsFeatureRequest.OrderBy([
        QgsFeatureRequest.OrderByClause('"{}_rank"'.format(prefix), False, True)]))
    result.setOrderByEnabled(True)
    return result


# --- labels ------------------------------------------------------------------------------------

def text_format(size: float, bold: bool = True) -> QgsTextFormat:
    text = QgsTextFormat()
    font = QFont("DejaVu Sans")
    font.setBold(bold)
    text.setFont(font)
    text.setSize(size)
    text.setSizeUnit(QgsUnitTypes.RenderPoints)
    text.setColor(QColor("#1f1f1f"))
    return text


def white_buffer(size: float) -> QgsTextBufferSettings:
    buffer = QgsTextBufferSettings()
    buffer.setEnabled(True)
    buffer.setSize(size)
    buffer.setSizeUnit(QgsUnitTypes.RenderMillimeters)
    buffer.setColor(QColor("white"))
    return buffer


def rank_priority(prefix: str) -> QgsProperty:
    """Label priority 10 for rank 1 down to 0: where labels would collide, the better rank shows."""
    return QgsProperty.fromExpression('max(0, {} - "{}_rank")'.format(TOP_LABELLED + 1, prefix))


def rank_label(prefix: str) -> QgsPalLayerSettings:
    """Regional scale: the rank beside the marker; the best rank wins a collision."""
    settings = QgsPalLayerSettings()
    settings.fieldName = '"{}_rank"'.format(prefix)
    settings.isExpression = True
    text = text_format(9)
    text.setBuffer(white_buffer(1.0))
    settings.setFormat(text)
    settings.placement = QgsPalLayerSettings.AroundPoint
    settings.centroidInside = True
    settings.dist = 2.2
    settings.distUnits = QgsUnitTypes.RenderMillimeters
    properties = settings.dataDefinedProperties()
    properties.setProperty(QgsPalLayerSettings.Priority, rank_priority(prefix))
    settings.setDataDefinedProperties(properties)
    settings.setLegendString("1")
    return settings


def parcel_label(prefix: str) -> QgsPalLayerSettings:
    """Detail scale: the rank of every ranked parcel, on the parcel (the score is in the map tip)."""
    settings = QgsPalLayerSettings()
    settings.fieldName = '"{}_rank"'.format(prefix)
    settings.isExpression = True
    text = text_format(9)
    text.setBuffer(white_buffer(1.0))
    settings.setFormat(text)
    settings.placement = QgsPalLayerSettings.OverPoint
    settings.centroidInside = True
    properties = settings.dataDefinedProperties()
    properties.setProperty(QgsPalLayerSettings.Priority, rank_priority(prefix))
    settings.setDataDefinedProperties(properties)
    settings.setLegendString("1")
    return settings


def labeling(prefix: str) -> QgsRuleBasedLabeling:
    root = QgsRuleBasedLabeling.Rule(None)
    root.appendChild(QgsRuleBasedLabeling.Rule(
        rank_label(prefix), DETAIL_SCALE, 0, '"{p}_rank" <= {n}'.format(p=prefix, n=TOP_LABELLED),
        tr("Rank (1 = best), the {n} best").format(n=TOP_LABELLED)))
    root.appendChild(QgsRuleBasedLabeling.Rule(
        parcel_label(prefix), 0, DETAIL_SCALE, '"{}_rank" IS NOT NULL'.format(prefix), tr("Rank (1 = best)")))
    return QgsRuleBasedLabeling(root)


# --- the style file ------------------------------------------------------------------------------

def stable_keys(rule, name: str) -> None:
    """Rule keys derived from the rule's place in the tree instead of random ones, so that
    ``make styles`` writes the same files for the same sources."""
    rule.setRuleKey("{{{}}}".format(uuid.uuid5(uuid.NAMESPACE_URL, "energistasjon:" + name)))
    for index, child in enumerate(rule.children()):
        stable_keys(child, "{}/{}".format(name, index))


def styled_layer(station_type: str) -> QgsVectorLayer:
    """A memory layer carrying the style of one station type in the current language."""
    profile = load_bundled_profile(station_type)
    prefix = profile.field_prefix
    layer = QgsVectorLayer("Polygon?crs=EPSG:25833&field={p}_score:double&field={p}_rank:integer"
                           "&field={p}_excluded:boolean".format(p=prefix), "style", "memory")
    rules = renderer(prefix, station_short_label(station_type))
    stable_keys(rules.rootRule(), "scores/{}/renderer".format(station_type))
    labels = labeling(prefix)
    stable_keys(labels.rootRule(), "scores/{}/labels".format(station_type))
    layer.setRenderer(rules)
    layer.setLabeling(labels)
    layer.setLabelsEnabled(True)
    legend = QgsDefaultVectorLayerLegend(layer)
    legend.setShowLabelLegend(True)  # "1  Rank (1 = best)": what the numbers on the map are
    layer.setLegend(legend)
    layer.setDisplayExpression(display_expression(prefix))
    layer.setMapTipTemplate(map_tip(prefix, profile.name))
    return layer


def main() -> None:
    app = start_qgis(with_plugin=False)
    out = ROOT / "resources" / "styles"
    out.mkdir(parents=True, exist_ok=True)
    for station_type in STATION_TYPES:
        for language in LANGUAGES:
            with use_language(language):
                layer = styled_layer(station_type)
                path = out / "scores_{}_{}.qml".format(station_type, language)
                message, ok = layer.saveNamedStyle(str(path))
                if not ok:
                    raise SystemExit("could not write {}: {}".format(path, message))
                print(path.relative_to(ROOT))
    app.exitQgis()


if __name__ == "__main__":
    main()

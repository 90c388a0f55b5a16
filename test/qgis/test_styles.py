"""The bundled score styles as a planner meets them: a map that reads at regional scale and
in detail, a legend that names the station type, a map tip and an Identify name that explain
each site (resources/styles/scores_<type>_<lang>.qml, written by ``make styles``)."""
import re
from pathlib import Path

import hand_fixture
import pytest
from qgis.core import (
    QgsExpression,
    QgsExpressionContext,
    QgsExpressionContextUtils,
    QgsFeatureRequest,
    QgsLayerTreeModel,
    QgsMapRendererSequentialJob,
    QgsMapSettings,
    QgsPointXY,
    QgsProject,
    QgsRectangle,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QSize, Qt
from qgis.PyQt.QtGui import QColor, QTextDocument
from qgis.PyQt.QtXml import QDomDocument

ALG = "energistasjon:scoresites"
STYLES = Path(__file__).resolve().parents[2] / "resources" / "styles"
PREFIX = {"hydrogen": "h2", "battery": "bat", "biogas": "bio"}
TYPE_IN_LEGEND = {("hydrogen", "en"): "Hydrogen", ("battery", "en"): "Battery", ("biogas", "en"): "Biogas",
                  ("hydrogen", "nb"): "Hydrogen", ("battery", "nb"): "Batteri", ("biogas", "nb"): "Biogass"}
REGIONAL, DETAIL = 150000, 10000
TOP_CLASS, SECOND_CLASS = QColor("#1a9641"), QColor("#a6d96a")  # score 80-100, 60-80
ALL_TYPES = pytest.mark.parametrize("station_type", ["hydrogen", "battery", "biogas"])
BOTH_LANGUAGES = pytest.mark.parametrize("language", ["en", "nb"])


def apply_style(layer, station_type, language):
    """Apply a bundled .qml (QgsVectorLayer.loadNamedStyle on a GeoPackage layer would take the
    style stored in the GeoPackage instead)."""
    document = QDomDocument("qgis")
    document.setContent((STYLES / "scores_{}_{}.qml".format(station_type, language)).read_text(encoding="utf-8"))
    ok, message = layer.importNamedStyle(document)
    assert ok, message
    return layer


def memory_layer(station_type, language):
    p = PREFIX[station_type]
    layer = QgsVectorLayer("Polygon?crs=EPSG:25833&field={p}_score:double&field={p}_rank:integer"
                           "&field={p}_excluded:boolean".format(p=p), "s", "memory")
    return apply_style(layer, station_type, language)


def drawn_rules(rule, scale, inherited_ok=True):
    """The rules with a symbol that QGIS draws at this scale (a rule counts only where its
    parents do)."""
    ok = inherited_ok and (rule.parent() is None or rule.isScaleOK(scale))
    found = [rule] if ok and rule.symbol() is not None else []
    for child in rule.children():
        found += drawn_rules(child, scale, ok)
    return found


def legend_at(layer, scale):
    """The legend entries a layer tree shows at this scale."""
    project = QgsProject.instance()
    project.addMapLayer(layer)
    try:
        model = QgsLayerTreeModel(project.layerTreeRoot())
        model.setLegendFilterByScale(scale)
        node = project.layerTreeRoot().findLayer(layer.id())
        return [n.data(Qt.DisplayRole) for n in model.layerLegendNodes(node)]
    finally:
        project.removeMapLayer(layer.id())


@ALL_TYPES
@BOTH_LANGUAGES
def test_each_style_draws_markers_far_out_and_parcels_close_in(station_type, language):
    layer = memory_layer(station_type, language)
    renderer = layer.renderer()
    assert renderer.type() == "RuleRenderer"
    regional, detail = drawn_rules(renderer.rootRule(), REGIONAL), drawn_rules(renderer.rootRule(), DETAIL)
    assert len(regional) == len(detail) == 7  # five score classes, not ranked, excluded
    for rule in regional:  # one marker per site, never the parcel itself
        assert [rule.symbol().symbolLayer(i).layerType() for i in range(rule.symbol().symbolLayerCount())] == [
            "CentroidFill"]
    ranked_marker = regional[0].symbol().symbolLayer(0).subSymbol()
    assert ranked_marker.symbolLayer(1).shape() != ranked_marker.symbolLayer(1).Circle  # not a substation dot
    assert ranked_marker.symbolLayer(1).color() == TOP_CLASS
    assert detail[0].symbol().symbolLayer(0).layerType() == "SimpleFill"
    assert detail[0].symbol().color() == TOP_CLASS
    # only this station type's fields
    prefixes = {name.split("_")[0] for rule in regional + detail for name in re.findall(r'"(\w+)"',
                                                                                       rule.filterExpression())}
    assert prefixes == {PREFIX[station_type]}


@ALL_TYPES
@BOTH_LANGUAGES
def test_the_legend_names_the_station_type_and_only_what_the_scale_shows(station_type, language):
    kind = TYPE_IN_LEGEND[(station_type, language)]
    regional = legend_at(memory_layer(station_type, language), REGIONAL)
    detail = legend_at(memory_layer(station_type, language), DETAIL)
    top = {"en": "{}: score 80–100", "nb": "{}: 80–100 poeng"}[language].format(kind)
    excluded = {"en": "{}: excluded, breaks a hard rule", "nb": "{}: utelukket, bryter et absolutt krav"}[
        language].format(kind)
    for entries in (regional, detail):
        assert top in entries and excluded in entries
        assert len([e for e in entries if e.startswith(kind + ": ")]) == 7
    marker_heading = {"en": "Zoomed out beyond 1:30 000: one marker per site",
                      "nb": "Zoomet ut forbi 1:30 000: ett symbol per tomt"}[language]
    parcel_heading = {"en": "Zoomed in to 1:30 000 or closer: the parcels",
                      "nb": "Zoomet inn til 1:30 000 eller nærmere: tomtene"}[language]
    assert marker_heading in regional and parcel_heading not in regional
    assert parcel_heading in detail and marker_heading not in detail


@ALL_TYPES
def test_map_tip_and_identify_read_only_this_types_fields(station_type):
    layer = memory_layer(station_type, "en")
    tip, display = layer.mapTipTemplate(), layer.displayExpression()
    p = PREFIX[station_type]
    assert '"{}_explain"'.format(p) in tip and '"{}_failed"'.format(p) in tip
    for text in (tip, display):
        assert {name.split("_")[0] for name in re.findall(r'"(\w+)"', text)} == {p}
        assert QgsExpression(display).parserErrorString() == ""


# --- on a scored output --------------------------------------------------------------------------

def score(tmp_path, language=2, station_types=(0, 1, 2)):
    import processing

    gpkg, grid = hand_fixture.write_geopackage(tmp_path), hand_fixture.write_grid_capacity(tmp_path)

    def layer(name):
        return "{}|layername={}".format(gpkg, name)

    result = processing.run(ALG, {
        "INPUT": layer("kandidater"), "STATION_TYPES": list(station_types), "ROADS": layer("veger"),
        "TRAFFIC": layer("trafikkmengde"), "GRID_CAPACITY_FILE": str(grid), "ZONING_KPA": [layer("kpa")],
        "ZONING_RP": [layer("rp")], "BUILDINGS": layer("bygninger"), "LANGUAGE": language,
        "OUTPUT": str(tmp_path / "scored.gpkg")})
    return result["OUTPUT"]


@pytest.fixture
def scored(plugin, tmp_path):
    """The hand fixture scored for every station type, in English: the output's path."""
    return score(tmp_path)


def opened(path, station_type="battery", language="en"):
    layer = QgsVectorLayer(path, "scored", "ogr")
    assert layer.isValid()
    return apply_style(layer, station_type, language)


def site(layer, tomt_id):
    return next(layer.getFeatures(QgsFeatureRequest().setFilterExpression("\"tomt_id\" = '{}'".format(tomt_id))))


def shown(layer, feature, template=None):
    """What QGIS shows for a feature: the map tip as rendered HTML text, or the display expression."""
    context = QgsExpressionContext(QgsExpressionContextUtils.globalProjectLayerScopes(layer))
    context.setFeature(feature)
    if template is None:
        return QgsExpression(layer.displayExpression()).evaluate(context)
    html = QgsExpression.replaceExpressionText(template, context)
    document = QTextDocument()
    document.setHtml(html)
    return html, document.toPlainText()


def test_map_tip_explains_a_ranked_site_and_lists_why_one_is_excluded(scored):
    layer = opened(scored)
    a, c = site(layer, "A"), site(layer, "C")
    html, text = shown(layer, a, layer.mapTipTemplate())
    assert text.startswith("A · Battery-electric truck charging")
    assert "Rank 1 of 3 · score 95.0 of 100" in text
    assert a["bat_explain"] in text  # "Industri (RP 1340), 300 m to the E6 exit, ..."
    html, text = shown(layer, c, layer.mapTipTemplate())  # 800 m²: too small
    assert "Excluded: breaks a hard rule" in text
    for reason in c["bat_failed"].split("; "):
        assert reason in [line.strip() for line in text.splitlines()]  # one reason a line, "<" and all
    assert "&lt;" in html and c["bat_explain"] not in text  # "Excluded: see the reasons." is not repeated


def test_identify_names_each_site_with_its_rank_and_score(scored):
    layer = opened(scored)
    assert shown(layer, site(layer, "A")) == "A – no. 1, score 95.0"
    assert shown(layer, site(layer, "B")) == "B – excluded"


def test_norwegian_style_speaks_norwegian(plugin, tmp_path):
    layer = apply_style(QgsVectorLayer(score(tmp_path, language=1), "scored", "ogr"), "battery", "nb")
    a = site(layer, "A")
    assert shown(layer, a) == "A – nr. 1, 95,0 poeng"
    _, text = shown(layer, a, layer.mapTipTemplate())
    assert "Nr. 1 av 3 · 95,0 av 100 poeng" in text and a["bat_explain"] in text


def test_the_geopackage_carries_every_types_map_tip(plugin, tmp_path):
    layer = QgsVectorLayer(score(tmp_path, station_types=(1, 2)), "scored", "ogr")  # opens with its default style
    assert '"bat_explain"' in layer.mapTipTemplate()
    assert shown(layer, site(layer, "A")) == "A – no. 1, score 95.0"
    _count, ids, names, _descriptions, _error = layer.listStylesInDatabase()
    document = QDomDocument("qgis")  # Layer Properties > Style > Load Style > from database
    document.setContent(layer.getStyleFromDatabase(ids[names.index("scores_biogas_en")])[0])
    assert layer.importNamedStyle(document)[0]
    assert '"bio_explain"' in layer.mapTipTemplate() and '"bat_' not in layer.mapTipTemplate()
    assert shown(layer, site(layer, "A")).startswith("A – ")
    assert layer.attributeAlias(layer.fields().indexOf("bat_score")) == "Battery: score (0-100)"  # kept


# --- the map, rendered ---------------------------------------------------------------------------

def render(layer, centre, scale, size=600, dpi=96):
    settings = QgsMapSettings()
    settings.setLayers([layer])
    settings.setDestinationCrs(layer.crs())
    settings.setOutputSize(QSize(size, size))
    settings.setOutputDpi(dpi)
    settings.setBackgroundColor(QColor("white"))
    half = size / dpi * 0.0254 * scale / 2
    settings.setExtent(QgsRectangle(centre.x() - half, centre.y() - half, centre.x() + half, centre.y() + half))
    assert settings.scale() == pytest.approx(scale, rel=0.01)
    job = QgsMapRendererSequentialJob(settings)
    job.start()
    job.waitForFinished()
    labels = sorted(label.labelText for label in job.takeLabelingResults().allLabels())
    return job.renderedImage(), settings.mapToPixel(), labels


def pixel(image, to_pixel, x, y):
    point = to_pixel.transform(QgsPointXY(hand_fixture.X0 + x, hand_fixture.Y0 + y))
    return image.pixelColor(int(round(point.x())), int(round(point.y())))


def window(image, to_pixel, x, y, radius=6):
    point = to_pixel.transform(QgsPointXY(hand_fixture.X0 + x, hand_fixture.Y0 + y))
    cx, cy = int(round(point.x())), int(round(point.y()))
    return [image.pixelColor(i, j) for i in range(cx - radius, cx + radius + 1)
            for j in range(cy - radius, cy + radius + 1)]


def near(colour, expected, tolerance=12):
    return all(abs(a - b) <= tolerance for a, b in zip(colour.getRgb()[:3], expected.getRgb()[:3]))


def greyish(colour):
    r, g, b = colour.getRgb()[:3]
    return max(r, g, b) - min(r, g, b) <= 10 and max(r, g, b) < 235


def test_regional_map_shows_ranked_sites_by_class_and_excluded_ones_quietly(scored):
    # Fixture, battery: A rank 1 (95.0), E rank 2 (87.7), D rank 3 (77.6); B (LNFR) and C (800 m²) excluded.
    layer = opened(scored)
    centre = QgsPointXY(hand_fixture.X0 + 1200, hand_fixture.Y0)
    image, to_pixel, labels = render(layer, centre, REGIONAL)
    assert near(pixel(image, to_pixel, 350, 50), TOP_CLASS)  # A's marker, the best drawn on top
    assert near(pixel(image, to_pixel, 2140, 525), SECOND_CLASS)  # D's marker
    around_b = window(image, to_pixel, 1050, -175)
    assert any(greyish(c) for c in around_b)  # B still shows: a light grey mark
    assert not any(near(c, TOP_CLASS, 40) or near(c, SECOND_CLASS, 40) for c in around_b)
    assert labels == ["1", "2", "3"]  # the ranks of the ranked sites, none for the excluded


def test_detail_map_shows_the_parcels(scored):
    layer = opened(scored)
    centre = QgsPointXY(hand_fixture.X0 + 700, hand_fixture.Y0 - 60)
    image, to_pixel, labels = render(layer, centre, DETAIL)
    # A (300-400 x 20-80 m) filled to its corners with the top class colour: the parcel, not a marker
    for x, y in ((310, 30), (390, 30), (310, 70), (390, 70)):
        assert near(pixel(image, to_pixel, x, y), TOP_CLASS), (x, y)
    # B (1000-1100 x -200..-150), excluded: grey and hatched, no score colour
    inside_b = [pixel(image, to_pixel, x, y) for x in range(1005, 1100, 5) for y in range(-195, -150, 5)]
    assert all(greyish(c) or c.lightness() > 220 for c in inside_b)
    assert len({c.name() for c in inside_b}) > 1  # a hatch, not a flat fill
    assert "1" in labels  # A's rank on its parcel

# SPDX-License-Identifier: GPL-2.0-or-later
"""Render the bundled score styles on the demo output, to look at them: one PNG per region,
station type, language and scale (1:150 000 regional, 1:10 000 detail), each an A4 page
with the map over a light background of context (municipalities, built-up areas, roads,
buildings, substations and existing stations drawn as a planner's own layers would be), the
legend as QGIS's print layout shows it at that scale, and a scale bar.

    make demo                                   # writes demo_output/*_scored.gpkg
    PYTHONPATH=... python scripts/render_styles_preview.py  # -> build/styles_preview/*.png

The style is read from resources/styles (the .qml files ``make styles`` writes), not from
the GeoPackage, so a regenerated style can be judged without scoring again.
"""
import argparse
import math
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from qgis_session import ROOT, start_qgis  # noqa: E402

DEMO = ROOT / "resources" / "demo"
GPKG = DEMO / "energistasjon_demo.gpkg"
REGIONS = ("Mosseregionen", "Drammensregionen")
STATION_TYPES = ("hydrogen", "battery", "biogas")
SCALES = (150000, 10000)
MAP_W, MAP_H = 180.0, 175.0  # mm


def demo_layer(name: str, title: str, subset: str = ""):
    from qgis.core import QgsVectorLayer

    source = "{}|layername={}{}".format(GPKG, name, "|subset=" + subset if subset else "")
    layer = QgsVectorLayer(source, title, "ogr")
    if not layer.isValid():
        raise SystemExit("could not load {}".format(source))
    return layer


def context_layers(region: str):
    """Background layers, drawn light so the sites stand out; bottom first."""
    from energistasjon.energistasjon_plugin.core.i18n import tr
    from qgis.core import (
        QgsFillSymbol,
        QgsLineSymbol,
        QgsMarkerSymbol,
        QgsRuleBasedRenderer,
        QgsVectorLayer,
    )

    municipalities = demo_layer("kommuner", tr("Municipalities"), "\"region\" = '{}'".format(region))
    municipalities.renderer().setSymbol(QgsFillSymbol.createSimple(
        {"color": "#f6f4ef", "outline_color": "#a89f8c", "outline_width": "0.35"}))
    built_up = demo_layer("tettbebyggelse", tr("Built-up areas"))
    built_up.renderer().setSymbol(QgsFillSymbol.createSimple({"color": "#ebe6dc", "outline_style": "no"}))
    buildings = demo_layer("bygninger", tr("Buildings"))
    buildings.renderer().setSymbol(QgsMarkerSymbol.createSimple(
        {"name": "square", "color": "#c9c2b4", "outline_style": "no", "size": "0.9"}))
    buildings.setScaleBasedVisibility(True)
    buildings.setMinimumScale(30000)
    roads = demo_layer("veger", tr("Roads"))
    root = QgsRuleBasedRenderer.Rule(None)
    root.appendChild(QgsRuleBasedRenderer.Rule(
        QgsLineSymbol.createSimple({"color": "#e0a458", "width": "0.9"}), 0, 0, "\"vegkategori\" = 'E'",
        tr("European roads")))
    root.appendChild(QgsRuleBasedRenderer.Rule(
        QgsLineSymbol.createSimple({"color": "#bdb6a8", "width": "0.35"}), 0, 0, "\"vegkategori\" <> 'E'",
        tr("Other roads")))
    roads.setRenderer(QgsRuleBasedRenderer(root))
    # A planner's own point layers, with QGIS's plain default look: a circle.
    substations = QgsVectorLayer(str(DEMO / "nettkapasitet_demo.geojson"), tr("Substations"), "ogr")
    substations.renderer().setSymbol(QgsMarkerSymbol.createSimple(
        {"name": "circle", "color": "#4f7fbf", "outline_color": "#23395b", "size": "2.0"}))
    stations = demo_layer("eksisterende_stasjoner", tr("Existing stations"))
    stations.renderer().setSymbol(QgsMarkerSymbol.createSimple(
        {"name": "square", "color": "#7b4fa0", "outline_color": "#3b2450", "size": "2.0"}))
    return [municipalities, built_up, buildings, roads, substations, stations]


def focus_point(sites, prefix: str, scale: int):
    """Where to centre the map: the middle of the ten best at regional scale; in detail, the
    best site with most other sites within 1 km (ranked and excluded side by side)."""
    from qgis.core import QgsFeatureRequest, QgsPointXY

    points = [(f.geometry().pointOnSurface().asPoint(), f[prefix + "_rank"]) for f in sites.getFeatures(
        QgsFeatureRequest().setSubsetOfAttributes([prefix + "_rank"], sites.fields()))]
    best = [(p, r) for p, r in points if isinstance(r, int) and r <= 10]
    if scale > 30000:  # the ten best in the middle
        return QgsPointXY(sum(p.x() for p, _ in best) / len(best), sum(p.y() for p, _ in best) / len(best))

    def neighbours(point):
        return sum(1 for q, _ in points if q.distance(point) < 1000)

    return max(best, key=lambda pr: (neighbours(pr[0]), -pr[1]))[0]


def nice_length(metres: float) -> float:
    """The round length (1, 2 or 5 times a power of ten) just below ``metres``."""
    power = 10 ** math.floor(math.log10(metres))
    return max(step * power for step in (1, 2, 5) if step * power <= metres)


def load_style(layer, style: Path) -> None:
    from energistasjon.energistasjon_plugin.bridge.styles import apply_style_file

    try:
        apply_style_file(layer, style)
    except OSError as error:
        raise SystemExit("could not load {}".format(error)) from error


def render(scored: Path, region: str, station_type: str, language: str, scale: int, png: Path,
           filter_legend: bool = True) -> None:
    from energistasjon.energistasjon_plugin.core.i18n import format_number, tr, use_language
    from energistasjon.energistasjon_plugin.core.profiles import load_bundled_profile
    from qgis.core import (
        QgsLayoutExporter,
        QgsLayoutItemLabel,
        QgsLayoutItemLegend,
        QgsLayoutItemMap,
        QgsLayoutItemScaleBar,
        QgsLayoutPoint,
        QgsLayoutSize,
        QgsLegendStyle,
        QgsPrintLayout,
        QgsProject,
        QgsRectangle,
        QgsScaleBarSettings,
        QgsUnitTypes,
        QgsVectorLayer,
    )
    from qgis.PyQt.QtCore import QSize
    from qgis.PyQt.QtGui import QFont

    style = ROOT / "resources" / "styles" / "scores_{}_{}.qml".format(station_type, language)
    project = QgsProject.instance()
    project.clear()
    with use_language(language):
        profile = load_bundled_profile(station_type)
        sites = QgsVectorLayer(str(scored), "{} – {}".format(region, profile.name), "ogr")
        load_style(sites, style)
        background = context_layers(region)
        for layer in background + [sites]:
            project.addMapLayer(layer)
        project.setCrs(sites.crs())

        layout = QgsPrintLayout(project)
        layout.initializeDefaults()  # A4 landscape
        map_item = QgsLayoutItemMap(layout)
        map_item.attemptMove(QgsLayoutPoint(8, 20, QgsUnitTypes.LayoutMillimeters))
        map_item.attemptResize(QgsLayoutSize(MAP_W, MAP_H, QgsUnitTypes.LayoutMillimeters))
        map_item.setLayers([sites] + list(reversed(background)))
        map_item.setCrs(sites.crs())
        map_item.setFrameEnabled(True)
        layout.addLayoutItem(map_item)
        centre = focus_point(sites, profile.field_prefix, scale)
        half_w, half_h = MAP_W * scale / 2000.0, MAP_H * scale / 2000.0
        map_item.setExtent(QgsRectangle(centre.x() - half_w, centre.y() - half_h,
                                        centre.x() + half_w, centre.y() + half_h))
        map_item.setScale(scale)

        title = QgsLayoutItemLabel(layout)
        title.setText(tr("{region}: {profile}, {scale}").format(
            region=region, profile=profile.name, scale="1:" + format_number(scale)))
        title.setFont(QFont("DejaVu Sans", 15))
        title.attemptMove(QgsLayoutPoint(8, 6, QgsUnitTypes.LayoutMillimeters))
        title.attemptResize(QgsLayoutSize(280, 12, QgsUnitTypes.LayoutMillimeters))
        layout.addLayoutItem(title)

        legend = QgsLayoutItemLegend(layout)
        legend.setLinkedMap(map_item)
        # "Only show items inside linked map": without it a print legend lists the rules of every scale.
        legend.setLegendFilterByMapEnabled(filter_legend)
        legend.setTitle(tr("Legend"))
        for part in (QgsLegendStyle.Group, QgsLegendStyle.Subgroup, QgsLegendStyle.SymbolLabel):
            legend.rstyle(part).setFont(QFont("DejaVu Sans", 9))
        legend.attemptMove(QgsLayoutPoint(193, 20, QgsUnitTypes.LayoutMillimeters))
        layout.addLayoutItem(legend)

        bar = QgsLayoutItemScaleBar(layout)
        bar.setStyle("Single Box")
        bar.setLinkedMap(map_item)
        bar.applyDefaultSize()
        segment = nice_length(scale * 0.03)  # about 3 cm on paper
        kilometres = segment >= 1000
        bar.setUnits(QgsUnitTypes.DistanceKilometers if kilometres else QgsUnitTypes.DistanceMeters)
        bar.setUnitLabel("km" if kilometres else "m")
        bar.setUnitsPerSegment(segment / 1000.0 if kilometres else segment)
        bar.setNumberOfSegments(2)
        bar.setNumberOfSegmentsLeft(0)
        bar.setSegmentSizeMode(QgsScaleBarSettings.SegmentSizeFixed)
        bar.attemptMove(QgsLayoutPoint(193, 180, QgsUnitTypes.LayoutMillimeters))
        layout.addLayoutItem(bar)

    image = QgsLayoutExporter(layout).renderPageToImage(0, QSize(), 150)
    if image.isNull() or not image.save(str(png), "PNG"):
        raise SystemExit("QGIS could not render {}".format(png))
    project.clear()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--demo", default=str(ROOT / "demo_output"), help="folder of the scored demo GeoPackages")
    parser.add_argument("--output", default=str(ROOT / "build" / "styles_preview"))
    parser.add_argument("--types", nargs="+", default=list(STATION_TYPES), choices=STATION_TYPES)
    parser.add_argument("--languages", nargs="+", default=["en", "nb"], choices=("en", "nb"))
    parser.add_argument("--regions", nargs="+", default=list(REGIONS), choices=REGIONS)
    parser.add_argument("--scales", nargs="+", type=int, default=list(SCALES))
    parser.add_argument("--full-legend", action="store_true",
                        help="list every rule in the legend, not only those inside the map")
    args = parser.parse_args()
    output = Path(args.output)
    output.mkdir(parents=True, exist_ok=True)
    app = start_qgis(with_plugin=False)
    for region in args.regions:
        scored = Path(args.demo) / "{}_scored.gpkg".format(region.lower())
        if not scored.exists():
            raise SystemExit("{} is missing: run `make demo` first".format(scored))
        for station_type in args.types:
            for language in args.languages:
                for scale in args.scales:
                    png = output / "{}_{}_{}_{}.png".format(region.lower(), station_type, language, scale)
                    render(scored, region, station_type, language, scale, png, not args.full_legend)
                    print(png)
    app.exitQgis()
    return 0


if __name__ == "__main__":
    sys.exit(main())

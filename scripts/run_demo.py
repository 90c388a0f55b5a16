# SPDX-License-Identifier: GPL-2.0-or-later
"""make demo: score the bundled demo data for Mosseregionen and Drammensregionen with the
plugin's own Processing algorithm in headless QGIS, render a map per region and station
type with QGIS's print layout, and print the best sites with their explanations."""
import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from qgis_session import ROOT, start_qgis  # noqa: E402

DEMO = ROOT / "resources" / "demo"
GPKG = DEMO / "energistasjon_demo.gpkg"
REGIONS = ("Mosseregionen", "Drammensregionen")
STATION_TYPES = ("hydrogen", "battery", "biogas")
PREFIX = {"hydrogen": "h2", "battery": "bat", "biogas": "bio"}


def layer(name: str, subset: str = "") -> str:
    return "{}|layername={}{}".format(GPKG, name, "|subset=" + subset if subset else "")


def score_region(region: str, output: Path, language: str) -> dict:
    from qgis.core import QgsProcessingFeedback

    import processing

    class Summary(QgsProcessingFeedback):
        """Prints the run summary the algorithm writes to its log (rules and municipalities)."""

        def pushInfo(self, text):  # noqa: N802 (QGIS API)
            if ": " in text and (" excluded by each rule" in text or " pass the rules" in text or
                                 " utelukket av hver regel" in text or " oppfyller reglene" in text):
                print("  " + text)
            super().pushInfo(text)

    params = {
        "INPUT": layer("kandidater", "\"region\" = '{}'".format(region)),
        "STATION_TYPES": [0, 1, 2],
        "ROADS": layer("veger"),
        "TRAFFIC": layer("trafikkmengde"),
        "GRID_CAPACITY_FILE": str(DEMO / "nettkapasitet_demo.geojson"),
        "ZONING_KPA": [layer("kommuneplan_arealformal")],
        "ZONING_RP": [layer("reguleringsplan_arealformal"), layer("reguleringsplan_pbl1985")],
        "HAZARD_ZONES": layer("hensynssoner"),
        "PROTECTED_AREAS": layer("verneomrader"),
        "BUILDINGS": layer("bygninger"),
        "EXISTING_STATIONS": layer("eksisterende_stasjoner"),
        "DEM": str(DEMO / "dem_demo.tif"),
        "LANGUAGE": {"nb": 1, "en": 2}[language],
        "OUTPUT": str(output),
        "SUMMARY": str(output.with_name(output.stem.replace("_scored", "") + "_summary.gpkg")),
        "SUMMARY_PAGE": str(output.with_name(output.stem.replace("_scored", "") + "_summary.html")),
    }
    return processing.run("energistasjon:scoresites", params, feedback=Summary())


def framed_extent(extent, aspect: float, margin: float = 1.1):
    """The candidates' extent with a margin, widened to the map frame's width/height ratio (so
    setExtent keeps the frame's size: it resizes the frame to any other ratio)."""
    from qgis.core import QgsRectangle

    centre = extent.center()
    width, height = extent.width() * margin, extent.height() * margin
    if width / max(height, 1e-9) < aspect:
        width = height * aspect
    else:
        height = width / aspect
    return QgsRectangle(centre.x() - width / 2, centre.y() - height / 2, centre.x() + width / 2,
                        centre.y() + height / 2)


def render_map(scored: Path, region: str, station_type: str, language: str, png: Path) -> None:
    """A4 landscape map: candidates styled by score, roads, municipalities, legend, scale, attribution."""
    from energistasjon.energistasjon_plugin.bridge.styles import apply_style_file, style_path
    from energistasjon.energistasjon_plugin.core.i18n import tr, use_language
    from energistasjon.energistasjon_plugin.core.profiles import load_bundled_profile
    from qgis.core import (
        QgsFillSymbol,
        QgsLayoutExporter,
        QgsLayoutItemLabel,
        QgsLayoutItemLegend,
        QgsLayoutItemMap,
        QgsLayoutItemScaleBar,
        QgsLayoutPoint,
        QgsLayoutSize,
        QgsLegendStyle,
        QgsLineSymbol,
        QgsPrintLayout,
        QgsProject,
        QgsScaleBarSettings,
        QgsUnitTypes,
        QgsVectorLayer,
    )
    from qgis.PyQt.QtCore import QSize
    from qgis.PyQt.QtGui import QFont

    project = QgsProject.instance()
    project.clear()
    municipalities = QgsVectorLayer(layer("kommuner", "\"region\" = '{}'".format(region)), "kommuner", "ogr")
    municipalities.renderer().setSymbol(QgsFillSymbol.createSimple(
        {"color": "#f4f1ea", "outline_color": "#7a6f5a", "outline_width": "0.4"}))
    roads = QgsVectorLayer(layer("veger"), "veger", "ogr")
    roads.renderer().setSymbol(QgsLineSymbol.createSimple({"color": "#b03a2e", "width": "0.5"}))
    sites = QgsVectorLayer(str(scored), "sites", "ogr")
    apply_style_file(sites, style_path(station_type, language))  # this type's style, not the file's default
    for item in (municipalities, roads, sites):
        if not item.isValid():
            raise SystemExit("could not load a layer for the map: {}".format(item.source()))
        project.addMapLayer(item)

    with use_language(language):
        profile = load_bundled_profile(station_type)
        sites.setName(tr("Score: {profile}").format(profile=profile.name))
        layout = QgsPrintLayout(project)
        layout.initializeDefaults()  # A4 landscape
        map_item = QgsLayoutItemMap(layout)
        map_item.attemptMove(QgsLayoutPoint(8, 20, QgsUnitTypes.LayoutMillimeters))
        map_item.attemptResize(QgsLayoutSize(185, 175, QgsUnitTypes.LayoutMillimeters))
        map_item.setLayers([sites, roads, municipalities])
        map_item.setCrs(sites.crs())
        project.setCrs(sites.crs())
        map_item.setFrameEnabled(True)
        layout.addLayoutItem(map_item)  # before zooming: the item needs its layout to compute an extent
        map_item.setExtent(framed_extent(sites.extent(), 185.0 / 175.0))

        title = QgsLayoutItemLabel(layout)
        title.setText(tr("{region}: candidate sites for {profile}").format(region=region, profile=profile.name))
        title.setFont(QFont("DejaVu Sans", 16))
        title.attemptMove(QgsLayoutPoint(8, 6, QgsUnitTypes.LayoutMillimeters))
        title.attemptResize(QgsLayoutSize(280, 12, QgsUnitTypes.LayoutMillimeters))
        layout.addLayoutItem(title)

        legend = QgsLayoutItemLegend(layout)
        legend.setLinkedMap(map_item)
        legend.setLegendFilterByMapEnabled(True)  # the style's entries for the map's scale only
        legend.setAutoUpdateModel(False)
        root = legend.model().rootGroup()
        for child in list(root.children()):
            if child.layerId() != sites.id():
                root.removeChildNode(child)
        legend.setTitle(tr("Legend"))
        for style in (QgsLegendStyle.Group, QgsLegendStyle.Subgroup, QgsLegendStyle.SymbolLabel):
            legend.setStyleFont(style, QFont("DejaVu Sans", 8))  # the style's headings fit beside the map
        legend.attemptMove(QgsLayoutPoint(198, 20, QgsUnitTypes.LayoutMillimeters))
        layout.addLayoutItem(legend)

        scale = QgsLayoutItemScaleBar(layout)
        scale.setStyle("Single Box")
        scale.setLinkedMap(map_item)
        scale.applyDefaultSize()
        # Kilometres, two segments: the default metres labels ("2,500" "5,000 m") run together.
        scale.setUnits(QgsUnitTypes.DistanceKilometers)
        scale.setUnitLabel("km")
        scale.setUnitsPerSegment(5)
        scale.setNumberOfSegments(2)
        scale.setNumberOfSegmentsLeft(0)
        scale.setSegmentSizeMode(QgsScaleBarSettings.SegmentSizeFixed)
        scale.attemptMove(QgsLayoutPoint(198, 170, QgsUnitTypes.LayoutMillimeters))
        layout.addLayoutItem(scale)

        note = QgsLayoutItemLabel(layout)
        note.setText(tr("Roads and municipalities © Kartverket (N1000, CC BY 4.0). Parcels, zoning, grid capacity, "
                        "traffic, buildings and terrain are GENERATED for this demo (resources/demo/ATTRIBUTION.md)."))
        note.setFont(QFont("DejaVu Sans", 7))
        note.attemptMove(QgsLayoutPoint(8, 203, QgsUnitTypes.LayoutMillimeters))
        note.attemptResize(QgsLayoutSize(280, 6, QgsUnitTypes.LayoutMillimeters))
        layout.addLayoutItem(note)

    # The page rendered to an image and saved by Qt: exportToImage() would also try to
    # georeference the PNG in place, which GDAL's PNG driver refuses with a logged ERROR 6.
    image = QgsLayoutExporter(layout).renderPageToImage(0, QSize(), 110)
    if image.isNull() or not image.save(str(png), "PNG"):
        raise SystemExit("QGIS could not export the map {}".format(png))
    project.clear()


def print_top(scored: Path, station_type: str, n: int) -> None:
    from qgis.core import QgsFeatureRequest, QgsVectorLayer

    prefix = PREFIX[station_type]
    layer_ = QgsVectorLayer(str(scored), "scored", "ogr")
    request = QgsFeatureRequest().setFilterExpression('"{}_rank" <= {}'.format(prefix, n))
    rows = sorted(layer_.getFeatures(request), key=lambda f: f[prefix + "_rank"])
    total = layer_.featureCount()
    excluded = sum(1 for f in layer_.getFeatures() if f[prefix + "_excluded"])
    print("  {} ({} sites, {} excluded):".format(station_type, total, excluded))
    for feature in rows:
        print("    #{:<2} {:<10} {:5.1f}  {}".format(int(feature[prefix + "_rank"]), str(feature["tomt_id"]),
                                                    feature[prefix + "_score"], feature[prefix + "_explain"]))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--output", default="demo_output", help="folder for the GeoPackages and maps")
    parser.add_argument("--language", choices=("en", "nb"), default="en")
    parser.add_argument("--top", type=int, default=5)
    args = parser.parse_args()
    output = Path(args.output).resolve()
    output.mkdir(parents=True, exist_ok=True)
    app = start_qgis()
    written = []
    for region in REGIONS:
        started = time.perf_counter()
        scored = output / "{}_scored.gpkg".format(region.lower())
        for old in (scored, output / "{}_summary.gpkg".format(region.lower())):  # the page is replaced
            if old.exists():
                old.unlink()
        result = score_region(region, scored, args.language)
        print("\n{}: scored in {:.1f} s -> {}".format(region, time.perf_counter() - started, scored))
        for note in filter(None, result.get("NOTES", "").splitlines()):
            print("  note: " + note)
        for station_type in STATION_TYPES:
            print_top(scored, station_type, args.top)
            png = output / "{}_{}.png".format(region.lower(), station_type)
            render_map(scored, region, station_type, args.language, png)
            written.append(png)
        written.append(scored)
        written.append(Path(result["SUMMARY"]))
        written.append(Path(result["SUMMARY_PAGE"]).with_suffix(".pdf"))
    print("\nOutputs (open the GeoPackages in QGIS; the score style is stored in them):")
    for path in written:
        print("  " + str(path))
    app.exitQgis()
    return 0


if __name__ == "__main__":
    sys.exit(main())

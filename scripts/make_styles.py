# SPDX-License-Identifier: GPL-2.0-or-later
"""Write the bundled layer styles resources/styles/scores_<type>_<lang>.qml with QGIS itself.

Run after changing labels or translations:  make styles
A rule-based renderer: five score classes (0-100), excluded sites hatched grey, sites
not ranked (too little known) dashed; the ten best ranks are labelled with their rank.
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from qgis_session import ROOT, plugin_on_path, start_qgis  # noqa: E402

plugin_on_path()

from energistasjon.energistasjon_plugin.core.i18n import tr, use_language  # noqa: E402
from energistasjon.energistasjon_plugin.core.profiles import load_bundled_profile  # noqa: E402
from qgis.core import (  # noqa: E402
    QgsCentroidFillSymbolLayer,
    QgsFillSymbol,
    QgsMarkerSymbol,
    QgsPalLayerSettings,
    QgsRuleBasedLabeling,
    QgsRuleBasedRenderer,
    QgsTextBufferSettings,
    QgsTextFormat,
    QgsVectorLayer,
)
from qgis.PyQt.QtGui import QColor  # noqa: E402

CLASSES = ((80, 101, "#1a9641"), (60, 80, "#a6d96a"), (40, 60, "#ffffbf"), (20, 40, "#fdae61"), (0, 20, "#d7191c"))


def fill(colour: str, outline: str = "#333333", style: str = "solid", outline_style: str = "solid",
         marker: bool = True):
    """The parcel itself, plus a marker at its centroid so small parcels show on regional maps."""
    symbol = QgsFillSymbol.createSimple({"color": colour, "style": style, "outline_color": outline,
                                         "outline_style": outline_style, "outline_width": "0.3"})
    if marker:
        dot = QgsMarkerSymbol.createSimple({"name": "circle", "color": colour if style == "solid" else "#9e9e9e",
                                            "outline_color": "#222222", "outline_width": "0.2", "size": "2.4"})
        centroid = QgsCentroidFillSymbolLayer()
        centroid.setSubSymbol(dot)
        centroid.setPointOnSurface(True)
        symbol.appendSymbolLayer(centroid)
    return symbol


def renderer(prefix: str) -> QgsRuleBasedRenderer:
    root = QgsRuleBasedRenderer.Rule(None)
    for low, high, colour in CLASSES:
        label = tr("Score {low}-{high}").format(low=low, high=min(high, 100))
        root.appendChild(QgsRuleBasedRenderer.Rule(
            fill(colour), 0, 0, '"{p}_rank" IS NOT NULL AND "{p}_score" >= {lo} AND "{p}_score" < {hi}'.format(
                p=prefix, lo=low, hi=high), label))
    root.appendChild(QgsRuleBasedRenderer.Rule(
        fill("#ffffff", "#555555", "solid", "dash"), 0, 0,
        'NOT "{p}_excluded" AND "{p}_rank" IS NULL'.format(p=prefix), tr("Not ranked: too little is known")))
    root.appendChild(QgsRuleBasedRenderer.Rule(
        fill("#9e9e9e", "#757575", "b_diagonal", marker=False), 0, 0, '"{p}_excluded"'.format(p=prefix),
        tr("Excluded (see the _failed field)")))
    return QgsRuleBasedRenderer(root)


def labeling(prefix: str) -> QgsRuleBasedLabeling:
    settings = QgsPalLayerSettings()
    settings.fieldName = '"{}_rank"'.format(prefix)
    settings.isExpression = True
    text = QgsTextFormat()
    text.setSize(9)
    buffer = QgsTextBufferSettings()
    buffer.setEnabled(True)
    buffer.setColor(QColor("white"))
    text.setBuffer(buffer)
    settings.setFormat(text)
    root = QgsRuleBasedLabeling.Rule(None)
    root.appendChild(QgsRuleBasedLabeling.Rule(settings, 0, 0, '"{}_rank" <= 10'.format(prefix),
                                               tr("Rank (top 10)")))
    return QgsRuleBasedLabeling(root)


def main() -> None:
    app = start_qgis(with_plugin=False)
    out = ROOT / "resources" / "styles"
    out.mkdir(parents=True, exist_ok=True)
    for station_type in ("hydrogen", "battery", "biogas"):
        prefix = load_bundled_profile(station_type).field_prefix
        for language in ("en", "nb"):
            with use_language(language):
                layer = QgsVectorLayer("Polygon?crs=EPSG:25833&field={p}_score:double&field={p}_rank:integer"
                                       "&field={p}_excluded:boolean".format(p=prefix), "style", "memory")
                layer.setRenderer(renderer(prefix))
                layer.setLabeling(labeling(prefix))
                layer.setLabelsEnabled(True)
                path = out / "scores_{}_{}.qml".format(station_type, language)
                message, ok = layer.saveNamedStyle(str(path))
                if not ok:
                    raise SystemExit("could not write {}: {}".format(path, message))
                print(path.relative_to(ROOT))
    app.exitQgis()


if __name__ == "__main__":
    main()

# SPDX-License-Identifier: GPL-2.0-or-later
"""The scored output's look in QGIS: the bundled style of each station type, with the field
aliases of the run, stored with a GeoPackage output or applied to the loaded layer."""
import re
from pathlib import Path
from typing import Dict, List, Optional, Sequence
from xml.sax.saxutils import quoteattr

from ..core.i18n import normalise_language, tr, use_language
from ..core.output_fields import sentence_fields, station_short_label
from .gpkg_writer import Style

STYLE_DIR = Path(__file__).resolve().parents[2] / "resources" / "styles"


def style_path(station_type: str, language: Optional[str]) -> Path:
    """The bundled style for a station type in a language (English when unknown)."""
    return STYLE_DIR / "scores_{}_{}.qml".format(station_type, normalise_language(language))


def _replaced(qml: str, tag: str, lines: List[str]) -> str:
    """``qml`` with its ``<tag>`` block (or empty ``<tag/>``) replaced by ``lines``, placed last."""
    qml = re.sub(r"<{0}\s*/>|<{0}>.*?</{0}>".format(tag), "", qml, count=1, flags=re.S)
    closing = qml.rfind("</qgis>")
    if closing < 0:
        return qml
    return qml[:closing] + "\n".join(lines) + "\n" + qml[closing:]


def with_aliases(qml: str, field_names: Sequence[str], aliases: Dict[str, str]) -> str:
    """The style with an ``<aliases>`` block for the output's fields (replacing any it had).

    Aliases belong to the layer, not to a renderer, so every stored style carries all of them:
    whichever style the user picks, the attribute table reads the same.
    """
    return _replaced(qml, "aliases", ["  <aliases>"] + [
        "    <alias field={} index=\"{}\" name={}/>".format(quoteattr(name), index, quoteattr(aliases[name]))
        for index, name in enumerate(field_names) if name in aliases] + ["  </aliases>"])


def with_sentence_form(qml: str, field_names: Sequence[str]) -> str:
    """The style with the attribute form's sentence fields (explanation, reasons) in a text box
    of several lines, label on top, so a 300-character explanation is read whole, not cut."""
    names = [quoteattr(name) for name in sentence_fields(field_names)]
    widgets = ["  <fieldConfiguration>"] + [line for name in names for line in (
        "    <field name={} configurationFlags=\"None\">".format(name),
        "      <editWidget type=\"TextEdit\"><config><Option type=\"Map\">",
        "        <Option type=\"bool\" name=\"IsMultiline\" value=\"true\"/>",
        "        <Option type=\"bool\" name=\"UseHtml\" value=\"false\"/>",
        "      </Option></config></editWidget>",
        "    </field>")] + ["  </fieldConfiguration>"]
    on_top = ["  <labelOnTop>"] + ["    <field name={} labelOnTop=\"1\"/>".format(name) for name in names] + [
        "  </labelOnTop>"]
    return _replaced(_replaced(qml, "fieldConfiguration", widgets), "labelOnTop", on_top)


def stored_styles(station_types: List[str], language: Optional[str], field_names: Sequence[str],
                  aliases: Dict[str, str]) -> List[Style]:
    """The bundled style of each station type, to store with a GeoPackage output (first = default)."""
    styles = []
    with use_language(language):
        for index, station_type in enumerate(station_types):
            path = style_path(station_type, language)
            if path.exists():
                qml = with_sentence_form(with_aliases(path.read_text(encoding="utf-8"), field_names, aliases),
                                         field_names)
                styles.append(Style(path.stem, qml, tr("Energistasjon scores: {type}").format(
                    type=station_short_label(station_type)), default=index == 0))
    return styles


def use_styles(layer, styles: Sequence[Style]) -> None:
    """Style a loaded layer with the first of ``styles`` and offer all of them in its style menu
    (Layers panel, right-click > Styles), each by its description ("Energistasjon scores: Battery").

    Processing loads an output without its stored default style (for speed), so a GeoPackage
    written with styles still opens grey from the dialog unless they are applied here.

    Raises
    ------
    OSError
        QGIS refuses the first style (the message says why).
    """
    from qgis.core import QgsMapLayerStyle

    if not styles:
        return
    first = styles[0]
    _import_qml(layer, first.qml, first.name)
    manager = layer.styleManager()
    manager.renameStyle(manager.currentStyle(), first.description or first.name)
    for style in styles[1:]:
        manager.addStyle(style.description or style.name, QgsMapLayerStyle(style.qml))


def _import_qml(layer, qml: str, name: str) -> None:
    from qgis.PyQt.QtXml import QDomDocument

    document = QDomDocument("qgis")
    ok, message, _line, _column = document.setContent(qml)
    if ok:
        ok, message = layer.importNamedStyle(document)
    if not ok:
        raise OSError("{}: {}".format(name, message))


def apply_style_file(layer, path: Path) -> None:
    """Apply a .qml file to ``layer``.

    (``QgsVectorLayer.loadNamedStyle`` on a GeoPackage layer applies the default style stored in
    the GeoPackage instead, whatever file it is given.)

    Raises
    ------
    OSError
        The file cannot be read or QGIS refuses it (the message says why).
    """
    _import_qml(layer, Path(path).read_text(encoding="utf-8"), str(path))

# SPDX-License-Identifier: GPL-2.0-or-later
"""The scored output's look in QGIS: the bundled style of each station type, with the field
aliases of the run, stored with a GeoPackage output or applied to the loaded layer."""
from pathlib import Path
from typing import Dict, List, Optional, Sequence
from xml.sax.saxutils import quoteattr

from ..core.i18n import normalise_language, tr, use_language
from ..core.output_fields import station_short_label
from .gpkg_writer import Style

STYLE_DIR = Path(__file__).resolve().parents[2] / "resources" / "styles"


def style_path(station_type: str, language: Optional[str]) -> Path:
    """The bundled style for a station type in a language (English when unknown)."""
    return STYLE_DIR / "scores_{}_{}.qml".format(station_type, normalise_language(language))


def with_aliases(qml: str, field_names: Sequence[str], aliases: Dict[str, str]) -> str:
    """The style with an ``<aliases>`` block for the output's fields (replacing any it had).

    Aliases belong to the layer, not to a renderer, so every stored style carries all of them:
    whichever style the user picks, the attribute table reads the same.
    """
    start, end = qml.find("<aliases>"), qml.find("</aliases>")
    if start >= 0 and end > start:
        qml = qml[:start] + qml[end + len("</aliases>"):]
    lines = ["  <aliases>"] + [
        "    <alias field={} index=\"{}\" name={}/>".format(quoteattr(name), index, quoteattr(aliases[name]))
        for index, name in enumerate(field_names) if name in aliases] + ["  </aliases>"]
    closing = qml.rfind("</qgis>")
    if closing < 0:
        return qml
    return qml[:closing] + "\n".join(lines) + "\n" + qml[closing:]


def stored_styles(station_types: List[str], language: Optional[str], field_names: Sequence[str],
                  aliases: Dict[str, str]) -> List[Style]:
    """The bundled style of each station type, to store with a GeoPackage output (first = default)."""
    styles = []
    with use_language(language):
        for index, station_type in enumerate(station_types):
            path = style_path(station_type, language)
            if path.exists():
                qml = with_aliases(path.read_text(encoding="utf-8"), field_names, aliases)
                styles.append(Style(path.stem, qml, tr("Energistasjon scores: {type}").format(
                    type=station_short_label(station_type)), default=index == 0))
    return styles


def apply_aliases(layer, aliases: Dict[str, str]) -> None:
    """Set the aliases on a loaded layer (memory layers and formats without stored styles)."""
    fields = layer.fields()
    for name, alias in aliases.items():
        index = fields.indexOf(name)
        if index >= 0:
            layer.setFieldAlias(index, alias)


def apply_style_file(layer, path: Path) -> None:
    """Apply a .qml file to ``layer``.

    (``QgsVectorLayer.loadNamedStyle`` on a GeoPackage layer applies the default style stored in
    the GeoPackage instead, whatever file it is given.)

    Raises
    ------
    OSError
        The file cannot be read or QGIS refuses it (the message says why).
    """
    from qgis.PyQt.QtXml import QDomDocument

    document = QDomDocument("qgis")
    ok, message, _line, _column = document.setContent(Path(path).read_text(encoding="utf-8"))
    if ok:
        ok, message = layer.importNamedStyle(document)
    if not ok:
        raise OSError("{}: {}".format(path, message))

# SPDX-License-Identifier: GPL-2.0-or-later
"""The help page an algorithm's Help button opens: made from the algorithm itself.

The page holds the algorithm's description and every parameter with its help text (the same
text as the parameter's tooltip), in QGIS's language, so it never says something the dialog
does not do.  It is written once per algorithm and language into a folder of the user's QGIS
profile and opened as a local file: no network, no page that does not exist.
"""
import html
from pathlib import Path

from qgis.core import QgsApplication, QgsProcessingParameterDefinition
from qgis.PyQt.QtCore import QUrl

from ..core.i18n import current_language, tr


def _paragraphs(text: str) -> str:
    return "".join("<p>{}</p>".format(html.escape(part).replace("\n", "<br>"))
                   for part in text.split("\n\n") if part.strip())


def help_html(algorithm) -> str:
    """The page for ``algorithm`` (a QgsProcessingAlgorithm) in the current language."""
    rows = []
    for definition in algorithm.parameterDefinitions():
        if definition.flags() & QgsProcessingParameterDefinition.FlagHidden:
            continue
        optional = bool(definition.flags() & QgsProcessingParameterDefinition.FlagOptional)
        rows.append("<tr><td><b>{}</b><br><code>{}</code>{}</td><td>{}</td></tr>".format(
            html.escape(definition.description()), html.escape(definition.name()),
            "<br><i>{}</i>".format(html.escape(tr("optional"))) if optional else "",
            _paragraphs(definition.help()) if definition.help() else ""))
    outputs = "".join("<li><b>{}</b> (<code>{}</code>)</li>".format(html.escape(o.description()),
                                                                   html.escape(o.name()))
                      for o in algorithm.outputDefinitions())
    return (
        "<!DOCTYPE html><html lang='{lang}'><head><meta charset='utf-8'><title>{title}</title>"
        "<style>body{{font-family:sans-serif;max-width:60em;margin:2em auto;line-height:1.4}}"
        "table{{border-collapse:collapse}}td{{border-top:1px solid #ccc;padding:.4em;vertical-align:top}}"
        "code{{color:#555}}</style></head><body>"
        "<h1>{title}</h1>{description}<h2>{inputs}</h2><table>{rows}</table><h2>{outputs_title}</h2>"
        "<ul>{outputs}</ul><p><small>{call}</small></p></body></html>"
    ).format(lang=current_language(), title=html.escape(algorithm.displayName()),
             description=_paragraphs(algorithm.shortHelpString()), inputs=html.escape(tr("Inputs")),
             rows="".join(rows), outputs_title=html.escape(tr("Outputs")), outputs=outputs,
             call=html.escape(tr("From Python or qgis_process, the algorithm's id is {id}.").format(
                 id=algorithm.id() or "energistasjon:" + algorithm.name())))


def help_url(algorithm) -> str:
    """A file URL of the algorithm's page in the current language (written when asked)."""
    folder = Path(QgsApplication.qgisSettingsDirPath()) / "energistasjon" / "help"
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "{}_{}.html".format(algorithm.name(), current_language())
    path.write_text(help_html(algorithm), encoding="utf-8")
    return QUrl.fromLocalFile(str(path)).toString()

# SPDX-License-Identifier: GPL-2.0-or-later
"""The run summary as a page a workshop can print: why sites fell out and how many pass where.

One standalone HTML document (the case report's stylesheet embedded), in the current language;
the Processing side makes the PDF from it with QGIS's print layout.
"""
import html
from pathlib import Path
from typing import Sequence

from .i18n import format_number, tr
from .output_fields import station_short_label
from .report_page import now_text, stylesheet
from .run_summary import RunSummary


def html_table(headers: Sequence[str], rows: Sequence[Sequence[str]], numbers: range) -> str:
    """A table whose columns in ``numbers`` hold counts (right-aligned, like the case report's)."""
    def cell(tag: str, index: int, text: str) -> str:
        css = ' class="number"' if index in numbers else ""
        return "<{0}{1}>{2}</{0}>".format(tag, css, html.escape(text))

    head = "".join(cell("th", i, h) for i, h in enumerate(headers))
    body = "".join("<tr>{}</tr>".format("".join(cell("td", i, c) for i, c in enumerate(row))) for row in rows)
    return '<table class="answers"><thead><tr>{}</tr></thead><tbody>{}</tbody></table>'.format(head, body)


def render_summary_html(summary: RunSummary, title: str, notes: Sequence[str] = ()) -> str:
    """The summary of one scoring run as a printable HTML page in the current language."""
    parts = ["<h1>{}</h1>".format(html.escape(title)),
             "<p>{}</p>".format(html.escape(tr("Made {time}.").format(time=now_text())))]
    types = list(dict.fromkeys(r.station_type for r in summary.rules + summary.areas))
    for station_type in types:
        parts.append("<h2>{}</h2>".format(html.escape(station_short_label(station_type))))
        rules = sorted((r for r in summary.rules if r.station_type == station_type), key=lambda r: -r.failed)
        parts.append("<h3>{}</h3>".format(html.escape(tr("Why sites fell out"))))
        parts.append(html_table([tr("Rule"), tr("Sites it excludes"), tr("Sites it alone excludes")],
                            [[r.label, format_number(r.failed), format_number(r.only_this)] for r in rules],
                            range(1, 3)))
        parts.append("<h3>{}</h3>".format(html.escape(tr("Where sites pass"))))
        areas = [a for a in summary.areas if a.station_type == station_type]
        parts.append(html_table([tr("Municipality"), tr("Sites"), tr("Pass the rules"), tr("Ranked"), tr("Best sites")],
                            [[a.area, format_number(a.sites), format_number(a.passed), format_number(a.ranked),
                              "; ".join(a.top)] for a in areas], range(1, 4)))
    if notes:
        parts.append("<h2>{}</h2><ul>{}</ul>".format(html.escape(tr("Notes about the run")), "".join(
            "<li>{}</li>".format(html.escape(note)) for note in notes)))
    return ('<!DOCTYPE html><html><head><meta charset="utf-8" /><title>{}</title><style>{}</style></head>'
            "<body>{}</body></html>").format(html.escape(title), stylesheet(), "".join(parts))


def write_summary_html(path: Path, html_text: str) -> Path:
    """Write the page under a temporary name and rename it into place (never half a file)."""
    path = Path(path)
    partial = path.with_name(path.name + ".part")
    partial.write_text(html_text, encoding="utf-8")
    partial.replace(path)
    return path

# SPDX-License-Identifier: GPL-2.0-or-later
"""The workshop atlas: the short list as one self-contained HTML document, ready for the PDF.

One overview page per region (its map and the short list), then one page per short-listed site:
the site on a map, its score and the parts it is made of (value, sub-score, weight, points), the
explanation, what could not be checked, how robust the rank is (when a sensitivity run is in the
layer), and the weight set it was ranked with; last, the weight sets, the data used with their
dates and the notes of the run.

The document uses the case report's stylesheet and HTML helpers (:mod:`.report`), is polyglot
HTML5 like the case report, and each site starts a page (``page-break-before``), which the
bridge's PDF export honours (``bridge.case_output.export_pdf``).  No Qt here: the maps come as
PNG bytes rendered by QGIS.
"""
import base64
from typing import Dict, Optional, Sequence, Tuple

from .i18n import current_language, format_number, tr, use_language
from .report_page import footer, html_paragraph, html_table, html_text, image_mime_type, now_text, stylesheet
from .shortlist import Entry, ShortList, StationList
from .shortlist_tables import method_label
from .station_types import station_type_label

#: The atlas's own additions to the report stylesheet.
ATLAS_CSS = """
section.site, section.region, section.data-section { page-break-before: always; }
table.parts td.number, table.parts th.number { text-align: right; white-space: nowrap; }
table.parts tr.unknown td { color: #666666; }
section.site .map img { max-height: 78mm; }
section.site table.parts, section.site table.facts { font-size: 9pt; }
section.site table.parts td, section.site table.parts th { padding: 2px 4px; }
section.region .map img { max-height: 120mm; }
.explain { margin: 6px 0; }
"""


def entry_key(entry: Entry) -> Tuple[str, int]:
    """The key of a site's map: (station type, row in the layer)."""
    return entry.station_type, entry.row


def _img(png: Optional[bytes], alt: str, caption: str = "") -> str:
    if not png:
        return html_paragraph(tr("No map was made."), "muted")
    data = base64.b64encode(bytes(png)).decode("ascii")
    return '<div class="map"><img src="data:{};base64,{}" alt="{}" />{}</div>\n'.format(
        image_mime_type(png), data, html_text(alt), html_paragraph(caption, "caption") if caption else "")


def _facts(rows: Sequence[Tuple[str, str]]) -> str:
    body = "".join('<tr><th scope="row">{}</th><td>{}</td></tr>\n'.format(html_text(k), html_text(v)) for k, v in rows)
    return '<table class="facts">\n<tbody>\n{}</tbody>\n</table>\n'.format(body)


def _site_title(number: int, entry: Entry) -> str:
    return tr("{n}. {site}, {municipality}: {type}").format(
        n=number, site=entry.site, municipality=entry.municipality, type=station_type_label(entry.station_type))


def _overview(region: str, png: Optional[bytes], entries: Sequence[Tuple[int, Entry]], title: str) -> str:
    heading = tr("Overview: {region}").format(region=region) if region else tr("Overview")
    rows = "".join(
        '<tr><td class="number"><a href="#site-{n}">{n}</a></td><td>{type}</td><td>{town}</td>'
        '<td class="number">{place}</td><td>{site}</td><td class="number">{score}</td></tr>\n'.format(
            n=n, type=html_text(station_type_label(e.station_type)), town=html_text(e.municipality), place=e.place,
            site=html_text(e.site), score=html_text(format_number(e.score, 1))) for n, e in entries)
    table = html_table("counts", (tr("No."), tr("Station type"), tr("Municipality"), tr("Place"), tr("Site"),
                              tr("Score")), rows) if rows else html_paragraph(tr("No site on the short list."), "muted")
    return '<section class="region">\n<h2>{}</h2>\n{}{}</section>\n'.format(
        html_text(heading), _img(png, heading, title), table)


def _parts(entry: Entry) -> str:
    rows = []
    for part in entry.parts:
        if part.sub_score is None:
            rows.append('<tr class="unknown"><td>{}</td><td>{}</td><td class="number">–</td>'
                        '<td class="number">{}</td><td class="number">{}</td></tr>\n'.format(
                            html_text(part.label), html_text(part.value),
                            html_text(format_number(100 * part.weight, 0) + " %"),
                            html_text(tr("left out"))))
        else:
            rows.append('<tr><td>{}</td><td>{}</td><td class="number">{}</td><td class="number">{}</td>'
                        '<td class="number">{}</td></tr>\n'.format(
                            html_text(part.label), html_text(part.value), html_text(format_number(part.sub_score, 3)),
                            html_text(format_number(100 * part.weight, 0) + " %"),
                            html_text(format_number(part.points or 0.0, 1))))
    total = '<tr><th colspan="4">{}</th><th class="number">{}</th></tr>\n'.format(
        html_text(tr("Score (0-100)")), html_text(format_number(entry.score, 1)))
    return html_table("parts", (tr("Factor"), tr("Value"), tr("Sub-score (0-1)"), tr("Weight"), tr("Points")),
                  "".join(rows) + total)


def _sensitivity(entry: Entry) -> str:
    s = dict(entry.sensitivity)
    labels = {p.factor: p.label for p in entry.parts}
    if s.get("_depends"):
        s["_depends"] = labels.get(s["_depends"], s["_depends"])
    if not s:
        return ""
    lines = []
    if s.get("_p_top") is not None:
        lines.append(tr("Among the best (the top k of the sensitivity run) in {share} % of the runs with other "
                        "weights.").format(
            share=format_number(100.0 * float(s["_p_top"]), 0)))
    if s.get("_rank_p05") is not None and s.get("_rank_p95") is not None:
        lines.append(tr("Rank between {low} and {high} in 90 % of the runs.").format(
            low=format_number(float(s["_rank_p05"]), 0), high=format_number(float(s["_rank_p95"]), 0)))
    if s.get("_depends"):
        lines.append(tr("The rank depends most on the weight of: {factor}.").format(factor=s["_depends"]))
    heading = tr("How robust the rank is")
    return "<h3>{}</h3>\n{}".format(html_text(heading), "".join(html_paragraph(t) for t in lines))


def _site(number: int, entry: Entry, station: StationList, png: Optional[bytes]) -> str:
    title = _site_title(number, entry)
    facts = [(tr("Municipality"), entry.municipality), (tr("Rank"), tr("{rank} ({place} in {municipality})").format(
        rank=entry.rank, place=entry.place, municipality=entry.municipality)),
        (tr("Score (0-100)"), format_number(entry.score, 1)),
        (tr("Share of the weight known"), format_number(100.0 * entry.known, 0) + " %"),
        (tr("Weight set"), station.weight_set.title),
        (tr("Station profile"), "{}@{}".format(station.profile.id, station.profile.sha256[:12]))]
    if entry.region:
        facts.insert(1, (tr("Region"), entry.region))
    reasons = []
    if entry.assess:
        reasons.append(tr("Needs assessment: {what}").format(what=entry.assess))
    if entry.unchecked:
        reasons.append(tr("Not checked: {rules}").format(rules=entry.unchecked))
    unknown = [p.label for p in entry.parts if p.sub_score is None and p.weight > 0]
    if unknown:
        reasons.append(tr("Unknown, left out of the score: {factors}.").format(factors=", ".join(unknown)))
    explain_heading, parts_heading = tr("Why"), tr("The score and its parts")
    reasons_heading = tr("What needs assessment or is not known")
    return ('<section class="site" id="site-{n}">\n<h2>{title}</h2>\n{facts}{map}'
            '<h3>{explain_heading}</h3>\n{explain}<h3>{parts_heading}</h3>\n{parts}{reasons}{sensitivity}'
            '</section>\n').format(
        n=number, title=html_text(title), facts=_facts(facts), map=_img(png, title),
        parts_heading=html_text(parts_heading), parts=_parts(entry), explain_heading=html_text(explain_heading),
        explain=html_paragraph(entry.explanation, "explain"),
        reasons=("<h3>{}</h3>\n".format(html_text(reasons_heading)) + "".join(html_paragraph(r) for r in reasons))
        if reasons else "", sensitivity=_sensitivity(entry))


def _weights(short_list: ShortList) -> str:
    rows = []
    for station in short_list.lists:
        labels = {p.factor: p.label for e in station.entries[:1] for p in e.parts}
        weights = ", ".join("{} {} %".format(labels.get(f.id, f.id), format_number(100.0 * float(w), 0))
                            for f, w in zip(station.profile.factors, station.weight_set.vector(station.profile)))
        rows.append("<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>\n".format(
            html_text(station_type_label(station.profile.station_type)), html_text(station.weight_set.title),
            html_text(method_label(station.weight_set.method)), html_text(weights)))
    return html_table("data", (tr("Station type"), tr("Weight set"), tr("Method"), tr("Weights")), "".join(rows))


def _empty(short_list: ShortList) -> str:
    texts = [s.empty_message for s in short_list.lists if not s.entries]
    return "".join(html_paragraph(t) for t in texts)


def render_atlas(short_list: ShortList, site_maps: Dict[Tuple[str, int], bytes],
                 overview_maps: Dict[str, bytes], data_used: Sequence[Tuple[str, str]], notes: Sequence[str],
                 title: Optional[str] = None, language: Optional[str] = None,
                 generated_at: Optional[str] = None) -> str:
    """The atlas as a complete HTML5 document.

    Parameters
    ----------
    short_list : ShortList
    site_maps : dict
        :func:`entry_key` -> PNG of the site on a map.
    overview_maps : dict
        Region name ("" for a run without regions) -> PNG of the region's short list on a map.
    data_used : sequence of (str, str)
        (layer or file, its date or edition).
    notes : sequence of str
    title : str, optional
    language : str, optional
        ``nb`` or ``en``; None: the language in force.
    generated_at : str, optional
        The time printed as generated; now when None.
    """
    with use_language(language):
        lang = current_language()
        generated_at = generated_at or now_text()
        title = title or tr("Short list of sites for energy stations")
        numbered = list(enumerate(short_list.entries, start=1))
        facts = [(tr("Generated"), generated_at),
                 (tr("Station types"), ", ".join(station_type_label(s.profile.station_type)
                                                 for s in short_list.lists)),
                 (tr("Sites on the list"), str(len(numbered)))]
        parts = ['<!DOCTYPE html>\n<html lang="{}" xmlns="http://www.w3.org/1999/xhtml">\n<head>\n'
                 '<meta charset="utf-8" />\n<title>{}</title>\n<style>\n{}\n{}</style>\n</head>\n<body>\n'.format(
                     lang, html_text(title), stylesheet(), ATLAS_CSS),
                 '<section class="header">\n<h1>{}</h1>\n{}{}{}</section>\n'.format(
                     html_text(title), _facts(facts),
                     html_paragraph(tr("A screening aid for a regional workshop: the scores rest on the data listed at "
                                   "the end and on the weight set named on each page. They do not replace DSB's "
                                   "risk analysis, the grid company's answer or the municipality's own "
                                   "assessment."), "disclaimer"),
                     _empty(short_list))]
        regions = short_list.regions or [""]
        for region in regions:
            inside = [(n, e) for n, e in numbered if (e.region or "") == region]
            parts.append(_overview(region, overview_maps.get(region), inside, title))
        stations = {s.profile.station_type: s for s in short_list.lists}
        for n, entry in numbered:
            parts.append(_site(n, entry, stations[entry.station_type], site_maps.get(entry_key(entry))))
        data = "".join("<tr><td>{}</td><td>{}</td></tr>\n".format(html_text(a), html_text(b)) for a, b in data_used)
        all_notes = list(notes) + list(short_list.notes)
        weights_heading, data_heading, notes_heading = tr("Weight sets"), tr("Data used"), tr("Notes on the data")
        parts.append('<section class="data-section">\n<h2>{}</h2>\n{}<h2>{}</h2>\n{}<h2>{}</h2>\n{}</section>\n'.format(
            html_text(weights_heading), _weights(short_list), html_text(data_heading),
            html_table("data", (tr("Layer or file"), tr("Date or edition")), data) if data
            else html_paragraph(tr("No data sources were recorded."), "muted"),
            html_text(notes_heading), "<ul>\n{}</ul>\n".format("".join("<li>{}</li>\n".format(html_text(t))
                                                                   for t in all_notes))
            if all_notes else html_paragraph(tr("No notes on the data."), "muted")))
        parts.append(footer(generated_at))
        parts.append("</body>\n</html>\n")
    return "".join(parts)

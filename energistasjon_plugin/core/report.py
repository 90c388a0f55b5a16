# SPDX-License-Identifier: GPL-2.0-or-later
"""The case report: a checked application as one self-contained HTML document.

The report is what a case officer puts in the case file (saksarkiv): the site on a map,
the checklist answers grouped by status (what blocks a decision first), the officer's own
notes with who wrote them and when (in Norwegian time), the road to a decision, what the
application is missing, and the data and checklist edition used.

The document stands alone: the stylesheet (``resources/report/report.css``) and the map
are embedded, nothing is fetched from the network.  It is written as polyglot HTML5
(well-formed XML as well), so that QtWebKit in QGIS's ``QgsLayoutItemHtml`` renders the
same file into the PDF through a print layout.  No Qt here: the engine makes the text, the
Processing algorithm renders the map and the PDF.
"""
import base64
import os
import uuid
from pathlib import Path
from typing import Dict, List, Optional, Sequence, Tuple, Union

from .checklist_model import (
    STATUSES,
    UNANSWERED,
    Answer,
    CaseResult,
    ChecklistItem,
    Process,
    audience_label,
    status_label,
)
from .decision import applies_label
from .errors import InputError
from .i18n import current_language, tr, use_language
from .report_page import (
    footer,
    html_list,
    html_paragraph,
    html_section,
    html_table,
    html_text,
    image_mime_type,
    now_text,
    stylesheet,
    time_text,
)
from .station_types import station_type_label

#: Order of the road to a decision: what certainly applies first, what certainly doesn't last.
_APPLIES_ORDER = {"yes": 0, "check": 1, "no": 2}

# One row of the answers table: the item (None when the answer's item is not in this
# checklist edition), its id and the answer (None when nobody has answered it).
_Row = Tuple[Optional[ChecklistItem], str, Optional[Answer]]


def render_case_report(
    case: CaseResult,
    map_png: Optional[bytes] = None,
    language: Optional[str] = None,
    generated_at: Optional[str] = None,
) -> str:
    """Render the report of one case as a complete, self-contained HTML5 document.

    Parameters
    ----------
    case : CaseResult
        The checked application.  It is only read.
    map_png : bytes, optional
        The site on a map, as PNG (or JPEG) bytes rendered by QGIS; embedded as a data URI.
        None or empty: the report says that no map was made.
    language : str, optional
        ``nb`` or ``en`` (any locale name, see :func:`i18n.normalise_language`); None uses
        the language in force.
    generated_at : str, optional
        The date and time printed as "generated"; None uses the local time now.

    Returns
    -------
    str
        The HTML document (declare and write it as UTF-8).

    Raises
    ------
    InputError
        ``map_png`` is not a PNG or JPEG image.
    DataFileError
        The report stylesheet is missing from the plugin.
    """
    with use_language(language):
        lang = current_language()
        if generated_at is None:
            generated_at = now_text()
        css = stylesheet()
        title = tr("Checklist for an energy station application")
        rows, left_out, odd_statuses = _answer_rows(case)
        notes = list(case.notes) + [
            tr("The answer to item '{item}' has the unknown status '{status}'; it is listed under '{label}'.")
            .format(item=item_id, status=status, label=status_label(UNANSWERED))
            for item_id, status in odd_statuses
        ]
        head = html_text(f"{title} – {case.case_id}")
        parts = [
            f'<!DOCTYPE html>\n<html lang="{lang}" xmlns="http://www.w3.org/1999/xhtml">\n<head>\n'
            f'<meta charset="utf-8" />\n<title>{head}</title>\n<style>\n{css}\n</style>\n</head>\n<body>\n',
            _header_section(case, title, generated_at),
            _map_section(case, map_png),
            _summary_section(rows, left_out),
            _answers_section(rows),
            _officer_notes_section(rows),
            _road_section(case.processes),
            _missing_section(case.missing),
            _data_section(case.data_used, notes),
            footer(generated_at),
            "</body>\n</html>\n",
        ]
    return "".join(parts)


def write_case_report(
    path: Union[str, Path],
    case: CaseResult,
    map_png: Optional[bytes] = None,
    language: Optional[str] = None,
) -> Path:
    """Render the report and write it to ``path`` atomically.

    The text goes to a temporary file in the same folder, which then replaces ``path``
    (``os.replace``): the report on disk is either complete or not written, and an earlier
    report at ``path`` survives a failed write unchanged.

    Parameters
    ----------
    path : str or Path
        The ``.html`` file to write; its folder is created when missing.
    case, map_png, language
        As for :func:`render_case_report`.

    Returns
    -------
    Path
        The file written.

    Raises
    ------
    InputError
        The folder cannot be created or written to (the message names the file and says
        what to do); nothing is left behind.
    """
    target = Path(path)
    # Render first: a failure there must not touch the disk.
    data = render_case_report(case, map_png=map_png, language=language).encode("utf-8")
    with use_language(language):
        message = tr(
            "The report could not be written to '{path}' ({error}). Choose a file in a folder you can write to."
        )
    temporary: Optional[Path] = None
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        # A hidden, unique name next to the target: os.replace is atomic only within one
        # file system.  os.open applies the umask, so the report gets ordinary permissions.
        name = target.with_name(f".{target.name}.{uuid.uuid4().hex[:12]}.tmp")
        handle = os.open(str(name), os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o666)
        temporary = name
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(str(temporary), str(target))
        temporary = None
    except OSError as error:
        raise InputError(message.format(path=target, error=error.strerror or error)) from error
    finally:
        if temporary is not None:
            try:
                temporary.unlink()
            except OSError:
                pass
    return target


# --- sections ---------------------------------------------------------------------------


def _header_section(case: CaseResult, title: str, generated_at: str) -> str:
    checklist = case.checklist
    file_name = Path(checklist.path).name if checklist.path else "–"
    checksum = (checklist.sha256 or "")[:12]
    facts = [
        (tr("Case"), html_text(case.case_id)),
        (tr("Site"), html_text(case.site_label)),
        (tr("Station type"), html_text(station_type_label(case.application.station_type))),
        (tr("Generated"), html_text(generated_at)),
        (tr("Checklist"), html_text(checklist.title)),
        (tr("Edition"), html_text(checklist.edition)),
        (tr("Checklist file"), f'{html_text(file_name)} <span class="muted">(sha256 {html_text(checksum)})</span>'),
    ]
    if checklist.based_on:
        facts.append((tr("Built on"), html_text(checklist.based_on)))
    rows = "".join(f'<tr><th scope="row">{html_text(k)}</th><td>{v}</td></tr>\n' for k, v in facts)
    disclaimer = tr(
        "This checklist is a screening aid. It is built on the veileder \"Veileder for etablering av "
        "energistasjoner for tungtransport\" (Osloregionen IPR, March 2024) and on the facts it lists, "
        "each with its source. It does not replace the case officer's assessment: answers marked "
        "\"automatic\" are drawn from map data and must be checked by the case officer before they are "
        "used in a decision."
    )
    return (
        f'<section class="header">\n<h1>{html_text(title)}</h1>\n'
        f'<table class="facts">\n<tbody>\n{rows}</tbody>\n</table>\n'
        f"{html_paragraph(disclaimer, 'disclaimer')}</section>\n"
    )


def _map_section(case: CaseResult, map_png: Optional[bytes]) -> str:
    if not map_png:
        body = html_paragraph(tr("No map was made for this report."), "muted")
    else:
        alt = tr("Map of the site {site} ({case})").format(site=case.site_label, case=case.case_id)
        data = base64.b64encode(bytes(map_png)).decode("ascii")
        body = (
            f'<div class="map"><img src="data:{image_mime_type(map_png)};base64,{data}" alt="{html_text(alt)}" />'
            f"{html_paragraph(case.site_label, 'caption')}</div>\n"
        )
    return html_section("map-section", tr("The site on a map"), body)


def _summary_section(rows: Dict[str, List[_Row]], left_out: int) -> str:
    lines = "".join(
        f'<tr class="status status-{status}"><td class="label">'
        f'<a href="#status-{status}">{html_text(status_label(status))}</a></td>'
        f'<td class="number">{len(rows[status])}</td></tr>\n'
        for status in STATUSES
    )
    total = sum(len(r) for r in rows.values())
    # tr() outside the f-strings: pylupdate5 does not look inside them
    status_heading, items_heading, total_heading = tr("Status"), tr("Items"), tr("Total")
    body = (
        f'<table class="counts">\n<thead><tr><th>{html_text(status_heading)}</th>'
        f'<th class="number">{html_text(items_heading)}</th></tr></thead>\n<tbody>\n{lines}</tbody>\n'
        f'<tfoot><tr><th>{html_text(total_heading)}</th><th class="number">{total}</th></tr></tfoot>\n</table>\n'
    )
    if left_out:
        body += html_paragraph(tr("Not listed: {n} checklist items for other station types.").format(n=left_out),
                               "muted")
    return html_section("summary", tr("Summary"), body)


def _answers_section(rows: Dict[str, List[_Row]]) -> str:
    headers = (tr("Item"), tr("Question"), tr("Evidence"), tr("Who must answer"), tr("Answered by"), tr("Source"))
    groups = []
    for status in STATUSES:
        items = rows[status]
        heading = tr("{status} ({n})").format(status=status_label(status), n=len(items))
        if items:
            body = html_table("answers", headers, "".join(_answer_row(row) for row in items))
        else:
            body = html_paragraph(tr("No items."), "muted")
        groups.append(
            f'<section class="group status-{status}" id="status-{status}">\n'
            f"<h3>{html_text(heading)}</h3>\n{body}</section>\n"
        )
    return html_section("answers", tr("Answers by status"), "".join(groups))


def _answer_row(row: _Row) -> str:
    item, item_id, answer = row
    if item is None:
        not_in_edition = tr("(This item is not in this checklist edition.)")
        question = f'<span class="muted">{html_text(not_in_edition)}</span>'
        audience, source = "", ""
    else:
        question = html_text(item.question)
        guidance = (item.guidance.get(current_language()) or item.guidance.get("en")) if item.guidance else ""
        if guidance:
            question += f'<div class="guidance">{html_text(guidance)}</div>'
        audience, source = audience_label(item.audience), item.source
    evidence = html_text(answer.evidence) if answer is not None and answer.evidence else ""
    return (
        f'<tr><td class="id">{html_text(item_id)}</td><td>{question}</td><td>{evidence}</td>'
        f'<td>{html_text(audience)}</td><td>{_answered_by(answer)}</td>'
        f'<td class="source">{html_text(source)}</td></tr>\n'
    )


def _answered_by(answer: Optional[Answer]) -> str:
    if answer is None or (answer.status == UNANSWERED and _by_engine(answer)):
        # nobody has answered: not the engine either (it only says the item is for a person)
        return '<span class="muted">{}</span>'.format(html_text(status_label(UNANSWERED)))
    if _by_engine(answer):
        return html_text(tr("automatic"))
    name = tr("a person") if answer.answered_by == "person" else answer.answered_by
    when = time_text(answer.answered_at)
    return html_text(name) + (f'<br /><span class="muted">{html_text(when)}</span>' if when else "")


def _by_engine(answer: Answer) -> bool:
    return answer.answered_by in ("", "auto")


def _officer_notes_section(rows: Dict[str, List[_Row]]) -> str:
    """Every note the case officer wrote, by item, with who wrote it and when."""
    lines = []
    for status in STATUSES:
        for item, item_id, answer in rows[status]:
            if answer is None or _by_engine(answer) or not answer.evidence.strip():
                continue
            question = html_text(item.question) if item is not None else ""
            lines.append(
                f'<tr><td class="id">{html_text(item_id)}</td><td>{question}</td>'
                f'<td class="note">{html_text(answer.evidence.strip())}</td>'
                f'<td>{html_text(status_label(status))}</td><td>{_answered_by(answer)}</td></tr>\n'
            )
    if lines:
        body = html_table("notes", (tr("Item"), tr("Question"), tr("Note"), tr("Status"), tr("Answered by")),
                      "".join(lines))
    else:
        body = html_paragraph(tr("The case officer has written no notes for this case."), "muted")
    return html_section("officer-notes", tr("The case officer's notes"), body)


def _road_section(processes: Sequence[Process]) -> str:
    if not processes:
        body = html_paragraph(tr("No processes were determined for this case."), "muted")
    else:
        lines = []
        for process in sorted(processes, key=lambda p: _APPLIES_ORDER.get(p.applies, 1)):  # stable sort
            kind = process.applies if process.applies in _APPLIES_ORDER else "check"
            lines.append(
                f'<tr class="applies-{kind}"><td>{html_text(process.title)}</td>'
                f'<td class="applies">{html_text(applies_label(process.applies))}</td>'
                f'<td>{html_text(process.why)}</td><td class="source">{html_text(process.source)}</td></tr>\n'
            )
        body = html_table("road", (tr("Process"), tr("Status"), tr("Why"), tr("Source")), "".join(lines))
    return html_section("road", tr("The road to a decision"), body)


def _missing_section(missing: Sequence[str]) -> str:
    if missing:
        body = html_list(missing)
    else:
        body = html_paragraph(tr("Nothing: no missing information was found."))
    return html_section("missing", tr("What the application is missing"), body)


def _data_section(data_used: Sequence[Tuple[str, str]], notes: Sequence[str]) -> str:
    if data_used:
        lines = "".join(f"<tr><td>{html_text(name)}</td><td>{html_text(date)}</td></tr>\n" for name, date in data_used)
        data = html_table("data", (tr("Layer or file"), tr("Date or edition")), lines)
    else:
        data = html_paragraph(tr("No data sources were recorded."), "muted")
    notes_html = html_list(notes) if notes else html_paragraph(tr("No notes on the data."), "muted")
    data_heading, notes_heading = tr("Data used"), tr("Notes on the data")
    return (
        f'<section class="data-section">\n<h2>{html_text(data_heading)}</h2>\n{data}'
        f'<h2>{html_text(notes_heading)}</h2>\n{notes_html}</section>\n'
    )


def _answer_rows(case: CaseResult) -> Tuple[Dict[str, List[_Row]], int, List[Tuple[str, str]]]:
    """Group the checklist items by the status of their answer.

    Listed: every item that has an answer, and every item for the case's station type
    without one (under "not answered yet").  Answers to items that are not in this
    checklist edition are listed too (an officer's note must not vanish).  Returns the
    groups, the number of items left out (other station types, no answer) and the
    answers with a status the report does not know.
    """
    answers: Dict[str, Answer] = {}
    for answer in case.answers:
        answers.setdefault(answer.item_id, answer)  # the first one, as CaseResult.answer
    groups: Dict[str, List[_Row]] = {status: [] for status in STATUSES}
    odd: List[Tuple[str, str]] = []
    left_out = 0
    station_type = case.application.station_type
    known = set()
    for item in case.checklist.items:
        known.add(item.id)
        answer = answers.get(item.id)
        if answer is None and station_type not in item.station_types:
            left_out += 1
            continue
        groups[_group_of(answer, item.id, odd)].append((item, item.id, answer))
    for item_id, answer in answers.items():
        if item_id not in known:
            groups[_group_of(answer, item_id, odd)].append((None, item_id, answer))
    return groups, left_out, odd


def _group_of(answer: Optional[Answer], item_id: str, odd: List[Tuple[str, str]]) -> str:
    if answer is None:
        return UNANSWERED
    if answer.status in STATUSES:
        return answer.status
    odd.append((item_id, answer.status))
    return UNANSWERED

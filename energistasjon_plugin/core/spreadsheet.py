# SPDX-License-Identifier: GPL-2.0-or-later
"""Tables a spreadsheet opens as they are: XLSX, and CSV for Norwegian Excel.

* **XLSX** (Office Open XML, written here with the standard library: no package to install):
  one sheet per table, a bold header row kept in view, column widths from the contents, text as
  text (æøå intact, a leading zero kept in ``0301``), numbers as numbers.
* **CSV** as Excel with Norwegian regional settings reads it on a double click: UTF-8 with a
  byte-order mark (so æøå are read as UTF-8), ``;`` between fields and a decimal comma.

Both are written whole into a temporary file beside the destination and renamed into place.
"""
import csv
import io
import math
import os
import re
import tempfile
import zipfile
from pathlib import Path
from typing import Any, List, Sequence, Tuple, Union
from xml.sax.saxutils import escape

from .errors import InputError
from .file_modes import give_ordinary_permissions
from .i18n import tr

#: Characters XML 1.0 does not allow (control characters other than tab and line breaks).
_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f]")
_SHEET_NAME_BAD = re.compile(r"[\[\]:*?/\\]")
MAX_SHEET_NAME = 31

#: (sheet name, header, rows)
Sheet = Tuple[str, Sequence[str], Sequence[Sequence[Any]]]


def _is_number(value: Any) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool) and math.isfinite(value)


def _plain(value: Any) -> Any:
    """numpy scalars as Python values; NaN and None as empty."""
    if hasattr(value, "item") and not isinstance(value, (str, bytes)):
        value = value.item()
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return None
    return value


def _column_name(index: int) -> str:
    name = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        name = chr(65 + rest) + name
    return name


def _cell(ref: str, value: Any, style: int = 0) -> str:
    value = _plain(value)
    if value is None:
        return ""
    s = ' s="{}"'.format(style) if style else ""
    if isinstance(value, bool):
        return '<c r="{}" t="b"{}><v>{}</v></c>'.format(ref, s, int(value))
    if _is_number(value):
        return '<c r="{}"{}><v>{}</v></c>'.format(ref, s, repr(float(value)) if isinstance(value, float) else value)
    text = escape(_ILLEGAL.sub("", str(value)))
    return '<c r="{}" t="inlineStr"{}><is><t xml:space="preserve">{}</t></is></c>'.format(ref, s, text)


def _width(values: Sequence[Any]) -> float:
    longest = max((len(str(_plain(v))) for v in values if _plain(v) is not None), default=6)
    return float(min(60, max(8, longest + 2)))


def _sheet_xml(header: Sequence[str], rows: Sequence[Sequence[Any]]) -> str:
    columns = list(zip(*([header] + [list(r) for r in rows]))) if header else []
    cols = "".join('<col min="{0}" max="{0}" width="{1}" customWidth="1"/>'.format(i + 1, _width(c))
                   for i, c in enumerate(columns))
    lines = ['<row r="1">' + "".join(_cell(_column_name(j) + "1", h, 1) for j, h in enumerate(header)) + "</row>"]
    for i, row in enumerate(rows, start=2):
        lines.append('<row r="{}">'.format(i) + "".join(_cell("{}{}".format(_column_name(j), i), v)
                                                       for j, v in enumerate(row)) + "</row>")
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
            '<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" '
            'state="frozen"/></sheetView></sheetViews>'
            + ("<cols>{}</cols>".format(cols) if cols else "")
            + "<sheetData>{}</sheetData></worksheet>".format("".join(lines)))


def sheet_name(name: str, taken: Sequence[str] = ()) -> str:
    """A name Excel accepts for a sheet: no ``[]:*?/\\``, at most 31 characters, unique."""
    base = _SHEET_NAME_BAD.sub("-", name).strip("'") or "Sheet"
    base = base[:MAX_SHEET_NAME]
    candidate, k = base, 2
    lowered = {t.casefold() for t in taken}
    while candidate.casefold() in lowered:
        suffix = " ({})".format(k)
        candidate, k = base[:MAX_SHEET_NAME - len(suffix)] + suffix, k + 1
    return candidate


def xlsx_bytes(sheets: Sequence[Sheet]) -> bytes:
    """The workbook as the bytes of an .xlsx file."""
    names: List[str] = []
    for name, _, _ in sheets:
        names.append(sheet_name(name, names))
    content_types = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/xl/workbook.xml" '
        'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
        '<Override PartName="/xl/styles.xml" '
        'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
        + "".join('<Override PartName="/xl/worksheets/sheet{}.xml" '
                  'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
                  .format(i + 1) for i in range(len(sheets)))
        + "</Types>")
    root_rels = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
        'officeDocument" Target="xl/workbook.xml"/></Relationships>')
    workbook = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
        'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>'
        + "".join('<sheet name="{}" sheetId="{}" r:id="rId{}"/>'.format(escape(n, {'"': "&quot;"}), i + 1, i + 1)
                  for i, n in enumerate(names))
        + "</sheets></workbook>")
    workbook_rels = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        + "".join('<Relationship Id="rId{0}" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
                  'relationships/worksheet" Target="worksheets/sheet{0}.xml"/>'.format(i + 1)
                  for i in range(len(sheets)))
        + '<Relationship Id="rId{}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
          'styles" Target="styles.xml"/></Relationships>'.format(len(sheets) + 1))
    styles = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
        '<fonts count="2"><font><sz val="11"/><name val="Calibri"/></font>'
        '<font><b/><sz val="11"/><name val="Calibri"/></font></fonts>'
        '<fills count="2"><fill><patternFill patternType="none"/></fill>'
        '<fill><patternFill patternType="gray125"/></fill></fills>'
        '<borders count="1"><border/></borders>'
        '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
        '<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'
        '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/></cellXfs>'
        "</styleSheet>")
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", content_types)
        archive.writestr("_rels/.rels", root_rels)
        archive.writestr("xl/workbook.xml", workbook)
        archive.writestr("xl/_rels/workbook.xml.rels", workbook_rels)
        archive.writestr("xl/styles.xml", styles)
        for i, (_, header, rows) in enumerate(sheets):
            archive.writestr("xl/worksheets/sheet{}.xml".format(i + 1), _sheet_xml(header, rows))
    return buffer.getvalue()


def csv_text(header: Sequence[str], rows: Sequence[Sequence[Any]]) -> str:
    """``;``-separated text with decimal commas (no byte-order mark: :func:`write_csv` adds it)."""
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
    writer.writerow(list(header))
    for row in rows:
        cells = []
        for value in row:
            value = _plain(value)
            if isinstance(value, float):
                cells.append(repr(value).replace(".", ",") if value != int(value) else str(int(value)))
            elif isinstance(value, bool):
                cells.append(tr("yes") if value else tr("no"))
            else:
                cells.append("" if value is None else str(value))
        writer.writerow(cells)
    return out.getvalue()


def _write(path: Path, data: bytes) -> Path:
    path = Path(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(prefix="." + path.name + ".", suffix=".part", dir=str(path.parent))
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
        give_ordinary_permissions(temporary)  # mkstemp's file is the owner's only
        os.replace(temporary, str(path))
    except OSError as error:
        raise InputError(tr("The table could not be written to '{path}' ({error}). Choose a file in a folder you "
                            "can write to.").format(path=path, error=error.strerror or error)) from error
    return path


def write_xlsx(path: Union[str, Path], sheets: Sequence[Sheet]) -> Path:
    """Write the sheets as an .xlsx workbook (replaced whole)."""
    return _write(Path(path), xlsx_bytes(sheets))


def write_csv(path: Union[str, Path], header: Sequence[str], rows: Sequence[Sequence[Any]]) -> Path:
    """Write one table as CSV for Excel with Norwegian settings: UTF-8 with BOM, ``;``, decimal comma."""
    return _write(Path(path), csv_text(header, rows).encode("utf-8-sig"))

# SPDX-License-Identifier: GPL-2.0-or-later
"""The printed pages' common parts: the stylesheet, the footer, times in Norwegian time and
escaped HTML pieces.  The case report, the short list's atlas and the run summary page use them.

Every text argument of the ``html_*`` pieces is escaped here; the pages are polyglot HTML5
(well-formed XML too) so that QtWebKit in QGIS's print layout renders them into PDF.
"""
import configparser
from datetime import datetime, timezone, tzinfo
from html import escape
from pathlib import Path
from typing import Optional, Sequence

from .errors import DataFileError, InputError
from .i18n import tr
from .timestamps import parse_timestamp

PLUGIN_DIR = Path(__file__).resolve().parents[2]
REPORT_CSS = PLUGIN_DIR / "resources" / "report" / "report.css"

#: The time zone of the pages' times: the cases are Norwegian, so Norwegian time (CET/CEST).
REPORT_TIME_ZONE = "Europe/Oslo"

_PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
_JPEG_SIGNATURE = b"\xff\xd8\xff"


def footer(generated_at: str) -> str:
    version = plugin_version()
    if version:
        text = tr("Made by the QGIS plugin Energistasjon {version} on {date}.").format(
            version=version, date=generated_at)
    else:
        text = tr("Made by the QGIS plugin Energistasjon on {date}.").format(date=generated_at)
    return html_paragraph(text, "footer")


def html_section(cls: str, heading: str, body: str) -> str:
    return f'<section class="{cls}">\n<h2>{html_text(heading)}</h2>\n{body}</section>\n'


def html_paragraph(text: str, cls: Optional[str] = None) -> str:
    attribute = f' class="{cls}"' if cls else ""
    return f"<p{attribute}>{html_text(text)}</p>\n"


def html_list(texts: Sequence[str]) -> str:
    return "<ul>\n{}</ul>\n".format("".join(f"<li>{html_text(t)}</li>\n" for t in texts))


def html_table(cls: str, headers: Sequence[str], rows_html: str) -> str:
    head = "".join(f"<th>{html_text(h)}</th>" for h in headers)
    return f'<table class="{cls}">\n<thead><tr>{head}</tr></thead>\n<tbody>\n{rows_html}</tbody>\n</table>\n'


def html_text(value: object) -> str:
    """Escape text from data for HTML; line breaks in notes stay line breaks."""
    return escape("" if value is None else str(value), quote=True).replace("\r\n", "\n").replace("\n", "<br />")


def image_mime_type(data: bytes) -> str:
    head = bytes(data[:8])
    if head.startswith(_PNG_SIGNATURE):
        return "image/png"
    if head.startswith(_JPEG_SIGNATURE):
        return "image/jpeg"
    raise InputError(tr(
        "The map for the report is not a PNG or JPEG image. Render the map again, or make the report without a map."
    ))


def stylesheet() -> str:
    try:
        return REPORT_CSS.read_text(encoding="utf-8")
    except OSError as error:
        message = tr("The report stylesheet '{path}' could not be read ({error}). Reinstall the Energistasjon plugin.")
        raise DataFileError(
            message.format(path=REPORT_CSS, error=error.strerror or error),
            path=str(REPORT_CSS),
        ) from error


def report_time_zone() -> Optional[tzinfo]:
    """Norwegian time (Europe/Oslo), or None for the computer's own time zone where Python has
    no time zone database (Windows without the ``tzdata`` package: there, the computer's zone)."""
    try:
        from zoneinfo import ZoneInfo

        return ZoneInfo(REPORT_TIME_ZONE)
    except (ImportError, KeyError, OSError, ValueError):  # ZoneInfoNotFoundError is a KeyError
        return None


def local_time(moment: datetime) -> datetime:
    """``moment`` (aware; naive means UTC, as the answer store writes) in the report's time zone."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=timezone.utc)
    zone = report_time_zone()
    return moment.astimezone(zone) if zone is not None else moment.astimezone()


def zone_text(moment: datetime) -> str:
    if report_time_zone() is not None:
        return tr("Norwegian time")
    return moment.tzname() or moment.strftime("UTC%z")


def now_text() -> str:
    moment = local_time(datetime.now(timezone.utc))
    return "{} ({})".format(moment.strftime("%Y-%m-%d %H:%M"), zone_text(moment))


def time_text(value: str) -> str:
    """An answer's ISO timestamp (stored in UTC) as local time, ``2024-05-02 14:03``; other text as it is."""
    if not value:
        return ""
    text = value.strip()
    moment = parse_timestamp(text)
    if moment is None:
        return text
    return local_time(moment).strftime("%Y-%m-%d %H:%M")


def plugin_version() -> str:
    parser = configparser.ConfigParser(interpolation=None)
    try:
        parser.read(str(PLUGIN_DIR / "metadata.txt"), encoding="utf-8")
        return parser.get("general", "version", fallback="").strip()
    except (OSError, configparser.Error):
        return ""

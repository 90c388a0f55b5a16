# SPDX-License-Identifier: GPL-2.0-or-later
"""The case report: what a case officer reads in the case file, in the right order, escaped,
self-contained, in the chosen language, and written completely or not at all."""
import base64
import os
import struct
import xml.etree.ElementTree as ET
import zlib

import pytest
from energistasjon.energistasjon_plugin.core import report, report_page
from energistasjon.energistasjon_plugin.core.checklist_model import (
    Answer,
    Application,
    CaseResult,
    Checklist,
    ChecklistItem,
    Process,
)
from energistasjon.energistasjon_plugin.core.errors import DataFileError, EnergistasjonError, InputError

NS = "{http://www.w3.org/1999/xhtml}"
SHA = "3f2a9c1be07d" + "5" * 52
NOTE = "Officer's note: <script>alert('x')</script> & <b>bold</b>"
EVIDENCE = "<b>Tomt &amp; vei</b>"
GENERATED = "2024-05-02 14:30"
Q_EN, Q_NB = "Is the site zoned for a fuel station?", "Er tomten regulert til bensinstasjon/vegserviceanlegg?"
GUIDE_EN, GUIDE_NB = "Ask for the risk contours.", "Be om risikokonturene."
TITLE_EN, TITLE_NB = "Checklist after the veileder", "Sjekkliste etter veilederen"


def _item(item_id, en, nb, audience="saksbehandler", types=("hydrogen",), source="Veileder 2024", guidance=None):
    return ChecklistItem(
        id=item_id, questions={"en": en, "nb": nb}, audience=audience, station_types=tuple(types),
        phases=("plan", "byggesak"), rule=None, source=source, guidance=guidance or {},
    )


def _case(missing=None, answers=None):
    items = [
        _item("H-01", Q_EN, Q_NB, source="PBL § 12-5"),
        _item("H-02", "Is the distance to dwellings assessed?", "Er avstanden til boliger vurdert?",
              types=("hydrogen", "battery"), guidance={"en": GUIDE_EN, "nb": GUIDE_NB}),
        _item("H-03", "Has the applicant stated the hydrogen stored (kg)?",
              "Har tiltakshaver oppgitt lagret hydrogen (kg)?", audience="tiltakshaver"),
        _item("H-04", "Is there free grid capacity nearby?", "Er det ledig nettkapasitet i nærheten?"),
        _item("H-05", "Is the site within 2 km of a freight corridor?",
              "Ligger tomten innenfor 2 km fra en godskorridor?"),
        _item("H-06", "Is an LBG tank planned?", "Er det planlagt en LBG-tank?"),
        _item("B-01", "Are there at least 4 charging points of 350 kW?", "Er det minst 4 ladepunkter på 350 kW?",
              types=("battery",)),
    ]
    checklist = Checklist(
        id="veileder-sjekkliste", edition="2024.1-test", format_version=1,
        titles={"en": TITLE_EN, "nb": TITLE_NB},
        based_on="Osloregionen IPR veileder, March 2024", items=items, thresholds={},
        path="/some/where/veileder_2024.yaml", sha256=SHA,
    )
    if answers is None:
        answers = [
            Answer("H-05", "fulfilled", "1.2 km to E6 (exit Vinterbro)"),
            Answer("H-01", "not_fulfilled", "Zoned as industry (SOSI 1300), not 1130"),
            Answer("H-02", "needs_assessment", EVIDENCE,
                   answered_by="Kari Nordmann", answered_at="2024-05-02T10:15:00Z"),
            Answer("H-06", "not_relevant", "Hydrogen only"),
            Answer("H-04", "unanswered", "No grid capacity layer given"),
        ]  # H-03: no answer at all; B-01: battery only
    return CaseResult(
        case_id="24/1234", site_label="Gnr 12/34 Langhus <nord> & sør",
        application=Application(station_type="hydrogen", hydrogen_kg=800.0),
        checklist=checklist, answers=answers,
        processes=[
            Process("plan", "Reguleringsplan", "no", "The zoning allows the use", "PBL § 12-1"),
            Process("dsb_consent", "DSB consent", "yes", "Storage above the lower tier", "Storulykkeforskriften"),
            Process("grid", "Grid connection", "check", "Ask Elvia", "Forskrift om energiutredninger § 15"),
            Process("dsb_notify", "Notify DSB", "yes", "Hydrogen stored above 0.4 m³", "DSB"),
        ],
        missing=["Amount of hydrogen stored (kg)", "Risk analysis"] if missing is None else missing,
        data_used=[("DIGIN Elvia GridCapacity", "capacityDate 2024-01-15"), ("NVDB 540 Trafikkmengde", "2023")],
        notes=[NOTE],
    )


def _parse(html_text):
    """The report as an element tree: it is polyglot HTML5, i.e. well-formed XML."""
    assert html_text.startswith("<!DOCTYPE html>")
    return ET.fromstring(html_text.split("\n", 1)[1])


def _text(element):
    return "".join(element.itertext()).strip()


def _classes(element):
    return (element.get("class") or "").split()


def _sections(root, cls):
    return [s for s in root.iter(NS + "section") if cls in _classes(s)]


def _rows(table):
    return [[_text(td) for td in tr.findall(NS + "td")] for tr in table.find(NS + "tbody").findall(NS + "tr")]


def _item_ids(group):
    table = group.find(NS + "table")
    return [] if table is None else [r[0] for r in _rows(table)]


def _png_1x1():
    """A real 1x1 red PNG, built by hand (signature, IHDR, IDAT, IEND)."""
    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(b"\x00\xff\x00\x00")) + chunk(b"IEND", b""))


def test_answers_are_grouped_by_status_with_blocking_ones_first():
    root = _parse(report.render_case_report(_case(), language="en", generated_at=GENERATED))
    groups = [(_text(g.find(NS + "h3")), _item_ids(g)) for g in _sections(root, "group")]
    assert groups == [
        ("Not fulfilled (1)", ["H-01"]),
        ("Needs assessment (1)", ["H-02"]),
        ("Not answered yet (2)", ["H-03", "H-04"]),  # H-03 has no answer at all, H-04 answered "unanswered"
        ("Fulfilled (1)", ["H-05"]),
        ("Not relevant (1)", ["H-06"]),
    ]
    # B-01 is for battery stations only and has no answer: left out, and the report says so.
    all_ids = [td.text for td in root.iter(NS + "td") if "id" in _classes(td)]
    assert "B-01" not in all_ids
    summary = _sections(root, "summary")[0]
    assert "Not listed: 1 checklist items for other station types." in _text(summary)
    counts = _rows(summary.find(NS + "table"))
    assert counts == [["Not fulfilled", "1"], ["Needs assessment", "1"], ["Not answered yet", "2"],
                      ["Fulfilled", "1"], ["Not relevant", "1"]]
    assert _text(summary.find(NS + "table").find(NS + "tfoot")) == "Total6"


def test_answer_rows_show_question_evidence_who_and_by_whom():
    root = _parse(report.render_case_report(_case(), language="en", generated_at=GENERATED))
    rows = {r[0]: r for g in _sections(root, "group") if g.find(NS + "table") is not None
            for r in _rows(g.find(NS + "table"))}
    # columns: item, question, evidence, who must answer, answered by, source
    assert rows["H-01"] == ["H-01", "Is the site zoned for a fuel station?", "Zoned as industry (SOSI 1300), not 1130",
                            "case officer", "automatic", "PBL § 12-5"]
    assert rows["H-02"][1] == "Is the distance to dwellings assessed?Ask for the risk contours."
    assert rows["H-02"][4] == "Kari Nordmann2024-05-02 12:15"  # 10:15 UTC in Norwegian summer time
    assert rows["H-03"][3] == "applicant"
    assert rows["H-03"][2] == "" and rows["H-03"][4] == "Not answered yet"  # nobody has answered


def test_text_from_the_data_is_escaped():
    html_text = report.render_case_report(_case(), language="en", generated_at=GENERATED)
    assert "<script>" not in html_text and "<b>" not in html_text
    assert "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt; &amp; &lt;b&gt;bold&lt;/b&gt;" in html_text
    assert "&lt;b&gt;Tomt &amp;amp; vei&lt;/b&gt;" in html_text
    root = _parse(html_text)  # still well-formed: nothing from the data became markup
    notes = [_text(li) for li in _sections(root, "data-section")[0].iter(NS + "li")]
    assert notes == [NOTE]
    evidence = [_text(td) for td in root.iter(NS + "td") if _text(td) == EVIDENCE]
    assert len(evidence) == 2  # the officer's note: in the answers and in the officer's notes
    site = next(tr for tr in root.iter(NS + "tr") if _text(tr.find(NS + "th")) == "Site")
    assert _text(site.find(NS + "td")) == "Gnr 12/34 Langhus <nord> & sør"


def test_header_names_case_site_type_checklist_edition_and_checksum():
    html_text = report.render_case_report(_case(), language="en", generated_at=GENERATED)
    root = _parse(html_text)
    header = _sections(root, "header")[0]
    assert _text(header.find(NS + "h1")) == "Checklist for an energy station application"
    facts = {_text(tr.find(NS + "th")): _text(tr.find(NS + "td")) for tr in header.iter(NS + "tr")}
    assert facts["Case"] == "24/1234"
    assert facts["Station type"] == "Hydrogen"
    assert facts["Generated"] == GENERATED
    assert facts["Checklist"] == "Checklist after the veileder"
    assert facts["Edition"] == "2024.1-test"
    assert facts["Checklist file"] == "veileder_2024.yaml (sha256 3f2a9c1be07d)"
    assert SHA not in html_text  # only the first 12 characters
    disclaimer = _text(next(p for p in header.iter(NS + "p") if "disclaimer" in _classes(p)))
    for words in ("screening aid", "Osloregionen IPR, March 2024", "facts it lists",
                  "must be checked by the case officer"):
        assert words in disclaimer


def test_road_to_decision_lists_what_applies_first():
    root = _parse(report.render_case_report(_case(), language="en", generated_at=GENERATED))
    road = _rows(_sections(root, "road")[0].find(NS + "table"))
    assert [(r[0], r[1]) for r in road] == [
        ("DSB consent", "Applies"), ("Notify DSB", "Applies"), ("Grid connection", "Check"),
        ("Reguleringsplan", "Does not apply")]
    assert road[1][2:] == ["Hydrogen stored above 0.4 m³", "DSB"]


def test_missing_data_used_and_sections_in_order():
    html_text = report.render_case_report(_case(), language="en", generated_at=GENERATED)
    root = _parse(html_text)
    headings = [_text(h) for h in root.iter(NS + "h2")]
    assert headings == ["The site on a map", "Summary", "Answers by status", "The case officer's notes",
                        "The road to a decision", "What the application is missing", "Data used",
                        "Notes on the data"]
    missing = [_text(li) for li in _sections(root, "missing")[0].iter(NS + "li")]
    assert missing == ["Amount of hydrogen stored (kg)", "Risk analysis"]
    data = _rows(_sections(root, "data-section")[0].find(NS + "table"))
    assert data == [["DIGIN Elvia GridCapacity", "capacityDate 2024-01-15"], ["NVDB 540 Trafikkmengde", "2023"]]

    nothing = _parse(report.render_case_report(_case(missing=[]), language="en", generated_at=GENERATED))
    section = _sections(nothing, "missing")[0]
    assert list(section.iter(NS + "li")) == []
    assert _text(section).endswith("Nothing: no missing information was found.")


@pytest.mark.parametrize("language, shown, hidden", [
    ("nb", [Q_NB, GUIDE_NB, TITLE_NB], [Q_EN, GUIDE_EN, TITLE_EN]),
    ("en", [Q_EN, GUIDE_EN, TITLE_EN], [Q_NB, GUIDE_NB, TITLE_NB]),
])
def test_report_language_is_the_users_choice(language, shown, hidden):
    html_text = report.render_case_report(_case(), language=language, generated_at=GENERATED)
    assert f'<html lang="{language}"' in html_text
    for text in shown:
        assert text in html_text
    for text in hidden:
        assert text not in html_text


def test_locale_names_map_to_the_report_language():
    assert '<html lang="nb"' in report.render_case_report(_case(), language="nb_NO", generated_at=GENERATED)
    assert '<html lang="en"' in report.render_case_report(_case(), language="en_GB", generated_at=GENERATED)


def test_map_is_embedded_as_a_data_uri():
    png = _png_1x1()
    root = _parse(report.render_case_report(_case(), map_png=png, language="en", generated_at=GENERATED))
    images = list(root.iter(NS + "img"))
    assert len(images) == 1
    src = images[0].get("src")
    assert src.startswith("data:image/png;base64,")
    assert base64.b64decode(src.split(",", 1)[1]) == png
    assert "Gnr 12/34 Langhus <nord> & sør" in images[0].get("alt")


def test_without_a_map_the_report_says_so():
    root = _parse(report.render_case_report(_case(), map_png=None, language="en", generated_at=GENERATED))
    assert list(root.iter(NS + "img")) == []
    assert "No map was made" in _text(_sections(root, "map-section")[0])


def test_map_that_is_not_an_image_is_refused():
    with pytest.raises(InputError, match="not a PNG or JPEG"):
        report.render_case_report(_case(), map_png=b"<svg>not a png</svg>", language="en")


def test_report_is_self_contained_and_simple_enough_for_qtwebkit():
    html_text = report.render_case_report(_case(), map_png=_png_1x1(), language="en", generated_at=GENERATED)
    without_namespace = html_text.replace('xmlns="http://www.w3.org/1999/xhtml"', "")
    assert "http://" not in without_namespace and "https://" not in without_namespace
    for forbidden in ("<script", "<link", "@import", "url(", "display: grid", "display: flex", "@font-face"):
        assert forbidden not in html_text
    assert '<meta charset="utf-8" />' in html_text
    style = _parse(html_text).find(NS + "head").find(NS + "style").text
    css = report_page.REPORT_CSS.read_text(encoding="utf-8")
    assert css.strip() in style  # the stylesheet is embedded, not linked
    assert "@media print" in css and "page-break-inside: avoid" in css


def test_answers_to_unknown_items_or_with_unknown_status_are_not_lost():
    answers = [Answer("H-01", "not_fulfilled", "x"), Answer("OLD-9", "fulfilled", "from an older edition"),
               Answer("H-05", "maybe", "typo in the answer file")]
    root = _parse(report.render_case_report(_case(answers=answers), language="en", generated_at=GENERATED))
    groups = {_text(g.find(NS + "h3")): [r[0] for r in _rows(g.find(NS + "table"))]
              for g in _sections(root, "group") if g.find(NS + "table") is not None}
    assert groups["Fulfilled (1)"] == ["OLD-9"]
    assert "H-05" in groups["Not answered yet (5)"]
    notes = [_text(li) for li in _sections(root, "data-section")[0].iter(NS + "li")]
    assert "The answer to item 'H-05' has the unknown status 'maybe'; it is listed under 'Not answered yet'." in notes


def test_missing_stylesheet_is_a_clear_error(tmp_path, monkeypatch):
    monkeypatch.setattr(report_page, "REPORT_CSS", tmp_path / "report.css")
    with pytest.raises(DataFileError, match="Reinstall the Energistasjon plugin") as caught:
        report.render_case_report(_case(), language="en")
    assert caught.value.path == str(tmp_path / "report.css")


def test_written_report_is_complete_and_leaves_no_temporary_file(tmp_path):
    target = tmp_path / "sak 24-1234" / "rapport.html"  # folder made when missing
    written = report.write_case_report(target, _case(), map_png=_png_1x1(), language="nb")
    assert written == target
    assert os.listdir(str(target.parent)) == ["rapport.html"]
    text = target.read_text(encoding="utf-8")
    assert text.rstrip().endswith("</html>")
    root = _parse(text)
    assert root.get("lang") == "nb"
    assert Q_NB in text
    assert len(list(root.iter(NS + "img"))) == 1


def test_rewriting_replaces_the_old_report(tmp_path):
    target = tmp_path / "rapport.html"
    target.write_text("old report", encoding="utf-8")
    report.write_case_report(target, _case(), language="en")
    assert "Checklist for an energy station application" in target.read_text(encoding="utf-8")
    assert os.listdir(str(tmp_path)) == ["rapport.html"]


def test_writing_into_a_read_only_folder_fails_clearly(tmp_path):
    folder = tmp_path / "arkiv"
    folder.mkdir()
    folder.chmod(0o555)
    try:
        if os.access(str(folder), os.W_OK):
            pytest.skip("running as a user who can write into read-only folders (root)")
        with pytest.raises(EnergistasjonError, match="could not be written to") as caught:
            report.write_case_report(folder / "rapport.html", _case(), language="en")
        assert str(folder / "rapport.html") in str(caught.value)
        assert "folder you can write to" in str(caught.value)
        assert os.listdir(str(folder)) == []
    finally:
        folder.chmod(0o755)


def test_failed_write_keeps_the_old_report_and_leaves_no_partial_file(tmp_path, monkeypatch):
    # As root a chmod'ed folder stays writable, so make the system refuse the final step
    # the way a read-only or full file system would.
    target = tmp_path / "rapport.html"
    target.write_text("the report filed yesterday", encoding="utf-8")

    def refuse(src, dst):
        raise PermissionError(13, "Permission denied", str(dst))

    monkeypatch.setattr(report.os, "replace", refuse)
    with pytest.raises(InputError) as caught:
        report.write_case_report(target, _case(), language="en")
    assert isinstance(caught.value, EnergistasjonError)
    assert f"The report could not be written to '{target}' (Permission denied)." in str(caught.value)
    assert os.listdir(str(tmp_path)) == ["rapport.html"]
    assert target.read_text(encoding="utf-8") == "the report filed yesterday"


def test_refused_temporary_file_raises_and_writes_nothing(tmp_path, monkeypatch):
    # What a read-only folder does: the first file cannot be created.
    real_open = os.open

    def read_only(path, flags, *args):
        if str(path).startswith(str(tmp_path)) and flags & os.O_CREAT:
            raise PermissionError(13, "Permission denied", str(path))
        return real_open(path, flags, *args)

    monkeypatch.setattr(report.os, "open", read_only)
    with pytest.raises(InputError, match="Choose a file in a folder you can write to"):
        report.write_case_report(tmp_path / "rapport.html", _case(), language="en")
    assert os.listdir(str(tmp_path)) == []

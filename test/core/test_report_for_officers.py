"""The case report as the case officer reads it, from a real check of the hand-checked fixture
(test/hand_fixture.py, site A: RP 1340 Industri): who answered what, their notes, times in
Norwegian time, sources they can cite, and Norwegian without the engine's internal ids."""
import re
from html import unescape

import hand_fixture
import pytest
from energistasjon.energistasjon_plugin.core import checklist as checklist_module
from energistasjon.energistasjon_plugin.core import profiles, report
from energistasjon.energistasjon_plugin.core.casework import check_application, site_label
from energistasjon.energistasjon_plugin.core.checklist_model import Answer, Application
from energistasjon.energistasjon_plugin.core.context_builder import LayerInput, build_context

NOTE = "Risikoanalyse fra Norconsult mottatt 3. mai;\nrisikokonturene ligger innenfor tomta."


@pytest.fixture(scope="module")
def context(tmp_path_factory):
    layers = hand_fixture.layers()
    return build_context(
        hand_fixture.CRS, roads_layer=LayerInput(layers["veger"], "veger"),
        grid_capacity_files=[str(hand_fixture.write_grid_capacity(tmp_path_factory.mktemp("grid")))],
        kpa_layers=[LayerInput(layers["kpa"], "kpa")], rp_layers=[LayerInput(layers["rp"], "rp")],
        building_layer=LayerInput(layers["bygninger"], "bygninger"))


def report_html(context, language, person_answers=None, station_type="hydrogen"):
    sites = hand_fixture.sites()
    site = sites[sites["tomt_id"] == "A"].reset_index(drop=True)
    app = Application(station_type, hydrogen_kg=6000, gas_volume_m3=2.5, daily_capacity=2400)
    case = check_application(site, context, app, checklist_module.load_checklist(),
                             profiles.load_bundled_profile(station_type), ["2025/0042"],
                             site_labels=["tomt A (kandidater)"],
                             person_answers={"2025/0042": person_answers or {}}, language=language)[0]
    return report.render_case_report(case, language=language)


def visible_text(html_text):
    """What a reader sees: the body without tags, entities resolved, spaces collapsed."""
    body = html_text.split("<body>", 1)[1]
    return " ".join(unescape(re.sub(r"<[^>]+>", " ", body)).split())


def section(html_text, cls):
    start = html_text.index('<section class="{}"'.format(cls))
    return html_text[start:html_text.index("</section>", start)]


def answer_rows(html_text, status):
    """(item id, answered-by text) of every row in one status group."""
    group = section(html_text, "group status-" + status)
    rows = [re.findall(r"<td[^>]*>(.*?)</td>", row, re.S) for row in re.findall(r"<tr>(.*?)</tr>", group, re.S)]
    # columns: item, question, evidence, who must answer, answered by, source
    return [(cells[0], visible_text("<body>" + cells[4])) for cells in rows if cells]


def test_items_nobody_answered_say_not_answered_yet_not_automatic(context):
    html_text = report_html(context, "en")
    unanswered = answer_rows(html_text, "unanswered")
    assert [item for item, _ in unanswered] == ["PLAN-06", "PLAN-07", "ROAD-01", "SITE-03", "SITE-04", "SAFE-02",
                                                "SAFE-03", "SAFE-04", "SAFE-05", "ENV-01", "ENV-02", "ENV-03",
                                                "ENV-04", "ENV-05", "NOISE-01", "GRID-02", "GRID-03"]
    assert all(by == "Not answered yet" for _, by in unanswered), unanswered
    assert all(by == "automatic" for _, by in answer_rows(html_text, "fulfilled"))


def test_the_officers_notes_are_in_the_report_with_name_and_norwegian_time(context):
    mine = Answer("SAFE-02", "fulfilled", NOTE, answered_by="Kari Nordmann", answered_at="2025-01-15T09:30:00+00:00")
    override = Answer("PLAN-01", "needs_assessment", "Planen er under revisjon.", answered_by="Kari Nordmann",
                      answered_at="2025-06-02T08:05:00+00:00")
    html_text = report_html(context, "nb", {"SAFE-02": mine, "PLAN-01": override})
    notes = visible_text("<body>" + section(html_text, "officer-notes"))
    assert notes.startswith("Saksbehandlerens merknader")
    assert " ".join(NOTE.split()) in notes and "Planen er under revisjon." in notes
    assert "Kari Nordmann" in notes
    # stored in UTC, shown in Norwegian time: winter (CET, +1) and summer (CEST, +2)
    assert "2025-01-15 10:30" in notes and "2025-06-02 10:05" in notes
    assert "UTC" not in visible_text(html_text) and "+0000" not in html_text
    assert "Ingen merknader." not in visible_text(html_text)
    assert "<br />" in section(html_text, "officer-notes")  # the note's line break is kept


def test_without_notes_the_report_says_the_officer_wrote_none(context):
    html_text = report_html(context, "en")
    assert "The case officer has written no notes for this case." in visible_text(html_text)


def test_generated_time_is_norwegian_time(context):
    html_text = report_html(context, "nb")
    generated = re.search(r"<th scope=\"row\">Laget</th><td>([^<]+)</td>", html_text).group(1)
    assert re.fullmatch(r"\d{4}-\d\d-\d\d \d\d:\d\d \(norsk tid\)", generated), generated


@pytest.mark.parametrize("language", ["nb", "en"])
def test_sources_are_citations_not_project_files(context, language):
    html_text = report_html(context, language)
    text = visible_text(html_text)
    assert "DOMAIN.md" not in text and ".md" not in text
    sources = [visible_text("<body>" + s) for s in re.findall(r'<td class="source">(.*?)</td>', html_text)]
    assert "Vegloven § 29 (byggegrense)" in sources and "Vegloven §§ 40-43 (avkjørsel)" in sources
    assert any("Storulykkeforskriften, vedlegg I (hydrogen)" in s for s in sources)
    assert any("Forskrift om energiutredninger § 15" in s for s in sources)


def test_norwegian_report_has_no_internal_ids_or_english_sources(context):
    html_text = report_html(context, "nb")
    text = visible_text(html_text)
    for leak in ("hydrogen, biogas", "battery", "Stasjonsprofil hydrogen", "[zoning]", "_failed",
                 "veileder-energistasjon", "unless", "DOMAIN", "First edition", "tomten"):
        assert leak not in text, leak
    assert "Gjelder bare batterielektrisk lading." in text  # SITE-02, drive-through charging bays
    assert "Stasjonsprofil: Hydrogenstasjon for tungbiler" in text  # the profile's name, not its id
    assert "Bygger på «Veileder for etablering av energistasjoner for tungtransport»" in text
    assert "Energistasjons andre utgave, ikke veilederens egen ordlyd" in text
    assert "tomta" in text


def test_english_not_relevant_items_name_station_types_in_words(context):
    text = visible_text(report_html(context, "en"))
    assert "Applies only to battery-electric truck charging." in text
    assert "Applies to: battery" not in text


@pytest.mark.parametrize("attributes, expected", [
    ({"tomt_id": "A", "eier": "x"}, "site A (kandidater)"),
    ({"gnr": 12, "bnr": 34.0, "fnr": 0, "bat_score": 71.5}, "gnr. 12 bnr. 34 (kandidater)"),
    ({"tomt_id": "K-7", "Gårdsnummer": "3", "Bruksnummer": "150", "festenr": 2},
     "site K-7, gnr. 3 bnr. 150 fnr. 2 (kandidater)"),
    ({"navn": "Kambo næringsområde", "gnr": None, "bnr": 5}, "Kambo næringsområde (kandidater)"),
    ({"eier": "x", "areal": 2000}, "kandidater, feature 47"),
])
def test_a_site_is_named_by_its_id_and_cadastral_numbers(attributes, expected):
    assert site_label(attributes, "kandidater", 47) == expected


def test_a_site_name_in_norwegian():
    from energistasjon.energistasjon_plugin.core.i18n import use_language

    with use_language("nb"):
        assert site_label({"tomt_id": "A", "gnr": 12, "bnr": 34}, "Poengsatte tomter", 3) == \
            "tomt A, gnr. 12 bnr. 34 (Poengsatte tomter)"
        assert site_label({}, "Poengsatte tomter", 3) == "Poengsatte tomter, objekt 3"


def test_a_list_people_read_names_a_site_by_its_name_else_its_id():
    from energistasjon.energistasjon_plugin.core.casework import site_short_name

    assert site_short_name({"id": 1, "navn": "Patterød næringsområde"}, 1) == "Patterød næringsområde"
    assert site_short_name({"tomt_id": "A", "eier": "x"}, 1) == "A"
    assert site_short_name({"gnr": 12, "bnr": 34}, 7) == "12/34"
    assert site_short_name({"eier": "x"}, 7) == "7"

"""The short list a workshop takes home, on the hand fixture (test/hand_fixture.py): battery A 95.0,
E 87.7, D 77.6 by hand; B (LNFR) and C (800 m²) excluded.  Moss holds A, B and E; Råde holds C and D."""
import csv
import io
import zipfile
from xml.etree import ElementTree

import hand_fixture
import pytest
from energistasjon.energistasjon_plugin.core import profiles, weight_sets
from energistasjon.energistasjon_plugin.core.atlas import render_atlas
from energistasjon.energistasjon_plugin.core.context_builder import LayerInput, build_context
from energistasjon.energistasjon_plugin.core.i18n import use_language
from energistasjon.energistasjon_plugin.core.scoring import score_sites
from energistasjon.energistasjon_plugin.core.shortlist import make_short_list
from energistasjon.energistasjon_plugin.core.shortlist_tables import layer_rows, station_sheet, workbook
from energistasjon.energistasjon_plugin.core.spreadsheet import csv_text, write_csv, write_xlsx

NS = {"x": "http://schemas.openxmlformats.org/spreadsheetml/2006/main"}


@pytest.fixture(scope="module")
def battery():
    return profiles.load_bundled_profile("battery")


@pytest.fixture(scope="module")
def scored(tmp_path_factory, battery):
    layers = hand_fixture.layers()
    context = build_context(
        hand_fixture.CRS, roads_layer=LayerInput(layers["veger"], "veger"),
        traffic_layer=LayerInput(layers["trafikkmengde"], "trafikkmengde"),
        grid_capacity_files=[str(hand_fixture.write_grid_capacity(tmp_path_factory.mktemp("grid")))],
        kpa_layers=[LayerInput(layers["kpa"], "kpa")], rp_layers=[LayerInput(layers["rp"], "rp")],
        building_layer=LayerInput(layers["bygninger"], "bygninger"))
    sites = hand_fixture.sites()
    sites["kommunenavn"] = ["Moss", "Moss", "Råde", "Råde", "Moss"]
    return score_sites(sites, context, [battery], language="en").frame


def test_best_sites_per_municipality_with_the_score_and_its_parts(scored, battery):
    short = make_short_list(scored, [battery], top=1)
    station = short.lists[0]
    assert [(e.municipality, e.site, e.place) for e in station.entries] == [("Moss", "A", 1), ("Råde", "D", 1)]
    a = station.entries[0]
    assert a.rank == 1 and a.score == pytest.approx(scored["bat_score"][0], abs=0.05)
    # the points of the parts add up to the score: the weighted mean of the sub-scores in the row
    assert sum(p.points for p in a.parts if p.points is not None) == pytest.approx(a.score, abs=0.05)
    grid = next(p for p in a.parts if p.factor == "grid")
    assert grid.value == "20.0 MW" and grid.weight == pytest.approx(
        next(f.weight for f in battery.factors if f.id == "grid") / sum(f.weight for f in battery.factors))
    assert station.weight_set.method == "profile"
    rows = layer_rows(short)
    assert rows[0]["weight_set"] == station.weight_set.label and "Free grid capacity 20.0 MW" in rows[0]["parts"]


def test_a_weight_set_reranks_the_list_and_is_named(scored, battery):
    weights = {f.id: 0.0 for f in battery.factors}
    weights["flat"], weights["zoning"] = 0.3, 0.7  # zoning and flat area only (flat unknown: no DEM)
    chosen = weight_sets.make_weight_set(battery, weights, "Gruppe Råde", date="2026-11-12")
    short = make_short_list(scored, [battery], top=3, weight_sets={"battery": chosen})
    station = short.lists[0]
    assert station.weight_set.label == chosen.label
    by_site = {e.site: e for e in station.entries}
    # zoning alone: A (RP 1340 Industri, primary) and D (KPA 1300, primary) score 100; E (parking) less
    assert by_site["A"].score == 100.0 and by_site["D"].score == 100.0 and by_site["E"].score < 100.0


def test_no_site_ranked_says_per_rule_how_many_each_removed(scored, battery):
    only_excluded = scored[scored["tomt_id"].isin(["B", "C"])].reset_index(drop=True)
    station = make_short_list(only_excluded, [battery], top=3).lists[0]
    assert station.entries == []
    message = station.empty_message
    assert message.startswith("No site is ranked for Battery-electric truck charging: 2 sites")
    assert "zoning: 1 sites (only this rule: 1)." in message and "area: 1 sites (only this rule: 1)." in message
    sheet = station_sheet(station)
    assert sheet[2] == [[message]]


def test_spreadsheet_keeps_norwegian_letters_numbers_and_leading_zeros(scored, battery, tmp_path):
    with use_language("nb"):
        sheets = workbook(make_short_list(scored, [battery], top=2))
    path = write_xlsx(tmp_path / "kortliste.xlsx", sheets)
    with zipfile.ZipFile(path) as archive:
        names = archive.namelist()
        book = ElementTree.fromstring(archive.read("xl/workbook.xml"))
        sheet = ElementTree.fromstring(archive.read("xl/worksheets/sheet1.xml"))
    assert "xl/styles.xml" in names and "[Content_Types].xml" in names
    assert [s.get("name") for s in book.find("x:sheets", NS)] == ["Batteri", "Vekter", "Regler"]
    cells = {c.get("r"): c for c in sheet.iter("{{{}}}c".format(NS["x"]))}
    assert "".join(cells["A1"].itertext()) == "Kommune"
    assert "Råde" in ["".join(c.itertext()) for c in cells.values()]
    score = cells["F2"]
    assert score.get("t") is None and float(score.find("x:v", NS).text) == pytest.approx(scored["bat_score"][0])


def test_csv_for_norwegian_excel_has_a_bom_semicolons_and_decimal_commas(tmp_path):
    path = write_csv(tmp_path / "k.csv", ["Kommune", "Poeng"], [["Råde", 87.7], ["Moss", 95.0]])
    data = path.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig")), delimiter=";"))
    assert rows == [["Kommune", "Poeng"], ["Råde", "87,7"], ["Moss", "95"]]
    assert csv_text(["a"], [["x;y"]]).splitlines()[1] == '"x;y"'


def test_atlas_has_an_overview_and_a_page_per_site_with_its_weight_set(scored, battery):
    short = make_short_list(scored, [battery], top=2)
    png = b"\x89PNG\r\n\x1a\n" + b"0" * 20
    maps = {("battery", e.row): png for e in short.entries}
    html = render_atlas(short, maps, {"": png}, [("veger", "2026-01-01")], ["a note"], language="nb",
                        generated_at="2026-11-12 10:00")
    assert html.count('<section class="site"') == len(short.entries) == 3
    assert html.count("data:image/png;base64,") == 4
    weight_set = short.lists[0].weight_set
    # the weight set by its name, the fingerprint said as what it is (not 'name@hash')
    fingerprint = weight_set.fingerprint[:12]
    assert "{} (vekter {})".format(weight_set.name, fingerprint) in html and "@" + fingerprint not in html
    assert "veger" in html and "2026-01-01" in html
    assert "Poeng (0-100)" in html and 'lang="nb"' in html


def test_the_language_a_layer_was_scored_in_is_told_by_its_aliases(battery):
    from energistasjon.energistasjon_plugin.core.output_fields import scored_language

    assert scored_language({"bat_score": "Batteri: poeng (0-100)"}, [battery]) == "nb"
    assert scored_language({"bat_score": "Battery: score (0-100)"}, [battery]) == "en"
    # no alias (a memory layer, a CSV) or one a user wrote: not known, and nothing is said
    assert scored_language({}, [battery]) is None
    assert scored_language({"bat_score": "Poeng lading"}, [battery]) is None

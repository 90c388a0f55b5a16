"""The checklist panel as a case officer meets it (issue 13): a narrow dock with its main button in
view, notes of several lines, context layers found in the project and remembered in it, the saved
cases listed after a restart, a scored site opened in one action, the officer's own name, and the
report they write from it.  The hand-checked fixture (test/hand_fixture.py): site A lies in RP 1340
Industri, 301 m from the E6 exit."""
import re
import subprocess
from pathlib import Path

import hand_fixture
import pytest
from qgis.core import QgsProject, QgsSettings, QgsVectorLayer
from qgis.PyQt.QtCore import QPoint, Qt
from qgis.PyQt.QtTest import QTest
from qgis.PyQt.QtWidgets import QApplication

CASE = "2025/0042"
OFFICER_KEY = "energistasjon/case_officer"
LOOK = Path(__file__).resolve().parents[2] / "build" / "look"  # images for a person to look at


@pytest.fixture(autouse=True)
def officer():
    """The officer's name in QGIS's settings, as given once in the panel (first in, last out)."""
    QgsSettings().setValue(OFFICER_KEY, "Kari Nordmann")
    yield "Kari Nordmann"
    QgsSettings().remove(OFFICER_KEY)


@pytest.fixture
def layers(tmp_path):
    """The fixture's site and context layers in the project, in the order an officer would add them."""
    gpkg = hand_fixture.write_geopackage(tmp_path)
    loaded = {}
    for name in ("kandidater", "veger", "kpa", "rp", "bygninger"):
        layer = QgsVectorLayer("{}|layername={}".format(gpkg, name), name, "ogr")
        assert layer.isValid(), name
        loaded[name] = layer
    QgsProject.instance().addMapLayers(list(loaded.values()))
    loaded["gpkg"] = gpkg
    loaded["grid"] = hand_fixture.write_grid_capacity(tmp_path)
    yield loaded
    QgsProject.instance().clear()


@pytest.fixture
def open_panel(plugin):
    def open_it():
        plugin.checklist_action.trigger()
        panel = plugin.checklist_dock
        panel.busy_timeout = 0.2
        return panel
    return open_it


@pytest.fixture
def choose_file(monkeypatch):
    """The officer picking a GeoPackage in the file dialog."""
    from energistasjon.energistasjon_plugin.gui import checklist_dock

    answers = []
    monkeypatch.setattr(checklist_dock.QFileDialog, "getSaveFileName",
                        staticmethod(lambda *args, **kwargs: (str(answers.pop(0)), "GeoPackage (*.gpkg)")))
    return answers.append


def type_case_id(panel, case_id):
    panel.case_edit.clear()
    QTest.keyClicks(panel.case_edit, case_id)
    panel.case_edit.editingFinished.emit()


def select_site(iface, layer, site_id):
    iface.setActiveLayer(layer)
    layer.selectByExpression("\"tomt_id\" = '{}'".format(site_id))


def check(panel, iface, layers, case_id, site_id="A", station_type="hydrogen"):
    type_case_id(panel, case_id)
    form = panel.form
    form.station_combo.setCurrentIndex(form.station_combo.findData(station_type))
    form.quantity_edits["hydrogen_kg"].setText("6000")
    panel.context_box.grid_file.setFilePath(str(layers["grid"]))
    select_site(iface, layers["kandidater"], site_id)
    assert panel.check_selected_site(), panel.message_label.text()


def visible_in(panel, widget):
    """The widget is on screen inside the panel: shown, not scrolled away, not cut by the panel's edge."""
    if not widget.isVisible() or widget.visibleRegion().isEmpty():
        return False
    top_left = widget.mapTo(panel, QPoint(0, 0))
    return (top_left.x() >= 0 and top_left.y() >= 0 and top_left.x() + widget.width() <= panel.width()
            and top_left.y() + widget.height() <= panel.height()
            and widget.visibleRegion().boundingRect().size() == widget.size())


def show_narrow(panel, width=320, height=640):
    panel.setFloating(True)
    panel.resize(width, height)
    panel.show()
    QTest.qWait(20)
    QApplication.processEvents()


def test_in_a_narrow_dock_the_main_buttons_are_in_view_and_nothing_is_cut(open_panel, layers, officer):
    panel = open_panel()
    show_narrow(panel)
    LOOK.mkdir(parents=True, exist_ok=True)
    panel.grab().save(str(LOOK / "checklist_panel_320px.png"))
    assert panel.width() == 320
    for button in (panel.check_button, panel.scored_button, panel.report_button):
        assert visible_in(panel, button), button.text()
    assert panel.check_button.text() == "Check selected site"
    # the forms fit the width (labels above the fields) instead of running under the edge
    details = panel._scroll.widget()
    assert details.minimumSizeHint().width() <= panel._scroll.viewport().width()
    assert visible_in(panel, panel.case_edit)


def test_the_buttons_stay_in_view_with_a_checked_case(open_panel, iface, layers, officer, tmp_path, choose_file):
    panel = open_panel()
    choose_file(tmp_path / "saker.gpkg")
    check(panel, iface, layers, CASE)
    show_narrow(panel, 320, 560)
    panel.grab().save(str(LOOK / "checklist_panel_320px_case.png"))
    assert visible_in(panel, panel.check_button) and visible_in(panel, panel.report_button)
    assert "site A (kandidater)" in panel.site_label.text()  # the site by its id, not "feature 1"


def test_a_note_keeps_several_lines_and_the_row_shows_them(open_panel, iface, layers, officer, tmp_path,
                                                           choose_file):
    from energistasjon.energistasjon_plugin.core.case_store import CaseStore

    panel = open_panel()
    store = tmp_path / "saker.gpkg"
    choose_file(store)
    check(panel, iface, layers, CASE)
    show_narrow(panel, 700, 700)
    panel.activateWindow()
    QApplication.setActiveWindow(panel)
    edit = panel.table.note_edit("SAFE-02")
    edit.setFocus()
    QApplication.processEvents()
    assert edit.hasFocus()
    QTest.keyClicks(edit, "Risk analysis by Norconsult, 3 May.")
    QTest.keyClick(edit, Qt.Key_Return)  # Enter: a new line, not the end of the note
    QTest.keyClicks(edit, "The risk contours stay inside the site.")
    assert edit.text() == "Risk analysis by Norconsult, 3 May.\nThe risk contours stay inside the site."
    panel.case_edit.setFocus()  # the officer leaves the note: it is saved
    QApplication.processEvents()
    with CaseStore(store) as reader:
        assert reader.answers(CASE)["SAFE-02"].evidence == edit.text()
    row = panel.table.item_ids().index("SAFE-02")
    line = edit.fontMetrics().lineSpacing()
    assert panel.table.rowHeight(row) >= 3 * line  # room for the two lines (and a third)


def test_context_layers_are_found_in_the_project_and_remembered_there(plugin, open_panel, layers, officer,
                                                                      tmp_path):
    panel = open_panel()
    box = panel.context_box
    assert box.roads.currentLayer() is layers["veger"]  # vegkategori
    assert box.kpa.currentLayer() is layers["kpa"] and box.rp.currentLayer() is layers["rp"]  # arealformål
    assert box.buildings.currentLayer() is layers["bygninger"]  # bygningstype
    assert box.hazards.currentLayer() is None and box.dem.currentLayer() is None  # none in the project
    assert "vegkategori" in box.roads.toolTip()
    assert box.title() == "Context layers (4 of 9 chosen)"  # no grid capacity file, no byggegrenser yet

    # a hazard layer added later, with the field SOSI plan data call "fare"
    hazards = QgsVectorLayer("Polygon?crs=EPSG:25833&field=fare:integer", "Faresoner Moss", "memory")
    QgsProject.instance().addMapLayer(hazards)
    assert box.hazards.currentLayer() is hazards

    box.buildings.setLayer(None)  # the officer picks "no building layer" for this project
    box.buildings.activated.emit(box.buildings.currentIndex())
    project_file = tmp_path / "Moss.qgz"
    assert QgsProject.instance().write(str(project_file))
    plugin.unload()
    QgsProject.instance().clear()
    plugin.initGui()
    assert QgsProject.instance().read(str(project_file))
    again = open_panel()
    box = again.context_box
    assert box.buildings.currentLayer() is None  # the officer's "none" is kept, not guessed again
    assert box.roads.currentLayer().name() == "veger" and box.rp.currentLayer().name() == "rp"
    assert box.hazards.currentLayer().name() == "Faresoner Moss"


def test_saved_cases_are_listed_after_a_restart_and_open_with_a_click(plugin, open_panel, iface, layers, officer,
                                                                      tmp_path):
    project_file = tmp_path / "Moss.qgz"
    QgsProject.instance().setFileName(str(project_file))  # answers go next to the project
    panel = open_panel()
    check(panel, iface, layers, "2025/0042", "A")
    panel.table.note_edit("SAFE-02").setText("Risk analysis by Norconsult")
    panel.table.note_edit("SAFE-02").editingFinished.emit()
    QTest.qWait(1100)  # the answer store keeps times to the second
    check(panel, iface, layers, "2025/0107", "D", "battery")
    assert QgsProject.instance().write(str(project_file))

    plugin.unload()  # QGIS closes, and starts again with the project
    QgsProject.instance().clear()
    plugin.initGui()
    assert QgsProject.instance().read(str(project_file))
    again = open_panel()
    assert again.table.item_ids() == [] and again.case_edit.text() == ""
    assert again.saved_case_ids() == ["2025/0107", "2025/0042"]  # most recently changed first
    assert not again.cases_box.isCollapsed() and again.cases_box.title() == "Saved cases (2)"
    texts = [again.cases_list.item(i).text() for i in range(again.cases_list.count())]
    assert texts[1].startswith("2025/0042 · site A (kandidater) · Hydrogen · changed ")

    show_narrow(again)
    item = again.cases_list.item(1)
    QTest.mouseClick(again.cases_list.viewport(), Qt.LeftButton, Qt.NoModifier,
                     again.cases_list.visualItemRect(item).center())
    assert again.case_edit.text() == "2025/0042" and again.table.case_id == "2025/0042"
    assert again.table.note_edit("SAFE-02").text() == "Risk analysis by Norconsult"
    assert again.form.station_type() == "hydrogen"
    assert again.cases_box.isCollapsed()  # out of the way while the case is open


def test_a_scored_site_opens_in_the_checklist_in_one_action(open_panel, iface, layers, officer, tmp_path,
                                                           choose_file):
    import processing

    result = processing.run("energistasjon:scoresites", {
        "INPUT": "{}|layername=kandidater".format(layers["gpkg"]), "STATION_TYPES": [0, 1, 2],
        "ROADS": "{}|layername=veger".format(layers["gpkg"]), "CORRIDORS": "E6",
        "ZONING_RP": ["{}|layername=rp".format(layers["gpkg"])],
        "ZONING_KPA": ["{}|layername=kpa".format(layers["gpkg"])],
        "GRID_CAPACITY_FILE": str(layers["grid"]), "LANGUAGE": 2, "OUTPUT": str(tmp_path / "scored.gpkg")})
    scored = QgsVectorLayer(result["OUTPUT"], "Scored sites", "ogr")
    assert scored.isValid()
    QgsProject.instance().addMapLayer(scored)
    site = next(f for f in scored.getFeatures() if f["tomt_id"] == "A")
    scores = {t: site[p + "_score"] for t, p in (("hydrogen", "h2"), ("battery", "bat"), ("biogas", "bio"))
              if not site[p + "_excluded"]}
    best = max(scores, key=scores.get)

    panel = open_panel()
    choose_file(tmp_path / "saker.gpkg")
    select_site(iface, scored, "A")
    panel.scored_button.click()
    assert panel.table.case_id == "A" and panel.case_edit.text() == "A"  # the site's own id
    assert panel.form.station_type() == best
    assert panel.table.status("PLAN-01") == "fulfilled" and "Industri (RP 1340)" in panel.table.evidence("PLAN-01")
    assert "site A (Scored sites)" in panel.site_label.text()
    message = panel.message_label.text()
    assert message.startswith("Opened as ") and "of 100" in message and "saksnummer" in message

    select_site(iface, layers["kandidater"], "A")  # not a scored layer: said so, nothing changes
    panel.scored_button.click()
    assert "has no scores" in panel.message_label.text() and panel.table.case_id == "A"


def test_the_officers_name_is_asked_once_and_can_be_changed(open_panel, iface, layers, tmp_path, choose_file,
                                                           monkeypatch):
    from energistasjon.energistasjon_plugin.core.case_store import CaseStore
    from energistasjon.energistasjon_plugin.gui import panel_parts

    QgsSettings().remove(OFFICER_KEY)
    asked = []

    def get_text(*args, **kwargs):  # the officer types their name in the dialog
        asked.append(args[2])
        return "Ola Nordmann", True

    monkeypatch.setattr(panel_parts.QInputDialog, "getText", staticmethod(get_text))
    try:
        panel = open_panel()
        store = tmp_path / "saker.gpkg"
        choose_file(store)
        check(panel, iface, layers, CASE)
        for item_id, note in (("SAFE-02", "Risk analysis received"), ("SAFE-03", "Kept off the public map")):
            panel.table.note_edit(item_id).setText(note)
            panel.table.note_edit(item_id).editingFinished.emit()
        assert len(asked) == 1 and "case reports" in asked[0]
        assert panel.officer_edit.text() == "Ola Nordmann"
        assert QgsSettings().value(OFFICER_KEY) == "Ola Nordmann"
        panel.officer_edit.setText("Ola B. Nordmann")  # corrected in the panel
        panel.officer_edit.editingFinished.emit()
        panel.table.note_edit("GRID-02").setText("Asked Elvia")
        panel.table.note_edit("GRID-02").editingFinished.emit()
        with CaseStore(store) as reader:
            answers = reader.answers(CASE)
        assert answers["SAFE-02"].answered_by == "Ola Nordmann"
        assert answers["GRID-02"].answered_by == "Ola B. Nordmann" and len(asked) == 1
    finally:
        QgsSettings().remove(OFFICER_KEY)


def pdf_pages(path):
    count = int(re.search(r"Pages:\s+(\d+)", subprocess.run(["pdfinfo", str(path)], capture_output=True,
                                                           text=True, check=True).stdout).group(1))
    return [subprocess.run(["pdftotext", "-f", str(n), "-l", str(n), "-layout", str(path), "-"], capture_output=True,
                           text=True, check=True).stdout for n in range(1, count + 1)]


def test_the_report_from_the_panel_reads_right_and_no_row_is_cut_at_a_page_break(open_panel, iface, layers,
                                                                                officer, tmp_path, choose_file):
    panel = open_panel()
    choose_file(tmp_path / "saker.gpkg")
    check(panel, iface, layers, CASE)
    # long notes on every item a person answers: the answer tables run over several pages
    notes = {}
    for item_id in ("SITE-03", "SAFE-02", "SAFE-03", "GRID-02", "GRID-03"):
        notes[item_id] = "\n".join("{} note line {}: checked against the application documents.".format(item_id, n)
                                   for n in range(1, 9)) + "\nEND-{}".format(item_id)
        combo = panel.table.status_combo(item_id)
        combo.setCurrentIndex(combo.findData("needs_assessment"))
        panel.table.note_edit(item_id).setText(notes[item_id])
        panel.table.note_edit(item_id).editingFinished.emit()
    written = panel.write_report(str(tmp_path / "reports"))
    html = written[0].read_text(encoding="utf-8")
    assert "DOMAIN.md" not in html and "Answered by: automatic" not in html
    assert "site A (kandidater)" in html and "Kari Nordmann" in html
    assert "The case officer has written no notes" not in html and "END-GRID-03" in html
    assert "Vegloven § 29 (byggegrense)" in html and "Vegloven §§ 40-43 (avkjørsel)" in html
    assert "Applies only to battery-electric truck charging." in html
    pages = pdf_pages(written[1])
    assert len(pages) >= 3
    LOOK.mkdir(parents=True, exist_ok=True)
    subprocess.run(["pdftoppm", "-r", "50", "-png", str(written[1]), str(LOOK / "case_report_page")], check=True)
    # Every row on one page: a note's first and last line together, in the answers and in the officer's notes.
    for item_id in notes:
        first = [n for n, text in enumerate(pages) for _ in range(text.count(item_id + " note line 1:"))]
        last = [n for n, text in enumerate(pages) for _ in range(text.count("END-" + item_id))]
        assert len(first) == 2 and first == last, (item_id, first, last)
    # a table continued on the next page repeats its header row
    continued = [text for text in pages[1:] if re.match(r"\s*Item\s+Question", text)]
    assert continued
    # the legend, scale bar and north arrow are on the map (drawn into the image by QGIS)
    assert "data:image/png;base64," in html


def test_the_algorithms_report_names_the_site_by_its_id_in_norwegian(plugin, layers, tmp_path):
    import processing

    gpkg = layers["gpkg"]
    processing.run("energistasjon:checkapplication", {
        "INPUT": "{}|layername=kandidater|subset=\"tomt_id\" = 'A'".format(gpkg), "CASE_ID": "2025/0042",
        "STATION_TYPE": 0, "HYDROGEN_KG": 6000, "ROADS": "{}|layername=veger".format(gpkg),
        "ZONING_RP": ["{}|layername=rp".format(gpkg)], "LANGUAGE": 1, "MAKE_PDF": False, "OUTPUT": "memory:",
        "REPORT_FOLDER": str(tmp_path / "r")})
    html = next((tmp_path / "r").glob("*.html")).read_text(encoding="utf-8")
    assert "<th scope=\"row\">Tomt</th><td>tomt A (kandidater)</td>" in html
    assert "Tomta i kart" in html and "Tomten" not in html

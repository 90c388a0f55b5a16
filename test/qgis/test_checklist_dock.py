"""The checklist panel for case officers inside QGIS, driven as an officer would: type the case id,
select the site on the map, press "Check selected site", answer items, close and reopen; and the
GeoPackage that cannot be written to.  Site A of the hand-checked fixture (test/hand_fixture.py)
lies in RP 1340 Industri, 242 m from substation S1 (20 MW free)."""
import os
import shutil
import sqlite3
import subprocess

import hand_fixture
import pytest
from qgis.core import QgsProject, QgsVectorLayer
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtTest import QTest
from qgis.PyQt.QtWidgets import QDockWidget

CASE = "2025/0042"


@pytest.fixture
def layers(tmp_path):
    """The fixture's site and context layers in the project, as the officer has them."""
    gpkg = hand_fixture.write_geopackage(tmp_path)
    grid = hand_fixture.write_grid_capacity(tmp_path)
    loaded = {}
    for name in ("kandidater", "veger", "kpa", "rp", "bygninger"):
        layer = QgsVectorLayer("{}|layername={}".format(gpkg, name), name, "ogr")
        assert layer.isValid(), name
        loaded[name] = layer
    QgsProject.instance().addMapLayers(list(loaded.values()))
    loaded["grid"] = grid
    yield loaded
    QgsProject.instance().clear()


@pytest.fixture(autouse=True)
def officer():
    """The officer's name in QGIS's settings, as given once in the panel (asked when missing)."""
    from qgis.core import QgsSettings

    QgsSettings().setValue("energistasjon/case_officer", "Kari Nordmann")
    yield "Kari Nordmann"
    QgsSettings().remove("energistasjon/case_officer")


@pytest.fixture
def dock(plugin, layers):
    plugin.checklist_action.trigger()  # the menu entry makes the panel on first use
    panel = plugin.checklist_dock
    panel.busy_timeout = 0.2  # a locked GeoPackage fails fast in tests
    return panel


@pytest.fixture
def choose_file(monkeypatch):
    """Answer the next file dialogs with the given paths (the officer picking a GeoPackage)."""
    from energistasjon.energistasjon_plugin.gui import checklist_dock

    class Dialog:
        DontConfirmOverwrite = checklist_dock.QFileDialog.DontConfirmOverwrite
        answers = []

        @classmethod
        def getSaveFileName(cls, *args, **kwargs):  # noqa: N802
            return str(cls.answers.pop(0)), "GeoPackage (*.gpkg)"

    monkeypatch.setattr(checklist_dock, "QFileDialog", Dialog)

    def choose(*paths):
        Dialog.answers.extend(paths)

    return choose


def type_case_id(panel, case_id):
    panel.case_edit.clear()
    QTest.keyClicks(panel.case_edit, case_id)
    panel.case_edit.editingFinished.emit()  # the officer leaves the field


def describe_hydrogen_application(panel, layers):
    form = panel.form
    form.station_combo.setCurrentIndex(form.station_combo.findData("hydrogen"))
    form.quantity_edits["hydrogen_kg"].setText("6000")
    form.quantity_edits["gas_volume_m3"].setText("2,5")  # a Norwegian decimal comma
    form.quantity_edits["daily_capacity"].setText("2400")
    form.supply_combo.setCurrentIndex(form.supply_combo.findData("on_site_electrolysis"))  # 5.5 MW
    box = panel.context_box
    box.roads.setLayer(layers["veger"])
    box.kpa.setLayer(layers["kpa"])
    box.rp.setLayer(layers["rp"])
    box.buildings.setLayer(layers["bygninger"])
    box.grid_file.setFilePath(str(layers["grid"]))


def select_site(iface, layer, expression="\"tomt_id\" = 'A'"):
    iface.setActiveLayer(layer)
    layer.selectByExpression(expression)


def check_site_a(panel, iface, layers, store, choose_file):
    choose_file(store)  # the project is not saved: the panel asks where the answers go
    type_case_id(panel, CASE)
    describe_hydrogen_application(panel, layers)
    select_site(iface, layers["kandidater"])
    assert panel.check_selected_site(), panel.message_label.text()


def answer(panel, item_id, status, note):
    combo = panel.table.status_combo(item_id)
    combo.setCurrentIndex(combo.findData(status))
    edit = panel.table.note_edit(item_id)
    edit.clear()
    QTest.keyClicks(edit, note)
    QTest.keyClick(edit, Qt.Key_Return, Qt.ControlModifier)  # Ctrl+Enter finishes a note (Enter: a new line)


def test_checking_the_selected_site_shows_the_automatic_answers(dock, iface, layers, tmp_path, choose_file):
    store = tmp_path / "saker.gpkg"
    check_site_a(dock, iface, layers, store, choose_file)
    table = dock.table
    assert table.status("PLAN-01") == "fulfilled" and "Industri (RP 1340)" in table.evidence("PLAN-01")
    # 2 400 kg/day x 55 kWh/kg / 24 h = 5.5 MW needed; S1 has 20 MW free.
    assert table.status("GRID-01") == "fulfilled"
    assert "S1 Kambo" in table.evidence("GRID-01") and "5.5 MW" in table.evidence("GRID-01")
    assert table.status("SITE-02") == "not_relevant"  # drive-through charging bays: battery only
    assert "battery" in table.evidence("SITE-02")
    assert table.status("SAFE-02") == "unanswered" and table.evidence("SAFE-02") == ""
    assert table.saved_text("PLAN-01") == "automatic"
    assert "kandidater" in dock.site_label.text()
    # The case is saved when it is first checked: site and stated quantities.
    from energistasjon.energistasjon_plugin.core.case_store import CaseStore

    with CaseStore(store) as reader:
        case = reader.case(CASE)
    assert case is not None and case["station_type"] == "hydrogen"
    assert case["application"].hydrogen_kg == 6000 and case["application"].gas_volume_m3 == 2.5
    assert case["site_crs"] == "EPSG:25833" and case["site_wkt"].startswith("POLYGON")


def read_answers(path, case_id=CASE):
    from energistasjon.energistasjon_plugin.core.case_store import CaseStore

    with CaseStore(path) as store:
        return store.answers(case_id), store.history(case_id)


def test_an_answer_is_saved_at_once(dock, iface, layers, tmp_path, choose_file):
    store = tmp_path / "saker.gpkg"
    check_site_a(dock, iface, layers, store, choose_file)
    answer(dock, "SAFE-02", "fulfilled", "Risk analysis by Norconsult, 3 May")
    answers, history = read_answers(store)  # another reader of the file, as after a crash
    assert answers["SAFE-02"].status == "fulfilled"
    assert answers["SAFE-02"].evidence == "Risk analysis by Norconsult, 3 May"
    assert answers["SAFE-02"].answered_by == "Kari Nordmann"  # the name in the settings, not the login name
    assert [a.status for a in history] == ["fulfilled", "fulfilled"]  # the status, then the note
    assert set(answers) == {"SAFE-02"}  # automatic answers are never stored
    assert dock.table.saved_text("SAFE-02").startswith("Saved ")
    assert dock.saved_label.text().startswith("Saved ")


def test_scrolling_over_a_status_does_not_change_it(dock, iface, layers, tmp_path, choose_file):
    from qgis.PyQt.QtCore import QPoint, QPointF
    from qgis.PyQt.QtGui import QWheelEvent
    from qgis.PyQt.QtWidgets import QApplication

    store = tmp_path / "saker.gpkg"
    check_site_a(dock, iface, layers, store, choose_file)
    combo = dock.table.status_combo("SAFE-03")
    wheel = QWheelEvent(QPointF(5, 5), QPointF(5, 5), QPoint(0, 0), QPoint(0, 120), Qt.NoButton, Qt.NoModifier,
                        Qt.NoScrollPhase, False)
    QApplication.sendEvent(combo, wheel)
    assert dock.table.status("SAFE-03") == "unanswered"
    assert read_answers(store)[0] == {}


def test_closing_and_reopening_restores_the_case_exactly(plugin, dock, iface, layers, tmp_path, choose_file):
    store = tmp_path / "saker.gpkg"
    check_site_a(dock, iface, layers, store, choose_file)
    answer(dock, "SAFE-02", "fulfilled", "Risk analysis by Norconsult")
    combo = dock.table.status_combo("PLAN-01")  # the officer overrides an automatic answer
    combo.setCurrentIndex(combo.findData("needs_assessment"))
    QTest.keyClicks(dock.table.note_edit("GRID-02"), "Asked Elvia 2 May")  # typed, field not left
    dock.close()
    assert read_answers(store)[0]["GRID-02"].evidence == "Asked Elvia 2 May"

    plugin.unload()  # as when QGIS closes, and starts again
    plugin.initGui()
    plugin.checklist_action.trigger()
    again = plugin.checklist_dock
    assert again is not dock
    assert again.store_edit.text() == str(store)  # remembered in the project
    assert again.table.item_ids() == []
    type_case_id(again, CASE)
    table = again.table
    assert table.status("SAFE-02") == "fulfilled" and table.note_edit("SAFE-02").text() == "Risk analysis by Norconsult"
    assert table.status("PLAN-01") == "needs_assessment"  # the override, not the computed 'fulfilled'
    # The automatic answers are computed again, with the context layers the project remembers.
    assert again.context_box.rp.currentLayer() is layers["rp"]
    assert table.status("GRID-01") == "fulfilled" and "S1 Kambo" in table.evidence("GRID-01")
    assert "Industri (RP 1340)" in table.evidence("PLAN-01")
    assert table.status("GRID-02") == "unanswered" and table.note_edit("GRID-02").text() == "Asked Elvia 2 May"
    assert again.form.station_type() == "hydrogen"
    assert again.form.supply_combo.currentData() == "on_site_electrolysis"
    assert again.form.quantity_edits["hydrogen_kg"].text() == "6000"
    assert again.form.quantity_edits["gas_volume_m3"].text() == "2.5"
    assert again.form.quantity_edits["lbg_tonnes"].text() == ""  # not stated stays not stated
    assert table.dirty_items() == [] and "kandidater" in again.site_label.text()
    assert "3 answers" in again.message_label.text()


def lock(store):
    """Another program holding the GeoPackage locked for writing."""
    other = sqlite3.connect(str(store), timeout=0, isolation_level=None)
    other.execute("BEGIN EXCLUSIVE")
    return other


def remove_folder(store):
    """The folder of the GeoPackage is gone (a disconnected network drive): a file in its place."""
    shutil.rmtree(store.parent)
    store.parent.write_text("not a folder")


@pytest.mark.parametrize("breakage, words", [(lock, "locked"), (remove_folder, "does not exist")])
def test_an_unwritable_store_keeps_the_answer_and_saves_it_in_another(
        dock, iface, layers, tmp_path, choose_file, breakage, words):
    store = tmp_path / "case_folder" / "saker.gpkg"
    store.parent.mkdir()
    check_site_a(dock, iface, layers, store, choose_file)
    holder = breakage(store)
    try:
        answer(dock, "SAFE-02", "fulfilled", "Risk analysis received")
        message = dock.message_label.text()
        assert "NOT saved" in message and str(store) in message and words in message
        table = dock.table
        assert table.note_edit("SAFE-02").text() == "Risk analysis received"  # nothing typed is lost
        assert table.is_unsaved("SAFE-02") and table.saved_text("SAFE-02") == "NOT saved"
        assert not dock.other_store_button.isHidden()

        type_case_id(dock, "2025/0099")  # another case would hide the unsaved answer: refused
        assert dock.case_edit.text() == CASE and table.case_id == CASE
        assert table.note_edit("SAFE-02").text() == "Risk analysis received"

        other = tmp_path / "other.gpkg"
        choose_file(other)
        dock.other_store_button.click()
        answers, _ = read_answers(other)
        assert answers["SAFE-02"].status == "fulfilled" and answers["SAFE-02"].evidence == "Risk analysis received"
        assert not table.is_unsaved("SAFE-02") and table.saved_text("SAFE-02").startswith("Saved ")
        assert "is saved in" in dock.message_label.text() and dock.other_store_button.isHidden()
        from energistasjon.energistasjon_plugin.core.case_store import CaseStore

        with CaseStore(other) as reader:  # the case itself came along: it reopens from there
            assert reader.case(CASE)["application"].hydrogen_kg == 6000
    finally:
        if isinstance(holder, sqlite3.Connection):
            holder.execute("ROLLBACK")
            holder.close()
    if breakage is lock:
        assert "SAFE-02" not in read_answers(store)[0]  # the locked file was not touched


def _saved(table, item_id):
    return not table.is_unsaved(item_id) and table.saved_text(item_id).startswith("Saved ")


@pytest.mark.parametrize("how", ["deleted", "moved"])
def test_a_store_moved_or_deleted_is_reported_never_replaced_and_reconnected(
        dock, iface, layers, tmp_path, choose_file, how):
    store = tmp_path / "saker.gpkg"
    check_site_a(dock, iface, layers, store, choose_file)
    answer(dock, "SAFE-02", "fulfilled", "Risk analysis by Norconsult")
    table = dock.table
    assert _saved(table, "SAFE-02")
    moved = tmp_path / "arkiv" / "saker 2025.gpkg"
    if how == "deleted":
        store.unlink()
    else:  # moved to the case archive in the file manager
        moved.parent.mkdir()
        store.rename(moved)

    answer(dock, "SAFE-03", "not_fulfilled", "No distance to the school stated")
    assert not store.exists()  # no new, empty GeoPackage in its place
    assert table.is_unsaved("SAFE-03") and table.saved_text("SAFE-03") == "NOT saved"
    assert table.status("SAFE-03") == "not_fulfilled"  # what the officer gave is still there
    assert table.note_edit("SAFE-03").text() == "No distance to the school stated"
    assert dock.saved_label.text() == "NOT saved"
    message = dock.message_label.text()
    assert "NOT saved" in message and str(store) in message and "moved, renamed or deleted" in message
    assert "press Choose..." in message and not dock.other_store_button.isHidden()
    assert str(store) in table.item(table.item_ids().index("SAFE-03"), 5).toolTip()  # on the row too

    QTest.keyClicks(table.note_edit("GRID-02"), "Asked Elvia")  # typed, then the panel is closed
    dock.close()
    assert not store.exists() and table.is_unsaved("GRID-02")

    target = moved if how == "moved" else tmp_path / "ny.gpkg"
    choose_file(target)
    dock.store_button.click()  # Choose...: the file where it is now, or a new one
    answers, _history = read_answers(target)
    assert answers["SAFE-03"].status == "not_fulfilled"
    assert answers["SAFE-03"].evidence == "No distance to the school stated"
    assert answers["GRID-02"].evidence == "Asked Elvia"
    assert answers["SAFE-02"].evidence == "Risk analysis by Norconsult"  # in a new file as well
    assert all(_saved(table, i) for i in ("SAFE-02", "SAFE-03", "GRID-02")) and table.unsaved_items() == []
    assert dock.store_edit.text() == str(target) and dock.saved_label.text().startswith("Saved ")
    assert not store.exists()


def test_a_store_gone_when_the_case_is_reopened_is_reported(plugin, dock, iface, layers, tmp_path, choose_file):
    QgsProject.instance().setFileName(str(tmp_path / "Moss.qgz"))  # answers go next to the project
    plugin.unload()
    plugin.initGui()
    plugin.checklist_action.trigger()
    panel = plugin.checklist_dock
    store = tmp_path / "Moss_saksbehandling.gpkg"
    type_case_id(panel, CASE)
    describe_hydrogen_application(panel, layers)
    select_site(iface, layers["kandidater"])
    assert panel.check_selected_site() and store.is_file()
    answer(panel, "SAFE-02", "fulfilled", "Risk analysis by Norconsult")
    store.unlink()  # while QGIS is closed

    plugin.unload()
    plugin.initGui()
    plugin.checklist_action.trigger()
    again = plugin.checklist_dock
    type_case_id(again, CASE)
    message = again.message_label.text()
    assert str(store) in message and "does not exist" in message and "press Choose..." in message
    assert "New case" not in message
    assert again.check_selected_site()
    answer(again, "SAFE-03", "not_fulfilled", "No distance to the school stated")
    assert not store.exists() and again.table.is_unsaved("SAFE-03")


def test_saved_is_shown_only_for_what_reads_back_from_the_file(dock, iface, layers, tmp_path, choose_file):
    store = tmp_path / "saker.gpkg"
    check_site_a(dock, iface, layers, store, choose_file)
    with sqlite3.connect(str(store)) as conn:  # another program rewrites every note saved
        conn.execute("CREATE TRIGGER rewrite AFTER INSERT ON energistasjon_answer_log WHEN NEW.note <> '' "
                     "BEGIN UPDATE energistasjon_answer_log SET note = 'rewritten' WHERE id = NEW.id; END")
    answer(dock, "SAFE-02", "fulfilled", "Risk analysis by Norconsult")
    table = dock.table
    assert table.is_unsaved("SAFE-02") and table.saved_text("SAFE-02") == "NOT saved"
    assert table.note_edit("SAFE-02").text() == "Risk analysis by Norconsult"
    assert dock.saved_label.text() == "NOT saved"
    message = dock.message_label.text()
    assert "NOT saved" in message and str(store) in message and "another program" in message

    with sqlite3.connect(str(store)) as conn:
        conn.execute("DROP TRIGGER rewrite")
    choose_file(store)
    dock.other_store_button.click()
    assert read_answers(store)[0]["SAFE-02"].evidence == "Risk analysis by Norconsult"
    assert _saved(table, "SAFE-02")


@pytest.fixture
def read_only():
    """Make a file or folder read-only even for root (``chattr +i``), as on an archive share."""
    made = []

    def protect(path):
        if os.geteuid() != 0:
            path.chmod(0o555 if path.is_dir() else 0o444)
        elif subprocess.run(["chattr", "+i", str(path)], capture_output=True).returncode != 0:
            pytest.skip("running as root and chattr +i is not possible here")
        made.append(path)

    yield protect
    for path in made:
        if os.geteuid() == 0:
            subprocess.run(["chattr", "-i", str(path)], check=True)
        else:
            path.chmod(0o755 if path.is_dir() else 0o644)


def test_a_read_only_store_keeps_the_answer_and_says_why(dock, iface, layers, tmp_path, choose_file, read_only):
    store = tmp_path / "saker.gpkg"
    check_site_a(dock, iface, layers, store, choose_file)
    read_only(store)
    answer(dock, "SAFE-02", "fulfilled", "Risk analysis by Norconsult")
    message = dock.message_label.text()
    assert "NOT saved" in message and str(store) in message and "read-only" in message
    assert dock.table.is_unsaved("SAFE-02") and not dock.other_store_button.isHidden()
    other = tmp_path / "other.gpkg"
    choose_file(other)
    dock.other_store_button.click()
    assert read_answers(other)[0]["SAFE-02"].evidence == "Risk analysis by Norconsult"
    assert _saved(dock.table, "SAFE-02")


def test_a_new_store_in_a_read_only_folder_is_reported_when_chosen(
        dock, iface, layers, tmp_path, choose_file, read_only):
    folder = tmp_path / "arkiv"
    folder.mkdir()
    read_only(folder)
    store = folder / "saker.gpkg"
    check_site_a(dock, iface, layers, store, choose_file)
    message = dock.message_label.text()
    assert "NOT saved" in message and str(store) in message and "read-only" in message
    answer(dock, "SAFE-02", "fulfilled", "Risk analysis by Norconsult")  # not asked again: same message
    assert dock.table.is_unsaved("SAFE-02") and "read-only" in dock.message_label.text()
    assert not store.exists()
    other = tmp_path / "other.gpkg"
    choose_file(other)
    dock.other_store_button.click()
    assert read_answers(other)[0]["SAFE-02"].evidence == "Risk analysis by Norconsult"


@pytest.mark.parametrize("situation, expected", [
    ("nothing", "No feature is selected in 'kandidater'"),
    ("two", "2 features are selected in 'kandidater'"),
    ("points", "The active layer 'bygninger' has Point geometries; the site must be a polygon"),
    ("geographic", "is in a geographic CRS (EPSG:4326)"),
    ("bad number", "'lots' is not a number (Hydrogen stored (kg))"),
])
def test_a_wrong_selection_is_explained(dock, iface, layers, tmp_path, choose_file, situation, expected):
    type_case_id(dock, CASE)
    sites = layers["kandidater"]
    if situation == "nothing":
        select_site(iface, sites, "false")
    elif situation == "two":
        select_site(iface, sites, "\"tomt_id\" in ('A', 'B')")
    elif situation == "points":
        select_site(iface, layers["bygninger"], "true")
    elif situation == "geographic":
        wgs = tmp_path / "wgs.gpkg"
        hand_fixture.sites().to_crs("EPSG:4326").to_file(wgs, layer="kandidater", driver="GPKG",
                                                         engine=hand_fixture.ENGINE)
        layer = QgsVectorLayer("{}|layername=kandidater".format(wgs), "kandidater_wgs84", "ogr")
        QgsProject.instance().addMapLayer(layer)
        select_site(iface, layer)
    else:
        select_site(iface, sites)
        dock.form.quantity_edits["hydrogen_kg"].setText("lots")
    assert not dock.check_selected_site()
    assert expected in dock.message_label.text()
    assert dock.table.item_ids() == []


def test_the_report_holds_the_officers_answers(dock, iface, layers, tmp_path, choose_file):
    check_site_a(dock, iface, layers, tmp_path / "saker.gpkg", choose_file)
    answer(dock, "SAFE-02", "fulfilled", "Risk analysis by Norconsult")
    written = dock.write_report(str(tmp_path / "reports"))
    # The panel names report files like the algorithm: "/" cannot be in a file name, so the
    # readable stem gets a short hash of the id (2025-0042 and 2025/0042 must not collide).
    assert [p.name for p in written] == ["2025-0042_a4d966.html", "2025-0042_a4d966.pdf"]
    html = written[0].read_text(encoding="utf-8")
    assert CASE in html and "Risk analysis by Norconsult" in html and "Industri (RP 1340)" in html
    text = subprocess.run(["pdftotext", str(written[1]), "-"], capture_output=True, text=True, check=True).stdout
    assert "Norconsult" in text
    assert str(tmp_path / "reports") in dock.message_label.text()


def test_answers_go_next_to_a_saved_project_without_asking(plugin, iface, layers, tmp_path, choose_file):
    QgsProject.instance().setFileName(str(tmp_path / "Moss energistasjon.qgz"))
    plugin.checklist_action.trigger()
    panel = plugin.checklist_dock
    expected = tmp_path / "Moss energistasjon_saksbehandling.gpkg"
    assert panel.store_edit.text() == str(expected)
    type_case_id(panel, CASE)
    describe_hydrogen_application(panel, layers)
    select_site(iface, layers["kandidater"])
    assert panel.check_selected_site()  # no file dialog: choose_file has no answer to give
    answer(panel, "SAFE-02", "not_fulfilled", "No risk analysis yet")
    assert read_answers(expected)[0]["SAFE-02"].status == "not_fulfilled"


def test_the_menu_entry_shows_and_hides_one_panel_across_reloads(plugin, iface):
    action = plugin.checklist_action
    assert action.text() == "Checklist for case officers..." and plugin.checklist_dock is None  # made lazily
    action.trigger()
    assert plugin.checklist_dock is not None and not plugin.checklist_dock.isHidden()
    action.trigger()
    assert plugin.checklist_dock.isHidden()
    for _ in range(2):
        plugin.unload()
        plugin.initGui()
        plugin.checklist_action.trigger()
    docks = iface.mainWindow().findChildren(QDockWidget, "EnergistasjonChecklistDock")
    assert docks == [plugin.checklist_dock]

# SPDX-License-Identifier: GPL-2.0-or-later
"""The case officer's checklist panel (a dock widget), thin over the engine and the answer store.

Select the site on the map, state the application's quantities, press "Check selected site":
the engine answers what the data can (:func:`core.casework.check_application`) and the table
shows every checklist item.  Each status the officer sets and each note they finish is saved
at once, one committed transaction each (:meth:`core.case_store.CaseStore.save_answer`), so
nothing typed is lost when QGIS closes without saving the project.  The saved cases are listed
(one click reopens a case as it was left), and typing a case id that is in the GeoPackage
reopens it too.  "Open scored site" takes a site selected in a layer made by "Score candidate
sites" straight into the checklist, with its best station type and its id.  When the
GeoPackage cannot be written to, the row keeps what was typed, is marked "NOT saved", and the
officer can choose another GeoPackage, where every unsaved row is saved.

The case id and the main buttons stay at the top whatever the dock's size; the forms below
them scroll, and lay their labels above the fields when the dock is narrow; what the panel says
about the case stands right above its answers.  The officer's name (asked once, kept in QGIS's
settings, editable in the panel) is saved as who answered.

A row says "Saved" only with the answer read back from the file after the save.  The
GeoPackage is made once, when the officer chooses a new file (or at the first save next to
a saved project); after that every save opens the file that is there, so a GeoPackage
that was moved, renamed or deleted is an error naming it and saying how to reconnect,
never a new, empty file in its place.
"""
import time
from dataclasses import replace
from pathlib import Path
from typing import Any, Dict, List, Optional, Tuple

from qgis.core import QgsApplication, QgsProcessingException, QgsProject
from qgis.gui import QgsDockWidget
from qgis.PyQt.QtCore import QStringListModel, Qt
from qgis.PyQt.QtWidgets import (
    QApplication,
    QComboBox,
    QCompleter,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ..core.case_store import MISSING, CaseStore, StoreError, default_store_path
from ..core.checklist_model import Answer, Application
from ..core.errors import EnergistasjonError, InputError
from ..core.i18n import tr
from .answers_table import AnswersTable, user_name
from .application_form import ApplicationForm
from .context_form import PROJECT_SCOPE, ContextLayersBox
from .panel_parts import (
    Message,
    SavedCasesBox,
    ask_officer_name,
    fit_forms,
    officer_setting,
    set_officer_setting,
    wrap_form_labels,
)
from .site_check import CheckedSite, check_site, scored_site, selected_site, write_report_files

#: Where the chosen GeoPackage is remembered in the QGIS project.
STORE_ENTRY = "answer_store"
#: Whether the project's GeoPackage was made (or found): from then on a missing file is an
#: error, never made again in its place.
STORE_MADE_ENTRY = "answer_store_made"
#: Below this width the forms put their labels above the fields.
NARROW_WIDTH = 460
_STYLES = {"info": "", "warning": "color: #8a5300;", "error": "color: #b00020;"}


class ChecklistDock(QgsDockWidget):
    """The checklist panel.

    Parameters
    ----------
    iface : QgisInterface or None
        Gives the active layer (the site is its selected feature).
    parent : QWidget, optional

    Attributes
    ----------
    case_edit, store_edit, officer_edit : QLineEdit
    store_button, check_button, scored_button, report_button, other_store_button : QPushButton
    cases_box : QgsCollapsibleGroupBox
    cases_list : QListWidget
        The cases in the GeoPackage, most recent first; the item data is the case id.
    form : ApplicationForm
    context_box : ContextLayersBox
    table : AnswersTable
    message_label, saved_label, site_label : QLabel
    busy_timeout : float
        Seconds to wait for another program's lock on the GeoPackage.
    """

    OBJECT_NAME = "EnergistasjonChecklistDock"
    busy_timeout = 3.0

    def __init__(self, iface, parent: Optional[QWidget] = None) -> None:
        super().__init__(tr("Checklist for case officers"), parent)
        self.setObjectName(self.OBJECT_NAME)
        self.iface = iface
        self._site: Optional[CheckedSite] = None
        self._case_unsaved = False  # the case row (site, quantities) still has to be saved
        self._closed = False
        self._saving = False  # a file dialog steals focus, and focus-out would save again
        self._may_create_store = False  # the GeoPackage shown was never made: the next save makes it
        self._asked_officer = False  # the name is asked once per session at most
        self._closing = False  # saving because QGIS, the project or the panel closes: ask nothing
        self._narrow: Optional[bool] = None
        self._build()
        self._connect()
        self._use_initial_store()
        self.context_box.recall(QgsProject.instance())

    # --- building ----------------------------------------------------------------------------
    def _build(self) -> None:
        # Always in view: the case id, the main buttons and what the panel says.
        head = QWidget()
        head_layout = QVBoxLayout(head)
        head_layout.setContentsMargins(6, 6, 6, 0)
        case_form = QFormLayout()
        case_form.setRowWrapPolicy(QFormLayout.WrapLongRows)
        self.case_edit = QLineEdit()
        self.case_edit.setPlaceholderText(tr("e.g. 2025/1234"))
        self._case_list = QStringListModel(self)  # the cases in the GeoPackage, for completion
        self.case_completer = QCompleter(self._case_list, self.case_edit)
        self.case_edit.setCompleter(self.case_completer)
        case_form.addRow(tr("Case id (saksnummer)"), self.case_edit)
        head_layout.addLayout(case_form)
        buttons = QGridLayout()
        self.check_button = QPushButton(tr("Check selected site"))
        self.check_button.setDefault(True)
        self.check_button.setToolTip(tr("Check the site selected on the map (one polygon) for the case id above."))
        self.scored_button = QPushButton(tr("Open scored site"))
        self.scored_button.setToolTip(tr("Open the site selected in a layer made by Score candidate sites: its best "
                                         "station type and its id are taken over, and the site is checked."))
        self.report_button = QPushButton(tr("Write report..."))
        for button in (self.check_button, self.scored_button, self.report_button):
            button.setSizePolicy(QSizePolicy.Ignored, QSizePolicy.Fixed)  # never wider than the dock
        buttons.addWidget(self.check_button, 0, 0, 1, 2)
        buttons.addWidget(self.scored_button, 1, 0)
        buttons.addWidget(self.report_button, 1, 1)
        head_layout.addLayout(buttons)
        self.site_label = Message()
        self.message_label = Message()
        self.message_label.setTextFormat(Qt.PlainText)
        self.message_label.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.other_store_button = QPushButton(tr("Choose another GeoPackage..."))
        self.other_store_button.setVisible(False)

        # Scrolls: the saved cases, the officer, the application, the context layers, the store.
        details = QWidget()
        layout = QVBoxLayout(details)
        self.cases_box = SavedCasesBox()
        self.cases_list = self.cases_box.cases_list
        layout.addWidget(self.cases_box)
        officer_form = QFormLayout()
        officer_form.setRowWrapPolicy(QFormLayout.WrapLongRows)
        self.officer_edit = QLineEdit(officer_setting())
        self.officer_edit.setPlaceholderText(tr("your name, as it stands in the reports"))
        self.officer_edit.setToolTip(tr("Who answers: your name is saved with every answer and printed in the case "
                                        "report. Kept in QGIS's settings."))
        officer_form.addRow(tr("Case officer"), self.officer_edit)
        layout.addLayout(officer_form)
        self.form = ApplicationForm()
        layout.addWidget(self.form)
        self.context_box = ContextLayersBox()
        layout.addWidget(self.context_box)
        store_form = QFormLayout()
        store_form.setRowWrapPolicy(QFormLayout.WrapLongRows)
        self.store_edit = QLineEdit()
        self.store_edit.setReadOnly(True)
        self.store_edit.setPlaceholderText(tr("not chosen: you are asked at the first save"))
        self.store_button = QPushButton(tr("Choose..."))
        store_row = QHBoxLayout()
        store_row.addWidget(self.store_edit)
        store_row.addWidget(self.store_button)
        store_form.addRow(tr("Answer store (GeoPackage)"), store_row)
        layout.addLayout(store_form)
        layout.addStretch()
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)  # the forms fit the width instead
        scroll.setWidget(details)
        for combo in details.findChildren(QComboBox):  # long choices must not widen the panel
            combo.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(8)
            combo.setMinimumWidth(80)  # a combo's own minimum is its longest choice, whatever the policy
        wrap_form_labels(details)  # long labels wrap instead of widening the panel
        self._scroll = scroll

        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(head)
        top_layout.addWidget(scroll, 1)

        bottom = QWidget()
        bottom_layout = QVBoxLayout(bottom)
        self.table = AnswersTable()
        self.table.officer = self.officer_name
        self.saved_label = QLabel()
        # what the panel says about the case, right above its answers
        for widget in (self.site_label, self.message_label, self.other_store_button):
            bottom_layout.addWidget(widget)
        bottom_layout.addWidget(self.table, 1)
        bottom_layout.addWidget(self.saved_label)
        splitter = QSplitter(Qt.Vertical)
        splitter.addWidget(top)
        splitter.addWidget(bottom)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 2)  # the answers matter most once a site is checked
        splitter.setChildrenCollapsible(False)
        self.setWidget(splitter)
        self.setMinimumWidth(260)
        self._fit_width(NARROW_WIDTH - 1)

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt)
        super().resizeEvent(event)
        self._fit_width(event.size().width())

    def _fit_width(self, width: int) -> None:
        """Labels above the fields in a narrow dock, beside them in a wide one."""
        narrow = width < NARROW_WIDTH
        if narrow != self._narrow:
            self._narrow = narrow
            fit_forms(self.widget(), narrow)

    def _connect(self) -> None:
        self.case_edit.editingFinished.connect(self.open_case)
        self.store_button.clicked.connect(lambda: self.choose_store())
        self.other_store_button.clicked.connect(lambda: self.choose_store())
        self.check_button.clicked.connect(lambda: self.check_selected_site())
        self.scored_button.clicked.connect(lambda: self.open_scored_site())
        self.report_button.clicked.connect(lambda: self.write_report())
        self.cases_box.case_chosen.connect(self.open_saved_case)
        self.officer_edit.editingFinished.connect(self._officer_edited)
        self.table.answer_edited.connect(self.save_answer)
        QgsProject.instance().cleared.connect(self._project_cleared)
        QgsProject.instance().readProject.connect(self._project_read)
        QgsProject.instance().layersAdded.connect(self._layers_added)
        QgsApplication.instance().aboutToQuit.connect(self._save_quietly)

    def cleanup(self) -> None:
        """Save what is pending and let go of QGIS's signals (before the plugin unloads)."""
        self.save_pending(quiet=True)
        self._closed = True
        QgsProject.instance().cleared.disconnect(self._project_cleared)
        QgsProject.instance().readProject.disconnect(self._project_read)
        QgsProject.instance().layersAdded.disconnect(self._layers_added)
        QgsApplication.instance().aboutToQuit.disconnect(self._save_quietly)

    # --- the officer -------------------------------------------------------------------------
    def officer_name(self) -> str:
        """Who answers: the name in QGIS's settings; asked once when there is none (the login
        name when the officer gives none, and while QGIS closes or the project changes)."""
        name = officer_setting()
        if name:
            return name
        if not self._asked_officer and not self._closing:
            self._asked_officer = True
            given = ask_officer_name(self)
            if given:
                self.set_officer_name(given)
                return given
        return user_name()

    def set_officer_name(self, name: str) -> None:
        """Keep ``name`` in QGIS's settings: the answers from now on are saved under it."""
        name = set_officer_setting(name)
        if self.officer_edit.text() != name:
            self.officer_edit.setText(name)

    def _officer_edited(self) -> None:
        if self.officer_edit.text().strip() != officer_setting():
            self.set_officer_name(self.officer_edit.text())

    def closeEvent(self, event) -> None:  # noqa: N802 (Qt)
        self.save_pending(quiet=True)
        super().closeEvent(event)

    def hideEvent(self, event) -> None:  # noqa: N802 (Qt)
        self.save_pending(quiet=True)
        super().hideEvent(event)

    # --- messages ----------------------------------------------------------------------------
    def show_message(self, text: str, level: str = "info", other_store: bool = False) -> None:
        """Show ``text`` above the table; ``other_store`` offers "Choose another GeoPackage..."."""
        self.message_label.setText(text)
        self.message_label.setStyleSheet(_STYLES.get(level, ""))
        self.other_store_button.setVisible(other_store)

    # --- the answer store --------------------------------------------------------------------
    def store_path(self) -> Optional[Path]:
        text = self.store_edit.text().strip()
        return Path(text) if text else None

    @staticmethod
    def _initial_store() -> Tuple[Optional[Path], bool]:
        """The project's GeoPackage, and whether the next save may make it."""
        project = QgsProject.instance()
        remembered, _ok = project.readEntry(PROJECT_SCOPE, STORE_ENTRY, "")
        made, known = project.readBoolEntry(PROJECT_SCOPE, STORE_MADE_ENTRY, False)
        if remembered:  # chosen by the officer, and made then unless the project says otherwise
            return Path(remembered), known and not made
        return default_store_path(project.fileName()), not made

    def _use_initial_store(self) -> None:
        path, self._may_create_store = self._initial_store()
        self._show_store_path(path)

    def _show_store_path(self, path: Optional[Path]) -> None:
        self.store_edit.setText(str(path) if path else "")
        self.store_edit.setToolTip(str(path) if path else "")
        self._show_cases(path)

    def _show_cases(self, path: Optional[Path]) -> None:
        """List the GeoPackage's cases (most recent first) and offer their ids for completion."""
        rows: List[Dict[str, Any]] = []
        if path is not None and path.is_file():
            try:
                with self._open_store(path, reading=True) as store:
                    rows = store.cases()
            except StoreError:
                pass  # reported when something is saved or opened
        self._case_list.setStringList([row["case_id"] for row in rows])
        self.cases_box.show_cases(rows, self.table.case_id)

    def saved_case_ids(self) -> List[str]:
        """The case ids the list shows, in its order."""
        return self.cases_box.case_ids()

    def open_saved_case(self, case_id: str) -> bool:
        """Open a case from the list (as typing its id does); False when what is shown could not be saved first."""
        self.case_edit.setText(case_id)
        self.open_case()
        return self.table.case_id == case_id or self.case_edit.text().strip() == case_id

    def _open_store(self, path: Path, reading: bool = False) -> CaseStore:
        """Open the GeoPackage ``path``: to save in it (made if it was never made), or ``reading``
        only.  A GeoPackage that was made and is gone is a StoreError, never made again."""
        create = self._may_create_store and not reading
        store = CaseStore(path, busy_timeout=self.busy_timeout, create=create)
        if create:
            self._may_create_store = False
            if self._initial_store()[0] == path:  # not when a new project replaced the one it belongs to
                QgsProject.instance().writeEntryBool(PROJECT_SCOPE, STORE_MADE_ENTRY, True)
        return store

    def _adopt_store(self, path: Path) -> None:
        """The officer chose ``path``: remember it in the project; the next save makes it if it is not there."""
        project = QgsProject.instance()
        project.writeEntry(PROJECT_SCOPE, STORE_ENTRY, str(path))
        project.writeEntryBool(PROJECT_SCOPE, STORE_MADE_ENTRY, False)
        self._may_create_store = True
        self._show_store_path(path)

    def _store_gone(self, path: Optional[Path]) -> bool:
        """The GeoPackage shown was made (or found) and is not there now."""
        return path is not None and not path.exists() and not self._may_create_store

    @staticmethod
    def _problem(error: StoreError) -> str:
        """The store's message, with the way to reconnect when the GeoPackage is gone."""
        if error.reason != MISSING:
            return error.message
        return error.message + " " + tr("To reconnect, press Choose... and pick the file where it is now, or "
                                        "another GeoPackage: every answer marked NOT saved is then saved there.")

    def _ask_store_path(self) -> Optional[Path]:
        start = self.store_path() or Path(QgsProject.instance().homePath() or Path.home()) / "saksbehandling.gpkg"
        chosen, _filter = QFileDialog.getSaveFileName(self, tr("GeoPackage for the case answers"), str(start),
                                                      tr("GeoPackage (*.gpkg)"),
                                                      options=QFileDialog.DontConfirmOverwrite)
        if not chosen:
            return None
        path = Path(chosen)
        return path if path.suffix.lower() == ".gpkg" else path.with_name(path.name + ".gpkg")

    def choose_store(self) -> bool:
        """Ask for a GeoPackage (new or existing) and use it; False when the officer cancels."""
        path = self._ask_store_path()
        if path is None:
            return False
        self.set_store_path(path)
        return True

    def set_store_path(self, path) -> None:
        """Use ``path`` for the answers from now on (remembered in the project).

        The case shown is reopened from it when it is there and nothing is waiting to be
        saved; otherwise the case and every answer by a person the table shows (the unsaved
        ones included) are saved in it.
        """
        path = Path(path)
        self._adopt_store(path)
        case_id = self.table.case_id
        try:
            with self._open_store(path) as store:  # a new file is made now, so a problem shows at once
                there = bool(case_id) and store.case(case_id) is not None
        except StoreError as error:
            self.show_message(self._problem(error), "error", other_store=True)
            return
        self._show_store_path(path)  # its cases, for completion
        if not case_id:
            typed = self.case_edit.text().strip()
            if typed:  # a case that could not be opened from the GeoPackage before
                self._reopen(typed)
            else:
                self.show_message(tr("Answers are saved in {path}.").format(path=path))
            return
        if there and not self.table.dirty_items() and not self._case_unsaved:
            self.table.clear_case()
            self._reopen(case_id)
            return
        self._case_unsaved = self._site is not None
        if self._save_answers(list(self.table.person_answers())):
            self.show_message(tr("Case '{case}' is saved in {path}.").format(case=case_id, path=path))

    # --- saving ------------------------------------------------------------------------------
    def save_answer(self, item_id: str) -> bool:
        """Save one row the officer changed (and retry rows that could not be saved before)."""
        return self._save_answers([item_id] + [i for i in self.table.unsaved_items() if i != item_id])

    def save_pending(self, quiet: bool = False) -> bool:
        """Save every row that shows something not saved yet; True when nothing is left.

        ``quiet`` when the panel hides and when QGIS or the project closes: nothing is asked
        then (no dialog for the officer's name), so nothing holds QGIS up.
        """
        if self._closed:
            return True
        self._closing = quiet
        try:
            return self._save_answers(self.table.dirty_items())
        finally:
            self._closing = False

    def _save_quietly(self) -> None:
        self.save_pending(quiet=True)

    def _save_answers(self, item_ids: List[str]) -> bool:
        case_id = self.table.case_id
        if not case_id or (not item_ids and not self._case_unsaved):
            return True
        if self._saving:
            return False
        self._saving = True
        try:
            return self._save_in_store(case_id, item_ids)
        finally:
            self._saving = False

    def _save_in_store(self, case_id: str, item_ids: List[str]) -> bool:
        from ..core.checklist import load_checklist

        pending = list(item_ids)
        path = self.store_path()
        if path is None:
            path = self._ask_store_path()
            if path is None:
                self._not_saved(pending, tr("No GeoPackage is chosen for the case answers, so the answers of case "
                                            "'{case}' were NOT saved. Press Choose... to choose one.").format(
                    case=case_id))
                return False
            self._adopt_store(path)
        opened = False
        try:
            with self._open_store(path) as store:
                opened = True
                listed = not (self._case_unsaved and self._site is not None) and not pending
                if self._case_unsaved and self._site is not None:
                    site = self._site
                    store.save_case(case_id, site.label, site.application, site.wkt, site.crs, load_checklist())
                self._case_unsaved = False
                while pending:
                    # save_answer returns the answer read back from the file: only that is "Saved".
                    stored = store.save_answer(case_id, self.table.answer(pending[0]))
                    self.table.mark_saved(pending.pop(0), stored)
            if not listed:
                self._show_cases(path)  # the case first, or at the top (most recently changed)
        except StoreError as error:
            message = self._problem(error)
            if not opened:  # the store's own message says what failed, not what was lost
                message = tr("The answers of case '{case}' were NOT saved.").format(case=case_id) + " " + message
            self._not_saved(pending, message)
            return False
        except EnergistasjonError as error:  # the checklist file cannot be read
            self._not_saved(pending, error.message)
            return False
        self.saved_label.setText(tr("Saved {time}").format(time=time.strftime("%H:%M")))
        if self.other_store_button.isVisible():
            self.show_message(tr("Every answer of case '{case}' is saved in {path}.").format(case=case_id, path=path))
        return True

    def _not_saved(self, item_ids: List[str], message: str) -> None:
        for item_id in item_ids:
            self.table.mark_unsaved(item_id, message)
        self.saved_label.setText(tr("NOT saved"))
        self.show_message(message, "error", other_store=True)

    def _stored_answers(self, case_id: str) -> Dict[str, Answer]:
        """The officer's saved answers: the table's (same case), updated from the store."""
        answers = self.table.saved_answers() if case_id == self.table.case_id else {}
        path = self.store_path()
        if path is not None and (path.is_file() or self._store_gone(path)):
            try:
                with self._open_store(path, reading=True) as store:
                    answers.update(store.answers(case_id))
            except StoreError as error:
                self.show_message(self._problem(error), "warning", other_store=True)
        return answers

    # --- cases -------------------------------------------------------------------------------
    def open_case(self) -> None:
        """The case id changed: save what is pending for the case shown, then show the new one
        (reopened exactly as left when it is in the GeoPackage)."""
        case_id = self.case_edit.text().strip()
        shown = self.table.case_id
        if case_id == shown:
            return
        if shown and not self.save_pending():
            self.case_edit.setText(shown)  # never drop what could not be saved
            self.show_message(tr("The answers of case '{case}' are NOT saved yet. Choose another GeoPackage to save "
                                 "them before you open another case.").format(case=shown), "error", other_store=True)
            return
        self.table.clear_case()
        self._site, self._case_unsaved = None, False
        self.site_label.clear()
        self.saved_label.clear()
        if case_id:
            self._reopen(case_id)
        self._case_shown()

    def _case_shown(self) -> None:
        """The list of saved cases folds away while a case is open, and unfolds when none is."""
        self.cases_box.setCollapsed(bool(self.table.case_id or self.case_edit.text().strip()))
        self.cases_box.mark(self.table.case_id)

    def _reopen(self, case_id: str) -> None:
        from ..core.checklist import load_checklist

        new_case = tr("New case '{case}': select its site (one polygon) on the map and press Check selected "
                      "site.").format(case=case_id)
        path = self.store_path()
        if path is None or not (path.is_file() or self._store_gone(path)):
            self.show_message(new_case)
            return
        try:
            with self._open_store(path, reading=True) as store:
                row, stored = store.case(case_id), store.answers(case_id)
        except StoreError as error:
            self.show_message(self._problem(error), "error", other_store=True)
            return
        if row is None:
            self.show_message(new_case)
            return
        application = row["application"]
        if application is not None:
            self.form.set_application(application)
        reopened = tr("Case '{case}' reopened from {path}: {n} answers saved by a person.").format(
            case=case_id, path=path, n=len(stored))
        if row["site_wkt"] and application is not None:
            self._site = CheckedSite(row["site_wkt"], row["site_crs"] or "", row["title"] or case_id, application)
            if self._run_check(case_id, application, stored):
                self.show_message(reopened)
                return
            # The data cannot be read now: still show the officer's answers, and why the rest is missing.
            reopened = self.message_label.text() + "\n" + reopened
        try:
            self.table.show_case(case_id, load_checklist(), {}, stored)
        except EnergistasjonError as error:
            self.show_message(error.message, "error")
            return
        self.show_message(reopened, "warning" if self._site is not None else "info")

    # --- checking ----------------------------------------------------------------------------
    def check_selected_site(self) -> bool:
        """Check the site selected on the map for the case id entered; True when the table shows it."""
        case_id = self.case_edit.text().strip()
        if not case_id:
            self.show_message(tr("Enter the case id (saksnummer) first: the answers are saved under it."), "error")
            return False
        if case_id != self.table.case_id:
            self.open_case()
            if self.case_edit.text().strip() != case_id:
                return False
        elif not self.save_pending():
            return False
        try:
            application = self.form.application()
        except InputError as error:
            self.show_message(error.message, "error")
            return False
        try:
            self._site = selected_site(self.iface.activeLayer() if self.iface is not None else None, application)
        except (InputError, QgsProcessingException) as error:
            self.show_message(str(error), "error")
            return False
        if not self._run_check(case_id, application, self._stored_answers(case_id)):
            return False
        self.context_box.remember(QgsProject.instance())
        self._case_unsaved = True
        self._save_answers([])
        self._case_shown()
        return True

    def _run_check(self, case_id: str, application: Application, stored: Dict[str, Answer]) -> bool:
        """Check the case's site and show every item, the officer's ``stored`` answers on top."""
        QApplication.setOverrideCursor(Qt.WaitCursor)
        try:
            result, _context, checklist = check_site(self._site, case_id, self.context_box.read_context,
                                                     self.form.phase())
        except (EnergistasjonError, QgsProcessingException) as error:
            self.show_message(str(error), "error")
            return False
        finally:
            QApplication.restoreOverrideCursor()
        self.table.show_case(case_id, checklist, {a.item_id: a for a in result.answers}, stored)
        self.site_label.setText(tr("Site: {site}").format(site=self._site.label))
        automatic = sum(1 for item in checklist.items if item.rule and item.applies_to(application.station_type,
                                                                                         self.form.phase()))
        text = tr("Checked {site} for case '{case}': {n} items answered from the data; answer the others in the "
                  "table.").format(site=self._site.label, case=case_id, n=automatic)
        self.show_message("\n".join([text] + list(result.notes)))
        return True

    def open_scored_site(self) -> bool:
        """Open the site selected in a scored layer (made by "Score candidate sites") in one action:
        its best station type, a case id from its own id (unless one is typed), and the check."""
        layer = self.iface.activeLayer() if self.iface is not None else None
        try:
            found = scored_site(layer)
        except InputError as error:
            self.show_message(error.message, "error")
            return False
        index = self.form.station_combo.findData(found.station_type)
        if index >= 0:
            self.form.station_combo.setCurrentIndex(index)
        # A case id the officer typed for this site is kept; an open case is another site's: a new case.
        if self.table.case_id or not self.case_edit.text().strip():
            self.case_edit.setText(found.case_id)
        if not self.check_selected_site():
            return False
        hint = tr("The case id is the site's own id: type the saksnummer instead when an application comes in.") \
            if self.case_edit.text().strip() == found.case_id else ""
        self.show_message("\n".join(t for t in (found.summary, self.message_label.text(), hint) if t))
        return True

    # --- report ------------------------------------------------------------------------------
    def write_report(self, folder: Optional[str] = None) -> List[Path]:
        """Write the case's report (HTML and PDF, with the officer's answers) into ``folder``
        (asked when None); returns the files written."""
        case_id = self.table.case_id
        if self._site is None or not case_id:
            self.show_message(tr("Check the site first: the report needs the site and its checklist."), "error")
            return []
        self.save_pending()
        try:
            application = self.form.application()
        except InputError as error:
            self.show_message(error.message, "error")
            return []
        if application != self._site.application:  # quantities changed since the check: check again
            self._site = replace(self._site, application=application)
            if not self._run_check(case_id, application, self._stored_answers(case_id)):
                return []
            self._case_unsaved = True
            self._save_answers([])
        if folder is None:
            folder = QFileDialog.getExistingDirectory(self, tr("Folder for the report"),
                                                      QgsProject.instance().homePath() or str(Path.home()))
            if not folder:
                return []
        QApplication.setOverrideCursor(Qt.WaitCursor)
        try:
            case, context, _checklist = check_site(self._site, case_id, self.context_box.read_context,
                                                   self.form.phase(), self.table.person_answers())
            written = write_report_files(Path(folder), case, self._site, context)
        except (EnergistasjonError, QgsProcessingException, OSError) as error:
            self.show_message(str(error), "error")
            return []
        finally:
            QApplication.restoreOverrideCursor()
        self.show_message(tr("Report written to {folder}: {files}").format(
            folder=folder, files=", ".join(p.name for p in written)))
        return written

    # --- the project -------------------------------------------------------------------------
    def _project_cleared(self) -> None:
        self.save_pending(quiet=True)
        if self.table.unsaved_items():
            return  # keep them on screen: the officer can still choose another GeoPackage
        self.table.clear_case()
        self.case_edit.clear()
        self._site, self._case_unsaved = None, False
        for label in (self.site_label, self.saved_label, self.message_label):
            label.clear()
        self._may_create_store = False
        self._show_store_path(None)
        self._case_shown()
        self.context_box.recall(QgsProject.instance())

    def _project_read(self, *_args) -> None:
        if not self.table.case_id:
            self._use_initial_store()
            self._case_shown()
            self.context_box.recall(QgsProject.instance())

    def _layers_added(self, *_args) -> None:
        """New layers in the project may fit a context the panel has no layer for yet."""
        self.context_box.fill_from_project(QgsProject.instance())

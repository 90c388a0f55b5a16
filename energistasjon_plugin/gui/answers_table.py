# SPDX-License-Identifier: GPL-2.0-or-later
"""The checklist of one case as a table: one row per item with its automatic evidence, a
status the officer can set (or override) and a note of as many lines as it needs.  The table
only shows and edits; the dock saves (it listens to :attr:`AnswersTable.answer_edited`)."""
import getpass
from dataclasses import dataclass
from datetime import datetime
from typing import Dict, List, Optional

from qgis.PyQt.QtCore import QSize, Qt, pyqtSignal
from qgis.PyQt.QtGui import QBrush, QColor, QFontMetrics
from qgis.PyQt.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QHeaderView,
    QPlainTextEdit,
    QTableWidget,
    QTableWidgetItem,
)

from ..core.checklist_model import (
    FULFILLED,
    NEEDS_ASSESSMENT,
    NOT_FULFILLED,
    NOT_RELEVANT,
    UNANSWERED,
    Answer,
    Checklist,
    ChecklistItem,
    status_label,
)
from ..core.i18n import current_language, tr

#: Order of the status choices: the officer's usual answers first.
STATUS_CHOICES = (FULFILLED, NOT_FULFILLED, NEEDS_ASSESSMENT, NOT_RELEVANT, UNANSWERED)
# Status next to the item id: it is what the case officer reads first.
ID_COLUMN, STATUS_COLUMN, QUESTION_COLUMN, EVIDENCE_COLUMN, NOTE_COLUMN, SAVED_COLUMN = range(6)
_UNSAVED_BACKGROUND = QColor("#fde0dc")
_UNSAVED_TEXT = QColor("#b00020")
#: A note shows at least this many lines, and grows with its text up to the maximum.
NOTE_LINES, NOTE_MAX_LINES = 3, 12


def user_name() -> str:
    """Who answers: the operating-system user (``person`` when the system cannot tell)."""
    try:
        return getpass.getuser() or "person"
    except (KeyError, OSError, ImportError):  # no user name in the environment or passwd
        return "person"


def local_time(iso: str) -> str:
    """An ISO timestamp as local time: ``10:42`` today, else ``2025-05-03 10:42``."""
    try:
        moment = datetime.fromisoformat(iso.replace("Z", "+00:00")).astimezone()
    except (ValueError, AttributeError):
        return iso or ""
    return moment.strftime("%H:%M" if moment.date() == datetime.now().date() else "%Y-%m-%d %H:%M")


class _StatusCombo(QComboBox):
    """A status choice that ignores the mouse wheel unless it has focus: scrolling through the
    table must not change (and save) an answer."""

    def __init__(self) -> None:
        super().__init__()
        self.setFocusPolicy(Qt.StrongFocus)

    def wheelEvent(self, event) -> None:  # noqa: N802 (Qt)
        if self.hasFocus():
            super().wheelEvent(event)
        else:
            event.ignore()  # the table scrolls instead


class NoteEdit(QPlainTextEdit):
    """The officer's note on one item: several lines (Enter starts a new line), finished when the
    officer leaves the field or presses Ctrl+Enter.

    Signals
    -------
    editingFinished()
        As QLineEdit's: the note was left (focus out) or Ctrl+Enter was pressed.
    heightWanted(int)
        The note's text needs this many pixels to show without scrolling.
    """

    editingFinished = pyqtSignal()  # noqa: N815 (Qt's name, as QLineEdit)
    heightWanted = pyqtSignal(int)  # noqa: N815

    def __init__(self) -> None:
        super().__init__()
        self.setTabChangesFocus(True)  # Tab moves on, as in every other field
        self.setFrameShape(QFrame.NoFrame)
        self.setLineWrapMode(QPlainTextEdit.WidgetWidth)
        self.document().setDocumentMargin(2)
        self.textChanged.connect(self._ask_height)

    # QLineEdit's names, so the table and the dock read every note the same way
    def text(self) -> str:
        return self.toPlainText()

    def setText(self, text: str) -> None:  # noqa: N802 (Qt)
        if text != self.toPlainText():
            self.setPlainText(text)

    def lines_height(self, lines: int) -> int:
        return QFontMetrics(self.font()).lineSpacing() * lines + 2 * int(self.document().documentMargin()) + 4

    def wanted_height(self) -> int:
        """Pixels to show the whole note (wrapped at the column's width), between the minimum and the maximum."""
        document = self.document()
        document.setTextWidth(max(40, self.viewport().width()))
        needed = int(document.size().height()) + 4
        return max(self.lines_height(NOTE_LINES), min(needed, self.lines_height(NOTE_MAX_LINES)))

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt): the table sizes rows by it
        return QSize(200, self.wanted_height())

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt)
        return QSize(60, self.lines_height(1))

    def _ask_height(self) -> None:
        self.heightWanted.emit(self.wanted_height())

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt)
        super().resizeEvent(event)
        if event.oldSize().width() != event.size().width():
            self._ask_height()

    def focusOutEvent(self, event) -> None:  # noqa: N802 (Qt)
        super().focusOutEvent(event)
        self.editingFinished.emit()

    def keyPressEvent(self, event) -> None:  # noqa: N802 (Qt)
        if event.key() in (Qt.Key_Return, Qt.Key_Enter) and event.modifiers() & Qt.ControlModifier:
            self.editingFinished.emit()
            return
        super().keyPressEvent(event)


@dataclass
class _Row:
    item: ChecklistItem
    automatic: Optional[Answer]   # the engine's answer; None when not computed
    stored: Optional[Answer]      # the person's answer as last saved; None when none
    base_status: str              # what is saved (or computed): edits are compared with it
    base_note: str
    unsaved: bool = False         # a save failed: the row waits for another GeoPackage


class AnswersTable(QTableWidget):
    """Items, automatic evidence, status and note of one case.

    Signals
    -------
    answer_edited(str)
        The officer changed an item's status or finished editing its note (item id).
    """

    answer_edited = pyqtSignal(str)

    def __init__(self, parent=None) -> None:
        super().__init__(0, 6, parent)
        self.case_id = ""
        #: Who answers: the officer's name (the dock sets it from the settings); the login name until then.
        self.officer = user_name
        self._rows: Dict[str, _Row] = {}
        self._order: List[str] = []
        self._filling = False
        labels = {ID_COLUMN: tr("Item"), QUESTION_COLUMN: tr("Question"), STATUS_COLUMN: tr("Status"),
                  EVIDENCE_COLUMN: tr("Evidence"), NOTE_COLUMN: tr("Note"), SAVED_COLUMN: tr("Saved")}
        self.setHorizontalHeaderLabels([labels[column] for column in range(6)])
        self.setSelectionMode(QAbstractItemView.NoSelection)
        self.setWordWrap(True)
        self.verticalHeader().setVisible(False)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.Interactive)
        for column, width in ((QUESTION_COLUMN, 220), (STATUS_COLUMN, 165), (EVIDENCE_COLUMN, 220), (NOTE_COLUMN, 240)):
            self.setColumnWidth(column, width)
        self.setColumnWidth(ID_COLUMN, self.fontMetrics().horizontalAdvance("PLAN-01") + 16)  # the id in full

    # --- filling -------------------------------------------------------------------------------
    def clear_case(self) -> None:
        self.setRowCount(0)
        self._rows, self._order, self.case_id = {}, [], ""

    def show_case(self, case_id: str, checklist: Checklist, automatic: Dict[str, Answer],
                  stored: Dict[str, Answer]) -> None:
        """Show every item of ``checklist``: the officer's saved answer where there is one,
        else the automatic one.  Rows of the same case that could not be saved keep what
        the officer typed."""
        carried = {i: (self.status(i), self.note_edit(i).text(), self._rows[i].unsaved)
                   for i in self.dirty_items()} if case_id == self.case_id else {}
        self.clear_case()
        self.case_id = case_id
        self._filling = True
        try:
            self.setRowCount(len(checklist.items))
            for index, item in enumerate(checklist.items):
                self._add_row(index, item, automatic.get(item.id), stored.get(item.id))
                if item.id in carried:
                    status, note, unsaved = carried[item.id]
                    self._set_widgets(item.id, status, note)
                    if unsaved:
                        self.mark_unsaved(item.id, tr("Not saved yet."))
        finally:
            self._filling = False
        self.fit_rows()

    def fit_rows(self) -> None:
        """Each row as tall as its texts and its note need (the note at least three lines)."""
        self.resizeRowsToContents()
        for item_id in self._order:
            self._fit_row(item_id, self.note_edit(item_id).wanted_height())

    def _fit_row(self, item_id: str, note_height: int) -> None:
        if item_id not in self._rows:
            return
        row = self._order.index(item_id)
        text_height = max(self.sizeHintForRow(row), 0)
        self.setRowHeight(row, max(text_height, note_height + 2))

    def _add_row(self, index: int, item: ChecklistItem, automatic: Optional[Answer],
                 stored: Optional[Answer]) -> None:
        shown = stored or automatic
        status = shown.status if shown is not None else UNANSWERED
        note = stored.evidence if stored is not None else ""
        self._rows[item.id] = _Row(item, automatic, stored, status, note)
        self._order.append(item.id)
        question = _text_item(item.question)
        guidance = item.guidance.get(current_language()) or item.guidance.get("en", "")
        question.setToolTip("\n\n".join(t for t in (item.question, guidance, item.source) if t))
        self.setItem(index, ID_COLUMN, _text_item(item.id))
        self.setItem(index, QUESTION_COLUMN, question)
        evidence = automatic.evidence if automatic is not None else ""
        self.setItem(index, EVIDENCE_COLUMN, _text_item(evidence))
        combo = _StatusCombo()
        for choice in STATUS_CHOICES:
            combo.addItem(status_label(choice), choice)
        combo.setMaximumHeight(combo.sizeHint().height())  # at the top of a tall row, not stretched over it
        if automatic is not None and automatic.answered_by == "auto":
            combo.setToolTip(tr("Automatic answer: {status}").format(status=status_label(automatic.status)))
        combo.currentIndexChanged.connect(lambda _index, item_id=item.id: self._edited(item_id))
        self.setCellWidget(index, STATUS_COLUMN, combo)
        edit = NoteEdit()
        edit.setPlaceholderText(tr("Note (what the answer rests on; Enter for a new line)"))
        edit.editingFinished.connect(lambda item_id=item.id: self._edited(item_id))
        edit.heightWanted.connect(lambda height, item_id=item.id: self._fit_row(item_id, height))
        self.setCellWidget(index, NOTE_COLUMN, edit)
        self.setItem(index, SAVED_COLUMN, _text_item(""))
        self._set_widgets(item.id, status, note)
        self._show_saved_state(item.id)

    def _set_widgets(self, item_id: str, status: str, note: str) -> None:
        combo = self.status_combo(item_id)
        combo.blockSignals(True)
        combo.setCurrentIndex(max(0, combo.findData(status)))
        combo.blockSignals(False)
        self.note_edit(item_id).setText(note)
        self.note_edit(item_id).setToolTip(note)

    def _edited(self, item_id: str) -> None:
        if not self._filling and item_id in self._rows and self.is_dirty(item_id):
            self.answer_edited.emit(item_id)

    # --- reading -------------------------------------------------------------------------------
    def item_ids(self) -> List[str]:
        return list(self._order)

    def status_combo(self, item_id: str) -> QComboBox:
        return self.cellWidget(self._order.index(item_id), STATUS_COLUMN)

    def note_edit(self, item_id: str) -> NoteEdit:
        return self.cellWidget(self._order.index(item_id), NOTE_COLUMN)

    def status(self, item_id: str) -> str:
        return self.status_combo(item_id).currentData()

    def evidence(self, item_id: str) -> str:
        return self.item(self._order.index(item_id), EVIDENCE_COLUMN).text()

    def saved_text(self, item_id: str) -> str:
        return self.item(self._order.index(item_id), SAVED_COLUMN).text()

    def is_unsaved(self, item_id: str) -> bool:
        return self._rows[item_id].unsaved

    def is_dirty(self, item_id: str) -> bool:
        """The row shows something that is not saved (an edit, or a save that failed)."""
        row = self._rows[item_id]
        return row.unsaved or self.status(item_id) != row.base_status or \
            self.note_edit(item_id).text() != row.base_note

    def dirty_items(self) -> List[str]:
        return [i for i in self._order if self.is_dirty(i)]

    def unsaved_items(self) -> List[str]:
        return [i for i in self._order if self._rows[i].unsaved]

    def answer(self, item_id: str) -> Answer:
        """The row as the officer's answer: the saved one if unchanged, else a new one by the
        current user (the note is its evidence)."""
        row = self._rows[item_id]
        if row.stored is not None and not self.is_dirty(item_id):
            return row.stored
        return Answer(item_id, self.status(item_id), self.note_edit(item_id).text(), answered_by=self.officer())

    def saved_answers(self) -> Dict[str, Answer]:
        """The officer's answers as last saved (edits not included)."""
        return {i: self._rows[i].stored for i in self._order if self._rows[i].stored is not None}

    def person_answers(self) -> Dict[str, Answer]:
        """Every answer by a person the table shows, saved or not."""
        return {i: self.answer(i) for i in self._order if self._rows[i].stored is not None or self.is_dirty(i)}

    # --- saved state ---------------------------------------------------------------------------
    def mark_saved(self, item_id: str, stored: Answer) -> None:
        row = self._rows[item_id]
        row.stored, row.base_status, row.base_note, row.unsaved = stored, stored.status, stored.evidence, False
        self.note_edit(item_id).setToolTip(stored.evidence)
        self._show_saved_state(item_id)

    def mark_unsaved(self, item_id: str, message: str) -> None:
        self._rows[item_id].unsaved = True
        self._show_saved_state(item_id, message)

    def _show_saved_state(self, item_id: str, message: str = "") -> None:
        row = self._rows[item_id]
        index = self._order.index(item_id)
        cell, id_cell = self.item(index, SAVED_COLUMN), self.item(index, ID_COLUMN)
        if row.unsaved:
            cell.setText(tr("NOT saved"))
            cell.setToolTip(message)
            cell.setForeground(QBrush(_UNSAVED_TEXT))
            id_cell.setBackground(QBrush(_UNSAVED_BACKGROUND))
            return
        id_cell.setBackground(QBrush())
        cell.setForeground(QBrush())
        if row.stored is not None:
            cell.setText(tr("Saved {time}").format(time=local_time(row.stored.answered_at)))
            cell.setToolTip(tr("Answered by {person}").format(person=row.stored.answered_by))
        elif row.automatic is not None and row.automatic.answered_by == "auto":
            cell.setText(tr("automatic"))
            cell.setToolTip("")
        else:
            cell.setText("")
            cell.setToolTip("")


def _text_item(text: str) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setFlags(item.flags() & ~Qt.ItemIsEditable)
    item.setToolTip(text)
    return item

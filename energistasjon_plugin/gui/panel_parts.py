# SPDX-License-Identifier: GPL-2.0-or-later
"""Parts of the checklist panel with one job each: the list of saved cases, the officer's name,
and the labels that let the panel be narrow."""
from typing import Any, Dict, List, Optional, Sequence

from qgis.core import QgsApplication, QgsSettings
from qgis.gui import QgsCollapsibleGroupBox
from qgis.PyQt.QtCore import QSize, Qt, pyqtSignal
from qgis.PyQt.QtWidgets import QFormLayout, QInputDialog, QLabel, QLineEdit, QListWidget, QListWidgetItem, QWidget

from ..core.i18n import tr
from ..core.station_types import station_type_label
from .answers_table import local_time, user_name

#: The officer's name, in QGIS's settings (the same in every project).
OFFICER_SETTING = "energistasjon/case_officer"


# --- the officer's name -----------------------------------------------------------------------------

def officer_setting() -> str:
    """The officer's name as kept in QGIS's settings ('' when never given)."""
    return (QgsSettings().value(OFFICER_SETTING, "", type=str) or "").strip()


def set_officer_setting(name: str) -> str:
    """Keep ``name`` (stripped) in QGIS's settings; returns it."""
    name = (name or "").strip()
    QgsSettings().setValue(OFFICER_SETTING, name)
    return name


def ask_officer_name(parent: Optional[QWidget]) -> Optional[str]:
    """Ask the officer for their name (suggesting the system's full name); None when not given."""
    suggested = QgsApplication.userFullName() or user_name()
    given, ok = QInputDialog.getText(
        parent, tr("Your name"),
        tr("Your name as it will stand with your answers and in the case reports (asked once; change it "
           "under Case officer in the panel):"), QLineEdit.Normal, suggested)
    return given.strip() if ok and given.strip() else None


# --- the saved cases --------------------------------------------------------------------------------

class SavedCasesBox(QgsCollapsibleGroupBox):
    """The cases in the answer store, most recently changed first; a click opens one.

    Signals
    -------
    case_chosen(str)
        The officer clicked a case (its id).
    """

    case_chosen = pyqtSignal(str)

    def __init__(self, parent: Optional[QWidget] = None) -> None:
        super().__init__(tr("Saved cases"), parent)
        self.cases_list = QListWidget()
        self.cases_list.setToolTip(tr("Click a case to open it as it was left."))
        self.cases_list.setMaximumHeight(140)
        self.cases_list.setWordWrap(True)
        layout = QFormLayout(self)
        layout.addRow(self.cases_list)
        self.cases_list.itemClicked.connect(lambda item: self.case_chosen.emit(item.data(Qt.UserRole)))
        self.setVisible(False)

    def show_cases(self, rows: Sequence[Dict[str, Any]], open_case: str = "") -> None:
        """List ``rows`` (as :meth:`CaseStore.cases` gives them); hidden while there are none."""
        self.cases_list.clear()
        for row in rows:
            item = QListWidgetItem(case_text(row))
            item.setData(Qt.UserRole, row["case_id"])
            item.setToolTip(tr("Open case '{case}'").format(case=row["case_id"]))
            self.cases_list.addItem(item)
        self.setTitle(tr("Saved cases ({n})").format(n=len(rows)) if rows else tr("Saved cases"))
        self.setVisible(bool(rows))
        self.mark(open_case)

    def mark(self, open_case: str) -> None:
        """The open case in bold; the list folds away while a case is open."""
        for index in range(self.cases_list.count()):
            item = self.cases_list.item(index)
            font = item.font()
            font.setBold(item.data(Qt.UserRole) == open_case)
            item.setFont(font)

    def case_ids(self) -> List[str]:
        return [self.cases_list.item(i).data(Qt.UserRole) for i in range(self.cases_list.count())]


def case_text(row: Dict[str, Any]) -> str:
    """``2025/0042 · site A (kandidater) · Hydrogen · changed 10:42``."""
    parts = [row["case_id"]]
    title = (row.get("title") or "").strip()
    if title and title != row["case_id"]:
        parts.append(title)
    if row.get("station_type"):
        parts.append(station_type_label(row["station_type"]))
    if row.get("updated_at"):
        parts.append(tr("changed {time}").format(time=local_time(row["updated_at"])))
    return " · ".join(parts)


# --- a narrow panel ---------------------------------------------------------------------------------

class Message(QLabel):
    """A label that takes no room while it says nothing (the buttons stay close to the forms)."""

    def __init__(self) -> None:
        super().__init__()
        self.setWordWrap(True)
        self.setVisible(False)

    def setText(self, text: str) -> None:  # noqa: N802 (Qt)
        super().setText(text)
        self.setVisible(bool(text))

    def clear(self) -> None:
        self.setText("")


class FormLabel(QLabel):
    """A form label on one line where there is room, wrapped where the panel is narrow."""

    WIDEST = 220  # pixels: a longer label wraps, so that it fits in the narrowest dock

    def __init__(self, text: str) -> None:
        super().__init__(text)
        self.setWordWrap(True)

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt): as wide as the text wants, not a "nice" wrapped block
        width = min(self.fontMetrics().horizontalAdvance(self.text()) + 4, self.WIDEST)
        return QSize(width, self.heightForWidth(width))

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt)
        return QSize(60, self.fontMetrics().height())


def wrap_form_labels(widget: QWidget) -> None:
    """Every plain label of the forms inside ``widget`` becomes a :class:`FormLabel`."""
    for form in widget.findChildren(QFormLayout):
        for row in range(form.rowCount()):
            item = form.itemAt(row, QFormLayout.LabelRole)
            if item is not None and type(item.widget()) is QLabel:
                old = item.widget()
                form.removeWidget(old)
                old.hide()  # gone at once, not only when Qt deletes it later
                old.deleteLater()
                form.setWidget(row, QFormLayout.LabelRole, FormLabel(old.text()))


def fit_forms(widget: QWidget, narrow: bool) -> None:
    """Labels above the fields in a narrow panel, beside them in a wide one."""
    policy = QFormLayout.WrapAllRows if narrow else QFormLayout.WrapLongRows
    for form in widget.findChildren(QFormLayout):
        form.setRowWrapPolicy(policy)
        form.invalidate()

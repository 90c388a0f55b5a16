# SPDX-License-Identifier: GPL-2.0-or-later
"""Several participants' weight sets combined (mean or median), with their disagreement per factor
in a table the room can read (:mod:`..core.weight_combination`)."""
from typing import List, Optional

from qgis.PyQt.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..core.errors import EnergistasjonError
from ..core.i18n import tr
from ..core.profiles import Profile
from ..core.weight_combination import STATISTICS, Combination, combine_weight_sets
from ..core.weight_files import load_weight_set
from ..core.weight_sets import WeightSet


class CombineDialog(QDialog):
    """Pick the participants' files, choose mean or median, see the disagreement, take the result."""

    def __init__(self, profile: Profile, parent: Optional[QWidget] = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Combine participants' weight sets"))
        self.profile = profile
        self.sets: List[WeightSet] = []
        self.combination: Optional[Combination] = None
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        add = QPushButton(tr("Add weight-set files..."))
        add.clicked.connect(self._choose)
        self.statistic = QComboBox()
        self.statistic.addItems([tr("mean"), tr("median")])
        self.statistic.currentIndexChanged.connect(lambda _: self._update())
        row.addWidget(add)
        row.addWidget(QLabel(tr("Combine by")))
        row.addWidget(self.statistic)
        layout.addLayout(row)
        self.members = QLabel(tr("No weight sets yet."))
        self.members.setWordWrap(True)
        layout.addWidget(self.members)
        self.table = QTableWidget(0, 0)
        layout.addWidget(self.table)
        self.message = QLabel()
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        self.buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.buttons.button(QDialogButtonBox.Ok).setEnabled(False)
        layout.addWidget(self.buttons)
        self.resize(720, 420)

    def _choose(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(self, tr("Participants' weight sets"), "",
                                                tr("Weight set (*.yaml *.yml)"))
        self.add_files(paths)

    def add_files(self, paths: List[str]) -> None:
        """Read each file for this profile; a file that cannot be used is named with its problem."""
        problems = []
        for path in paths:
            try:
                self.sets.append(load_weight_set(path, self.profile))
            except EnergistasjonError as error:
                problems.append(error.message)
        self.message.setText("\n".join(problems))
        self._update()

    def _update(self) -> None:
        if not self.sets:
            return
        self.members.setText(tr("Participants: {names}").format(names=", ".join(s.name for s in self.sets)))
        try:
            self.combination = combine_weight_sets(self.sets, self.profile, STATISTICS[self.statistic.currentIndex()])
        except EnergistasjonError as error:
            self.combination = None
            self.message.setText(error.message)
            self.buttons.button(QDialogButtonBox.Ok).setEnabled(False)
            return
        table = self.combination.table()
        self.table.clear()
        self.table.setRowCount(len(table))
        self.table.setColumnCount(len(table.columns))
        self.table.setHorizontalHeaderLabels([str(c) for c in table.columns])
        for i, row in enumerate(table.itertuples(index=False)):
            for j, value in enumerate(row):
                self.table.setItem(i, j, QTableWidgetItem(str(value)))
        self.table.resizeColumnsToContents()
        self.buttons.button(QDialogButtonBox.Ok).setEnabled(True)

    def weight_set(self) -> Optional[WeightSet]:
        """The combined weight set (method ``combined``, naming its members)."""
        return self.combination.weight_set if self.combination is not None else None

# SPDX-License-Identifier: GPL-2.0-or-later
"""Weights from pairwise comparisons (AHP): the room fills in how many times one factor matters as
much as another; the weights, the consistency ratio and, above 0.10, which comparison fits the
others least are shown as they type (:mod:`..core.ahp`)."""
from html import escape
from typing import List, Optional, Sequence, Tuple

from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..core import ahp
from ..core.errors import EnergistasjonError
from ..core.i18n import format_number, tr


def parse_judgement(text: str) -> Optional[float]:
    """``3``, ``1/3``, ``0,5``, ``0.5`` -> a number; None when it is not one."""
    text = (text or "").strip().replace(",", ".")
    try:
        if "/" in text:
            top, _, bottom = text.partition("/")
            return float(top) / float(bottom)
        return float(text)
    except (ValueError, ZeroDivisionError):
        return None


class PairwiseDialog(QDialog):
    """The upper triangle is typed; the lower triangle is its reciprocal, filled in."""

    def __init__(self, factors: Sequence[Tuple[str, str]], parent: Optional[QWidget] = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Weights from pairwise comparisons (AHP)"))
        self.factors = [f for f, _ in factors]
        self.labels = dict(factors)
        n = len(self.factors)
        layout = QVBoxLayout(self)
        intro = QLabel(tr("In each cell: how many times the factor of the row matters as much as the factor of the "
                          "column, on Saaty's scale 1/9 to 9 (1 = equally, 3 = somewhat more, 5 = much more, "
                          "9 = extremely more; 1/3 = somewhat less). The cells below the diagonal follow."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.table = QTableWidget(n, n)
        names = [self.labels[f] for f in self.factors]
        self.table.setHorizontalHeaderLabels(names)
        self.table.setVerticalHeaderLabels(names)
        self._filling = True
        for i in range(n):
            for j in range(n):
                item = QTableWidgetItem("1")
                if j <= i:
                    item.setFlags(item.flags() & ~Qt.ItemIsEditable)
                    item.setForeground(Qt.darkGray)
                self.table.setItem(i, j, item)
        self._filling = False
        self.table.itemChanged.connect(self._changed)
        layout.addWidget(self.table)
        self.result_label = QLabel()
        self.result_label.setWordWrap(True)
        self.result_label.setTextFormat(Qt.RichText)
        layout.addWidget(self.result_label)
        self.buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.result: Optional[ahp.PairwiseWeights] = None
        self._update()

    def set_judgement(self, row: str, column: str, value: str) -> None:
        """Type ``value`` for ``row`` against ``column`` (either order: the other gets its inverse)."""
        i, j = self.factors.index(row), self.factors.index(column)
        if i > j:
            i, j = j, i
            number = parse_judgement(value)
            value = ahp.saaty_text(1.0 / number) if number else value
        self.table.item(i, j).setText(value)

    def matrix(self) -> List[List[object]]:
        """The matrix as typed (a cell that is no number stays text, so the message can name it)."""
        n = len(self.factors)
        rows: List[List[object]] = [[1.0] * n for _ in range(n)]
        for i in range(n):
            for j in range(i + 1, n):
                text = self.table.item(i, j).text()
                number = parse_judgement(text)
                rows[i][j] = number if number is not None else text
                rows[j][i] = 1.0 / number if number else text
        return rows

    def _changed(self, item: QTableWidgetItem) -> None:
        if self._filling:
            return
        i, j = item.row(), item.column()
        if j > i:
            number = parse_judgement(item.text())
            self._filling = True
            self.table.item(j, i).setText(ahp.saaty_text(1.0 / number) if number else "?")
            self._filling = False
        self._update()

    def _update(self) -> None:
        try:
            self.result = ahp.pairwise_weights(self.matrix(), self.factors)
        except EnergistasjonError as error:
            self.result = None
            self.result_label.setText('<span style="color:#b00020">{}</span>'.format(escape(error.message)))
            self.buttons.button(QDialogButtonBox.Ok).setEnabled(False)
            return
        weights = ", ".join("{} {} %".format(self.labels[f], format_number(100 * w, 0))
                            for f, w in zip(self.factors, self.result.weights))
        text = escape(tr("Weights: {weights}. Consistency ratio {cr}.").format(
            weights=weights, cr=format_number(self.result.consistency_ratio, 2)))
        warning = self.result.warning(self.labels)
        if warning:
            text += '<br/><span style="color:#8a5300">{}</span>'.format(escape(warning))
        self.result_label.setText(text)
        self.buttons.button(QDialogButtonBox.Ok).setEnabled(True)

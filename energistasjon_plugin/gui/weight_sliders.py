# SPDX-License-Identifier: GPL-2.0-or-later
"""The factor weights of one station type as sliders and numbers, side by side.

A slider and its number move together; the share each weight has of the total (what the score
uses: weights are scaled to sum to 1) is shown beside it.  ``weights_changed`` is emitted once
per move, with factor id -> weight (0-100, not yet scaled)."""
from typing import Dict, List, Optional, Sequence, Tuple

from qgis.PyQt.QtCore import Qt, pyqtSignal
from qgis.PyQt.QtWidgets import QGridLayout, QLabel, QSlider, QSpinBox, QWidget

from ..core.i18n import format_number, tr

MAXIMUM = 100


class WeightSliders(QWidget):
    """One row per factor: name, slider, number (0-100), share of the total in percent."""

    weights_changed = pyqtSignal(dict)

    def __init__(self, parent: Optional[QWidget] = None) -> None:
        super().__init__(parent)
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.rows: Dict[str, Tuple[QSlider, QSpinBox, QLabel]] = {}
        self._quiet = False

    def set_factors(self, factors: Sequence[Tuple[str, str]], weights: Dict[str, float]) -> None:
        """Show ``factors`` ((id, name) in order) with ``weights`` (any scale; shown as 0-100)."""
        while self.grid.count():
            item = self.grid.takeAt(0)
            widget = item.widget()
            if widget is not None:
                widget.hide()  # gone from view now, not at the next event loop
                widget.deleteLater()
        self.rows = {}
        header = [tr("Factor"), tr("Weight"), "", tr("Share")]
        for column, text in enumerate(header):
            label = QLabel("<b>{}</b>".format(text))
            self.grid.addWidget(label, 0, column)
        for row, (factor, name) in enumerate(factors, start=1):
            label = QLabel(name)
            label.setWordWrap(True)
            slider = QSlider(Qt.Horizontal)
            slider.setMinimumWidth(60)
            slider.setRange(0, MAXIMUM)
            slider.setObjectName("slider_" + factor)
            number = QSpinBox()
            number.setRange(0, MAXIMUM)
            number.setObjectName("number_" + factor)
            share = QLabel()
            share.setMinimumWidth(40)
            share.setAlignment(Qt.AlignRight | Qt.AlignVCenter)
            slider.valueChanged.connect(lambda value, f=factor: self._moved(f, value))
            number.valueChanged.connect(lambda value, f=factor: self._moved(f, value))
            self.grid.addWidget(label, row, 0)
            self.grid.addWidget(slider, row, 1)
            self.grid.addWidget(number, row, 2)
            self.grid.addWidget(share, row, 3)
            self.rows[factor] = (slider, number, share)
        self.grid.setColumnStretch(0, 3)
        self.grid.setColumnStretch(1, 2)
        self.set_weights(weights, emit=False)

    def set_weights(self, weights: Dict[str, float], emit: bool = True) -> None:
        """Show ``weights`` scaled so the largest is near the top of the sliders."""
        total = sum(max(0.0, float(w)) for w in weights.values()) or 1.0
        self._quiet = True
        try:
            for factor, (slider, number, _) in self.rows.items():
                value = int(round(MAXIMUM * float(weights.get(factor, 0.0)) / total))
                slider.setValue(value)
                number.setValue(value)
        finally:
            self._quiet = False
        self._show_shares()
        if emit:
            self.weights_changed.emit(self.weights())

    def weights(self) -> Dict[str, float]:
        """Factor id -> weight as set (0-100)."""
        return {factor: float(number.value()) for factor, (_, number, _) in self.rows.items()}

    def factors(self) -> List[str]:
        return list(self.rows)

    def _moved(self, factor: str, value: int) -> None:
        if self._quiet:
            return
        slider, number, _ = self.rows[factor]
        self._quiet = True
        try:
            slider.setValue(value)
            number.setValue(value)
        finally:
            self._quiet = False
        self._show_shares()
        self.weights_changed.emit(self.weights())

    def _show_shares(self) -> None:
        weights = self.weights()
        total = sum(weights.values())
        for factor, (_, _, share) in self.rows.items():
            share.setText("{} %".format(format_number(100.0 * weights[factor] / total, 0)) if total else "–")

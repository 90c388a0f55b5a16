# SPDX-License-Identifier: GPL-2.0-or-later
"""The workshop's weights panel: move a station type's factor weights and watch the ranking and the
map follow, from the sub-scores already in a scored layer (no rescoring).

Choose a scored layer (the output of "Score candidate sites" or "Find candidate areas") and a
station type; the sliders show the profile's weights.  Each move re-ranks every site with the
engine's re-ranking (:mod:`..core.reranking`, equal to a full rescoring) and writes the new score,
rank and weight-set name into the layer's edit buffer (:mod:`..bridge.live_ranking` says why the
edit buffer); the list shows the best sites and how far each moved.  "Reset to profile" brings
back the profile's weights; "Save weight set..." writes the weights as a weight-set file (the
name it gets is the one the layer's ``<p>_weights`` field shows); "Load weight set...", "Pairwise
(AHP)..." and "Combine participants..." set the weights from a file, from
comparisons or from several participants' files.
"""
from typing import Dict, List, Optional

from qgis.core import QgsMapLayerProxyModel, QgsVectorLayer
from qgis.gui import QgsDockWidget, QgsMapLayerComboBox
from qgis.PyQt.QtCore import Qt, QTimer
from qgis.PyQt.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..bridge.live_ranking import apply_to_layer, layer_table, profiles_in_layer, rank_table
from ..core.errors import EnergistasjonError
from ..core.i18n import format_number, tr
from ..core.profiles import Profile, load_bundled_profile
from ..core.station_types import STATION_TYPES, station_type_label
from ..core.weight_files import load_weight_set, save_weight_set
from ..core.weight_sets import WeightSet, factor_labels, make_weight_set, weight_set_from_profile
from .ahp_dialog import PairwiseDialog
from .combine_dialog import CombineDialog
from .weight_sliders import WeightSliders

#: Sites shown in the list.
LIST_LENGTH = 15
#: Milliseconds after the last move before the layer is re-ranked (a slider sends many moves).
SETTLE_MS = 150


class WeightsDock(QgsDockWidget):
    """Factor weights of one station type, set live on a scored layer."""

    def __init__(self, iface=None, parent: Optional[QWidget] = None) -> None:
        super().__init__(tr("Workshop weights"), parent)
        self.setObjectName("EnergistasjonWeightsDock")
        self.iface = iface
        self.profiles: List[Profile] = []
        self.profile: Optional[Profile] = None
        self.weight_set: Optional[WeightSet] = None
        self.table = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SETTLE_MS)
        self._timer.timeout.connect(self.apply_now)

        body = QWidget()
        layout = QVBoxLayout(body)
        form = QFormLayout()
        self.layer_box = QgsMapLayerComboBox()
        self.layer_box.setFilters(QgsMapLayerProxyModel.PolygonLayer)
        self.layer_box.setAllowEmptyLayer(True)
        self.layer_box.layerChanged.connect(self._layer_changed)
        self.type_box = QComboBox()
        self.type_box.currentIndexChanged.connect(self._type_changed)
        form.addRow(tr("Scored layer"), self.layer_box)
        form.addRow(tr("Station type"), self.type_box)
        layout.addLayout(form)
        self.sliders = WeightSliders()
        self.sliders.weights_changed.connect(self._moved)
        layout.addWidget(self.sliders)
        buttons = QGridLayout()
        self.reset_button = QPushButton(tr("Reset to profile"))
        self.reset_button.clicked.connect(self.reset_to_profile)
        self.save_button = QPushButton(tr("Save weight set..."))
        self.save_button.clicked.connect(self._save)
        self.load_button = QPushButton(tr("Load weight set..."))
        self.load_button.clicked.connect(self._load)
        self.ahp_button = QPushButton(tr("Pairwise (AHP)..."))
        self.ahp_button.setToolTip(tr("Weights from pairwise comparisons of the factors (AHP), with the "
                                      "consistency ratio"))
        self.ahp_button.clicked.connect(self._pairwise)
        self.combine_button = QPushButton(tr("Combine participants..."))
        self.combine_button.clicked.connect(self._combine)
        for k, button in enumerate((self.reset_button, self.save_button, self.load_button, self.ahp_button,
                                    self.combine_button)):
            buttons.addWidget(button, k // 2, k % 2)
        layout.addLayout(buttons)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextSelectableByMouse)
        layout.addWidget(self.status)
        self.ranking = QTableWidget(0, 4)
        self.ranking.setHorizontalHeaderLabels([tr("Rank"), tr("Site"), tr("Score"), tr("Moved")])
        self.ranking.verticalHeader().setVisible(False)
        self.ranking.horizontalHeader().setStretchLastSection(True)
        self.ranking.setEditTriggers(QTableWidget.NoEditTriggers)
        layout.addWidget(self.ranking)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)  # the panel shrinks to the dock
        scroll.setWidget(body)
        self.setWidget(scroll)
        self._set_enabled(False)
        self._layer_changed(self.layer_box.currentLayer())

    # --- choosing the layer and the station type ---------------------------------------------
    def set_layer(self, layer: Optional[QgsVectorLayer]) -> None:
        """Work on ``layer`` (as if chosen in the panel)."""
        self.layer_box.setLayer(layer)
        self._layer_changed(layer)

    def layer(self) -> Optional[QgsVectorLayer]:
        return self.layer_box.currentLayer()

    def _layer_changed(self, layer) -> None:
        self._timer.stop()
        self.type_box.blockSignals(True)
        self.type_box.clear()
        self.profiles = []
        if isinstance(layer, QgsVectorLayer):
            bundled = [load_bundled_profile(t) for t in STATION_TYPES]
            self.profiles = profiles_in_layer(layer, bundled)
            for profile in self.profiles:
                self.type_box.addItem(station_type_label(profile.station_type), profile.station_type)
        self.type_box.blockSignals(False)
        if isinstance(layer, QgsVectorLayer) and not self.profiles:
            self._say(tr("The layer '{layer}' has no sub-scores of a station type; choose the output of 'Score "
                         "candidate sites' or 'Find candidate areas'.").format(layer=layer.name()), "warning")
        self._type_changed(0)

    def set_station_type(self, station_type: str) -> None:
        index = self.type_box.findData(station_type)
        if index >= 0:
            self.type_box.setCurrentIndex(index)
            self._type_changed(index)

    def _type_changed(self, index: int) -> None:
        self._timer.stop()
        self.profile = self.profiles[index] if 0 <= index < len(self.profiles) else None
        self.table = None
        if self.profile is None:
            self.sliders.set_factors([], {})
            self._set_enabled(False)
            return
        labels = factor_labels(self.profile)
        self.table = layer_table(self.layer(), self.profile)
        self.weight_set = weight_set_from_profile(self.profile)
        self.sliders.set_factors([(f.id, labels[f.id]) for f in self.profile.factors], self.weight_set.weights)
        self._set_enabled(True)
        self._show_ranking(rank_table(self.table, self.profile, self.weight_set, self.layer().name()))
        self._say(tr("Weights of the profile '{profile}'. Move them: the ranking and the map follow.").format(
            profile=self.profile.name))

    def _set_enabled(self, enabled: bool) -> None:
        for widget in (self.sliders, self.reset_button, self.save_button, self.load_button, self.ahp_button,
                       self.combine_button):
            widget.setEnabled(enabled)

    # --- weights in ----------------------------------------------------------------------------
    def _moved(self, weights: Dict[str, float]) -> None:
        if self.profile is None or sum(weights.values()) <= 0:
            self._say(tr("Give at least one factor a weight."), "warning")
            return
        self.weight_set = make_weight_set(self.profile, weights, tr("Workshop"), "manual")
        self._timer.start()

    def use_weight_set(self, weight_set: WeightSet) -> None:
        """Show ``weight_set`` on the sliders and re-rank with it exactly (not the sliders' rounding)."""
        self.weight_set = weight_set
        self.sliders.set_weights(weight_set.weights, emit=False)
        self.apply_now()

    def reset_to_profile(self) -> None:
        if self.profile is not None:
            self.use_weight_set(weight_set_from_profile(self.profile))

    def apply_now(self) -> None:
        """Re-rank with the current weights and write the result into the layer's edit buffer."""
        self._timer.stop()
        if self.profile is None or self.weight_set is None or self.table is None:
            return
        try:
            ranked = rank_table(self.table, self.profile, self.weight_set, self.layer().name())
            apply_to_layer(self.layer(), ranked, self.profile, self.weight_set.label)
        except (EnergistasjonError, RuntimeError) as error:
            self._say(getattr(error, "message", str(error)), "error")
            return
        self._show_ranking(ranked)
        self._say(tr("Ranked with {label}. The scores are in the layer's edit buffer: save the layer's edits to "
                     "keep them, or roll back.").format(label=self.weight_set.title))

    # --- the buttons ---------------------------------------------------------------------------
    def _save(self) -> None:
        name, ok = QInputDialog.getText(self, tr("Save weight set"), tr("Name of the weight set:"), QLineEdit.Normal,
                                        self.weight_set.name if self.weight_set else "")
        if not ok or not name.strip():
            return
        path, _ = QFileDialog.getSaveFileName(self, tr("Save weight set"), name.strip() + ".yaml",
                                              tr("Weight set (*.yaml *.yml)"))
        if path:
            self.save_weight_set(path, name.strip())

    def save_weight_set(self, path: str, name: str) -> Optional[WeightSet]:
        """Save the current weights under ``name`` at ``path`` and use the saved set (its label names it)."""
        current = self.weight_set
        try:
            named = make_weight_set(self.profile, current.weights, name, current.method,
                                    comparisons=current.comparisons, statistic=current.statistic,
                                    members=current.members)
            saved = save_weight_set(named, path)
        except EnergistasjonError as error:
            self._say(error.message, "error")
            return None
        self.use_weight_set(saved)
        self._say(tr("Saved as {path}: {label}.").format(path=path, label=saved.title))
        return saved

    def _load(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, tr("Load weight set"), "", tr("Weight set (*.yaml *.yml)"))
        if path:
            self.load_weight_set(path)

    def load_weight_set(self, path: str) -> Optional[WeightSet]:
        try:
            loaded = load_weight_set(path, self.profile)
        except EnergistasjonError as error:
            self._say(error.message, "error")
            return None
        self.use_weight_set(loaded)
        return loaded

    def _pairwise(self) -> None:
        labels = factor_labels(self.profile)
        dialog = PairwiseDialog([(f.id, labels[f.id]) for f in self.profile.factors], self)
        if dialog.exec_() and dialog.result is not None:
            self.use_pairwise(dialog)

    def use_pairwise(self, dialog: PairwiseDialog) -> None:
        from ..core.weight_sets import weight_set_from_comparisons

        made = weight_set_from_comparisons(self.profile, dialog.matrix(), tr("Pairwise comparisons"),
                                           factors=dialog.factors)
        self.use_weight_set(made)
        warning = made.comparisons.warning(factor_labels(self.profile))
        if warning:
            self._say(warning, "warning")

    def _combine(self) -> None:
        dialog = CombineDialog(self.profile, self)
        if dialog.exec_() and dialog.weight_set() is not None:
            self.use_weight_set(dialog.weight_set())

    # --- what the panel shows ------------------------------------------------------------------
    def _show_ranking(self, ranked) -> None:
        p = self.profile.field_prefix
        ranked = ranked[ranked[p + "_rank"].notna()].sort_values(p + "_rank").head(LIST_LENGTH)
        names = self._names(ranked.index)
        self.ranking.setRowCount(len(ranked))
        moved = ranked[p + "_rank_change"] if p + "_rank_change" in ranked.columns else None
        for row, (fid, values) in enumerate(ranked.iterrows()):
            change = moved.loc[fid] if moved is not None else float("nan")
            cells = [str(int(values[p + "_rank"])), names.get(fid, str(fid)), format_number(values[p + "_score"], 1),
                     "–" if change != change or change == 0 else ("+" if change > 0 else "") + str(int(change))]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column != 1:
                    item.setTextAlignment(Qt.AlignRight | Qt.AlignVCenter)
                self.ranking.setItem(row, column, item)
        self.ranking.resizeColumnsToContents()

    def _names(self, fids) -> Dict[int, str]:
        table = self.table
        for column in ("area_id", "tomt_id", "site_id"):
            if column in table.columns:
                return {fid: str(table.loc[fid, column]) for fid in fids}
        if "gnr" in table.columns and "bnr" in table.columns:
            return {fid: "{}/{}".format(table.loc[fid, "gnr"], table.loc[fid, "bnr"]) for fid in fids}
        return {fid: str(fid) for fid in fids}

    def _say(self, text: str, kind: str = "info") -> None:
        colour = {"info": "", "warning": "color: #8a5300;", "error": "color: #b00020;"}[kind]
        self.status.setStyleSheet(colour)
        self.status.setText(text)


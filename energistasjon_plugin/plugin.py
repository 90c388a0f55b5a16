# SPDX-License-Identifier: GPL-2.0-or-later
"""QGIS entry point: the language, the Processing provider, the menu.  Kept short: the
work happens in the algorithms and the engine.

Every text of the plugin goes through the engine's :func:`~.core.i18n.tr`, which reads the
committed ``i18n/*.ts`` itself (no Qt translator: a run may speak another language than QGIS)."""
from pathlib import Path
from typing import List, Optional

from qgis.core import QgsApplication
from qgis.PyQt.QtGui import QIcon
from qgis.PyQt.QtWidgets import QAction

from .bridge.language import qgis_locale
from .core.i18n import set_language, tr

PLUGIN_DIR = Path(__file__).resolve().parents[1]


class EnergistasjonPlugin:
    """The plugin object QGIS holds; ``iface`` is None under qgis_process."""

    def __init__(self, iface) -> None:
        self.iface = iface
        self.provider = None
        self.actions: List[QAction] = []
        self.checklist_action: Optional[QAction] = None
        self.checklist_dock = None  # made on first use
        self.weights_action: Optional[QAction] = None
        self.weights_dock = None  # made on first use
        set_language(qgis_locale())  # the default; each run may choose its own

    def initProcessing(self) -> None:  # noqa: N802 (QGIS API)
        """Register the provider (called by QGIS, qgis_process and initGui)."""
        if self.provider is not None:
            return
        from ..processing.provider import EnergistasjonProvider

        self.provider = EnergistasjonProvider()
        QgsApplication.processingRegistry().addProvider(self.provider)

    def initGui(self) -> None:  # noqa: N802
        self.initProcessing()
        if self.iface is None:
            return
        action = QAction(QIcon(str(PLUGIN_DIR / "resources" / "icons" / "score_sites.svg")),
                         tr("Score candidate sites..."), self.iface.mainWindow())
        action.triggered.connect(self._open_score_dialog)
        self.iface.addPluginToMenu(self.menu_name(), action)
        self.actions.append(action)
        checklist = QAction(QIcon(str(PLUGIN_DIR / "resources" / "icons" / "checklist.svg")),
                            tr("Checklist for case officers..."), self.iface.mainWindow())
        checklist.setCheckable(True)
        checklist.triggered.connect(self.toggle_checklist_dock)
        self.iface.addPluginToMenu(self.menu_name(), checklist)
        self.actions.append(checklist)
        self.checklist_action = checklist
        weights = QAction(QIcon(str(PLUGIN_DIR / "resources" / "icons" / "score_sites.svg")),
                          tr("Workshop weights..."), self.iface.mainWindow())
        weights.setCheckable(True)
        weights.triggered.connect(self.toggle_weights_dock)
        self.iface.addPluginToMenu(self.menu_name(), weights)
        self.actions.append(weights)
        self.weights_action = weights

    @staticmethod
    def menu_name() -> str:
        return tr("&Energistasjon")

    @staticmethod
    def _open_score_dialog() -> None:
        import processing

        processing.execAlgorithmDialog("energistasjon:scoresites")

    def toggle_checklist_dock(self, visible: bool = True) -> None:
        """Show or hide the checklist panel, making it on first use."""
        if self.checklist_dock is None:
            if not visible:
                return
            from qgis.PyQt.QtCore import Qt

            from .gui.checklist_dock import ChecklistDock

            self.checklist_dock = ChecklistDock(self.iface, self.iface.mainWindow())
            self.iface.addDockWidget(Qt.RightDockWidgetArea, self.checklist_dock)
            if self.checklist_action is not None:
                self.checklist_dock.visibilityChanged.connect(self.checklist_action.setChecked)
        self.checklist_dock.setVisible(visible)
        if visible:
            self.checklist_dock.raise_()

    def toggle_weights_dock(self, visible: bool = True) -> None:
        """Show or hide the workshop's weights panel, making it on first use."""
        if self.weights_dock is None:
            if not visible:
                return
            from qgis.PyQt.QtCore import Qt

            from .gui.weights_dock import WeightsDock

            self.weights_dock = WeightsDock(self.iface, self.iface.mainWindow())
            self.iface.addDockWidget(Qt.RightDockWidgetArea, self.weights_dock)
            if self.weights_action is not None:
                self.weights_dock.visibilityChanged.connect(self.weights_action.setChecked)
        self.weights_dock.setVisible(visible)
        if visible:
            self.weights_dock.raise_()

    def _remove_checklist_dock(self) -> None:
        dock, self.checklist_dock = self.checklist_dock, None
        if dock is None:
            return
        dock.cleanup()  # saves what the officer typed last
        self.iface.removeDockWidget(dock)
        dock.setParent(None)
        dock.deleteLater()

    def unload(self) -> None:
        """Remove everything initGui added, so a reload leaves no duplicates."""
        self._remove_checklist_dock()
        self.checklist_action = None
        if self.weights_dock is not None:
            dock, self.weights_dock = self.weights_dock, None
            self.iface.removeDockWidget(dock)
            dock.setParent(None)
            dock.deleteLater()
        self.weights_action = None
        if self.iface is not None:
            for action in self.actions:
                self.iface.removePluginMenu(self.menu_name(), action)
                action.deleteLater()  # parented to the main window: would outlive a reload
        self.actions = []
        if self.provider is not None:
            QgsApplication.processingRegistry().removeProvider(self.provider)
            self.provider = None

# SPDX-License-Identifier: GPL-2.0-or-later
"""The application part of the checklist panel: station type, phase and the quantities the
application states (the same quantities as the "Check application" algorithm; an empty
field means "not stated")."""
from typing import Dict, Optional

from qgis.gui import QgsCollapsibleGroupBox
from qgis.PyQt.QtWidgets import QCheckBox, QComboBox, QFormLayout, QLineEdit, QVBoxLayout, QWidget

from ..core.checklist_model import Application
from ..core.errors import InputError
from ..core.i18n import tr
from ..core.quantities import QUANTITIES, quantity_labels
from ..core.station_types import STATION_TYPES, SUPPLY_MODES, station_type_label, supply_mode_label


def phase_labels() -> Dict[Optional[str], str]:
    """Translated label per phase (None: every phase)."""
    return {None: tr("All phases"), "plan": tr("Plan"), "byggesak": tr("Building application (byggesak)"),
            "drift": tr("Operation (drift)")}


def number_text(value: Optional[float]) -> str:
    """A stored quantity as the officer typed it: 6000.0 -> '6000', 2.5 -> '2.5', None -> ''."""
    return "" if value is None else "{:.12g}".format(value)


class ApplicationForm(QWidget):
    """Station type, phase, the stated quantities and the Enova question.

    Attributes
    ----------
    station_combo, phase_combo : QComboBox
        Item data are the engine's ids (``hydrogen``; ``plan`` or None).
    quantity_edits : dict of str to QLineEdit
        By Application attribute (``hydrogen_kg``...).
    enova_check : QCheckBox
    supply_combo : QComboBox
        How hydrogen reaches the station; item data ``trucked_in``, ``on_site_electrolysis`` or None
        (not stated). Shown for hydrogen only.
    """

    def __init__(self, parent: Optional[QWidget] = None) -> None:
        super().__init__(parent)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.WrapLongRows)  # a narrow dock puts fields below labels
        form.setContentsMargins(0, 0, 0, 0)
        self.station_combo = QComboBox()
        for station_type in STATION_TYPES:
            self.station_combo.addItem(station_type_label(station_type), station_type)
        self.station_combo.setCurrentIndex(STATION_TYPES.index("battery"))
        form.addRow(tr("Station type"), self.station_combo)
        self.phase_combo = QComboBox()
        for phase, label in phase_labels().items():
            self.phase_combo.addItem(label, phase)
        form.addRow(tr("Phase"), self.phase_combo)
        self.supply_combo = QComboBox()
        self.supply_combo.addItem(tr("Not stated"), None)
        for mode in SUPPLY_MODES:
            self.supply_combo.addItem(supply_mode_label(mode), mode)
        self.supply_combo.setToolTip(tr("How the hydrogen reaches the station: the grid it needs follows"))
        form.addRow(tr("Hydrogen supply"), self.supply_combo)
        self._form = form
        self.station_combo.currentIndexChanged.connect(lambda _index: self._show_supply())

        self.quantities_box = QgsCollapsibleGroupBox(tr("Quantities in the application"))
        quantities = QFormLayout(self.quantities_box)
        quantities.setRowWrapPolicy(QFormLayout.WrapLongRows)
        self.quantity_edits: Dict[str, QLineEdit] = {}
        labels = quantity_labels()
        for _parameter, attribute, _integer in QUANTITIES:
            edit = QLineEdit()
            edit.setPlaceholderText(tr("not stated"))
            edit.setMinimumWidth(90)  # long labels then wrap above the field instead of squeezing it
            quantities.addRow(labels[attribute], edit)
            self.quantity_edits[attribute] = edit
        self.enova_check = QCheckBox(tr("sought"))
        self.enova_check.setToolTip(tr("The applicant seeks Enova funding"))
        quantities.addRow(tr("Enova funding"), self.enova_check)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        layout.addWidget(self.quantities_box)
        self._show_supply()

    def _show_supply(self) -> None:
        """The hydrogen supply only where it means something."""
        hydrogen = self.station_type() == "hydrogen"
        self.supply_combo.setVisible(hydrogen)
        label = self._form.labelForField(self.supply_combo)
        if label is not None:
            label.setVisible(hydrogen)

    def station_type(self) -> str:
        return self.station_combo.currentData()

    def phase(self) -> Optional[str]:
        return self.phase_combo.currentData()

    def application(self) -> Application:
        """The application as the form states it.

        Raises
        ------
        InputError
            A quantity is not a number (or not a whole number of charging points), naming it.
        """
        values = {attribute: self._number(attribute, integer) for _p, attribute, integer in QUANTITIES}
        supply = self.supply_combo.currentData() if self.station_type() == "hydrogen" else None
        return Application(self.station_type(), seeks_enova=self.enova_check.isChecked(), supply_mode=supply, **values)

    def set_application(self, application: Application) -> None:
        """Show a stored application exactly as it was saved."""
        index = self.station_combo.findData(application.station_type)
        if index >= 0:
            self.station_combo.setCurrentIndex(index)
        for attribute, edit in self.quantity_edits.items():
            edit.setText(number_text(getattr(application, attribute)))
        self.enova_check.setChecked(bool(application.seeks_enova))
        index = self.supply_combo.findData(getattr(application, "supply_mode", None))
        self.supply_combo.setCurrentIndex(max(index, 0))

    def _number(self, attribute: str, integer: bool):
        # Accept both decimal marks and spaces between thousands: officers type "2,5" and "6 000".
        text = self.quantity_edits[attribute].text().strip()
        cleaned = text.replace(" ", "").replace("\u00a0", "").replace(",", ".")
        if not cleaned:
            return None
        what = quantity_labels()[attribute]
        try:
            value = float(cleaned)
        except ValueError:
            raise InputError(tr("'{value}' is not a number ({what}). Write a number, such as 2.5, or leave the "
                                "field empty if the application does not state it.").format(value=text, what=what),
                             field=attribute) from None
        if integer:
            if not value.is_integer():
                raise InputError(tr("{what} must be a whole number, not '{value}'.").format(what=what, value=text),
                                 field=attribute)
            return int(value)
        return value


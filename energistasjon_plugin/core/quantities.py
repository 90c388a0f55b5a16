# SPDX-License-Identifier: GPL-2.0-or-later
"""The quantities an application for a station states, declared once for the "Check
application" algorithm (its parameters) and the checklist panel (its fields).

Each is an attribute of :class:`~.checklist_model.Application`; an empty value means "not stated".
"""
from typing import Dict, NamedTuple, Tuple

from .i18n import tr


class Quantity(NamedTuple):
    """One stated quantity."""

    parameter: str   # the algorithm's parameter name
    attribute: str   # the Application attribute
    integer: bool    # a whole number (charging points)


QUANTITIES: Tuple[Quantity, ...] = (
    Quantity("HYDROGEN_KG", "hydrogen_kg", False),
    Quantity("GAS_VOLUME_M3", "gas_volume_m3", False),
    Quantity("LBG_TONNES", "lbg_tonnes", False),
    Quantity("CBG_TONNES", "cbg_tonnes", False),
    Quantity("TRAILER_KG", "trailer_kg", False),
    Quantity("POWER_MW", "charging_mw", False),
    Quantity("CHARGERS", "chargers", True),
    Quantity("POINT_KW", "min_point_kw", False),
    Quantity("DAILY_CAPACITY", "daily_capacity", False),
)


def quantity_labels() -> Dict[str, str]:
    """Translated label per Application attribute."""
    return {
        "hydrogen_kg": tr("Hydrogen stored (kg)"),
        "gas_volume_m3": tr("Flammable gas container volume (m³)"),
        "lbg_tonnes": tr("LBG stored (tonnes)"),
        "cbg_tonnes": tr("CBG stored (tonnes)"),
        "trailer_kg": tr("Gas in delivery trailers parked on site (kg)"),
        "charging_mw": tr("Charging or electrolyser power (MW)"),
        "chargers": tr("Number of charging points"),
        "min_point_kw": tr("Power of the weakest charging point (kW)"),
        "daily_capacity": tr("Daily capacity (kg/day, or trucks/day for charging)"),
    }

# SPDX-License-Identifier: GPL-2.0-or-later
"""The three station types: their ids, their names for people, and the words data uses for them.

The ids (``hydrogen``, ``battery``, ``biogas``) are stable: profiles, answer stores and the
algorithms' enum parameters (in this order) use them.
"""
from typing import TYPE_CHECKING, Dict, Tuple

from .i18n import tr

if TYPE_CHECKING:  # the module loads with the plugin, before anyone checks that pandas is there
    import numpy as np
    import pandas as pd

#: The station types, in the order of the algorithms' choices (0, 1, 2).
STATION_TYPES: Tuple[str, ...] = ("hydrogen", "battery", "biogas")
#: Words a layer of existing stations may use for each type (compared without case).
STATION_TYPE_SYNONYMS: Dict[str, Tuple[str, ...]] = {
    "hydrogen": ("hydrogen", "h2", "hydrogenstasjon", "hydrogenfyllestasjon"),
    "battery": ("battery", "batteri", "el", "elektrisk", "lading", "ladestasjon", "charging", "hpc", "mcs"),
    "biogas": ("biogas", "biogass", "cbg", "lbg", "gass"),
}


def station_type_label(station_type: str) -> str:
    """Translated name of a station type, as a label (``Battery-electric truck charging``)."""
    return {
        "hydrogen": tr("Hydrogen"),
        "battery": tr("Battery-electric truck charging"),
        "biogas": tr("Biogas (CBG/LBG)"),
    }.get(station_type, station_type)


def station_type_noun(station_type: str) -> str:
    """Translated name of a station type inside a sentence (``battery-electric truck charging``)."""
    return {
        "hydrogen": tr("hydrogen"),
        "battery": tr("battery-electric truck charging"),
        "biogas": tr("biogas"),
    }.get(station_type, station_type)


#: How hydrogen reaches a station: the choices of the hydrogen profile's ``supply_mode``.
SUPPLY_MODES: Tuple[str, ...] = ("trucked_in", "on_site_electrolysis")


def supply_mode_label(mode: str) -> str:
    """Translated name of a hydrogen supply mode (``Trucked in (tube trailer)``)."""
    return {
        "trucked_in": tr("Trucked in (tube trailer)"),
        "on_site_electrolysis": tr("Made on site (electrolysis)"),
    }.get(mode, mode)


def normalise_station_type(values: "pd.Series") -> "np.ndarray":
    """Map free-text station types (``Batteri``, ``H2``, ``LBG``) to the ids; None where none fits."""
    lookup = {synonym: key for key, synonyms in STATION_TYPE_SYNONYMS.items() for synonym in synonyms}
    text = values.astype("object").where(values.notna(), "").astype(str).str.strip().str.casefold()
    found = text.map(lookup)
    return found.astype("object").where(found.notna(), None).to_numpy(dtype="object")  # None, not NaN

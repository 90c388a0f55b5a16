# SPDX-License-Identifier: GPL-2.0-or-later
"""Words for numbers, in the current language: distances, areas, megawatts.

Every number is rounded to what is shown first (metres as shown, tenths of a km, tenths of a
MW) and then formatted.  The ``*_keys`` functions compute the same rounded integers for many
values at once with numpy, so an explanation can group sites that show the same words and
format each distinct text once (:mod:`.explain`).
"""
import math
from typing import Any, Tuple

import numpy as np

from .i18n import format_number, tr


def is_unknown(value: Any) -> bool:
    """None or NaN."""
    return value is None or (isinstance(value, float) and math.isnan(value))


def _distance_shown(metres: float) -> Tuple[bool, int]:
    """(in km?, the integer shown): metres rounded to 1 m below 100 m, to 10 m below 1 km, else tenths of km."""
    if metres < 1000:
        return False, int(round(metres / 10.0) * 10 if metres >= 100 else round(metres))
    return True, int(round(metres / 100.0))


def distance_keys(metres: np.ndarray) -> np.ndarray:
    """What :func:`distance_text` shows, for many distances, as one number each (km as negative)."""
    m = np.asarray(metres, dtype="float64")
    with np.errstate(invalid="ignore"):
        km = m >= 1000
        shown = np.where(km, np.round(m / 100.0), np.where(m >= 100, np.round(m / 10.0) * 10, np.round(m)))
    return np.where(km, -shown - 1, shown)


def distance_text(metres: float) -> str:
    """``420 m`` below 1 km, ``2.3 km`` / ``2,3 km`` above."""
    km, shown = _distance_shown(metres)
    if km:
        return tr("{n} km").format(n=format_number(shown / 10.0, 1))
    return tr("{n} m").format(n=format_number(shown))


def tenths(value: float) -> float:
    """A value rounded to one decimal as shown (MW)."""
    return round(value * 10.0) / 10.0


def square_metres_text(value: float) -> str:
    """``2 500 m²``."""
    return tr("{n} m²").format(n=format_number(value))


def megawatts_text(value: float) -> str:
    """``1.5 MW`` / ``1,5 MW``."""
    return tr("{n} MW").format(n=format_number(value, 1))

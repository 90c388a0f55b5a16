# SPDX-License-Identifier: GPL-2.0-or-later
"""Small array helpers the engine shares."""
from typing import Any

import numpy as np


def repeated(value: Any, n: int) -> np.ndarray:
    """An object array of ``n`` references to the one ``value``.

    ``np.full(n, "text", dtype=object)`` stores a separate copy of a string in every element:
    200 000 sites times a profile tag is 20 MB.  This stores the one object.
    """
    array = np.empty(n, dtype=object)
    array.fill(value)
    return array


def shared_texts(texts: np.ndarray) -> np.ndarray:
    """The same texts, equal ones as one object (few distinct texts on many rows: rule lists)."""
    seen: dict = {}
    out = np.empty(len(texts), dtype=object)
    out[:] = [seen.setdefault(text, text) for text in texts]
    return out

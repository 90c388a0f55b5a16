# SPDX-License-Identifier: GPL-2.0-or-later
"""What a criterion computes: a raw value per site, in real units, and the facts that explain it."""
from dataclasses import dataclass, field
from typing import Any, Dict, List

import numpy as np


@dataclass
class CriterionResult:
    """Raw values of one criterion for every site.

    Attributes
    ----------
    values : ndarray
        float (NaN unknown) for numbers and flags (1.0/0.0); object (None unknown) for
        categories and code lists.
    details : dict of str -> ndarray
        Per-site facts for the explanation (e.g. ``corridor`` -> "E6").
    available : bool
        False when the layer it needs was not given.
    """

    values: np.ndarray
    details: Dict[str, np.ndarray] = field(default_factory=dict)
    available: bool = True

    def detail(self, key: str, i: int) -> Any:
        """Site ``i``'s value of the detail ``key`` (None when the result has no such detail)."""
        values = self.details.get(key)
        return None if values is None else values[i]

    def column(self, key: str) -> np.ndarray:
        """The detail ``key`` for every site; all None when the result has no such detail."""
        return self.details[key] if key in self.details else np.full(len(self.values), None, dtype=object)

    def unknown(self) -> np.ndarray:
        """Which sites have no value (None for categories and codes, NaN for numbers and flags)."""
        if self.values.dtype == object:
            return np.array([v is None for v in self.values], dtype=bool)
        return np.isnan(self.values.astype("float64"))

    def all_columns(self) -> List[np.ndarray]:
        """The values and every detail: equal in all of them, equal in everything said about a site."""
        return [self.values] + [self.details[name] for name in sorted(self.details)]

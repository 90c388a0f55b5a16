# SPDX-License-Identifier: GPL-2.0-or-later
"""The criteria: one declaration each (:mod:`.declaration`), grouped by family (``site``,
``zoning``, ``corridor``, ``grid``, ``safety``, ``existing``), listed in :mod:`.catalog` and
computed by :class:`CriteriaEngine`."""
from .catalog import CRITERIA, criterion_label, rule_label
from .declaration import Criterion
from .engine import CriteriaEngine
from .results import CriterionResult

__all__ = ["CRITERIA", "CriteriaEngine", "Criterion", "CriterionResult", "criterion_label", "rule_label"]

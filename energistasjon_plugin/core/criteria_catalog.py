# SPDX-License-Identifier: GPL-2.0-or-later
"""Former home of the criteria's names; they are declared with each criterion now
(:mod:`.criteria`).  Kept so that modules written against it still import: new code imports
from :mod:`.criteria.catalog`, :mod:`.criteria.zoning` and :mod:`.context_layers`."""
from .context_layers import layer_label
from .criteria.catalog import CRITERIA, criterion_label, rule_label
from .criteria.declaration import CATEGORY, CODES, FLAG, NUMBER
from .criteria.zoning import ZONING_CLASSES, zoning_class_label

__all__ = ["CATEGORY", "CODES", "CRITERIA", "FLAG", "NUMBER", "ZONING_CLASSES", "criterion_label", "layer_label",
           "rule_label", "zoning_class_label"]

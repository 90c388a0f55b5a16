# SPDX-License-Identifier: GPL-2.0-or-later
"""The zoning criterion: the land use the plans give the site (reguleringsplan where it governs,
else kommuneplan) and the class the profile gives that code."""
from typing import Dict, List

import numpy as np

from ..codelists import code_label
from ..i18n import tr
from ..profile_model import Constraint, Profile
from ..wording import is_unknown
from .declaration import CATEGORY, Criterion, Engine, Others, Phrase, Reason
from .results import CriterionResult

#: Zoning classes, best first.  Codes matching no rule of the profile are ``unsuitable``;
#: a site covered by no plan layer has class ``None`` (unknown).
ZONING_CLASSES = ("primary", "secondary", "conditional", "conflict", "unsuitable")


def zoning_class_label(zoning_class: str) -> str:
    """Translated name of a zoning class."""
    return _zoning_labels().get(zoning_class, zoning_class)


def _zoning_labels() -> Dict[str, str]:
    return {
        "primary": tr("primary zoning"),
        "secondary": tr("secondary zoning"),
        "conditional": tr("conditional zoning"),
        "conflict": tr("zoning conflict (plan change or dispensation)"),
        "unsuitable": tr("unsuitable zoning"),
    }


def _plan_overlay(engine: Engine, which: str):
    from ..zoning.overlay import zoning_at_sites

    frame = engine.context.layer(which)
    if frame is None:
        return None
    return engine.memo(("overlay", which), lambda: zoning_at_sites(engine.sites, frame))


def zoning_class(engine: Engine, profile: Profile) -> CriterionResult:
    n = engine.n
    rp, kpa = _plan_overlay(engine, "rp"), _plan_overlay(engine, "kpa")
    code = np.full(n, np.nan)
    share = np.zeros(n)
    plan = np.full(n, None, dtype=object)
    status = np.full(n, np.nan)
    # The detailed plan (reguleringsplan) governs where it covers most of the site;
    # elsewhere the kommuneplan's land use applies.
    for name, table in (("KPA", kpa), ("RP", rp)):
        if table is None:
            continue
        codes = table["code"].to_numpy(dtype="float64")
        shares = table["share"].to_numpy(dtype="float64")
        use = ~np.isnan(codes) & ((shares >= 0.5) if name == "RP" else np.ones(n, dtype=bool))
        code[use], share[use], plan[use] = codes[use], shares[use], name
        status[use] = table["status"].to_numpy(dtype="float64")[use]
    system = np.where(plan == "RP", np.where(code < 1000, "rp1985", "rpa"),
                      np.where(code < 1000, "kp1985", "kpa")).astype(object)
    classes = np.full(n, None, dtype=object)
    known = ~np.isnan(code)
    classes[known] = "unsuitable"
    for plan_system, rules in profile.zoning.items():
        in_system = known & (system == plan_system)
        # Best class first: a code listed in several classes takes the best one.
        for zoning_class in ("conflict", "conditional", "secondary", "primary"):
            if zoning_class in rules:
                classes[in_system & rules[zoning_class].matches(code)] = zoning_class
    system[~known] = None
    labels = np.full(n, None, dtype=object)
    for plan_system in ("kpa", "rpa", "kp1985", "rp1985"):  # each distinct code looked up once
        in_system = known & (system == plan_system)
        if in_system.any():
            unique, inverse = np.unique(code[in_system], return_inverse=True)
            names = np.array([code_label(plan_system, int(c)) for c in unique], dtype=object)
            labels[in_system] = names[inverse]
    return CriterionResult(classes, {
        "zoning_code": code, "zoning_system": system, "zoning_plan": plan,
        "zoning_label": labels, "zoning_share": share, "zoning_status": status,
    })


def zoning_text(result: CriterionResult, i: int) -> str:
    """``Industri (RP 1340)``."""
    code, plan, label = (result.detail(k, i) for k in ("zoning_code", "zoning_plan", "zoning_label"))
    code_text = str(int(code)) if not is_unknown(code) else "?"
    return tr("{label} ({plan} {code})").format(label=label or tr("unknown purpose"), plan=plan or "", code=code_text)


def _phrase(result: CriterionResult, i: int, others: Others) -> str:
    return zoning_text(result, i)


def _keys(result: CriterionResult, others: Others) -> List[np.ndarray]:
    return [result.values, result.column("zoning_code"), result.column("zoning_plan"), result.column("zoning_label")]


def _reason(constraint: Constraint, result: CriterionResult, i: int) -> str:
    return tr("{zoning}: {zoning_class}").format(zoning=zoning_text(result, i),
                                                  zoning_class=zoning_class_label(result.values[i]))


CRITERIA = (
    Criterion("zoning_class", CATEGORY, "", "zoning", zoning_class, lambda: tr("Zoning"),
              rule_label=lambda: tr("zoning"), phrase=Phrase(_phrase, _keys, order=10),
              reason=Reason(_reason, lambda constraint, result: _keys(result, {})),
              cache_key=lambda profile: id(profile.zoning)),
)

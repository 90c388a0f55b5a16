# SPDX-License-Identifier: GPL-2.0-or-later
"""The zoning criterion: the land use the plans give the site and the class the profile gives that code.

Which plan governs (pbl § 1-5): where a reguleringsplan and the kommuneplan both cover a site, the
newer plan prevails, unless the newer kommuneplan keeps the older reguleringsplan in force with a
detaljeringssone (hensynssone H910) on the site.  Where the plans carry no dates, the
reguleringsplan is presumed to apply (the usual case; the run says so once).  A site only partly
covered by a reguleringsplan, or split between reguleringsplaner, is reported as split and judged
by the plan of its larger part.
"""
from typing import Dict, List, Optional

import numpy as np

from ..codelists import code_label
from ..i18n import format_number, tr
from ..profile_model import Constraint, Profile
from ..wording import is_unknown
from .declaration import CATEGORY, Cause, Criterion, Engine, Others, Phrase, Reason
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


#: A plan covering less than this share of a site, or leaving less of it to another plan, is not a split.
SPLIT_SHARE = 0.05
#: Why the governing plan governs (the detail ``zoning_basis``).
RP, RP_H910, RP_UNDATED, KPA_ONLY, KPA_NEWER = "rp", "rp_h910", "rp_undated", "kpa", "kpa_newer"


def _column(table, name: str, n: int, fill, dtype) -> np.ndarray:
    if table is None or name not in table.columns:
        return np.full(n, fill, dtype=dtype)
    return table[name].to_numpy(dtype=dtype)


def _dates(values: np.ndarray) -> np.ndarray:
    import pandas as pd

    return pd.to_datetime(pd.Series(values, dtype=object), errors="coerce").to_numpy(dtype="datetime64[ns]")


def detail_zone_on_site(engine: Engine) -> Optional[np.ndarray]:
    """Whether a hensynssone 910 (detaljeringssone: the reguleringsplan still applies) lies on each
    site; None when no hensynssone layer was given."""
    if not engine.context.has("hazards"):
        return None
    from .safety import _zone_pairs

    pairs = _zone_pairs(engine, 0.0)
    on_site = np.zeros(engine.n, dtype=bool)
    on_site[pairs.site[pairs.inside & (pairs.code == 910)]] = True
    return on_site


def zoning_class(engine: Engine, profile: Profile) -> CriterionResult:
    n = engine.n
    rp, kpa = _plan_overlay(engine, "rp"), _plan_overlay(engine, "kpa")
    rp_code, kpa_code = (_column(t, "code", n, np.nan, "float64") for t in (rp, kpa))
    rp_cover = _column(rp, "covered", n, 0.0, "float64")
    rp_plan_share = _column(rp, "plan_share", n, 0.0, "float64")
    rp_plans = _column(rp, "n_plans", n, 0, "int64")
    rp_date_text, kpa_date_text = (_column(t, "plan_date", n, None, object) for t in (rp, kpa))
    rp_date, kpa_date = _dates(rp_date_text), _dates(kpa_date_text)
    has_rp, has_kpa = ~np.isnan(rp_code), ~np.isnan(kpa_code)
    both = has_rp & has_kpa
    kpa_newer = both & (kpa_date > rp_date)  # NaT compares False: no date, no precedence by date
    undated = both & (np.isnat(kpa_date) | np.isnat(rp_date))
    h910 = detail_zone_on_site(engine)
    kept = kpa_newer & (h910 if h910 is not None else False)
    overruled = kpa_newer & ~kept
    # The reguleringsplan governs where it is not overruled and covers the larger part of the site.
    use_rp = has_rp & ~overruled & ((rp_cover >= 0.5) | ~has_kpa)
    use_kpa = has_kpa & ~use_rp
    basis = np.full(n, None, dtype=object)
    basis[use_rp] = RP
    basis[use_rp & kept] = RP_H910
    basis[use_rp & undated] = RP_UNDATED
    basis[use_kpa] = KPA_ONLY
    basis[use_kpa & overruled] = KPA_NEWER
    partly = has_rp & has_kpa & ~overruled & (rp_cover > SPLIT_SHARE) & (rp_cover < 1.0 - SPLIT_SHARE)
    several = has_rp & ~overruled & (rp_plans >= 2) & (rp_plan_share < 1.0 - SPLIT_SHARE)
    split = np.full(n, None, dtype=object)
    split[partly] = "kpa"
    split[several & ~partly] = "rp"

    code = np.where(use_rp, rp_code, np.where(use_kpa, kpa_code, np.nan))
    plan = np.where(use_rp, "RP", np.where(use_kpa, "KPA", None)).astype(object)
    share = np.where(use_rp, _column(rp, "share", n, 0.0, "float64"), _column(kpa, "share", n, 0.0, "float64"))
    status = np.where(use_rp, _column(rp, "status", n, np.nan, "float64"), _column(kpa, "status", n, np.nan,
                                                                                     "float64"))
    date = np.where(use_rp, rp_date_text, np.where(use_kpa, kpa_date_text, None)).astype(object)
    rp_id = _column(rp, "plan_id", n, None, object)
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
    if (undated & use_rp).any():
        engine.memo(("note", "plan_dates"), lambda: engine.progress.info(tr(
            "{n} sites lie in both a reguleringsplan and the kommuneplan, but the plans carry no dates "
            "(ikrafttredelsesdato): the reguleringsplan is presumed to apply. Check which plan is newer and whether "
            "the kommuneplan keeps the reguleringsplan (pbl § 1-5, hensynssone H910).").format(
            n=int((undated & use_rp).sum()))))
    if h910 is None and overruled.any():
        engine.memo(("note", "h910_unknown"), lambda: engine.progress.info(tr(
            "{n} sites lie in a reguleringsplan older than the kommuneplan: the kommuneplan was taken to prevail "
            "(pbl § 1-5). No hensynssone layer was given, so a detaljeringssone (H910) that keeps the "
            "reguleringsplan could not be seen.").format(n=int(overruled.sum()))))
    return CriterionResult(classes, {
        "zoning_code": code, "zoning_system": system, "zoning_plan": plan,
        "zoning_label": labels, "zoning_share": share, "zoning_status": status,
        "zoning_basis": basis, "zoning_split": split, "zoning_date": date,
        "rp_cover": np.where(has_rp, rp_cover, np.nan), "rp_plan_share": np.where(has_rp, rp_plan_share, np.nan),
        "rp_plan_id": rp_id, "zoning_uncoded": _uncoded(engine, {"rp": rp, "kpa": kpa}, code),
    })


def _uncoded(engine: Engine, tables: Dict[str, object], code: np.ndarray) -> np.ndarray:
    """Per site whose zoning is unknown, the zoning layers whose land use on the site has no
    readable code (the polygon with most of the site has none); None elsewhere."""
    out = np.full(engine.n, None, dtype=object)
    for entry, table in tables.items():
        if table is None:
            continue
        hit = np.isnan(code) & np.isnan(table["code"].to_numpy(dtype="float64")) & (
            table["share"].to_numpy(dtype="float64") > 0)
        name = engine.context.layer_names.get(entry, entry)
        out[hit] = [name if before is None else before + ", " + name for before in out[hit]]  # few sites
    return out


def _uncoded_cause(result: CriterionResult, i: int) -> Optional[str]:
    layers = result.detail("zoning_uncoded", i)
    if not layers:
        return None  # no plan covers the site
    return tr("the land use on the site has no readable code in '{layers}'").format(layers=layers)


def _plankrav_note(profile: str) -> str:
    """Said once for the run (the same for every station type)."""
    return tr("A site zoned only in the kommuneplan (KPA in the explanation) normally needs a detaljregulering "
              "before a building application: a truck energy station is a larger building project (pbl § 12-1 "
              "tredje ledd), and most kommuneplaner set plankrav (§ 11-9 nr. 1).")


def zoning_text(result: CriterionResult, i: int) -> str:
    """``Industri (RP 1340)``; ``Næringsbebyggelse (KPA 1300, newer than the reguleringsplan)``;
    ``..., split between plans``."""
    code, plan, label = (result.detail(k, i) for k in ("zoning_code", "zoning_plan", "zoning_label"))
    code_text = str(int(code)) if not is_unknown(code) else "?"
    if result.detail("zoning_basis", i) == KPA_NEWER:
        text = tr("{label} ({plan} {code}, newer than the reguleringsplan)").format(
            label=label or tr("unknown purpose"), plan=plan or "", code=code_text)
    else:
        text = tr("{label} ({plan} {code})").format(label=label or tr("unknown purpose"), plan=plan or "",
                                                    code=code_text)
    if result.detail("zoning_split", i):
        text += ", " + split_text(result, i)
    return text


def split_text(result: CriterionResult, i: int) -> str:
    """``split: reguleringsplan on 60 %, the rest only in the kommuneplan``."""
    percent = format_number(round(100.0 * float(result.detail("rp_cover", i) or 0.0)))
    if result.detail("zoning_split", i) == "kpa":
        return tr("split: reguleringsplan on {percent} %, the rest only in the kommuneplan").format(percent=percent)
    return tr("split between reguleringsplaner: {plan} on {percent} %").format(
        plan=result.detail("rp_plan_id", i) or "?",
        percent=format_number(round(100.0 * float(result.detail("rp_plan_share", i) or 0.0))))


def _phrase(result: CriterionResult, i: int, others: Others) -> str:
    return zoning_text(result, i)


def _keys(result: CriterionResult, others: Others) -> List[np.ndarray]:
    split = result.column("zoning_split")
    share = np.where(split == "rp", result.column("rp_plan_share"), result.column("rp_cover")).astype("float64")
    percent = np.where(split != None, np.round(100.0 * share), -1)  # noqa: E711
    return [result.values, result.column("zoning_code"), result.column("zoning_plan"), result.column("zoning_label"),
            result.column("zoning_basis"), split, percent, np.where(split == "rp", result.column("rp_plan_id"), None)]


def _reason(constraint: Constraint, result: CriterionResult, i: int) -> str:
    return tr("{zoning}: {zoning_class}").format(zoning=zoning_text(result, i),
                                                  zoning_class=zoning_class_label(result.values[i]))


CRITERIA = (
    Criterion("zoning_class", CATEGORY, "", "zoning", zoning_class, lambda: tr("Zoning"),
              rule_label=lambda: tr("zoning"), phrase=Phrase(_phrase, _keys, order=10),
              reason=Reason(_reason, lambda constraint, result: _keys(result, {})),
              cache_key=lambda profile: id(profile.zoning),
              cause=Cause(_uncoded_cause, lambda result: [result.column("zoning_uncoded")]),
              rule_note=_plankrav_note),
)

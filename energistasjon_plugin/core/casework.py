# SPDX-License-Identifier: GPL-2.0-or-later
"""Check an application for an energy station against the checklist: one call from the
Processing algorithm (and the dock) to a :class:`CaseResult` per site."""
from typing import Any, Dict, List, Mapping, Optional, Sequence

import geopandas as gpd
import numpy as np

from .checklist import RuleContext, automatic_answers, merge_answers
from .checklist_model import STATION_TYPES, Answer, Application, CaseResult, Checklist
from .context import SiteContext
from .criteria import CriteriaEngine
from .decision import missing_from_application, road_to_decision
from .errors import InputError
from .fields import find_field
from .i18n import format_number, tr, use_language
from .profiles import Profile
from .progress import Progress
from .scoring import check_candidates, prepare_geometries

#: Fields that name a site, most specific first (matched as :func:`fields.find_field` does).
SITE_ID_FIELDS = ("tomt_id", "tomteid", "tomtid", "tomtenr", "tomt_nr", "site_id", "siteid")
SITE_NAME_FIELDS = ("tomtenavn", "navn", "name", "site_name")
GNR_FIELDS = ("gnr", "gardsnr", "gardsnummer", "gaardsnummer", "gårdsnummer")
BNR_FIELDS = ("bnr", "bruksnr", "bruksnummer")
FNR_FIELDS = ("fnr", "festenr", "festenummer")
SNR_FIELDS = ("snr", "seksjonsnr", "seksjonsnummer")


def _value_text(value: Any) -> str:
    """An attribute as it reads on paper: 12.0 -> '12', None/NaN/'' -> ''."""
    if value is None:
        return ""
    if isinstance(value, float):
        if value != value:  # NaN
            return ""
        if value.is_integer():
            return str(int(value))
    return str(value).strip()


def _site_parts(attributes: Mapping[str, Any]) -> List[str]:
    """The words that name a site from its own fields: ``site A``, a name, ``gnr. 12 bnr. 34``."""
    columns = list(attributes)

    def value(candidates) -> str:
        found = find_field(columns, candidates)
        return _value_text(attributes[found]) if found is not None else ""

    parts = []
    site_id = value(SITE_ID_FIELDS)
    if site_id:
        parts.append(tr("site {id}").format(id=site_id))
    name = value(SITE_NAME_FIELDS)
    if name and name != site_id:
        parts.append(name)
    gnr, bnr = value(GNR_FIELDS), value(BNR_FIELDS)
    if gnr and bnr:
        matrikkel = tr("gnr. {gnr} bnr. {bnr}").format(gnr=gnr, bnr=bnr)
        fnr, snr = value(FNR_FIELDS), value(SNR_FIELDS)
        if fnr and fnr != "0":
            matrikkel += " " + tr("fnr. {fnr}").format(fnr=fnr)
        if snr and snr != "0":
            matrikkel += " " + tr("snr. {snr}").format(snr=snr)
        parts.append(matrikkel)
    return parts


def site_label(attributes: Mapping[str, Any], layer_name: str, feature_id: Any) -> str:
    """How a case officer names a site: its id, name and cadastral numbers where the layer has them.

    ``site A, gnr. 12 bnr. 34 (kandidater)``; ``gnr. 12 bnr. 34 fnr. 2 (eiendommer)``; without
    any such field, ``kandidater, feature 47``.

    Parameters
    ----------
    attributes : mapping
        The site's fields (name -> value).
    layer_name, feature_id
        Where the site is, for the fallback and the layer in brackets.
    """
    parts = _site_parts(attributes)
    if not parts:
        return tr("{layer}, feature {fid}").format(layer=layer_name, fid=feature_id)
    return tr("{site} ({layer})").format(site=", ".join(parts), layer=layer_name)


def site_labels(sites: gpd.GeoDataFrame, layer_name: str, fallbacks: Sequence[str]) -> List[str]:
    """:func:`site_label` of every site; its fallback (the case id) where the layer has no naming fields."""
    rows = sites.drop(columns=[sites.geometry.name]).to_dict("records")
    return [tr("{site} ({layer})").format(site=", ".join(parts), layer=layer_name) if parts else str(fallback)
            for parts, fallback in ((_site_parts(row), fallback) for row, fallback in zip(rows, fallbacks))]


def site_short_name(attributes: Mapping[str, Any], feature_id: Any) -> str:
    """A site in a list people read (the run summary's best sites): its name where the layer has
    one (``Patterød næringsområde``), else its case id (``A``, ``12/34``, the feature id)."""
    found = find_field(list(attributes), SITE_NAME_FIELDS)
    name = _value_text(attributes[found]) if found is not None else ""
    return name or site_case_id(attributes, feature_id)


def site_case_id(attributes: Mapping[str, Any], feature_id: Any) -> str:
    """A case id for a site that has no case yet: its own id (``A``), else its cadastral numbers
    (``12/34``), else its feature id.  The same in every language: it is a key in the answer store."""
    columns = list(attributes)

    def value(candidates) -> str:
        found = find_field(columns, candidates)
        return _value_text(attributes[found]) if found is not None else ""

    site_id = value(SITE_ID_FIELDS)
    if site_id:
        return site_id
    gnr, bnr = value(GNR_FIELDS), value(BNR_FIELDS)
    if gnr and bnr:
        return "{}/{}".format(gnr, bnr)
    return str(feature_id)


def check_quantities(app: Application) -> None:
    """Refuse quantities no application can have, naming the parameter."""
    if app.station_type not in STATION_TYPES:
        raise InputError(tr("Unknown station type '{type}'; use hydrogen, battery or biogas.").format(
            type=app.station_type))
    named = (("hydrogen_kg", tr("hydrogen stored (kg)")), ("gas_volume_m3", tr("gas volume (m³)")),
             ("lbg_tonnes", tr("LBG stored (tonnes)")), ("cbg_tonnes", tr("CBG stored (tonnes)")),
             ("trailer_kg", tr("gas in delivery trailers parked on site (kg)")),
             ("charging_mw", tr("charging or electrolyser power (MW)")),
             ("chargers", tr("number of charging points")), ("daily_capacity", tr("daily capacity")))
    for attribute, label in named:
        value = getattr(app, attribute)
        if value is not None and value < 0:
            raise InputError(tr("The application's {what} is negative ({value}); give 0 or more, or leave it empty "
                                "if it is not stated.").format(what=label, value=format_number(value, 2)),
                             field=attribute)


def data_used(context: SiteContext, checklist: Checklist, profile: Profile) -> List[tuple]:
    """(what, edition/date) pairs for the report's 'data used' section."""
    rows = [(tr("Checklist: {title}").format(title=checklist.title), tr("edition {edition}, sha256 {hash}").format(
        edition=checklist.edition, hash=checklist.sha256[:12])),
        (tr("Station profile: {name}").format(name=profile.name), tr("sha256 {hash}").format(hash=profile.sha256[:12]))]
    for key, name in sorted(context.layer_names.items()):
        rows.append((name, context.data_dates.get(key, tr("date not stated in the data"))))
    return rows


def check_application(
    sites: gpd.GeoDataFrame,
    context: SiteContext,
    application: Application,
    checklist: Checklist,
    profile: Profile,
    case_ids: Sequence[str],
    site_labels: Optional[Sequence[str]] = None,
    person_answers: Optional[Dict[str, Dict[str, Answer]]] = None,
    phase: Optional[str] = None,
    progress: Optional[Progress] = None,
    layer_name: str = "site",
    language: Optional[str] = None,
) -> List[CaseResult]:
    """One case per site: automatic answers, a person's answers on top, the road to a decision.

    Parameters
    ----------
    sites : GeoDataFrame
        The application's site polygon(s), projected CRS.
    context : SiteContext
    application : Application
    checklist : Checklist
    profile : Profile
        The station profile of ``application.station_type`` (its limits are the checklist's limits).
    case_ids : sequence of str
        One case id per site.
    person_answers : dict, optional
        case id -> item id -> Answer saved by the officer; they replace automatic answers.
    phase : str, optional
        ``plan``, ``byggesak`` or ``drift``: items of other phases are 'not relevant'.
    """
    progress = progress or Progress()
    with use_language(language):
        check_quantities(application)
        check_candidates(sites, layer_name)
        if len(case_ids) != len(sites):
            raise InputError(tr("Give one case id per site ({n} sites).").format(n=len(sites)))
        repeated = sorted({str(c) for c in case_ids if list(case_ids).count(c) > 1})
        if repeated:
            raise InputError(tr("The case ids {ids} are given to more than one site; each report and its saved "
                                "answers belong to one case. Give each site its own case id, or merge the parts "
                                "of one site into one polygon.").format(ids=", ".join(repeated)), layer=layer_name)
        empty = np.flatnonzero((sites.geometry.isna() | sites.geometry.is_empty).to_numpy())
        if len(empty):
            raise InputError(tr("The site of case {id} in '{layer}' has no geometry; draw the site or remove the "
                                "feature.").format(id=case_ids[int(empty[0])], layer=layer_name), layer=layer_name)
        if profile.station_type != application.station_type:
            raise InputError(tr("The station profile '{profile}' is for {profile_type} stations, but the application "
                                "is for {type}; choose a matching profile.").format(
                profile=profile.id, profile_type=profile.station_type, type=application.station_type))
        # an invalid site (a bow-tie) is measured as repaired, as in the scoring; its own report says so
        invalid = (~sites.geometry.is_valid).to_numpy()
        engine = CriteriaEngine(prepare_geometries(sites, []), context, progress)
        rules = RuleContext(engine, profile, checklist, application)
        labels = list(site_labels) if site_labels is not None else [str(c) for c in case_ids]
        results = []
        for i, case_id in enumerate(case_ids):
            progress.step(i, len(case_ids))
            answers = merge_answers(automatic_answers(rules, i, phase), (person_answers or {}).get(case_id, {}))
            results.append(CaseResult(
                case_id=str(case_id), site_label=labels[i], application=application, checklist=checklist,
                answers=answers, processes=road_to_decision(application, checklist, answers, rules.grid_company(i)),
                missing=missing_from_application(application, checklist, answers),
                data_used=data_used(context, checklist, profile), notes=list(context.notes) + ([tr(
                    "The site's geometry was invalid and was repaired for the check (the input layer is "
                    "unchanged).")] if invalid[i] else [])))
        return results

# SPDX-License-Identifier: GPL-2.0-or-later
"""The checklist panel's calls into the engine: the selected site, one check of it, its report.

Plain functions without widgets, so the dock only wires buttons to them.  The rules are the
engine's (:func:`core.casework.check_application`); the report is the engine's HTML
(:func:`core.report.write_case_report`) and the algorithm's PDF export.
"""
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Dict, List, Optional, Tuple

from qgis.core import QgsFeatureRequest, QgsGeometry, QgsVectorLayer, QgsWkbTypes

from ..bridge.case_output import export_pdf, render_site_map
from ..bridge.layers import crs_for_geopandas, python_value, read_source
from ..core.casework import site_label
from ..core.checklist_model import Answer, Application, CaseResult, Checklist
from ..core.context import SiteContext
from ..core.errors import InputError
from ..core.i18n import format_number, tr
from ..core.report_files import case_file_stem
from ..core.station_types import STATION_TYPES, station_type_noun


@dataclass(frozen=True)
class CheckedSite:
    """The site of a case as it is saved with the case.

    Attributes
    ----------
    wkt : str
        The polygon (full precision).
    crs : str
        ``EPSG:25833`` (or WKT when the CRS has no authority id).
    label : str
        How the officer knows it: ``site A, gnr. 12 bnr. 34 (kandidater)``, or
        ``kandidater, feature 3`` when the layer has no id or cadastral fields.
    application : Application
        The quantities it was checked with.
    """

    wkt: str
    crs: str
    label: str
    application: Application


def _selection_problem(layer) -> Optional[str]:
    """What is wrong with the active layer's selection as a site, or None."""
    if not isinstance(layer, QgsVectorLayer):
        return tr("No vector layer is active. Make the layer with the application's site the active layer, "
                  "select the site (one polygon) and press Check selected site.")
    name, count, crs = layer.name(), layer.selectedFeatureCount(), layer.crs()
    if layer.geometryType() != QgsWkbTypes.PolygonGeometry:
        return tr("The active layer '{layer}' has {type} geometries; the site must be a polygon. Make the "
                  "layer with the site polygon active.").format(
            layer=name, type=QgsWkbTypes.geometryDisplayString(layer.geometryType()))
    if count == 0:
        return tr("No feature is selected in '{layer}'. Select the application's site (one polygon) and "
                  "press Check selected site again.").format(layer=name)
    if count > 1:
        return tr("{n} features are selected in '{layer}'. Select only the application's site (one polygon) "
                  "and press Check selected site again.").format(n=count, layer=name)
    if not crs.isValid():
        return tr("The layer '{layer}' has no coordinate reference system. Set its CRS (for example "
                  "EPSG:25833) in the layer properties.").format(layer=name)
    if crs.isGeographic():
        return tr("The layer '{layer}' is in a geographic CRS ({crs}); distances and areas need metres. "
                  "Reproject it to a projected CRS such as EPSG:25833 (ETRS89 / UTM 33N) and check "
                  "again.").format(layer=name, crs=crs.authid() or crs.description())
    return None


def selected_site(layer, application: Application) -> CheckedSite:
    """The one polygon selected in ``layer`` (the active layer) as the case's site.

    Raises
    ------
    InputError
        No vector layer, not polygons, none or several selected, no or a geographic CRS,
        no geometry: the message says what to do.
    """
    import shapely

    problem = _selection_problem(layer)
    if problem is not None:
        raise InputError(problem, layer=layer.name() if layer is not None else None)
    fid = layer.selectedFeatureIds()[0]
    # The selected feature as a feature source, read by the same adapter as every layer.
    frame = read_source(layer.materialize(QgsFeatureRequest().setFilterFids([fid])), layer.name()).frame
    geometry = frame.geometry.iloc[0] if len(frame) else None
    if geometry is None or geometry.is_empty:
        raise InputError(tr("The selected feature in '{layer}' has no geometry. Select the site polygon.").format(
            layer=layer.name()), layer=layer.name())
    feature = layer.getFeature(fid)
    attributes = dict(zip(layer.fields().names(), feature.attributes()))
    return CheckedSite(shapely.to_wkt(geometry, rounding_precision=-1),
                       crs_for_geopandas(layer.crs()) or "",
                       site_label({k: python_value(v) for k, v in attributes.items()}, layer.name(), fid), application)


@dataclass(frozen=True)
class ScoredSite:
    """A site selected in a layer made by "Score candidate sites", as the panel opens it.

    Attributes
    ----------
    station_type : str
        The station type the layer scored best for this site (``battery``).
    case_id : str
        A case id from the site's own id (``A``, ``12/34``): the officer may replace it with
        the saksnummer.
    summary : str
        One sentence: the station type, the score and rank, or why the site is excluded.
    """

    station_type: str
    case_id: str
    summary: str


def scored_prefixes(layer) -> Dict[str, str]:
    """station type -> field prefix, for each station type ``layer`` has scores for (``bat_score``...)."""
    from ..core.profiles import load_bundled_profile

    names = set(layer.fields().names()) if isinstance(layer, QgsVectorLayer) else set()
    found = {}
    for station_type in STATION_TYPES:
        prefix = load_bundled_profile(station_type).field_prefix
        if prefix + "_score" in names:
            found[station_type] = prefix
    return found


def scored_site(layer) -> ScoredSite:
    """The one site selected in the scored layer ``layer``: its best station type and its id.

    Of the station types the layer was scored for, the one with the best score where the site
    is not excluded (the first scored type when it is excluded for all).

    Raises
    ------
    InputError
        The active layer is not a scored layer, or the selection is not one polygon.
    """
    from ..core.casework import site_case_id

    prefixes = scored_prefixes(layer)
    if not prefixes:
        name = layer.name() if layer is not None else ""
        raise InputError(tr("The active layer '{layer}' has no scores: it was not made by Score candidate sites. "
                            "Make such a layer active and select one site in it.").format(layer=name)
                         if layer is not None else
                         tr("No layer is active. Make a layer made by Score candidate sites active and select "
                            "one site in it."), layer=name or None)
    problem = _selection_problem(layer)
    if problem is not None:
        raise InputError(problem, layer=layer.name())
    fid = layer.selectedFeatureIds()[0]
    feature = layer.getFeature(fid)
    values = {name: python_value(feature[name]) for name in layer.fields().names()}

    def score_of(station_type: str):
        prefix = prefixes[station_type]
        excluded = bool(values.get(prefix + "_excluded"))
        score = values.get(prefix + "_score")
        return excluded, score if isinstance(score, (int, float)) and score == score else None

    def best_key(station_type: str):
        excluded, score = score_of(station_type)
        return (not excluded, score is not None, score or 0.0, -STATION_TYPES.index(station_type))

    station_type = max(prefixes, key=best_key)
    excluded, score = score_of(station_type)
    rank = values.get(prefixes[station_type] + "_rank")
    name = station_type_noun(station_type)
    if excluded:
        summary = tr("Opened as {type}: the site is excluded for it in '{layer}'; the checklist shows why.").format(
            type=name, layer=layer.name())
    elif score is None:
        summary = tr("Opened as {type}: '{layer}' has no score for the site.").format(type=name, layer=layer.name())
    elif isinstance(rank, (int, float)) and rank == rank:
        summary = tr("Opened as {type}: score {score} of 100, number {rank} in '{layer}'.").format(
            type=name, score=format_number(score), rank=int(rank), layer=layer.name())
    else:
        summary = tr("Opened as {type}: score {score} of 100 in '{layer}'.").format(
            type=name, score=format_number(score), layer=layer.name())
    return ScoredSite(station_type, site_case_id(values, fid), summary)


def site_frame(site: CheckedSite):
    """The site as the one-row GeoDataFrame the engine checks."""
    import geopandas as gpd
    import shapely

    return gpd.GeoDataFrame({"site": [site.label]}, geometry=shapely.from_wkt([site.wkt]), crs=site.crs or None)


def check_site(
    site: CheckedSite,
    case_id: str,
    read_context: Callable[[object], SiteContext],
    phase: Optional[str] = None,
    person_answers: Optional[Dict[str, Answer]] = None,
) -> Tuple[CaseResult, SiteContext, Checklist]:
    """One engine run for the site: the bundled checklist and station profile.

    Parameters
    ----------
    read_context : callable
        The site's CRS -> the context layers as a SiteContext (the panel's layer choices).
    person_answers : dict, optional
        item id -> the officer's answer; None gives the automatic answers alone.

    Raises
    ------
    EnergistasjonError
        From the engine: quantities, context layers, data files.
    """
    from ..core.casework import check_application
    from ..core.checklist import load_checklist
    from ..core.checklist_grid import application_choices
    from ..core.profiles import load_bundled_profile

    frame = site_frame(site)
    context = read_context(frame.crs)
    checklist = load_checklist()
    profile = load_bundled_profile(site.application.station_type, application_choices(site.application))
    result = check_application(frame, context, site.application, checklist, profile, [case_id],
                               site_labels=[site.label], person_answers={case_id: person_answers or {}},
                               phase=phase, layer_name=site.label)[0]
    return result, context, checklist


def write_report_files(folder: Path, case: CaseResult, site: CheckedSite, context: SiteContext) -> List[Path]:
    """The case's report as HTML and PDF in ``folder``, named by the case id; the files written.

    Raises
    ------
    InputError
        The HTML cannot be written (from :func:`core.report.write_case_report`).
    OSError
        QGIS could not write the PDF.
    """
    from ..core.report import render_case_report, write_case_report

    stem = Path(folder) / case_file_stem(case.case_id)
    # with_name, not with_suffix: a case id such as "sak.12" has a dot of its own.
    html_path, pdf_path = stem.with_name(stem.name + ".html"), stem.with_name(stem.name + ".pdf")
    png = render_site_map(bytes(QgsGeometry.fromWkt(site.wkt).asWkb()), site.crs,
                          {"kpa": context.kpa, "rp": context.rp}, context.roads)
    write_case_report(html_path, case, png)
    export_pdf(render_case_report(case, png), pdf_path)
    return [html_path, pdf_path]

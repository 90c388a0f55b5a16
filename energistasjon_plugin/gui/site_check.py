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

from ...processing.case_output import export_pdf, render_site_map
from ...processing.check_application import safe_file_name
from ..bridge.layers import crs_for_geopandas, read_source
from ..core.checklist_model import Answer, Application, CaseResult, Checklist
from ..core.context import SiteContext
from ..core.errors import InputError
from ..core.i18n import tr


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
        How the officer knows it: ``kandidater, feature 3``.
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
    return CheckedSite(shapely.to_wkt(geometry, rounding_precision=-1),
                       crs_for_geopandas(layer.crs()) or "",
                       tr("{layer}, feature {fid}").format(layer=layer.name(), fid=fid), application)


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
    from ..core.profiles import load_bundled_profile

    frame = site_frame(site)
    context = read_context(frame.crs)
    checklist = load_checklist()
    profile = load_bundled_profile(site.application.station_type)
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

    stem = Path(folder) / safe_file_name(case.case_id)
    # with_name, not with_suffix: a case id such as "sak.12" has a dot of its own.
    html_path, pdf_path = stem.with_name(stem.name + ".html"), stem.with_name(stem.name + ".pdf")
    png = render_site_map(bytes(QgsGeometry.fromWkt(site.wkt).asWkb()), site.crs,
                          {"kpa": context.kpa, "rp": context.rp}, context.roads)
    write_case_report(html_path, case, png)
    export_pdf(render_case_report(case, png), pdf_path)
    return [html_path, pdf_path]

# SPDX-License-Identifier: GPL-2.0-or-later
"""Processing algorithm "Find candidate areas": plans in, scored candidate polygons out."""
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingOutputString,
    QgsProcessingParameterCrs,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterFile,
)

from ..energistasjon_plugin.bridge import layers, outputs
from ..energistasjon_plugin.bridge.frame_output import output_from_frame
from ..energistasjon_plugin.bridge.run_progress import RunProgress
from ..energistasjon_plugin.bridge.styles import stored_styles
from ..energistasjon_plugin.core import output_fields
from ..energistasjon_plugin.core.i18n import tr
from ..energistasjon_plugin.core.station_types import STATION_TYPES, station_type_label
from .base import EnergistasjonAlgorithm
from .context_parameters import ContextParameters

PHASES = {"read": (0.0, 10.0), "find": (10.0, 90.0), "write": (90.0, 99.0)}
WORKSHOP_GROUP = "workshop"


def load_profile(station_type: str, custom_path: str = ""):
    """The bundled profile of the type, or the user's own file when it is for that type."""
    from ..energistasjon_plugin.core import profiles

    if custom_path:
        custom = profiles.load_profile(custom_path)
        if custom.station_type == station_type:
            return custom
    return profiles.load_bundled_profile(station_type)


def workshop_group() -> str:
    """The group of the workshop algorithms in the toolbox."""
    return tr("Workshop")


class FindCandidateAreasAlgorithm(ContextParameters, EnergistasjonAlgorithm):
    """Candidate areas from the zoning layers, ready to score (and scored)."""

    STATION_TYPES = "STATION_TYPES"
    CUSTOM_PROFILE = "CUSTOM_PROFILE"
    MUNICIPALITIES = "MUNICIPALITIES"
    PARCELS = "PARCELS"
    CRS = "CRS"
    OUTPUT = "OUTPUT"
    SUMMARY = "SUMMARY"
    NOTES = "NOTES"

    ICON = "score_sites.svg"

    def name(self) -> str:
        return "candidateareas"

    def displayName(self) -> str:  # noqa: N802
        return tr("Find candidate areas")

    def group(self) -> str:
        return workshop_group()

    def groupId(self) -> str:  # noqa: N802
        return WORKSHOP_GROUP

    def shortHelpString(self) -> str:  # noqa: N802
        return tr(
            "Finds candidate areas for energy stations in the plans, for a regional workshop that starts from the "
            "plans rather than from a list of parcels.\n\n"
            "From the kommuneplan and reguleringsplan land use (a reguleringsplan governs where it lies), it keeps "
            "the land use each station profile's zoning rule allows, cuts away what every chosen profile rules "
            "out (protected areas, exclusion layers such as water, hensynssoner whose code the profiles forbid, "
            "building lines where the profiles have that rule), splits the ground by municipality and by plan, "
            "keeps contiguous areas with at least a profile's minimum area and flat area (with an elevation "
            "model), and scores them as 'Score candidate sites' does.\n\n"
            "Each area says where it comes from (plan level, plan id, land-use code and name, the plan layer), "
            "its municipality, area and flat area, and which station types its zoning suits. Give a municipality "
            "layer to split the areas at municipal borders (ground outside it is left out), and a parcel layer "
            "(Matrikkelen teig) to cut them by property boundaries. Plan layers may be in different CRSs (for "
            "example EPSG:25832 and EPSG:25833); the output is in the CRS chosen, by default the first plan "
            "layer's.\n\n"
            "The log says how many plan polygons and areas each step removed, so an empty result says why."
        )

    def initAlgorithm(self, config=None):  # noqa: N802
        add = self.add_parameter
        add(QgsProcessingParameterEnum(self.STATION_TYPES, tr("Station types"),
                                       [station_type_label(t) for t in STATION_TYPES], allowMultiple=True,
                                       defaultValue=[0, 1, 2]))
        add(QgsProcessingParameterFile(self.CUSTOM_PROFILE, tr("Own station profile (YAML, optional)"),
                                       fileFilter=tr("Station profile (*.yaml *.yml)"), optional=True), True)
        self.add_context_parameters()
        add(QgsProcessingParameterFeatureSource(self.MUNICIPALITIES, tr("Municipalities (split the areas at the "
                                                                       "borders; optional)"),
                                                [QgsProcessing.TypeVectorPolygon], optional=True))
        add(QgsProcessingParameterFeatureSource(self.PARCELS, tr("Property boundaries (Matrikkelen teig; optional)"),
                                                [QgsProcessing.TypeVectorPolygon], optional=True))
        add(QgsProcessingParameterCrs(self.CRS, tr("CRS of the result (blank: the first plan layer's)"),
                                      optional=True), True)
        self.add_language_parameter(tr("Language of the explanations"))
        add(QgsProcessingParameterFeatureSink(self.OUTPUT, tr("Candidate areas"), QgsProcessing.TypeVectorPolygon))
        add(QgsProcessingParameterFeatureSink(self.SUMMARY, tr("Run summary (rules and municipalities)"),
                                              QgsProcessing.TypeVector, optional=True, createByDefault=False))
        self.addOutput(QgsProcessingOutputString(self.NOTES, tr("Notes about the run")))

    def _crs(self, parameters, context) -> str:
        chosen = self.parameterAsCrs(parameters, self.CRS, context)
        if not chosen.isValid():
            plan_layers = self.parameterAsLayerList(parameters, "ZONING_KPA", context) + \
                self.parameterAsLayerList(parameters, "ZONING_RP", context)
            chosen = plan_layers[0].crs() if plan_layers else QgsCoordinateReferenceSystem()
        if not chosen.isValid() or chosen.isGeographic():
            raise QgsProcessingException(tr(
                "Candidate areas need a projected CRS in metres: choose one under 'CRS of the result' (for example "
                "EPSG:25833), or give plan layers in a projected CRS."))
        return layers.crs_for_geopandas(chosen)

    def execute(self, parameters, context, feedback):
        from ..energistasjon_plugin.core import context_layers, run_summary
        from ..energistasjon_plugin.core.candidate_areas import (
            AREA_FIELDS,
            area_field_names,
            find_candidate_areas,
            removed_lines,
        )
        from ..energistasjon_plugin.core.progress import Progress

        language = self.language(parameters, context)
        run = RunProgress(feedback)
        custom = self.parameterAsFile(parameters, self.CUSTOM_PROFILE, context)
        profile_list = [load_profile(STATION_TYPES[i], custom)
                        for i in self.parameterAsEnums(parameters, self.STATION_TYPES, context)]
        if not profile_list:
            raise QgsProcessingException(tr("Choose at least one station type."))
        crs = self._crs(parameters, context)
        feedback.pushInfo(tr("Reading the plans and the context layers..."))
        site_context = self.read_context(parameters, context, feedback, crs)
        declared = {layer.entry_key: layer for layer in context_layers.LAYERS}
        plans = {level: self._given(parameters, context, feedback, declared[level]) for level in ("kpa", "rp")}
        extra = {}
        for key in (self.MUNICIPALITIES, self.PARCELS):
            if parameters.get(key):
                read = layers.read_parameter(self, parameters, key, context, feedback)
                extra[key] = _layer_input(read) if read is not None else None
        run.check()
        run.phase(PHASES["read"], 100)
        progress = Progress(on_progress=lambda pct: run.phase(PHASES["find"], pct), on_info=feedback.pushInfo,
                            is_canceled=feedback.isCanceled)
        result = find_candidate_areas(plans["kpa"], plans["rp"], site_context, profile_list, crs,
                                      municipalities=extra.get(self.MUNICIPALITIES), parcels=extra.get(self.PARCELS),
                                      progress=progress, language=language)
        run.check()
        for note in result.notes:
            feedback.pushWarning(note)
        for line in removed_lines(result.removed):
            feedback.pushInfo(line)
        aliases = area_field_names()
        if result.scoring is None:
            feedback.pushWarning(tr("No candidate area was found; see above what each step removed."))
            frame, columns, stations = result.areas, list(AREA_FIELDS), []
        else:
            stations = result.scoring.stations
            frame = result.scoring.frame
            columns = list(AREA_FIELDS) + output_fields.reading_order(stations)
            aliases.update(output_fields.field_aliases(stations))
            summary = run_summary.summarise(result.scoring, site_name=lambda i: str(result.areas["area_id"].iloc[i]))
            for line in run_summary.summary_lines(summary):
                feedback.pushInfo(line)
        feedback.pushInfo(tr("{n} candidate areas found.").format(n=len(frame)))
        output = output_from_frame(frame, columns, tr("Candidate areas"))
        station_types = [s.profile.station_type for s in stations]
        styles = stored_styles(station_types, language, columns, aliases)
        dest_id = outputs.write_output(self, parameters, self.OUTPUT, context, feedback, output, styles=styles,
                                       on_progress=lambda share: run.phase(PHASES["write"], 100 * share),
                                       layer_title=tr("Candidate areas"))
        results = {self.OUTPUT: dest_id, self.NOTES: "\n".join(result.notes + removed_lines(result.removed))}
        if parameters.get(self.SUMMARY) and result.scoring is not None:
            results[self.SUMMARY] = outputs.write_table(self, parameters, self.SUMMARY, context,
                                                        run_summary.summary_rows(summary))
        run.set(100)
        self.style_with_stored(dest_id, styles)
        return results


def _layer_input(read):
    from ..energistasjon_plugin.core.layer_readers import LayerInput

    return LayerInput(read.frame, read.name)

# SPDX-License-Identifier: GPL-2.0-or-later
"""Processing algorithm "Gaps along the freight corridors": roads and stations in, the stretches
without a station and the sites that close them out."""
from qgis.core import (
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingOutputString,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
    QgsWkbTypes,
)

from ..energistasjon_plugin.bridge import layers, outputs
from ..energistasjon_plugin.bridge.frame_output import output_from_frame
from ..energistasjon_plugin.bridge.run_progress import RunProgress
from ..energistasjon_plugin.core.i18n import tr
from ..energistasjon_plugin.core.station_types import STATION_TYPES, station_type_label
from .base import EnergistasjonAlgorithm
from .context_parameters import ContextParameters
from .find_candidate_areas import WORKSHOP_GROUP, load_profile, workshop_group

NETWORKS = ("core", "comprehensive")
AFIR_CHOICES = (None, True, False)
GAP_FIELDS = ["gap_id", "corridor", "part", "kind", "start_m", "end_m", "length_m", "from_station", "to_station",
              "stations_needed", "window_start_m", "window_end_m", "sites_in_gap", "sites_closing", "explain"]


class CorridorGapsAlgorithm(ContextParameters, EnergistasjonAlgorithm):
    """Where the stations of a type lie further apart along a corridor than the spacing."""

    STATION_TYPE = "STATION_TYPE"
    SPACING_KM = "SPACING_KM"
    NETWORK = "NETWORK"
    AFIR_APPLIES = "AFIR_APPLIES"
    REACH_M = "REACH_M"
    COUNT_ENDS = "COUNT_ENDS"
    SITES = "SITES"
    RANK_FIELD = "RANK_FIELD"
    OUTPUT = "OUTPUT"
    OUTPUT_SITES = "OUTPUT_SITES"
    NOTES = "NOTES"

    ICON = "score_sites.svg"

    def name(self) -> str:
        return "corridorgaps"

    def displayName(self) -> str:  # noqa: N802
        return tr("Gaps along the freight corridors")

    def group(self) -> str:
        return workshop_group()

    def groupId(self) -> str:  # noqa: N802
        return WORKSHOP_GROUP

    def shortHelpString(self) -> str:  # noqa: N802
        return tr(
            "Finds the stretches of the freight corridors where existing or planned stations of a type lie "
            "further apart than a spacing, measured along the road, and the candidate sites that would close "
            "each gap.\n\n"
            "The spacing is yours; 0 takes AFIR's (EU 2023/1804) for the station type and network: truck charging "
            "every 60 km on the TEN-T core network and 100 km on the comprehensive network, hydrogen every 200 km "
            "on the core network. Whether AFIR applies in Norway is UNCONFIRMED: say what you take it to be, and "
            "the notes say what the spacing rests on.\n\n"
            "Give the roads and stations of the whole region (and beyond its borders, to measure across them): "
            "municipal and county borders play no part. A station or site further from the corridor than the "
            "reach does not serve it. Each gap says where one new station would close it; each site in a gap says "
            "how it splits the gap and whether that closes it."
        )

    def initAlgorithm(self, config=None):  # noqa: N802
        add = self.add_parameter
        keep = ("roads", "existing")
        from ..energistasjon_plugin.core import context_layers

        self.add_context_parameters(leave_out=tuple(layer.id for layer in context_layers.LAYERS
                                                    if layer.id not in keep))
        add(QgsProcessingParameterEnum(self.STATION_TYPE, tr("Station type"),
                                       [station_type_label(t) for t in STATION_TYPES], defaultValue=1))
        add(QgsProcessingParameterNumber(self.SPACING_KM, tr("Spacing between stations (km; 0 = AFIR's)"),
                                         QgsProcessingParameterNumber.Double, 0.0, minValue=0.0))
        add(QgsProcessingParameterEnum(self.NETWORK, tr("TEN-T network of the corridors (for AFIR's spacing)"),
                                       [tr("core network"), tr("comprehensive network")], defaultValue=0))
        add(QgsProcessingParameterEnum(self.AFIR_APPLIES, tr("Does AFIR apply in Norway?"),
                                       [tr("Not known (UNCONFIRMED)"), tr("Yes"), tr("No: the region's own target")],
                                       defaultValue=0))
        add(QgsProcessingParameterNumber(self.REACH_M, tr("A station or site serves the corridor within (m)"),
                                         QgsProcessingParameterNumber.Double, 3000.0, minValue=0.0))
        ends = QgsProcessingParameterBoolean(self.COUNT_ENDS, tr("The ends of the road data count as the last station"),
                                             defaultValue=True)
        ends.setHelp(tr("On: a stretch from the last station to where the road layer stops is a gap when it is longer "
                        "than the spacing, and is said to run to 'the end of the road data'. Such a gap may only be "
                        "the edge of your data: give the roads and stations beyond the region to measure across its "
                        "borders, or turn this off to count only stretches between two stations."))
        add(ends, True)
        add(QgsProcessingParameterFeatureSource(self.SITES, tr("Candidate sites (e.g. scored; optional)"),
                                                [QgsProcessing.TypeVectorPolygon], optional=True))
        add(QgsProcessingParameterField(self.RANK_FIELD, tr("Rank field of the sites (blank: the station type's)"),
                                        parentLayerParameterName=self.SITES, optional=True), True)
        self.add_language_parameter(tr("Language of the explanations"))
        add(QgsProcessingParameterFeatureSink(self.OUTPUT, tr("Gaps"), QgsProcessing.TypeVectorLine))
        add(QgsProcessingParameterFeatureSink(self.OUTPUT_SITES, tr("Sites in the gaps"),
                                              QgsProcessing.TypeVectorPolygon, optional=True))
        self.addOutput(QgsProcessingOutputString(self.NOTES, tr("Notes about the run")))

    def execute(self, parameters, context, feedback):
        from ..energistasjon_plugin.bridge.workshop_styles import aliased, input_aliases, style_gap_sites, style_gaps
        from ..energistasjon_plugin.core.corridor_gaps import afir_spacing_m, field_aliases, find_gaps
        from ..energistasjon_plugin.core.progress import Progress

        run = RunProgress(feedback)
        station_type = STATION_TYPES[self.parameterAsEnum(parameters, self.STATION_TYPE, context)]
        profile = load_profile(station_type, "")
        roads_layer = self.parameterAsVectorLayer(parameters, "ROADS", context)
        if roads_layer is None:
            raise QgsProcessingException(tr("Give the road layer: the gaps are measured along its corridors."))
        crs = layers.crs_for_geopandas(roads_layer.crs())
        site_context = self.read_context(parameters, context, feedback, crs)
        roads = site_context.layer("roads")
        if roads is None:
            raise QgsProcessingException(tr("The road layer has no roads."))
        corridors = site_context.settings.get("corridors") or profile.value("corridors")
        spacing = self.parameterAsDouble(parameters, self.SPACING_KM, context) * 1000.0
        if spacing <= 0:
            spacing = afir_spacing_m(station_type, NETWORKS[self.parameterAsEnum(parameters, self.NETWORK, context)])
        sites = None
        rank_field = self.parameterAsString(parameters, self.RANK_FIELD, context) or None
        if parameters.get(self.SITES):
            read = layers.read_parameter(self, parameters, self.SITES, context, feedback)
            sites = read.frame if read is not None else None
            if sites is not None and rank_field is None and profile.field_prefix + "_rank" in sites.columns:
                rank_field = profile.field_prefix + "_rank"
        excluded = profile.field_prefix + "_excluded"  # a scored layer: excluded sites close no gap
        carry = [c for c in ("area_id", "tomt_id", profile.field_prefix + "_score") if sites is not None
                 and c in sites.columns]
        run.set(10)
        progress = Progress(on_progress=lambda pct: run.set(10 + 0.7 * pct), on_info=feedback.pushInfo,
                            is_canceled=feedback.isCanceled)
        result = find_gaps(roads, corridors, site_context.layer("existing"), spacing,
                           station_reach_m=self.parameterAsDouble(parameters, self.REACH_M, context),
                           sites=sites, count_ends=self.parameterAsBoolean(parameters, self.COUNT_ENDS, context),
                           station_types=[station_type] if site_context.layer("existing") is not None else None,
                           carry=carry, rank_field=rank_field,
                           excluded_field=excluded if sites is not None and excluded in sites.columns else None,
                           afir_applies=AFIR_CHOICES[self.parameterAsEnum(parameters, self.AFIR_APPLIES, context)],
                           progress=progress)
        run.check()
        words = dict(input_aliases(self.parameterAsVectorLayer(parameters, self.SITES, context)
                                   if parameters.get(self.SITES) else None))
        words.update(field_aliases())
        notes = list(site_context.notes) + list(result.notes)
        for note in notes:
            feedback.pushInfo(note)
        for text in result.gaps["explain"]:
            feedback.pushInfo(text)
        gap_output = output_from_frame(result.gaps, GAP_FIELDS, tr("Gaps"), QgsWkbTypes.MultiLineString)
        results = {self.OUTPUT: outputs.write_output(self, parameters, self.OUTPUT, context, feedback, gap_output,
                                                     layer_title=tr("Gaps: {type}").format(
                                                         type=station_type_label(station_type))),
                   self.NOTES: "\n".join(notes)}
        if parameters.get(self.OUTPUT_SITES):
            columns = [c for c in result.sites.columns if c != result.sites.geometry.name]
            frame = result.sites.copy()
            frame["site"] = frame["site"].astype(str)
            site_output = output_from_frame(frame, columns, tr("Sites in the gaps"), QgsWkbTypes.MultiPolygon)
            results[self.OUTPUT_SITES] = outputs.write_output(self, parameters, self.OUTPUT_SITES, context, feedback,
                                                              site_output, layer_title=tr("Sites in the gaps"))
            self.style_when_loaded(results[self.OUTPUT_SITES], aliased(style_gap_sites, words), "gap_sites")
        self.style_when_loaded(results[self.OUTPUT], aliased(style_gaps, words), "gaps")
        run.set(100)
        return results

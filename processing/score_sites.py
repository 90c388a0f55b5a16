# SPDX-License-Identifier: GPL-2.0-or-later
"""Processing algorithm "Score candidate sites": layers in, one engine call, a layer out."""
from pathlib import Path
from typing import List, Optional

from qgis.core import (
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingOutputString,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterFile,
    QgsProcessingUtils,
)

from ..energistasjon_plugin.core.i18n import tr
from . import adapter
from .base import EnergistasjonAlgorithm
from .context_parameters import ContextParameters

STYLE_DIR = Path(__file__).resolve().parents[1] / "resources" / "styles"
STATION_TYPES = ("hydrogen", "battery", "biogas")


def station_type_label(station_type: str) -> str:
    """Translated station type for the parameter list."""
    return {
        "hydrogen": tr("Hydrogen"),
        "battery": tr("Battery-electric truck charging"),
        "biogas": tr("Biogas (CBG/LBG)"),
    }[station_type]


class ScoreSitesAlgorithm(ContextParameters, EnergistasjonAlgorithm):
    """Score candidate sites for hydrogen, battery and biogas stations."""

    INPUT = "INPUT"
    STATION_TYPES = "STATION_TYPES"
    CUSTOM_PROFILE = "CUSTOM_PROFILE"
    OUTPUT = "OUTPUT"
    NOTES = "NOTES"

    ICON = "score_sites.svg"

    def name(self) -> str:
        return "scoresites"

    def displayName(self) -> str:  # noqa: N802
        return tr("Score candidate sites")

    def group(self) -> str:
        return tr("Site selection")

    def groupId(self) -> str:  # noqa: N802
        return "siteselection"

    def shortHelpString(self) -> str:  # noqa: N802
        return tr(
            "Scores candidate sites (parcels, plan areas or drawn polygons) for hydrogen, battery-electric truck "
            "charging and biogas stations.\n\n"
            "For each site and station type the output says whether the site is possible at all (excluded, with "
            "every rule it failed in words), each factor's raw value and 0-1 sub-score, a 0-100 score, the rank "
            "and one sentence explaining it.\n\n"
            "Rules and weights come from the station profiles (resources/profiles; load your own YAML file to "
            "change them). Context layers are optional: a criterion whose layer is left out is reported as "
            "unknown, never as zero. Layers in other CRSs are reprojected to the candidates' CRS, which must be "
            "projected (for example EPSG:25833).\n\n"
            "Grid capacity: the grid companies' published DIGIN GridCapacity JSON file, or a point layer with "
            "free capacity in MW. Traffic: NVDB Trafikkmengde (ÅDT and share of long vehicles)."
        )

    def initAlgorithm(self, config=None):  # noqa: N802
        add = self.add_parameter
        add(QgsProcessingParameterFeatureSource(self.INPUT, tr("Candidate sites (polygons)"),
                                                [QgsProcessing.TypeVectorPolygon]))
        add(QgsProcessingParameterEnum(self.STATION_TYPES, tr("Station types to score"),
                                       [station_type_label(t) for t in STATION_TYPES], allowMultiple=True,
                                       defaultValue=[0, 1, 2]))
        add(QgsProcessingParameterFile(self.CUSTOM_PROFILE, tr("Own station profile (YAML, optional)"),
                                       fileFilter=tr("Station profile (*.yaml *.yml)"), optional=True), True)
        self.add_context_parameters()
        self.add_language_parameter(tr("Language of the explanations"))
        add(QgsProcessingParameterFeatureSink(self.OUTPUT, tr("Scored sites"), QgsProcessing.TypeVectorPolygon))
        self.addOutput(QgsProcessingOutputString(self.NOTES, tr("Notes about the run")))

    def _profiles(self, parameters, context) -> List:
        from ..energistasjon_plugin.core import profiles

        wanted = [STATION_TYPES[i] for i in self.parameterAsEnums(parameters, self.STATION_TYPES, context)]
        custom_path = self.parameterAsFile(parameters, self.CUSTOM_PROFILE, context)
        custom = profiles.load_profile(custom_path) if custom_path else None
        chosen = []
        for station_type in wanted:
            if custom is not None and custom.station_type == station_type:
                chosen.append(custom)
            else:
                chosen.append(profiles.load_bundled_profile(station_type))
        if custom is not None and custom.station_type not in wanted:
            chosen.append(custom)
        if not chosen:
            raise QgsProcessingException(tr("Choose at least one station type to score."))
        return chosen

    def execute(self, parameters, context, feedback):
        from ..energistasjon_plugin.core.progress import Progress
        from ..energistasjon_plugin.core.scoring import score_sites

        language = self.language(parameters, context)
        source = self.parameterAsSource(parameters, self.INPUT, context)
        if source is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, self.INPUT))
        layer_name = adapter.layer_name(self, parameters, self.INPUT, context, source)
        feedback.pushInfo(tr("Reading the candidate sites..."))
        candidates, features = adapter.source_to_frame(source, layer_name, feedback, keep_features=True)
        if feedback.isCanceled():
            return {}
        profile_list = self._profiles(parameters, context)
        feedback.pushInfo(tr("Reading the context layers..."))
        context_layers = self.read_context(parameters, context, feedback, candidates.crs)
        if feedback.isCanceled():
            return {}
        feedback.pushInfo(tr("Scoring {n} sites for: {types}").format(
            n=len(candidates), types=", ".join(p.name for p in profile_list)))
        progress = Progress(on_progress=lambda pct: feedback.setProgress(0.9 * pct), on_info=feedback.pushInfo,
                            is_canceled=feedback.isCanceled)
        result = score_sites(candidates, context_layers, profile_list, progress, layer_name, language)
        for note in result.notes:
            feedback.pushWarning(note)
        for station in result.stations:
            feedback.pushInfo(tr("{profile}: {excluded} excluded, {ranked} ranked (profile {path}, sha256 {hash})")
                              .format(profile=station.profile.name, excluded=station.n_excluded,
                                      ranked=station.n_ranked, path=station.profile.path,
                                      hash=station.profile.sha256[:12]))
        if feedback.isCanceled():  # nothing is written after a cancel
            return {}
        new_columns = [c for s in result.stations for c in s.columns]
        fields, kept = adapter.output_fields(source.fields(), result.frame, new_columns)
        sink, dest_id = self.parameterAsSink(parameters, self.OUTPUT, context, fields, source.wkbType(),
                                             source.sourceCrs())
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.OUTPUT))
        adapter.write_features(sink, fields, kept, features, result.frame, new_columns, feedback)
        # Processing runs each execution on a fresh instance (createInstance), so this
        # hand-over to postProcessAlgorithm is per run.
        self._styled = (dest_id, result.stations[0].profile.station_type, language)
        return {self.OUTPUT: dest_id, self.NOTES: "\n".join(result.notes)}

    def postProcessAlgorithm(self, context, feedback):  # noqa: N802
        """Style the output by the first station type's score (bundled .qml, in the run's language)."""
        styled = getattr(self, "_styled", None)
        if not styled:
            return {}
        dest_id, station_type, language = styled
        layer = QgsProcessingUtils.mapLayerFromString(dest_id, context)
        style = style_path(station_type, language)
        if layer is None or not style.exists():
            return {}
        message, ok = layer.loadNamedStyle(str(style))
        if not ok:
            feedback.pushWarning(tr("The style {style} could not be applied: {error}").format(
                style=style.name, error=message))
            return {}
        layer.triggerRepaint()
        if layer.providerType() == "ogr" and layer.source().split("|")[0].lower().endswith(".gpkg"):
            # Stored in the GeoPackage as its default style, so the file opens styled anywhere.
            error = layer.saveStyleToDatabase(style.stem, tr("Energistasjon scores"), True, "")
            if error:
                feedback.pushWarning(tr("The style could not be stored in the GeoPackage: {error}").format(
                    error=error))
        return {}


def style_path(station_type: str, language: Optional[str]) -> Path:
    """The bundled style for a station type in a language (English when unknown)."""
    from ..energistasjon_plugin.core.i18n import normalise_language

    return STYLE_DIR / f"scores_{station_type}_{normalise_language(language)}.qml"

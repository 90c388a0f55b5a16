# SPDX-License-Identifier: GPL-2.0-or-later
"""Processing algorithm "Score candidate sites": layers in, one engine call, a layer out."""
from pathlib import Path
from typing import List, Optional

from qgis.core import (
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingOutputString,
    QgsProcessingParameterDefinition,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterFile,
    QgsProcessingParameterMultipleLayers,
    QgsProcessingParameterRasterLayer,
    QgsProcessingParameterString,
    QgsProcessingUtils,
    QgsSettings,
)

from ..energistasjon_plugin.core.i18n import tr
from . import adapter
from .base import EnergistasjonAlgorithm

STYLE_DIR = Path(__file__).resolve().parents[1] / "resources" / "styles"
STATION_TYPES = ("hydrogen", "battery", "biogas")
LANGUAGES = (None, "nb", "en")


def station_type_label(station_type: str) -> str:
    """Translated station type for the parameter list."""
    return {
        "hydrogen": tr("Hydrogen"),
        "battery": tr("Battery-electric truck charging"),
        "biogas": tr("Biogas (CBG/LBG)"),
    }[station_type]


class ScoreSitesAlgorithm(EnergistasjonAlgorithm):
    """Score candidate sites for hydrogen, battery and biogas stations."""

    INPUT = "INPUT"
    STATION_TYPES = "STATION_TYPES"
    CUSTOM_PROFILE = "CUSTOM_PROFILE"
    ROADS = "ROADS"
    ROAD_CATEGORY_FIELD = "ROAD_CATEGORY_FIELD"
    ROAD_NUMBER_FIELD = "ROAD_NUMBER_FIELD"
    CORRIDORS = "CORRIDORS"
    TRAFFIC = "TRAFFIC"
    AADT_FIELD = "AADT_FIELD"
    LONG_SHARE_FIELD = "LONG_SHARE_FIELD"
    GRID_CAPACITY_FILE = "GRID_CAPACITY_FILE"
    SUBSTATIONS = "SUBSTATIONS"
    AVAILABLE_FIELD = "AVAILABLE_FIELD"
    ZONING_KPA = "ZONING_KPA"
    KPA_CODE_FIELD = "KPA_CODE_FIELD"
    ZONING_RP = "ZONING_RP"
    RP_CODE_FIELD = "RP_CODE_FIELD"
    HAZARD_ZONES = "HAZARD_ZONES"
    HAZARD_CODE_FIELD = "HAZARD_CODE_FIELD"
    PROTECTED_AREAS = "PROTECTED_AREAS"
    EXCLUSION_LAYERS = "EXCLUSION_LAYERS"
    BUILDINGS = "BUILDINGS"
    BUILDING_TYPE_FIELD = "BUILDING_TYPE_FIELD"
    EXISTING_STATIONS = "EXISTING_STATIONS"
    STATION_TYPE_FIELD = "STATION_TYPE_FIELD"
    DEM = "DEM"
    LANGUAGE = "LANGUAGE"
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
        advanced = QgsProcessingParameterDefinition.FlagAdvanced
        polygon, line, point = (QgsProcessing.TypeVectorPolygon, QgsProcessing.TypeVectorLine,
                                QgsProcessing.TypeVectorPoint)

        def add(parameter, is_advanced=False):
            if is_advanced:
                parameter.setFlags(parameter.flags() | advanced)
            self.addParameter(parameter)

        add(QgsProcessingParameterFeatureSource(self.INPUT, tr("Candidate sites (polygons)"), [polygon]))
        add(QgsProcessingParameterEnum(self.STATION_TYPES, tr("Station types to score"),
                                       [station_type_label(t) for t in STATION_TYPES], allowMultiple=True,
                                       defaultValue=[0, 1, 2]))
        add(QgsProcessingParameterFile(self.CUSTOM_PROFILE, tr("Own station profile (YAML, optional)"),
                                       fileFilter=tr("Station profile (*.yaml *.yml)"), optional=True), True)
        add(QgsProcessingParameterFeatureSource(self.ROADS, tr("Roads (vegkategori, vegnummer)"), [line],
                                                optional=True))
        add(QgsProcessingParameterField(self.ROAD_CATEGORY_FIELD, tr("Road category field"),
                                        parentLayerParameterName=self.ROADS, optional=True), True)
        add(QgsProcessingParameterField(self.ROAD_NUMBER_FIELD, tr("Road number field"),
                                        parentLayerParameterName=self.ROADS, optional=True), True)
        add(QgsProcessingParameterString(self.CORRIDORS, tr("Freight corridors (blank: the profiles' lists)"),
                                         optional=True), True)
        add(QgsProcessingParameterFeatureSource(self.TRAFFIC, tr("Traffic (NVDB Trafikkmengde, ÅDT)"), [line],
                                                optional=True))
        add(QgsProcessingParameterField(self.AADT_FIELD, tr("ÅDT field"), parentLayerParameterName=self.TRAFFIC,
                                        type=QgsProcessingParameterField.Numeric, optional=True), True)
        add(QgsProcessingParameterField(self.LONG_SHARE_FIELD, tr("Share of long vehicles field (%)"),
                                        parentLayerParameterName=self.TRAFFIC, optional=True), True)
        add(QgsProcessingParameterFile(self.GRID_CAPACITY_FILE, tr("Grid capacity file (DIGIN GridCapacity JSON)"),
                                       fileFilter=tr("GridCapacity JSON (*.json *.geojson *.jsonld)"), optional=True))
        add(QgsProcessingParameterFeatureSource(self.SUBSTATIONS, tr("Substations with free capacity (layer)"),
                                                [point, polygon], optional=True), True)
        add(QgsProcessingParameterField(self.AVAILABLE_FIELD, tr("Free capacity field (MW)"),
                                        parentLayerParameterName=self.SUBSTATIONS, optional=True), True)
        add(QgsProcessingParameterMultipleLayers(self.ZONING_KPA, tr("Kommuneplan land use (KPA arealformål), "
                                                                     "one or more layers"), polygon, optional=True))
        add(QgsProcessingParameterString(self.KPA_CODE_FIELD, tr("KPA land-use code field (blank: detect)"),
                                         optional=True), True)
        add(QgsProcessingParameterMultipleLayers(self.ZONING_RP, tr("Reguleringsplan land use (RP arealformål, also "
                                                                    "pbl 1985), one or more layers"), polygon,
                                                 optional=True))
        add(QgsProcessingParameterString(self.RP_CODE_FIELD, tr("RP land-use code field (blank: detect)"),
                                         optional=True), True)
        add(QgsProcessingParameterFeatureSource(self.HAZARD_ZONES, tr("Hazard zones (hensynssoner, faresone)"),
                                                [polygon], optional=True))
        add(QgsProcessingParameterField(self.HAZARD_CODE_FIELD, tr("Hazard zone code field"),
                                        parentLayerParameterName=self.HAZARD_ZONES, optional=True), True)
        add(QgsProcessingParameterFeatureSource(self.PROTECTED_AREAS, tr("Protected areas"), [polygon],
                                                optional=True))
        add(QgsProcessingParameterMultipleLayers(self.EXCLUSION_LAYERS, tr("Other exclusion layers (water, ...)"),
                                                 QgsProcessing.TypeVectorPolygon, optional=True), True)
        add(QgsProcessingParameterFeatureSource(self.BUILDINGS, tr("Buildings (bygningstype)"), [point, polygon],
                                                optional=True))
        add(QgsProcessingParameterField(self.BUILDING_TYPE_FIELD, tr("Building type field"),
                                        parentLayerParameterName=self.BUILDINGS, optional=True), True)
        add(QgsProcessingParameterFeatureSource(self.EXISTING_STATIONS, tr("Existing stations"), [point],
                                                optional=True))
        add(QgsProcessingParameterField(self.STATION_TYPE_FIELD, tr("Station type field"),
                                        parentLayerParameterName=self.EXISTING_STATIONS, optional=True), True)
        add(QgsProcessingParameterRasterLayer(self.DEM, tr("Elevation model (DEM)"), optional=True))
        add(QgsProcessingParameterEnum(self.LANGUAGE, tr("Language of the explanations"),
                                       [tr("As QGIS"), "Norsk bokmål", "English"], defaultValue=0), True)
        add(QgsProcessingParameterFeatureSink(self.OUTPUT, tr("Scored sites"), QgsProcessing.TypeVectorPolygon))
        self.addOutput(QgsProcessingOutputString(self.NOTES, tr("Notes about the run")))

    # --- reading parameters ----------------------------------------------------------------
    def _layer(self, parameters, key, context, feedback, fields=None):
        """A context layer as the engine's LayerInput, or None when not given."""
        from ..energistasjon_plugin.core.context_builder import LayerInput

        if not parameters.get(key):
            return None
        source = self.parameterAsSource(parameters, key, context)
        if source is None:
            return None
        name = adapter.layer_name(self, parameters, key, context, source)
        frame, _ = adapter.source_to_frame(source, name, feedback)
        chosen = {purpose: (self.parameterAsString(parameters, param, context) or None)
                  for purpose, param in (fields or {}).items()}
        return LayerInput(frame, name, chosen)

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

    def _language(self, parameters, context) -> Optional[str]:
        choice = LANGUAGES[self.parameterAsEnum(parameters, self.LANGUAGE, context)]
        if choice:
            return choice
        return QgsSettings().value("locale/userLocale", "en") or "en"

    def execute(self, parameters, context, feedback):
        from ..energistasjon_plugin.core.context_builder import LayerInput, build_context
        from ..energistasjon_plugin.core.progress import Progress
        from ..energistasjon_plugin.core.readers.roads import parse_corridor_list
        from ..energistasjon_plugin.core.scoring import score_sites

        language = self._language(parameters, context)
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
        dem_layer = self.parameterAsRasterLayer(parameters, self.DEM, context)
        dem_path = None
        if dem_layer is not None:
            if dem_layer.providerType() != "gdal":
                raise QgsProcessingException(tr("The elevation model '{layer}' is not a file GDAL can read (provider "
                                                "'{provider}'). Save it as a GeoTIFF first.").format(
                    layer=dem_layer.name(), provider=dem_layer.providerType()))
            dem_path = dem_layer.source()
        def layer_list(key, fields=None):
            chosen = {purpose: (self.parameterAsString(parameters, param, context) or None)
                      for purpose, param in (fields or {}).items()}
            return [LayerInput(adapter.source_to_frame(layer.dataProvider(), layer.name(), feedback)[0],
                               layer.name(), chosen)
                    for layer in self.parameterAsLayerList(parameters, key, context)]

        corridors_text = self.parameterAsString(parameters, self.CORRIDORS, context)
        context_layers = build_context(
            candidates.crs,
            roads_layer=self._layer(parameters, self.ROADS, context, feedback,
                                    {"category": self.ROAD_CATEGORY_FIELD, "number": self.ROAD_NUMBER_FIELD}),
            traffic_layer=self._layer(parameters, self.TRAFFIC, context, feedback,
                                      {"aadt": self.AADT_FIELD, "long_share": self.LONG_SHARE_FIELD}),
            substation_layer=self._layer(parameters, self.SUBSTATIONS, context, feedback,
                                         {"available": self.AVAILABLE_FIELD}),
            grid_capacity_files=[p for p in [self.parameterAsFile(parameters, self.GRID_CAPACITY_FILE, context)] if p],
            kpa_layers=layer_list(self.ZONING_KPA, {"code": self.KPA_CODE_FIELD}),
            rp_layers=layer_list(self.ZONING_RP, {"code": self.RP_CODE_FIELD}),
            hazard_layer=self._layer(parameters, self.HAZARD_ZONES, context, feedback,
                                     {"code": self.HAZARD_CODE_FIELD}),
            protected_layer=self._layer(parameters, self.PROTECTED_AREAS, context, feedback),
            exclusion_layers=layer_list(self.EXCLUSION_LAYERS),
            building_layer=self._layer(parameters, self.BUILDINGS, context, feedback,
                                       {"type": self.BUILDING_TYPE_FIELD}),
            existing_layer=self._layer(parameters, self.EXISTING_STATIONS, context, feedback,
                                       {"type": self.STATION_TYPE_FIELD}),
            dem_path=dem_path,
            dem_name=dem_layer.name() if dem_layer is not None else "DEM",
            corridors=parse_corridor_list(corridors_text) if corridors_text else None,
        )
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
        fields = adapter.output_fields(source.fields(), result.frame, new_columns)
        sink, dest_id = self.parameterAsSink(parameters, self.OUTPUT, context, fields, source.wkbType(),
                                             source.sourceCrs())
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.OUTPUT))
        adapter.write_features(sink, fields, features, result.frame, new_columns, feedback)
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

    return STYLE_DIR / "scores_{}_{}.qml".format(station_type, normalise_language(language))

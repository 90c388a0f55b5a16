# SPDX-License-Identifier: GPL-2.0-or-later
"""The context-layer parameters that scoring and checking share, defined once: how they
appear in the dialog, and how they are read into the engine's SiteContext."""
from qgis.core import (
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingParameterDefinition,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterFile,
    QgsProcessingParameterMultipleLayers,
    QgsProcessingParameterRasterLayer,
    QgsProcessingParameterString,
)

from ..energistasjon_plugin.bridge import layers
from ..energistasjon_plugin.bridge.language import qgis_locale
from ..energistasjon_plugin.core.i18n import tr

LANGUAGES = (None, "nb", "en")


class ContextParameters:
    """Mixin for algorithms that read the context layers (roads, traffic, grid, plans, ...)."""

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

    def add_parameter(self, parameter, advanced: bool = False) -> None:
        if advanced:
            parameter.setFlags(parameter.flags() | QgsProcessingParameterDefinition.FlagAdvanced)
        self.addParameter(parameter)

    def add_context_parameters(self, traffic: bool = True, existing: bool = True) -> None:
        """The context inputs, all optional; field choices are advanced (they are detected)."""
        add = self.add_parameter
        polygon, line, point = (QgsProcessing.TypeVectorPolygon, QgsProcessing.TypeVectorLine,
                                QgsProcessing.TypeVectorPoint)
        add(QgsProcessingParameterFeatureSource(self.ROADS, tr("Roads (vegkategori, vegnummer)"), [line],
                                                optional=True))
        add(QgsProcessingParameterField(self.ROAD_CATEGORY_FIELD, tr("Road category field"),
                                        parentLayerParameterName=self.ROADS, optional=True), True)
        add(QgsProcessingParameterField(self.ROAD_NUMBER_FIELD, tr("Road number field"),
                                        parentLayerParameterName=self.ROADS, optional=True), True)
        add(QgsProcessingParameterString(self.CORRIDORS, tr("Freight corridors (blank: the profiles' lists)"),
                                         optional=True), True)
        if traffic:
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
        if existing:
            add(QgsProcessingParameterFeatureSource(self.EXISTING_STATIONS, tr("Existing stations"), [point],
                                                    optional=True))
            add(QgsProcessingParameterField(self.STATION_TYPE_FIELD, tr("Station type field"),
                                            parentLayerParameterName=self.EXISTING_STATIONS, optional=True), True)
        add(QgsProcessingParameterRasterLayer(self.DEM, tr("Elevation model (DEM)"), optional=True))

    def add_language_parameter(self, description: str) -> None:
        self.add_parameter(QgsProcessingParameterEnum(self.LANGUAGE, description,
                                                      [tr("As QGIS"), "Norsk bokmål", "English"], defaultValue=0))

    def language(self, parameters, context) -> str:
        choice = LANGUAGES[self.parameterAsEnum(parameters, self.LANGUAGE, context)]
        return choice or qgis_locale()

    def run_language(self, parameters, context) -> str:
        return self.language(parameters, context)

    # --- reading -----------------------------------------------------------------------------
    def _layer(self, parameters, key, context, feedback, fields=None):
        """A context layer as the engine's LayerInput, or None when not given."""
        from ..energistasjon_plugin.core.context_builder import LayerInput

        if not parameters.get(key) or key not in [p.name() for p in self.parameterDefinitions()]:
            return None
        read = layers.read_parameter(self, parameters, key, context, feedback)
        if read is None:
            return None
        return LayerInput(read.frame, read.name, self._chosen_fields(parameters, context, fields))

    def _chosen_fields(self, parameters, context, fields):
        return {purpose: (self.parameterAsString(parameters, param, context) or None)
                for purpose, param in (fields or {}).items()}

    def _layer_list(self, parameters, key, context, feedback, fields=None):
        from ..energistasjon_plugin.core.context_builder import LayerInput

        chosen = self._chosen_fields(parameters, context, fields)
        # The layer, not its provider: the CRS the user set in QGIS is the one used.
        return [LayerInput(layers.read_layer(layer, feedback).frame, layer.name(), chosen)
                for layer in self.parameterAsLayerList(parameters, key, context)]

    def read_context(self, parameters, context, feedback, crs):
        """All context layers through the engine's readers, in the candidates' CRS."""
        from ..energistasjon_plugin.core.context_builder import build_context
        from ..energistasjon_plugin.core.readers.roads import parse_corridor_list

        dem_layer = self.parameterAsRasterLayer(parameters, self.DEM, context)
        dem_path = None
        if dem_layer is not None:
            if dem_layer.providerType() != "gdal":
                raise QgsProcessingException(tr("The elevation model '{layer}' is not a file GDAL can read (provider "
                                                "'{provider}'). Save it as a GeoTIFF first.").format(
                    layer=dem_layer.name(), provider=dem_layer.providerType()))
            dem_path = dem_layer.source()
        corridors_text = self.parameterAsString(parameters, self.CORRIDORS, context)
        return build_context(
            crs,
            roads_layer=self._layer(parameters, self.ROADS, context, feedback,
                                    {"category": self.ROAD_CATEGORY_FIELD, "number": self.ROAD_NUMBER_FIELD}),
            traffic_layer=self._layer(parameters, self.TRAFFIC, context, feedback,
                                      {"aadt": self.AADT_FIELD, "long_share": self.LONG_SHARE_FIELD}),
            substation_layer=self._layer(parameters, self.SUBSTATIONS, context, feedback,
                                         {"available": self.AVAILABLE_FIELD}),
            grid_capacity_files=[p for p in [self.parameterAsFile(parameters, self.GRID_CAPACITY_FILE, context)] if p],
            kpa_layers=self._layer_list(parameters, self.ZONING_KPA, context, feedback, {"code": self.KPA_CODE_FIELD}),
            rp_layers=self._layer_list(parameters, self.ZONING_RP, context, feedback, {"code": self.RP_CODE_FIELD}),
            hazard_layer=self._layer(parameters, self.HAZARD_ZONES, context, feedback,
                                     {"code": self.HAZARD_CODE_FIELD}),
            protected_layer=self._layer(parameters, self.PROTECTED_AREAS, context, feedback),
            exclusion_layers=self._layer_list(parameters, self.EXCLUSION_LAYERS, context, feedback),
            building_layer=self._layer(parameters, self.BUILDINGS, context, feedback,
                                       {"type": self.BUILDING_TYPE_FIELD}),
            existing_layer=self._layer(parameters, self.EXISTING_STATIONS, context, feedback,
                                       {"type": self.STATION_TYPE_FIELD}),
            dem_path=dem_path,
            dem_name=dem_layer.name() if dem_layer is not None else "DEM",
            corridors=parse_corridor_list(corridors_text) if corridors_text else None,
        )

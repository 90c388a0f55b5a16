# SPDX-License-Identifier: GPL-2.0-or-later
"""The context layers of the checklist panel: a collapsible section with one layer choice per
context (all optional), read into the engine's SiteContext by the engine's own builder."""
from typing import Optional

from qgis.core import QgsMapLayerProxyModel
from qgis.gui import QgsCollapsibleGroupBox, QgsFileWidget, QgsMapLayerComboBox
from qgis.PyQt.QtWidgets import QFormLayout, QWidget

from ..core.errors import InputError
from ..core.i18n import tr

#: Where the panel remembers its choices in the QGIS project (shared with the dock).
PROJECT_SCOPE = "energistasjon"
_LAYER_KEYS = ("roads", "kpa", "rp", "hazards", "protected", "buildings", "dem")


def _layer_combo(filters) -> QgsMapLayerComboBox:
    combo = QgsMapLayerComboBox()
    combo.setFilters(filters)
    combo.setAllowEmptyLayer(True)
    combo.setLayer(None)  # nothing chosen until the officer chooses
    return combo


class ContextLayersBox(QgsCollapsibleGroupBox):
    """Roads, KPA, RP, hazard zones, protected areas, buildings, grid capacity, DEM.

    Attributes
    ----------
    roads, kpa, rp, hazards, protected, buildings, dem : QgsMapLayerComboBox
    grid_file : QgsFileWidget
        A DIGIN GridCapacity JSON file.
    """

    def __init__(self, parent: Optional[QWidget] = None) -> None:
        super().__init__(tr("Context layers..."), parent)
        polygon = QgsMapLayerProxyModel.PolygonLayer
        self.roads = _layer_combo(QgsMapLayerProxyModel.LineLayer)
        self.kpa = _layer_combo(polygon)
        self.rp = _layer_combo(polygon)
        self.hazards = _layer_combo(polygon)
        self.protected = _layer_combo(polygon)
        self.buildings = _layer_combo(QgsMapLayerProxyModel.PointLayer | polygon)
        self.grid_file = QgsFileWidget()
        self.grid_file.setFilter(tr("GridCapacity JSON (*.json *.geojson *.jsonld)"))
        self.dem = _layer_combo(QgsMapLayerProxyModel.RasterLayer)
        form = QFormLayout(self)
        form.setRowWrapPolicy(QFormLayout.WrapLongRows)
        form.addRow(tr("Roads (vegkategori, vegnummer)"), self.roads)
        form.addRow(tr("Kommuneplan land use (KPA)"), self.kpa)
        form.addRow(tr("Reguleringsplan land use (RP)"), self.rp)
        form.addRow(tr("Hazard zones (hensynssoner, faresone)"), self.hazards)
        form.addRow(tr("Protected areas"), self.protected)
        form.addRow(tr("Buildings (bygningstype)"), self.buildings)
        form.addRow(tr("Grid capacity file (DIGIN GridCapacity JSON)"), self.grid_file)
        form.addRow(tr("Elevation model (DEM)"), self.dem)
        self.setCollapsed(True)

    def remember(self, project) -> None:
        """Keep the choices in ``project``, so a reopened case is checked with the same data."""
        for key in _LAYER_KEYS:
            layer = getattr(self, key).currentLayer()
            project.writeEntry(PROJECT_SCOPE, "context/" + key, layer.id() if layer is not None else "")
        project.writeEntry(PROJECT_SCOPE, "context/grid_file", self.grid_file.filePath())

    def recall(self, project) -> None:
        """Show the choices kept in ``project`` (none for a new project)."""
        for key in _LAYER_KEYS:
            layer_id, _ok = project.readEntry(PROJECT_SCOPE, "context/" + key, "")
            getattr(self, key).setLayer(project.mapLayer(layer_id) if layer_id else None)
        self.grid_file.setFilePath(project.readEntry(PROJECT_SCOPE, "context/grid_file", "")[0])

    def read_context(self, crs):
        """The chosen layers as the engine's SiteContext, in ``crs`` (the site's CRS).

        Raises
        ------
        InputError, DataFileError
            From the engine's readers (a field not found, a grid file that cannot be read),
            or a DEM that is not a file GDAL can read.
        """
        from ..bridge.layers import read_layer
        from ..core.context_builder import LayerInput, build_context

        def layer_input(combo: QgsMapLayerComboBox) -> Optional[LayerInput]:
            layer = combo.currentLayer()
            if layer is None:
                return None
            # A vector layer is a feature source (its edit buffer and filter included).
            return LayerInput(read_layer(layer).frame, layer.name())

        def layer_list(combo: QgsMapLayerComboBox):
            found = layer_input(combo)
            return [found] if found is not None else []

        dem_layer = self.dem.currentLayer()
        if dem_layer is not None and dem_layer.providerType() != "gdal":
            raise InputError(tr("The elevation model '{layer}' is not a file GDAL can read (provider "
                                "'{provider}'). Save it as a GeoTIFF first.").format(
                layer=dem_layer.name(), provider=dem_layer.providerType()), layer=dem_layer.name())
        grid_path = self.grid_file.filePath().strip()
        return build_context(
            crs,
            roads_layer=layer_input(self.roads),
            grid_capacity_files=[grid_path] if grid_path else [],
            kpa_layers=layer_list(self.kpa),
            rp_layers=layer_list(self.rp),
            hazard_layer=layer_input(self.hazards),
            protected_layer=layer_input(self.protected),
            building_layer=layer_input(self.buildings),
            dem_path=dem_layer.source() if dem_layer is not None else None,
            dem_name=dem_layer.name() if dem_layer is not None else "DEM",
        )

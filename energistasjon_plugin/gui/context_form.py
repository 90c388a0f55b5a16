# SPDX-License-Identifier: GPL-2.0-or-later
"""The context layers of the checklist panel: a collapsible section with one choice per context
layer the engine declares for the panel (:data:`core.context_layers.LAYERS` with a
``panel_label``; all optional), read into the engine's SiteContext by the engine's own builder.

The choices are filled in from the project: a layer whose fields (or name) show its role, as its
declaration's ``recognised`` says, is chosen for it (roads with ``vegkategori``, plans with
``arealformål``, hazard zones with ``fare`` or ``hensynSonenavn``, buildings with
``bygningstype``, a one-band elevation raster), with the reason in its tooltip.  What the
officer picks is remembered in the project at once, and a choice kept in the project (also
"none") is never replaced by a guess.
"""
import re
from typing import Dict, List, Optional, Sequence, Tuple

from qgis.core import QgsMapLayerProxyModel, QgsRasterLayer, QgsVectorLayer, QgsWkbTypes
from qgis.gui import QgsCollapsibleGroupBox, QgsFileWidget, QgsMapLayerComboBox
from qgis.PyQt.QtWidgets import QComboBox, QFormLayout, QWidget

from ..core import context_layers
from ..core.context_layers import ContextLayer
from ..core.fields import find_field, normalise_field_name
from ..core.i18n import tr

#: Where the panel remembers its choices in the QGIS project (shared with the dock).
PROJECT_SCOPE = "energistasjon"
_GEOMETRIES = {
    context_layers.LINE: ((QgsWkbTypes.LineGeometry,), QgsMapLayerProxyModel.LineLayer),
    context_layers.POLYGON: ((QgsWkbTypes.PolygonGeometry,), QgsMapLayerProxyModel.PolygonLayer),
    context_layers.POINT: ((QgsWkbTypes.PointGeometry,), QgsMapLayerProxyModel.PointLayer),
    context_layers.POINT_OR_POLYGON: ((QgsWkbTypes.PointGeometry, QgsWkbTypes.PolygonGeometry),
                                      QgsMapLayerProxyModel.PointLayer | QgsMapLayerProxyModel.PolygonLayer),
    context_layers.RASTER: ((), QgsMapLayerProxyModel.RasterLayer),
}


def panel_layers() -> List[ContextLayer]:
    """The context layers the panel offers, in the engine's order."""
    return [layer for layer in context_layers.LAYERS if layer.panel_label is not None]


def _layer_keys() -> Tuple[str, ...]:
    """The panel's layer choices (a file, such as the grid capacity, is not one)."""
    return tuple(layer.id for layer in panel_layers() if layer.geometry != context_layers.FILE)


_CAMEL = re.compile(r"([a-zæøå])([A-ZÆØÅ])")
_SEPARATORS = re.compile(r"[\s_\-.,:;()/|]+")


def _words(text: str) -> List[str]:
    """The words of a layer or field name (``kpArealformål`` -> ``kp``, ``arealformal``), folded as
    the engine compares names."""
    parts = _SEPARATORS.split(_CAMEL.sub(r"\1 \2", str(text)))
    return [w for w in (normalise_field_name(p) for p in parts) if w]


def _word_fits(word: str, role_words: Sequence[str]) -> bool:
    """``veger`` fits ``veg``; short words (``kp``, ``rp``, ``dem``) only as they are."""
    return any(word == w or (len(w) > 3 and word.startswith(w)) or (w in ("veg", "vei") and word.startswith(w))
               for w in role_words)


def role_match(declared: ContextLayer, layer) -> Optional[Tuple[int, str]]:
    """How well the project's ``layer`` fits the ``declared`` context layer (higher is better)
    and why, in words; None when it does not fit."""
    seen = declared.recognised
    if seen is None or declared.geometry not in _GEOMETRIES:
        return None
    geometries = _GEOMETRIES[declared.geometry][0]
    names = _words(layer.name())
    if not geometries:  # the elevation model: a one-band raster GDAL can read
        if not isinstance(layer, QgsRasterLayer) or layer.providerType() != "gdal" or layer.bandCount() != 1:
            return None
        if any(_word_fits(w, seen.words) for w in names):
            return 3, tr("a one-band raster named like an elevation model")
        return 1, tr("the only kind of layer an elevation model can be (a one-band raster)")
    if not isinstance(layer, QgsVectorLayer) or layer.geometryType() not in geometries:
        return None
    fields = context_layers.recognised_fields(declared)
    field = find_field(layer.fields().names(), fields) if fields else None
    in_name = any(_word_fits(w, seen.words) for w in names)
    in_field = field is not None and any(_word_fits(w, seen.words) for w in _words(field))  # kpArealformål
    word = in_name or in_field
    if (seen.needs_field and field is None) or (seen.needs_word and not word) or (field is None and not word):
        return None
    # the layer's own name counts most: "veger" beats a traffic layer that also has vegkategori
    score = (2 if field else 0) + (2 if in_name else 0) + (1 if in_field else 0)
    if field:
        return score, tr("the layer has the field '{field}'").format(field=field)
    return score, tr("the layer's name says so")


def detect_layers(layers: Sequence, declared: Optional[Sequence[ContextLayer]] = None
                  ) -> Dict[str, Tuple[object, str]]:
    """The best of the project's ``layers`` (in the layers panel's order) for each declared context
    layer, by id, with the reason.  A layer is chosen once; of two equally good, the first."""
    found: Dict[str, Tuple[object, str]] = {}
    used = set()
    for wanted in declared if declared is not None else panel_layers():
        best = None
        for order, layer in enumerate(layers):
            if layer.id() in used:
                continue
            match = role_match(wanted, layer)
            if match is not None and (best is None or (match[0], -order) > (best[0], -best[1])):
                best = (match[0], order, layer, match[1])
        if best is not None:
            found[wanted.id] = (best[2], best[3])
            used.add(best[2].id())
    return found


def _layer_combo(filters) -> QgsMapLayerComboBox:
    combo = QgsMapLayerComboBox()
    combo.setFilters(filters)
    combo.setAllowEmptyLayer(True)
    combo.setLayer(None)  # nothing chosen until the officer chooses
    # a narrow panel: the combo may be narrower than its longest layer name
    combo.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(8)
    combo.setMinimumWidth(80)
    return combo


class ContextLayersBox(QgsCollapsibleGroupBox):
    """One choice per context layer the engine declares for the panel: roads, KPA, RP, hazard zones,
    protected areas, buildings, grid capacity, DEM.

    Attributes
    ----------
    roads, kpa, rp, hazards, protected, buildings, dem : QgsMapLayerComboBox
        By the declared layer's id.
    grid_file : QgsFileWidget
        DIGIN GridCapacity JSON files (one per grid company).
    """

    def __init__(self, parent: Optional[QWidget] = None) -> None:
        super().__init__(tr("Context layers"), parent)
        form = QFormLayout(self)
        form.setRowWrapPolicy(QFormLayout.WrapLongRows)
        self._declared = {layer.id: layer for layer in panel_layers()}
        for layer in self._declared.values():
            if layer.geometry == context_layers.FILE:
                widget = QgsFileWidget()
                if layer.multiple:  # one grid file per grid company
                    widget.setStorageMode(QgsFileWidget.GetMultipleFiles)
                if layer.file_filter is not None:
                    widget.setFilter(layer.file_filter())
            else:
                widget = _layer_combo(_GEOMETRIES[layer.geometry][1])
            setattr(self, layer.id, widget)
            form.addRow(layer.panel_label(), widget)
        self.setCollapsed(True)
        self._quiet = False  # filling the choices in: not the officer's choice, nothing to remember
        self._project = None
        for key in _layer_keys():
            combo = getattr(self, key)
            combo.layerChanged.connect(lambda _layer: self._show_count())
            # activated: the officer's own pick (not a layer leaving the project, not a guess)
            combo.activated.connect(lambda _index, key=key: self._chosen(key))
        self.grid_file.fileChanged.connect(lambda _path: self._chosen("grid_file"))
        self._show_count()

    def combos(self) -> Dict[str, QgsMapLayerComboBox]:
        return {key: getattr(self, key) for key in _layer_keys()}

    def remember(self, project) -> None:
        """Keep the choices in ``project``, so a reopened case is checked with the same data."""
        for key in _layer_keys():
            self._write(project, key)
        project.writeEntry(PROJECT_SCOPE, "context/grid_file", self.grid_file.filePath())

    def _write(self, project, key: str) -> None:
        layer = getattr(self, key).currentLayer()
        project.writeEntry(PROJECT_SCOPE, "context/" + key, layer.id() if layer is not None else "")

    def _chosen(self, key: str) -> None:
        """The officer changed a choice: remember it in the project at once."""
        self._show_count()
        if self._quiet or self._project is None:
            return
        if key == "grid_file":
            self._project.writeEntry(PROJECT_SCOPE, "context/grid_file", self.grid_file.filePath())
        else:
            getattr(self, key).setToolTip("")  # the officer's choice now, not the panel's guess
            self._write(self._project, key)

    def recall(self, project) -> None:
        """Show the choices kept in ``project``; where it keeps none, the layers that fit from its layers."""
        self._project = project
        self._quiet = True
        try:
            for key in _layer_keys():
                layer_id, _ok = project.readEntry(PROJECT_SCOPE, "context/" + key, "")
                combo = getattr(self, key)
                combo.setLayer(project.mapLayer(layer_id) if layer_id else None)
                combo.setToolTip("")
            self.grid_file.setFilePath(project.readEntry(PROJECT_SCOPE, "context/grid_file", "")[0])
        finally:
            self._quiet = False
        self.fill_from_project(project)

    def fill_from_project(self, project, *_args) -> List[str]:
        """Choose, for every context the project keeps no choice for, the project's layer that fits it.

        Returns the keys filled in.  Called when the panel opens, when a project is read and
        when layers are added.
        """
        self._project = project
        open_keys = [key for key in _layer_keys()
                     if getattr(self, key).currentLayer() is None and not self._kept(project, key)]
        if not open_keys:
            return []
        # the layers in the order of the layers panel, then any not in it yet (layersAdded comes first)
        ordered = [node.layer() for node in project.layerTreeRoot().findLayers() if node.layer() is not None]
        ordered += [layer for layer in project.mapLayers().values() if layer not in ordered]
        taken = {getattr(self, key).currentLayer().id() for key in _layer_keys()
                 if getattr(self, key).currentLayer() is not None}
        candidates = [layer for layer in ordered if layer.id() not in taken]
        found = detect_layers(candidates, [self._declared[key] for key in open_keys])
        self._quiet = True
        try:
            for key, (layer, why) in found.items():
                combo = getattr(self, key)
                combo.setLayer(layer)
                combo.setToolTip(tr("Chosen from the project: {why}. Choose another layer, or none, if it is "
                                    "not the right one.").format(why=why))
        finally:
            self._quiet = False
        self._show_count()
        return list(found)

    @staticmethod
    def _kept(project, key: str) -> bool:
        """The project keeps a choice for ``key`` (a layer, or none on purpose)."""
        return project.readEntry(PROJECT_SCOPE, "context/" + key, "")[1]

    def chosen_count(self) -> Tuple[int, int]:
        chosen = sum(1 for key in _layer_keys() if getattr(self, key).currentLayer() is not None)
        return chosen + (1 if self.grid_file.filePath().strip() else 0), len(self._declared)

    def _show_count(self) -> None:
        chosen, total = self.chosen_count()
        self.setTitle(tr("Context layers ({n} of {total} chosen)").format(n=chosen, total=total))

    def read_context(self, crs):
        """The chosen layers as the engine's SiteContext, in ``crs`` (the site's CRS).

        Raises
        ------
        InputError, DataFileError
            From the engine's readers (a field not found, a grid file that cannot be read),
            or a DEM that is not a file GDAL can read.
        """
        from ..bridge.layers import raster_input, read_layer
        from ..core.context_builder import LayerInput, build_context

        given = {}
        for key, declared in self._declared.items():
            widget = getattr(self, key)
            if declared.geometry == context_layers.FILE:
                path = widget.filePath().strip()
                value = [p for p in QgsFileWidget.splitFilePaths(path) if p] if path else []
            elif declared.geometry == context_layers.RASTER:
                layer = widget.currentLayer()  # the file GDAL opens, as the algorithms read it
                value = raster_input(layer) if layer is not None else None
            else:
                layer = widget.currentLayer()
                # A vector layer is a feature source (its edit buffer and filter included).
                found = LayerInput(read_layer(layer).frame, layer.name()) if layer is not None else None
                value = ([found] if found is not None else []) if declared.multiple else found
            given[declared.keyword] = value
        return build_context(crs, **given)

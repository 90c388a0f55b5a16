# SPDX-License-Identifier: GPL-2.0-or-later
"""Live re-ranking of a scored layer open in QGIS: its sub-scores in, the new scores and ranks
into the layer's edit buffer.

Why the edit buffer (and not a virtual or expression field): a rank depends on every site at
once, which an expression evaluates feature by feature (an aggregate per feature: quadratic in
the number of sites); the re-ranking is the engine's one implementation (:mod:`..core.reranking`,
equal to a full rescoring); and the edit buffer leaves the file as it is until the room saves the
edits (Layer > Save Layer Edits) or discards them (Roll Back), with each change of weights one
undoable step.  The map's style (graduated by score) and the attribute table follow at once.
"""
from typing import Dict, List, Optional

import numpy as np
import pandas as pd
from qgis.core import QgsFeatureRequest, QgsField, QgsVectorLayer
from qgis.PyQt.QtCore import QVariant

from ..core.i18n import tr
from ..core.profiles import Profile
from ..core.reranking import excluded_field, rerank, subscore_fields
from ..core.weight_sets import WeightSet, weights_field
from .layers import python_value

#: Fields read besides the sub-scores: how a site is named in the list.
NAME_FIELDS = ("area_id", "tomt_id", "site_id", "gnr", "bnr")


def profiles_in_layer(layer: QgsVectorLayer, profiles: List[Profile]) -> List[Profile]:
    """The profiles whose sub-score fields the layer has."""
    names = {f.name().casefold() for f in layer.fields()}
    return [p for p in profiles if all(f.casefold() in names for f in subscore_fields(p) + [excluded_field(p)])]


def _field(layer: QgsVectorLayer, name: str) -> Optional[str]:
    wanted = name.casefold()
    return next((f.name() for f in layer.fields() if f.name().casefold() == wanted), None)


def layer_table(layer: QgsVectorLayer, profile: Profile) -> pd.DataFrame:
    """The fields re-ranking reads, one row per feature, indexed by feature id (no geometry)."""
    p = profile.field_prefix
    wanted = subscore_fields(profile) + [excluded_field(profile), p + "_rank", p + "_score"] + list(NAME_FIELDS)
    present = [n for n in (_field(layer, w) for w in wanted) if n is not None]
    request = QgsFeatureRequest().setFlags(QgsFeatureRequest.NoGeometry).setSubsetOfAttributes(
        present, layer.fields())
    ids, rows = [], []
    for feature in layer.getFeatures(request):  # attributes only: fast even for many sites
        ids.append(feature.id())
        rows.append([python_value(feature[n]) for n in present])
    return pd.DataFrame(rows, columns=present, index=pd.Index(ids, name="fid"))


def rank_table(table: pd.DataFrame, profile: Profile, weight_set: WeightSet, name: str) -> pd.DataFrame:
    """Score, known share, rank and rank change under ``weight_set`` (the engine's re-ranking)."""
    return rerank(table, profile, weight_set, name)


def apply_to_layer(layer: QgsVectorLayer, ranked: pd.DataFrame, profile: Profile, label: str) -> int:
    """Write the new score, known share, rank and weight-set name into the layer's edit buffer.

    One edit command (one undo step) per call; only values that change are written.  Starts
    editing when the layer is not being edited.  Returns the number of features changed.

    Raises
    ------
    RuntimeError
        The layer cannot be edited (its provider does not allow it).
    """
    p = profile.field_prefix
    if not layer.isEditable() and not layer.startEditing():
        raise RuntimeError(tr("The layer '{layer}' cannot be edited, so its scores cannot follow the weights. "
                              "Save it as a GeoPackage and open that.").format(layer=layer.name()))
    layer.beginEditCommand(tr("Weights: {label}").format(label=label))
    try:
        if _field(layer, weights_field(profile)) is None:
            layer.addAttribute(QgsField(weights_field(profile), QVariant.String))
        columns = {p + "_score": "score", p + "_known": "known", p + "_rank": "rank", weights_field(profile): "text"}
        index: Dict[str, int] = {}
        for name in columns:
            found = _field(layer, name)
            if found is not None:
                index[name] = layer.fields().indexOf(found)
        current = layer_values(layer, list(index))
        changed = 0
        ids = ranked.index.to_numpy()
        for name, field_index in index.items():
            new = ranked[name].to_numpy(dtype=object)
            old = current[name].reindex(ids).to_numpy(dtype=object)
            differ = [i for i in range(len(ids)) if not _same(old[i], new[i])]
            for i in differ:  # only the features whose value moves
                value = new[i]
                value = None if value is None or (isinstance(value, float) and np.isnan(value)) else (
                    int(value) if name.endswith("_rank") else value)
                layer.changeAttributeValue(int(ids[i]), field_index, value)
            changed = max(changed, len(differ))
        layer.endEditCommand()
    except Exception:
        layer.destroyEditCommand()
        raise
    layer.triggerRepaint()
    return changed


def layer_values(layer: QgsVectorLayer, names: List[str]) -> pd.DataFrame:
    """The current (edit buffer) values of some fields, indexed by feature id."""
    request = QgsFeatureRequest().setFlags(QgsFeatureRequest.NoGeometry).setSubsetOfAttributes(names, layer.fields())
    ids, rows = [], []
    for feature in layer.getFeatures(request):
        ids.append(feature.id())
        rows.append([python_value(feature[n]) for n in names])
    return pd.DataFrame(rows, columns=names, index=pd.Index(ids, name="fid"))


def _same(old, new) -> bool:
    missing_old = old is None or (isinstance(old, float) and np.isnan(old))
    missing_new = new is None or (isinstance(new, float) and np.isnan(new))
    if missing_old or missing_new:
        return missing_old and missing_new
    if isinstance(new, (float, np.floating)) and isinstance(old, (int, float, np.number)):
        return abs(float(old) - float(new)) < 1e-9
    return old == new

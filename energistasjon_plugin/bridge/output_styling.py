# SPDX-License-Identifier: GPL-2.0-or-later
"""An algorithm's output styled the way the user gets it: when Processing loads it into the
project (the dialog, the modeler's final outputs, ``processing.runAndLoadResults``), and for a
memory output that ``processing.run`` hands back.

Processing loads a result layer without the default style stored in its GeoPackage, so the
styles have to be applied to the loaded layer; files opened later by hand (Browser, Add Layer)
get the stored default style from QGIS itself.
"""
from collections import deque
from typing import Callable

from qgis.core import QgsProcessingLayerPostProcessorInterface, QgsProcessingUtils

from ..core.i18n import tr


class StyleOnLoad(QgsProcessingLayerPostProcessorInterface):
    """Styles the output layer once Processing has loaded it."""

    # Processing holds only a C++ pointer to a post-processor: the Python object must outlive the
    # run.  The last few are kept (a batch run loads its outputs after all runs).
    _alive: deque = deque(maxlen=256)

    def __init__(self, apply: Callable, name: str):
        super().__init__()
        self.apply, self.name = apply, name
        StyleOnLoad._alive.append(self)

    def postProcessLayer(self, layer, context, feedback):  # noqa: N802
        _styled(layer, self.apply, self.name, feedback)


def _styled(layer, apply: Callable, name: str, feedback) -> None:
    try:
        apply(layer)
    except OSError as error:
        if feedback is not None:
            feedback.pushWarning(tr("The style {style} could not be applied: {error}").format(
                style=name, error=str(error)))
        return
    layer.triggerRepaint()


def style_on_load(dest_id: str, apply: Callable, name: str, context, feedback) -> None:
    """Style the output ``dest_id`` with ``apply(layer)`` (which may raise OSError).

    Call from ``postProcessAlgorithm`` (the main thread).  An output that will be loaded is
    styled as it is loaded; a layer already in the context (a memory output) at once; a file
    that nobody loads is left alone (its stored styles are there for whoever opens it).
    """
    if not dest_id:
        return
    if context.willLoadLayerOnCompletion(dest_id):
        context.layerToLoadOnCompletionDetails(dest_id).setPostProcessor(StyleOnLoad(apply, name))
        return
    layer = QgsProcessingUtils.mapLayerFromString(dest_id, context, False)  # never loads a file
    if layer is not None:
        _styled(layer, apply, name, feedback)


# SPDX-License-Identifier: GPL-2.0-or-later
"""An algorithm's output styled the way the user gets it: when Processing loads it into the
project (the dialog, the modeler's final outputs, ``processing.runAndLoadResults``), and for a
memory output that ``processing.run`` hands back.

Processing loads a result layer without the default style stored in its GeoPackage, so the
styles have to be applied to the loaded layer; files opened later by hand (Browser, Add Layer)
get the stored default style from QGIS itself.
"""
from collections import deque
from typing import Sequence

from qgis.core import QgsProcessingLayerPostProcessorInterface, QgsProcessingUtils

from ..core.i18n import tr
from .gpkg_layers import Style
from .styles import use_styles


class StyleOnLoad(QgsProcessingLayerPostProcessorInterface):
    """Applies the styles to the output layer once Processing has loaded it."""

    # Processing holds only a C++ pointer to a post-processor: the Python object must outlive the
    # run.  The last few are kept (a batch run loads its outputs after all runs).
    _alive: deque = deque(maxlen=256)

    def __init__(self, styles: Sequence[Style]):
        super().__init__()
        self.styles = list(styles)
        StyleOnLoad._alive.append(self)

    def postProcessLayer(self, layer, context, feedback):  # noqa: N802
        _styled(layer, self.styles, feedback)


def _styled(layer, styles: Sequence[Style], feedback) -> None:
    try:
        use_styles(layer, styles)
    except OSError as error:
        if feedback is not None:
            feedback.pushWarning(tr("The style {style} could not be applied: {error}").format(
                style=styles[0].name, error=str(error)))
        return
    layer.triggerRepaint()


def style_output(dest_id: str, styles: Sequence[Style], context, feedback) -> None:
    """Style the output ``dest_id`` with ``styles`` (the first applied, all in its style menu).

    Call from ``postProcessAlgorithm`` (the main thread).  An output that will be loaded is
    styled as it is loaded; a layer already in the context (a memory output) at once; a file
    that nobody loads is left alone (its stored styles are there for whoever opens it).
    """
    if not styles or not dest_id:
        return
    if context.willLoadLayerOnCompletion(dest_id):
        context.layerToLoadOnCompletionDetails(dest_id).setPostProcessor(StyleOnLoad(styles))
        return
    layer = QgsProcessingUtils.mapLayerFromString(dest_id, context, False)  # never loads a file
    if layer is not None:
        _styled(layer, styles, feedback)

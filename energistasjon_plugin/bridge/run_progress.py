# SPDX-License-Identifier: GPL-2.0-or-later
"""The progress bar of a whole run and the one way a cancelled run ends."""
from typing import Tuple

from qgis.core import QgsProcessingException

from ..core.i18n import tr

Span = Tuple[float, float]


def cancelled() -> QgsProcessingException:
    """The exception every phase raises on cancel (the engine's words for it)."""
    return QgsProcessingException(tr("The run was cancelled; no output was written."))


class RunProgress:
    """0 to 100 once over the whole run.

    Each phase maps its own 0-100 onto its span of the bar; the bar never goes back, even
    when a step inside a phase starts again at 0.
    """

    def __init__(self, feedback) -> None:
        self._feedback = feedback
        self._done = 0.0

    def phase(self, span: Span, percent: float) -> None:
        """Report ``percent`` (0-100) of the phase that covers ``span`` of the bar."""
        start, end = span
        self.set(start + (end - start) * max(0.0, min(100.0, float(percent))) / 100.0)

    def set(self, value: float) -> None:
        value = min(100.0, float(value))
        if value > self._done:
            self._done = value
            self._feedback.setProgress(value)

    def check(self) -> None:
        """Raise :func:`cancelled` when the user asked to stop."""
        if self._feedback.isCanceled():
            raise cancelled()

"""Progress reporting and cancellation, independent of QGIS.

The engine reports through a :class:`Progress`; the Processing adapter passes one that
forwards to ``QgsProcessingFeedback``.  Long steps call :meth:`Progress.check` between
chunks so a cancelled run stops early and writes nothing.
"""
from typing import Callable, Optional

from .errors import CanceledError
from .i18n import tr


class Progress:
    """Collects progress, messages and the cancel flag for one engine run.

    Parameters
    ----------
    on_progress : callable, optional
        Called with a percentage 0-100.
    on_info : callable, optional
        Called with a translated message for the log.
    is_canceled : callable, optional
        Returns True when the user asked to stop.
    """

    def __init__(
        self,
        on_progress: Optional[Callable[[float], None]] = None,
        on_info: Optional[Callable[[str], None]] = None,
        is_canceled: Optional[Callable[[], bool]] = None,
    ) -> None:
        self._on_progress = on_progress
        self._on_info = on_info
        self._is_canceled = is_canceled
        self.messages = []

    def set_progress(self, percent: float) -> None:
        """Report progress in percent, clamped to 0-100."""
        if self._on_progress is not None:
            self._on_progress(max(0.0, min(100.0, float(percent))))

    def info(self, message: str) -> None:
        """Log a translated message (also kept in :attr:`messages`)."""
        self.messages.append(message)
        if self._on_info is not None:
            self._on_info(message)

    def canceled(self) -> bool:
        """True when the user asked to stop."""
        return bool(self._is_canceled and self._is_canceled())

    def check(self) -> None:
        """Raise :class:`CanceledError` if the user asked to stop."""
        if self.canceled():
            raise CanceledError(tr("The run was cancelled; no output was written."))

    def span(self, start: float, end: float) -> "Progress":
        """A progress for one step that covers ``start``-``end`` % of this one.

        The step reports its own 0-100 and it lands inside the span, so nested steps never
        send the bar back (the cancel flag and the log are shared).
        """
        def forward(percent: float) -> None:
            self.set_progress(start + (end - start) * percent / 100.0)

        child = Progress(on_progress=forward, on_info=self._on_info, is_canceled=self._is_canceled)
        child.messages = self.messages
        return child

    def step(self, index: int, total: int) -> None:
        """Report step ``index`` of ``total`` (never divides by zero), then check for cancel."""
        self.set_progress(100.0 * index / total if total > 0 else 100.0)
        self.check()


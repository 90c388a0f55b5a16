# SPDX-License-Identifier: GPL-2.0-or-later
"""What every Energistasjon algorithm shares: translation, icons, the dependency check and
turning engine errors into the messages Processing shows."""
from pathlib import Path
from typing import Callable, Tuple

from qgis.core import QgsProcessingAlgorithm, QgsProcessingException
from qgis.PyQt.QtGui import QIcon

from ..energistasjon_plugin.bridge.destinations import check_outputs
from ..energistasjon_plugin.core import deps
from ..energistasjon_plugin.core.errors import EnergistasjonError
from ..energistasjon_plugin.core.i18n import current_language, use_language

ICON_DIR = Path(__file__).resolve().parents[1] / "resources" / "icons"


class EnergistasjonAlgorithm(QgsProcessingAlgorithm):
    """Base class: subclasses define parameters and ``execute`` (the one engine call)."""

    ICON = "energistasjon.svg"

    def createInstance(self):  # noqa: N802 (QGIS API)
        return type(self)()

    def icon(self) -> QIcon:
        return QIcon(str(ICON_DIR / self.ICON))

    def svgIconPath(self) -> str:  # noqa: N802
        return str(ICON_DIR / self.ICON)

    #: Words the toolbox search finds the algorithm by, in both languages whatever QGIS speaks.
    TAGS = ("energistasjon",)

    def tags(self):
        return list(self.TAGS)

    def helpUrl(self) -> str:  # noqa: N802
        """The algorithm's own help page (made from its parameters), not a QGIS manual page."""
        from ..energistasjon_plugin.bridge.help_pages import help_url

        try:
            return help_url(self)
        except OSError:  # a profile folder that cannot be written: no page rather than an error
            return ""

    def canExecute(self) -> Tuple[bool, str]:  # noqa: N802
        problems = deps.missing_requirements()
        if problems:
            return False, deps.install_instructions(problems)
        return True, ""

    def checkDependencies(self) -> None:  # noqa: N802
        """qgis_process and processing.run do not always ask canExecute(); ask here too."""
        ok, message = self.canExecute()
        if not ok:
            raise QgsProcessingException(message)

    def checkParameterValues(self, parameters, context):  # noqa: N802
        """QGIS's checks, then: no output over an input's file, none into a file being written."""
        ok, message = super().checkParameterValues(parameters, context)
        if not ok:
            return ok, message
        problem = check_outputs(self, parameters, context)
        return (False, problem) if problem else (True, "")

    def run_language(self, parameters, context):
        """The language the run speaks (messages, explanations, reports); None = QGIS's."""
        return None

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        self.checkDependencies()
        # Every message of the run in the run's language, whatever language QGIS runs in.
        with use_language(self.run_language(parameters, context)):
            problem = check_outputs(self, parameters, context)  # asked again: not every caller checks first
            if problem:
                raise QgsProcessingException(problem)
            try:
                return self.execute(parameters, context, feedback)
            except EnergistasjonError as exc:
                raise QgsProcessingException(exc.message) from exc

    def execute(self, parameters, context, feedback):
        """The algorithm's work: read parameters, one engine call, write outputs."""
        raise NotImplementedError

    def style_when_loaded(self, dest_id: str, apply: Callable, name: str) -> None:
        """Style the output ``dest_id`` with ``apply(layer)`` when QGIS loads it, in the run's
        language (Processing loads a result unstyled; see bridge/output_styling.py)."""
        language = current_language()

        def styled(layer) -> None:
            with use_language(language):
                apply(layer)

        # Processing makes a fresh instance per run (createInstance): the list is this run's.
        self._to_style = getattr(self, "_to_style", []) + [(dest_id, styled, name)]

    def style_with_stored(self, dest_id: str, styles) -> None:
        """Style a scored output when it is loaded with the styles stored with it: the first
        applied, every one in the layer's style menu."""
        if styles:
            from ..energistasjon_plugin.bridge.styles import use_styles

            self.style_when_loaded(dest_id, lambda layer: use_styles(layer, styles), styles[0].name)

    def postProcessAlgorithm(self, context, feedback):  # noqa: N802
        """The outputs styled as they are loaded (on the main thread, where QGIS calls this)."""
        from ..energistasjon_plugin.bridge.output_styling import style_on_load

        for dest_id, apply, name in getattr(self, "_to_style", []):
            style_on_load(dest_id, apply, name, context, feedback)
        return {}

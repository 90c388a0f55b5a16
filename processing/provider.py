# SPDX-License-Identifier: GPL-2.0-or-later
"""The "Energistasjon" Processing provider."""
from pathlib import Path

from qgis.core import QgsProcessingProvider
from qgis.PyQt.QtGui import QIcon

from ..energistasjon_plugin.core.i18n import tr

PROVIDER_ID = "energistasjon"
ICON_DIR = Path(__file__).resolve().parents[1] / "resources" / "icons"


class EnergistasjonProvider(QgsProcessingProvider):
    """Registers the plugin's algorithms.  They load even when geopandas is missing;
    ``canExecute`` then says what to install."""

    def loadAlgorithms(self) -> None:  # noqa: N802 (QGIS API)
        from .check_application import CheckApplicationAlgorithm
        from .corridor_gap_analysis import CorridorGapsAlgorithm
        from .find_candidate_areas import FindCandidateAreasAlgorithm
        from .import_plans import ImportPlansAlgorithm
        from .score_sites import ScoreSitesAlgorithm
        from .sensitivity_analysis import SensitivityAlgorithm
        from .short_list import ShortListAlgorithm

        for algorithm in (ScoreSitesAlgorithm(), CheckApplicationAlgorithm(), ImportPlansAlgorithm(),
                          FindCandidateAreasAlgorithm(), SensitivityAlgorithm(), CorridorGapsAlgorithm(),
                          ShortListAlgorithm()):  # the last four: group "Workshop"
            self.addAlgorithm(algorithm)

    def id(self) -> str:
        return PROVIDER_ID

    def name(self) -> str:
        return "Energistasjon"

    def longName(self) -> str:  # noqa: N802
        return tr("Energistasjon: energy stations for heavy freight transport")

    def icon(self) -> QIcon:
        return QIcon(str(ICON_DIR / "energistasjon.svg"))

    def svgIconPath(self) -> str:  # noqa: N802
        return str(ICON_DIR / "energistasjon.svg")

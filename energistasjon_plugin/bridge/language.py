# SPDX-License-Identifier: GPL-2.0-or-later
"""The language QGIS runs in: one rule, used by the plugin, the algorithms and the panels."""
from qgis.core import QgsApplication, QgsSettings


def qgis_locale() -> str:
    """The language QGIS runs in (its override setting, else the system locale)."""
    settings = QgsSettings()
    if settings.value("locale/overrideFlag", False, type=bool):
        return settings.value("locale/userLocale", "en") or "en"
    return QgsApplication.locale() or settings.value("locale/userLocale", "en") or "en"

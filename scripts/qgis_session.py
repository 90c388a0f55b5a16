# SPDX-License-Identifier: GPL-2.0-or-later
"""Headless QGIS with Processing and this plugin loaded the way QGIS loads it.

Used by the developer scripts (demo, styles).  The repository root never goes on
sys.path: its processing/ folder would shadow QGIS's own processing package.
"""
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PLUGINS = ROOT / "build" / "plugins"
QGIS_PLUGINS = "/usr/share/qgis/python/plugins"


def plugin_on_path() -> None:
    """Make ``import energistasjon`` work from build/plugins (a symlink to the repository)."""
    PLUGINS.mkdir(parents=True, exist_ok=True)
    link = PLUGINS / "energistasjon"
    if not link.exists():
        link.symlink_to(ROOT, target_is_directory=True)
    sys.path[:] = [str(PLUGINS)] + [p for p in sys.path if p not in ("", ".") and Path(p).resolve() != ROOT]
    scripts = str(Path(__file__).resolve().parent)
    if scripts in sys.path:
        sys.path.remove(scripts)
    if QGIS_PLUGINS not in sys.path:
        sys.path.append(QGIS_PLUGINS)


def start_qgis(with_plugin: bool = True):
    """Start QgsApplication and Processing; register the plugin's provider. Returns the app."""
    plugin_on_path()
    from qgis.core import QgsApplication

    QgsApplication.setPrefixPath("/usr", True)
    app = QgsApplication([], False)
    app.initQgis()
    from processing.core.Processing import Processing

    Processing.initialize()
    if with_plugin:
        import energistasjon

        plugin = energistasjon.classFactory(None)
        plugin.initProcessing()
        app._energistasjon_plugin = plugin  # keep it alive as QGIS would
    return app

"""QGIS loads the plugin through :func:`classFactory`.  Imports stay lazy so that merely
importing this package (for example to reach the engine) needs neither QGIS nor geopandas."""


def classFactory(iface):  # noqa: N802 (name fixed by QGIS)
    """Return the plugin instance QGIS asks for."""
    from .energistasjon_plugin.plugin import EnergistasjonPlugin

    return EnergistasjonPlugin(iface)

"""The Processing face of the plugin: a provider and one module per algorithm; layers cross
to the engine through the bridge (``energistasjon_plugin/bridge``).  Not to be confused with QGIS's own
``processing`` package, which is imported absolutely."""

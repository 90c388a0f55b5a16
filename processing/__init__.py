"""The Processing face of the plugin: a provider, one module per algorithm, one adapter
between QGIS layers and the engine's GeoDataFrames.  Not to be confused with QGIS's own
``processing`` package, which is imported absolutely."""

"""The Energistasjon plugin package: ``core`` (engine, no QGIS), ``gui`` (Qt widgets),
``plugin`` (the QGIS entry point)."""

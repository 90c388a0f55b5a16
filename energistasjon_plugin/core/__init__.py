"""The Energistasjon engine: scoring, constraints, checklist and readers for Norwegian
data formats.  It never imports QGIS or Qt, so it runs in plain Python, in tests, in
benchmarks and inside QGIS alike."""

# SPDX-License-Identifier: GPL-2.0-or-later
"""Qt widgets of the plugin (they may import qgis and PyQt; the engine in ``core`` may not).

``checklist_dock``
    The case officer's checklist panel: pick the site, see the automatic answers, answer
    the rest, save each answer at once in a GeoPackage, write the report.
``application_form``, ``context_form``, ``answers_table``, ``panel_parts``
    Its parts, each one widget with one job (the saved cases, the officer's name and the
    labels of a narrow panel in ``panel_parts``).
``site_check``
    The panel's calls into the engine: the selected (or scored) site, one check, its report.
"""

# SPDX-License-Identifier: GPL-2.0-or-later
"""Qt widgets of the plugin (they may import qgis and PyQt; the engine in ``core`` may not).

``checklist_dock``
    The case officer's checklist panel: pick the site, see the automatic answers, answer
    the rest, save each answer at once in a GeoPackage, write the report.
``application_form``, ``context_form``, ``answers_table``
    Its parts, each one widget with one job.
"""

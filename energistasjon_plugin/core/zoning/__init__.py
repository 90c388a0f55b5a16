# SPDX-License-Identifier: GPL-2.0-or-later
"""Plan data at sites: the zoning (arealformål) of each site and the hensynssoner near it.

- :mod:`.plan_layers` reads a plan layer's code, status and plan id fields.
- :mod:`.overlay` finds how much of each site each zoning polygon covers, with
  :mod:`.convex_clip` (the numpy clipper) and :mod:`.dominant_zoning` (one row per site).
- :mod:`.hazards` finds the hensynssoner (faresoner) on and near each site.
- :mod:`.geometry` holds the geometry helpers they share.
"""

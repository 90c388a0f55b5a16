# SPDX-License-Identifier: GPL-2.0-or-later
"""Terrain criteria from a DEM: slope and flat area per site.

- :mod:`.flat_area` computes flat area, flat share, mean slope and DEM coverage per site.
- :mod:`.dem` opens and reads the DEM.
- :mod:`.slope` computes slope (Horn, as ``gdaldem slope -p``).
- :mod:`.site_cells` rasterises the sites onto the DEM's grid.
"""

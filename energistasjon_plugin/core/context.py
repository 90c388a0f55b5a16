# SPDX-License-Identifier: GPL-2.0-or-later
"""The context layers a scoring run uses, already normalised by the readers.

Every frame is in the candidates' (projected) CRS and has the engine's column names
(see each reader).  A layer left out is ``None``: the criteria that need it answer
"unknown" and the result says which layer was missing.
"""
from dataclasses import dataclass, field
from typing import Dict, List, Optional, Sequence, Tuple

import geopandas as gpd


@dataclass
class SiteContext:
    """Normalised context layers.

    Attributes
    ----------
    roads : road_label, road_category, road_number (``readers.roads.normalise_roads``)
    traffic : aadt, long_share_pct, heavy_aadt, optionally road_label (``readers.nvdb``)
    substations : name, available_cons_mw, ... (``readers.digin``)
    kpa, rp : code, status, plan_id (``zoning.plan_layers.normalise_zoning``); ``rp`` may hold pbl-1985 codes
    hazards : hensynssone polygons as given; ``hazard_code_field`` names their code field (None: detect)
    protected : name
    exclusions : list of (layer name, polygons)
    buildings : building_type (matrikkel bygningstype code)
    existing : station_type (``hydrogen``/``battery``/``biogas``), name
    dem_path : path of a DEM raster GDAL can read
    corridors : user override of the profiles' corridor list (None: use each profile's)
    layer_names : the user's names of the layers, for messages and reports
    data_dates : per layer key, the date the data states of itself (grid capacity: capacityDate)
    notes : translated notes gathered while reading (warnings of the readers)
    """

    roads: Optional[gpd.GeoDataFrame] = None
    traffic: Optional[gpd.GeoDataFrame] = None
    substations: Optional[gpd.GeoDataFrame] = None
    kpa: Optional[gpd.GeoDataFrame] = None
    rp: Optional[gpd.GeoDataFrame] = None
    hazards: Optional[gpd.GeoDataFrame] = None
    hazard_code_field: Optional[str] = None
    protected: Optional[gpd.GeoDataFrame] = None
    exclusions: List[Tuple[str, gpd.GeoDataFrame]] = field(default_factory=list)
    buildings: Optional[gpd.GeoDataFrame] = None
    existing: Optional[gpd.GeoDataFrame] = None
    dem_path: Optional[str] = None
    corridors: Optional[Sequence[str]] = None
    layer_names: Dict[str, str] = field(default_factory=dict)
    data_dates: Dict[str, str] = field(default_factory=dict)
    notes: List[str] = field(default_factory=list)

    def has(self, layer_key: str) -> bool:
        """Whether the input a criterion needs (``CriterionInfo.layer``) was given."""
        if layer_key == "":
            return True
        if layer_key == "zoning":
            return self.kpa is not None or self.rp is not None
        if layer_key == "dem":
            return bool(self.dem_path)
        if layer_key == "exclusions":
            return bool(self.exclusions)
        return getattr(self, layer_key, None) is not None

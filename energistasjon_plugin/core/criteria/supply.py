# SPDX-License-Identifier: GPL-2.0-or-later
"""The supply criterion: distance to the nearest source of the station's own energy carrier (a
hydrogen producer for a hydrogen station, a biogas plant or LBG terminal for a biogas station),
from which the tube trailers or tankers come.  Supply matters as much as traffic for trucked-in
hydrogen and for biogas (DOMAIN.md, Review, Corridors, freight nodes, supply)."""
from typing import List, Optional

import numpy as np

from ..i18n import tr
from ..profile_model import Profile
from ..wording import distance_keys, distance_text
from .declaration import NUMBER, Cause, Criterion, Engine, Others, Phrase
from .results import CriterionResult

#: The supply mode of a hydrogen profile that makes the hydrogen on the site itself.
ON_SITE = "on_site_electrolysis"


def supply_distance_m(engine: Engine, profile: Profile) -> CriterionResult:
    """Distance to the nearest supply point of ``profile.station_type``; 0 where the profile makes
    its hydrogen on the site (``supply_mode`` on_site_electrolysis); unknown where the layer has
    no supply of that carrier (a layer of biogas plants says nothing of hydrogen)."""
    from .. import spatial

    supply = engine.context.layer("supply")
    name = np.full(engine.n, None, dtype=object)
    mode = profile.parameters.get("supply_mode")
    if mode is not None and mode.value == ON_SITE:
        return CriterionResult(np.zeros(engine.n), {"supply_name": name, "on_site": np.ones(engine.n, dtype=bool)})
    same = supply["carrier"].to_numpy(dtype=object) == profile.station_type
    if not same.any():
        layer = engine.context.layer_names.get("supply", "supply")
        return CriterionResult(np.full(engine.n, np.nan), {
            "supply_name": name, "on_site": np.zeros(engine.n, dtype=bool),
            "without_carrier": np.full(engine.n, layer, dtype=object)})
    distance, position = spatial.nearest(engine.geoms, np.asarray(supply.geometry.array, dtype=object)[same])
    names = supply["name"].astype("object").to_numpy()[same]
    found = position >= 0
    name[found] = names[position[found]]
    return CriterionResult(distance, {"supply_name": name, "on_site": np.zeros(engine.n, dtype=bool)})


def _phrase(result: CriterionResult, i: int, others: Others) -> str:
    if result.detail("on_site", i):
        return tr("hydrogen made on the site")
    name = result.detail("supply_name", i)
    if name is None or str(name).strip() == "":
        return tr("{d} to the nearest supply").format(d=distance_text(result.values[i]))
    return tr("{d} to {name} (supply)").format(d=distance_text(result.values[i]), name=str(name).strip())


def _cause(result: CriterionResult, i: int) -> Optional[str]:
    layer = result.detail("without_carrier", i)
    return tr("'{layer}' has no supply of this energy carrier").format(layer=layer) if layer else None


def _keys(result: CriterionResult, others: Others) -> List[np.ndarray]:
    return [distance_keys(result.values), result.column("supply_name"), result.column("on_site")]


CRITERIA = (
    Criterion("supply_distance_m", NUMBER, "m", "supply", supply_distance_m,
              lambda: tr("Distance to supply of the energy carrier"), decimals=0,
              cache_key=lambda profile: (profile.station_type, profile.parameters["supply_mode"].value
                                         if "supply_mode" in profile.parameters else None),
              phrase=Phrase(_phrase, _keys, order=77),
              cause=Cause(_cause, lambda result: [result.column("without_carrier")])),
)

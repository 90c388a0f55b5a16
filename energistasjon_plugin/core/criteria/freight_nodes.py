# SPDX-License-Identifier: GPL-2.0-or-later
"""The freight-node criterion: distance to the nearest freight node or rest area (a freight
terminal such as Alnabru, a port, a døgnhvileplass), where trucks stop anyway (DOMAIN.md,
Review, Corridors, freight nodes, supply)."""
from typing import List

import numpy as np

from ..i18n import tr
from ..profile_model import Profile
from ..wording import distance_keys, distance_text
from .declaration import NUMBER, Criterion, Engine, Others, Phrase
from .results import CriterionResult


def freight_node_distance_m(engine: Engine, profile: Profile) -> CriterionResult:
    from .. import spatial

    nodes = engine.context.layer("freight_nodes")
    geoms = np.asarray(nodes.geometry.array, dtype=object)
    distance, position = spatial.nearest(engine.geoms, geoms)
    distance[position < 0] = np.inf  # a layer without any node: as far as can be
    names = nodes["name"].astype("object").to_numpy()
    name = np.full(engine.n, None, dtype=object)
    found = position >= 0
    name[found] = names[position[found]]
    return CriterionResult(distance, {"node_name": name})


def _phrase(result: CriterionResult, i: int, others: Others) -> str:
    if np.isinf(result.values[i]):
        return tr("no freight node or rest area in the layer")
    name = result.detail("node_name", i)
    if name is None or str(name).strip() == "":
        return tr("{d} to the nearest freight node or rest area").format(d=distance_text(result.values[i]))
    return tr("{d} to {name} (freight node or rest area)").format(d=distance_text(result.values[i]),
                                                                 name=str(name).strip())


def _keys(result: CriterionResult, others: Others) -> List[np.ndarray]:
    return [distance_keys(result.values), result.column("node_name")]


CRITERIA = (
    Criterion("freight_node_distance_m", NUMBER, "m", "freight_nodes", freight_node_distance_m,
              lambda: tr("Distance to freight node or rest area"), decimals=0,
              phrase=Phrase(_phrase, _keys, order=75)),
)

# SPDX-License-Identifier: GPL-2.0-or-later
"""The existing-station criterion: distance to the nearest station of the same type (a gap in
the network counts more)."""
from typing import List, Optional

import numpy as np

from ..arrays import repeated
from ..i18n import tr
from ..profile_model import Profile
from ..wording import distance_keys, distance_text
from .declaration import NUMBER, Cause, Criterion, Engine, Others, Phrase
from .results import CriterionResult


def existing_station_distance_m(engine: Engine, profile: Profile) -> CriterionResult:
    from .. import spatial

    existing = engine.context.layer("existing")
    wanted = [str(t) for t in profile.value("existing_station_types")]
    types = existing["station_type"].to_numpy(dtype=object)
    if all(t is None for t in types):  # no station type could be read: unknown, not "none nearby"
        layer = engine.context.layer_names.get("existing", "existing")
        return CriterionResult(np.full(engine.n, np.nan), {"existing_name": np.full(engine.n, None, dtype=object),
                                                           "untyped_layer": repeated(layer, engine.n)})
    same = np.isin(types, wanted)
    geoms = np.asarray(existing.geometry.array, dtype=object)[same]
    distance, position = spatial.nearest(engine.geoms, geoms)
    distance[position < 0] = np.inf  # no station of this type in the layer at all
    names = existing["name"].astype("object").to_numpy()[same] if "name" in existing.columns else None
    name = np.full(engine.n, None, dtype=object)
    if names is not None and same.any():
        name[position >= 0] = names[position[position >= 0]]
    return CriterionResult(distance, {"existing_name": name})


def _phrase(result: CriterionResult, i: int, others: Others) -> str:
    if np.isinf(result.values[i]):
        return tr("no existing station of this type")
    return tr("{d} to the nearest existing station of this type").format(d=distance_text(result.values[i]))


def _keys(result: CriterionResult, others: Others) -> List[np.ndarray]:
    return [distance_keys(result.values)]


def _cause(result: CriterionResult, i: int) -> Optional[str]:
    layer = result.detail("untyped_layer", i)
    return tr("no station type could be read in '{layer}'").format(layer=layer) if layer else None


CRITERIA = (
    Criterion("existing_station_distance_m", NUMBER, "m", "existing", existing_station_distance_m,
              lambda: tr("Distance to existing station of the same type"), ("existing_station_types",), decimals=0,
              phrase=Phrase(_phrase, _keys, order=90),
              cause=Cause(_cause, lambda result: [result.column("untyped_layer")])),
)

# SPDX-License-Identifier: GPL-2.0-or-later
"""The context layers a scoring run uses, already normalised by the readers.

Every frame is in the candidates' (projected) CRS and has the engine's column names (see each
reader in :mod:`.layer_readers`).  A layer left out is ``None``: the criteria that need it
answer "unknown" and the result says which layer was missing.
"""
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Dict, List

from . import context_layers

if TYPE_CHECKING:
    from .input_log import InputFacts


@dataclass
class SiteContext:
    """Normalised context layers.

    Attributes
    ----------
    layers : dict
        By entry (a declaration's ``entry_key``, :mod:`.context_layers`): ``roads``, ``traffic``,
        ``substations``, ``kpa``, ``rp``, ``hazards``, ``protected``, ``buildings``, ``existing``
        (frames), ``exclusions`` (list of (layer name, polygons)), ``dem`` (a raster path);
        None when left out.  Each is also an attribute: ``context.roads``.
    settings : dict
        The run's own settings that replace a profile parameter of the same name
        (``corridors``); None where the profiles' apply.
    layer_names : the user's names of the layers, for messages and reports
    data_dates : per entry, the date the data states of itself (grid capacity: capacityDate)
    notes : translated notes gathered while reading (warnings of the readers)
    inputs : what was read from each input given (:class:`~.input_log.InputFacts`), for the
        run log (:func:`~.input_log.describe_inputs`) and the whole-layer causes of "unknown"
    """

    layers: Dict[str, Any] = field(default_factory=dict)
    settings: Dict[str, Any] = field(default_factory=dict)
    layer_names: Dict[str, str] = field(default_factory=dict)
    data_dates: Dict[str, str] = field(default_factory=dict)
    notes: List[str] = field(default_factory=list)
    inputs: List["InputFacts"] = field(default_factory=list)

    def layer(self, entry: str) -> Any:
        """The normalised layer of an entry, or None when it was left out."""
        return self.layers.get(entry)

    def has(self, feeds: str) -> bool:
        """Whether the input a criterion needs (its ``layer``, a declaration's ``feeds``) was given."""
        if feeds == "":
            return True
        return any(_given(self.layers.get(entry)) for entry in context_layers.entries_feeding(feeds))

    @property
    def dem_path(self) -> Any:
        return self.layers.get("dem")

    def __getattr__(self, name: str) -> Any:
        # context.roads, context.kpa ...: every declared entry is an attribute.
        if not name.startswith("_") and name in {layer.entry_key for layer in context_layers.LAYERS}:
            return self.__dict__.get("layers", {}).get(name)
        raise AttributeError(name)


def _given(value: Any) -> bool:
    if isinstance(value, (list, str)):
        return bool(value)
    return value is not None

# SPDX-License-Identifier: GPL-2.0-or-later
"""The declaration of a criterion: everything the engine, the profiles, the explanations and the
docs need to know about one criterion, in one place (see :mod:`.catalog` for the list).

A criterion is declared once, in the module of its family (``site``, ``zoning``, ``corridor``,
``grid``, ``safety``, ``existing``), next to its computation and its words::

    AREA = Criterion(
        "area_m2", NUMBER, "m2", layer="", compute=area_m2, decimals=0,
        label=lambda: tr("Area"), rule_label=lambda: tr("area"),
        phrase=Phrase(area_phrase, area_phrase_keys, order=60),
        reason=Reason(area_reason, area_reason_keys),
    )

Labels are functions so that they are translated when asked, in the language of the run.
The declarations load with the plugin (the output's field names in words need the labels and
units), before anyone has checked that shapely and geopandas are installed: a family module
imports what its computations work with inside them.
"""
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Callable, Hashable, List, Mapping, Optional, Protocol, Tuple

import numpy as np

from ..context import SiteContext
from ..profile_model import Constraint, Profile
from ..progress import Progress
from .results import CriterionResult

if TYPE_CHECKING:
    import geopandas as gpd

#: Kinds of raw value: a number in ``unit``, a category (zoning class), a flag (1.0/0.0), codes ("320, 370").
NUMBER, CATEGORY, FLAG, CODES = "number", "category", "flag", "codes"

Others = Mapping[str, CriterionResult]
#: Margin around a layer's coverage within which a site still counts as covered (m).
COVERAGE_MARGIN_M = 1000.0


class Engine(Protocol):
    """What a criterion's ``compute`` sees (the :class:`~.engine.CriteriaEngine`)."""

    sites: "gpd.GeoSeries"    # the candidate polygons
    geoms: np.ndarray         # the same as an array of shapely geometries
    context: SiteContext      # the normalised context layers
    progress: Progress        # this computation's share of the progress bar

    @property
    def n(self) -> int:
        """Number of sites."""

    def memo(self, key: Hashable, build: Callable[[], Any]) -> Any:
        """``build()``, computed once per run and shared by every criterion that asks with ``key``."""

    def covered(self, layer: str, margin: float) -> np.ndarray:
        """Whether each site lies within ``margin`` of the area the context layer ``layer`` covers."""

    def parameter(self, profile: Profile, name: str) -> Any:
        """A parameter's value: the run's own setting where it has one, else the profile's."""

    def unknown(self, kind: str = NUMBER) -> CriterionResult:
        """Every site unknown (the layer was not given)."""


@dataclass(frozen=True)
class Phrase:
    """How a factor is put in words in the explanation.

    Attributes
    ----------
    text : callable (result, i, others) -> str or None
        The words for site ``i`` (known sites only); None to say nothing (already said).
        ``others`` holds the results of the profile's other factors.
    keys : callable (result, others) -> list of ndarray
        Columns whose values decide the words: sites equal in all of them get the same words,
        so each distinct phrase is formatted once.
    order : int
        Place in the explanation (lower first): what a planner asks first comes first.
    """

    text: Callable[[CriterionResult, int, Others], Optional[str]]
    keys: Callable[[CriterionResult, Others], List[np.ndarray]]
    order: int


@dataclass(frozen=True)
class Reason:
    """Why a site fails a hard rule on the criterion, kept short (it is written for every excluded site).

    Attributes
    ----------
    text : callable (constraint, result, i) -> str
    keys : callable (constraint, result) -> list of ndarray, optional
        Columns that decide the words; None: the value and every detail.
    """

    text: Callable[[Constraint, CriterionResult, int], str]
    keys: Optional[Callable[[Constraint, CriterionResult], List[np.ndarray]]] = None


@dataclass(frozen=True)
class Cause:
    """Why the criterion is unknown for a site although its layer was given, when the cause is
    not that the site lies outside the layer's data (a corridor the road layer does not have,
    land use without a readable code, no traffic count within the search distance).

    Attributes
    ----------
    text : callable (result, i) -> str or None
        The cause for unknown site ``i``, in words to follow "not checked:" or "unknown: <label>";
        None where the site is simply outside the data.
    keys : callable (result) -> list of ndarray
        Columns whose values decide the words: sites equal in all of them get the same words.
    """

    text: Callable[[CriterionResult, int], Optional[str]]
    keys: Callable[[CriterionResult], List[np.ndarray]]


@dataclass(frozen=True)
class Criterion:
    """One criterion.

    Attributes
    ----------
    id : str
        Stable id used in profiles and in output field names.
    kind : str
        :data:`NUMBER` (raw value in ``unit``), :data:`CATEGORY`, :data:`FLAG` or :data:`CODES`.
    unit : str
        ``m``, ``m2``, ``MW``, ``vehicles/day`` or ``""``.
    layer : str
        The context layer it needs (a layer's ``feeds``, :mod:`..context_layers`); ``""``: the
        site itself is enough.
    compute : callable (engine, profile) -> CriterionResult
        Raw values for every site, unknown (NaN/None) where the data cannot answer.
    label : callable () -> str
        Its name for people (output aliases, reports, "unknown: ...").
    parameters : tuple of str
        Profile parameters it reads (the profile loader checks they exist; the engine caches
        per set of values).
    rule_label : callable () -> str, optional
        Short name of a hard rule on it ("Excluded: zoning, area"); default the label in lower case.
    decimals : int, optional
        Decimals its raw value keeps in the output (what the measurement supports); None: as computed.
    phrase : Phrase, optional
        Its words in the explanation; None: never spoken.
    reason : Reason, optional
        Why a site fails a rule on it; None: the generic "<label> fails the rule (<value>)".
    cache_key : callable (profile) -> hashable, optional
        Anything else of the profile its values depend on (the zoning rules).
    rule_note : callable (profile name) -> str, optional
        Said once in the run's notes for a profile with a hard rule on it (a caveat).
    cause : Cause, optional
        Why a site is unknown when that is not "outside the data"; None: unknown only there.
    also_reads : tuple of str
        Other context layers (``feeds``) it uses where they are given; it answers without them
        (the plans' byggegrense lines beside the roads).
    """

    id: str
    kind: str
    unit: str
    layer: str
    compute: Callable[[Engine, Profile], CriterionResult]
    label: Callable[[], str]
    parameters: Tuple[str, ...] = ()
    rule_label: Optional[Callable[[], str]] = None
    decimals: Optional[int] = None
    phrase: Optional[Phrase] = None
    reason: Optional[Reason] = None
    cache_key: Optional[Callable[[Profile], Hashable]] = None
    rule_note: Optional[Callable[[str], str]] = None
    cause: Optional[Cause] = None
    also_reads: Tuple[str, ...] = ()

# SPDX-License-Identifier: GPL-2.0-or-later
"""What was read from each input, said before the sites are scored, and the whole-layer causes
of "unknown".

While :func:`~.context_builder.build_context` reads the layers, each input gets an
:class:`InputFacts`: the features read, the CRS they were read in, their extent in the
candidates' CRS, a coordinate problem, codes the reader did not recognise, and the reader's
own words (a grid file's publisher, date and substations).  :func:`describe_inputs` puts them
in one line per input against the sites' extent; :func:`layer_cause` tells the criteria when a
whole layer cannot answer for any site (coordinates that cannot be in its CRS, or data of
another area), so a site is not said to be "outside the data" when the layer is the problem.
"""
import os
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Callable, List, Optional, Sequence, Tuple

import numpy as np

from .i18n import format_number, tr
from .wording import distance_text

if TYPE_CHECKING:
    import geopandas as gpd

    from .context import SiteContext

__all__ = ["InputFacts", "InputReport", "crs_text", "describe_inputs", "layer_cause", "sites_extent"]

#: How far (m) around the sites' extent a layer must reach to count as reaching the sites
#: (the criteria's coverage margin).
REACH_M = 1000.0
#: Examples of unrecognised codes shown in the log.
EXAMPLES_SHOWN = 5


@dataclass
class InputFacts:
    """What one input (a layer or a file) gave.

    Attributes
    ----------
    entry : str
        Its entry in the SiteContext (``roads``, ``kpa``, ``substations``...).
    feeds : str
        What the criteria that read it name as their layer (``roads``, ``zoning``).
    name : str
        The user's name for it.
    features : int or None
        Features read (None for a raster).
    crs : str or None
        The CRS it was read in (the one set on the layer in QGIS).
    bounds : ndarray or None
        (n, 4) extent of each feature in the candidates' CRS (one row for a raster).
    problem : str or None
        Why its coordinates cannot be in its CRS (translated), when they cannot.
    unrecognised : (int, list of str, str) or None
        Values the reader did not recognise: how many, examples, and what they are ("land-use codes").
    details : list of str
        The reader's own words for the log (a grid file's publisher, date and substations).
    label : callable () -> str, optional
        The translated name of what it feeds (its declaration's ``feeds_label``).
    file : bool
        Given as a file path (grid capacity, DEM): the log names the file, not its folder.
    """

    entry: str
    feeds: str
    name: str
    features: Optional[int] = None
    crs: Optional[str] = None
    bounds: Optional[np.ndarray] = None
    problem: Optional[str] = None
    unrecognised: Optional[Tuple[int, List[str], str]] = None
    details: List[str] = field(default_factory=list)
    label: Optional[Callable[[], str]] = None
    file: bool = False

    @property
    def what(self) -> str:
        return self.label() if self.label is not None else self.feeds


@dataclass
class InputReport:
    """The run log's opening: one line per input, and warnings (layers that reach no site)."""

    lines: List[str]
    warnings: List[str]


def sites_extent(sites: "gpd.GeoSeries") -> Optional[Tuple[float, float, float, float]]:
    """The candidates' extent (xmin, ymin, xmax, ymax); None when no site has a geometry."""
    from .coordinates import total_bounds

    return total_bounds(np.asarray(sites.array, dtype=object))


def _within(bounds: Optional[np.ndarray], extent, margin: float = 0.0) -> np.ndarray:
    """Which rows of ``bounds`` meet the extent grown by ``margin``."""
    if bounds is None or extent is None or not len(bounds):
        return np.zeros(0 if bounds is None else len(bounds), dtype=bool)
    x0, y0, x1, y1 = extent
    b = np.asarray(bounds, dtype="float64")
    with np.errstate(invalid="ignore"):
        return ((b[:, 0] <= x1 + margin) & (b[:, 2] >= x0 - margin) & (b[:, 1] <= y1 + margin)
                & (b[:, 3] >= y0 - margin))


def _gap(bounds: np.ndarray, extent) -> float:
    """Distance (m) between the layer's whole extent and the sites' extent."""
    b = np.asarray(bounds, dtype="float64")
    b = b[np.isfinite(b).all(axis=1)]
    if not len(b):  # no feature with a location
        return float("inf")
    lx0, ly0, lx1, ly1 = b[:, 0].min(), b[:, 1].min(), b[:, 2].max(), b[:, 3].max()
    x0, y0, x1, y1 = extent
    dx = max(lx0 - x1, x0 - lx1, 0.0)
    dy = max(ly0 - y1, y0 - ly1, 0.0)
    return float(np.hypot(dx, dy))


def reaches(facts: InputFacts, extent) -> bool:
    """Whether the input has anything within :data:`REACH_M` of the sites' extent, or lies around
    them (a sparse layer such as stations 30 km apart: its extent meets theirs, and a distance to
    it means something); True when this cannot be told (no extent known)."""
    if facts.bounds is None or extent is None or not len(facts.bounds):
        return True
    # A feature within reach puts the whole extent within reach too: the extent's gap decides.
    return _gap(facts.bounds, extent) <= REACH_M


def describe_inputs(context: "SiteContext", sites: "gpd.GeoSeries", sites_name: Optional[str] = None
                    ) -> InputReport:
    """One translated line per input of ``context``, against the extent of ``sites``.

    Each line says the features read, the CRS, how many lie within the sites' extent, the
    values not recognised (count and examples) and the reader's own words (grid files:
    publisher, date, substations or areas).  An input that reaches no site gets a warning
    naming it and the likely cause.  With ``sites_name``, the first line is the sites' own.
    """
    extent = sites_extent(sites)
    lines: List[str] = []
    warnings: List[str] = []
    if sites_name is not None:
        lines.append(tr("'{layer}' (candidate sites): {n} features; CRS {crs}.").format(
            layer=sites_name, n=format_number(len(sites)), crs=crs_text(sites.crs)))
    for facts in context.inputs:
        what = facts.what
        parts = []
        if facts.features is None:
            parts.append(tr("raster"))
        elif facts.features == 1:
            parts.append(tr("1 feature"))
        else:
            parts.append(tr("{n} features").format(n=format_number(facts.features)))
        if facts.crs:
            parts.append(tr("CRS {crs}").format(crs=facts.crs))
        if facts.bounds is not None and extent is not None:
            if facts.features is None:
                parts.append(tr("covers the sites' extent") if _within(facts.bounds, extent).any()
                             else tr("does not cover the sites' extent"))
            else:
                parts.append(tr("{n} within the sites' extent").format(
                    n=format_number(int(_within(facts.bounds, extent).sum()))))
        if facts.unrecognised and facts.unrecognised[0]:
            count, examples, kind = facts.unrecognised
            parts.append(tr("{what} not recognised: {n} (for example {examples})").format(
                n=format_number(count), what=kind, examples=", ".join(examples[:EXAMPLES_SHOWN])))
        parts.extend(detail.rstrip(". ") for detail in facts.details)
        name = os.path.basename(facts.name) if facts.file else facts.name
        lines.append(tr("'{layer}' ({what}): {facts}.").format(layer=name, what=what, facts="; ".join(parts)))
        if facts.problem is None and facts.bounds is not None and len(facts.bounds) and not reaches(facts, extent):
            warnings.append(tr("The layer '{layer}' ({what}) lies {d} from the nearest site and reaches none of "
                               "them: its criteria are unknown. Check that the CRS set on it in QGIS (Layer > Set "
                               "CRS) is the one its coordinates are in, and that it covers the sites' area.").format(
                layer=facts.name, what=what, d=distance_text(_gap(facts.bounds, extent))))
    return InputReport(lines, warnings)


def layer_cause(context: "SiteContext", feeds: str, extent) -> Optional[str]:
    """Why no site can be answered from the inputs that feed ``feeds``, when that is so:
    their coordinates cannot be in their CRS, or they cover another area.  None when at least
    one of them can answer (sites outside it are then "outside the data")."""
    inputs = [facts for facts in context.inputs if facts.feeds == feeds]
    if not inputs:
        return None
    wrong = [facts for facts in inputs if facts.problem is not None]
    elsewhere = [facts for facts in inputs if facts.problem is None and not reaches(facts, extent)]
    if len(wrong) + len(elsewhere) < len(inputs):
        return None
    if wrong:
        return tr("the coordinates of {layers} cannot be in the CRS set on it (see the log)").format(
            layers=_names(wrong))
    return tr("{layers} covers another area than the sites (is its CRS right?)").format(layers=_names(elsewhere))


def crs_text(crs) -> str:
    """``EPSG:25833``, else the CRS's name; ``?`` for none."""
    if crs is None:
        return "?"
    code = crs.to_epsg() if hasattr(crs, "to_epsg") else None
    return "EPSG:{}".format(code) if code else getattr(crs, "name", None) or str(crs)


def _names(inputs: Sequence[InputFacts]) -> str:
    return ", ".join("'{}'".format(facts.name) for facts in inputs)

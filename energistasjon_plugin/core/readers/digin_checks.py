# SPDX-License-Identifier: GPL-2.0-or-later
"""What a published grid-capacity file can get wrong, found before its figures are used.

* Coordinates that cannot be in the file's CRS (UTM metres in a file without a ``crs``
  member, which GeoJSON then reads as WGS84 degrees; a wrong ``crs`` member): the file's
  substations are left out, with a warning naming the file, so capacity is unknown there
  instead of silently nowhere.  Latitude and longitude written the wrong way round are
  turned back (the only reading that lands in Norway), with a warning.
* Capacities that are not figures: negative free capacity for consumption, text that is
  not a number.  They are unknown, with a warning naming the substations.
* Placeholder areas: an area file (Statnett publishes one polygon per transmission area)
  whose every figure is 0, with nothing reserved and nothing for production, is a file of
  placeholders, not of full areas: its figures are unknown, with a warning.

:class:`GridFile` keeps, per file read, what the run log says about it: publisher, date,
substations or areas, and what was unknown or left out (:func:`grid_file_lines`).
"""
from dataclasses import dataclass
from typing import List, Optional, Sequence, Tuple

import geopandas as gpd
import numpy as np
import pandas as pd
import shapely

from ..i18n import tr

__all__ = ["GridFile", "check_coordinates", "capacity_problems", "placeholder_areas", "grid_file_lines",
           "date_text"]

#: How many substation names a warning lists before "and n more".
_NAMES_SHOWN = 4


@dataclass
class GridFile:
    """What one grid-capacity file (or layer) held, for the run log.

    Attributes
    ----------
    source : str
        File or layer name.
    publisher : str or None
        The publisher in the file's header (else the owners named in it).
    generated_at : str or None
        When the file says it was made.
    points, areas : int
        Substations (points) and areas (polygons) read.
    unknown : int
        Of them, how many have no usable figure for consumption.
    placeholders : bool
        The file's areas are all-zero placeholders (their figures are unknown).
    left_out : int
        Features left out (no geometry, coordinates that cannot be in the CRS).
    """

    source: str
    publisher: Optional[str] = None
    generated_at: Optional[str] = None
    points: int = 0
    areas: int = 0
    unknown: int = 0
    placeholders: bool = False
    left_out: int = 0


def date_text(stamp: Optional[str]) -> Optional[str]:
    """The date of an ISO time stamp as published (``2025-01-15T08:00:00Z`` -> ``2025-01-15``)."""
    if not stamp:
        return None
    text = str(stamp).strip()
    return text[:10] if len(text) >= 10 and text[4:5] == "-" and text[7:8] == "-" else text


def grid_file_lines(files: Sequence[GridFile]) -> List[str]:
    """One translated line per grid-capacity file for the run log: publisher, date, how many
    substations or areas, and what is unknown.

    ``elvia.json: Elvia, published 2025-01-15, 4 substations (1 without a figure).``
    """
    lines = []
    for item in files:
        counts = []
        if item.points or not item.areas:
            counts.append(tr("{n} substations").format(n=item.points))
        if item.areas:
            counts.append(tr("{n} areas").format(n=item.areas))
        extra = []
        if item.placeholders:
            extra.append(tr("all figures are placeholders: unknown"))
        elif item.unknown:
            extra.append(tr("{n} without a figure").format(n=item.unknown))
        if item.left_out:
            extra.append(tr("{n} left out").format(n=item.left_out))
        counted = ", ".join(counts)
        if extra:
            counted = tr("{counts} ({what})").format(counts=counted, what="; ".join(extra))
        lines.append(tr("{source}: {publisher}, published {date}, {counts}.").format(
            source=item.source, publisher=item.publisher or tr("publisher not stated"),
            date=date_text(item.generated_at) or tr("date not stated"), counts=counted))
    return lines


# --------------------------------------------------------------------------- coordinates

def _swapped(geoms: np.ndarray) -> np.ndarray:
    return shapely.transform(geoms, lambda coords: coords[:, ::-1])


def check_coordinates(frame: "gpd.GeoDataFrame", source: str) -> Tuple["gpd.GeoDataFrame", List[str], int]:
    """The features of ``frame`` whose coordinates can be in its CRS.

    Parameters
    ----------
    frame : GeoDataFrame
        One collection as read, in the CRS the file declares (WGS84 when it declares none).
    source : str
        The file's name, for the warnings.

    Returns
    -------
    frame : GeoDataFrame
        The same features, latitude/longitude turned back where they were swapped; no features
        when the coordinates cannot be in the CRS.
    warnings : list of str
    left_out : int
        Features left out.
    """
    from .plan_files import coordinate_problem

    problem = coordinate_problem(frame, source)
    if problem is None:
        return frame, [], 0
    if frame.crs is not None and frame.crs.is_geographic:
        turned = frame.set_geometry(_swapped(np.asarray(frame.geometry.array, dtype=object)), crs=frame.crs)
        if coordinate_problem(turned, source) is None:
            return turned, [tr("'{source}' gives latitude before longitude; its {n} features were read the right way "
                               "round (longitude first, as GeoJSON requires).").format(source=source,
                                                                                         n=len(frame))], 0
    return frame.iloc[0:0], [problem + " " + tr(
        "Its {n} substations were left out: free grid capacity is unknown where only this file would answer.").format(
        n=len(frame))], len(frame)


# --------------------------------------------------------------------------- figures

def _names(names: np.ndarray, mask: np.ndarray) -> str:
    picked = [str(n) if n else "?" for n in names[mask]]
    shown = ", ".join(picked[:_NAMES_SHOWN])
    if len(picked) > _NAMES_SHOWN:
        shown = tr("{names} and {n} more").format(names=shown, n=len(picked) - _NAMES_SHOWN)
    return shown


def capacity_problems(raw: Optional[pd.Series], values: np.ndarray, names: np.ndarray, source: str,
                      field: str) -> Tuple[np.ndarray, List[str]]:
    """Free capacity for consumption that is no figure: negative, or text that is not a number.

    Parameters
    ----------
    raw : Series or None
        The capacity column as published (None: the file has none).
    values : ndarray
        The same read as numbers in MW (NaN where not a number).
    names : ndarray
        Substation names, for the warnings.
    source, field : str
        The file and the field, for the warnings.

    Returns
    -------
    values : ndarray
        NaN (unknown) where the published value is no figure.
    warnings : list of str
    """
    warnings: List[str] = []
    if raw is None:
        return values, warnings
    present = raw.notna().to_numpy(dtype=bool) & (raw.astype(str).str.strip() != "").to_numpy(dtype=bool)
    not_number = present & np.isnan(values)
    if not_number.any():
        examples = ", ".join(sorted({"'{}'".format(str(v).strip()) for v in raw[not_number]})[:3])
        warnings.append(tr("{n} substations in '{source}' publish no number in the field {field} ({examples}): "
                           "{names}. Their free capacity is unknown.").format(
            n=int(not_number.sum()), source=source, field=field, examples=examples, names=_names(names, not_number)))
    negative = values < 0
    if negative.any():
        values = values.copy()
        warnings.append(tr("{n} substations in '{source}' publish a negative value in the field {field} "
                           "({names}); free capacity for consumption cannot be below 0, so it is unknown there. Ask "
                           "the grid company what the figure means.").format(
            n=int(negative.sum()), source=source, field=field, names=_names(names, negative)))
        values[negative] = np.nan
    return values, warnings


def placeholder_areas(substations: "gpd.GeoDataFrame", source: str, publisher: Optional[str]
                      ) -> Tuple["gpd.GeoDataFrame", List[str], bool]:
    """An area file whose every figure is 0 holds placeholders: its figures become unknown.

    The test: every feature is an area, every published free capacity for consumption is 0,
    and nothing is reserved or free for production (a real full area still has its figures
    for production, published as negative numbers).

    Returns
    -------
    substations : GeoDataFrame
        ``available_cons_mw`` NaN when the file is a placeholder file.
    warnings : list of str
    placeholders : bool
    """
    n = len(substations)
    if n == 0 or not substations["is_area"].all():
        return substations, [], False
    free = substations["available_cons_mw"].to_numpy(dtype="float64")
    others = np.concatenate([substations["reserved_cons_mw"].to_numpy(dtype="float64"),
                             substations["available_prod_mw"].to_numpy(dtype="float64")])
    zero_or_none = np.isnan(others) | (others == 0)
    if not (np.all(free == 0) and zero_or_none.all()):
        return substations, [], False
    substations = substations.copy()
    substations["available_cons_mw"] = np.nan
    return substations, [tr("Every one of the {n} areas in '{source}' ({publisher}) publishes 0 MW, with nothing "
                            "reserved and nothing for production: these are placeholders, not figures. Free capacity "
                            "in these areas is unknown, not zero.").format(
        n=n, source=source, publisher=publisher or tr("publisher not stated"))], True

# SPDX-License-Identifier: GPL-2.0-or-later
"""Free capacity over time: the CIM capacity schedules of the newer GridCapacity profile.

The flat DIGIN10-30 GridCapacity file (:mod:`.digin`: ``availableCons`` per substation) has no
field for capacity after planned measures.  Capacity over time is published in the CIM profile
``https://ap-no.cim4.eu/GridCapacity/1.0`` (also DIGIN's WattApp example, 3lbits/NoCIMExtensions):
a JSON-LD ``@graph`` of typed nodes, each area or substation a ``cim:Feeder`` with its geometry
as a GeoJSON literal (``geo:hasGeometry`` / ``geo:asGeoJSON``), an ``nc:CapacitySchedule`` per
feeder (``nc-no:CapacitySchedule.Feeder``, ``nc:BaseTimeSeries.timeSeriesKind`` forecast...) and
its ``nc:CapacityTimePoint`` nodes (``atTime``, ``maxP``, ``minP``, ``maxAllocatedP``...).

Read here: the time point in force when the file was made is today's free capacity for
consumption; the last later one is the capacity after planned measures, with its date.  The
profile documents no sign convention: ``maxP`` is read as capacity for consumption (CIM's load
convention, consumption positive; production is ``minP``), and every run says so.
"""
import json
from typing import Any, Dict, List, Optional

import geopandas as gpd
import numpy as np
import pandas as pd
import shapely.geometry

from ..i18n import tr

SCHEDULE_TYPE = "CapacitySchedule"
POINT_TYPE = "CapacityTimePoint"


def _types(node: Dict[str, Any]) -> List[str]:
    types = node.get("@type", [])
    return [str(t).split(":")[-1].split("#")[-1] for t in (types if isinstance(types, list) else [types])]


def _value(node: Dict[str, Any], suffix: str) -> Any:
    """The value of the first key ending in ``suffix`` (``nc:CapacityTimePoint.maxP``), unwrapped."""
    for key, value in node.items():
        if key.endswith(suffix):
            if isinstance(value, dict):
                return value.get("@value", value.get("@id"))
            return value
    return None


def _number(value: Any) -> float:
    try:
        return float(value)
    except (TypeError, ValueError):
        return float("nan")


def is_schedule_document(document: Any) -> bool:
    """Whether ``document`` is a JSON-LD graph with capacity schedules (not FeatureCollections)."""
    graph = document.get("@graph") if isinstance(document, dict) else None
    return isinstance(graph, list) and any(isinstance(n, dict) and SCHEDULE_TYPE in _types(n) for n in graph)


def _geometry(node: Dict[str, Any]):
    holder = _value(node, "hasGeometry")
    literal = None
    if isinstance(node.get("geo:hasGeometry"), dict):
        literal = _value(node["geo:hasGeometry"], "asGeoJSON")
    elif holder is not None:
        literal = holder
    if isinstance(literal, str):
        try:
            literal = json.loads(literal)
        except ValueError:
            return None
    try:
        return shapely.geometry.shape(literal) if isinstance(literal, dict) else None
    except Exception:  # malformed geometry: like a missing one
        return None


def parse_schedule(document: Dict[str, Any], source: str, header_date: Optional[str], publisher: Optional[str]):
    """The feeders of a schedule document as substation rows (:data:`.digin.SUBSTATION_COLUMNS`).

    Returns
    -------
    frame : GeoDataFrame or None
        In WGS84; None when no feeder has a geometry.
    warnings : list of str
    """
    graph = [n for n in document["@graph"] if isinstance(n, dict)]
    feeders = {n.get("@id"): n for n in graph if "Feeder" in _types(n)}
    schedules = {n.get("@id"): n for n in graph if SCHEDULE_TYPE in _types(n)}
    points: Dict[Any, List[tuple]] = {}
    for node in graph:
        if POINT_TYPE in _types(node):
            schedule = _value(node, "CapacityTimePoint.CapacitySchedule")
            points.setdefault(schedule, []).append((str(_value(node, "atTime") or ""), _number(_value(node, "maxP")),
                                                    _number(_value(node, "maxAllocatedP")),
                                                    _number(_value(node, "minP"))))
    rows, geoms, skipped = [], [], 0
    for schedule_id, schedule in schedules.items():
        feeder = feeders.get(_value(schedule, "CapacitySchedule.Feeder"))
        geometry = _geometry(feeder) if feeder is not None else None
        if geometry is None or geometry.is_empty:
            skipped += 1
            continue
        made = str(_value(schedule, "generatedAtTime") or header_date or "")
        series = sorted(points.get(schedule_id, []))
        now = [p for p in series if p[0] and made and p[0][:10] <= made[:10]]
        later = [p for p in series if p not in now]
        current = now[-1] if now else (None, np.nan, np.nan, np.nan)
        future = later[-1] if later else (None, np.nan, np.nan, np.nan)
        rows.append({"name": _value(feeder, "IdentifiedObject.name") or _value(schedule, "IdentifiedObject.name"),
                     "owner": publisher, "capacityDate": current[0] or made or None, "capacityUnit": "MW",
                     "availableCons": current[1], "reservedCons": current[2], "availableProd": current[3],
                     "futureCons": future[1], "futureDate": future[0],
                     "description": _value(schedule, "IdentifiedObject.description")})
        geoms.append(geometry)
    warnings = [tr("'{source}' publishes free capacity over time (CIM capacity schedules): 'maxP' is read as free "
                   "capacity for consumption; today's figure is the time point in force when the file was made, the "
                   "last later one the capacity after planned measures.").format(source=source)]
    if skipped:
        warnings.append(tr("{n} capacity schedules in '{source}' have no area or substation with a geometry and were "
                           "skipped.").format(n=skipped, source=source))
    if not rows:
        return None, warnings
    return gpd.GeoDataFrame(pd.DataFrame(rows), geometry=geoms, crs="EPSG:4326"), warnings

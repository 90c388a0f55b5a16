# SPDX-License-Identifier: GPL-2.0-or-later
"""GML 3.2 (and GML 2) geometries as shapely geometries, read with the standard library.

Plan files (SOSI Plan 5.0 GML) draw boundaries with curve segments: ``gml:Arc``,
``gml:ArcString``, ``gml:Circle`` inside ``gml:Curve``/``gml:Ring``, beside plain
``gml:LineStringSegment``.  Each arc is made linear here with at most
:data:`ARC_STEP_DEGREES` between two points (GDAL's default step), through its own end
points, so neighbouring polygons that share an arc still share its points.  Coordinates
with a height (``srsDimension="3"``, SOSI's EPSG:5972/5973/5975) are accepted; the height
is dropped (plan areas are compared in the plane).

An ``srsName`` is read in all its spellings (``EPSG:25833``,
``urn:ogc:def:crs:EPSG::25833``, ``http://www.opengis.net/def/crs/EPSG/0/25833``); the
URN/URI forms of a CRS whose first axis points north (EPSG:4258, EPSG:4326) give
latitude first, as the OGC rule says, and are turned to x = east.
"""
import math
import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from typing import Callable, List, Optional, Tuple

import numpy as np
import shapely
from shapely.geometry.base import BaseGeometry

GML_NAMESPACES = ("http://www.opengis.net/gml/3.2", "http://www.opengis.net/gml")
XLINK_HREF = "{http://www.w3.org/1999/xlink}href"
#: Largest angle (degrees) between two points of a linearised arc: GDAL's OGR_ARC_STEPSIZE.
ARC_STEP_DEGREES = 4.0

_SRS_EPSG = re.compile(r"(?:EPSG(?:/\d+(?:\.\d+)*/|:(?:[\d.]*:)?|\.xml#))(\d+)\s*$", re.IGNORECASE)
# The horizontal part of the CRSs with a height that SOSI and NVDB use (ETRS89/UTM + NN2000).
HORIZONTAL_EPSG = {5972: 25832, 5973: 25833, 5975: 25835, 4937: 4258, 4979: 4326}

POLYGONAL = frozenset({"Polygon", "PolygonPatch", "Surface", "MultiSurface", "CompositeSurface", "MultiPolygon",
                       "Rectangle", "Triangle", "TriangulatedSurface", "PolyhedralSurface"})
LINEAR = frozenset({"LineString", "Curve", "MultiCurve", "CompositeCurve", "MultiLineString", "OrientableCurve",
                    "LinearRing", "Ring"})
POINTS = frozenset({"Point", "MultiPoint"})
GEOMETRY_TYPES = POLYGONAL | LINEAR | POINTS | frozenset({"MultiGeometry"})


class GmlGeometryError(ValueError):
    """A geometry element that cannot be read (text of the reason, for counting)."""


@dataclass
class GeometryNotes:
    """What reading geometries met: arcs made linear, heights dropped, references not followed."""

    arcs: int = 0
    heights: int = 0
    unresolved: int = 0


def local_name(tag: str) -> str:
    """``{namespace}name`` -> ``name``."""
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def namespace(tag: str) -> str:
    return tag[1:].split("}", 1)[0] if isinstance(tag, str) and tag.startswith("{") else ""


def is_gml(element: ET.Element) -> bool:
    return namespace(element.tag) in GML_NAMESPACES


def is_geometry(element: ET.Element) -> bool:
    """True for a GML geometry element (``gml:Polygon``, ``gml:MultiSurface``...)."""
    return is_gml(element) and local_name(element.tag) in GEOMETRY_TYPES


def epsg_of_srs_name(srs_name: Optional[str]) -> Optional[int]:
    """The EPSG code in an ``srsName`` in any of its usual spellings; None when there is none."""
    if not srs_name:
        return None
    match = _SRS_EPSG.search(str(srs_name).strip())
    return int(match.group(1)) if match else None


def latitude_first(srs_name: Optional[str], epsg: Optional[int]) -> bool:
    """True when coordinates under ``srs_name`` come latitude (northing) first.

    Only the URN and URI spellings follow the EPSG axis order; ``EPSG:4326`` keeps
    x = east, as GDAL and QGIS read it.
    """
    if not srs_name or epsg is None or not re.match(r"^\s*(urn:|https?:)", str(srs_name), re.IGNORECASE):
        return False
    try:
        from pyproj import CRS

        axes = CRS.from_epsg(epsg).axis_info
    except Exception:  # noqa: BLE001 - an EPSG code pyproj does not know: keep the order as written
        return False
    return bool(axes) and axes[0].direction.lower() == "north"


# --------------------------------------------------------------------------- coordinates

def _dimension(element: ET.Element, inherited: int) -> int:
    value = element.get("srsDimension") or element.get("dimension")
    try:
        return int(value) if value else inherited
    except ValueError:
        return inherited


def _numbers(text: Optional[str]) -> np.ndarray:
    if not text or not text.strip():
        return np.empty(0)
    return np.array(text.split(), dtype=float)


def _gml2_coordinates(element: ET.Element) -> np.ndarray:
    """GML 2 ``<gml:coordinates>``: tuples separated by ``ts``, numbers by ``cs``."""
    decimal, cs, ts = element.get("decimal", "."), element.get("cs", ","), element.get("ts", " ")
    rows = []
    for item in (element.text or "").strip().split(ts if ts.strip() else None):
        if not item.strip():
            continue
        parts = item.split(cs)
        rows.append([float(p.replace(decimal, ".")) for p in parts])
    if not rows:
        return np.empty((0, 2))
    width = min(len(r) for r in rows)
    return np.array([r[:width] for r in rows], dtype=float)


def _xy(element: ET.Element, dim: int, notes: GeometryNotes) -> np.ndarray:
    """The points of a geometry part (posList, pos..., pointProperty, coordinates), (n, 2)."""
    rows: List[np.ndarray] = []
    for child in element:
        name = local_name(child.tag)
        if name == "posList":
            d = _dimension(child, dim)
            values = _numbers(child.text)
            if d < 2 or values.size % d:
                raise GmlGeometryError("posList")
            points = values.reshape(-1, d)
            if d > 2:
                notes.heights += 1
            rows.append(points[:, :2])
        elif name == "pos":
            values = _numbers(child.text)
            if values.size < 2:
                raise GmlGeometryError("pos")
            if values.size > 2:
                notes.heights += 1
            rows.append(values[:2].reshape(1, 2))
        elif name in ("pointProperty", "pointRep"):
            point = next((c for c in child if local_name(c.tag) == "Point"), None)
            if point is None:
                notes.unresolved += 1
                raise GmlGeometryError("pointProperty")
            rows.append(_xy(point, _dimension(point, dim), notes))
        elif name == "coordinates":
            coords = _gml2_coordinates(child)
            if coords.shape[1] > 2:
                notes.heights += 1
            rows.append(coords[:, :2])
        elif name == "coord":  # GML 2 <gml:coord><gml:X/><gml:Y/></gml:coord>
            values = {local_name(c.tag): float(c.text) for c in child if c.text}
            rows.append(np.array([[values["X"], values["Y"]]]))
    if not rows:
        return np.empty((0, 2))
    return np.concatenate(rows)


# --------------------------------------------------------------------------- arcs

def _circle(p0: np.ndarray, p1: np.ndarray, p2: np.ndarray) -> Optional[Tuple[np.ndarray, float]]:
    """Centre and radius of the circle through three points; None when they lie on a line."""
    ax, ay = p0
    bx, by = p1
    cx, cy = p2
    d = 2.0 * (ax * (by - cy) + bx * (cy - ay) + cx * (ay - by))
    scale = max(abs(ax), abs(ay), abs(bx), abs(by), abs(cx), abs(cy), 1.0)
    if abs(d) <= 1e-12 * scale * scale:
        return None
    # Relative to p0 to keep the precision of UTM coordinates.
    bx, by, cx, cy = bx - ax, by - ay, cx - ax, cy - ay
    d = 2.0 * (bx * cy - by * cx)
    if d == 0.0:
        return None
    ux = (cy * (bx * bx + by * by) - by * (cx * cx + cy * cy)) / d
    uy = (bx * (cx * cx + cy * cy) - cx * (bx * bx + by * by)) / d
    return np.array([ax + ux, ay + uy]), math.hypot(ux, uy)


def arc_points(p0: np.ndarray, p1: np.ndarray, p2: np.ndarray, full_circle: bool = False) -> np.ndarray:
    """Points along the circular arc from ``p0`` through ``p1`` to ``p2`` (both ends included).

    Three points on a line give the straight line through them.  With ``full_circle`` the
    arc goes all the way round from ``p0`` back to ``p0`` (``gml:Circle``).
    """
    found = _circle(p0, p1, p2)
    if found is None:
        return np.array([p0, p1, p2]) if not full_circle else np.array([p0, p0])
    centre, radius = found
    a0 = math.atan2(p0[1] - centre[1], p0[0] - centre[0])
    a2 = math.atan2(p2[1] - centre[1], p2[0] - centre[0])
    counter_clockwise = (p1[0] - p0[0]) * (p2[1] - p1[1]) - (p1[1] - p0[1]) * (p2[0] - p1[0]) > 0
    if full_circle:
        sweep = 2.0 * math.pi
    elif counter_clockwise:
        sweep = (a2 - a0) % (2.0 * math.pi)
    else:
        sweep = (a0 - a2) % (2.0 * math.pi)
    steps = max(2, int(math.ceil(math.degrees(sweep) / ARC_STEP_DEGREES)))
    direction = 1.0 if counter_clockwise else -1.0
    angles = a0 + direction * sweep * np.arange(steps + 1) / steps
    points = np.column_stack([centre[0] + radius * np.cos(angles), centre[1] + radius * np.sin(angles)])
    points[0] = p0
    points[-1] = p0 if full_circle else p2
    return points


def _arc_string(points: np.ndarray, notes: GeometryNotes) -> np.ndarray:
    if len(points) < 3 or len(points) % 2 == 0:
        raise GmlGeometryError("ArcString")
    notes.arcs += 1
    parts = [arc_points(points[i], points[i + 1], points[i + 2]) for i in range(0, len(points) - 2, 2)]
    return _join([parts[0]] + [p[1:] for p in parts[1:]])


def _join(parts: List[np.ndarray]) -> np.ndarray:
    parts = [p for p in parts if len(p)]
    return np.concatenate(parts) if parts else np.empty((0, 2))


def _append(line: List[np.ndarray], points: np.ndarray) -> None:
    """Add a segment's points, without repeating the point the previous segment ended on."""
    if line and len(points) and np.allclose(line[-1][-1], points[0], rtol=0.0, atol=1e-9):
        points = points[1:]
    line.append(points)


# --------------------------------------------------------------------------- curves and rings

def _segment(segment: ET.Element, dim: int, notes: GeometryNotes) -> np.ndarray:
    name = local_name(segment.tag)
    dim = _dimension(segment, dim)
    if name in ("LineStringSegment", "GeodesicString", "Geodesic"):
        return _xy(segment, dim, notes)
    if name in ("Arc", "ArcString", "Circle"):
        points = _xy(segment, dim, notes)
        if name == "Circle":
            if len(points) != 3:
                raise GmlGeometryError("Circle")
            notes.arcs += 1
            return arc_points(points[0], points[1], points[2], full_circle=True)
        return _arc_string(points, notes)
    if name in ("CircleByCenterPoint", "ArcByCenterPoint"):
        centre = _xy(segment, dim, notes)
        values = {local_name(c.tag): c.text for c in segment}
        radius = float(values.get("radius") or "nan")
        start = math.radians(float(values.get("startAngle") or 0.0))
        end = start + 2 * math.pi
        if name == "ArcByCenterPoint":
            end = math.radians(float(values.get("endAngle") or 360.0))
        if len(centre) != 1 or not math.isfinite(radius):
            raise GmlGeometryError(name)
        notes.arcs += 1
        steps = max(2, int(math.ceil(abs(math.degrees(end - start)) / ARC_STEP_DEGREES)))
        angles = start + (end - start) * np.arange(steps + 1) / steps
        return np.column_stack([centre[0, 0] + radius * np.cos(angles), centre[0, 1] + radius * np.sin(angles)])
    raise GmlGeometryError(name)


def _curve(element: ET.Element, dim: int, notes: GeometryNotes) -> np.ndarray:
    """Points of any GML curve: LineString, Curve (segments), CompositeCurve, OrientableCurve, rings."""
    name = local_name(element.tag)
    dim = _dimension(element, dim)
    if name in ("LineString", "LinearRing", "LineStringSegment"):
        return _xy(element, dim, notes)
    if name == "Curve":
        line: List[np.ndarray] = []
        for segments in element:
            if local_name(segments.tag) == "segments":
                for segment in segments:
                    _append(line, _segment(segment, dim, notes))
        return _join(line)
    if name == "OrientableCurve":
        base = _member_geometry(element, ("baseCurve",), notes)
        points = _curve(base, dim, notes)
        return points[::-1] if element.get("orientation") == "-" else points
    if name in ("CompositeCurve", "Ring"):
        line = []
        for member in element:
            if local_name(member.tag) == "curveMember":
                _append(line, _curve(_member_geometry(member, (), notes), dim, notes))
        return _join(line)
    raise GmlGeometryError(name)


def _member_geometry(member: ET.Element, wrappers: Tuple[str, ...], notes: GeometryNotes) -> ET.Element:
    """The geometry inside a property element (``curveMember``, ``exterior``...)."""
    holder = member
    if wrappers:
        holder = next((c for c in member if local_name(c.tag) in wrappers), member)
    child = next((c for c in holder if is_gml(c)), None)
    if child is None:
        if holder.get(XLINK_HREF):
            notes.unresolved += 1
        raise GmlGeometryError("member")
    return child


def _ring(holder: ET.Element, dim: int, notes: GeometryNotes) -> np.ndarray:
    ring = _member_geometry(holder, (), notes)
    points = _curve(ring, dim, notes)
    if len(points) and not np.array_equal(points[0], points[-1]):
        points = np.vstack([points, points[:1]])
    if len(points) < 4:
        raise GmlGeometryError("ring")
    return points


def _polygon(element: ET.Element, dim: int, notes: GeometryNotes) -> BaseGeometry:
    dim = _dimension(element, dim)
    shell, holes = None, []
    for child in element:
        name = local_name(child.tag)
        if name in ("exterior", "outerBoundaryIs"):
            shell = _ring(child, dim, notes)
        elif name in ("interior", "innerBoundaryIs"):
            holes.append(_ring(child, dim, notes))
    if shell is None:
        raise GmlGeometryError("Polygon")
    return shapely.Polygon(shell, holes)


def _parts(element: ET.Element, member_names: Tuple[str, ...], dim: int, notes: GeometryNotes) -> List[BaseGeometry]:
    """Geometries of the members of a multi-geometry (``surfaceMember``, ``surfaceMembers``...)."""
    parts: List[BaseGeometry] = []
    for member in element:
        if local_name(member.tag) not in member_names:
            continue
        children = [c for c in member if is_gml(c)]
        if not children and member.get(XLINK_HREF):
            notes.unresolved += 1
        for child in children:
            parts.append(read_geometry(child, dim, notes))
    return parts


def _flatten(parts: List[BaseGeometry], kind: str) -> BaseGeometry:
    polygons, lines, points = [], [], []
    for part in parts:
        for single in shapely.get_parts(np.asarray([part], dtype=object)):
            geom_type = single.geom_type
            if geom_type == "Polygon":
                polygons.append(single)
            elif geom_type == "LineString":
                lines.append(single)
            elif geom_type == "Point":
                points.append(single)
    if kind == "polygon":
        return shapely.MultiPolygon(polygons) if len(polygons) != 1 else polygons[0]
    if kind == "line":
        return shapely.MultiLineString(lines) if len(lines) != 1 else lines[0]
    if kind == "point":
        return shapely.MultiPoint(points) if len(points) != 1 else points[0]
    return shapely.GeometryCollection(polygons + lines + points)


_MULTI: dict = {
    "MultiSurface": (("surfaceMember", "surfaceMembers"), "polygon"),
    "CompositeSurface": (("surfaceMember", "surfaceMembers"), "polygon"),
    "MultiPolygon": (("polygonMember",), "polygon"),
    "Surface": (("patches",), "polygon"),
    "PolyhedralSurface": (("polygonPatches", "patches"), "polygon"),
    "TriangulatedSurface": (("trianglePatches", "patches"), "polygon"),
    "MultiCurve": (("curveMember", "curveMembers"), "line"),
    "MultiLineString": (("lineStringMember",), "line"),
    "MultiPoint": (("pointMember", "pointMembers"), "point"),
    "MultiGeometry": (("geometryMember", "geometryMembers"), "any"),
}


def read_geometry(element: ET.Element, dim: int = 2, notes: Optional[GeometryNotes] = None) -> BaseGeometry:
    """A GML geometry element as a 2-D shapely geometry, curves made linear.

    Parameters
    ----------
    element : xml.etree.ElementTree.Element
        ``gml:Polygon``, ``gml:MultiSurface``, ``gml:Surface``, ``gml:Curve``,
        ``gml:LineString``, ``gml:Point`` and the other GML 3.2 / GML 2 geometries.
    dim : int
        Coordinate dimension in force where no ``srsDimension`` says otherwise.
    notes : GeometryNotes, optional
        Counts arcs made linear, heights dropped and references not followed.

    Returns
    -------
    shapely geometry
        In the coordinate order of the file (see :func:`latitude_first`).

    Raises
    ------
    GmlGeometryError
        The element is not a geometry this reader knows, or is malformed.
    """
    notes = notes if notes is not None else GeometryNotes()
    name = local_name(element.tag)
    dim = _dimension(element, dim)
    if name in ("Polygon", "PolygonPatch", "Triangle", "Rectangle"):
        return _polygon(element, dim, notes)
    if name == "Point":
        points = _xy(element, dim, notes)
        if len(points) != 1:
            raise GmlGeometryError("Point")
        return shapely.Point(points[0])
    if name in ("LineString", "Curve", "CompositeCurve", "OrientableCurve"):
        points = _curve(element, dim, notes)
        if len(points) < 2:
            raise GmlGeometryError(name)
        return shapely.LineString(points)
    if name in ("LinearRing", "Ring"):
        points = _curve(element, dim, notes)
        return shapely.Polygon(points) if len(points) >= 4 else shapely.LineString(points)
    if name in _MULTI:
        member_names, kind = _MULTI[name]
        if name in ("Surface", "PolyhedralSurface", "TriangulatedSurface"):
            parts = []
            for patches in element:
                if local_name(patches.tag) in member_names:
                    parts.extend(read_geometry(patch, dim, notes) for patch in patches if is_gml(patch))
        else:
            parts = _parts(element, member_names, dim, notes)
        return _flatten(parts, kind)
    raise GmlGeometryError(name)


def swap_axes(geometry: BaseGeometry) -> BaseGeometry:
    """The geometry with x and y exchanged (latitude-first coordinates to x = east)."""
    swap: Callable[[np.ndarray], np.ndarray] = lambda xy: xy[:, ::-1]  # noqa: E731
    return shapely.transform(geometry, swap)

# SPDX-License-Identifier: GPL-2.0-or-later
"""Road layers with ``vegkategori``/``vegnummer``: labels, freight corridors and exits.

NVDB, Kartverket's N1000/N50 and most municipal road layers describe a road by its
category (E, R, F, K, P, S) and number.  This module turns any of them into one shape
(``road_category``, ``road_number``, ``road_label`` such as ``E6``/``Rv4``/``Fv120``),
selects the freight corridors a user names, and finds the points where a truck can
actually leave a corridor: the domain notes ask for distance to an exit, not to the
motorway line.
"""
import re
from typing import Dict, List, Optional, Sequence, Tuple

import geopandas as gpd
import numpy as np
import pandas as pd
import shapely

from ..errors import InputError
from ..fields import layer_columns, normalise_field_name, resolve_field
from ..i18n import tr
from ..progress import Progress

__all__ = [
    "CATEGORY_CANDIDATES",
    "NUMBER_CANDIDATES",
    "REFERENCE_CANDIDATES",
    "parse_reference",
    "require_centrelines",
    "labels_in_layer",
    "TYPE_CANDIDATES",
    "NON_TRUCK_TYPES",
    "CATEGORY_PREFIX",
    "normalise_roads",
    "road_label",
    "parse_corridor_list",
    "corridor_mask",
    "access_points",
]

# The last names are NVDB's road system in flat form: the API's nested
# ``vegsystemreferanse.vegsystem`` flattened (dots or underscores), Elveg 2.0's ``Vegsystem``
# (vegkategori, vegfase, vegnummer).
CATEGORY_CANDIDATES: Tuple[str, ...] = (
    "vegkategori", "vegkat", "vegkategorikode", "road_category", "roadcategory",
    "kategori", "category", "vegsystemreferanse.vegsystem.vegkategori", "vegsystem.vegkategori",
)
NUMBER_CANDIDATES: Tuple[str, ...] = (
    "vegnummer", "vegnr", "road_number", "roadnumber", "nummer", "number",
    "vegsystemreferanse.vegsystem.nummer", "vegsystemreferanse.vegsystem.vegnummer", "vegsystem.nummer",
    "vegsystem.vegnummer",
)
#: Fields with the whole road reference as text: NVDB's ``vegsystemreferanse`` in its short
#: form (``EV6 S1D1 m0-100``; a JSON object holding it as ``kortform`` where an export kept the
#: API's nesting), nvdbapiv3's ``vref``, Vegkart's ``Vegsystemreferanse``, the old ``vegreferanse``.
REFERENCE_CANDIDATES: Tuple[str, ...] = (
    "vegsystemreferanse", "vegsystemreferanse.kortform", "vref", "vegreferanse", "vegref",
)

TYPE_CANDIDATES: Tuple[str, ...] = ("typeVeg", "typeveg", "vegtype", "type_veg", "road_type")
USER_GROUP_CANDIDATES: Tuple[str, ...] = ("trafikantgruppe", "trafikantgruppekode",
                                          "vegsystemreferanse.strekning.trafikantgruppe")

# Road types (NVDB/SOSI ``typeVeg``) a truck cannot use to leave a corridor: paths,
# pavements and ferries.  Compared on normalised names.
NON_TRUCK_TYPES = frozenset((
    "sti", "gangogsykkelveg", "sykkelveg", "gangveg", "fortau", "trapp", "gagate",
    "gangfelt", "traktorveg", "passasjerferje", "bilferje", "gangvegsykkelveg",
))

# How each category is written in front of the number in Norwegian text: E6, Rv4, Fv120.
CATEGORY_PREFIX: Dict[str, str] = {"E": "E", "R": "Rv", "F": "Fv", "K": "Kv", "P": "Pv", "S": "Sv"}
_CATEGORY_ORDER = "ERFKPS"

# Normalised spellings (see fields.normalise_field_name) of each category.
_CATEGORY_WORDS: Dict[str, str] = {}
for _code, _words in {
    "E": ("e", "ev", "europaveg", "europavei", "europavegar", "europaveger"),
    "R": ("r", "rv", "riksveg", "riksvei", "riksvegar", "riksveger"),
    "F": ("f", "fv", "fylkesveg", "fylkesvei", "fylkeskommunalveg", "fylkeskommunalvei"),
    "K": ("k", "kv", "kommunalveg", "kommunalvei", "kommuneveg", "kommunevei"),
    "P": ("p", "pv", "privatveg", "privatvei"),
    "S": ("s", "sv", "skogsbilveg", "skogsbilvei", "skogsveg", "skogsvei"),
}.items():
    for _word in _words:
        _CATEGORY_WORDS[_word] = _code

# One road reference inside free text: a category word, optional separator, a number.
_REFERENCE = re.compile(r"([^\W\d_]+)[\s.\-]*(\d+)")
# OGR writes list fields as text like "(2:F,F)"; numpy/pandas lists print as "['F' 'F']".
_OGR_LIST = re.compile(r"^\(\d+:(.*)\)$", re.DOTALL)
_UNKNOWN_TEXT = {"", "none", "nan", "null", "<na>", "nat"}


def _first_item(text: str) -> str:
    """First element of a list-like cell ("(2:F,F)", "['F' 'F']", "[6]"), else the text."""
    text = text.strip()
    match = _OGR_LIST.match(text)
    if match:
        inner = match.group(1)
    elif text[:1] in "[(" and text[-1:] in "])":
        inner = text[1:-1]
    else:
        return text.strip("'\"").strip()
    quoted = re.findall(r"'([^']*)'|\"([^\"]*)\"", inner)
    if quoted:
        items = [a or b for a, b in quoted]
    else:
        items = re.split(r",\s*" if match else r"[,\s]+", inner)
    items = [item.strip() for item in items if item.strip()]
    return items[0] if items else ""


def _parse_category(text: str) -> Tuple[Optional[str], float]:
    """Category code (and a number if the cell also holds one, e.g. "E 6")."""
    if text.strip().casefold() in _UNKNOWN_TEXT:
        return None, np.nan
    item = _first_item(text)
    code = _CATEGORY_WORDS.get(normalise_field_name(item))
    if code is not None:
        return code, np.nan
    match = _REFERENCE.fullmatch(item.strip())
    if match:
        code = _CATEGORY_WORDS.get(normalise_field_name(match.group(1)))
        if code is not None:
            return code, float(match.group(2))
    return None, np.nan


# NVDB's vegsystemreferanse in short form: an optional municipality number (``3201 KV1548 ...``),
# the category, the phase (V existing, A under construction, P planned, F fictitious) and the
# number, then strekning/delstrekning, metres and any kryssdel or sideanlegg:
# ``EV6 S1D1 m0-100``, ``FV120 S2D1 m1234-2345``, ``EV18 S53D1 m3212 KD3 m0-24``,
# ``kv11635 s1d1 m787-815``, ``EV6S1D1 m12``.  The old vegreferanse (before 2020) has the same
# head with the status in lower case: ``1600 Ev6 hp12 m1000``.
_SHORT_REFERENCE = re.compile(r"^\s*(?:\d{4}\s+)?([ERFKPS])([VAPF])\s*(\d+)(?![\d])", re.IGNORECASE)
# Where an export kept the API's nested object as JSON text, the short form is its "kortform".
_KORTFORM = re.compile(r"""["']kortform["']\s*:\s*["']([^"']+)["']""")


def parse_reference(text: object) -> Tuple[Optional[str], float]:
    """Road category and number from a vegsystemreferanse (``"EV6 S1D1 m0-100"`` -> ("E", 6.0)).

    Accepts the short form with or without the municipality in front, in any case, the
    NVDB API's nested object as JSON text (its ``kortform`` is read), and the old vegreferanse
    (``"1600 Ev6 hp12 m1000"``).  (None, NaN) when the text is no road reference.
    """
    if text is None:
        return None, np.nan
    value = str(text)
    nested = _KORTFORM.search(value)
    if nested:
        value = nested.group(1)
    match = _SHORT_REFERENCE.match(value)
    if match:
        return match.group(1).upper(), float(match.group(3))
    category, number = _parse_category(value)  # a label as text: "E6", "Rv 4"
    return (category, number) if category is not None and np.isfinite(number) else (None, np.nan)


def _parse_number(text: str) -> float:
    if text.strip().casefold() in _UNKNOWN_TEXT:
        return np.nan
    item = _first_item(text)
    try:
        value = float(item.replace(",", "."))
    except ValueError:
        match = re.search(r"\d+", item)
        return float(match.group(0)) if match else np.nan
    return value if np.isfinite(value) else np.nan


def _by_unique(series: pd.Series, parse, dtype=object) -> np.ndarray:
    """Apply ``parse`` once per distinct text value (road layers repeat few values)."""
    codes, uniques = pd.factorize(series.astype(str), sort=False)
    parsed = np.empty(len(uniques), dtype=dtype)
    for i, key in enumerate(uniques):  # loop over distinct values, not over features
        parsed[i] = parse(key)
    return parsed[codes]


def road_label(category: Sequence[Optional[str]], number: Sequence[float]) -> np.ndarray:
    """Labels in the usual Norwegian style ("E6", "Rv4", "Fv120", "Kv12").

    Parameters
    ----------
    category : sequence of str or None
        Category codes E/R/F/K/P/S.
    number : sequence of float
        Road numbers, NaN when unknown.

    Returns
    -------
    numpy.ndarray
        Object array of labels; None where category or number is unknown.
    """
    cats = pd.Series(list(category), dtype=object)
    nums = pd.Series(np.asarray(number, dtype="float64"))
    prefix = cats.map(CATEGORY_PREFIX)
    known = prefix.notna().to_numpy() & nums.notna().to_numpy()
    labels = np.full(len(cats), None, dtype=object)
    if known.any():
        digits = nums[known].round().astype("int64").astype(str).to_numpy()
        labels[known] = prefix[known].to_numpy(dtype=object) + digits
    return labels


def normalise_roads(
    frame: "gpd.GeoDataFrame",
    layer_name: str,
    category_field: Optional[str] = None,
    number_field: Optional[str] = None,
    type_field: Optional[str] = None,
) -> "gpd.GeoDataFrame":
    """Read road category and number from any road layer.

    Accepts single codes ("E", "R", "F", "K", "P", "S"), words ("Europaveg", "Riksvei",
    "Kommunal veg"), abbreviations ("Ev", "Rv", "Fv"), a code with the number ("E 6"),
    and the list values NVDB exports carry ("(2:F,F)" from GeoPackage, ``['F']`` from GML).
    Where a layer has NVDB's ``vegsystemreferanse`` (``EV6 S1D1 m0-100``, also nested as the
    API gives it, or nvdbapiv3's ``vref``), it gives the category and number the fields do not
    (:func:`parse_reference`); it is enough on its own.

    Parameters
    ----------
    frame : geopandas.GeoDataFrame
        The road layer (not modified).
    layer_name : str
        Name of the layer, for messages.
    category_field, number_field : str, optional
        Fields chosen by the user; detected from ``vegkategori``/``vegnummer`` and
        similar names when None.
    type_field : str, optional
        Road type (``typeVeg``: enkelBilveg, rampe, gangOgSykkelveg, sti, bilferje...);
        detected when None, optional.  With NVDB's ``trafikantgruppe`` (G = pedestrians
        and cyclists, detected automatically) it tells which roads trucks can use.

    Returns
    -------
    geopandas.GeoDataFrame
        A new frame with the input's index and CRS and the columns ``road_category``
        (str or None), ``road_number`` (float, NaN unknown), ``road_label`` (str or None),
        ``road_type`` (str or None, as published), ``truck_road`` (bool: a road with a
        known category that is not a path, pavement or ferry) and ``geometry``;
        ``attrs["unrecognised"]``: how many category values were not recognised, and examples.

    Raises
    ------
    InputError
        A field is missing (the message names the layer and the field).
    """
    columns = layer_columns(frame)
    ref_field = resolve_field(columns, None, REFERENCE_CANDIDATES, layer_name, "", required=False)
    cat_field = resolve_field(columns, category_field, CATEGORY_CANDIDATES, layer_name,
                              tr("road category (vegkategori)"), required=False)
    if cat_field is None and ref_field is None:
        raise InputError(
            tr("Layer '{layer}' has no road category and number (vegkategori and vegnummer) and no "
               "vegsystemreferanse (such as 'EV6 S1D1 m0-100'). Pick the fields in the algorithm's parameters, "
               "or give a road network as NVDB or Elveg 2.0 publish it. The layer's fields are: {fields}.").format(
                layer=layer_name, fields=", ".join("'{}'".format(c) for c in columns) or "-"),
            layer=layer_name)
    num_field = resolve_field(columns, number_field, NUMBER_CANDIDATES, layer_name,
                              tr("road number (vegnummer)"), required=ref_field is None)

    category = np.full(len(frame), None, dtype=object)
    number = np.full(len(frame), np.nan)
    unrecognised: Tuple[int, List[str]] = (0, [])
    if cat_field is not None:
        category = _by_unique(frame[cat_field], lambda k: _parse_category(k)[0])
        number_in_category = _by_unique(frame[cat_field], lambda k: _parse_category(k)[1], "float64")
        texts = frame[cat_field].astype(str).str.strip()
        bad = pd.isna(category) & ~texts.str.casefold().isin(_UNKNOWN_TEXT).to_numpy() & frame[cat_field].notna()
        bad = np.asarray(bad, dtype=bool)
        if bad.any():
            unrecognised = (int(bad.sum()), sorted(set(texts[bad]))[:5])
    if num_field is not None:
        numbers = frame[num_field]
        if pd.api.types.is_numeric_dtype(numbers.dtype):
            number = numbers.to_numpy(dtype="float64", na_value=np.nan)
        else:
            number = _by_unique(numbers, _parse_number, "float64")
    if cat_field is not None:
        # A number written with the category ("E 6") fills a missing number.
        number = np.where(np.isnan(number), number_in_category, number)
    if ref_field is not None:
        # The vegsystemreferanse ("EV6 S1D1 m0-100") fills what the fields leave open.
        references = frame[ref_field]
        ref_category = _by_unique(references, lambda k: parse_reference(k)[0])
        ref_number = _by_unique(references, lambda k: parse_reference(k)[1], "float64")
        missing = pd.isna(category)
        category = np.where(missing, ref_category, category).astype(object)
        number = np.where(np.isnan(number), ref_number, number)
    number[~np.isfinite(number)] = np.nan

    truck_road = ~pd.isna(category)
    road_type = np.full(len(frame), None, dtype=object)
    t_field = resolve_field(columns, type_field, TYPE_CANDIDATES, layer_name,
                            tr("road type (typeVeg)"), required=False)
    if t_field is not None:
        types = frame[t_field]
        road_type = _by_unique(types, lambda k: None if k.strip().casefold() in _UNKNOWN_TEXT
                               else k.strip())
        truck_road &= ~_by_unique(types, lambda k: normalise_field_name(k) in NON_TRUCK_TYPES, bool)
    g_field = resolve_field(columns, None, USER_GROUP_CANDIDATES, layer_name, "", required=False)
    if g_field is not None:
        truck_road &= ~_by_unique(frame[g_field], lambda k: _first_item(k).upper() == "G", bool)

    result = gpd.GeoDataFrame(
        {
            "road_category": category,
            "road_number": number,
            "road_label": road_label(category, number),
            "road_type": road_type,
            "truck_road": truck_road,
        },
        geometry=frame.geometry.to_numpy(),
        index=frame.index.copy(),
        crs=frame.crs,
    )
    result.attrs["unrecognised"] = unrecognised
    return result


def require_centrelines(frame: "gpd.GeoDataFrame", layer_name: str) -> Tuple["gpd.GeoDataFrame", int]:
    """The road layer's lines, and how many features that are not lines were left out.

    Raises
    ------
    InputError
        The layer has no lines at all (points and polygons such as FKB-Veg's road edges,
        road areas and signs): the criteria need a centreline network.
    """
    geoms = np.asarray(frame.geometry.array, dtype=object)
    lines = np.isin(shapely.get_type_id(geoms), (1, 2, 5))
    if len(frame) and not lines.any():
        names = ", ".join(sorted(set(frame.geometry.geom_type.dropna())))
        raise InputError(
            tr("The road layer '{layer}' has {types} geometries, not lines. The road criteria need a centreline "
               "network: road lines with vegkategori and vegnummer or a vegsystemreferanse, as NVDB and "
               "Kartverket's Elveg 2.0 publish them. Road edges, road areas and points (FKB-Veg) are not a "
               "network.").format(
                layer=layer_name, types=names or "-"),
            layer=layer_name)
    return (frame, 0) if lines.all() else (frame[lines], int((~lines).sum()))


def labels_in_layer(roads: "gpd.GeoDataFrame", categories: str = "ER") -> List[str]:
    """The distinct road labels of ``categories`` (E, R by default) in a normalised road layer,
    in the usual order (E6, E18, Rv4, Rv19); all labels when it has none of those."""
    labels = {label for label in roads["road_label"].dropna().unique() if isinstance(label, str)}
    chosen = [label for label in labels if label[:1] in categories] or list(labels)
    return sorted(chosen, key=_label_key)


def parse_corridor_list(text: str) -> List[str]:
    """Parse a user's list of corridors into normalised road labels.

    ``"E6, E18;rv7 RV 4"`` gives ``["E6", "E18", "Rv7", "Rv4"]``.  Items may be separated
    by commas, semicolons, slashes, line breaks or spaces; categories may be written as
    codes, abbreviations or words ("Riksveg 4").  Duplicates are dropped, order is kept.

    Parameters
    ----------
    text : str
        The list as typed.

    Returns
    -------
    list of str
        Labels such as ``E6``, ``Rv4``, ``Fv120``.

    Raises
    ------
    InputError
        An item is not a road reference; the message quotes it.
    """
    if text is None:
        return []
    labels: List[str] = []
    for chunk in re.split(r"[,;/|\n\r\t]+", str(text)):
        position = 0
        chunk = chunk.strip()
        for match in _REFERENCE.finditer(chunk):
            leftover = chunk[position:match.start()].strip()
            code = _CATEGORY_WORDS.get(normalise_field_name(match.group(1)))
            if leftover or code is None:
                _bad_corridor(leftover or match.group(0))
            label = CATEGORY_PREFIX[code] + str(int(match.group(2)))
            if label not in labels:
                labels.append(label)
            position = match.end()
        if chunk[position:].strip():
            _bad_corridor(chunk[position:].strip())
    return labels


def _bad_corridor(item: str) -> None:
    raise InputError(
        tr("'{item}' in the corridor list is not a road reference. Write roads like "
           "E6, E18, Rv4, Fv120, separated by commas.").format(item=item)
    )


def corridor_mask(roads: "gpd.GeoDataFrame", corridors: Sequence[str]) -> np.ndarray:
    """Which roads belong to the named corridors.

    Parameters
    ----------
    roads : geopandas.GeoDataFrame
        Output of :func:`normalise_roads`.
    corridors : sequence of str
        Corridor names in any spelling :func:`parse_corridor_list` accepts
        ("E6", "RV 4", "riksveg 7"); a single string is parsed as a list.

    Returns
    -------
    numpy.ndarray
        Boolean mask, one value per road.
    """
    if "road_label" not in roads.columns:
        raise InputError(
            tr("The road table has no 'road_label' column; read the road layer with "
               "normalise_roads first.")
        )
    if isinstance(corridors, str):
        corridors = [corridors]
    wanted = set()
    for item in corridors:
        wanted.update(parse_corridor_list(item))
    return roads["road_label"].isin(wanted).to_numpy(dtype=bool)


def _label_key(label: str) -> Tuple[int, int, str]:
    match = re.match(r"([A-Za-z]+)(\d+)$", label)
    if not match:
        return (len(_CATEGORY_ORDER), 0, label)
    code = match.group(1)[0].upper()
    rank = _CATEGORY_ORDER.index(code) if code in _CATEGORY_ORDER else len(_CATEGORY_ORDER)
    return (rank, int(match.group(2)), label)


def _join_labels(labels) -> Optional[str]:
    unique = {label for label in labels if isinstance(label, str) and label}
    return "/".join(sorted(unique, key=_label_key)) if unique else None


def _line_parts(geometries: np.ndarray) -> Tuple[np.ndarray, np.ndarray]:
    """Single LineStrings of each geometry, with the index of the row they came from."""
    parts, index = shapely.get_parts(geometries, return_index=True)
    keep = np.isin(shapely.get_type_id(parts), (1, 2)) & ~shapely.is_empty(parts)
    return parts[keep], index[keep]


def _nearest_on_lines(points: np.ndarray, lines: np.ndarray) -> np.ndarray:
    """Point on each line nearest to the matching point (vectorised)."""
    return shapely.line_interpolate_point(lines, shapely.line_locate_point(lines, points))


def access_points(
    roads: "gpd.GeoDataFrame",
    corridor: np.ndarray,
    tolerance: float = 1.0,
    merge_distance: float = 50.0,
    layer_name: str = "roads",
    progress: Optional[Progress] = None,
) -> "gpd.GeoDataFrame":
    """Points where a truck can leave a corridor: where a corridor road meets another road.

    Only roads a truck can use count as the other road (``truck_road`` when the frame
    has it: no paths, pavements or ferries).

    In road networks (NVDB, N1000, OSM) connected roads share a node.  A meeting point is
    therefore (a) an end of a non-corridor road on a corridor road, (b) an end of a
    corridor road on a non-corridor road, or (c) a vertex shared by both.  Roads that
    merely cross without a shared vertex are bridges or tunnels and are not exits.
    Points closer than ``merge_distance`` are merged (one interchange, one point).

    Parameters
    ----------
    roads : geopandas.GeoDataFrame
        Output of :func:`normalise_roads`, in a projected CRS (metres).
    corridor : numpy.ndarray
        Boolean mask of corridor roads (see :func:`corridor_mask`).
    tolerance : float
        How close (m) two road ends must be to count as connected; absorbs rounding.
    merge_distance : float
        Access points closer than this (m) are merged.
    layer_name : str
        Name of the road layer, for messages.
    progress : Progress, optional
        Cancellation and progress.

    Returns
    -------
    geopandas.GeoDataFrame
        Points with ``road_label`` (the corridor, e.g. "E6"; "E6/E18" where several meet)
        and ``exit_to`` (labels of the roads one can turn onto, e.g. "Rv19/Fv120"; an
        unnumbered road is named by its category, "Kv" or "Pv"), in the roads' CRS.
    """
    progress = progress or Progress()
    corridor = np.asarray(corridor, dtype=bool)
    if corridor.shape != (len(roads),):
        raise InputError(
            tr("The corridor selection has {n} values but layer '{layer}' has {m} roads.").format(
                n=corridor.size, layer=layer_name, m=len(roads)),
            layer=layer_name,
        )
    if roads.crs is not None and roads.crs.is_geographic:
        raise InputError(
            tr("Layer '{layer}' is in a geographic CRS ({crs}); distances need metres. "
               "Reproject it to a projected CRS such as EPSG:25833.").format(
                layer=layer_name, crs=roads.crs.to_string()),
            layer=layer_name,
        )
    labels = _column(roads, "road_label")
    # Unnumbered roads are still exits: name them by category ("Kv" = a municipal road).
    exit_names = np.where(pd.isna(labels), pd.Series(_column(roads, "road_category")).map(CATEGORY_PREFIX)
                          .to_numpy(dtype=object), labels)
    exit_names = np.where(pd.isna(exit_names), None, exit_names)
    others = ~corridor
    if "truck_road" in roads.columns:  # paths, pavements and ferries are no way out for a truck
        others &= roads["truck_road"].to_numpy(dtype=bool)
    geoms = roads.geometry.to_numpy()

    c_lines, c_row = _line_parts(geoms[corridor])
    o_lines, o_row = _line_parts(geoms[others])
    c_label = labels[corridor][c_row]
    o_label = exit_names[others][o_row]
    if len(c_lines) == 0 or len(o_lines) == 0:
        return _empty_access(roads.crs)
    progress.set_progress(10)

    # Only roads that come within the tolerance of a corridor can meet it: find those
    # pairs once, so the vertex work below is done on a few roads, not the whole network.
    tree = shapely.STRtree(c_lines)
    bounds = shapely.bounds(o_lines) + np.array([-tolerance, -tolerance, tolerance, tolerance])
    # Envelope test only (no predicate): cheap, and a superset of the roads that meet.
    o_near, c_near = tree.query(shapely.box(*bounds.T))
    if len(o_near) == 0:
        return _empty_access(roads.crs)
    o_sel, c_sel = np.unique(o_near), np.unique(c_near)
    o_lines, o_label = o_lines[o_sel], o_label[o_sel]
    progress.check()
    progress.set_progress(30)

    found_pts, found_corr, found_exit = [], [], []

    # (a) ends of other roads on a corridor line: the point is taken on the corridor.
    ends = np.concatenate([shapely.get_point(o_lines, 0), shapely.get_point(o_lines, -1)])
    end_label = np.concatenate([o_label, o_label])
    pi, li = tree.query(ends, predicate="dwithin", distance=tolerance)
    found_pts.append(_nearest_on_lines(ends[pi], c_lines[li]))
    found_corr.append(c_label[li])
    found_exit.append(end_label[pi])
    progress.check()
    progress.set_progress(45)

    # (b) ends of corridor roads on another road (the corridor ends in a junction).
    c_touch, c_touch_label = c_lines[c_sel], c_label[c_sel]
    c_ends = np.concatenate([shapely.get_point(c_touch, 0), shapely.get_point(c_touch, -1)])
    c_end_label = np.concatenate([c_touch_label, c_touch_label])
    pi, li = shapely.STRtree(o_lines).query(c_ends, predicate="dwithin", distance=tolerance)
    found_pts.append(c_ends[pi])
    found_corr.append(c_end_label[pi])
    found_exit.append(o_label[li])
    progress.check()
    progress.set_progress(60)

    # (c) interior vertices shared by both (networks not split at every junction).
    o_xy, o_idx = shapely.get_coordinates(o_lines, return_index=True)
    first = np.r_[True, o_idx[1:] != o_idx[:-1]]
    last = np.r_[o_idx[1:] != o_idx[:-1], True]
    interior = ~(first | last)
    if interior.any():
        c_xy, c_idx = shapely.get_coordinates(c_touch, return_index=True)
        c_vertices = shapely.points(c_xy)
        o_vertices = shapely.points(o_xy[interior])
        pi, vi = shapely.STRtree(c_vertices).query(o_vertices, predicate="dwithin", distance=tolerance)
        found_pts.append(c_vertices[vi])
        found_corr.append(c_touch_label[c_idx[vi]])
        found_exit.append(o_label[o_idx[interior][pi]])
    progress.check()
    progress.set_progress(80)

    points = np.concatenate(found_pts)
    if len(points) == 0:
        return _empty_access(roads.crs)
    corr = np.concatenate(found_corr)
    exits = np.concatenate(found_exit)
    return _merge_points(points, corr, exits, merge_distance, roads.crs)


def _column(frame, name: str) -> np.ndarray:
    if name in frame.columns:
        return frame[name].to_numpy(dtype=object)
    return np.full(len(frame), None, dtype=object)


def _merge_points(points, corr, exits, merge_distance, crs) -> "gpd.GeoDataFrame":
    """Greedy spatial de-duplication: keep a point, absorb every point within the distance."""
    xy = shapely.get_coordinates(points)
    order = np.lexsort((xy[:, 1], xy[:, 0]))  # deterministic: west to east
    points, corr, exits = points[order], corr[order], exits[order]
    left, right = shapely.STRtree(points).query(points, predicate="dwithin",
                                                distance=max(float(merge_distance), 0.0))
    sort = np.argsort(left, kind="stable")
    left, right = left[sort], right[sort]
    bounds = np.searchsorted(left, np.arange(len(points) + 1))
    taken = np.zeros(len(points), dtype=bool)
    kept, corr_out, exit_out = [], [], []
    # One pass over candidate points (few: junctions on corridors), not over road features.
    for i in range(len(points)):
        if taken[i]:
            continue
        group = right[bounds[i]:bounds[i + 1]]
        group = group[~taken[group]]
        taken[group] = True
        taken[i] = True
        kept.append(i)
        corr_out.append(_join_labels(corr[group]))
        exit_out.append(_join_labels(exits[group]))
    return gpd.GeoDataFrame(
        {"road_label": np.array(corr_out, dtype=object), "exit_to": np.array(exit_out, dtype=object)},
        geometry=points[np.array(kept, dtype=int)],
        crs=crs,
    )


def _empty_access(crs) -> "gpd.GeoDataFrame":
    return gpd.GeoDataFrame(
        {"road_label": np.array([], dtype=object), "exit_to": np.array([], dtype=object)},
        geometry=np.array([], dtype=object),
        crs=crs,
    )

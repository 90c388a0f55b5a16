# SPDX-License-Identifier: GPL-2.0-or-later
"""Reads the attributes of plan layers: which features are land use (arealformål) and which
are hensynssoner or plan boundaries, which field holds each code, status and plan id, and the
codes written as text (``"1340 Industri"``, ``"H320_1"``).

A plan layer as municipalities and the plan register deliver it holds several object types
(:mod:`.plan_objects`).  Land use is picked by object type, or, where a layer does not say,
by having a land-use code: a polygon without one (a plan boundary, a hensynssone) is not land
use and is left out with a note, so it can never compete with the real zone in the overlay.
Hensynssoner of the same layer are read by :func:`extract_hensynssoner`, with the code from
whichever of the type-specific fields (``fare``, ``angittHensyn``, ``støy``...) holds it.
"""
import re
from typing import Dict, List, Optional, Sequence, Tuple

import geopandas as gpd
import numpy as np
import pandas as pd

from ..codelists import known_codes
from ..errors import InputError
from ..fields import find_field, layer_columns, numeric_values, resolve_field
from ..i18n import tr
from .plan_objects import (
    HENSYN_CATEGORIES,
    HENSYN_TYPES,
    LAND_USE_TYPES,
    PLAN_AREA_TYPES,
    category_of_code,
    object_types,
    plan_level,
)

# Field names seen in SOSI/GML/FGDB plan data and in municipal exports, matched without
# regard to case.  The first match wins, so the specific names come first.
ZONING_CODE_FIELDS = (
    "arealformål", "arealformal", "arealformaal",
    "rpArealformål", "rpArealformal", "kpArealformål", "kpArealformal",
    "reguleringsformål", "reguleringsformal", "reguleringsformaal",
    "arealbruk", "formål", "formal", "formaal",
)
# Not plain "status": plan data also carries planstatus (vedtatt, opphevet...), a different thing.
ZONING_STATUS_FIELDS = ("arealbruksstatus", "arealbruk_status", "arealbrukstatus")
ZONING_PLAN_FIELDS = (
    "planidentifikasjon", "planid", "plan_id", "arealplanid", "arealplanId", "planident",
)
KOMMUNE_FIELDS = ("kommunenummer", "kommunenr", "komm", "kommune")
#: Fields with a hensynssone code of any category; the type-specific ones follow
#: (:data:`.plan_objects.HENSYN_CATEGORIES`: ``fare``, ``angittHensyn``, ``støy``...).
HAZARD_CODE_FIELDS = (
    "hensynssonekode", "faresone", "hensynskategori", "hensynSonekategori", "hensynsonekategori", "sonetype", "kode",
)
HAZARD_NAME_FIELDS = ("hensynSonenavn", "hensynsonenavn", "sonenavn", "navn", "name")
#: The plan's date, as plan data carry it: in force from, else the final decision.
PLAN_DATE_FIELDS = ("ikrafttredelsesdato", "ikrafttredelse", "vedtakEndeligPlanDato", "vedtaksdato")

#: The columns of the land-use, hensynssone and plan-area tables (:func:`extract_land_use`,
#: :func:`extract_hensynssoner`, :func:`extract_plan_areas`), in the SOSI spelling, so that
#: the readers here find them again by their usual names.
LAND_USE_COLUMNS = (
    "objekttypenavn", "arealformål", "arealbruksstatus", "plansystem", "plannivå", "kommunenummer",
    "planidentifikasjon", "plannavn", "planstatus", "ikrafttredelsesdato", "vedtakEndeligPlanDato", "feltbetegnelse",
)
HENSYN_COLUMNS = (
    "objekttypenavn", "kategori", "hensynssonekode", "hensynSonenavn", "beskrivelse", "plannivå", "kommunenummer",
    "planidentifikasjon",
)
PLAN_AREA_COLUMNS = (
    "objekttypenavn", "plannivå", "kommunenummer", "planidentifikasjon", "plannavn", "plantype", "planstatus",
    "lovreferanse", "ikrafttredelsesdato", "vedtakEndeligPlanDato",
)
BUILDING_LIMIT_COLUMNS = (
    "objekttypenavn", "juridisklinje", "plannivå", "kommunenummer", "planidentifikasjon", "plannavn",
)
#: The byggegrense of each juridisk linje code list (SOSI Plan 5.0): RpJuridiskLinje 1211,
#: KpJuridiskLinje 1111.  The two lists do not share codes (12xx and 11xx), so a line of no
#: known type is a byggegrense by its code alone.
BUILDING_LIMIT_CODES: Dict[str, int] = {"RpJuridiskLinje": 1211, "KpJuridiskLinje": 1111}
#: Fields that hold the juridisk linje code: ``juridisklinje`` (GML 20190401, NAP),
#: ``juridiskLinjetype`` (DiBK's newer styles), ``RPJURLINJE``/``KPJURLINJE`` (SOSI 4.5 exports).
BUILDING_LIMIT_CODE_FIELDS = ("juridisklinje", "juridiskLinjetype", "rpjurlinje", "kpjurlinje")
#: Plan attributes a land-use or hensynssone feature takes from its plan boundary.
PLAN_ATTRIBUTES = ("plannavn", "planstatus", "ikrafttredelsesdato", "vedtakEndeligPlanDato")
_TEXT_FIELDS: Dict[str, Tuple[str, ...]] = {
    "plannavn": ("plannavn",),
    "planstatus": ("planstatus",),
    "plantype": ("plantype",),
    "lovreferanse": ("lovreferanse",),
    "ikrafttredelsesdato": ("ikrafttredelsesdato", "ikrafttredelse"),
    "vedtakEndeligPlanDato": ("vedtakEndeligPlanDato", "vedtaksdato"),
    "feltbetegnelse": ("feltbetegnelse", "feltnavn", "områdenavn"),
    "hensynSonenavn": HAZARD_NAME_FIELDS[:3],
    "beskrivelse": ("beskrivelse",),
}
#: Names of the plan levels in the tables' ``plannivå`` column.
LEVEL_NAMES = {"rp": "reguleringsplan", "kp": "kommuneplan"}
_SYSTEM_LEVEL = {"rpa": "rp", "rp1985": "rp", "kpa": "kp", "kp1985": "kp"}

# A code written before a name: "1340 Industri".
_LEADING_CODE = re.compile(r"^\s*(\d{3,4})(?!\d)")

# A code field may hold "320" or "H320"; a name field is read only for the SOSI pattern
# "H320_1", so free text such as "200-årsflom" is never taken for a code.
_HAZARD_CODE = re.compile(r"^\s*[Hh]?_?(\d{3})(?!\d)")
_HAZARD_NAME_CODE = re.compile(r"(?:^|[^A-Za-z])[Hh]_?(\d{3})(?!\d)")
_DATE = re.compile(r"^\s*(\d{4})-?(\d{2})-?(\d{2})")
_NORWEGIAN_DATE = re.compile(r"^\s*(\d{1,2})\.(\d{1,2})\.(\d{4})\s*$")


def _codes_from_values(values: pd.Series, numeric: np.ndarray, pattern: "re.Pattern[str]") -> np.ndarray:
    """Fill NaN codes from text such as ``"1340 Industri"`` or ``"H320_1"``."""
    codes = numeric.copy()
    todo = np.isnan(codes) & values.notna().to_numpy()
    if todo.any():
        extracted = values[todo].astype(str).str.extract(pattern, expand=False)
        codes[todo] = pd.to_numeric(extracted, errors="coerce").to_numpy(dtype=float)
    return codes


def _plan_ids(values: pd.Series) -> np.ndarray:
    """Plan ids as str (None when missing); ``20150012.0`` from a float column -> ``"20150012"``."""
    result = np.full(len(values), None, dtype=object)
    present = values.notna().to_numpy()
    if pd.api.types.is_float_dtype(values.dtype):
        numbers = values.to_numpy(dtype=float)
        whole = present & (numbers == np.round(numbers))
        result[whole] = numbers[whole].astype(np.int64).astype(str)
        rest = present & ~whole
        result[rest] = numbers[rest].astype(str)
    else:
        texts = values[present].astype(str).str.strip()
        texts = texts.where(texts != "", None)
        result[present] = texts.to_numpy(dtype=object)
    return result


def _present(values: pd.Series) -> np.ndarray:
    """True where a value is given: not NULL, not NaN, not empty text."""
    present = values.notna().to_numpy(dtype=bool)
    if values.dtype == object and present.any():
        texts = values[present].astype(str).str.strip()
        present[present] = (texts != "").to_numpy() & (texts.str.lower() != "nan").to_numpy()
    return present


def _all_fields(columns: Sequence[str], candidates: Sequence[str]) -> List[str]:
    """Every column that one of ``candidates`` names, in the candidates' order, each once."""
    found: List[str] = []
    for candidate in candidates:
        column = find_field([c for c in columns if c not in found], [candidate])
        if column is not None:
            found.append(column)
    return found


def _coalesced_codes(frame: pd.DataFrame, fields: Sequence[str], pattern: "re.Pattern[str]",
                     numeric_first: bool = True) -> Tuple[np.ndarray, np.ndarray, List[str]]:
    """Per row the first readable code of ``fields`` (in order), whether any field had a value,
    and the fields that gave a code."""
    codes = np.full(len(frame), np.nan)
    present = np.zeros(len(frame), dtype=bool)
    used: List[str] = []
    for field in fields:
        values = frame[field]
        present |= _present(values)
        numeric = numeric_values(frame, field) if numeric_first else np.full(len(frame), np.nan)
        field_codes = _codes_from_values(values, numeric, pattern)
        take = np.isnan(codes) & ~np.isnan(field_codes)
        if take.any():
            codes[take] = field_codes[take]
            used.append(field)
    return codes, present, used


def _type_counts(types: np.ndarray, mask: np.ndarray) -> str:
    names, counts = np.unique(np.array([t or "?" for t in types[mask]], dtype=object), return_counts=True)
    return ", ".join("{} {}".format(int(c), n) for n, c in sorted(zip(names, counts), key=lambda x: (-x[1], x[0])))


def land_use_rows(
    frame: gpd.GeoDataFrame, layer_name: str, code_field: Optional[str] = None, level: Optional[str] = None,
    required: bool = True,
) -> Tuple[np.ndarray, np.ndarray, List[str], List[str]]:
    """Which features of a plan layer are land use, and their codes.

    A feature is land use when its object type is a land-use type
    (:data:`.plan_objects.LAND_USE_TYPES`), or, when the layer does not say (no object type
    field, or a type it does not know), when it has a value in a land-use code field.

    Parameters
    ----------
    frame : GeoDataFrame
    layer_name : str
    code_field : str, optional
        The code field chosen by the user; otherwise every field of
        :data:`ZONING_CODE_FIELDS` present is read, the first with a value per feature.
    level : {"kp", "rp"}, optional
        Keep only land use of this plan level where the object type says which it is.
    required : bool, default True
        When False, a layer without any land-use code field is read as holding no codes
        (its features are land use only by object type) instead of raising.

    Returns
    -------
    (ndarray of bool, ndarray of float, list of str, list of str)
        The land-use mask, the code of every feature (NaN where unreadable), the fields read,
        and translated notes about the features left out.

    Raises
    ------
    InputError
        The layer has no land-use code field, or a chosen field is missing.
    """
    columns = layer_columns(frame)
    if code_field:
        fields = [resolve_field(columns, code_field, ZONING_CODE_FIELDS, layer_name,
                                tr("zoning code (arealformål)"), True)]
    else:
        fields = _all_fields(columns, ZONING_CODE_FIELDS)
        if not fields and required:  # raises the usual message naming the layer and its fields
            resolve_field(columns, None, ZONING_CODE_FIELDS, layer_name, tr("zoning code (arealformål)"), True)
    codes, present, used = _coalesced_codes(frame, fields, _LEADING_CODE)
    types, _ = object_types(frame, layer_name)
    notes: List[str] = []
    if types is None:
        land = present
    else:
        typed_land = np.array([t in LAND_USE_TYPES for t in types], dtype=bool)
        untyped = np.array([t is None for t in types], dtype=bool)
        land = typed_land | (untyped & present)
    not_land = ~land
    if not_land.any():
        note = tr("{n} polygons of '{layer}' have no land-use code (plan boundaries, hensynssoner): not used as "
                  "land use.").format(n=int(not_land.sum()), layer=layer_name)
        if types is not None:
            note += " " + tr("Object types left out: {types}.").format(types=_type_counts(types, not_land))
        notes.append(note)
    keep = land
    if level is not None and types is not None:
        levels = np.array([plan_level(t) or "" for t in types], dtype=object)
        other_level = land & (levels != "") & (levels != level)
        if other_level.any():
            notes.append(tr("{n} land-use polygons of '{layer}' belong to a {other} ({types}): not used as "
                            "{level} land use.").format(
                n=int(other_level.sum()), layer=layer_name, other=LEVEL_NAMES["kp" if level == "rp" else "rp"],
                types=_type_counts(types, other_level), level=LEVEL_NAMES[level]))
            keep = land & ~other_level
    return keep, codes, used or fields[:1], notes


def normalise_zoning(
    frame: gpd.GeoDataFrame,
    layer_name: str,
    code_field: Optional[str] = None,
    status_field: Optional[str] = None,
    plan_id_field: Optional[str] = None,
    level: Optional[str] = None,
) -> gpd.GeoDataFrame:
    """The land use of a zoning layer reduced to geometry, code, status and plan id.

    Parameters
    ----------
    frame : geopandas.GeoDataFrame
        Zoning polygons (kommuneplan or reguleringsplan arealformål), or a whole plan layer
        with boundaries, hensynssoner, lines and labels beside them.  Not modified.
    layer_name : str
        Name of the layer, for messages.
    code_field, status_field, plan_id_field : str, optional
        Fields to use; when not given they are found by their usual names
        (:data:`ZONING_CODE_FIELDS`, :data:`ZONING_STATUS_FIELDS`, :data:`ZONING_PLAN_FIELDS`).
    level : {"kp", "rp"}, optional
        The plan level the layer is used as: land use whose object type belongs to the
        other level (a kommuneplan's ``KpArealformålOmråde`` in a layer given as
        reguleringsplan) is left out with a note.  None keeps both.

    Returns
    -------
    geopandas.GeoDataFrame
        A new frame with the land-use features only (see :func:`land_use_rows`), their
        index and the layer's CRS, and the columns ``code`` (float, NaN when unreadable),
        ``status`` (float, arealbruksstatus, NaN when absent), ``plan_id`` (str or None),
        ``plan_date`` (``YYYY-MM-DD`` from ``ikrafttredelsesdato``, else ``vedtakEndeligPlanDato``
        or ``vedtaksdato``; None when the layer does not say) and ``geometry``.  Codes written
        as text with a leading number (``"1340 Industri"``) are read.  ``attrs["code_field"]``
        (the fields read, comma-separated), ``attrs["status_field"]``, ``attrs["plan_id_field"]`` name the fields used,
        ``attrs["unknown_codes"]`` counts land use without a readable code,
        ``attrs["not_land_use"]`` the features left out, ``attrs["warnings"]`` holds the
        translated notes about them (one per kind, naming the layer), ``attrs["layer_name"]``
        keeps the name for later messages.

    Raises
    ------
    InputError
        When no code field is found, a chosen field is missing, or the code field holds
        no numeric code at all (probably the wrong field).
    """
    columns = layer_columns(frame)
    keep, codes, code_fields, notes = land_use_rows(frame, layer_name, code_field, level)
    status_col = resolve_field(
        columns, status_field, ZONING_STATUS_FIELDS, layer_name, tr("arealbruksstatus"), False
    )
    plan_col = resolve_field(columns, plan_id_field, ZONING_PLAN_FIELDS, layer_name, tr("plan id"), False)

    if keep.any() and np.isnan(codes[keep]).all():
        values = frame[code_fields[0]][keep]
        example = values.dropna().astype(str).head(1).tolist()
        if example:
            raise InputError(
                tr(
                    "Layer '{layer}': field '{field}' holds no numeric zoning codes (e.g. '{example}'); "
                    "choose the field with the SOSI arealformål code such as 1340."
                ).format(layer=layer_name, field=code_fields[0], example=example[0]),
                layer=layer_name,
                field=code_fields[0],
            )
    status = numeric_values(frame, status_col) if status_col else np.full(len(frame), np.nan)
    plan_ids = _plan_ids(frame[plan_col]) if plan_col else np.full(len(frame), None, dtype=object)
    # The plan's date decides which plan prevails where plans overlap (pbl § 1-5).
    dates = _dates(_text_column(frame, PLAN_DATE_FIELDS))

    rows = np.flatnonzero(keep)
    result = gpd.GeoDataFrame(
        {"code": codes[rows], "status": status[rows], "plan_id": plan_ids[rows], "plan_date": dates[rows]},
        geometry=frame.geometry.to_numpy()[rows],
        crs=frame.crs,
        index=frame.index[rows].copy(),
    )
    result.attrs.update(
        layer_name=layer_name,
        code_field=", ".join(code_fields),
        status_field=status_col,
        plan_id_field=plan_col,
        unknown_codes=int(np.isnan(codes[rows]).sum()),
        not_land_use=int(len(frame) - rows.size),
        warnings=notes,
    )
    return result


def hazard_codes(
    zones: gpd.GeoDataFrame, code_field: Optional[str], layer_name: str
) -> Tuple[np.ndarray, Optional[str]]:
    """The hensynssone code of each zone (NaN when unreadable), and the fields it was read from.

    With ``code_field`` only that field is read (``"320"`` or ``"H320"``).  Otherwise each
    zone takes the first code found in: the fields of :data:`HAZARD_CODE_FIELDS`, then the
    type-specific fields of SOSI (``fare``, ``angittHensyn``, ``støy``, ``sikring``,
    ``infrastruktur``, ``båndlegging``, ``gjennomføring``, ``detaljering``: a plan layer fills
    the one of each zone's type), then a name field such as ``hensynSonenavn``, read only in
    the SOSI form ``"H320_1"``.  The second value names the fields that gave codes
    (comma-separated), None when none did.
    """
    columns = layer_columns(zones)
    if code_field:
        field = resolve_field(columns, code_field, HAZARD_CODE_FIELDS, layer_name, tr("hensynssone code"), False)
        codes, _, used = _coalesced_codes(zones, [field], _HAZARD_CODE)
        return codes, field
    code_fields = _all_fields(columns, HAZARD_CODE_FIELDS + HENSYN_CATEGORIES)
    codes, _, used = _coalesced_codes(zones, code_fields, _HAZARD_CODE)
    name_fields = _all_fields(columns, HAZARD_NAME_FIELDS)
    if name_fields and np.isnan(codes).any():
        todo = np.isnan(codes)
        named, _, named_used = _coalesced_codes(zones[todo], name_fields, _HAZARD_NAME_CODE, numeric_first=False)
        codes[todo] = named
        used += named_used
    if not used and (code_fields or name_fields):
        used = (code_fields or name_fields)[:1]
    return codes, ", ".join(used) if used else None


# --------------------------------------------------------------------------- plan tables

def _text_column(frame: pd.DataFrame, candidates: Sequence[str]) -> np.ndarray:
    """The first of ``candidates`` present, as text (None when missing); all None when absent."""
    fields = _all_fields(layer_columns(frame), candidates)
    result = np.full(len(frame), None, dtype=object)
    for field in fields:
        values = _plan_ids(frame[field])
        take = np.array([r is None for r in result], dtype=bool) & np.array([v is not None for v in values], dtype=bool)
        result[take] = values[take]
    return result


def _dates(values: np.ndarray) -> np.ndarray:
    """Dates as ``YYYY-MM-DD`` (from ``2021-06-17``, ``20210617``, ``2021-06-17T00:00:00``,
    ``17.06.2021``); other text is kept as it is."""
    result = np.full(len(values), None, dtype=object)
    for i, value in enumerate(values):
        if value is None:
            continue
        match = _DATE.match(str(value))
        norwegian = _NORWEGIAN_DATE.match(str(value))
        if match:
            result[i] = "{}-{}-{}".format(*match.groups())
        elif norwegian:
            day, month, year = norwegian.groups()
            result[i] = "{}-{:0>2}-{:0>2}".format(year, month, day)
        else:
            result[i] = str(value)
    return result


def _kommunenummer(values: np.ndarray) -> np.ndarray:
    """Municipality numbers as four digits (``301`` -> ``0301``)."""
    return np.array([v.zfill(4) if isinstance(v, str) and v.isdigit() and len(v) < 4 else v for v in values],
                    dtype=object)


def _plan_columns(frame: pd.DataFrame, rows: np.ndarray) -> Dict[str, np.ndarray]:
    """Plan id, municipality and the plan's own attributes of ``rows``, where the layer has them."""
    sub = frame.iloc[rows]
    columns = {
        "kommunenummer": _kommunenummer(_text_column(sub, KOMMUNE_FIELDS)),
        "planidentifikasjon": _text_column(sub, ZONING_PLAN_FIELDS),
    }
    for name in ("plannavn", "plantype", "planstatus", "lovreferanse", "ikrafttredelsesdato", "vedtakEndeligPlanDato",
                 "feltbetegnelse", "hensynSonenavn", "beskrivelse"):
        values = _text_column(sub, _TEXT_FIELDS[name])
        columns[name] = _dates(values) if name.endswith(("dato", "Dato")) else values
    return columns


def _frame(frame: gpd.GeoDataFrame, rows: np.ndarray, data: Dict[str, np.ndarray], names: Sequence[str]
           ) -> gpd.GeoDataFrame:
    table = {name: data[name] if name in data else np.full(rows.size, None, dtype=object) for name in names}
    return gpd.GeoDataFrame(table, geometry=frame.geometry.to_numpy()[rows], crs=frame.crs,
                            index=pd.RangeIndex(rows.size))


def _unrecognised(values: np.ndarray, bad: np.ndarray) -> Tuple[int, List[str]]:
    examples = sorted({str(int(v)) if isinstance(v, float) and np.isfinite(v) else str(v) for v in values[bad]})
    return int(bad.sum()), examples[:5]


def extract_land_use(frame: gpd.GeoDataFrame, layer_name: str, code_field: Optional[str] = None
                     ) -> gpd.GeoDataFrame:
    """The land-use features of a plan layer as a table in the SOSI spelling.

    Parameters
    ----------
    frame : GeoDataFrame
        A plan layer (one object type or many).  Not modified.
    layer_name : str
    code_field : str, optional
        The land-use code field; found by its usual names otherwise.

    Returns
    -------
    GeoDataFrame
        Columns :data:`LAND_USE_COLUMNS`: ``objekttypenavn``, ``arealformål`` (the code, float,
        NaN when unreadable; pbl-1985 ``reguleringsformål``/``arealbruk`` included),
        ``arealbruksstatus``, ``plansystem`` (``rpa``, ``kpa``, ``rp1985``, ``kp1985``; from the
        object type, else from the number of digits and the level when known), ``plannivå``,
        ``kommunenummer``, ``planidentifikasjon``, the plan's name, status and dates where the
        layer has them, ``feltbetegnelse``.  ``attrs["warnings"]`` (features left out) and
        ``attrs["unrecognised"]`` (count and examples of codes that are in no official list).
    """
    keep, codes, _, notes = land_use_rows(frame, layer_name, code_field, required=False)
    rows = np.flatnonzero(keep)
    types, _ = object_types(frame, layer_name)
    types = types[rows] if types is not None else np.full(rows.size, None, dtype=object)
    status_col = find_field(layer_columns(frame), ZONING_STATUS_FIELDS)
    data = _plan_columns(frame, rows)
    data["objekttypenavn"] = types
    data["arealformål"] = codes[rows]
    data["arealbruksstatus"] = numeric_values(frame, status_col)[rows] if status_col else np.full(rows.size, np.nan)
    levels = np.array([plan_level(t) for t in types], dtype=object)
    systems = np.array([LAND_USE_TYPES.get(t) if t else None for t in types], dtype=object)
    for i in np.flatnonzero(np.array([s is None for s in systems], dtype=bool)):
        code = data["arealformål"][i]
        if np.isfinite(code):
            modern = code >= 1000
            level = levels[i] or ("kp" if np.isfinite(data["arealbruksstatus"][i]) else "rp")
            systems[i] = ("kpa" if modern else "kp1985") if level == "kp" else ("rpa" if modern else "rp1985")
    data["plansystem"] = systems
    data["plannivå"] = np.array([LEVEL_NAMES.get(lv or _SYSTEM_LEVEL.get(s)) for lv, s in zip(levels, systems)],
                                dtype=object)
    known = {system: known_codes(system) for system in ("rpa", "kpa", "rp1985", "kp1985")}
    bad = np.array([np.isfinite(c) and s is not None and int(c) not in known[s]
                    for c, s in zip(data["arealformål"], systems)], dtype=bool)
    result = _frame(frame, rows, data, LAND_USE_COLUMNS)
    result.attrs.update(warnings=notes, unrecognised=_unrecognised(data["arealformål"], bad),
                        unknown_codes=int(np.isnan(data["arealformål"]).sum()))
    return result


def hensyn_rows(frame: pd.DataFrame, layer_name: str) -> np.ndarray:
    """Which features of a plan layer are hensynssoner: by object type, or, where the layer
    does not say, by a value in a hensynssone code field (``fare``, ``angittHensyn``...,
    ``hensynSonenavn``)."""
    types, _ = object_types(frame, layer_name)
    columns = layer_columns(frame)
    fields = _all_fields(columns, HAZARD_CODE_FIELDS + HENSYN_CATEGORIES + HAZARD_NAME_FIELDS[:3])
    present = np.zeros(len(frame), dtype=bool)
    for field in fields:
        present |= _present(frame[field])
    if types is None:
        land = np.zeros(len(frame), dtype=bool)
        land_fields = _all_fields(columns, ZONING_CODE_FIELDS)
        for field in land_fields:
            land |= _present(frame[field])
        return present & ~land
    typed = np.array([t in HENSYN_TYPES for t in types], dtype=bool)
    untyped = np.array([t is None for t in types], dtype=bool)
    return typed | (untyped & present)


def extract_hensynssoner(frame: gpd.GeoDataFrame, layer_name: str) -> gpd.GeoDataFrame:
    """The hensynssoner of a plan layer, every category, with their codes.

    This is the table to give as the hazard layer when a mixed plan layer (land use,
    boundaries and hensynssoner together) is all a user has.

    Parameters
    ----------
    frame : GeoDataFrame
        A plan layer: ``RpFareSone``/``KpFareSone`` with ``fare``, ``RpAngittHensynSone`` with
        ``angittHensyn``, ``RpStøySone`` with ``støy``, ``RpSikringSone`` with ``sikring``,
        ``RpInfrastrukturSone`` with ``infrastruktur``, ``RpBåndleggingSone`` with
        ``båndlegging``, ``RpGjennomføringSone``, ``RpDetaljeringSone``, the ``Kp`` equivalents,
        or a layer of zones without object types.  Not modified.
    layer_name : str

    Returns
    -------
    GeoDataFrame
        Columns :data:`HENSYN_COLUMNS`: ``objekttypenavn``; ``kategori`` (the SOSI name of the
        category: ``fare``, ``angittHensyn``, ``støy``, ``sikring``, ``infrastruktur``,
        ``båndlegging``, ``gjennomføring``, ``detaljering``; from the object type, else from the
        code's hundreds); ``hensynssonekode`` (float, the code from whichever field holds it,
        or from ``hensynSonenavn`` such as ``"H360_1"``; NaN when unreadable);
        ``hensynSonenavn``, ``beskrivelse``, ``plannivå``, ``kommunenummer``,
        ``planidentifikasjon``.  :func:`hazard_codes` reads the codes of this table again.
        ``attrs["unrecognised"]``: count and examples of codes that do not belong to the
        zone's category; ``attrs["unknown_codes"]``: zones without a readable code.
    """
    rows = np.flatnonzero(hensyn_rows(frame, layer_name))
    sub = frame.iloc[rows]
    types, _ = object_types(frame, layer_name)
    types = types[rows] if types is not None else np.full(rows.size, None, dtype=object)
    codes, _ = hazard_codes(sub, None, layer_name)
    categories = np.array([HENSYN_TYPES.get(t) if t else None for t in types], dtype=object)
    by_code = np.array([category_of_code(c) for c in codes], dtype=object)
    bad = np.array([np.isfinite(c) and (b is None or (k is not None and b != k))
                    for c, b, k in zip(codes, by_code, categories)], dtype=bool)
    categories = np.where(np.array([k is None for k in categories], dtype=bool), by_code, categories)
    data = _plan_columns(frame, rows)
    data.update(objekttypenavn=types, kategori=categories, hensynssonekode=codes,
                plannivå=np.array([LEVEL_NAMES.get(plan_level(t)) if t else None for t in types], dtype=object))
    result = _frame(frame, rows, data, HENSYN_COLUMNS)
    result.attrs.update(unrecognised=_unrecognised(codes, bad), unknown_codes=int(np.isnan(codes).sum()))
    return result


def extract_plan_areas(frame: gpd.GeoDataFrame, layer_name: str) -> gpd.GeoDataFrame:
    """The plan boundaries (``RpOmråde``, ``KpOmråde``) of a plan layer with their plan's id,
    name, type, status, law and dates (columns :data:`PLAN_AREA_COLUMNS`).  A layer without
    object types has none."""
    types, _ = object_types(frame, layer_name)
    if types is None:
        rows = np.empty(0, dtype=np.int64)
        types = np.empty(0, dtype=object)
    else:
        rows = np.flatnonzero(np.array([t in PLAN_AREA_TYPES for t in types], dtype=bool))
        types = types[rows]
    data = _plan_columns(frame, rows)
    data.update(objekttypenavn=types,
                plannivå=np.array([LEVEL_NAMES[PLAN_AREA_TYPES[t]] for t in types], dtype=object))
    return _frame(frame, rows, data, PLAN_AREA_COLUMNS)


def attach_plan_attributes(table: gpd.GeoDataFrame, plan_areas: gpd.GeoDataFrame) -> gpd.GeoDataFrame:
    """Fill a land-use or hensynssone table's missing plan name, status and dates from the
    plan boundary of the same plan (same ``kommunenummer`` and ``planidentifikasjon``; the
    plan id alone where the municipality is not given).  Returns a new table."""
    result = table.copy()
    if not len(result) or not len(plan_areas):
        return result
    lookup: Dict[Tuple[Optional[str], Optional[str]], Dict[str, object]] = {}
    for row in plan_areas.itertuples(index=False):
        values = {name: getattr(row, name, None) for name in PLAN_ATTRIBUTES}
        lookup.setdefault((row.kommunenummer, row.planidentifikasjon), values)
        lookup.setdefault((None, row.planidentifikasjon), values)
    for name in PLAN_ATTRIBUTES:
        if name not in result.columns:
            continue
        values = result[name].to_numpy(dtype=object).copy()
        for i, (kommune, plan) in enumerate(zip(result["kommunenummer"], result["planidentifikasjon"])):
            if values[i] is None and plan is not None:
                found = lookup.get((kommune, plan)) or lookup.get((None, plan))
                if found is not None:
                    values[i] = found.get(name)
        result[name] = values
    return result


def extract_building_limits(frame: gpd.GeoDataFrame, layer_name: str, all_lines: bool = False) -> gpd.GeoDataFrame:
    """The byggegrense lines of a plan layer: ``RpJuridiskLinje`` with ``juridisklinje`` 1211 and
    ``KpJuridiskLinje`` with 1111 (:data:`BUILDING_LIMIT_CODES`), or with the code written as
    text ("Byggegrense"); lines of no known type by their code.  Other juridiske linjer (regulert
    tomtegrense, frisiktlinje...) are left out.

    Parameters
    ----------
    frame : GeoDataFrame
        A plan layer (lines among its other features).  Not modified.
    layer_name : str
    all_lines : bool
        Every line is a byggegrense (a layer of them drawn by hand, without codes).

    Returns
    -------
    GeoDataFrame
        Columns :data:`BUILDING_LIMIT_COLUMNS`; ``juridisklinje`` as float.
    """
    import shapely

    geoms = np.asarray(frame.geometry.array, dtype=object)
    linear = np.isin(shapely.get_type_id(geoms), (1, 2, 5))
    types, _ = object_types(frame, layer_name)
    types = types if types is not None else np.full(len(frame), None, dtype=object)
    wanted = np.array([BUILDING_LIMIT_CODES.get(t, np.nan) if t is not None else np.nan for t in types], dtype=float)
    untyped = np.array([t is None for t in types], dtype=bool)
    fields = _all_fields(layer_columns(frame), BUILDING_LIMIT_CODE_FIELDS)
    codes = _coalesced_codes(frame, fields, _LEADING_CODE)[0] if fields else np.full(len(frame), np.nan)
    named = np.zeros(len(frame), dtype=bool)  # "Byggegrense" without its number
    for field in fields:
        named |= frame[field].astype(str).str.casefold().str.contains("byggegrense").to_numpy()
    named &= np.isnan(codes)
    codes = np.where(named, np.where(np.isnan(wanted), BUILDING_LIMIT_CODES["RpJuridiskLinje"], wanted), codes)
    limit = np.where(untyped, np.isin(codes, list(BUILDING_LIMIT_CODES.values())), codes == wanted)
    rows = np.flatnonzero(linear & (limit | all_lines))
    data = _plan_columns(frame, rows)
    data.update(objekttypenavn=types[rows], juridisklinje=codes[rows],
                plannivå=np.array([LEVEL_NAMES.get(plan_level(t)) if t else None for t in types[rows]], dtype=object))
    return _frame(frame, rows, data, BUILDING_LIMIT_COLUMNS)

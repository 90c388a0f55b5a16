# SPDX-License-Identifier: GPL-2.0-or-later
"""Reads the attributes of plan layers: which field of a zoning (arealformål) or hensynssone
layer holds the code, status and plan id, and the codes written as text (``"1340 Industri"``,
``"H320_1"``)."""
import re
from typing import Optional, Tuple

import geopandas as gpd
import numpy as np
import pandas as pd

from ..errors import InputError
from ..fields import layer_columns, numeric_values, resolve_field
from ..i18n import tr

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
HAZARD_CODE_FIELDS = (
    "faresone", "hensynskategori", "hensynSonekategori", "hensynsonekategori", "sonetype", "kode",
)
HAZARD_NAME_FIELDS = ("hensynSonenavn", "hensynsonenavn", "sonenavn", "navn", "name")

# A code written before a name: "1340 Industri".
_LEADING_CODE = re.compile(r"^\s*(\d{3,4})(?!\d)")

# A code field may hold "320" or "H320"; a name field is read only for the SOSI pattern
# "H320_1", so free text such as "200-årsflom" is never taken for a code.
_HAZARD_CODE = re.compile(r"^\s*[Hh]?_?(\d{3})(?!\d)")
_HAZARD_NAME_CODE = re.compile(r"(?:^|[^A-Za-z])[Hh]_?(\d{3})(?!\d)")


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



def normalise_zoning(
    frame: gpd.GeoDataFrame,
    layer_name: str,
    code_field: Optional[str] = None,
    status_field: Optional[str] = None,
    plan_id_field: Optional[str] = None,
) -> gpd.GeoDataFrame:
    """A zoning layer reduced to geometry, code, status and plan id.

    Parameters
    ----------
    frame : geopandas.GeoDataFrame
        Zoning polygons (kommuneplan or reguleringsplan arealformål).  Not modified.
    layer_name : str
        Name of the layer, for messages.
    code_field, status_field, plan_id_field : str, optional
        Fields to use; when not given they are found by their usual names
        (:data:`ZONING_CODE_FIELDS`, :data:`ZONING_STATUS_FIELDS`, :data:`ZONING_PLAN_FIELDS`).

    Returns
    -------
    geopandas.GeoDataFrame
        A new frame with the same index and CRS and the columns ``code`` (float, NaN when
        unknown), ``status`` (float, arealbruksstatus, NaN when absent), ``plan_id`` (str
        or None) and ``geometry``.  Codes written as text with a leading number
        (``"1340 Industri"``) are read.  ``attrs["code_field"]``, ``attrs["status_field"]``,
        ``attrs["plan_id_field"]`` name the fields used, ``attrs["unknown_codes"]`` counts
        features without a readable code, ``attrs["layer_name"]`` keeps the name for
        later messages.

    Raises
    ------
    InputError
        When no code field is found, a chosen field is missing, or the code field holds
        no numeric code at all (probably the wrong field).
    """
    columns = layer_columns(frame)
    code_col = resolve_field(
        columns, code_field, ZONING_CODE_FIELDS, layer_name, tr("zoning code (arealformål)"), True
    )
    status_col = resolve_field(
        columns, status_field, ZONING_STATUS_FIELDS, layer_name, tr("arealbruksstatus"), False
    )
    plan_col = resolve_field(columns, plan_id_field, ZONING_PLAN_FIELDS, layer_name, tr("plan id"), False)

    values = frame[code_col]
    codes = _codes_from_values(values, numeric_values(frame, code_col), _LEADING_CODE)
    if len(frame) and np.isnan(codes).all():
        example = values.dropna().astype(str).head(1).tolist()
        raise InputError(
            tr(
                "Layer '{layer}': field '{field}' holds no numeric zoning codes (e.g. '{example}'); "
                "choose the field with the SOSI arealformål code such as 1340."
            ).format(layer=layer_name, field=code_col, example=example[0] if example else ""),
            layer=layer_name,
            field=code_col,
        )
    status = numeric_values(frame, status_col) if status_col else np.full(len(frame), np.nan)
    plan_ids = _plan_ids(frame[plan_col]) if plan_col else np.full(len(frame), None, dtype=object)

    result = gpd.GeoDataFrame(
        {"code": codes, "status": status, "plan_id": plan_ids},
        geometry=frame.geometry.to_numpy(),
        crs=frame.crs,
        index=frame.index.copy(),
    )
    result.attrs.update(
        layer_name=layer_name,
        code_field=code_col,
        status_field=status_col,
        plan_id_field=plan_col,
        unknown_codes=int(np.isnan(codes).sum()),
    )
    return result



def hazard_codes(
    zones: gpd.GeoDataFrame, code_field: Optional[str], layer_name: str
) -> Tuple[np.ndarray, Optional[str]]:
    """The hensynssone code of each zone (NaN when unreadable), and the field it was read from.

    The code field is ``code_field``, else the first of :data:`HAZARD_CODE_FIELDS` present
    (``"320"`` or ``"H320"``); failing that the code is read from a name field such as
    ``hensynSonenavn``, only in the SOSI form ``"H320_1"``.  No field at all: every code NaN
    and field None.
    """
    columns = layer_columns(zones)
    field = resolve_field(columns, code_field, HAZARD_CODE_FIELDS, layer_name, tr("hensynssone code"), False)
    pattern = _HAZARD_CODE
    if field is None:
        field = resolve_field(columns, None, HAZARD_NAME_FIELDS, layer_name, tr("hensynssone name"), False)
        pattern = _HAZARD_NAME_CODE
    if field is not None:
        numeric = numeric_values(zones, field) if pattern is _HAZARD_CODE else np.full(len(zones), np.nan)
        codes = _codes_from_values(zones[field], numeric, pattern)
    else:
        codes = np.full(len(zones), np.nan)
    return codes, field

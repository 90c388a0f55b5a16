# SPDX-License-Identifier: GPL-2.0-or-later
"""Find the field that holds a value, whatever the data source called it.

Norwegian data reach the planner under many spellings of the same field: NVDB's GML
export writes ``ådtTotal``, its CSV/API exports write ``ÅDT, total`` or
``EGS.ÅDT, TOTAL.4623``, a municipality's own layer may say ``ADT_TOTAL``.  Every reader
resolves its fields here, so the matching rules and the error messages are the same
everywhere: an explicit choice must exist, auto-detection tries a list of known names,
and a failure names the layer, the field, what was looked for and what to do.
"""
import difflib
import re
import unicodedata
from typing import Dict, List, Optional, Sequence

import numpy as np
import pandas as pd

from .errors import InputError
from .i18n import tr

__all__ = [
    "normalise_field_name",
    "find_field",
    "resolve_field",
    "numeric_values",
    "layer_columns",
]

# Letters that Unicode does not decompose into a base letter + accent.
_FOLD = str.maketrans({"æ": "ae", "ø": "o", "å": "a", "ð": "d", "þ": "th", "ł": "l", "đ": "d"})
_DROP = re.compile(r"[\s_\-,.]+")
# NVDB export columns: ``EGS.ÅDT, TOTAL.4623``, ``VSR.VEGNUMMER``, ``t540_ÅDT, total``,
# units or markers in brackets such as ``(KM/H)`` or ``(NY)``.
_NVDB_GROUP = re.compile(r"^(?:OBJ|EGS|VSR|LOK|GEO|MET|REL|STED)\.", re.IGNORECASE)
_NVDB_ID = re.compile(r"\.\d+$")
_NVDB_TYPE = re.compile(r"^t\d+_")
_BRACKETS = re.compile(r"\s*\([^)]*\)")


def normalise_field_name(name: str) -> str:
    """Reduce a field name to a spelling-independent key.

    Case-folds, strips, folds Norwegian letters and accents to ASCII (æ→ae, ø→o, å→a,
    é→e) and drops spaces, underscores, hyphens, commas and dots, so that ``ådtTotal``,
    ``ÅDT, total`` and ``ADT_TOTAL`` all become ``adttotal``.

    Parameters
    ----------
    name : str
        A field name as the data source wrote it.

    Returns
    -------
    str
        The normalised key.
    """
    text = str(name).strip().casefold().translate(_FOLD)
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return _DROP.sub("", text)


def _export_alias(name: str) -> str:
    """Normalised name with NVDB export decorations removed (group prefix, property id, units)."""
    text = _NVDB_TYPE.sub("", _NVDB_ID.sub("", _NVDB_GROUP.sub("", str(name).strip())))
    return normalise_field_name(_BRACKETS.sub("", text))


def _lookup(columns: Sequence[str], candidate: str) -> Optional[str]:
    """The column matching one candidate: exact, then normalised, then as an NVDB export alias."""
    if candidate in columns:
        return candidate
    key = normalise_field_name(candidate)
    if not key:
        return None
    for column in columns:
        if normalise_field_name(column) == key:
            return column
    for column in columns:
        if _export_alias(column) == key:
            return column
    return None


def find_field(columns: Sequence[str], candidates: Sequence[str]) -> Optional[str]:
    """Return the first candidate that names one of ``columns``.

    Candidates are tried in order (the order is their priority).  Each is matched exactly
    first, then by :func:`normalise_field_name`, then against column names stripped of
    NVDB export decorations (``EGS.`` / ``VSR.`` prefixes, ``.4623`` property ids,
    bracketed units).

    Parameters
    ----------
    columns : sequence of str
        The layer's field names.
    candidates : sequence of str
        Names to look for, most likely first.

    Returns
    -------
    str or None
        The column's real name, or None when no candidate matches.
    """
    columns = [str(c) for c in columns]
    for candidate in candidates:
        found = _lookup(columns, str(candidate))
        if found is not None:
            return found
    return None


def _closest(columns: Sequence[str], wanted: str) -> Optional[str]:
    """The field a user most likely meant, compared on normalised names (difflib)."""
    keyed: Dict[str, str] = {}
    for column in columns:
        keyed.setdefault(normalise_field_name(column), column)
    matches = difflib.get_close_matches(normalise_field_name(wanted), list(keyed), n=1, cutoff=0.6)
    return keyed[matches[0]] if matches else None


def _field_list(columns: Sequence[str]) -> str:
    return ", ".join(f"'{c}'" for c in columns) if len(columns) else tr("(none)")


def resolve_field(
    columns: Sequence[str],
    chosen: Optional[str],
    candidates: Sequence[str],
    layer_name: str,
    purpose: str,
    required: bool = True,
) -> Optional[str]:
    """Decide which field of a layer to use for one purpose.

    Parameters
    ----------
    columns : sequence of str
        The layer's field names (without the geometry column).
    chosen : str or None
        The field the user picked in the algorithm's parameters; None or empty means
        "detect it".
    candidates : sequence of str
        Known names for auto-detection, most likely first.
    layer_name : str
        Name of the layer, for messages.
    purpose : str
        Translated description of what the field holds, e.g.
        ``tr("annual average daily traffic")``.
    required : bool
        When False, a failed auto-detection returns None instead of raising.

    Returns
    -------
    str or None
        The real name of the field to use.

    Raises
    ------
    InputError
        A chosen field does not exist (the message suggests the closest field), or
        auto-detection found nothing for a required field.
    """
    columns = [str(c) for c in columns]
    if chosen is not None and str(chosen).strip():
        chosen = str(chosen)
        found = _lookup(columns, chosen)
        if found is not None:
            return found
        match = _closest(columns, chosen)
        if match is not None:
            message = tr(
                "Layer '{layer}' has no field '{field}' (chosen for the {purpose}). "
                "Did you mean '{match}'? The layer's fields are: {fields}."
            ).format(layer=layer_name, field=chosen, purpose=purpose, match=match,
                     fields=_field_list(columns))
        else:
            message = tr(
                "Layer '{layer}' has no field '{field}' (chosen for the {purpose}). "
                "Choose one of the layer's fields: {fields}."
            ).format(layer=layer_name, field=chosen, purpose=purpose, fields=_field_list(columns))
        raise InputError(message, layer=layer_name, field=chosen)

    found = find_field(columns, candidates)
    if found is not None or not required:
        return found
    message = tr(
        "Layer '{layer}' has no field for the {purpose}: none of {names} was found. "
        "Pick the field in the algorithm's parameters. The layer's fields are: {fields}."
    ).format(layer=layer_name, purpose=purpose, names=_field_list(list(candidates)),
             fields=_field_list(columns))
    raise InputError(message, layer=layer_name)


# Thin spaces, no-break spaces and apostrophes are used as thousands separators.
_GROUPING = r"[\s\u00a0\u2007\u202f'%]"


def numeric_values(frame: pd.DataFrame, field: str) -> np.ndarray:
    """Read a column as float64, tolerating how numbers are written in Norwegian data.

    NULL/None, empty strings and text that is not a number become NaN (unknown, never 0).
    Strings may use a decimal comma (``"12,5"``), spaces as thousands separators
    (``"3 100"``) or both grouping styles (``"1.234,5"``, ``"1,234.5"``).

    Parameters
    ----------
    frame : pandas.DataFrame
        The table.
    field : str
        Column to read.

    Returns
    -------
    numpy.ndarray
        float64 values, one per row.

    Raises
    ------
    InputError
        The column does not exist.
    """
    if field not in frame.columns:
        raise InputError(
            tr("The table has no field '{field}'.").format(field=field), field=field
        )
    series = frame[field]
    if pd.api.types.is_numeric_dtype(series.dtype):
        values = series.to_numpy(dtype="float64", na_value=np.nan)
    else:
        values = pd.to_numeric(series, errors="coerce").to_numpy(dtype="float64", na_value=np.nan)
        # Only what plain parsing rejected goes through the slower text clean-up.
        text_mask = np.isnan(values) & series.notna().to_numpy(dtype=bool)
        if text_mask.any():
            values[text_mask] = _parse_text_numbers(series[text_mask])
    values = values.astype("float64", copy=False)
    values[~np.isfinite(values)] = np.nan
    return values


def _parse_text_numbers(texts: pd.Series) -> np.ndarray:
    """Parse strings with decimal commas and grouping separators (vectorised on pandas str)."""
    s = texts.astype(str).str.replace(_GROUPING, "", regex=True)
    s = s.str.replace("\u2212", "-", regex=False)  # typographic minus
    has_comma = s.str.contains(",", regex=False)
    has_dot = s.str.contains(".", regex=False)
    both = has_comma & has_dot
    dot_last = s.str.rfind(".") > s.str.rfind(",")
    # "1,234.5": commas group thousands; "1.234,5": dots group thousands.
    s = s.where(~(both & dot_last), s.str.replace(",", "", regex=False))
    s = s.where(~(both & ~dot_last), s.str.replace(".", "", regex=False))
    s = s.str.replace(",", ".", regex=False)
    return pd.to_numeric(s, errors="coerce").to_numpy(dtype="float64", na_value=np.nan)


def layer_columns(frame: pd.DataFrame) -> List[str]:
    """Field names of a (Geo)DataFrame without its active geometry column."""
    try:
        geometry = frame.geometry.name
    except AttributeError:  # a plain DataFrame, or a GeoDataFrame without active geometry
        geometry = None
    return [str(c) for c in frame.columns if c != geometry]

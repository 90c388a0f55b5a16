# SPDX-License-Identifier: GPL-2.0-or-later
"""Official SOSI plan code lists (arealformål) and the code rules of station profiles.

Four plan systems are known (:data:`PLAN_SYSTEMS`):

``kpa``
    KpArealformål, kommuneplan under pbl 2008 (4-digit codes, with arealbruksstatus).
``rpa``
    RpArealformål, reguleringsplan under pbl 2008 (4-digit codes).
``kp1985``
    Arealbruk in kommuneplaner under pbl 1985 (3-digit codes, with status).
``rp1985``
    Reguleringsformål under pbl 1985 (3-digit codes).

The lists live in ``resources/codelists`` (see the README there); they are read on first
use and cached for the life of the process.  Labels are the official Norwegian names:
they are proper terms and are never translated.
"""
import csv
import re
import threading
from pathlib import Path
from typing import Dict, FrozenSet, List, Optional, Sequence, Tuple, Union

import numpy as np

from .errors import DataFileError, InputError
from .i18n import tr

PLAN_SYSTEMS = ("kpa", "rpa", "kp1985", "rp1985")

CODELIST_DIR = Path(__file__).resolve().parents[2] / "resources" / "codelists"

_FILES = {
    "kpa": "kp_arealformal_codes.csv",
    "rpa": "rp_arealformal_codes.csv",
    "kp1985": "kp_arealbruk_pbl1985_codes.csv",
    "rp1985": "rb_reguleringsformal_pbl1985_codes.csv",
}

# The pbl-1985 kommuneplan list names each row with its status; the code's own name is
# the text before that suffix ("Industri (eksisterende)" -> "Industri").
_STATUS_SUFFIX = re.compile(r"\s*\((eksisterende|fremtidig|framtidig)\)\s*$", re.IGNORECASE)
_HEX = re.compile(r"^#[0-9a-fA-F]{6}$")


class _CodeList:
    """One parsed code list: names per code and fill colours per (code, status)."""

    def __init__(self) -> None:
        self.labels: Dict[int, str] = {}
        self.colours: Dict[Tuple[int, Optional[int]], Optional[str]] = {}
        # Per code, the status the name was taken from (a nåværende row or a row without
        # status wins over a framtidig one).
        self._label_rank: Dict[int, int] = {}

    def add(self, code: int, label: str, status: Optional[int], colour: Optional[str]) -> None:
        rank = 0 if status in (None, 1) else 1
        if code not in self.labels or rank < self._label_rank[code]:
            self.labels[code] = _STATUS_SUFFIX.sub("", label).strip()
            self._label_rank[code] = rank
        self.colours[(code, status)] = colour


_cache: Dict[str, _CodeList] = {}
_lock = threading.Lock()


def _check_system(system: str) -> str:
    key = str(system).strip().lower()
    if key not in _FILES:
        raise InputError(
            tr("Unknown plan system '{system}'; use one of: {known}.").format(
                system=system, known=", ".join(PLAN_SYSTEMS)
            )
        )
    return key


def _read(path: Path) -> _CodeList:
    """Parse one code-list CSV (columns code, label, arealbruksstatus, fill_hex)."""
    if not path.exists():
        raise DataFileError(
            tr("The code list '{path}' is missing; reinstall the plugin.").format(path=path),
            path=str(path),
        )
    result = _CodeList()
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        missing = {"code", "label", "arealbruksstatus", "fill_hex"} - set(reader.fieldnames or [])
        if missing:
            raise DataFileError(
                tr("The code list '{path}' lacks the column(s) {columns}.").format(
                    path=path, columns=", ".join(sorted(missing))
                ),
                path=str(path),
                line=1,
            )
        for row in reader:
            line = reader.line_num
            try:
                code = int(row["code"])
                status_text = (row["arealbruksstatus"] or "").strip()
                status = int(status_text) if status_text else None
            except ValueError:
                raise DataFileError(
                    tr("The code list '{path}' has a non-integer code or status on line {line}.").format(
                        path=path, line=line
                    ),
                    path=str(path),
                    key="code",
                    line=line,
                ) from None
            colour = (row["fill_hex"] or "").strip() or None
            if colour is not None and not _HEX.match(colour):
                raise DataFileError(
                    tr("The code list '{path}' has a bad colour '{colour}' on line {line}.").format(
                        path=path, colour=colour, line=line
                    ),
                    path=str(path),
                    key="fill_hex",
                    line=line,
                )
            result.add(code, row["label"] or "", status, colour.lower() if colour else None)
    return result


def _codelist(system: str) -> _CodeList:
    key = _check_system(system)
    with _lock:
        if key not in _cache:
            _cache[key] = _read(CODELIST_DIR / _FILES[key])
        return _cache[key]


def code_label(system: str, code: int) -> Optional[str]:
    """Official Norwegian name of a code, e.g. ``code_label("rpa", 1340) == "Industri"``.

    Parameters
    ----------
    system : str
        One of :data:`PLAN_SYSTEMS`.
    code : int
        The SOSI code; floats with an integer value (as read from layers) are accepted.

    Returns
    -------
    str or None
        The name without any status suffix; None when the code is not in the list or is
        missing (NaN/None).
    """
    number = _as_code(code)
    return None if number is None else _codelist(system).labels.get(number)


def code_colour(system: str, code: int, status: Optional[int] = None) -> Optional[str]:
    """Official plan-map fill colour of a code, as ``#rrggbb`` in lower case.

    Parameters
    ----------
    system : str
        One of :data:`PLAN_SYSTEMS`.
    code : int
        The SOSI code.
    status : int, optional
        Arealbruksstatus (1 nåværende, 2 framtidig).  Lists without status ignore it.
        When the list has no row for this status (e.g. 3 videreutvikling, or None), the
        nåværende colour is used.

    Returns
    -------
    str or None
        None for unknown codes and for codes the official style draws with a pattern
        instead of a fill (e.g. combined purposes).
    """
    number = _as_code(code)
    if number is None:
        return None
    colours = _codelist(system).colours
    wanted = _as_code(status)
    for key in ((number, wanted), (number, None), (number, 1), (number, 2)):
        if key in colours:
            return colours[key]
    return None


def known_codes(system: str) -> FrozenSet[int]:
    """All codes of one plan system's official list."""
    return frozenset(_codelist(system).labels)


def _as_code(value: object) -> Optional[int]:
    """An int from an int/float/str code; None for missing or non-integer values."""
    if value is None or isinstance(value, bool):
        return None
    try:
        number = float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return None
    if not np.isfinite(number) or number != int(number):
        return None
    return int(number)


# --------------------------------------------------------------------------- code rules

_RANGE = re.compile(r"^\s*(\d+)\s*[-\u2013]\s*(\d+)\s*$")
_SINGLE = re.compile(r"^\s*(\d+)\s*$")


class CodeRules:
    """A set of codes and inclusive code ranges, as written in station profiles.

    Build it with :func:`parse_code_rules`.

    Parameters
    ----------
    codes : iterable of int
        Single codes.
    ranges : iterable of (int, int)
        Inclusive ranges ``(low, high)``.
    """

    def __init__(self, codes: Sequence[int] = (), ranges: Sequence[Tuple[int, int]] = ()) -> None:
        self.codes: FrozenSet[int] = frozenset(int(c) for c in codes)
        self.ranges: Tuple[Tuple[int, int], ...] = tuple(sorted((int(a), int(b)) for a, b in ranges))
        self._code_array = np.array(sorted(self.codes), dtype=float)

    def matches(self, codes: np.ndarray) -> np.ndarray:
        """Which of ``codes`` the rules accept.

        Parameters
        ----------
        codes : array-like of float
            Codes, NaN for unknown.

        Returns
        -------
        numpy.ndarray of bool
            Same shape as ``codes``; NaN never matches.
        """
        values = np.asarray(codes, dtype=float)
        result = np.isin(values, self._code_array)
        for low, high in self.ranges:
            # Comparisons with NaN are False, so unknown codes never match.
            result |= (values >= low) & (values <= high)
        return result

    def __bool__(self) -> bool:
        return bool(self.codes or self.ranges)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, CodeRules):
            return NotImplemented
        return self.codes == other.codes and self.ranges == other.ranges

    def __hash__(self) -> int:
        return hash((self.codes, self.ranges))

    def describe(self) -> str:
        """The rules as text, e.g. ``1340, 1360, 1100-1199``."""
        parts: List[str] = [str(c) for c in sorted(self.codes)]
        parts += [f"{low}-{high}" for low, high in self.ranges]
        return ", ".join(parts)

    def __repr__(self) -> str:
        return f"CodeRules({self.describe()})"


def parse_code_rules(rules: Sequence[Union[int, str]], where: str) -> CodeRules:
    """Parse the zoning rules of a station profile: codes and ranges.

    Parameters
    ----------
    rules : sequence of int or str
        e.g. ``[1340, 1360, "1100-1199", "5000-5999"]``; a code may also be a string of
        digits (``"1340"``).
    where : str
        Dotted key of the list in the profile, e.g. ``zoning.rpa.primary``; errors name
        the entry as ``where[i]``.

    Returns
    -------
    CodeRules

    Raises
    ------
    DataFileError
        For anything that is not a non-negative integer code or a ``low-high`` range with
        ``low <= high``; ``key`` is ``where`` or ``where[i]``.
    """
    if rules is None:
        return CodeRules()
    if isinstance(rules, (str, bytes, dict)) or not isinstance(rules, Sequence):
        raise DataFileError(
            tr("'{key}' must be a list of codes or ranges such as [1340, \"1100-1199\"].").format(key=where),
            key=where,
        )
    codes: List[int] = []
    ranges: List[Tuple[int, int]] = []
    for index, entry in enumerate(rules):
        key = f"{where}[{index}]"
        if isinstance(entry, int) and not isinstance(entry, bool) and entry >= 0:
            codes.append(entry)
            continue
        if isinstance(entry, str):
            single = _SINGLE.match(entry)
            if single:
                codes.append(int(single.group(1)))
                continue
            span = _RANGE.match(entry)
            if span and int(span.group(1)) <= int(span.group(2)):
                ranges.append((int(span.group(1)), int(span.group(2))))
                continue
        raise DataFileError(
            tr(
                "'{key}' is {value!r}: write a code (1340) or a range, low code first (\"1100-1199\")."
            ).format(
                key=key, value=entry
            ),
            key=key,
        )
    return CodeRules(codes, ranges)

# SPDX-License-Identifier: GPL-2.0-or-later
"""Weight sets on disk: the YAML file of one set, and a table of several participants' sets.

The file format is documented in ``resources/weights/README.md``.  Reading validates
everything and reports each problem with its key and line (as the station profiles do), so a
participant can fix a file by hand; writing replaces the file whole, never half-written.
For ``method: ahp`` the weights are computed from the comparisons when the file is read.
"""
import dataclasses
import datetime
import os
import tempfile
from pathlib import Path
from typing import Any, Dict, List, Optional, Sequence, Tuple, Union

import numpy as np
import pandas as pd
import yaml

from . import ahp
from .errors import DataFileError, InputError
from .file_modes import give_ordinary_permissions
from .i18n import tr
from .profiles import Profile
from .weight_sets import (
    METHODS,
    WeightSet,
    factor_ids,
    factor_labels,
    is_number,
    make_weight_set,
    normalised_weights,
    scaled_note,
    weight_problems,
)
from .yamlfile import Problems, check_header, read_text, read_yaml

WEIGHTS_FORMAT = "energistasjon-weights"
SUPPORTED_FORMAT_VERSION = 1
#: Weights written beside pairwise comparisons may differ from the comparisons' own by this much.
AHP_WEIGHT_TOLERANCE = 0.001

# Columns of a participants' table that are not factors (compared in lower case).
NAME_COLUMNS = ("name", "navn", "participant", "deltaker", "group", "gruppe")
AUTHOR_COLUMNS = ("author", "forfatter")
DATE_COLUMNS = ("date", "dato")


def parse_weight_set(text: str, path: str = "<weights>", profile: Optional[Profile] = None) -> WeightSet:
    """Validate a weight-set file given as YAML text.

    Parameters
    ----------
    text : str
    path : str
        The file, for messages.
    profile : Profile, optional
        When given, the set must be for this profile and name exactly its factors.

    Raises
    ------
    DataFileError
        Every problem with its key and line.
    """
    data, lines = read_yaml(text, path)
    problems = Problems(path, lines, tr("The weight set {file} has problems ({n}); fix them and load it again:"))
    check_header(data, problems, WEIGHTS_FORMAT, SUPPORTED_FORMAT_VERSION)
    for key in ("name", "profile", "station_type"):
        if not isinstance(data.get(key), str) or not data.get(key).strip():
            problems.add(key, tr("is required (text)"))
    method = data.get("method", "manual")
    if method not in METHODS:
        problems.add("method", tr("must be one of {known}").format(known=", ".join(METHODS)))
    author = data.get("author")
    if author is not None and not isinstance(author, str):
        problems.add("author", tr("must be text"))
    date = _parse_date(data.get("date"), problems)
    if profile is not None and isinstance(data.get("profile"), str) and data["profile"] != profile.id:
        problems.add("profile", tr("the weights are for the profile '{other}', not '{profile}'").format(
            other=data["profile"], profile=profile.id))

    raw = data.get("weights")
    comparisons = None
    if method == "ahp":
        comparisons = _parse_comparisons(data.get("comparisons"), problems)
        if comparisons is not None:
            raw = _check_ahp_weights(raw, comparisons, profile, problems)
    if not isinstance(raw, dict) or not raw:
        if not problems.items:
            problems.add("weights", tr("needs a mapping of factor id: weight"))
        problems.raise_if_any()
    name = str(data.get("name") or "").strip()
    raw, gained = _with_gained_factors(raw, profile, name)
    for factor, problem in weight_problems(raw, profile):
        problems.add("weights.{}".format(factor) if factor is not None else "weights", problem)
    statistic, members = None, ()
    if method == "combined":
        statistic, members = _parse_combined(data.get("combined"), problems)
    problems.raise_if_any()

    order = factor_ids(profile) if profile is not None else [str(f) for f in raw]
    weights, total = normalised_weights({str(k): v for k, v in raw.items()}, order)
    return WeightSet(name=name, profile_id=str(data["profile"]), station_type=str(data["station_type"]),
                     weights=weights, method=method, author=author.strip() if author else None, date=date,
                     comparisons=comparisons, statistic=statistic, members=members, path=path,
                     notes=gained + scaled_note(name, total))


def _with_gained_factors(raw: Any, profile: Optional[Profile], name: str) -> Tuple[Any, Tuple[str, ...]]:
    """A saved set's weights with weight 0 for the factors its profile has gained since it was
    saved, and the note that says so: the set ranks the sites as it did when it was saved, and
    workshop files outlive a profile edition."""
    if profile is None or not isinstance(raw, dict) or not raw:
        return raw, ()
    ids = factor_ids(profile)
    gained = [f for f in ids if f not in raw]
    if not gained or any(str(f) not in ids for f in raw):
        return raw, ()  # an unknown factor: a set for another profile, refused as it is
    labels = factor_labels(profile)
    note = tr("The weight set '{name}' has no weight for {factors} of the profile '{profile}' (a factor the profile "
              "gained after the set was saved, or one left out of the file): weight 0, left out of the score.").format(
        name=name, profile=profile.id, factors=", ".join("{} ({})".format(f, labels[f]) for f in gained))
    return dict(raw, **{f: 0.0 for f in gained}), (note,)


def _parse_date(value: Any, problems: Problems) -> Optional[str]:
    if value is None:
        return None
    if isinstance(value, datetime.datetime):
        return value.date().isoformat()
    if isinstance(value, datetime.date):
        return value.isoformat()
    try:
        return datetime.date.fromisoformat(str(value).strip()).isoformat()
    except ValueError:
        problems.add("date", tr("must be a date written as 2026-11-12"))
        return None


def _fraction(value: Any) -> Any:
    """``"1/3"`` -> 0.333..; other values unchanged (checked by the caller)."""
    if isinstance(value, str) and "/" in value:
        top, _, bottom = value.partition("/")
        try:
            return float(top) / float(bottom)
        except (ValueError, ZeroDivisionError):
            return value
    return value


def _parse_comparisons(raw: Any, problems: Problems) -> Optional[ahp.PairwiseWeights]:
    if not isinstance(raw, dict) or not isinstance(raw.get("factors"), list) or "matrix" not in raw:
        problems.add("comparisons", tr("needs 'factors' (the factor ids of the rows) and 'matrix' (one row per "
                                       "factor) for the method ahp"))
        return None
    factors = [str(f) for f in raw["factors"]]
    matrix = raw["matrix"]
    if isinstance(matrix, list):
        matrix = [[_fraction(v) for v in row] if isinstance(row, list) else row for row in matrix]
    found = ahp.matrix_problems(matrix, factors)
    for row, _, problem in found:
        problems.add("comparisons.matrix[{}]".format(row) if row >= 0 else "comparisons.matrix", problem)
    if found:
        return None
    return ahp.pairwise_weights(matrix, factors)


def _check_ahp_weights(raw: Any, comparisons: ahp.PairwiseWeights, profile: Optional[Profile],
                       problems: Problems) -> Dict[str, float]:
    """The comparisons decide the weights; weights written beside them must agree."""
    derived = {f: float(w) for f, w in zip(comparisons.factors, comparisons.weights)}
    if profile is not None:
        derived = {**{f: 0.0 for f in factor_ids(profile) if f not in derived}, **derived}
    if isinstance(raw, dict):
        total = sum(float(v) for v in raw.values() if is_number(v)) or 1.0
        differ = [f for f, v in raw.items() if not is_number(v)
                  or abs(float(v) / total - derived.get(str(f), 0.0)) > AHP_WEIGHT_TOLERANCE]
        if differ:
            problems.add("weights", tr("the weights of {factors} differ from those the comparisons give; remove "
                                       "'weights' (they are computed from the comparisons) or correct them").format(
                factors=", ".join(str(f) for f in differ)))
    return derived


def _parse_combined(raw: Any, problems: Problems) -> Tuple[Optional[str], Tuple[str, ...]]:
    if raw is None:
        return None, ()
    statistic = raw.get("statistic") if isinstance(raw, dict) else None
    members = raw.get("from", []) if isinstance(raw, dict) else None
    if statistic not in ("mean", "median") or not isinstance(members, list):
        problems.add("combined", tr("needs 'statistic' (mean or median) and 'from' (the names of the sets "
                                    "combined)"))
        return None, ()
    return statistic, tuple(str(m) for m in members)


def load_weight_set(path: Union[str, Path], profile: Optional[Profile] = None) -> WeightSet:
    """Read and validate a weight-set file (see :func:`parse_weight_set`)."""
    path = Path(path)
    return parse_weight_set(read_text(path), str(path), profile)


def load_weight_sets(paths: Sequence[Union[str, Path]], profile: Profile) -> List[WeightSet]:
    """Several participants' files, each checked against ``profile``."""
    return [load_weight_set(p, profile) for p in paths]


def _yaml_number(value: float) -> Any:
    """A comparison as people write it: whole numbers and 1/k as such, others as numbers."""
    value = float(value)
    if abs(value - round(value)) < 1e-9:
        return int(round(value))
    inverse = 1.0 / value
    if abs(inverse - round(inverse)) < 1e-9:
        return "1/{}".format(int(round(inverse)))
    return value


class _Dumper(yaml.SafeDumper):
    """Mappings one key a line; lists of plain values (matrix rows, factor ids) on one line."""


def _represent_list(dumper: yaml.SafeDumper, items: list) -> yaml.Node:
    flow = all(not isinstance(item, (list, dict)) for item in items)
    return dumper.represent_sequence("tag:yaml.org,2002:seq", items, flow_style=flow)


_Dumper.add_representer(list, _represent_list)


def dump_weight_set(weight_set: WeightSet) -> str:
    """The weight set as the YAML text of its file (weights written exactly, as Python floats)."""
    data: Dict[str, Any] = {
        "format": WEIGHTS_FORMAT,
        "format_version": SUPPORTED_FORMAT_VERSION,
        "name": weight_set.name,
        "profile": weight_set.profile_id,
        "station_type": weight_set.station_type,
    }
    if weight_set.author:
        data["author"] = weight_set.author
    if weight_set.date:
        data["date"] = weight_set.date
    data["method"] = weight_set.method
    # exact, so a file read back gives the same weights; from comparisons they are recomputed on
    # reading, so four decimals are enough to show them
    exact = weight_set.comparisons is None
    data["weights"] = {f: float(w) if exact else round(float(w), 4) for f, w in weight_set.weights.items()}
    if weight_set.comparisons is not None:
        c = weight_set.comparisons
        data["comparisons"] = {
            "factors": list(c.factors),
            "matrix": [[_yaml_number(v) for v in row] for row in c.matrix],
            "consistency_ratio": round(float(c.consistency_ratio), 4),
        }
    if weight_set.statistic:
        data["combined"] = {"statistic": weight_set.statistic, "from": list(weight_set.members)}
    body = yaml.dump(data, Dumper=_Dumper, sort_keys=False, allow_unicode=True, width=100)
    return "# Energistasjon weight set (format: resources/weights/README.md)\n" + body


def save_weight_set(weight_set: WeightSet, path: Union[str, Path]) -> WeightSet:
    """Write the weight set's file (replaced whole, never half-written); returns it with its path.

    Raises
    ------
    DataFileError
        The file cannot be written (the message says where and why).
    """
    path = Path(path)
    text = dump_weight_set(weight_set)
    try:
        handle, temporary = tempfile.mkstemp(prefix=".weights-", suffix=".yaml", dir=str(path.parent))
        with os.fdopen(handle, "w", encoding="utf-8") as stream:
            stream.write(text)
        give_ordinary_permissions(temporary)  # mkstemp's file is the owner's only
        os.replace(temporary, str(path))
    except OSError as exc:
        raise DataFileError(tr("Cannot write the weight set to {file}: {error}").format(file=path, error=exc),
                            path=str(path)) from exc
    return dataclasses.replace(weight_set, path=str(path))


def weight_sets_from_table(table: pd.DataFrame, profile: Profile, table_name: str = "table") -> List[WeightSet]:
    """One weight set per row of a table: a name column and one column per factor.

    The name column is ``name``/``navn``/``participant``/``deltaker``/``group``/``gruppe``;
    ``author``/``forfatter`` and ``date``/``dato`` are optional.  Every other column must be
    a factor id of the profile (compared without case).

    Raises
    ------
    InputError
        An unknown column, a missing factor, or a cell that is not a weight; the message names
        the table, the row and the column.
    """
    columns = {str(c).strip().casefold(): c for c in table.columns if str(c).casefold() not in ("geometry", "fid")}
    name_col = next((columns[c] for c in NAME_COLUMNS if c in columns), None)
    if name_col is None:
        raise InputError(tr("The table '{table}' needs a column with each participant's name ({names}).").format(
            table=table_name, names=", ".join(NAME_COLUMNS)))
    author_col = next((columns[c] for c in AUTHOR_COLUMNS if c in columns), None)
    date_col = next((columns[c] for c in DATE_COLUMNS if c in columns), None)
    ids = {f.casefold(): f for f in factor_ids(profile)}
    factor_cols: Dict[str, Any] = {}
    for key, column in columns.items():
        if column in (name_col, author_col, date_col):
            continue
        if key not in ids:
            raise InputError(tr("The table '{table}' has the column '{column}', which is not a factor; the profile "
                                "'{profile}' has the factors {known}.").format(
                table=table_name, column=column, profile=profile.id, known=", ".join(factor_ids(profile))))
        factor_cols[ids[key]] = column
    missing = [f for f in factor_ids(profile) if f not in factor_cols]
    if missing:
        raise InputError(tr("The table '{table}' has no column for {factors}; give every factor of the profile "
                            "'{profile}' a column (0 leaves a factor out).").format(
            table=table_name, factors=", ".join(missing), profile=profile.id))
    values = table[[factor_cols[f] for f in factor_ids(profile)]].apply(pd.to_numeric, errors="coerce")
    bad = values.isna().to_numpy() | (values.to_numpy() < 0)
    if bad.any():
        row, col = np.argwhere(bad)[0]
        raise InputError(tr("The table '{table}', row {row} ('{name}'), column '{column}': '{value}' is not a weight "
                            "(a number of 0 or more).").format(
            table=table_name, row=int(row) + 1, name=table[name_col].iloc[row],
            column=factor_cols[factor_ids(profile)[col]], value=table[factor_cols[factor_ids(profile)[col]]].iloc[row]))
    sets = []
    for row in range(len(table)):  # one per participant: a handful
        weights = dict(zip(factor_ids(profile), values.iloc[row].to_numpy(dtype="float64")))
        author = table[author_col].iloc[row] if author_col is not None else None
        date = table[date_col].iloc[row] if date_col is not None else None
        sets.append(make_weight_set(profile, weights, str(table[name_col].iloc[row]), "manual",
                                    author=None if pd.isna(author) else str(author),
                                    date=None if pd.isna(date) else str(date)[:10]))
    return sets

# SPDX-License-Identifier: GPL-2.0-or-later
"""Station profiles: what a hydrogen, battery or biogas station needs, as data.

A profile is a YAML file (format described in ``resources/profiles/README.md``) with
hard constraints, weighted factors with their value functions, and the parameters behind
them.  Every parameter, constraint and factor carries either a ``source`` (a fact from
DOMAIN.md) or a ``setting`` (a labelled assumption the user may change).

Loading validates everything and reports each problem with its key and line number, so a
municipality can edit a profile without reading code.  ``$name`` in a numeric slot refers
to a parameter.  Weights that do not sum to 1 are normalised and the run says so (a
profile is a statement of relative importance; refusing would only make people fiddle
with decimals).
"""
import hashlib
from pathlib import Path
from typing import Any, Dict, List, Mapping, Optional, Tuple, Union

from . import value_functions
from .codelists import CodeRules, parse_code_rules
from .criteria.catalog import CRITERIA
from .criteria.declaration import CATEGORY, CODES, FLAG, NUMBER
from .criteria.zoning import ZONING_CLASSES
from .errors import DataFileError
from .i18n import current_language, tr
from .profile_model import (
    CONSTRAINT_ACTIONS,
    EXCLUDE,
    PENALTY,
    ZONE_ACTIONS,
    Constraint,
    Factor,
    Parameter,
    Profile,
    ZoneRule,
)
from .profile_parameters import parameter_notes, parse_parameters
from .yamlfile import Problems as _Problems
from .yamlfile import check_header, read_text, read_yaml

PROFILE_FORMAT = "energistasjon-profile"
SUPPORTED_FORMAT_VERSION = 1
PROFILES_DIR = Path(__file__).resolve().parents[2] / "resources" / "profiles"
PLAN_SYSTEMS = ("kpa", "rpa", "kp1985", "rp1985")
CONSTRAINT_TESTS = {"min": NUMBER, "max": NUMBER, "allowed": CATEGORY, "forbidden_codes": CODES, "must_be": FLAG}


def _is_number(value: Any) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def _resolve_refs(value: Any, parameters: Mapping[str, Parameter], key: str, problems: _Problems) -> Any:
    """Replace ``$name`` strings by the parameter's value (recursively in lists)."""
    if isinstance(value, str) and value.startswith("$"):
        name = value[1:]
        if name not in parameters:
            problems.add(key, tr("refers to the parameter '{name}', which the profile does not define").format(
                name=name))
            return None
        return parameters[name].value
    if isinstance(value, list):
        return [_resolve_refs(v, parameters, "{}[{}]".format(key, i), problems) for i, v in enumerate(value)]
    return value


def _justification(entry: Mapping[str, Any], key: str, problems: _Problems) -> Tuple[Optional[str], Optional[str]]:
    source, setting = entry.get("source"), entry.get("setting")
    if not source and not setting:
        problems.add(key, tr("needs a 'source' (a documented fact) or a 'setting' (a labelled assumption)"))
    return (str(source) if source else None), (str(setting) if setting else None)


def _names(data: Mapping[str, Any], key: str, problems: _Problems) -> Dict[str, str]:
    names = data.get(key)
    if not isinstance(names, dict) or not names.get("en") or not names.get("nb"):
        problems.add(key, tr("needs a name in both languages, with the keys en and nb"))
        return {}
    return {str(k): str(v) for k, v in names.items()}


def _parameters(data: Mapping[str, Any], problems: _Problems,
                choices: Optional[Mapping[str, str]] = None) -> Dict[str, Parameter]:
    # Plain values, choices with variants, derived values, values per grid company.
    return parse_parameters(data, problems, choices)


def _zoning(data: Mapping[str, Any], problems: _Problems) -> Tuple[Dict[str, Dict[str, CodeRules]], Optional[str]]:
    raw = data.get("zoning")
    if not isinstance(raw, dict):
        problems.add("zoning", tr("needs zoning rules per plan system (kpa, rpa, kp1985, rp1985)"))
        return {}, None
    rules: Dict[str, Dict[str, CodeRules]] = {}
    for system, classes in raw.items():
        if system == "source":
            continue
        key = "zoning.{}".format(system)
        if system not in PLAN_SYSTEMS:
            problems.add(key, tr("unknown plan system; use one of kpa, rpa, kp1985, rp1985"))
            continue
        if not isinstance(classes, dict):
            problems.add(key, tr("must map zoning classes to lists of codes"))
            continue
        rules[system] = {}
        for zoning_class, codes in classes.items():
            class_key = "{}.{}".format(key, zoning_class)
            if zoning_class not in ZONING_CLASSES:
                problems.add(class_key, tr("unknown zoning class; use primary, secondary, conditional, conflict "
                                           "or unsuitable"))
                continue
            try:
                rules[system][zoning_class] = parse_code_rules(codes or [], class_key)
            except DataFileError as exc:
                problems.add(class_key, exc.message)
    return rules, (str(raw["source"]) if raw.get("source") else None)


def _constraints(data: Mapping[str, Any], parameters: Mapping[str, Parameter],
                 problems: _Problems) -> List[Constraint]:
    constraints: List[Constraint] = []
    seen = set()
    for index, entry in enumerate(data.get("constraints") or []):
        key = "constraints[{}]".format(index)
        if not isinstance(entry, dict):
            problems.add(key, tr("must be a mapping with id, criterion, a test and a source or setting"))
            continue
        cid, criterion = str(entry.get("id", "")), entry.get("criterion")
        if not cid or cid in seen:
            problems.add(key + ".id", tr("needs a unique id"))
        seen.add(cid)
        if criterion not in CRITERIA:
            problems.add(key + ".criterion", tr("unknown criterion '{name}'; known: {known}").format(
                name=criterion, known=", ".join(sorted(CRITERIA))))
            continue
        tests = [t for t in CONSTRAINT_TESTS if t in entry]
        if len(tests) != 1:
            problems.add(key, tr("needs exactly one test: min, max, allowed, forbidden_codes or must_be"))
            continue
        test = tests[0]
        kind = CRITERIA[criterion].kind
        if CONSTRAINT_TESTS[test] != kind:
            problems.add("{}.{}".format(key, test), tr("does not fit the criterion '{name}'").format(name=criterion))
            continue
        value = _resolve_refs(entry[test], parameters, "{}.{}".format(key, test), problems)
        if test in ("min", "max") and value is not None and not _is_number(value):
            problems.add("{}.{}".format(key, test), tr("must be a number"))
        source, setting = _justification(entry, key, problems)
        action = entry.get("action", EXCLUDE)
        if action not in CONSTRAINT_ACTIONS:
            problems.add(key + ".action", tr("must be exclude (a site failing the rule is excluded) or assess (it is "
                                             "kept and needs assessment)"))
            action = EXCLUDE
        constraints.append(Constraint(cid, str(criterion), test, value, source, setting, str(action)))
    return constraints


def _zone_rules(data: Mapping[str, Any], problems: _Problems) -> Optional[List[ZoneRule]]:
    """The ``hensynssoner`` table: per row codes, an action and a source or setting."""
    if "hensynssoner" not in data:
        return None
    raw = data.get("hensynssoner")
    if not isinstance(raw, list):
        problems.add("hensynssoner", tr("must be a list of rows with codes, an action (exclude, assess, penalty or "
                                        "ignore) and a source or setting"))
        return None
    rules: List[ZoneRule] = []
    for index, entry in enumerate(raw):
        key = "hensynssoner[{}]".format(index)
        if not isinstance(entry, dict):
            problems.add(key, tr("must be a mapping with codes, action and a source or setting"))
            continue
        try:
            codes = parse_code_rules(entry.get("codes") or [], key + ".codes")
        except DataFileError as exc:
            problems.add(key + ".codes", exc.message)
            continue
        if not codes:
            problems.add(key + ".codes", tr("needs at least one hensynssone code, such as 310 or \"310-390\""))
        action = entry.get("action")
        if action not in ZONE_ACTIONS:
            problems.add(key + ".action", tr("must be exclude, assess, penalty or ignore"))
            continue
        source, setting = _justification(entry, key, problems)
        rules.append(ZoneRule(codes, str(action), source, setting))
    return rules


def _factors(data: Mapping[str, Any], parameters: Mapping[str, Parameter], problems: _Problems) -> List[Factor]:
    factors: List[Factor] = []
    seen = set()
    raw = data.get("factors") or []
    if not raw:
        problems.add("factors", tr("needs at least one factor"))
    for index, entry in enumerate(raw):
        key = "factors[{}]".format(index)
        if not isinstance(entry, dict):
            problems.add(key, tr("must be a mapping with id, criterion, weight, function and a source or setting"))
            continue
        fid, criterion, weight = str(entry.get("id", "")), entry.get("criterion"), entry.get("weight")
        if not fid or fid in seen:
            problems.add(key + ".id", tr("needs a unique id"))
        seen.add(fid)
        if criterion not in CRITERIA or CRITERIA[criterion].kind not in (NUMBER, CATEGORY):
            problems.add(key + ".criterion", tr("unknown or non-scorable criterion '{name}'").format(name=criterion))
            continue
        if not _is_number(weight) or weight < 0:
            problems.add(key + ".weight", tr("must be a number of 0 or more"))
            continue
        spec = entry.get("function")
        if not isinstance(spec, dict):
            problems.add(key + ".function", tr("needs a value function with a type (linear, inverse, threshold, "
                                               "ideal_range, piecewise, categorical)"))
            continue
        spec = {k: _resolve_refs(v, parameters, "{}.function.{}".format(key, k), problems) for k, v in spec.items()}
        for sub, problem in value_functions.check_spec(spec):
            problems.add("{}.function.{}".format(key, sub), problem)
        source, setting = _justification(entry, key, problems)
        factors.append(Factor(fid, str(criterion), float(weight), spec, source, setting))
    return factors


def _check_criterion_parameters(profile_items: List[Tuple[str, str]], parameters: Mapping[str, Parameter],
                                problems: _Problems) -> None:
    for key, criterion in profile_items:
        for name in CRITERIA[criterion].parameters:
            if name not in parameters:
                problems.add(key, tr("the criterion '{criterion}' needs the parameter '{name}'").format(
                    criterion=criterion, name=name))


def parse_profile(text: str, path: str = "<profile>", choices: Optional[Mapping[str, str]] = None) -> Profile:
    """Validate a profile given as YAML text.

    ``choices`` (choice parameter -> choice) overrides the profile's own choices, for a run or an
    application (the hydrogen supply: ``{"supply_mode": "on_site_electrolysis"}``).

    Raises
    ------
    DataFileError
        Listing every problem with its key and line.
    """
    data, lines = read_yaml(text, path)
    problems = _Problems(path, lines, tr("The station profile {file} has problems ({n}); fix them and run again:"))
    check_header(data, problems, PROFILE_FORMAT, SUPPORTED_FORMAT_VERSION)
    for key in ("id", "station_type", "field_prefix"):
        if not isinstance(data.get(key), str) or not data.get(key):
            problems.add(key, tr("is required (text)"))
    prefix = str(data.get("field_prefix", ""))
    if prefix and not (prefix.isidentifier() and prefix.isascii() and len(prefix) <= 6):
        problems.add("field_prefix", tr("must be a short ASCII name (letters, digits, _; at most 6 characters)"))
    names = _names(data, "name", problems)
    parameters = _parameters(data, problems, choices)
    zoning, zoning_source = _zoning(data, problems)
    constraints = _constraints(data, parameters, problems)
    factors = _factors(data, parameters, problems)
    zone_rules = _zone_rules(data, problems)
    if zone_rules and any(r.action == PENALTY for r in zone_rules) and not any(
            f.criterion == "hazard_penalty_share" for f in factors):
        problems.add("hensynssoner", tr("rows with the action penalty lower the score through a factor on the "
                                        "criterion hazard_penalty_share; add that factor or choose another action"))
    used = [("constraints[{}].criterion".format(i), c.criterion) for i, c in enumerate(constraints)]
    used += [("factors[{}].criterion".format(i), f.criterion) for i, f in enumerate(factors)]
    _check_criterion_parameters(used, parameters, problems)
    if any(c == "zoning_class" for _, c in used) and not zoning:
        problems.add("zoning", tr("the zoning criterion needs zoning rules"))
    scoring = data.get("scoring") or {}
    min_known = scoring.get("min_known_weight", 0.6) if isinstance(scoring, dict) else None
    if not _is_number(min_known) or not 0 <= min_known <= 1:
        problems.add("scoring.min_known_weight", tr("must be a number between 0 and 1"))
        min_known = 0.6
    scoring_source, scoring_setting = None, None
    if isinstance(scoring, dict) and scoring:
        scoring_source, scoring_setting = _justification(scoring, "scoring", problems)
    problems.raise_if_any()

    notes: List[str] = parameter_notes(parameters, names.get(current_language()) or names.get("en")
                                       or str(data["id"]))
    total = sum(f.weight for f in factors)
    if total <= 0:
        problems.add("factors", tr("the weights sum to 0; give at least one factor a weight"))
        problems.raise_if_any()
    if abs(total - 1.0) > 1e-6:
        notes.append(tr("The factor weights of profile '{id}' summed to {total}; they were scaled to sum to 1.")
                     .format(id=data["id"], total=round(total, 4)))
        factors = [Factor(f.id, f.criterion, f.weight / total, f.function, f.source, f.setting) for f in factors]
    return Profile(
        id=str(data["id"]),
        station_type=str(data["station_type"]),
        names=names,
        field_prefix=prefix,
        parameters=parameters,
        zoning=zoning,
        zoning_source=zoning_source,
        constraints=constraints,
        factors=factors,
        min_known_weight=float(min_known),
        path=path,
        sha256=hashlib.sha256(text.encode("utf-8")).hexdigest(),
        notes=notes,
        zone_rules=zone_rules,
        scoring_source=scoring_source,
        scoring_setting=scoring_setting,
    )


def load_profile(path: Union[str, Path], choices: Optional[Mapping[str, str]] = None) -> Profile:
    """Read and validate a profile file (see :func:`parse_profile`)."""
    path = Path(path)
    return parse_profile(read_text(path), str(path), choices)


def bundled_profile_paths() -> Dict[str, Path]:
    """The profiles shipped with the plugin, by file stem (``hydrogen``, ``battery``, ``biogas``...)."""
    return {p.stem: p for p in sorted(PROFILES_DIR.glob("*.yaml"))}


def profile_file(profile: Profile) -> str:
    """The profile's file as a log names it: a bundled one by its name (``battery.yaml``, wherever
    the plugin is installed), the user's own by its whole path."""
    path = Path(profile.path) if profile.path else None
    if path is not None and path.parent.resolve() == PROFILES_DIR:
        return path.name
    return str(profile.path)


def load_bundled_profile(profile_id: str, choices: Optional[Mapping[str, str]] = None) -> Profile:
    """Load a bundled profile by id."""
    paths = bundled_profile_paths()
    if profile_id not in paths:
        raise DataFileError(tr("No bundled station profile '{id}'; available: {known}").format(
            id=profile_id, known=", ".join(paths)))
    return load_profile(paths[profile_id], choices)

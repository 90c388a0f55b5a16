# SPDX-License-Identifier: GPL-2.0-or-later
"""The ``parameters`` of a station profile: plain values, choices with variants, values
derived from others, and values per grid company.

A plain parameter is ``{value, unit, source | setting}``.  Three richer forms (format in
``resources/profiles/README.md``):

* a **choice** lists its ``choices`` and names the profile's own in ``value``; a run or an
  application may choose another (``choices`` argument of :func:`parse_parameters`)::

      supply_mode: {value: trucked_in, choices: [trucked_in, on_site_electrolysis], setting: "..."}

* a **variant** parameter takes its value, unit and justification from the variant of the
  choice it is ``by``::

      demand_mw:
        by: supply_mode
        unit: MW
        variants:
          trucked_in: {value: 0.5, setting: "..."}
          on_site_electrolysis: {value: 2.3, source: "..."}

* a **derived** value is a product of two numbers or parameters, so that a level follows the
  demand it depends on: ``value: {times: $grid_headroom, of: $demand_mw}``;
* ``by_company`` gives a value per grid company beside the default ``value`` (each with its own
  source or setting); the criteria look a company up with :func:`company_value`.
"""
from typing import Any, Dict, List, Mapping, Optional, Tuple

from .i18n import format_number, tr
from .profile_model import CompanyValue, Parameter


def _is_number(value: Any) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def _justified(entry: Mapping[str, Any], key: str, problems) -> Tuple[Optional[str], Optional[str]]:
    source, setting = entry.get("source"), entry.get("setting")
    if not source and not setting:
        problems.add(key, tr("needs a 'source' (a documented fact) or a 'setting' (a labelled assumption)"))
    return (str(source) if source else None), (str(setting) if setting else None)


def company_key(name: Any) -> str:
    """A grid company's name as compared: case, spaces, dots and a trailing "AS" ignored
    (``ELVIA``, ``Elvia AS`` and ``elvia`` are one company; so are ``GlitreNett`` and ``Glitre Nett``)."""
    words = "".join(c if c.isalnum() else " " for c in str(name or "")).casefold().split()
    if len(words) > 1 and words[-1] == "as":
        words = words[:-1]
    return "".join(words)


def company_entry(parameter: Parameter, company: Any) -> Optional[CompanyValue]:
    """The parameter's ``by_company`` entry for ``company`` (None: the default applies)."""
    key = company_key(company)
    return next((entry for entry in parameter.by_company if company_key(entry.company) == key), None)


def company_value(parameter: Parameter, company: Any) -> float:
    """The parameter's value for ``company`` (its ``by_company`` entry, else the default value)."""
    entry = company_entry(parameter, company)
    return entry.value if entry is not None else parameter.value


def _choice_parameters(raw: Mapping[str, Any], chosen: Mapping[str, str], problems) -> Dict[str, Parameter]:
    found: Dict[str, Parameter] = {}
    for name, entry in raw.items():
        if not isinstance(entry, dict) or "choices" not in entry:
            continue
        key = "parameters.{}".format(name)
        choices = entry.get("choices")
        if not isinstance(choices, list) or not choices or not all(isinstance(c, str) and c for c in choices):
            problems.add(key + ".choices", tr("must list the names of the choices"))
            continue
        value = chosen.get(str(name), entry.get("value"))
        if value not in choices:
            problems.add(key + ".value", tr("must be one of its choices: {choices}").format(choices=", ".join(choices)))
            continue
        source, setting = _justified(entry, key, problems)
        found[str(name)] = Parameter(str(name), value, "", source, setting, choices=tuple(choices))
    return found


def _variant(name: str, entry: Mapping[str, Any], choices: Mapping[str, Parameter], problems) -> Optional[Parameter]:
    key = "parameters.{}".format(name)
    by = entry.get("by")
    if by not in choices:
        problems.add(key + ".by", tr("must name a parameter with choices; the profile has {known}").format(
            known=", ".join(sorted(choices)) or "-"))
        return None
    variants = entry.get("variants")
    if not isinstance(variants, dict):
        problems.add(key + ".variants", tr("must give one entry (value and a source or setting) per choice of "
                                           "'{by}'").format(by=by))
        return None
    missing = [c for c in choices[by].choices if c not in variants]
    if missing:
        problems.add(key + ".variants", tr("has no variant for {choices}").format(choices=", ".join(missing)))
        return None
    picked = variants[choices[by].value]
    sub = "{}.variants.{}".format(key, choices[by].value)
    if not isinstance(picked, dict) or "value" not in picked:
        problems.add(sub, tr("needs a 'value'"))
        return None
    source, setting = _justified(picked, sub, problems)
    return Parameter(name, picked["value"], str(picked.get("unit", entry.get("unit", ""))), source, setting,
                     by=str(by))


def by_company_values(entry: Mapping[str, Any], key: str, problems) -> Tuple[CompanyValue, ...]:
    raw = entry.get("by_company")
    if raw is None:
        return ()
    if not isinstance(raw, dict):
        problems.add(key + ".by_company", tr("must map grid companies to entries with value and a source or setting"))
        return ()
    found: List[CompanyValue] = []
    for company, item in raw.items():
        sub = "{}.by_company.{}".format(key, company)
        if not isinstance(item, dict) or not _is_number(item.get("value")):
            problems.add(sub, tr("needs a numeric 'value'"))
            continue
        source, setting = _justified(item, sub, problems)
        found.append(CompanyValue(str(company), float(item["value"]), source, setting))
    return tuple(found)


def _derive(name: str, value: Mapping[str, Any], parameters: Mapping[str, Parameter], problems) -> Any:
    key = "parameters.{}.value".format(name)
    factors = []
    for part in ("times", "of"):
        item = value.get(part)
        if isinstance(item, str) and item.startswith("$"):
            ref = parameters.get(item[1:])
            if ref is None:
                problems.add(key + "." + part, tr("refers to the parameter '{name}', which the profile does not "
                                                  "define").format(name=item[1:]))
                return None
            item = ref.value
        if not _is_number(item):
            problems.add(key + "." + part, tr("must be a number or a $parameter holding one"))
            return None
        factors.append(float(item))
    return factors[0] * factors[1]


def parse_parameters(data: Mapping[str, Any], problems, chosen: Optional[Mapping[str, str]] = None
                     ) -> Dict[str, Parameter]:
    """The profile's parameters, with choices made (the profile's own unless ``chosen`` says otherwise).

    Parameters
    ----------
    data : mapping
        The whole profile.
    problems : yamlfile.Problems
        Where problems are collected, by key.
    chosen : mapping, optional
        Choice parameter -> choice, from the run or the application; names the profile lacks
        are ignored (a choice for hydrogen supply does not concern the battery profile).
    """
    raw = data.get("parameters") or {}
    if not isinstance(raw, dict):
        problems.add("parameters", tr("must be a mapping from parameter names to entries with value, unit and a "
                                      "source or setting"))
        return {}
    choices = _choice_parameters(raw, dict(chosen or {}), problems)
    parameters: Dict[str, Parameter] = dict(choices)
    derived = []
    for name, entry in raw.items():
        name = str(name)
        key = "parameters.{}".format(name)
        if name in choices or (isinstance(entry, dict) and "choices" in entry):
            continue
        if isinstance(entry, dict) and "variants" in entry:
            found = _variant(name, entry, choices, problems)
            if found is not None:
                parameters[name] = found
            continue
        if not isinstance(entry, dict) or "value" not in entry:
            problems.add(key, tr("needs a 'value'"))
            continue
        source, setting = _justified(entry, key, problems)
        parameter = Parameter(name, entry["value"], str(entry.get("unit", "")), source, setting,
                              by_company=by_company_values(entry, key, problems))
        if isinstance(entry["value"], dict) and ("times" in entry["value"] or "of" in entry["value"]):
            derived.append(parameter)
        parameters[name] = parameter
    for parameter in derived:  # after every plain and variant value is known
        value = _derive(parameter.name, parameter.value, parameters, problems)
        parameters[parameter.name] = Parameter(parameter.name, value, parameter.unit, parameter.source,
                                               parameter.setting, by_company=parameter.by_company)
    return parameters


def choices_made(parameters: Mapping[str, Parameter]) -> Dict[str, str]:
    """Choice parameter -> the choice in effect (``{"supply_mode": "trucked_in"}``)."""
    return {name: p.value for name, p in parameters.items() if p.choices}


def profile_tag(profile) -> str:
    """How a result names the profile it was scored with: id, the start of its SHA-256 and the
    choices in effect (``hydrogen@0123456789ab supply_mode=trucked_in``), so a result can be
    traced to the exact file and choice."""
    made = choices_made(profile.parameters)
    tag = "{}@{}".format(profile.id, profile.sha256[:12])
    return " ".join([tag] + ["{}={}".format(k, v) for k, v in sorted(made.items())])


def choice_text(parameter: str, choice: str) -> str:
    """A choice in words, to follow its parameter in a sentence (``trucked in (tube trailer)``)."""
    if parameter == "supply_mode":
        from .station_types import supply_mode_label

        label = supply_mode_label(choice)
        return label[:1].lower() + label[1:]
    return str(choice)


def parameter_text(parameter: str) -> str:
    """A choice parameter in words (``hydrogen supply``)."""
    return {"supply_mode": tr("hydrogen supply")}.get(parameter, parameter)


def parameter_notes(parameters: Mapping[str, Parameter], profile_name: str) -> List[str]:
    """What the run should say about the parameters, in words: the choices in effect (with the
    demand they give), a design demand below Enova's funding minimum."""

    notes = []
    demand, minimum = parameters.get("demand_mw"), parameters.get("enova_min_station_mw")
    for name, choice in choices_made(parameters).items():
        others = ", ".join(choice_text(name, c) for c in parameters[name].choices if c != choice)
        chosen = "{} {}".format(parameter_text(name), choice_text(name, choice))
        if demand is not None and demand.by == name and _is_number(demand.value):
            notes.append(tr("{profile}: {choice}, a demand of {demand} MW (a run or an application may choose: "
                            "{others}).").format(profile=profile_name, choice=chosen, others=others,
                                                 demand=format_number(demand.value, 1)))
        else:
            notes.append(tr("{profile}: {choice} (a run or an application may choose: {others}).").format(
                profile=profile_name, choice=chosen, others=others))
    if demand is not None and minimum is not None and _is_number(demand.value) and _is_number(minimum.value) \
            and demand.value < minimum.value:
        notes.append(tr("{profile}: the design demand of {demand} MW is below Enova's funding minimum of "
                        "{minimum} MW per station; a station this size cannot get Enova's support for public truck "
                        "charging.").format(profile=profile_name, demand=format_number(demand.value, 1),
                                            minimum=format_number(minimum.value, 1)))
    return notes

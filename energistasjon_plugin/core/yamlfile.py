# SPDX-License-Identifier: GPL-2.0-or-later
"""YAML data files (station profiles, checklists) read with the line of every key, and
validation problems reported all at once with file, line and key."""
from pathlib import Path
from typing import Any, Dict, List, Optional, Tuple

import yaml

from .errors import DataFileError
from .i18n import tr


class Problems:
    """Collects validation problems with line numbers, then raises them all at once.

    Parameters
    ----------
    path : str
        The file, for messages.
    lines : dict
        Key path -> line, from :func:`read_yaml`.
    heading : str
        Translated first line, with ``{file}`` and ``{n}`` placeholders.
    """

    def __init__(self, path: str, lines: Dict[str, int], heading: str) -> None:
        self.path = path
        self.lines = lines
        self.heading = heading
        self.items: List[Tuple[str, Optional[int], str]] = []

    def line_of(self, key: str) -> Optional[int]:
        """Line of ``key`` or of its nearest parent that has one."""
        probe = key
        while probe:
            if probe in self.lines:
                return self.lines[probe]
            cut = max(probe.rfind("."), probe.rfind("["))
            probe = probe[:cut] if cut > 0 else ""
        return None

    def add(self, key: str, problem: str, shown_key: Optional[str] = None) -> None:
        """Record a problem at ``key`` (its line is looked up); ``shown_key`` is what the
        message calls it, e.g. with the item's id."""
        self.items.append((shown_key or key, self.line_of(key), problem))

    def raise_if_any(self) -> None:
        if not self.items:
            return
        lines = [
            tr("{file}, line {line}: '{key}': {problem}").format(
                file=Path(self.path).name, line=line if line else "?", key=key, problem=problem
            )
            for key, line, problem in self.items[:15]
        ]
        head = self.heading.format(file=self.path, n=len(self.items))
        first_key, first_line, _ = self.items[0]
        raise DataFileError("\n".join([head] + lines), path=self.path, key=first_key, line=first_line)


def read_yaml(text: str, path: str) -> Tuple[Any, Dict[str, int]]:
    """Parse YAML and record the line of every key path (``factors[1].function.type``).

    Raises
    ------
    DataFileError
        Empty file, invalid YAML (with its line), or a key given twice.
    """
    loader = yaml.SafeLoader(text)
    try:
        node = loader.get_single_node()
        if node is None:
            raise DataFileError(tr("The file {file} is empty.").format(file=path), path=path)
        lines: Dict[str, int] = {}
        duplicates: List[Tuple[str, int]] = []

        def walk(current: Any, prefix: str) -> None:
            if isinstance(current, yaml.MappingNode):
                seen = set()
                for key_node, value_node in current.value:
                    key = str(key_node.value)
                    sub = "{}.{}".format(prefix, key) if prefix else key
                    if key in seen:
                        duplicates.append((sub, key_node.start_mark.line + 1))
                    seen.add(key)
                    walk(value_node, sub)
                    lines[sub] = key_node.start_mark.line + 1
            elif isinstance(current, yaml.SequenceNode):
                for index, item in enumerate(current.value):
                    sub = "{}[{}]".format(prefix, index)
                    lines[sub] = item.start_mark.line + 1
                    walk(item, sub)

        walk(node, "")
        data = loader.construct_document(node)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 1 if mark is not None else None
        raise DataFileError(
            tr("The file {file} is not valid YAML near line {line}: {error}").format(
                file=path, line=line if line else "?", error=getattr(exc, "problem", None) or str(exc)
            ),
            path=path,
            line=line,
        ) from exc
    finally:
        loader.dispose()
    if duplicates:
        key, line = duplicates[0]
        raise DataFileError(
            tr("{file}, line {line}: the key '{key}' appears twice; keep one.").format(
                file=Path(path).name, line=line, key=key
            ),
            path=path,
            key=key,
            line=line,
        )
    return data, lines


def check_header(data: Any, problems: Problems, expected_format: str, supported_version: int) -> int:
    """Check a data file's ``format`` and ``format_version`` (raising at once if they are wrong,
    since nothing else can be read then); returns the version."""
    if not isinstance(data, dict):
        problems.add("", tr("the file must be a mapping of keys (format, format_version, ...)"))
        problems.raise_if_any()
    if data.get("format") != expected_format:
        problems.add("format", tr("must be '{expected}'").format(expected=expected_format))
    version = data.get("format_version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        problems.add("format_version", tr("must be a whole number"))
    elif version > supported_version:
        problems.add("format_version", tr("the file is for a newer Energistasjon (format {found}); this version "
                                          "reads format {supported}. Update the plugin.").format(
            found=version, supported=supported_version))
    problems.raise_if_any()
    return version


def read_text(path: Path) -> str:
    """A data file's text (UTF-8, BOM tolerated), or DataFileError saying why it cannot be read."""
    try:
        return Path(path).read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise DataFileError(tr("Cannot read the file {file}: {error}").format(file=path, error=exc),
                            path=str(path)) from exc

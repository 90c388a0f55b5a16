# SPDX-License-Identifier: GPL-2.0-or-later
"""Report what is left to translate in a Qt Linguist file.

Usage: ``python scripts/check_translations.py i18n/energistasjon_nb.ts``.

Prints how many messages are translated, unfinished and obsolete, lists the unfinished
ones with where they come from, and checks that every placeholder of the source text
(``{name}``, ``{n:.1f}``, ``%1``) is in the translation and that the translation adds none
(``str.format`` would raise ``KeyError`` on an unknown one at run time).

Exit status: 0 when everything is translated and consistent, 1 when a message is
unfinished or a placeholder does not match, 2 when the file cannot be read.
``--allow-unfinished`` reports unfinished messages without failing on them.
"""
import argparse
import re
import string
import sys
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import List, NamedTuple, Optional, Sequence, Set

OBSOLETE_TYPES = ("obsolete", "vanished")
QT_PLACEHOLDER = re.compile(r"%(?:\d+|n)")


class Message(NamedTuple):
    """One ``<message>`` of a .ts file."""

    context: str
    source: str
    translations: List[str]  # one text, or one per numerus form
    kind: str  # "translated", "unfinished" or "obsolete"
    location: str


def placeholders(text: str) -> Set[str]:
    """Return the placeholders in ``text``: ``{field}`` names (format spec dropped) and Qt's ``%1``.

    Raises
    ------
    ValueError
        If ``text`` is not a valid ``str.format`` template (an unmatched brace).
    """
    found = set(QT_PLACEHOLDER.findall(text))
    for _literal, field, _spec, _conversion in string.Formatter().parse(text):
        if field is not None:
            found.add("{" + field + "}")
    return found


def read_messages(path: Path) -> List[Message]:
    """Read every message of a .ts file, in file order."""
    messages: List[Message] = []
    root = ET.parse(str(path)).getroot()
    for context in root.iter("context"):
        context_name = context.findtext("name") or ""
        for node in context.iter("message"):
            source = node.findtext("source") or ""
            translation = node.find("translation")
            if translation is None:
                texts: List[str] = []
                kind = "unfinished"
            else:
                forms = translation.findall("numerusform")
                texts = [f.text or "" for f in forms] if forms else [translation.text or ""]
                status = translation.get("type")
                if status in OBSOLETE_TYPES:
                    kind = "obsolete"
                elif status == "unfinished" or not any(texts):
                    # An empty translation shows the source text to the user: not done.
                    kind = "unfinished"
                else:
                    kind = "translated"
            location = node.find("location")
            where = ""
            if location is not None:
                where = "{}:{}".format(location.get("filename", "?"), location.get("line", "?"))
            messages.append(Message(context_name, source, texts, kind, where))
    return messages


def placeholder_problems(message: Message) -> List[str]:
    """Describe placeholder mismatches between a translated message and its source."""
    try:
        expected = placeholders(message.source)
    except ValueError as error:
        return [f"source is not a valid format string ({error}): {message.source!r}"]
    problems = []
    for text in message.translations:
        try:
            got = placeholders(text)
        except ValueError as error:
            problems.append(f"translation is not a valid format string ({error}): {text!r}")
            continue
        missing = sorted(expected - got)
        extra = sorted(got - expected)
        if missing:
            problems.append("translation lacks {}: {!r}".format(", ".join(missing), text))
        if extra:
            problems.append("translation has {} not in the source: {!r}".format(", ".join(extra), text))
    return problems


def _label(message: Message) -> str:
    where = f" ({message.location})" if message.location else ""
    return f"[{message.context}]{where} {message.source!r}"


def main(argv: Optional[Sequence[str]] = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("ts_file", type=Path, help="Qt Linguist .ts file")
    parser.add_argument("--allow-unfinished", action="store_true",
                        help="report unfinished messages but do not fail on them")
    args = parser.parse_args(argv)

    try:
        messages = read_messages(args.ts_file)
    except (OSError, ET.ParseError) as error:
        print(f"check_translations: cannot read {args.ts_file}: {error}", file=sys.stderr)
        return 2

    translated = [m for m in messages if m.kind == "translated"]
    unfinished = [m for m in messages if m.kind == "unfinished"]
    obsolete = [m for m in messages if m.kind == "obsolete"]
    print(f"{args.ts_file}: {len(translated)} translated, {len(unfinished)} unfinished, "
          f"{len(obsolete)} obsolete")

    if unfinished:
        print("\nUnfinished (translate them in Qt Linguist or in the .ts file, then drop "
              "type=\"unfinished\"):")
        for message in unfinished:
            print("  " + _label(message))
    if obsolete:
        print("\nObsolete (no longer in the code; the engine skips them, 'make translations' drops them):")
        for message in obsolete:
            print("  " + _label(message))

    broken = [(m, placeholder_problems(m)) for m in translated]
    broken = [(m, problems) for m, problems in broken if problems]
    if broken:
        print("\nPlaceholders that do not match the source:")
        for message, problems in broken:
            print("  " + _label(message))
            for problem in problems:
                print("      " + problem)

    if broken or (unfinished and not args.allow_unfinished):
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())

# SPDX-License-Identifier: GPL-2.0-or-later
"""Refresh the .ts from the code and fill in translations from a JSON file.

Usage::

    python scripts/fill_translations.py i18n/energistasjon_nb.ts new_nb.json

``new_nb.json`` maps English source texts to their bokmål translation
(``{"{n} sites": "{n} tomter"}``).  The script runs ``pylupdate5 -noobsolete`` over the
plugin's Python sources (so new ``tr()`` literals appear and removed ones go), then writes
each given translation into its message and drops ``type="unfinished"``.  A file lock keeps
two runs from rewriting the .ts at the same time.  Afterwards run
``scripts/check_translations.py`` (``make translations`` refreshes and checks; the engine reads
the .ts itself, nothing is compiled).

Exit status: 0 on success, 1 when a given source text is not in the code (a typo), 2 when
a file cannot be read.
"""
import argparse
import fcntl
import json
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Dict, List, Optional, Sequence

REPO_ROOT = Path(__file__).resolve().parents[1]
SOURCE_DIRS = ("__init__.py", "energistasjon_plugin", "processing", "scripts")


def python_sources() -> List[str]:
    """The files ``make translations`` scans, relative to the repository root."""
    files: List[str] = []
    for entry in SOURCE_DIRS:
        path = REPO_ROOT / entry
        if path.is_file():
            files.append(entry)
        else:
            files.extend(str(p.relative_to(REPO_ROOT)) for p in sorted(path.rglob("*.py"))
                         if "__pycache__" not in p.parts)
    return files


def fill(ts_path: Path, translations: Dict[str, str]) -> List[str]:
    """Write ``translations`` into ``ts_path``; return the sources that were not found."""
    tree = ET.parse(str(ts_path))
    found = set()
    for message in tree.getroot().iter("message"):
        source = message.findtext("source")
        if source not in translations:
            continue
        node = message.find("translation")
        if node is None:
            node = ET.SubElement(message, "translation")
        node.text = translations[source]
        node.attrib.pop("type", None)
        found.add(source)
    tree.write(str(ts_path), encoding="utf-8", xml_declaration=True)
    return sorted(set(translations) - found)


def main(argv: Optional[Sequence[str]] = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("ts_file", type=Path)
    parser.add_argument("json_file", type=Path, nargs="?", help="source -> translation (optional)")
    args = parser.parse_args(argv)
    try:
        translations = json.loads(args.json_file.read_text(encoding="utf-8")) if args.json_file else {}
    except (OSError, ValueError) as error:
        print("fill_translations: cannot read {}: {}".format(args.json_file, error), file=sys.stderr)
        return 2
    lock_path = args.ts_file.with_suffix(".lock")
    with open(lock_path, "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        subprocess.run(["pylupdate5", "-noobsolete", *python_sources(), "-ts", str(args.ts_file.resolve())],
                       cwd=str(REPO_ROOT), check=True, stdout=subprocess.DEVNULL)
        missing = fill(args.ts_file, translations)
        # pylupdate5 writes the file again on its next run in its own layout; run it once more
        # so the committed file is in that layout whoever wrote it last.
        subprocess.run(["pylupdate5", "-noobsolete", *python_sources(), "-ts", str(args.ts_file.resolve())],
                       cwd=str(REPO_ROOT), check=True, stdout=subprocess.DEVNULL)
    if missing:
        print("Not in the code (check the spelling):", file=sys.stderr)
        for source in missing:
            print("  " + repr(source), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())

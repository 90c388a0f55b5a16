# SPDX-License-Identifier: GPL-2.0-or-later
"""Build the installable plugin zip.

Usage: ``python scripts/build_zip.py --name energistasjon --output build/energistasjon.zip``.

The zip holds ONE top folder (``energistasjon/``), which is what QGIS's "Install from
ZIP" and plugins.qgis.org expect, with only what the plugin needs at run time: the
package code, metadata, licence, README, resources and the translations (``i18n/*.ts``, which
the engine reads itself; no compiled ``.qm``).  Tests, tools, build files and caches stay out.

The build is reproducible: entries are sorted, timestamps and permissions are fixed, so
two builds of the same tree are byte-identical (``SOURCE_DATE_EPOCH`` sets the timestamp
if given, as in reproducible-builds.org).
"""
import argparse
import configparser
import fnmatch
import os
import sys
import time
import zipfile
from pathlib import Path
from typing import List, Sequence, Tuple

REPO_ROOT = Path(__file__).resolve().parents[1]

# What goes into the zip, relative to the repository root.  An allow-list, so that a new
# top-level file or folder never ships by accident.
INCLUDED = (
    "__init__.py",
    "metadata.txt",
    "LICENSE",
    "README.md",
    "energistasjon_plugin",
    "processing",
    "resources",
    "i18n",
)
REQUIRED = ("__init__.py", "metadata.txt", "LICENSE")
# Left out wherever they appear (folder or file names, shell patterns).
EXCLUDED_PATTERNS = (
    "test",
    "tools",
    "scripts",
    ".venv",
    "build",
    ".git",
    "__pycache__",
    "*.pyc",
    "*.pyo",
    ".pytest_cache",
    ".ruff_cache",
    "pyproject.toml",
    "Makefile",
    "requirements*.txt",
    ".ci",
    ".*",  # other hidden files: .DS_Store, .gitignore, editor state
    "*~",
)
# Only the translation catalogues belong in i18n/ (no editor or lupdate leftovers, no stale .qm).
I18N_PATTERNS = ("*.ts",)
# 1980-01-01 is the earliest time a zip entry can carry.
DEFAULT_EPOCH = 315532800
FILE_MODE = 0o644
DIR_MODE = 0o755
DateTime = Tuple[int, int, int, int, int, int]


class BuildError(Exception):
    """A problem the developer must fix before the zip can be built."""


def _excluded(name: str) -> bool:
    return any(fnmatch.fnmatch(name, pattern) for pattern in EXCLUDED_PATTERNS)


def collect_files(root: Path) -> List[Path]:
    """Return the files to ship, relative to ``root``, sorted.

    Parameters
    ----------
    root : Path
        Repository root (the plugin folder).

    Returns
    -------
    list of Path
        Relative paths of the files, in a stable order.

    Raises
    ------
    BuildError
        If a required file or the translations are missing.
    """
    for name in REQUIRED:
        if not (root / name).is_file():
            raise BuildError(f"Required file '{name}' is missing in {root}.")
    files: List[Path] = []
    for name in INCLUDED:
        top = root / name
        if not top.exists():
            continue
        if top.is_file():
            files.append(Path(name))
            continue
        # Folder symlinks are not followed: they could loop or reach outside the tree.
        for dirpath, dirnames, filenames in os.walk(top):
            dirnames[:] = sorted(d for d in dirnames if not _excluded(d))
            for filename in filenames:
                if _excluded(filename):
                    continue
                path = Path(dirpath, filename)
                rel = path.relative_to(root)
                if rel.parts[0] == "i18n" and not any(fnmatch.fnmatch(filename, p) for p in I18N_PATTERNS):
                    continue
                if path.is_file():
                    files.append(rel)
    _check_translations(root, files)
    _check_icon(root, files)
    return sorted(files, key=lambda p: p.as_posix())


def _check_icon(root: Path, files: Sequence[Path]) -> None:
    # QGIS shows a blank icon without a word of warning when metadata.txt names a missing file.
    parser = configparser.ConfigParser(interpolation=None)
    parser.read(str(root / "metadata.txt"), encoding="utf-8")
    icon = parser.get("general", "icon", fallback="")
    if icon and Path(icon) not in set(files):
        raise BuildError(f"metadata.txt names the icon '{icon}', which would not be in the zip.")


def _check_translations(root: Path, files: Sequence[Path]) -> None:
    # The engine translates every text from these catalogues (core/i18n.py): without one the
    # plugin would speak English only, without a word of warning.
    if not any(p.parts[0] == "i18n" and p.suffix == ".ts" for p in files):
        raise BuildError(
            f"No translation catalogue (i18n/*.ts) found in {root / 'i18n'}; the plugin reads its "
            "Norwegian texts from i18n/energistasjon_nb.ts. Restore it (git checkout i18n/)."
        )


def _zip_time(epoch: int) -> DateTime:
    stamp = time.gmtime(max(epoch, DEFAULT_EPOCH))
    return (stamp.tm_year, stamp.tm_mon, stamp.tm_mday, stamp.tm_hour, stamp.tm_min, stamp.tm_sec)


def _entry(name: str, date_time: DateTime, mode: int, is_dir: bool) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name, date_time=date_time)
    info.create_system = 3  # Unix, so that the permission bits below are honoured
    info.external_attr = ((0o040000 if is_dir else 0o100000) | mode) << 16
    if is_dir:
        info.external_attr |= 0x10  # MS-DOS directory flag
    else:
        info.compress_type = zipfile.ZIP_DEFLATED
    return info


def build_zip(root: Path, name: str, output: Path, epoch: int = DEFAULT_EPOCH) -> Path:
    """Write the plugin zip and return its path.

    Parameters
    ----------
    root : Path
        Repository root (the plugin folder).
    name : str
        Name of the single top folder in the zip, i.e. the name QGIS loads the plugin by.
    output : Path
        Zip file to write (its folder is created).  Replaced atomically.
    epoch : int
        Timestamp (seconds since 1970) given to every entry.

    Returns
    -------
    Path
        The zip written.
    """
    files = collect_files(root)
    date_time = _zip_time(epoch)
    folders = {Path(name)}
    for rel in files:
        folders.update(Path(name, *rel.parts[:i]) for i in range(1, len(rel.parts)))
    entries = [(p.as_posix() + "/", None) for p in folders] + [
        (Path(name, rel).as_posix(), root / rel) for rel in files
    ]
    entries.sort(key=lambda item: item[0])

    output.parent.mkdir(parents=True, exist_ok=True)
    partial = output.with_name(output.name + ".part")
    with zipfile.ZipFile(str(partial), "w", compression=zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        for arcname, source in entries:
            if source is None:
                archive.writestr(_entry(arcname, date_time, DIR_MODE, is_dir=True), b"")
            else:
                info = _entry(arcname, date_time, FILE_MODE, is_dir=False)
                archive.writestr(info, source.read_bytes(), compresslevel=9)
    os.replace(str(partial), str(output))
    return output


def main(argv: Sequence[str] = ()) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--name", default="energistasjon", help="top folder in the zip = plugin name in QGIS")
    parser.add_argument("--output", default="build/energistasjon.zip", help="zip file to write")
    parser.add_argument("--root", default=str(REPO_ROOT), help="plugin folder (default: this repository)")
    args = parser.parse_args(list(argv) or None)

    root = Path(args.root).resolve()
    output = Path(args.output)
    if not output.is_absolute():
        output = Path.cwd() / output
    epoch = int(os.environ.get("SOURCE_DATE_EPOCH", DEFAULT_EPOCH))
    try:
        path = build_zip(root, args.name, output, epoch)
    except BuildError as error:
        print(f"build_zip: {error}", file=sys.stderr)
        return 1
    with zipfile.ZipFile(str(path)) as archive:
        count = sum(1 for info in archive.infolist() if not info.is_dir())
    print(f"{path} ({path.stat().st_size} bytes, {count} files)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

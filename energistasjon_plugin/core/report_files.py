# SPDX-License-Identifier: GPL-2.0-or-later
"""Where the case reports go: a file name per case id, and a folder that gets all of a run's
reports or none of them.

File names (:func:`case_file_stem`, :func:`case_file_stems`):

* A case id that is already a safe file name is kept as it is: ``2024.001`` -> ``2024.001``,
  ``B`` -> ``B``.  Safe means letters (æøå and other letters too), digits 0-9, ``.``, ``_``
  and ``-`` only, in Unicode NFC; not starting with ``.`` or ``-`` and not ending with
  ``.``; not a name Windows reserves (``CON``, ``NUL``, ``COM1``... also as ``CON.x``); at
  most 100 characters (and 200 bytes in UTF-8); and not ending in ``_`` + six hex digits,
  the shape of the names below.
* Any other id becomes readable and unique: runs of other characters become ``-``, dots
  and dashes at the ends go, and ``_`` + the first six hex digits of the SHA-1 of the id
  (UTF-8) are appended: ``2025/17`` -> ``2025-17_de5556``, ``../..`` -> ``case_626ac4``.
* A file name is therefore the same for the same case id on every run, and two different
  case ids get different names.  The one exception: within one run, names that differ
  only in letter case (``A`` and ``a``; Windows and macOS treat them as one file) both get
  the hash ending, a longer one if ever needed.

The caller appends ``.html``/``.pdf`` with string concatenation: ``Path.with_suffix``
would turn ``2024.001`` into ``2024.html``.

Staging (:class:`ReportStaging`): reports are written into a hidden folder inside the
report folder and moved into place together by :meth:`ReportStaging.commit`; on cancel or
error :meth:`ReportStaging.discard` removes them, and the report folder holds what it held
before (a folder the run created is removed again).
"""
import hashlib
import os
import re
import shutil
import tempfile
import unicodedata
from pathlib import Path
from typing import Dict, List, Optional, Sequence, Tuple, Union

from .errors import EnergistasjonError, InputError
from .i18n import tr

MAX_CHARS = 100
MAX_BYTES = 200
HASH_DIGITS = 6
FALLBACK_STEM = "case"  # not translated: the same file name in every language
STAGING_PREFIX = ".energistasjon-"
_WINDOWS_RESERVED = frozenset(
    ["CON", "PRN", "AUX", "NUL"] + ["COM{}".format(i) for i in range(10)] + ["LPT{}".format(i) for i in range(10)])
_HASH_ENDING = re.compile(r"_[0-9a-fA-F]{" + str(HASH_DIGITS) + r"}\Z")


def _allowed(char: str) -> bool:
    return char in "._-" or "0" <= char <= "9" or unicodedata.category(char).startswith("L")


def _reserved(stem: str) -> bool:
    """True for a name Windows keeps for devices, with or without an extension (``NUL.txt``)."""
    return stem.split(".", 1)[0].upper() in _WINDOWS_RESERVED


def is_safe_file_name(text: str) -> bool:
    """True when ``text`` can be used as it is as a file name on Windows, macOS and Linux (see module)."""
    return (
        bool(text)
        and len(text) <= MAX_CHARS
        and len(text.encode("utf-8", "surrogatepass")) <= MAX_BYTES
        and unicodedata.normalize("NFC", text) == text
        and all(_allowed(c) for c in text)
        and text[0] not in ".-"
        and not text.endswith(".")
        and not _reserved(text)
        and not _HASH_ENDING.search(text)
    )


def _digest(case_id: str) -> str:
    return hashlib.sha1(case_id.encode("utf-8", "surrogatepass")).hexdigest()


def _readable_part(case_id: str) -> str:
    """The id with unsafe runs as ``-``, no dots or dashes at the ends, short enough; never empty."""
    text = unicodedata.normalize("NFC", case_id)
    text = "".join(c if _allowed(c) else "-" for c in text)
    text = re.sub(r"-{2,}", "-", text).strip(".-")
    text = text[:MAX_CHARS]
    while len(text.encode("utf-8")) > MAX_BYTES:
        text = text[:-1]
    text = text.rstrip(".-")
    if _reserved(text) and "." in text:
        text = text.replace(".", "-", 1)  # CON.001 -> CON-001: Windows reserves CON.anything
    return text or FALLBACK_STEM


def _stem(case_id: str, digits: Optional[int]) -> str:
    if digits is None and is_safe_file_name(case_id):
        return case_id
    return "{}_{}".format(_readable_part(case_id), _digest(case_id)[:digits or HASH_DIGITS])


def case_file_stem(case_id: str) -> str:
    """The file name (without ``.html``/``.pdf``) of one case's report; see the module for the rule.

    >>> case_file_stem("2024.001")
    '2024.001'
    >>> case_file_stem("2025/17")
    '2025-17_de5556'
    """
    return _stem(str(case_id), None)


def case_file_stems(case_ids: Sequence[str]) -> List[str]:
    """One file name per case id of a run, all different even where letter case does not count.

    Raises
    ------
    ValueError
        Two case ids are equal (the caller refuses them first, naming the field).
    """
    ids = [str(c) for c in case_ids]
    if len(set(ids)) != len(ids):
        raise ValueError("case ids repeat")
    digits: List[Optional[int]] = [None] * len(ids)
    for longer in (HASH_DIGITS, 40):
        stems = [_stem(c, d) for c, d in zip(ids, digits)]
        clashes = _clashing(stems)
        if not clashes:
            return stems
        for index in clashes:
            digits[index] = longer
    stems = [_stem(c, d) for c, d in zip(ids, digits)]
    if _clashing(stems):  # two ids with the same SHA-1: not expected in this universe
        raise ValueError("case ids give the same file name")
    return stems


def _clashing(stems: Sequence[str]) -> List[int]:
    seen: Dict[str, List[int]] = {}
    for index, stem in enumerate(stems):
        seen.setdefault(stem.casefold(), []).append(index)
    return sorted(i for group in seen.values() if len(group) > 1 for i in group)


# --- the report folder ------------------------------------------------------------------------------------------

def _folder_error(folder: Path, reason: str) -> InputError:
    return InputError(tr("The report folder {folder} cannot be made or written to ({reason}). Choose a folder you "
                         "can write to, for example one in your documents.").format(folder=folder, reason=reason))


def check_report_folder(folder: Union[str, Path]) -> None:
    """Refuse, in words, a report folder that cannot be made or written to; creates nothing.

    Raises
    ------
    InputError
        The folder is a file, lies under a file, or its nearest existing folder is not writable.
    """
    folder = Path(folder)
    if folder.exists() and not folder.is_dir():
        raise InputError(tr("The report folder {folder} is a file. Choose a folder, or the name of a new folder, "
                            "for the reports.").format(folder=folder))
    existing = folder
    while not existing.exists() and existing.parent != existing:
        existing = existing.parent
    if not existing.is_dir():
        raise InputError(tr("The report folder {folder} cannot be made: {file} is a file, not a folder. Choose a "
                            "folder for the reports.").format(folder=folder, file=existing))
    if not os.access(str(existing), os.W_OK | os.X_OK):
        raise _folder_error(folder, tr("{path} is read-only").format(path=existing))


class ReportStaging:
    """A run's report files, written into a hidden folder inside ``folder`` and put in place together.

    Use as a context manager: leaving the block without :meth:`commit` (cancel, error)
    discards everything written, and the report folder holds what it held before.

    Parameters
    ----------
    folder : str or Path
        The report folder; made (with its parents) when missing.
    """

    def __init__(self, folder: Union[str, Path]) -> None:
        self.folder = Path(folder)
        self.staging: Optional[Path] = None
        self._created: List[Path] = []
        self._names: List[str] = []
        self._committed = False
        self._keep = False

    def __enter__(self) -> "ReportStaging":
        self.open()
        return self

    def __exit__(self, exc_type, exc, traceback) -> bool:
        if not self._committed:
            self.discard()
        return False

    def open(self) -> Path:
        """Make the report folder (when missing) and the hidden staging folder in it; return the latter."""
        check_report_folder(self.folder)
        missing = []
        path = self.folder
        while not path.exists() and path.parent != path:
            missing.append(path)
            path = path.parent
        try:
            for path in reversed(missing):
                path.mkdir()
                self._created.append(path)
            self.staging = Path(tempfile.mkdtemp(prefix=STAGING_PREFIX, dir=str(self.folder)))
        except OSError as exc:
            self.discard()
            raise _folder_error(self.folder, exc.strerror or str(exc)) from exc
        return self.staging

    def path(self, name: str) -> Path:
        """Where to write the report file ``name`` now; :meth:`commit` moves it to ``folder / name``."""
        if self.staging is None:
            raise RuntimeError("ReportStaging.open() first")
        if name in self._names or Path(name).name != name or name.startswith("."):
            raise ValueError("not a new plain file name: {!r}".format(name))
        self._names.append(name)
        return self.staging / name

    def commit(self) -> List[Path]:
        """Move every written file into the report folder, replacing older files of the same name.

        All or nothing: when one file cannot be put in place, the ones already moved are
        taken back and the older files restored.

        Returns
        -------
        list of Path
            The files now in the report folder, in the order they were asked for.

        Raises
        ------
        EnergistasjonError
            A file could not be put in place (the message names it and says what to do).
        """
        if self.staging is None:
            raise RuntimeError("ReportStaging.open() first")
        previous = self.staging / ".previous"
        moved: List[Tuple[Path, Path, Optional[Path]]] = []  # (staged, target, older file kept aside)
        placed: List[Path] = []
        name = ""
        try:
            for name in self._names:
                staged, target = self.staging / name, self.folder / name
                if not staged.exists():
                    continue
                older = None
                if target.is_dir() and not target.is_symlink():
                    raise IsADirectoryError(tr("a folder of that name is in the way"))  # never move a folder
                if os.path.lexists(str(target)):
                    previous.mkdir(exist_ok=True)
                    older = previous / name
                    os.replace(str(target), str(older))
                moved.append((staged, target, older))
                os.replace(str(staged), str(target))
                placed.append(target)
        except OSError as exc:
            message = tr("The report {file} could not be put in the report folder {folder} ({reason}). Close the file "
                         "if another program has it open, or choose another report folder, and run again.").format(
                file=name, folder=self.folder, reason=exc.strerror or str(exc))
            if self._take_back(moved):
                self.discard()
            else:  # keep the older reports that could not be put back where the user can find them
                self._keep = True
                message += " " + tr("Older reports that could not be put back are in {path}.").format(path=previous)
            raise EnergistasjonError(message) from exc
        except BaseException:  # interrupted: put the older files back before the staging folder goes
            self._keep = not self._take_back(moved)
            raise
        self._committed = True
        shutil.rmtree(str(self.staging), ignore_errors=True)
        self.staging = None
        return placed

    @staticmethod
    def _take_back(moved: List[Tuple[Path, Path, Optional[Path]]]) -> bool:
        """Undo the moves of a failed commit; True when every older file is back."""
        complete = True
        for staged, target, older in reversed(moved):
            try:
                if not staged.exists() and os.path.lexists(str(target)):
                    os.replace(str(target), str(staged))
                if older is not None:
                    os.replace(str(older), str(target))
            except OSError:
                complete = False
        return complete

    def discard(self) -> None:
        """Remove everything written and any folder :meth:`open` made; the report folder is as before."""
        if self._keep:
            return
        if self.staging is not None:
            shutil.rmtree(str(self.staging), ignore_errors=True)
            self.staging = None
        for path in reversed(self._created):
            try:
                path.rmdir()  # only when empty: never anything the user put there meanwhile
            except OSError:
                pass
        self._created = []

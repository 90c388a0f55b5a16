# SPDX-License-Identifier: GPL-2.0-or-later
"""Ordinary permissions for files written through a temporary file.

``tempfile.mkstemp`` makes a file only its owner may read (0600), and ``os.replace`` keeps that
mode: a spreadsheet or weight set written into a shared workshop folder could then not be
opened by a colleague.  The finished file gets the mode of any new file instead (0666 less the
umask), as if it had been created by ``open``.
"""
import os
import threading
from pathlib import Path
from typing import Union

_UMASK_LOCK = threading.Lock()


def process_umask() -> int:
    """The process's umask (reading it means setting it: done under a lock and put back at once)."""
    with _UMASK_LOCK:
        mask = os.umask(0o022)
        os.umask(mask)
    return mask


def give_ordinary_permissions(path: Union[str, Path]) -> None:
    """Set ``path``'s mode to that of a newly created file (no-op where modes do not apply)."""
    if os.name != "posix":
        return  # Windows: the file inherits the folder's access rules
    os.chmod(str(path), 0o666 & ~process_umask())

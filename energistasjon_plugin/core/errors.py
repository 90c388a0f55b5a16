"""Exception hierarchy of the engine.

Every error a user can meet carries a message that is already translated and says what
to do.  The Processing layer turns these into ``QgsProcessingException`` unchanged, so the
text a planner reads is the text written here.
"""
from typing import Optional


class EnergistasjonError(Exception):
    """Root of all errors raised on purpose by the engine.

    Parameters
    ----------
    message : str
        Translated, user-facing text that names the layer/field/key and says what to do.
    """

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


class InputError(EnergistasjonError):
    """A layer or parameter the user gave cannot be used as it is.

    Parameters
    ----------
    message : str
        Translated text.
    layer : str, optional
        Name of the layer at fault, for callers that want to highlight it.
    field : str, optional
        Name of the field at fault.
    """

    def __init__(self, message: str, layer: Optional[str] = None, field: Optional[str] = None) -> None:
        super().__init__(message)
        self.layer = layer
        self.field = field


class DataFileError(EnergistasjonError):
    """A data file (profile, checklist, grid-capacity JSON) is malformed.

    Parameters
    ----------
    message : str
        Translated text.
    path : str, optional
        The file.
    key : str, optional
        Dotted path of the offending key, e.g. ``factors[2].function.type``.
    line : int, optional
        1-based line number in the file where the key is, when known.
    """

    def __init__(
        self,
        message: str,
        path: Optional[str] = None,
        key: Optional[str] = None,
        line: Optional[int] = None,
    ) -> None:
        super().__init__(message)
        self.path = path
        self.key = key
        self.line = line


class MissingDependencyError(EnergistasjonError):
    """A Python package the engine needs is not installed (message says how to install)."""


class CanceledError(EnergistasjonError):
    """The user cancelled the run; nothing has been written."""

"""Translation for the engine, without Qt.

All user-facing text in the plugin goes through :func:`tr` with a string literal, so that
``pylupdate5`` finds it (it files bare ``tr()`` calls under the context ``@default``).
The catalogue is the committed Qt Linguist file ``i18n/energistasjon_<lang>.ts``, read
here with the standard library: the engine can write a report in Norwegian while QGIS
runs in English (case officers choose the report language), and runs without QGIS.

Format after translating: ``tr("{n} m to {road}").format(n=..., road=...)``.
"""
import threading
import xml.etree.ElementTree as ET
from contextlib import contextmanager
from pathlib import Path
from typing import Dict, Iterator, Optional

SOURCE_LANGUAGE = "en"
SUPPORTED_LANGUAGES = ("en", "nb")
I18N_DIR = Path(__file__).resolve().parents[2] / "i18n"

_catalogues: Dict[str, Dict[str, str]] = {}
_lock = threading.Lock()
_default_language = SOURCE_LANGUAGE
_local = threading.local()


def normalise_language(locale_name: Optional[str]) -> str:
    """Map a locale name (``nb_NO``, ``no``, ``nn``, ``en_GB``...) to a supported language.

    Nynorsk and plain ``no`` fall back to bokmål, the only Norwegian catalogue shipped;
    anything unknown falls back to English.
    """
    if not locale_name:
        return SOURCE_LANGUAGE
    code = str(locale_name).replace("-", "_").split("_")[0].lower()
    if code in ("nb", "no", "nn", "nob", "nno"):
        return "nb"
    return code if code in SUPPORTED_LANGUAGES else SOURCE_LANGUAGE


def set_language(locale_name: Optional[str]) -> str:
    """Set the process-wide default language; returns the language actually used."""
    global _default_language
    _default_language = normalise_language(locale_name)
    return _default_language


def current_language() -> str:
    """The language in force for this thread."""
    return getattr(_local, "language", None) or _default_language


@contextmanager
def use_language(locale_name: Optional[str]) -> Iterator[str]:
    """Use another language in this thread for the duration of a ``with`` block."""
    previous = getattr(_local, "language", None)
    _local.language = normalise_language(locale_name) if locale_name else None
    try:
        yield current_language()
    finally:
        _local.language = previous


def _load_catalogue(language: str) -> Dict[str, str]:
    with _lock:
        if language in _catalogues:
            return _catalogues[language]
        catalogue: Dict[str, str] = {}
        path = I18N_DIR / "energistasjon_{}.ts".format(language)
        if path.exists():
            for message in ET.parse(str(path)).getroot().iter("message"):
                source = message.findtext("source")
                node = message.find("translation")
                if source is None or node is None or not node.text:
                    continue
                if node.get("type") in ("obsolete", "vanished"):
                    continue
                catalogue[source] = node.text
        _catalogues[language] = catalogue
        return catalogue


def tr(text: str) -> str:
    """Translate ``text`` (a literal) into the current language."""
    language = current_language()
    if language == SOURCE_LANGUAGE:
        return text
    return _load_catalogue(language).get(text, text)


def format_number(value: float, decimals: int = 0) -> str:
    """Format a number for text in the current language: ``3 100`` / ``2,5`` (nb), ``2.5`` (en).

    Thousands are grouped with a space in both languages (SI style), which reads well in
    Norwegian and English alike.
    """
    text = "{:,.{d}f}".format(float(value), d=max(0, int(decimals)))
    text = text.replace(",", " ")
    if current_language() == "nb":
        text = text.replace(".", ",")
    return text

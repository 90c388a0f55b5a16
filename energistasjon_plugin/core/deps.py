# SPDX-License-Identifier: GPL-2.0-or-later
"""Which Python packages the engine needs, and how to install them where QGIS runs.

Imported by the Processing provider at load time, so it must not import the packages it
checks (a missing geopandas must give a message, never a traceback at plugin load).
"""
import importlib
from typing import List, Optional, Tuple

from .i18n import tr

# (import name, minimum version, pip name)
REQUIREMENTS: Tuple[Tuple[str, str, str], ...] = (
    ("numpy", "1.20", "numpy"),
    ("pandas", "1.3", "pandas"),
    ("shapely", "2.0", "shapely"),
    ("geopandas", "1.0", "geopandas"),
    ("pyproj", "3.0", "pyproj"),
    ("rasterio", "1.2", "rasterio"),
    ("yaml", "5.1", "PyYAML"),
)
# Optional, not checked: scipy's k-d tree speeds up nearest-distance queries
# (core/bounded_nearest.py). Without it the engine uses shapely's STRtree; results are identical.


def _version_tuple(text: str) -> Tuple[int, ...]:
    parts = []
    for piece in str(text).split(".")[:3]:
        digits = "".join(ch for ch in piece if ch.isdigit())
        parts.append(int(digits) if digits else 0)
    return tuple(parts)


def missing_requirements() -> List[str]:
    """Human-readable problems, e.g. ``shapely 1.8.5 (needs 2.0 or newer)``; empty when all is well."""
    problems = []
    for module, minimum, _pip_name in REQUIREMENTS:
        try:
            imported = importlib.import_module(module)
        except Exception:  # noqa: BLE001 - any import failure means "not usable"
            problems.append(tr("{package} is not installed").format(package=module))
            continue
        version = getattr(imported, "__version__", "0")
        if _version_tuple(version) < _version_tuple(minimum):
            problems.append(tr("{package} {version} is too old (needs {minimum} or newer)").format(
                package=module, version=version, minimum=minimum))
    return problems


def install_instructions(problems: Optional[List[str]] = None) -> str:
    """A message saying what is missing and how to install it on Windows and on Debian/Ubuntu."""
    problems = missing_requirements() if problems is None else problems
    return tr(
        "Energistasjon needs Python packages that this QGIS does not have: {problems}.\n\n"
        "Windows (OSGeo4W or the QGIS standalone installer): open the 'OSGeo4W Shell' from the Start menu "
        "and run:\n    python -m pip install \"shapely>=2\" \"geopandas>=1.0\"\n"
        "(QGIS 3.34 and newer already ship shapely 2.)\n\n"
        "Debian/Ubuntu: sudo apt install python3-rasterio python3-pandas python3-yaml python3-venv, then make a "
        "venv that sees the system packages and add shapely 2 and geopandas to it:\n"
        "    python3 -m venv --system-site-packages ~/.local/share/energistasjon-venv\n"
        "    ~/.local/share/energistasjon-venv/bin/pip install \"shapely>=2\" \"geopandas>=1.0\"\n"
        "and start QGIS with PYTHONPATH=~/.local/share/energistasjon-venv/lib/python3.11/site-packages "
        "(adjust the Python version). QGIS on Ubuntu 24.04 already has shapely 2.\n\n"
        "Restart QGIS afterwards."
    ).format(problems="; ".join(problems))

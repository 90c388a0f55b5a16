"""Make the plugin importable the way QGIS imports it: as the package ``energistasjon``
inside a plugins folder.  The repository root itself never goes on ``sys.path``: its
``processing/`` folder would shadow QGIS's own ``processing`` package."""
import sys
from pathlib import Path

import pytest

REPO_ROOT = Path(__file__).resolve().parents[1]
PLUGIN_NAME = "energistasjon"
PLUGINS_DIR = REPO_ROOT / "build" / "plugins"
TEST_DATA = REPO_ROOT / "test" / "data"


def _link_plugin() -> None:
    link = PLUGINS_DIR / PLUGIN_NAME
    if not link.exists():
        PLUGINS_DIR.mkdir(parents=True, exist_ok=True)
        try:
            link.symlink_to(REPO_ROOT, target_is_directory=True)
        except FileExistsError:  # another pytest process made it first
            pass
    if str(PLUGINS_DIR) not in sys.path:
        sys.path.insert(0, str(PLUGINS_DIR))


_link_plugin()
# `python -m pytest` puts the working directory (the repository root) on sys.path; its
# processing/ folder would then shadow QGIS's own processing package.
sys.path[:] = [p for p in sys.path if p not in ("", ".") and Path(p).resolve() != REPO_ROOT]
# shared fixture builders (hand_fixture.py) live next to this file
if str(Path(__file__).resolve().parent) not in sys.path:
    sys.path.insert(0, str(Path(__file__).resolve().parent))


@pytest.fixture
def test_data() -> Path:
    """Folder of the small, committed test fixtures."""
    return TEST_DATA

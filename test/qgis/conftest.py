"""Plugin suite: QGIS 3.22 runs (pytest-qgis), the plugin is loaded the way QGIS loads it
(package ``energistasjon`` from a plugins folder, ``classFactory(iface)``, ``initGui()``)."""
import pytest


class RecordingIface:
    """The pytest-qgis iface, plus a record of the plugin menu entries (its stub keeps none)."""

    def __init__(self, iface):
        self._iface = iface
        self.menu = []

    def addPluginToMenu(self, name, action):  # noqa: N802
        self.menu.append((name, action))

    def removePluginMenu(self, name, action):  # noqa: N802
        self.menu.remove((name, action))

    def __getattr__(self, name):
        return getattr(self._iface, name)


@pytest.fixture
def iface(qgis_iface):
    return RecordingIface(qgis_iface)


@pytest.fixture
def plugin(qgis_processing, iface):
    import energistasjon

    instance = energistasjon.classFactory(iface)
    instance.initGui()
    yield instance
    instance.unload()

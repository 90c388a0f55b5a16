"""The real QGIS 3.22 desktop, under Xvfb, with the zip installed in a fresh profile: the plugin
loads, registers its provider and menu, and in Norwegian shows Norwegian names."""
import textwrap

PROBE = textwrap.dedent('''
    import json
    from qgis.core import QgsApplication
    from qgis.PyQt.QtCore import QTimer
    from qgis.PyQt.QtWidgets import QDockWidget, QMenu
    from qgis.utils import iface, plugins

    def probe():
        window = iface.mainWindow()
        toolbox = window.findChild(QDockWidget, "ProcessingToolbox")
        if toolbox is not None:
            toolbox.show()
        menus = [m for m in window.findChildren(QMenu) if m.title().replace("&", "") in ("Energistasjon",)]
        algorithm = QgsApplication.processingRegistry().algorithmById("energistasjon:scoresites")
        provider = QgsApplication.processingRegistry().providerById("energistasjon")
        QgsApplication.processEvents()
        window.grab().save(OUT + "/desktop.png")
        json.dump({
            "plugins": sorted(plugins),
            "provider": provider.name() if provider else None,
            "algorithm": algorithm.displayName() if algorithm else None,
            "group": algorithm.group() if algorithm else None,
            "menu_actions": [a.text() for m in menus for a in m.actions()],
        }, open(OUT + "/probe.json", "w"))
        QgsApplication.exit(0)

    QTimer.singleShot(2500, probe)
''')


def run_desktop(desktop_probe, tmp_path, locale):
    settings = "[locale]\noverrideFlag=true\nuserLocale={}\n".format(locale)
    probe, _printed = desktop_probe(PROBE, settings, keep={"desktop.png": "desktop_{}.png".format(locale)})
    return probe, tmp_path / "desktop.png"


def test_desktop_loads_plugin_provider_and_menu(desktop_probe, tmp_path):
    probe, shot = run_desktop(desktop_probe, tmp_path, "en_GB")
    assert "energistasjon" in probe["plugins"]
    assert probe["provider"] == "Energistasjon"
    assert probe["algorithm"] == "Score candidate sites" and probe["group"] == "Site selection"
    assert probe["menu_actions"] == ["Score candidate sites...", "Checklist for case officers...",
                                     "Workshop weights..."]
    assert shot.stat().st_size > 20000  # a real window, not an empty image


def test_desktop_in_norwegian_shows_norwegian_names(desktop_probe, tmp_path):
    probe, _ = run_desktop(desktop_probe, tmp_path, "nb_NO")
    assert probe["algorithm"] == "Poengsett aktuelle tomter"
    assert probe["group"] == "Tomtevalg"
    assert probe["menu_actions"] == ["Poengsett aktuelle tomter...", "Sjekkliste for saksbehandlere...",
                                     "Vekter i verkstedet ..."]

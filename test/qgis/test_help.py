"""Help as a planner meets it: the toolbox finds the algorithms by the words people search for,
the Help button opens a page that exists and describes every input, a field choice shows the
usual field name when the layer has it."""
import html
from pathlib import Path
from urllib.parse import urlparse

import hand_fixture
import pytest
from qgis.core import QgsApplication, QgsProcessingParameterDefinition

ALGORITHMS = ("energistasjon:scoresites", "energistasjon:checkapplication", "energistasjon:importplans")


@pytest.mark.parametrize("words", [("hydrogen", "lading", "biogass", "charging"), ("sjekkliste", "saksbehandling")])
def test_the_toolbox_search_finds_the_algorithms(plugin, words):
    registry = QgsApplication.processingRegistry()
    for word in words:
        found = [a.id() for a in registry.algorithms() if a.provider() and a.provider().id() == "energistasjon"
                 and word in [t.lower() for t in a.tags()]]
        assert found, word


@pytest.mark.parametrize("algorithm_id", ALGORITHMS)
def test_the_help_button_opens_a_page_that_describes_every_input(plugin, algorithm_id):
    algorithm = QgsApplication.processingRegistry().algorithmById(algorithm_id)
    url = algorithm.helpUrl()
    assert url.startswith("file:")
    page = Path(urlparse(url).path).read_text(encoding="utf-8")
    visible = [d for d in algorithm.parameterDefinitions()
               if not d.flags() & QgsProcessingParameterDefinition.FlagHidden]
    for definition in visible:
        assert html.escape(definition.description()) in page and definition.name() in page
    assert html.escape(algorithm.displayName()) in page


def test_the_main_inputs_say_what_they_need(plugin):
    algorithm = QgsApplication.processingRegistry().algorithmById("energistasjon:scoresites")
    for name in ("INPUT", "OUTPUT", "CUSTOM_PROFILE", "LANGUAGE"):
        assert len(algorithm.parameterDefinition(name).help()) > 40, name
    assert "(YAML)" in algorithm.parameterDefinition("CUSTOM_PROFILE").description()
    assert "optional" not in algorithm.parameterDefinition("CUSTOM_PROFILE").description()


def test_every_context_layer_says_what_it_needs_and_where_to_get_it(plugin):
    """Each context layer's tooltip and help row: what the data is, the fields or codes it needs."""
    from energistasjon.energistasjon_plugin.core.context_layers import LAYERS

    algorithm = QgsApplication.processingRegistry().algorithmById("energistasjon:scoresites")
    for layer in LAYERS:
        text = algorithm.parameterDefinition(layer.parameter).help()
        assert len(text) > 100, layer.parameter
    assert "Trafikkmengde" in algorithm.parameterDefinition("TRAFFIC").help()
    assert "SOSI Plan 5.0" in algorithm.parameterDefinition("ZONING_KPA").help()
    assert "bygningstype" in algorithm.parameterDefinition("BUILDINGS").help()
    assert "DTM 10" in algorithm.parameterDefinition("DEM").help()
    for layer in LAYERS:  # field choices and settings too
        for role in layer.fields:
            if role.parameter:
                assert layer.label() in algorithm.parameterDefinition(role.parameter).help(), role.parameter
    assert "vegkategori" in algorithm.parameterDefinition("ROAD_CATEGORY_FIELD").help()
    assert "E18" in algorithm.parameterDefinition("CORRIDORS").help()


def test_a_field_choice_shows_the_usual_name_and_a_run_without_it_detects_the_field(plugin, tmp_path):
    import processing

    algorithm = QgsApplication.processingRegistry().algorithmById("energistasjon:scoresites")
    assert algorithm.parameterDefinition("ROAD_CATEGORY_FIELD").defaultValue() == "vegkategori"
    # A traffic layer whose fields are named in upper case: the suggested default does not exist in it,
    # and a run that leaves the choice out still finds the fields (the default is not a choice).
    gpkg, grid = hand_fixture.write_geopackage(tmp_path), hand_fixture.write_grid_capacity(tmp_path)
    traffic = hand_fixture.layers()["trafikkmengde"].rename(columns={"ådtTotal": "ÅDTTOTAL"})
    traffic.to_file(tmp_path / "t.gpkg", layer="trafikk", driver="GPKG", engine=hand_fixture.ENGINE)
    result = processing.run("energistasjon:scoresites", {
        "INPUT": "{}|layername=kandidater".format(gpkg), "STATION_TYPES": [1],
        "ROADS": "{}|layername=veger".format(gpkg), "TRAFFIC": "{}|layername=trafikk".format(tmp_path / "t.gpkg"),
        "GRID_CAPACITY_FILE": str(grid), "LANGUAGE": 2, "OUTPUT": str(tmp_path / "o.gpkg")})
    from qgis.core import QgsVectorLayer

    out = QgsVectorLayer(result["OUTPUT"], "o", "ogr")
    assert {f["tomt_id"]: f["bat_traffic"] for f in out.getFeatures()}["A"] == pytest.approx(4500)

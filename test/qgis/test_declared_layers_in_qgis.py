# SPDX-License-Identifier: GPL-2.0-or-later
"""The algorithms' parameters and the checklist panel's layer choices are made from the engine's
declarations of the context layers: every declared layer (and a toy one declared only here)
gets its parameter, its field choices and, where declared, its choice in the panel."""
import pytest
from qgis.core import (
    QgsProcessingParameterDefinition,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsVectorLayer,
)


@pytest.fixture
def declarations():
    from energistasjon.energistasjon_plugin.core import context_layers

    return context_layers


def algorithm(name):
    from energistasjon.processing.check_application import CheckApplicationAlgorithm
    from energistasjon.processing.score_sites import ScoreSitesAlgorithm

    made = {"score": ScoreSitesAlgorithm, "check": CheckApplicationAlgorithm}[name]()
    made.initAlgorithm()
    return made


def test_every_declared_layer_has_its_parameter_and_field_choices(qgis_processing, declarations):
    score, check = algorithm("score"), algorithm("check")
    for layer in declarations.LAYERS:
        parameter = score.parameterDefinition(layer.parameter)
        assert parameter is not None and parameter.description() == layer.label(), layer.id
        assert bool(parameter.flags() & QgsProcessingParameterDefinition.FlagOptional), layer.id
        assert bool(parameter.flags() & QgsProcessingParameterDefinition.FlagAdvanced) == layer.advanced
        for role in layer.fields:
            if role.parameter:
                assert score.parameterDefinition(role.parameter).description() == role.label()
        for setting in layer.settings:
            assert score.parameterDefinition(setting.parameter) is not None
        in_check = check.parameterDefinition(layer.parameter) is not None
        # the checklist reads no traffic, existing stations, freight nodes or supply: not offered there
        assert in_check == (layer.id not in ("traffic", "existing", "freight_nodes", "supply")), layer.id


def test_every_declared_panel_layer_has_its_choice(qgis_iface, declarations):
    from energistasjon.energistasjon_plugin.gui.context_form import ContextLayersBox

    box = ContextLayersBox()
    for layer in declarations.LAYERS:
        assert hasattr(box, layer.id) == (layer.panel_label is not None), layer.id
    assert box.chosen_count() == (0, len([layer for layer in declarations.LAYERS if layer.panel_label]))


def test_a_layer_declared_only_in_the_engine_appears_in_the_dialog_and_the_panel(qgis_iface, qgis_processing,
                                                                                declarations, monkeypatch):
    toy = declarations.ContextLayer(
        "toys", "toy_layer", "TOY_POINTS", lambda: "Toy points", declarations.POINT, lambda *a: None, "toys",
        lambda: "toy points",
        fields=(declarations.FieldRole("kind", lambda: "Toy kind field", lambda: ("slag",), "TOY_KIND_FIELD"),),
        panel_label=lambda: "Toy points", recognised=declarations.Recognised(("toy",), role="kind"))
    monkeypatch.setattr(declarations, "LAYERS", declarations.LAYERS + (toy,))
    score = algorithm("score")
    assert isinstance(score.parameterDefinition("TOY_POINTS"), QgsProcessingParameterFeatureSource)
    kind = score.parameterDefinition("TOY_KIND_FIELD")
    assert isinstance(kind, QgsProcessingParameterField) and kind.parentLayerParameterName() == "TOY_POINTS"

    from energistasjon.energistasjon_plugin.gui.context_form import ContextLayersBox, detect_layers

    box = ContextLayersBox()
    assert box.toys.currentLayer() is None
    points = QgsVectorLayer("Point?crs=EPSG:25833&field=slag:string", "leker", "memory")
    found = detect_layers([points], [toy])
    assert found["toys"][0] is points and "slag" in found["toys"][1]

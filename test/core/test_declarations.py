# SPDX-License-Identifier: GPL-2.0-or-later
"""Each context layer and each criterion is declared once; everything else is made from the
declarations.  A toy layer and a toy criterion, declared here in the test and nowhere else,
are read, computed, scored, explained and reported like the bundled ones."""
from pathlib import Path

import geopandas as gpd
import hand_fixture
import numpy as np
import pytest
import shapely
from energistasjon.energistasjon_plugin.core import context_layers, profiles
from energistasjon.energistasjon_plugin.core.context_builder import LayerInput, build_context
from energistasjon.energistasjon_plugin.core.criteria import catalog
from energistasjon.energistasjon_plugin.core.criteria.declaration import NUMBER, Criterion, Phrase, Reason
from energistasjon.energistasjon_plugin.core.criteria.results import CriterionResult
from energistasjon.energistasjon_plugin.core.fields import resolve_field
from energistasjon.energistasjon_plugin.core.i18n import use_language
from energistasjon.energistasjon_plugin.core.scoring import score_sites
from energistasjon.energistasjon_plugin.core.wording import distance_keys, distance_text
from shapely.geometry import Point

CRS = hand_fixture.CRS
BUNDLED = {name: profiles.load_bundled_profile(name) for name in ("hydrogen", "battery", "biogas")}


# --- the bundled declarations are complete ---------------------------------------------------------

def test_every_criterion_has_a_label_a_compute_and_a_layer_that_is_declared():
    feeds = {layer.feeds for layer in context_layers.LAYERS} | {""}
    for criterion in catalog.CRITERIA.values():
        with use_language("nb"):
            assert criterion.label() and catalog.rule_label(criterion.id), criterion.id
        assert callable(criterion.compute), criterion.id
        assert criterion.layer in feeds, criterion.id


def test_every_factor_and_rule_of_the_bundled_profiles_has_its_words():
    for profile in BUNDLED.values():
        for factor in profile.factors:
            assert catalog.CRITERIA[factor.criterion].phrase is not None, factor.criterion
            declared = catalog.CRITERIA[factor.criterion]
            assert declared.decimals is not None or declared.kind != NUMBER, factor.criterion
        for constraint in profile.constraints:
            assert catalog.CRITERIA[constraint.criterion].reason is not None, constraint.criterion
    orders = [c.phrase.order for c in catalog.CRITERIA.values() if c.phrase]
    assert len(orders) == len(set(orders))  # one place each in the explanation


def test_every_layer_has_a_parameter_a_reader_and_criteria_that_read_it():
    layers = context_layers.LAYERS
    for attribute in ("id", "keyword", "parameter"):
        values = [getattr(layer, attribute) for layer in layers]
        assert len(values) == len(set(values)), attribute
    field_parameters = [r.parameter for layer in layers for r in layer.fields if r.parameter]
    assert len(field_parameters) == len(set(field_parameters))
    for layer in layers:
        assert layer.label() and layer.feeds_label() and callable(layer.read), layer.id
        assert catalog.criteria_reading(layer.feeds), layer.id  # a layer no criterion reads is dead weight
        for role in layer.fields:
            assert role.defaults() and role.label(), (layer.id, role.purpose)
        if layer.panel_label is not None and not layer.is_file:
            assert context_layers.recognised_fields(layer) or layer.recognised.words, layer.id
    # layers that fill one entry follow each other (the builder puts them together there)
    entries = [layer.entry_key for layer in layers]
    assert all(entries.index(e) + entries.count(e) - 1 == len(entries) - 1 - entries[::-1].index(e) for e in entries)


def test_what_reads_a_layer_is_derived_from_the_criteria():
    assert catalog.criteria_reading("zoning") == ["zoning_class"]
    assert set(catalog.criteria_reading("roads")) == {"corridor_distance_m", "building_line_distance_m",
                                                      "building_line_area_m2"}
    assert context_layers.entries_feeding("zoning") == ("kpa", "rp")
    assert context_layers.entries_feeding("substations") == ("substations",)


def test_the_declarations_load_without_shapely_geopandas_or_pandas(tmp_path):
    # The algorithms' parameters and the output's field names are made from them when the plugin
    # loads, before anyone has checked that those packages are installed.
    import subprocess
    import sys

    plugins = Path(__file__).resolve().parents[2] / "build" / "plugins"
    code = (
        "import importlib.abc, sys\n"
        "class Hide(importlib.abc.MetaPathFinder):\n"
        "    def find_spec(self, name, path, target=None):\n"
        "        if name.split('.')[0] in ('shapely', 'geopandas', 'pandas', 'pyogrio', 'rasterio', 'scipy'):\n"
        "            raise ModuleNotFoundError(name)\n"
        "sys.meta_path.insert(0, Hide())\n"
        "sys.path.insert(0, {plugins!r})\n"
        "from energistasjon.energistasjon_plugin.core import context_layers, output_fields, quantities, "
        "station_types\n"
        "from energistasjon.energistasjon_plugin.core.criteria import CRITERIA, criterion_label\n"
        "print(len(context_layers.LAYERS), len(CRITERIA), criterion_label('area_m2'))\n"
    ).format(plugins=str(plugins))
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=str(tmp_path))
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["15", "23", "Area"]  # + freight nodes, supply, byggegrenser


# --- a toy layer and a toy criterion, declared only here --------------------------------------------

def read_toys(layer, frame, reading):
    kind = resolve_field(list(frame.columns), layer.fields.get("kind"), ("slag", "kind"), layer.name, "kind")
    return gpd.GeoDataFrame({"kind": frame[kind].to_numpy()}, geometry=frame.geometry.to_numpy(), crs=reading.crs)


TOY_LAYER = context_layers.ContextLayer(
    "toys", "toy_layer", "TOY_POINTS", lambda: "Toy points", context_layers.POINT, read_toys, "toys",
    lambda: "toy points",
    fields=(context_layers.FieldRole("kind", lambda: "Toy kind field", lambda: ("slag", "kind"), "TOY_KIND_FIELD"),),
    panel_label=lambda: "Toy points", recognised=context_layers.Recognised(("toy", "leke"), role="kind"))


def toy_distance(engine, profile):
    toys = engine.context.layer("toys")
    distance = shapely.distance(engine.geoms[:, None], np.asarray(toys.geometry.array)[None, :]).min(axis=1)
    return CriterionResult(distance, {})


TOY_CRITERION = Criterion(
    "toy_distance_m", NUMBER, "m", "toys", toy_distance, lambda: "Distance to a toy", decimals=0,
    phrase=Phrase(lambda result, i, others: "{} to a toy".format(distance_text(result.values[i])),
                  lambda result, others: [distance_keys(result.values)], order=55),
    reason=Reason(lambda constraint, result, i: "toy {} away > {}".format(
        distance_text(result.values[i]), distance_text(constraint.value))))

TOY_PROFILE = profiles.PROFILES_DIR.joinpath("battery.yaml").read_text(encoding="utf-8").replace(
    "\nconstraints:\n", "\nconstraints:\n  - id: toy_reach\n    criterion: toy_distance_m\n    max: 1000\n"
                        "    setting: toy\n").replace(
    "\nfactors:\n", "\nfactors:\n  - id: toy\n    criterion: toy_distance_m\n    weight: 0.1\n"
                    "    function: {type: linear, zero_at: 1000, one_at: 0}\n    setting: toy\n")


@pytest.fixture
def toy_declared(monkeypatch):
    monkeypatch.setattr(context_layers, "LAYERS", context_layers.LAYERS + (TOY_LAYER,))
    monkeypatch.setitem(catalog.CRITERIA, TOY_CRITERION.id, TOY_CRITERION)


def hand_context(tmp_path, **extra):
    layers = hand_fixture.layers()
    return build_context(
        CRS, roads_layer=LayerInput(layers["veger"], "veger"), traffic_layer=LayerInput(layers["trafikkmengde"], "t"),
        grid_capacity_files=[str(hand_fixture.write_grid_capacity(tmp_path))],
        kpa_layers=[LayerInput(layers["kpa"], "kpa")], rp_layers=[LayerInput(layers["rp"], "rp")], **extra)


def toys():
    # one toy 100 m east of site A's centre (350, 50), far from everything else
    return gpd.GeoDataFrame({"slag": ["ball"]}, geometry=[Point(hand_fixture.X0 + 450, hand_fixture.Y0 + 50)],
                            crs=CRS)


def test_a_declared_layer_is_read_into_the_context(toy_declared, tmp_path):
    context = hand_context(tmp_path, toy_layer=LayerInput(toys(), "leker"))
    assert context.has("toys") and context.layer("toys")["kind"].tolist() == ["ball"]
    assert context.layer_names["toys"] == "leker" and context.toys is context.layer("toys")
    assert catalog.criteria_reading("toys") == ["toy_distance_m"]


def test_a_declared_criterion_is_scored_explained_and_reported(toy_declared, tmp_path):
    profile = profiles.parse_profile(TOY_PROFILE, "toy.yaml")
    context = hand_context(tmp_path, toy_layer=LayerInput(toys(), "leker"))
    frame = score_sites(hand_fixture.sites(), context, [profile], language="en").frame.set_index("tomt_id")
    assert frame.loc["A", "bat_toy"] == 50 and frame.loc["A", "bat_toy_s"] == 0.95
    text = frame.loc["A", "bat_explain"]
    # in its declared place: after the grid (30) and before the traffic (70)
    assert text.index("MW free at") < text.index("50 m to a toy") < text.index("heavy vehicles a day")
    assert frame.loc["D", "bat_excluded"] and "toy_reach" in frame.loc["D", "bat_rules"]
    assert "toy 1.7 km away > 1.0 km" in frame.loc["D", "bat_failed"]


def test_a_declared_layer_left_out_makes_its_criteria_unknown(toy_declared, tmp_path):
    profile = profiles.parse_profile(TOY_PROFILE, "toy.yaml")
    result = score_sites(hand_fixture.sites(), hand_context(tmp_path), [profile], language="en")
    assert result.frame["bat_toy"].isna().all()
    assert any("left out" in note and "toy points" in note for note in result.notes)

"""The hand fixture's context and the bundled profiles with a factor block of
resources/profiles/README.md added, as a region adds a factor to a profile of its own (freight
nodes, supply): the tests score with the block the README shows."""
from pathlib import Path

import hand_fixture
from energistasjon.energistasjon_plugin.core import profiles
from energistasjon.energistasjon_plugin.core.context_builder import LayerInput, build_context

README = Path(profiles.__file__).resolve().parents[2] / "resources" / "profiles" / "README.md"


def hand_context(**extra):
    """Roads, kommuneplan and reguleringsplan of the hand fixture, and the ``extra`` layers."""
    layers = hand_fixture.layers()
    return build_context(hand_fixture.CRS, roads_layer=LayerInput(layers["veger"], "veger"),
                         kpa_layers=[LayerInput(layers["kpa"], "kpa")], rp_layers=[LayerInput(layers["rp"], "rp")],
                         **extra)


def with_readme_factor(station, factor_id, weight, choices=None):
    """The bundled profile of ``station`` with the README's ``factor_id`` block at ``weight``."""
    readme = README.read_text(encoding="utf-8")
    block = readme.split("```yaml\n  - id: " + factor_id, 1)[1].split("```", 1)[0]
    block = "  - id: " + factor_id + block.replace("weight: 0.10", "weight: {}".format(weight))
    text = profiles.PROFILES_DIR.joinpath(station + ".yaml").read_text(encoding="utf-8")
    return profiles.parse_profile(text.replace("\nscoring:", block + "\nscoring:", 1), "min_{}.yaml".format(station),
                                  choices=choices or None)

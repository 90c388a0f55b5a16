# SPDX-License-Identifier: GPL-2.0-or-later
"""The README's tables of context layers and criteria are the declarations', as
``scripts/declarations_table.py`` makes them (run it with ``--write`` after changing one)."""
import importlib.util
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _script():
    spec = importlib.util.spec_from_file_location("declarations_table", str(ROOT / "scripts" / "declarations_table.py"))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_readme_tables_match_the_declarations():
    script = _script()
    in_readme = script.readme_tables((ROOT / "README.md").read_text(encoding="utf-8"))
    assert in_readme == script.tables(), "run: python scripts/declarations_table.py --write"


def test_every_declared_layer_and_criterion_has_its_row():
    from energistasjon.energistasjon_plugin.core import context_layers
    from energistasjon.energistasjon_plugin.core.criteria import catalog

    made = _script().tables()
    for layer in context_layers.LAYERS:
        assert "| `{}`".format(layer.parameter) in made
    for criterion_id in catalog.CRITERIA:
        assert "| `{}` |".format(criterion_id) in made

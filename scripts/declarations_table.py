# SPDX-License-Identifier: GPL-2.0-or-later
"""The README's tables of context layers and criteria, made from the engine's declarations
(``core/context_layers.py``, ``core/criteria/``).

Usage: ``python scripts/declarations_table.py`` prints them; ``--write`` puts them into
README.md between the two ``declarations`` markers.  test/core/test_readme_declarations.py
fails when the README and the declarations differ.
"""
import argparse
import sys
from pathlib import Path
from typing import List

ROOT = Path(__file__).resolve().parents[1]
README = ROOT / "README.md"
BEGIN = "<!-- declarations: begin (made by scripts/declarations_table.py --write; do not edit by hand) -->"
END = "<!-- declarations: end -->"


def _code(names) -> str:
    return ", ".join("`{}`".format(n) for n in names)


def tables() -> str:
    """Both tables as Markdown, in English."""
    from energistasjon.energistasjon_plugin.core import context_layers
    from energistasjon.energistasjon_plugin.core.criteria import catalog
    from energistasjon.energistasjon_plugin.core.i18n import use_language

    lines: List[str] = []
    with use_language("en"):
        lines += ["| parameter | layer | geometry | fields the reader uses (parameter: names tried) | read by |",
                  "|---|---|---|---|---|"]
        for layer in context_layers.LAYERS:
            geometry = layer.geometry.replace("_", " ") + (", several" if layer.multiple else "")
            fields = "; ".join("{}{}: {}".format(
                role.purpose, " (`{}`)".format(role.parameter) if role.parameter else "", _code(role.defaults()[:4]) +
                (", ..." if len(role.defaults()) > 4 else "")) for role in layer.fields)
            settings = "; ".join("{} (`{}`)".format(s.name, s.parameter) for s in layer.settings)
            lines.append("| `{}`{} | {} | {} | {} | {} |".format(
                layer.parameter, " (advanced)" if layer.advanced else "", layer.label(), geometry,
                "; ".join(x for x in (fields, settings) if x) or "-",
                _code(catalog.criteria_reading(layer.feeds))))
        lines += ["", "| criterion | name | kind, unit | needs | profile parameters | rule | in the explanation |",
                  "|---|---|---|---|---|---|---|"]
        spoken = catalog.phrase_order()
        for criterion in catalog.CRITERIA.values():
            kind = criterion.kind + (", " + criterion.unit if criterion.unit else "")
            place = "{}.".format(spoken.index(criterion.id) + 1) if criterion.id in spoken else "-"
            lines.append("| `{}` | {} | {} | {} | {} | {} | {} |".format(
                criterion.id, criterion.label(), kind, criterion.layer and context_layers.layer_label(criterion.layer)
                or "the site", _code(criterion.parameters) or "-", catalog.rule_label(criterion.id), place))
    return "\n".join(lines)


def readme_tables(text: str) -> str:
    """What README.md holds between the markers."""
    return text.split(BEGIN, 1)[1].split(END, 1)[0].strip()


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--write", action="store_true", help="put the tables into README.md")
    args = parser.parse_args(argv)
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from qgis_session import plugin_on_path

    plugin_on_path()
    made = tables()
    if not args.write:
        print(made)
        return 0
    text = README.read_text(encoding="utf-8")
    before, rest = text.split(BEGIN, 1)
    after = rest.split(END, 1)[1]
    README.write_text(before + BEGIN + "\n" + made + "\n" + END + after, encoding="utf-8")
    print("README.md: tables written")
    return 0


if __name__ == "__main__":
    sys.exit(main())

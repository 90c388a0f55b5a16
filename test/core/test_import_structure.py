# SPDX-License-Identifier: GPL-2.0-or-later
"""The plugin's import structure, read from the code (ast): no circle between modules and no arrow
back up.  From the top: the plugin entry (``plugin.py``), the panels (``gui/``) and the
algorithms (``processing/``) side by side, the bridge to QGIS (``bridge/``), the engine
(``core/``, which imports none of the others).

Every import counts, also one inside a function (it runs when the function does); imports under
``if TYPE_CHECKING:`` do not (they never run).  Importing ``a.b.c`` also imports the packages
``a`` and ``a.b`` first, so those count too where their ``__init__.py`` imports anything.
"""
import ast
from pathlib import Path
from typing import Dict, Iterator, List, Set

import pytest

ROOT = Path(__file__).resolve().parents[2]
SOURCES = [ROOT / "__init__.py"] + sorted((ROOT / "energistasjon_plugin").rglob("*.py")) + sorted(
    (ROOT / "processing").rglob("*.py"))
#: layer -> the layers it must not import
FORBIDDEN = {
    "core": {"bridge", "gui", "processing", "plugin", "root"},
    "bridge": {"gui", "processing", "plugin", "root"},
    "gui": {"processing", "root"},
    "processing": {"gui", "plugin", "root"},
}


def module_name(path: Path) -> str:
    """``energistasjon_plugin.core.criteria`` for ``energistasjon_plugin/core/criteria/__init__.py``
    (the plugin folder itself, QGIS's package, is ``""``)."""
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts = parts[:-1]
    return ".".join(parts)


MODULES: Dict[str, Path] = {module_name(p): p for p in SOURCES}


def layer(module: str) -> str:
    if module == "":
        return "root"
    if module == "energistasjon_plugin.plugin":
        return "plugin"
    parts = module.split(".")
    if parts[0] == "processing":
        return "processing"
    if len(parts) >= 2 and parts[1] in ("core", "bridge", "gui"):
        return parts[1]
    return "package"  # energistasjon_plugin/__init__.py


def _runtime_nodes(tree: ast.AST) -> Iterator[ast.AST]:
    """Every node but those under ``if TYPE_CHECKING:``."""
    stack = [tree]
    while stack:
        node = stack.pop()
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.dump(node.test):
            stack.extend(node.orelse)
            continue
        yield node
        stack.extend(ast.iter_child_nodes(node))


def _resolve(importer: str, is_package: bool, level: int, target: str) -> str:
    base = importer.split(".") if importer else []
    if not is_package:
        base = base[:-1]
    if level > 1:
        base = base[:len(base) - (level - 1)]
    return ".".join(base + ([target] if target else []))


def imports_of(module: str) -> Set[str]:
    """The plugin's modules ``module`` imports (relative imports; absolute ones name other packages,
    ``processing`` among them being QGIS's own)."""
    path = MODULES[module]
    is_package = path.name == "__init__.py"
    found: Set[str] = set()
    for node in _runtime_nodes(ast.parse(path.read_text(encoding="utf-8"), str(path))):
        if not isinstance(node, ast.ImportFrom) or node.level == 0:
            continue
        target = _resolve(module, is_package, node.level, node.module or "")
        for alias in node.names:  # "from . import threads" imports the module threads
            child = (target + "." if target else "") + alias.name
            found.add(child if child in MODULES else target)
    return {name for name in found if name in MODULES}


def _has_imports(module: str) -> bool:
    tree = ast.parse(MODULES[module].read_text(encoding="utf-8"))
    return any(isinstance(n, (ast.Import, ast.ImportFrom)) for n in tree.body)


def graph() -> Dict[str, Set[str]]:
    """module -> the modules importing it runs first: what it imports, and the packages above
    those that it is not itself inside (their ``__init__.py``), where they import anything."""
    edges: Dict[str, Set[str]] = {}
    for module in MODULES:
        targets = set()
        for target in imports_of(module):
            targets.add(target)
            parts = target.split(".")
            for k in range(1, len(parts)):
                package = ".".join(parts[:k])
                inside = module == package or module.startswith(package + ".")
                if package in MODULES and not inside and _has_imports(package):
                    targets.add(package)
        edges[module] = targets - {module}
    return edges


def circles(edges: Dict[str, Set[str]]) -> List[List[str]]:
    """Strongly connected components of more than one module (Tarjan)."""
    index: Dict[str, int] = {}
    low: Dict[str, int] = {}
    stack: List[str] = []
    on_stack: Set[str] = set()
    found: List[List[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for other in sorted(edges.get(node, ())):
            if other not in index:
                visit(other)
                low[node] = min(low[node], low[other])
            elif other in on_stack:
                low[node] = min(low[node], index[other])
        if low[node] == index[node]:
            component = []
            while True:
                top = stack.pop()
                on_stack.discard(top)
                component.append(top)
                if top == node:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for node in sorted(edges):
        if node not in index:
            visit(node)
    return found


def test_the_walk_sees_the_whole_plugin():
    assert len(MODULES) > 60
    assert imports_of("processing.score_sites") >= {"processing.context_parameters",
                                                     "energistasjon_plugin.core.station_types"}
    assert "energistasjon_plugin.core.criteria.catalog" in imports_of("energistasjon_plugin.core.criteria.engine")


def test_no_circle_between_modules():
    assert circles(graph()) == []


@pytest.mark.parametrize("lower", sorted(FORBIDDEN))
def test_no_arrow_back_up(lower):
    edges = graph()
    offenders = sorted("{} imports {}".format(module, target)
                       for module, targets in edges.items() if layer(module) == lower
                       for target in targets if layer(target) in FORBIDDEN[lower])
    assert offenders == []


def test_the_checker_finds_a_circle_and_an_arrow_back_up():
    assert circles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]
    assert layer("energistasjon_plugin.core.criteria.engine") == "core"
    assert "bridge" in FORBIDDEN["core"] and "processing" in FORBIDDEN["gui"]

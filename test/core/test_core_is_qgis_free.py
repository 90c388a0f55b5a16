"""The engine's one hard rule: energistasjon_plugin/core never imports QGIS, Qt or Processing."""
import ast
import subprocess
import sys
from pathlib import Path

CORE = Path(__file__).resolve().parents[2] / "energistasjon_plugin" / "core"
FORBIDDEN = ("qgis", "PyQt5", "PyQt6", "PyQt", "processing", "sip")


def imported_modules(path: Path):
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield node.lineno, alias.name
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            yield node.lineno, node.module


def test_no_core_module_imports_qgis_qt_or_processing():
    offenders = [
        "{}:{} imports {}".format(path.relative_to(CORE.parent), line, module)
        for path in sorted(CORE.rglob("*.py"))
        for line, module in imported_modules(path)
        if module.split(".")[0] in FORBIDDEN
    ]
    assert offenders == []
    assert len(list(CORE.rglob("*.py"))) > 20  # the walk really saw the engine


def test_the_whole_engine_imports_and_scores_without_qgis_loaded(tmp_path):
    # A fresh interpreter imports every core module; none of them may pull QGIS in indirectly.
    plugins = Path(__file__).resolve().parents[2] / "build" / "plugins"
    code = (
        "import sys, pkgutil, importlib\n"
        "sys.path.insert(0, {plugins!r})\n"
        "import energistasjon.energistasjon_plugin.core as core\n"
        "names = [m.name for m in pkgutil.walk_packages(core.__path__, core.__name__ + '.')]\n"
        "for name in names: importlib.import_module(name)\n"
        "bad = sorted(m for m in sys.modules if m.split('.')[0] in {forbidden!r})\n"
        "print(len(names), bad)\n"
    ).format(plugins=str(plugins), forbidden=FORBIDDEN)
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=str(tmp_path))
    assert done.returncode == 0, done.stderr
    count, bad = done.stdout.split(" ", 1)
    assert int(count) > 20 and bad.strip() == "[]"

"""QGIS 3.22 on Windows runs Python 3.9: everything the zip ships must parse as Python 3.9, and no
annotation may use 3.10 syntax that is evaluated at run time (``X | None`` without postponed
annotations)."""
import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SHIPPED = [ROOT / "__init__.py"] + sorted((ROOT / "energistasjon_plugin").rglob("*.py")) + sorted(
    (ROOT / "processing").rglob("*.py"))


def test_everything_shipped_parses_as_python_39():
    problems = []
    for path in SHIPPED:
        try:
            ast.parse(path.read_text(encoding="utf-8"), str(path), feature_version=(3, 9))
        except SyntaxError as exc:
            problems.append("{}:{}: {}".format(path.relative_to(ROOT), exc.lineno, exc.msg))
    assert problems == []
    assert len(SHIPPED) > 40


def test_no_union_operator_in_annotations_evaluated_at_run_time():
    problems = []
    for path in SHIPPED:
        tree = ast.parse(path.read_text(encoding="utf-8"))
        postponed = any(isinstance(n, ast.ImportFrom) and n.module == "__future__" and
                        any(a.name == "annotations" for a in n.names) for n in tree.body)
        if postponed:
            continue
        for node in ast.walk(tree):
            annotations = []
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
                annotations = [a.annotation for a in node.args.args + node.args.kwonlyargs if a.annotation]
                annotations += [node.returns] if node.returns else []
            elif isinstance(node, ast.AnnAssign):
                annotations = [node.annotation]
            for annotation in annotations:
                if any(isinstance(n, ast.BinOp) and isinstance(n.op, ast.BitOr) for n in ast.walk(annotation)):
                    problems.append("{}:{}".format(path.relative_to(ROOT), node.lineno))
    assert problems == []

"""Branch tidy3: one obvious place for each name. A module reads a name from the module that defines it:
claims/positions.py re-exported names that had moved to cues, subjects, objects, targets, excepted, unclear and
position_time, so callers reached them through positions; now none does, and positions re-exports nothing."""

from __future__ import annotations

import ast
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _defined(module: Path) -> set[str]:
    """The names a module binds itself at its top level (functions, classes, assignments), not those it imports."""
    tree = ast.parse(module.read_text())
    own = {n.name for n in tree.body if isinstance(n, (ast.FunctionDef, ast.ClassDef))}
    return own | {t.id for n in tree.body if isinstance(n, (ast.Assign, ast.AnnAssign))
                  for t in (n.targets if isinstance(n, ast.Assign) else [n.target]) if isinstance(t, ast.Name)}


def test_nothing_reads_through_positions_a_name_positions_does_not_define():
    own = _defined(ROOT / "src" / "unga" / "claims" / "positions.py")
    assert {"positions", "Position", "lists", "SIDES"} <= own
    reached = set()
    for folder in ("src", "tests", "benchmarks", "scripts"):
        for path in (ROOT / folder).rglob("*.py"):
            text = path.read_text()
            if not re.search(r"\bfrom unga\.claims import [^\n]*\bpositions\b|\bimport learned_features\b", text):
                continue
            reached |= {(path.name, n.attr) for n in ast.walk(ast.parse(text)) if isinstance(n, ast.Attribute)
                        and (getattr(n.value, "id", None) == "positions" or getattr(n.value, "attr", None) == "positions")
                        and n.attr not in own}
    assert reached == set()


def test_positions_imports_only_what_it_uses():
    path = ROOT / "src" / "unga" / "claims" / "positions.py"
    tree = ast.parse(path.read_text())
    imported = {a.asname or a.name for n in tree.body if isinstance(n, ast.ImportFrom) and n.module != "__future__"
                for a in n.names}
    used = {n.id for n in ast.walk(tree) if isinstance(n, ast.Name)} | \
        {n.value.id for n in ast.walk(tree) if isinstance(n, ast.Attribute) and isinstance(n.value, ast.Name)}
    assert imported - used == set()

"""Branch tidy3: one obvious place for each name. A module reads a name from the module that defines it:
claims/positions.py re-exported names that had moved to cues, subjects, objects, targets, excepted, unclear and
position_time, so callers reached them through positions; now none does, and positions re-exports nothing. The same
for the names tidy2 moved (roles.vote_of and roles.TWO_VOTES are side_words', languages.ARTICLE foreign_names',
changes.BEFORE position_time's) and for collections.Counter, read through identify."""

from __future__ import annotations

import ast
import functools
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _defined(module: Path) -> set[str]:
    """The names a module binds itself at its top level (functions, classes, assignments), not those it imports."""
    tree = ast.parse(module.read_text())
    own = {n.name for n in tree.body if isinstance(n, (ast.FunctionDef, ast.ClassDef))}
    return own | {t.id for n in tree.body if isinstance(n, (ast.Assign, ast.AnnAssign))
                  for target in (n.targets if isinstance(n, ast.Assign) else [n.target])
                  for t in ast.walk(target) if isinstance(t, ast.Name)}  # "MIN_SCORE, MARGIN = 6.0, 2.0" too


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


@functools.cache
def _own_names(module: str) -> set[str]:
    return _defined(ROOT / "src" / (module.replace(".", "/") + ".py"))


def test_no_claims_module_is_read_for_a_name_it_only_imports():
    """mod.NAME, where mod is a claims module imported by name, reads a name mod defines itself."""
    reached = set()
    for folder in ("src", "tests", "benchmarks", "scripts"):
        for path in (ROOT / folder).rglob("*.py"):
            tree = ast.parse(path.read_text())
            aliases = {a.asname or a.name: f"unga.claims.{a.name}" for n in ast.walk(tree)
                       if isinstance(n, ast.ImportFrom) and n.module == "unga.claims" for a in n.names
                       if (ROOT / "src" / "unga" / "claims" / f"{a.name}.py").exists()}
            for n in ast.walk(tree):
                if isinstance(n, ast.Attribute) and isinstance(n.value, ast.Name) and n.value.id in aliases \
                        and n.attr not in _own_names(aliases[n.value.id]):
                    reached.add((path.name, f"{n.value.id}.{n.attr}"))
    assert reached == set()

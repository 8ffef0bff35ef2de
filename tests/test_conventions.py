"""Architecture rules of ../shared/DESIGN.md §2, checked on the source tree."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[1] / "src" / "unga"
ROOT = SRC.parents[1]

# Each layer and the unga modules it may import. Only api joins the data stack and the computation stack;
# cli reaches everything through api.
ALLOWED = {
    "errors": set(),
    "types": {"errors"},
    "symbols": {"errors", "types"},
    "countries": {"errors", "types"},
    "seats": {"errors", "types", "symbols", "countries"},
    "sources": {"errors", "types", "symbols", "countries", "sources"},
    "store": {"errors", "types", "symbols", "countries", "sources", "store"},
    "results": {"errors", "types"},
    "analysis": {"errors", "types", "results", "analysis"},
    "estimators": {"errors", "types", "results", "analysis", "estimators"},
    "claims": {"errors", "types", "results", "analysis", "claims", "countries", "symbols"},
    "api": {"errors", "types", "symbols", "countries", "seats", "sources", "store", "results", "analysis", "estimators", "claims"},
    "plots": {"errors", "types", "results"},
    "cli": {"api", "results", "errors", "types", "cli", "plots", "web"},
    "web": {"api", "results", "errors", "types", "web"},
    "__init__": {"api", "errors", "results", "types"},
    "__main__": {"cli"},
}


def layer(path: Path) -> str:
    return _layer_of(path.relative_to(SRC).parts[0].removesuffix(".py"))


def _layer_of(module: str) -> str:
    """results_store.py, api_forecast.py and their like are a layer split along a seam: the same layer."""
    for split in ("results", "api"):
        if module.startswith(split + "_"):
            return split
    return module


def unga_imports(path: Path) -> set[str]:
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names = [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module:
            names = [node.module] + ([f"{node.module}.{a.name}" for a in node.names] if node.module == "unga" else [])
        else:
            continue
        for name in names:
            parts = name.split(".")
            if parts[0] == "unga" and len(parts) > 1:
                found.add(_layer_of(parts[1]))
    return found


MODULES = sorted(SRC.rglob("*.py"))


@pytest.mark.parametrize("path", MODULES, ids=lambda p: str(p.relative_to(SRC)))
def test_imports_follow_the_layers(path):
    allowed = ALLOWED[layer(path)]
    wrong = unga_imports(path) - allowed - {layer(path)}
    assert not wrong, f"{path.relative_to(SRC)} imports {sorted(wrong)}; {layer(path)} may import {sorted(allowed)}"


@pytest.mark.parametrize("path", MODULES, ids=lambda p: str(p.relative_to(SRC)))
def test_modules_stay_small(path):
    assert len(path.read_text(encoding="utf-8").splitlines()) <= 600


def test_library_never_prints():
    for path in MODULES:
        if layer(path) in {"cli", "__main__"}:
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        calls = [n for n in ast.walk(tree) if isinstance(n, ast.Call) and getattr(n.func, "id", "") in {"print", "exit"}]
        assert not calls, f"{path.relative_to(SRC)} prints or exits"


def test_every_command_is_documented():
    from unga.cli.main import parser

    commands = parser()._subparsers._group_actions[0].choices
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for name, sub in commands.items():
        assert f"unga {name}" in readme, f"README has no entry for `unga {name}`"
        assert sub.format_help().strip()

"""Sixteenth round (issue 9, branch tidy2): the checker's last import cycles broken by moving the shared piece to a
module of its own, every import of a claims module at the top; `BEFORE` in one place; the contradiction hunt's
--dump writes a date in the evidence.

The cycles were roles ↔ anaphora (the words of a side: side_words.py), headed ↔ tables (the Table both read:
roll_table.py) and languages ↔ cjk / russian / langroles (the press's names and the list words: foreign_names.py).
The record used: ES-11/1 of 2 March 2022 (141-5-35; Russia, Belarus, Eritrea, North Korea and Syria against,
China abstaining)."""

from __future__ import annotations

import ast
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from fixtures import ES11_1_LEAD, positions_after
from unga.claims import cjk, foreign_names, languages, position_time, roll_table, russian_names, side_words, tables

ROOT = Path(__file__).resolve().parents[1]
CLAIMS = ROOT / "src" / "unga" / "claims"
FIXED = ["roles", "anaphora", "side_words", "headed", "tables", "roll_table", "languages", "cjk", "russian",
         "langroles", "foreign_names", "when", "changes"]


def _graph() -> tuple[dict[str, set[str]], dict[str, list[int]]]:
    """{module: the claims modules it imports}, {module: lines of an unga import inside a function or class}."""
    edges, late = {}, {}
    for path in sorted(CLAIMS.glob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        edges[path.stem], late[path.stem] = set(), []
        # an import for type checkers only (`if TYPE_CHECKING:`) is never run, so it makes no cycle
        typing_only = {id(n) for block in ast.walk(tree) if isinstance(block, ast.If)
                       and getattr(block.test, "id", None) == "TYPE_CHECKING" for n in ast.walk(block)}
        for node in ast.walk(tree):
            if not isinstance(node, ast.ImportFrom) or not (node.module or "").startswith("unga") \
                    or id(node) in typing_only:
                continue
            if node.module == "unga.claims":
                edges[path.stem] |= {a.name for a in node.names}
            elif node.module.startswith("unga.claims."):
                edges[path.stem].add(node.module.split(".")[2])
            if node.col_offset:
                late[path.stem].append(node.lineno)
    return edges, late


def _cycles(edges: dict[str, set[str]]) -> list[list[str]]:
    """The modules that reach themselves through their imports, each with the path back."""
    out = []
    for start in sorted(edges):
        todo, seen = [(start, [start])], set()
        while todo:
            name, path = todo.pop()
            for nxt in sorted(edges.get(name, ())):
                if nxt == start:
                    out.append(path + [start])
                    todo = []
                    break
                if nxt not in seen:
                    seen.add(nxt)
                    todo.append((nxt, path + [nxt]))
    return out


def test_no_claims_module_is_on_an_import_cycle():
    assert _cycles(_graph()[0]) == []


@pytest.mark.parametrize("module", FIXED)
def test_the_fixed_modules_import_the_package_at_the_top(module):
    assert _graph()[1][module] == []


def test_every_claims_module_imports_first_in_a_fresh_interpreter():
    """Each module imported first (the others after it), in one fresh interpreter: no order meets a half-made module."""
    names = sorted(p.stem for p in CLAIMS.glob("*.py") if p.stem != "__init__")
    script = (
        "import importlib, sys\n"
        f"names = {names!r}\n"
        "for first in names:\n"
        "    for key in [k for k in sys.modules if k.startswith('unga.claims')]:\n"
        "        del sys.modules[key]\n"
        "    for name in [first] + [n for n in names if n != first]:\n"
        "        importlib.import_module('unga.claims.' + name)\n"
        "print(len(names))\n")
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr[-2000:]
    assert int(done.stdout) == len(names) > 60


# --- each shared name lives in one module; the others read it from there ------------------------------------------


def test_the_moved_names_are_the_ones_their_readers_use():
    # their readers import them from these modules (branch tidy3: tests/test_claims_tidy3.py checks that no module
    # reaches them through another)
    assert side_words.vote_of("those voting against") == "no"
    assert side_words.vote_of("for or against") is None
    assert {"vote_of", "TWO_VOTES"} <= set(vars(side_words)) and roll_table.Table.__module__ == "unga.claims.roll_table"
    assert {"ARTICLE", "JOINER"} <= set(vars(foreign_names)) and position_time.BEFORE == "before"
    assert not hasattr(languages, "_press_names")


def test_the_press_names_reach_every_language_that_reads_them():
    rows = foreign_names.press_names()
    assert {"name": "Rusia", "language": "es", "iso3": "RUS", "valid_from": "1991-12-24", "valid_to": ""} in rows
    assert languages.names("es")["Rusia"] == "RUS"
    assert cjk.names("zh")["美國"] == "USA"
    assert russian_names.names()["США"][0] == "USA"


HEADED = ("The roll call, as printed:\n\nIN FAVOUR\nFrance\nGermany\nJapan\n\nAGAINST\nBelarus\nSyria\n\n"
          "ABSTAINING\nChina\nIndia\n")


def test_headed_blocks_still_come_out_as_one_table():
    found = tables.tables(HEADED)
    assert len(found) == 1 and isinstance(found[0], roll_table.Table)
    assert found[0].votes == ["yes", "no", "abstain"]
    assert sorted((iso3, vote) for iso3, vote, _, _ in found[0].cells) == [
        ("BLR", "no"), ("CHN", "abstain"), ("DEU", "yes"), ("FRA", "yes"), ("IND", "abstain"), ("JPN", "yes"),
        ("SYR", "no")]


# --- the readers that moved keep their verdicts (own sentences, and traps) -----------------------------------------


@pytest.mark.parametrize("sentence", [
    "Just five states opposed the resolution. They were Belarus, Syria and Eritrea.",
    "Five delegations cast no votes. Among them were Belarus, Syria and Eritrea.",
])
def test_a_list_pointing_back_keeps_its_side(built_store, sentence):
    assert positions_after(ES11_1_LEAD, sentence) == {
        "BLR": ("no", "supported"), "SYR": ("no", "supported"), "ERI": ("no", "supported")}


@pytest.mark.parametrize("sentence", [
    "Forty states co-sponsored the text. They were Japan and Chile.",  # a deed that is not a vote
    "Two members voted against. They were Belarus, Syria and Eritrea.",  # more states than the count
    "Both resolutions drew five votes against. They were Belarus and Syria.",  # two votes at once
])
def test_a_list_pointing_back_is_refused_where_it_was(built_store, sentence):
    assert positions_after(ES11_1_LEAD, sentence) == {}


def test_the_list_sentence_after_a_single_side_is_still_read(built_store):
    assert positions_after(ES11_1_LEAD, "There were only five votes against. Belarus, Syria and Eritrea.") == {
        "BLR": ("no", "supported"), "SYR": ("no", "supported"), "ERI": ("no", "supported")}


def test_a_list_in_spanish_joined_by_its_words(built_store):
    sentence = "Rusia, Belarús y Siria votaron en contra de la resolución."
    assert positions_after(ES11_1_LEAD, sentence) == {
        "RUS": ("no", "supported"), "BLR": ("no", "supported"), "SYR": ("no", "supported")}


# --- the hunt's --dump ----------------------------------------------------------------------------------------------


def test_the_hunts_dump_writes_a_date_of_the_evidence():
    sys.path.insert(0, str(ROOT / "benchmarks"))
    import bench_contradictions

    claim = {"span": [10, 40], "kind": "position", "resolution": "A/RES/ES-11/1", "state": "IND",
             "asserted": {"vote": "no"}, "text": "India voted against the text.",
             "evidence": {"date": date(2022, 3, 2), "recorded": "abstain"}}
    line = bench_contradictions.dump_line("d01.txt", claim)
    assert line.startswith("d01.txt [10, 40] position A/RES/ES-11/1 IND {'vote': 'no'}")
    assert '"date": "2022-03-02"' in line and '"recorded": "abstain"' in line

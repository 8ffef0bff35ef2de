"""The sampled audit (docs/data.md, "A sampled audit against official tallies"; branch rec30): the file of what was
found for a reproducible random sample of roll calls, its layout, and its comparison with the store built from the
real files (benchmarks/bench_sampled_audit.py reports the rate)."""

from __future__ import annotations

import importlib.util
import sys
from collections import Counter
from pathlib import Path

import pytest

SCRIPT = Path(__file__).parent.parent / "benchmarks" / "bench_sampled_audit.py"


def _load_script():
    spec = importlib.util.spec_from_file_location("bench_sampled_audit", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


audit = _load_script()


def test_the_file_holds_seven_roll_calls_a_decade_each_with_its_result():
    rows = audit.read_tallies()
    assert len(rows) == 63
    assert set(Counter(int(r["date"][:3]) * 10 for r in rows.values()).values()) == {7}
    assert Counter(r["result"] for r in rows.values()) == {"agrees": 8, "not found": 55}
    assert all(r["source_kind"] and r["note"] for r in rows.values() if r["result"] != "not found")
    assert all(r["note"] for r in rows.values())  # a row not found says what was searched


def test_a_row_with_a_url_but_no_counts_is_refused_with_its_line(tmp_path):
    bad = tmp_path / "sampled.csv"
    bad.write_text(",".join(audit.COLUMNS) + "\n"
                   "1,A/RES/1(I),1946-01-24,,,,agrees,news,https://example.org/vote,counts left out\n")
    with pytest.raises(ValueError, match="sampled.csv line 2"):
        audit.read_tallies(bad)


def test_the_sample_drawn_from_the_real_store_agrees_with_every_tally_found(built_store):
    from unga.store import query

    con = query.connect(built_store)
    assert {row[1] for row in audit.draw(con)} == set(audit.read_tallies())
    assert audit.compare(con) == (8, 0, 55)

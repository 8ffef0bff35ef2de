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
    assert Counter(r["result"] for r in rows.values()) == {"agrees": 12, "differs": 1, "not found": 50}
    assert Counter(r["source_class"] for r in rows.values() if r["result"] != "not found") == {
        "official": 6, "secondary": 7}
    assert {r["symbol"] for r in rows.values() if r["result"] == "differs"} == {"A/RES/66/72"}
    assert all(r["source_kind"] and r["note"] for r in rows.values() if r["result"] != "not found")
    assert all(r["note"] for r in rows.values())  # a row not found says what was searched


@pytest.mark.parametrize("row, message", [
    ("1,A/RES/1(I),1946-01-24,,,,agrees,news,secondary,https://example.org/vote,counts left out", "line 2"),
    ("1,A/RES/1(I),1946-01-24,40,2,3,agrees,news,,https://example.org/vote,class left out", "line 2: source_class"),
    ("1,A/RES/1(I),1946-01-24,,,,not found,,,,one search, nothing", "line 2: more fields"),  # an unquoted comma
], ids=["a tally found without its counts", "without its source class", "split by an unquoted comma"])
def test_a_malformed_row_is_refused_with_its_line(tmp_path, row, message):
    bad = tmp_path / "sampled.csv"
    bad.write_text(",".join(audit.COLUMNS) + "\n" + row + "\n")
    with pytest.raises(ValueError, match=f"sampled.csv {message}"):
        audit.read_tallies(bad)


def test_a_rate_on_official_sources_counts_a_secondary_tally_as_not_found():
    results = {1: ("agrees", "official"), 2: ("differs", "secondary"), 3: ("not found", ""), 4: ("agrees", "secondary")}
    assert audit.count(results) == (2, 1, 1)
    assert audit.count(results, "official") == (1, 0, 3)


def test_the_sample_drawn_from_the_real_store_gives_the_file_s_rates_both_ways(built_store):
    from unga.store import query

    con = query.connect(built_store)
    # the file keeps the sample drawn in the twenty-eighth round; every roll call of it is still a resolution's final
    # vote in the record, seven a decade (a redraw differs since rec33's repairs changed the population)
    sampled = audit.read_tallies()
    kept = con.execute("SELECT rcid, (year // 10) * 10 FROM roll_calls WHERE kind = 'resolution' AND symbol IS NOT NULL "
                       f"AND rcid IN ({','.join(map(str, sampled))})").fetchall()
    assert len(kept) == len(sampled) == 63 and set(Counter(decade for _, decade in kept).values()) == {audit.PER_DECADE}
    results = audit.outcomes(con)
    assert audit.count(results) == (12, 1, 50)
    assert audit.count(results, "official") == (6, 0, 57)
    assert [rcid for rcid, (outcome, _) in results.items() if outcome == "differs"] == [5166]  # 66/72, a news count

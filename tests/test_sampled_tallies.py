"""The sampled audit (docs/data.md, "A sampled audit against official tallies"; branches rec30 and rec36): the file of
what was found for two reproducible random samples of roll calls (final votes, and the paragraph, amendment and motion
votes), its layout, and its comparison with the store built from the real files (benchmarks/bench_sampled_audit.py
reports the rate per stratum with its interval)."""

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


def _stratum(name: str) -> list[dict]:
    return [row for row in audit.read_tallies().values() if row["stratum"] == name]


def test_the_final_votes_are_seven_a_decade_each_with_its_result():
    rows = _stratum("final")
    assert len(rows) == 63
    assert set(Counter(int(r["date"][:3]) * 10 for r in rows).values()) == {7}
    assert Counter(r["result"] for r in rows) == {"agrees": 12, "differs": 1, "not found": 50}
    assert Counter(r["source_class"] for r in rows if r["result"] != "not found") == {"official": 6, "secondary": 7}
    assert {r["symbol"] for r in rows if r["result"] == "differs"} == {"A/RES/66/72"}


def test_the_other_votes_are_three_a_decade_each_with_its_result():
    rows = _stratum("other")
    # the 1980s hold only two roll calls that are not a resolution's final vote, the 2020s none
    assert Counter(int(r["date"][:3]) * 10 for r in rows) == {
        1940: 3, 1950: 3, 1960: 3, 1970: 3, 1980: 2, 1990: 3, 2000: 3, 2010: 3}
    assert Counter(r["result"] for r in rows) == {"agrees": 1, "not found": 22}
    assert [(r["rcid"], r["source_class"]) for r in rows if r["result"] == "agrees"] == [("958", "secondary")]


def test_every_row_says_where_its_tally_came_from_or_what_was_searched():
    rows = audit.read_tallies().values()
    assert all(r["source_kind"] and r["note"] for r in rows if r["result"] != "not found")
    assert all(r["note"] for r in rows)


@pytest.mark.parametrize("row, message", [
    ("final,1,A/RES/1(I),1946-01-24,,,,agrees,news,secondary,https://example.org/vote,counts left out", "line 2"),
    ("final,1,A/RES/1(I),1946-01-24,40,2,3,agrees,news,,https://example.org/vote,no class", "line 2: source_class"),
    ("final,1,A/RES/1(I),1946-01-24,,,,not found,,,,one search, nothing", "line 2: more fields"),  # an unquoted comma
    ("amendments,2,,1946-01-24,,,,not found,,,,one search", "line 2: stratum"),
], ids=["a tally found without its counts", "without its source class", "split by an unquoted comma",
        "a stratum the bench does not draw"])
def test_a_malformed_row_is_refused_with_its_line(tmp_path, row, message):
    bad = tmp_path / "sampled.csv"
    bad.write_text(",".join(audit.COLUMNS) + "\n" + row + "\n")
    with pytest.raises(ValueError, match=f"sampled.csv {message}"):
        audit.read_tallies(bad)


def test_a_rate_on_official_sources_counts_a_secondary_tally_as_not_found():
    results = {1: ("agrees", "official", "final"), 2: ("differs", "secondary", "final"), 3: ("not found", "", "final"),
               4: ("agrees", "secondary", "final"), 5: ("agrees", "official", "other")}
    assert audit.count(results) == (3, 1, 1)
    assert audit.count(results, "official") == (2, 0, 3)
    assert audit.count(results, stratum="final") == (2, 1, 1)
    assert audit.count(results, "official", "other") == (1, 0, 0)


def test_the_interval_is_the_exact_binomial_one():
    low, high = audit.interval(12, 13)
    assert round(low, 3) == 0.640 and round(high, 3) == 0.998
    assert audit.interval(6, 6) == (pytest.approx(0.541, abs=1e-3), 1.0)
    assert audit.interval(0, 0) == (0.0, 1.0)  # nothing found: nothing known


def test_the_samples_drawn_from_the_real_store_give_the_file_s_rates_both_ways(built_store):
    from unga.store import query

    con = query.connect(built_store)
    # the file keeps the sample drawn in the twenty-eighth round; every roll call of it is still a resolution's final
    # vote in the record, seven a decade (a redraw differs since rec33's repairs changed the population)
    sampled = {rcid: row for rcid, row in audit.read_tallies().items() if row["stratum"] == "final"}
    kept = con.execute("SELECT rcid, (year // 10) * 10 FROM roll_calls WHERE kind = 'resolution' AND symbol IS NOT NULL "
                       f"AND rcid IN ({','.join(map(str, sampled))})").fetchall()
    assert len(kept) == len(sampled) == 63 and set(Counter(decade for _, decade in kept).values()) == {7}
    results = audit.outcomes(con)
    assert audit.count(results, stratum="final") == (12, 1, 50)
    assert audit.count(results, "official", "final") == (6, 0, 57)
    assert audit.count(results, stratum="other") == (1, 0, 22)
    assert [rcid for rcid, (outcome, _, _) in results.items() if outcome == "differs"] == [5166]  # 66/72, a news count


def test_the_other_votes_drawn_from_the_real_store_are_the_file_s(built_store):
    from unga.store import query

    drawn = [row[1] for row in audit.draw(query.connect(built_store), "other")]
    assert drawn == [int(row["rcid"]) for row in _stratum("other")]

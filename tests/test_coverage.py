"""`unga sources` / unga.coverage(), and symbols the record does not hold: past the sources' end, in a gap of
them, or a typo within covered ground."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from unga import api
from unga.errors import NotInRecord, UnknownResolution


def test_coverage_per_source(built_store: Path) -> None:
    cov = api.coverage()
    assert cov.record_end == date(2026, 6, 4)
    src = cov.sources.set_index("source")
    assert str(src.loc["unxml", "first"]) == "2019-11-07" and str(src.loc["unxml", "last"]) == "2026-06-04"
    assert (src.loc["unxml", "first_session"], src.loc["unxml", "last_session"]) == (74, 80)
    assert bool(src.loc["unxml", "final_only"]) and not bool(src.loc["unvotes", "final_only"])
    assert str(src.loc["unvotes", "last"]) == "2020-01-14" and str(src.loc["undl_scrape", "last"]) == "2021-12-24"
    assert str(src.loc["voeten2017", "last"]) == "2015-12-23"
    assert src.loc["unvotes", "amendment"] > 0 and src.loc["unxml", "amendment"] == 0


def test_coverage_periods_and_series(built_store: Path) -> None:
    cov = api.coverage()
    last = cov.periods.iloc[-1]
    assert (last["from_year"], last["to_year"], last["sources"]) == (2022, 2026, "unxml")
    assert bool(last["final_only"])  # from 2022 on, adopted resolutions only
    assert not bool(cov.periods.iloc[0]["final_only"]) and cov.periods.iloc[0]["from_year"] == 1946
    assert cov.series_end["ES-11"]["last"] == "A/RES/ES-11/6"
    assert cov.series_end["ES-10"]["last"] == "A/RES/ES-10/24"
    data = cov.to_json()
    assert data["record_ends"] == "2026-06-04" and {s["source"] for s in data["sources"]} >= {"unxml", "unvotes"}


@pytest.mark.parametrize("symbol", ["ES-11/7", "A/RES/ES-11/8", "ES-10/28", "ES-10/27", "81/1", "80/300", "ES-12/1"])
def test_past_the_end_is_not_in_the_record(built_store: Path, symbol: str) -> None:
    with pytest.raises(NotInRecord) as err:
        api.tally(symbol)
    assert "not in the record" in str(err.value) and "2026-06-04" in str(err.value)
    assert "did you mean" not in str(err.value)
    assert isinstance(err.value, UnknownResolution) and err.value.exit_code == 2
    # ES-11 stops in 2023 and ES-10 in 2024 while the sources run to June 2026: updating would not bring their later
    # votes (ES-11/7 of February 2025), so the message says they are missing instead of pointing at `unga update`
    stale = symbol.removeprefix("A/RES/").startswith(("ES-11/", "ES-10/"))
    assert ("missing from them" in str(err.value)) == stale and ("unga update" in str(err.value)) != stale


def test_a_gap_in_the_sources_is_not_in_the_record(built_store: Path) -> None:
    from unga.store import lookup

    with pytest.raises(NotInRecord) as err:  # adopted by vote in May 2024; the UN extract lists ES-10/21, 22 and 24 only
        lookup.resolve_symbol(api._con(), "ES-10/23")  # (api.tally answers with the UN release's counts instead)
    assert "A/RES/ES-10/22" in str(err.value) and "A/RES/ES-10/24" in str(err.value)


def test_a_typo_in_covered_ground_keeps_suggestions(built_store: Path) -> None:
    with pytest.raises(UnknownResolution) as err:
        api.tally("68/2620")  # session 68 is closed and covered: a typo for 68/262
    assert not isinstance(err.value, NotInRecord) and "A/RES/68/262" in err.value.suggestions
    with pytest.raises(UnknownResolution) as err:
        api.tally("ES-11/99")  # far past any emergency session's numbers (ES-10 reached 24)
    assert not isinstance(err.value, NotInRecord) and err.value.suggestions
    assert api.tally("ES-11/1").counts == {"yes": 141, "no": 5, "abstain": 35, "absent": 12}


def test_search_past_the_end(built_store: Path) -> None:
    with pytest.raises(NotInRecord, match="2026-06-04"):
        api.search([], year=2027)
    with pytest.raises(NotInRecord):
        api.search("ES-11/7")
    assert len(api.search("zzzz-no-such-word").roll_calls) == 0  # no match inside the record: an empty answer


def run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "unga.cli.main", *args], capture_output=True, text=True)


def test_cli_sources_and_not_in_record(built_store: Path) -> None:
    done = run("sources", "--json")
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["record_ends"] == "2026-06-04"
    text = run("sources")
    assert "final votes only" in text.stdout and "ES-11/6" in text.stdout
    failed = run("tally", "ES-11/7")
    assert failed.returncode == 2 and failed.stdout == ""
    assert failed.stderr.count("\n") == 1 and "not in the record" in failed.stderr

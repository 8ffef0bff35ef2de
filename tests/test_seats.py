"""Historical seats on the real record: the Republic of China until 1971-10-25, Yugoslavia by its name, the USSR
continued by Russia, Taiwan after 1971 not a member."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import duckdb
import pytest

from unga import api
from unga.errors import BadInput


def test_the_republic_of_china_votes_under_its_own_seat(built_store: Path) -> None:
    taiwan = api.state_record("Taiwan", start=1960, end=1960)
    assert taiwan.iso3 == "TWN" and taiwan.name == "Republic of China"
    assert len(taiwan.votes) > 0 and taiwan.counts["yes"] > 0
    china = api.state_record("China", start=1960, end=1960)  # China's seat in 1960 was the Republic of China's
    assert china.iso3 == "TWN" and china.note and "Republic of China" in china.note
    assert len(china.votes) == len(taiwan.votes)


def test_the_peoples_republic_has_no_vote_before_it_took_the_seat(built_store: Path) -> None:
    con = duckdb.connect(str(built_store), read_only=True)
    before = con.execute("SELECT count(*) FROM votes JOIN roll_calls USING (rcid) "
                         "WHERE iso3 = 'CHN' AND date <= DATE '1971-10-25'").fetchone()[0]
    after = con.execute("SELECT count(*) FROM votes JOIN roll_calls USING (rcid) "
                        "WHERE iso3 = 'TWN' AND date > DATE '1971-10-25'").fetchone()[0]
    # On 25 October 1971 itself the Republic of China still held the seat (a seat handed over on a voting day is
    # the outgoing delegation's that day, memberships.csv): it voted on the procedural votes that preceded
    # 2758 (XXVI) (FRUS; dated so by src/unga/data/official_dates.csv) and is absent from the Saudi amendments and
    # from 2758 itself (one of its 3 non-voting); the People's Republic has no row that day.
    that_day = con.execute("SELECT r.symbol, vote FROM votes JOIN roll_calls r USING (rcid) WHERE iso3 = 'TWN' "
                           "AND date = DATE '1971-10-25' ORDER BY r.symbol").fetchall()
    con.close()
    assert (before, after) == (0, 0)
    # the Important Question draft A/L.632 (rcid 1186), rejected, keeps no resolution number (official_kinds.csv)
    assert that_day == [("A/RES/2758(XXVI)", "absent"), ("A/RES/2758(XXVI)[A]", "yes"), ("A/RES/2758(XXVI)[B]", "yes"),
                        ("A/RES/2758(XXVI)[D]", "absent"), ("A/RES/2758(XXVI)[E]", "absent"),
                        ("A/RES/2758(XXVI)[F]", "yes"), (None, "yes")]
    with pytest.raises(BadInput, match="not a UN member"):
        api.state_record("CHN", start=1960, end=1965)


def test_taiwan_after_1971_is_not_a_member(built_store: Path) -> None:
    with pytest.raises(BadInput) as err:
        api.state_record("Taiwan", start=2022)
    assert "not a UN member" in str(err.value) and "1971-10-25" in str(err.value) and "2758" in str(err.value)
    tally = api.tally("ES-11/1")
    assert "TWN" not in tally.votes and tally.votes["CHN"] == "abstain"


def test_tallies_unchanged_by_the_seats(built_store: Path) -> None:
    assert api.tally("ES-11/1").counts == {"yes": 141, "no": 5, "abstain": 35, "absent": 12}
    assert api.tally("68/262").counts == {"yes": 100, "no": 11, "abstain": 58, "absent": 24}
    # 25 Oct 1971: the handover day is the outgoing delegation's (memberships.csv), so the Republic of China, which
    # announced it would take no further part, is the third of the 3 non-voting; the People's Republic sat from November
    t = api.tally("A/RES/2758(XXVI)")
    assert t.counts == {"yes": 76, "no": 35, "abstain": 17, "absent": 3}
    assert t.votes["TWN"] == "absent" and "CHN" not in t.votes


def test_yugoslavia_by_its_name(built_store: Path) -> None:
    yug = api.state_record("Yugoslavia", start=1960, end=1960)
    assert yug.iso3 == "YUG" and yug.name == "Yugoslavia" and len(yug.votes) > 0 and yug.note is None
    assert api.state_record("Yugoslavia").iso3 == "YUG"


def test_russia_before_1992_shows_the_ussr(built_store: Path) -> None:
    r = api.state_record("Russia", start=1980)
    assert r.seats == ("SUN", "RUS") and "Soviet" in r.note
    assert set(r.votes["seat"]) == {"SUN", "RUS"}
    assert r.votes[r.votes["seat"] == "SUN"]["date"].max().year == 1991
    only_ussr = api.state_record("Russia", start=1980, end=1985)
    assert only_ussr.iso3 == "SUN" and len(only_ussr.votes) > 0 and "Soviet" in only_ussr.note
    today = api.state_record("Russia")
    assert today.iso3 == "RUS" and "SUN" in today.note


def test_cli_state_note(built_store: Path) -> None:
    done = subprocess.run([sys.executable, "-m", "unga.cli.main", "state", "Russia", "--from", "1980", "--to", "1981"],
                          capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert "note:" in done.stdout and "Soviet" in done.stdout
    gone = subprocess.run([sys.executable, "-m", "unga.cli.main", "state", "Taiwan", "--from", "2022"],
                          capture_output=True, text=True)
    assert gone.returncode == 2 and "not a UN member" in gone.stderr

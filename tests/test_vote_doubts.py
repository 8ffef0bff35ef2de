"""Votes in doubt (src/unga/data/vote_doubts.csv, store/vote_doubts.py; docs/data.md, "Doubts settled in the
twenty-second round"): one state's vote another text gives otherwise, nothing settling which is right. The file is
checked row by row, written into `integrity` as `vote in doubt`, listed by `unga audit` (advisory), carried by
`api.tally` as a per-state warning, and a position claim on such a vote is judged unverifiable (claims/in_doubt.py).
Synthetic fixtures for the file, the rows and the verdicts; the real store for rcid 664 (claims of our own)."""

from __future__ import annotations

from pathlib import Path

import duckdb
import pandas as pd
import pytest
from fixtures import checked_claims

from unga import api
from unga.claims import in_doubt
from unga.errors import SourceError
from unga.sources.corrections import rcid_key
from unga.store import audit as store_audit
from unga.store import vote_doubts
from unga.store.schema import SCHEMA

HEADER = "symbol,date,iso3,other_vote,source,url,note\n"
GOOD = 'rcid:664,1960-12-18,FRA,abstain,"Hansard, 30 January 1961",https://example.org/a,"our own note"\n'


def _file(tmp_path: Path, *rows: str, header: str = HEADER) -> Path:
    path = tmp_path / "vote_doubts.csv"
    path.write_text(header + "".join(rows), encoding="utf-8")
    return path


def test_a_good_file_reads_by_rcid_and_by_symbol(tmp_path):
    frame = vote_doubts.read(_file(tmp_path, GOOD, 'A/RES/31/9,1976-11-08,KEN,yes,USUN 5106,http://example.org/b,n\n'))
    assert frame[["symbol", "rcid", "iso3", "other_vote"]].astype(object).where(frame.notna(), None).values.tolist() == \
        [[None, 664, "FRA", "abstain"], ["A/RES/31/9", None, "KEN", "yes"]]


@pytest.mark.parametrize("row, problem, fix", [
    ('31-9,1976-11-08,KEN,yes,USUN 5106,https://x.org,n\n', "neither a resolution symbol nor rcid:N", "rcid:664"),
    ('664,1960-12-18,KEN,yes,H,https://x.org,n\n', "neither a resolution symbol nor rcid:N", "rcid:664"),
    ('rcid:664,18/12/1960,FRA,abstain,H,https://x.org,n\n', "is not a day", "1960-12-18"),
    ('rcid:664,1960-12-18,XXX,abstain,H,https://x.org,n\n', "not an ISO3 code", "FRA"),
    ('rcid:664,1960-12-18,FRA,abstention,H,https://x.org,n\n', "is not a vote", "yes, no, abstain, absent"),
    ('rcid:664,1960-12-18,,abstain,H,https://x.org,n\n', "is neither a count nor a day", "56-11-29"),
    ('rcid:664,1960-12-18,,90/0/3,H,https://x.org,n\n', "is neither a count nor a day", "56-11-29"),
    ('rcid:664,1960-12-18,,1960-12-31..1960-12-20,H,https://x.org,n\n', "is neither a count nor a day", "first day"),
    ('rcid:664,1960-12-18,,1960-12-32,H,https://x.org,n\n', "is neither a count nor a day", "1950-12-14"),
    ('rcid:664,1960-12-18,FRA,abstain,H,,n\n', "its URL", "http(s) address"),
    ('rcid:664,1960-12-18,FRA,abstain,H,https://x.org,\n', "a note", "our own words"),
])
def test_a_malformed_row_names_the_file_the_row_and_the_fix(tmp_path, row, problem, fix):
    with pytest.raises(SourceError) as caught:
        vote_doubts.read(_file(tmp_path, GOOD, row))
    message = str(caught.value)
    assert "vote_doubts.csv, row 3" in message and problem in message and fix in message


def test_rcid_n_is_read_by_the_one_parser_every_data_file_uses():
    """A symbol column names a roll call as rcid:N; a column of rcids only (official_same_votes.csv) may give N alone."""
    assert rcid_key("rcid:664") == 664 and rcid_key(" rcid:664 ") == 664
    assert rcid_key("664") is None and rcid_key("664", bare=True) == 664 and rcid_key("rcid:664", bare=True) == 664
    assert rcid_key("rcid:x") is None and rcid_key("A/RES/31/9") is None and rcid_key("") is None


def test_a_repeated_doubt_and_a_missing_column_are_refused(tmp_path):
    with pytest.raises(SourceError, match="row 3: a state's vote, or the count or day, of this roll call is in doubt twice"):
        vote_doubts.read(_file(tmp_path, GOOD, GOOD))
    with pytest.raises(SourceError, match=r"missing columns \['note'\]"):
        vote_doubts.read(_file(tmp_path, GOOD.rsplit(",", 1)[0] + "\n", header=HEADER.replace(",note", "")))


def test_integrity_rows_keep_the_stored_vote_and_name_the_other_reading(tmp_path):
    doubts = vote_doubts.read(_file(tmp_path, GOOD,
                                    'rcid:664,1960-12-18,PRT,abstain,H,https://x.org,agrees\n',  # no doubt: same vote
                                    'rcid:664,1961-01-01,GBR,yes,H,https://x.org,another day\n',  # no such roll call
                                    'A/RES/31/9,1976-11-08,KEN,yes,USUN 5106,https://x.org/c,by symbol\n'))
    roll_calls = pd.DataFrame({"rcid": [664, 1663], "symbol": [None, "A/RES/31/9"],
                               "date": pd.to_datetime(["1960-12-18", "1976-11-08"])})
    votes = pd.DataFrame({"rcid": [664, 664, 1663], "iso3": ["FRA", "PRT", "KEN"],
                          "vote": pd.Categorical(["yes", "abstain", "absent"])})
    rows = vote_doubts.integrity(doubts, roll_calls, votes)
    assert rows[["rcid", "iso3", "check", "value", "other_value", "other_source"]].values.tolist() == [
        [664, "FRA", "vote in doubt", "yes", "abstain", "Hansard, 30 January 1961"],
        [1663, "KEN", "vote in doubt", "absent", "yes", "USUN 5106"]]
    assert rows["rule"].tolist() == ["our own note (https://example.org/a)", "by symbol (https://x.org/c)"]


COUNT = 'A/RES/1723(XVI),1961-12-20,,56-11-29,the Tibet sites,https://x.org/t,"our own note"\n'


def test_a_row_without_a_state_doubts_the_count_and_is_logged_where_the_counts_differ(tmp_path):
    doubts = vote_doubts.read(_file(tmp_path, COUNT, 'A/RES/31/9,1976-11-08,,124-1-3,USUN,https://x.org/u,same\n'))
    assert doubts[["symbol", "iso3", "other_vote"]].astype(object).where(doubts.notna(), None).values.tolist() == \
        [["A/RES/1723(XVI)", None, "56-11-29"], ["A/RES/31/9", None, "124-1-3"]]
    roll_calls = pd.DataFrame({"rcid": [39642667, 1663], "symbol": ["A/RES/1723(XVI)", "A/RES/31/9"],
                               "date": pd.to_datetime(["1961-12-20", "1976-11-08"]), "yes": [56, 124],
                               "no": [10, 1], "abstain": [29, 2], "pub_yes": [56, None], "pub_no": [10, None],
                               "pub_abstain": [29, None]})
    rows = vote_doubts.integrity(doubts, roll_calls, pd.DataFrame({"rcid": [], "iso3": [], "vote": []}))
    # 31/9's list (124-1-2, no published count) differs from the row's 124-1-3 too; 1723 (XVI)'s published count
    assert rows[["rcid", "iso3", "check", "value", "other_value", "other_source"]].astype(object).where(
        rows.notna(), None).values.tolist() == [
        [1663, None, "count in doubt", "124-1-2", "124-1-3", "USUN"],
        [39642667, None, "count in doubt", "56-10-29", "56-11-29", "the Tibet sites"]]
    assert vote_doubts.integrity(vote_doubts.read(_file(tmp_path, COUNT.replace("56-11-29", "56-10-29"))),
                                 roll_calls, pd.DataFrame({"rcid": [], "iso3": [], "vote": []})).empty


def test_a_row_with_a_day_doubts_the_date_and_is_logged_where_the_stored_day_lies_outside(tmp_path):
    """Branch dates: a day or a span of days for other_vote doubts the roll call's date (a vote dated out of Voeten's
    sequence); the stored day stays, the integrity row `date in doubt` names the span, and the tally warns."""
    doubts = vote_doubts.read(_file(tmp_path, 'rcid:288,1950-12-04,,1950-12-14..1950-12-16,sequence,https://x.org,n\n',
                                    'rcid:288,1950-12-04,,30-18-9,JTA,https://x.org,a count and a day\n',
                                    'rcid:289,1951-02-01,,1951-01-30..1951-02-02,sequence,https://x.org,inside\n'))
    roll_calls = pd.DataFrame({"rcid": [288, 289], "symbol": [None, None],
                               "date": pd.to_datetime(["1950-12-04", "1951-02-01"]), "yes": [30, 40], "no": [18, 1],
                               "abstain": [9, 1], "pub_yes": [None, None], "pub_no": [None, None],
                               "pub_abstain": [None, None]})
    rows = vote_doubts.integrity(doubts, roll_calls, pd.DataFrame({"rcid": [], "iso3": [], "vote": []}))
    assert rows[["rcid", "check", "value", "other_value", "other_source"]].values.tolist() == [
        [288, "date in doubt", "1950-12-04", "1950-12-14..1950-12-16", "sequence"]]  # 289's day is inside its span


def test_a_tally_or_count_claim_giving_either_count_in_doubt_is_unverifiable_with_both_readings():
    doubts = {(7, None): {"stored": "56-10-29", "other": "56-11-29", "source": "the Tibet sites", "evidence": "e"}}
    claims = [({"yes": 56, "no": 11, "abstain": 29}, "contradicted"), ({"yes": 56, "no": 10, "abstain": 29}, "supported"),
              ({"no": 11}, "contradicted"), ({"yes": 56, "no": 12, "abstain": 29}, "contradicted"),
              ({"yes": 56}, "supported"), ({"abstain": 29}, "supported")]
    entries = [{"kind": "count" if len(a) == 1 else "tally", "state": None, "asserted": a, "verdict": v,
                "evidence": {"rcid": 7, "record": "r"}} for a, v in claims]
    entries.append({"kind": "position", "state": None, "verdict": "supported", "evidence": {"rcid": 7}})
    in_doubt.judge(entries, doubts)
    # either reading, where the two differ on what the claim asserts: in doubt; the count neither gives, or a side
    # both readings agree on (56 in favour, 29 abstaining), is judged as before
    assert [e["verdict"] for e in entries] == ["unverifiable"] * 3 + ["contradicted", "supported", "supported",
                                                                         "supported"]
    assert [e["evidence"]["record"] for e in entries[:2]] == [
        "the record has 56-10-29; the Tibet sites says 56-11-29: in doubt (was contradicted by the record's count)",
        "the record has 56-10-29; the Tibet sites says 56-11-29: in doubt (was supported by the record's count)"]


def test_the_audit_lists_each_vote_in_doubt_as_an_advisory_finding(tmp_path):
    con = duckdb.connect(str(tmp_path / "unga.duckdb"))
    con.execute(SCHEMA)
    con.execute("INSERT INTO roll_calls (rcid, date, year, session, kind) VALUES (664, '1960-12-18', 1960, 15, 'paragraph')")
    con.execute("INSERT INTO votes VALUES (664, 'FRA', 'yes', 'voeten2017'), (664, 'AUS', 'abstain', 'voeten2017')")
    con.execute("""INSERT INTO integrity VALUES (664, 'FRA', 'vote in doubt', 'yes', 'stored votes', 'abstain',
                   'Hansard, 30 January 1961', 'note (https://x.org)')""")
    rule = {r["rule"]: r for r in store_audit.run(con)}["vote in doubt"]
    con.close()
    assert (rule["status"], rule["found"], rule["flagged"]) == ("doubt", 1, 0)
    assert rule["examples"] == [{"rcid": 664, "symbol": None, "date": "1960-12-18", "iso3": "FRA", "flagged": False,
                                 "detail": "stored yes; Hansard, 30 January 1961 gives abstain"}]


def _entry(verdict: str, state: str = "FRA", kind: str = "position", rcid: int = 664, record: str = "") -> dict:
    return {"kind": kind, "state": state, "verdict": verdict, "evidence": {"rcid": rcid, "record": record}}


def test_a_position_claim_on_a_vote_in_doubt_is_unverifiable_with_both_readings():
    doubts = {(664, "FRA"): {"stored": "yes", "other": "abstain", "source": "Hansard, 30 January 1961", "evidence": "e"}}
    entries = [_entry("supported"), _entry("contradicted"), _entry("unverifiable", record="not identified"),
               _entry("supported", state="PRT"), _entry("supported", kind="tally"), _entry("supported", rcid=665)]
    in_doubt.judge(entries, doubts)
    assert [e["verdict"] for e in entries] == ["unverifiable"] * 3 + ["supported"] * 3
    reason = "the record has France yes; Hansard, 30 January 1961 says abstain: in doubt"
    assert [e["evidence"]["record"] for e in entries[:3]] == [
        f"{reason} (was supported by the record's list)", f"{reason} (was contradicted by the record's list)",
        f"{reason} (not identified)"]
    assert entries[0]["evidence"]["doubt"]["other"] == "abstain" and "doubt" not in entries[3]["evidence"]


def test_rcid_664_france_and_australia_in_doubt_on_the_real_store(built_store, con):
    """The South West Africa apartheid paragraph of 18 December 1960 (90-0-3): Voeten's list, the only one, has
    Australia, Portugal and the United Kingdom abstaining; Hansard's answer names France instead of Australia."""
    paragraph = api.tally("rcid:664")
    assert [paragraph.counts[v] for v in ("yes", "no", "abstain")] == [90, 0, 3]
    assert (paragraph.votes["FRA"], paragraph.votes["AUS"], paragraph.votes["PRT"]) == ("yes", "abstain", "abstain")
    assert {s: (d["stored"], d["other"]) for s, d in paragraph.doubts.items()} == \
        {"AUS": ("abstain", "yes"), "FRA": ("yes", "abstain")}
    assert "France's vote is in doubt: the record has yes; Hansard, 30 January 1961 gives abstain" in paragraph.warnings
    assert paragraph.to_json()["doubts"]["FRA"]["source"] == "Hansard, 30 January 1961"
    logged = con.execute("""SELECT count(*) FROM integrity
                            WHERE "check" IN ('vote in doubt', 'count in doubt', 'date in doubt')""")
    assert logged.fetchone()[0] == len(vote_doubts.read())  # every row of the file is a live doubt on the real store
    claims = checked_claims("New York, 18 December 1960. The General Assembly adopted the paragraph of the South West "
                            "Africa resolution that deprecates the application of apartheid in the territory by 90 "
                            "votes to none, with 3 abstentions. France, Portugal and the United Kingdom abstained. "
                            "Australia voted in favour.")
    judged = {c["state"]: (c["verdict"], c["evidence"]["record"]) for c in claims if c["kind"] == "position"}
    assert judged["PRT"] == ("supported", "Portugal abstained")
    assert judged["FRA"][0] == judged["AUS"][0] == "unverifiable"
    assert judged["FRA"][1].startswith("the record has France yes; Hansard, 30 January 1961 says abstain: in doubt")
    assert judged["AUS"][1] == ("the record has Australia abstain; Hansard, 30 January 1961 says yes: in doubt "
                                "(was contradicted by the record's list)")

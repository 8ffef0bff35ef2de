"""Merge rules of the record on small synthetic sources: one roll call per vote, lists that agree with their tallies.

Each test builds SourceTables by hand (as the readers would return them) and reconciles them; the real-data
counterparts are in tests/test_record.py.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from unga.sources.base import SourceTable
from unga.store import checks
from unga.store.reconcile import reconcile

# Members in 2022; the first 12 vote yes, then 2 no, 1 abstain, unless a test says otherwise.
STATES = ["AFG", "ALB", "DZA", "AND", "AGO", "ARG", "ARM", "AUS", "AUT", "AZE", "BHS", "BHR", "BGD", "BRB", "BLR"]
VOTES = ["yes"] * 12 + ["no"] * 2 + ["abstain"]


def table(source: str, rows: list[dict], lists: dict[str, list[str]]) -> SourceTable:
    """A source table: rows are roll-call fields (key required), lists the votes per key in STATES order."""
    rc = pd.DataFrame(rows)
    votes = pd.DataFrame([(key, state, vote) for key, vs in lists.items() for state, vote in zip(STATES, vs)
                          if vote], columns=["key", "iso3", "vote"])
    return SourceTable(source, Path(f"/synthetic/{source}"), rc, votes, rows_read=len(rc))


def row(key: str, symbol: str | None, date: str, counts=(12, 2, 1), **extra) -> dict:
    return {"key": key, "symbol": symbol, "source_symbol": symbol or extra.pop("source_symbol", key),
            "date": pd.Timestamp(date), "kind": "resolution", "title": extra.pop("title", "A test"),
            "yes": counts[0], "no": counts[1], "abstain": counts[2], **extra}


def merges(record) -> pd.DataFrame:
    return record.integrity[record.integrity["check"] == "same roll call stored twice"]


def test_a_repeated_line_is_one_roll_call():
    unxml = table("unxml", [row("A/RES/79/266", "A/RES/79/266", "2025-03-04"),
                            row("A/RES/79/266#2", "A/RES/79/266", "2025-03-04")],
                  {"A/RES/79/266": VOTES, "A/RES/79/266#2": VOTES})
    record = reconcile([unxml])
    assert len(record.roll_calls) == 1
    assert record.roll_calls[["yes", "no", "abstain"]].iloc[0].tolist() == [12, 2, 1]
    merged = merges(record)
    assert len(merged) == 1 and merged["rule"].iloc[0].startswith("merged (same symbol)")
    kept = int(record.roll_calls["rcid"].iloc[0])
    assert merged["rcid"].iloc[0] == kept and str(kept) not in merged["other_value"].iloc[0]
    assert set(record.links["rcid"]) == {kept} and len(record.links) == 2  # both lines point at it


def test_parts_a_and_b_spelled_together_are_the_vote_on_either():
    """Voeten records the vote on 61/128 B twice, as R/61/128B and R/61/128AB, with one list: one roll call.
    Two different parts with one list (42/70 A, 42/70 B) stay two."""
    voeten = table("unvotes", [row("4706", "A/RES/61/128B", "2006-12-14", rcid=4706),
                               row("4713", "A/RES/61/128AB", "2006-12-14", rcid=4713),
                               row("900", "A/RES/42/70A", "1987-11-30", rcid=900),
                               row("901", "A/RES/42/70B", "1987-11-30", rcid=901)],
                   {"4706": VOTES, "4713": VOTES, "900": VOTES, "901": VOTES})
    record = reconcile([voeten])
    assert sorted(record.roll_calls["rcid"]) == [900, 901, 4706]
    assert merges(record)[["rcid", "other_value"]].values.tolist() == [[4706, "rcid 4713 (A/RES/61/128AB), 100% alike"]]


def test_a_symbol_less_row_with_the_same_list_joins_the_resolution():
    unxml = table("unxml", [row("A/RES/76/10", "A/RES/76/10", "2021-12-01", draft="A/76/L.14")],
                  {"A/RES/76/10": VOTES})
    scrape = table("undl_scrape", [row("t1", "A/RES/76/10", "2021-12-01"),
                                   row("t2", None, "2021-12-01", source_symbol="A/76/L.14", draft="A/76/L.14"),
                                   row("t3", None, "2021-12-01", source_symbol="A/76/L.14", draft="A/76/L.14")],
                   {"t1": VOTES, "t2": VOTES, "t3": VOTES})
    record = reconcile([unxml, scrape])
    assert len(record.roll_calls) == 1
    rc = record.roll_calls.iloc[0]
    assert (rc["symbol"], rc["draft"], rc["source_symbol"]) == ("A/RES/76/10", "A/76/L.14", "A/RES/76/10")
    assert len(merges(record)) == 2


def test_symbol_less_rows_pair_one_to_one_by_title():
    """Voeten's rows and the Digital Library's of several votes with one list: each is paired once."""
    scrape = table("undl_scrape", [row("s1", None, "1946-12-13", title="Trusteeship [New Guinea]"),
                                   row("s2", None, "1946-12-13", title="Trusteeship [Western Samoa]")],
                   {"s1": VOTES, "s2": VOTES})
    voeten = table("unvotes", [row("27", None, "1946-12-06", rcid=27, title="WESTERN SAMOA TRUSTEESHIP"),
                               row("28", None, "1946-12-06", rcid=28, title="NEW GUINEA TRUSTEESHIP")],
                   {"27": VOTES, "28": VOTES})
    record = reconcile([voeten, scrape])
    assert sorted(record.roll_calls["rcid"]) == [27, 28]
    titles = dict(zip(record.roll_calls["rcid"], record.roll_calls["title"]))
    assert titles == {27: "Trusteeship [Western Samoa]", 28: "Trusteeship [New Guinea]"}


def test_separate_votes_with_one_list_stay_separate():
    """Two paragraph votes and two resolutions adopted by the same majority are four votes."""
    voeten = table("unvotes", [row("1", "A/RES/63/69", "2008-12-02", rcid=1, kind="paragraph"),
                               row("2", "A/RES/63/69", "2008-12-02", rcid=2, kind="paragraph")],
                   {"1": VOTES, "2": VOTES})
    unxml = table("unxml", [row("A/RES/80/137", "A/RES/80/137", "2025-12-15"),
                            row("A/RES/80/139", "A/RES/80/139", "2025-12-15")],
                  {"A/RES/80/137": VOTES, "A/RES/80/139": VOTES})
    record = reconcile([voeten, unxml])
    assert len(record.roll_calls) == 4 and merges(record).empty


def test_a_list_contradicting_its_tally_gives_way_to_one_that_matches():
    wrong = ["yes"] * 14 + ["abstain"]  # two states recorded yes that voted no
    unxml = table("unxml", [row("A/RES/75/1", "A/RES/75/1", "2020-11-05")], {"A/RES/75/1": wrong})
    scrape = table("undl_scrape", [row("t1", "A/RES/75/1", "2020-11-05")], {"t1": VOTES})
    record = reconcile([unxml, scrape])
    rc = record.roll_calls.iloc[0]
    assert (rc["yes"], rc["no"], rc["abstain"]) == (12, 2, 1)
    assert set(record.votes.loc[record.votes["iso3"] == "BLR", "source"].astype(str)) == {"undl_scrape"}
    switched = record.integrity[record.integrity["check"] == "source list contradicts published counts"]
    assert switched[["value", "source", "other_value", "other_source"]].values.tolist() == [
        ["12/2/1", "undl_scrape", "14/0/1", "unxml"]]
    assert pd.isna(rc["flags"])


def test_a_list_no_source_matches_is_flagged():
    unxml = table("unxml", [row("A/RES/75/1", "A/RES/75/1", "2020-11-05", counts=(11, 2, 1))], {"A/RES/75/1": VOTES})
    record = reconcile([unxml])
    assert record.roll_calls["flags"].iloc[0] == "counts"


def test_voeten_symbols_outside_their_sessions_range_are_not_stored():
    other = ["no"] * 5 + VOTES[5:]
    scrape = table("undl_scrape", [row("t1", "A/RES/376(V)", "1950-10-07"), row("t2", "A/RES/500(V)", "1951-05-18"),
                                   row("t3", "A/RES/377(V)[A-C]", "1950-11-03")],
                   {"t1": ["abstain"] * 15, "t2": ["abstain"] * 15, "t3": VOTES})
    voeten = table("unvotes", [row("252", "A/RES/347(V)", "1950-11-02", rcid=252), row("253", "A/RES/380(V)", "1950-11-02",
                                                                                       rcid=253)],
                   {"252": VOTES, "253": other})
    record = reconcile([voeten, scrape])
    by_rcid = record.roll_calls.set_index("rcid")
    assert by_rcid.loc[252, "symbol"] == "A/RES/377(V)[A-C]"  # linked to the Digital Library's row by its votes
    assert by_rcid.loc[253, "symbol"] == "A/RES/380(V)"
    demoted = record.integrity[record.integrity["check"] == "symbol outside its session's range"]
    assert demoted[["rcid", "value"]].values.tolist() == [[252, "A/RES/347(V)"]]
    assert checks.session_ranges([scrape]).loc[5, ["low", "high"]].tolist() == [376, 500]


def test_a_number_in_the_gap_between_sessions_is_kept_and_flagged():
    """No UN row records session 5's numbers below 376 or session 4's above 300: Voeten's 350 (V) may be
    either's. It is kept as the symbol and flagged; 250 (V), below session 4's own numbers, is demoted."""
    scrape = table("undl_scrape", [row("t1", "A/RES/290(IV)", "1949-11-21"), row("t2", "A/RES/300(IV)", "1949-12-01"),
                                   row("t3", "A/RES/376(V)", "1950-10-07"), row("t4", "A/RES/400(V)", "1950-11-20")],
                   {k: ["abstain"] * 15 for k in ("t1", "t2", "t3", "t4")})
    voeten = table("unvotes", [row("260", "A/RES/350(V)", "1950-10-20", rcid=260),
                               row("261", "A/RES/250(V)", "1950-10-21", rcid=261)],
                   {"260": VOTES, "261": ["no"] * 5 + VOTES[5:]})
    record = reconcile([voeten, scrape])
    by_rcid = record.roll_calls.set_index("rcid")
    assert by_rcid.loc[260, "symbol"] == "A/RES/350(V)" and pd.isna(by_rcid.loc[261, "symbol"])
    found = record.integrity[record.integrity["check"] == "symbol outside its session's range"].set_index("rcid")
    assert found.loc[260, "rule"].startswith("flagged: kept as the symbol, unverified")
    assert found.loc[260, "other_value"].startswith("outside the numbers the UN's sources record for session 5 (376-400)")
    assert found.loc[261, "rule"].startswith("not stored as the symbol")


def test_a_decision_number_is_not_stored_as_a_resolution_symbol():
    """From session 31 the Assembly's decisions are numbered from 301 in the session's series: Voeten's R/33/422
    (decision 33/422) is above session 33's resolutions in the UN's sources and is not stored as A/RES/33/422.
    A number above them but below 301 could be a resolution the UN rows lack: kept."""
    other = ["no"] * 5 + VOTES[5:]
    scrape = table("undl_scrape", [row("t1", "A/RES/33/206", "1978-12-05")], {"t1": VOTES})
    voeten = table("unvotes", [row("1890", "A/RES/33/422", "1978-12-05", rcid=1890),
                               row("1891", "A/RES/33/250", "1978-12-06", rcid=1891)], {"1890": other, "1891": other})
    record = reconcile([voeten, scrape])
    by_rcid = record.roll_calls.set_index("rcid")
    assert pd.isna(by_rcid.loc[1890, "symbol"]) and by_rcid.loc[1890, "source_symbol"] == "A/RES/33/422"
    assert by_rcid.loc[1891, "symbol"] == "A/RES/33/250"
    demoted = record.integrity[record.integrity["check"] == "symbol outside its session's range"]
    assert demoted[["rcid", "value"]].values.tolist() == [[1890, "A/RES/33/422"]]
    assert demoted["other_value"].iloc[0] == "a decision's number: the session's resolutions number up to 206, " \
                                             "its decisions from 301"
    assert checks.session_ceilings([scrape]) == {33: 206}


def test_a_date_outside_its_session_is_repaired_from_a_source_within_it():
    scrape = table("undl_scrape", [row("t1", "A/RES/37/46", "1980-12-03")], {"t1": VOTES})
    voeten = table("unvotes", [row("2451", "A/RES/37/46", "1982-12-02", rcid=2451)], {"2451": VOTES})
    record = reconcile([voeten, scrape])
    assert str(record.roll_calls["date"].iloc[0].date()) == "1982-12-02"
    repaired = record.integrity[record.integrity["check"] == "date repaired from another source"]
    assert repaired[["value", "other_value", "other_source"]].values.tolist() == [["1980-12-03", "1982-12-02", "unvotes"]]


def test_an_official_tally_replaces_wrong_published_counts_and_flags_the_list():
    scrape = table("undl_scrape", [row("t1", "A/RES/ES-10/6", "1999-02-09", counts=(15, 0, 0))], {"t1": ["yes"] * 15})
    official = pd.DataFrame({"symbol": ["A/RES/ES-10/6"], "date": [pd.Timestamp("1999-02-09")], "yes": [12],
                             "no": [2], "abstain": [1], "evidence": ["a press release, https://example.org"]})
    record = reconcile([scrape], official=official)
    rc = record.roll_calls.iloc[0]
    assert (rc["pub_yes"], rc["pub_no"], rc["pub_abstain"], rc["counts_source"]) == (12, 2, 1, "official")
    assert (rc["yes"], rc["flags"]) == (15, "counts")
    replaced = record.integrity[record.integrity["check"] == "published counts replaced by the official tally"]
    assert replaced[["value", "other_value", "rule"]].values.tolist() == [["12/2/1", "15/0/0", "a press release, https://example.org"]]

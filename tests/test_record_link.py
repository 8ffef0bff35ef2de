"""A source row linked by symbol to the roll call next to its own (docs/data.md, "A linking defect (fifteenth
round)"): the linking rule on a tiny synthetic record, the audit rule that finds the defect's signature, and the
repaired roll calls of the real record."""

from __future__ import annotations

from pathlib import Path

import duckdb
import pandas as pd

from unga.sources.base import SourceTable
from unga.store import audit_doubts
from unga.store.reconcile import reconcile
from unga.store.schema import SCHEMA

# Twenty states that were members in 1974.
STATES = ("USA", "FRA", "GBR", "CHN", "IND", "PAK", "BRA", "MEX", "EGY", "NGA",
          "CAN", "AUS", "JPN", "ITA", "ESP", "ARG", "CHL", "PER", "IRN", "TUR")
# Voeten's two parts of one resolution: his "A" is the vote the Digital Library files as "B" (18-1-1); his own "B"
# (20-0-0) is 90 % alike to it, enough for the old symbol rule (90 %), not for one list (97 %).
PART_A = dict(zip(STATES, ["yes"] * 18 + ["no", "abstain"]))
PART_B = dict(zip(STATES, ["yes"] * 20))


def _table(source: str, rows: list[tuple], lists: dict[str, dict]) -> SourceTable:
    frame = pd.DataFrame([{"key": k, "rcid": r, "session": 29, "date": d, "symbol": s, "source_symbol": s,
                           "title": "A test", "kind": "resolution", "yes": c[0], "no": c[1], "abstain": c[2]}
                          for k, r, d, s, c in rows])
    votes = pd.DataFrame([(k, iso3, v) for k, votes in lists.items() for iso3, v in votes.items()],
                         columns=["key", "iso3", "vote"])
    return SourceTable(source, Path(f"{source}.test"), frame, votes, len(frame))


def _record():
    voeten = _table("unvotes", [("v1", 1566, "1974-12-02", "A/RES/3324(XXIX)[A]", (18, 1, 1)),
                                ("v2", 1567, "1974-12-02", "A/RES/3324(XXIX)[B]", (20, 0, 0))],
                    {"v1": PART_A, "v2": PART_B})
    library = _table("undl_scrape", [("d1", None, "1974-12-16", "A/RES/3324(XXIX)[B]", (18, 1, 1))], {"d1": PART_A})
    return reconcile([voeten, library])


def test_a_symbol_match_with_another_list_moves_to_the_roll_call_whose_list_it_is() -> None:
    record = _record()
    links = record.links[record.links["source"] == "undl_scrape"]
    assert links["rcid"].tolist() == [1566]  # not 1567, the roll call of its symbol
    votes = record.votes.pivot(index="rcid", columns="iso3", values="vote")
    assert (votes.loc[1567, list(STATES)] == "yes").all()  # Voeten's own 20-0-0 list stays on its roll call
    assert votes.loc[1566, "IRN"] == "no" and votes.loc[1566, "TUR"] == "abstain"
    rc = record.roll_calls.set_index("rcid")
    assert rc.loc[1566, "symbol"] == "A/RES/3324(XXIX)[B]" and str(rc.loc[1566, "date"])[:10] == "1974-12-16"
    assert (rc.loc[1567, ["yes", "no", "abstain"]].tolist()) == [20, 0, 0]
    moved = record.integrity[record.integrity["check"] == "symbol match with another vote list"]
    assert moved[["rcid", "value", "source", "other_value"]].values.tolist() == [
        [1566, "1.000 alike", "undl_scrape", "rcid 1567, 0.900 alike"]]
    assert moved["rule"].iloc[0].startswith("linked to Voeten's neighbouring roll call whose list is alike")


def test_a_symbol_match_without_a_better_neighbour_stays_and_is_recorded() -> None:
    voeten = _table("unvotes", [("v2", 1567, "1974-12-02", "A/RES/3324(XXIX)[B]", (20, 0, 0))], {"v2": PART_B})
    library = _table("undl_scrape", [("d1", None, "1974-12-16", "A/RES/3324(XXIX)[B]", (18, 1, 1))], {"d1": PART_A})
    record = reconcile([voeten, library])
    assert record.links[record.links["source"] == "undl_scrape"]["rcid"].tolist() == [1567]
    moved = record.integrity[record.integrity["check"] == "symbol match with another vote list"]
    assert moved[["rcid", "value"]].values.tolist() == [[1567, "0.900 alike"]]
    assert moved["rule"].iloc[0].startswith("kept: no neighbouring roll call's list is alike")


def test_a_roll_call_an_official_text_names_keeps_its_row() -> None:
    """official_resolutions.csv names Voeten's 1567 as the adoption of the symbol (his vote on the whole, as 386 (V)):
    the Digital Library's row stays on it, though his 1566 (a paragraph voted just before) has the row's very list."""
    voeten = _table("unvotes", [("v1", 1566, "1974-12-02", "A/RES/3324(XXIX)[A]", (18, 1, 1)),
                                ("v2", 1567, "1974-12-02", "A/RES/3324(XXIX)[B]", (20, 0, 0))],
                    {"v1": PART_A, "v2": PART_B})
    library = _table("undl_scrape", [("d1", None, "1974-12-16", "A/RES/3324(XXIX)[B]", (18, 1, 1))], {"d1": PART_A})
    named = pd.DataFrame({"symbol": ["A/RES/3324(XXIX)[B]"], "date": [pd.Timestamp("1974-12-16")],
                          "title": ["A test"], "evidence": ["a test"], "rcid": pd.array([1567], dtype="Int64")})
    record = reconcile([voeten, library], resolutions=named)
    assert record.links[record.links["source"] == "undl_scrape"]["rcid"].tolist() == [1567]
    moved = record.integrity[record.integrity["check"] == "symbol match with another vote list"]
    assert moved[["rcid", "value"]].values.tolist() == [[1567, "0.900 alike"]]
    assert moved["rule"].iloc[0].startswith("kept: official_resolutions.csv names this roll call")


def test_the_audit_finds_one_list_on_two_roll_calls(tmp_path: Path) -> None:
    con = duckdb.connect(str(tmp_path / "unga.duckdb"))
    con.execute(SCHEMA)
    con.executemany("INSERT INTO roll_calls (rcid, session, date, year, symbol) VALUES (?, 29, ?, 1974, ?)",
                    [(1566, "1974-12-02", "A/RES/3324(XXIX)[A]"), (1567, "1974-12-16", "A/RES/3324(XXIX)[B]"),
                     (1568, "1974-12-16", "A/RES/3324(XXIX)[C]"), (1600, "1974-12-17", "A/RES/3330(XXIX)")])
    same = [(r, s, v) for r in (1566, 1567) for s, v in PART_A.items()]
    con.executemany("INSERT INTO votes (rcid, iso3, vote, source) VALUES (?, ?, ?, 'test')",
                    same + [(r, s, v) for r in (1568, 1600) for s, v in PART_B.items()])
    # 1567's sources differ by 10 votes and its list is 1566's: the finding. 1568's list is 1600's too, but its
    # sources differ by 4 votes only (not the defect's size): no finding.
    con.executemany("""INSERT INTO integrity (rcid, "check", value, source, other_value, other_source) VALUES
                       (?, 'source lists differ from published counts', ?, 'unvotes', ?, 'undl_scrape')""",
                    [(1567, "26/0/0", "18/1/1"), (1568, "18/1/1", "20/0/0")])
    found = audit_doubts.shared_lists(con)
    assert found["rcid"].tolist() == [1567]
    assert found["detail"][0] == ("stored list (undl_scrape, 18/1/1) is also the list of rcid 1566 "
                                  "(A/RES/3324(XXIX)[A], 1974-12-02); unvotes listed 26/0/0 here")


def test_the_real_record_stores_each_list_once(built_store: Path) -> None:
    con = duckdb.connect(str(built_store), read_only=True)
    rc = {r[0]: r[1:] for r in con.execute("SELECT rcid, symbol, date::VARCHAR, yes, no, abstain, kind FROM roll_calls "
                                            "WHERE rcid BETWEEN 872 AND 1568").fetchall()}
    # Voeten's 3324 (XXIX) A is the Digital Library's B, his B its C, his C its D; each list once.
    assert rc[1566] == ("A/RES/3324(XXIX)[B]", "1974-12-16", 109, 1, 9, "resolution")
    assert rc[1567] == ("A/RES/3324(XXIX)[C]", "1974-12-16", 118, 0, 2, "resolution")
    assert rc[1568] == ("A/RES/3324(XXIX)[D]", "1974-12-16", 111, 0, 10, "resolution")
    assert rc[872][:2] == ("A/RES/1978(XVIII)[B]", "1963-12-16") and rc[873][0] == "A/RES/1979(XVIII)"
    assert rc[1278][:2] == ("A/RES/2874(XXVI)", "1971-12-20") and rc[1279][0] == "A/RES/2873(XXVI)"
    assert rc[1516][0] == "A/RES/3261(XXIX)[D]" and rc[1512][5] == "paragraph"  # his own 112-1-15 list back
    assert rc[1512][2:5] == (112, 1, 15)
    assert (rc[1466][0], rc[1467][0]) == ("A/RES/3117(XXVIII)", "A/RES/3118(XXVIII)")
    found = audit_doubts.shared_lists(con)
    assert found["rcid"].tolist() == [3898]  # 50/38 B: twelve sections of one vote (docs/data.md)
    moved = con.execute("""SELECT count(*), count(*) FILTER (WHERE rule LIKE 'kept%') FROM integrity
                           WHERE "check" = 'symbol match with another vote list'""").fetchone()
    # (27, 6) -> (19, 7) after branch recordaudit10: the rows of 2775 (XXVI), 2825 B, 2827 B (XXVI) and 3261 D (XXIX) link
    # by the symbols official_resolutions.csv gives Voeten's roll calls, no longer moved by their lists; 386 (V) is kept
    # on the roll call the file names (rcid 255, 97 % alike less Israel and Lebanon), a new "kept" row
    assert moved == (19, 7)
    con.close()

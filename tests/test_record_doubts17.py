"""The seventeenth round's repairs of the record (branch recordaudit12; docs/data.md, "Doubts settled in the
seventeenth round"): a vote one source stores twice with lists that differ, merged where an official text says so
(src/unga/data/official_same_votes.csv), and the merge rule that keeps the adoption an official text names apart from
the same source's paragraph vote. Synthetic sources show each rule; the real store shows the repaired votes."""

from __future__ import annotations

import pandas as pd
import pytest

from unga import api, symbols
from unga.errors import SourceError
from unga.sources import corrections
from unga.store.reconcile import reconcile
from tests.test_record_merge import STATES, VOTES, merges, row, table

# the second copy of a vote: the 13th state abstains instead of voting no, the 15th is not listed
OTHER = VOTES[:12] + ["abstain", "no", None]


def _twice() -> list:
    """Voeten's two rows of one vote (rcids 10 and 11, one symbol, one day) with lists that differ on two states."""
    return [table("unvotes", [row("10", "A/RES/61/232", "2006-12-22", rcid=10),
                              row("11", "A/RES/61/232", "2006-12-22", counts=(12, 1, 1), rcid=11,
                                  title="We shall now take a decision on draft resolution II")],
                  {"10": VOTES, "11": OTHER})]


def _pairs(rcid: int = 11, kept: int = 10) -> pd.DataFrame:
    return pd.DataFrame({"rcid": [rcid], "kept": [kept], "evidence": ["A mission's telegram: one vote, 12-2-1"]})


def test_a_vote_stored_twice_with_lists_that_differ_stays_two_roll_calls_without_an_official_text():
    record = reconcile(_twice())
    assert sorted(record.roll_calls["rcid"]) == [10, 11]
    assert merges(record).empty


def test_official_same_votes_merge_the_pair_keeping_the_named_list_whole():
    record = reconcile(_twice(), same_votes=_pairs())
    assert record.roll_calls["rcid"].tolist() == [10]
    assert record.roll_calls[["yes", "no", "abstain"]].iloc[0].tolist() == [12, 2, 1]
    votes = record.votes.set_index("iso3")["vote"].astype(str)
    assert (votes[STATES[12]], votes[STATES[14]]) == ("no", "abstain")  # rcid 10's, not 11's
    merged = merges(record)
    assert merged[["rcid", "value"]].values.tolist() == [[10, "rcid 10"]]
    assert merged["other_value"].iloc[0] == "rcid 11 (A/RES/61/232), its list set aside"
    assert merged["rule"].iloc[0] == "merged (official_same_votes.csv): A mission's telegram: one vote, 12-2-1"
    assert set(record.links["rcid"]) == {10} and len(record.links) == 2  # both of Voeten's rows point at it
    # the list set aside is gone whole: no state's vote of rcid 11 disagrees with rcid 10's in the integrity table
    assert record.integrity[record.integrity["check"] == "vote differs between sources"].empty


def test_a_pair_whose_roll_calls_are_not_both_read_changes_nothing():
    record = reconcile(_twice(), same_votes=_pairs(rcid=11, kept=99))
    assert sorted(record.roll_calls["rcid"]) == [10, 11]


def test_the_adoption_an_official_text_names_stays_apart_from_the_same_sources_paragraph_vote():
    """Voeten's "remaining paragraphs" (a paragraph vote) and his vote on the draft as a whole share one list; the
    Digital Library records the resolution. Named by official_resolutions.csv, the vote on the whole takes the
    Digital Library's row and the paragraph vote stays its own roll call; without the name, the row merges into
    the paragraph vote (whole and part, one list)."""
    voeten = table("unvotes", [row("146", "A/RES/60/5B", "2005-10-20", rcid=146, kind="paragraph"),
                               row("147", "A/RES/60/5C", "2005-10-20", rcid=147)],
                   {"146": VOTES, "147": VOTES})
    undl = table("undl_scrape", [row("d1", "A/RES/60/5", "2005-10-21", title="The resolution")], {"d1": VOTES})
    named = pd.DataFrame({"symbol": [symbols.parse("A/RES/60/5")], "date": [pd.Timestamp("2005-10-21")],
                          "title": ["The resolution"], "evidence": ["A printed account of the session"],
                          "rcid": pd.array([147], dtype="Int64")})
    record = reconcile([voeten, undl], resolutions=named)
    rc = record.roll_calls.set_index("rcid")
    assert sorted(rc.index) == [146, 147]
    assert rc.at[147, "symbol"] == "A/RES/60/5" and "undl_scrape" in rc.at[147, "sources"]
    assert rc.at[146, "kind"] == "paragraph" and rc.at[146, "sources"] == "unvotes"
    assert merges(record).empty
    unnamed = reconcile([voeten, undl])
    assert len(unnamed.roll_calls) == 2 and len(merges(unnamed)) == 1


def test_an_unreadable_official_same_votes_row_names_its_row(tmp_path):
    path = tmp_path / "official_same_votes.csv"
    path.write_text("rcid,kept,evidence\n5804,4749,a telegram\n5804,5804,the same roll call\n")
    with pytest.raises(SourceError, match="row 3"):
        corrections.read_same_votes(path)
    path.write_text("rcid,kept,evidence\nrcid:5804,4749,a telegram\n")
    assert corrections.read_same_votes(path)[["rcid", "kept"]].values.tolist() == [[5804, 4749]]


# ---- the real store -------------------------------------------------------------------------------------------

def _row(con, rcid: int) -> tuple | None:
    return con.execute("SELECT CAST(date AS VARCHAR), symbol, kind, yes, no, abstain FROM roll_calls WHERE rcid = ?",
                       [rcid]).fetchone()


def test_61_232_is_one_roll_call_with_the_uns_list(con):
    """USUN 2291: the Myanmar resolution passed 82-25-45 and no no-action motion was moved in the plenary; Voeten's
    2021 row 5804 (79-26-48, its title the verbatim record's announcement of the vote) is the same vote coded again
    with four states otherwise. official_same_votes.csv merges it into rcid 4749, whose list is the UN's."""
    assert _row(con, 5804) is None
    assert _row(con, 4749) == ("2006-12-22", "A/RES/61/232", "resolution", 82, 25, 45)
    tally = api.tally("61/232")
    assert (tally.votes["AGO"], tally.votes["KWT"], tally.votes["ERI"], tally.votes["MMR"]) == \
        ("yes", "yes", "absent", "no")
    logged = con.execute("""SELECT other_value, rule FROM integrity WHERE rcid = 4749
                            AND "check" = 'same roll call stored twice'""").fetchall()
    assert logged[0][0] == "rcid 5804 (R/61/232), its list set aside" and "USUN New York 2291" in logged[0][1]
    links = con.execute("SELECT key FROM links WHERE rcid = 4749 AND source = 'unvotes' ORDER BY key").fetchall()
    assert [k for (k,) in links] == ["un_votes.rda::4749", "un_votes.rda::5804"]
    provenance = con.execute("SELECT count(*) FROM provenance WHERE source = 'official_same_votes'").fetchone()[0]
    assert provenance == 1


def test_272_iii_is_adopted_at_rcid_147_and_146_stays_its_paragraph_vote(con):
    """FRUS 1949 vol. V, notes 143 and 162: 272 (III) was adopted on 30 April 1949. Voeten's rcid 147, the vote on the
    Ad Hoc Political Committee's draft as a whole, is named its adoption (official_resolutions.csv); his rcid 146, the
    vote on the remaining paragraphs with the same list (34-6-9), stays a paragraph vote instead of taking the
    Digital Library's row."""
    assert _row(con, 147) == ("1949-04-30", "A/RES/272(III)", "resolution", 34, 6, 9)
    assert _row(con, 146) == ("1949-04-30", "A/RES/272(III)[B]", "paragraph", 34, 6, 9)
    assert _row(con, 145)[2] == "paragraph"
    sources = con.execute("SELECT sources FROM roll_calls WHERE rcid = 147").fetchone()[0]
    assert sources.split(",")[0] == "undl_scrape"
    tally = api.tally("272 (III)")
    assert [tally.counts[v] for v in ("yes", "no", "abstain")] == [34, 6, 9] and tally.votes["USA"] == "yes"
    assert not con.execute("""SELECT count(*) FROM integrity WHERE rcid = 146
                              AND "check" = 'same roll call stored twice'""").fetchone()[0]

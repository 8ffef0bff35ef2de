"""The record read in the twenty-sixth round (branch rec27; docs/data.md, "Doubts settled in the twenty-sixth round").
holdout28's doubts: the Soviet China draft of 30 October 1962 (rcid 808) was defeated 42-56-12 with the United Arab
Republic in favour (FRUS 1961-63 vol. XXV, documents 230 and 274); the first special session's vote of 1 May 1947 on
the Arab States' agenda item (rcid 9001) was 15-24-10 with Poland abstaining (a delegation's report and a news bulletin
of the day). 39/11 (1984) keeps Greece abstaining. The values on the store built from the real files; the claims are
sentences of our own."""

from __future__ import annotations

from datetime import date

from unga import api


def _found(text: str, day: date) -> list[tuple]:
    return [(c["kind"], c.get("state"), c["verdict"]) for c in api.check_text(text, published=day).claims]


def _stored(con, rcid: int) -> tuple:
    return con.execute("SELECT CAST(date AS VARCHAR), yes, no, abstain, pub_yes, pub_no, pub_abstain FROM roll_calls "
                       "WHERE rcid = ?", [rcid]).fetchone()


def _vote(con, rcid: int, iso3: str) -> str:
    return con.execute("SELECT vote FROM votes WHERE rcid = ? AND iso3 = ?", [rcid, iso3]).fetchone()[0]


def _logged(con, rcid: int) -> set[str]:
    return {row[0] for row in con.execute('SELECT "check" FROM integrity WHERE rcid = ?', [rcid]).fetchall()}


def test_the_1962_china_vote_holds_the_united_arab_republics_vote(con, built_store):
    assert _stored(con, 808) == ("1962-10-30", 42, 56, 12, 42, 56, 12)
    assert _vote(con, 808, "EGY") == "yes"
    assert con.execute("SELECT count(*) FROM votes WHERE rcid = 808 AND vote = 'absent'").fetchone()[0] == 0
    assert {"vote corrected by unga", "published counts replaced by the official tally"} <= _logged(con, 808)
    found = _found("On 30 October 1962 the General Assembly again declined to seat the People's Republic of China: the "
                   "Soviet draft had 42 votes in favour, 56 against and 12 abstentions. The United Arab Republic voted "
                   "for it.", date(1962, 11, 2))
    assert found == [("tally", None, "supported"), ("position", "EGY", "supported")]


def test_the_1947_agenda_vote_has_poland_abstaining_on_1_may(con, built_store):
    assert _stored(con, 9001) == ("1947-05-01", 15, 24, 10, 15, 24, 10)
    assert _vote(con, 9001, "POL") == "abstain" and _vote(con, 9001, "CSK") == "abstain"
    assert {"vote corrected by unga", "published counts replaced by the official tally",
            "date replaced by the official date"} <= _logged(con, 9001)
    found = _found("On 1 May 1947 the Palestine session voted on adding the Arab States' item on ending the mandate "
                   "to its agenda: 15 in favour, 24 against and 10 abstaining. Poland abstained.", date(1947, 5, 3))
    assert found == [("tally", None, "supported"), ("position", "POL", "supported")]


def test_greece_still_abstains_on_the_right_of_peoples_to_peace(con, built_store):
    """Left as recorded: the UN's list and Voeten's both have Greece among the 34 abstaining (92-0-34)."""
    rcid = con.execute("SELECT rcid FROM roll_calls WHERE symbol = 'A/RES/39/11'").fetchone()[0]
    assert _stored(con, rcid)[1:4] == (92, 0, 34) and _vote(con, rcid, "GRC") == "abstain"
    found = _found("In November 1984 the Assembly declared peace a right of peoples, 92 to 0 with 34 abstentions; "
                   "Greece voted in favour.", date(1984, 11, 14))
    assert found == [("tally", None, "supported"), ("position", "GRC", "contradicted")]

"""Roll calls dated out of Voeten's sequence (branch dates, twenty-ninth round; docs/data.md, "Roll calls dated out of
their sequence"). His rcids run in the order of the votes, yet some roll calls only he dates fall days or weeks before
both neighbours, most on a day of one digit (his 4 December 1950 for a vote after the 14th). The audit lists them
(advisory rule "date out of sequence"); those a lost tens digit explains are filed as dates in doubt
(src/unga/data/vote_doubts.csv, a span of days for other_vote): the stored day stays, the tally warns. The values on
the store built from the real files."""

from __future__ import annotations

from datetime import date

from unga import api

FILED = [45, 51, 104, 177, 288, 342, 343, 344, 364, 434, 489, 578, 680, 824, 980, 1070, 1115, 1120, 1545]
LISTED_ONLY = [497, 646, 1315, 1424, 1529]  # no day with a tens digit added lies between the neighbours


def test_the_audit_lists_every_roll_call_out_of_sequence_and_flags_those_filed(built_store) -> None:
    # 21 single roll calls (the branch dates); the lead's runs of one day (342-344 of 1952, 139-142 of 1949 …) make 66
    rule = api.audit(examples=100).rule("date out of sequence")
    assert (rule["status"], rule["found"], rule["flagged"]) == ("doubt", 66, 19)
    listed = {e["rcid"] for e in rule["examples"]}
    assert set(FILED + LISTED_ONLY + [139, 140, 141, 142]) <= listed and not listed & {5921, 5980}  # no long day's list
    assert {e["rcid"] for e in rule["examples"] if e["flagged"]} == set(FILED)


def test_the_jerusalem_draft_of_1950_keeps_its_day_and_the_tally_warns(con, built_store) -> None:
    """rcid 288, the Committee's Jerusalem draft that failed 30-18-9: Voeten's 4 December, after 497 (V) of the 14th in
    his sequence; JTA reports the Committee's vote on the draft in its bulletin of 14 December."""
    assert con.execute("SELECT date::DATE FROM roll_calls WHERE rcid = 288").fetchone()[0] == date(1950, 12, 4)
    logged = con.execute("""SELECT value, other_value, other_source FROM integrity
                            WHERE rcid = 288 AND "check" = 'date in doubt'""").fetchall()
    assert logged == [("1950-12-04", "1950-12-14..1951-02-01", "JTA, 14 December 1950")]
    assert "the date is in doubt: the record has 1950-12-04; JTA, 14 December 1950 gives 1950-12-14..1951-02-01" in \
        api.tally("rcid:288").warnings


def test_no_filed_day_is_moved(con, built_store) -> None:
    """A date in doubt is not a repair: each filed roll call keeps the day its sources give."""
    rows = con.execute("""SELECT i.rcid, i.value, r.date::DATE::VARCHAR FROM integrity i JOIN roll_calls r USING (rcid)
                          WHERE i."check" = 'date in doubt'""").fetchall()
    assert sorted(r[0] for r in rows) == FILED and all(value == day for _, value, day in rows)

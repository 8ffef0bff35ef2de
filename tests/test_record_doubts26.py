"""The record read in the twenty-fifth round (branch rec26; docs/data.md, "Doubts settled in the twenty-fifth round").
The vote of 3 December 2025 on the return of Ukrainian children is known from the UN's release GA/12738 (counts, no
state named) and answers by its draft; resolution 53/155 (the right to development) was adopted on 9 December 1998, as
the record has it (GA/9532), not on the 10th. The values on the store built from the real files; the claims are
sentences of our own."""

from __future__ import annotations

from datetime import date

import pytest

from unga import api
from unga.errors import NotInRecord
from unga.results import OfficialTally


def _found(text: str, day: date) -> list[tuple]:
    return [(c["kind"], c.get("state"), c["verdict"], c["resolution"]) for c in api.check_text(text, published=day).claims]


def test_the_return_of_ukrainian_children_answers_by_its_draft(built_store):
    result = api.tally("A/ES-11/L.16/Rev.1")
    assert isinstance(result, OfficialTally) and str(result.date) == "2025-12-03"
    assert result.counts == {"yes": 91, "no": 12, "abstain": 57} and result.votes == {} and result.complete == []
    assert "press.un.org/en/2025/ga12738" in result.provenance and "names no state's vote" in result.unknown
    assert api._con().execute("SELECT count(*) FROM roll_calls WHERE title ILIKE '%Ukrainian children%'"
                              ).fetchone()[0] == 0  # no source's roll call: the release is the answer
    with pytest.raises(NotInRecord):
        api.tally("ES-11/9")  # no stored UN page gives the draft its resolution number


def test_the_checker_judges_the_childrens_vote_on_the_release(built_store):
    found = _found("On 3 December 2025 the General Assembly called for the return of the Ukrainian children taken "
                   "to Russia, with 91 states in favour, 12 against and 57 abstaining. Belarus voted against.",
                   date(2025, 12, 4))
    assert found == [("tally", None, "supported", "A/ES-11/L.16/REV.1"),
                     ("position", "BLR", "unverifiable", "A/ES-11/L.16/REV.1")]  # the release names no state
    assert _found("Draft A/ES-11/L.16/Rev.1 passed by 91 to 12, with 57 abstentions.", date(2025, 12, 4)) == [
        ("tally", None, "supported", "A/ES-11/L.16/REV.1")]


def test_the_right_to_development_was_adopted_on_9_december_1998(con, built_store):
    """GA/9532, dated 9 December 1998: the Assembly adopted the Third Committee's right-to-development text that
    afternoon, 125-1-42, the United States against; a report of the next day puts the vote on the 10th."""
    row = con.execute("SELECT rcid, CAST(date AS VARCHAR), yes, no, abstain FROM roll_calls "
                      "WHERE symbol = 'A/RES/53/155'").fetchone()
    assert row == (4162, "1998-12-09", 125, 1, 42)
    assert con.execute("SELECT vote FROM votes WHERE rcid = 4162 AND iso3 = 'USA'").fetchone() == ("no",)
    for day in ("9", "10"):
        found = _found(f"On {day} December 1998 the General Assembly reaffirmed the right to development by 125 votes "
                       "to 1, with 42 abstentions; the United States cast the only vote against.", date(1998, 12, 11))
        assert found[0] == ("tally", None, "supported", "A/RES/53/155")

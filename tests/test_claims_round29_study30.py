"""Twenty-ninth round (issue 9, branch study30): holdout30's English texts, first half. Sentences of our own, each
with its trap.

The record: A/RES/ES-11/1 of 2 March 2022 (aggression against Ukraine, 141-5-35)."""

from __future__ import annotations

from fixtures import ES11_1_DAY, ES11_1_LEAD, checked_claims


def _counts(text: str) -> set[tuple]:
    return {(c["asserted"]["field"], c["asserted"]["value"], c["verdict"])
            for c in checked_claims(ES11_1_LEAD + text, ES11_1_DAY) if c["kind"] == "count"}


# holdout30 aj11: the count a vote "would have" had, had some delegations voted as they meant to, was judged as the
# count the vote had, and called false
def test_a_count_that_would_have_been_is_not_the_vote(built_store):
    got = _counts("The text drew 141 votes in favour. Had four delegations voted as they meant to, the right count "
                  "would have been 137 in favour, but the record shows 141.")
    assert got == {("yes", 141, "supported")}
    got = _counts("The text drew 139 votes in favour. The proper tally should have been 141 in favour.")
    assert got == {("yes", 139, "contradicted")}  # the stated count is still judged; the one it should have been is not
    assert not checked_claims(ES11_1_LEAD + "Without the late switches the vote could have been 137 to 9.", ES11_1_DAY)

"""Twenty-eighth round (issue 9, branch study29): holdout29's committee figures told beside the plenary's, in a list
of resolutions with their votes. Sentences of our own, each with its trap.

The record: A/RES/72/240 of 20 December 2017 (natural resources in the occupied territories, 163-6-11; Australia,
Mexico and Cameroon among the abstainers); A/RES/72/160 of 19 December 2017 (Palestinian self-determination,
176-7-4; Cameroon and Honduras among the four abstainers, Australia and Mexico in favour)."""

from __future__ import annotations

from datetime import date

from fixtures import checked_claims

from unga.claims import scope, text

DAY = date(2018, 1, 10)

# a tracker of one state's votes: each item a resolution, its committee figures, then the plenary's; the first item's
# symbol is one the record does not hold (a slip), the second's is the record's
TRACKER = ("Our tracker of Ottawa's votes, 2017\n"
           "1. “Palestinian sovereignty over natural resources” (A/RES/72/40):\n"
           "{heading}\n"
           "- 6 No (United States, Canada, Israel)\n"
           "- 11 Abstain (Cameroon, Australia)\n"
           "Plenary vote:\n"
           "- 6 No (Israel, United States, Canada)\n"
           "- 11 Abstain (Mexico, Australia, Cameroon)\n"
           "2. “Self-determination of the Palestinian people” (A/RES/72/160):\n"
           "Plenary vote:\n"
           "- 4 Abstain (Honduras, Cameroon)\n")


def _claims(heading="Vote in committee:"):
    body = TRACKER.format(heading=heading)
    committee_ends = body.index("Plenary vote:")
    return [c for c in checked_claims(body, DAY)], committee_ends


# holdout29 ah02: a committee's figures under a heading of their own, before the plenary's, were judged on a plenary
# roll call (the committee's abstentions called false there)
def test_a_committee_s_figures_under_their_heading_are_not_the_plenary_s(built_store):
    for heading in ("Vote in committee:", "Committee vote:", "In the Second Committee:"):
        claims, committee_ends = _claims(heading)
        told = [c for c in claims if c["span"][0] < committee_ends]
        assert told and all(c["resolution"] is None and c["verdict"] == "unverifiable" for c in told), heading


# trap: "Plenary vote:" ends the committee's stretch; the second item's lines are its own resolution's
def test_the_plenary_heading_ends_the_committee_s_stretch(built_store):
    claims, _ = _claims()
    rows = {(c["span"][0] > 300, c["kind"], c.get("state")): (c["resolution"], c["verdict"]) for c in claims}
    assert rows[(True, "count", None)] == ("A/RES/72/160", "supported")
    assert rows[(True, "position", "HND")] == ("A/RES/72/160", "supported")
    assert rows[(False, "position", "ISR")][1] == "supported"


# the first item's last line, with no full stop, ran on into the second item's heading and took its symbol
def test_a_numbered_item_opens_a_sentence_of_its_own():
    body = "- 11 Abstain (Mexico, Australia, Cameroon)\n2. “Self-determination of the Palestinian people” (A/RES/72/160):"
    assert [s for _, _, s in text.sentences(body)] == [
        "- 11 Abstain (Mexico, Australia, Cameroon)", "2. “Self-determination of the Palestinian people” (A/RES/72/160):"]
    # trap: a number that ends a line of running prose is no item ("… adopted in\n2017. The vote …" stays joined)
    assert len(text.sentences("It was first adopted in\n2. The vote was close.")) == 1


# a list whose count on its side is not the roll call's: Australia and Mexico abstained on 72/240 and voted yes on
# 72/160; counted 11 on a vote with 4 abstentions, the list is never called false there
def test_a_list_whose_count_is_not_the_vote_s_is_never_called_false(built_store):
    claims, _ = _claims()
    assert not [c for c in claims if c["verdict"] == "contradicted"]


# trap: a body's full name before a colon is no heading; a committee's heading does open the stretch
def test_a_committee_heading_is_a_heading_not_a_body_s_name():
    assert scope.in_committee(["Committee vote:\n- 6 No (Canada, Israel)", "- 9 Abstain (Mexico)",
                               "Plenary vote:\n- 7 No (Canada, Israel)"], set()) == {0, 1}
    assert scope.in_committee(["Report of the Committee on Contributions: 12 members", "- 9 Abstain (Mexico)"],
                              set()) == set()

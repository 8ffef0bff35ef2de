"""Thirtieth round (issue 9, branch study31): holdout31's English texts, first half. Sentences of our own, each with
its trap.

The record: A/RES/ES-11/1 of 2 March 2022 (aggression against Ukraine, 141-5-35, 12 absent; against: Belarus, Eritrea,
North Korea, Russia, Syria; China, India, Pakistan and Sri Lanka among the abstainers)."""

from __future__ import annotations

from fixtures import ES11_1_DAY, ES11_1_LEAD, checked_claims


def _rows(text: str, lead: str = ES11_1_LEAD) -> set[tuple]:
    return {(c["kind"], c["state"], c["asserted"].get("vote") or c["asserted"].get("field"),
             c["asserted"].get("value"), c["verdict"]) for c in checked_claims(lead + text, ES11_1_DAY)}


# holdout31 al13: a delegate's summary, a line a side, each count followed by its states in a bracket
def test_a_labelled_count_with_its_states_in_brackets(built_store):
    got = _rows("The result was:\n\nIn favour: 141\nNegative: 5 (Belarus, Eritrea, North Korea, Russia, Syria)\n"
                "Abstain: 35 (China, India, Pakistan)\n\nThe delegates applauded.")
    assert ("count", None, "no", 5, "supported") in got
    assert ("count", None, "abstain", 35, "supported") in got
    assert {("position", s, "no", None, "supported") for s in ("BLR", "ERI", "PRK", "RUS", "SYR")} <= got
    assert {("position", s, "abstain", None, "supported") for s in ("CHN", "IND", "PAK")} <= got
    got = _rows("The result was:\n\nIn favour: 141\nAgainst: 6 (Belarus, China, Russia)\n\nThe delegates applauded.")
    assert ("position", "CHN", "no", None, "contradicted") in got  # China abstained
    assert ("count", None, "no", 6, "contradicted") in got
    # a dash does as the bracket; a bracket that is no list of states gives no positions
    got = _rows("The result was:\nIn favour: 141\nAgainst: 5 - Belarus, Russia\nAbstentions: 35 - India, Sri Lanka")
    assert {("position", "BLR", "no", None, "supported"), ("position", "LKA", "abstain", None, "supported")} <= got
    assert not any(r[0] == "position" for r in _rows("In favour: 141\nAgainst: 5 (see the list below)\n"))


# holdout31 al12: an instrument page's one-line summary, the states present that did not vote as "Non-voting"
def test_non_voting_in_a_labelled_summary_is_the_absent(built_store):
    got = _rows("Adopted by a recorded vote - Yes: 141, No: 5, Abstentions: 35, Non-Voting: 12.")
    assert ("tally", None, None, None, "supported") in got
    got = _rows("Adopted by a recorded vote - Yes: 141, No: 5, Abstentions: 35, Non-Voting: 20.")
    assert ("tally", None, None, None, "contradicted") in got


# holdout31 al02: the one vote against, its "no" in quotes after "the only", and a headline's "Casts Sole Vote Against"
def test_the_only_no_vote_cast(built_store):
    assert ("position", "RUS", "no", None, "supported") in _rows('Russia cast the only "no" vote among the big powers.')
    assert ("position", "IND", "no", None, "contradicted") in _rows('India cast the only "no" vote.')
    got = _rows("Russia Casts Vote Against Ukraine Text\n\nThe vote drew wide support.", lead="") \
        | _rows("Russia Casts Vote Against UN Text", lead=ES11_1_LEAD)
    assert ("position", "RUS", "no", None, "supported") in got


# holdout31 al25: a state's former name set off by commas is the same voter, and the list goes on past it
def test_a_former_name_in_commas_is_an_aside(built_store):
    got = _rows("India and Sri Lanka, formerly Ceylon, abstained.")
    assert {("position", "IND", "abstain", None, "supported"), ("position", "LKA", "abstain", None, "supported")} <= got
    got = _rows("Russia and Sri Lanka, previously Ceylon, voted against.")
    assert ("position", "LKA", "no", None, "contradicted") in got
    assert ("position", "RUS", "no", None, "supported") in got


# holdout31 al25: "the only dissenter in the N-1 vote" is one against, as its tally says; beside another number
# against it is not the vote's count
def test_the_only_dissenter_in_the_vote(built_store):
    lead = "On 2 March 2022 the General Assembly voted on the aggression against Ukraine. "
    got = _rows("Belarus was the only dissenter in the vote.", lead)
    assert ("position", "BLR", "no", None, "supported") in got
    assert any(r[:4] == ("count", None, "no", 1) and r[4] != "supported" for r in got)  # five voted against
    got = _rows("Belarus was the only dissenter in the 141-5 vote.")
    assert not any(r[0] == "count" and r[3] == 1 for r in got)
    got = _rows("Belarus was the only dissenter in the region.")
    assert not any(r[0] == "count" for r in got)  # a part of the side, not the vote's count


# found while testing the above: a list pointing back ("These included …") at a sentence that names two sides (an
# earlier vote in a relative clause, this vote after it) took the first side and was called false
def test_a_list_pointing_back_at_two_sides_takes_neither(built_store):
    got = _rows("Several Asian states that backed Russia in 2014 decided to abstain this time. These included China, "
                "India and Pakistan.")
    assert not any(r[0] == "position" and r[4] == "contradicted" for r in got)
    got = _rows("Several Asian states decided to abstain. These included China, India and Pakistan.")
    assert ("position", "IND", "abstain", None, "supported") in got


# holdout31 al22: a group's change of vote told in one sentence (an earlier side with its time, "but" the later one),
# then a list pointing back at it, in a paragraph of its own: each state on both votes
CUBA_1994 = ("The General Assembly voted 101 to 2 with 48 abstentions on 26 October 1994 to condemn the American "
             "trade embargo against Cuba. ")


def test_a_list_pointing_back_at_a_change_of_vote(built_store):
    from datetime import date

    def rows(text):
        return {(c["resolution"], c["state"], c["asserted"]["vote"], c["verdict"])
                for c in checked_claims(CUBA_1994 + text, date(1994, 10, 27)) if c["kind"] == "position"}

    change = "Several allies that abstained last year but chose to vote for the resolution this year made the difference."
    for gap in (" ", "\n\n"):
        got = rows(change + gap + "They included Canada and Denmark.")
        assert {("A/RES/48/16", "CAN", "abstain", "supported"), ("A/RES/49/9", "CAN", "yes", "supported"),
                ("A/RES/48/16", "DNK", "abstain", "supported"), ("A/RES/49/9", "DNK", "yes", "supported")} == got
    got = rows(change + " These included Canada and Mexico.")
    # Mexico voted for it in 1993 as well: never supported (the earlier vote is placed by the series, not by the
    # sentence's own words, so the checker leaves it unverifiable rather than false)
    assert {r[3] for r in got if r[:3] == ("A/RES/48/16", "MEX", "abstain")} == {"unverifiable"}
    # no contrast between the clauses, or a paragraph that says more than the list: nothing is read
    assert not rows("Several allies that abstained last year voted for the resolution this year. They included Canada.")
    assert not rows(change + "\n\nThey included Canada, as the minister told reporters later that week.")


# holdout31 al25, al19: those that did not vote in other words: "among 12 states not taking part in the vote" (the
# participle after the count) and "twelve absentees"
def test_not_taking_part_after_a_count_and_absentees(built_store):
    got = _rows("Venezuela was among 12 states not participating in the vote.")
    assert {("count", None, "absent", 12, "supported"), ("position", "VEN", "not_taking_part", None, "supported")} <= got
    got = _rows("India was among 20 states not taking part in the vote.")
    assert ("count", None, "absent", 20, "contradicted") in got  # neither the 12 absent nor the 35 abstaining
    assert ("position", "IND", "not_taking_part", None, "contradicted") not in got  # India abstained: may be meant
    assert ("count", None, "absent", 12, "supported") in _rows("There were only twelve absentees for the vote.")
    wrong = _rows("There were fourteen absentees in the vote.")
    assert any(r[:4] == ("count", None, "absent", 14) and r[4] != "supported" for r in wrong)

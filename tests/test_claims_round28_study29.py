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


# holdout29 ah06 and ah39: a list opening with a state's short name for its two-part name, or with that name's second
# part misspelt, was read no further. The record: A/RES/44/2 of 6 October 1989 (140-2-6; Antigua and Barbuda,
# Grenada and Uruguay among the abstainers, Trinidad and Tobago in favour); A/RES/67/19 of 29 November 2012 (138-9-41;
# Antigua and Barbuda, Grenada, Uruguay in favour).
def _votes(text, day):
    return {c.get("state"): (c["resolution"], c["verdict"]) for c in checked_claims(text, day) if c["kind"] == "position"}


def test_a_state_s_short_name_for_its_two_part_name(built_store):
    rows = _votes("On 6 October 1989 the Assembly condemned Israel's handling of the uprising by 140 votes to 2. "
                  "Six states abstained, Antigua, Grenada and Uruguay among them. Trinidad voted for it.",
                  date(1989, 10, 9))
    assert rows["ATG"] == rows["GRD"] == rows["URY"] == ("A/RES/44/2", "supported")
    assert rows["TTO"] == ("A/RES/44/2", "supported")


def test_a_two_part_name_misspelt_after_its_first_part(built_store):
    rows = _votes("The Assembly raised Palestine to observer state on 29 November 2012, 138 to 9 with 41 abstentions. "
                  "In favour were Uruguay, Antigua and Barbudda, Grenada, and many more.", date(2012, 12, 1))
    assert rows["ATG"] == ("A/RES/67/19", "supported") and rows["GRD"] == ("A/RES/67/19", "supported")
    # trap: two states joined by "and" stay two states
    rows = _votes("The Assembly raised Palestine to observer state on 29 November 2012, 138 to 9 with 41 abstentions. "
                  "In favour were Uruguay, Antigua and Grenada, with many more.", date(2012, 12, 1))
    assert {"ATG", "GRD", "URY"} <= rows.keys()


# holdout29 ah06: a 140-2 of October tied with a 140-2 of December; the text appeared in October
def test_a_vote_held_after_the_text_is_no_rival(built_store):
    checked = checked_claims("The world body voted 140-2 on Friday to condemn Israel's policies in the occupied "
                             "territories.", date(1989, 10, 9))
    assert [(c["kind"], c["resolution"], c["verdict"]) for c in checked] == [("tally", "A/RES/44/2", "supported")]


# holdout29 ah37: the State Department's yearly report sets each vote out as "138-9(U.S.)-41", no vote word near it
def test_figures_with_a_state_inside_them_are_a_tally(built_store):
    rows = [(c["kind"], c.get("state"), c["resolution"], c["verdict"]) for c in checked_claims(
        "Resolutions the United States opposed\n2. Palestine's status at the UN\nA/RES/67/19\n29 November 2012\n"
        "138-9(U.S.)-41\n", date(2013, 4, 1))]
    assert ("tally", None, "A/RES/67/19", "supported") in rows and ("position", "USA", "A/RES/67/19", "supported") in rows
    # trap: a law's number is no vote
    assert not checked_claims("Public Law 101-246 asks for a list of the Assembly's votes on these resolutions.",
                              date(2013, 4, 1))


# holdout29 ah02: "- 163 Yes (A, B)" and "- 6 No (A, B)" lines, each a count of the states in its brackets
def test_a_list_line_counts_the_states_in_its_brackets(built_store):
    checked = checked_claims("How the plenary voted on A/RES/72/240 on 20 December 2017:\n- 163 Yes (Russia, China)\n"
                             "- 6 No (United States, Canada, Israel)\n- 11 Abstain (Cameroon, Mexico, Australia)\n",
                             date(2018, 1, 10))
    counts = {c["asserted"]["field"]: (c["asserted"]["value"], c["resolution"], c["verdict"])
              for c in checked if c["kind"] == "count"}
    assert counts == {"yes": (163, "A/RES/72/240", "supported"), "no": (6, "A/RES/72/240", "supported"),
                      "abstain": (11, "A/RES/72/240", "supported")}
    # trap: a bracket that names no state is no list of voters
    assert not [c for c in checked_claims("Notes on the 2017 session\n- 6 No (see the annex)\n", date(2018, 1, 10))
                if c["kind"] == "count"]

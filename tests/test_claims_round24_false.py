"""Twenty-fourth round (issue 9, branch false8): false statements about a vote the record holds, caught; in sentences of
our own. The record used: ES-10/19 of 21 December 2017 (Jerusalem: 128-9-35, 21 absent) and ES-11/1 of 2 March 2022
(141-5-35, 12 absent)."""

from __future__ import annotations

from datetime import date

from unga import api

JERUSALEM_VOTE = date(2017, 12, 22)
UKRAINE_VOTE = date(2022, 3, 3)
# the day of the decision the resolution rejects is named, so the count is placed by a tie its numbers break
JERUSALEM = ("At an emergency session of the General Assembly on Thursday, 128 countries voted in favour of a resolution "
             "rejecting the American decision of December 6 on Jerusalem. ")
AGGRESSION = "The General Assembly on Wednesday adopted resolution ES-11/1 on Ukraine by 141 votes to 5, with 35 abstentions. "


def claims(said: str, published: date) -> list[tuple]:
    return [(c["kind"], c["resolution"], c["state"], c["asserted"], c["verdict"])
            for c in api.check_text(said, published=published).claims if c["kind"] != "other"]


def absent(value: int) -> dict:
    return {"field": "absent", "op": "=", "value": value}


def test_countries_that_were_not_present_are_the_absent(built_store):
    assert ("count", "A/RES/ES-11/1", None, absent(12), "supported") in claims(
        AGGRESSION + "And 12 countries were not present.", UKRAINE_VOTE)
    assert ("count", "A/RES/ES-11/1", None, absent(20), "contradicted") in claims(
        AGGRESSION + "And 20 countries were not present.", UKRAINE_VOTE)


def test_member_countries_that_did_not_participate_are_read(built_store):
    # "N member countries … did not participate", "N other countries didn't participate": the count of the absent
    assert ("count", "A/RES/ES-11/1", None, absent(12), "supported") in claims(
        AGGRESSION + "Another 12 member countries including Eritrea did not participate.", UKRAINE_VOTE)
    assert ("count", "A/RES/ES-11/1", None, absent(15), "contradicted") in claims(
        AGGRESSION + "15 other countries didn’t participate in the voting.", UKRAINE_VOTE)


def test_a_count_beside_the_tally_that_pins_its_vote_is_judged_on_it(built_store):
    # the tally of its own sentence pins ES-10/19 down: the tie the count's numbers broke chose nothing else
    said = JERUSALEM + "Nine countries voted against, 35 abstained while {} member countries did not participate."
    assert ("count", "A/RES/ES-10/19", None, absent(21), "supported") in claims(said.format(21), JERUSALEM_VOTE)
    assert ("count", "A/RES/ES-10/19", None, absent(25), "contradicted") in claims(said.format(25), JERUSALEM_VOTE)


def test_trap_not_taking_part_said_of_the_abstainers_stays_held(built_store):
    # 35 is the vote's abstentions: "did not participate" may mean them (participation), so it is not called false
    found = claims(AGGRESSION + "35 other countries didn’t participate in the voting.", UKRAINE_VOTE)
    assert ("count", "A/RES/ES-11/1", None, absent(35), "unverifiable") in found


def test_trap_a_count_of_another_time_beside_the_tally_stays_held(built_store):
    # the count has a time of its own ("last year"): the sentence's tally does not pin its vote
    said = JERUSALEM + "Nine countries voted against and 35 abstained, while last year 25 member countries did not participate."
    assert not any(c[3] == absent(25) and c[4] == "contradicted" for c in claims(said, JERUSALEM_VOTE))


def test_a_bare_no_that_ends_the_list_of_numbers(built_store):
    # "…, 0 no!", "… and 3 no.": the bare "no" last in a list of labelled numbers is the side against
    said = AGGRESSION.split(" by ")[0] + ". The count: 141 yes, 35 abstentions and {} no."
    assert ("tally", "A/RES/ES-11/1", None, {"yes": 141, "abstain": 35, "no": 5}, "supported") in claims(
        said.format(5), UKRAINE_VOTE)
    assert ("tally", "A/RES/ES-11/1", None, {"yes": 141, "abstain": 35, "no": 0}, "contradicted") in claims(
        said.format(0), UKRAINE_VOTE)


def test_countries_voting_in_its_favour_are_the_yes(built_store):
    # "N countries voted / voting in its favour": the text's own favour, the side for it (not read at all before)
    said = ("The General Assembly on Wednesday adopted resolution ES-11/1 on Ukraine, with {} countries voting in its "
            "favour, 5 against and 35 abstaining.")
    assert ("tally", "A/RES/ES-11/1", None, {"yes": 141, "no": 5, "abstain": 35}, "supported") in claims(
        said.format(141), UKRAINE_VOTE)
    assert ("tally", "A/RES/ES-11/1", None, {"yes": 143, "no": 5, "abstain": 35}, "contradicted") in claims(
        said.format(143), UKRAINE_VOTE)

"""Tenth-round rules for IDENTIFICATION, VERDICTS and NUMBERS (issue 9), each in sentences of our own: a claim now
caught, and a trap that must stay unverifiable (or not be read). The record used: ES-11/1 of 2 March 2022 (141-5-35,
12 absent; Pakistan abstained); the Cuba embargo series, A/RES/78/7 of 2 November 2023 (187-2-1, Ukraine the one
abstention); ES-10/19 of 21 December 2017 (128-9-35, 21 absent; Togo against, Kenya absent)."""

from __future__ import annotations

from datetime import date

from unga import api
from unga.claims import numbers

UKRAINE_VOTE = date(2022, 3, 3)
CUBA_2023 = date(2023, 11, 3)
JERUSALEM = date(2017, 12, 22)


def checked(said: str, published: date | None) -> list[tuple]:
    return [(c["kind"], c["resolution"], c.get("state"), c["asserted"], c["verdict"])
            for c in api.check_text(said, published=published).claims if c["kind"] != "other"]


def test_did_not_issue_a_vote_is_away_and_caught(built_store):
    got = checked("The Assembly adopted resolution ES-11/1 on 2 March 2022 by 141 votes to 5, with 35 abstentions. "
                  "Pakistan did not issue a vote.", UKRAINE_VOTE)
    assert ("position", "A/RES/ES-11/1", "PAK", {"vote": "absent"}, "contradicted") in got


def test_did_not_cast_a_vote_in_favour_is_not_away(built_store):
    got = checked("The Assembly adopted resolution ES-11/1 on 2 March 2022 by 141 votes to 5, with 35 abstentions. "
                  "Pakistan did not cast a vote in favour.", UKRAINE_VOTE)
    assert not [g for g in got if g[2] == "PAK" and g[3] == {"vote": "absent"}]


def test_chose_not_to_vote_this_year_is_told_apart_from_the_earlier_vote(built_store):
    # Ukraine abstained on A/RES/78/7: "chose not to vote this year" is false; "previously abstained" is of another year
    got = checked("On Thursday the Assembly voted 187 to 2 to call again for an end to the embargo on Cuba. Ukraine, "
                  "which had previously abstained, chose not to vote this year.", CUBA_2023)
    assert ("position", "A/RES/78/7", "UKR", {"vote": "absent"}, "contradicted") in got
    assert not [g for g in got if g[2] == "UKR" and g[3] == {"vote": "abstain"} and g[1] == "A/RES/78/7"]


def test_two_votes_of_a_state_without_their_own_times_stay_unverifiable(built_store):
    got = checked("On Thursday the Assembly voted 187 to 2 to call again for an end to the embargo on Cuba. In 2022 "
                  "Ukraine abstained; Ukraine did not vote.", CUBA_2023)
    assert [g for g in got if g[2] == "UKR"] and all(g[4] != "contradicted" for g in got if g[2] == "UKR")


def test_a_count_retelling_the_texts_own_tally_is_judged_with_it(built_store):
    got = checked("On 2 March 2022 the Assembly voted 141 for, 5 against and 34 abstaining on the Ukraine text.\n\n"
                  "Pakistan was among the 34 countries that abstained.", UKRAINE_VOTE)
    assert ("tally", "A/RES/ES-11/1", None, {"yes": 141, "no": 5, "abstain": 34}, "contradicted") in got
    assert ("count", "A/RES/ES-11/1", None, {"field": "abstain", "op": "=", "value": 34}, "contradicted") in got


def test_a_count_the_tally_does_not_give_is_not_borrowed_its_certainty(built_store):
    said = ("On 2 March 2022 the Assembly voted 141 for, 5 against and 34 abstaining on the Ukraine text.\n\n"
            "Pakistan was among the 36 countries that abstained.")
    got = checked(said, date(2022, 3, 20))
    assert ("count", "A/RES/ES-11/1", None, {"field": "abstain", "op": "=", "value": 36}, "unverifiable") in got
    # in the news of the vote's own day or the day after, the count is that vote's on its own evidence (the record's
    # only vote of those days, first by date and topic; judged.news_of_its_day, twentieth round): 35 abstained
    got = checked(said, UKRAINE_VOTE)
    assert ("count", "A/RES/ES-11/1", None, {"field": "abstain", "op": "=", "value": 36}, "contradicted") in got


def test_a_subgroup_after_including_with_no_comma_is_read_in_a_count():
    assert [g.fields for g in numbers.tallies("In all 35 countries including India abstained.")] == [{"abstain": 35}]
    assert [g.fields for g in numbers.tallies("12 states such as Chad and Peru voted against it.")] == [{"no": 12}]
    # a number inside the subgroup stops it: "including 12 from Africa" is no subgroup of names
    assert numbers.tallies("They said 40 countries including 12 from Africa abstained.") == []


def test_a_text_that_calls_its_resolution_a_motion_is_checked_on_the_resolution(built_store):
    got = checked("The Assembly passed the motion that declares the move on Jerusalem void by 128 votes to 9 on "
                  "Thursday.\n\nTogo and Kenya rejected the motion.", JERUSALEM)
    assert ("tally", "A/RES/ES-10/19", None, {"yes": 128, "no": 9}, "supported") in got
    assert ("position", "A/RES/ES-10/19", "TGO", {"vote": "no"}, "supported") in got


def test_a_motion_of_its_own_is_never_placed_on_the_resolution(built_store):
    # "a motion by Togo to adjourn was defeated": a real motion; a state's vote on it is not the resolution's
    got = checked("The Assembly passed the motion that declares the move on Jerusalem void by 128 votes to 9 on "
                  "Thursday.\n\nA motion by Togo to adjourn was defeated. Kenya rejected the motion.", JERUSALEM)
    kenya = [g for g in got if g[2] == "KEN"]
    assert kenya and all(g[1] != "A/RES/ES-10/19" and g[4] == "unverifiable" for g in kenya)


def test_a_change_of_vote_gives_the_series_vote_before(built_store):
    # Brazil abstained on A/RES/77/7 (2022) and voted yes on A/RES/78/7 (2023)
    said = "On Thursday the Assembly voted 187 to 2 to call again for an end to the embargo on Cuba. "
    got = checked(said + "Brazil changed its vote from abstention to support.", CUBA_2023)
    assert ("position", "A/RES/77/7", "BRA", {"vote": "abstain"}, "supported") in got
    assert ("position", "A/RES/78/7", "BRA", {"vote": "yes"}, "supported") in got
    got = checked(said + "Brazil changed its vote from against to support.", CUBA_2023)
    assert ("position", "A/RES/77/7", "BRA", {"vote": "no"}, "contradicted") in got


def test_a_change_of_vote_with_no_vote_pinned_down_is_placed_nowhere(built_store):
    got = checked("Ukraine changed its vote from against to support on the Cuba text.", CUBA_2023)
    earlier = [g for g in got if g[2] == "UKR" and g[3] == {"vote": "no"}]
    assert earlier and all(g[1] is None and g[4] == "unverifiable" for g in earlier)


def test_a_vote_for_a_second_consecutive_year_is_also_the_vote_before(built_store):
    # Ukraine abstained on both A/RES/77/7 and A/RES/78/7; a state joined after the cue is not said to have repeated
    got = checked("On Thursday the Assembly voted 187 to 2 to call again for an end to the embargo on Cuba. Ukraine "
                  "abstained for a second consecutive year and was joined by Brazil.", CUBA_2023)
    assert ("position", "A/RES/77/7", "UKR", {"vote": "abstain"}, "supported") in got
    assert ("position", "A/RES/78/7", "UKR", {"vote": "abstain"}, "supported") in got
    assert not [g for g in got if g[2] == "BRA" and g[1] == "A/RES/77/7"]


HEADLINE = "The Philippines abstains from UN resolution on civilians in Gaza\n\n"


def test_the_one_vote_days_before_the_text_places_claims_two_sentences_point_at(built_store):
    # ES-10/21 of 27 October 2023 (Protection of civilians …): the Philippines abstained, Israel voted against
    got = checked(HEADLINE + "The Philippines abstained on the text on civilians in Gaza, and Israel voted against it.",
                  date(2023, 10, 28))
    assert ("position", "A/RES/ES-10/21", "PHL", {"vote": "abstain"}, "supported") in got
    assert ("position", "A/RES/ES-10/21", "ISR", {"vote": "no"}, "supported") in got


def test_a_sentence_alone_is_not_placed_by_its_date_nor_anything_called_false_on_it(built_store):
    got = checked(HEADLINE.strip(), date(2023, 10, 28))
    assert got == [("position", None, "PHL", {"vote": "abstain"}, "unverifiable")]
    got = checked(HEADLINE + "Israel abstained on the text on civilians in Gaza.", date(2023, 10, 28))
    # placed (two sentences point at the vote), but Israel's "abstained" is not called false on that alone
    assert ("position", "A/RES/ES-10/21", "ISR", {"vote": "abstain"}, "unverifiable") in got


def test_a_council_aside_does_not_swallow_a_vote_on_a_committees_draft():
    from unga.claims.extract import scope_of
    assert scope_of("The vote, paving the way for talks at the Security Council, was 90 to 5 with 9 abstentions on a "
                    "text sent up from the Assembly's Fourth Committee.") == "assembly"
    # the trap: the committee's own vote
    assert scope_of("The Assembly's Fourth Committee approved the text by 90 to 5.") == "other body"

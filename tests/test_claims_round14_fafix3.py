"""Fourteenth round (issue 9, the third hunt's false alarms): "did not take part" read as "not yes or no", counts of
one region's states, and states inside an apposition. Sentences of our own; the record used: ES-11/6 of 23 February
2023 (141-7-32; India abstaining, Nepal in favour, Russia against); ES-11/1 of 2 March 2022 (141-5-35, Ukraine in
favour, Belarus against); ES-10/21 of 27 October 2023 (120-14-45)."""

from __future__ import annotations

from datetime import date

from unga import api
from unga.claims import participation, regions

UKRAINE_2023 = "The Assembly adopted the resolution on Ukraine on Thursday by 141 votes to 7, with 32 abstentions. "


def positions(text: str, published: date) -> list[tuple]:
    return [(c["state"], c["asserted"]["vote"], c["verdict"]) for c in api.check_text(text, published=published).claims
            if c["kind"] == "position"]


def counts(text: str, published: date) -> list[tuple]:
    return [(c["asserted"]["field"], c["asserted"]["value"], c["verdict"])
            for c in api.check_text(text, published=published).claims if c["kind"] == "count"]


def test_not_yes_or_no_holds_for_abstaining_and_absence_only():
    assert participation.holds("abstain or absent", "abstain") and participation.holds("abstain or absent", "absent")
    assert not participation.holds("abstain or absent", "yes") and not participation.holds("abstain or absent", "no")
    assert participation.holds("absent", "absent") and not participation.holds("absent", "abstain")


def test_not_taking_part_holds_for_absence_and_leaves_abstaining_open():
    assert participation.holds("not_taking_part", "absent") is True
    assert participation.holds("not_taking_part", "abstain") is None
    assert participation.holds("not_taking_part", "yes") is False and participation.holds("not_taking_part", "no") is False


def test_declining_to_take_part_is_left_open_for_an_abstainer(built_store):
    said = UKRAINE_2023 + "India declined to take part in the vote."
    assert positions(said, date(2023, 2, 24)) == [("IND", "not_taking_part", "unverifiable")]
    reason = next(c for c in api.check_text(said, published=date(2023, 2, 24)).claims if c["kind"] == "position")
    assert "abstained" in str(reason["evidence"])


def test_refraining_from_voting_is_supported_for_an_abstainer(built_store):
    said = UKRAINE_2023 + "India refrained from voting."
    assert positions(said, date(2023, 2, 24)) == [("IND", "abstain or absent", "supported")]


def test_not_participating_is_false_for_a_state_that_voted_no(built_store):
    said = UKRAINE_2023 + "Russia did not participate in the voting."
    assert positions(said, date(2023, 2, 24)) == [("RUS", "not_taking_part", "contradicted")]


def test_not_voting_at_all_stays_strictly_absent(built_store):
    said = UKRAINE_2023 + "India did not vote."
    assert positions(said, date(2023, 2, 24)) == [("IND", "absent", "contradicted")]


def test_a_region_opening_the_sentence_scopes_its_numbers():
    sentence = "In Southeast Asia, 9 countries voted in favour and 1 abstained."
    assert regions.counted_in_a_region(sentence, sentence.index("9"), sentence.index("9") + 1)
    plain = "In New York, 141 countries voted in favour."
    assert not regions.counted_in_a_region(plain, plain.index("141"), plain.index("141") + 3)


def test_the_united_states_of_america_is_no_region():
    sentence = "The embargo imposed by the United States of America against Cuba was opposed by 7 countries."
    assert not regions.counted_in_a_region(sentence, sentence.index("7"), sentence.index("7") + 1)


def test_uncounted_states_of_a_region_do_not_scope_a_later_number():
    sentence = "It had the support of many countries in Asia and Africa, while 5 countries voted against it."
    assert not regions.counted_in_a_region(sentence, sentence.index("5"), sentence.index("5") + 1)


def test_a_count_of_a_regions_states_after_the_noun_is_no_count_of_the_vote(built_store):
    said = ("On 2 March the Assembly voted 141-5 to demand that Russia withdraw from Ukraine. Twelve countries in "
            "Africa voted in support of the measure.")
    assert counts(said, date(2022, 3, 4)) == []


def test_a_wrong_count_of_the_whole_vote_beside_a_region_stays_contradicted(built_store):
    said = ("On 2 March the Assembly voted 141-5 to demand that Russia withdraw from Ukraine. Thirty countries "
            "abstained, several of them in Africa.")
    assert counts(said, date(2022, 3, 4)) == [("abstain", 30, "contradicted")]


def test_a_state_in_an_apposition_after_a_colon_list_is_no_voter(built_store):
    said = ("The resolution passed by 141 votes to 5. Four other nations opposed it: Eritrea, North Korea, Syria "
            "and Belarus, a close ally of Russia.")
    read = positions(said, date(2022, 3, 3))
    assert ("BLR", "no", "supported") in read and ("RUS", "no", "supported") not in read[:4]
    assert all(verdict == "supported" for _, _, verdict in read)



def test_a_committee_vote_whose_draft_names_the_assembly_is_not_the_plenarys(built_store):
    # the draft's terms ("that the General Assembly would …") name the Assembly; the vote is the committee's
    said = ("After a week of debate the First Committee, by a vote of 57 to 8 with 13 abstentions, approved a draft "
            "which provided that the General Assembly would keep the item before it and would report to the General "
            "Assembly at its next session.")
    tallies = [c for c in api.check_text(said, published=date(1957, 1, 20)).claims if c["kind"] == "tally"]
    assert [c["verdict"] for c in tallies] == ["unverifiable"]
    assert "another body" in tallies[0]["evidence"]["record"]


def test_trap_the_assemblys_own_vote_is_still_its_own(built_store):
    said = "On 2 March 2022 the General Assembly adopted resolution ES-11/1 by 141 votes to 6, with 35 abstentions."
    tallies = [c for c in api.check_text(said, published=date(2022, 3, 3)).claims if c["kind"] == "tally"]
    assert [c["verdict"] for c in tallies] == ["contradicted"]


SUSPENSION = ("On 7 April the Assembly voted 93 to 24, with 58 abstentions, to suspend Russia from the Human Rights "
              "Council. ")


def test_a_sentence_after_one_naming_an_earlier_vote_by_its_day_is_not_put_on_the_texts_vote(built_store):
    # a March vote is told of in the sentence before (by a day that fits none of March's votes exactly); the text's
    # own (April) vote, where Uzbekistan voted no, must not take the claim (fahunt3 j34's construction)
    said = SUSPENSION + "In the vote of 3 March, Kazakhstan and Tajikistan abstained. Uzbekistan did not vote at all."
    got = [(c["state"], c["resolution"], c["verdict"]) for c in api.check_text(said, published=date(2022, 4, 8)).claims
           if c["kind"] == "position" and c["state"] == "UZB"]
    assert got and all(verdict != "contradicted" and resolution != "A/RES/ES-11/3" for _, resolution, verdict in got)


def test_trap_the_same_sentence_after_the_texts_own_vote_stays_contradicted(built_store):
    said = SUSPENSION + "In the April 7 vote, Kazakhstan voted against. Uzbekistan did not vote at all."
    got = [(c["state"], c["resolution"], c["verdict"]) for c in api.check_text(said, published=date(2022, 4, 8)).claims
           if c["kind"] == "position" and c["state"] == "UZB"]
    assert got == [("UZB", "A/RES/ES-11/3", "contradicted")]

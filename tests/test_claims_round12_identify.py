"""Twelfth-round rules for IDENTIFICATION and VERDICTS (issue 9), each in sentences of our own: a claim now placed
(or caught), and a trap that must stay as it was. The record used: the votes of 17 December 2018, among them
A/RES/73/194 (Crimea; against: Armenia, Belarus, Cuba, Syria, Laos, Myanmar, Sudan, South Sudan, …) and A/RES/73/181
(Iran; against: Armenia, Belarus, Cuba, Syria, … but not Laos, Myanmar, Sudan or South Sudan)."""

from __future__ import annotations

from datetime import date

from unga import api
from unga.claims import widen

DAY_AFTER = date(2018, 12, 18)
CRIMEA = "The Assembly voted on Monday on a text about Crimea. "


def positions(said: str, published: date | None = DAY_AFTER) -> list[tuple]:
    return [(c["state"], c["resolution"], c["verdict"], c["evidence"].get("notes", []))
            for c in api.check_text(said, published=published).claims if c["kind"] == "position"]


def test_a_list_chooses_between_votes_the_words_fit_alike(built_store):
    # the words and the day fit 73/194 and 73/181 alike; every state listed voted no on 73/194, none on 73/181
    got = positions(CRIMEA + "Laos, Myanmar, Sudan and South Sudan voted against it.")
    assert [(s, r, v) for s, r, v, _ in got] == [("LAO", "A/RES/73/194", "supported"), ("MMR", "A/RES/73/194", "supported"),
                                                 ("SDN", "A/RES/73/194", "supported"), ("SSD", "A/RES/73/194", "supported")]
    assert all(widen.LIST_CHOSE in notes for *_, notes in got)


def test_a_list_another_vote_fits_nearly_as_well_chooses_nothing(built_store):
    # all four voted no on 73/194, but three of them on 73/181 too: one state is not enough to tell the votes apart
    got = positions(CRIMEA + "Armenia, Belarus, Cuba and Syria voted against it.")
    assert {(r, v) for _, r, v, _ in got} == {(None, "unverifiable")}


def test_a_list_with_a_state_that_voted_otherwise_chooses_nothing_and_calls_nothing_false(built_store):
    # France voted yes on 73/194: the list fits no vote whole, so it places nothing (a false statement cannot choose
    # the roll call on which it would be judged)
    got = positions(CRIMEA + "Laos, Myanmar, Sudan and France voted against it.")
    assert {(r, v) for _, r, v, _ in got} == {(None, "unverifiable")}


def test_two_states_are_no_list(built_store):
    got = positions(CRIMEA + "Laos and Sudan voted against it.")
    assert {(r, v) for _, r, v, _ in got} == {(None, "unverifiable")}


# A/RES/ES-10/21 of 27 October 2023: 120-14-45; A/RES/ES-10/22 of 12 December 2023: 153-10-23
TRUCE = "On 27 October 2023 the Assembly called for a humanitarian truce in Gaza.\n\nVotes on the ceasefire text\n\n"


def counts(said: str) -> list[tuple]:
    return [(c["asserted"]["field"], c["asserted"]["value"], c["resolution"], c["verdict"])
            for c in api.check_text(said).claims if c["kind"] == "count"]


def test_a_tally_laid_out_a_line_per_number_is_one_fingerprint(built_store):
    # each line alone could be either vote (the text's date points at October); together they are December's vote
    got = counts(TRUCE + "• 153 voted for\n• 10 voted against\n• 23 abstained\n\nThe text is not binding.")
    assert got == [("yes", 153, "A/RES/ES-10/22", "supported"), ("no", 10, "A/RES/ES-10/22", "supported"),
                   ("abstain", 23, "A/RES/ES-10/22", "supported")]


def test_lines_with_a_field_again_are_two_blocks(built_store):
    # a second "voted for" line starts another block: the lines after it are read with it, not with the first
    from unga.claims import extract, text
    said = TRUCE + "• 153 voted for\n• 10 voted against\n• 120 voted for\n• 14 voted against\n• 45 abstained\n"
    found = extract.extract(said, text.sentences(said))
    lines = [c for c in found if c.kind == "count"]
    assert [widen.laid_out(c, found) for c in lines] == [
        {"yes": 153, "no": 10}, {"yes": 153, "no": 10}, {"yes": 120, "no": 14, "abstain": 45},
        {"yes": 120, "no": 14, "abstain": 45}, {"yes": 120, "no": 14, "abstain": 45}]


def test_a_laid_out_tally_one_number_off_is_not_placed_by_it(built_store):
    # 25 abstained is not December's 23: two numbers of three do not outweigh the October date; nothing is judged
    got = counts(TRUCE + "• 153 voted for\n• 10 voted against\n• 25 abstained\n\nThe text is not binding.")
    assert {(r, v) for *_, r, v in got} == {(None, "unverifiable")}


def test_a_sentence_with_two_numbers_is_no_line(built_store):
    from unga.claims import extract, text
    said = TRUCE + "In December 153 voted for and 10 against.\n• 23 abstained\n"
    found = extract.extract(said, text.sentences(said))
    assert all(widen.laid_out(c, found) == {} for c in found if c.sentence == found[0].sentence)


# A/RES/ES-11/1 of 2 March 2022: 141-5-35, against: Belarus, Eritrea, North Korea, Russia, Syria (Cuba abstained);
# A/RES/68/262 of 27 March 2014: 100-11-58
UKRAINE_DAY = date(2022, 3, 3)
FIVE = "Belarus, Eritrea, North Korea, Russia and Syria"


def judged(said: str) -> list[tuple]:
    return [(c["kind"], c["state"], c["resolution"], c["verdict"])
            for c in api.check_text(said, published=UKRAINE_DAY).claims if c["kind"] != "other"]


def test_a_list_hung_on_a_tally_far_from_the_vote_found_is_left_unplaced(built_store):
    # the day and the topic find ES-11/1, but the sentence's own tally (101-25-55) is another vote's
    got = judged(f"On Wednesday the Assembly adopted the text on Ukraine by 101 votes to 25 ({FIVE}), with 55 abstentions.")
    assert [g for g in got if g[0] == "position"] == [("position", s, None, "unverifiable")
                                                      for s in ("BLR", "ERI", "PRK", "RUS", "SYR")]
    reason = api.check_text(f"On Wednesday the Assembly adopted the text on Ukraine by 101 votes to 25 ({FIVE}), with 55 "
                            "abstentions.", published=UKRAINE_DAY).claims[1]["evidence"]["record"]
    assert widen.OFF_TALLY in reason


def test_a_list_hung_on_a_tally_that_fits_is_still_judged(built_store):
    # the tally is the vote's: the list stays on it, and Cuba (which abstained) is caught
    got = judged("On Wednesday the Assembly adopted the text on Ukraine by 141 votes to 5 (Belarus, Eritrea, North Korea, "
                 "Russia and Cuba), with 35 abstentions.")
    assert ("position", "CUB", "A/RES/ES-11/1", "contradicted") in got
    assert ("position", "RUS", "A/RES/ES-11/1", "supported") in got


def test_a_tally_of_another_time_in_the_sentence_does_not_unplace_the_list(built_store):
    got = judged(f"On Wednesday {FIVE} voted against the text on Ukraine, which in 2014 had passed by 100 votes to 11.")
    assert ("tally", None, "A/RES/68/262", "supported") in got
    assert ("position", "SYR", "A/RES/ES-11/1", "supported") in got


def test_the_states_of_a_sentence_choose_together_whatever_their_votes(built_store):
    # two against and two abstaining: together they fit 73/194 only (Chile and Honduras voted yes on 73/181)
    got = positions(CRIMEA + "Laos and Sudan voted against it, while Chile and Honduras abstained.")
    assert [(s, r, v) for s, r, v, _ in got] == [("LAO", "A/RES/73/194", "supported"), ("SDN", "A/RES/73/194", "supported"),
                                                 ("CHL", "A/RES/73/194", "supported"), ("HND", "A/RES/73/194", "supported")]
    # France voted yes on 73/194: the sentence fits no vote whole, and chooses none
    got = positions(CRIMEA + "Laos and Sudan voted against it, while Chile and France abstained.")
    assert {(r, v) for _, r, v, _ in got} == {(None, "unverifiable")}

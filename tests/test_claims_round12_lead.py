"""Rules the lead added after scoring the blind sets holdout10 and holdout11 (issue 9), in sentences of our own. The
record used: A/RES/49/28 of 6 December 1994 (law of the sea: 130-1-7) and A/RES/57/112 of 3 December 2002 (the
Syrian Golan: 109-4-57; Israel, the Marshall Islands, Micronesia and the United States against)."""

from __future__ import annotations

from datetime import date

from fixtures import checked_claims


def test_a_vote_far_from_the_day_its_sentence_gives_is_not_that_vote(built_store):
    # a treaty conference's vote: 130 in favour equals the 1994 law-of-the-sea resolution's, the subject fits and the
    # next sentence names a day of 1994, but the sentence says the vote was on 30 April 1982 (Turkey, against, had
    # been "supported" on the 1994 vote)
    got = checked_claims("The law of the sea convention was approved by the conference on 30 April 1982 by a vote of "
                         "130 in favour, with 4 against (Israel, Turkey, the United States and Venezuela) and 17 "
                         "abstentions. It entered into force on 16 November 1994, after the Assembly adopted an "
                         "agreement on its deep sea-bed part.")
    assert len(got) == 5 and all(c["resolution"] is None and c["verdict"] == "unverifiable" for c in got)


def test_a_full_date_of_another_event_does_not_unplace_the_vote(built_store):
    got = checked_claims("By 109 votes to 4 (Israel, the Marshall Islands, Micronesia and the United States), with 57 "
                         "abstentions, the Assembly again demanded that Israel withdraw from the Syrian Golan to the line "
                         "of 4 June 1967.", date(2002, 12, 4))
    tallies = [c for c in got if c["kind"] == "tally"]
    assert tallies and tallies[0]["resolution"] == "A/RES/57/112" and tallies[0]["verdict"] == "supported"


def test_a_number_aimed_at_or_missed_is_not_the_count(built_store):
    # A/RES/73/295 (Chagos, 22 May 2019) had 116 in favour: a goal of 100 passed is no claim that it had 100
    for sentence in ("Mauritius passed its goal of 100 votes in favour when the Assembly backed the Chagos text on "
                     "22 May 2019.",
                     "On 22 May 2019 the Chagos text failed to get 120 votes in favour, the target its sponsors set."):
        assert not [c for c in checked_claims(sentence) if c["verdict"] == "contradicted"]
    got = checked_claims("The Chagos resolution was adopted on 22 May 2019 with 116 votes in favour.")
    assert [(c["kind"], c["asserted"]["value"], c["verdict"]) for c in got] == [("count", 116, "supported")]


def test_a_tally_of_sides_taken_on_a_deed_is_not_the_texts(built_store):
    # A/RES/64/6 (28 October 2009, the Cuba embargo): 187-3-2. "Three for" is three for the blockade, i.e. against
    # the text; read as three in favour of the text it had been called false
    got = checked_claims("Cuba won again on 28 October 2009, with 187 countries voting against the US blockade, three "
                         "countries for, and two abstentions.")
    assert got and not [c for c in got if c["verdict"] == "contradicted"]
    # a resolution "against the blockade" whose tally is the text's own is still checked
    got = checked_claims("On 28 October 2009 the resolution against the blockade was adopted by 187 votes to 3, with 2 "
                         "abstentions.")
    assert [(c["resolution"], c["verdict"]) for c in got if c["kind"] == "tally"] == [("A/RES/64/6", "supported")]


def test_last_years_vote_in_a_series_text_is_the_series_vote(built_store):
    # A/RES/60/12 (8 November 2005, the Cuba embargo): 182-4-1; the 2004 vote of the series, A/RES/59/11, was 179-4-1
    # (its title misspelt "Unites States" in the sources), while A/RES/59/179 (Palestinian self-determination, 2004)
    # was 179-5-3: "179 to 5" is a misstatement about the Cuba vote, never a true statement about the other
    got = checked_claims("On 8 November 2005 the Assembly again called for an end to the US embargo against Cuba, by "
                         "182 votes to 4, with one abstention. Last year the vote was 179 to 5.", date(2005, 11, 9))
    last = [c for c in got if c["kind"] == "tally" and c["asserted"].get("yes") == 179]
    assert last and last[0]["resolution"] == "A/RES/59/11" and last[0]["verdict"] != "supported"


CHAGOS = "On 22 May 2019 the Assembly adopted the Chagos resolution by 116 votes to 6, with 56 abstentions."


def test_a_vote_in_favour_of_a_state_is_no_side_on_the_text(built_store):
    # A/RES/73/295 (Chagos): the Maldives voted no, "in favour of the United Kingdom"; 116 voted "against" it
    got = checked_claims(CHAGOS + " The Maldives voted in favour of the United Kingdom (UK) to keep the islands, and "
                         "116 countries voted against the country.")
    assert not [c for c in got if c["verdict"] == "contradicted"]
    assert ("MDV", {"vote": "for:GBR"}) in [(c["state"], c["asserted"]) for c in got if c["kind"] == "position"]
    assert "GBR" not in [c["state"] for c in got]  # the bracketed "(UK)" is the target, not a voter
    # a state that sponsors what was favoured is no target: the yes vote is read
    got = checked_claims(CHAGOS + " Hungary voted in favour of the Mauritian resolution.")
    assert ("HUN", {"vote": "yes"}, "contradicted") in [(c["state"], c["asserted"], c["verdict"]) for c in got]


def test_n_other_countries_after_states_of_the_same_side_is_no_count(built_store):
    # 56 abstained on the Chagos resolution: "55 other countries abstained" after one named abstainer is right,
    # and without knowing how many were named before, it is not checked as 55
    got = checked_claims(CHAGOS + " Germany abstained. Fifty-five other countries abstained.")
    assert not [c for c in got if c["kind"] == "count" and c["asserted"]["value"] == 55]
    # "other" after states of another side is the count itself
    got = checked_claims(CHAGOS + " The United States, Hungary and Israel voted against. 56 other countries abstained.")
    assert ("count", 56, "supported") in [(c["kind"], c["asserted"].get("value"), c["verdict"]) for c in got]


def test_a_state_after_to_and_a_comma_takes_no_side(built_store):
    got = checked_claims("While the Assembly on 22 May 2019 demanded that Britain hand the Chagos Islands to Mauritius, "
                         "the Maldives voted against the resolution.")
    assert [(c["state"], c["verdict"]) for c in got if c["kind"] == "position"] == [("MDV", "supported")]


def test_a_bare_number_joined_to_a_groups_count_is_the_groups(built_store):
    # A/RES/ES-11/6 (23 February 2023): 141-7-32; 28 is how many African states supported it, not the yes count
    got = checked_claims("Fifteen African countries abstained on Thursday and 28 supported the vote as the Assembly "
                         "on 23 February 2023 backed the resolution on Ukraine.")
    assert not [c for c in got if c["kind"] in ("count", "tally")]
    got = checked_claims("On 23 February 2023 the Assembly backed the resolution on Ukraine: 32 countries abstained "
                         "and 141 supported it.")
    assert [(c["asserted"], c["verdict"]) for c in got] == [({"abstain": 32, "yes": 141}, "supported")]

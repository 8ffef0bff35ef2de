"""Third-round rules against false alarms on unseen texts, each in sentences of our own: a trap that must stay
unread or unverifiable, and a counterpart where a false statement is still caught. The record: A/RES/ES-11/1 of
2 March 2022, 141 in favour, 5 against, 35 abstentions, 12 absent; Pakistan abstained."""

from __future__ import annotations

from datetime import date

from fixtures import checked_claims as checked

from unga import api
from unga.claims import digits, numbers, positions

ES11 = "On 2 March 2022 the General Assembly adopted resolution ES-11/1 on the aggression against Ukraine. "


def tallies(sentence: str) -> list[dict]:
    return [g.fields for g in numbers.tallies(digits.in_digits(sentence))]


def test_thresholds_are_not_tallies():
    assert tallies("The draft needed 97 votes to pass.") == []
    assert tallies("It required a two-thirds majority of 97 and fell 3 votes short.") == []
    assert tallies("Supporters would need 120 votes in favour.") == []
    assert tallies("The text was adopted by 141 votes to 5, with 35 abstentions.") == [{"yes": 141, "no": 5, "abstain": 35}]


def test_threshold_sentence_makes_no_false_alarm_and_a_real_miscount_is_still_caught(built_store):
    got = checked(ES11 + "It needed 122 votes to pass, a two-thirds majority of those voting.")
    assert not [c for c in got if c["verdict"] == "contradicted"]
    got = checked(ES11 + "Resolution ES-11/1 passed with 143 votes in favour, 5 against and 35 abstentions.")
    assert [c["verdict"] for c in got if c["kind"] == "tally"] == ["contradicted"]


def test_subgroup_counts_are_not_assembly_counts():
    assert tallies("Four of the ten ASEAN members abstained.") == []
    assert tallies("Of the Arab states, three voted against the text.") == []
    assert tallies("Among European Union members, five abstained.") == []
    assert tallies("Seven African countries abstained.") == []
    assert tallies("35 of the 193 UN member states abstained.") == [{"abstain": 35}]
    assert tallies("Of the 193 UN member states, 35 abstained.") == [{"abstain": 35}]


def test_subgroup_count_is_not_checked_but_an_assembly_count_is(built_store):
    got = checked(ES11 + "Of the African states, 17 abstained.")
    assert not [c for c in got if c["kind"] == "count"]
    got = checked(ES11 + "On resolution ES-11/1, 30 countries abstained.")
    assert [(c["asserted"]["value"], c["verdict"]) for c in got if c["kind"] == "count"] == [(30, "contradicted")]


def test_aggregates_are_not_one_field(built_store):
    assert tallies("In all, 52 states voted against, abstained or did not vote.") == []
    assert tallies("Some 52 countries did not vote yes.") == []
    got = checked(ES11 + "In all, 52 states voted against, abstained or did not vote.")
    assert not [c for c in got if c["kind"] in ("count", "tally")]
    got = checked(ES11 + "On resolution ES-11/1, 52 states voted against.")
    assert [(c["asserted"]["field"], c["verdict"]) for c in got if c["kind"] == "count"] == [("no", "contradicted")]


UKRAINE = "On 2 March 2022 the General Assembly voted on the resolution on the aggression against Ukraine. "


def verdicts(text: str, kind: str) -> list[str]:
    return [c["verdict"] for c in checked(text) if c["kind"] == kind]


def test_a_roll_call_is_not_borrowed_from_another_paragraph(built_store):
    pinned = ES11.replace("adopted resolution", "adopted by 141 votes to 5 resolution")
    assert verdicts(pinned + "\n\nIn 1991 the Assembly voted on another text. Pakistan voted against.",
                    "position") == ["unverifiable"]
    assert verdicts(pinned + "\n\nPakistan voted against.", "position") == ["unverifiable"]
    assert verdicts(pinned + "Pakistan voted against.", "position") == ["contradicted"]  # its own paragraph: caught


def test_a_tally_that_may_be_another_vote_is_not_contradicted(built_store):
    assert verdicts(UKRAINE + "Part A was adopted by 141 votes to 12.", "tally") == ["unverifiable"]
    assert verdicts(UKRAINE + "The text was adopted by 141 votes to 12. The amendment failed.", "tally") \
        == ["unverifiable"]
    # a miscount of every number (within 3) is still a false statement about this vote
    assert verdicts(UKRAINE + "It was adopted by 143 votes to 5, with 35 abstentions.", "tally") == ["contradicted"]
    # its symbol in the sentence identifies the vote whatever the numbers
    assert verdicts(ES11 + "Resolution ES-11/1 was adopted by 120 votes to 12.", "tally") == ["contradicted"]


def sides(sentence: str) -> list[tuple[str, str]]:
    return [(p.iso3, p.vote) for p in positions.positions(sentence)[0]]


def test_a_list_ends_at_the_next_vote_phrase_or_its_names_stay_unread():
    assert sides("Chile and Peru voted against while Brazil and Cuba abstained.") == [
        ("CHL", "no"), ("PER", "no"), ("BRA", "abstain"), ("CUB", "abstain")]
    assert sides("Voting against were Chile, Peru and Mexico Brazil and Cuba abstained.") == []
    assert sides("The following voted against: Chile, Peru, Mexico, Brazil and Cuba abstained.") == []
    assert sides("Voting against were Chile and Peru, and Brazil abstained.") == []
    assert sides("Against: Chile, Peru Abstaining: Brazil, Cuba.") == [
        ("CHL", "no"), ("PER", "no"), ("BRA", "abstain"), ("CUB", "abstain")]


def test_an_unclear_split_makes_no_false_alarm_and_a_clear_one_is_still_caught(built_store):
    got = checked(ES11 + "Voting against resolution ES-11/1 were Belarus and Syria Pakistan and India abstained.")
    assert not [c for c in got if c["kind"] == "position"]
    got = checked(ES11 + "On resolution ES-11/1, Belarus voted against while Pakistan voted in favour.")
    assert {(c["state"], c["verdict"]) for c in got if c["kind"] == "position"} == {
        ("BLR", "supported"), ("PAK", "contradicted")}


def test_support_for_something_else_is_no_vote(built_store):
    assert sides("Russia backed the compensation commission in 1991.") == []
    assert sides("At the Assembly, Pakistan supported the creation of a tribunal.") == []
    assert sides("Russia backed the resolution.") == [("RUS", "yes")]
    got = checked(ES11 + "Pakistan backed the creation of an envoy's office in 1999.")
    assert not [c for c in got if c["kind"] == "position"]
    got = checked(ES11 + "Pakistan backed resolution ES-11/1.")  # Pakistan abstained: still caught
    assert [(c["state"], c["verdict"]) for c in got if c["kind"] == "position"] == [("PAK", "contradicted")]


def test_several_votes_that_day_or_credentials_make_a_partial_match_unverifiable(built_store):
    got = [c for c in checked(UKRAINE + "The first vote was 141 to 5. A second vote that day went 141 to 30.")
           if c["kind"] == "tally"]
    assert [(c["asserted"]["no"], c["verdict"]) for c in got] == [(5, "supported"), (30, "unverifiable")]
    assert "several votes on that day" in got[1]["evidence"]["record"]
    got = [c for c in checked(UKRAINE + "The credentials of one delegation were approved. The text was adopted by "
                              "141 votes to 30.") if c["kind"] == "tally"]
    assert [c["verdict"] for c in got] == ["unverifiable"]
    assert "could be another vote on that day (2022-03-02): the text speaks of credentials" in got[0]["evidence"]["record"]


def test_a_text_cut_in_its_last_sentence_is_not_called_false_there(built_store):
    whole = ES11 + "It passed by 141 to 5, with 35 abstentions. Voting against were Russia, Belarus, Syria and Pakistan."
    assert [c["verdict"] for c in checked(whole) if c["state"] == "PAK"] == ["contradicted"]
    cut = whole[:-1] + " and"  # the page stops here
    got = [c for c in checked(cut) if c["state"] == "PAK"]
    assert [c["verdict"] for c in got] in ([], ["unverifiable"])
    assert all("stops in the middle" in c["evidence"]["record"] for c in got)


def test_a_vote_far_from_the_texts_date_is_not_called_false_without_a_year(built_store):
    text = ("The General Assembly voted on the aggression against Ukraine by 141 to 5, with 35 abstentions. "
            "Pakistan voted against the resolution.")
    close = [c for c in api.check_text(text, published=date(2022, 3, 3)).claims if c["state"] == "PAK"]
    assert [c["verdict"] for c in close] == ["contradicted"]  # the report of the next day: ES-11/1, Pakistan abstained
    far = [c for c in api.check_text(text, published=date(2023, 6, 1)).claims if c["state"] == "PAK"]
    assert [c["verdict"] for c in far] in ([], ["unverifiable"])  # a year later it may report another vote

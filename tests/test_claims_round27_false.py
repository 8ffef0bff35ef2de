"""Twenty-seventh round, branch false11: false statements the checker missed (issue 9; docs/claims.md, "Twenty-seventh
round: catching the false statements"). Sentences of our own; for each family its true and false variants side by
side, and the traps where nothing may be called false.

The record: A/RES/71/49 of 5 December 2016 (towards the elimination of nuclear weapons, 167-4-16; against: China,
North Korea, Russia, Syria; A/RES/71/32 of the same day was 130-4-48); the plenary's vote of 14 December 1957 on the
First Committee's draft on Cyprus (rcid:538, 31-23-24, short of two thirds)."""

from __future__ import annotations

from datetime import date

import pytest

from unga import api

NUCLEAR_DAY = date(2016, 12, 6)
CYPRUS_DAY = date(1957, 12, 16)


def tallies(text: str, published: date) -> list[tuple]:
    return [(c["resolution"], c["asserted"], c["verdict"])
            for c in api.check_text(text, published=published).claims if c["kind"] == "tally"]


# --- a tally one number off whose sentence names one side in full is that vote's ---

@pytest.mark.parametrize("abstaining, verdict", [(16, "supported"), (17, "contradicted")])
def test_a_tally_one_off_with_a_side_named_in_full(built_store, abstaining, verdict):
    said = {"yes": 167, "no": 4, "abstain": abstaining}
    assert tallies("The disarmament resolution was backed by 167 countries, including Japan, with four — China, North "
                   f"Korea, Russia and Syria — voting against and {abstaining}, including France and Britain, "
                   "abstaining.", NUCLEAR_DAY) == [("A/RES/71/49", said, verdict)]


@pytest.mark.parametrize("sentence", [
    # a state of the list voted otherwise: the list is no fingerprint of the vote
    "The disarmament resolution was backed by 167 countries, including Japan, with four — China, North Korea, Russia "
    "and Iran — voting against and 17, including France and Britain, abstaining.",
    # the side named in part only
    "The disarmament resolution was backed by 167 countries, including Japan, with four — China, Russia and Syria "
    "among them — voting against and 17, including France and Britain, abstaining.",
    # no list at all
    "The disarmament resolution was backed by 167 countries, with four voting against and 17 abstaining.",
    # the words fit another vote of the day, two numbers of which the tally shares; two states named of four
    "The Assembly adopted a resolution on reducing nuclear danger by 130 votes to 4, with 49 abstentions, Brazil and "
    "Egypt voting against.",
])
def test_trap_a_tally_one_off_without_a_whole_side_stays_unidentified(built_store, sentence):
    assert all(verdict != "contradicted" for _, _, verdict in tallies(sentence, NUCLEAR_DAY))


# --- a plenary's vote told after a quoted paragraph is not the committee's ---

CYPRUS = ("On Thursday the First Committee approved the amended draft on Cyprus by 33 votes to 20, with 25 "
          "abstentions.\n\n\"The parties will keep talking.\"\n\nOn Saturday, at the plenary meeting of the Assembly, "
          "the draft missed the two-thirds majority it needed. The vote was 31 for, {no} against, with 24 abstentions.")


@pytest.mark.parametrize("no, verdict", [(23, "supported"), (24, "contradicted")])
def test_the_plenary_named_after_a_quote_that_ends_its_paragraph(built_store, no, verdict):
    found = tallies(CYPRUS.format(no=no), CYPRUS_DAY)
    assert found[0][0] is None  # the committee's own tally: not in the record
    assert found[1] == ("rcid:538", {"yes": 31, "no": no, "abstain": 24}, verdict)


def test_trap_a_committee_text_that_names_no_plenary_stays_the_committees(built_store):
    text = ("On Thursday the First Committee approved the amended draft on Cyprus by 33 votes to 20, with 25 "
            "abstentions.\n\n\"The parties will keep talking.\"\n\nThe vote was 31 for and 24 against, with 24 "
            "abstentions.")
    assert all(verdict == "unverifiable" for _, _, verdict in tallies(text, CYPRUS_DAY))


# --- a list after a tally one number off, both pointing at one vote: a state of it that voted otherwise ---

URANIUM_DAY = date(2014, 10, 1)  # A/RES/62/30 of 5 December 2007: 136-5-36, against Britain, the United States,
URANIUM = "In 2007 a group of states tabled a text on depleted uranium weapons. It was adopted by 136 votes to "  # Israel,
# the Czech Republic and the Netherlands; France and Monaco did not vote


def verdicts(text: str, published: date) -> dict[str, tuple]:
    return {c["state"]: (c["resolution"], c["verdict"]) for c in api.check_text(text, published=published).claims
            if c["kind"] == "position"}


def test_a_state_that_did_not_vote_in_a_list_after_a_tally_one_off(built_store):
    found = verdicts(URANIUM + "six, with 36 abstentions. Those against were Britain, France, the United States, "
                     "the Netherlands, Israel and the Czech Republic.", URANIUM_DAY)
    assert found["FRA"] == ("A/RES/62/30", "contradicted")
    assert {found[s] for s in ("GBR", "USA", "ISR", "CZE", "NLD")} == {("A/RES/62/30", "supported")}
    true = verdicts(URANIUM + "six, with 36 abstentions. Those against were Britain, the United States, the "
                    "Netherlands, Israel and the Czech Republic.", URANIUM_DAY)
    assert set(true.values()) == {("A/RES/62/30", "supported")}


@pytest.mark.parametrize("list_sentence", [
    # two states of the list voted otherwise: it is no fingerprint of the vote
    "Those against were Britain, the United States, France, Monaco, Israel and the Netherlands.",
    # the list tells of a later vote
    "A year later Britain, France, the United States, the Netherlands, Israel and the Czech Republic voted against a "
    "similar text.",
    "In 2008 those against were Britain, France, the United States, the Netherlands, Israel and the Czech Republic.",
])
def test_trap_a_list_that_is_no_fingerprint_or_of_another_time(built_store, list_sentence):
    found = verdicts(URANIUM + "six, with 36 abstentions. " + list_sentence, URANIUM_DAY)
    assert found["FRA"][1] != "contradicted"


def test_trap_a_list_with_no_tally_before_it(built_store):
    found = verdicts("In 2007 a group of states tabled a text on depleted uranium weapons. Britain, the United States, "
                     "France, the Netherlands, Israel and the Czech Republic voted against it.", URANIUM_DAY)
    assert found["FRA"][1] != "contradicted"


# --- a change of vote: the state's vote this time, false on both votes the sentence tells of ---

DEATH_PENALTY_DAY = date(2012, 12, 21)  # A/RES/67/176 of 20 December 2012 (111-41-34) and A/RES/65/206 of 2010:
MORATORIUM = ("On Thursday the Assembly adopted the moratorium on the death penalty by 111 votes to 41, with 34 "  # Niger
              "abstentions. ")  # abstained both times; the Central African Republic abstained, then voted in favour;
# Namibia voted in favour, then abstained


def test_a_vote_this_time_false_on_both_votes_of_its_sentence(built_store):
    false = verdicts(MORATORIUM + "Niger, which had abstained in 2010, this time voted in favour.", DEATH_PENALTY_DAY)
    assert false["NER"] == ("A/RES/67/176", "contradicted")
    true = verdicts(MORATORIUM + "The Central African Republic, which had abstained in 2010, this time voted in "
                    "favour.", DEATH_PENALTY_DAY)
    assert true["CAF"] == ("A/RES/67/176", "supported")


def test_trap_a_change_told_the_wrong_way_round_is_not_called_false_this_time(built_store):
    # Namibia voted in favour in 2010 and abstained in 2012: "voted in favour" is true of one of the two votes
    found = [c for c in api.check_text(MORATORIUM + "Namibia, which had abstained in 2010, this time voted in favour.",
                                       published=DEATH_PENALTY_DAY).claims
             if c["kind"] == "position" and c["asserted"] == {"vote": "yes"}]
    assert [c["verdict"] for c in found] == ["unverifiable"]


def test_trap_a_committee_release_whose_heading_names_the_assembly_alone(built_store):
    # a blank line ends a sentence only where the plenary is looked for: the heading's "General Assembly", a line of
    # its own, is not a sentence that names the Assembly apart from the committee (fahunt6 e70's shape)
    text = ("Seventy-first General Assembly\n\nFirst Committee\n\n20th Meeting\n\nThe First Committee on Monday "
            "finished its work for the session.\n\nAt the close of the Committee's session, the draft on united action "
            "towards the total elimination of nuclear weapons was approved by a recorded vote of 166 to 4, with 16 "
            "abstentions.")
    assert all(verdict == "unverifiable" for _, _, verdict in tallies(text, NUCLEAR_DAY))

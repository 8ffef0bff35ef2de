"""Twenty-sixth round, branch false10: false statements the checker missed (issue 9; docs/claims.md, "Twenty-sixth
round: catching the false statements"). Sentences of our own; for each family its true and false variants side by
side, and the traps where nothing may be called false.

The record: A/RES/78/264 of 15 March 2024 (measures to combat Islamophobia, 115-0-44); the UN meeting coverage of
12 September 2025 names all ten states against draft A/80/L.1/Rev.1 (142-10-12; Ireland is not among them, Israel and
the United States are)."""

from __future__ import annotations

from datetime import date

import pytest

from unga import api

ISLAMOPHOBIA_DAY = date(2024, 3, 16)
DECLARATION_DAY = date(2025, 9, 13)
DECLARATION = "The Assembly endorsed the declaration on Friday by 142 votes to 10, with 12 abstentions. "


def tallies(text: str, published: date = ISLAMOPHOBIA_DAY) -> list[tuple]:
    return [(c["resolution"], c["asserted"], c["verdict"])
            for c in api.check_text(text, published=published).claims if c["kind"] == "tally"]


def position(text: str, state: str, published: date = DECLARATION_DAY) -> tuple:
    found = next(c for c in api.check_text(text, published=published).claims
                 if c["kind"] == "position" and c["state"] == state)
    return found["resolution"], found["verdict"]


# --- the numbers an adoption phrase introduces are the resolution's, though the sentence names amendments ---

@pytest.mark.parametrize("yes, verdict", [(115, "supported"), (113, "contradicted")])
def test_a_tally_introduced_by_the_adoption_in_a_sentence_on_amendments(built_store, yes, verdict):
    said = {"yes": yes, "no": 0, "abstain": 44}
    assert tallies(f"Before adopting the resolution on combating Islamophobia by a recorded vote of {yes} in favour to "
                   "none against, with 44 abstentions, the Assembly rejected two amendments.") == [
        ("A/RES/78/264", said, verdict)]
    assert tallies(f"Prior to adopting the text on combating Islamophobia, as orally revised, by {yes} votes to none, "
                   "with 44 abstentions, the Assembly turned down two amendments.") == [
        ("A/RES/78/264", said, verdict)]


@pytest.mark.parametrize("sentence", [
    # the numbers follow the amendment's own verb, not the adoption phrase
    "Before adopting the resolution on combating Islamophobia, the Assembly rejected by 44 votes to 113 an amendment "
    "that would have changed its title.",
    "Before adopting the resolution on combating Islamophobia the Assembly voted on an amendment, rejected by 113 "
    "votes to none, with 44 abstentions.",
    # set off by commas, before a main clause that keeps a paragraph or rejects with more votes against: its vote
    "Before adopting the resolution on combating Islamophobia, by 113 votes to none, with 44 abstentions, the Assembly "
    "retained its fourth paragraph.",
    "Before adopting the resolution on combating Islamophobia, by 44 votes to 113, the Assembly rejected an amendment.",
    # the numbers come before the adoption phrase
    "The Assembly rejected an amendment by 113 votes to none with 44 abstentions before adopting the resolution on "
    "combating Islamophobia.",
])
def test_trap_an_amendments_tally_beside_an_adoption_phrase_stays_the_amendments(built_store, sentence):
    assert [verdict for _, _, verdict in tallies(sentence)] == ["unverifiable"]


# --- a list goes on with the release tally before it across sentences of positions alike ---

def test_a_list_after_another_list_after_a_release_tally_is_judged_on_the_release(built_store):
    text = DECLARATION + "France and Spain voted in favour. Israel, the United States and Ireland voted against."
    assert position(text, "IRL") == ("A/80/L.1/REV.1", "contradicted")
    assert position(text, "ISR") == ("A/80/L.1/REV.1", "supported")


@pytest.mark.parametrize("between", [
    "France had voted in favour of earlier texts. ",  # an earlier vote between: the list may go on with that
    "France and Spain voted in favour.\n\n",  # a new paragraph
    "The text was drafted by two states. ",  # a sentence of no positions between
])
def test_trap_a_list_not_going_on_with_the_release_tally_is_never_called_false(built_store, between):
    assert position(DECLARATION + between + "Ireland voted against.", "IRL")[1] == "unverifiable"


def test_trap_a_list_of_a_second_text_after_a_list_is_never_called_false(built_store):
    text = DECLARATION + "France and Spain voted in favour. A second text was opposed by Ireland."
    assert position(text, "IRL")[1] == "unverifiable"


# --- a count in a paragraph whose earlier sentence lists a side that identifies the vote ---
# A/RES/77/284 of 26 April 2023 (cooperation with the Council of Europe, 122-5-18; Russia, Belarus, Syria, North Korea
# and Nicaragua against, Uzbekistan abstaining, France in favour). The lead names no subject: only its day and count.

COUNCIL_DAY = date(2023, 5, 1)
COUNCIL = "On 26 April the General Assembly adopted the resolution with 122 votes in favour.\n\n"
AGAINST = "Russia, Belarus, Syria, North Korea and Nicaragua voted against. "


def abstentions(text: str) -> list[tuple]:
    return [(c["resolution"], c["asserted"]["value"], c["verdict"])
            for c in api.check_text(text, published=COUNCIL_DAY).claims
            if c["kind"] == "count" and c["asserted"]["field"] == "abstain"]


@pytest.mark.parametrize("others, verdict", [(17, "supported"), (23, "contradicted")])
def test_a_count_after_a_list_that_identifies_the_vote(built_store, others, verdict):
    said = COUNCIL + AGAINST + f"Uzbekistan and {others} other countries abstained."
    assert abstentions(said) == [("A/RES/77/284", others + 1, verdict)]


def test_trap_a_count_after_a_list_that_does_not_fit_the_vote_is_held(built_store):
    # France voted in favour: the list is not all the vote's, so it identifies nothing
    said = COUNCIL + AGAINST.replace("Nicaragua", "France") + "Uzbekistan and 23 other countries abstained."
    assert [verdict for _, _, verdict in abstentions(said)] == ["unverifiable"]


def test_trap_a_count_of_its_own_time_after_the_list_is_not_the_votes(built_store):
    said = COUNCIL + AGAINST + "Last year 24 countries abstained."
    assert all(verdict != "contradicted" for _, _, verdict in abstentions(said))

"""Issue 9, thirteenth round (branch fafixnum): a number is the vote's count only when its clause counts the states
voting a way on that vote. Sentences of our own; each case has a trap of the same shape that stays contradicted.

The record used: ES-11/1 of 2 March 2022 (141-5-35; Singapore in favour; the five against were Russia, Belarus,
North Korea, Eritrea and Syria)."""

from __future__ import annotations

from datetime import date

from unga import api
from unga.claims import not_counts

DAY = date(2022, 3, 3)
TALLY = "The Assembly demanded on Wednesday, by 141 votes to 5 with 35 abstentions, that Russia leave Ukraine. "


def counts(text: str) -> list[tuple]:
    return [(c["asserted"]["field"], c["asserted"]["value"], c["verdict"])
            for c in api.check_text(text, published=DAY).claims if c["kind"] == "count"]


def test_voting_in_support_of_a_state_is_a_side_not_a_yes(built_store):
    said = TALLY + "Five countries voted in support of Russia: Russia itself, Belarus, North Korea, Eritrea and Syria."
    assert ("yes", 5, "contradicted") not in counts(said)
    assert not [c for c in counts(said) if c[0] == "yes"]


def test_trap_voting_in_support_of_the_text_stays_a_count(built_store):
    assert ("yes", 100, "contradicted") in counts(TALLY + "Only 100 countries voted in support of the resolution.")


def test_a_headlines_list_without_its_and_counts_the_named_state(built_store):
    assert counts("Singapore, 140 others vote for UN resolution on Ukraine") == [("yes", 141, "supported")]
    assert counts(TALLY + "Like Singapore, 140 others voted for the text.") == [("yes", 141, "supported")]


def test_trap_the_headlines_list_with_a_wrong_number_stays_contradicted(built_store):
    assert counts(TALLY + "Like Singapore, 150 others voted for the text.") == [("yes", 151, "contradicted")]


def test_a_groups_size_or_share_is_no_count(built_store):
    assert counts(TALLY + "Twenty of ASEAN's 10 members backed the text.") == []
    assert counts(TALLY + "Of the 54 African states, 17 abstained.") == []


def test_trap_a_plain_count_and_the_whole_membership_stay_contradicted(built_store):
    assert counts(TALLY + "Twenty-seven member states backed the text.") == [("yes", 27, "contradicted")]
    assert counts(TALLY + "Of the 193 member states, 30 abstained.") == [("abstain", 30, "contradicted")]
    assert counts(TALLY + "Today's 141 votes in favour were a record.") == [("yes", 141, "supported")]


def test_a_kind_of_state_is_no_count(built_store):
    assert counts(TALLY + "Three nuclear powers voted in favour.") == []


def test_an_agent_keeps_its_number_when_its_verb_is_in_its_clause(built_store):
    said = TALLY + "The demand was endorsed by the vote of 100 member states that voted in favour."
    assert counts(said) == [("yes", 100, "contradicted")]


def test_the_group_readers_on_plain_sentences():
    sentence = "Of the 10 members of ASEAN who took part in the talks, only 4 abstained."
    at = sentence.index("4 abstained")
    assert not_counts.part_of_a_group(sentence, at, at + 1)
    sentence = "It was opposed by 2 other nuclear powers, China and Russia, plus North Korea and Syria."
    at = sentence.index("2 other")
    assert not_counts.part_of_a_group(sentence, at, at + 1)
    for plain in ("It was backed by 156 countries and opposed by 2 countries.", "141 UN member states voted yes.",
                  "35 other countries abstained.", "141 General Assembly members voted yes.",
                  "141 U.N. members voted yes."):
        at = next(i for i, ch in enumerate(plain) if ch.isdigit())
        end = at + len(plain[at:].split()[0])
        assert not not_counts.part_of_a_group(plain, at, end), plain

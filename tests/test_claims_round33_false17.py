"""Thirty-third round (branch false17): two misreadings of a count's number that could call a true count false.
Sentences of our own, true and false variants side by side, on A/RES/ES-11/1 (2 March 2022: 141 in favour, 5
against, 35 abstentions), named by its symbol so that a wrong count is called false.

- Number words hyphenated through "and" ("one-hundred-and-forty-one") were read from "forty-one" on: 41.
- The membership a count is taken out of, in an aside between commas ("141 nations, out of 193 member countries,
  backed it"), gave its own number to the verb after the aside: 193.
"""

from __future__ import annotations

from datetime import date

from unga import api

MARCH_2022 = date(2022, 3, 3)


def counts(text: str) -> list[tuple[str, int, str]]:
    return [(c["asserted"]["field"], c["asserted"]["value"], c["verdict"])
            for c in api.check_text(text, published=MARCH_2022).claims if c["kind"] == "count"]


def tallies(text: str) -> list[tuple[dict, str]]:
    return [(c["asserted"], c["verdict"]) for c in api.check_text(text, published=MARCH_2022).claims
            if c["kind"] == "tally"]


def test_hyphenated_number_words_through_and_are_one_number(built_store):
    for said in ("In resolution ES-11/1, one-hundred-and-forty-one countries voted in favour.",
                 "One-Hundred-and-Forty-One members backed resolution ES-11/1."):
        assert counts(said) == [("yes", 141, "supported")], said
    said = "In resolution ES-11/1, one-hundred-and-fifty countries voted in favour."  # false: 141
    assert counts(said) == [("yes", 150, "contradicted")]
    # the same words spaced, and a tally's second number hyphenated too
    said = "Resolution ES-11/1 drew one-hundred-and-forty-one votes in favour and thirty-five abstentions."
    assert tallies(said) == [({"yes": 141, "abstain": 35}, "supported")]
    said = "Resolution ES-11/1 drew one hundred and forty-one votes in favour and thirty-five abstentions."
    assert tallies(said) == [({"yes": 141, "abstain": 35}, "supported")]


def test_the_membership_in_an_aside_is_not_the_count(built_store):
    for said in ("A total of 141 countries, out of 193 UN members, backed resolution ES-11/1.",
                 "Resolution ES-11/1 was backed by 141 countries, out of the 193 member countries, on Wednesday.",
                 "141 states, of all 193 members, voted for resolution ES-11/1."):
        got = counts(said)
        assert ("yes", 193, "contradicted") not in got and ("yes", 141, "supported") in got, said
    said = "A total of 150 countries, out of 193 UN members, backed resolution ES-11/1."  # false: 141
    assert counts(said) == [("yes", 150, "contradicted")]
    # with its other side after it, still one tally
    said = "141 countries, out of the 193 in the Assembly, voted for resolution ES-11/1, and 5 voted against."
    assert tallies(said) == [({"yes": 141, "no": 5}, "supported")]


def test_traps_a_range_or_another_number_in_the_aside_is_no_membership(built_store):
    # "of 140 to 150 members" is no membership; nothing is blanked and no count of 193 appears either way
    said = "Resolution ES-11/1 was backed by 141 countries, of some 140 to 150 expected, on Wednesday."
    assert all(value != 193 for _, value, _ in counts(said))
    # a membership said before the count (already read) stays as it was
    said = "Out of 193 member countries, 141 voted for resolution ES-11/1."
    assert counts(said) == [("yes", 141, "supported")]

"""Sixteenth round (issue 9, branch fix16): a count stated as "the number of [states voting X] is N", in sentences of
our own, with traps (a number compared, a side named twice). The record: ES-11/1 (141-5-35)."""

from __future__ import annotations

import pytest
from fixtures import ES11_1_LEAD, claims_after

from unga.claims import numberof


def counts(sentence: str) -> list[tuple]:
    return [(c["asserted"]["field"], c["asserted"]["value"], c["verdict"])
            for c in claims_after(ES11_1_LEAD, sentence, "count")]


@pytest.mark.parametrize("sentence, field, value", [
    ('The number of countries that voted "against" was 5.', "no", 5),
    ('The number of "no" votes is 5, as it was last year.', "no", 5),
    ("The number of states voting in favour stood at 141.", "yes", 141),
    ("The number of abstentions rose to 35.", "abstain", 35),
    ("The number of nations which abstained was 35.", "abstain", 35),
])
def test_the_number_of_a_side_is_a_count_of_it(built_store, sentence, field, value):
    assert counts(sentence) == [(field, value, "supported")]


def test_a_false_number_of_a_side_is_read_and_never_supported(built_store):
    said = counts("The number of countries that voted against was 9.")
    assert [(f, v) for f, v, _ in said] == [("no", 9)] and said[0][2] != "supported"


@pytest.mark.parametrize("sentence", [
    "The number of countries that voted against was 12 more than in 2014.",
    "The number of states voting for or against was 146.",
    "The number of states that voted in favour fell to 40 percent of the membership.",
    "The number of countries that voted against was not 9.",
])
def test_trap_a_number_compared_or_of_no_one_side_is_no_count(sentence):
    assert numberof.counts(sentence) == []

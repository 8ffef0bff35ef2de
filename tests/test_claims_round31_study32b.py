"""Thirty-first round (issue 9, branch study32b): holdout32's English misses, second half. "with A, B and C among those
voting against" after a tally; a table of rows, a state and its vote a line, the cells maybe run together
("RussiaAgainst ❌"); "was not supported by N countries, including A and B" (no count of a side; the states did not
vote yes); "no country abstained"; a side noun owned by a named state ("Moscow's supporters, including A") names no
side of the vote; "Among the N countries joining A in opposition were B and C" (N + 1 against). Sentences of our
own. The record: ES-11/1 of 2 March 2022 (141-5-35: Russia, Belarus, Eritrea, North Korea and Syria against; India,
China, Algeria and Mali among those abstaining; France and Chile in favour)."""

from __future__ import annotations

import pytest
from fixtures import ES11_1_LEAD, claims_after

from unga.claims import digits, row_tables

NO = "no"
AB = "abstain"
NOT_YES = "no or abstain or absent"


def _said(sentence: str) -> set[tuple]:
    return {(c["state"], c["asserted"]["vote"], c["verdict"]) for c in claims_after(ES11_1_LEAD, sentence, "position")}


def _counts(sentence: str) -> set[tuple]:
    return {(tuple(sorted(c["asserted"].items())), c["verdict"]) for c in claims_after(ES11_1_LEAD, sentence, "count")}


@pytest.mark.parametrize("sentence, expected", [
    ("The Assembly approved the text 141–5 with 35 abstentions, with Russia, Belarus and Syria among those voting "
     "against.", {("RUS", NO, "supported"), ("BLR", NO, "supported"), ("SYR", NO, "supported")}),
    ("It passed, with India and China among those abstaining.", {("IND", AB, "supported"), ("CHN", AB, "supported")}),
    # India abstained: a false statement
    ("The text passed, with India and Syria among those voting against.",
     {("IND", NO, "contradicted"), ("SYR", NO, "supported")}),
])
def test_with_a_list_among_those_voting(built_store, sentence, expected):
    assert _said(sentence) == expected


def test_a_table_of_rows_a_state_and_its_vote_a_line(built_store):
    table = ("Here is how countries voted:\n\nCountryVote\n🇷🇺 RussiaAgainst ❌\n🇧🇾 BelarusAgainst ❌\n"
             "🇮🇳 IndiaAbstained\n🇫🇷 FranceIn favor ✅\n🇨🇱 ChileIn favor ✅\n")
    assert _said(table) == {("RUS", NO, "supported"), ("BLR", NO, "supported"), ("IND", AB, "supported"),
                            ("FRA", "yes", "supported"), ("CHL", "yes", "supported")}
    spaced = "Country | Vote\nRussia | Against\nAlgeria | Yes\nMali  Abstain\n"
    assert _said(spaced) == {("RUS", NO, "supported"), ("DZA", "yes", "contradicted"), ("MLI", AB, "supported")}


def test_rows_need_a_block_of_three_and_one_name_each():
    assert row_tables.runs("Russia  Against\nBelarus  Against\n") == []  # two lines are no table
    assert row_tables.runs("Russia Belarus Against\nChad Peru Yes\nFiji Togo No\n") == []  # two names a line
    assert row_tables.runs("Russia  Against\nThe delegates said No\nBelarus  Against\nFiji Yes\n") == []
    (table,) = row_tables.runs("Bosnia & Herzegovina  In favour\nSão Tomé and PrincipeDid not vote\nUSANo\n")
    assert [(iso3, vote) for iso3, vote, *_ in table.cells] == [("BIH", "yes"), ("STP", "absent"), ("USA", "no")]


@pytest.mark.parametrize("sentence, expected", [
    ("The resolution was not supported by five countries, including Russia and Belarus.",
     {("RUS", NOT_YES, "supported"), ("BLR", NOT_YES, "supported")}),
    # India abstained: it did not support the text either; France voted yes
    ("The text wasn't backed by 40 countries, including India and France.",
     {("IND", NOT_YES, "supported"), ("FRA", NOT_YES, "contradicted")}),
    ("The resolution was supported by 141 countries, including France.", {("FRA", "yes", "supported")}),
])
def test_a_denied_passive_with_a_count_and_examples(built_store, sentence, expected):
    assert _said(sentence) == expected
    if " not " in sentence or "n't" in sentence:
        assert _counts(sentence) == set()  # neither the yes side nor any other


def test_no_country_abstained_is_zero_abstentions(built_store):
    assert digits.in_digits("and no country abstained.") == "and 0 abstained."
    # 35 abstained: a lone count is not called false (no tally pins the roll call); inside a tally it is
    assert _counts("In the end, no country abstained.") == {
        ((("field", "abstain"), ("op", "="), ("value", 0)), "unverifiable")}
    tallies = claims_after(ES11_1_LEAD, "The text passed 141 to 5, and no country abstained.", "tally")
    assert [(c["asserted"], c["verdict"]) for c in tallies] == [({"yes": 141, "no": 5, "abstain": 0}, "contradicted")]


@pytest.mark.parametrize("sentence, expected", [
    ("Several of Moscow's supporters, including Belarus and Syria, voted against the text.",
     {("BLR", NO, "supported"), ("SYR", NO, "supported")}),
    # the friends of a state, not the text's supporters: no yes read
    ("Those opposing the text included Russia and many of Kyiv’s backers, including France and Chile.",
     {("RUS", NO, "supported")}),
    ("The resolution's supporters, including France and Chile, welcomed it.",
     {("FRA", "yes", "supported"), ("CHL", "yes", "supported")}),
])
def test_a_side_noun_owned_by_a_named_state(built_store, sentence, expected):
    assert _said(sentence) == expected


@pytest.mark.parametrize("sentence, count, verdict", [
    ("Among the four countries joining Russia in opposition were Belarus, Syria and Eritrea.", 5, "supported"),
    ("Among the 5 countries joining Syria in opposition were Belarus and Russia.", 6, "contradicted"),
])
def test_the_countries_joining_a_state_in_opposition(built_store, sentence, count, verdict):
    assert _counts(sentence) == {((("field", NO), ("op", "="), ("value", count)), verdict)}
    assert {vote for _, vote, _ in _said(sentence)} == {NO}

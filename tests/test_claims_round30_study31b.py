"""Thirtieth round (issue 9, branch study31b): holdout31's English misses, second half. A colon sentence whose list
paragraph the splitter keeps with it; "A also was among the N countries that voted "no.""; "were among those to
oppose", "those in abstention included"; "A joined N other countries including B and C on Wednesday to vote against"
and a headline's "A Joins B, C to Vote Against"; "The tally: N states favoring …, M opposing, K abstaining";
"without a single opposing vote", "none dissenting"; "N votes in opposition". Sentences of our own. The record:
ES-11/1 of 2 March 2022 (141-5-35: Russia, Belarus, Eritrea, North Korea and Syria against; Algeria, India, Mali and
China among those abstaining)."""

from __future__ import annotations

import pytest
from fixtures import ES11_1_LEAD, claims_after

from unga.claims import blocks, digits, numbers

NO = "no"
AB = "abstain"


def _said(sentence: str) -> set[tuple]:
    return {(c["state"], c["asserted"]["vote"], c["verdict"]) for c in claims_after(ES11_1_LEAD, sentence, "position")}


def _counts(sentence: str, kind: str = "count") -> set[tuple]:
    return {(tuple(sorted(c["asserted"].items())), c["verdict"]) for c in claims_after(ES11_1_LEAD, sentence, kind)}


def test_a_colon_sentence_gives_its_vote_to_the_list_paragraph_kept_with_it():
    got = blocks.colon_heading("Voting in favour of the text, in the view of the chair, were the following:\n\n"
                               "Chad, Peru, Fiji, Togo,")
    assert got[0] == "yes" and [p.iso3 for p in got[1:]] == ["TCD", "PER", "FJI", "TGO"]
    # traps: prose below the colon, a colon sentence with no vote
    assert blocks.colon_heading("Voting in favour were the following:\n\nChad said it would think again.") is None
    assert blocks.colon_heading("The sponsors were the following:\n\nChad, Peru, Fiji") is None


@pytest.mark.parametrize("sentence, expected", [
    ("Voting against the resolution, as the record of the meeting shows, were the following:\n\n"
     "Russia, Belarus, Eritrea, North Korea, Syria",
     {("RUS", NO, "supported"), ("BLR", NO, "supported"), ("ERI", NO, "supported"), ("PRK", NO, "supported"),
      ("SYR", NO, "supported")}),
    # India abstained: not called false inside a list that is otherwise right, and never supported
    ("Voting against the resolution were the following:\n\nRussia, Belarus, India",
     {("RUS", NO, "supported"), ("BLR", NO, "supported"), ("IND", NO, "unverifiable")}),
])
def test_a_list_paragraph_under_a_colon_sentence(built_store, sentence, expected):
    assert _said(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Syria also was among the five countries that voted “no.”", {("SYR", NO, "supported")}),
    ("India also was among the five countries that voted “no.”", {("IND", NO, "contradicted")}),
])
def test_also_before_was_among_and_a_quoted_no(built_store, sentence, expected):
    assert _said(sentence) == expected
    assert _counts(sentence) == {((("field", "no"), ("op", "="), ("value", 5)), "supported")}


@pytest.mark.parametrize("sentence, expected", [
    ("Russia, Belarus and Syria were among those to oppose the draft, while those in abstention included "
     "India, China and Mali.",
     {("RUS", NO, "supported"), ("BLR", NO, "supported"), ("SYR", NO, "supported"), ("IND", AB, "supported"),
      ("CHN", AB, "supported"), ("MLI", AB, "supported")}),
    ("Russia and India were among those to oppose the resolution.", {("RUS", NO, "supported"),
                                                                     ("IND", NO, "contradicted")}),
    ("Those in abstention included Algeria, India and Belarus.",
     {("DZA", AB, "supported"), ("IND", AB, "supported"), ("BLR", AB, "contradicted")}),
])
def test_among_those_to_oppose_and_those_in_abstention(built_store, sentence, expected):
    assert _said(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Russia joined four other countries including Belarus, Syria and North Korea on Wednesday to vote against the "
     "text.", {("RUS", NO, "supported"), ("BLR", NO, "supported"), ("SYR", NO, "supported"), ("PRK", NO, "supported")}),
    ("Russia joined four other countries, including Belarus and India, to vote against the text.",
     {("RUS", NO, "supported"), ("BLR", NO, "supported"), ("IND", NO, "contradicted")}),
    ("Belarus Joins Russia, Syria, Eritrea to Vote Against UN Text",
     {("BLR", NO, "supported"), ("RUS", NO, "supported"), ("SYR", NO, "supported"), ("ERI", NO, "supported")}),
])
def test_joined_n_other_countries_including_b_and_c(built_store, sentence, expected):
    assert _said(sentence) == expected


def test_joined_n_other_countries_is_a_count_of_n_and_one(built_store):
    assert _counts("Russia joined four other countries including Belarus on Tuesday to vote against the text.") == {
        ((("field", "no"), ("op", "="), ("value", 5)), "supported")}


def test_a_tally_said_with_favoring_and_opposing():
    said = numbers.tallies("The tally: 97 states favoring the resolution, 0 opposing, 12 abstaining.")
    assert [g.fields for g in said] == [{"yes": 97, "no": 0, "abstain": 12}]
    # trap: no tally opens them; "supporting the text" may be its sponsors
    assert numbers.tallies("50 countries supporting the text, 3 opposing it.") == []


@pytest.mark.parametrize("sentence, verdict", [
    ("The tally: 141 states favoring the resolution, 5 opposing, 35 abstaining.", "supported"),
    ("The tally: 141 states favoring the resolution, 6 opposing, 35 abstaining.", "contradicted"),
])
def test_a_favoring_tally_is_judged(built_store, sentence, verdict):
    assert {v for _, v in _counts(sentence, "tally")} == {verdict}


def test_no_vote_against_said_without_a_number():
    assert [g.fields for g in numbers.tallies(digits.in_digits("It passed without a single opposing vote."))] == [
        {"no": 0}]
    assert [g.fields for g in numbers.tallies(digits.in_digits(
        "It was adopted with eight nations abstaining but none dissenting."))] == [{"abstain": 8, "no": 0}]
    assert numbers.tallies(digits.in_digits("It was adopted without a vote.")) == []  # consensus: no count


@pytest.mark.parametrize("sentence, value, verdict", [
    ("The text passed with only five votes in opposition.", 5, "supported"),
    ("The text passed with only four votes in opposition.", 4, "contradicted"),
])
def test_votes_in_opposition_are_a_count_against(built_store, sentence, value, verdict):
    # never the votes the text won ("adopted with N votes")
    assert _counts(sentence) == {((("field", "no"), ("op", "="), ("value", value)), verdict)}


@pytest.mark.parametrize("sentence, kind, asserted, verdict", [
    # "approved … by N nations with M abstentions": the states in favour, when the other side follows
    ("It was approved by the General Assembly on March 2, 2022, by one hundred and forty-one nations with thirty-five "
     "abstentions.", "tally", {"yes": 141, "abstain": 35}, "supported"),
    ("It was approved by the General Assembly on March 2, 2022, by one hundred and forty nations with thirty-five "
     "abstentions.", "tally", {"yes": 140, "abstain": 35}, "contradicted"),
    # a count with its examples and no closing comma before the participle
    ("The vote passed with 141 nations, including Chad and Peru voting in favour.", "count",
     {"field": "yes", "op": "=", "value": 141}, "supported"),
    ("The vote passed with 140 nations, including Chad and Peru voting in favour.", "count",
     {"field": "yes", "op": "=", "value": 140}, "contradicted"),
    # the number's own aside between dashes
    ("A large group of member states – 141 in total – had voted yes on the text.", "count",
     {"field": "yes", "op": "=", "value": 141}, "supported"),
    # a question-and-answer page: the question, and its answer on the next line
    ("How many nations abstained on the resolution?\nthirty-five nations", "count",
     {"field": "abstain", "op": "=", "value": 35}, "supported"),
])
def test_counts_said_as_writers_and_archives_say_them(built_store, sentence, kind, asserted, verdict):
    got = [(c["asserted"], c["verdict"]) for c in claims_after(ES11_1_LEAD, sentence, kind)]
    assert got == [(asserted, verdict)]


def test_trap_a_question_of_two_votes_is_no_count():
    assert blocks.answered_count("How many nations voted against and how many abstained?\n40 nations") == []
    assert blocks.answered_count("How many nations abstained?\n35 nations") == [
        {"field": "abstain", "op": "=", "value": 35}]


@pytest.mark.parametrize("sentence, expected", [
    ("Uzbekistan and Turkmenistan, each a member of the U.N., simply failed to either vote or abstain.",
     {("UZB", "absent", "supported"), ("TKM", "absent", "supported")}),
    # India abstained: neither voting nor abstaining is false of it; one claim each, not one per vote ("either vote")
    ("India and Turkmenistan, each a member of the U.N., simply failed to either vote or abstain.",
     {("IND", "absent", "contradicted"), ("TKM", "absent", "supported")}),
    ("Several Asian states, including Uzbekistan, registered disapproval by not taking part in the vote.",
     {("UZB", "not_taking_part", "supported")}),
])
def test_not_voting_said_at_length(built_store, sentence, expected):
    assert len(claims_after(ES11_1_LEAD, sentence, "position")) == len(expected)
    assert _said(sentence) == expected


def test_trap_a_colon_sentence_of_several_votes_heads_no_paragraph():
    # whose list follows is unclear when the heading's clauses give several votes
    assert blocks.colon_heading("As 83 countries endorsed it, 39 abstained and 50 were absent, the 20 backing the "
                                "regime were:\n\nChad, Peru, Fiji, Togo") is None
    assert not blocks.opens_a_paragraph("As 83 endorsed it, 39 abstained and 50 were absent, the 20 backing it were:")
    assert blocks.opens_a_paragraph("Voting against the text were the following:")


def test_a_quoted_no_after_voted_stays_a_count():
    assert [g.fields for g in numbers.tallies('Just 7, including Israel, voted “no.” Later, 36 voted "No".')] \
        == [{"no": 7}, {"no": 36}]

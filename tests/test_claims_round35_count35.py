"""Thirty-fifth round, count35: a count said with the states it is said together with (docs/claims.md, "Thirty-fifth
round: counts as reporters write them"). Our own sentences; each shape in several wordings, with its traps."""

from __future__ import annotations

from datetime import date

import pytest

from unga import api

pytestmark = pytest.mark.usefixtures("built_store")

OPENING = "The Assembly voted on Thursday to make Palestine a non-member observer state. "
DAY = date(2012, 11, 30)


def _counts(text: str) -> set:
    return {(c["asserted"]["field"], c["asserted"]["value"], c["verdict"])
            for c in api.check_text(OPENING + text, published=DAY).claims if c["kind"] == "count"}


# a plain "with" after a state, or a "joining" after its vote, is company: the N others and the state (138 yes, 9 no)
@pytest.mark.parametrize("text, field, value", [
    ("Kenya, with 137 other nations, backed the upgrade.", "yes", 138),
    ("Kenya voted in favour with 137 other members.", "yes", 138),
    ("Chile has backed the text with 137 other states.", "yes", 138),
    ("Canada voted no, joining eight other countries.", "no", 9),
    ("Canada, with eight other countries, opposed it.", "no", 9),
    ("Canada opposed the text, joining 8 other members.", "no", 9),
    ("Alongside 137 other nations, Kenya voted for the text.", "yes", 138),
    ("Along with seven other countries, Canada and Israel voted against it.", "no", 9),
    ("With 137 other states, Kenya voted yes.", "yes", 138),
])
def test_a_state_with_n_others_counts_the_state(text, field, value):
    counts = _counts(text)
    assert (field, value, "supported") in counts
    assert not any(c[1] == value - 1 for c in counts)  # the bare N, the reading before, is gone


# the trap: "with N other countries" that gives the others their own vote is an absolute clause, not company
@pytest.mark.parametrize("text", [
    "Canada voted no, with 137 other countries in favour.",
    "Canada opposed it, with 137 other states voting yes.",
    "Canada was against it with 137 other members backing it.",
    "With 137 other states in favour, Canada voted no.",
    "With 137 other countries voting yes, Canada voted against the text.",
])
def test_with_n_others_of_their_own_side_is_no_company(text):
    counts = _counts(text)
    assert not any(field == "no" for field, _, _ in counts)
    assert not any(field == "yes" and value == 138 for field, value, _ in counts)
    assert all(verdict != "contradicted" for _, _, verdict in counts)


# a false count of the company, with the vote's tally beside it: caught
@pytest.mark.parametrize("text", [
    "The tally was 138 to 9 with 41 abstentions. Canada voted no, joining ten other countries.",
    "The tally was 138 to 9 with 41 abstentions. Kenya, with 140 other nations, backed the text.",
])
def test_a_false_count_of_the_company_is_caught(text):
    assert any(verdict == "contradicted" for _, _, verdict in _counts(text))


# the side of the state a count sides with, told in the sentence before of the same paragraph (9 no), or after the
# state ("the only two countries to vote with A against"): read; from the sentence before, never called false
@pytest.mark.parametrize("text, value", [
    ("Canada voted no on Thursday. Eight countries sided with Canada.", 9),
    ("Canada voted against the text. Eight other countries stood with Canada.", 9),
    ("Canada had opposed the text. Eight states voted with Canada.", 9),
    ("Fiji and Chile were the only two states to vote with Canada against it.", 3),
])
def test_a_count_of_the_side_of_a_state_whose_vote_is_told(text, value):
    assert any(field == "no" and v == value and verdict != "contradicted" for field, v, verdict in _counts(text))


@pytest.mark.parametrize("text", [
    "Canada voted no on Thursday. Ten other countries sided with Canada.",
    "Canada voted against the text. Eleven states stood with Canada.",
])
def test_a_count_of_a_side_told_the_sentence_before_is_never_called_false(text):
    counts = _counts(text)
    assert counts and all(verdict != "contradicted" for _, _, verdict in counts)


def test_a_side_told_in_another_paragraph_is_not_carried():
    assert not any(field == "no" for field, _, _ in _counts("Canada voted no on Thursday.\n\nEight countries sided "
                                                             "with Canada."))


# a bound is judged with the tolerance of its figure (bounds.just_missed): supported when it holds, unverifiable when
# the record misses it by no more than what rounding the figure covers, contradicted only further off (138 yes, 9 no)
@pytest.mark.parametrize("text, field, verdict", [
    ("The tally was 138 to 9 with 41 abstentions. More than 130 countries voted for the text.", "yes", "supported"),
    ("The tally was 138 to 9 with 41 abstentions. Over 140 countries voted for the text.", "yes", "unverifiable"),
    ("The tally was 138 to 9 with 41 abstentions. More than 160 countries voted for the text.", "yes", "contradicted"),
    ("The tally was 138 to 9 with 41 abstentions. Fewer than ten countries voted against it.", "no", "supported"),
    ("The tally was 138 to 9 with 41 abstentions. Nearly 140 countries voted for the text.", "yes", "supported"),
    ("The tally was 138 to 9 with 41 abstentions. Some 120 countries voted for the text.", "yes", "unverifiable"),
])
def test_a_bound_or_round_figure_with_its_tolerance(text, field, verdict):
    counts = [c for c in api.check_text(OPENING + text, published=DAY).claims
              if c["kind"] == "count" and c["asserted"]["field"] == field and c["asserted"]["op"] != "="]
    assert counts and all(c["verdict"] == verdict for c in counts)


@pytest.mark.parametrize("op, actual, value, missed", [
    (">", 138, 140, True), (">", 140, 140, True), (">", 120, 140, False), (">", 141, 140, False),
    (">=", 99, 100, True), ("<", 11, 10, True), ("<", 14, 10, False), ("<=", 9, 8, True), ("=", 139, 140, False),
])
def test_just_missed(op, actual, value, missed):
    from unga.claims import bounds
    assert bounds.just_missed(op, actual, value) is missed

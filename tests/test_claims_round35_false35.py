"""Thirty-fifth round, branch false35: a count said in a sentence that names its vote's year, on a roll call the year
and the subject alone put first, is judged on that vote (judged.count_of_its_year). Our own sentences."""

from datetime import date

import pytest

from unga import api

LATER = date(2025, 5, 1)


def _counts(text: str) -> list[dict]:
    return [c for c in api.check_text(text, published=LATER).claims if c["kind"] == "count"]


@pytest.mark.parametrize("text", [
    "The right to food resolution drew 181 votes in favour in 2021, the Assembly's record shows.",
    "In 2021 the General Assembly's resolution on the right to food was supported by 181 countries.",
    "When the Assembly voted on the right to food resolution in 2021, 181 countries backed it.",
])
def test_a_miscount_of_the_years_vote_is_false(text):
    (count,) = _counts(text)
    assert count["resolution"] == "A/RES/76/166"
    assert count["verdict"] == "contradicted"


def test_the_right_count_of_that_year_is_supported():
    (count,) = _counts("In 2021 the right to food resolution was backed by 186 members of the General Assembly.")
    assert count["verdict"] == "supported"


@pytest.mark.parametrize("text", [
    "By 2021, 181 countries had voted for the right to food resolution.",  # a span of votes, not one
    "The right to food resolution drew 181 votes in favour in 2021 and 184 in 2022.",  # two years: two votes
    "In 2021 an amendment to the right to food resolution drew 181 votes in favour.",  # a vote the record lacks
])
def test_traps_stay_unverifiable(text):
    assert all(c["verdict"] != "contradicted" for c in _counts(text))


def test_a_datelines_stamp_is_no_year_of_the_vote():
    (count,) = _counts("2025-05-01 In 2021, when the General Assembly voted on its right to food resolution, 181 "
                       "countries were in favour.")
    assert count["resolution"] == "A/RES/76/166"
    assert count["verdict"] == "contradicted"


def test_other_claims_numbers_breaking_a_tie_do_not_hold_it():
    # the states of the next paragraph break the text's tie by their numbers; the count's own year and words place it
    text = ("In 2021, when the General Assembly took up a resolution saying that access to food is a human right, "
            "181 countries voted in favour.\n\nOnly two said no: Israel and the United States.")
    counts = [c for c in _counts(text) if c["asserted"]["field"] == "yes"]
    assert [c["verdict"] for c in counts] == ["contradicted"]

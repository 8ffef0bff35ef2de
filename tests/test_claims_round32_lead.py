"""Thirty-second round (issue 9, the lead): holdout33's false alarms. "US" at the head of a list after a side
("… and six states against: US, UK, Canada") is the United States, not the writer's "us" that makes a vote about a
party ("Azerbaijan voted against us"). Sentences of our own. The record: 69/319 of 10 September 2015 on sovereign
debt restructuring (136-6-41: the United States, the United Kingdom, Canada, Germany, Israel and Japan against)."""

from __future__ import annotations

import pytest
from fixtures import claims_after

DEBT_LEAD = "On 10 September 2015 the General Assembly adopted resolution 69/319 on sovereign debt restructuring. "
AGAINST = {("USA", "no", "supported"), ("GBR", "no", "supported"), ("CAN", "no", "supported"),
           ("DEU", "no", "supported"), ("ISR", "no", "supported"), ("JPN", "no", "supported")}


def _said(sentence: str) -> set[tuple]:
    return {(c["state"], c["asserted"]["vote"], c["verdict"]) for c in claims_after(DEBT_LEAD, sentence, "position")}


@pytest.mark.parametrize("sentence", [
    "In all 41 states abstained, with six rulings against: US, Japan, Canada, UK, Israel and Germany.",
    "In all 41 states abstained, with six rulings against: Japan, US, Canada, UK, Israel and Germany.",
])
def test_us_heading_a_list_is_a_state(built_store, sentence):
    assert _said(sentence) == AGAINST


def test_the_writers_us_is_still_no_state(built_store):
    assert _said("Six states, led by Canada, voted against us.") == set()

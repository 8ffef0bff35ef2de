"""A tally that counts a change of vote announced after the roll call stays false where it differs from the record,
and says why (claims/late_change.py; the corpus's c41 and the ninth hunt's ac30). Sentences of our own; the record
used: ES-10/21 of 27 October 2023 (a humanitarian truce in Gaza: 120 in favour, 14 against, 45 abstentions)."""

from __future__ import annotations

from datetime import date

import pytest

from unga import api
from unga.claims import late_change

TRUCE_LEAD = "On 27 October 2023 the General Assembly adopted resolution ES-10/21 on a humanitarian truce. "
AFTER = date(2023, 10, 28)


def the_tally(said: str) -> dict:
    found = [c for c in api.check_text(said, published=AFTER).claims if c["kind"] == "tally"]
    assert found and found[0]["resolution"] == "A/RES/ES-10/21"
    return found[0]


@pytest.mark.parametrize("said", [
    "It passed with 121 votes in favour, 14 against and 44 abstentions; Iraq changed its vote to yes after the count.",
    "It passed 121-14-44, Iraq having said that it had intended to vote in favour.",
    "Pada saat itu 121 negara mendukung, 14 menentang dan 44 abstain, dan Irak mengubah suaranya setelah pemungutan suara.",
])
def test_a_tally_counting_a_late_change_of_vote_is_false_and_says_why(built_store, said):
    tally = the_tally(TRUCE_LEAD + said)
    assert tally["verdict"] == "contradicted"
    assert "120 in favour, 14 against, 45 abstentions" in tally["evidence"]["record"]
    assert "change of vote announced after the roll call" in tally["evidence"]["record"]


def test_the_same_tally_without_the_change_says_nothing_of_it(built_store):
    tally = the_tally(TRUCE_LEAD + "It passed with 121 votes in favour, 14 against and 44 abstentions.")
    assert tally["verdict"] == "contradicted" and "change of vote" not in tally["evidence"]["record"]


def test_a_tally_far_from_the_record_is_not_a_late_change():
    # a change of vote moves a few states, never a side's worth
    assert late_change.counted("tally", {"yes": 150, "no": 14, "abstain": 15}, {"yes": 120, "no": 14, "abstain": 45},
                               "Iraq changed its vote to yes after the count.") is None
    assert late_change.counted("tally", {"yes": 121, "no": 14, "abstain": 44}, {"yes": 120, "no": 14, "abstain": 45},
                               "La France a modifié son vote après le scrutin.") is not None


def test_a_change_from_one_year_to_the_next_is_not_a_late_change():
    assert late_change.CHANGED.search("Iraq switched from abstaining in 2022 to voting in favour") is None

"""Twenty-first round (issue 9, branch study22): holdout22's two false alarms and the largest classes of its misses.
Sentences of our own, with traps.

The record: ES-11/1 of 2 March 2022 (141-5-35; no: Russia, Belarus, Syria, Eritrea, North Korea; the United
Kingdom, France and Ireland voted yes; China, India, Iran, Iraq and Pakistan abstained)."""

from __future__ import annotations

import pytest
from fixtures import ES11_1_LEAD, claims_after, positions_after

from unga.claims import names, wordlangs


@pytest.mark.parametrize("sentence, said", [
    ("The United Kingdom of Great Britain and Northern Ireland voted in favour.", {"GBR": ("yes", "supported")}),
    ("France, Ireland and the United Kingdom of Great Britain and Northern Ireland voted in favour.",
     {"FRA": ("yes", "supported"), "IRL": ("yes", "supported"), "GBR": ("yes", "supported")}),
    ("Abstaining were China, India and the United Kingdom of Great Britain and Northern Ireland.",
     {"CHN": ("abstain", "supported"), "IND": ("abstain", "supported"), "GBR": ("abstain", "contradicted")}),
])
def test_the_full_name_of_the_united_kingdom_is_one_state_not_ireland(built_store, sentence, said):
    assert positions_after(ES11_1_LEAD, sentence) == said


def test_the_longest_name_is_read_whole():
    found = names.mentions("Sweden and the United Kingdom of Great Britain and Northern Ireland abstained.")
    assert [m.iso3 for m in found] == ["SWE", "GBR"]


@pytest.mark.parametrize("sentence, counts", [
    # "by a majority of 141 votes against 5 in favour of condemning": the phrase after the 5 is what the majority backed
    ("وقد اعتمدت الجمعية القرار بأغلبية 141 صوتا مقابل 5 لصالح إدانة العدوان.", {"yes": 141, "no": 5}),
    ("وصوتت الجمعية بأغلبية 141 عضوا مقابل 5 وامتناع 35 عضوا عن التصويت.", {"yes": 141, "no": 5, "abstain": 35}),
])
def test_an_arabic_majority_against_a_minority(sentence, counts):
    assert wordlangs.tally(wordlangs.normalised(sentence, "ar"), "ar") == counts


def test_an_arabic_majority_is_checked_against_the_record(built_store):
    said = claims_after(ES11_1_LEAD, "وقد اعتمدت الجمعية القرار بأغلبية 141 صوتا مقابل 5 لصالح إدانة العدوان.", "tally")
    assert [(c["asserted"], c["verdict"]) for c in said] == [({"yes": 141, "no": 5}, "supported")]
    # a minority the record does not hold is caught, and no side is given the minority's number
    said = claims_after(ES11_1_LEAD, "وقد اعتمدت الجمعية القرار بأغلبية 141 صوتا مقابل 7 لصالح إدانة العدوان.", "tally")
    assert [(c["asserted"], c["verdict"]) for c in said] == [({"yes": 141, "no": 7}, "contradicted")]

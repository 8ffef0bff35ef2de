"""Twenty-eighth round (issue 9, branch absent): "did not vote", "did not take part", "absent", a policy per phrase and
context from the labelled sets (docs/claims.md, "did not vote: the policy"; the evidence in docs/claims-misses.md).

- "A did not vote", "A, which did not vote", "was absent", "não votou", "no votó en la votación": strictly absent,
  contradicted when the state abstained (the labels call these false of an abstainer every time).
- "A and B were among those that did not vote", "A was one of the N members that did not vote": loose (the group is
  often the abstainers): supported when absent, held when the state abstained, contradicted when it voted yes or no.
- "did not take part" / "did not participate" in every language read: the same loose reading as English.

Sentences of our own. The record: ES-11/1 of 2 March 2022 (141-5-35; no: Russia among others; abstaining: Algeria,
Mali, Bolivia, China, India among others; absent: Uzbekistan and Guinea-Bissau among others)."""

from __future__ import annotations

import pytest
from fixtures import ES11_1_LEAD, claims_after, positions_after

HELD, AWAY, AGAINST = ("not_taking_part", "unverifiable"), ("not_taking_part", "supported"), ("not_taking_part", "contradicted")


@pytest.mark.parametrize("sentence, expected", [
    # a group's "did not vote": an abstainer held, an absentee supported, a state that voted no contradicted
    ("Mali, Uzbekistan and Russia were among those that didn't vote.", {"MLI": HELD, "UZB": AWAY, "RUS": AGAINST}),
    ("Algeria was one of the 35 members that did not vote.", {"DZA": HELD}),
    ("Uzbekistan was among the twelve countries that did not vote on the text.", {"UZB": AWAY}),
    ("Bolivia and Guinea-Bissau were amongst the nations who didn’t vote.", {"BOL": HELD, "GNB": AWAY}),
    # the state itself said not to have voted: strictly absent, an abstainer contradicted (the seven earlier tests'
    # policy, which the labels bear out)
    ("Algeria did not vote.", {"DZA": ("absent", "contradicted")}),
    ("Mali, which did not vote, drew criticism.", {"MLI": ("absent", "contradicted")}),
    ("Uzbekistan did not vote.", {"UZB": ("absent", "supported")}),
    # traps: a side not taken is no group of non-voters
    ("China was among those that did not vote with Russia.", {}),
])
def test_did_not_vote_by_context(built_store, sentence, expected):
    assert positions_after(ES11_1_LEAD, sentence) == expected


def test_a_group_did_not_vote_in_favour_is_not_an_absence(built_store):
    # "did not vote in favour": against, abstaining or away (never called false), not a group of non-voters
    said = positions_after(ES11_1_LEAD, "Algeria was among the states that did not vote in favour.")
    assert said["DZA"][0] != "not_taking_part" and said["DZA"][1] != "contradicted"


def test_the_reason_names_the_reading(built_store):
    (claim,) = claims_after(ES11_1_LEAD, "Algeria was one of the 35 members that did not vote.", "position")
    assert "may mean abstaining or being away" in claim["evidence"]["record"] and "Algeria" in claim["evidence"]["record"]


@pytest.mark.parametrize("sentence, expected", [
    # not taking part, in every language read: as English
    ("L'Algérie n'a pas pris part au vote.", {"DZA": HELD}),
    ("L'Ouzbékistan n'a pas participé au vote.", {"UZB": AWAY}),
    ("Argelia no participó en la votación.", {"DZA": HELD}),
    ("A Argélia não participou da votação.", {"DZA": HELD}),
    ("Algerien nahm an der Abstimmung nicht teil.", {"DZA": HELD}),
    ("Алжир не участвовал в голосовании.", {"DZA": HELD}),
    ("Узбекистан не участвовал в голосовании.", {"UZB": AWAY}),
    # not voting, or absent: strictly away, as English "did not vote" and "absent"
    ("L'Algérie était absente lors du vote.", {"DZA": ("absent", "contradicted")}),
    ("Argelia no votó en la votación.", {"DZA": ("absent", "contradicted")}),
    ("A Argélia não votou.", {"DZA": ("absent", "contradicted")}),
])
def test_other_languages(built_store, sentence, expected):
    assert positions_after(ES11_1_LEAD, sentence) == expected

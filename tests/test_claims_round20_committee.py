"""Twentieth round (issue 9): a text that reports a Main Committee's vote, and nowhere the plenary's, is about a vote the
record lacks — however well its numbers fit a plenary vote of the same days. Our own sentences about the Third
Committee's vote on the glorification of Nazism (November 2024, 116-54-11), published on 2 December 2024, the day the
plenary adopted A/RES/79/61 (arms control: 117-54-11, Canada, Japan and the United States against): the numbers fit
79/61, the subject does not. The plenary's own vote on the Nazism text came later (A/RES/79/160, 17 December 2024,
119-53-10)."""

from __future__ import annotations

from datetime import date

import pytest

from unga import api

PUBLISHED = date(2024, 12, 2)
ENGLISH = ("The Third Committee of the General Assembly approved a Russian draft on combating the glorification of "
           "Nazism.\n\nIn all 116 countries backed the draft, while 54 voted against it, among them Canada and Japan. "
           "Eleven countries abstained.")
GERMAN = ("Der Dritte Ausschuss der UN-Generalversammlung hat einen russischen Entwurf gegen die Verherrlichung des "
          "Nationalsozialismus verabschiedet.\n\n116 Länder stimmten dafür. 54 Staaten stimmten dagegen, darunter "
          "Kanada und Japan. 11 Länder enthielten sich.")


@pytest.mark.parametrize("text", [ENGLISH, GERMAN], ids=["english", "german"])
def test_a_committee_vote_is_not_checked_against_a_plenary_vote_its_numbers_fit(built_store, text):
    claims = [c for c in api.check_text(text, published=PUBLISHED).claims if c["kind"] != "other"]
    assert {c["state"] for c in claims if c["kind"] == "position"} >= {"CAN", "JPN"}
    assert {c["resolution"] for c in claims} == {None}
    assert all(c["verdict"] == "unverifiable" for c in claims)
    assert all("Third Committee" in c["evidence"]["record"] for c in claims)
    assert {c["kind"] for c in claims if "not in the record" in c["evidence"]["record"]} >= {"position"}


def test_trap_the_plenary_vote_reported_after_the_committee_is_checked(built_store):
    text = ("The Third Committee approved the draft on the glorification of Nazism in November. The General Assembly "
            "adopted the resolution on 17 December 2024 by 119 votes to 53, with 10 abstentions.")
    tallies = [c for c in api.check_text(text, published=date(2024, 12, 18)).claims if c["kind"] == "tally"]
    assert [(c["resolution"], c["verdict"]) for c in tallies] == [("A/RES/79/160", "supported")]


def test_the_assemblys_main_committee_and_a_plenary_still_to_come(built_store):
    # the committee named without its number, the draft's terms and the plenary's vote still to come: no plenary vote
    text = ("The General Assembly's main committee on disarmament has adopted a Pakistani draft on assurances to "
            "non-nuclear-weapon States by 118 votes to none, with 63 abstentions. By its terms, the Assembly would "
            "urge an early agreement. India abstained. The text will come up in the General Assembly next month.")
    claims = [c for c in api.check_text(text).claims if c["kind"] != "other"]
    assert {c["kind"] for c in claims} >= {"tally", "position"}
    assert {c["resolution"] for c in claims} == {None}
    assert all("Main Committee" in c["evidence"]["record"] for c in claims)


@pytest.mark.parametrize("text, committee", [
    ("The Political Committee approved the text by 33 votes to 20. The General Assembly of the United Nations did not "
     "ratify it, as it fell short of two thirds.", None),
    ("The General Assembly decided on Wednesday, by 31 votes to 18, to refer the application to its Political "
     "Committee.", None),
    ("The Third Committee approved the draft by 116 votes to 54. It will come before the General Assembly in December.",
     "Third Committee"),
    ("La Troisième Commission a adopté le projet par 116 voix contre 54.", "Third Committee"),
])
def test_a_text_of_a_committees_vote_alone(text, committee):
    from unga.claims.lacking import committee_of, committee_only

    assert committee_only(text, committee_of(text)) == committee

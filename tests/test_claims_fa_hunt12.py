"""The twelfth hunt (fahunt12, issue 9; tests/reference/news_fahunt12/README.md): 127 texts nobody had read, 74 in
English and 53 in 25 other languages, run through the checker of main. It called no claim contradicted, so no false
alarm was found; one misreading (a claim supported on the wrong roll call) was, and is fixed here:
- ai08 (a German wire report of 12 December 2024 on the Assembly's Gaza ceasefire and UNRWA votes of the day before):
  a paragraph recalls that the body passed two similar texts "last year"; the UNRWA vote's tally, in the paragraph
  after, loses its yes count to an aside naming Germany between the number and its verb (the German reader does not
  read across an inclusion aside, on purpose: languages._counted), and the two numbers left (9 against, 11
  abstaining) were placed on the ICT programme of action of 4 December 2023
  (A/RES/78/16, 161-9-11), Germany's yes supported there. A "last year" said anywhere in the text made every vote of
  2023 a vote "the text names", and a tally all of whose numbers equal such a vote's took the recall bonus meant for
  "the 1965 vote" (claims/identify.Scorer). The recall bonus now counts only the years a text writes in figures; the
  tally falls back to the release of the UNRWA vote (A/ES-10/L.32, 159-9-11), as it does without the "last year".
- ai106 (an undated Indian report of the Human Rights Council's vote on Sri Lanka of March 2021, 22-11-14): the sentence
  after the one naming the Council says the text passed once 22 of its members "out of 47" voted for it; 47 was read
  as the yes count (a membership under the Assembly's first 51 is never set aside), and the count was placed on an
  Assembly resolution of 1957 that had 47 votes in favour. A count taken out of 47 seats, the Human Rights Council
  named in its sentence or the one before, is now that Council's vote (claims/council, as the Security Council's 15
  seats already were), its seats set aside (22 in favour), listed as another body's.
Sentences are our own (never the articles'); each reading has a trap of the same shape that must stay judged.

The record used: A/RES/78/16 of 4 December 2023 (a programme of action on information and communications
technologies, 161-9-11: France in favour); the Assembly's votes of 11 December 2024 are in the record only from press
release GA/12667 (A/ES-10/L.32 on UNRWA's mandate, 159-9-11; A/ES-10/L.33 on a ceasefire in Gaza, 158-9-13)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from fixtures import hunt_urls_against_the_rest

from unga import api

REFERENCE = Path(__file__).parent / "reference"
DAY_AFTER = date(2024, 12, 12)
CEASEFIRE = "Am Mittwoch verlangten die Mitgliedstaaten in New York ein Ende der Kämpfe in Gaza.\n\n"
LAST_YEAR = "Bereits im vergangenen Jahr gab es zwei Texte dieser Art.\n\n"
UNRWA = "Ein zweiter Text stärkte das Hilfswerk UNRWA für die Palästinenser. "


def placed(text: str, published: date | None = DAY_AFTER) -> list[tuple]:
    return [(c["verdict"], c["kind"], c["resolution"], c["state"], c["asserted"])
            for c in api.check_text(text, published=published).claims if c["kind"] != "other"]


# --- ai08: a "last year" told of other votes, then a tally whose yes count an aside cut off ---

def test_a_last_year_said_of_other_votes_recalls_no_vote_sharing_a_partial_tally(built_store):
    text = (CEASEFIRE + LAST_YEAR + UNRWA
            + "159 Staaten, darunter Frankreich, stimmten dafür, neun dagegen, elf enthielten sich.")
    claims = placed(text)
    assert not [c for c in claims if c[2] == "A/RES/78/16"]
    assert ("supported", "tally", "A/ES-10/L.32", None, {"no": 9, "abstain": 11}) in claims


def test_a_two_number_tally_after_a_last_year_paragraph_stays_on_the_news(built_store):
    without = CEASEFIRE + UNRWA + "Neun Staaten stimmten dagegen, elf enthielten sich."
    text = CEASEFIRE + LAST_YEAR + UNRWA + "Neun Staaten stimmten dagegen, elf enthielten sich."
    assert placed(text) == placed(without) == [("supported", "tally", "A/ES-10/L.32", None, {"no": 9, "abstain": 11})]


def test_trap_a_year_written_in_figures_still_recalls_its_vote(built_store):
    text = ("In 2023 the Assembly adopted a programme of action on information and communications technologies. "
            "9 countries voted against and 11 abstained.")
    assert placed(text) == [("supported", "tally", "A/RES/78/16", None, {"no": 9, "abstain": 11})]


def test_trap_a_tally_told_of_last_year_is_still_placed_on_last_years_vote(built_store):
    text = CEASEFIRE + ("Last year, 9 countries voted against the programme of action on information and "
                        "communications technologies and 11 abstained.")
    assert placed(text) == [("supported", "tally", "A/RES/78/16", None, {"no": 9, "abstain": 11})]


# --- ai106: a Human Rights Council vote counted out of its 47 seats, the Council named in the sentence before ---

RIGHTS_COUNCIL = "Brazil abstained when the UN Human Rights Council voted on a text about Sri Lanka in Geneva. "


def test_a_count_out_of_the_rights_councils_47_seats_is_that_councils_vote(built_store):
    claims = placed(RIGHTS_COUNCIL + "The text passed once 22 members out of 47 backed it.", published=None)
    assert claims and {c[0] for c in claims} == {"unverifiable"} and {c[2] for c in claims} == {None}
    assert ("unverifiable", "count", None, None, {"field": "yes", "op": "=", "value": 22}) in claims


def test_trap_a_count_out_of_47_with_no_rights_council_named_stays_the_assemblys(built_store):
    from unga.claims.council import counts_its_members
    assert not counts_its_members("The text passed once 22 members out of 47 backed it.", "Brazil abstained in Geneva.")
    assert counts_its_members("The text passed once 22 members out of 47 backed it.", RIGHTS_COUNCIL)


def test_trap_a_count_out_of_the_assemblys_membership_is_still_judged(built_store):
    text = "On 2 March 2022 the Assembly adopted the resolution after 141 members out of 193 voted in its favour."
    assert placed(text, published=None) == [("supported", "count", "A/RES/ES-11/1", None,
                                             {"field": "yes", "op": "=", "value": 141})]


# --- the twelfth vetted set: its URLs are new, and it keeps no sentence of the texts ---

def test_the_fahunt12_urls_are_in_no_labelled_or_vetted_set():
    texts, urls, shared = hunt_urls_against_the_rest(12)
    assert texts == urls == 127 and not shared


def test_the_fahunt12_set_keeps_no_sentence_of_the_texts():
    vetted = (REFERENCE / "news_fahunt12" / "contradictions.json").read_text()
    assert '"text"' not in vetted and "darunter Deutschland" not in vetted and "Zweidrittelmehrheiten" not in vetted

"""The eleventh hunt (fahunt11, issue 9; tests/reference/news_fahunt11/README.md): 110 texts nobody had read, most of
them in English, run through the checker of main. Fourteen claims were called contradicted: three right, eleven false
alarms in three English texts, all fixed here:
- ag81 (a social-network post on the Assembly's Gaza truce vote of 27 October 2023): most of Europe abstained, twelve
  named states excepted (the list before the verb), with Bosnia and Herzegovina written "Bosnia Herzegovina". The name
  was read as "Bosnia" alone, the word left over cut the list in two, and the half after it lost the exception word and
  took the clause's abstention. A state's two-part name written with a space alone is now one state (claims/names).
- ag96 (a report of the Assembly's vote of 10 May 2024 on Palestine's membership, 143-9-25, which the record holds
  only from a press release): the nine states against, in the sentence after that tally, were placed on the Gaza truce
  vote of October 2023, which the text pins down with its own tally further on. The states and counts of a tally left
  on no roll call (its sentence and the one after it) are now that vote's, wherever another step placed them
  (claims/together.after_unplaced_tally).
- ag110 (a report of the nuclear weapons ban treaty's adoption by its UN conference on 7 July 2017, 122-1-1, a vote
  not the Assembly's): the conference's count of more than 120 in favour fell back on the Assembly's resolution of
  December 2016 that convened it (A/RES/71/258, 113-35-13), which the text recalls in the past perfect, its tally in
  the next sentence. A vote told in the past perfect (in its tally's sentence or the one before) pins only its own
  claims now; the news's claims no longer fall back on it (claims/together._told_earlier).
Sentences are our own (never the articles'); each reading has a trap of the same shape that must stay judged.

The record used: A/RES/ES-10/21 of 27 October 2023 (a humanitarian truce in Gaza, 120-14-45: France, Bosnia and
Herzegovina, Norway, Spain and Trinidad and Tobago in favour, Greece abstaining, Argentina and Palau abstaining);
A/RES/ES-11/6 of 23 February 2023 (a just and lasting peace in Ukraine, 141-7-32: Hungary and Israel in favour);
A/RES/71/258 of 23 December 2016 (convening the conference on a nuclear weapons ban, 113-35-13: Japan against). The
Assembly's vote of 24 February 2025 on the war in Ukraine (93-18-65) is not in the record."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from fixtures import hunt_urls_against_the_rest

from unga import api

REFERENCE = Path(__file__).parent / "reference"
DAY_AFTER_TRUCE = date(2023, 10, 28)
TRUCE = ("On 27 October 2023 the General Assembly adopted the resolution on a humanitarian truce in Gaza by 120 votes "
         "to 14, with 45 abstentions. ")


def judged(text: str, verdict: str, published: date | None = None) -> list[tuple]:
    return [(c["kind"], c["resolution"], c["state"], c["asserted"])
            for c in api.check_text(text, published=published).claims if c["verdict"] == verdict]


# --- ag81: an exception list before its verb, a two-part name written with a space in it ---

def test_an_exception_list_with_a_spaced_two_part_name_takes_no_vote(built_store):
    text = TRUCE + "Most states of Europe, except France, Bosnia Herzegovina, Norway and Spain, abstained."
    assert judged(text, "contradicted", DAY_AFTER_TRUCE) == []
    assert [c[2] for c in judged(text, "supported", DAY_AFTER_TRUCE) if c[0] == "position"] == []


def test_trap_a_state_said_to_abstain_after_the_exception_is_still_judged(built_store):
    text = (TRUCE + "Most states of Europe, except France, Bosnia Herzegovina, Norway and Spain, abstained. Greece "
            "abstained. Norway abstained as well.")
    assert judged(text, "contradicted", DAY_AFTER_TRUCE) == [("position", "A/RES/ES-10/21", "NOR", {"vote": "abstain"})]
    assert ("position", "A/RES/ES-10/21", "GRC", {"vote": "abstain"}) in judged(text, "supported", DAY_AFTER_TRUCE)


def test_a_spaced_two_part_name_is_one_state(built_store):
    assert ("position", "A/RES/ES-10/21", "TTO", {"vote": "yes"}) in judged(
        TRUCE + "Trinidad Tobago voted in favour.", "supported", DAY_AFTER_TRUCE)


def test_trap_two_states_named_side_by_side_stay_two(built_store):
    from unga.claims.names import mentions
    sentence = "Serbia Montenegro and Croatia abstained."
    assert [m.iso3 for m in mentions(sentence)] == ["SRB", "MNE", "HRV"]


# --- ag96: the list right after a tally the record has no roll call for ---

UNRECORDED_THEN_PINNED = ("The Assembly approved the text on the war in Ukraine by 93 votes to 18, with 65 abstentions. "
                          "Hungary and Israel voted against it, with the United States. On 23 February 2023, a "
                          "resolution on peace in Ukraine had passed by 141 votes to 7, with 32 abstentions.")


def test_a_list_after_an_unplaced_tally_is_not_judged_on_the_vote_pinned_elsewhere(built_store):
    assert judged(UNRECORDED_THEN_PINNED, "contradicted", date(2025, 2, 25)) == []
    held = [c for c in api.check_text(UNRECORDED_THEN_PINNED, published=date(2025, 2, 25)).claims
            if c["kind"] == "position"]
    assert {"HUN", "ISR"} <= {c["state"] for c in held} and {c["verdict"] for c in held} == {"unverifiable"}
    assert judged(UNRECORDED_THEN_PINNED, "supported", date(2025, 2, 25)) == [
        ("tally", "A/RES/ES-11/6", None, {"yes": 141, "no": 7, "abstain": 32})]


def test_trap_a_list_after_its_own_recorded_tally_is_still_judged(built_store):
    text = ("The Assembly approved the text on a humanitarian truce in Gaza by 120 votes to 14, with 45 abstentions. "
            "Argentina and Palau voted against it.")
    assert judged(text, "contradicted", DAY_AFTER_TRUCE) == [
        ("position", "A/RES/ES-10/21", "ARG", {"vote": "no"}), ("position", "A/RES/ES-10/21", "PLW", {"vote": "no"})]


# --- ag110: another body's vote, then the Assembly's vote that convened it, told in the past perfect ---

CONVENED = (" In December 2016 the General Assembly had adopted the resolution convening that conference. 113 states voted "
            "in favour, 35 against and 13 abstained.")


def test_a_count_of_the_news_does_not_fall_back_on_a_vote_told_as_an_earlier_one(built_store):
    text = "Over 120 countries voted on Friday for a treaty outlawing nuclear arms, at a UN conference." + CONVENED
    assert judged(text, "contradicted") == []
    assert judged(text, "supported") == [("tally", "A/RES/71/258", None, {"yes": 113, "no": 35, "abstain": 13})]


def test_trap_the_claims_after_the_earlier_votes_own_tally_are_still_judged(built_store):
    text = "Over 120 countries voted on Friday for a treaty outlawing nuclear arms, at a UN conference." + CONVENED + \
        " Japan voted in favour of it."
    assert judged(text, "contradicted") == [("position", "A/RES/71/258", "JPN", {"vote": "yes"})]


def test_trap_a_count_beside_the_news_own_tally_is_still_judged(built_store):
    text = ("The General Assembly voted on Friday to convene a conference on a treaty outlawing nuclear arms. 113 states "
            "voted in favour, 35 against and 13 abstained. Over 120 countries voted for it.")
    assert judged(text, "contradicted", date(2016, 12, 24)) == [
        ("count", "A/RES/71/258", None, {"field": "yes", "op": ">", "value": 120})]


# --- the eleventh vetted set: its URLs are new, and it keeps no sentence of the texts ---

def test_the_fahunt11_urls_are_in_no_labelled_or_vetted_set():
    texts, urls, shared = hunt_urls_against_the_rest(11)
    assert texts == urls == 110 and not shared


def test_the_fahunt11_set_keeps_no_sentence_of_the_texts():
    vetted = (REFERENCE / "news_fahunt11" / "contradictions.json").read_text()
    assert '"text"' not in vetted and "strangely abstained" not in vetted and "gave the process a miss" not in vetted

"""Eighteenth round (issue 9, branch study18): the constructions of holdout18's two false alarms and of its largest
classes of misses, in sentences of our own. The record: ES-11/1 (2 March 2022, 141-5-35; no: Belarus, North Korea,
Eritrea, Russia, Syria; China, India and Pakistan abstained); 27 November 1953: 748 (VIII) on Puerto Rico (26-16-18),
the competence paragraph (rcid 379, 34-19-7) and the Australian proposal on the voting procedure (rcid 378, 21-34-4)."""

from __future__ import annotations

from datetime import date

import pytest
from fixtures import ES11_1_LEAD, checked_claims, claims_after

PUERTO_RICO = ("On 27 November 1953 the General Assembly ended the transmission of information on Puerto Rico by 26 "
               "votes to 16, with 18 abstentions. ")
AFTER_1953 = date(1953, 11, 30)


def counts(sentence: str) -> list[tuple]:
    return [(c["asserted"]["field"], c["asserted"]["value"], c["verdict"])
            for c in claims_after(ES11_1_LEAD, sentence, "count")]


# False alarm 1: "As well as Russia, four countries rejected it" is five against, not four
@pytest.mark.parametrize("sentence", ["As well as Russia, four countries voted against the text.",
                                      "Besides Russia, four states voted no.",
                                      "In addition to Russia, four countries opposed the resolution."])
def test_besides_a_state_n_countries_counts_the_state_too(built_store, sentence):
    assert counts(sentence) == [("no", 5, "supported")]


def test_along_with_a_state_n_countries_may_count_it_or_not_and_is_never_false(built_store):
    # "Along with Russia, four countries": four in all or four others; read as five, never called false
    assert counts("Along with Russia, four countries voted against the text.") == [("no", 5, "supported")]
    assert all(verdict != "contradicted" for *_, verdict in counts("Along with Russia, five countries voted no."))


# False alarm 2: a ruling "upheld 34-21-4" is, in the record, the challenge to it (21-34-4) on the same day
def test_a_tally_told_by_the_winning_side_of_another_vote_of_the_day_is_not_false(built_store):
    found = checked_claims(PUERTO_RICO + "The paragraph on the Assembly's competence was retained 34-19-7. "
                           "The chair's ruling on the simple majority was upheld 34-21-4.", AFTER_1953)
    tallies = {tuple(sorted(c["asserted"].items())): c for c in found if c["kind"] == "tally"}
    assert tallies[(("abstain", 7), ("no", 19), ("yes", 34))]["verdict"] == "supported"
    swapped = tallies[(("abstain", 4), ("no", 21), ("yes", 34))]
    assert swapped["verdict"] == "unverifiable" and "sides exchanged" in swapped["evidence"]["record"]


def test_retained_and_upheld_are_words_of_a_vote(built_store):
    found = checked_claims(PUERTO_RICO + "The competence paragraph was retained 34-19-7.", AFTER_1953)
    assert [(c["asserted"], c["verdict"]) for c in found if c["kind"] == "tally"][-1] == (
        {"yes": 34, "no": 19, "abstain": 7}, "supported")


def test_trap_a_miscounted_tally_is_still_contradicted(built_store):
    # 141-4-35 matches no other vote with its sides exchanged: still a miscount of ES-11/1
    found = claims_after(ES11_1_LEAD, "The resolution was adopted by 141 votes to 4, with 35 abstentions.", "tally")
    assert [c["verdict"] for c in found] == ["contradicted"]

"""Twenty-sixth round, roll-call identification (ident): another body's vote, a committee's draft, a list naming
states that were no members on the roll call's day, a tie not broken for a vote of another time, "at the time" after
a paragraph that tells the year, and a list not moved to another vote of the days when the text's tally points
elsewhere. Every sentence here is our own."""

from __future__ import annotations

from datetime import date

import numpy as np

from tests.fixtures import checked_claims
from unga.claims import anachronism, lacking, scope, ties
from unga.claims.extract import Claim

OTHER_BODY = "a vote of another body"


def _claim(kind, sentence, asserted, state=None):
    return Claim(kind, "a sentence", (0, 1), asserted, state=state, sentence=sentence)


# --- another body: a council's own vote, and a text of that vote alone ---

def test_a_council_that_has_passed_a_text_and_its_members_voting_are_another_body():
    assert scope.scope_of("Geneva's Human Rights Council has adopted a text on Burundi.") == "other body"
    assert scope.scope_of("The European members of the Human Rights Council voted in favour.") == "other body"
    # trap: the Assembly's vote on a council seat stays the Assembly's
    assert scope.scope_of("The General Assembly voted to elect Fiji to a Human Rights Council seat.") == "assembly"


def test_a_text_of_a_council_vote_that_never_names_the_assembly_is_that_council_s(built_store):
    text = ("Geneva's Human Rights Council has adopted a text asking Burundi to inquire into killings during its "
            "unrest.\n\nThe EU states on the Human Rights Council, Fiji, Japan, Senegal, Mexico and Peru "
            "voted in favour.\n\nMalaysia was among the 8 states abstaining, while China, Russia, Indonesia, Thailand "
            "and Qatar voted against.")
    got = checked_claims(text)
    assert got and all(c["resolution"] is None and c["evidence"]["record"].startswith(OTHER_BODY) for c in got)


def test_trap_a_text_that_names_the_assembly_too_is_not_a_council_text():
    sentences = ["The Security Council has adopted a ceasefire text.", "A week later the General Assembly voted too."]
    assert not scope.council_text(sentences)
    assert scope.council_text(sentences[:1])


def test_a_sentence_that_names_the_plenary_is_the_assembly_s_even_beside_a_committee():
    sentence = "Those that abstained with us in the First Committee, Chad and Peru, were absent from plenary."
    assert scope.scope_of(sentence) == "assembly"
    assert scope.scope_of("Chad and Peru abstained in the First Committee.") == "other body"


# --- a committee's draft, when the plenary is only still to vote ---

COMMITTEE_DRAFT = ("The Third Committee's draft asks Myanmar to halt its military campaign.\n\nThe envoy said he will "
                   "seek an abstention when the text reaches the plenary.\n\nOn Thursday, Cambodia, Laos, Vietnam, "
                   "China, Russia, Belarus, Syria and Zimbabwe voted against the draft.")


def test_a_vote_on_the_draft_of_the_one_committee_named_is_that_committee_s():
    assert lacking.committee_of(COMMITTEE_DRAFT) == "Third Committee"
    # trap: a plenary that has voted is the text's vote too
    assert lacking.committee_of(COMMITTEE_DRAFT.replace("will seek an abstention when the text reaches the plenary",
                                                        "abstained when the plenary adopted the text")) is None


def test_a_committee_draft_text_is_checked_against_no_plenary_vote(built_store):
    got = checked_claims(COMMITTEE_DRAFT)
    assert got and all(c["resolution"] is None and c["verdict"] == "unverifiable" for c in got)
    assert all("Third Committee" in c["evidence"]["record"] for c in got)


# --- a list naming states that were not members on the roll call's day ---

def test_a_list_naming_non_members_of_its_roll_call_s_day_is_about_another_vote():
    found = [_claim("position", 0, {"vote": "no"}, "MMR"), _claim("position", 0, {"vote": "no"}, "ZWE"),
             _claim("position", 1, {"vote": "no"}, "SYR")]
    out = [{"verdict": "supported", "state": c.state, "evidence": {"record": "voted against"}} for c in found]
    out[1]["verdict"] = "unverifiable"  # Zimbabwe: not a member on that day
    votes = {7: {"MMR": "no", "SYR": "no"}}
    anachronism.guard(out, found, [7, 7, 7], votes.__getitem__, lambda row: False)
    assert [e["verdict"] for e in out] == ["unverifiable", "unverifiable", "supported"]  # its own sentence only
    assert "ZWE" in out[0]["evidence"]["record"]
    # trap: a roll call the text names by symbol or whole tally keeps its verdicts (one state misnamed)
    out = [{"verdict": "supported", "state": c.state, "evidence": {"record": ""}} for c in found]
    anachronism.guard(out, found, [7, 7, 7], votes.__getitem__, lambda row: True)
    assert out[0]["verdict"] == "supported"


# --- a tie is not broken by numbers for a vote further from the text's dates ---

class TwoVotes:
    """Two roll calls: 0 of the text's day with 35 abstentions, 1 of decades before with 34."""
    counts = ({"abstain": 35, "no": 5}, {"abstain": 34, "no": 9})

    def agrees_all(self, row, numbers):
        return all(self.counts[row].get(k) == v for k, v in numbers.items())


def test_a_count_that_fits_an_old_vote_does_not_take_it_from_the_vote_of_the_text_s_day():
    found = [_claim("count", 0, {"field": "abstain", "op": "=", "value": 34})]
    ranked = [(None, [(7.2, 0, []), (6.4, 1, [])])]
    assert ties.break_ties(TwoVotes(), found, [None], ranked, lambda s: 0, dated=np.array([5.0, -2.0]))[0] == [None]
    # trap: where the text gives no dates, the stated count still breaks the tie
    assert ties.break_ties(TwoVotes(), found, [None], ranked, lambda s: 0, dated=np.array([0.0, 0.0]))[0] == [1]
    # trap: a tally of two numbers that fits the older vote is that vote (a text that recalls it)
    found = [_claim("tally", 0, {"no": 9, "abstain": 34}), found[0]]
    ranked = [(None, [])] + ranked
    rows = ties.break_ties(TwoVotes(), found, [None, None], ranked, lambda s: 0, dated=np.array([5.0, -2.0]))[0]
    assert rows == [None, 1]


# --- "at the time", after the paragraph that tells the year ---

def test_at_the_time_takes_the_year_of_the_paragraph_before(built_store):
    text = ("In October 2022, the Assembly condemned the annexation of four regions of Ukraine.\n\nAt the time, five "
            "states voted against it: Russia, Belarus, North Korea, Nicaragua and Syria.")
    got = checked_claims(text, published=date(2023, 2, 24))
    assert {(c["state"], c["resolution"], c["verdict"]) for c in got if c["kind"] == "position"} == {
        (s, "A/RES/ES-11/4", "supported") for s in ("RUS", "BLR", "PRK", "NIC", "SYR")}


# --- a list not moved to another vote of the days when the text's tally points at its own ---

def test_a_list_is_not_moved_to_a_vote_of_the_next_day_that_the_text_s_tally_does_not_point_at(built_store):
    # A/RES/80/73 (2 December 2025, 123-7-41) and A/RES/80/80 (5 December): the four abstained on both
    text = ("The resolution on the Golan passed with 122 votes for, six against and 41 abstentions.\n\nIt says the "
            "United Nations is concerned about the ceasefire line.\n\nAmong the abstentions were Ecuador, the "
            "Dominican Republic, Mexico, Panama and 36 more.")
    got = [c for c in checked_claims(text, published=date(2025, 12, 4)) if c["kind"] == "position"]
    assert got and all(c["resolution"] != "A/RES/80/80" for c in got)


# --- a lost space after a full stop, in Cyrillic: the next sentence is not read into the count's ---

def test_a_lost_space_after_a_full_stop_in_cyrillic_ends_the_sentence():
    from unga.claims.text import sentences

    text = "Сорок семь стран воздержались.Посол сказал, что комитет по деколонизации одобрил текст."
    assert [s for _, _, s in sentences(text)] == ["Сорок семь стран воздержались.",
                                                  "Посол сказал, что комитет по деколонизации одобрил текст."]


# --- "N states, A and B, joined C": the state joined is not among the N ---

def test_states_that_joined_a_state_count_with_it():
    from unga.claims.extract import extract
    from unga.claims.text import sentences

    text = "Two states, Ghana and Peru, joined the United States in opposition."
    counts = [c.asserted for c in extract(text, sentences(text)) if c.kind == "count"]
    assert counts == [{"field": "no", "op": "=", "value": 3}]
    # trap: "N states backed A" still leaves open whether A is among them
    text = "Five states voted with Russia against the text."
    assert [c.asserted["value"] for c in extract(text, sentences(text)) if c.kind == "count"] == [6]

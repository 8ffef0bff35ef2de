"""The thirty-fourth round, the lead: a number of states that "did not vote" (issue 9).
The Assembly's rules count an abstaining member as not voting (rule 126 of its rules of procedure), so "35 countries
did not vote", of a vote with 35 abstentions and 12 absentees, is no false statement: such a count is held back like
"did not take part" (`participation.UNSURE_WORDS`), and the states named as its members are a group's members, read
as "did not take part" (absent: supported; abstained: unverifiable; voted yes or no: contradicted). Said of one state
("A did not vote") it stays strictly absent, and a count the sentence sets beside the abstentions stays the
absentees'. Sentences are our own (never the articles')."""

from __future__ import annotations

from datetime import date

import pytest

from unga import api

UKRAINE = "The Assembly condemned the invasion of Ukraine by 141 votes to 5. "  # ES-11/1: 141-5-35, 12 absent
DAY = date(2022, 3, 3)


def judged(text: str) -> list[tuple]:
    return [(c["kind"], c.get("state"), c["asserted"], c["verdict"]) for c in api.check_text(text, published=DAY).claims
            if c["kind"] != "tally"]


@pytest.mark.parametrize("sentence", [
    "Thirty-five countries, including China, did not vote.",
    "In all, 35 nations did not cast a vote, China among them.",
    "China was one of 35 states that didn't vote on it.",
])
def test_a_number_that_did_not_vote_may_be_the_abstainers(built_store, sentence):
    claims = judged(UKRAINE + sentence)
    assert all(verdict != "contradicted" for *_, verdict in claims)
    assert ("position", "CHN", {"vote": "not_taking_part"}, "unverifiable") in claims


def test_a_member_of_the_group_that_voted_is_still_caught(built_store):
    claims = judged(UKRAINE + "Thirty-five countries, including France, did not vote.")
    assert ("position", "FRA", {"vote": "not_taking_part"}, "contradicted") in claims


def test_trap_the_number_beside_the_abstentions_is_the_absentees(built_store):
    claims = judged("The Assembly condemned the invasion of Ukraine by 141 votes to 5, with 35 abstentions, and "
                    "12 countries did not vote.")
    assert all(verdict != "contradicted" for *_, verdict in claims)
    claims = api.check_text("The Assembly condemned the invasion of Ukraine by 141 votes to 5, with 35 abstentions, "
                            "and 20 countries did not vote.", published=DAY).claims
    assert [c["verdict"] for c in claims] != ["supported"]


def test_trap_one_state_that_did_not_vote_stays_absent(built_store):
    assert ("position", "CHN", {"vote": "absent"}, "contradicted") in judged(UKRAINE + "China did not vote.")


def test_trap_skipping_the_meeting_is_plain_absence(built_store):
    claims = judged(UKRAINE + "Thirty-five countries skipped the meeting and did not vote.")
    assert ("count", None, {"field": "absent", "op": "=", "value": 35}, "contradicted") in claims


ANGOLA = ("The United States abstained when Angola's admission came before the Security Council in November 1976. The "
          "Security Council voted 13-0-1, with one member not taking part, to recommend to the General Assembly that "
          "Angola be admitted. On 1 December the General Assembly admitted Angola by 116 votes to 0, with 1 abstention.")


def test_a_council_vote_recommending_to_the_assembly_is_the_councils(built_store):
    claims = [(c["resolution"], c["asserted"], c["verdict"]) for c in api.check_text(ANGOLA).claims
              if c["kind"] == "tally"]
    assert (None, {"yes": 13, "no": 0, "abstain": 1}, "unverifiable") in claims
    assert ("A/RES/31/44", {"yes": 116, "no": 0, "abstain": 1}, "supported") in claims

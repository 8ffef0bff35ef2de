"""Thirty-fourth round (branch narr34): a state's vote told in the sentence before, or by a verb that is no vote
phrase. Sentences of our own.

1. The remainder of a counted side: "the others", "the rest", "the remaining ones", "those other (Asian) states"
   after a sentence that counts one side take that side; only after a count, and never more states than it leaves.
   A bare "Among them:" with a colon points back the same way.
2. A verb of rejecting, in the past, whose object is the text ("turned down the resolution", "said no to the text",
   "voted down the draft") is a vote against; not the present ("rejects this resolution" is a reaction), not an
   indefinite text (another one), never a text already adopted. "Declined to back" is "did not support": against,
   never called false.
3. "A stood (alone) with B in opposing the text": the companions' shared vote; "A stood with B" alone is no vote.
4. A count joined by "as well as", "along with", "plus" to the subject of its clause's one vote, its list after a
   colon: "A voted against it, as well as two other states: B and C".
5. A list sentence closed by a noun phrase about the whole list: "B and C, both close partners of the sponsor." —
   never a deed ("all of them sponsors of …", "all having spoken …").

The record used: ES-11/1 (2 March 2022, 141-5-35: Russia, Belarus, Syria, Eritrea and North Korea against; China,
India and Pakistan abstaining)."""

from __future__ import annotations

from datetime import date

from unga import api

UKRAINE = "A/RES/ES-11/1"
OPENING = "On 2 March 2022 the General Assembly adopted resolution ES-11/1 on the aggression against Ukraine. "


def positions(said: str) -> dict[str, tuple[str, str]]:
    return {c["state"]: (c["asserted"]["vote"], c["verdict"])
            for c in api.check_text(OPENING + said, published=date(2022, 3, 3)).claims
            if c["kind"] == "position" and c["resolution"] == UKRAINE}


def test_the_remainder_of_a_counted_side_takes_its_side(built_store):
    got = positions("Five states voted against the text, led by Russia. The others were Belarus, Syria, Eritrea and "
                    "North Korea.")
    assert {s: got[s] for s in ("BLR", "SYR", "ERI", "PRK")} == {s: ("no", "supported") for s in ("BLR", "SYR", "ERI", "PRK")}
    got = positions("Only five countries opposed it, with Russia at their head. The rest are Belarus, Syria and Eritrea.")
    assert {s: got[s] for s in ("BLR", "SYR", "ERI")} == {s: ("no", "supported") for s in ("BLR", "SYR", "ERI")}
    got = positions("Thirty-five members abstained. Those other Asian members included China, India and Pakistan.")
    assert {s: got[s] for s in ("CHN", "IND", "PAK")} == {s: ("abstain", "supported") for s in ("CHN", "IND", "PAK")}
    assert positions("Only five states voted no. Among them: Russia and Belarus.") == {
        "RUS": ("no", "supported"), "BLR": ("no", "supported")}
    # a false remainder: the side carried is one, and counted: contradicted
    assert positions("Five states voted no, led by Russia. The remaining ones were Belarus, Syria and China.")["CHN"] \
        == ("no", "contradicted")


def test_a_remainder_without_a_single_counted_side_is_not_read(built_store):
    # no count: "the rest" of what is not said
    assert "CHN" not in positions("Russia voted against it. The rest were Belarus, Syria and China.")
    # two sides counted before: which one the others are is not said
    assert "CHN" not in positions("The text won 141 votes, while 5 states voted against it. The others were China "
                                  "and India.")
    # more states than the count leaves
    assert "IRN" not in positions("Five states voted no, led by Russia. The rest were Belarus, Syria, Eritrea, "
                                  "North Korea and Iran.")


def test_a_verb_of_rejecting_the_text_is_a_vote_against(built_store):
    assert positions("Belarus turned down the resolution.") == {"BLR": ("no", "supported")}
    assert positions("As its envoy had promised, Syria said no to the text.") == {"SYR": ("no", "supported")}
    assert positions("North Korea voted down the draft resolution, its delegate told reporters.") == {
        "PRK": ("no", "supported")}
    assert positions("China turned down the resolution.") == {"CHN": ("no", "contradicted")}


def test_a_rejection_of_an_adopted_text_or_of_a_proposal_is_no_vote(built_store):
    assert "CHN" not in positions("China turned down the resolution adopted on Wednesday as one-sided.")
    assert "CHN" not in positions("Beijing later said it had turned down the text that was approved by the Assembly.")
    # the present is a reaction, an indefinite text another one
    assert positions("China completely rejects this one-sided resolution.") == {}
    assert positions("Eritrea turned down a draft on another subject, and rejected a text on Gaza.") == {}
    assert positions("The Assembly turned down a proposal by Russia.") == {}
    # "declined to back": against, abstained or away; read as against and never called false
    assert positions("India declined to back the resolution.") == {"IND": ("no", "unverifiable")}


def test_standing_with_another_state_in_a_vote(built_store):
    assert positions("Belarus stood with Russia in voting against the text.") == {
        "BLR": ("no", "supported"), "RUS": ("no", "supported")}
    assert positions("Russia stood alone with Belarus in opposing the resolution.") == {
        "RUS": ("no", "supported"), "BLR": ("no", "supported")}
    assert positions("Russia stood with Belarus, as it has for decades.") == {}


def test_a_count_joined_to_a_voter_takes_its_vote(built_store):
    assert positions("Russia voted against it, as well as four other states: Belarus, Syria, Eritrea and North "
                     "Korea.") == {s: ("no", "supported") for s in ("RUS", "BLR", "SYR", "ERI", "PRK")}
    got = positions("Thirty-three members abstained, plus two Asian countries: China and India.")
    assert (got["CHN"], got["IND"]) == (("abstain", "supported"), ("abstain", "supported"))
    assert positions("Pakistan abstained, along with two other nations: China and Eritrea.")["ERI"] == (
        "abstain", "contradicted")
    # two votes in the clause, or a deed that is no vote: the count's side is not said
    assert "CHN" not in positions("Five states voted no and 35 abstained, as well as two other countries: China and "
                                  "India.")
    assert positions("Russia drafted a rival text, together with two other countries: Belarus and Syria.") == {}


def test_a_list_sentence_closed_by_a_phrase_about_the_whole_list(built_store):
    assert positions("Only five states voted no. Russia, Belarus and Syria, all close partners of the Kremlin.") == {
        s: ("no", "supported") for s in ("RUS", "BLR", "SYR")}
    assert positions("Five countries voted against it. They were Belarus and Eritrea, both long-standing critics of "
                     "such texts.") == {"BLR": ("no", "supported"), "ERI": ("no", "supported")}
    assert positions("Thirty-five states abstained. China and Pakistan, each a neighbour of India.") == {
        "CHN": ("abstain", "supported"), "PAK": ("abstain", "supported")}
    # a deed, not a description: the list is not read as the side
    assert positions("Only five states voted no. Russia, Belarus and Syria, all of them sponsors of a rival text.") == {}
    assert positions("Only five states voted no. Russia, Belarus and Syria, all having spoken against it.") == {}

"""Thirty-third round (branch study33): families of holdout33's misses that recur in other sets. Sentences of our own,
true and false variants side by side. The record used: ES-11/1 (2 March 2022, 141-5-35: Russia, Belarus, North Korea,
Eritrea and Syria against; Algeria, South Africa, Kazakhstan, China, India and Iraq abstaining; Brazil and the United
Kingdom in favour)."""

from __future__ import annotations

from datetime import date

import pytest

from unga import api

MARCH_2022 = date(2022, 3, 3)
UKRAINE = "By 141 votes to 5, with 35 abstentions, the General Assembly demanded on 2 March that Russia leave Ukraine. "
UCRANIA = ("Con 141 votos a favor, 35 abstenciones y 5 en contra, la Asamblea General exigió el 2 de marzo que Rusia "
           "se retire de Ucrania. ")
VOTE = "A/RES/ES-11/1"


def positions(text: str, after: int) -> dict[tuple, str]:
    return {(c["resolution"], c["state"], c["asserted"]["vote"]): c["verdict"]
            for c in api.check_text(text, published=MARCH_2022).claims
            if c["kind"] == "position" and c["span"][0] >= after}


# a counted side's states given through a described group before their examples


def test_a_described_group_with_a_relative_clause_before_such_as(built_store):
    said = ("There were 35 abstentions, including some countries that had been expected to side with the text, "
            "such as India, South Africa and Iraq.")
    got = positions(UKRAINE + said, len(UKRAINE))
    assert got == {(VOTE, s, "abstain"): "supported" for s in ("IND", "ZAF", "IRQ")}


def test_the_abstentions_included_several_states_like(built_store):
    said = "The 35 abstentions included several Asian states like China, India and Kazakhstan."
    got = positions(UKRAINE + said, len(UKRAINE))
    assert got == {(VOTE, s, "abstain"): "supported" for s in ("CHN", "IND", "KAZ")}


def test_most_of_them_then_a_false_example_is_contradicted(built_store):
    said = "There were 35 abstentions, most of them African countries such as Algeria, South Africa and Brazil."
    got = positions(UKRAINE + said, len(UKRAINE))
    assert got[(VOTE, "DZA", "abstain")] == "supported" and got[(VOTE, "BRA", "abstain")] == "contradicted"


def test_a_description_that_names_a_state_is_not_read(built_store):
    said = "There were 35 abstentions, including countries that often side with Belarus, such as India."
    got = positions(UKRAINE + said, len(UKRAINE))
    assert not any(state == "IND" for _, state, _ in got)


def test_la_mayoria_de_then_como(built_store):
    said = "Hubo 35 abstenciones, la mayoría de países asiáticos como China, India y Kazajistán."
    got = positions(UCRANIA + said, len(UCRANIA))
    assert got == {(VOTE, s, "abstain"): "supported" for s in ("CHN", "IND", "KAZ")}


# "we" of a government, a delegation or a minister


@pytest.mark.parametrize("said, state, vote, verdict", [
    pytest.param("The Indian Government explained its position after the vote. We abstained because talks are the "
                 "only way.", "IND", "abstain", "supported", id="a government named in the sentence before"),
    pytest.param("\u201cWe voted against this one-sided text,\u201d the Belarusian representative told the Assembly.",
                 "BLR", "no", "supported", id="a quote whose speaker follows"),
    pytest.param("Her Majesty's Government have made their view plain to the Assembly.\n\nThe text was long and much "
                 "amended.\n\nWe voted in favour of the resolution.", "GBR", "yes", "supported",
                 id="her majesty's government two paragraphs on"),
    pytest.param("The Chinese Government issued a statement on Thursday. We voted against the resolution, it said.",
                 "CHN", "no", "contradicted", id="a government that abstained, said against"),
])
def test_we_of_a_government_or_delegation_named_near_it(built_store, said, state, vote, verdict):
    got = positions(UKRAINE + said, len(UKRAINE))
    assert got == {(VOTE, state, vote): verdict}


def test_we_without_a_plain_speaker_stands_for_nothing(built_store):
    for said in ("We voted against the text, the campaign's director joked, though her group has no vote.",
                 "The French and German delegations spoke after the vote. We voted in favour, one of them said."):
        got = positions(UKRAINE + said, len(UKRAINE))
        assert not any(state in {"FRA", "DEU"} for _, state, _ in got) and len(got) == 0


# a date, a year or "again" between "voted" and its side


def test_a_date_between_voted_and_its_side(built_store):
    said = "Brazil voted on 2 March in favour of the resolution."
    assert positions(UKRAINE + said, len(UKRAINE)) == {(VOTE, "BRA", "yes"): "supported"}


def test_again_and_last_night_between_voted_and_its_side(built_store):
    for said in ("Eritrea voted once more against the resolution.", "Eritrea voted last night against the resolution."):
        assert positions(UKRAINE + said, len(UKRAINE)) == {(VOTE, "ERI", "no"): "supported"}


def test_a_year_between_voted_and_a_false_side_is_contradicted(built_store):
    said = "India voted in 2022 against the resolution."
    assert positions(UKRAINE + said, len(UKRAINE)) == {(VOTE, "IND", "no"): "contradicted"}


def test_voted_then_a_date_then_for_a_cause_is_no_vote(built_store):
    said = "India voted on 2 March for a ceasefire between the parties."
    assert not positions(UKRAINE + said, len(UKRAINE))

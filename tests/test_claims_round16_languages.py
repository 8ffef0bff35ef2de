"""Sixteenth round (issue 9, branch fix16): lists in other languages that the vote phrase of the language did not
reach: German votes with their object ("stimmten gegen die Resolution", and verb-second "Gegen die Resolution stimmten
A"), relative-clause headings ("Os países que votaram contra foram:", "Les pays qui ont voté contre sont :"), one name
a line under such a heading, and press names (Weißrussland, DVRK, Bielorrússia). Sentences of our own, with traps.

The record: ES-11/1 of 2 March 2022 (141-5-35; no: Russia, Belarus, Syria, Eritrea, North Korea; China and India
abstained; the United States, France and Japan yes)."""

from __future__ import annotations

import pytest
from fixtures import ES11_1_DAY, ES11_1_LEAD, positions_after

from unga import api
from unga.claims import langlines

FIVE = {iso3: ("no", "supported") for iso3 in ("RUS", "BLR", "SYR", "ERI", "PRK")}


@pytest.mark.parametrize("sentence", [
    "5 Staaten stimmten gegen die Resolution: Russland, Weißrussland, Syrien, Eritrea und Nordkorea.",
    "Gegen die Resolution stimmten Russland, Weißrussland, Syrien, Eritrea und die DVRK.",
    "Russland, Weißrussland, Syrien, Eritrea und Nordkorea stimmten gegen den Entwurf.",
    "Os países que votaram contra foram: Rússia, Bielorrússia, Síria, Eritreia e Coreia do Norte.",
    "Les pays qui ont voté contre sont : la Russie, la Biélorussie, la Syrie, l'Érythrée et la Corée du Nord.",
    "I paesi che hanno votato contro sono: Russia, Bielorussia, Siria, Eritrea e Corea del Nord.",
])
def test_a_list_after_or_before_a_vote_with_its_object_or_heading(built_store, sentence):
    assert positions_after(ES11_1_LEAD, sentence) == FIVE


@pytest.mark.parametrize("sentence", [
    "Der Stimme enthielten sich China und Indien.",
    "Os países que se abstiveram foram: China e Índia.",
])
def test_abstentions_headed_in_other_languages(built_store, sentence):
    assert positions_after(ES11_1_LEAD, sentence) == {"CHN": ("abstain", "supported"), "IND": ("abstain", "supported")}


def test_a_name_a_line_under_a_heading_in_portuguese(built_store):
    text = ("Em 2 de março de 2022, a Assembleia Geral aprovou a resolução ES-11/1 por 141 votos a favor, 5 contra e 35 "
            "abstenções.\nOs países que votaram contra foram:\nRússia\nBielorrússia\n• Síria\nEritreia\nCoreia do Norte\n"
            "A resolução exige a retirada das tropas.")
    said = {c["state"]: (c["asserted"]["vote"], c["verdict"]) for c in api.check_text(text, published=ES11_1_DAY).claims
            if c["kind"] == "position"}
    assert said == FIVE


def test_a_false_line_under_a_heading_is_caught(built_store):
    text = ("Em 2 de março de 2022, a Assembleia Geral aprovou a resolução ES-11/1 por 141 votos a favor, 5 contra e 35 "
            "abstenções.\nOs países que votaram contra foram:\nRússia\nFrança\nA resolução exige a retirada das tropas.")
    said = {c["state"]: (c["asserted"]["vote"], c["verdict"]) for c in api.check_text(text, published=ES11_1_DAY).claims
            if c["kind"] == "position"}
    assert said == {"RUS": ("no", "supported"), "FRA": ("no", "contradicted")}


def test_trap_a_side_against_a_state_is_not_a_vote_on_the_text(built_store):
    """'gegen die USA': against a state, not the resolution; nothing read."""
    assert positions_after(ES11_1_LEAD, "Frankreich und Japan stimmten gegen die USA.") == {}


def test_trap_the_lines_end_at_the_first_line_that_is_not_a_name():
    spans = [(0, 35, "Os países que votaram contra foram:"), (36, 42, "Rússia"), (43, 70, "A resolução exige a paz."),
             (71, 76, "Síria")]
    text = "\n".join(s[2] for s in spans)
    assert langlines.heading(spans[0][2]) == ("pt", "no")
    assert [row[0] for row in langlines.under(text, spans, 0, "pt", "no")] == ["RUS"]


def test_trap_a_negated_heading_opens_no_list():
    assert langlines.heading("Os países que não votaram contra foram:") is None


@pytest.mark.parametrize("sentence", [
    "La resolución fue aprobada con el voto en contra de Rusia, Belarús, Siria, Eritrea y Corea del Norte.",
    "A resolução foi aprovada com os votos contra da Rússia, da Bielorrússia, da Síria, da Eritreia e da Coreia do Norte.",
    "La résolution a été adoptée avec les voix contre de la Russie, la Biélorussie, la Syrie, l'Érythrée et la Corée du Nord.",
    "Die Resolution wurde gegen die Gegenstimmen von Russland, Weißrussland, Syrien, Eritrea und Nordkorea angenommen.",
])
def test_the_owners_of_a_vote_noun_after_it(built_store, sentence):
    assert positions_after(ES11_1_LEAD, sentence) == FIVE


def test_an_owned_abstention_after_an_owned_vote_against_keeps_its_own_states(built_store):
    said = positions_after(ES11_1_LEAD, "A resolução foi aprovada com os votos contra da Rússia e da Síria e a abstenção "
                                        "da China e da Índia.")
    assert said == {"RUS": ("no", "supported"), "SYR": ("no", "supported"), "CHN": ("abstain", "supported"),
                    "IND": ("abstain", "supported")}


def test_a_false_owned_vote_is_caught(built_store):
    assert positions_after(ES11_1_LEAD, "El texto fue aprobado con el voto en contra de Francia.") == {
        "FRA": ("no", "contradicted")}


@pytest.mark.parametrize("sentence", [
    "El voto en contra de Siria sorprendió a pocos.",          # a vote against Syria, not Syria's vote
    "La Asamblea lamentó la abstención de China.",            # no "with" frame: not read as an owned vote
])
def test_trap_a_vote_noun_outside_a_with_frame_names_no_voter(built_store, sentence):
    assert positions_after(ES11_1_LEAD, sentence) == {}

"""Issue 9, fourteenth round (branch langroles): state lists in Spanish, French, Portuguese, German and Italian
attached by their role (claims/langroles.py): an inclusion in apposition to a count, a partitive, a companion.
Sentences of our own, each role in several languages, and the traps that must stay unread.

The record used: A/RES/ES-11/1 of 2 March 2022 (141-5-35 with 12 absent; Russia, Belarus, Syria, Eritrea and North
Korea against; China, India, Pakistan and Iran abstaining; the United States and Japan in favour)."""

from __future__ import annotations

from datetime import date

import pytest
from fixtures import claim_rows

from unga.claims import languages

ON = date(2022, 3, 3)


def positions(sentence: str) -> dict[str, str]:
    lang = languages.language_of(sentence)
    assert lang is not None, sentence
    return {iso3: vote for iso3, vote, _, _ in languages.positions(sentence, lang)}


# --- an inclusion in apposition to a count ---

@pytest.mark.parametrize("sentence", [
    "Cinco países votaron en contra y treinta y cinco, entre ellos China, India y Pakistán, se abstuvieron.",
    "Hubo 35 abstenciones, entre ellas las de China, India y Pakistán.",
    "Cinq pays ont voté contre, et trente-cinq, parmi lesquels la Chine, l'Inde et le Pakistan, se sont abstenus.",
    "Le texte a recueilli 35 abstentions, dont la Chine, l'Inde et le Pakistan.",
    "Houve 35 abstenções, entre elas as da China, da Índia e do Paquistão.",
    "Es gab 35 Enthaltungen, darunter China, Indien und Pakistan.",
    "Ci sono state 35 astensioni, tra cui Cina, India e Pakistan.",
])
def test_an_inclusion_takes_the_side_of_its_count(sentence):
    assert positions(sentence) == {"CHN": "abstain", "IND": "abstain", "PAK": "abstain"}


def test_an_inclusion_takes_the_verb_between_count_and_marker():
    assert positions("Cinco países votaron en contra, entre ellos Rusia y Siria.") == {"RUS": "no", "SYR": "no"}


def test_an_inclusion_is_refused_for_a_sponsor_list_a_bigger_list_or_a_negated_vote():
    # a count of sponsors: no side named
    assert positions("El texto fue presentado por 40 países, entre ellos Francia y Japón, y aprobado por 141 votos.") \
        == {}
    # more states than the count in digits
    assert positions("Hubo 2 abstenciones, entre ellas las de China, India y Pakistán.") == {}
    # the vote after the list is negated
    assert positions("Treinta países, entre ellos Chile y Perú, no se abstuvieron.") == {}


# --- a partitive ---

@pytest.mark.parametrize("sentence", [
    "China, India e Irán son algunos de los 35 países que se abstuvieron en la votación.",
    "La Chine, l'Inde et l'Iran sont parmi les 35 pays qui se sont abstenus.",
    "China, Índia e Irã são alguns dos 35 países que se abstiveram.",
    "Cina, India e Iran sono tra i 35 paesi che si sono astenuti.",
])
def test_a_partitive_takes_the_side_of_its_relative_clause(sentence):
    assert positions(sentence) == {"CHN": "abstain", "IND": "abstain", "IRN": "abstain"}


def test_a_partitive_is_refused_for_a_bigger_list_or_a_negated_vote():
    assert positions("China, India e Irán son algunos de los 2 países que se abstuvieron.") == {}
    assert positions("China, India e Irán son algunos de los 35 países que no se abstuvieron.") == {}


# --- a companion ---

@pytest.mark.parametrize("sentence, expected", [
    ("La delegación, que el año pasado se abstuvo, esta vez se manifestó en contra y fue acompañada solo por Siria.",
     {"SYR": "no"}),
    ("A delegação russa votou contra, junto com a Síria e a Eritreia.", {"SYR": "no", "ERI": "no"}),
    ("La Russie a voté contre, aux côtés de la Syrie et de l'Érythrée.", {"RUS": "no", "SYR": "no", "ERI": "no"}),
    ("Le Japon a voté pour, avec les États-Unis.", {"JPN": "yes", "USA": "yes"}),
    ("Rusia votó en contra junto con Siria y Eritrea.", {"RUS": "no", "SYR": "no", "ERI": "no"}),
    ("Die Russische Föderation stimmte dagegen, zusammen mit Syrien und Eritrea.",
     {"RUS": "no", "SYR": "no", "ERI": "no"}),
])
def test_a_companion_takes_the_nearest_vote_before_it(sentence, expected):
    assert positions(sentence) == expected


def test_a_companion_of_a_deed_or_of_a_negated_stance_is_refused():
    assert positions("El texto, patrocinado por Ucrania junto con Japón, fue aprobado.") == {}
    assert positions("Ucrania presentó la propuesta junto con Japón y Chile.") == {}
    assert positions("La delegación no se manifestó en contra y fue acompañada por Siria.") == {}
    # the vote of another state earlier in the sentence is not the companion's deed
    assert positions("Rusia votó en contra, y Francia, junto con Alemania, presentó una enmienda.") == {"RUS": "no"}
    assert positions("La Russie a voté contre; la France, avec l'Allemagne, a rédigé le texte.") == {"RUS": "no"}
    # a list with a vote phrase of its own after it
    assert positions("La Russie a voté contre, avec la Syrie, alors que la Chine s'est abstenue.") == {
        "RUS": "no", "SYR": "no", "CHN": "abstain"}
    assert positions("Rusia votó en contra, junto con China, que se abstuvo en la votación anterior.")["RUS"] == "no"
    assert "CHN" not in positions("Rusia votó en contra, junto con China, que se abstuvo en la votación anterior.")


def test_a_partitive_of_sponsors_is_refused():
    assert positions("Chile y Perú son algunos de los 50 países que patrocinaron el texto.") == {}
    assert positions("Il Cile e il Perù sono tra i 50 paesi che hanno presentato il testo.") == {}


# --- names and verdicts ---

def test_an_unaccented_capital_names_the_state():
    assert languages.names("fr")["Ethiopie"] == "ETH"
    assert languages.names("fr")["Etats-Unis"] == "USA"


def test_the_roles_are_checked_against_the_record(built_store):
    got = claim_rows("La Asamblea General aprobó la resolución ES-11/1 el 2 de marzo con 141 votos a favor, 5 en contra "
                     "y 35 abstenciones. China, India y Japón son algunos de los 35 países que se abstuvieron.", ON)
    assert [(s, a["vote"], v) for k, s, a, v in got if k == "position"] == [
        ("CHN", "abstain", "supported"), ("IND", "abstain", "supported"), ("JPN", "abstain", "contradicted")]

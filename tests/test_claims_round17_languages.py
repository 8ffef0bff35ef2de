"""Seventeenth round (issue 9, branch lang2): claims in other languages that their readers missed — numbers written
in words in a tally ("quatre-vingt-dix voix contre douze", "nueve en contra", "sechs dagegen"), the French present
"s'abstient", German "waren dafür / dagegen", "votos favoráveis", "entre otros" between a list and its vote, "entre
quienes se opusieron, se encuentran A y B", "la propia Rusia". Sentences of our own, with traps.

The record: ES-11/1 of 2 March 2022 (141-5-35; no: Russia, Belarus, Syria, Eritrea, North Korea; China, India and
Senegal abstained)."""

from __future__ import annotations

import pytest
from fixtures import ES11_1_LEAD, claims_after, positions_after

from unga.claims import langnumbers, languages


@pytest.mark.parametrize("words, lang, number", [
    ("quatre-vingt-dix", "fr", 90), ("soixante et onze", "fr", 71), ("quatre-vingts", "fr", 80),
    ("ciento noventa y tres", "es", 193), ("cuarenta y dos", "es", 42), ("cento e vinte e dois", "pt", 122),
    ("siebenundsiebzig", "de", 77), ("trentacinque", "it", 35), ("novantuno", "it", 91),
])
def test_numbers_in_words(words, lang, number):
    assert langnumbers.value(words, lang) == number


def test_trap_two_numbers_side_by_side_stay_two():
    assert langnumbers.value("cinq six", "fr") is None
    assert langnumbers.in_digits("douze et cinquante-deux abstentions", "fr") == "12 et 52 abstentions"


@pytest.mark.parametrize("sentence", [
    "La resolución fue aprobada por 141 votos a favor, treinta y cinco abstenciones y cinco en contra.",
    "Le texte a été adopté par 141 voix contre cinq et trente-cinq abstentions.",
    "141 Staaten waren dafür, fünf dagegen, 35 enthielten sich ihrer Stimme.",
])
def test_a_tally_with_numbers_in_words(built_store, sentence):
    tallies = claims_after(ES11_1_LEAD, sentence, "tally")
    assert [(t["asserted"], t["verdict"]) for t in tallies] == [({"yes": 141, "no": 5, "abstain": 35}, "supported")]


def test_a_false_number_in_words_is_caught(built_store):
    tallies = claims_after(ES11_1_LEAD, "La resolución fue aprobada por 141 votos a favor, nueve en contra y 35 "
                                        "abstenciones.", "tally")
    assert [(t["asserted"], t["verdict"]) for t in tallies] == [({"yes": 141, "no": 9, "abstain": 35}, "contradicted")]


@pytest.mark.parametrize("sentence, said", [
    ("Le Sénégal s’abstient.", {"SEN": ("abstain", "supported")}),
    ("Mientras que China e India, entre otros, se abstuvieron.",
     {"CHN": ("abstain", "supported"), "IND": ("abstain", "supported")}),
    ("Entre quienes se opusieron, se encuentran Siria, Eritrea y la propia Rusia.",
     {"SYR": ("no", "supported"), "ERI": ("no", "supported"), "RUS": ("no", "supported")}),
    ("Entre los que se abstuvieron figuran China y Francia.",
     {"CHN": ("abstain", "supported"), "FRA": ("abstain", "contradicted")}),
])
def test_votes_in_forms_the_readers_lacked(built_store, sentence, said):
    assert positions_after(ES11_1_LEAD, sentence) == said


def test_trap_a_negated_vote_after_among_others_is_not_read():
    assert languages.read("Francia y Alemania, entre otros, no se abstuvieron.")[1] == []


def test_german_were_for_is_a_vote_phrase_with_its_count():
    assert languages.tally("141 Staaten waren dafür, fünf dagegen.", "de") == {"yes": 141, "no": 5}


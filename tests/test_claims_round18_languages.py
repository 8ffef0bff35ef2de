"""Eighteenth round (issue 9, branch lang3): the languages not read before (Greek, Arabic, Indonesian, Czech,
Hungarian, read from data/vote_words.csv by `wordlangs`) and constructions the readers of Spanish, French, Portuguese
and German missed: "a voté en faveur", "avaient choisi l'abstention", "stimmten dagegen, darunter A", a
relative clause between a list and its vote phrase, "Entre as abstenções estão países como A", "N se sont abstenus
dont A", "N países votaron en contra, como A". Sentences of our own, with traps.

The record: ES-11/1 of 2 March 2022 (141-5-35; no: Russia, Belarus, Syria, Eritrea, North Korea; China, India and
Senegal abstained; France, Moldova and Indonesia voted yes)."""

from __future__ import annotations

import pytest
from fixtures import ES11_1_LEAD, claims_after, positions_after

from unga.claims import languages, wordlangs, wordnames, wordtable


@pytest.mark.parametrize("sentence, lang", [
    ("Το ψήφισμα εγκρίθηκε με 141 ψήφους υπέρ, 5 εναντίον και 35 αποχές.", "el"),
    ("واعتمدت الجمعية العامة القرار بأغلبية 141 صوتا لصالح مقابل رفض 5 دول.", "ar"),
    ("Sebanyak 141 negara memberikan suara mendukung resolusi itu.", "id"),
    ("Pro rezoluci hlasovalo 141 států OSN.", "cs"),
    ("A szavazás eredménye: 141 mellette, 5 ellene, 35 tartózkodás.", "hu"),
])
def test_the_language_of_a_sentence(sentence, lang):
    assert wordlangs.language_of(sentence) == lang


@pytest.mark.parametrize("sentence", [
    "The resolution passed with 141 votes in favour and 5 against.",
    "Russia and Syria voted against, while China chose to abstain.",
    "A 141 to 5 vote, with 35 abstentions, carried the text.",
])
def test_trap_english_is_not_read_as_another_language(sentence):
    assert wordlangs.language_of(sentence) is None


def test_greek_typed_with_latin_capitals_reads_as_greek():
    # "Pωσία" and "Eρυθραία" begin with Latin P and E
    assert wordnames.mentions(wordtable.normalised("Pωσία και Eρυθραία", "el"), "el") == [
        (0, 5, "RUS"), (10, 18, "ERI")]


@pytest.mark.parametrize("sentence", [
    "Το ψήφισμα εγκρίθηκε με 141 ψήφους υπέρ, 5 εναντίον και 35 αποχές.",
    "A szavazás eredménye: 141 mellette, 5 ellene, 35 tartózkodás.",
])
def test_a_tally_in_a_new_language(built_store, sentence):
    tallies = claims_after(ES11_1_LEAD, sentence, "tally")
    assert [(t["asserted"], t["verdict"]) for t in tallies] == [({"yes": 141, "no": 5, "abstain": 35}, "supported")]


def test_a_false_tally_in_greek_is_caught(built_store):
    tallies = claims_after(ES11_1_LEAD, "Το ψήφισμα εγκρίθηκε με 141 ψήφους υπέρ, 9 εναντίον και 35 αποχές.", "tally")
    assert [(t["asserted"], t["verdict"]) for t in tallies] == [({"yes": 141, "no": 9, "abstain": 35}, "contradicted")]


@pytest.mark.parametrize("sentence, said", [
    ("Oι χώρες που ψήφισαν εναντίον ήταν: Pωσία, Συρία και Eρυθραία.",
     {"RUS": ("no", "supported"), "SYR": ("no", "supported"), "ERI": ("no", "supported")}),
    # the Arabic "and" written on the name, once with no space before it
    ("والدول التي صوتت ضد القرار هي: روسياوسوريا وإريتريا.",
     {"RUS": ("no", "supported"), "SYR": ("no", "supported"), "ERI": ("no", "supported")}),
    ("وصوتت 141 دولة لصالح القرار مقابل رفض 5 دول من بينها روسيا وفرنسا.",
     {"RUS": ("no", "supported"), "FRA": ("no", "contradicted")}),
    ("Sebanyak 141 negara mendukung, sementara lima negara, yaitu Rusia dan Suriah, menolak.",
     {"RUS": ("no", "supported"), "SYR": ("no", "supported")}),
    ("Tiongkok dan India memilih untuk abstain.", {"CHN": ("abstain", "supported"), "IND": ("abstain", "supported")}),
    ("Proti hlasovalo pět zemí – Rusko, Bělorusko a Sýrie.",
     {"RUS": ("no", "supported"), "BLR": ("no", "supported"), "SYR": ("no", "supported")}),
])
def test_positions_in_a_new_language(built_store, sentence, said):
    assert positions_after(ES11_1_LEAD, sentence) == said


def test_trap_a_negated_vote_in_indonesian_is_not_read():
    assert wordlangs.positions("Indonesia tidak menolak resolusi itu.", "id") == []


def test_trap_more_names_than_the_count_are_not_read():
    # "two states, among them" three names: the list is not the count's
    assert wordlangs.positions("Sebanyak 2 negara, yaitu Rusia, Suriah dan Eritrea", "id") == []


@pytest.mark.parametrize("sentence, said", [
    ("La Moldavie a voté en faveur du texte.", {"MDA": ("yes", "supported")}),
    ("Le Sénégal a voté en faveur de la résolution.", {"SEN": ("yes", "contradicted")}),
    ("Plusieurs pays africains, dont le Sénégal, avaient choisi l’abstention.", {"SEN": ("abstain", "supported")}),
    ("Einige Staaten stimmten dagegen, darunter Syrien und Eritrea.",
     {"SYR": ("no", "supported"), "ERI": ("no", "supported")}),
    ("Eritrea und Syrien, die sonst selten auffallen, stimmten dagegen.",
     {"ERI": ("no", "supported"), "SYR": ("no", "supported")}),
    ("Entre as abstenções estão países como a Índia e a China, que não apoiaram o texto.",
     {"IND": ("abstain", "supported"), "CHN": ("abstain", "supported")}),
    ("Au total, 35 pays se sont abstenus dont la Chine et l’Inde.",
     {"CHN": ("abstain", "supported"), "IND": ("abstain", "supported")}),
    ("Solo cinco países votaron en contra, como Siria y Eritrea.", {"SYR": ("no", "supported"), "ERI": ("no", "supported")}),
    ("Rusia, Bielorrusia y Kazajstán se abstuvieron.",
     {"RUS": ("abstain", "contradicted"), "BLR": ("abstain", "contradicted"), "KAZ": ("abstain", "supported")}),
])
def test_constructions_the_readers_lacked(built_store, sentence, said):
    assert positions_after(ES11_1_LEAD, sentence) == said


def test_trap_the_state_a_vote_favours_is_no_voter(built_store):
    assert positions_after(ES11_1_LEAD, "La Moldavie a voté en faveur de l’Ukraine.") == {"MDA": ("yes", "supported")}


@pytest.mark.parametrize("sentence", [
    "Cinco países votaron en contra, como se esperaba.",
    # an opposition is not read in these languages (docs/claims.md, eighteenth round: tried and taken out)
    "La resolución fue aprobada pese a la oposición de Rusia y de Francia.",
])
def test_trap_no_list_is_read(sentence):
    out = languages.read(sentence)
    assert out is None or [c for c in out[1] if c[0] == "position"] == []


def test_a_count_of_states_with_a_bare_against_and_a_relative_count(built_store):
    tallies = claims_after(ES11_1_LEAD, "Le texte a été adopté avec 141 voix pour, face à cinq pays contre et 35 qui se "
                                        "sont abstenus.", "tally")
    assert [(t["asserted"], t["verdict"]) for t in tallies] == [({"yes": 141, "no": 5, "abstain": 35}, "supported")]


def test_trap_states_against_an_object_are_no_count():
    assert languages.tally("Le texte a été adopté, cinq pays contre la Russie l'ayant porté.", "fr") is None

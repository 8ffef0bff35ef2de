"""Twenty-second round (issue 9, branch lang7): a list in another language that goes on from the sentence before
("Wśród nich …", "Среди них …", "Selain itu ada …": data/continued_lists.csv), German and Spanish tallies with the
noun after both numbers or "a vote of" before them ("mit 141 gegen 5 Stimmen", "un voto de 141 a 5"), Croatian and
Bosnian openers ("Protiv su bile:", "…, a to su:"), a name two states share ("Kongo") read as neither and an unknown
item passed over, Italian "hanno espresso voto contrario" and "si sono schierati contro", the typographic apostrophe,
a Polish count with its list in brackets, the count of a Spanish passive ("se abstuvo por 35 naciones"). Sentences
of our own, with traps.

The record: ES-11/1 of 2 March 2022 (141-5-35; no: Russia, Belarus, Syria, Eritrea, North Korea; China, India, Iran,
Iraq, Pakistan, Kyrgyzstan, Laos, Mongolia and the Republic of the Congo abstained; Ukraine, Poland, Canada, the
United States, Côte d'Ivoire, Antigua and Barbuda and the DR Congo voted yes)."""

from __future__ import annotations

import pytest
from fixtures import ES11_1_LEAD, claims_after, positions_after

from unga.claims import langcontinued

NO5 = {iso3: ("no", "supported") for iso3 in ("RUS", "BLR", "SYR", "ERI", "PRK")}


@pytest.mark.parametrize("sentence, expected", [
    # among them: the count of the sentence before gives the side
    ("Od głosu wstrzymało się 35 państw. Wśród nich były także kraje Azji: Chiny, Indie, Iran i Pakistan.",
     {iso3: ("abstain", "supported") for iso3 in ("CHN", "IND", "IRN", "PAK")}),
    ("Еще 35 стран воздержались. Среди них Китай, Индия и Украина.",  # Ukraine voted yes: a false statement caught
     {"CHN": ("abstain", "supported"), "IND": ("abstain", "supported"), "UKR": ("abstain", "contradicted")}),
    ("Pięć państw głosowało przeciw. Wśród nich Rosja, Białoruś, Syria, Erytrea i Korea Północna.", NO5),
    # besides: more of the list of one side the sentence before gave
    ("Ke-35 negara yang abstain dalam pemungutan suara tersebut adalah China, India, dan Iran.\n\n"
     "Selain itu ada Irak, Kirgistan, dan Pakistan.",
     {iso3: ("abstain", "supported") for iso3 in ("CHN", "IND", "IRN", "IRQ", "KGZ", "PAK")}),
])
def test_a_list_that_goes_on_from_the_sentence_before(built_store, sentence, expected):
    assert positions_after(ES11_1_LEAD, sentence) == expected


@pytest.mark.parametrize("sentence", [
    # the sentence before gives three sides: "among them" could be any
    "Za rezolucją głosowało 141 państw, 35 wstrzymało się od głosu, a 5 było przeciwnych. Wśród nich były Chiny i Indie.",
    # a count of co-sponsors, not of a side
    "Unos 90 países patrocinaron la resolución. Entre ellos se encuentran Ucrania, Polonia y Canadá.",
    # the list does not end the sentence: the states may do something else
    "Od głosu wstrzymało się 35 państw. Wśród nich Chiny i Indie, które nie chcą krytykować Rosji.",
])
def test_trap_no_list_goes_on(built_store, sentence):
    assert positions_after(ES11_1_LEAD, sentence) == {}


def test_trap_besides_and_a_state_that_does_something_else(built_store):
    sentence = "Negara yang abstain adalah China dan India.\n\nSelain itu, Ukraina menuduh Rusia."
    assert positions_after(ES11_1_LEAD, sentence) == {"CHN": ("abstain", "supported"), "IND": ("abstain", "supported")}


def test_trap_among_them_after_a_sentence_of_several_numbers():
    said = [("count", {"field": "no", "op": "=", "value": 38}, None)]
    assert langcontinued.side_before("Er waren 123 landen voor, 38 tegen en zestien stemden niet.", said, "among") is None
    assert langcontinued.side_before("Er waren 38 landen tegen.", said, "among") == ("no", 38)


@pytest.mark.parametrize("sentence, said, verdict", [
    ("Die Resolution wurde mit 141 gegen 5 Stimmen bei 35 Enthaltungen angenommen.", {"yes": 141, "no": 5, "abstain": 35},
     "supported"),
    ("La resolución pasó por un voto de 141 a 5, con 35 abstenciones.", {"yes": 141, "no": 5, "abstain": 35}, "supported"),
    ("De resolutie werd aangenomen met 141 tegen 15 stemmen.", {"yes": 141, "no": 15}, "contradicted"),
])
def test_tallies_with_the_noun_after_both_numbers(built_store, sentence, said, verdict):
    assert [(t["asserted"], t["verdict"]) for t in claims_after(ES11_1_LEAD, sentence, "tally")] == [(said, verdict)]


def test_a_spanish_passive_counts_the_states_after_by(built_store):
    counts = claims_after(ES11_1_LEAD, "El texto fue opuesto por 5 naciones y se abstuvo por 35 naciones.", "count")
    assert [(c["asserted"]["field"], c["asserted"]["value"], c["verdict"]) for c in counts] == [("abstain", 35, "supported")]


@pytest.mark.parametrize("sentence, expected", [
    ("Protiv su bile: Rusija, Bjelorusija, Sirija, Eritreja i Sjeverna Koreja.", NO5),
    # an item the tables do not know opens the list ("Antigva", not the ISO "Antigva i Barbuda"): passed over
    ("Protiv su bile: Antigva, Rusija i Bjelorusija.", {"RUS": ("no", "supported"), "BLR": ("no", "supported")}),
    # "Kongo" names either Congo: neither is read, and the list goes on past it and past a Bosnian name
    ('35 država su se izjasnile kao "suzdržane", a to su: Kina, Indija, Kongo, Kipar, Irak i Pakistan.',
     {"CHN": ("abstain", "supported"), "IND": ("abstain", "supported"), "CYP": ("abstain", "contradicted"),
      "IRQ": ("abstain", "supported"), "PAK": ("abstain", "supported")}),
    ("Cinque paesi hanno espresso voto contrario alla risoluzione: Russia, Bielorussia, Siria, Eritrea e Corea del Nord.",
     NO5),
    ("Anche Cina e India si sono schierate contro.", {"CHN": ("no", "contradicted"), "IND": ("no", "contradicted")}),
    ("Hanno espresso voto favorevole: Stati Uniti d’America e Costa d’Avorio.",
     {"USA": ("yes", "supported"), "CIV": ("yes", "supported")}),
    # the side of the phrase after the bracketed list, not of the abstentions before it
    ("Od głosu wstrzymało się 35 państw, zaś 5 (wśród nich: Rosja i Białoruś) głosowało przeciw.",
     {"RUS": ("no", "supported"), "BLR": ("no", "supported")}),
])
def test_lists(built_store, sentence, expected):
    assert positions_after(ES11_1_LEAD, sentence) == expected


@pytest.mark.parametrize("sentence", [
    "L'Italia si è schierata contro la Russia in questa guerra.",  # a side taken, not a vote
])
def test_trap_not_a_vote(built_store, sentence):
    assert positions_after(ES11_1_LEAD, sentence) == {}


def test_a_croatian_count_with_glasovati(built_store):
    counts = claims_after(ES11_1_LEAD, "Za usvajanje rezolucije glasovale su 141 države.", "count")
    assert [(c["asserted"]["field"], c["asserted"]["value"], c["verdict"]) for c in counts] == [("yes", 141, "supported")]


def test_a_polish_count_with_its_list_in_brackets_before_the_verb(built_store):
    tallies = claims_after(ES11_1_LEAD, "Od głosu wstrzymało się 35 państw, zaś 5 (wśród nich: Rosja i Białoruś) głosowało "
                                        "przeciw.", "tally")
    assert [(t["asserted"], t["verdict"]) for t in tallies] == [({"no": 5, "abstain": 35}, "supported")]


def test_an_indonesian_relative_clause_with_no_noun(built_store):
    sentence = "Adapun yang menolak resolusi itu di antaranya Rusia, Suriah, Kore Utara, dan Belarus."  # "Kore": unread
    assert positions_after(ES11_1_LEAD, sentence) == {iso3: ("no", "supported") for iso3 in ("RUS", "SYR", "BLR")}


def test_trap_an_indonesian_relative_clause_on_a_state_then_no_list(built_store):
    assert positions_after(ES11_1_LEAD, "Rusia yang menolak resolusi itu adalah anggota Dewan Keamanan.") == {}

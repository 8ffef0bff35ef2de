"""Twentieth round (issue 9, branch lang5): a list after a count of a side in other languages ("cinco en contra (A,
B)", "35 abstenciones, entre ellas, A", "135 votos contra 12 (entre ellos A)", "siete abstenciones: A", "vijf landen
tegen: A"), Dutch role markers, German and Spanish vote phrases, an Indonesian relative clause with a copula, Russian
"среди воздержавшихся оказались" and genitives after "представители N государств", Japanese "反対国は" and "棄権したのは、",
and three languages read from data/vote_words.csv: Polish, Croatian and Vietnamese. Sentences of our own, with traps.

The record: ES-11/1 of 2 March 2022 (141-5-35; no: Russia, Belarus, Syria, Eritrea, North Korea; China, India, Iran,
Iraq and Pakistan abstained)."""

from __future__ import annotations

import pytest
from fixtures import ES11_1_LEAD, claims_after, positions_after

from unga.claims import languages, russian, russian_names, wordlangs

NO5 = {iso3: ("no", "supported") for iso3 in ("RUS", "BLR", "SYR", "ERI", "PRK")}
ABSTAINED = {iso3: ("abstain", "supported") for iso3 in ("CHN", "IND", "IRN")}


@pytest.mark.parametrize("sentence, said", [
    ("La resolución obtuvo 141 votos a favor, cinco en contra (Rusia, Bielorrusia, Siria, Eritrea y Corea del Norte) "
     "y 35 abstenciones.", NO5),
    ("La resolución fue aprobada y hubo 35 abstenciones, entre ellas, China, India e Irán.", ABSTAINED),
    ("Fue aprobada por 141 votos contra 5 (entre ellos los de Rusia y Siria).",
     {"RUS": ("no", "supported"), "SYR": ("no", "supported")}),
    ("Solo hubo cinco votos en contra: Rusia, Bielorrusia, Siria, Eritrea y Corea del Norte.", NO5),
    # China abstained: the bracket says it voted against
    ("Hubo cinco en contra (Rusia, Bielorrusia, Siria, Eritrea y China).",
     {**{k: v for k, v in NO5.items() if k != "PRK"}, "CHN": ("no", "contradicted")}),
    ("Le texte a recueilli 141 voix pour, cinq contre (la Russie, la Syrie et l'Érythrée) et 35 abstentions.",
     {"RUS": ("no", "supported"), "SYR": ("no", "supported"), "ERI": ("no", "supported")}),
    ("Slechts vijf landen tegen: Rusland, Wit-Rusland, Syrië, Eritrea en Noord-Korea.", NO5),
    ("Fünf Staaten haben sich dagegen ausgesprochen, darunter Russland und Syrien.",
     {"RUS": ("no", "supported"), "SYR": ("no", "supported")}),
    ("Lediglich fünf Staaten, darunter Russland und Eritrea, votierten dagegen.",
     {"RUS": ("no", "supported"), "ERI": ("no", "supported")}),
    ("En contra de la resolución votaron Rusia junto a Bielorrusia, Siria, Eritrea y Corea del Norte.", NO5),
])
def test_a_list_after_a_count_of_a_side(built_store, sentence, said):
    assert positions_after(ES11_1_LEAD, sentence) == said


@pytest.mark.parametrize("sentence, lang", [
    ("Hubo dos en contra: Rusia, Bielorrusia y Siria.", "es"),  # more names than the count
    ("Hubo cinco (Rusia, Bielorrusia y Siria) que no se pronunciaron.", "es"),  # a count with no side
    ("Zes landen dienden het voorstel in: Rusland, Syrië en Eritrea.", "nl"),
])
def test_trap_a_count_that_cannot_hold_the_list_or_names_no_side(sentence, lang):
    assert languages.positions(sentence, lang) == []


@pytest.mark.parametrize("sentence, said", [
    ("Adapun 5 negara yang menolak resolusi tersebut adalah Rusia, Belarus, Suriah, Eritrea dan Korea Utara.", NO5),
    ("Di antara 35 negara yang memilih abstain, termasuk China, India dan Iran.", ABSTAINED),
])
def test_an_indonesian_relative_clause_then_its_list(built_store, sentence, said):
    assert positions_after(ES11_1_LEAD, sentence) == said


def test_trap_an_indonesian_list_longer_than_its_count():
    assert wordlangs.positions("2 negara yang menolak resolusi adalah Rusia, Belarus dan Suriah.", "id") == []


@pytest.mark.parametrize("sentence, said", [
    ("Против высказались представители 5 государств — России, Беларуси, Сирии, Эритреи и КНДР.", NO5),
    ("Среди воздержавшихся оказались Китай, Индия и Иран.", ABSTAINED),
    ("Китай, Индия и Иран оказались в числе 35 воздержавшихся.", ABSTAINED),
])
def test_russian_among_those_who_abstained_and_genitives_after_a_count(built_store, sentence, said):
    assert positions_after(ES11_1_LEAD, sentence) == said


def test_russian_declension_exceptions_and_a_trap():
    assert "gen" in russian_names.declined("Беларусь")["Беларуси"]  # feminine: not "Беларуся"
    assert russian_names.declined("Буркина-Фасо") == {"Буркина-Фасо": russian_names.ALL}
    # no count of states: "представители Израиля" may be anyone's delegates, not a list of voters
    assert russian.positions("Против высказались представители Израиля и Сирии.") == []


@pytest.mark.parametrize("sentence, said", [
    ("反対国はロシア、ベラルーシ、シリア、エリトリア、北朝鮮。", NO5),
    ("棄権したのは、中国、インド、イランなど35か国。", ABSTAINED),
    ("中国やインド、イランを含む計35カ国が棄権に回った。", ABSTAINED),
])
def test_japanese_openers_and_a_count_after_the_list(built_store, sentence, said):
    assert positions_after(ES11_1_LEAD + "\n\n", sentence) == said  # a Japanese sentence opens with no capital


@pytest.mark.parametrize("sentence, said", [
    ("Među zemljama koje su glasale protiv rezolucije bile su Rusija, Bjelorusija, Sirija, Eritreja i Sjeverna Koreja.",
     NO5),
    ("Przeciwko rezolucji głosowało pięć państw: Rosja, Białoruś, Syria, Erytrea i Korea Północna.", NO5),
    ("Việt Nam bỏ phiếu trắng.", {"VNM": ("abstain", "supported")}),
])
def test_croatian_polish_and_vietnamese_lists(built_store, sentence, said):
    assert positions_after(ES11_1_LEAD, sentence) == said


@pytest.mark.parametrize("sentence, said, verdict", [
    ("Podržale su ga 141 država, 5 ih je bilo protiv, a 35 suzdržanih.", {"yes": 141, "no": 5, "abstain": 35},
     "supported"),
    ("Podržale su ga 141 država, 9 ih je bilo protiv, a 35 suzdržanih.", {"yes": 141, "no": 9, "abstain": 35},
     "contradicted"),
    ("Nghị quyết được thông qua với 141 phiếu thuận, 5 phiếu chống và 35 phiếu trắng.",
     {"yes": 141, "no": 5, "abstain": 35}, "supported"),
])
def test_croatian_and_vietnamese_tallies(built_store, sentence, said, verdict):
    tallies = claims_after(ES11_1_LEAD, sentence, "tally")
    assert [(t["asserted"], t["verdict"]) for t in tallies] == [(said, verdict)]


def test_polish_counts_and_a_croatian_sentence_not_taken_for_spanish(built_store):
    counts = claims_after(ES11_1_LEAD, "Od głosu wstrzymało się 35 państw.", "count")
    assert [(c["asserted"]["field"], c["asserted"]["value"], c["verdict"]) for c in counts] == [
        ("abstain", 35, "supported")]
    assert languages.language_of("Među zemljama koje su se suzdržale su Kina i Indija, dok se Srbija nije izjasnila.") is None

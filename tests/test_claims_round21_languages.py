"""Twenty-first round (issue 9, branch lang6): number words in the languages of data/vote_words.csv (Arabic, Polish,
Croatian, Czech, Indonesian, Vietnamese), an Arabic tally of two numbers face to face ("بأغلبية 141 صوتا مقابل 5") and
the number after "مقابل" never taking a label after it, Serbian in Cyrillic letters read with the Croatian rows,
Polish and Croatian lists after a side that comes first ("przeciw rezolucji głosowały A"), a relative clause
between a list and its vote, Japanese one-character names ("米・英・仏", "露中"), Portuguese 'votaram "não"',
Spanish "se pronunciaron en contra" and "por 141 votos a 5". Sentences of our own, with traps.

The record: ES-11/1 of 2 March 2022 (141-5-35; no: Russia, Belarus, Syria, Eritrea, North Korea; China, India, Iran,
Iraq and Pakistan abstained)."""

from __future__ import annotations

import pytest
from fixtures import ES11_1_LEAD, claims_after, positions_after

from unga.claims import cjk, langnumbers, languages, wordlangs, wordtable

NO5 = {iso3: ("no", "supported") for iso3 in ("RUS", "BLR", "SYR", "ERI", "PRK")}


@pytest.mark.parametrize("sentence, lang, digits", [
    ("وامتنعت خمس دول عن التصويت", "ar", "وامتنعت 5 دول عن التصويت"),
    ("امتنعت خمس وثلاثون دولة", "ar", "امتنعت 35 دولة"),
    ("صوتت ثلاث عشرة دولة", "ar", "صوتت 13 دولة"),
    ("trzydzieści pięć państw", "pl", "35 państw"),
    ("sto czterdzieści jeden", "pl", "141"),
    ("trideset pet država", "hr", "35 država"),
    ("tři sta dvě", "cs", "302"),
    ("lima negara", "id", "5 negara"),
    ("năm phiếu chống", "vi", "5 phiếu chống"),
])
def test_number_words_of_the_table_languages(sentence, lang, digits):
    assert langnumbers.in_digits(sentence, lang) == digits


@pytest.mark.parametrize("sentence, lang", [
    ("tiga puluh lima negara", "id"),  # "puluh" (tens) is not spelt out: the run is left alone, not read as 5
    ("ba mươi lăm phiếu", "vi"),
    ("خمس مئة", "ar"),
])
def test_trap_a_number_whose_words_are_not_all_known_is_left_alone(sentence, lang):
    assert langnumbers.in_digits(sentence, lang) == sentence


@pytest.mark.parametrize("sentence, said, verdict", [
    ("وقد صوتت الجمعية المؤلفة من 193 عضوا بأغلبية 141 صوتا مقابل 5 لصالح القرار.", {"yes": 141, "no": 5}, "supported"),
    ("واعتمد القرار بأغلبية 141 عضوا مقابل 9.", {"yes": 141, "no": 9}, "contradicted"),
    ("صوتت ضده خمس دول، وامتنعت خمس وثلاثون دولة عن التصويت، وأيد القرار 141 دولة.", {"yes": 141, "no": 5, "abstain": 35},
     "supported"),
    ("Za rezolucją głosowało 141 państw, 35 wstrzymało się od głosu, a 5 było przeciwnych.",
     {"yes": 141, "no": 5, "abstain": 35}, "supported"),
    ("За резолуцију је гласала 141 земља, 35 је било уздржано, а 5 је гласало против.",
     {"yes": 141, "no": 5, "abstain": 35}, "supported"),
    ("A resolução foi aprovada por 141 votos a 5, com 35 abstenções.", {"yes": 141, "no": 5, "abstain": 35}, "supported"),
])
def test_tallies(built_store, sentence, said, verdict):
    tallies = claims_after(ES11_1_LEAD, sentence, "tally")
    assert [(t["asserted"], t["verdict"]) for t in tallies] == [(said, verdict)]


def test_the_number_after_versus_takes_no_label_after_it():
    # "… 141 members versus 5 in favour of letting …": the 5 is the no, never a yes
    counts = wordlangs.tally("بأغلبية 141 عضوا مقابل 5 لصالح السماح للمجلس بتولي المقعد", "ar")
    assert counts == {"yes": 141, "no": 5}


@pytest.mark.parametrize("sentence, said", [
    ("صوتت ضده خمس دول هي روسيا وبيلاروس وسوريا، وإريتريا، وكوريا الشمالية.", NO5),
    ("Przeciw rezolucji głosowały Rosja, Białoruś, Syria, Erytrea i Korea Północna.", NO5),
    ("Przeciwko rezolucji były tylko Rosja i Białoruś.", {"RUS": ("no", "supported"), "BLR": ("no", "supported")}),
    ("Rezolucji nie poparły Chiny, Indie i Iran, które wstrzymały się od głosu.",
     {iso3: ("abstain", "supported") for iso3 in ("CHN", "IND", "IRN")}),
    ("Indie, które od lat utrzymują bliskie więzi z Moskwą, także wstrzymały się od głosu.",
     {"IND": ("abstain", "supported")}),
    ("Против резолуције гласале су Русија, Белорусија, Сирија, Еритреја и Северна Кореја.", NO5),
    ("Rusija, Bjelorusija, Sirija, Eritreja i Sjeverna Koreja glasale su protiv.", NO5),
    ("Rússia, Bielorrússia, Síria, Eritreia e Coreia do Norte votaram \"não\".", NO5),
    ("Cinco Estados se pronunciaron en contra, entre ellos Rusia y Siria.",
     {"RUS": ("no", "supported"), "SYR": ("no", "supported")}),
    ("決議は賛成多数で採択され、露・朝・シリアなどは反対した。",
     {"RUS": ("no", "supported"), "PRK": ("no", "supported"), "SYR": ("no", "supported")}),
    ("決議は採択されたが、中印が今回から棄権に回った。", {"CHN": ("abstain", "supported"), "IND": ("abstain", "supported")}),
])
def test_lists(built_store, sentence, said):
    assert positions_after(ES11_1_LEAD + "\n\n", sentence) == said  # a Japanese sentence opens with no capital


def test_a_false_position_in_serbian_is_contradicted(built_store):
    said = positions_after(ES11_1_LEAD, "Против резолуције гласале су Русија и Кина.")
    assert said == {"RUS": ("no", "supported"), "CHN": ("no", "contradicted")}


def test_serbian_names_are_given_back_as_written():
    scope, claims = wordlangs.read("Против резолуције гласале су Русија и Мађарска.")
    assert [(iso3, name) for kind, _, iso3, name in claims if kind == "position"] == [("RUS", "Русија"), ("HUN", "Мађарска")]


def test_trap_russian_is_not_read_as_serbian():
    assert wordtable.script_of("Президент России сказал, что делегация голосовала против.") is None


@pytest.mark.parametrize("sentence", [
    "日米首脳会談の後、両国は声明を出した。",  # 日米 inside a longer word
    "中国は会議中に反対した。",  # 中 inside a word is "in", not China
    "米を輸出する国が反対した。",  # 米 alone is rice
    "西独は反対した。",  # 西 (Spain, and "west") is not in the table
])
def test_trap_one_character_names_only_in_a_run_of_their_own(sentence):
    assert cjk.abbreviated(sentence) == []


def test_a_negated_polish_vote_and_a_relative_clause_with_a_vote_of_its_own_are_not_read():
    assert [p for p in wordlangs.positions("Rosja, która zgłosiła projekt, nie głosowała przeciw niemu.", "pl")] == []


@pytest.mark.parametrize("sentence, said", [
    # German: the verb last in a subordinate clause, the count after a verb that comes second, the states' adverb
    ("Während 141 Länder dafür und 5 dagegen stimmten, enthielten sich 35 Länder der Stimme.",
     {"yes": 141, "no": 5, "abstain": 35}),
    # the count before an inclusion aside is not read (see languages._counted)
    ("Lediglich fünf Staaten, darunter Russland und Syrien, votierten dagegen, während sich 35 Länder der Stimme enthielten.",
     {"abstain": 35}),
    ("Dagegen stimmten fünf Staaten, während sich 35 Länder enthielten.", {"no": 5, "abstain": 35}),
])
def test_german_counts_around_the_verb(sentence, said):
    assert languages.tally(sentence, "de") == said


def test_german_rejection_of_the_text_is_a_no(built_store):
    counts = claims_after(ES11_1_LEAD, "Fünf Staaten lehnten den Beschluss ab, darunter Russland.", "count")
    assert [(c["asserted"]["field"], c["asserted"]["value"], c["verdict"]) for c in counts] == [("no", 5, "supported")]


@pytest.mark.parametrize("sentence, said", [
    ("Entre las abstenciones, además de India, estuvieron China e Irán.",
     {"CHN": ("abstain", "supported"), "IRN": ("abstain", "supported")}),
    ("Entre los votos en contra figuran Rusia y Siria.", {"RUS": ("no", "supported"), "SYR": ("no", "supported")}),
])
def test_spanish_among_the_abstentions_were(built_store, sentence, said):
    assert positions_after(ES11_1_LEAD, sentence) == said


def test_trap_a_german_count_of_states_without_a_side_after_the_verb():
    assert languages.tally("Die Resolution stimmten die Delegationen ab, 35 Länder waren anwesend.", "de") in (None, {})


@pytest.mark.parametrize("sentence, said", [
    ("За резолюцию проголосовали 141 страна, против были РФ, Белоруссия, КНДР, САР и Эритрея.", NO5),
    ("Пять стран — Россия, Белоруссия, Сирия, Эритрея и КНДР — выступили против.", NO5),
    ("Еще тридцать пять членов ООН воздержались, в их числе — Китай, Индия и Иран.",
     {iso3: ("abstain", "supported") for iso3 in ("CHN", "IND", "IRN")}),
    ("Воздержались 35 стран, такие как: Китай, Индия и Иран.",
     {iso3: ("abstain", "supported") for iso3 in ("CHN", "IND", "IRN")}),
])
def test_russian_lists_after_a_count_or_a_side(built_store, sentence, said):
    assert positions_after(ES11_1_LEAD, sentence) == said


def test_russian_counts_and_absences():
    from unga.claims import russian
    assert russian.tally("Как сообщается, документ одобрили 141 государство.") == {"yes": 141}
    assert russian.tally("Еще тридцать пять членов ООН воздержались.") == {"abstain": 35}
    said = russian.positions("Семь государств не стали принимать участие в голосовании, — в их числе Иран и Венесуэла.")
    # not taking part: away, or maybe abstaining, as English "did not take part" (twenty-eighth round, branch absent)
    assert [(iso3, vote) for iso3, vote, _, _ in said] == [("IRN", "not_taking_part"), ("VEN", "not_taking_part")]
    # taking part in the vote is no absence
    assert all(vote != "absent" for _, vote, _, _ in russian.positions("Россия приняла участие в голосовании."))


@pytest.mark.parametrize("sentence, lang, said", [
    ("La resolución obtuvo 141 votos a favor, 35 abstenciones y ningún voto en contra.", "es",
     {"yes": 141, "abstain": 35, "no": 0}),
    ("Die Resolution wurde ohne Gegenstimme mit 141 Stimmen angenommen.", "de", {"yes": 141, "no": 0}),
])
def test_no_vote_against_is_a_count_of_zero(sentence, lang, said):
    assert languages.tally(sentence, lang) == said


def test_trap_no_vote_against_is_not_said_by_a_vote_against_a_state():
    assert "no" not in (languages.tally("Hubo 141 votos a favor de la resolución contra Rusia.", "es") or {})


@pytest.mark.parametrize("sentence, verdict", [
    ("Przeciwnych jej było pięć: Rosja, Białoruś, Syria, Erytrea i Korea Północna.", "supported"),
    ("Przeciwnych jej było dziewięć: Rosja i Białoruś.", "contradicted"),
])
def test_a_polish_count_after_its_label(built_store, sentence, verdict):
    counts = claims_after(ES11_1_LEAD, sentence, "count")
    assert [(c["asserted"]["field"], c["verdict"]) for c in counts] == [("no", verdict)]

"""Twenty-fifth round (issue 9, branch guard26): a state named as an exception ("all except A", "everyone but A",
"with the exception of A", "apart from A") takes no vote from its clause in English and in every other language the
checker reads (claims/excepted.py); the states around it are read as before. Sentences of our own.

The record: ES-11/1 of 2 March 2022 (141-5-35; no: Russia, Belarus, Syria, Eritrea, North Korea; China, India and
Iran abstained; Brazil, Mexico, Ukraine and the United States voted yes)."""

from __future__ import annotations

import pytest
from fixtures import ES11_1_LEAD, positions_after

from unga.claims import excepted

LEAD = ES11_1_LEAD + "\n\n"
CHINA_ABSTAINED = {"CHN": ("abstain", "supported")}


@pytest.mark.parametrize("sentence", [
    "Everyone but Russia and Belarus voted in favour; China abstained.",
    "Every country but Russia and Belarus voted in favour, while China abstained.",
    "All member states except Russia and Belarus voted in favour; China abstained.",
    "With the exception of Russia and Belarus, all members voted in favour; China abstained.",
    "Apart from Russia and Belarus, all members voted in favour; China abstained.",
    "Todos los países excepto Rusia y Bielorrusia votaron a favor; China se abstuvo.",
    "Todos, con excepción de Rusia, votaron a favor; China se abstuvo.",
    "Tous les pays sauf la Russie et le Bélarus ont voté pour; la Chine s'est abstenue.",
    "Tous les États, à l'exception de la Russie, ont voté pour; la Chine s'est abstenue.",
    "Todos os países, exceto a Rússia e a Bielorrússia, votaram a favor; a China se absteve.",
    "Bis auf Russland und Belarus stimmten alle Staaten dafür; China enthielt sich.",
    "Alle Länder außer Russland stimmten für die Resolution; China enthielt sich.",
    "Tutti i paesi tranne la Russia hanno votato a favore; la Cina si è astenuta.",
    "Alle landen behalve Rusland stemden voor; China onthield zich.",
    "Все страны, кроме России и Белоруссии, проголосовали за резолюцию; Китай воздержался.",
    "Все государства, за исключением России, поддержали резолюцию; Китай воздержался.",
])
def test_the_excepted_take_no_vote(built_store, sentence):
    got = positions_after(LEAD, sentence)
    assert "RUS" not in got and "BLR" not in got
    assert got.get("CHN", CHINA_ABSTAINED["CHN"]) == CHINA_ABSTAINED["CHN"]


@pytest.mark.parametrize("sentence", [
    "Svi članovi UN-a, osim Rusije, podržali su rezoluciju.",
    "Сви чланови УН, осим САД, подржали су резолуцију у марту.",
    "Semua negara kecuali Rusia mendukung resolusi itu.",
    "Alla länder utom Ryssland röstade för resolutionen.",
    "Όλες οι χώρες εκτός από τη Ρωσία ψήφισαν υπέρ του ψηφίσματος.",
    "Wszystkie państwa oprócz Rosji poparły rezolucję.",
])
def test_the_excepted_take_no_vote_in_the_languages_of_the_table(built_store, sentence):
    assert not [s for s, (vote, verdict) in positions_after(LEAD, sentence).items() if verdict == "contradicted"]


def test_another_mention_of_the_excepted_is_read(built_store):
    got = positions_after(LEAD, "Все страны, кроме России, проголосовали за резолюцию, а Россия проголосовала против.")
    assert got.get("RUS") == ("no", "supported")


def test_a_list_read_without_an_exception_is_unchanged(built_store):
    assert positions_after(LEAD, "Rusia y Bielorrusia votaron en contra.") == {"RUS": ("no", "supported"),
                                                                               "BLR": ("no", "supported")}


@pytest.mark.parametrize("sentence, name, expected", [
    ("Todos excepto Rusia y Bielorrusia votaron a favor.", "Bielorrusia", True),
    ("Todos excepto Rusia, que votó en contra, votaron a favor.", "Rusia", False),  # its own vote, read as written
    ("Rusia y Bielorrusia votaron en contra.", "Rusia", False),
    ("除俄罗斯外，所有国家都投了赞成票。", "俄罗斯", True),
    ("ロシア以外の国は賛成した。", "ロシア", True),
    ("Oroszország kivételével minden ország igennel szavazott.", "Oroszország", True),
])
def test_excepted_abroad(sentence, name, expected):
    start = sentence.index(name)
    assert excepted._excepted_abroad(sentence, start, start + len(name)) is expected

"""Thirty-second round (branch study33): holdout33's English families, first half. Sentences of our own, true and
false variants side by side. The record used: ES-11/1 (2 March 2022, 141-5-35: Russia, Belarus, North Korea, Eritrea
and Syria against; Algeria, South Africa, Kazakhstan, China, India and Iraq abstaining; Brazil in favour), 73/38
(depleted uranium, 2018, 151-4-25: Israel, France, Britain and the US against; Germany
abstaining) and 38/7 (Grenada, 2 November 1983, 108-9-27: the United States, Israel and El Salvador against, the
United Kingdom abstaining)."""

from __future__ import annotations

from datetime import date

from unga import api
from unga.claims.names import mentions

MARCH_2022 = date(2022, 3, 3)
UKRAINE = "By 141 votes to 5, with 35 abstentions, the General Assembly demanded on 2 March that Russia leave Ukraine. "
URANIUM = "On 5 December 2018 the General Assembly adopted the resolution on depleted uranium by 151 votes to 4. "
GRENADA = "The Assembly deplored the armed intervention in Grenada by 108 to 9, with 27 abstentions. "


def claims(text: str, published: date, after: int) -> list[dict]:
    return [c for c in api.check_text(text, published=published).claims if c["span"][0] >= after]


def positions(text: str, published: date, after: int = 0) -> dict[tuple, str]:
    return {(c["resolution"], c["state"]): c["verdict"] for c in claims(text, published, after)
            if c["kind"] == "position"}


def test_a_list_in_spanish_inside_an_english_text_is_read(built_store):
    said = "Abstentions:\nArgelia, Sudáfrica, Kazajistán, China, India y Brasil."  # Brazil voted in favour
    got = positions(UKRAINE + said, MARCH_2022, len(UKRAINE))
    assert got == {("A/RES/ES-11/1", "DZA"): "supported", ("A/RES/ES-11/1", "ZAF"): "supported",
                   ("A/RES/ES-11/1", "KAZ"): "supported", ("A/RES/ES-11/1", "CHN"): "supported",
                   ("A/RES/ES-11/1", "IND"): "supported", ("A/RES/ES-11/1", "BRA"): "contradicted"}


def test_a_list_in_french_or_portuguese_after_an_english_copula(built_store):
    said = "The countries that abstained were Algérie, Afrique du Sud, Kazakhstan, Chine, Inde et Irak."
    got = positions(UKRAINE + said, MARCH_2022, len(UKRAINE))
    assert set(got.values()) == {"supported"} and {s for _, s in got} == {"DZA", "ZAF", "KAZ", "CHN", "IND", "IRQ"}
    said = "Voting no: Rússia, Bielorrússia, Coreia do Norte, Eritreia e Síria."
    got = positions(UKRAINE + said, MARCH_2022, len(UKRAINE))
    assert got == {("A/RES/ES-11/1", s): "supported" for s in ("RUS", "BLR", "PRK", "ERI", "SYR")}


def test_a_foreign_name_holding_its_and_is_one_state():
    # "Trinidad y Tobago", "Bosnia y Herzegovina", "Sudán del Sur": one item each, not "Trinidad" and "Tobago"
    said = "Against:\nArgelia, Bosnia y Herzegovina, Sudán del Sur, Trinidad y Tobago y Cuba."
    assert [m.iso3 for m in mentions(said)] == ["DZA", "BIH", "SSD", "TTO", "CUB"]


def test_trap_an_english_list_of_cities_or_people_is_no_foreign_list():
    assert mentions("Delegates met in Paris, London, Berlin, Roma and Madrid.") == []
    assert [m.iso3 for m in mentions("The envoys of Chile, Peru, Cuba and Bolivia spoke.")] == ["CHL", "PER", "CUB", "BOL"]


def test_remain_the_only_states_to_oppose(built_store):
    said = "Israel, France, the UK and the US still remain the only four countries that oppose the text every year."
    got = claims(URANIUM + said, date(2018, 12, 10), len(URANIUM))
    assert {(c["state"], c["verdict"]) for c in got if c["kind"] == "position"} == {
        ("USA", "supported"), ("GBR", "supported"), ("FRA", "supported"), ("ISR", "supported")}
    assert [(c["asserted"]["value"], c["verdict"]) for c in got if c["kind"] == "count"] == [(4, "supported")]
    said = "The US, the UK, Germany and Israel remained the only four countries to vote against it."  # Germany abstained
    got = positions(URANIUM + said, date(2018, 12, 10), len(URANIUM))
    assert got[("A/RES/73/38", "DEU")] == "contradicted" and got[("A/RES/73/38", "USA")] == "supported"


def test_last_night_between_the_subject_and_its_verb(built_store):
    said = "141 countries last night voted in favour of the Assembly's resolution demanding that Russia withdraw."
    got = claims(said, MARCH_2022, 0)
    assert [(c["resolution"], c["asserted"]["value"], c["verdict"]) for c in got if c["kind"] == "count"] == [
        ("A/RES/ES-11/1", 141, "supported")]
    said = UKRAINE + "Eritrea and India this morning voted against the resolution."  # India abstained
    got = positions(said, MARCH_2022, len(UKRAINE))
    assert got == {("A/RES/ES-11/1", "ERI"): "supported", ("A/RES/ES-11/1", "IND"): "contradicted"}


def test_one_of_a_handful_of_countries_to_join_another(built_store):
    said = "Israel was one of a handful of nations to join the United States last night in opposing the text."
    got = positions(GRENADA + said, date(1983, 11, 3), len(GRENADA))
    assert got == {("A/RES/38/7", "ISR"): "supported", ("A/RES/38/7", "USA"): "supported"}
    said = "Britain was one of a few states to join the United States in voting against the text."
    got = positions(GRENADA + said, date(1983, 11, 3), len(GRENADA))
    assert got == {("A/RES/38/7", "GBR"): "contradicted", ("A/RES/38/7", "USA"): "supported"}
    said = "El Salvador and Israel were among the few states that joined the United States in opposing it."
    got = positions(GRENADA + said, date(1983, 11, 3), len(GRENADA))
    assert set(got.values()) == {"supported"} and {s for _, s in got} == {"SLV", "ISR", "USA"}


def test_it_in_a_clause_of_time_is_the_sentences_one_state(built_store):
    said = "Russia has spoken of the treaty more often since 2022, when it voted against the Assembly's resolution."
    got = positions(UKRAINE + said, MARCH_2022, len(UKRAINE))
    assert got == {("A/RES/ES-11/1", "RUS"): "supported"}
    said = "India has said little on the matter since 2022, when it voted against the Assembly's resolution."
    got = positions(UKRAINE + said, MARCH_2022, len(UKRAINE))
    assert got == {("A/RES/ES-11/1", "IND"): "contradicted"}  # India abstained
    said = "The text was adopted in March 2022, when it voted against the demand, Russia said."  # "it" is the text
    assert positions(UKRAINE + said, MARCH_2022, len(UKRAINE)).get(("A/RES/ES-11/1", "RUS")) != "contradicted"


def test_a_remark_in_brackets_before_the_colon_of_a_list(built_store):
    # the remark's own vote words ("the six that voted for it") do not take the list
    said = "Five voted against it (down from the eleven that opposed it before): Russia, Belarus, North Korea, Eritrea and Syria."
    got = positions(UKRAINE + said, MARCH_2022, len(UKRAINE))
    assert got == {("A/RES/ES-11/1", s): "supported" for s in ("RUS", "BLR", "PRK", "ERI", "SYR")}
    said = "Thirty-five abstained (a few more than expected): China, India, Iraq and Brazil."  # Brazil voted yes
    got = positions(UKRAINE + said, MARCH_2022, len(UKRAINE))
    assert got[("A/RES/ES-11/1", "BRA")] == "contradicted" and got[("A/RES/ES-11/1", "IND")] == "supported"

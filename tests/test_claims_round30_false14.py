"""Thirtieth round (branch false14): false statements the checker let pass. Sentences of our own, true and false
variants side by side. The record used: the Goldstone votes 64/10 (5 November 2009, 114-18-44) and 64/254 (26 February
2010, 98-7-31; the Netherlands abstained); the Gaza votes ES-10/21 (27 October 2023, 120-14-45) and ES-10/22
(12 December 2023, 153-10-23; Hungary voted no in October and abstained in December); the Cuba embargo votes of 2021
(75/289: Brazil, Colombia and Ukraine abstained), 2022 (77/7: Brazil and Ukraine abstained, Colombia voted yes) and
2023 (78/7, 187-2-1)."""

from __future__ import annotations

from datetime import date

from unga import api
from unga.claims.position_time import foreign_years

GOLDSTONE = "In November the Assembly had endorsed the Goldstone report by 114 votes to 18, with 44 abstentions. "
GAZA = "In October the Assembly had called for a truce in Gaza by 120 votes to 14, with 45 abstentions. "
CUBA_2023 = {
    "en": "On 2 November 2023 the General Assembly condemned the US embargo against Cuba by 187 votes to 2, with one "
          "abstention. ",
    "es": "La Asamblea General aprobó el 2 de noviembre de 2023 una resolución que condena el embargo de Estados Unidos "
          "contra Cuba por 187 votos a favor, 2 en contra y 1 abstención. ",
    "fr": "L'Assemblée générale a adopté le 2 novembre 2023 une résolution qui condamne l'embargo américain contre Cuba "
          "par 187 voix contre 2, avec 1 abstention. ",
    "pt": "A Assembleia Geral aprovou em 2 de novembro de 2023 uma resolução que condena o embargo dos Estados Unidos "
          "contra Cuba com 187 votos a favor, 2 contra e 1 abstenção. ",
    "ru": "Генассамблея 2 ноября 2023 года приняла резолюцию, осуждающую эмбарго США против Кубы, при 187 «за», "
          "2 «против» и 1 воздержавшемся. ",
}


def positions(text: str, published: date, after: int = 0) -> dict[tuple, str]:
    """{(resolution, state): verdict} of the position claims from character `after` on."""
    return {(c["resolution"], c["state"]): c["verdict"] for c in api.check_text(text, published=published).claims
            if c["kind"] == "position" and c["span"][0] >= after}


def test_a_list_in_a_this_time_tally_is_judged_on_that_vote(built_store):
    # the sentence's tally is one number equal, the others near, in a text of the vote's day; its list is its own,
    # though every state of it voted so on the vote the text told before
    said = "This time, 98 countries backed the follow-up text, 8 voted no (the United States, Canada, the Netherlands, " \
           "Israel and Panama among them) and 33 abstained."
    got = positions(GOLDSTONE + said, date(2010, 2, 26), len(GOLDSTONE))
    assert got[("A/RES/64/254", "NLD")] == "contradicted"
    assert got[("A/RES/64/254", "USA")] == got[("A/RES/64/254", "ISR")] == "supported"
    said = "This time 153 states voted for a ceasefire, only 11 against (including the United States, Israel, Austria, " \
           "Czechia and {}) and 25 abstained."
    got = positions(GAZA + said.format("Hungary"), date(2023, 12, 12), len(GAZA))
    assert got[("A/RES/ES-10/22", "HUN")] == "contradicted"
    assert {v for k, v in got.items() if k[1] != "HUN"} == {"supported"}
    got = positions(GAZA + said.format("Paraguay"), date(2023, 12, 12), len(GAZA))  # true: Paraguay voted no
    assert set(got.values()) == {"supported"} and {r for r, _ in got} == {"A/RES/ES-10/22"}


def test_trap_a_list_with_a_time_of_its_own_stays_unjudged(built_store):
    # the same list said of the earlier vote, in a sentence of its own: true there, never false on December's
    said = "This time 153 states voted for a ceasefire, 10 against and 23 abstained. In October, the United States, " \
           "Israel, Austria, Czechia and Hungary had voted against."
    got = positions(GAZA + said, date(2023, 12, 12), len(GAZA))
    assert "contradicted" not in got.values()


def test_a_run_of_years_in_a_sentence_naming_no_subject_goes_to_the_series(built_store):
    text = CUBA_2023["en"] + "Ukraine and Brazil abstained in 2021 and in 2022."
    assert positions(text, date(2023, 11, 3), len(CUBA_2023["en"])) == {
        ("A/RES/75/289", "UKR"): "supported", ("A/RES/77/7", "UKR"): "supported",
        ("A/RES/75/289", "BRA"): "supported", ("A/RES/77/7", "BRA"): "supported"}
    text = CUBA_2023["en"] + "Ukraine, Colombia and Brazil abstained in 2021 and 2022."
    got = positions(text, date(2023, 11, 3), len(CUBA_2023["en"]))
    assert got[("A/RES/77/7", "COL")] == "contradicted" and got[("A/RES/75/289", "COL")] == "supported"


def test_trap_a_run_of_years_naming_another_subject_keeps_its_own_votes(built_store):
    text = CUBA_2023["en"] + "Israel and the United States cast the votes against the text on the Palestinians' " \
                             "right to self-determination in 2021 and in 2022."
    got = positions(text, date(2023, 11, 3), len(CUBA_2023["en"]))
    assert got and not {r for r, _ in got} & {"A/RES/75/289", "A/RES/77/7"}


def test_a_run_of_years_in_other_languages():
    assert foreign_years("X y Z se abstuvieron en el 2004 y en el 2005 (ver nota).") == ["2004", "2005"]
    assert foreign_years("X s'est abstenu en 2000 et 2001.") == ["2000", "2001"]
    assert foreign_years("X votou contra em 2000, 2001 e 2002.") == ["2000", "2001", "2002"]
    assert foreign_years("X воздержалась в 2021 и 2022 годах.") == ["2021", "2022"]
    # one year a state, another year in the sentence, or a span: no run
    assert foreign_years("X y Z votaron en contra en 2000 y 2001 respectivamente.") == []
    assert foreign_years("X se abstuvo en 2000 y 2001, y votó a favor en 2005.") == []
    assert foreign_years("X se abstuvo en 1999-2000 y 2001.") == []


def test_a_run_of_years_abroad_is_one_vote_a_year(built_store):
    true = {"es": "Ucrania y Brasil se abstuvieron en 2021 y en 2022.",
            "pt": "A Ucrânia e o Brasil se abstiveram em 2021 e em 2022.",
            "ru": "Украина и Бразилия воздержались в 2021 и 2022 годах."}
    for lang, said in true.items():
        got = positions(CUBA_2023[lang] + said, date(2023, 11, 3), len(CUBA_2023[lang]))
        assert got == {("A/RES/75/289", "UKR"): "supported", ("A/RES/77/7", "UKR"): "supported",
                       ("A/RES/75/289", "BRA"): "supported", ("A/RES/77/7", "BRA"): "supported"}, lang
    said = "L'Ukraine, la Colombie et le Brésil se sont abstenus en 2021 et 2022."
    got = positions(CUBA_2023["fr"] + said, date(2023, 11, 3), len(CUBA_2023["fr"]))
    assert got[("A/RES/77/7", "COL")] == "contradicted"
    assert {v for k, v in got.items() if k != ("A/RES/77/7", "COL")} == {"supported"}

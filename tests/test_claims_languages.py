"""News in other languages (issue 9, claims/languages.py): states' votes and tallies written in Spanish, French,
Portuguese, German and Italian, read with the state names of pycountry's ISO 3166 translations and
data/foreign_names.csv. Sentences are our own; each language has a case read and checked and a trap. The record used:
A/RES/ES-11/1 of 2 March 2022 (141-5-35 with 12 absent; Russia, Belarus, Eritrea, North Korea and Syria against;
Pakistan, China and India abstaining; the United States in favour)."""

from __future__ import annotations

from datetime import date

from fixtures import claim_rows

from unga.claims import languages

ON = date(2022, 3, 3)


def positions(sentence: str) -> list[tuple[str, str]]:
    lang = languages.language_of(sentence)
    return [(iso3, vote) for iso3, vote, _, _ in languages.positions(sentence, lang)] if lang else []


def checked(text: str) -> list[tuple]:
    return [(kind, state, asserted, verdict) for kind, state, asserted, verdict in claim_rows(text, ON)]


# --- which sentences are read here ---

def test_the_language_of_a_sentence():
    assert languages.language_of("Rusia y Bielorrusia votaron en contra de la resolución.") == "es"
    assert languages.language_of("La Chine et l'Inde se sont abstenues lors du vote.") == "fr"
    assert languages.language_of("O Brasil votou a favor da resolução.") == "pt"
    assert languages.language_of("Indien enthielt sich bei der Abstimmung.") == "de"
    assert languages.language_of("Il Pakistan si è astenuto nel voto.") == "it"
    # English, even with a Spanish name in it, stays with the English rules
    assert languages.language_of("Mexico voted for the resolution, as did El Salvador.") is None


def test_names_come_from_the_iso_translations_and_the_press_forms():
    assert languages.names("es")["Estados Unidos"] == "USA"  # ISO, translated
    assert languages.names("fr")["Fédération de Russie"] == "RUS"  # "Russie, Fédération de" turned round
    assert languages.names("es")["EE.UU."] == "USA"  # the press's form, from foreign_names.csv
    assert languages.names("de")["Sowjetunion"] == "SUN"
    assert "Corée" not in languages.names("fr")  # the head of "Corée, République de" names two states


# --- Spanish ---

def test_spanish_positions_and_tally_are_checked(built_store):
    got = checked("La Asamblea General aprobó la resolución ES-11/1 el 2 de marzo con 141 votos a favor, 5 en contra "
                  "y 35 abstenciones. Rusia, Bielorrusia y Siria votaron en contra. Pakistán se abstuvo. "
                  "Estados Unidos votó en contra.")
    assert ("tally", None, {"yes": 141, "no": 5, "abstain": 35}, "supported") in got
    assert [(s, a["vote"], v) for k, s, a, v in got if k == "position"] == [
        ("RUS", "no", "supported"), ("BLR", "no", "supported"), ("SYR", "no", "supported"),
        ("PAK", "abstain", "supported"), ("USA", "no", "contradicted")]


def test_spanish_traps_a_subject_a_sponsor_and_a_negation():
    assert positions("La resolución que condena a Rusia fue patrocinada por Ucrania y votaron en contra Siria.") == []
    assert positions("La resolución, patrocinada por Ucrania, se aprobó; México no votó en contra.") == []
    assert positions("Los países que optaron por la abstención fueron India, China y Pakistán.") == [
        ("IND", "abstain"), ("CHN", "abstain"), ("PAK", "abstain")]


def test_spanish_tally_forms():
    assert languages.tally("La votación fue de 75 a 20 y 40 naciones se abstuvieron.", "es") == {
        "yes": 75, "no": 20, "abstain": 40}
    assert languages.tally("El texto se aprobó por 130 votos contra 8, con 20 abstenciones.", "es") == {
        "yes": 130, "no": 8, "abstain": 20}


# --- French ---

def test_french_position_and_tally_are_checked(built_store):
    got = checked("L'Assemblée générale a adopté la résolution ES-11/1 le 2 mars par 141 voix contre 5 et 35 "
                  "abstentions. La Chine et l'Inde se sont abstenues. Le Pakistan a voté pour.")
    assert ("tally", None, {"yes": 141, "no": 5, "abstain": 35}, "supported") in got
    assert [(s, a["vote"], v) for k, s, a, v in got if k == "position"] == [
        ("CHN", "abstain", "supported"), ("IND", "abstain", "supported"), ("PAK", "yes", "contradicted")]


def test_french_trap_the_state_the_text_condemns():
    assert positions("Le Canada a voté pour le texte qui condamne l'Érythrée.") == [("CAN", "yes")]
    assert positions("Le texte parrainé par la France n'a pas été voté contre.") == []


# --- Portuguese ---

def test_portuguese_tally_and_positions(built_store):
    got = checked("A Assembleia Geral aprovou a resolução ES-11/1 em 2 de março por 141 votos a favor, 5 contra e 35 "
                  "abstenções. A Índia e a China abstiveram-se. A Eritreia votou contra.")
    assert ("tally", None, {"yes": 141, "no": 5, "abstain": 35}, "supported") in got
    assert [(s, a["vote"], v) for k, s, a, v in got if k == "position"] == [
        ("IND", "abstain", "supported"), ("CHN", "abstain", "supported"), ("ERI", "no", "supported")]


def test_portuguese_trap_a_negation_and_a_sponsor():
    assert positions("O Brasil não votou contra a resolução.") == []
    assert positions("A resolução apresentada pelo Canadá foi aprovada e a Índia votou contra.") == [("IND", "no")]


# --- German ---

def test_german_positions_and_tally():
    assert positions("Russland und Belarus stimmten dagegen, China enthielt sich.") == [
        ("RUS", "no"), ("BLR", "no"), ("CHN", "abstain")]
    assert languages.tally("Abstimmung: dafür 141, dagegen 5, Enthaltungen 35.", "de") == {
        "yes": 141, "no": 5, "abstain": 35}


def test_german_trap_a_negation():
    assert positions("Indien stimmte nicht dagegen.") == []


# --- Italian ---

def test_italian_positions_and_tally():
    assert positions("Il Pakistan e la Cina si sono astenuti, mentre la Siria ha votato contro.") == [
        ("PAK", "abstain"), ("CHN", "abstain"), ("SYR", "no")]
    assert languages.tally("La risoluzione ha ottenuto 141 voti a favore, 5 contrari e 35 astensioni.", "it") == {
        "yes": 141, "no": 5, "abstain": 35}


def test_italian_trap_the_sponsor_and_a_negation():
    assert positions("La risoluzione presentata da Ucraina è stata adottata; l'India non ha votato contro.") == []


def test_italian_a_vote_taken_again_or_joined():
    assert positions("Il Togo è tornato al voto a favore; il Niger e il Ciad si sono aggiunti nel voto a favore.") == [
        ("TGO", "yes"), ("NER", "yes"), ("TCD", "yes")]
    assert positions("Il Ghana è tornato all'astensione.") == [("GHA", "abstain")]
    # a state that broke with a group is no vote
    assert positions("Il Ghana è stato il terzo paese a rompere il blocco.") == []

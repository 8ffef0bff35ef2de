"""Thirty-first round (branch lang32): holdout32's texts in Spanish, Italian and Portuguese. Sentences of our own;
the record used: A/RES/66/253B of 3 August 2012 (Syria, 133-12-31), A/RES/72/248 of 24 December 2017 (Myanmar,
122-10-24), A/RES/70/5 of 27 October 2015 (the embargo on Cuba, 191-2-0) and A/RES/69/186 of 18 December 2014 (a
moratorium on the death penalty, 117-37-34)."""

from __future__ import annotations

from datetime import date

from unga import api
from unga.claims import languages
from unga.claims.text import sentences


def claims(text: str, published: date) -> list[tuple]:
    """(resolution, state, asserted, verdict) of each claim that is not 'other'."""
    return [(c["resolution"], c["state"], c["asserted"], c["verdict"])
            for c in api.check_text(text, published=published).claims if c["kind"] != "other"]


def count(field: str, value: int) -> dict:
    return {"field": field, "op": "=", "value": value}


def votes(got: list[tuple]) -> dict:
    return {state: (asserted["vote"], verdict) for _, state, asserted, verdict in got if state}


SYRIA = "La Asamblea General de la ONU pidió el viernes una transición política en Siria"
MYANMAR = ("La Asamblea General de la ONU aprobó el domingo una resolución sobre los rohinyás en Birmania por 122 votos a "
           "favor, 10 en contra y 24 abstenciones. ")
CUBA = "La Asamblea General de la ONU condenó el martes el embargo de Estados Unidos a Cuba con 191 votos a favor. "


def test_spanish_among_those_against_with_a_besides_aside(built_store):
    got = claims(SYRIA + ". Entre los Estados que se han pronunciado en contra están, además de la propia Siria, Rusia, "
                 "China y Cuba.", date(2012, 8, 4))
    assert votes(got) == {"SYR": ("no", "supported"), "RUS": ("no", "supported"), "CHN": ("no", "supported"),
                          "CUB": ("no", "supported")}
    got = claims(SYRIA + ", por 133 votos frente a 12, con 31 abstenciones. Entre los Estados que se han "
                 "posicionado en contra están, además de Siria, Francia y Cuba.", date(2012, 8, 4))
    assert votes(got)["FRA"] == ("no", "contradicted") and votes(got)["SYR"] == ("no", "supported")


def test_an_ellipsis_after_a_comma_ends_no_sentence(built_store):
    text = "Hubo 133 votos a favor, ... 31 abstenciones y 12 en contra. Fin."
    assert [s for _, _, s in sentences(text)][0].endswith("12 en contra.")
    got = claims(SYRIA + ". Hubo 133 votos a favor, ... 31 abstenciones y 12 en contra.",
                 date(2012, 8, 4))
    assert got == [("A/RES/66/253B", None, {"yes": 133, "no": 12, "abstain": 31}, "supported")]
    assert len(sentences("Votaron a favor... Luego, 12 en contra.")) == 2  # no comma before it: the sentence ends


def test_spanish_a_party_backed_by_voting_against_the_text(built_store):
    got = claims(MYANMAR + "Rusia y Camboya respaldaron a Birmania al votar en contra del texto.", date(2017, 12, 25))
    assert votes(got) == {"RUS": ("no", "supported"), "KHM": ("no", "supported")}  # Birmania takes no vote
    got = claims(MYANMAR + "India y Camboya apoyaron al gobierno birmano al votar contra la resolución.", date(2017, 12, 25))
    assert votes(got)["IND"] == ("no", "contradicted")
    # a vote against a state, or support alone, is no vote on the text
    assert languages.read("Rusia y China apoyaron a Siria al votar contra Ucrania.")[1] == []
    assert languages.read("Cuba y Venezuela apoyaron a Rusia.") is None or \
        languages.read("Cuba y Venezuela apoyaron a Rusia.")[1] == []


def test_portuguese_a_party_backed_by_voting_against_the_text():
    read = languages.read("A Rússia e a China apoiaram Mianmar ao votar contra a resolução.")[1]
    assert [(iso3, asserted["vote"]) for kind, asserted, iso3, _ in read] == [("RUS", "no"), ("CHN", "no")]


def test_spanish_the_only_states_against(built_store):
    got = claims(CUBA + "Israel y Estados Unidos han sido los dos únicos Estados que votaron en contra.",
                 date(2015, 10, 28))
    assert ("A/RES/70/5", None, count("no", 2), "supported") in got
    assert votes(got) == {"USA": ("no", "supported"), "ISR": ("no", "supported")}
    got = claims(CUBA + "Estados Unidos y Palau fueron los dos únicos países que votaron en contra.", date(2015, 10, 28))
    assert votes(got)["PLW"] == ("no", "contradicted")
    # never more states than the count
    got = claims(CUBA + "Estados Unidos, Israel y Palau fueron los dos países que votaron en contra.", date(2015, 10, 28))
    assert votes(got) == {}


DEATH_PENALTY = ("L'Assemblea Generale ha approvato giovedì la quinta risoluzione per una moratoria delle esecuzioni. ")


def test_italian_yes_and_no_as_nouns_with_their_article(built_store):
    got = claims("Moratoria sulla pena capitale all'Onu, 117 i sì.\n\n" + DEATH_PENALTY, date(2014, 12, 19))
    assert got == [("A/RES/69/186", None, count("yes", 117), "supported")]
    got = claims("L'Assemblea Generale dell'Onu ha approvato domenica la risoluzione sui rohingya in Birmania con 122 voti "
                 "a favore. Gli astenuti sono stati 24 e i no sono stati 10.", date(2017, 12, 25))
    assert got[-1] == ("A/RES/72/248", None, {"no": 10, "abstain": 24}, "supported")
    got = claims("L'Assemblea Generale dell'Onu ha approvato domenica la risoluzione sui rohingya in Birmania con 122 voti "
                 "a favore. Gli astenuti sono stati 24 e i no sono stati 12.", date(2017, 12, 25))
    assert got[-1] == ("A/RES/72/248", None, {"no": 12, "abstain": 24}, "contradicted")
    assert languages.tally("Non sono stati 38 i paesi presenti.", "it") is None  # "no" without its article: no label


def test_the_votes_the_text_received(built_store):
    got = claims(DEATH_PENALTY + "Il testo ha ottenuto 117 voti in Assemblea.", date(2014, 12, 19))
    assert got == [("A/RES/69/186", None, count("yes", 117), "supported")]
    assert languages.tally("La resolución obtuvo 120 votos contra 5.", "es") == {"yes": 120, "no": 5}
    assert languages.read("Brasil recibió 180 votos en la elección.") in (None, ("assembly", []))  # a state: an election


def test_italian_also_after_the_vote_phrase_opens_its_subjects(built_store):
    got = claims(DEATH_PENALTY + "Il testo ha ottenuto 117 voti. Questa volta hanno votato a favore anche Niger e "
                 "Sierra Leone.", date(2014, 12, 19))
    assert votes(got) == {"NER": ("yes", "supported"), "SLE": ("yes", "supported")}
    got = claims(DEATH_PENALTY + "Il testo ha ottenuto 117 voti. Questa volta hanno votato a favore anche Niger e Cina.",
                 date(2014, 12, 19))
    assert votes(got)["CHN"] == ("yes", "contradicted")


MALVINAS = "La Asamblea General adoptó el 16 de diciembre de 1965 su resolución 2065 acerca de las islas Malvinas"


def test_older_spanish_shapes_of_abstention_lists(built_store):
    """"incluyendo al Reino Unido" (the personal "a" with its article), "Entre las abstenciones figuraba, como se
    esperaba, A" (the singular, an aside after the verb)."""
    got = claims(MALVINAS + ": 94 naciones votaron a favor y 14 se abstuvieron, incluyendo al Reino Unido. Entre las "
                 "abstenciones figuraba, como se esperaba, Francia.", date(1965, 12, 17))
    assert votes(got) == {"GBR": ("abstain", "supported"), "FRA": ("abstain", "supported")}
    got = claims(MALVINAS + ": 94 naciones votaron a favor y 14 se abstuvieron, incluyendo a Chile. Entre las "
                 "abstenciones figuraba, como se esperaba, Chile.", date(1965, 12, 17))
    assert ("A/RES/2065(XX)", "CHL", {"vote": "abstain"}, "contradicted") in got


def test_no_negative_vote_and_an_italian_past_copula(built_store):
    got = claims(MALVINAS + " con 94 votos a favor, sin ningún voto negativo y 14 abstenciones.", date(1965, 12, 17))
    assert got == [("A/RES/2065(XX)", None, {"yes": 94, "no": 0, "abstain": 14}, "supported")]
    got = claims(DEATH_PENALTY + "I voti a favore erano stati 117.", date(2014, 12, 19))
    assert got == [("A/RES/69/186", None, count("yes", 117), "supported")]
    assert languages.tally("I voti a favore erano stati 120, i voti contrari 37.", "it") == {"yes": 120, "no": 37}


def test_also_opens_subjects_never_a_party_after_de():
    read = languages.read("En la votación votaron en contra también Cuba y Siria.")[1]
    assert [(iso3, asserted["vote"]) for _, asserted, iso3, _ in read] == [("CUB", "no"), ("SYR", "no")]
    assert languages.read("Votaron en contra también de Rusia los países europeos.")[1] == []  # a vote against Russia

"""Thirty-fifth round, langs35: two frames of a vote phrase read alike in the tabled languages (docs/claims.md,
"Thirty-fifth round: a time between a vote's verb and its side, a choice before the vote's infinitive"). Our own
sentences, each family in several languages and wordings, with the traps that must read nothing."""

from __future__ import annotations

import re

import pytest

from unga import api
from unga.claims import langframes

pytestmark = pytest.mark.usefixtures("built_store")

# leads of our own naming the vote of 2 March 2022 (A/RES/ES-11/1: China abstained, Russia against, France for)
LEADS = {
    "fr": "Réunie le 2 mars 2022, l'Assemblée générale a approuvé la résolution ES-11/1 sur l'Ukraine par 141 voix contre 5. ",
    "es": "La Asamblea General de la ONU aprobó el 2 de marzo de 2022 la resolución ES-11/1 sobre Ucrania por 141 votos contra 5. ",
    "pt": "A Assembleia Geral da ONU aprovou em 2 de março de 2022 a resolução ES-11/1 sobre a Ucrânia por 141 votos a 5. ",
    "de": "Die UN-Vollversammlung hat am 2. März 2022 die Resolution ES-11/1 zur Ukraine mit 141 zu 5 Stimmen angenommen. ",
    "it": "L'Assemblea generale dell'ONU ha approvato il 2 marzo 2022 la risoluzione ES-11/1 sull'Ucraina con 141 voti contro 5. ",
    "nl": "De Algemene Vergadering van de VN nam op 2 maart 2022 resolutie ES-11/1 over Oekraïne aan met 141 tegen 5 stemmen. ",
}


def _positions(lang: str, sentence: str) -> set:
    claims = api.check_text(LEADS[lang] + sentence).claims
    return {(c["state"], c["asserted"]["vote"], c["resolution"], c["verdict"]) for c in claims if c["kind"] == "position"}


ES11 = "A/RES/ES-11/1"


@pytest.mark.parametrize("lang, sentence, state, vote", [
    ("fr", "La France a voté mercredi en faveur du texte.", "FRA", "yes"),
    ("fr", "La Russie a voté, le 2 mars, contre la résolution.", "RUS", "no"),
    ("fr", "La France avait voté hier pour.", "FRA", "yes"),
    ("es", "Francia votó ayer a favor de la resolución.", "FRA", "yes"),
    ("es", "Rusia votó, el miércoles, en contra.", "RUS", "no"),
    ("es", "Rusia ha votado el 2 de marzo en contra del texto.", "RUS", "no"),
    ("pt", "A França votou na quarta-feira a favor.", "FRA", "yes"),
    ("pt", "A Rússia votou no dia 2 de março contra.", "RUS", "no"),
    ("de", "Frankreich stimmte am Mittwoch dafür.", "FRA", "yes"),
    ("de", "Russland stimmte gestern dagegen.", "RUS", "no"),
    ("it", "La Francia ha votato mercoledì a favore.", "FRA", "yes"),
    ("it", "La Russia ha votato ieri contro.", "RUS", "no"),
    ("nl", "Frankrijk stemde woensdag voor.", "FRA", "yes"),
])
def test_a_time_between_the_verb_and_its_side(lang, sentence, state, vote):
    assert (state, vote, ES11, "supported") in _positions(lang, sentence)


@pytest.mark.parametrize("lang, sentence, state, vote", [
    ("fr", "La Chine a voté mercredi contre la résolution.", "CHN", "no"),
    ("es", "China votó ayer en contra.", "CHN", "no"),
    ("de", "China stimmte am Mittwoch dafür.", "CHN", "yes"),
])
def test_a_false_vote_with_a_time_between_is_called_false(lang, sentence, state, vote):
    assert (state, vote, ES11, "contradicted") in _positions(lang, sentence)


@pytest.mark.parametrize("lang, sentence, state, vote", [
    ("fr", "La Chine a décidé de s'abstenir.", "CHN", "abstain"),
    ("fr", "La Chine a préféré s'abstenir lors du vote.", "CHN", "abstain"),
    ("fr", "La Russie a choisi de voter contre.", "RUS", "no"),
    ("es", "China decidió abstenerse en la votación.", "CHN", "abstain"),
    ("es", "Francia prefirió votar a favor.", "FRA", "yes"),
    ("pt", "A China decidiu abster-se.", "CHN", "abstain"),
    ("pt", "A Rússia preferiu votar contra.", "RUS", "no"),
    ("it", "La Cina ha deciso di astenersi.", "CHN", "abstain"),
    ("it", "La Francia ha scelto di votare a favore.", "FRA", "yes"),
])
def test_a_choice_before_the_votes_infinitive(lang, sentence, state, vote):
    assert (state, vote, ES11, "supported") in _positions(lang, sentence)


def test_a_false_choice_is_called_false():
    assert ("FRA", "abstain", ES11, "contradicted") in _positions("fr", "La France a décidé de s'abstenir.")


@pytest.mark.parametrize("lang, sentence", [
    ("fr", "La France n'a pas décidé de s'abstenir."),   # the choice negated
    ("fr", "La France n'a pas voté mercredi contre."),
    ("es", "Francia decidió no abstenerse."),            # the infinitive negated
    ("es", "Francia no votó ayer en contra."),
    ("pt", "A França decidiu não votar contra."),
    ("it", "La Francia non ha deciso di astenersi."),
])
def test_a_negated_choice_or_vote_reads_nothing(lang, sentence):
    assert not {p for p in _positions(lang, sentence) if p[0] == "FRA"}


@pytest.mark.parametrize("lang", langframes.LANGS)
def test_every_language_reads_its_weekdays_and_dates(lang):
    pattern = re.compile(langframes.time_between(lang) + r"$", re.I)
    days = {"fr": " mercredi", "es": " el miércoles", "pt": " na quarta-feira", "de": " am Mittwoch", "it": " mercoledì",
            "nl": " woensdag"}
    dates = {"fr": ", le 2 mars,", "es": " el 2 de marzo de 2022", "pt": " no dia 2 de março", "de": " am 2. März 2022",
             "it": " il 2 marzo", "nl": " op 2 maart"}
    assert pattern.match(days[lang]) and pattern.match(dates[lang])

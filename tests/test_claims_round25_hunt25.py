"""Three false alarms of the rebuilt hunt texts (round 25, hunt25; tests/reference/news_fahunt*/contradictions.json):
- fahunt2 y91 (Russian): a year opening the sentence ("В 1992 году") did not place its count, which was judged on the
  text's own vote (claims/position_time.LEAD reads the opening year in the other languages read);
- fahunt8 y88 (Indonesian): states that supported a state's step read as yes on the text (claims/party_objects:
  support of a state or its move, decision or position is left unread, in Spanish, Russian and Indonesian);
- fahunt9 ac52 (Russian): a vote "against us" read as a no (claims/party_objects, claims/targets: a vote against the
  writer's party or a state is never a no, in every language read).
Sentences are our own; each reading has a trap of the same shape that must stay contradicted.

The record used: A/RES/47/19 (24 November 1992, the Cuba embargo, 59 in favour) and A/RES/78/7 (2 November 2023,
187-2-1); A/RES/ES-10/19 (21 December 2017, the status of Jerusalem, 128-9-35, Guatemala against); A/RES/68/262
(27 March 2014, the territorial integrity of Ukraine, 100-11-58, Azerbaijan in favour)."""

from __future__ import annotations

from datetime import date

import pytest

from unga import api
from unga.claims.position_time import lead_time

pytestmark = pytest.mark.usefixtures("built_store")  # every test reads the real record

CUBA = "Генассамблея ООН в четверг вновь призвала отменить американскую блокаду Кубы. Резолюцию поддержали 187 стран. "
JERUSALEM = "The General Assembly adopted the resolution on the status of Jerusalem by 128 votes to 9, with 35 abstentions. "
UKRAINE = ("The General Assembly adopted the resolution on the territorial integrity of Ukraine by 100 votes to 11, with "
           "58 abstentions. ")


def verdicts(text: str, published: date, sentence: str) -> list[tuple]:
    return [(c["verdict"], c["kind"], c["resolution"], c["state"], c["asserted"])
            for c in api.check_text(text + sentence, published=published).claims if sentence in c["text"]]


# --- y91: the year a sentence opens with, in the other languages ---

@pytest.mark.parametrize("opening", ["В 1992 году", "В 1992 г.", "En 1992,", "Em 1992", "Nel 1992", "Im Jahr 1992",
                                     "Pada tahun 1992"])
def test_a_year_opening_a_sentence_in_another_language_is_its_time(opening):
    assert lead_time(opening + " x") == "1992"


def test_a_count_after_an_opening_year_in_russian_is_that_years_vote():
    sentence = "В 1992 году за текст проголосовали 59 стран, а в 2016 году – уже 191."
    assert verdicts(CUBA, date(2023, 11, 3), sentence) == [
        ("supported", "count", "A/RES/47/19", None, {"field": "yes", "op": "=", "value": 59})]


def test_a_count_whose_clause_names_another_year_is_not_judged_on_the_texts_vote():
    sentence = "Впервые ее поддержали 59 государств в 1992 году."
    assert [v[0] for v in verdicts(CUBA, date(2023, 11, 3), sentence)] == ["unverifiable"]


def test_a_count_after_an_opening_year_in_spanish_is_that_years_vote():
    sentence = "En 1992, la Asamblea General la apoyó con 59 votos."
    assert verdicts(CUBA, date(2023, 11, 3), sentence) == [
        ("supported", "count", "A/RES/47/19", None, {"field": "yes", "op": "=", "value": 59})]


@pytest.mark.parametrize("sentence", ["Ее поддержали 59 государств.", "La Asamblea General la apoyó con 59 votos."])
def test_trap_without_its_year_the_count_is_the_texts_vote_and_contradicted(sentence):
    assert verdicts(CUBA, date(2023, 11, 3), sentence) == [
        ("contradicted", "count", "A/RES/78/7", None, {"field": "yes", "op": "=", "value": 59})]


# --- y88: supporting a state or its move is no yes on the text ---

@pytest.mark.parametrize("sentence", [
    "Sembilan negara saja yang mendukung langkah Amerika, dan 35 negara memilih abstain.",
    "Hanya sembilan negara mendukung keputusan Amerika Serikat.",
    "Hanya sembilan negara mendukung Amerika Serikat.",
    "Solo nueve países apoyaron la decisión de Estados Unidos.",
    "Solo nueve países respaldaron la postura estadounidense.",
    "Лишь девять стран поддержали решение США, 35 воздержались.",
    "Лишь девять стран поддержали американскую инициативу.",
    "Лишь девять стран поддержали Америку.",
    "Решение США поддержали лишь девять стран.",
    "Guatemala apoyó la decisión de Estados Unidos.",
    "Гватемала поддержала решение США.",
])
def test_support_of_a_state_or_its_deed_is_not_a_yes(sentence):
    found = verdicts(JERUSALEM, date(2017, 12, 22), sentence)
    assert all(v[0] != "contradicted" for v in found)
    assert not any(v[1] in ("count", "tally") and "yes" in (v[4].get("field"), *v[4]) for v in found)


def test_a_state_after_its_deed_is_the_deeds_owner_not_a_voter_in_russian():
    sentence = "Резолюцию с осуждением решения США поддержали 128 стран."
    assert verdicts(JERUSALEM, date(2017, 12, 22), sentence) == [
        ("supported", "count", "A/RES/ES-10/19", None, {"field": "yes", "op": "=", "value": 128})]


@pytest.mark.parametrize("sentence,claim", [
    ("Hanya sembilan negara mendukung resolusi itu.", ("count", None, {"field": "yes", "op": "=", "value": 9})),
    ("Solo nueve países apoyaron la resolución.", ("count", None, {"field": "yes", "op": "=", "value": 9})),
    ("Solo nueve países apoyaron la decisión.", ("count", None, {"field": "yes", "op": "=", "value": 9})),
    ("Solo nueve países apoyaron la iniciativa.", ("count", None, {"field": "yes", "op": "=", "value": 9})),
    ("Лишь девять стран поддержали резолюцию.", ("count", None, {"field": "yes", "op": "=", "value": 9})),
    ("Гватемала поддержала резолюцию.", ("position", "GTM", {"vote": "yes"})),
])
def test_trap_support_of_the_text_or_an_unowned_decision_stays_a_yes(sentence, claim):
    kind, state, asserted = claim
    assert ("contradicted", kind, "A/RES/ES-10/19", state, asserted) in verdicts(JERUSALEM, date(2017, 12, 22), sentence)


# --- ac52: a vote against the writer's party or a state is no vote against the text ---

@pytest.mark.parametrize("sentence", [
    "Azerbaijan voted against us.", "Азербайджан проголосовал против нас.", "Азербайджан проголосовал против России.",
    "L'Azerbaïdjan a voté contre nous.", "L'Azerbaïdjan a voté contre la Russie.", "Aserbaidschan stimmte gegen uns.",
    "Azerbaiyán votó en contra de nosotros.", "Azerbaiyán votó en contra de Rusia.", "O Azerbaijão votou contra nós.",
    "O Azerbaijão votou contra a Rússia.", "L'Azerbaigian ha votato contro di noi.", "Azerbeidzjan stemde tegen ons.",
    "Azerbaijan menentang kami.",
])
def test_a_vote_against_a_party_is_not_a_no(sentence):
    assert all(v[0] != "contradicted" for v in verdicts(UKRAINE, date(2014, 3, 28), sentence))


@pytest.mark.parametrize("sentence", [
    "Azerbaijan voted against it.", "Азербайджан проголосовал против резолюции.",
    "L'Azerbaïdjan a voté contre la résolution.", "Aserbaidschan stimmte gegen die Resolution.",
    "Azerbaiyán votó en contra de la resolución.", "O Azerbaijão votou contra a resolução.",
    "L'Azerbaigian ha votato contro la risoluzione.", "Azerbeidzjan stemde tegen de resolutie.",
    "Azerbaijan menentang resolusi itu.",
])
def test_trap_a_vote_against_the_text_stays_a_no(sentence):
    assert ("contradicted", "position", "A/RES/68/262", "AZE", {"vote": "no"}) in verdicts(
        UKRAINE, date(2014, 3, 28), sentence)

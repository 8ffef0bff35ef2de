"""Twenty-sixth round (branch declined): the tally of a proposal the Assembly turned down, told by the side that won
("declined, by 56 votes to 48, to adopt it", "lost by 48 votes to 56"), in sentences of our own, each true beside
a false variant. The record: on 11 November 1969 the draft to seat the People's Republic of China failed, 48 in
favour, 56 against, 21 abstentions (rcid 1069); ES-11/1 was adopted 141-5-35."""

from __future__ import annotations

from datetime import date

import pytest

from fixtures import ES11_1_LEAD, claims_after
from unga.claims import numbers

CHINA_1969 = ("On 11 November 1969 the General Assembly voted on the draft to restore the rights of the People's "
              "Republic of China in the United Nations. ")
DAY_AFTER = date(1969, 11, 12)


def tallies(sentence: str, lead: str = CHINA_1969, published=DAY_AFTER) -> list[tuple]:
    return [(c["asserted"], c["verdict"]) for c in claims_after(lead, sentence, "tally", published)]


@pytest.mark.parametrize("sentence, wrong", [
    ("The Assembly declined, by 56 votes to 48, to adopt the draft.",
     "The Assembly declined, by 58 votes to 48, to adopt the draft."),
    ("The Assembly refused, by a vote of 56 to 48, to seat Peking.",
     "The Assembly refused, by a vote of 56 to 46, to seat Peking."),
    ("The Assembly declined to adopt the draft, 56 to 48.", None),
    ("The draft fell short 48-56.", None),
    ("The draft failed, 48 in favour and 56 against.", None),
    ("The draft was defeated by a vote of 48 to 56.", "The draft was defeated 48-58."),
    ("The draft was rejected by 56 votes to 48, with 21 abstentions.",
     "The draft was rejected by 56 votes to 46, with 21 abstentions."),
])
def test_a_failed_vote_told_by_the_winners_reads_the_larger_number_as_the_no(built_store, sentence, wrong):
    read = tallies(sentence)
    assert len(read) == 1 and read[0][1] == "supported" and read[0][0]["yes"] == 48 and read[0][0]["no"] == 56
    if wrong:
        assert [verdict for _, verdict in tallies(wrong)] == ["contradicted"]


@pytest.mark.parametrize("sentence", ["The draft lost by 48 votes to 56.", "The draft lost by 56 votes to 48."])
def test_lost_by_either_order(built_store, sentence):
    assert tallies(sentence) == [({"yes": 48, "no": 56}, "supported")]


def test_the_other_order_that_is_the_records_is_the_reading(built_store):
    # the refused proposal is not the adopted text: the larger number, taken as the no, is the text's yes
    assert tallies("The Assembly declined, by 141 votes to 5, to take up the objections.", ES11_1_LEAD,
                   date(2022, 3, 3)) == [({"yes": 141, "no": 5}, "supported")]


@pytest.mark.parametrize("sentence", [
    "Le 11 novembre 1969, l'Assemblée générale a rejeté le projet visant à rétablir les droits de la République "
    "populaire de Chine par 56 voix contre 48, avec 21 abstentions.",
    "El 11 de noviembre de 1969, la Asamblea General rechazó el proyecto para restituir los derechos de la República "
    "Popular China por 56 votos contra 48.",
    "Am 11. November 1969 wurde der Entwurf zur Wiederherstellung der Rechte der Volksrepublik China mit 56 zu 48 "
    "Stimmen abgelehnt.",
    "Em 11 de novembro de 1969, a Assembleia Geral rejeitou o projeto para restituir os direitos da República Popular "
    "da China por 56 votos contra 48.",
    "11 ноября 1969 года Генеральная Ассамблея отклонила проект о восстановлении прав Китайской Народной Республики "
    "56 голосами против 48.",
])
def test_other_languages_read_a_defeat_by_the_winners(built_store, sentence):
    read = tallies(sentence, "")
    assert len(read) == 1 and read[0][1] == "supported" and (read[0][0]["yes"], read[0][0]["no"]) == (48, 56)


def test_trap_declined_to_vote_then_adopted_is_not_a_defeat():
    assert not numbers.sides_assumed("Albania declined to vote, and the draft was adopted 56 to 48.")


def test_trap_support_that_declined_is_not_a_defeat():
    assert not numbers.sides_assumed("Support for the draft declined this year, 56 to 48.")


def test_trap_a_labelled_pair_after_rejected_keeps_its_labels():
    assert not numbers.sides_assumed("It was rejected by 48 votes in favour to 56 against.")


def test_trap_a_state_rejected_a_text_adopted_in_french():
    assert not numbers.defeated_abroad("La Russie a rejeté le texte, adopté par 141 voix contre 5.")

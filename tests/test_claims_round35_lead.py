"""The thirty-fifth round, the lead: a count in another language that counts a group's or a region's states ("once
países de la comunidad caribeña", "neuf pays africains", "otto paesi dell'Unione europea") is no count of the
Assembly's vote: it was judged against the vote's side and called contradicted though true
(`regions.counted_in_a_group`, the other languages' twin of `regions.counted_in_a_region`). The vote's own counts are
still read and judged. Sentences are our own."""

from __future__ import annotations

from datetime import date

import pytest

from unga import api

DAY = date(2023, 10, 28)
SPANISH = ("La Asamblea General aprobó la resolución ES-10/21 el 27 de octubre de 2023 por 120 votos a favor, 14 en "
           "contra y 45 abstenciones. ")  # ES-10/21: 120-14-45
FRENCH = "L'Assemblée générale a adopté la résolution ES-10/21 le 27 octobre 2023 par 120 voix contre 14. "
ITALIAN = "L'Assemblea generale ha approvato la risoluzione ES-10/21 il 27 ottobre 2023 con 120 voti a favore e 14 contrari. "


def counts(text: str) -> list[tuple]:
    return [(c["asserted"], c["verdict"]) for c in api.check_text(text, published=DAY).claims if c["kind"] == "count"]


@pytest.mark.parametrize("text", [
    SPANISH + "Once países de la comunidad caribeña respaldaron el texto.",
    SPANISH + "Doce países africanos votaron a favor.",
    SPANISH + "Nueve naciones de América Latina se abstuvieron.",
    FRENCH + "Neuf pays africains ont voté pour.",
    FRENCH + "Autres huit pays de l'Union européenne ont voté pour.",
    ITALIAN + "Otto paesi dell'Unione europea hanno votato a favore.",
])
def test_a_count_of_a_group_is_no_count_of_the_vote(built_store, text):
    assert all(verdict != "contradicted" for _, verdict in counts(text))


@pytest.mark.parametrize("text, verdict", [
    (SPANISH + "Catorce estados votaron en contra.", "supported"),
    (SPANISH + "Veinte estados votaron en contra.", "contradicted"),
    (SPANISH + "45 naciones se abstuvieron.", "supported"),
    (FRENCH + "Quatorze pays de l'ONU ont voté contre.", "supported"),
])
def test_the_votes_own_counts_are_still_judged(built_store, text, verdict):
    assert [v for _, v in counts(text)] == [verdict]


def test_others_after_a_named_state_still_count_it(built_store):
    assert counts("La Asamblea General aprobó la resolución ES-10/21 el 27 de octubre de 2023. China y otros 44 países "
                  "se abstuvieron.") == [({"field": "abstain", "op": "=", "value": 45}, "supported")]

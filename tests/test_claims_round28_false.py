"""Twenty-eighth round, branch false12: false statements the checker missed (issue 9; docs/claims.md, "Twenty-eighth
round: catching the false statements"). Sentences of our own; for each family its true and false variants side by
side, and the traps where nothing may be called false.

The record: A/RES/ES-10/21 of 27 October 2023 (a humanitarian truce in Gaza, 120-14-45); A/RES/65/55 of 8 December
2010 (depleted uranium, 148-4-30; against: France, Israel, the United Kingdom, the United States) and the same
series' A/RES/62/30 of 5 December 2007 (136-5-36; against: Czechia, Israel, the Netherlands, the United Kingdom, the
United States; France absent)."""

from __future__ import annotations

from datetime import date

import pytest

from unga import api
from unga.claims import calendars

DECEMBER_2023 = date(2023, 12, 13)
URANIUM_DAY = date(2010, 12, 10)


def tallies(text: str, published: date) -> list[tuple]:
    return [(c["resolution"], c["asserted"], c["verdict"])
            for c in api.check_text(text, published=published).claims if c["kind"] == "tally"]


def positions(text: str, published: date, state: str) -> list[tuple]:
    return [(c["resolution"], c["verdict"]) for c in api.check_text(text, published=published).claims
            if c["kind"] == "position" and c["state"] == state]


# --- a vote recalled by its month alone, in another language ---

@pytest.mark.parametrize("written, english", [
    ("L'Assemblea in ottobre aveva votato", "L'Assemblea in October aveva votato"),
    ("En octubre la Asamblea votó", "in October la Asamblea votó"),
    ("Im Oktober stimmte die Versammlung ab", "in October stimmte die Versammlung ab"),
    ("В октябре Генассамблея проголосовала", "in October Генассамблея проголосовала"),
    ("وفي أكتوبر صوتت الجمعية", "in October صوتت الجمعية"),
    # a month the language spells as English does, after its "in"
    ("Im November stimmte die Versammlung ab", "in November stimmte die Versammlung ab"),
    # a day or a year beside it is read as before
    ("En octubre de 2023 la Asamblea votó", "En October 2023 la Asamblea votó"),
    # no "in": a span of months, or a month the number after it may be a count of
    ("De julio a octubre la Asamblea debatió", "De julio a octubre la Asamblea debatió"),
    ("Im Oktober 12 Staaten dagegen", "Im Oktober 12 Staaten dagegen"),
])
def test_a_month_alone_after_in_is_read_in_english(written, english):
    assert calendars.in_english(written) == english


TRUCE = {
    "it": "Il mese scorso si è discusso ancora. {m}l'Assemblea generale aveva approvato una risoluzione sulla tregua con "
          "{y} voti a favore, 14 contrari e {a} astensioni.",
    "es": "El debate siguió el mes pasado. {m}la Asamblea General había aprobado una resolución sobre la tregua con {y} "
          "votos a favor, 14 en contra y {a} abstenciones.",
    "de": "Die Beratungen gingen weiter. {m}hatte die Generalversammlung eine Resolution zur Waffenruhe mit {y} "
          "Ja-Stimmen bei 14 Gegenstimmen und {a} Enthaltungen angenommen.",
}
MONTH = {"it": "In ottobre ", "es": "En octubre ", "de": "Im Oktober "}


@pytest.mark.parametrize("lang", sorted(TRUCE))
@pytest.mark.parametrize("yes, abstain, verdict", [(120, 45, "supported"), (121, 44, "contradicted")])
def test_a_tally_of_a_vote_recalled_by_its_month(built_store, lang, yes, abstain, verdict):
    text = TRUCE[lang].format(m=MONTH[lang], y=yes, a=abstain)
    assert tallies(text, DECEMBER_2023) == [("A/RES/ES-10/21", {"yes": yes, "no": 14, "abstain": abstain}, verdict)]


@pytest.mark.parametrize("lang", sorted(TRUCE))
def test_trap_without_the_month_a_tally_one_off_is_not_placed(built_store, lang):
    text = TRUCE[lang].format(m="", y=121, a=44).replace(". l", ". L").replace(". h", ". H")
    assert all(verdict != "contradicted" for _, _, verdict in tallies(text, DECEMBER_2023))


# --- a list said of an earlier year's vote, in a text that pins this year's vote ---

URANIUM = ("On Wednesday the General Assembly adopted a resolution on the effects of arms containing depleted uranium "
           "by 148 votes to 4, with 30 abstentions. Britain, Israel, the United States and France voted against it. ")


@pytest.mark.parametrize("later", [
    "Britain, Israel, the United States and {x} also voted against the resolution in 2007.",
    "In 2007 Britain, Israel, the United States and {x} had voted no on the same text.",
])
@pytest.mark.parametrize("state, verdict", [("NLD", "supported"), ("FRA", "contradicted")])
def test_a_list_of_a_year_named_in_figures_is_that_years(built_store, later, state, verdict):
    name = {"NLD": "the Netherlands", "FRA": "France"}[state]
    assert positions(URANIUM + later.format(x=name), URANIUM_DAY, state)[-1] == ("A/RES/62/30", verdict)


@pytest.mark.parametrize("later", [
    # no year: the list may be the pinned vote's, nothing is called false
    "Britain, Israel, the United States and France also voted against it before.",
    # the year of the pinned vote itself
    "In 2010 Britain, Israel, the United States and France voted no on the same text.",
])
def test_trap_a_list_without_another_year_is_not_called_false(built_store, later):
    claims = api.check_text(URANIUM + later, published=URANIUM_DAY).claims
    assert all(c["verdict"] != "contradicted" for c in claims)

"""Thirty-fourth round (branch tidy34): the three modules past 500 lines split along their seams, each moved name in
one place; and a tally one vote off in German, vetted as a right contradiction (fahunt13's ak13, ES-10/22). Sentences
of our own. The record used: A/RES/ES-10/22 (12 December 2023, 153-10-23)."""

from __future__ import annotations

from datetime import date

import pytest

from unga import api
from unga.claims import clues, identify, langmarkers, wordlangs, wordnames

# what a whole text says that places its claims: read in clues, nowhere else


def test_the_dates_and_years_a_text_names_are_read_in_clues():
    context = clues.read_context("The Assembly met again on 12 December 2023, as it had last year.", None)
    assert context.days == [date(2023, 12, 12)] and context.years == {2023}
    assert clues.days_named("The vote came on Tuesday.", date(2023, 12, 13)) == [date(2023, 12, 12)]
    assert {int(y) for y in clues.YEAR_IN.findall("between 1971 and 2023")} == {1971, 2023}
    assert "ceasef" in clues.stems("a ceasefire in the resolution")


def test_each_moved_name_is_defined_in_one_module():
    moved = {clues.read_context: "clues", clues.days_named: "clues", clues.stems: "clues", wordnames.names: "wordnames",
             wordnames.mentions: "wordnames", wordnames.run_before: "wordnames", langmarkers.count_pattern: "langmarkers"}
    assert all(f.__module__ == f"unga.claims.{module}" for f, module in moved.items())
    assert not any(hasattr(identify, name) for name in ("read_context", "days_named", "topic_of"))
    assert not any(hasattr(wordlangs, name) for name in ("names", "_joint", "_run_before"))


# the state names of the table languages and the lists they form: wordnames


@pytest.mark.parametrize("sentence, lang, listed", [
    ("Polska, Czechy i Węgry głosowały przeciw.", "pl", ["POL", "CZE", "HUN"]),
    ("Indonesia, Malaysia dan Thailand mendukung resolusi itu.", "id", ["IDN", "MYS", "THA"]),
    ("Švédsko, Norsko a Finsko hlasovaly pro.", "cs", ["SWE", "NOR", "FIN"]),
])
def test_a_list_of_names_is_chained_by_its_commas_and_its_and(sentence, lang, listed):
    found = wordnames.mentions(sentence, lang)
    run = wordnames.chained(sentence, found, wordnames.joint(lang))
    assert [iso3 for *_, iso3 in run] == listed


def test_the_marker_words_and_number_words_are_langmarkers():
    assert langmarkers.count_value("treinta y ocho", "es") == 38 and langmarkers.count_value("12", "fr") == 12
    assert set(langmarkers.MARKERS) >= {"es", "fr", "pt", "de", "it"}


# a tally one vote off in German: contradicted, the record's own tally supported (the vetting of fahunt13's ak13)

LEAD = "Die UN-Vollversammlung hat am Dienstag in New York eine sofortige humanitäre Waffenruhe im Gazastreifen gefordert. "


@pytest.mark.parametrize("said", [
    "Für den Text stimmten {yes} Staaten, zehn stimmten dagegen, 23 enthielten sich.",
    "Die Resolution erhielt {yes} Ja-Stimmen bei 10 Gegenstimmen und 23 Enthaltungen.",
    "Mit {yes} zu 10 Stimmen bei 23 Enthaltungen wurde der Entwurf angenommen.",
])
@pytest.mark.parametrize("yes, verdict", [(153, "supported"), (152, "contradicted")])
def test_a_german_tally_one_vote_off_is_contradicted(built_store, said, yes, verdict):
    text = LEAD + said.format(yes=yes)
    tallies = [c for c in api.check_text(text, published=date(2023, 12, 13)).claims if c["kind"] == "tally"]
    assert [(c["resolution"], c["asserted"]["yes"], c["verdict"]) for c in tallies] == [("A/RES/ES-10/22", yes, verdict)]

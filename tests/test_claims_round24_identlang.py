"""Twenty-fourth round (issue 9, branch identlang): identification in every language. The times a text writes in
another language (dates in each locale's order, CLDR's month and weekday names, "l'année dernière", "вчера") are
read as English (claims/calendars.py); a text dated to the month only ("2022-10") is read as that month
(calendars.Month); a symbol after "resolution" as other languages write it ("résolution 77/1"). Sentences of our
own, with traps.

The record: ES-11/1 of 2 March 2022 (141-5-35) and ES-11/4 of 12 October 2022 (143-5-35), both on Ukraine."""

from __future__ import annotations

from datetime import date

import pytest
from fixtures import checked_claims

from unga.claims import calendars, cited, clues, topic_words


@pytest.mark.parametrize("written, english", [
    ("Le 2 mars 2022, la France a voté pour.", "Le 2 March 2022, la France a voté pour."),
    ("Le 1er mars 2022, l'Assemblée a voté.", "Le 1 March 2022, l'Assemblée a voté."),
    ("Am 2. März 2022 stimmten 141 Staaten dafür.", "Am 2 March 2022 stimmten 141 Staaten dafür."),
    ("El 2 de marzo de 2022 votaron 141 países.", "El 2 March 2022 votaron 141 países."),
    ("2 марта 2022 года Генассамблея приняла", "2 March 2022 Генассамблея приняла"),
    ("в марте 2022 года Генассамблея приняла", "в March 2022 Генассамблея приняла"),  # a case CLDR does not list
    ("Közgyűlés 2022. március 2. szavazott", "Közgyűlés 2 March 2022 szavazott"),  # the year first
    ("総会は2022年3月2日に採択した", "総会は 2 March 2022 に採択した"),
    ("총회는 2022년 3월 2일 채택했다", "총회는  2 March 2022  채택했다"),
    ("Die Versammlung stimmte am 02.03.2022 ab.", "Die Versammlung stimmte am 2 March 2022 ab."),
    ("na quarta-feira, 12 de outubro. O Brasil votou", "na quarta-feira, 12 October. O Brasil votou"),  # the stop kept
    ("Le 5 mai 2019, la France a voté.", "Le 5 May 2019, la France a voté."),
    # a short form is a month only with the day and the year: Romanian "5 mai multe" is "five more"
    ("România a primit cu 5 mai multe voturi.", "România a primit cu 5 mai multe voturi."),
    ("l’année dernière, la France a voté contre", "last year, la France a voté contre"),
    ("в прошлом году Россия голосовала против", "last year Россия голосовала против"),
    ("Im Vorjahr hatte Deutschland dagegen gestimmt", "last year hatte Deutschland dagegen gestimmt"),
    # a weekday and "yesterday" are left: a sentence of another language that tells of an earlier vote has no
    # reading of its own time yet, and a day the text names would pin it on the day's vote
    ("El lunes, España votó a favor", "El lunes, España votó a favor"),
    # an English text is left as it is
    ("On 2 mars the delegates of the Assembly voted.", "On 2 mars the delegates of the Assembly voted."),
])
def test_times_read_in_english(written, english):
    assert calendars.in_english(written) == english


def test_a_foreign_date_is_a_day_the_sentence_names():
    assert clues.days_named("El 2 de marzo de 2022, España votó a favor.", None) == [date(2022, 3, 2)]
    # without a year, the year of the text's date (or the one before, for a later month)
    assert clues.days_named("Le 12 octobre, la France a voté pour.", date(2022, 10, 20)) == [date(2022, 10, 12)]
    assert clues.days_named("В четверг Россия голосовала против.", date(2023, 2, 24)) == []


def test_a_month_is_no_day():
    month = calendars.text_date("2022-10")
    assert isinstance(month, calendars.Month) and (month.year, month.month, month.day) == (2022, 10, 31)
    assert calendars.text_date("2022-10-12") == date(2022, 10, 12)
    assert month != date(2022, 10, 31) and calendars.text_date("2022-13") is None
    # no weekday and no publication day read from a month
    assert clues.days_named("On Thursday Russia voted against it.", month) == []
    assert clues.read_context("Le 12 octobre, la France a voté pour.", month).days == [date(2022, 10, 12)]
    # the dateline's day, when it is of the month given
    assert calendars.to_the_day(month, date(2022, 10, 13)) == date(2022, 10, 13)
    assert calendars.to_the_day(month, date(2022, 9, 13)) is month


@pytest.mark.parametrize("sentence, symbols", [
    ("La résolution 77/1 a été adoptée.", ["A/RES/77/1"]),
    ("Резолюция ES-11/1 принята.", ["A/RES/ES-11/1"]),
    ("La Resolución nº 76/262 fue aprobada.", ["A/RES/76/262"]),
    ("Rappelant sa résolution 77/1, l'Assemblée a adopté un texte.", []),  # a resolution the vote refers to
])
def test_resolution_written_in_other_languages(sentence, symbols):
    assert cited.symbols_in(sentence) == symbols


UKRAINE_OCTOBER = ("Na quarta-feira, 12 de outubro, a Assembleia Geral da ONU condenou a anexação de territórios "
                   "ucranianos. {yes} países votaram a favor; 35 se abstiveram e 5 votaram contra.")


def test_a_text_dated_to_its_month_places_its_tally(built_store):
    """A Portuguese text dated October 2022 only: its "12 de outubro" is the day of ES-11/4 (143-5-35)."""
    rows = [(c["kind"], c["resolution"], c["asserted"], c["verdict"])
            for c in checked_claims(UKRAINE_OCTOBER.format(yes=143), calendars.Month(2022, 10)) if c["kind"] == "tally"]
    assert rows == [("tally", "A/RES/ES-11/4", {"yes": 143, "no": 5, "abstain": 35}, "supported")]


def test_a_text_dated_to_its_month_catches_a_wrong_count(built_store):
    rows = [(c["resolution"], c["verdict"])
            for c in checked_claims(UKRAINE_OCTOBER.format(yes=153), calendars.Month(2022, 10)) if c["kind"] == "tally"]
    assert rows == [("A/RES/ES-11/4", "contradicted")]


@pytest.mark.parametrize("sentence, words", [
    ("Генассамблея осудила героизацию нацизма.", "glorification nazism"),
    ("联合国大会通过了关于死刑的决议。", "death penalty"),
    ("L'Assemblée a voté un moratoire sur la peine de mort.", "death penalty"),
    ("Резолюция о Кубе и эмбарго США.", "cuba embargo"),
    ("Кубань голосовала.", ""),  # a word that starts like the state's name is no mention of it
])
def test_subject_words_in_the_titles_words(sentence, words):
    assert topic_words.title_words(sentence) == words


def test_a_day_of_the_month_alone_in_cjk_reports():
    """"国連総会は5日": the 5th of the text's month (or of the month before, for a day after the text's)."""
    assert clues.days_named("国連総会は2日、決議を採択した。", date(2022, 3, 3)) == [date(2022, 3, 2)]
    assert clues.days_named("총회는 28일 결의안을 채택했다.", date(2022, 3, 3)) == [date(2022, 2, 28)]
    assert clues.days_named("会議は5日間続いた。", date(2022, 3, 6)) == []  # five days: a span, no date
    assert clues.days_named("国連総会は2日、決議を採択した。", calendars.Month(2022, 3)) == []  # no day to go by


def test_a_japanese_report_of_its_day_places_its_count(built_store):
    """ES-11/1 of 2 March 2022 (141 in favour), named only as "2日" in a text of 3 March."""
    rows = [(c["kind"], c["resolution"], c["asserted"], c["verdict"]) for c in checked_claims(
        "国連総会は2日、ロシアのウクライナ侵攻を非難する決議を賛成141票の賛成多数で採択した。", date(2022, 3, 3))]
    assert ("count", "A/RES/ES-11/1", {"field": "yes", "op": "=", "value": 141}, "supported") in rows


def test_subject_words_of_the_latin_languages_that_share_no_stem():
    assert topic_words.title_words("Israel debe retirarse de los Altos del Golán.") == "golan syrian"
    assert topic_words.title_words("La Asamblea condenó la invasión de Ucrania.") == "ukraine"


def test_labels_with_a_colon_give_the_number_after_them():
    """A table's "Dafür: 64 Dagegen: 15 Enthaltungen: 83": "15 Enthaltungen" is the against count, then a label."""
    from unga.claims import languages
    assert languages.tally("Abstimmung: Dafür: 64 Dagegen: 15 Enthaltungen: 83", "de") == {"yes": 64, "no": 15,
                                                                                         "abstain": 83}

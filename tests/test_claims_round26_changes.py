"""Twenty-sixth round (branch changes): a state's vote told as a change or a habit. Sentences are our own; the record
is the real one (built_store).

A change of vote gives two votes: the side it went to is the vote the text reports, the side it came from is the
series' vote before (or the year it names). A habit with no year ("which usually votes against", "had always voted in
favour") is read as the series' vote before and is never called false there.

The record used: A/RES/75/183 (16 December 2020, the text asking states to halt executions, 123-38-24) and the
series' vote before, A/RES/73/175 (17 December 2018). Djibouti, Guinea and Jordan abstained in 2018 and voted yes in
2020; Chad voted yes both times; Yemen voted no in 2018 and abstained in 2020. The Cuba embargo votes: A/RES/70/5
(27 October 2015, Israel and the United States against) and A/RES/71/5 (26 October 2016, both abstaining)."""

from __future__ import annotations

from datetime import date

import pytest

from unga import api
from unga.claims import positions
from tests.fixtures import MORATORIUM_LEADS

REPORTED = ("The General Assembly backed a moratorium on the death penalty on 16 December 2020 by 123 votes to 38, "
            "with 24 abstentions. ")
NOW, BEFORE = "A/RES/75/183", "A/RES/73/175"


def judged(text: str, reported: str = REPORTED, published: date = date(2020, 12, 20)) -> dict:
    out = api.check_text(reported + text, published=published).claims
    return {(c["state"], c["asserted"]["vote"], c["resolution"]): c["verdict"] for c in out if c["kind"] == "position"}


@pytest.mark.parametrize("sentence", [
    "Yemen went from a vote against to an abstention.",
    "Yemen moved from a no vote to an abstention.",
    "Yemen went from a 'no' vote to abstention.",
    "Yemen changed its vote against to an abstention.",
])
def test_a_change_between_vote_nouns_gives_both_votes(built_store, sentence):
    assert judged(sentence) == {("YEM", "abstain", NOW): "supported", ("YEM", "no", BEFORE): "supported"}


@pytest.mark.parametrize("sentence", [
    "Guinea and Jordan changed their abstention to a vote in favour.",
    "Guinea and Jordan switched from abstaining to voting yes.",
    "Guinea and Jordan switched from an abstention to a yes vote.",
    "Guinea and Jordan changed their votes from abstention to yes.",
    "Guinea and Jordan went from abstention to a favourable vote.",
])
def test_a_change_to_yes_in_other_words(built_store, sentence):
    assert judged(sentence) == {(s, v, r): "supported" for s in ("GIN", "JOR")
                                for v, r in (("yes", NOW), ("abstain", BEFORE))}


def test_two_changes_in_one_sentence_keep_their_own_sides(built_store):
    got = judged("Guinea and Jordan changed their abstention to a vote in favour of the text, while Yemen went "
                 "from a vote against to abstention.")
    assert got == {("GIN", "yes", NOW): "supported", ("JOR", "yes", NOW): "supported",
                   ("YEM", "abstain", NOW): "supported", ("GIN", "abstain", BEFORE): "supported",
                   ("JOR", "abstain", BEFORE): "supported", ("YEM", "no", BEFORE): "supported"}


@pytest.mark.parametrize("sentence", [
    "Guinea moved from abstention in 2018 to support.",
    "Guinea moved from abstention on the moratorium in 2018 to support.",
])
def test_the_side_a_change_goes_to_is_not_the_year_of_the_side_it_left(built_store, sentence):
    # before: the year of the "from" side placed the yes on 2018 too (unverifiable, or a false alarm)
    assert judged(sentence) == {("GIN", "yes", NOW): "supported", ("GIN", "abstain", BEFORE): "supported"}


def test_trap_a_bare_change_of_vote_is_not_read(built_store):
    # "changed its vote to …" may be a correction announced after the roll call: no claim on either vote
    assert judged("Chad changed its vote to abstain.") == {}


def test_trap_a_false_change_is_not_borne_out(built_store):
    # Yemen went the other way (no in 2018, abstaining in 2020): each side is the other vote's, so neither is
    # supported, and neither is called false (the sentence speaks of two votes: alternatives.TWO_TIMES)
    got = judged("Yemen went from an abstention to a vote against.")
    assert got == {("YEM", "abstain", BEFORE): "unverifiable", ("YEM", "no", NOW): "unverifiable"}


@pytest.mark.parametrize("sentence, habit", [
    ("Yemen, which usually votes against, abstained.", ("YEM", "no")),
    ("Yemen abstained, although it has usually voted against.", ("YEM", "no")),
    ("Yemen, which traditionally votes against the moratorium, abstained.", ("YEM", "no")),
])
def test_a_habit_is_read_as_the_vote_before(built_store, sentence, habit):
    assert judged(sentence) == {("YEM", "abstain", NOW): "supported", (*habit, BEFORE): "supported"}


def test_a_habit_the_vote_before_does_not_bear_out_is_never_called_false(built_store):
    # Jordan abstained in 2018: "usually" says nothing sure of that one vote
    got = judged("Jordan, which usually votes in favour, voted yes.")
    assert got == {("JOR", "yes", NOW): "supported", ("JOR", "yes", BEFORE): "unverifiable"}


def test_a_habit_and_the_vote_reported_of_the_same_side_are_two_claims():
    got = positions.positions("Chad, which usually votes in favour, voted in favour.")[0]
    assert [(p.iso3, p.vote, p.when) for p in got] == [("TCD", "yes", "before"), ("TCD", "yes", None)]


def test_which_last_year_voted_is_last_years_vote(built_store):
    cuba = ("On 26 October 2016 the General Assembly again called for an end to the embargo on Cuba, by 191 votes "
            "to none. ")
    got = judged("Israel, which last year voted against, abstained.", cuba, date(2016, 10, 27))
    assert got == {("ISR", "no", "A/RES/70/5"): "supported", ("ISR", "abstain", "A/RES/71/5"): "supported"}


def test_trap_every_year_since_is_never_called_false(built_store):
    # unchanged: a run of years that reaches the vote reported is judged on it, and not called false (a habit)
    assert judged("Chad has voted in favour every year since 2007.") == {("TCD", "yes", NOW): "supported"}
    assert judged("Yemen has voted against every year since 2007.") == {("YEM", "no", NOW): "unverifiable"}


# the same shapes in Spanish, French, Portuguese, German and Russian (langchanges.py): the lead says the vote in the language
LEADS = MORATORIUM_LEADS
TO_YES = {(s, v, r): "supported" for s in ("GIN", "JOR") for v, r in (("yes", NOW), ("abstain", BEFORE))}
YEMEN = {("YEM", "abstain", NOW): "supported", ("YEM", "no", BEFORE): "supported"}


@pytest.mark.parametrize("lang, sentence, expected", [
    ("es", "En la votación de este año, Guinea y Jordania pasaron de la abstención al voto a favor del texto.", TO_YES),
    ("es", "En esta votación, Yemen cambió su voto en contra por la abstención, como se esperaba.", YEMEN),
    ("es", "En esta votación, Yemen pasó del voto en contra en 2018 a la abstención.", YEMEN),
    ("fr", "Dans ce scrutin, la Guinée et la Jordanie sont passées de l'abstention au vote pour.", TO_YES),
    ("fr", "Dans ce scrutin, le Yémen est passé du vote contre à l'abstention.", YEMEN),
    ("pt", "Nesta votação, a Guiné e a Jordânia passaram da abstenção para o voto a favor.", TO_YES),
    ("pt", "Nesta votação, o Iêmen trocou o seu voto contra pela abstenção, como se esperava.", YEMEN),
    ("de", "Guinea und Jordanien wechselten dieses Mal von der Enthaltung zur Zustimmung.", TO_YES),
    ("de", "Bei der Abstimmung wechselte Jemen von einem Nein zu einer Enthaltung.", YEMEN),
    ("ru", "Гвинея и Иордания перешли от воздержания к голосованию «за».", TO_YES),
    ("ru", "Йемен изменил свой голос с «против» на воздержание, как и ожидалось.", YEMEN),
])
def test_a_change_of_vote_in_other_languages(built_store, lang, sentence, expected):
    assert judged(sentence, LEADS[lang]) == expected


def test_trap_a_foreign_change_the_record_does_not_bear_out_is_not_supported(built_store):
    # Yemen went the other way: each side is the other vote's
    got = judged("Dans ce scrutin, le Yémen est passé de l'abstention au vote contre.", LEADS["fr"])
    assert got.get(("YEM", "abstain", BEFORE)) != "supported" and got.get(("YEM", "no", NOW)) != "supported"


def test_the_earlier_side_is_the_vote_before_the_one_the_later_side_is_placed_on(built_store):
    # the text's own tally is off (36 against, not 38), so only 2018's vote is pinned down by its numbers; the later
    # side is placed on 2020's vote (the day of the text), and the earlier side on the vote before that one, 2018's.
    # Before, it went to the vote before the pinned 2018 vote (2016's, when Guinea voted yes): a false alarm.
    reported = ("The General Assembly today backed a moratorium on the death penalty by 123 votes to 36, with 24 "
                "abstentions. Two years ago the vote had been 121 to 35, with 32 abstentions. ")
    for sentence in ("Guinea moved from abstention to support.", "Guinea went from an abstention to a vote in favour."):
        got = judged(sentence, reported, date(2020, 12, 16))
        assert got == {("GIN", "yes", NOW): "supported", ("GIN", "abstain", BEFORE): "supported"}

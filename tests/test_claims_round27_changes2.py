"""Twenty-seventh round (branch changes2): the shapes of a change of vote the twenty-sixth round left. Sentences are
our own; the record is the real one (built_store).

- "A for the first time voted in favour", "A this time abstained": this vote's side, the adverb between the state and
  its verb; "Among the N voting in favour, A did so for the first time": "did so" echoes the vote before it. "For the first time" says no earlier side, so no claim is read on an earlier vote.
- "A (which abstained in 2018) voted yes": the bracket's vote is the year's, the main verb this vote's.
- "A (who abstained last time) …", "having abstained in all previous votes": the series' vote before (a habit over
  a run is never called false there).
- "A and B had opposed like texts in 2007 and 2008", "A, which in 2007 and 2008 had abstained": one vote a year.

The record used: the moratorium series A/RES/73/175 (2018) and A/RES/75/183 (16 December 2020, 123-38-24), where
Djibouti, Jordan, Lebanon and South Korea abstained in 2018 and voted yes in 2020, Egypt voted no both times, Chad yes
both times and Yemen went from no to abstaining; and the depleted-uranium series A/RES/62/30 (5 December 2007), 63/54
(2 December 2008) and 65/55 (8 December 2010, 148 yes), where Britain voted no each time, France was absent in 2007 and
voted no in 2008, Canada abstained each time and Belgium abstained in 2007 and 2008."""

from __future__ import annotations

from datetime import date

import pytest

from unga import api
from unga.claims import position_time, positions
from tests.fixtures import MORATORIUM_LEADS

MORATORIUM = ("The General Assembly backed a moratorium on the death penalty on 16 December 2020 by 123 votes to 38, "
              "with 24 abstentions. ")
NOW, BEFORE = "A/RES/75/183", "A/RES/73/175"
URANIUM = "Last December the Assembly passed a text on depleted uranium weapons with 148 votes in favour. "


def judged(text: str, reported: str = MORATORIUM, published: date = date(2020, 12, 20)) -> dict:
    out = api.check_text(reported + text, published=published).claims
    return {(c["state"], c["asserted"]["vote"], c["resolution"]): c["verdict"] for c in out if c["kind"] == "position"}


@pytest.mark.parametrize("sentence, expected", [
    ("Djibouti and Lebanon for the first time voted in favour.",
     {("DJI", "yes", NOW): "supported", ("LBN", "yes", NOW): "supported"}),
    ("Yemen this time abstained.", {("YEM", "abstain", NOW): "supported"}),
    ("Jordan for the first time in a decade voted yes.", {("JOR", "yes", NOW): "supported"}),
    # false: Egypt voted against; "for the first time" gives no earlier side to read
    ("Egypt for the first time voted in favour.", {("EGY", "yes", NOW): "contradicted"}),
])
def test_for_the_first_time_between_the_state_and_its_verb(built_store, sentence, expected):
    assert judged(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Among the 123 states voting in favour, Lebanon and Djibouti did so for the first time.",
     {("DJI", "yes", NOW): "supported", ("LBN", "yes", NOW): "supported"}),
    ("Chad voted in favour, and Jordan did so for the first time.",
     {("TCD", "yes", NOW): "supported", ("JOR", "yes", NOW): "supported"}),
    ("Of the 123 countries that voted yes, Egypt did so for the first time.", {("EGY", "yes", NOW): "contradicted"}),
])
def test_did_so_for_the_first_time_echoes_the_vote_before_it(built_store, sentence, expected):
    assert judged(sentence) == expected


@pytest.mark.parametrize("sentence", [
    "Jordan (which abstained in 2018) voted yes.",
    "Jordan (who abstained last time) voted in favour.",
    "Jordan voted in favour, having abstained in all previous votes.",
])
def test_a_bracketed_or_habitual_earlier_vote_and_this_vote(built_store, sentence):
    assert judged(sentence) == {("JOR", "abstain", BEFORE): "supported", ("JOR", "yes", NOW): "supported"}


@pytest.mark.parametrize("sentence, expected", [
    ("Guinea and Jordan in 2018 abstained.", {("GIN", "abstain", BEFORE): "supported", ("JOR", "abstain", BEFORE): "supported"}),
    ("Yemen in 2018 voted against, and this year it abstained.",
     {("YEM", "no", BEFORE): "supported", ("YEM", "abstain", NOW): "supported"}),
    # "last year" of a text of December 2020 is 2019, when the series held no vote: placed on none
    ("Yemen last year voted against.", {("YEM", "no", None): "unverifiable"}),
])
def test_an_earlier_time_between_the_state_and_its_verb_is_the_votes_own(built_store, sentence, expected):
    assert judged(sentence) == expected


def test_trap_a_habit_over_the_run_the_vote_before_does_not_bear_out_is_never_called_false(built_store):
    # Chad voted yes in 2018: "in all previous votes" speaks of a run, not of that one vote
    got = judged("Chad voted in favour, having abstained in all previous votes.")
    assert got == {("TCD", "yes", NOW): "supported", ("TCD", "abstain", BEFORE): "unverifiable"}


def test_a_bracket_false_on_both_votes_is_contradicted_on_each(built_store):
    # Egypt voted against both times: the sentence speaks of two votes (alternatives.TWO_TIMES), but neither an
    # abstention nor a yes was cast on either, so whichever vote the words give which time, each claim is false
    # (doubt.false_either_way, branch false11; before that merge both were held back as unverifiable)
    got = judged("Egypt (which abstained in 2018) voted yes.")
    assert got == {("EGY", "abstain", BEFORE): "contradicted", ("EGY", "yes", NOW): "contradicted"}


def test_several_years_give_one_vote_a_year(built_store):
    got = judged("Britain and France had opposed like texts in 2007 and 2008.", URANIUM, date(2011, 1, 10))
    assert got == {("GBR", "no", "A/RES/62/30"): "supported", ("GBR", "no", "A/RES/63/54"): "supported",
                   ("FRA", "no", "A/RES/62/30"): "contradicted",  # France was absent in 2007
                   ("FRA", "no", "A/RES/63/54"): "supported"}


def test_several_years_in_a_relative_clause_and_the_main_verb(built_store):
    got = judged("Canada, which in 2007 and 2008 had abstained on similar texts, abstained again.", URANIUM,
                 date(2011, 1, 10))
    assert got == {("CAN", "abstain", r): "supported" for r in ("A/RES/62/30", "A/RES/63/54", "A/RES/65/55")}


def test_trap_years_said_respectively_are_not_a_run():
    got = positions.positions("Britain and France had opposed like texts in 2007 and 2008, respectively.")[0]
    assert [p.iso3 for p in got] == ["GBR", "FRA"]  # one vote each, not one a year


def test_a_run_of_years_without_the_series_named_stays_unplaced(built_store):
    # "in 2007 and 2008" with nothing that ties the votes to the series the text is about: no vote is sure
    got = judged("Britain had voted against in 2007 and 2008.", URANIUM, date(2011, 1, 10))
    assert set(got.values()) <= {"unverifiable", "supported"} and "contradicted" not in got.values()


@pytest.mark.parametrize("sentence, phrase, years", [
    ("A and B had voted against in 2016, 2018 and 2020.", "voted against", ["2016", "2018", "2020"]),
    ("A, which in 1990 and 1991 had voted in favour, abstained.", "voted in favour", ["1990", "1991"]),
    ("A voted against in 2016 and abstained in 2018.", "voted against", []),
    ("A voted against the text adopted in 2016 and 2018.", "voted against", []),
])
def test_the_run_of_years(sentence, phrase, years):
    at = sentence.index(phrase)
    assert position_time.several_years(sentence, at, at + len(phrase), None) == years


# the same shape in other languages: the time between the state (or the auxiliary) and the vote phrase
LEADS = MORATORIUM_LEADS
PAIR = {("DJI", "yes", NOW): "supported", ("JOR", "yes", NOW): "supported"}


@pytest.mark.parametrize("lang, sentence, expected", [
    ("fr", "Djibouti et la Jordanie ont pour la première fois voté en faveur du texte.", PAIR),
    ("fr", "Le Yémen s'est cette fois abstenu.", {("YEM", "abstain", NOW): "supported"}),
    ("es", "Yibuti y Jordania por primera vez votaron a favor.", PAIR),
    ("pt", "O Djibuti e a Jordânia pela primeira vez votaram a favor.", PAIR),
    ("de", "Dschibuti und Jordanien stimmten zum ersten Mal dafür.", PAIR),
    ("ru", "Джибути и Иордания впервые проголосовали «за».", PAIR),
    ("ru", "Египет на этот раз проголосовал «за».", {("EGY", "yes", NOW): "contradicted"}),
    ("de", "Ägypten stimmte diesmal dafür.", {("EGY", "yes", NOW): "contradicted"}),
])
def test_for_the_first_time_in_other_languages(built_store, lang, sentence, expected):
    assert judged(sentence, LEADS[lang]) == expected

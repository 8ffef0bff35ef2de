"""Twenty-first round (issue 9, branch study22): holdout22's two false alarms and the largest classes of its misses.
Sentences of our own, with traps.

The record: ES-11/1 of 2 March 2022 (141-5-35; no: Russia, Belarus, Syria, Eritrea, North Korea; the United
Kingdom, France and Ireland voted yes; China, India, Iran, Iraq and Pakistan abstained)."""

from __future__ import annotations

import pytest
from fixtures import ES11_1_LEAD, claims_after, positions_after

from unga.claims import names, wordlangs, wordtable


@pytest.mark.parametrize("sentence, said", [
    ("The United Kingdom of Great Britain and Northern Ireland voted in favour.", {"GBR": ("yes", "supported")}),
    ("France, Ireland and the United Kingdom of Great Britain and Northern Ireland voted in favour.",
     {"FRA": ("yes", "supported"), "IRL": ("yes", "supported"), "GBR": ("yes", "supported")}),
    ("Abstaining were China, India and the United Kingdom of Great Britain and Northern Ireland.",
     {"CHN": ("abstain", "supported"), "IND": ("abstain", "supported"), "GBR": ("abstain", "contradicted")}),
])
def test_the_full_name_of_the_united_kingdom_is_one_state_not_ireland(built_store, sentence, said):
    assert positions_after(ES11_1_LEAD, sentence) == said


def test_the_longest_name_is_read_whole():
    found = names.mentions("Sweden and the United Kingdom of Great Britain and Northern Ireland abstained.")
    assert [m.iso3 for m in found] == ["SWE", "GBR"]


@pytest.mark.parametrize("sentence, counts", [
    # "by a majority of 141 votes against 5 in favour of condemning": the phrase after the 5 is what the majority backed
    ("وقد اعتمدت الجمعية القرار بأغلبية 141 صوتا مقابل 5 لصالح إدانة العدوان.", {"yes": 141, "no": 5}),
    ("وصوتت الجمعية بأغلبية 141 عضوا مقابل 5 وامتناع 35 عضوا عن التصويت.", {"yes": 141, "no": 5, "abstain": 35}),
])
def test_an_arabic_majority_against_a_minority(sentence, counts):
    assert wordlangs.tally(wordtable.normalised(sentence, "ar"), "ar") == counts


def test_an_arabic_majority_is_checked_against_the_record(built_store):
    said = claims_after(ES11_1_LEAD, "وقد اعتمدت الجمعية القرار بأغلبية 141 صوتا مقابل 5 لصالح إدانة العدوان.", "tally")
    assert [(c["asserted"], c["verdict"]) for c in said] == [({"yes": 141, "no": 5}, "supported")]
    # a minority the record does not hold is caught, and no side is given the minority's number
    said = claims_after(ES11_1_LEAD, "وقد اعتمدت الجمعية القرار بأغلبية 141 صوتا مقابل 7 لصالح إدانة العدوان.", "tally")
    assert [(c["asserted"], c["verdict"]) for c in said] == [({"yes": 141, "no": 7}, "contradicted")]


# "fellow Pacific island nations", "sister Caribbean nations": a region's group in apposition before its members; the
# state before the group keeps the list's vote
@pytest.mark.parametrize("sentence, said", [
    ("Belarus and fellow Eastern European nations Russia and Syria voted against.",
     {"BLR": ("no", "supported"), "RUS": ("no", "supported"), "SYR": ("no", "supported")}),
    ("China and sister Asian nations India and Iran abstained.",
     {"CHN": ("abstain", "supported"), "IND": ("abstain", "supported"), "IRN": ("abstain", "supported")}),
    ("This year Fiji voted in favour, along with fellow Pacific island nations Samoa and Tonga.",
     {"FJI": ("yes", "supported"), "WSM": ("yes", "supported"), "TON": ("yes", "supported")}),
    # trap: China abstained; the group's reading must not hide a wrong vote
    ("India and sister Asian nations China and Iran voted in favour.",
     {"IND": ("yes", "contradicted"), "CHN": ("yes", "contradicted"), "IRN": ("yes", "contradicted")}),
])
def test_a_state_and_its_fellow_regional_nations(built_store, sentence, said):
    assert positions_after(ES11_1_LEAD, sentence) == said


@pytest.mark.parametrize("sentence, said", [
    ("Ireland, along with all other EU states, voted in favour of the resolution.", {"IRL": ("yes", "supported")}),
    ("China, along with most of the Asian states, abstained on the resolution.", {"CHN": ("abstain", "supported")}),
    ("Iran, along with other Asian countries, voted against the resolution.", {"IRN": ("no", "contradicted")}),
    # trap: a vague group is not read as an aside (a state so set off has been read as away when it abstained)
    ("India, along with several other nations, chose not to vote on the resolution.", {}),
    # a state in the aside is a companion, not an aside: it shares the vote
    ("Russia, along with Belarus, voted against the resolution.", {"RUS": ("no", "supported"), "BLR": ("no", "supported")}),
])
def test_an_uncounted_group_set_off_by_commas_before_the_verb(built_store, sentence, said):
    assert positions_after(ES11_1_LEAD, sentence) == said


@pytest.mark.parametrize("sentence, said", [
    ("Russia and Syria were among high profile opponents of the resolution.",
     {"RUS": ("no", "supported"), "SYR": ("no", "supported")}),
    ("France was among the staunchest supporters of the resolution.", {"FRA": ("yes", "supported")}),
    ("China was among the most vocal opponents of the resolution.", {"CHN": ("no", "contradicted")}),
    # traps: a hedge or another time is no vote; opponents of something else are no voters
    ("China was among the traditional opponents of the resolution.", {}),
    ("Iran was among the potential supporters of the resolution.", {}),
    ("Russia was among the loudest opponents of the war.", {}),
])
def test_among_the_side_with_words_of_how(built_store, sentence, said):
    assert positions_after(ES11_1_LEAD, sentence) == said


@pytest.mark.parametrize("sentence, said", [
    ("Ghana was one of the United Nations (UN) countries that voted in favour of the resolution.",
     {"GHA": ("yes", "supported")}),
    ("India was one of 141 United Nations member countries that voted in favour of the resolution.",
     {"IND": ("yes", "contradicted")}),
])
def test_one_of_the_united_nations_countries_that_voted(built_store, sentence, said):
    assert positions_after(ES11_1_LEAD, sentence) == said


def test_joined_with_n_other_nations_counts_the_subjects_too(built_store):
    said = claims_after(ES11_1_LEAD, "China, India and Iran joined with 32 other nations in abstaining.", "count")
    assert [(c["asserted"], c["verdict"]) for c in said] == [({"field": "abstain", "op": "=", "value": 35}, "supported")]
    said = claims_after(ES11_1_LEAD, "China joined with 30 other nations in abstaining.", "count")
    assert [(c["asserted"], c["verdict"]) for c in said] == [({"field": "abstain", "op": "=", "value": 31}, "contradicted")]


@pytest.mark.parametrize("sentence, said", [
    ("US abstention was greeted by a murmur in the hall.", {"USA": ("abstain", "contradicted")}),
    ("The U.S. vote in favour of the resolution surprised no one.", {"USA": ("yes", "supported")}),
    ("The UK abstention was not expected.", {"GBR": ("abstain", "contradicted")}),
    # traps: a vote wished or feared is not cast; a name (not an abbreviation) before the noun may be the vote's subject
    ("Moscow had hoped for a UK abstention.", {}),
    ("Diplomats feared a US no vote.", {}),
    ("The UN vote in favour of the resolution was welcomed.", {}),
])
def test_an_abbreviation_owns_the_vote_noun_after_it(built_store, sentence, said):
    assert positions_after(ES11_1_LEAD, sentence) == said

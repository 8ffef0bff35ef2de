"""Sixteenth round (issue 9, branch fix15): counts of earlier votes said beside this one (claims/earlier.py), in
sentences of our own, with traps.

The record used: the yearly resolution on the human rights situation in Iran — 63/191 (2008) 69-54-57, 64/176
(2009) 74-49-59, 65/226 (2010) 78-45-59, 66/175 (2011) 89-30-64, 67/182 (2012) 86-32-65, 68/184 (2013) 86-36-61,
69/190 (2014) 83-35-68."""

from __future__ import annotations

from datetime import date

import pytest

from unga import api
from unga.claims import digits, earlier, numbers

LEAD_2014 = ("On Thursday the General Assembly adopted its yearly resolution on the human rights situation in Iran by "
             "83 votes to 35, with 68 abstentions. ")
DAY_2014 = date(2014, 12, 19)
LEAD_2013 = ("On Wednesday the General Assembly adopted its yearly resolution on the human rights situation in Iran by "
             "86 votes to 36, with 61 abstentions. ")
DAY_2013 = date(2013, 12, 19)


def read(sentence: str) -> list[tuple]:
    """(field, value, time) of the earlier counts the module reads in one sentence."""
    text = digits.in_digits(sentence)
    groups = numbers.tallies(text)
    given = {(k, v) for g in groups for k, v in g.fields.items()}
    return [(c["field"], c["value"], when) for c, when in earlier.counts(text, groups, given)]


def counts(text: str, published: date) -> dict[tuple, tuple]:
    """{(field, value): (resolution, verdict)} of the count claims of a text."""
    return {(c["asserted"]["field"], c["asserted"]["value"]): (c["resolution"], c["verdict"])
            for c in api.check_text(text, published=published).claims if c["kind"] == "count"}


# --- the forms, read alone ---

@pytest.mark.parametrize("sentence, expected", [
    ("Support for the text ranged between 69 (2008) and 89 (2011).", [("yes", 69, "2008"), ("yes", 89, "2011")]),
    ("The number of states opposing it has varied between 30 (2011) and 54 (2003, 2004 and 2008).",
     [("no", 30, "2011"), ("no", 54, "2003"), ("no", 54, "2004"), ("no", 54, "2008")]),
    ("Backing for the text slipped from 89 in 2011 to 86 in 2012 and 2013.",
     [("yes", 89, "2011"), ("yes", 86, "2012"), ("yes", 86, "2013")]),
    ("The yes votes climbed from 69 in 2008, rising to 74 the following year.",
     [("yes", 69, "2008"), ("yes", 74, "2009")]),
    ("The count of supporters then rose to 78 last year and jumped to 89 in 2011.",
     [("yes", 78, "last"), ("yes", 89, "2011")]),
    ("The resolution passed with 86 votes in favour, like last year.", [("yes", 86, "last")]),
    ("It drew 111 votes in favour (+3 with respect to the resolution of 2010) and 34 abstentions (+ 2).",
     [("yes", 108, "2010"), ("abstain", 32, "2010")]),
    ("It was supported by 156 nations, down eleven from last year.", [("yes", 167, "last")]),
    ("It was opposed by the same four nations as in 2016, while 24 abstained, up by eight.",
     [("no", 4, None), ("no", 4, "2016"), ("abstain", 16, "2016")]),
])
def test_the_earlier_counts_of_a_sentence(sentence, expected):
    assert sorted(read(sentence), key=str) == sorted(expected, key=str)


@pytest.mark.parametrize("sentence", [
    "The Council recalled its resolution 61 (1999) on the matter.",  # a symbol's number
    "Paragraph 54 (2003) of the report was cited.",
    "In 2014, 33 countries in Africa voted in favour, compared to 17 in 2007.",  # a part of the membership
    "It gained 74 votes the following year.",  # "the following year" with no year before it
    "The vote was 120-5-40, up 3 from 117 in 2021.",  # which field the 117 is, the sentence does not say
    "A total of 150 states backed it on 3 March (2022).",  # a lone bracketed year, no comparison
])
def test_no_earlier_count_where_the_number_is_no_count_of_an_earlier_vote(sentence):
    assert read(sentence) == []


# --- judged against the record ---

def test_a_chain_of_years_is_judged_on_each_years_vote(built_store):
    said = counts(LEAD_2014 + "Support has slipped from 89 in 2011 to 86 in 2012 and 2013.", DAY_2014)
    assert said[("yes", 89)] == ("A/RES/66/175", "supported")
    assert said[("yes", 86)][0] in ("A/RES/67/182", "A/RES/68/184") and said[("yes", 86)][1] == "supported"


def test_bracketed_years_are_judged_on_those_votes(built_store):
    said = counts(LEAD_2014 + "Over the years the number of states supporting the text varied between 69 (2008) and "
                              "78 (2010).", DAY_2014)
    assert said[("yes", 69)] == ("A/RES/63/191", "supported")
    assert said[("yes", 78)] == ("A/RES/65/226", "supported")


def test_the_same_count_as_last_year(built_store):
    said = counts(LEAD_2013 + "The 86 votes in favour were the same as last year.", DAY_2013)
    assert ("yes", 86) in said and said[("yes", 86)][1] == "supported"


def test_a_false_comparison_is_caught_and_a_true_one_borne_out(built_store):
    # 2014's 83 in favour "down 3 from 2013" gives 86 in 2013: true; "down 5 from 2013" gives 88: false
    assert counts(LEAD_2014 + "The 83 votes in favour were down 3 from 2013.", DAY_2014)[("yes", 86)] \
        == ("A/RES/68/184", "supported")
    assert counts(LEAD_2014 + "The 83 votes in favour were down 5 from 2013.", DAY_2014)[("yes", 88)] \
        == ("A/RES/68/184", "contradicted")


def test_an_earlier_count_pins_down_no_vote_for_the_text_s_other_claims(built_store):
    # the 2010 count places itself; the list after it, whose sentence names no year, stays with the text's vote
    text = LEAD_2014 + "Support stood at 78 (2010) and 89 (2011). India and Indonesia voted against."
    claims = api.check_text(text, published=DAY_2014).claims
    votes = {c["state"]: (c["resolution"], c["verdict"]) for c in claims if c["kind"] == "position"}
    assert votes["IND"] == ("A/RES/69/190", "supported") and votes["IDN"] == ("A/RES/69/190", "supported")

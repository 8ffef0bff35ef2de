"""Nineteenth round, identification (issue 9): a sentence's "passed a resolution" names the vote the sentence beside
it calls "the motion"; "did not take part" read in its own part of a sentence with two times; the year of a state's
earlier vote is not the time of the vote it changed to; a month in a relative clause that says no vote is another
act's. Sentences are our own; the record is the real one (built_store).

The record used: A/RES/ES-10/21 (27 October 2023, protection of civilians in Gaza, 120-14-45); A/RES/67/176 (20
December 2012, moratorium on the use of the death penalty, 111-41-34) and A/RES/65/206 (21 December 2010, the same
series), A/RES/67/217 (21 December 2012, towards a new international economic order); A/RES/ES-11/4 (12 October 2022,
territorial integrity of Ukraine, 143-5-35) and A/RES/76/300 (28 July 2022); A/RES/77/293 (7 June 2023) and A/RES/76/267
(8 June 2022), internally displaced persons from Abkhazia, Georgia and the Tskhinvali region."""

from __future__ import annotations

from datetime import date

from unga import api
from unga.claims import when


def placed(text: str, published: date) -> list[tuple]:
    return [(c["kind"], c.get("state"), c["resolution"], c["verdict"])
            for c in api.check_text(text, published=published).claims if c["kind"] != "other"]


TRUCE = ("On Friday the General Assembly {verb} on a humanitarian truce in Gaza. Belize, Guyana and Suriname were among "
         "the 120 members who voted in favour of the motion. A Canadian amendment was rejected.")


def test_a_motion_word_beside_a_sentence_that_says_a_resolution_was_passed_is_that_resolution(built_store):
    # the text names a procedure (an amendment), so "the motion" is read as procedural unless the sentence beside it
    # calls the vote a resolution: "passed a resolution" does, as "the resolution" did
    out = placed(TRUCE.format(verb="passed a resolution calling for a truce"), date(2023, 10, 28))
    assert out == [("count", None, "A/RES/ES-10/21", "supported"), ("position", "BLZ", "A/RES/ES-10/21", "supported"),
                   ("position", "GUY", "A/RES/ES-10/21", "supported"), ("position", "SUR", "A/RES/ES-10/21", "supported")]


def test_trap_a_sentence_that_names_no_resolution_leaves_the_motion_unplaced(built_store):
    out = placed(TRUCE.format(verb="held a debate"), date(2023, 10, 28))
    assert {r for _, _, r, _ in out} == {None}


MORATORIUM = ("The General Assembly voted again on a moratorium on the use of the death penalty. The result was 111 votes "
              "in favor, 41 against and 34 abstentions.\n\nCampaigners speak of a new international order towards "
              "abolition. Finally, Maldives and Sri Lanka, {clause}")


def test_the_year_of_a_states_earlier_vote_is_not_the_time_of_the_vote_it_changed_to(built_store):
    # 67/217 of the day the text appeared fits the words as well as the moratorium (10.2 against 10.0): the states'
    # new vote is the one the tally pins down; the year 2010 is their earlier vote's (a claim of its own)
    out = placed(MORATORIUM.format(clause="which in 2010 had voted in favor, this time abstained."), date(2012, 12, 21))
    assert ("position", "MDV", "A/RES/67/176", "supported") in out
    assert ("position", "LKA", "A/RES/67/176", "supported") in out
    assert ("position", "MDV", "A/RES/67/176", "contradicted") not in out


def test_trap_a_year_of_the_states_own_clause_still_keeps_them_off_the_pinned_vote(built_store):
    # no earlier vote of theirs is said: the 2010 of their own clause is their vote's time
    out = placed(MORATORIUM.format(clause="abstained on the 2010 resolution."), date(2012, 12, 21))
    assert [r for kind, s, r, _ in out if kind == "position"] and \
        all(r != "A/RES/67/176" for kind, s, r, _ in out if kind == "position")


ANNEXATION = ("The General Assembly condemned Russia's attempted annexation of four regions of Ukraine by 143 votes to 5. "
              "Three of the four states {who} – Ethiopia, Uganda and Eritrea – abstained.")


def test_a_month_in_a_relative_clause_that_says_no_vote_is_another_acts(built_store):
    # "in July" is the minister's visit; before, it made the abstentions a vote of July (76/300, 28 July 2022)
    out = placed(ANNEXATION.format(who="that the Russian foreign minister visited in July"), date(2022, 10, 13))
    assert [(s, r, v) for kind, s, r, v in out if kind == "position"] == [
        ("ETH", "A/RES/ES-11/4", "supported"), ("UGA", "A/RES/ES-11/4", "supported"),
        ("ERI", "A/RES/ES-11/4", "supported")]


def test_trap_a_relative_clause_that_says_a_vote_keeps_its_month():
    assert when.MONTH_ALONE.findall(when._other_acts("A and B, which abstained in July, backed it now")) == ["July"]
    assert when.MONTH_ALONE.findall(when._other_acts("A and B, which the minister visited in July, backed it")) == []


DISPLACED = ("The General Assembly adopted the resolution on the status of internally displaced persons and refugees "
             "from Abkhazia, Georgia and the Tskhinvali region. Last year, China, Laos and Vietnam voted against the "
             "resolution, while this year China abstained, and Laos and Vietnam did not take part in the vote.")


def test_did_not_take_part_is_read_in_the_part_of_the_sentence_that_holds_it(built_store):
    out = placed(DISPLACED, date(2023, 6, 8))
    assert ("position", "LAO", "A/RES/76/267", "supported") in out  # last year's "against"
    assert ("position", "LAO", "A/RES/77/293", "supported") in out  # this year's absence
    assert ("position", "VNM", "A/RES/77/293", "supported") in out


CHANGED = ("The General Assembly voted again on a moratorium on the use of the death penalty. The result was 111 votes "
           "in favor, 41 against and 34 abstentions. Bahrain and Oman, which previously {then}, this time voted against.")


def test_previously_is_the_series_vote_before_the_one_reported(built_store):
    # the moratorium is voted every two years: "previously" is 2010's vote (65/206), not a vote of 2011 (none)
    out = placed(CHANGED.format(then="abstained"), date(2012, 12, 21))
    assert ("position", "BHR", "A/RES/65/206", "supported") in out
    assert ("position", "OMN", "A/RES/65/206", "supported") in out
    assert ("position", "BHR", "A/RES/67/176", "supported") in out  # this time: against


def test_trap_previously_is_never_called_false(built_store):
    # Bahrain and Oman abstained in 2010, but "previously" may be any earlier vote: unverifiable, not contradicted
    out = placed(CHANGED.format(then="voted in favour"), date(2012, 12, 21))
    assert ("position", "BHR", "A/RES/65/206", "unverifiable") in out
    assert all(v != "contradicted" for _, _, _, v in out)

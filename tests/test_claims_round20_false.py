"""Twentieth round, branch false4: false statements held back by a guard that did not apply (issue 9, "every false
statement about a vote in the record caught"; docs/claims-misses.md, "False statements not caught (twentieth round,
branch false4)"), and the one place that says whether two spans of a text are of one paragraph. Sentences of our own;
for each loosened guard the traps where it must still hold."""

from __future__ import annotations

from datetime import date

from unga import api
from unga.claims import text


# --- one paragraph: the one question check.py asks three ways before ---

def test_one_paragraph_is_broken_only_by_a_blank_line():
    body = "The Assembly voted on Monday.\nThe US abstained.\n \nIn 2016 it voted too."
    second, third = body.index("The US"), body.index("In 2016")
    assert text.one_paragraph(body, 0, second + 5)  # a line break alone is no paragraph's end
    assert not text.one_paragraph(body, second, third + 5)  # a blank line, even with a space on it, is
    assert text.paragraph_around(body, (second, second + 17)) == "The Assembly voted on Monday.\nThe US abstained."
    assert text.paragraph_around(body, (third, len(body))) == "In 2016 it voted too."


# --- a near count or tally of the vote its paragraph dates, or of the vote of the text's own day ---
# The record: A/RES/64/292 of 28 July 2010 (the human right to water and sanitation, 122-0-41), A/RES/61/295 of 13
# September 2007 (the Declaration on the Rights of Indigenous Peoples, 143-4-11), each the Assembly's only vote within a
# day of it; A/RES/77/26 of 30 November 2022 (the occupied Syrian Golan, 92-9-65), a day of several votes.

WATER = date(2010, 9, 13)  # six weeks after the vote
INDIGENOUS_NEXT_DAY = date(2007, 9, 14)


def judged(text: str, published: date) -> list[tuple]:
    return [(c["kind"], c["resolution"], c["asserted"], c["verdict"], c["evidence"].get("record") or "")
            for c in api.check_text(text, published=published).claims if c["kind"] != "other"]


def test_a_near_tally_in_the_paragraph_that_dates_its_vote_is_called_false(built_store):
    lead = "On July 28, 2010, the General Assembly declared access to clean drinking water and sanitation a human right."
    [tally] = judged(lead + " 124 countries voted in favour and 42 abstained.", WATER)
    assert tally[:4] == ("tally", "A/RES/64/292", {"yes": 124, "abstain": 42}, "contradicted")
    assert tally[4].startswith("122 in favour, 0 against, 41 abstentions")
    # the day may come after the numbers, in the same paragraph
    later = "The resolution on the human right to water and sanitation won 124 votes, with 42 abstentions.\n"
    [tally] = judged(later + "It was adopted on July 28, 2010, after a long debate.", WATER)
    assert tally[3] == "contradicted"


def test_the_day_of_another_paragraph_or_of_several_votes_does_not_date_a_near_tally(built_store):
    apart = "The resolution on the human right to water and sanitation won 124 votes, with 42 abstentions.\n\n"
    [tally] = judged(apart + "It was adopted on July 28, 2010, after a long debate.", WATER)
    assert tally[1:4] == ("A/RES/64/292", {"yes": 124, "abstain": 42}, "unverifiable")
    # 30 November 2022 saw several votes: a day named does not single the Golan text out, and no number is its own
    golan = ("On November 30, 2022, the General Assembly adopted a resolution on the occupied Syrian Golan. It won 90 "
             "votes, with 8 against and 66 abstentions.")
    [tally] = judged(golan, date(2022, 12, 20))
    assert tally[1:4] == ("A/RES/77/26", {"yes": 90, "no": 8, "abstain": 66}, "unverifiable")


def test_a_near_count_in_the_news_of_the_day_of_its_vote_is_called_false(built_store):
    lead = "The General Assembly has adopted a declaration on the rights of indigenous peoples."
    [count] = judged(lead + " A total of 140 states voted for it.", INDIGENOUS_NEXT_DAY)
    assert count[:4] == ("count", "A/RES/61/295", {"field": "yes", "op": "=", "value": 140}, "contradicted")
    assert count[4] == "143 yes"


def test_a_count_of_another_time_or_in_a_later_text_is_not_the_news_of_the_day(built_store):
    lead = "The General Assembly has adopted a declaration on the rights of indigenous peoples."
    [count] = judged(lead + " Last year, 140 states voted for a similar text.", INDIGENOUS_NEXT_DAY)
    assert count[3] == "unverifiable"
    [count] = judged(lead + " A total of 140 states voted for it.", date(2007, 9, 25))  # twelve days on
    assert count[1:4] == ("A/RES/61/295", {"field": "yes", "op": "=", "value": 140}, "unverifiable")


# --- a tally whose own numbers identify its vote: the years of earlier sentences are their own events' ---

GOLAN = ("The resolution on the occupied Syrian Golan was adopted by 92 votes in favor, eight votes against and 65 "
         "abstentions.")


def test_a_tally_its_numbers_identify_is_called_false_in_a_paragraph_that_names_another_year(built_store):
    # 92 and 65 are the vote's, 8 is one short of its 9: the Nakba's 1948, three sentences up, is no vote's year
    text = "The Assembly recalled the Nakba of 1948.\nIt also voted on Wednesday.\n" + GOLAN
    [tally] = judged(text, date(2022, 12, 1))
    assert tally[:4] == ("tally", "A/RES/77/26", {"yes": 92, "no": 8, "abstain": 65}, "contradicted")
    assert tally[4].startswith("92 in favour, 9 against, 65 abstentions")


def test_a_year_the_sentence_just_before_names_still_holds_the_tally_back(built_store):
    # "In 2019 … ⏎ The resolution was adopted by …": the tally may be 2019's vote
    text = "In 2019, the Assembly adopted a resolution on the occupied Syrian Golan.\n" + GOLAN
    [tally] = judged(text, date(2022, 12, 1))
    assert tally[2:4] == ({"yes": 92, "no": 8, "abstain": 65}, "unverifiable")


def test_the_news_of_the_day_after_needs_no_day_in_the_paragraph(built_store):
    # published the day after ES-11/1 (141-5-35), the day named in another paragraph: the text is that vote's news
    text = ("The General Assembly on Wednesday voted to reprimand Russia for its invasion of Ukraine.\n\nA group of 34 "
            "countries abstained on the emergency vote.")
    [count] = [c for c in judged(text, date(2022, 3, 3)) if c[0] == "count"]
    assert count[:4] == ("count", "A/RES/ES-11/1", {"field": "abstain", "op": "=", "value": 34}, "contradicted")

"""Twenty-second round, identification (issue 9, branch ident7): the time and the year a text gives its vote.
Sentences are our own; the record is the real one (built_store).

The record used: A/RES/68/262 of 27 March 2014 (territorial integrity of Ukraine, 100-11-58; Afghanistan
abstaining), A/RES/67/262 of 15 May 2013 (Syria; Afghanistan in favour), A/RES/69/181 of 18 December 2014 (the right
to development; Afghanistan in favour) and A/RES/2065(XX) of 16 December 1965 (the Falkland Islands (Malvinas), 94-0-14,
the record's only vote of 94 in favour and 14 abstaining)."""

from __future__ import annotations

from datetime import date

from unga import api
from unga.claims import when


def placed(text: str, published: date | None = None) -> list[tuple]:
    return [(c["kind"], c.get("state"), c["resolution"], c["verdict"])
            for c in api.check_text(text, published=published).claims if c["kind"] != "other"]


def test_a_day_written_month_first_gives_its_month():
    # "March 27, 2014" names March as surely as "27 March 2014" or "March 2014" do
    assert {m[1] for m in when.MONTH_YEAR.finditer("on March 27, 2014, and in May 2013")} == {"March", "May"}
    assert [m[2] for m in when.MONTH_YEAR.finditer("on September 3rd 1991")] == ["1991"]


CRIMEA = ("Afghanistan has gone its own way {how} at the United Nations, for example on March 27, 2014, when it came "
          "to Crimea. In this case Afghanistan abstained. Its government speaks often of the right to development, and "
          "its critics point rather to the Syria resolution of 15 May 2013 (A/RES/67/262).")
LATER = date(2021, 6, 1)


def test_the_sentence_before_gives_its_day_month_first(built_store):
    # "In this case" takes the time of the sentence before, whose day is written month first: March 2014's vote on
    # Ukraine, not December 2014's on the right to development (the text's words), nor the Syria resolution the text
    # names by its symbol (where Afghanistan voted in favour)
    out = placed(CRIMEA.format(how="in voting"), LATER)
    assert ("position", "AFG", "A/RES/68/262", "supported") in out


def test_trap_a_sentence_before_that_tells_no_vote_lends_no_time(built_store):
    # "gone its own way at the UN, on March 27, 2014" tells of no vote: the day may be another act's
    out = placed(CRIMEA.format(how="in its friendships"), LATER)
    assert ("position", "AFG", "A/RES/68/262", "supported") not in out
    assert all(verdict != "contradicted" for *_, verdict in out)


MALVINAS = ("Sixty years have passed since {when} the General Assembly first asked two governments to talk over a group "
            "of islands in the South Atlantic.\n\nAt the time, 94 countries voted in favour of the text, while {abstained} "
            "abstained.")
ANNIVERSARY = date(2025, 12, 16)


def test_a_tally_all_of_whose_numbers_equal_a_vote_of_a_year_the_text_names_is_that_vote(built_store):
    # the text names 1965; its tally, both numbers, is 2065(XX)'s, where a vote of the text's own week shares only one
    out = placed(MALVINAS.format(when="December 1965, when", abstained=14), ANNIVERSARY)
    assert ("tally", None, "A/RES/2065(XX)", "supported") in out


def test_trap_the_year_unnamed_or_a_number_off_places_nothing_by_the_numbers(built_store):
    unnamed = placed(MALVINAS.format(when="", abstained=14), ANNIVERSARY)
    assert ("tally", None, "A/RES/2065(XX)", "supported") not in unnamed
    off = placed(MALVINAS.format(when="December 1965, when", abstained=15), ANNIVERSARY)
    assert all(verdict != "contradicted" for *_, verdict in off)
    assert ("tally", None, "A/RES/2065(XX)", "supported") not in off


# A/RES/73/151 of 17 December 2018 (the refugees' High Commissioner, the refugee compact: 181-2-3, the United States and
# Hungary against) and A/RES/73/166 of the same day (the right to development, 148-11-32: the United States and Germany
# against, Hungary abstaining)
COMPACT = ("The United States stood almost alone on Monday at the General Assembly, in a debate where many spoke of the "
           "right to development. Only {state} joined the United States in voting no on the framework for refugees."
           "{cut}One hundred eighty-one countries voted to approve it, while three abstained.")
DAY_AFTER_COMPACT = date(2018, 12, 18)


def test_a_tally_that_points_back_gives_the_sentence_before_its_vote(built_store):
    # the text's words rank the right to development first; "voted to approve it" is the vote of the sentence before,
    # which the tally's numbers pin down
    out = placed(COMPACT.format(state="Hungary", cut=" "), DAY_AFTER_COMPACT)
    assert ("position", "HUN", "A/RES/73/151", "supported") in out
    assert ("position", "USA", "A/RES/73/151", "supported") in out


def test_trap_a_state_placed_by_the_pronoun_is_never_called_false_there(built_store):
    # Germany voted in favour of 73/151: the pronoun places the claim, it does not pin the vote down
    out = placed(COMPACT.format(state="Germany", cut=" "), DAY_AFTER_COMPACT)
    assert ("position", "DEU", "A/RES/73/151", "unverifiable") in out
    assert all(verdict != "contradicted" for *_, verdict in out)


def test_trap_a_tally_of_another_paragraph_lends_nothing(built_store):
    out = placed(COMPACT.format(state="Hungary", cut="\n\n"), DAY_AFTER_COMPACT)
    assert ("position", "HUN", "A/RES/73/151", "supported") not in out
    assert all(verdict != "contradicted" for *_, verdict in out)


# A/RES/ES-11/1 of 2 March 2022 (141-5-35; the United Arab Emirates in favour, after abstaining on the Security
# Council's draft of 25 February, which the record does not hold)
TWO_BODIES = "{sentence} The resolution was adopted by 141 votes to 5, with 35 abstentions."
AFTER_ES11_1 = date(2022, 3, 4)


def test_each_part_of_a_contrast_keeps_its_own_body(built_store):
    # the abstention lies in the part that names the Council's vote; the Assembly named after "but" is the other
    # part's: not the Assembly's abstention, never called false on ES-11/1
    sentence = ("When, on February 25, a Security Council draft was voted on that condemned the invasion, the United "
                "Arab Emirates abstained, but in the vote on March 2, its delegation to the General Assembly voted in "
                "favour.")
    out = placed(TWO_BODIES.format(sentence=sentence), AFTER_ES11_1)
    assert ("position", "ARE", None, "unverifiable") in out
    assert all(verdict != "contradicted" for *_, verdict in out)


def test_trap_the_assemblys_part_is_still_checked(built_store):
    # the Council is named in the other part only: the UAE's abstention in the Assembly is false, and caught
    sentence = ("The United Arab Emirates abstained in the General Assembly's vote on March 2, while the Security Council "
                "had voted on a draft on February 25.")
    assert ("position", "ARE", "A/RES/ES-11/1", "contradicted") in placed(TWO_BODIES.format(sentence=sentence),
                                                                          AFTER_ES11_1)

"""Twentieth round, identification (issue 9): among close candidates that the text's words rank alike, the one whose
subject the claim's own sentence names is its vote (`ties._own_subject`); never called false on that alone, and not
when a number of the sentence is far from that vote's count. Sentences are our own; the record is the real one
(built_store).

The record used: two votes of 2 December 2024, A/RES/79/18 (weapons of mass destruction in outer space, 167-4-6;
Russia and Iran against, France in favour) and A/RES/79/50 (nuclear disarmament, 120-43-20; Russia against, Iran in
favour)."""

from __future__ import annotations

from datetime import date

from unga import api

HEAD = ("On Monday the General Assembly voted on a package of disarmament texts, among them Japan's annual text on "
        "nuclear disarmament and one on weapons of mass destruction in outer space. ")
DAY_AFTER = date(2024, 12, 3)


def placed(text: str) -> list[tuple]:
    return [(c["kind"], c.get("state"), c["resolution"], c["verdict"])
            for c in api.check_text(text, published=DAY_AFTER).claims if c["kind"] != "other"]


def test_the_subject_a_sentence_names_chooses_among_votes_the_text_fits_alike(built_store):
    # the text's words fit both votes of the day (could be 79/18 or 79/50); the sentence names outer space
    out = placed(HEAD + "Russia and Iran voted against the resolution on keeping weapons of mass destruction out of "
                        "outer space.")
    assert out == [("position", "RUS", "A/RES/79/18", "supported"), ("position", "IRN", "A/RES/79/18", "supported")]
    out = placed(HEAD + "Russia voted against the resolution on nuclear disarmament.")
    assert out == [("position", "RUS", "A/RES/79/50", "supported")]


def test_trap_a_sentence_without_a_subject_of_its_own_stays_unplaced(built_store):
    out = placed(HEAD + "Russia and Iran voted against the resolution.")
    assert out == [("position", "RUS", None, "unverifiable"), ("position", "IRN", None, "unverifiable")]


def test_a_false_statement_on_a_vote_chosen_by_its_subject_is_not_called_false(built_store):
    # France voted in favour of 79/18: the subject places the claim, it does not pin the vote down
    out = placed(HEAD + "France voted against the resolution on keeping weapons of mass destruction out of outer "
                        "space.")
    assert out == [("position", "FRA", "A/RES/79/18", "unverifiable")]


def test_a_number_far_from_the_named_votes_count_keeps_the_claim_unplaced(built_store):
    # 125 is no miscount of 79/18's 167: the sentence may report another vote (one the record lacks)
    text = HEAD + "The Assembly also adopted a resolution on keeping weapons of mass destruction out of outer space, {}."
    assert placed(text.format("with 125 countries in favour")) == [("count", None, None, "unverifiable")]
    # 165 is a miscount of 167: placed, and not called false on the subject alone
    assert placed(text.format("with 165 countries in favour")) == [("count", None, "A/RES/79/18", "unverifiable")]


FIRST = "Iran voted against the resolution on keeping weapons of mass destruction out of outer space.\n\n"


def test_the_sentence_right_after_goes_with_the_vote_its_subject_chose(built_store):
    # its own sentence names no subject and no time: the vote of the sentence before, among its close candidates
    out = placed(HEAD + FIRST + "Four countries voted no, Russia among them.")
    assert out == [("position", "IRN", "A/RES/79/18", "supported"), ("count", None, "A/RES/79/18", "supported"),
                   ("position", "RUS", "A/RES/79/18", "supported")]  # "Russia among them" is read since para1
    # a false count there (79/18 had four against) is placed, and not called false on the subject alone
    out = placed(HEAD + FIRST + "Three countries voted no, France among them.")
    assert ("count", None, "A/RES/79/18", "unverifiable") in out


def test_trap_a_sentence_after_that_names_its_own_year_is_not_taken_along(built_store):
    out = placed(HEAD + FIRST + "In 2023, four countries voted no, Russia among them.")
    # not taken along to 79/18; nor (twenty-first round, `doubt.off_their_year`) put on 2023's nuclear disarmament
    # vote, A/RES/78/53, which the text's words fit but whose 44 against the sentence's "four" is far from
    assert out[1:] == [("count", None, None, "unverifiable"), ("position", "RUS", None, "unverifiable")]


def test_trap_after_a_sentence_about_a_committees_vote_the_subject_chooses_nothing(built_store):
    # the subject may be the committee's draft, whose vote the record lacks
    out = placed(HEAD + "The outer space text was put to the vote in the First Committee in November. Russia and Iran "
                        "voted against the resolution on keeping weapons of mass destruction out of outer space.")
    assert out == [("position", "RUS", None, "unverifiable"), ("position", "IRN", None, "unverifiable")]

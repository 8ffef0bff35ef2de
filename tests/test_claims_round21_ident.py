"""Twenty-first round, identification (issue 9, branch ident6): readings that place a claim on the vote its text
reports. Sentences are our own; the record is the real one (built_store).

The record used: A/RES/ES-11/1 of 2 March 2022 (aggression against Ukraine, 141-5-35; Russia and Belarus against,
India and China abstaining, Morocco not voting)."""

from __future__ import annotations

from datetime import date

from unga import api

DAY_AFTER_ES11_1 = date(2022, 3, 3)


def placed(text: str, published: date) -> list[tuple]:
    return [(c["kind"], c.get("state"), c["resolution"], c["verdict"])
            for c in api.check_text(text, published=published).claims if c["kind"] != "other"]


MOTION = ("More than 140 countries voted in favour of a General Assembly resolution on Wednesday condemning Russia's "
          "invasion of Ukraine.\nThe motion demands that Russia withdraw its forces from Ukraine.\n"
          "Five countries voted against it, including Russia and Belarus.\n"
          "Meanwhile {abstained} countries abstained, including India and China.\n"
          "India and China had earlier abstained on a motion in the Security Council.\n"
          "France and Germany were among the 141 countries that voted in favour.")


def test_a_text_that_calls_its_resolution_the_motion_is_placed_by_its_own_counts(built_store):
    # "the motion" made every sentence after it procedural; its counts (141 in favour, 35 abstaining), each read
    # as the Assembly's, fall on one resolution whose counts they equal: the text says "motion" of ES-11/1
    out = placed(MOTION.format(abstained=35), DAY_AFTER_ES11_1)
    assert ("count", None, "A/RES/ES-11/1", "supported") in out
    assert ("position", "RUS", "A/RES/ES-11/1", "supported") in out
    assert ("position", "CHN", "A/RES/ES-11/1", "supported") in out
    assert ("position", "DEU", "A/RES/ES-11/1", "supported") in out
    assert all(verdict != "contradicted" for *_, verdict in out)


def test_trap_counts_that_do_not_all_equal_one_vote_leave_the_motion_procedural(built_store):
    # 40 abstentions is no count of ES-11/1: the counts pin nothing, the motion's claims stay unplaced
    out = placed(MOTION.format(abstained=40), DAY_AFTER_ES11_1)
    assert ("position", "CHN", None, "unverifiable") in out
    assert all(verdict != "contradicted" for *_, verdict in out)


def test_trap_a_text_that_names_a_procedure_keeps_the_motion_procedural(built_store):
    text = MOTION.format(abstained=35).replace("The motion demands", "A motion to adjourn was defeated. The motion "
                                                                    "demands")
    out = placed(text, DAY_AFTER_ES11_1)
    assert ("position", "CHN", None, "unverifiable") in out


def test_no_vote_recorded_from_states_is_their_absence_not_a_no(built_store):
    text = ("The General Assembly adopted resolution ES-11/1 by 141 votes to 5, with 35 abstentions. No vote was "
            "recorded from 12 countries, including Morocco.")
    assert ("position", "MAR", "A/RES/ES-11/1", "supported") in placed(text, DAY_AFTER_ES11_1)


PASSING = ("New Zealand voted on Thursday in favour of a United Nations resolution giving Palestine the status of a "
           "non-member observer state.\n\nIsrael was admitted to the United Nations on condition that it carry out "
           "General Assembly resolution 194 on the return of refugees.\n\nNew Zealand's vote for the resolution was "
           "welcomed by campaigners.")


def test_an_old_resolution_named_in_passing_does_not_take_the_vote_of_the_texts_days(built_store):
    # the text's one resolution named by its number is 194 (III) of 1948; the claim's words and days fit A/RES/67/19
    # (29 November 2012, New Zealand in favour) by the margin: the old one is history told in passing (the lead's "voted
    # on Thursday in favour" is read too since study26, the same vote said twice)
    assert placed(PASSING, date(2012, 11, 30)) == [("position", "NZL", "A/RES/67/19", "supported")] * 2


def test_trap_a_text_about_an_old_resolution_keeps_it(built_store):
    # no vote of the text's days fits its words: the resolution it names by its number is its vote (3379 of 1975,
    # New Zealand against)
    text = ("Thirty-seven years ago the General Assembly adopted resolution 3379, which called Zionism a form of "
            "racism.\n\nNew Zealand voted against it.")
    assert placed(text, date(2012, 11, 30)) == [("position", "NZL", "A/RES/3379(XXX)", "supported")]


DISARMAMENT = ("On Monday the General Assembly voted on a package of disarmament texts, among them Japan's annual text "
               "on nuclear disarmament and one on weapons of mass destruction in outer space. Iran voted against the "
               "resolution on keeping weapons of mass destruction out of outer space.\n\n")


def test_a_count_far_from_the_named_years_vote_leaves_the_sentence_unplaced(built_store):
    # the text's words fit 2023's nuclear disarmament vote (A/RES/78/53, 44 against, Russia among them); "four"
    # is far from 44: the sentence speaks of another vote of 2023
    out = placed(DISARMAMENT + "In 2023, four countries voted no, Russia among them.", date(2024, 12, 3))
    assert out[1:] == [("count", None, None, "unverifiable"), ("position", "RUS", None, "unverifiable")]


def test_trap_a_count_that_fits_the_named_years_vote_keeps_it(built_store):
    out = placed(DISARMAMENT + "In 2023, 44 countries voted no, Russia among them.", date(2024, 12, 3))
    assert out[1:] == [("count", None, "A/RES/78/53", "supported"), ("position", "RUS", "A/RES/78/53", "supported")]
    # and a sentence with no count keeps the vote its words and year give
    out = placed(DISARMAMENT + "In 2023, Russia voted no.", date(2024, 12, 3))
    assert out[1:] == [("position", "RUS", "A/RES/78/53", "supported")]


def test_the_same_vote_as_last_year_is_no_time_of_the_tally_after_it(built_store):
    # A/RES/1351(XIV) of 22 September 1959 was 44-29; 1958's A/RES/1239(XIII) was 44-28: "as last year" compares
    text = ("The Assembly again barred Communist China from membership of the United Nations by much the same vote "
            "as last year, 44 to 29.")
    assert placed(text, date(1959, 10, 5)) == [("tally", None, "A/RES/1351(XIV)", "supported")]


def test_trap_a_tally_said_of_last_year_keeps_last_years_vote(built_store):
    text = "Last year the Assembly barred Communist China from membership of the United Nations by 44 votes to 28."
    assert placed(text, date(1959, 10, 5)) == [("tally", None, "A/RES/1239(XIII)", "supported")]


SOUTHERN_AFRICA = ("The General Assembly voted this week on several questions of southern Africa, among them a trust fund "
                   "for South Africa and Southern Rhodesia.\n\nIn one vote, 99 countries backed the draft, while "
                   "Britain, Portugal and South Africa opposed it and nine abstained. These were {states}.")
NINE = ("the United States, Australia, Belgium, Canada, France, Italy, Luxembourg, the Netherlands and New Zealand")


def test_states_that_name_the_count_before_them_go_with_its_vote(built_store):
    # A/RES/2769 (XXVI), 22 November 1971 (Southern Rhodesia, 102-3-9): the sentence's three opponents are placed on
    # it; the nine named next, one for one, are the nine abstainers of that sentence's vote, though their own words
    # rank 2769 and 2765 (XXVI) within the margin
    out = placed(SOUTHERN_AFRICA.format(states=NINE), date(1971, 11, 27))
    assert ("position", "USA", "A/RES/2769(XXVI)", "supported") in out
    assert ("position", "NZL", "A/RES/2769(XXVI)", "supported") in out
    assert len([o for o in out if o[0] == "position" and o[2] == "A/RES/2769(XXVI)"]) == 12


def test_trap_states_that_do_not_match_the_count_stay_unplaced(built_store):
    out = placed(SOUTHERN_AFRICA.format(states="the United States, Australia and Belgium"), date(1971, 11, 27))
    assert ("position", "USA", "A/RES/2769(XXVI)", "supported") not in out
    assert all(verdict != "contradicted" for kind, _, _, verdict in out if kind == "position")

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

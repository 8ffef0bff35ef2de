"""Nineteenth round, branch false3: false statements held back by a guard that did not apply (issue 9, "every false
statement about a vote in the record caught"; docs/claims-misses.md, "False statements not caught (nineteenth round,
branch false3)"). Sentences of our own; for each loosened guard the traps where it must still hold.

The record used: A/RES/56/24A of 29 November 2001 (preserving the Anti-Ballistic Missile Treaty, 82-5-62; Albania,
Benin, Israel, Micronesia and the United States against) and ES-11/1 of 2 March 2022 (141-5-35, the Assembly's only
vote within a day of it)."""

from __future__ import annotations

from datetime import date

from unga import api

ABM = date(2001, 11, 30)
UKRAINE = date(2022, 3, 3)

ABM_LEAD = ("The 56th session of the General Assembly on Thursday adopted a resolution to preserve the Anti-Ballistic "
            "Missile Treaty.\n\n")
ABM_TALLY = ("The resolution, drafted by Russia, China and Belarus, was adopted by a recorded vote of 82 in favour and "
             "5 against, with 62 abstentions.")
SIX_AGAINST = "Israel, the United States, Albania and three other countries voted against this resolution."


def judged(text: str, published: date) -> list[tuple]:
    return [(c["kind"], c["resolution"], c["state"], c["asserted"], c["verdict"], c["evidence"].get("record") or "")
            for c in api.check_text(text, published=published).claims if c["kind"] != "other"]


def counts(text: str, published: date) -> list[tuple]:
    return [c for c in judged(text, published) if c[0] == "count"]


# --- a tie the paragraph's numbers broke, for the vote the tally just before pins down ---

def test_a_count_right_after_the_tally_that_pins_its_vote_is_called_false(built_store):
    # three named and three others: six against, where the record (and the tally just before) has five
    [count] = counts(ABM_LEAD + ABM_TALLY + " " + SIX_AGAINST, ABM)
    assert count[:5] == ("count", "A/RES/56/24A", None, {"field": "no", "op": "=", "value": 6}, "contradicted")
    assert count[5].startswith("5 no")


def test_the_tally_itself_and_the_states_stay_supported(built_store):
    found = judged(ABM_LEAD + ABM_TALLY + " " + SIX_AGAINST, ABM)
    assert ("tally", "A/RES/56/24A", None, {"yes": 82, "no": 5, "abstain": 62}, "supported") in [c[:5] for c in found]
    assert {c[2] for c in found if c[0] == "position" and c[4] == "supported"} == {"ISR", "USA", "ALB"}


def test_trap_a_sentence_between_the_tally_and_the_count_still_holds_it_back(built_store):
    said = ABM_LEAD + ABM_TALLY + " The sponsors called the treaty a cornerstone of strategic stability. " + SIX_AGAINST
    [count] = counts(said, ABM)
    assert count[4] == "unverifiable"
    assert "chosen among close candidates by the numbers the text states" in count[5]


def test_trap_a_tally_that_does_not_pin_the_vote_places_nothing(built_store):
    # 80-5-60 is no roll call's: the count after it is placed on no vote, so called false on none
    said = ABM_LEAD + ABM_TALLY.replace("82", "80").replace("62", "60") + " " + SIX_AGAINST
    [count] = counts(said, ABM)
    assert count[4] == "unverifiable"


# --- a count right after a sentence that names the day of the record's only vote of that day ---

DAY = "The General Assembly on Wednesday voted to reprimand Russia for its invasion of Ukraine."


def test_a_near_count_after_the_sentence_naming_the_day_is_called_false(built_store):
    # Kenya and 33 others: 34 abstaining, where ES-11/1 of that Wednesday had 35
    [count] = counts(DAY + " Kenya along with 33 other countries abstained on the emergency vote.", UKRAINE)
    assert count[:5] == ("count", "A/RES/ES-11/1", None, {"field": "abstain", "op": "=", "value": 34}, "contradicted")


def test_trap_the_day_in_another_paragraph_does_not_pin_the_count(built_store):
    # ten days on: a text of the day after the vote is its news, and a near count in it is called false whatever its
    # paragraph (judged.news_of_its_day, twentieth round; tests/test_claims_round20_false.py)
    day = DAY.replace("on Wednesday", "on 2 March")
    [count] = counts(day + "\n\nKenya along with 33 other countries abstained on the emergency vote.", date(2022, 3, 12))
    assert count[4] == "unverifiable"
    assert "not identified beyond doubt" in count[5]


def test_trap_a_count_with_a_time_of_its_own_is_not_that_days(built_store):
    found = counts(DAY + " Last year Kenya along with 33 other countries abstained on an emergency vote.", UKRAINE)
    assert [c for c in found if c[4] == "contradicted"] == []


def test_trap_a_count_far_from_the_days_vote_is_not_a_miscount(built_store):
    # 32 abstaining is three short of 35 and exactly another vote's: it may be that vote
    [count] = counts(DAY + " Kenya along with 31 other countries abstained on the emergency vote.", UKRAINE)
    assert count[4] == "unverifiable"


def test_trap_a_state_after_the_sentence_naming_the_day_is_not_called_false_on_it(built_store):
    # the rule reads counts only: a state's vote has no number to show it is that day's vote (Kenya voted in favour)
    said = DAY + " Kenya along with 33 other countries abstained on the emergency vote."
    [position] = [c for c in judged(said, UKRAINE) if c[0] == "position"]
    assert position[:5] == ("position", "A/RES/ES-11/1", "KEN", {"vote": "abstain"}, "unverifiable")

"""Sixteenth round, the fifth hunt's false alarms in general form (issue 9; tests/test_claims_fa_hunt5.py holds one
test per class): more wordings of our own per class, and traps of the same shapes that must stay contradicted.

The record used: A/RES/64/156 (18 December 2009, defamation of religions, 80-61-42); A/RES/69/320 (10 September
2015, flags of observer States: announced 119-8-45, every list 119-8-44, the announced count kept as an official
count); A/RES/56/7's paragraph vote (rcid 5675, 21 November 2001: announced 86-1-1, the only list 87-1-1);
ES-11/1 (2 March 2022, 141-5-35; India abstaining, Italy in favour, Iceland in favour)."""

from __future__ import annotations

from datetime import date

from unga import api

FLAGS = date(2015, 9, 11)
UKRAINE = date(2022, 3, 3)


def contradicted(text: str, published: date | None) -> list[tuple]:
    return [(c["kind"], c["resolution"], c["state"], c["asserted"])
            for c in api.check_text(text, published=published).claims
            if c["kind"] != "other" and c["verdict"] == "contradicted"]


# --- class 1: "this year" in a text with no date takes no year from another sentence ---

def test_this_years_vote_in_an_undated_text_is_not_put_on_a_year_named_later(built_store):
    said = ("The Third Committee again backed the draft on defamation of religions. This year's vote was 76 to 64, "
            "with 42 abstentions. The 2009 plenary text had drawn 80 votes to 61.")
    assert contradicted(said, None) == []


def test_last_years_count_in_an_undated_text_is_not_put_on_a_year_named_before(built_store):
    said = ("Support for the draft on defamation of religions fell in 2009. Last year the count was 76 in favour, "
            "64 against and 42 abstaining.")
    assert contradicted(said, None) == []


def test_trap_this_years_wrong_tally_in_a_dated_text_stays_contradicted(built_store):
    said = ("The General Assembly adopted the resolution on defamation of religions again. This year the Assembly "
            "voted 95 in favour, 40 against and 42 abstaining.")
    assert contradicted(said, date(2009, 12, 19)) == [("tally", "A/RES/64/156", None,
                                                       {"yes": 95, "no": 40, "abstain": 42})]


# --- class 2: "N votes out of M" names the membership, never a count of one side ---

def test_votes_out_of_the_membership_after_the_number(built_store):
    said = "The Assembly agreed on Thursday to raise the flags of observer States, with 119 votes out of 193."
    assert contradicted(said, FLAGS) == []


def test_votes_in_favour_out_of_the_membership(built_store):
    said = ("The Assembly agreed on Thursday to raise the flags of observer States: 119 votes in favour out of 193 "
            "members.")
    assert contradicted(said, FLAGS) == []


def test_trap_a_wrong_count_of_votes_out_of_the_membership_stays_contradicted(built_store):
    said = ("The Assembly agreed on Thursday to raise the flags of observer States by 119 votes to 8. In all, 139 "
            "votes out of 193 were cast in favour.")
    assert ("count", "A/RES/69/320", None, {"field": "yes", "op": "=", "value": 139}) in contradicted(said, FLAGS)


# --- class 3: where the announced (published) count and the list differ, a claim agreeing with either stands ---

def test_the_list_count_is_not_called_false_where_the_announcement_differs(built_store):
    said = ("The flags of observer States will fly at UN Headquarters after Thursday's vote of 119 to 8, with 44 "
            "abstentions.")
    assert contradicted(said, FLAGS) == []


def test_the_announced_and_the_listed_count_of_a_paragraph_vote_both_stand(built_store):
    for yes in (86, 87):  # rcid 5675: announced 86-1-1, listed 87-1-1
        said = (f"The separate vote on the paragraph on radioactive and toxic wastes of resolution 56/7 was {yes} to "
                "1, with 1 abstention, on 21 November 2001.")
        assert contradicted(said, date(2001, 11, 22)) == [], yes


def test_trap_an_abstention_count_far_from_both_readings_stays_contradicted(built_store):
    said = ("The Assembly voted 119 to 8 on Thursday to let the flags of observer States fly; 60 countries "
            "abstained.")
    assert contradicted(said, FLAGS) == [("tally", "A/RES/69/320", None, {"yes": 119, "no": 8, "abstain": 60})]


# --- class 4: a word in capitals that is also a state's code is the word ---

CAPS = "THE ASSEMBLY ADOPTED THE RESOLUTION ON UKRAINE ON WEDNESDAY BY 141 VOTES TO 5. "


def test_is_in_capitals_is_no_iceland(built_store):
    said = CAPS + "INDIA ABSTAINED, AS IS ITS CUSTOM."
    assert contradicted(said, UKRAINE) == []


def test_it_in_a_capitals_clause_after_india_is_no_italy(built_store):
    said = CAPS + "INDIA ABSTAINED AND SAID IT WOULD ABSTAIN AGAIN."
    assert contradicted(said, UKRAINE) == []


def test_trap_iceland_named_in_capitals_stays_contradicted(built_store):
    said = CAPS + "ICELAND ABSTAINED."
    assert contradicted(said, UKRAINE) == [("position", "A/RES/ES-11/1", "ISL", {"vote": "abstain"})]


def test_trap_the_code_in_a_sentence_of_small_letters_is_still_read(built_store):
    from unga.claims import names
    assert [m.iso3 for m in names.mentions("Delegates from IT and FR voted against.")][:1] == ["ITA"]
    assert names.mentions("IT ALSO ABSTAINED.") == []

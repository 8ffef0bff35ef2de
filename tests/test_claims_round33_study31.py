"""Thirty-third round (branch study31): holdout28's remaining misses, the families that recur in other sets. Sentences
of our own, true and false variants side by side. The record used: the June 2025 Gaza draft A/ES-10/L.34/Rev.1 and the
December 2024 ceasefire draft A/ES-10/L.33 (known from UN releases: 149-12-19 and 158-9-13), the Belgian amendment on
Suez of 24 November 1956 (rejected 23-37-18), ES-10/19 on Jerusalem (21 December 2017, 128-9-35: Colombia, Mexico,
Malawi and Rwanda abstaining, Honduras against) and ES-11/1 (2 March 2022, 141-5-35: Sri Lanka and India abstaining,
Malawi in favour)."""

from __future__ import annotations

from datetime import date

from unga import api
from unga.claims.calendars import Month

SUEZ = "On 24 November 1956 the General Assembly again called on France, Israel and Britain to withdraw from Egypt. "
JERUSALEM = "By 128 votes to 9, with 35 abstentions, the General Assembly on Thursday rejected the decision on Jerusalem. "
UKRAINE = "By 141 votes to 5, with 35 abstentions, the General Assembly demanded on 2 March that Russia leave Ukraine. "


def claims(text: str, published: date, after: int = 0) -> list[dict]:
    return [c for c in api.check_text(text, published=published).claims if c["span"][0] >= after]


def tallies(text: str, published: date, after: int = 0) -> list[tuple]:
    return [(c["resolution"], c["asserted"], c["verdict"]) for c in claims(text, published, after) if c["kind"] == "tally"]


def positions(text: str, published: date, after: int = 0) -> dict[tuple, str]:
    return {(c["resolution"], c["state"]): c["verdict"] for c in claims(text, published, after)
            if c["kind"] == "position"}


# --- a text dated by its month only reports a vote the record has from a release of that month

def test_a_month_dated_text_takes_a_release_of_its_month(built_store):
    said = "The Assembly on Thursday backed the text on the protection of civilians in Gaza, 149 to 12 with 19 abstaining."
    assert tallies(said, Month(2025, 6)) == [("A/ES-10/L.34/REV.1", {"yes": 149, "no": 12, "abstain": 19}, "supported")]
    said = "Member states voted 158 in favour, 9 against and 13 abstaining for an unconditional ceasefire in Gaza."
    assert tallies(said, Month(2024, 12)) == [("A/ES-10/L.33", {"yes": 158, "no": 9, "abstain": 13}, "supported")]


def test_a_month_dated_text_names_the_releases_states(built_store):
    said = ("A resolution on Gaza was approved with 149 votes in favour, 12 against and 19 abstentions. Israel and the "
            "United States voted no.")
    got = positions(said, Month(2025, 6))
    assert got == {("A/ES-10/L.34/REV.1", "ISR"): "supported", ("A/ES-10/L.34/REV.1", "USA"): "supported"}


def test_trap_a_release_of_the_month_before_is_no_news_of_this_month(built_store):
    said = "The Assembly on Thursday backed the text on the protection of civilians in Gaza, 149 to 12 with 19 abstaining."
    assert all(resolution is None for resolution, _, _ in tallies(said, Month(2025, 8)))


# --- a triple after a verb of defeat gives the larger of its first two numbers as the votes against

def test_a_defeated_triple_is_read_by_the_side_that_won(built_store):
    for said in ("The Belgian amendment was rejected on a vote of 37-23-18.",
                 "The Belgian amendment failed, 37 - 23 - 18.",
                 "Delegates knocked down the Belgian amendment by 37 to 23, with 18 abstentions."):
        assert tallies(SUEZ + said, date(1956, 11, 26), len(SUEZ)) == [
            ("rcid:480", {"yes": 23, "no": 37, "abstain": 18}, "supported")], said


def test_a_defeated_triple_with_a_wrong_number_is_false(built_store):
    said = "The Belgian amendment was rejected on a vote of 37-25-18."
    assert [v for _, _, v in tallies(SUEZ + said, date(1956, 11, 26), len(SUEZ))] == ["contradicted"]


def test_trap_an_adopted_triple_keeps_its_order():
    from unga.claims import numbers
    sentence = "The text was adopted by a vote of 71-4-9."
    token = numbers.TOKEN.search(sentence)
    assert numbers.token_fields(sentence, token)[0] == {"yes": 71, "no": 4, "abstain": 9}
    assert not numbers.sides_assumed(sentence)


# --- what a side's states had been expected to do, told before its "such as" list, is no vote of theirs

def test_an_expectation_before_a_sides_list_leaves_the_list_its_side(built_store):
    for said in ("The 35 abstentions included several countries who were confidently predicted to vote for it, such "
                 "as Colombia, Mexico, Malawi and Rwanda.",
                 "There were 35 abstentions, including several states that had been expected to back the text, such as "
                 "Colombia, Mexico, Malawi and Rwanda.",
                 "Those abstaining included a few states that were thought likely to vote yes, such as Colombia, Mexico, "
                 "Malawi and Rwanda."):
        got = positions(JERUSALEM + said, date(2017, 12, 22), len(JERUSALEM))
        assert got == {("A/RES/ES-10/19", s): "supported" for s in ("COL", "MEX", "MWI", "RWA")}, said


def test_an_expectation_before_a_sides_list_with_a_state_of_another_side(built_store):
    said = "The abstentions included countries that had been expected to back it, such as Colombia and Honduras."
    got = positions(JERUSALEM + said, date(2017, 12, 22), len(JERUSALEM))
    assert got == {("A/RES/ES-10/19", "COL"): "supported", ("A/RES/ES-10/19", "HND"): "contradicted"}


def test_trap_a_past_vote_before_the_list_is_not_blanked():
    from unga.claims.groups import masked
    said = "The abstentions included countries that voted for it last year, such as Colombia and Mexico."
    assert masked(said) == said


# --- a state's government or delegation "was one of", "was among" the side's states

def test_a_government_or_delegation_one_of_the_side(built_store):
    for said, state in (("The Sri Lankan government was one of only a handful of states that abstained.", "LKA"),
                        ("The Indian delegation was among the states that abstained.", "IND"),
                        ("The Sri Lankan delegation was one of the 35 countries that abstained on Wednesday.", "LKA")):
        got = positions(UKRAINE + said, date(2022, 3, 3), len(UKRAINE))
        assert got == {("A/RES/ES-11/1", state): "supported"}, said


def test_a_government_one_of_the_side_it_was_not_on(built_store):
    said = "The Malawian government was one of a handful of states that abstained."
    assert positions(UKRAINE + said, date(2022, 3, 3), len(UKRAINE)) == {("A/RES/ES-11/1", "MWI"): "contradicted"}

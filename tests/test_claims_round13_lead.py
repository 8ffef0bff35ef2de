"""The lead's rules of the thirteenth round (docs/claims.md, "A vote the sentence may be about instead"): a state's
vote is called false only when no other vote its sentence could be about makes it true. Sentences of our own.

The record used: A/RES/71/44 of 5 December 2016 (transparency in armaments, 156-0-29; Azerbaijan voted for the
resolution and abstained on its separately voted paragraphs, rcids 5943 and 5944); ES-11/1 and ES-11/2 of 2 and
24 March 2022 (Bangladesh abstained on the first and voted for the second); A/RES/74/139 of 18 December 2019
(Palestinian self-determination, 167-5-11: Australia abstained, and voted against other resolutions that day)."""

from __future__ import annotations

from datetime import date

from unga import api


def verdicts(text: str, published: date) -> list[tuple]:
    return [(c["state"], c["asserted"].get("vote"), c["verdict"], c["evidence"].get("record", ""))
            for c in api.check_text(text, published=published).claims if c["kind"] == "position"]


def test_a_vote_on_a_separate_paragraph_of_the_day_is_not_called_false(built_store):
    said = ("On 5 December 2016 the Assembly adopted the text on transparency in armaments by 156 votes to none, with "
            "29 abstentions. Azerbaijan abstained.")
    [(state, vote, verdict, why)] = verdicts(said, date(2016, 12, 6))
    assert (state, vote, verdict) == ("AZE", "abstain", "unverifiable")
    assert "another vote that day on the same question" in why and "AZE voted abstain" in why


def test_trap_a_vote_cast_on_none_of_the_days_votes_stays_false(built_store):
    said = ("On 5 December 2016 the Assembly adopted the text on transparency in armaments by 156 votes to none, with "
            "29 abstentions. Azerbaijan voted against it.")
    assert [v[:3] for v in verdicts(said, date(2016, 12, 6))] == [("AZE", "no", "contradicted")]


def test_a_past_perfect_vote_may_be_the_earlier_resolutions(built_store):
    said = ("On Thursday 140 states backed the humanitarian text on Ukraine, 5 opposed it and 38 abstained. On the "
            "first resolution, three weeks before, Bangladesh had abstained.")
    rows = verdicts(said, date(2022, 3, 25))
    assert ("BGD", "abstain", "unverifiable") in [r[:3] for r in rows]
    assert any("A/RES/ES-11/1" in r[3] for r in rows if r[0] == "BGD")


def test_trap_a_plain_past_vote_of_the_day_stays_false(built_store):
    said = ("On Thursday 140 states backed the humanitarian text on Ukraine, 5 opposed it and 38 abstained. "
            "Bangladesh abstained.")
    assert [v[:3] for v in verdicts(said, date(2022, 3, 25))] == [("BGD", "abstain", "contradicted")]


def test_trap_another_resolution_of_the_same_agenda_item_is_another_question(built_store):
    # Australia voted against other texts of that day; on this one it abstained: the list of five is wrong
    said = ("On 18 December 2019 the Assembly backed Palestinian self-determination by 167 votes to 5, with 11 "
            "abstentions. Australia voted against it.")
    assert ("AUS", "no", "contradicted") in [v[:3] for v in verdicts(said, date(2019, 12, 19))]


# --- after the blind sets were scored: their false alarms, in general form (docs/claims.md, the lead's rules) ---

def _positions(text: str, published: date) -> list[tuple]:
    return [(c["state"], c["asserted"].get("vote"), c["verdict"]) for c in api.check_text(text, published=published).claims
            if c["kind"] == "position"]


def test_a_list_that_fits_the_other_vote_the_text_pins_is_not_called_false(built_store):
    # ES-7/2 (29 July 1980, 112-7-24: the United States, Israel, Australia, Canada, Norway, Guatemala and the
    # Dominican Republic against) and ES-7/3 (the next day, 112-5-26: Norway and the Dominican Republic abstained)
    said = ("The Assembly adopted the first text by 112 votes to 7, with 24 abstentions. The United States, Israel, "
            "Australia, Canada, Norway, Guatemala and the Dominican Republic voted against the resolution. The second "
            "text, on the work of the committee, was adopted by 112 votes to 5, with 26 abstentions.")
    assert ("NOR", "no", "contradicted") not in _positions(said, date(1980, 7, 30))


def test_a_prepositions_object_before_a_name_is_no_voter(built_store):
    said = ("Since the invasion of Afghanistan Ireland has voted for every resolution on the situation there, "
            "including resolution 39/13 of 1984.")
    assert all(state != "AFG" or verdict != "contradicted" for state, _, verdict in _positions(said, date(1986, 3, 12)))


def test_trap_a_list_with_commas_after_the_preposition_keeps_its_voters(built_store):
    said = ("On resolution 39/13 of 1984 on Afghanistan, Pakistan and Iran voted in favour.")
    assert ("IRN", "yes", "supported") in _positions(said, date(1985, 1, 10))


def _counts(text: str, published: date) -> list[tuple]:
    return [(c["asserted"]["field"], c["asserted"]["op"], c["asserted"]["value"], c["verdict"])
            for c in api.check_text(text, published=published).claims if c["kind"] == "count"]


def test_the_quantity_a_vote_is_compared_with_is_not_its_count(built_store):
    said = ("The migration compact was approved by the Assembly by 152 votes to 5, with 12 abstentions. The vote in "
            "favour was lower than the 164 states that had endorsed the pact at a conference in Marrakech.")
    assert all(value != 164 for _, _, value, _ in _counts(said, date(2018, 12, 20)))


def test_trap_a_count_said_plainly_stays_false(built_store):
    said = ("The migration compact was approved by the Assembly by 152 votes to 5, with 12 abstentions. In all, 164 "
            "countries voted in favour.")
    assert ("yes", "=", 164, "contradicted") in _counts(said, date(2018, 12, 20))


def test_a_side_taken_with_a_capital_is_not_a_yes_count(built_store):
    # docs/claims-misses.md: "in support of Moscow" was still read as N in favour where "of Russia" was not
    said = ("On 2 March 141 of the 193 members voted yes, while 5 countries voted in support of Moscow (Russia, "
            "North Korea, Belarus, Syria and Eritrea).")
    assert ("yes", "=", 5, "contradicted") not in _counts(said, date(2022, 3, 3))
    assert ("yes", "=", 141, "supported") in _counts(said, date(2022, 3, 3))

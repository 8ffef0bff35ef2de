"""Twenty-third round (issue 9, branch false7): false statements about a vote the record holds, caught; in sentences of
our own. The record used: ES-11/1 of 2 March 2022 (141-5-35: Russia and Belarus against, India and China abstaining)
and A/RES/67/19 of 29 November 2012 (Palestine's status: 138-9-41)."""

from __future__ import annotations

from datetime import date

from unga import api

UKRAINE_VOTE = date(2022, 3, 3)
LONG_AFTER = date(2020, 5, 1)
AGGRESSION = "The General Assembly on Wednesday adopted resolution ES-11/1 on Ukraine. "
PALESTINE = "the Assembly took up a resolution on the status of Palestine at the United Nations. "


def claims(said: str, published: date) -> list[tuple]:
    return [(c["kind"], c["resolution"], c["state"], c["asserted"], c["verdict"])
            for c in api.check_text(said, published=published).claims if c["kind"] != "other"]


def test_a_count_with_an_unpunctuated_aside_before_its_participle(built_store):
    # "N countries including A and B opposing it": the aside has no commas, the side comes as a participle
    true = claims(AGGRESSION + "It passed with 141 countries voting in favour and 5 countries including Russia and "
                               "Belarus opposing it.", UKRAINE_VOTE)
    assert ("tally", "A/RES/ES-11/1", None, {"yes": 141, "no": 5}, "supported") in true
    false = claims(AGGRESSION + "It passed with 141 countries voting in favour and 7 countries including Russia and "
                                "Belarus opposing it.", UKRAINE_VOTE)
    assert ("tally", "A/RES/ES-11/1", None, {"yes": 141, "no": 7}, "contradicted") in false
    abstaining = claims(AGGRESSION + "It passed by 141 votes to 5, with 38 countries including India and China "
                                     "abstaining.", UKRAINE_VOTE)
    assert ("tally", "A/RES/ES-11/1", None, {"yes": 141, "no": 5, "abstain": 38}, "contradicted") in abstaining
    assert ("position", "A/RES/ES-11/1", "IND", {"vote": "abstain"}, "supported") in abstaining


def test_the_state_a_side_was_taken_with_is_not_counted_beside_the_next_number(built_store):
    assert claims(AGGRESSION + "Five countries backed Russia and 35 abstained.", UKRAINE_VOTE) == [
        ("count", "A/RES/ES-11/1", None, {"field": "abstain", "op": "=", "value": 35}, "supported")]
    assert claims(AGGRESSION + "Five countries backed Russia and 38 abstained.", UKRAINE_VOTE) == [
        ("count", "A/RES/ES-11/1", None, {"field": "abstain", "op": "=", "value": 38}, "contradicted")]


def test_trap_a_state_and_a_bare_number_stays_unread(built_store):
    # "Belarus and 38 abstained": whether Belarus is among the 38 is left open, so no count is read
    assert claims(AGGRESSION + "Belarus and 38 abstained.", UKRAINE_VOTE) == []


def test_a_tally_in_a_paragraph_that_names_its_year_is_that_years_vote(built_store):
    said = "In 2012, " + PALESTINE + "The resolution passed by 138 votes to nine, with 40 abstentions."
    assert claims(said, LONG_AFTER) == [("tally", "A/RES/67/19", None, {"yes": 138, "no": 9, "abstain": 40},
                                         "contradicted")]
    said = "In 2012, " + PALESTINE + "The resolution passed by 138 votes to nine, with 41 abstentions."
    assert claims(said, LONG_AFTER)[0][-1] == "supported"


def test_trap_a_tally_long_after_with_no_year_or_two_years_stays_held(built_store):
    # without the year, or with two, the tally may be of a later vote the record lacks: not called false
    # nor when the paragraph names a committee (its vote of that year, which the record lacks, may be the one told)
    for said in ("The assembly took up a resolution on the status of Palestine at the United Nations. ",
                 "In 2012 and 2013, " + PALESTINE, "In 2012, " + PALESTINE.replace("the Assembly", "the Fourth Committee")):
        said += "The resolution passed by 138 votes to nine, with 40 abstentions."
        assert [c[-1] for c in claims(said, LONG_AFTER)] == ["unverifiable"], said


def test_the_side_described_with_its_noun_left_out_is_a_count(built_store):
    # "The five voting 'no' were …", "the 35 abstaining included …": the definite description counts the whole side
    tallied = "The General Assembly on Wednesday adopted resolution ES-11/1 on Ukraine by 141 votes to 5. "
    said = claims(tallied + "The five voting 'no' were Russia, Belarus, North Korea, Eritrea and Syria.", UKRAINE_VOTE)
    assert ("count", "A/RES/ES-11/1", None, {"field": "no", "op": "=", "value": 5}, "supported") in said
    assert ("position", "A/RES/ES-11/1", "ERI", {"vote": "no"}, "supported") in said
    said = claims(tallied + "The 38 abstaining included India and China.", UKRAINE_VOTE)
    assert ("count", "A/RES/ES-11/1", None, {"field": "abstain", "op": "=", "value": 38}, "contradicted") in said
    # "the ten voting members of the council" is no side of a vote
    assert claims("The ten voting members of the council were divided.", UKRAINE_VOTE) == []

"""Sixth round of extraction (issue 9): grammatical patterns counted across the five development sets, each in
sentences of our own, a found case and a trap. The record used: A/RES/ES-11/1 of 2 March 2022 (141-5-35; Russia,
Belarus, Eritrea, North Korea and Syria against) and A/RES/78/7 of 2 November 2023 on the embargo against Cuba
(187-2-1; the United States and Israel against, Ukraine abstaining)."""

from __future__ import annotations

from datetime import date

from fixtures import claim_rows

from unga.claims import extract, text


def checked(sentences: str, published: date = date(2023, 11, 3)) -> list[tuple]:
    return claim_rows(sentences, published)


def counts(sentences: str) -> list[dict]:
    return [c.asserted for c in extract.extract(sentences, text.sentences(sentences)) if c.kind == "count"]


# --- an exclusive list: "only A and B voted against", "A alone abstaining", "A was the only country to …" ---

def test_only_before_a_list_gives_the_count_of_that_vote(built_store):
    got = checked("On 2 March 2022 the Assembly demanded that Moscow withdraw; only Russia, Belarus, Eritrea, "
                  "North Korea and Syria voted against.")
    assert ("count", None, {"field": "no", "op": "=", "value": 5}, "supported") in got
    got = checked("The yearly text on the Cuba embargo passed on 2 November 2023, opposed only by the United States "
                  "and Israel.")
    assert ("count", None, {"field": "no", "op": "=", "value": 2}, "supported") in got


def test_a_false_exclusive_list_is_read_and_never_supported(built_store):
    got = checked("On 2 March 2022 the Assembly demanded that Moscow withdraw; only Russia and Belarus voted "
                  "against.")
    found = [c for c in got if c[0] == "count"]
    # the count is read (2, not 5); with no other number the roll call is not sure enough to call it false
    assert [c[2] for c in found] == [{"field": "no", "op": "=", "value": 2}]
    assert found[0][3] in ("contradicted", "unverifiable")


def test_alone_and_the_only_country_give_a_count_of_one(built_store):
    got = checked("The Assembly renewed its call to lift the Cuba embargo on 2 November 2023, with Ukraine alone "
                  "abstaining.")
    assert ("count", None, {"field": "abstain", "op": "=", "value": 1}, "supported") in got
    got = checked("On 2 November 2023 the Assembly again voted on the Cuba embargo. Ukraine, long a backer of the "
                  "text, was the only country to abstain.")
    assert ("count", None, {"field": "abstain", "op": "=", "value": 1}, "supported") in got


def test_an_exclusive_list_inside_a_group_is_no_count_of_the_vote():
    assert counts("Of the European states, only Belarus and Serbia voted against.") == []
    assert counts("Among its NATO allies, only Spain voted for the resolution.") == []


def test_a_list_that_goes_on_or_is_joined_is_no_exclusive_count():
    # round 7: "its ally Israel" is read as an item of the list, which is then all of the no votes
    assert counts("It was opposed only by the United States and its ally Israel.") == [
        {"field": "no", "op": "=", "value": 2}]
    assert counts("It was opposed only by the United States and its allies.") == []  # the allies are not named
    assert counts("Only Chile, Peru and others voted against.") == []
    # the state joined voted the same way: the list is not all of them; since the thirty-fifth round (count35) the two
    # and the state they joined are read as the whole side
    assert counts("Spain and Italy were the only two countries to vote with France against it.") == [
        {"field": "no", "op": "=", "value": 3}]
    assert counts("Not only Chile but also Peru voted against.") == []


def test_a_year_before_only_is_the_time_not_a_group():
    found = [c for c in extract.extract("In 2019, only Chile and Peru abstained.",
                                        text.sentences("In 2019, only Chile and Peru abstained.")) if c.kind == "count"]
    assert [(c.asserted["value"], c.when) for c in found] == [(2, "2019")]


# --- "N other countries" beside named states: "Apart from A, four other countries …", "N countries joining A …" ---

def test_the_states_beside_n_other_countries_count_in(built_store):
    got = checked("On 2 March 2022 the Assembly condemned the invasion. Apart from Russia, four other countries – "
                  "Belarus, Eritrea, North Korea and Syria – voted against the resolution.")
    assert ("count", None, {"field": "no", "op": "=", "value": 5}, "supported") in got
    got = checked("On 2 March 2022 the Assembly condemned the invasion by 141 votes, four countries joining Russia "
                  "in voting against it.")
    assert ("count", None, {"field": "no", "op": "=", "value": 5}, "supported") in got


def test_n_countries_beside_a_state_that_is_no_state_is_not_counted():
    # "apart from" a capital: the number stays unknown rather than counted wrong
    assert counts("Apart from Moscow, four other countries voted against the text.") == []
    # a state named elsewhere in the sentence with another role leaves the derived count out
    assert counts("Four countries joining Russia, Ukraine's invader, in voting against it.") == []


# --- a tally set out a count a line: "For: 141" / "Against: 5" / "Abstentions: 35", "141 voted for" ---

def test_a_count_a_line_is_one_tally(built_store):
    got = checked("The Assembly voted on Ukraine on 2 March 2022.\nIn favour: 141\nAgainst: 5\nAbstentions: 35\n"
                  "The text was adopted.")
    assert ("tally", None, {"yes": 141, "no": 5, "abstain": 35}, "supported") in got
    got = checked("Assembly text on Ukraine, 2 March 2022\nVotes for: | 141 |\nAgainst: | 5 |\nAbsent: | 12 |\n")
    assert ("tally", None, {"yes": 141, "no": 5, "absent": 12}, "supported") in got
    got = checked("Ukraine vote in the Assembly, 2 March 2022, summary\n141 voted for\n5 voted against\n35 abstained\n")
    assert ("tally", None, {"yes": 141, "no": 5, "abstain": 35}, "supported") in got


def test_lines_that_are_no_count_table_stay_apart():
    from unga.claims import blocks
    # one line alone, two lines with no yes or no, a label twice, lines apart: no table
    assert blocks.count_tables("Against: 5\nThe text passed.") == []
    assert blocks.count_tables("Abstentions: 35\nAbsent: 12\n") == []
    assert blocks.count_tables("For: 141\nFor: 140\n") == []
    assert blocks.count_tables("For: 141\n\nAgainst: 5\n") == []
    assert blocks.count_tables("For: 141\nAgainst: 5\n") == [(0, 19, {"yes": 141, "no": 5})]


# --- a counted subject with an aside, and absence in words: "ten countries, including A, opposed it",
#     "12 countries did not cast a vote" ---

def test_a_count_read_past_its_aside_and_absence_in_words(built_store):
    got = checked("On 2 March 2022 the Assembly condemned the invasion by 141 votes. Five countries, including "
                  "Belarus and Syria, opposed the text, and 12 countries did not cast a vote.")
    assert ("count", None, {"field": "no", "op": "=", "value": 5}, "supported") in got
    assert ("count", None, {"field": "absent", "op": "=", "value": 12}, "supported") in got
    got = checked("On 2 March 2022 the Assembly condemned the invasion by 141 votes, while five countries including "
                  "Russia and Belarus voted against.")
    assert ("count", None, {"field": "no", "op": "=", "value": 5}, "supported") in got


def test_an_aside_that_is_no_list_does_not_join_a_number_to_a_far_verb():
    # "including" followed by no name: the number is not carried to the verb
    assert counts("Ten countries including some that rarely vote at all opposed it.") == []
    # a sentence break ends the aside
    assert all(c["value"] != 7 for c in counts("Seven countries, including Chile. Peru opposed it."))


# --- a count named again without its noun: "33 abstained, five voted against. These five are A, B, …" ---

def test_a_count_named_again_without_its_noun(built_store):
    got = checked("On 2 March 2022 the Assembly condemned the invasion. 35 countries abstained, five voted against. "
                  "These five are Russia, Belarus, Eritrea, North Korea and Syria.")
    for iso3 in ("RUS", "BLR", "ERI", "PRK", "SYR"):
        assert ("position", iso3, {"vote": "no"}, "supported") in got


def test_a_number_named_again_that_matches_no_count_names_nothing():
    sentences = "35 countries abstained, five voted against. These four are Chile, Peru, Bolivia and Ecuador."
    assert [c for c in extract.extract(sentences, text.sentences(sentences)) if c.kind == "position"] == []


# --- a comma, then a new subject that opens its own list: "…voted against, several countries including A abstained" ---

def test_a_new_subject_after_a_comma_takes_the_vote_after_it(built_store):
    got = checked("On 2 March 2022 Russia and Belarus voted against the Assembly's text, several countries including "
                  "China, India and Pakistan abstained.")
    for iso3 in ("CHN", "IND", "PAK"):
        assert ("position", iso3, {"vote": "abstain"}, "supported") in got
    assert ("position", "RUS", {"vote": "no"}, "supported") in got


def test_a_list_between_two_vote_phrases_with_no_new_subject_stays_unclear():
    sentences = "Voting against were Chile, Peru and Bolivia abstained."
    assert [c for c in extract.extract(sentences, text.sentences(sentences)) if c.kind == "position"] == []

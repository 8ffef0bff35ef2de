"""Twenty-ninth round (issue 9, branch study30): holdout30's English texts, first half. Sentences of our own, each
with its trap.

The record: A/RES/ES-11/1 of 2 March 2022 (aggression against Ukraine, 141-5-35)."""

from __future__ import annotations

from fixtures import ES11_1_DAY, ES11_1_LEAD, checked_claims
from unga.claims import digits


def _counts(text: str) -> set[tuple]:
    return {(c["asserted"]["field"], c["asserted"]["value"], c["verdict"])
            for c in checked_claims(ES11_1_LEAD + text, ES11_1_DAY) if c["kind"] == "count"}


# holdout30 aj11: the count a vote "would have" had, had some delegations voted as they meant to, was judged as the
# count the vote had, and called false
def test_a_count_that_would_have_been_is_not_the_vote(built_store):
    got = _counts("The text drew 141 votes in favour. Had four delegations voted as they meant to, the right count "
                  "would have been 137 in favour, but the record shows 141.")
    assert got == {("yes", 141, "supported")}
    got = _counts("The text drew 139 votes in favour. The proper tally should have been 141 in favour.")
    assert got == {("yes", 139, "contradicted")}  # the stated count is still judged; the one it should have been is not
    assert not checked_claims(ES11_1_LEAD + "Without the late switches the vote could have been 137 to 9.", ES11_1_DAY)


def _rows(text: str, day=ES11_1_DAY, lead: str = ES11_1_LEAD) -> set[tuple]:
    return {(c["kind"], c["resolution"], c["state"], c["asserted"].get("vote") or c["asserted"].get("value"),
             c["verdict"]) for c in checked_claims(lead + text, day)}


# holdout30 aj02: a voting-practice report's "On a resolution on X (57/141), only A voted no": the bracketed symbol
# names the vote (the claims were placed on another of the text's votes), and "of the sea" before it is no subgroup
def test_a_bracketed_symbol_after_a_resolution_names_its_vote(built_store):
    lead = "The Assembly voted on many texts in March 2022. "
    got = _rows("On a resolution on the aggression against Ukraine (ES-11/1), only Belarus and Syria voted no.",
                lead=lead)
    assert ("position", "A/RES/ES-11/1", "BLR", "no", "supported") in got
    assert ("count", "A/RES/ES-11/1", None, 2, "contradicted") in got  # five voted no: the exclusive list is false
    from unga.claims import cited
    # the sentence's own symbol (cited.bracketed_symbols, the one reader of bracketed symbols), never the text's
    oceans = "On a resolution about oceans and the law of the sea (57/141) that year, only A voted no."
    assert cited.bracketed_symbols(oceans) == ["A/RES/57/141"]
    assert cited.bracketed_symbols("The score was close (45/120) in the end.") == []  # no resolution before it
    assert cited.symbols_in(oceans) == []


# holdout30 aj02: one state as the only abstention, beside nobody voting no
def test_the_lone_abstainer_and_no_one_in_the_negative(built_store):
    got = _rows("China was the lone abstainer.")
    assert ("position", "A/RES/ES-11/1", "CHN", "abstain", "supported") in got
    assert ("count", "A/RES/ES-11/1", None, 1, "contradicted") in got  # 35 abstained
    assert [g[3:] for g in _rows("Nobody voted against the text.")] == [(0, "unverifiable")]  # a zero: never false
    from unga.claims import numbers
    both = digits.in_digits("Cuba was the lone abstainer (and in the end no one voted in the negative).")
    assert numbers.tallies(both)[0].fields == {"abstain": 1, "no": 0}
    assert numbers.tallies("141 voted in the affirmative and 5 voted in the negative.")[0].fields == {"yes": 141, "no": 5}


# holdout30 aj04: the state's own words on its vote in quotes, the verb first
def test_a_quote_opening_the_vote_verb(built_store):
    assert ("position", "A/RES/ES-11/1", "CHN", "abstain", "supported") \
        in _rows("China “abstained with deep regret” on the text, its envoy said.")
    assert ("position", "A/RES/ES-11/1", "IND", "yes", "contradicted") \
        in _rows('India "voted in favour with conviction" on the text.')


# holdout30 aj16: "voted last Friday against"; and a list cut short ("… A were the only countries to …") gives no count
def test_voted_last_weekday_against(built_store):
    day = ES11_1_DAY.replace(day=7)
    got = _rows("Belarus and Syria voted last Wednesday against the resolution.", day)
    assert {g[2] for g in got if g[0] == "position"} == {"BLR", "SYR"}
    got = _rows("And Syria were the only countries to vote last Wednesday against the resolution.", day)
    assert ("position", "A/RES/ES-11/1", "SYR", "no", "supported") in got
    assert not [g for g in got if g[0] == "count"]  # one state for "the only countries": the list is cut short


# holdout30 aj15: a list's last item misspelt ("Bonduras")
def test_a_misspelt_last_item_of_a_list(built_store):
    got = _rows("Those voting against were Belarus, Eritrea and Nourth Korea.")
    assert ("position", "A/RES/ES-11/1", "PRK", "no", "supported") in got
    got = _rows("Abstaining were Pakistan, India and Bangladeshh.")
    assert ("position", "A/RES/ES-11/1", "BGD", "abstain", "supported") in got
    assert {g[2] for g in _rows("Against were Belarus, Syria and Western Europe.")} == {"BLR", "SYR"}

"""Thirteenth round: counts said together with named states, and the count of a state's side (issue 9; docs/claims.md,
"Thirteenth round: numbers"). Sentences are our own; each mechanism has a case now read and a trap. The record used:
ES-11/1 of 2 March 2022 (141-5-35, 12 absent: Russia, Belarus, Eritrea, North Korea and Syria against)."""

from __future__ import annotations

from datetime import date

from unga import api
from unga.claims import companions, extract
from unga.claims import text as claim_text

UKRAINE_VOTE = date(2022, 3, 3)


def counts(text: str) -> list[tuple]:
    return [(c.kind, c.asserted) for c in extract.extract(text, claim_text.sentences(text)) if c.kind in ("count", "tally")]


def count_values(text: str) -> set[tuple]:
    return {(c["field"], c["value"]) for kind, c in counts(text) if kind == "count"}


def checked(said: str) -> list[tuple]:
    return [(c["kind"], c["resolution"], c["asserted"], c["verdict"])
            for c in api.check_text(said, published=UKRAINE_VOTE).claims if c["kind"] in ("count", "tally")]


# --- a count said together with named states: N + the states ---

def test_a_state_and_n_others_counts_the_state_too():
    assert count_values("Belarus and four others voted against the measure.") == {("no", 5)}
    assert count_values("Russia and 4 other states opposed the text.") == {("no", 5)}


def test_a_companion_word_after_the_state():
    assert count_values("Peru, alongside 152 other countries, voted in favour.") == {("yes", 153)}
    assert count_values("Kenya voted with 142 other countries in support of the resolution.") == {("yes", 143)}
    assert count_values("Laos voted against, as did nine other countries.") == {("no", 10)}


def test_companions_chained_and_after_the_vote():
    assert count_values("Fiji, alongside Chile and 12 other nations, voted against.") == {("no", 14)}
    assert count_values("Malta voted against it along with Russia and 16 other countries.") == {("no", 18)}
    assert count_values("Togo, along with Chile, voted against the draft together with 12 other countries.") \
        == {("no", 14)}


def test_trap_a_name_written_twice_counts_twice_as_its_writer_counted():
    assert ("abstain", 35) in count_values("India, China, Iran, Iran, Pakistan, Peru and 29 others abstained.")


def test_trap_an_unknown_name_in_the_list_leaves_the_count_unread():
    # "Ruritania" is no state the record knows: the writer counted it, we cannot
    assert not count_values("India, China, Ruritania, Pakistan and 29 others abstained from voting.")


def test_trap_no_companion_no_addition():
    assert count_values("Mali abstained; 30 other countries voted in favour.") == {("yes", 30)}
    assert not count_values("Moscow and 10 other capitals voted no.")
    assert not count_values("Ghana and 57 countries abstained.")  # 57 with Ghana or without: not said


def test_a_state_and_n_others_checked_on_the_record():
    said = "The Assembly demanded on Wednesday that Russia withdraw from Ukraine. Belarus and four others voted against it."
    assert ("count", "A/RES/ES-11/1", {"field": "no", "op": "=", "value": 5}, "supported") in checked(said)


# --- the count of a state's side: "N states voting with A" ---

def test_voting_with_a_state_counts_its_side_with_the_state():
    assert count_values("Ten other countries voted with Russia against the text.") == {("no", 11)}
    assert count_values("Twenty countries voted with Burma in opposing the resolution.") == {("no", 21)}


def test_voting_with_a_state_is_not_read_as_votes_in_favour():
    # it was read as 140 in favour: it counts Ukraine's side, with or without Ukraine
    got = [(kind, c) for kind, c in counts("The resolution was backed by 140 states voting with Ukraine.")]
    assert got == [("count", {"field": "yes", "op": "=", "value": 141})]
    claim = next(c for c in extract.extract("It was backed by 140 states voting with Ukraine.",
                                            claim_text.sentences("It was backed by 140 states voting with Ukraine."))
                 if c.kind == "count")
    assert companions.WITH_OR_WITHOUT in claim.notes


def test_trap_with_or_without_is_never_called_false():
    # five states voted with Russia on ES-11/1 counting Russia: "five voting with Russia" read as 6 must not be false
    said = "The Assembly demanded on Wednesday that Russia withdraw from Ukraine. Five states voting with Russia opposed it."
    verdicts = {(c[2]["value"], c[3]) for c in checked(said) if c[0] == "count"}
    assert verdicts and all(verdict != "contradicted" for _, verdict in verdicts)


def test_trap_a_deed_of_the_state_is_no_side():
    assert not count_values("Fourteen countries supported Israel's offensive.")


# --- a bare "no" among labelled numbers ---

def test_bare_no_in_a_list_of_labelled_numbers():
    assert counts("The vote was 116 yes, 20 no, and 53 abstentions.") \
        == [("tally", {"yes": 116, "no": 20, "abstain": 53})]
    assert counts("It passed by 87 votes in favour, 26 no, and 53 abstentions.") \
        == [("tally", {"yes": 87, "no": 26, "abstain": 53})]


def test_trap_bare_no_alone_or_in_other_words():
    assert not counts("The survey found 20 no, and the vote was taken later.")
    assert not counts("Of the delegates, 20 no longer attend the sessions where votes are taken.")


# --- approximate counts: a share of a stated membership keeps its operator ---

def test_a_share_of_the_stated_membership_is_a_bound():
    assert count_values("That more than half the 193 UN member states supported it surprised many.") == {("yes", 96)}
    got = [c for kind, c in counts("More than two-thirds of the 193 members voted in favour.") if kind == "count"]
    assert got == [{"field": "yes", "op": ">", "value": 128}]
    got = [c for kind, c in counts("Fewer than a third of the 193 member states voted against.") if kind == "count"]
    assert got == [{"field": "no", "op": "<", "value": 65}]


def test_trap_shares_that_give_no_bound_or_no_membership():
    assert not counts("Nearly two-thirds of the 193 members voted in favour.")  # may be a little over
    assert not counts("More than half of the members supported the text.")  # the membership is not given
    assert not counts("Armed violence kills more than half a million people each year.")


def test_round_figures_keep_their_hedge_and_comparisons_their_operator():
    hedged = extract.extract("Some 111 nations voted in favour.", claim_text.sentences("Some 111 nations voted in favour."))
    # op "~" since the twenty-fifth round: supported within a tenth of the record, else unverifiable
    assert [c.asserted for c in hedged] == [{"field": "yes", "op": "~", "value": 111}] and extract.HEDGED in hedged[0].notes
    assert [c for _, c in counts("Fewer than 10 countries voted against it.")] == [{"field": "no", "op": "<", "value": 10}]


# --- the states a number lists, inside a count or a tally ---

def test_bracketed_lists_inside_a_tally():
    assert counts("Vote: 143 – 4 (Chile, Peru, Laos, Mali) – 11.") == [("tally", {"yes": 143, "no": 4, "abstain": 11})]
    assert counts("It was adopted by 38 votes (including Peru) to 6.") == [("tally", {"yes": 38, "no": 6})]
    assert counts("It passed by 152 to one (Chile) and with four abstentions.") \
        == [("tally", {"yes": 152, "no": 1, "abstain": 4})]


def test_trap_a_bracket_with_numbers_is_no_list_of_states():
    assert not [c for kind, c in counts("Resolution 12 (including 3 annexes) - 40 - 7 pages long was read.")
                if kind == "tally" and c.get("yes") == 12]
    assert not counts("One delegate said the result was close.")  # "one" alone stays a pronoun


def test_a_number_in_words_then_in_digits_is_one_number():
    assert count_values("One hundred and twenty (120) countries voted in favour of the text.") == {("yes", 120)}


def test_asides_before_a_quoted_or_negative_label():
    assert counts('The text passed with 150 in favour, and just 10, including Chile, voted "no."') \
        == [("tally", {"yes": 150, "no": 10})]
    assert count_values("Thirty countries including Peru did not participate.") == {("absent", 30)}


def test_a_side_said_with_a_companion_word_or_a_capital():
    for said in ("The text was backed by 140 states voting alongside Ukraine.",
                 "The measure was supported by 140 countries voting with Kyiv.",
                 "Only 140 countries voted in favour together with Ukraine."):
        claims = [c for c in extract.extract(said, claim_text.sentences(said)) if c.kind == "count"]
        assert [c.asserted["value"] for c in claims] == [141] and companions.WITH_OR_WITHOUT in claims[0].notes, said


def test_trap_with_the_support_of_no_state_is_a_plain_count():
    assert count_values("Only 5 countries voted in favour with the support of the sponsors.") == {("yes", 5)}


# --- a definite description of a side: "the 15 countries that voted against" ---

def test_the_n_countries_that_voted_is_the_side():
    assert count_values("Here is the list of the 15 countries that voted against the resolution.") == {("no", 15)}
    assert count_values("The 9 states voting no were named.") == {("no", 9)}


def test_trap_a_part_an_aggregate_or_another_deed():
    assert not counts("The two countries which had voted in favour for the first time in 2022 confirmed their vote.")
    assert not counts("She named the 65 nations that voted no, abstained or were absent.")
    assert not counts("The 40 countries that sponsored the text were pleased.")


# --- "N-to-M" ---

def test_hyphenated_to():
    assert counts("It passed 120-to-50.") == [("tally", {"yes": 120, "no": 50})]
    assert counts("The 104-to-18 vote (with 18 abstentions) was a rebuke.") \
        == [("tally", {"yes": 104, "no": 18, "abstain": 18})]


def test_trap_ranges_and_loads_are_no_tallies():
    assert not counts("He was jailed for 10-to-15 years after the vote.")
    assert not counts("Carrying 20 to 30 kilos of food, the delegates arrived.")
    assert not counts("The match ended 3-to-1 in the final.")

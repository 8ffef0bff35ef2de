"""Twentieth round (issue 9, branch para1): the constructions our own paraphrase set (tests/reference/paraphrases.jsonl,
benchmarks/bench_paraphrases.py) showed unread, in sentences of our own, each with its trap. The record: ES-11/1
(141-5-35, 12 absent; no: Belarus, North Korea, Eritrea, Russia, Syria; China, India and Pakistan abstained; Kenya
and France yes)."""

from __future__ import annotations

from fixtures import ES11_1_DAY, ES11_1_LEAD, claims_after, positions_after

# a lead that names the symbol in the emergency-session form with an apposition after it
APPOSED = "On 2 March 2022, the General Assembly adopted resolution ES-11/1, demanding that Russia withdraw from Ukraine. "
TOPIC = "The UN General Assembly on Wednesday adopted a resolution demanding that Russia withdraw from Ukraine.\n\n"


def counts(sentence: str, lead: str = ES11_1_LEAD) -> list[tuple]:
    return [(c["asserted"]["field"], c["asserted"]["value"], c["verdict"]) for c in claims_after(lead, sentence, "count")]


def tallies(sentence: str, lead: str = ES11_1_LEAD) -> list[tuple]:
    return [(c["asserted"], c["verdict"]) for c in claims_after(lead, sentence, "tally")]


# "resolution ES-11/1" is the text's own symbol, not another resolution named by a bare number: the sentences after
# it that name none of their own take it
def test_the_texts_emergency_symbol_is_borrowed(built_store):
    assert positions_after(APPOSED, "Voting against: Belarus, Syria and Kenya.") == {
        "BLR": ("no", "supported"), "SYR": ("no", "supported"), "KEN": ("no", "contradicted")}


def test_trap_two_emergency_symbols_lend_neither(built_store):
    lead = APPOSED + "Resolution ES-11/2 followed three weeks later. "
    assert {v for _, v in positions_after(lead, "Kenya voted against.").values()} == {"unverifiable"}


# a counted companion set off by commas, and "other member states"
def test_a_companion_count_between_commas_keeps_the_named_state(built_store):
    assert positions_after(ES11_1_LEAD, "Russia, along with 4 other nations, voted against.") == {"RUS": ("no", "supported")}
    assert counts("Russia, along with 4 other nations, voted against.") == [("no", 5, "supported")]


def test_other_member_states_as_the_companions(built_store):
    assert positions_after(ES11_1_LEAD, "China and 34 other member states abstained.") == {"CHN": ("abstain", "supported")}


def test_trap_a_companion_count_with_the_wrong_state(built_store):
    assert positions_after(ES11_1_LEAD, "Kenya, along with 34 other nations, abstained.") == {
        "KEN": ("abstain", "contradicted")}


# "A, joined by B, abstained": one list, both the subject
def test_joined_by_inside_the_subject(built_store):
    assert positions_after(ES11_1_LEAD, "India, joined by China, abstained.") == {
        "IND": ("abstain", "supported"), "CHN": ("abstain", "supported")}


def test_trap_joined_by_with_the_wrong_state(built_store):
    assert positions_after(ES11_1_LEAD, "Kenya, joined by China, abstained.") == {
        "KEN": ("abstain", "contradicted"), "CHN": ("abstain", "supported")}


def test_trap_joined_by_after_another_clause_is_no_subject(built_store):
    assert positions_after(ES11_1_LEAD, "Kenya voted in favour, joined by France, while Belarus voted against.") == {
        "KEN": ("yes", "supported"), "FRA": ("yes", "supported"), "BLR": ("no", "supported")}


# "; so did B"
def test_so_did_after_a_semicolon(built_store):
    assert positions_after(ES11_1_LEAD, "Belarus voted against; so did Syria.") == {
        "BLR": ("no", "supported"), "SYR": ("no", "supported")}


def test_trap_so_did_with_a_state_that_voted_otherwise(built_store):
    assert positions_after(ES11_1_LEAD, "Belarus voted against; so did India.") == {
        "BLR": ("no", "supported"), "IND": ("no", "contradicted")}


# the inclusion opened by a bracket after a counted side: "5 voted no (among them A and B)"
def test_a_bracketed_inclusion_after_a_counted_side(built_store):
    sentence = "141 countries voted yes and 5 voted no (among them Belarus and Syria)."
    assert positions_after(ES11_1_LEAD, sentence) == {"BLR": ("no", "supported"), "SYR": ("no", "supported")}
    assert tallies(sentence) == [({"yes": 141, "no": 5}, "supported")]


def test_trap_a_bracketed_inclusion_with_an_abstainer(built_store):
    assert positions_after(ES11_1_LEAD, "Five voted no (including Belarus and China).") == {
        "BLR": ("no", "supported"), "CHN": ("no", "contradicted")}


# the side counted in votes as the predicate: "A and B were among the no votes", between dashes too
def test_among_the_no_votes(built_store):
    assert positions_after(ES11_1_LEAD, "It was adopted 141-5 -- Belarus and Syria were among the no votes -- with 35 "
                                        "abstentions.") == {"BLR": ("no", "supported"), "SYR": ("no", "supported")}


def test_trap_among_the_yes_votes_for_an_abstainer(built_store):
    assert positions_after(ES11_1_LEAD, "China was among the yes votes.") == {"CHN": ("yes", "contradicted")}


# "A, B and C all were among the abstainers": the quantifier before the copula
def test_all_before_were_among(built_store):
    assert positions_after(ES11_1_LEAD, "China, India and Pakistan all were among the abstainers.") == {
        "CHN": ("abstain", "supported"), "IND": ("abstain", "supported"), "PAK": ("abstain", "supported")}


# the inclusion after the list: "35 abstentions, A and B among them", "…, with A and B among them"
def test_among_them_after_the_list(built_store):
    assert positions_after(ES11_1_LEAD, "There were 35 abstentions, China and India among them.") == {
        "CHN": ("abstain", "supported"), "IND": ("abstain", "supported")}
    assert positions_after(ES11_1_LEAD, "Five countries voted against, with Belarus and Kenya among them.") == {
        "BLR": ("no", "supported"), "KEN": ("no", "contradicted")}


def test_trap_a_list_after_a_comma_without_among_them_is_its_own_clause(built_store):
    assert positions_after(ES11_1_LEAD, "Belarus voted against, China abstained.") == {
        "BLR": ("no", "supported"), "CHN": ("abstain", "supported")}


# a headline's present tense and a tally closing it
def test_headline_nations_back_and_oppose(built_store):
    text = "141 nations back UN resolution demanding Russia leave Ukraine; 5 oppose\n\n" + TOPIC
    from unga import api
    found = [(c["asserted"], c["verdict"]) for c in api.check_text(text, published=ES11_1_DAY).claims if c["kind"] == "tally"]
    assert found == [({"yes": 141, "no": 5}, "supported")]


def test_headline_tally_after_a_comma(built_store):
    from unga import api
    text = "General Assembly backs text demanding Russia leave Ukraine, 141 to 5\n\n" + TOPIC
    found = [(c["asserted"], c["verdict"]) for c in api.check_text(text, published=ES11_1_DAY).claims if c["kind"] == "tally"]
    assert found == [({"yes": 141, "no": 5}, "supported")]


def test_trap_countries_support_talks_is_no_count(built_store):
    assert counts("141 countries support talks on a ceasefire.") == []


# "It was opposed by N countries": the passive's agent counted, with no other vote word in the sentence
def test_opposed_by_a_number_of_countries(built_store):
    assert counts("It was opposed by 5 countries.") == [("no", 5, "supported")]
    assert counts("It was opposed by 7 countries.") == [("no", 7, "contradicted")]


# "A was among N countries that chose to abstain"
def test_among_a_count_that_chose_to_abstain(built_store):
    assert counts("China was among 35 countries that chose to abstain.") == [("abstain", 35, "supported")]
    assert positions_after(ES11_1_LEAD, "China was among 35 countries that chose to abstain.") == {
        "CHN": ("abstain", "supported")}


# a false alarm the paraphrases found: the text's one symbol was lent to a relative clause about last year's vote
# ("Israel, which abstained last year, voted against this time" called the abstention false on 2017's vote); the
# clause's own year keeps the symbol off. The record: 72/4 (2017) Israel no; 71/5 (2016) Israel abstained.
CUBA_2017 = "On 1 November 2017, the General Assembly adopted resolution 72/4, calling for an end to the embargo on Cuba. "


def test_a_relative_clause_of_last_year_does_not_take_the_texts_symbol(built_store):
    from datetime import date
    found = claims_after(CUBA_2017, "Israel, which abstained last year, voted against this time.", "position",
                         published=date(2017, 11, 2))
    by_vote = {c["asserted"]["vote"]: (c["resolution"], c["verdict"]) for c in found}
    assert by_vote["no"] == ("A/RES/72/4", "supported")
    assert by_vote["abstain"][1] != "contradicted"

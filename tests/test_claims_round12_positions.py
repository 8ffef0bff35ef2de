"""Twelfth round of extraction (issue 9): the states' positions the checker did not read, by mechanism — a vote
word in quotes, an adverb between a list and its vote, "besides A" read as one more voter, a bracketed list inside a
relative clause, "(Federated States of)" forms, "followed suit" taking the vote of the sentence before
(docs/claims.md, "Twelfth round: positions"). Sentences are our own; each mechanism has a found case and a trap.
The record used: A/RES/ES-11/1 of 2 March 2022 (141-5-35 with 12 absent; Russia, Belarus, Eritrea, North Korea and
Syria against; Pakistan, China and India abstaining)."""

from __future__ import annotations

from datetime import date

from fixtures import claim_rows

from unga.claims import extract, positions
from unga.claims import text as claim_text
from unga.claims.names import mentions
from unga.claims.phrases import unquoted


def sides(sentence: str) -> list[tuple[str, str]]:
    return [(p.iso3, p.vote) for p in positions.positions(sentence)[0]]


def read(text: str) -> list[tuple[str, str]]:
    return [(c.state, c.asserted["vote"]) for c in extract.extract(text, claim_text.sentences(text))
            if c.kind == "position"]


# --- a vote word in quotes ---

def test_a_quoted_vote_word_is_read_as_the_word():
    assert sides("Chad and Peru voted “against”.") == [("TCD", "no"), ("PER", "no")]
    assert sides("The others who voted 'against' were Fiji, Nauru and Tonga.") == [("FJI", "no"), ("NRU", "no"),
                                                                                   ("TON", "no")]
    assert sides("Chile and Peru were among those who 'abstained', while Fiji and Tonga voted in 'favour'.") == [
        ("CHL", "abstain"), ("PER", "abstain"), ("FJI", "yes"), ("TON", "yes")]
    assert sides('Chad voted "no," joined by Peru.') == [("TCD", "no"), ("PER", "no")]


def test_quotes_hold_the_offsets_and_leave_labels_and_titles_alone():
    # the traps: a quoted label before "votes" and a quoted word that follows no vote word keep their quotes
    assert unquoted('Ten other "no" votes came from the region.') == 'Ten other "no" votes came from the region.'
    assert unquoted('The "Against" campaign met in Lima.') == 'The "Against" campaign met in Lima.'
    text = "Chad voted 'against' it."
    assert len(unquoted(text)) == len(text)


def test_a_quoted_vote_word_is_checked(built_store):
    got = claim_rows("The General Assembly adopted resolution ES-11/1 on 2 March by 141 votes to 5. Russia and "
                     "Belarus voted “against”, while Pakistan was among those who 'abstained'.", date(2022, 3, 3))
    assert [(state, verdict) for kind, state, _, verdict in got if kind == "position"] == [
        ("RUS", "supported"), ("BLR", "supported"), ("PAK", "supported")]


# --- an adverb between a list and its vote ---

def test_an_adverb_between_the_list_and_its_vote():
    assert sides("Chad and Peru traditionally voted against the text.") == [("TCD", "no"), ("PER", "no")]
    assert sides("Fiji has consistently voted in favour of the resolution.") == [("FJI", "yes")]


def test_a_hedge_or_an_earlier_vote_is_no_adverb_of_the_vote():
    # the traps: a guess, a first vote later changed, a vote before the one reported
    assert sides("Chad likely voted against the text.") == []
    assert sides("Peru initially voted in favour of the draft.") == []
    assert sides("Chad and Peru have previously vetoed two drafts.") == []


# --- "besides A": one more voter, unless the clause speaks of all ---

def test_besides_adds_the_state_to_the_voters():
    assert sides("Besides Chad, Peru, Fiji and Tonga voted against the resolution.") == [
        ("TCD", "no"), ("PER", "no"), ("FJI", "no"), ("TON", "no")]
    assert sides("In the Pacific, other than Fiji and Tonga, Nauru supported the resolution.") == [
        ("FJI", "yes"), ("TON", "yes"), ("NRU", "yes")]


def test_besides_with_all_or_every_is_an_exception():
    # the traps: the whole clause but the list, and "except", which never adds
    assert sides("All countries besides Chad and Peru voted yes.") == []
    assert sides("Apart from Chile, everyone voted in favour.") == []
    assert sides("Every member voted yes except Chad and Peru.") == []
    # and an aside of a state: which of the two voted so is not clear
    assert sides("Chad, apart from Peru, voted in favour.") == []


# --- a bracketed list inside a relative clause; a form of state in brackets ---

def test_a_bracketed_list_inside_a_relative_clause_is_the_vote_list():
    assert sides("The Assembly took up a draft on Tokelau, which it adopted by a recorded vote of 90 in favour to 3 "
                 "against (Chad, Fiji, Peru), with 60 abstentions.") == [("TCD", "no"), ("FJI", "no"), ("PER", "no")]


def test_a_state_inside_a_plain_relative_clause_still_takes_no_side():
    # the trap: ", which recognizes Chad," names a state that votes nothing
    assert sides("Peru, which recognizes Chad, voted yes.") == [("PER", "yes")]


def test_a_form_of_state_in_brackets_does_not_end_the_list():
    assert sides("Against (4): Chile, Micronesia (Federated States of), Nauru, Tonga.") == [
        ("CHL", "no"), ("FSM", "no"), ("NRU", "no"), ("TON", "no")]
    assert sides("Voting no were Bolivia (Plurinational State of) and Iran (Islamic Republic of).") == [
        ("BOL", "no"), ("IRN", "no")]


# --- "followed suit": the vote of the sentence before ---

def test_followed_suit_takes_the_vote_of_the_sentence_before():
    assert read("Chad was among the countries that abstained. Other states that followed suit were Peru and Fiji.") \
        == [("TCD", "abstain"), ("PER", "abstain"), ("FJI", "abstain")]
    assert read("Many states of the region abstained. In particular, Chile and Peru took a similar position.") == [
        ("CHL", "abstain"), ("PER", "abstain")]


def test_followed_suit_after_no_vote_or_two_votes_reads_nothing():
    # the traps: the sentence before speaks of sponsoring, of two votes, or of a veto (another body)
    assert read("Canada sponsored the text. Australia followed suit.") == []
    assert read("Chile voted in favour and Peru abstained. Fiji followed suit.") == [("CHL", "yes"), ("PER", "abstain")]
    assert read("Many countries voted yes while some abstained. Fiji followed suit.") == []
    assert read("Russia vetoed the draft in the Council. China followed suit.") == [("RUS", "no")]


def test_followed_suit_is_checked(built_store):
    got = claim_rows("The General Assembly adopted resolution ES-11/1 on 2 March by 141 votes to 5. Pakistan was "
                     "among the countries that abstained. China and India followed suit.", date(2022, 3, 3))
    assert [(state, asserted["vote"], verdict) for kind, state, asserted, verdict in got if kind == "position"] == [
        ("PAK", "abstain", "supported"), ("CHN", "abstain", "supported"), ("IND", "abstain", "supported")]


# --- "voted for the first time against": a time, not a side ---

def test_for_the_nth_time_is_a_time_not_a_side():
    assert sides("Chad has voted for the first time against the resolution.") == [("TCD", "no")]
    assert sides("Peru voted for the eighth time in favour of the text.") == [("PER", "yes")]


def test_for_the_nth_time_alone_gives_no_vote():
    # the trap: "voted for the first time" says when, not how
    assert sides("Peru voted for the first time.") == []
    assert sides("Peru voted for the resolution.") == [("PER", "yes")]


# --- a vote noun as the predicate ---

def test_a_vote_noun_as_the_predicate():
    assert sides("Tonga was the only abstention.") == [("TON", "abstain")]
    assert sides("Chad and Peru were among the absentees.") == [("TCD", "absent"), ("PER", "absent")]
    assert sides("In all 150 countries, including Fiji and Chile, are in favour, with only Nauru opposing it.") == [
        ("FJI", "yes"), ("CHL", "yes"), ("NRU", "no")]


def test_in_favour_of_something_else_is_no_vote():
    # the trap: support for a policy, not for the text voted on
    assert sides("Chad is in favour of talks with Peru.") == []


# --- a group is never read as its members unless the text lists them ---

def test_a_group_is_not_read_as_its_members():
    assert sides("The European Union's members and the Nordic countries voted in favour.") == []
    assert sides("The Arab Group backed the text.") == []
    # "the Group of 77 and China" is a group's name: China is not named as a voter apart
    assert sides("The Group of 77 and China voted against the amendment.") == []


def test_a_group_whose_members_the_text_lists_is_read_by_the_list():
    assert sides("The Nordic countries — Denmark, Finland, Iceland, Norway and Sweden — voted in favour.") == [
        ("DNK", "yes"), ("FIN", "yes"), ("ISL", "yes"), ("NOR", "yes"), ("SWE", "yes")]
    assert sides("China and India voted against.") == [("CHN", "no"), ("IND", "no")]


# --- a name two states went by, with the bracket that says which ---

def test_a_bracket_tells_which_congo():
    assert sides("Only the Congo (Léopoldville) and Chad voted against the resolution.") == [("COD", "no"),
                                                                                             ("TCD", "no")]
    assert sides("Congo (Brazzaville) and Chad abstained.") == [("COG", "abstain"), ("TCD", "abstain")]
    assert sides("China (PRC) voted against.") == [("CHN", "no")]


def test_a_bracket_after_a_name_no_other_state_shares_changes_nothing():
    # the trap: "Peru (Chile)" is no name of Chile's; the bracket is read as before
    assert [m.iso3 for m in mentions("Peru (Chile) abstained.")] == ["PER", "CHL"]

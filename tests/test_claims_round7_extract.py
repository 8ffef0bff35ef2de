"""Seventh round of extraction (issue 9): grammatical patterns counted across all six labelled sets (docs/claims.md,
"Seventh round: extraction"), each in sentences of our own, a found case and a trap. The record used: A/RES/ES-11/1
of 2 March 2022 (141-5-35; Russia, Belarus, Eritrea, North Korea and Syria against; China, India and Pakistan
abstaining) and A/RES/78/7 of 2 November 2023 on the embargo against Cuba (187-2-1; the United States and Israel
against, Ukraine abstaining)."""

from __future__ import annotations

from datetime import date

from fixtures import claim_rows

from unga.claims import positions


def sides(sentence: str) -> list[tuple[str, str]]:
    return [(p.iso3, p.vote) for p in positions.positions(sentence)[0]]


def checked(sentences: str, published: date = date(2022, 3, 3)) -> list[tuple]:
    return claim_rows(sentences, published)


# --- a list goes on past a name the record spells otherwise ---

def test_a_list_after_were_goes_on_past_a_name_the_record_does_not_know():
    assert sides("Abstaining were India, Freedonia, China and Pakistan.") == [
        ("IND", "abstain"), ("CHN", "abstain"), ("PAK", "abstain")]
    assert sides("Abstainers included Chad, Iran, Ruritania and India.") == [
        ("TCD", "abstain"), ("IRN", "abstain"), ("IND", "abstain")]
    # "Syrie" is Syria's French name: a list of states' names read as such since the thirty-second round (quoted_names)
    assert sides("Five voted against, including Belarus, Syrie, Eritrea and Russia.") == [
        ("BLR", "no"), ("SYR", "no"), ("ERI", "no"), ("RUS", "no")]


def test_a_name_with_a_clause_of_its_own_ends_the_list():
    # "Chile said ..." is a new clause, not an item of the list
    assert sides("Among those abstaining were India and China. Chile said it voted in favour.")[:2] == [
        ("IND", "abstain"), ("CHN", "abstain")]
    assert ("CHL", "abstain") not in sides("Among those abstaining were India and China, Mr Boric of Chile said.")


def test_a_code_is_a_state_only_in_capitals():
    # "New" (York) is no code of New Zealand, "Can" no code of Canada; "NZL" and "USA" are
    assert sides("In New York, India abstained.") == [("IND", "abstain")]
    assert sides("Can a vote change that? India abstained.") == [("IND", "abstain")]
    assert sides("Abstaining were IND and NZL.") == [("IND", "abstain"), ("NZL", "abstain")]


def test_the_list_with_an_unknown_name_is_checked(built_store):
    got = checked("Resolution ES-11/1 was adopted on 2 March 2022 by 141 votes to 5; those abstaining included "
                  "India, Freedonia, China and Pakistan.")
    assert ("position", "PAK", {"vote": "abstain"}, "supported") in got
    assert len([c for c in got if c[0] == "position"]) == 3  # "Freedonia" is no state


# --- a count's bracket names its states, whatever else it holds ---

def test_a_bracket_after_a_count_gives_its_states_that_vote():
    assert sides("It passed 70 to 8 (the Arab group and Iran), with 12 abstentions.") == [("IRN", "no")]
    assert sides("The motion carried 40 to 2 (Communist Albania), 6 abstaining.") == [("ALB", "no")]


def test_a_closed_bracket_ends_the_list_before_the_next_vote():
    # before, "Ukraine" stood between two vote phrases and the whole clause was dropped as unclear
    assert sides("It passed 150 to 3 against (Chile, Peru and Laos), with Nepal abstaining.") == [
        ("CHL", "no"), ("PER", "no"), ("LAO", "no"), ("NPL", "abstain")]


def test_a_bracket_that_is_no_list_of_voters_gives_nothing():
    assert sides("It was adopted by 95 votes to 2 (a proposal by France and Britain).") == []
    assert sides("It was adopted by 95 votes to 2 (Britain said it was a shame).") == []
    # a bracket after a group, not after a count, does not end the list it stands in
    assert sides("The abstainers were mainly non-aligned states (Ghana, Nepal), plus Austria and Sweden.") == [
        ("GHA", "abstain"), ("NPL", "abstain"), ("AUT", "abstain"), ("SWE", "abstain")]


def test_the_bracketed_states_are_checked(built_store):
    got = checked("On 2 November 2023 the Assembly again asked for an end to the Cuba embargo: 187 for and 2 against "
                  "(Israel and the United States), with Ukraine abstaining.", date(2023, 11, 3))
    assert ("position", "ISR", {"vote": "no"}, "supported") in got
    assert ("position", "UKR", {"vote": "abstain"}, "supported") in got


# --- the agent of a passive, and states named by their tie to the one before ---

def test_votes_cast_by_name_their_voters():
    assert sides("All votes against the draft were cast by Chad and Peru.") == [("TCD", "no"), ("PER", "no")]
    assert sides("The yes votes were cast mostly by Chile and Peru.") == [("CHL", "yes"), ("PER", "yes")]


def test_a_described_group_then_its_states_in_a_passive_agent():
    assert sides("The nay votes were cast largely by Gulf monarchies plus the island states of Fiji, Tonga and "
                 "Samoa.") == [("FJI", "no"), ("TON", "no"), ("WSM", "no")]
    assert sides("The draft was opposed by many of Beijing's allies, Laos, Cambodia and some others.") == [
        ("LAO", "no"), ("KHM", "no")]


def test_a_state_in_the_agent_that_is_no_voter_gives_nothing():
    assert sides("It was backed by Western countries, Japan said.") == []  # the state speaks, it is not listed
    assert sides("It was opposed by countries that fear Russia.") == []
    assert sides("It was opposed by the text's critics; Chile voted in favour.") == [("CHL", "yes")]


def test_its_ally_continues_a_list():
    assert sides("It was opposed only by the US and its ally Israel.") == [("USA", "no"), ("ISR", "no")]
    assert sides("Serbia and its ally Russia were among those voting no.") == [("SRB", "no"), ("RUS", "no")]
    assert sides("Russia and its allies voted against.") == [("RUS", "no")]
    # a tie to a state outside the list is no list: "Chile's ally Peru" names a possessive, read as nothing
    assert ("CHL", "no") not in sides("Chile's ally Peru voted against.")


# --- a headline's present tense ---

def test_a_headline_in_the_present_tense_gives_its_states_a_vote():
    assert sides("Laos, Nepal oppose UN resolution on drones") == [("LAO", "no"), ("NPL", "no")]
    assert sides("Assembly text praises Moscow, US votes against") == [("USA", "no")]
    assert sides("Assembly Urges End to Cuba Embargo, Israel and United States Oppose") == [
        ("ISR", "no"), ("USA", "no")]
    assert sides("Chile votes for the text every year.") == [("CHL", "yes")]


def test_a_present_tense_that_is_no_vote_gives_nothing():
    assert sides("Chile and Peru oppose the death penalty.") == []  # not a text put to the vote
    assert sides("Canada votes against a friend") == []  # a side taken against a friend, not a no on the text
    assert sides("Russia needed 97 votes for a majority.") == []


def test_a_prepositions_object_before_a_comma_is_no_subject():
    assert sides("Assembly faults the blockade of Gaza; Chile, Peru join Brazil to oppose") == [
        ("BRA", "no"), ("CHL", "no"), ("PER", "no")]
    # "along with", "with", "in addition to" open the list itself
    assert sides("Along with Russia, Belarus, Eritrea and Mali voted against.") == [
        ("RUS", "no"), ("BLR", "no"), ("ERI", "no"), ("MLI", "no")]
    assert sides("The text passed, with Chile, Peru and Bolivia voting against.") == [
        ("CHL", "no"), ("PER", "no"), ("BOL", "no")]


# --- "was among / one of the N countries that …" with more between ---

def test_among_or_one_of_the_countries_with_words_between():
    assert sides("Belarus was one of only 5 states to vote no on the draft.") == [("BLR", "no")]
    assert sides("Belarus was among 5 states (listed at the end) that voted against the draft.") == [("BLR", "no")]
    assert sides("Laos and Mali were among the states that sided with Moscow to vote against the draft.") == [
        ("LAO", "no"), ("MLI", "no")]


def test_a_side_taken_on_another_question_is_no_vote():
    assert sides("Chile was among the countries that sided with Peru on the border question and voted against.") \
        == []
    assert sides("Belarus was one of just 5 countries to praise the text.") == []


def test_one_of_the_countries_is_checked(built_store):
    got = checked("Belarus was one of just 5 countries to vote against resolution ES-11/1 on 2 March 2022.")
    assert ("position", "BLR", {"vote": "no"}, "supported") in got


# --- a counted group whose members follow in dashes or brackets ---

def test_a_counted_group_inside_a_list_goes_on_with_its_members():
    assert sides("The 9 states voting no include Chile, Peru and 3 Asian states – Laos, Nepal and Bhutan.") == [
        ("CHL", "no"), ("PER", "no"), ("LAO", "no"), ("NPL", "no"), ("BTN", "no")]


def test_a_counted_group_after_with_takes_the_vote_of_its_clause():
    assert sides("40 states abstained, with 3 Nordic member-states – Norway, Finland and Iceland – staying neutral.") \
        == [
        ("NOR", "abstain"), ("FIN", "abstain"), ("ISL", "abstain")]
    # the group's own vote phrase wins over the clause's
    assert sides("40 states abstained, with 3 Nordic member-states – Norway, Finland and Iceland – voting no.") == [
        ("NOR", "no"), ("FIN", "no"), ("ISL", "no")]


def test_a_counted_group_that_is_no_list_of_voters_gives_nothing():
    assert sides("The text was drafted with 6 Arab states – Egypt, Jordan and Qatar – as sponsors.") == []
    assert sides("The text, praised by 4 countries – Chile and Peru among them – was adopted.") == []


# --- "one of N countries to vote against" states the count of that side ---

def test_one_of_n_countries_gives_the_count_of_its_side():
    def counts(sentence: str) -> list[dict]:
        from unga.claims import extract, text
        return [c.asserted for c in extract.extract(sentence, text.sentences(sentence)) if c.kind == "count"]
    assert counts("Chile was one of just 14 countries to vote against the text.") == [
        {"field": "no", "op": "=", "value": 14}]
    assert counts("Chile was one of 14 countries that abstained.") == [{"field": "abstain", "op": "=", "value": 14}]
    # a side that is no vote gives no count
    assert counts("Chile was one of 14 countries to sponsor the text.") == []


def test_one_of_n_countries_is_checked(built_store):
    got = checked("Belarus was one of just 5 countries to vote against resolution ES-11/1 on 2 March 2022.")
    assert ("count", None, {"field": "no", "op": "=", "value": 5}, "supported") in got


# --- a name between two states of a list is a state, misspelt ---

def test_a_misspelt_name_between_two_states_of_a_list_is_read():
    assert sides("Voting no were Chad, Panama, Marshal Islands and Peru.") == [
        ("TCD", "no"), ("PAN", "no"), ("MHL", "no"), ("PER", "no")]
    assert sides("Abstaining were Chile, Bosnia/Herzegovina and Peru.") == [
        ("CHL", "abstain"), ("BIH", "abstain"), ("PER", "abstain")]


def test_a_name_far_from_any_state_is_not_guessed():
    assert sides("India, Mr Smith and Peru abstained.") == [("IND", "abstain"), ("PER", "abstain")]
    assert sides("Chile, New York and Peru abstained.") == [("CHL", "abstain"), ("PER", "abstain")]
    # alone, a misspelling was not guessed until the thirty-fourth round, which reads it by likeness in a vote's
    # sentence and never calls it false (tests/test_claims_round34_names34.py)
    assert sides("Marshal Islands voted against.") == [("MHL", "no")]


# --- the membership a count is taken out of, wherever it stands ---

def test_the_membership_between_a_count_and_its_noun_is_no_yes_count():
    def tallies(sentence: str) -> list[dict]:
        from unga.claims import extract, text
        return [c.asserted for c in extract.extract(sentence, text.sentences(sentence)) if c.kind == "tally"]
    assert tallies("On the day 141 of all 193 UN members voted yes, 5 voted no and 35 abstained.") == [
        {"yes": 141, "no": 5, "abstain": 35}]
    # before, "out of 190" after the noun was read as 190 yes votes
    assert tallies("120 states out of 190 voted yes on the draft, 30 abstained and 12 voted no.") == [
        {"yes": 120, "no": 12, "abstain": 30}]
    # a tally "to" is no membership
    assert tallies("It passed 141 to 5 on Wednesday.") == [{"yes": 141, "no": 5}]


def test_a_count_out_of_the_assembly_members_is_checked(built_store):
    got = checked("Resolution ES-11/1 was adopted on 2 March 2022: 141 of the 193 assembly members voted in favour, "
                  "5 against and 35 abstained.")
    assert ("tally", None, {"yes": 141, "no": 5, "abstain": 35}, "supported") in got


# --- a companion named at the head of a clause votes as its subject ---

def test_a_companion_at_the_head_of_a_clause_takes_its_vote():
    assert sides("Together with Japan, 95 other states backed the draft.") == [("JPN", "yes")]
    assert sides("Apart from the US, the states that opposed the text were Israel, Nauru and Palau.") == [
        ("ISR", "no"), ("NRU", "no"), ("PLW", "no"), ("USA", "no")]


def test_an_exception_or_a_side_taken_is_no_companion():
    assert sides("Apart from Chile, all countries voted in favour.") == []  # "apart from" as "except"
    assert sides("Aside from Chile, the vote was unanimous in favour.") == []
    assert sides("In addition to Chile, 10 other countries backed Peru.") == []  # a side taken on a state

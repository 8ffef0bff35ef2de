"""Eighth round of extraction (issue 9): grammatical patterns counted across all seven labelled sets (docs/claims.md,
"Eighth round: extraction"), each in sentences of our own, a found case and a trap. The record used: A/RES/ES-11/1
of 2 March 2022 (141-5-35; Russia, Belarus, Eritrea, North Korea and Syria against; China, India and Pakistan
abstaining)."""

from __future__ import annotations

from datetime import date

from fixtures import claim_rows

from unga.claims import positions, text


def sides(sentence: str) -> list[tuple[str, str]]:
    return [(p.iso3, p.vote) for p in positions.positions(sentence)[0]]


def checked(sentences: str, published: date = date(2022, 3, 3)) -> list[tuple]:
    return claim_rows(sentences, published)


# --- a title or a short form before a name ends no sentence ---

def test_a_title_before_a_name_does_not_end_the_sentence():
    said = "The vote was 70-9, a blow to the regime of Gen. Juan Perez. Forty nations abstained."
    assert [s[2][:12] for s in text.sentences(said)] == ["The vote was", "Forty nation"]
    assert len(text.sentences("Amb. Linda Green and Sen. Mark Brown said Peru abstained.")) == 1


def test_a_sentence_that_ends_on_a_name_still_ends():
    # the trap: a full stop after an ordinary word (or a name) is still a sentence's end
    assert len(text.sentences("The general spoke. Forty nations abstained.")) == 2
    assert len(text.sentences("It was a blow to Gen. Perez. Forty nations abstained.")) == 2


def test_short_forms_in_a_state_name_are_spelt_out():
    assert sides("Chad, Peru, Dem. Rep. of Congo and Fiji voted against the resolution.") == [
        ("TCD", "no"), ("PER", "no"), ("COD", "no"), ("FJI", "no")]
    assert sides("Iran, Dem. Rep of Korea and Syria voted against the resolution.") == [
        ("IRN", "no"), ("PRK", "no"), ("SYR", "no")]
    assert sides("Peru and the Central African Rep. abstained.") == [("PER", "abstain"), ("CAF", "abstain")]


def test_a_title_before_a_person_is_no_state():
    # "Rep. Ann Lee" is a member of a parliament, not a republic
    assert sides("Rep. Ann Lee said that Peru voted no.") == [("PER", "no")]


def test_the_list_after_a_short_form_is_checked(built_store):
    got = checked("Resolution ES-11/1 was adopted on 2 March 2022 by 141 votes to 5. Russia, Belarus, Dem. Rep. of "
                  "Korea, Eritrea and Syria voted against it.")
    assert ("position", "PRK", {"vote": "no"}, "supported") in got
    assert ("position", "SYR", {"vote": "no"}, "supported") in got


# --- votes cast, in the plural and as a participle ---

def test_casting_negative_votes_or_ballots_is_a_no():
    assert sides("It passed 60 to 8, with Chad, Peru and Fiji casting negative ballots, while 13 abstained.") == [
        ("TCD", "no"), ("PER", "no"), ("FJI", "no")]
    assert sides("The tally was 120 in favour, with Chad and Peru again casting the only negative votes.") == [
        ("TCD", "no"), ("PER", "no")]
    assert sides("Peru and Chad cast affirmative ballots.") == [("PER", "yes"), ("TCD", "yes")]


def test_casting_votes_without_a_side_is_no_position():
    assert sides("Chad and Peru cast their votes after a long debate.") == []
    assert sides("Peru cast doubt on the negative votes of its neighbours.") == []


def test_the_negative_ballots_are_checked(built_store):
    got = checked("Resolution ES-11/1 passed on 2 March 2022 by 141 to 5, with Russia and Belarus casting negative "
                  "ballots and China casting negative ballots too.")
    assert ("position", "RUS", {"vote": "no"}, "supported") in got
    assert ("position", "CHN", {"vote": "no"}, "contradicted") in got


# --- another body named only in an aside is not the body of the sentence's vote ---

def test_a_council_veto_in_an_aside_leaves_the_assembly_vote():
    from unga.claims.extract import scope_of
    assert scope_of("The text, much like one Chad and Peru vetoed in the Security Council in May, received 137 votes "
                    "in favour, 12 against and 17 abstentions.") == "assembly"
    assert scope_of("The vote, opening the way for a debate by the Security Council, was 93 to 6 with 8 "
                    "abstentions.") == "assembly"


def test_an_aside_about_the_text_itself_or_a_council_clause_stays_the_councils():
    from unga.claims.extract import scope_of
    # the traps: the aside is about the subject ("which"), the Council is named in the main clause, or nothing
    # but the aside speaks of a vote
    assert scope_of("The draft, which Russia vetoed in the Security Council, received 11 votes in favour.") == \
        "other body"
    assert scope_of("The Security Council voted 13 to 0, with China and Russia abstaining.") == "other body"
    assert scope_of("The draft, put to the Security Council on Monday, received 11 votes in favour.") == "other body"
    assert scope_of("In other action, the Committee approved, by a vote of 94 to 2, a text on water.") == "other body"
    # no subject before the commas: the Council's vote is the sentence's own
    assert scope_of("On Monday, Chad vetoed a Security Council resolution on water, with Peru and Fiji abstaining.") \
        == "other body"


def test_the_assembly_tally_beside_a_council_aside_is_checked(built_store):
    got = checked("The resolution, much like a draft Russia vetoed in the Security Council in February, was "
                  "adopted on 2 March 2022 by 141 votes to 5, with 35 abstentions.")
    assert ("tally", None, {"yes": 141, "no": 5, "abstain": 35}, "supported") in got


# --- "abstained from" a noun phrase of the vote ---

def test_abstaining_from_a_named_vote_or_resolution_is_an_abstention():
    assert sides("Peru abstained from a UN General Assembly resolution condemning the annexation") == [
        ("PER", "abstain")]
    assert sides("Peru abstains from UN General Assembly vote on peace") == [("PER", "abstain")]
    assert sides("Peru abstained from the Monday's vote.") == [("PER", "abstain")]
    assert sides("Peru abstained from casting a vote.") == [("PER", "abstain")]


def test_abstaining_from_something_else_is_no_vote():
    # the traps: a verb or a clause of its own after "from"
    assert sides("Peru abstained from criticizing the resolution.") == []
    assert sides("Peru has abstained from comment on the General Assembly debate.") == []


def test_the_abstention_from_a_named_resolution_is_checked(built_store):
    got = checked("India abstained from a UN General Assembly resolution condemning Russia's invasion. Resolution "
                  "ES-11/1 was adopted on 2 March 2022 by 141 votes to 5.")
    assert ("position", "IND", {"vote": "abstain"}, "supported") in got


# --- a state excepted from a list, with a relative clause of its own ---

def test_an_excepted_state_takes_the_vote_of_its_relative_clause():
    assert sides("Voting in favour were the Gulf states, except Oman which abstained, the Eastern bloc and others.") \
        == [("OMN", "abstain")]
    assert sides('All donors voted in favour except for Fiji (which voted "no") and Chad and Peru (which abstained).') \
        == [("FJI", "no"), ("TCD", "abstain"), ("PER", "abstain")]


def test_an_excepted_state_without_a_clause_of_its_own_takes_no_vote():
    assert sides("All donors voted in favour except for Fiji and Chad.") == []
    assert sides("Every Gulf state abstained except Oman, the chair of the group.") == []


def test_the_excepted_state_is_checked(built_store):
    got = checked("Resolution ES-11/1 was adopted on 2 March 2022 by 141 votes to 5. The South Asian states voted "
                  "in favour, except India which abstained.")
    assert ("position", "IND", {"vote": "abstain"}, "supported") in got


# --- a region's adjective is no state ---

def test_south_or_latin_american_is_a_region_not_the_united_states():
    assert sides("Abstaining were most South American countries, a few African states and Japan.") == [
        ("JPN", "abstain")]
    assert sides("Voting against were many Latin American states and Chad.") == [("TCD", "no")]


def test_the_american_delegation_and_two_word_names_are_still_states():
    assert sides("Voting in favour were many Latin American states and the American delegation.") == [("USA", "yes")]
    assert sides("South Korea and North Macedonia abstained.") == [("KOR", "abstain"), ("MKD", "abstain")]


# --- a colon list after the clause's object and its adjuncts ---

def test_a_colon_list_after_the_object_and_a_time_takes_the_vote():
    assert sides("Three Andean states voted in favor of the resolution for the first time this year: Chad, Peru "
                 "and Fiji.") == [("TCD", "yes"), ("PER", "yes"), ("FJI", "yes")]


def test_a_colon_after_another_object_opens_no_list():
    # the traps: what follows the colon is a new clause, or the object is not the vote's text
    assert sides("Peru voted against the resolution of Chad: Fiji said so.") == [("PER", "no")]
    assert sides("Peru voted in favour of a plan for Chad: Fiji and Mali objected.") == [("PER", "yes")]


# --- the Security Council by its short name ---

def test_the_unsc_is_the_security_council():
    from unga.claims.extract import scope_of
    assert scope_of("The UNSC resolution failed, with only Chad and Peru voting in favour.") == "other body"
    assert scope_of("The U.N.S.C. draft was vetoed.") == "other body"


def test_a_sentence_that_names_the_unsc_without_its_vote_stays_the_assemblys():
    from unga.claims.extract import scope_of
    assert scope_of("Chad said the UNSC was paralysed, and voted for the Assembly text.") == "assembly"


def test_a_unsc_vote_is_never_called_false(built_store):
    got = checked("Resolution ES-11/1 was adopted on 2 March 2022 by 141 votes to 5. The UNSC resolution the week "
                  "before failed, with only Russia and China voting in favour.")
    assert not [c for c in got if c[1] in ("RUS", "CHN") and c[3] == "contradicted"]


# --- "the 2018 resolution": a year named with the vote's noun ---

def times(sentence: str) -> list[tuple[str, str, str | None]]:
    return [(p.iso3, p.vote, p.when) for p in positions.positions(sentence)[0]]


def test_a_relative_clause_about_the_vote_of_a_year_takes_that_year():
    assert times("Fiji and Peru, which voted against the 2018 resolution, also supported the call today.") == [
        ("FJI", "no", "2018"), ("PER", "no", "2018"), ("FJI", "yes", None), ("PER", "yes", None)]
    assert times("Chad voted against the text in the 2019 session.") == [("TCD", "no", "2019")]


def test_a_number_before_another_noun_is_no_year():
    assert times("Chad voted against the 2030 Agenda resolution.") == [("TCD", "no", None)]

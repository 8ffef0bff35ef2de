"""Writes tests/reference/paraphrases.jsonl: sentences of our own (never article text) about real votes, each with
its claims and their truth taken from the record.

    PYTHONPATH=src UNGA_HOME=… python tests/reference/make_paraphrases.py

Every construction the checker must read (issue 9's list, docs/claims.md) has a handful of templates, written as a
reporter might vary them (tense, word order, hedges, clause position, apposition, the date before or after, British or
American spelling, numbers in words). Each template is filled with real votes: the counts and the states' votes come
from the store, so each sentence's truth is the record's. False variants change one thing (a count one or a few off, a
state put on the wrong side, a state that did not vote said to vote against).
"""

from __future__ import annotations

import json
import random
from pathlib import Path

from paraphrase_families import (absent_words, group_not_voting, adjective_opposition, adoption_beside_amendments, all_but,
                                 apposed_and_predicated, at_the_time, bounded_counts, cast_a_vote, changed_family,
                                 changed_nouns_or_habit, changed_participle, clause_of_another_deed,
                                 committee_then_plenary, companion_counts, count_after_a_side_listed, count_modifiers,
                                 denied_list, excepted_before_the_verb, explained_vote, first_time_or_bracketed,
                                 fronted_or_endorsed, group_share, inverted, joined_family, list_family,
                                 membership_and_adverb, month_dated_list, n_to_m_abstaining, object_then_joined,
                                 opposed_the_proposition, ordinal_of_two, others_in_a_tally, relative_apposition,
                                 tally_punctuation, telegraphese, tie_beside_a_side, time_between,
                                 verb_phrase_then_vote, verbs_of_stance)
from paraphrase_counts29 import count_then_bare_list, exclusive_list_said_otherwise
from paraphrase_failed import told_by_the_winners
from paraphrase_families import beside_another_body, bracketed_symbol, side_states
from paraphrase_clauses import state_in_a_later_clause
from paraphrase_false14 import list_in_a_this_time_tally, list_of_a_run_of_years
from paraphrase_false15 import two_sides_in_a_paragraph_of_their_own
from paraphrase_false16 import list_in_its_year
from paraphrase_false17 import hyphenated_words, membership_aside
from paraphrase_fahunt15 import beside_a_legislature, beside_a_sum_over_years
from paraphrase_fahunt16 import series_first_in_brackets
from paraphrase_idrc31 import lines_that_name_their_states
from paraphrase_idrc32 import abbreviated_day, cited_first_day
from paraphrase_idrc33 import absentees_in_the_list, side_named_in_full
from paraphrase_frus import shift_table, support_won
from paraphrase_lines import study29_list_lines, study29_short_two_part_name, study29_state_in_figures
from paraphrase_idrc34 import run_after_the_tally, vote_before_its_tally
from paraphrase_ident34 import count_in_its_month, list_in_two_sentences
from paraphrase_months import list_of_a_year_before, tally_of_a_year_before
from paraphrase_one_off import list_after_a_tally_one_off, side_in_full_one_off
from paraphrase_year_tables import year_table_of_a_series
from paraphrase_study31b import (also_among_quoted, among_those_to_oppose, asked_and_answered, colon_list_paragraph,
                                  favoring_tally, joined_others_including, nations_with_abstentions,
                                  neither_voted_nor_abstained)
from paraphrase_study32b import (among_those_after_with, joining_in_opposition, no_country_abstained,
                                  not_supported_including, owned_side_noun, row_table)
from paraphrase_study33b import (compound_author, described_group_in_list, long_complement_then_colon,
                                  minority_of_countries, persuaded_to_join, quoted_no_votes_from)
from paraphrase_study30b import (abstentions_from, bracketed_after_each_side, commented_list, companions_likes_of,
                                 envoy_seat, side_noun_apposition, support_attracted)
from paraphrase_round33_study32 import refused_sponsors_text, relative_before_copula, sided_with, under_a_leader
from paraphrase_round33 import described_group, time_before_side, we_of_a_government
from paraphrase_round33_study31 import expected_before_list, government_one_of
from paraphrase_study33 import (last_night, one_of_a_handful, quoted_foreign_list, remain_the_only, remark_before_colon,
                                when_it_voted)
from paraphrase_study32 import (change_in_brackets, favourable_votes, last_year_sole_objections, north_and_south,
                               respectively_before, side_first)
from paraphrase_study31 import (study31_among_not_taking_part, study31_colon_count_bracket, study31_former_name,
                                study31_non_voting, study31_pointed_change)
from paraphrase_study30 import (study30_bracketed_symbol, study30_last_weekday, study30_lone_or_none,
                                study30_misspelt_last, study30_quoted_verb, study30_would_have_been)
from paraphrase_names34 import spelt_by_ear
from paraphrase_nis34 import marks_in_brackets, one_of_them
from paraphrase_lacking34 import agenda_vote_then_plenary, sponsors_adjective, titled_committee_then_plenary
from paraphrase_narr34 import joined_count_colon, list_with_apposition, rejecting_the_text, remainder_of_a_count
from paraphrase_learn34 import list_then_relative_vote
from paraphrase_false35 import count_with_its_year
from paraphrase_count35 import side_said_before, with_others
from paraphrase_votes import (CUBA_ORDINAL, VOTED, VOTES, WEEKDAYS, Vote, _moved_state, _one_state, _pick, _wrong_state,
                              claim_count, claim_position, claim_tally, leads, listed, ordinal, state_names, words)

OUT = Path(__file__).with_name("paraphrases.jsonl")

# ---------------------------------------------------------------- the constructions
# Each maker takes a vote and a random generator and returns (sentence, claims) or None when the vote does not fit.


def tally_digits(v, rng, false=False):
    y, n, a = v.counts["yes"], v.counts["no"], v.counts["abstain"]
    if a < 2:  # "with 1 abstentions", "with 0 abstentions": no reporter writes them
        return None
    if false:
        a = a + rng.choice([2, 3]) if a > 3 else a + 2
    forms = [
        f"It was adopted by {y} votes to {n}, with {a} abstentions.",
        f"The text passed {y}-{n}-{a}.",
        f"The measure was approved with {y} votes in favour, {n} against and {a} abstentions.",
        f"The vote was {y} in favor, {n} opposed and {a} abstaining.",
        f"By a vote of {y} to {n}, with {a} abstentions, the Assembly adopted the text.",
        f"The final count showed {y} countries in favour, {n} against and {a} abstaining.",
        f"The resolution, which passed {y} to {n} with {a} abstentions, is not legally binding.",
        f"Delegates approved it by a tally of {y}-{n}, with {a} nations abstaining.",
    ]
    return rng.choice(forms), [claim_tally(v, "false" if false else "true", yes=y, no=n, abstain=a)]


def tally_words(v, rng, false=False):
    y, n, a = v.counts["yes"], v.counts["no"], v.counts["abstain"]
    if a < 2:  # "with 1 abstentions", "with 0 abstentions": no reporter writes them
        return None
    if false:
        y = y - rng.choice([1, 2])
    british = rng.random() < 0.5
    yw, nw, aw = words(y, british), words(n, british), words(a, british)
    forms = [
        f"It was adopted by {yw} votes to {nw}, with {aw} abstentions.",
        f"{yw.capitalize()} countries voted in favour, {nw} against and {aw} abstained.",
        f"The resolution won {yw} votes, with {nw} against and {aw} abstentions.",
        f"The tally was {yw} in favor to {nw} against, while {aw} delegations abstained.",
        f"Some {yw} states backed it, {nw} opposed it and {aw} abstained.",
    ]
    if n == 0:
        return None
    return rng.choice(forms), [claim_tally(v, "false" if false else "true", yes=y, no=n, abstain=a)]


def n_m_with_k(v, rng, false=False):
    y, n, a = v.counts["yes"], v.counts["no"], v.counts["abstain"]
    if a < 2:  # "with 1 abstentions", "with 0 abstentions": no reporter writes them
        return None
    if false:
        a = a + 3
    forms = [
        f"The resolution passed {y}-{n}, with {a} abstentions.",
        f"Adopted {y}-{n} with {a} abstentions, the text calls on all states to comply.",
        f"The Assembly backed it {y}-{n}, with {a} countries abstaining.",
        f"The vote, {y}-{n} with {a} abstentions, was closer than its sponsors had hoped.",
        f"It carried {y} to {n}, with {a} abstentions.",
        f"The vote was {y} to {n}, with {a} abstentions.",
    ]
    return rng.choice(forms), [claim_tally(v, "false" if false else "true", yes=y, no=n, abstain=a)]


def passed_with(v, rng, false=False):
    y = v.counts["yes"] + (rng.choice([-2, 2]) if false else 0)
    forms = [
        f"The resolution passed with {y} votes in favour.",
        f"It was adopted with the support of {y} member states.",
        f"The text garnered {y} votes in favor.",
        f"{y} countries voted for the resolution.",
        f"The measure won the backing of {y} nations.",
        f"It received {y} yes votes.",
        f"A total of {y} states voted in favour of the text.",
    ]
    return rng.choice(forms), [claim_count(v, "yes", y, "false" if false else "true")]


def supported_opposed(v, rng, false=False):
    y, n = v.counts["yes"], v.counts["no"]
    if n == 0:
        return None
    if false:
        n = n + 2
    forms = [
        f"The text was supported by {y} countries and opposed by {n}.",
        f"It was backed by {y} states and opposed by {n}.",
        f"Supported by {y} nations and opposed by {n}, the resolution is non-binding.",
        f"The resolution, supported by {y} member states and opposed by {n}, was adopted.",
        f"It was endorsed by {y} members, while {n} voted against it.",
    ]
    return rng.choice(forms), [claim_tally(v, "false" if false else "true", yes=y, no=n)]


def counts_abstained(v, rng, false=False):
    field = rng.choice(["abstain", "no"]) if v.counts["no"] > 1 else "abstain"
    value = v.counts[field]
    if value < 2:
        return None
    if false:
        value += rng.choice([1, 2])
    if field == "abstain":
        forms = [f"{value} countries abstained.", f"Another {value} nations abstained from the vote.",
                 f"{words(value).capitalize()} member states abstained.", f"There were {value} abstentions.",
                 f"{value} delegations chose to abstain.", f"Abstaining were {value} countries."]
    else:
        forms = [f"{value} countries voted against.", f"{words(value).capitalize()} nations voted no.",
                 f"Only {value} states opposed it.", f"{value} member states voted against the text.",
                 f"It was opposed by {value} countries."]
    return rng.choice(forms), [claim_count(v, field, value, "false" if false else "true")]


def and_others(v, rng, false=False):
    field = rng.choice(["abstain", "no"])
    side = v.side(field)
    if v.counts[field] < 4 or not side:
        return None
    if not v.complete:
        return None
    state = rng.choice(side)
    others = v.counts[field] - 1 + (2 if false else 0)
    verb = {"abstain": rng.choice(["abstained", "abstained from the vote", "chose to abstain"]),
            "no": rng.choice(["voted against", "opposed the text", "voted no"])}[field]
    name = v.name(state, cap=True)
    forms = [f"{name} and {others} other countries {verb}.", f"{name} and {others} others {verb}.",
             f"{name}, along with {others} other nations, {verb}.",
             f"{name} was among {others + 1} countries that {verb}.",
             f"{name} and {others} other member states {verb}."]
    return rng.choice(forms), [claim_count(v, field, others + 1, "false" if false else "true"),
                               claim_position(v, state, field)]


def single_active(v, rng, false=False):
    chosen = _one_state(v, rng, false)
    if not chosen:
        return None
    vote, state = chosen
    n = v.name(state, cap=True)
    phrase = {"yes": ["voted in favour of the resolution", "voted for the text", "backed the resolution",
                      "supported the measure", "voted yes"],
              "no": ["voted against the resolution", "opposed the text", "voted no", "cast a no vote",
                     "rejected the resolution"],
              "abstain": ["abstained", "abstained in the vote", "chose to abstain", "abstained on the text",
                          "did not take sides, abstaining"]}[vote]
    forms = [f"{n} {rng.choice(phrase)}.", f"In the vote, {n.replace('The ', 'the ')} {rng.choice(phrase)}.",
             f"{n}, as expected, {rng.choice(phrase)}.", f"{n} {rng.choice(phrase)} on {WEEKDAYS[v.day.weekday()]}.",
             f"{n} has {rng.choice(phrase).replace('voted', 'voted', 1)}.".replace("has voted", "voted")]
    return rng.choice(forms), [claim_position(v, state, vote)]


def single_passive(v, rng, false=False):
    chosen = _one_state(v, rng, false, sides=("yes", "no"))
    if not chosen:
        return None
    vote, state = chosen
    n = v.name(state)
    verb = {"yes": ["supported", "backed", "endorsed"], "no": ["opposed", "rejected", "opposed"]}[vote]
    forms = [f"The resolution was {rng.choice(verb)} by {n}.",
             f"The text, {rng.choice(verb)} by {n}, was nonetheless adopted.",
             f"It was {rng.choice(verb)} by {n}, among others.",
             f"The measure was {rng.choice(verb)} by {n} in the vote."]
    return rng.choice(forms), [claim_position(v, state, vote)]


def list_subject(v, rng, false=False):
    vote = rng.choice(["no", "abstain"])
    pick = _pick(v, rng, vote, 3)
    if not pick:
        return None
    if false:
        pick[rng.randrange(3)] = _wrong_state(v, rng, vote)
    names = [v.name(s) for s in pick]
    names[0] = names[0][0].upper() + names[0][1:]
    verb = {"no": ["voted against", "opposed the resolution", "voted no", "were among those voting against"],
            "abstain": ["abstained", "were among the abstainers", "abstained from voting", "chose to abstain"]}[vote]
    forms = [f"{listed(names)} {rng.choice(verb)}.", f"{listed(names)} all {rng.choice(verb)}.",
             f"{listed(names, 'as well as')} {rng.choice(verb)}."]
    return rng.choice(forms), [claim_position(v, s, vote) for s in pick]


def list_colon(v, rng, false=False):
    vote = rng.choice(["no", "abstain"])
    pick = _pick(v, rng, vote, 3)
    if not pick:
        return None
    if false:
        pick[rng.randrange(3)] = _wrong_state(v, rng, vote)
    names = listed([v.name(s) for s in pick])
    label = {"no": ["The countries that voted against were: ", "Voting against: ", "Those voting no were ",
                    "'No' votes came from ", "Among the no votes were "],
             "abstain": ["The abstainers included: ", "Abstaining: ", "Those abstaining were ",
                         "Among the countries that abstained were ", "Abstentions came from "]}[vote]
    return rng.choice(label) + names + ".", [claim_position(v, s, vote) for s in pick]


def list_brackets(v, rng, false=False):
    vote = "no"
    n = v.counts["no"]
    pick = _pick(v, rng, vote, 2)
    if not pick or n < 2:
        return None
    if false:
        pick[1] = _wrong_state(v, rng, vote)
    y, a = v.counts["yes"], v.counts["abstain"]
    names = [v.name(s) for s in pick]
    forms = [(f"It passed by {y} votes to {n} (among them {listed(names)}), with {a} abstentions.", True),
             (f"The vote was {y} in favour, {n} against (including {listed(names)}) and {a} abstentions.", True),
             (f"{y} countries voted yes and {n} voted no (among them {listed(names)}).", False),
             (f"The text was adopted {y}-{n} -- {listed(names)} were among the no votes -- with {a} abstentions.", True)]
    form, with_abstentions = rng.choice(forms)
    return form, [claim_tally(v, yes=y, no=n, **({"abstain": a} if with_abstentions else {}))] + \
        [claim_position(v, s, vote) for s in pick]


def list_including(v, rng, false=False):
    vote = rng.choice(["abstain", "no"])
    n = v.counts[vote]
    pick = _pick(v, rng, vote, 2)
    if not pick or n < 3:
        return None
    if false:
        pick[0] = _wrong_state(v, rng, vote)
    names = listed([v.name(s) for s in pick])
    word = {"abstain": "abstentions", "no": "votes against"}[vote]
    forms = [f"It was adopted with {n} {word}, including {names}.",
             f"There were {n} {word}, {names} among them.",
             f"{n} countries, including {names}, {'abstained' if vote == 'abstain' else 'voted against'}.",
             f"{n.__str__()} states {'abstained' if vote == 'abstain' else 'voted no'}, including {names}.",
             f"Among the {n} countries that {'abstained' if vote == 'abstain' else 'voted against'} were {names}."]
    return rng.choice(forms), [claim_count(v, vote, n)] + [claim_position(v, s, vote) for s in pick]


def joined(v, rng, false=False):
    vote = rng.choice(["no", "abstain", "yes"])
    pick = side_states(v, rng, vote, 2, false)
    if not pick:
        return None
    a, b = v.name(pick[0], cap=True), v.name(pick[1])
    verb = VOTED[vote]
    noun = {"no": "voting against", "abstain": "abstaining", "yes": "voting for the text"}[vote]
    forms = [f"{a}, joined by {b}, {verb}.", f"{a} {verb}, along with {b}.", f"{a} {verb}, as did {b}.",
             f"{a} {verb}. {b[0].upper() + b[1:]} too {verb}.", f"{b[0].upper() + b[1:]} joined {a.replace('The ', 'the ')} in {noun}.",
             f"{b[0].upper() + b[1:]} sided with {a.replace('The ', 'the ')} and {verb}.",
             f"{a} {verb}; so did {b}."]
    return rng.choice(forms), [claim_position(v, s, vote) for s in pick]


def changed(v, rng, false=False):
    """A change of vote between this vote and the series' vote the year before (Cuba's series)."""
    found = _moved_state(v, rng, false)
    if not found:
        return None
    state, now, then, old, said_now = found
    word = {"yes": "in favour", "no": "against", "abstain": "abstained"}
    verb = VOTED
    n = v.name(state, cap=True)
    forms = [f"{n}, which had voted {word[then] if then != 'abstain' else 'to abstain'} last year, {verb[said_now]} this time.",
             f"{n} {verb[said_now]} this year, after it {verb[then]} last year.",
             f"This year {n.replace('The ', 'the ')} {verb[said_now]}; last year it {verb[then]}.",
             f"{n} switched: it {verb[said_now]} this year, having {verb[then].replace('voted', 'voted')} a year earlier."]
    return rng.choice(forms), [claim_position(v, state, said_now), claim_position(old, state, then)]


def headline(v, rng, false=False):
    y, n = v.counts["yes"], v.counts["no"]
    if false:
        y -= 3
    forms = [f"UN Assembly votes {y}-{n} for resolution {v.topic}",
             f"General Assembly backs text {v.topic}, {y} to {n}",
             f"UN General Assembly, by {y} votes to {n}, adopts resolution {v.topic}",
             f"{y} nations back UN resolution {v.topic}; {n} oppose"]
    return rng.choice(forms) + "\n\n", [claim_tally(v, "false" if false else "true", yes=y, no=n)]


def series(v, rng, false=False):
    number = CUBA_ORDINAL.get(v.symbol)
    if not number:
        return None
    y, n = v.counts["yes"], v.counts["no"]
    if false:
        y += 2
    forms = [f"For the {ordinal(number)} consecutive year, the Assembly condemned the embargo, by {y} votes to {n}.",
             f"It was the {ordinal(number)} year in a row that the resolution passed, this time {y}-{n}.",
             f"The {ordinal(number)} such resolution since 1992 won {y} votes, with {n} against.",
             f"As in every year since 1992, the text passed easily: {y} in favour and {n} against."]
    return rng.choice(forms), [claim_tally(v, "false" if false else "true", yes=y, no=n)]

CONSTRUCTIONS = {
    "tally in digits": tally_digits, "tally in words": tally_words, "N-M, with K abstentions": n_m_with_k,
    "passed with N votes": passed_with, "supported by N and opposed by M": supported_opposed,
    "N countries abstained": counts_abstained, "A and N others": and_others, "one state, active": single_active,
    "one state, passive": single_passive, "list as subject": list_subject, "list after a colon or label": list_colon,
    "list in brackets or dashes": list_brackets, "list after including": list_including,
    "joined by / along with / as did / too / sided with": joined, "change of vote": changed, "headline": headline,
    "ordinal and series": series,
    # the families (twenty-third round): after the constructions above, so that their rows stay as they were
    "tally: dashes, colons, semicolons, brackets": tally_punctuation,
    "count with only / just / a total of / some / as many as": count_modifiers,
    "one state, a time adverb before the verb": time_between, "inverted: Voting against were A and B": inverted,
    "N to M with K abstaining, digits and words": n_to_m_abstaining, "headline telegraphese": telegraphese,
    "relative clause or apposition after the state": relative_apposition,
    "backed / rejected / sided against / stayed neutral": verbs_of_stance,
    "joined by / did the same / like A / followed suit": joined_family, "change of vote, other wordings": changed_family,
    # the families left (twenty-fourth round): after the others, so that their rows stay as they were
    "list: an aside inside, the N opposed were, however were, was …, with": list_family,
    "fronted abstentions; endorsed by A and B": fronted_or_endorsed,
    "change of vote in an opening participle": changed_participle,
    # the twenty-fifth round: after the others, so that their rows stay as they were
    "count with a bound or a round figure: more than / upwards of / fewer than / nearly / close to": bounded_counts,
    "count through a state and its companions, or the votes not recorded": companion_counts,
    # the twenty-fifth round, branch widen3: after the others, so that their rows stay as they were
    "a list denied: neither B nor C did, none of B, C or D": denied_list,
    "cast a yes vote / a no vote / an abstention": cast_a_vote,
    "a share of a side: two of the N that voted against, among the text's opponents": group_share,
    "a verb phrase or a timed aside before the vote: broke ranks and, sided with B and, after abstaining last year": verb_phrase_then_vote,
    "explanation of vote: A's representative said her delegation abstained": explained_vote,
    # the twenty-fifth round (branch rusfa): a state named by its tie beside the voters; "A, B and N others" in a tally
    "a state named by its tie beside a side: allies of A such as B, B and other partners of A": tie_beside_a_side,
    "A, B and N others inside a tally": others_in_a_tally,
    "a state of another side in a relative clause, a participle or the clause before a semicolon": clause_of_another_deed,
    # holdout26's families (study26): after the others, so that their rows stay as they were
    "list after its count and a comma; A and B were the votes against; voted on Monday in favour of it (A, B); one of N, "
    "with K abstentions": apposed_and_predicated,
    "all but / everyone but / with the exception of / apart from A, then another state": all_but,
    # the twenty-sixth round (branch false10): after the others, so that their rows stay as they were
    "a tally the adoption introduces, in a sentence on amendments: before adopting the text by N votes to M": adoption_beside_amendments,
    "a side listed in full, then another side's count through one of its states": count_after_a_side_listed,
    # the twenty-sixth round (branch ident): after the others, so that their rows stay as they were
    "at the time / at that time / back then, after the sentence that tells the vote": at_the_time,
    # holdout27's English families (study27): after the others, so that their rows stay as they were
    "a state as a verb's object before the voters (voted to condemn T and A abstained); N countries joined A": object_then_joined,
    "over U.S. and Israeli opposition: the owners as adjectives before the noun": adjective_opposition,
    "away from the vote: did not even vote, did not vote as the Assembly adopted it, A's non-voting": absent_words,
    "N of the UN member states; However, A and B opposed the text, along with N others": membership_and_adverb,
    # the twenty-sixth round (branch changes): after the others, so that their rows stay as they were
    "change of vote, other wordings: went from a vote against to an abstention, changed its abstention to, which "
    "usually votes against": changed_nouns_or_habit,
    # fahunt11: after the others, so that their rows stay as they were
    "an exception list before the verb, a two-part name written with a space in it, then another state":
        excepted_before_the_verb,
    # the twenty-sixth round (branch declined): a failed roll call, with a lead of its own
    "a failed vote told by the side that won: declined, by N votes to M, to; defeated; lost by M votes to N": told_by_the_winners,
    # the twenty-seventh round (branch weak): two votes told in order, then "the first resolution", "the second"
    "two votes told in order, then A abstained on the first resolution and B voted against the second": ordinal_of_two,
    # holdout28's English families (study28): after the others, so that their rows stay as they were
    "opposed the proposition; opposed the pact while K abstained; besides A, B opposed": opposed_the_proposition,
    "a committee's motion after the text turns to the committee, then the plenary again": committee_then_plenary,
    # the twenty-seventh round (branch false11): after the others, so that their rows stay as they were
    "a tally one number off with a side named in full: with N — A, B and C — voting against": side_in_full_one_off,
    "a list after a tally one number off: those against were A, B, C and a state that did not vote so":
        list_after_a_tally_one_off,
    # the twenty-seventh round (branch changes2): after the others, so that their rows stay as they were
    "change of vote, the earlier side unsaid or bracketed: for the first time voted, this time abstained, A (which "
    "abstained last year) voted, having abstained in all previous votes": first_time_or_bracketed,
    # the twenty-eighth round (branch absent): after the others, so that their rows stay as they were
    "a group's did not vote: A and B were among those that did not vote, one of the N members that didn't vote":
        group_not_voting,
    # the twenty-eighth round (branch wrongrc): after the others, so that their rows stay as they were
    "a text dated to the month alone: N states voted against, among them A, B, C and D": month_dated_list,
    # holdout29's English families (study29): after the others, so that their rows stay as they were
    "a dashboard's lines: - N Yes (A, B), - N No (C, D), - N Abstain (E)": study29_list_lines,
    "a state inside a tally's figures on a line of their own: 138-9(A)-41": study29_state_in_figures,
    "a list opening with a short name for a two-part name: Antigua, B and C abstained": study29_short_two_part_name,
    # the twenty-eighth round (branch false12): after the others, so that their rows stay as they were
    "a list of an earlier year's vote, the year in figures: A, B and C had voted against in YEAR too": list_of_a_year_before,
    # the twenty-eighth round (branch frus): after the others, so that their rows stay as they were
    "change of vote in a shift table: A (yes to abstain); B from abstain to no": shift_table,
    "support won from others with their vote: X secured support from A and B to vote against": support_won,
    # the twenty-eighth round (branch series): after the others, so that their rows stay as they were
    "a tally of an earlier year's vote of the series: the YEAR vote was N to M, last year it had passed by N votes to M":
        tally_of_a_year_before,
    # the twenty-ninth round (branch false13): after the others, so that their rows stay as they were
    "a table of the series' tallies by year, a row a line or a value a line: Year | For | Against | Abstain":
        year_table_of_a_series,
}


# holdout30's English families, second half (twenty-ninth round, branch study30b): a generator of their own (seed
# 2911), so that every row above stays as it was
STUDY30B = {
    "a list with the writer's comment after names: * A (as expected) / Abstainers included A (ditto), B": commented_list,
    "a side's noun with its members in apposition: Opponents of the resolution, including A and B, said": side_noun_apposition,
    "a list in brackets after each vote phrase: either voted against (A, B), abstained (C) or were absent (D)":
        bracketed_after_each_side,
    "abstentions by or from the states: the text drew abstentions from A and B": abstentions_from,
    "an envoy's seat between the state and its vote: The A representative at the United Nations abstained": envoy_seat,
    "companions by 'the likes of': A banded with the likes of B and C in its rejection of the resolution":
        companions_likes_of,
    "support attracted in voting with a state: A succeeded in attracting support of B and C in voting with it against":
        support_attracted,
}


# the twenty-ninth round's constructions (branch idrc30), made after the others with their own seed, so that those
# rows stay as they were
# the twenty-ninth round (branch counts): a list of its own, made with its own seed, so that no row before it changes
COUNTS29 = {
    "an exclusive list said otherwise: only opposed by A, B and C; A and B casting the only negative votes":
        exclusive_list_said_otherwise,
    "a count with its list right after the noun, no comma: Three countries A, B and C voted against":
        count_then_bare_list,
}


# the twenty-ninth round's constructions (branches idrc30, study30), each made after the others with a seed of its
# own, so that the rows before them stay as they were whatever other branches add
LATER = {
    "a resolution described, then its number in brackets alone: On a resolution on X (NN/NNN), A voted against":
        (bracketed_symbol, 2921),
    "a count that would have been: N in favour; the right count would have been M": (study30_would_have_been, 2901),
    "a bracketed symbol after a resolution's description: On a resolution on X (68/262), only A voted no":
        (study30_bracketed_symbol, 2901),
    "a side of one or none: A was the lone abstainer; nobody voted against the text": (study30_lone_or_none, 2901),
    "a quote opening the vote verb: A “abstained with great regret” on the resolution": (study30_quoted_verb, 2901),
    "a day between the verb and its side: A and B voted last Friday against the resolution": (study30_last_weekday, 2901),
    "a misspelt last item of a list: A, B and Hondurras abstained": (study30_misspelt_last, 2901),
    "the Assembly's tally beside another body's vote: The Human Rights Council had approved a text. In the General "
    "Assembly, it was adopted by Y votes to N": (beside_another_body, 2951),
    "a state in the later clause of a sentence that lists two votes, each with its tally: On NN/NNN the vote was Y to "
    "N; on X (Y to N), A voted against": (state_in_a_later_clause, 2961),
}

# the thirtieth round (branch fahunt15): numbers beside the Assembly's tally that are not one of its votes', made last
# with a seed of their own so that no row before them changes
FAHUNT15 = {
    "the Assembly's tally beside a legislature's vote on a bill: Lawmakers had voted Y-N2 on a bill about it. In the "
    "General Assembly, it was adopted by Y votes to N": beside_a_legislature,
    "the Assembly's tally, then a sum of abstentions over the years of its series: The Assembly passed it Y-N-A. Over "
    "the years, the Assembly has seen 300 abstentions in all": beside_a_sum_over_years,
}


# the thirtieth round (branch false14): a construction list of its own, made after the others with its own seed, so
# that the rows before it stay as they were
FALSE14 = {
    "a list in brackets inside a 'this time' tally, the text of the vote's day: This time, Y voted in favour, N against "
    "(A, B and C among them) and K abstained": list_in_a_this_time_tally,
    "a list said of a run of earlier years in a sentence naming no subject: A and B voted against in Y1 and in Y2":
        list_of_a_run_of_years,
}


# the thirtieth round (branch study31): holdout31's English families, first half, made after every row above with a
# seed of its own (3001), so that those rows stay as they were ("the only 'no' vote" and "the only dissenter in the
# vote" need a vote with one state against, which the votes here lack: tests/test_claims_round30_study31.py has them)
STUDY31 = {
    "a colon label's count with its states in a bracket: Against: 4 (A, B, C, D)": study31_colon_count_bracket,
    "the states present that did not vote in a labelled summary: Yes: N, No: M, Abstentions: K, Non-voting: J":
        study31_non_voting,
    "a former name set off by commas: A and Sri Lanka, formerly Ceylon, abstained": study31_former_name,
    "a list pointing back at a group's change of vote: states that abstained last year but voted in favour this year. "
    "These included A and B": study31_pointed_change,
    "those that did not vote in other words: A was among 12 states not taking part in the vote; twelve absentees":
        study31_among_not_taking_part,
}


# holdout31's English families, second half (thirtieth round, branch study31b): made last, each with the seed 3011, so
# that every row before them stays as it was
STUDY31B = {
    "a colon sentence, a blank line, then the list paragraph: Voting against the resolution were the following: / A, B":
        colon_list_paragraph,
    "'also was among' and a quoted side: A also was among the N countries that voted “no.”": also_among_quoted,
    "among those to oppose, those in abstention: A and B were among those to oppose the draft, while those in "
    "abstention included C": among_those_to_oppose,
    "a counted companion with its examples: A joined N other countries including B and C on Wednesday to vote against":
        joined_others_including,
    "a tally in participles: The tally: N states favoring the resolution, M opposing, K abstaining": favoring_tally,
    "the states in favour, the other side after 'with': approved on D, by N nations with M abstentions":
        nations_with_abstentions,
    "not voting at all: A and B, each a member of the U.N., simply failed to either vote or abstain":
        neither_voted_nor_abstained,
    "a question and its answer on the next line: How many nations abstained on the resolution? / 35 nations":
        asked_and_answered,
}


# holdout32's English families, second half (thirty-first round, branch study32b): made last, each with the seed 4011,
# so that every row before them stays as it was
STUDY32B = {
    "a tally, then the states after 'with' and 'among those': approved Y–N with K abstentions, with A, B and C among "
    "those voting against": among_those_after_with,
    "a table of rows, a state and its vote a line, the cells maybe run together: CountryVote / IsraelAgainst ❌":
        row_table,
    "a denied passive with a count and examples: The text was not supported by N countries, including A and B":
        not_supported_including,
    "zero abstentions said of the states: In the end, no country abstained": no_country_abstained,
    "a side noun owned by a named state: Several of A's supporters, including B and C, voted against the text":
        owned_side_noun,
    "a count of those joining a state 'in opposition': Among the N countries joining A in opposition were B and C":
        joining_in_opposition,
}


# the thirtieth round (branch idrc31): made last, with its own seed, so that no row before it changes
IDRC31 = {
    "a tally laid out a line per side, each line naming its states: • Y in favour, among them A and B / Against: N – "
    "namely C and D": lines_that_name_their_states,
}


# the thirty-first round (branch fahunt16): made last, with its own seed, so that no row before it changes
FAHUNT16 = {
    "a yearly series' vote with no day or symbol of its own, beside the series' first resolution in brackets: Y states "
    "voted in favour. A abstained. It recalled the Assembly's resolutions since 1992 (resolution 47/19)":
        series_first_in_brackets,
}


# the thirty-first round (branch false15): made last, with its own seed, so that no row before it changes
FALSE15 = {
    "two sides listed in a paragraph of their own, after the tally: A, B and C voted against it, while D, E and F "
    "abstained": two_sides_in_a_paragraph_of_their_own,
}


# the thirty-second round (branch false16): made last, with its own seed, so that no row before it changes
FALSE16 = {
    "a list dated by its year and the text's subject: In YEAR the Assembly adopted a resolution on X. A, B, C and D "
    "voted against it; These four had also voted against it in YEAR": list_in_its_year,
}


# the thirty-first round (branch idrc32): made last, with its own seed, so that no row before it changes
IDRC32 = {
    "an abbreviated day in a text dated to the month: On Thursday (Nov. 7), A and B voted against the resolution":
        abbreviated_day,
    "the series' earlier resolution cited by its day: The new text reaffirms resolution NN/NNN of 1 November 2018. A "
    "and B voted for this new resolution": cited_first_day,
}


# the thirty-second round (branch idrc33): made last, with the seed 5021, so that no row before it changes
IDRC33 = {
    "a side named in full by its count and its list: Only five countries voted against the text: A, B, C, D and E":
        side_named_in_full,
    "a list with its absentees: A and B voted against it, while C, D and E did not vote": absentees_in_the_list,
}


# holdout32's English families, first half (thirty-first round, branch study32): made last, with the seed 4001, so
# that every row before them stays as it was ("the lone vote against" needs a vote with one state against, which the
# votes here lack: tests/test_claims_round31_study32.py has it)
STUDY32 = {
    "last year's vote with its sole objectors: Last year no delegation abstained, and the text went through with sole "
    "objections by A and B": last_year_sole_objections,
    "votes counted as favourable and contrary: It was adopted with Y favourable votes and N contrary votes":
        favourable_votes,
    "a count's change since the year before in brackets before its label: N (-5) voted against and K (+1) abstained":
        change_in_brackets,
    "two states as one name with two compass words: Among those voting in favour were A and North and South Korea":
        north_and_south,
    "'respectively' before the votes it pairs: A and B respectively voted in favour and abstained": respectively_before,
    "a translated copy's side first: In favour voted Y countries, against were N, and K abstained": side_first,
}


# holdout33's English families, second half (thirty-second round, branch study33b): made last, each with the seed 5011,
# so that every row before them stays as it was
STUDY33B = {
    "a list after a long copula complement ending in a colon: The abstaining nations were governed by parties that …: "
    "A, B and C": long_complement_then_colon,
    "a group described in words inside a list, its members after a colon: Voting against were A and a few of its "
    "friends: B, C and D": described_group_in_list,
    "a state in a small group that voted: A was in a minority of states that voted against it / A, one of the "
    "states that abstained, said …": minority_of_countries,
    "a quoted no with its voters: It passed Y to N, with \"no\" votes from A and B": quoted_no_votes_from,
    "a persuader and the persuaded: A persuaded B and C to join it in voting against the text": persuaded_to_join,
    "a compound naming the text's author before the list: Voting against the X-drafted text were A, B and C":
        compound_author,
}


# holdout33's English families, first half (thirty-second round, branch study33): made last, each with the seed 5001,
# so that every row before them stays as it was
STUDY33 = {
    "a list of states quoted in another language inside an English text: Abstentions: Argelia, Sudáfrica y Namibia":
        quoted_foreign_list,
    "'remain' for 'were' before an exclusive side: A and B remain the only two countries to oppose the resolution":
        remain_the_only,
    "'last night' between the subject and its verb: A and B last night voted against the resolution": last_night,
    "one of a few states to join another's side: A was one of a handful of nations to join B in voting against":
        one_of_a_handful,
    "'it' in a clause of time is the sentence's one state: A has said more since 2016, when it voted against":
        when_it_voted,
    "a remark in brackets before the colon of a side's list: N voted against it (fewer than feared): A, B and C":
        remark_before_colon,
}


# the thirty-third round (branch idrc34): made last, with the seed 6041, so that no row before it changes
IDRC34 = {
    "a state's vote told before the tally that pins it, months after the vote: A abstained on the text. It was "
    "adopted by Y votes to N, with K abstentions": vote_before_its_tally,
    "a run of sentences after the tally: It was adopted by Y to N … A and B voted against it. C and D were among "
    "those who abstained": run_after_the_tally,
}


# the thirty-third round (branch false17), made last with its own seed so that every row before them stays as it was
FALSE17 = {
    "a count in number words hyphenated through 'and': One-hundred-and-twenty-two countries voted in favour":
        hyphenated_words,
    "a count beside the membership in an aside: A total of N nations, out of 193 member countries, backed it":
        membership_aside,
}


# holdout32's families of the thirty-third round (branch study32): made last, each with the seed 6011, so that every
# row before them stays as it was
ROUND33_STUDY32 = {
    "a relative clause about another deed before a copular vote phrase: A and B, which sit on the Council, were among "
    "those against the text": relative_before_copula,
    "the leader a state voted under between the state and its vote phrase: A under President X was among the states "
    "that abstained": under_a_leader,
    "a refusal to back a text named by its sponsor: A refused to back B's draft": refused_sponsors_text,
    "siding with a state as its vote: A and B sided with C on the resolution": sided_with,
}


# the thirty-third round's families (branch study33): made last, each with the seed 6001, so that every row before
# them stays as it was
ROUND33_STUDY33 = {
    "a counted side's states through a described group before their examples: N abstentions, including a number of "
    "countries that …, such as A, B and C": described_group,
    "'we' of a government or delegation the text names: The Government of A explained its position. We voted against":
        we_of_a_government,
    "a date, a year or 'again' between 'voted' and its side: A voted on 9 December against the resolution": time_before_side,
}


# claims the reader left unread (thirty-third round, branch nis34): made last, each with the seed 6051, so that every
# row before them stays as it was
NIS34 = {
    "a delegation's mark in brackets beside a side's number: It passed by Y votes to N (A, B), with K abstentions":
        marks_in_brackets,
    "a sentence pointing back to a side's count: N countries voted against it. A was one of them": one_of_them,
}


# holdout28's recurring families (thirty-third round, branch study31): made last, each with the seed 6021, so that
# every row before them stays as it was
STUDY31_33 = {
    "an expectation between a side's noun and its list: The abstentions included several states that had been widely "
    "expected to vote against it, such as A, B and C": expected_before_list,
    "a state's government or delegation one of the side: The A delegation was among a small group of states to "
    "abstain": government_one_of,
}


# states named in ways the tables do not hold (thirty-fourth round, branch names34): made last, each with the seed
# 7021, so that every row before them stays as it was
NAMES34 = {
    "a state's name spelt by ear, a letter doubled or two swapped: Phillipines abstained": spelt_by_ear,
}


# votes the record lacks told beside the plenary's (thirty-fourth round, branch lacking34): made last, each with the
# seed 7041, so that every row before them stays as it was
LACKING34 = {
    "a committee named by its title voting, then the plenary: The General Committee had approved the request by 9 "
    "votes to 4, with A and B against. In the plenary the text then passed by Y votes to N": titled_committee_then_plenary,
    "an agenda vote, then the plenary: A and B had voted against including the item on the agenda. The full "
    "Assembly's vote was Y in favour": agenda_vote_then_plenary,
    "a state's name as the adjective of the text voted on: A voted against the Swedish draft": sponsors_adjective,
}


# states whose vote is told in another sentence or by a verb that is no vote phrase (thirty-fourth round, branch
# narr34): made last, each with the seed 7031, so that every row before them stays as it was
NARR34 = {
    "the remainder of a counted side in the next sentence: N voted against it, led by A. The others included B and C":
        remainder_of_a_count,
    "a verb of rejecting in the past with the text as its object: A turned down the resolution": rejecting_the_text,
    "a count joined to a voter, its list after a colon: A voted against it, as well as two other states: B and C":
        joined_count_colon,
    "a list sentence closed by a phrase about the whole list: Only N abstained. B and C, both members of one regional "
    "group": list_with_apposition,
}


# the learned reading (thirty-fourth round, branch learn34): made last, with the seed 7001, so that every row before it
# stays as it was
LEARN34 = {
    "a list whose vote follows in a relative clause: They included A, B and C, all of which voted against it":
        list_then_relative_vote,
}


# the thirty-fourth round (branch ident34): made last, each with the seed 7011, so that every row before them stays as
# it was
IDENT34 = {
    "a list told in two sentences after a lead naming the day only: Among those voting no were A and B. C and D "
    "abstained": list_in_two_sentences,
    "a count in a text dated to the month of the vote, its lead naming the subject only: It was backed by N member "
    "states": count_in_its_month,
}


# the thirty-fifth round (branch false35): made last, with the seed 7111, so that every row before it stays as it was
FALSE35 = {
    "a count in a sentence naming the vote's year and subject, in a text of years later: In 2019, when the Assembly "
    "voted on a text on X, N countries backed it": count_with_its_year,
}


# counts said with the states they are said together with (thirty-fifth round, branch count35): made last, each with
# the seed 7141, so that every row before them stays as it was
COUNT35 = {
    "a state in company with N others by a plain 'with' or a 'joining': A, with N other countries, voted against it":
        with_others,
    "a count of the side of a state whose vote the sentence before told: A voted against the text. N countries sided "
    "with A": side_said_before,
}


def make() -> list[dict]:
    names = state_names()
    votes = [Vote(s, names) for s in VOTES]
    rows: list[dict] = []
    _make(rows, votes, random.Random(20), CONSTRUCTIONS)
    _make(rows, votes, random.Random(2911), STUDY30B)
    for construction, (maker, seed) in LATER.items():
        _make(rows, votes, random.Random(seed), {construction: maker})
    _make(rows, votes, random.Random(2941), COUNTS29)
    _make(rows, votes, random.Random(3031), FALSE14)
    _make(rows, votes, random.Random(3001), FAHUNT15)
    _make_each(rows, votes, 3001, STUDY31)
    _make_each(rows, votes, 3011, STUDY31B)
    _make(rows, votes, random.Random(3021), IDRC31)
    _make(rows, votes, random.Random(3041), FAHUNT16)
    _make(rows, votes, random.Random(4031), FALSE15)
    _make(rows, votes, random.Random(4021), IDRC32)
    _make_each(rows, votes, 4001, STUDY32)
    _make_each(rows, votes, 4011, STUDY32B)
    _make(rows, votes, random.Random(5031), FALSE16)
    _make_each(rows, votes, 5011, STUDY33B)
    _make(rows, votes, random.Random(5021), IDRC33)
    _make_each(rows, votes, 5001, STUDY33)
    _make(rows, votes, random.Random(6041), IDRC34)
    _make_each(rows, votes, 6061, FALSE17)
    _make_each(rows, votes, 6011, ROUND33_STUDY32)
    _make_each(rows, votes, 6001, ROUND33_STUDY33)
    _make_each(rows, votes, 6051, NIS34)
    _make_each(rows, votes, 6021, STUDY31_33)
    _make_each(rows, votes, 7021, NAMES34)
    _make_each(rows, votes, 7041, LACKING34)
    _make_each(rows, votes, 7031, NARR34)
    _make_each(rows, votes, 7001, LEARN34)
    _make_each(rows, votes, 7011, IDENT34)
    _make_each(rows, votes, 7111, FALSE35)
    _make_each(rows, votes, 7141, COUNT35)
    return rows


def _make_each(rows: list[dict], votes: list, seed: int, constructions: dict) -> None:
    """Each construction with a generator of its own from the seed, so that adding one changes no other's rows."""
    for construction, maker in constructions.items():
        _make(rows, votes, random.Random(seed), {construction: maker})


def _make(rows: list[dict], votes: list, rng: random.Random, constructions: dict) -> None:
    for construction, maker in constructions.items():
        made = 0
        rounds = 2 if construction.startswith(("change of vote", "a list of an earlier year",
                                                "a tally of an earlier", "a table of the series",
                                                "a list said of a run")) else 1  # few votes of
        # a yearly series have a change
        for v in rng.sample(votes, len(votes)) * rounds:
            if made >= 16:
                break
            false = made % 4 == 3  # one in four a false variant
            got = maker(v, rng, false)
            if got is None:
                continue
            sentence, claims, *own_lead = got  # a maker of votes other than VOTES gives the lead of its own
            lead, published = own_lead[0] if own_lead else leads(v, rng)
            text = sentence + lead if sentence.endswith("\n\n") else lead + " " + sentence
            start = text.find(sentence.strip())
            for c in claims:
                c["span"] = [start, start + len(sentence.strip())]
            rows.append({"id": f"p{len(rows) + 1:03d}", "construction": construction, "vote": claims[0]["resolution"] if own_lead else v.resolution,
                         "published": str(published), "text": text, "claims": claims})
            made += 1


def main() -> None:
    rows = make()
    header = {"about": "Paraphrases of vote claims: every sentence is ours (written for this set from templates in "
                       "tests/reference/make_paraphrases.py, never copied from an article); each claim's truth is the "
                       "record's (counts and states' votes read from the store when the file was made).",
              "rows": len(rows), "votes": len({r['vote'] for r in rows})}
    with OUT.open("w", encoding="utf-8") as out:
        out.write(json.dumps({"header": header}, ensure_ascii=False) + "\n")
        for row in rows:
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"{len(rows)} sentences about {header['votes']} votes → {OUT}")


if __name__ == "__main__":
    main()

"""Thirteenth round of extraction (issue 9): capabilities of reading states' positions that the four newest
development sets (holdout9-12) showed missing — an apposition of a tie after a list ("A and B, allies of C,"), a
name with its abbreviation in brackets ("… Korea (DPRK)"), a list ending in a group named by region or body ("A, B
and West European countries"), the voters named by their side ("Opponents of the resolution included A", "opposing
votes came from A"), and "joined <a group> in voting" (docs/claims.md, "Thirteenth round: positions"). Sentences are
our own; each mechanism has a found case and a trap. The record used: A/RES/ES-11/1 of 2 March 2022 (141-5-35 with
12 absent; Russia, Belarus, Eritrea, North Korea and Syria against; Pakistan, China and India abstaining)."""

from __future__ import annotations

from datetime import date

from fixtures import claim_rows

from unga.claims import names, positions


def sides(sentence: str) -> list[tuple[str, str]]:
    return [(p.iso3, p.vote) for p in positions.positions(sentence)[0]]


# --- an apposition of a tie: "A and B, allies of C," ---

def test_an_apposition_of_a_tie_keeps_the_list_and_hides_the_state_it_names():
    assert sides("Chad and Peru, allies of Mali, voted against the resolution.") == [("TCD", "no"), ("PER", "no")]
    assert sides("Chad, Peru, Fiji, and Tonga, all neighbours of Samoa, voted against the text.") == [
        ("TCD", "no"), ("PER", "no"), ("FJI", "no"), ("TON", "no")]
    assert sides("Chad and Peru, allies of Mali, were among the 19 countries that opposed the resolution.") == [
        ("TCD", "no"), ("PER", "no")]
    # between spaced hyphens or dashes, as copy often sets it
    assert sides("Chad and Peru - old allies of Spain - voted against.") == [("TCD", "no"), ("PER", "no")]
    assert sides("Chad and Peru – old allies of Spain – voted against.") == [("TCD", "no"), ("PER", "no")]


def test_a_dash_that_opens_no_tie_is_read_as_before():
    # the traps: a list between dashes is the list; an aside that names the co-chairs says nothing of a vote
    assert sides("Ten states -- Chad, Peru, Fiji and Tonga -- voted against, while Mali abstained.") == [
        ("TCD", "no"), ("PER", "no"), ("FJI", "no"), ("TON", "no"), ("MLI", "abstain")]
    assert sides("A diplomat from one of the co-chairs of the group - Chad, Peru and Fiji - called it unhelpful.") == []
    # "the UK and other EU members" after a comma goes on with the list: it is no aside
    assert sides("Chad, the UK and almost all other European Union member countries voted in favour of it.") == [
        ("TCD", "yes"), ("GBR", "yes")]
    assert sides("India, the closest partner of Russia, abstained.") == [("IND", "abstain")]


def test_an_apposition_of_a_tie_is_checked(built_store):
    got = claim_rows("The General Assembly adopted resolution ES-11/1 on 2 March by 141 votes to 5. Belarus and "
                     "Syria, allies of Russia, voted against it.", date(2022, 3, 3))
    assert [(state, verdict) for kind, state, _, verdict in got if kind == "position"] == [
        ("BLR", "supported"), ("SYR", "supported")]


# --- a name with its abbreviation in brackets ---

def test_a_bracketed_abbreviation_belongs_to_its_name():
    assert sides("The Democratic People's Republic of Korea (DPRK), Iran and Syria voted against the text.") == [
        ("PRK", "no"), ("IRN", "no"), ("SYR", "no")]
    assert sides("Chad, the Federated States of Micronesia (FSM), Peru and Fiji voted against the text.") == [
        ("TCD", "no"), ("FSM", "no"), ("PER", "no"), ("FJI", "no")]
    got = names.mentions("Israel and the United States of America (USA) voted no.")
    assert [(m.iso3, m.end) for m in got] == [("ISR", 6), ("USA", 45)]


def test_a_bracket_naming_another_state_is_not_an_abbreviation():
    # the traps: a code of another state stays apart; a target's bracket stays the target's
    got = names.mentions("Peru (CHL) and Fiji voted against the text.")
    assert [m.iso3 for m in got] == ["PER", "CHL", "FJI"]
    assert sides("Chad voted in favour of the United Kingdom (UK) to keep the islands.") == [("TCD", "for:GBR")]


# --- a list that ends in a group ---

def test_a_list_may_end_in_a_group_named_by_region_or_body():
    assert sides("Chad, Peru and West European countries voted against the text.") == [("TCD", "no"), ("PER", "no")]
    assert sides("Chad, the Soviet Union and other East European countries voted against it.") == [
        ("TCD", "no"), ("SUN", "no")]


def test_a_group_alone_is_read_as_no_state():
    # the traps: a group is never read as its members; another clause's group does not carry its vote over
    assert sides("West European countries voted against the text, and Chad abstained.") == [("TCD", "abstain")]
    assert sides("Chad and Peru sponsored the text and Arab states voted against it.") == []


# --- the voters named by their side ---

def test_the_voters_named_by_their_side():
    assert sides("Opposing votes came from Chad, Peru and Fiji.") == [("TCD", "no"), ("PER", "no"), ("FJI", "no")]
    assert sides("Opponents of the resolution included Chad, Peru and Fiji.") == [
        ("TCD", "no"), ("PER", "no"), ("FJI", "no")]
    assert sides("Supporters include Chad, Peru and EU countries.") == [("TCD", "yes"), ("PER", "yes")]
    assert sides("The 12 nay-sayers were: Chad, Peru and Fiji.") == [("TCD", "no"), ("PER", "no"), ("FJI", "no")]
    assert sides("There were nine abstainees: Chad, Peru and Fiji.") == [
        ("TCD", "abstain"), ("PER", "abstain"), ("FJI", "abstain")]


def test_supporters_of_something_else_are_no_voters():
    # the traps: supporters of a leader, supporters who ask for a vote, supporters of another thing
    assert sides("Chad, Peru and Fiji, strong supporters of the regime, did not side with it.") == []
    assert sides("A group of treaty supporters sought a vote after Chad and Peru blocked it.") == []
    assert sides("Supporters of the war were found in Chad.") == []


def test_opposing_votes_are_checked(built_store):
    got = claim_rows("The General Assembly adopted resolution ES-11/1 on 2 March by 141 votes to 5. The opposing "
                     "votes came from Russia, Belarus and Syria.", date(2022, 3, 3))
    assert [(state, verdict) for kind, state, _, verdict in got if kind == "position"] == [
        ("RUS", "supported"), ("BLR", "supported"), ("SYR", "supported")]


# --- "joined <a group> in voting" ---

def test_joined_a_group_in_voting():
    assert sides("Chad on Monday joined most countries worldwide in voting in favour of the resolution.") == [
        ("TCD", "yes")]
    assert sides("Chad joined 144 other member states on Saturday in voting for the resolution.") == [("TCD", "yes")]
    assert sides('Chad joined Peru, Fiji and other small states in voting "no" on the resolution.') == [
        ("PER", "no"), ("FJI", "no"), ("TCD", "no")]


def test_joined_a_group_in_something_else_is_no_vote():
    # the trap: joining others in an act that is not a vote
    assert sides("Chad joined most countries in condemning the invasion.") == []


# --- sentence splitting: an abbreviation before a number ends no sentence ---

def test_a_date_or_a_symbol_abbreviated_ends_no_sentence():
    from unga.claims import text as claim_text

    def split(text: str) -> list[str]:
        return [s for _, _, s in claim_text.sentences(text)]

    assert split("On Dec. 18 Chad and Peru voted against the text.") == ["On Dec. 18 Chad and Peru voted against the text."]
    assert split("Under Res. 377 Chad voted no, e.g. with Peru.") == ["Under Res. 377 Chad voted no, e.g. with Peru."]
    # the traps: a month or a number after a full stop still starts a sentence
    assert split("Chad voted no in Dec. Peru abstained.") == ["Chad voted no in Dec.", "Peru abstained."]
    assert split("Chad voted no. 18 states abstained.") == ["Chad voted no.", "18 states abstained."]
    assert split("Chad voted no on Oct. 12, 2023. Peru abstained.") == ["Chad voted no on Oct. 12, 2023.",
                                                                         "Peru abstained."]


# --- a companion's side named by a vote noun ---

def test_a_companion_in_a_no_vote_and_joined_in_its_opposition():
    assert sides("Only Chad sided with Fiji in a no vote.") == [("FJI", "no"), ("TCD", "no")]
    assert sides('We understand that Chad was joined in its "no" vote by Peru and Fiji.') == [
        ("PER", "no"), ("FJI", "no"), ("TCD", "no")]
    assert sides("Chad was joined in its opposition by just two other countries, Peru and Fiji.") == [
        ("PER", "no"), ("FJI", "no"), ("TCD", "no")]
    assert sides("Chad was joined in its abstention by Peru.") == [("PER", "abstain"), ("TCD", "abstain")]


def test_joined_in_something_else_is_no_vote():
    # the traps: an opposition to something else, a call for a vote, a joint statement
    assert sides("Chad was joined in its opposition to the war by Peru.") == []
    assert sides("Chad was joined in its call for a vote by Peru and Fiji.") == []
    assert sides("Chad was joined in its statement by Peru.") == []


def test_a_counted_agent_then_its_states():
    from unga.claims import extract
    from unga.claims import text as claim_text
    text = "The text was opposed by just two other countries, Peru and Fiji."
    got = [(c.state, c.asserted["vote"]) for c in extract.extract(text, claim_text.sentences(text))
           if c.kind == "position"]
    assert got == [("PER", "no"), ("FJI", "no")]


# --- a counted clause with its states between dashes, after another vote phrase ---

def test_a_counted_clause_between_dashes_takes_its_own_vote():
    assert sides("In all, 142 voted in favour, 10 countries -- Chad, Fiji, Mali and Tonga -- voted against, and 26 "
                 "abstained.") == [("TCD", "no"), ("FJI", "no"), ("MLI", "no"), ("TON", "no")]
    assert sides("Chad and Peru voted in favour, two -- Fiji and Mali -- voted against.") == [
        ("TCD", "yes"), ("PER", "yes"), ("FJI", "no"), ("MLI", "no")]


def test_a_counted_list_before_a_bare_vote_word_is_not_the_first_phrase_s():
    # the trap: "four — A, B — against" was read as the first phrase's "yes"; the side it states is a bare word, which
    # is left unread (unverifiable, never the wrong side); a bracketed sample of the first phrase stays its own
    assert sides("The text received 120 votes in favour, four — Chad, Fiji, Mali and Tonga — against, and 10 "
                 "abstentions.") == []
    assert sides("Chad voted in favour, as did two countries -- Fiji and Mali.") == [
        ("TCD", "yes"), ("FJI", "yes"), ("MLI", "yes")]

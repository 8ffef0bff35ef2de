"""Thirty-second round (branch study33b): holdout33's English families, second half. Sentences of our own, true and
false variants side by side. The record used: the Cuba embargo votes of 2024 (79/7, 187-2-1: the United States and
Israel against, Moldova abstaining) and 2025 (80/4, 165-7-12: the United States, Israel, Ukraine, Hungary, Paraguay,
Argentina and North Macedonia against; Albania, Bosnia and Herzegovina, Costa Rica, Czechia, Ecuador, Estonia,
Latvia, Lithuania, Morocco, Poland, Moldova and Romania abstaining)."""

from __future__ import annotations

from datetime import date

from unga import api

OPENING = ("The General Assembly on Wednesday again demanded an end to the US embargo on Cuba, by 165 votes to 7 with 12 "
           "abstentions. ")
OCTOBER_2025 = date(2025, 10, 30)
CUBA_2025 = "A/RES/80/4"


def claims(text: str, after: int) -> list[dict]:
    return [c for c in api.check_text(text, published=OCTOBER_2025).claims if c["span"][0] >= after]


def positions(said: str) -> dict[tuple, tuple[str, str]]:
    """{(resolution, state): (vote, verdict)} of the position claims of the sentence said after the opening."""
    return {(c["resolution"], c["state"]): (c["asserted"]["vote"], c["verdict"])
            for c in claims(OPENING + said, len(OPENING)) if c["kind"] == "position"}


def test_a_long_copula_complement_before_a_colon_opens_the_list(built_store):
    said = ("Most of the abstaining countries are now led by governments that have sought closer ties with the White "
            "House: Albania, Poland and Romania.")
    assert positions(said) == {(CUBA_2025, s): ("abstain", "supported") for s in ("ALB", "POL", "ROU")}
    # false: Hungary voted against; the comma after the copula opens the complement all the same
    said = ("The states that abstained were, by and large, members of the European Union or candidates to join it: "
            "Hungary, Poland and Romania.")
    got = positions(said)
    assert got[(CUBA_2025, "HUN")] == ("abstain", "contradicted")
    assert got[(CUBA_2025, "POL")] == ("abstain", "supported")
    # a denied copula gives no list ("were not … : A and B voted yes" is another clause's)
    said = "Those abstaining were not, as some feared, the allies of Washington: Brazil and Mexico voted yes."
    assert all(vote == "yes" for vote, _ in positions(said).values())


def test_a_group_described_in_words_goes_on_the_list_before_its_members(built_store):
    said = "Opposing the text were the United States and a few of its friends: Israel, Hungary and Argentina."
    assert positions(said) == {(CUBA_2025, s): ("no", "supported") for s in ("USA", "ISR", "HUN", "ARG")}
    said = "Voting against were: the United States, plus several governments on the right: Israel, Paraguay and Poland."
    got = positions(said)
    assert got[(CUBA_2025, "PRY")] == ("no", "supported")
    assert got[(CUBA_2025, "POL")] == ("no", "contradicted")  # false: Poland abstained
    # a counted group with its description: "and 4 states …:" (the count a word or figures)
    said = "Voting against were the United States and four states it counts as friends: Israel, Hungary and Poland."
    got = positions(said)
    assert got[(CUBA_2025, "HUN")] == ("no", "supported") and got[(CUBA_2025, "POL")] == ("no", "contradicted")
    # a group named by another side's word is that side's list, not this one's
    said = "Opposed were the United States and those abstaining: Poland and Estonia."
    got = positions(said)
    assert got[(CUBA_2025, "POL")][0] == "abstain" and got[(CUBA_2025, "EST")][0] == "abstain"


def test_a_state_in_a_small_group_that_voted(built_store):
    assert positions("Hungary was in a small minority of nations that voted no.") == {
        (CUBA_2025, "HUN"): ("no", "supported")}
    assert positions("Poland is one of a handful of countries which opposed the text.") == {
        (CUBA_2025, "POL"): ("no", "contradicted")}  # false: Poland abstained
    assert positions("Argentina, one of the states that voted against, defended its choice.") == {
        (CUBA_2025, "ARG"): ("no", "supported")}
    assert positions("Estonia, one of the nations that abstained, spoke for the Baltic states.") == {
        (CUBA_2025, "EST"): ("abstain", "supported")}
    assert positions("Ghana, one of the sponsors, voted in favour.") == {(CUBA_2025, "GHA"): ("yes", "supported")}


def test_quoted_no_votes_from_name_their_voters(built_store):
    said = "In 2024 the text passed 187 to 2, with 'no' votes from Israel and the United States."
    assert positions(said) == {("A/RES/79/7", "ISR"): ("no", "supported"), ("A/RES/79/7", "USA"): ("no", "supported")}
    said = 'In 2024 the text passed 187 to 2, the "no" votes by Israel and Ukraine.'  # false: Ukraine voted yes
    assert positions(said) == {("A/RES/79/7", "ISR"): ("no", "supported"), ("A/RES/79/7", "UKR"): ("no", "contradicted")}


def test_a_persuader_and_the_persuaded_voted_alike(built_store):
    said = "Washington convinced Paraguay and Hungary to join it in voting against."
    assert positions(said) == {(CUBA_2025, s): ("no", "supported") for s in ("USA", "PRY", "HUN")}
    said = "The United States had persuaded Argentina to join it and Israel in opposing the resolution."
    assert positions(said) == {(CUBA_2025, s): ("no", "supported") for s in ("USA", "ARG", "ISR")}
    said = "The United States got Ecuador to join it in voting against."  # false: Ecuador abstained
    assert positions(said)[(CUBA_2025, "ECU")] == ("no", "contradicted")
    # urging is no success: the urged states' votes are not said
    # (the rules read none; the learned reading of round 34 may offer one, never called false)
    urged = positions("The United States urged Ecuador and Poland to join it in voting against.")
    assert all(verdict != "contradicted" for _, verdict in urged.values())


def test_a_compound_naming_the_author_does_not_end_the_list(built_store):
    said = "Voting against the Cuban-drafted resolution were the United States, Israel and Hungary."
    assert positions(said) == {(CUBA_2025, s): ("no", "supported") for s in ("USA", "ISR", "HUN")}
    said = "Abstaining on the Cuba-sponsored text were Morocco, Ecuador and Paraguay."  # false: Paraguay voted against
    got = positions(said)
    assert got[(CUBA_2025, "MAR")] == ("abstain", "supported")
    assert got[(CUBA_2025, "PRY")] == ("abstain", "contradicted")
    assert ("A/RES/80/4", "CUB") not in got
    # a vote the record lacks (amendments) keeps its list unplaced, the author never on it
    text = ("The Assembly turned down, one after another, eight changes Washington had tabled. The sole three votes in "
            "favor of the U.S.-tabled changes were those of Israel, Ukraine and the United States itself.")
    got = {c["state"]: c["verdict"] for c in claims(text, 0) if c["kind"] == "position"}
    assert set(got) == {"ISR", "UKR", "USA"} and "contradicted" not in got.values()


def test_amongst_them_in_a_count_aside_and_nations_approving(built_store):
    text = ("The US embargo on Cuba was condemned again on Wednesday. A wide majority of 165 states, amongst them all of "
            "Latin America but two, voted in favour of Cuba's text.")
    counts = [c for c in claims(text, 0) if c["kind"] == "count"]
    assert [(c["asserted"]["value"], c["verdict"]) for c in counts] == [(165, "supported")]
    said = "The 2024 vote showed 187 nations approving, 2 opposing and 1 abstaining."
    got = [c for c in claims(OPENING + said, len(OPENING)) if c["kind"] == "tally"]
    assert [(c["resolution"], c["asserted"], c["verdict"]) for c in got] == [
        ("A/RES/79/7", {"yes": 187, "no": 2, "abstain": 1}, "supported")]
    said = "The 2024 vote showed 185 nations approving, 2 opposing and 1 abstaining."  # false: 187 in favour
    got = [c for c in claims(OPENING + said, len(OPENING)) if c["kind"] == "tally"]
    assert [c["asserted"]["yes"] for c in got] == [185] and got[0]["verdict"] != "supported"

"""Fifteenth round, placement (issue 9): which roll call a claim is about when the text pins down two votes of one
day, when it says "the motion" for its resolution, and when a state is said to vote for or against another state.
Sentences are our own; the stores are synthetic (tests/fixtures.py) unless a test says otherwise."""

from __future__ import annotations

from datetime import date

import numpy as np
from fixtures import unxml_record, write_unxml

from unga import api
from unga.claims import ties
from unga.claims.extract import Claim

DAY_AFTER = date(2022, 3, 3)
YES = ["UNITED STATES", "FRANCE", "TÜRKIYE", "GERMANY"]
AGGRESSION = "Aggression against Ukraine"
CONSEQUENCES = "Humanitarian consequences of the war on refugees"


def _two_of_a_day(folder, reverse: bool = False):
    """Two votes of 2 March 2022: the aggression text 4-2-3 (Pakistan, India, China abstaining) and the refugees text
    5-1-2 (Pakistan in favour, Russia against, India and China abstaining)."""
    records = [unxml_record("A/RES/ES-11/1", "2 March 2022", YES, ["RUSSIAN FEDERATION", "BELARUS"],
                            ["PAKISTAN", "INDIA", "CHINA"], AGGRESSION),
               unxml_record("A/RES/ES-11/2", "2 March 2022", [*YES, "PAKISTAN"], ["RUSSIAN FEDERATION"],
                            ["INDIA", "CHINA"], CONSEQUENCES)]
    write_unxml(folder, "ES-11.json", records[::-1] if reverse else records)
    api.build(folder)


TALLIES = ("On Wednesday the Assembly adopted one text by 4 votes to 2, with 3 abstentions. It also adopted another "
           "by 5 votes to 1, with 2 abstentions.\n\n")


def claims(text: str, published: date = DAY_AFTER) -> list[dict]:
    return [c for c in api.check_text(text, published=published).claims if c["kind"] != "other"]


def positions(text: str, published: date = DAY_AFTER) -> dict[str, tuple]:
    return {c["state"]: (c["resolution"], c["verdict"]) for c in claims(text, published) if c["kind"] == "position"}


# --- 1. two votes of one day that the text pins down: the text's evidence decides, never the order of the rows ---

def test_trap_a_list_with_nothing_to_tell_the_two_votes_apart_is_unplaced(empty_home, tmp_path):
    for reverse in (False, True):  # the order of the record's rows never decides
        _two_of_a_day(tmp_path / f"sources{reverse}", reverse)
        text = "India voted against, an envoy said.\n\n" + TALLIES
        found = [c for c in claims(text) if c["kind"] == "position"]
        assert [(c["state"], c["resolution"], c["verdict"]) for c in found] == [("IND", None, "unverifiable")]
        assert "could be A/RES/ES-11/1 or A/RES/ES-11/2" in found[0]["evidence"]["record"]


def test_the_tally_nearest_before_places_a_list_never_to_call_it_false(empty_home, tmp_path):
    _two_of_a_day(tmp_path / "sources")
    assert positions(TALLIES + "A quoted statement.\n\nIndia abstained.") == {"IND": ("A/RES/ES-11/2", "supported")}
    assert positions(TALLIES + "A quoted statement.\n\nIndia voted against.") == {"IND": ("A/RES/ES-11/2", "unverifiable")}


def test_the_subject_its_sentence_names_identifies_the_vote(empty_home, tmp_path):
    _two_of_a_day(tmp_path / "sources")
    said = TALLIES + "A quoted statement.\n\nOn the humanitarian consequences for refugees, India abstained."
    assert positions(said) == {"IND": ("A/RES/ES-11/2", "supported")}


def test_the_count_of_its_sentence_decides_and_may_contradict(empty_home, tmp_path):
    _two_of_a_day(tmp_path / "sources")
    said = TALLIES + "A quoted statement.\n\nPakistan was among the 3 countries that abstained."
    assert positions(said) == {"PAK": ("A/RES/ES-11/1", "supported")}
    said = TALLIES + "A quoted statement.\n\nBelarus was among the 3 countries that abstained."
    assert positions(said)["BLR"][0] == "A/RES/ES-11/1"


def test_trap_a_count_of_neither_vote_leaves_the_claim_unplaced(empty_home, tmp_path):
    _two_of_a_day(tmp_path / "sources")
    said = TALLIES + "A quoted statement.\n\nIndia was one of 17 states that abstained."
    assert positions(said) == {"IND": (None, "unverifiable")}


def test_a_list_that_only_one_vote_of_the_day_fits_is_placed_never_called_false(empty_home, tmp_path):
    _two_of_a_day(tmp_path / "sources")
    said = "Pakistan, Germany and France voted in favour, envoys said.\n\n" + TALLIES
    assert positions(said) == {s: ("A/RES/ES-11/2", "supported") for s in ("PAK", "DEU", "FRA")}
    # the same list with one state wrong fits neither vote: unplaced, not false
    said = "Pakistan, Germany and Belarus voted in favour, envoys said.\n\n" + TALLIES
    assert {r for r, _ in positions(said).values()} == {None}


class Day:
    """A tiny index of three votes of one day: 0 and 1 tied, 2 another resolution of the day."""
    counts = ({"yes": 4, "no": 2, "abstain": 3}, {"yes": 5, "no": 1, "abstain": 2}, {"yes": 9, "no": 0, "abstain": 0})
    titles = ({"aggress", "ukrain"}, {"refuge", "humanitarian"}, {"ocean"})
    by_symbol = {"A/RES/ES-11/1": [0], "A/RES/ES-11/2": [1]}
    day_numbers = np.array([100, 100, 100])
    kinds = ["resolution"] * 3

    def agrees_all(self, row, numbers):
        return all(self.counts[row].get(k) == v for k, v in numbers.items())

    def topic(self, row, words):
        return 8.0 * len(self.titles[row] & words) / len(self.titles[row])

    def name(self, row):
        return f"vote{row}"


def _claim(kind, sentence, asserted, state=None, text="A sentence."):
    return Claim(kind, text, (0, 1), asserted, state=state, sentence=sentence)


def test_unit_the_tally_nearest_before_decides_and_a_paragraph_s_numbers_too():
    tally = _claim("tally", 0, {"yes": 5, "no": 1})
    listed = _claim("position", 2, {"vote": "abstain"}, "IND")
    assert ties.decide(Day(), listed, [1, 0], [tally, listed], [1, None], lambda s: s, lambda r: {}) == 1
    assert any("nearest" in n for n in listed.notes)
    listed = _claim("position", 2, {"vote": "abstain"}, "IND")
    assert ties.decide(Day(), listed, [1, 0], [tally, listed], [1, None], lambda s: 0, lambda r: {}) == 1
    assert any("paragraph" in n for n in listed.notes)


def test_unit_trap_the_nearest_tally_of_another_vote_stops_the_search():
    other = _claim("tally", 1, {"yes": 9, "no": 0})  # the day's third vote: the list is about it, or another
    first = _claim("tally", 0, {"yes": 5, "no": 1})
    listed = _claim("position", 2, {"vote": "abstain"}, "IND")
    assert ties.decide(Day(), listed, [0, 1], [first, other, listed], [1, 2, None], lambda s: s, lambda r: {}) is None
    assert any(n.startswith(ties.TIED) for n in listed.notes)


def test_unit_the_subject_decides_only_with_a_clear_lead():
    listed = _claim("position", 2, {"vote": "abstain"}, "IND", "On refugees and humanitarian aid, India abstained.")
    assert ties.decide(Day(), listed, [0, 1], [listed], [None], lambda s: s, lambda r: {}) == 1
    listed = _claim("position", 2, {"vote": "abstain"}, "IND", "On Ukraine and refugees, India abstained.")
    assert ties.decide(Day(), listed, [0, 1], [listed], [None], lambda s: s, lambda r: {}) is None


def test_unit_a_weak_choice_is_never_called_false():
    claim = _claim("position", 2, {"vote": "no"}, "IND")
    claim.notes.append(ties.TIE_BROKEN + "the tally nearest before it")
    entry = {"resolution": "X", "verdict": "contradicted", "evidence": {"record": "India abstained"}}
    ties.explain([entry], [claim])
    assert entry["verdict"] == "unverifiable"
    claim.notes[-1] = ties.TIE_BROKEN + "the numbers of its sentence"
    entry = {"resolution": "X", "verdict": "contradicted", "evidence": {"record": "India abstained"}}
    ties.explain([entry], [claim])
    assert entry["verdict"] == "contradicted"


# --- 3. a vote for or against a state: a side only when the state is a party the resolution judges or stands for ---

AGGRESSION_TALLY = ("On 2 March 2022 the General Assembly adopted resolution ES-11/1 by 141 votes to 5, with 35 "
                    "abstentions, demanding that Russia withdraw its forces from Ukraine. ")


def sides(text: str) -> dict[str, tuple]:
    return {c["state"]: (c["asserted"]["vote"], c["verdict"]) for c in claims(text) if c["kind"] == "position"}


def test_a_side_taken_with_the_judged_party_is_a_no(built_store):
    for said in ("Belarus voted in support of Russia.", "Belarus sided with Moscow in the vote.",
                 "Belarus cast its vote with Russia.", "Belarus voted in favour of Moscow."):
        assert sides(AGGRESSION_TALLY + said) == {"BLR": ("no", "supported")}, said
    assert sides(AGGRESSION_TALLY + "Belarus and Syria sided with Russia in the vote.") == {
        "BLR": ("no", "supported"), "SYR": ("no", "supported")}


def test_a_side_taken_with_the_party_the_text_stands_for_is_a_yes(built_store):
    assert sides(AGGRESSION_TALLY + "France and Japan backed Kyiv in the vote.") == {
        "FRA": ("yes", "supported"), "JPN": ("yes", "supported")}
    assert sides(AGGRESSION_TALLY + "France voted against Russia.") == {"FRA": ("yes", "supported")}
    # the direction is plain and the roll call pinned down: a side misstated is false
    assert sides(AGGRESSION_TALLY + "India voted for Ukraine.") == {"IND": ("yes", "contradicted")}


def test_the_title_names_the_party_without_the_text_s_description(built_store):
    said = ("On 2 March 2022 the General Assembly adopted resolution ES-11/1 by 141 votes to 5, with 35 abstentions. "
            "Syria voted against Ukraine.")  # "Aggression against Ukraine": the state the text stands for
    assert sides(said) == {"SYR": ("no", "supported")}


def test_trap_a_state_that_is_no_party_gives_no_side(built_store):
    found = [c for c in claims(AGGRESSION_TALLY + "Britain voted against the United States.") if c["kind"] == "position"]
    assert [(c["state"], c["verdict"]) for c in found] == [("GBR", "unverifiable")]
    # no party of the resolution: the side falls back to the United States' own vote, and is never called false
    assert "not called false" in found[0]["evidence"]["record"]


def test_trap_a_vote_for_a_state_to_do_something_is_no_side_on_the_state(built_store):
    found = sides(AGGRESSION_TALLY + "Belarus voted for Russia to keep its troops there.")
    assert found == {"BLR": ("for:RUS", "unverifiable")}


def test_trap_a_side_in_a_relative_clause_or_politics_is_no_vote(built_store):
    said = AGGRESSION_TALLY + "Saudi Arabia, which critics accused of siding with Russia on oil, voted in favour."
    assert sides(said) == {"SAU": ("yes", "supported")}
    assert sides(AGGRESSION_TALLY + "India backed Kyiv.") == {}  # no vote word: politics, not a vote
    # a possessive is no object: never a side with Russia (no "no" read off it)
    assert sides(AGGRESSION_TALLY + "France backed Russia's critics in the vote.").get("FRA", ("yes",))[0] != "no"


def test_trap_a_habit_or_a_preposition_s_object_is_no_side():
    from unga.claims import polarity, text
    from unga.claims import extract

    for body in ("The embargo vote came again. Next to Israel, Palau has voted with the United States most often.",
                 "The embargo vote came again. Palau voted with the United States 90 percent of the time."):
        spans = text.sentences(body)
        assert [c for c in polarity.targets(extract.extract(body, spans), spans) if c.kind == "position"] == []


def test_unit_the_role_a_title_or_a_description_gives():
    from unga.claims import polarity

    assert polarity.role("Situation of human rights in Myanmar", "MMR") == "judged"
    assert polarity.role("Human rights of Rohingya Muslims and other minorities in Myanmar", "MMR") == "judged"
    assert polarity.role("Aggression against Ukraine", "UKR") == "stood for"
    title = "Necessity of ending the embargo imposed by the United States of America against Cuba"
    assert (polarity.role(title, "USA"), polarity.role(title, "CUB")) == ("judged", "stood for")
    assert polarity.role("The situation in the Middle East", "ISR") is None
    assert polarity.described("The Assembly passed a resolution against Israel.", "ISR") == "judged"
    assert polarity.described("A resolution condemning Israel and one in support of Israel.", "ISR") is None


def test_a_side_on_a_state_after_a_noun_apposition_of_the_voter(built_store):
    """The voter, then an apposition about it, then the side ("A, a close ally of B, voted against B's capital")."""
    said = AGGRESSION_TALLY + "Even Serbia, a long-standing friend of Russia, voted against Moscow."
    assert sides(said)["SRB"][1] == "supported"
    said = AGGRESSION_TALLY + "Belarus, the Kremlin's closest partner, sided with Moscow in the vote."
    assert sides(said)["BLR"][1] == "supported"


def test_trap_an_apposition_does_not_hide_a_vote_against_the_resolution(built_store):
    said = AGGRESSION_TALLY + "Serbia, a long-standing friend of Russia, voted against the resolution."
    assert sides(said) == {"SRB": ("no", "contradicted")}

"""Sixteenth round, identification (issue 9): a sentence's own evidence — the numbers it states and the states it
names with their votes — chooses its vote among the votes of the text's days (`claims/sentence_fit.py`), when the
words of the whole text point at another vote of that day. Sentences are our own; the store is synthetic
(tests/fixtures.py) unless a test says otherwise."""

from __future__ import annotations

from datetime import date

from fixtures import unxml_record, write_unxml

from unga import api
from unga.claims import sentence_fit

DAY_AFTER = date(2016, 12, 6)  # the votes below are of Monday 5 December 2016
STATES = ["UNITED STATES", "FRANCE", "UNITED KINGDOM", "JAPAN", "GERMANY", "BRAZIL", "INDIA", "CHINA",
          "RUSSIAN FEDERATION", "IRAN (ISLAMIC REPUBLIC OF)", "SYRIAN ARAB REPUBLIC", "CUBA", "PAKISTAN", "ISRAEL"]
DISARMAMENT = "Nuclear disarmament"  # the subject the texts below name in every paragraph
ELIMINATION = "United action towards the total elimination of atomic arms"


def _split(no: list[str], abstain: list[str]) -> tuple[list[str], list[str], list[str]]:
    return [s for s in STATES if s not in no and s not in abstain], no, abstain


def _day(folder, rival_no=("UNITED STATES", "FRANCE", "UNITED KINGDOM", "ISRAEL")):
    """Three votes of 5 December 2016. The text's subject words fit the first ("nuclear disarmament"); the second
    (the elimination text) is the one its lists describe: China, Russia, Iran and Syria against, India and Pakistan
    abstaining; the third is a procedural-looking text of that day with yet another split."""
    records = [
        unxml_record("A/RES/71/63", "5 December 2016", *_split(list(rival_no), ["INDIA", "PAKISTAN", "JAPAN"]),
                     DISARMAMENT),
        unxml_record("A/RES/71/49", "5 December 2016",
                     *_split(["CHINA", "RUSSIAN FEDERATION", "IRAN (ISLAMIC REPUBLIC OF)", "SYRIAN ARAB REPUBLIC"],
                             ["INDIA", "PAKISTAN"]), ELIMINATION),
        unxml_record("A/RES/71/70", "5 December 2016", *_split(["ISRAEL"], ["CUBA", "BRAZIL", "GERMANY"]),
                     "Cooperation on outer space"),
    ]
    write_unxml(folder, "71.json", records)
    api.build(folder)


LEAD = ("On Monday the General Assembly adopted a batch of texts on nuclear disarmament, among them one on "
        "nuclear disarmament that a group of states had long sought.\n\n")


def positions(text: str, published: date = DAY_AFTER) -> dict[str, tuple]:
    return {c["state"]: (c["resolution"], c["verdict"]) for c in api.check_text(text, published=published).claims
            if c["kind"] == "position"}


def counts(text: str, published: date = DAY_AFTER) -> list[tuple]:
    return [(c["asserted"], c["resolution"], c["verdict"]) for c in api.check_text(text, published=published).claims
            if c["kind"] == "count"]


ELIMINATION_SIDES = {"CHN": ("A/RES/71/49", "supported"), "RUS": ("A/RES/71/49", "supported"),
                     "IRN": ("A/RES/71/49", "supported"), "SYR": ("A/RES/71/49", "supported")}


# --- caught: the sentence's numbers and states choose the vote of the day, in several wordings ---

def test_a_list_and_a_count_choose_the_vote_the_words_do_not_name(empty_home, tmp_path):
    _day(tmp_path / "sources")
    text = LEAD + ("China, Russia, Iran and Syria voted against the resolution, and 2 countries including India and "
                   "Pakistan abstained.")
    got = positions(text)
    assert got == {**ELIMINATION_SIDES, "IND": ("A/RES/71/49", "supported"), "PAK": ("A/RES/71/49", "supported")}
    assert counts(text) == [({"field": "abstain", "op": "=", "value": 2}, "A/RES/71/49", "supported")]


def test_other_wordings_of_the_same_evidence(empty_home, tmp_path):
    _day(tmp_path / "sources")
    for sentence in ("Voting no were China, Russia, Iran and Syria, while India and Pakistan abstained.",
                     "The four states that voted no were China, Russia, Iran and Syria.",
                     "Only China, Russia, Iran and Syria opposed it, with India and Pakistan abstaining."):
        got = positions(LEAD + sentence)
        assert {s: got.get(s) for s in ELIMINATION_SIDES} == ELIMINATION_SIDES, sentence


def test_a_sentence_placed_on_the_vote_the_words_name_moves_when_its_evidence_misses_it(empty_home, tmp_path):
    """The text's words place the sentence on the disarmament vote by a clear margin; four of its six states voted
    otherwise there, and all six voted as said on the elimination text of the same day."""
    _day(tmp_path / "sources")
    text = ("On Monday the Assembly adopted its resolution on nuclear disarmament.\n\n"
            "China, Russia, Iran and Syria voted against it, while India and Pakistan abstained.")
    assert positions(text) == {**ELIMINATION_SIDES, "IND": ("A/RES/71/49", "supported"),
                               "PAK": ("A/RES/71/49", "supported")}


# --- traps ---

def test_trap_evidence_that_fits_two_votes_of_the_day_chooses_neither(empty_home, tmp_path):
    """The rival misses only one state of five: one misread name must not choose."""
    _day(tmp_path / "sources", rival_no=("CHINA", "RUSSIAN FEDERATION", "IRAN (ISLAMIC REPUBLIC OF)", "ISRAEL"))
    got = positions(LEAD + "China, Russia, Iran and Syria voted against the resolution, while India abstained.")
    assert {row for row, _ in got.values()} != {"A/RES/71/49"}
    assert all(verdict != "contradicted" for _, verdict in got.values())


def test_trap_a_false_statement_cannot_choose_its_own_vote(empty_home, tmp_path):
    """Cuba voted yes on the elimination text: the sentence fits no vote of the day in full and is placed nowhere
    by its evidence, so nothing is called false."""
    _day(tmp_path / "sources")
    got = positions(LEAD + "China, Russia, Iran, Syria and Cuba voted against the resolution, and India and Pakistan "
                           "abstained.")
    assert all(verdict != "contradicted" for _, verdict in got.values())
    assert got["CUB"][0] != "A/RES/71/49" or got["CUB"][1] == "unverifiable"


def test_trap_states_voting_yes_alone_are_no_fingerprint(empty_home, tmp_path):
    """Most states vote yes on most texts: a yes list without a number chooses nothing."""
    _day(tmp_path / "sources")
    got = positions(LEAD + "The United States, France, Britain, Japan and Germany voted in favour.")
    assert all(row != "A/RES/71/49" for row, _ in got.values())


def test_trap_a_vote_of_other_days_is_not_in_the_pool(empty_home, tmp_path):
    """The same split a year before the text's days: the sentence's evidence does not reach it."""
    folder = tmp_path / "sources"
    write_unxml(folder, "70.json", [unxml_record(
        "A/RES/70/57", "7 December 2015",
        *_split(["CHINA", "RUSSIAN FEDERATION", "IRAN (ISLAMIC REPUBLIC OF)", "SYRIAN ARAB REPUBLIC"],
                ["INDIA", "PAKISTAN"]), ELIMINATION)])
    write_unxml(folder, "71.json", [unxml_record("A/RES/71/63", "5 December 2016",
                                                 *_split(["UNITED STATES", "FRANCE"], ["INDIA"]), DISARMAMENT)])
    api.build(folder)
    got = positions(LEAD + "China, Russia, Iran and Syria voted against the resolution, while India and Pakistan "
                           "abstained.")
    assert all(row != "A/RES/70/57" for row, _ in got.values())
    assert all(verdict != "contradicted" for _, verdict in got.values())


def test_never_false_holds_back_a_contradiction_on_a_vote_only_the_evidence_chose():
    entries = [{"verdict": "contradicted", "evidence": {"record": "Cuba voted in favour"}},
               {"verdict": "contradicted", "evidence": {"record": "x"}}]
    sentence_fit.never_false(entries, [7, 8], {0: 7, 1: 9})
    assert entries[0]["verdict"] == "unverifiable" and "only place it" in entries[0]["evidence"]["record"]
    assert entries[1]["verdict"] == "contradicted"


def test_choose_needs_a_number_or_four_states_on_the_minority_sides():
    assert sentence_fit.choose(None, {}, {"CHN": "no", "RUS": "no", "IRN": "no"}, [1, 2], lambda row: {}) is None
    assert sentence_fit.choose(None, {}, {"USA": "yes", "FRA": "yes", "GBR": "yes", "JPN": "yes", "DEU": "yes"},
                               [1, 2], lambda row: {}) is None


# --- a list called false on the pinned vote, when it fits another vote of the text's days in full ---

PINNED = "The Assembly adopted the disarmament text by 7 votes to 4, with 3 abstentions. "


def test_a_list_after_the_tally_that_fits_another_vote_of_the_day_is_not_called_false(empty_home, tmp_path):
    _day(tmp_path / "sources")
    for sentence in ("China, Russia, Iran and Syria voted against.",
                     "Voting against were China, Russia, Iran and Syria."):
        found = api.check_text(PINNED + sentence, published=DAY_AFTER).claims
        states = [c for c in found if c["kind"] == "position"]
        assert [(c["state"], c["resolution"], c["verdict"]) for c in states] == [
            (s, "A/RES/71/63", "unverifiable") for s in ("CHN", "RUS", "IRN", "SYR")], sentence
        assert "could be A/RES/71/49 or A/RES/71/63" in states[0]["evidence"]["record"]


def test_trap_a_list_of_the_vote_its_text_names_by_symbol_stays_contradicted(empty_home, tmp_path):
    _day(tmp_path / "sources")
    for text in ("The Assembly adopted resolution A/RES/71/63 on nuclear disarmament by 7 votes to 4, with 3 "
                 "abstentions. China, Russia, Iran and Syria voted against it.",
                 "The Assembly adopted resolution A/RES/71/63 on nuclear disarmament, with China, Russia, Iran and "
                 "Syria voting against it."):
        assert set(positions(text).values()) == {("A/RES/71/63", "contradicted")}, text


def test_trap_a_list_that_fits_no_other_vote_of_the_day_stays_contradicted(empty_home, tmp_path):
    """Cuba voted yes on every vote of the day: the list fits none of the others, and the pinned vote stands."""
    _day(tmp_path / "sources")
    got = positions(PINNED + "The United States, France, Britain and Cuba voted against.")
    assert got["CUB"] == ("A/RES/71/63", "contradicted")
    assert got["USA"] == ("A/RES/71/63", "supported")


def test_a_tally_of_the_sentence_before_does_not_move_what_its_own_evidence_placed(empty_home, tmp_path):
    _day(tmp_path / "sources")
    text = PINNED + ("China, Russia, Iran and Syria voted against the other text, and 2 countries including India and "
                     "Pakistan abstained.")
    assert positions(text) == {**ELIMINATION_SIDES, "IND": ("A/RES/71/49", "supported"),
                               "PAK": ("A/RES/71/49", "supported")}
    assert counts(text) == [({"field": "abstain", "op": "=", "value": 2}, "A/RES/71/49", "supported")]

"""Twenty-eighth round, the wrong roll call (branch wrongrc): a text dated to the month alone ("DATE: 2023-02") names
no day of its own, so no vote is "of the text's days" and a sentence's own fingerprint (its numbers and the states it
names with their votes, `claims/sentence_fit.py`) chose nothing; it now chooses among the votes of that month.
Sentences are our own; the store is synthetic (tests/fixtures.py)."""

from __future__ import annotations

from fixtures import unxml_record, write_unxml

from unga import api
from unga.claims import calendars

MONTH = calendars.Month(2023, 2)
STATES = ["UNITED STATES", "FRANCE", "UNITED KINGDOM", "JAPAN", "GERMANY", "BRAZIL", "INDIA", "CHINA",
          "RUSSIAN FEDERATION", "BELARUS", "SYRIAN ARAB REPUBLIC", "NICARAGUA", "MALI", "ERITREA", "CUBA", "ISRAEL"]
AGAINST = ["RUSSIAN FEDERATION", "BELARUS", "SYRIAN ARAB REPUBLIC", "NICARAGUA", "MALI"]


def _split(no: list[str], abstain: list[str]) -> tuple[list[str], list[str], list[str]]:
    return [s for s in STATES if s not in no and s not in abstain], no, abstain


def _month(folder, rival_no=("ISRAEL",), rival_abstain=("CUBA", "INDIA")):
    """Three votes of February 2023 on other days and subjects, the third with the first's numbers: the sentences
    below state the split of the first."""
    write_unxml(folder, "77.json", [
        unxml_record("A/RES/ES-11/6", "23 February 2023", *_split(AGAINST, ["CHINA", "INDIA", "CUBA"]),
                     "Principles of the Charter underlying a lasting peace"),
        unxml_record("A/RES/77/272", "20 February 2023", *_split(list(rival_no), list(rival_abstain)),
                     "Cooperation between the United Nations and a regional body"),
        unxml_record("A/RES/77/275", "27 February 2023",  # the same numbers, other states: the counts alone tie
                     *_split(["ISRAEL", "UNITED STATES", "JAPAN", "GERMANY", "FRANCE"], ["BRAZIL", "CHINA", "CUBA"]),
                     "A third subject of that month"),
    ])
    api.build(folder)


def positions(text: str, published=MONTH) -> dict[str, tuple]:
    return {c["state"]: (c["resolution"], c["verdict"]) for c in api.check_text(text, published=published).claims
            if c["kind"] == "position"}


LEAD = "The Assembly met again on the war and adopted a text.\n\n"


def test_a_month_dated_text_its_count_and_list_choose_the_vote_of_that_month(empty_home, tmp_path):
    _month(tmp_path / "sources")
    text = LEAD + "Five states voted no: Russia, Belarus, Syria, Nicaragua and Mali."
    got = positions(text)
    assert {s: got[s] for s in ("RUS", "BLR", "SYR", "NIC", "MLI")} == dict.fromkeys(
        ("RUS", "BLR", "SYR", "NIC", "MLI"), ("A/RES/ES-11/6", "supported"))


def test_four_states_on_a_minority_side_choose_without_a_number(empty_home, tmp_path):
    _month(tmp_path / "sources")
    got = positions(LEAD + "Opposing it were Russia, Belarus, Syria and Mali.")
    assert {row for row, _ in got.values()} == {"A/RES/ES-11/6"}


def test_trap_a_list_that_fits_two_votes_of_the_month_chooses_neither(empty_home, tmp_path):
    """The other February vote has the same five against: nothing tells the two apart."""
    _month(tmp_path / "sources", rival_no=AGAINST, rival_abstain=("CHINA", "INDIA", "CUBA"))
    got = positions(LEAD + "Three states abstained, and five voted no: Russia, Belarus, Syria, Nicaragua and Mali.")
    assert {row for row, _ in got.values()} != {"A/RES/ES-11/6"}
    assert all(verdict != "contradicted" for _, verdict in got.values())


def test_trap_a_false_list_chooses_nothing_and_is_never_called_false(empty_home, tmp_path):
    """Cuba abstained: the sentence fits no vote of the month in full."""
    _month(tmp_path / "sources")
    got = positions(LEAD + "Six voted no: Russia, Belarus, Syria, Nicaragua, Mali and Cuba.")
    assert all(verdict != "contradicted" for _, verdict in got.values())


def test_a_tally_without_its_yes_count_follows_the_vote_its_sentence_chose(empty_home, tmp_path):
    """Five against and three abstaining fit the third vote of the month as well: the states of its sentence tell
    them apart, and the tally goes with them (every number equal to the chosen vote's, so it is supported there)."""
    _month(tmp_path / "sources")
    claims = api.check_text(LEAD + "Five voted no, Russia, Belarus, Syria, Nicaragua and Mali among them, and three "
                                   "abstained.", published=MONTH).claims
    tallies = [(c["resolution"], c["verdict"]) for c in claims if c["kind"] == "tally"]
    assert tallies == [("A/RES/ES-11/6", "supported")]
    assert {c["resolution"] for c in claims if c["kind"] == "position"} == {"A/RES/ES-11/6"}


def test_a_year_ago_is_last_years_vote_not_this_ones(empty_home, tmp_path):
    """"A year ago" opens the sentence as "last year" does: Mali's abstention is of the 2022 vote (where it
    abstained), not of this week's (where it voted no), and is not called false there."""
    folder = tmp_path / "sources"
    write_unxml(folder, "es11.json", [
        unxml_record("A/RES/ES-11/1", "2 March 2022", *_split(["RUSSIAN FEDERATION", "BELARUS"], ["MALI", "CHINA"]),
                     "Aggression against Ukraine"),
        unxml_record("A/RES/ES-11/6", "23 February 2023", *_split(AGAINST, ["CHINA", "INDIA", "CUBA"]),
                     "Principles of the Charter underlying a lasting peace in Ukraine"),
    ])
    api.build(folder)
    day = MONTH.replace(day=24)
    for sentence in ("A year ago, Mali abstained on the first text on the aggression against Ukraine.",
                     "A year ago also, Mali abstained on a text on the aggression against Ukraine."):
        got = positions("The Assembly adopted its text on a lasting peace in Ukraine on Thursday.\n\n" + sentence,
                        published=day)
        assert got["MLI"] == ("A/RES/ES-11/1", "supported"), sentence

"""Thirty-second round, holdout33's wrong roll calls (branch idrc33). Sentences are our own.

A list of states that its sentence counts ("Just five states voted no: A, B, C, D and E") names that side in full.
Ranked with its count, it chooses among the votes of the text's days the one whose side is exactly those states: a
vote of the same day with five against, four of them named and one not, misses two. The same list in the annual
vote of another year is told apart by the text's date when the words and dates alone score the vote MIN_SCORE.
The record: 69/78 of 2 December 2014 (161-5-18: the United States, Canada, Israel, Palau and Micronesia against)
and, the same day, 69/54 (131-5-49: four of those and the United Kingdom against, Canada abstaining)."""

from __future__ import annotations

from datetime import date

import pytest
from fixtures import claims_after

from unga import api
from unga.claims import calendars, lacking, scope, several

DECEMBER_2014 = calendars.Month(2014, 12)
FIVE = {"USA", "CAN", "ISR", "PLW", "FSM"}


def _rows(lead: str, sentence: str, published=DECEMBER_2014) -> set[tuple]:
    return {(c["kind"], c["state"], c["resolution"], c["verdict"])
            for c in claims_after(lead, sentence, "position", published)
            + claims_after(lead, sentence, "count", published)}


@pytest.mark.parametrize("lead, sentence", [
    ("The Assembly urged Israel to sign the non-proliferation treaty. ",
     "Just five nations voted against the draft: the US, Israel, Canada, Micronesia and Palau."),
    ("The Assembly urged Israel to sign the non-proliferation treaty. ",
     "The five votes against came from the United States, Canada, Israel, Palau and Micronesia."),
    ("The Assembly called on Israel to accede to the non-proliferation treaty. ",
     "Canada, the United States, Palau, Israel and Micronesia were the five countries that voted no."),
    ("The Assembly called on Israel to accede to the non-proliferation treaty. ",
     "It passed with 5 votes against (the United States, Canada, Israel, Palau and Micronesia)."),
])
def test_a_side_named_in_full_chooses_the_days_vote(built_store, lead, sentence):
    assert _rows(lead, sentence) == {("position", s, "A/RES/69/78", "supported") for s in FIVE} | {
        ("count", None, "A/RES/69/78", "supported")}


def test_a_list_short_of_its_count_does_not_choose(built_store):
    # four named of five counted: the side is not named in full, and 69/54 has those four against too
    rows = _rows("The Assembly urged Israel to sign the non-proliferation treaty. ",
                 "Five states voted no, among them the US, Israel, Palau and Micronesia.")
    assert {r[2] for r in rows if r[0] == "position"} == {None}


def test_without_the_texts_date_the_years_votes_stay_apart(built_store):
    # the same five voted against this text every year: only a date tells the years apart
    rows = _rows("The Assembly urged Israel to sign the non-proliferation treaty. ",
                 "Just five nations voted against the draft: the US, Israel, Canada, Micronesia and Palau.", None)
    assert {r[2] for r in rows if r[0] == "position"} == {None}


# A page that sets a committee's figures beside the plenary's under headings ("First Committee vote" over three
# numbers, "General Assembly vote" over three more) reports the plenary's vote too: it is no text of the committee's
# vote alone, and the plenary's figures are placed on the record's vote, while the committee's stay unplaced (the
# heading turns the narration to the committee until the Assembly's heading turns it back).

def _tallies(text: str, published) -> list[tuple]:
    return [(tuple(sorted(c["asserted"].items())), c["resolution"], c["verdict"])
            for c in api.check_text(text, published=published).claims if c["kind"] == "tally"]


RISK_TITLE = "Draft on the risk of nuclear proliferation in the Middle East\n\n"
COMMITTEE_LINES = "\n\n• In favour: 150\n• Against: 5\n• Abstentions: 20\n\n"
PLENARY_LINES = "\n\n• In favour: 161\n• Against: 5\n• Abstentions: 18\n"
COMMITTEE_TALLY = (("abstain", 20), ("no", 5), ("yes", 150))
PLENARY_TALLY = (("abstain", 18), ("no", 5), ("yes", 161))


@pytest.mark.parametrize("committee_heading, plenary_heading", [
    ("First Committee vote", "General Assembly vote"),
    ("Vote in the First Committee", "Vote in the General Assembly"),
    ("First Committee results", "General Assembly's vote"),
])
def test_the_assemblys_heading_beside_a_committees(built_store, committee_heading, plenary_heading):
    text = RISK_TITLE + committee_heading + COMMITTEE_LINES + plenary_heading + PLENARY_LINES
    tallies = dict((numbers, (row, verdict)) for numbers, row, verdict in _tallies(text, DECEMBER_2014))
    assert tallies[PLENARY_TALLY] == ("A/RES/69/78", "supported")
    assert tallies[COMMITTEE_TALLY][0] is None


def test_a_committee_tally_beside_the_plenarys_is_not_the_plenarys(built_store):
    # the committee's tally shares one number with the plenary vote its words fit (one against): the plenary's own
    # tally, every number the vote's, turns the narration back; the committee's does not
    text = ("Resolution on the Convention on Cluster Munitions, 2023\n\nFirst Committee vote\n\n• In favour: 139\n"
            "• Against: 1\n• Abstaining: 35\n\nGeneral Assembly vote\n\n• In favour: 148\n• Against: 1\n"
            "• Abstaining: 36\n")
    tallies = dict((numbers, (row, verdict)) for numbers, row, verdict in _tallies(text, calendars.Month(2023, 12)))
    assert tallies[(("abstain", 36), ("no", 1), ("yes", 148))] == ("A/RES/78/32", "supported")
    assert tallies[(("abstain", 35), ("no", 1), ("yes", 139))][0] is None


def test_the_assemblys_vote_to_come_leaves_a_committee_text():
    assert lacking.committee_of("The First Committee approved it by 150 votes to 5.\n\nGeneral Assembly vote\n\n"
                                "161 to 5") is None
    assert lacking.committee_of("The First Committee approved it by 150 votes to 5. The vote in the General "
                                "Assembly was 161 to 5.") is None
    # traps: the Assembly's vote still to come
    for later in ("It now goes ahead of the General Assembly vote.", "The General Assembly vote is next month.",
                  "It awaits a vote in the General Assembly.", "A General Assembly vote will follow."):
        assert lacking.committee_of("The First Committee approved it by 150 votes to 5. " + later) \
            == "First Committee", later


def test_a_committee_heading_line_without_a_colon_turns_to_the_committee():
    lines = ["A title", "First Committee vote", "In favour: 150", "General Assembly vote", "In favour: 161"]
    assert scope.in_committee(lines, set()) == {1, 2}
    # trap: a sentence that only names a committee in passing is no heading
    assert scope.in_committee(["A title", "The text went through the First Committee in October.",
                               "In favour: 161"], set()) == set()


# "proposed by the committee on …": the committee wrote what the resolution endorses; the sentence's tally is the
# Assembly's, not another body's vote
@pytest.mark.parametrize("sentence", [
    "The first resolution, 121-2 with 23 abstentions, endorsed the plans proposed by the committee on refugees.",
    "By 121 votes to 2, the Assembly backed the steps recommended by the committee on decolonization.",
    "The text, passed 121 to 2, adopts a programme drafted by the committee on the rights of the child.",
])
def test_a_committee_that_wrote_the_text_is_not_the_voter(sentence):
    assert scope.scope_of(sentence) == "assembly"


def test_a_committee_that_voted_is_still_another_body():
    assert scope.scope_of("The text was approved by the Third Committee by 121 votes to 2.") == "other body"
    assert scope.scope_of("The vote in the Fourth Committee was 121 to 2.") == "other body"


# "A and B voted against all five texts", told before the text takes the votes one by one: each vote the text pins
# (by its tally) is one of them; the ones it never pins stay unidentified. The record: 36/120 A, B and C of
# 10 December 1981 (121-2-23, 119-3-22, 122-4-20; Israel and the United States against each).
@pytest.mark.parametrize("sentence", [
    "Only Israel and the United States opposed all five texts.",
    "Israel and the United States voted against all five resolutions.",
    "The United States and Israel voted no on all five drafts.",
])
def test_a_vote_said_of_all_the_texts_before_they_are_told(built_store, sentence):
    text = ("On 10 December 1981 the Assembly passed five texts on the question of Palestine. " + sentence
            + " The first passed 121 to 2, with 23 abstentions. The second passed 119 to 3, with 22 abstentions."
            " The third passed 122 to 4, with 20 abstentions.")
    said = [(c["state"], c["resolution"], c["verdict"]) for c in api.check_text(text, published=calendars.Month(
        1981, 12)).claims if c["kind"] == "position" and c["state"] == "USA"]
    assert sorted(said, key=str) == sorted([("USA", f"A/RES/36/120{part}", "supported") for part in "ABC"]
                                           + [("USA", None, "unverifiable")] * 2, key=str)


def test_how_many_reads_up_to_six():
    assert several.how_many("A and B voted against all six resolutions.", 0)[0] == 6
    assert several.how_many("A opposed the five drafts.", 0)[0] == 5
    # trap: six states, not six votes
    assert several.how_many("All six nations voted against the resolution.", 0) is None


# A name's letters in brackets ("the United Nations (UN) resolution") are no clause break: the year of the clause
# ("… in December 2018") still names the vote's year.
@pytest.mark.parametrize("sentence", [
    "Russia abstained on the annual United Nations (UN) resolution backing the cluster munitions ban in December 2018.",
    "In December 2018 Russia abstained on the yearly UN resolution on the Convention on Cluster Munitions (CCM).",
    "Russia abstained from the vote on the U.N. (UNGA) text promoting the cluster munitions convention in 2018.",
])
def test_an_acronym_in_brackets_does_not_cut_the_clause(built_store, sentence):
    said = [(c["state"], c["resolution"], c["verdict"]) for c in api.check_text(
        "Cluster munitions policy. " + sentence, published=date(2019, 8, 27)).claims if c["kind"] == "position"]
    assert said == [("RUS", "A/RES/73/54", "supported")]


# A table's or sentence's absentees are part of the list's fingerprint: the annual vote whose every named state voted
# (or stayed away) as said is chosen, and a list two years fit stays unplaced. The record: 76/166 of 16 December 2021
# on the right to food (the United States and Israel against; Congo, the DR Congo, Dominica, Sao Tome and Principe
# and Tuvalu absent); 80/210 has all but Congo so.
@pytest.mark.parametrize("sentence", [
    "Congo, Dominica, Tuvalu, the Democratic Republic of the Congo and Sao Tome and Principe did not vote, while the "
    "United States and Israel voted no.",
    "The US and Israel voted no; the DR Congo, Congo, Dominica, Tuvalu and Sao Tome and Principe were absent; Brazil, "
    "France and China voted yes.",
    "The US and Israel cast the only no votes and Congo, Dominica, Tuvalu and Sao Tome and Principe were absent.",
])
def test_absentees_choose_the_years_vote(built_store, sentence):
    rows = _rows("The Assembly again affirmed the right to food. ", sentence, None)
    assert {r[2] for r in rows if r[0] == "position"} == {"A/RES/76/166"}
    assert {r[3] for r in rows} == {"supported"}


def test_absentees_two_years_share_leave_the_list_unplaced(built_store):
    rows = _rows("The Assembly again affirmed the right to food. ", "The United States and Israel voted against, "
                 "while Dominica, Tuvalu and Sao Tome and Principe did not vote.", None)
    assert {r[2] for r in rows if r[0] == "position"} == {None}


# "voted against the end of the embargo": the text's aim named as a noun before the deed is a side on the text (as
# "against ending the embargo" was), not a side on the deed. The record: 74/7 of 7 November 2019 on the embargo
# against Cuba (Brazil, Israel and the United States against).
EMBARGO_LEAD = "On 7 November 2019 the Assembly called once more for lifting the US embargo on Cuba. "


@pytest.mark.parametrize("sentence, states", [
    ("The US, Israel and Brazil all voted against the end of the embargo.", {"BRA", "USA", "ISR"}),
    ("Brazil voted against UN condemnation of the embargo.", {"BRA"}),
    ("The US and Israel both voted against the lifting of the embargo.", {"USA", "ISR"}),
])
def test_against_the_end_of_a_deed_is_against_the_text(built_store, sentence, states):
    said = {(c["state"], c["resolution"], c["verdict"])
            for c in claims_after(EMBARGO_LEAD, sentence, "position", date(2019, 11, 20))}
    assert said == {(s, "A/RES/74/7", "supported") for s in states}


def test_against_the_deed_itself_stays_unjudged(built_store):
    said = claims_after(EMBARGO_LEAD, "Brazil voted against the embargo.", "position", date(2019, 11, 20))
    assert [(c["resolution"], c["verdict"]) for c in said] == [(None, "unverifiable")]
    assert "a vote against the embargo" in said[0]["evidence"]["record"]


# A tally without its yes count ("no votes against, 41 abstentions") beside the states that chose its vote: the
# tally goes where its sentence's states and numbers all hold, though the list placed them first. The record: 64/292
# of 28 July 2010 on the right to water (122-0-41; the United States, Canada, the United Kingdom and Australia
# abstaining).
@pytest.mark.parametrize("sentence", [
    "There were no votes against, and 41 countries abstained, among them the United States, Canada, Britain and "
    "Australia.",
    "Nobody voted no; 41 states abstained, including Australia, Canada, the UK and the US.",
    "With zero votes against, the 41 abstentions included the United States, Britain, Canada and Australia.",
])
def test_a_tally_without_its_yes_beside_its_list(built_store, sentence):
    lead = "On 28 July 2010 the Assembly recognised the human right to water and sanitation. "
    claims = [c for c in api.check_text(lead + sentence, published=calendars.Month(2010, 7)).claims
              if c["kind"] in ("tally", "position") and c["span"][0] >= len(lead) - 1]
    assert {(c["kind"], c["resolution"], c["verdict"]) for c in claims} <= {
        ("tally", "A/RES/64/292", "supported"), ("position", "A/RES/64/292", "supported")}
    assert {c["state"] for c in claims if c["kind"] == "position"} == {"USA", "CAN", "GBR", "AUS"}

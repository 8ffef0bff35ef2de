"""Twenty-third round (issue 9, branch study24): the largest general English classes of holdout24's misses and its
misreadings. Sentences of our own, with traps.

The record: ES-11/1 of 2 March 2022 (141-5-35, 12 absent; Belarus, Eritrea, North Korea, Russia, Syria against; China,
India, Pakistan, South Africa abstained; France, Germany, Japan in favour); the amendment on the Khmer Republic's
credentials of 17 December 1973 (rcid 1429, A/RES/3181(XXVIII)[D]: 50-55-17; the United States, Greece, Portugal
against, France abstained, China and India in favour)."""

from __future__ import annotations

from datetime import date

import pytest
from fixtures import ES11_1_LEAD, claims_after, positions_after

KHMER_LEAD = ("On 17 December 1973 the General Assembly voted on a challenge to the credentials of the Khmer "
              "Republic. ")
KHMER_DAY = date(1973, 12, 18)


def numbers_after(lead: str, sentence: str, published: date) -> list[tuple[str, dict, str]]:
    return [(c["kind"], c["asserted"], c["verdict"]) for kind in ("tally", "count")
            for c in claims_after(lead, sentence, kind, published)]


# x05, holdout7 m56: a roll call printed in alphabetical sections, each line led by its index letter, under a heading
# with a colon, a heading with its count, or a title line of its own; the sections a line each or a paragraph each
@pytest.mark.parametrize("listing", [
    "Against (5):\nB: Belarus\n\nE: Eritrea\n\nN: North Korea\n\nR: Russia\n\nS: Syria\n\nAbstained (35):\n"
    "C: China\n\nF: France\n\nI: India\n\nP: Pakistan\n\nS: South Africa\n",
    # a line each, other marks after the letter, no space after the colon
    "Voted against:\nB - Belarus\nE - Eritrea\nN - North Korea\nR - Russia\nS - Syria\n\nAbstained:\nC:China\n"
    "F:France\nI:India\nP:Pakistan\nS:South Africa\n",
    # a title line of its own, no colon, over paragraphs of lettered lines
    "Here is how the Assembly voted:\n\nCountries that voted against the resolution\n\nB) Belarus\nE) Eritrea\n"
    "N) North Korea\nR) Russia\nS) Syria\n\nCountries that abstained\n\nC. China\nF. France\nI. India\n"
    "P. Pakistan\nS. South Africa\n",
])
def test_a_roll_call_in_lettered_sections(built_store, listing):
    said = positions_after(ES11_1_LEAD, listing)
    assert {k: v for k, v in said.items() if k in ("BLR", "ERI", "PRK", "RUS", "SYR")} == {
        k: ("no", "supported") for k in ("BLR", "ERI", "PRK", "RUS", "SYR")}
    assert {k: said.get(k) for k in ("CHN", "IND", "PAK", "ZAF")} == {
        k: ("abstain", "supported") for k in ("CHN", "IND", "PAK", "ZAF")}
    assert said["FRA"][0] == "abstain" and said["FRA"][1] != "supported"  # France voted in favour


def test_a_false_line_of_a_lettered_roll_call_is_called_false(built_store):
    said = positions_after(ES11_1_LEAD, "Abstained (35):\nC: China\n\nF: France\n\nI: India\n")
    assert said == {"CHN": ("abstain", "supported"), "FRA": ("abstain", "contradicted"), "IND": ("abstain", "supported")}


@pytest.mark.parametrize("text", [
    # the letter must be the first of the name it heads: "Q: Russia" is no index
    "Voted against:\nBelarus\n\nQ: Russia, Syria\n",
    # a title line over prose: the prose's names take no vote from it
    "Countries that voted against the resolution\n\nR: Russia said the vote was a provocation, Syria agreed.\n",
    # a title that names a state is a headline, not a heading; so is a body's act, or a line in capitals
    "India abstains on Ukraine vote\n\nC: China, Cuba\n",
    "UN General Assembly votes for Ukraine resolution\n\nC: China, Cuba\n",
    "ASSEMBLY DEBATE ENDS WITH A CALL FOR RESPECT\nBY RUSSIA\n",
])
def test_lettered_lines_need_an_index_and_a_heading(built_store, text):
    said = positions_after(ES11_1_LEAD, text)
    assert not {k for k in said if k in ("RUS", "SYR", "CHN", "CUB")}


# x05, holdout15 v45: a heading's count takes every label a block's heading takes ("Abstained (35)" as "Abstaining (35)")
@pytest.mark.parametrize("heading, said", [
    ("Abstained (35):\nC: China, Cuba\n", ("abstain", 35, "supported")),
    ("Not voting (12):\nV: Venezuela\n", ("absent", 12, "supported")),
    ("Abstained (45):\nC: China\n", ("abstain", 45, "contradicted")),
])
def test_a_headings_count_under_any_vote_label(built_store, heading, said):
    text = heading + "\nThe vote was held on Wednesday."
    found = [(a["field"], a["value"], v) for kind, a, v in numbers_after(ES11_1_LEAD, text, date(2022, 3, 3))
             if kind == "count"]
    assert found == [said]


def test_a_count_a_line_in_brackets_is_one_tally(built_store):
    found = numbers_after(ES11_1_LEAD, "The result:\n  In favour (141)\n  Against (5)\n  Abstained (35)\n\nIt passed.",
                          date(2022, 3, 3))
    assert found == [("tally", {"yes": 141, "no": 5, "abstain": 35}, "supported")]


# x35, x08: after a verb of defeat the side that won is the no, the larger number whichever comes first; a state in
# brackets after a number takes that number's side
@pytest.mark.parametrize("sentence", [
    "The challenge failed 50 to 55 (United States), with 17 abstentions.",
    "The challenge was defeated 55 (United States) to 50, with 17 abstentions.",
    "The challenge was voted down 55 (United States)-50 with 17 abstentions.",
    "The challenge was killed late that night by a 50-55 (United States) vote, with 17 abstentions.",
])
def test_a_defeat_gives_the_larger_number_to_the_no(built_store, sentence):
    assert numbers_after(KHMER_LEAD, sentence, KHMER_DAY) == [
        ("tally", {"yes": 50, "no": 55, "abstain": 17}, "supported")]
    assert positions_after(KHMER_LEAD, sentence, KHMER_DAY) == {"USA": ("no", "supported")}


@pytest.mark.parametrize("sentence, said", [
    ("The challenge failed 50 to 55 (France), with 17 abstentions.", {"FRA": ("no", "contradicted")}),  # abstained
    # the bracket after the smaller number: the losing side, the yes
    ("The challenge was voted down 55-50 (United States) with 17 abstentions.", {"USA": ("yes", "contradicted")}),
    ("The challenge was voted down 55-50 (China) with 17 abstentions.", {"CHN": ("yes", "supported")}),
])
def test_a_state_bracketed_in_a_defeat_takes_its_numbers_side(built_store, sentence, said):
    assert positions_after(KHMER_LEAD, sentence, KHMER_DAY) == said


@pytest.mark.parametrize("sentence, tally", [
    # a verb of adoption after the defeat: the pair is the adoption's, as written
    ("The Assembly rejected an amendment and then adopted the resolution by 141 to 5.", {"yes": 141, "no": 5}),
    # the defeat's verb in another clause
    ("Russia's amendment was rejected, and the resolution passed 141 to 5.", {"yes": 141, "no": 5}),
])
def test_a_defeat_elsewhere_in_the_sentence_leaves_the_pair_as_written(built_store, sentence, tally):
    assert numbers_after(ES11_1_LEAD, sentence, date(2022, 3, 3)) == [("tally", tally, "supported")]


def test_a_blocking_vote_and_a_short_two_thirds_keep_the_writers_order(built_store):
    blocked = claims_after(ES11_1_LEAD, "A motion to adjourn was blocked by a vote of 95-41.", "tally")
    short = claims_after(ES11_1_LEAD, "The draft failed to win the two-thirds majority it needed, 87 to 58.", "tally")
    assert [c["asserted"] for c in blocked + short] == [{"yes": 95, "no": 41}, {"yes": 87, "no": 58}]


# holdout19 i08 (a latent false alarm): "A voted against it, backed by B": the passive backs the voter, never B's yes
@pytest.mark.parametrize("sentence, said", [
    ("Russia voted against it, backed by its allies Belarus and Syria.", {"RUS": ("no", "supported")}),
    ("Russia voted against the text, supported by Belarus and Syria.", {"RUS": ("no", "supported")}),
    ("India abstained, backed by Pakistan.", {"IND": ("abstain", "supported")}),
    # the text's own passive is still read, before or after its verb
    ("The resolution was backed by France and Germany.", {"FRA": ("yes", "supported"), "DEU": ("yes", "supported")}),
    ("The resolution, backed by France and Japan, was adopted.", {"FRA": ("yes", "supported"), "JPN": ("yes", "supported")}),
    # "joined by" after a vote phrase is a companion on the same side
    ("Russia voted against it, joined by Belarus and Syria.",
     {"RUS": ("no", "supported"), "BLR": ("no", "supported"), "SYR": ("no", "supported")}),
])
def test_a_passive_of_support_after_a_voters_phrase_backs_the_voter(built_store, sentence, said):
    assert positions_after(ES11_1_LEAD, sentence) == said

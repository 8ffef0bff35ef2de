"""Fifteenth round (issue 9, branch review): a review of participation.py, headed.py, blocks.py and the modules of the
fourteenth round. Each finding has a failing case in our own words and a trap that must keep its verdict.

The record used: ES-11/6 of 23 February 2023 (141-7-32; Nepal in favour, Russia against, India abstaining) and
ES-11/1 of 2 March 2022 (141-5-35; Russia, Belarus and Syria against, China abstaining)."""

from __future__ import annotations

from datetime import date

import pytest

from unga import api
from unga.claims import blocks, headed, tables

UKRAINE_2023 = "The Assembly adopted the resolution on Ukraine on Thursday by 141 votes to 7, with 32 abstentions. "
AFTER_2023 = date(2023, 2, 24)
ES_11_1 = "The General Assembly adopted resolution ES-11/1 on 2 March by 141 votes to 5, with 35 abstentions.\n\n"
AFTER_2022 = date(2022, 3, 3)


def positions(text: str, published: date) -> list[tuple]:
    return [(c["state"], c["asserted"]["vote"], c["verdict"]) for c in api.check_text(text, published=published).claims
            if c["kind"] == "position"]


# --- participation.py: "refrained from voting against" is no abstention; "did not take part in the talks" no vote


@pytest.mark.parametrize("sentence", [
    "Nepal refrained from voting against the resolution.",       # Nepal voted yes: true
    "Russia refrained from voting for the resolution.",          # Russia voted no: true
    "Nepal, for its part, refrained from voting in favour of an earlier draft.",
])
def test_refraining_from_voting_for_or_against_is_no_abstention(built_store, sentence):
    said = positions(UKRAINE_2023 + sentence, AFTER_2023)
    assert not [p for p in said if p[1] == "abstain or absent"]
    assert not [p for p in said if p[2] == "contradicted"]


def test_trap_refraining_from_voting_on_the_text_stays_false_for_a_state_that_voted(built_store):
    said = UKRAINE_2023 + "Nepal refrained from voting on the resolution."
    assert positions(said, AFTER_2023) == [("NPL", "abstain or absent", "contradicted")]


@pytest.mark.parametrize("sentence", [
    "Russia did not take part in the debate.",
    "Nepal did not participate in the drafting but voted in favour.",
    "Nepal declined to take part in the negotiations and voted yes.",
    "Russia, which did not take part in the consultations on the text, voted against.",
])
def test_not_taking_part_in_something_other_than_the_vote_is_no_claim_of_it(built_store, sentence):
    said = positions(UKRAINE_2023 + sentence, AFTER_2023)
    assert not [p for p in said if p[1] == "not_taking_part"]
    assert not [p for p in said if p[2] == "contradicted"]


@pytest.mark.parametrize("sentence", [
    "Russia did not take part in the vote.",
    "Russia did not participate in Thursday's vote.",
    "Russia did not participate in the voting on the resolution.",
    "Russia didn't take part, its mission said.",
    "Russia declined to take part in a 141 to 7 vote on the text.",
    "When the resolution came to a vote, Russia did not take part in it.",
])
def test_trap_not_taking_part_in_the_vote_stays_false_for_a_state_that_voted(built_store, sentence):
    assert positions(UKRAINE_2023 + sentence, AFTER_2023) == [("RUS", "not_taking_part", "contradicted")]


# --- headed.py and blocks.py: one heading rule, one mapping of labels to votes


HEADING_LINES = ["FOR ADMISSION", "No - 9:", "OPPOSED: 29", "Abstaining (27)", "Voted no:", "Voted in favour:",
                 "Abstenciones", "AYES", "Noes: 12", "Not voting", "Did not vote:", "AGAINST THE DRAFT"]
NOT_HEADINGS = ["For the first time", "No one voted against", "Against all odds, it passed", "Voted for by 141",
                "Nobody abstained"]


@pytest.mark.parametrize("line", HEADING_LINES)
def test_a_heading_line_is_one_rule_for_blocks_and_headed_runs(line):
    assert headed.HEADING.fullmatch(line) is not None
    assert blocks.HEADING.search("The vote was as follows.\n" + line) is not None


@pytest.mark.parametrize("line", NOT_HEADINGS)
def test_trap_prose_lines_are_no_heading(line):
    assert headed.HEADING.search(line) is None and blocks.HEADING.search(line) is None


@pytest.mark.parametrize("label, vote", [
    ("FOR", "yes"), ("in  favour", "yes"), ("Ayes", "yes"), ("a favor", "yes"), ("dafür", "yes"), ("pour", "yes"),
    ("AGAINST", "no"), ("Nays", "no"), ("noes", "no"), ("opposed", "no"), ("en contra", "no"), ("contrari", "no"),
    ("Abstaining", "abstain"), ("abstentions", "abstain"), ("Abstenciones", "abstain"), ("Enthaltungen", "abstain"),
    ("astenuti", "abstain"), ("absent", "absent"), ("Absences", "absent"), ("not voting", "absent"),
    ("non-voting", "absent"), ("did not vote", "absent"), ("didn't vote", "absent"), ("voted against", "no"),
    ("Voted in favour", "yes"),
])
def test_every_label_maps_to_its_vote(label, vote):
    assert headed.label_vote(label) == vote


def test_an_unknown_label_is_an_error_not_a_vote_in_favour():
    with pytest.raises(ValueError, match="not a vote label"):
        headed.label_vote("maybe")


def test_a_table_with_a_column_of_states_not_voting_is_read():
    text = ("For Against Abstain Not voting\n  Albania   Belarus   Algeria   Venezuela\n"
            "  Andorra   Eritrea   Angola\n  Argentina   Russia   Armenia\n")
    read = {(iso3, vote) for table in tables.tables(text) for iso3, vote, _, _ in table.cells}
    assert {("VEN", "absent"), ("RUS", "no"), ("ALB", "yes"), ("ARM", "abstain")} <= read and len(read) == 10


def test_table_rows_read_the_labels_by_the_one_mapping():
    rows = blocks.table_rows("Russia; against\nNepal | for\nIndia: abstention\nVenezuela - didn't vote")
    assert [(m.iso3, vote) for m, vote in rows] == [("RUS", "no"), ("NPL", "yes"), ("IND", "abstain"),
                                                     ("VEN", "absent")]


def test_headed_blocks_under_voted_headings_are_one_roll_call():
    text = ("Voted no:\nBelarus, Eritrea, North Korea, Russia, Syria\n"
            "Abstained:\nAlgeria, Angola, Armenia, Bangladesh, China\n")
    read = [(iso3, vote) for table in tables.tables(text) for iso3, vote, _, _ in table.cells]
    assert ("RUS", "no") in read and ("CHN", "abstain") in read and len(read) == 10


def test_a_list_paragraph_under_a_noes_heading_is_read(built_store):
    text = ES_11_1 + "NOES: 5\n\nBelarus, Eritrea, North Korea, Russia, Syria\n"
    assert ("RUS", "no", "supported") in positions(text, AFTER_2022)


# --- blocks.py: a list of marked items ends at a line that is not marked like them


def test_a_section_title_after_a_bulleted_list_is_no_item_of_it(built_store):
    text = (ES_11_1 + "The countries that voted against:\n- Russia\n- Belarus\n- Syria\n\nChina\n\n"
            "Beijing's envoy explained the abstention.\n")
    said = positions(text, AFTER_2022)
    assert ("RUS", "no", "supported") in said and ("SYR", "no", "supported") in said
    assert not [p for p in said if p[0] == "CHN" and p[1] == "no"]


def test_trap_numbered_items_read_to_the_end_and_a_number_cut_from_its_item():
    listing = ("no", None, False)
    first = blocks.block_positions("2. Belarus.", listing, None)
    assert [p[:2] for p in first[0]] == [("BLR", "no")] and first[1] == ("no", None, False, "marked")
    assert blocks.block_positions("(3) Syria", first[1], None)[1] == first[1]  # marks of one list may differ
    cut = blocks.block_positions("3.", first[1], None)  # the splitter cut "3. Syria" after its number
    assert cut[0] == [] and [p[:2] for p in blocks.block_positions("Syria", cut[1], None)[0]] == [("SYR", "no")]
    assert blocks.block_positions("China", first[1], None) is None  # not marked as the items before it


def test_trap_an_unmarked_list_is_read_to_its_end(built_store):
    text = ES_11_1 + "The countries that voted against:\nRussia\nBelarus\nSyria\nChina\n"
    assert ("CHN", "no") in [p[:2] for p in positions(text, AFTER_2022)]


def test_trap_a_numbered_list_is_read_item_by_item(built_store):
    text = ES_11_1 + "The countries that voted against:\n\n1. Russia.\n2. Belarus.\n3. Syria.\n4. China.\n"
    said = [p[:2] for p in positions(text, AFTER_2022)]
    assert {("RUS", "no"), ("BLR", "no"), ("SYR", "no"), ("CHN", "no")} <= set(said)


# --- regions.py: a sentence opened by an organisation of states counts its members, not the Assembly's vote


def counts(text: str, published: date) -> list[tuple]:
    return [(c["asserted"]["field"], c["asserted"]["value"], c["verdict"])
            for c in api.check_text(text, published=published).claims if c["kind"] == "count"]


@pytest.mark.parametrize("sentence", [
    "In the African Union, 28 countries voted in favour.",
    "Within ASEAN, 8 voted in favour and 2 abstained.",
    "Across the EU, 26 states backed the text.",
    "Among the Arab League, 15 voted yes.",
])
def test_a_count_of_an_organisations_members_is_no_count_of_the_vote(built_store, sentence):
    assert not [c for c in counts(UKRAINE_2023 + sentence, AFTER_2023) if c[2] == "contradicted"]


@pytest.mark.parametrize("sentence, field, value, verdict", [
    ("In the UN, 8 countries voted in favour.", "yes", 8, "contradicted"),
    ("In the General Assembly, 141 countries voted in favour.", "yes", 141, "supported"),
    ("In New York, 7 countries voted against.", "no", 7, "supported"),
])
def test_trap_the_un_itself_or_a_place_opens_a_count_of_the_vote(built_store, sentence, field, value, verdict):
    assert (field, value, verdict) in counts(UKRAINE_2023 + sentence, AFTER_2023)

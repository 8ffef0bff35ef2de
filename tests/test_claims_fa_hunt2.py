"""False alarms found by the second hunt (fahunt2, issue 9; tests/reference/news_fahunt2/README.md): true statements
the checker calls "contradicted" on 109 texts nobody had read. One test per class of misreading, with sentences of our
own (never the articles'), and for each a trap of the same shape that is plainly false and must stay contradicted.
Tests marked xfail(strict) fail on main today; the next session fixes the classes in src/unga/claims/ and removes the
marks.

The record used: A/RES/75/183 of 16 December 2020 (death-penalty moratorium, 123-38-24; Djibouti, Jordan, Lebanon
and the Republic of Korea in favour); ES-10/24 of 18 September 2024 (ending the occupation, 124-14-43; Australia,
Samoa and Vanuatu abstaining); ES-11/2 of 24 March 2022 (humanitarian consequences of the aggression against Ukraine,
140-5-38; China abstaining); the drafts A/ES-10/L.32 and L.33 of 11 December 2024 (UNRWA's mandate 159-9-11, the Gaza
ceasefire 158-9-13; Argentina and Israel against both), known from the UN release, with no roll call in the record;
A/RES/79/134 of 6 December 2024 (cooperation with the OPCW, 132-9-13, Argentina and Israel in favour)."""

from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path

from unga import api

REFERENCE = Path(__file__).parent / "reference"


def claims(text: str, published: date) -> list[dict]:
    return [c for c in api.check_text(text, published=published).claims if c["kind"] != "other"]


def contradicted(text: str, published: date) -> list[tuple]:
    return [(c["kind"], c["resolution"], c["state"], c["asserted"]) for c in claims(text, published)
            if c["verdict"] == "contradicted"]


# --- class 1: a number of states that did something new (first time, changed vote) is no count of the vote ---

def test_newcomers_are_no_count_of_the_vote(built_store):
    said = ("The death-penalty moratorium passed the Assembly on Wednesday by 123 votes to 38, with 24 abstentions. "
            "Three countries supported it for the first time: Jordan, Lebanon and Djibouti.")
    assert contradicted(said, date(2020, 12, 17)) == []


def test_newcomers_said_first_are_no_count_of_the_vote(built_store):
    said = ("The death-penalty moratorium passed the Assembly on Wednesday by 123 votes to 38, with 24 abstentions. "
            "For the first time, four countries voted in favour of the resolution: Djibouti, Jordan, Lebanon and "
            "South Korea.")
    assert contradicted(said, date(2020, 12, 17)) == []


def test_the_newcomers_positions_are_still_read(built_store):
    said = ("The death-penalty moratorium passed the Assembly on Wednesday by 123 votes to 38, with 24 abstentions. "
            "Three countries supported it for the first time: Jordan, Lebanon and Djibouti.")
    positions = {c["state"]: c["verdict"] for c in claims(said, date(2020, 12, 17)) if c["kind"] == "position"}
    assert positions == {"JOR": "supported", "LBN": "supported", "DJI": "supported"}


def test_trap_a_plain_count_after_the_tally_stays_contradicted(built_store):
    said = ("The death-penalty moratorium passed the Assembly on Wednesday by 123 votes to 38, with 24 abstentions. "
            "Four countries voted in favour of the resolution.")
    assert contradicted(said, date(2020, 12, 17)) == [
        ("count", "A/RES/75/183", None, {"field": "yes", "op": "=", "value": 4})]


# --- class 2: "N other states ... in all" summed with states named under another vote label ---

def test_other_states_are_not_added_to_names_of_another_vote(built_store):
    said = ("The Assembly demanded on Wednesday that Israel end its occupation within a year, by 124 votes to 14. "
            "Forty-three states abstained, among them Australia, Samoa and Vanuatu, and fourteen other states voted "
            "against the text in all.")
    assert contradicted(said, date(2024, 9, 19)) == []


def test_other_states_after_while_are_read_plainly(built_store):
    said = ("The Assembly demanded on Wednesday that Israel end its occupation within a year. Forty-three states "
            "abstained, among them Australia, Samoa and Vanuatu, while fourteen other states opposed the text "
            "altogether.")
    tallies = [c for c in claims(said, date(2024, 9, 19)) if c["kind"] == "tally"]
    assert [(c["asserted"], c["verdict"]) for c in tallies] == [({"abstain": 43, "no": 14}, "supported")]


def test_trap_a_wrong_number_of_other_states_stays_contradicted(built_store):
    said = ("The Assembly demanded on Wednesday that Israel end its occupation within a year. Forty-three states "
            "abstained, among them Australia, Samoa and Vanuatu, while twenty other states opposed the text "
            "altogether.")
    assert [c[0] for c in contradicted(said, date(2024, 9, 19))] == ["tally"]


# --- class 3: "X and N other countries" in another language loses the named state ---

# the stored texts open with a line giving the publication date, which pins the vote to its day
HEADER = "URL: https://example.org/our-own-test | DATE: 2022-03-24 | a sentence of our own\n"


def test_a_named_state_and_n_others_in_portuguese_counts_the_named_state(built_store):
    said = HEADER + ("A Assembleia Geral aprovou o texto sobre a Ucrânia por 140 votos a favor e cinco contrários. "
                     "China e outros 37 países se abstiveram.")
    assert contradicted(said, date(2022, 3, 24)) == []


def test_a_named_state_and_n_others_in_english_counts_the_named_state(built_store):
    said = HEADER + ("The Assembly adopted the humanitarian text on Ukraine by 140 votes to 5. China and 37 other "
                     "countries abstained.")
    counts = [(c["asserted"], c["verdict"]) for c in claims(said, date(2022, 3, 24)) if c["kind"] == "count"]
    assert counts == [({"field": "abstain", "op": "=", "value": 38}, "supported")]


def test_trap_a_wrong_number_of_others_in_portuguese_stays_contradicted(built_store):
    said = HEADER + ("A Assembleia Geral aprovou o texto sobre a Ucrânia por 140 votos a favor e cinco contrários. "
                     "China e outros 12 países se abstiveram.")
    found = contradicted(said, date(2022, 3, 24))
    assert [(c[0], c[1], c[3]["field"]) for c in found] == [("count", "A/RES/ES-11/2", "abstain")]


# --- noted, not a false alarm: a supported verdict on a roll call the text is not about (y108; fixed by
# claims/release_place.py: numbers that fit a release only are the release's, and leave the roll call) ---

UNRWA_AND_CEASEFIRE = ("The Assembly on Wednesday backed the mandate of the refugee agency UNRWA by 159 votes to 9, "
                       "with 11 abstentions, and demanded an immediate ceasefire in Gaza by 158 votes to 9, with 13 "
                       "abstentions. ")


def test_states_said_of_votes_the_record_lacks_are_not_supported_on_another_vote(built_store):
    said = UNRWA_AND_CEASEFIRE + "Argentina and Israel voted in favour of both texts."
    positions = [(c["resolution"], c["verdict"]) for c in claims(said, date(2024, 12, 12)) if c["kind"] == "position"]
    assert positions and all(verdict != "supported" for _, verdict in positions)


def test_the_tallies_of_those_votes_stay_supported(built_store):
    said = UNRWA_AND_CEASEFIRE + "Argentina and Israel voted in favour of both texts."
    tallies = [(c["resolution"], c["verdict"]) for c in claims(said, date(2024, 12, 12)) if c["kind"] == "tally"]
    assert tallies == [("A/ES-10/L.32", "supported"), ("A/ES-10/L.33", "supported")]


# --- the vetted set itself: its URLs are new, and it keeps no sentence of the texts ---

def test_the_fahunt2_urls_are_in_no_labelled_or_vetted_set():
    vetted = json.loads((REFERENCE / "news_fahunt2" / "contradictions.json").read_text())["texts"]
    ours = {t["url"] for t in vetted.values()}
    theirs = set()
    for labels in REFERENCE.glob("news_*/labels.json"):
        theirs |= set(re.findall(r'"url": "([^"]+)"', labels.read_text()))
    first = json.loads((REFERENCE / "news_fahunt" / "contradictions.json").read_text())["texts"]
    theirs |= {t["url"] for t in first.values()}
    gold = Path(__file__).resolve().parents[2] / "shared" / "news" / "gold.json"
    if gold.exists():
        theirs |= {a["url"] for a in json.loads(gold.read_text())["articles"].values()}
    assert len(ours) == len(vetted) == 109
    assert not ours & theirs
    for entry in vetted.values():
        for claim in entry["contradicted"]:
            assert "text" not in claim and claim["decision"] in ("right", "false_alarm")


def test_trap_a_count_of_changers_that_agrees_is_still_supported(built_store):
    said = ("The death-penalty moratorium passed the Assembly on Wednesday by 123 votes to 38, with 24 abstentions. "
            "For the first time, 123 countries voted in favour of it.")
    verdicts = {(c["asserted"].get("value"), c["verdict"]) for c in claims(said, date(2020, 12, 17))
                if c["kind"] == "count"}
    assert (123, "supported") in verdicts


# ======================================================================================================================
# The third hunt (fahunt3, tests/reference/news_fahunt3/README.md): 101 more texts nobody had read, 18 contradicted,
# 3 right and 15 false alarms in four classes. Sentences of our own; each class has a trap that must stay contradicted.
# The record used: ES-11/6 of 23 February 2023 (141-7-32; Bangladesh, Pakistan, Sri Lanka and Viet Nam abstaining,
# Nepal in favour); ES-11/1 of 2 March 2022 (141-5-35; Ukraine in favour, Uzbekistan absent, Iraq abstaining);
# ES-11/3 of 7 April 2022 (93-24-58; Uzbekistan against); ES-11/4 of 12 October 2022 (143-5-35; Iraq in favour);
# ES-10/21 of 27 October 2023 (120-14-45; the Philippines abstaining).
# ======================================================================================================================

UKRAINE_2023 = "The Assembly adopted the resolution on Ukraine on Thursday by 141 votes to 7, with 32 abstentions. "


# --- fahunt3 class 1: abstaining written as "did not take part in the vote" is read as strictly absent ---

def test_not_taking_part_is_not_called_false_for_an_abstainer(built_store):
    said = UKRAINE_2023 + "Thirty-two countries, among them Bangladesh, chose not to take part in the vote."
    assert contradicted(said, date(2023, 2, 24)) == []


def test_not_participating_is_not_called_false_for_abstainers(built_store):
    said = UKRAINE_2023 + "Pakistan, Sri Lanka and Vietnam did not participate in the voting."
    assert contradicted(said, date(2023, 2, 24)) == []


def test_refraining_from_voting_is_supported_for_an_abstainer(built_store):
    said = UKRAINE_2023 + "Bangladesh refrained from voting."
    positions = [(c["state"], c["verdict"]) for c in claims(said, date(2023, 2, 24)) if c["kind"] == "position"]
    assert positions == [("BGD", "supported")]


def test_trap_not_taking_part_stays_contradicted_for_a_state_that_voted_yes(built_store):
    said = UKRAINE_2023 + "Nepal did not take part in the vote."
    assert [(c[0], c[2]) for c in contradicted(said, date(2023, 2, 24))] == [("position", "NPL")]


# --- fahunt3 class 2: a count of the states of one region or group is read as a count of the whole vote ---

def test_a_count_of_one_regions_states_is_no_count_of_the_vote(built_store):
    said = ("On 2 March the Assembly voted 141-5 to demand that Russia withdraw from Ukraine. In Latin America, "
            "nineteen countries voted in support of the measure, one voted against, three abstained, and one did not "
            "vote.")
    assert contradicted(said, date(2022, 3, 4)) == []


def test_an_exclusive_list_within_a_group_is_no_count_of_the_vote(built_store):
    said = ("The text was put to the Assembly on Friday evening (October 27, 2023). 120 countries voted in favor, 14 "
            "voted against, and 45 abstained. From the ASEAN region, Indonesia, Brunei, Malaysia, Thailand and the "
            "Philippines took part. The majority voted in favor, with only the Philippines abstaining.")
    assert contradicted(said, date(2023, 10, 30)) == []


def test_the_abstainer_of_the_group_is_still_read(built_store):
    said = ("The text was put to the Assembly on Friday evening (October 27, 2023). 120 countries voted in favor, 14 "
            "voted against, and 45 abstained. From the ASEAN region, Indonesia, Brunei, Malaysia, Thailand and the "
            "Philippines took part. The majority voted in favor, with only the Philippines abstaining.")
    positions = [(c["state"], c["verdict"]) for c in claims(said, date(2023, 10, 30)) if c["kind"] == "position"]
    assert positions == [("PHL", "supported")]


def test_trap_a_wrong_count_of_the_whole_vote_stays_contradicted(built_store):
    said = ("On 2 March the Assembly voted 141-5 to demand that Russia withdraw from Ukraine. Twenty countries voted "
            "in support of the measure.")
    assert contradicted(said, date(2022, 3, 4)) == [
        ("count", "A/RES/ES-11/1", None, {"field": "yes", "op": "=", "value": 20})]


def test_trap_only_one_abstainer_of_the_whole_vote_stays_contradicted(built_store):
    said = ("The text was put to the Assembly on Friday evening (October 27, 2023). 120 countries voted in favor and "
            "14 voted against. Only the Philippines abstained.")
    assert contradicted(said, date(2023, 10, 30)) == [
        ("count", "A/RES/ES-10/21", None, {"field": "abstain", "op": "=", "value": 1})]


# --- fahunt3 class 3: a state's vote on an earlier vote of the text is put on the text's main vote ---

SUSPENSION = ("On April 7 the General Assembly voted to suspend Russia from the Human Rights Council, by 93 votes to 24 "
              "with 58 abstentions. ")
ANNEXATIONS = ("On 12 October the Assembly condemned the annexations in Ukraine by 143 votes to 5. The first "
               "resolution, on 2 March, had passed 141-5. ")


def test_a_state_absent_from_the_earlier_vote_is_not_checked_on_the_later_one(built_store):
    said = SUSPENSION + ("In the March 2 vote condemning the invasion, Kazakhstan and Kyrgyzstan abstained. Uzbekistan "
                         "and Turkmenistan did not vote at all.")
    assert contradicted(said, date(2022, 4, 8)) == []


def test_backing_the_current_resolution_is_not_checked_on_the_earlier_one(built_store):
    said = ANNEXATIONS + "Iraq backed the current resolution after abstaining in March."
    assert contradicted(said, date(2022, 10, 14)) == []


def test_trap_a_wrong_vote_on_the_main_vote_stays_contradicted(built_store):
    said = SUSPENSION + "Uzbekistan did not vote at all."
    assert [(c[1], c[2]) for c in contradicted(said, date(2022, 4, 8))] == [("A/RES/ES-11/3", "UZB")]


def test_trap_a_wrong_vote_on_the_current_resolution_stays_contradicted(built_store):
    said = "On 12 October the Assembly condemned the annexations in Ukraine by 143 votes to 5. Iraq abstained on it."
    assert [(c[1], c[2]) for c in contradicted(said, date(2022, 10, 14))] == [("A/RES/ES-11/4", "IRQ")]


# --- fahunt3 class 4: a state named inside an apposition describing a listed state is read as a voter ---

NO_VOTERS = "The resolution passed by 141 votes to 5. Besides Russia, the states voting no were Eritrea, North Korea, "


def test_a_state_inside_an_apposition_is_not_a_voter(built_store):
    said = NO_VOTERS + "Syria and Belarus, a neighbour of Ukraine."
    assert contradicted(said, date(2022, 3, 3)) == []


def test_the_listed_states_before_the_apposition_are_still_read(built_store):
    said = NO_VOTERS + "Syria and Belarus, a neighbour of Ukraine."
    supported = {c["state"] for c in claims(said, date(2022, 3, 3)) if c["kind"] == "position"
                 and c["verdict"] == "supported"}
    assert {"ERI", "PRK", "SYR", "BLR", "RUS"} <= supported


def test_trap_a_state_listed_as_a_no_voter_stays_contradicted(built_store):
    said = NO_VOTERS + "Syria, Belarus and Ukraine."
    assert [(c[1], c[2]) for c in contradicted(said, date(2022, 3, 3))] == [("A/RES/ES-11/1", "UKR")]


# --- the third vetted set: its URLs are new, and it keeps no sentence of the texts ---

def test_the_fahunt3_urls_are_in_no_labelled_or_vetted_set():
    vetted = json.loads((REFERENCE / "news_fahunt3" / "contradictions.json").read_text())["texts"]
    ours = {t["url"] for t in vetted.values()}
    theirs = set()
    for labels in REFERENCE.glob("news_*/labels.json"):
        theirs |= set(re.findall(r'"url": "([^"]+)"', labels.read_text()))
    for earlier in ("news_fahunt", "news_fahunt2"):
        theirs |= {t["url"] for t in json.loads((REFERENCE / earlier / "contradictions.json").read_text())["texts"]
                   .values()}
    gold = Path(__file__).resolve().parents[2] / "shared" / "news" / "gold.json"
    if gold.exists():
        theirs |= {a["url"] for a in json.loads(gold.read_text())["articles"].values()}
    assert len(ours) == len(vetted) == 101
    assert not ours & theirs
    for entry in vetted.values():
        for claim in entry["contradicted"]:
            assert "text" not in claim and claim["decision"] in ("right", "false_alarm")

"""Twenty-ninth round (issue 9, branch study30b): holdout30's English misses, second half. A list whose items carry
the writer's comment in brackets; a side's noun with its members in apposition; a list in brackets after each vote
phrase; abstentions "by" or "from" states; an envoy's seat between a state and its vote; companions "banded with" or
"the likes of"; support attracted "in voting with" a state; a cable's figures with a group in capitals; misspelt names
at a bracketed list's edge; a cable's hard-wrapped lines under a header of short ones. Sentences of our own. The
record: ES-11/1 of 2 March 2022 (Russia, Belarus, Eritrea, North Korea and Syria against; Algeria, India, Mali and
China among the 35 abstaining; Uzbekistan absent)."""

from __future__ import annotations

import pytest
from fixtures import ES11_1_LEAD, claims_after

from unga.claims import misspelt, text, won_over
from unga.claims.names import mentions


def _said(sentence: str) -> set[tuple]:
    return {(c["state"], c["asserted"]["vote"], c["verdict"]) for c in claims_after(ES11_1_LEAD, sentence, "position")}


NO = "no"
AB = "abstain"


@pytest.mark.parametrize("sentence, expected", [
    # a comment in brackets after names, a bullet a line or in prose; a comment with a vote of its own ends the list
    ("Voting against - the usual names:\n* Belarus (a close ally)\n* Syria (ditto)\n* Eritrea\n* North Korea (as expected)",
     {("BLR", NO, "supported"), ("SYR", NO, "supported"), ("ERI", NO, "supported"), ("PRK", NO, "supported")}),
    ("Abstainers included India, Algeria (fearing for its trade), Mali (said it had erred) and 30 others.",
     {("IND", AB, "supported"), ("DZA", AB, "supported"), ("MLI", AB, "supported")}),
    ("Voting against:\n- Belarus\n- Syria (voted for it in 2014)\n- Eritrea", {("BLR", NO, "supported")}),
    # false: Mali abstained
    ("Voting against:\n* Belarus (a close ally)\n* Mali (quietly)",
     {("BLR", NO, "supported"), ("MLI", NO, "contradicted")}),
])
def test_a_comment_after_a_name_does_not_end_the_list(built_store, sentence, expected):
    assert _said(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Opponents of the resolution, including Russia, Belarus and Syria, argued that the text was biased.",
     {("RUS", NO, "supported"), ("BLR", NO, "supported"), ("SYR", NO, "supported")}),
    ("Opponents of the resolution - including Russia and Syria -, argued that it was biased.",
     {("RUS", NO, "supported"), ("SYR", NO, "supported")}),
    ("Supporters of the text, among them India and Algeria, said it was fair.",
     {("IND", "yes", "contradicted"), ("DZA", "yes", "contradicted")}),
    # trap: opponents of something else
    ("Opponents of the war, including Russia, argued otherwise.", set()),
])
def test_a_side_noun_with_its_members_in_apposition(built_store, sentence, expected):
    assert _said(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Others either voted against (Russia, Belarus, Syria), abstained (India, Algeria) or were absent (Uzbekistan).",
     {("RUS", NO, "supported"), ("BLR", NO, "supported"), ("SYR", NO, "supported"), ("IND", AB, "supported"),
      ("DZA", AB, "supported"), ("UZB", "absent", "supported")}),
    ("OTHERS EITHER VOTED AGAINST (RUSSIA, BELARUS), ABSTAINED (INDIA, MALI) OR WERE ABSENT (UZBEKISTAN).",
     {("RUS", NO, "supported"), ("BLR", NO, "supported"), ("IND", AB, "supported"), ("MLI", AB, "supported"),
      ("UZB", "absent", "supported")}),
    # false: India abstained
    ("The rest voted against (Russia, India), abstained (Mali).",
     {("RUS", NO, "supported"), ("IND", NO, "contradicted"), ("MLI", AB, "supported")}),
])
def test_a_list_in_brackets_after_each_vote_phrase(built_store, sentence, expected):
    assert _said(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("The text drew abstentions from India, Algeria and Mali.",
     {("IND", AB, "supported"), ("DZA", AB, "supported"), ("MLI", AB, "supported")}),
    ("LOBBYING WAS SUCCESSFUL IN ENCOURAGING ABSTENTIONS BY INDIA AND MALI.",
     {("IND", AB, "supported"), ("MLI", AB, "supported")}),
    ("There were abstentions from Russia and Mali, among others.", {("RUS", AB, "contradicted"), ("MLI", AB, "supported")}),
    # traps: none from a state is no abstention of it
    ("There were no abstentions from India.", set()),
    ("It passed without abstentions by India or Mali.", set()),
])
def test_abstentions_by_or_from_states(built_store, sentence, expected):
    assert _said(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("The Algerian representative at the United Nations abstained in that vote.", {("DZA", AB, "supported")}),
    ("The India delegate at the UN abstained.", {("IND", AB, "supported")}),
    ("Russia's envoy in New York voted against.", {("RUS", NO, "supported")}),
    # false: the United Kingdom voted in favour
    ("The United Kingdom's representative at the United Nations abstained in that vote.",
     {("GBR", AB, "contradicted")}),
])
def test_an_envoys_seat_between_the_state_and_its_vote(built_store, sentence, expected):
    assert _said(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Belarus banded with the likes of Syria, Eritrea and North Korea in its rejection of the resolution.",
     {("BLR", NO, "supported"), ("SYR", NO, "supported"), ("ERI", NO, "supported"), ("PRK", NO, "supported")}),
    ("Belarus joined the likes of Syria and Eritrea in voting against the resolution.",
     {("BLR", NO, "supported"), ("SYR", NO, "supported"), ("ERI", NO, "supported")}),
    # false: Mali abstained
    ("Belarus sided with the likes of Syria and Mali in rejecting the resolution.",
     {("BLR", NO, "supported"), ("SYR", NO, "supported"), ("MLI", NO, "contradicted")}),
    # trap: a tie that is no vote
    ("Belarus banded with Syria on trade.", set()),
])
def test_companions_banded_with_or_the_likes_of(built_store, sentence, expected):
    assert _said(sentence) == expected


def test_support_attracted_in_voting_with_a_state():
    read = won_over.read("RUSSIA SUCCEEDED IN ATTRACTING SUPPORT OF BELARUS, SYRIA AND ERITREA IN VOTING WITH IT IN "
                         "COMMITTEE AND PLENARY AGAINST THE TEXT.", [])
    assert [(p.iso3, p.vote) for p in read] == [("BLR", NO), ("SYR", NO), ("ERI", NO)]
    read = won_over.read("Lithuania attracted the support of the Maldives and Cyprus in voting with it for the text.", [])
    assert [(p.iso3, p.vote) for p in read] == [("MDV", "yes"), ("CYP", "yes")]
    assert won_over.read("Russia attracted the support of Belarus and Syria.", []) == []


@pytest.mark.parametrize("sentence, expected", [
    ("THE TEXT WAS ADOPTED 141-5 (BELARUS, SYRIA, SOVIET BLOC) - 35 (INDIA, ALGERIA).",
     {("BLR", NO, "supported"), ("SYR", NO, "supported"), ("IND", AB, "supported"), ("DZA", AB, "supported")}),
    ("THE TEXT WAS ADOPTED BY A VOTE OF 141-5-35 (INDIA AND SOVIET BLOC).", {("IND", AB, "supported")}),
])
def test_a_group_in_capitals_closes_the_bracket_of_a_cables_figures(built_store, sentence, expected):
    assert _said(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("ABSTAINED (BARABADOS, COSTA RICA, EL SALVADOR, VENEUZELA)", ["BRB", "CRI", "SLV", "VEN"]),
    ("A, Dominica Republic, Haiti and Cuba", ["DOM", "HTI", "CUB"]),
    ("Dominica, Grenada and Haiti abstained", ["DMA", "GRD", "HTI"]),
    ("Niger Republic, Mali and Chad", ["NER", "MLI", "TCD"]),
    # one state named: no list to read a misspelling in
    ("voted (Francr, Germany)", ["DEU"]),
])
def test_misspelt_names_at_a_bracketed_lists_edge(sentence, expected):
    assert [m.iso3 for m in mentions(sentence)] == expected
    assert misspelt.between_states("no list here", []) == []


CABLE = ("LIMITED OFFICIAL USE\nPAGE 01 USUN N 01234\nR 251833Z OCT 74\nFM USMISSION USUN NY\nTO SECSTATE WASHDC\n"
         "INFO USMISSION GENEVA\nLIMITED OFFICIAL USE USUN 1234\nE.O. 11652: N/A\nTAGS: UNGA\nSUBJ: VOTES ON THE ITEM\n"
         "REF: A. USUN 4297\nB. USUN 4168\n"
         "1. THE DRAFT ON THE ITEM WAS APPROVED IN PLENARY TODAY AFTER A LONG\n"
         "DEBATE IN WHICH THE SPONSORS MADE SEVERAL LATE CHANGES TO THE TEXT.\n"
         "2. WE SUCCEEDED IN ATTRACTING SUPPORT OF DENMARK, NORWAY, ITALY\n"
         "AND ISRAEL IN VOTING WITH US IN THE FIFTH COMMITTEE AND\n"
         "PLENARY AGAINST THE SUPPLEMENTAL INCREASE IN THE BUDGET OF\n"
         "THE ORGANIZATION. THE NINE MAINTAINED SOLIDARITY AND VOTED \"NO\"\n"
         "ALONG WITH THE US, ISRAEL, AND JAPAN WHEN THE DRAFT WAS PUT.\n"
         "3. EXPLANATIONS OF VOTE WERE MADE BY SEVERAL DELEGATIONS AFTER\n"
         "THE VOTE, MOST OF THEM CRITICAL OF THE WAY THE DRAFT WAS HANDLED.\n"
         "4. THE COMMITTEE WILL TAKE UP THE REMAINING SECTIONS OF THE DRAFT\n"
         "BUDGET NEXT WEEK, WHEN FURTHER RECORDED VOTES ARE LIKELY TO COME.\n")


def test_a_cables_wrapped_lines_under_its_short_header_run_on():
    said = [s for _, _, s in text.sentences(CABLE)]
    assert any(s.startswith("2. WE SUCCEEDED") and "AGAINST THE SUPPLEMENTAL" in s for s in said)
    assert any('VOTED "NO"\nALONG WITH' in s for s in said)
    assert text._wrap_width("short\nlines\nonly\nhere\nand\nthere\n") is None

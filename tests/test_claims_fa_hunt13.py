"""The thirteenth hunt (fahunt13, issue 9; tests/reference/news_fahunt13/README.md): 93 texts nobody had read, 48 in
English and 45 in 18 other languages, run through the checker of main. It called three claims contradicted, all
false alarms, fixed here:
- ak69 (a French review of 1955 on the Assembly's vote of 30 September 1955 to put the Algerian question on its
  agenda): the text gives the vote by its effect, 28 for putting the item on the agenda, 27 against, 5 abstaining. The
  record's roll call (rcid 425) is on the General Committee's recommendation *not* to include the item: 27 in favour,
  28 against, 5 abstentions. The tally was identified (its day and topic, every number within 3) and called false on
  its yes count. A tally that is exactly its roll call's with yes and no exchanged (claims/doubt.sides_exchanged) now
  tells the vote by the motion's effect or by the side that won: it is not called false.
- ak92 (an English editorial of 8 March 2022 on the Assembly's Ukraine vote of 2 March, 141-5-35): the count of the
  ASEAN members that voted yes, eight, given after "the grouping's", was read as 8 votes in favour of the whole
  Assembly and called false on A/RES/ES-11/1. A number right after a group noun's possessive ("the grouping's",
  "the bloc's", "the group's", "the alliance's") counts that group's members, as one after a named group's ("ASEAN's
  ten members") already did (claims/not_counts.GROUP_SIZE_BEFORE): it is no count of the Assembly's vote.
- ak16 (a Japanese report of 22 December 2017 on the Assembly's Jerusalem vote of 21 December, 128-9-35): "the 64 are
  the 8 countries other than the US that voted against, the 35 that abstained and the 21 absent", written with each
  verb before its noun ("<vote phrase>たNカ国"). The Japanese reader gave a number the vote phrase after it
  within two characters, so 8 took the abstention after the comma (8 abstaining, called false on A/RES/ES-10/19). A
  vote phrase ending in "た" right before a number (a relative clause) now gives that number its side
  (claims/cjk._relative_side), and a clause that counts the others ("X以外で", all but X) gives no count.
Sentences are our own (never the articles'); each reading has a trap of the same shape that must stay judged.

The record used: A/RES/ES-10/19 of 21 December 2017 (the status of Jerusalem, 128-9-35); A/RES/ES-11/1 of 2 March 2022 (aggression against Ukraine, 141-5-35: Laos and Viet Nam abstaining);
rcid 425 of 30 September 1955 (Algeria: to adopt the General Committee's recommendation that the
question of Algeria should not be included in the agenda, 27-28-5)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from fixtures import hunt_urls_against_the_rest, normalised_url

from unga import api

REFERENCE = Path(__file__).parent / "reference"
WALKED_OUT = " France walked out."


def judged(text: str) -> list[tuple]:
    return [(c["verdict"], c["kind"], c["resolution"], c["asserted"])
            for c in api.check_text(text).claims if c["kind"] == "tally"]


# --- ak69: a vote told by its effect, the record's roll call on the negative recommendation ---

def test_a_tally_told_by_the_motions_effect_is_not_called_false(built_store):
    text = ("The Assembly put the Algerian question on its agenda by 28 votes to 27 with 5 abstentions on "
            "30 September 1955." + WALKED_OUT)
    claims = api.check_text(text).claims
    assert judged(text) == [("unverifiable", "tally", "rcid:425", {"yes": 28, "no": 27, "abstain": 5})]
    assert "sides exchanged" in next(c for c in claims if c["kind"] == "tally")["evidence"]["record"]


def test_a_refusal_to_keep_an_item_off_the_agenda_is_not_called_false(built_store):
    text = ("The Assembly refused by 28 votes to 27 with 5 abstentions on 30 September 1955 to keep the Algerian "
            "question off its agenda." + WALKED_OUT)
    assert judged(text) == [("unverifiable", "tally", "rcid:425", {"yes": 28, "no": 27, "abstain": 5})]


def test_trap_a_tally_off_by_one_besides_its_exchanged_sides_is_still_called_false(built_store):
    text = ("The Assembly put the Algerian question on its agenda by 28 votes to 26 with 5 abstentions on "
            "30 September 1955." + WALKED_OUT)
    assert judged(text) == [("contradicted", "tally", "rcid:425", {"yes": 28, "no": 26, "abstain": 5})]


def test_trap_the_recommendation_rejected_is_still_supported(built_store):
    text = ("On 30 September 1955 the Assembly rejected by 28 votes to 27, with 5 abstentions, the General "
            "Committee's recommendation not to include the question of Algeria in its agenda.")
    assert judged(text) == [("supported", "tally", "rcid:425", {"yes": 27, "no": 28, "abstain": 5})]


# --- ak92: a count of a group's other members, after the group noun's possessive ---

DEPLORED = "Last week the Assembly deplored the attack on Ukraine, and 35 nations abstained. "
A_WEEK_AFTER = date(2022, 3, 8)


def counts(text: str) -> list[tuple]:
    return [(c["verdict"], c["resolution"], c["asserted"])
            for c in api.check_text(text, published=A_WEEK_AFTER).claims if c["kind"] == "count"]


def test_a_count_of_the_blocs_other_members_is_no_count_of_the_assembly(built_store):
    text = DEPLORED + "Laos and Vietnam sat on the fence; the bloc's eight other states voted yes."
    assert counts(text) == [("supported", "A/RES/ES-11/1", {"field": "abstain", "op": "=", "value": 35})]


def test_a_count_of_the_groups_members_is_no_count_of_the_assembly(built_store):
    text = DEPLORED + "Two Asean states abstained, and the group's eight other members backed it."
    assert counts(text) == [("supported", "A/RES/ES-11/1", {"field": "abstain", "op": "=", "value": 35})]


def test_trap_a_bare_count_of_eight_in_favour_is_still_called_false(built_store):
    text = DEPLORED + "Eight countries voted in favour of it."
    assert ("contradicted", "A/RES/ES-11/1", {"field": "yes", "op": "=", "value": 8}) in counts(text)


def test_trap_a_count_after_a_state_s_possessive_phrase_is_still_read():
    from unga.claims.not_counts import part_of_a_group
    sentence = "The group's vote was lost, and 141 countries voted in favour."
    at = sentence.index("141")
    assert not part_of_a_group(sentence, at, at + 3)


# --- ak16: a Japanese relative clause before its number, the phrase after the comma another's ---

JERUSALEM = "国連総会は21日、エルサレムをめぐる決議を採択した。"
DAY_AFTER_JERUSALEM = date(2017, 12, 22)


def read_ja(text: str) -> list[tuple]:
    return [(c["verdict"], c["kind"], c["resolution"], c["asserted"])
            for c in api.check_text(text, published=DAY_AFTER_JERUSALEM).claims if c["kind"] in ("count", "tally")]


def test_a_japanese_relative_clause_gives_its_number_the_side_before_it(built_store):
    from unga.claims import cjk
    assert cjk.tally("反対した9カ国、棄権した35カ国の名が公表された。", "ja") == {"no": 9, "abstain": 35}
    assert read_ja(JERUSALEM + "反対した9カ国、棄権した35カ国の名が公表された。") == [
        ("supported", "tally", "A/RES/ES-10/19", {"no": 9, "abstain": 35})]


def test_a_japanese_count_of_all_but_one_state_is_no_count(built_store):
    text = JERUSALEM + "日本以外で賛成した127カ国、棄権した35カ国の名が公表された。"
    assert read_ja(text) == [("supported", "count", "A/RES/ES-10/19", {"field": "abstain", "op": "=", "value": 35})]


def test_trap_a_number_before_its_verb_still_takes_the_verb_after_it():
    from unga.claims import cjk
    assert cjk.tally("9カ国が反対し、35カ国が棄権した。", "ja") == {"no": 9, "abstain": 35}


def test_trap_a_wrong_relative_count_is_still_called_false(built_store):
    assert read_ja(JERUSALEM + "反対した7カ国、棄権した35カ国の名が公表された。") == [
        ("contradicted", "tally", "A/RES/ES-10/19", {"no": 7, "abstain": 35})]


# --- the thirteenth vetted set: its URLs are new, and it keeps no sentence of the texts ---

def test_the_fahunt13_urls_are_in_no_labelled_or_vetted_set():
    texts, urls, shared = hunt_urls_against_the_rest(13)
    # collected at the same time as the blind set holdout30, out of each other's sight: two pages are in both, and
    # both READMEs say so (holdout30's aj03 is marked no longer blind)
    assert texts == urls == 93
    assert shared == {normalised_url("http://news.kantsuu.com/201712/20171222104908_661919.shtml"),
                      normalised_url("https://dipublico.org/104608/levantamiento-del-embargo-a-cuba-resolucion-de-"
                                     "naciones-unidas-logra-reunir-191-votos-a-favor-estados-unidos-se-abstiene")}


def test_the_fahunt13_set_keeps_no_sentence_of_the_texts():
    vetted = (REFERENCE / "news_fahunt13" / "contradictions.json").read_text()
    assert '"text"' not in vetted and "question algérienne" not in vetted and "Akklamation" not in vetted

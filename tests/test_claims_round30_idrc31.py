"""Thirtieth round, holdout31's wrong roll calls (branch idrc31): a list of voters names no subject, a tally laid out
as bullets that list the states they count, a vote held after the text is no rival of a vote of the text's own week,
and "last month" is a claim's time. Sentences are our own."""

from __future__ import annotations

from datetime import date

from fixtures import unxml_record, write_unxml

from unga import api
from unga.claims import calendars, extract, widen
from unga.claims import text as claim_text
from unga.claims.check import _without_lists
from unga.claims.position_time import LAST_MONTH
from unga.claims.when import time_of

STATES = ["UNITED STATES", "FRANCE", "JAPAN", "BRAZIL", "MALI", "CUBA", "INDIA", "CHINA", "ISRAEL", "CHILE"]


def _positions(text: str, published) -> set[tuple]:
    return {(c["state"], c["resolution"], c["verdict"]) for c in api.check_text(text, published=published).claims
            if c["kind"] == "position"}


def _month_store(folder):
    """The month's one vote (October 2022, on a border) and an older vote titled after Mali, on which the same four
    states abstained."""
    write_unxml(folder, "votes.json", [
        unxml_record("A/RES/ES-11/4", "12 October 2022", STATES[:4] + STATES[8:], [], STATES[4:8],
                     "Territorial integrity of a member state"),
        unxml_record("A/RES/58/196", "22 December 2003", STATES[:3] + STATES[8:], ["BRAZIL"], STATES[4:8],
                     "Question of Mali and Cuba"),
    ])
    api.build(folder)


def test_a_list_of_voters_names_no_vote_on_a_state_it_lists(empty_home, tmp_path):
    _month_store(tmp_path / "sources")
    month = calendars.Month(2022, 10)
    text = "Allies of Moscow, including Mali, Cuba, India and China, were also among the countries that abstained."
    assert _positions(text, month) == {(s, "A/RES/ES-11/4", "supported") for s in ("MLI", "CUB", "IND", "CHN")}
    # trap: a sentence that names Mali again, as the subject of the vote, keeps the older vote a rival
    text = "Mali, Cuba, India and China abstained on the question of Mali and Cuba."
    assert {r for _, r, _ in _positions(text, month)} == {None}


def test_the_text_topic_leaves_out_the_states_a_sentence_lists():
    body = ("The vote went the way Kyiv wanted. 18 abstained: Angola, Cuba, Eritrea and Sudan. "
            "The resolution on Sudan drew fewer votes.")
    spans = claim_text.sentences(body)
    count = extract.Claim("count", spans[1][2], spans[1][:2], {"field": "abstain", "op": "=", "value": 18},
                          sentence=1)
    kept = _without_lists(spans, [count])
    assert "Angola" not in kept and "Eritrea" not in kept
    # traps: the state a later sentence names as the vote's subject is still the text's word; so are one or two states
    # named with their vote
    assert "resolution on Sudan" in kept
    body = "Palau and Israel voted against the text."
    spans = claim_text.sentences(body)
    said = [extract.Claim("position", body, spans[0][:2], {"vote": "no"}, state=s, sentence=0) for s in ("PLW", "ISR")]
    assert _without_lists(spans, said) == body


def _count(text: str, field: str, value: int, sentence: int) -> extract.Claim:
    return extract.Claim("count", text, (0, len(text)), {"field": field, "op": "=", "value": value}, sentence=sentence)


def test_a_tally_laid_out_as_bullets_that_list_the_states():
    lines = [_count("• 122 countries voted yes, among them Brazil, India and Mexico", "yes", 122, 0),
             _count("• only 5 votes against: Russia, Belarus, Nicaragua, Syria and North Korea", "no", 5, 1),
             _count("• 18 abstentions, among them Angola, Cuba, Eritrea, Iran and Sudan", "abstain", 18, 2)]
    assert widen.laid_out(lines[2], lines) == {"yes": 122, "no": 5, "abstain": 18}
    # trap: long sentences of prose, one after the other, are no laid-out tally
    prose = [_count(c.text.lstrip("• ").capitalize() + " in the vote of the day.", c.asserted["field"],
                    c.asserted["value"], c.sentence) for c in lines]
    assert widen.laid_out(prose[2], prose) == {}


def _gaza_store(folder):
    """Two votes on one subject: a ceasefire in October and again in December (Fiji against both)."""
    write_unxml(folder, "votes.json", [
        unxml_record("A/RES/ES-10/21", "27 October 2023", STATES[:6], ["ISRAEL", "FIJI"], STATES[6:8],
                     "Protection of civilians and upholding legal and humanitarian obligations in Gaza"),
        unxml_record("A/RES/ES-10/22", "12 December 2023", STATES[:8], ["ISRAEL", "FIJI"], [],
                     "Protection of civilians and upholding legal and humanitarian obligations in Gaza"),
    ])
    api.build(folder)


def test_a_vote_held_after_the_text_is_no_rival_of_the_vote_of_its_week(empty_home, tmp_path):
    _gaza_store(tmp_path / "sources")
    text = ("The Pacific states split on the war in 2023. Fiji voted against the resolution on the protection of "
            "civilians and upholding legal and humanitarian obligations in Gaza.")
    assert _positions(text, date(2023, 10, 30)) == {("FJI", "A/RES/ES-10/21", "supported")}
    # trap: a text a month after the October vote, before December's, names neither week: both stay rivals
    assert _positions(text, date(2023, 11, 28)) == {("FJI", None, "unverifiable")}


def test_last_month_is_the_month_before_the_texts():
    body = "This draft did better than a milder one last month that was adopted by 125 votes."
    found = extract.extract(body, claim_text.sentences(body))
    count = next(c for c in found if c.kind == "count")
    assert count.when == LAST_MONTH
    assert time_of(count, date(1997, 4, 25)) == (1997, 3)
    assert time_of(count, date(1998, 1, 10)) == (1997, 12)
    # trap: a count with no time of its own keeps none
    body = "The text fared better than a weaker one that was adopted by 130 votes."
    assert next(c for c in extract.extract(body, claim_text.sentences(body)) if c.kind == "count").when is None


def test_a_tally_laid_out_as_lines_led_by_their_labels_that_break_the_count_down():
    lines = [_count("In favour: 53 – namely 13 Arab states, 8 Eastern states and Cuba, Cyprus and Mongolia", "yes",
                    53, 0),
             _count("Against: 46 – namely 25 American states, 10 allies, and Ireland, Israel and Austria", "no", 46, 1),
             _count("Abstaining: 20 – namely 10 African states and Malta", "abstain", 20, 2)]
    assert widen.laid_out(lines[0], lines) == {"yes": 53, "no": 46, "abstain": 20}
    # trap: a line whose first number is not its count (a part of it) leads no line of a tally
    lines[1] = _count("Against: of 13 Arab states none; 46 in all", "no", 46, 1)
    assert widen.laid_out(lines[0], lines) == {"yes": 53}


def _told_before(body: str, state: str) -> tuple:
    from unga.claims.when import told_before

    spans = claim_text.sentences(body)
    claim = next(c for c in extract.extract(body, spans) if c.state == state)
    return told_before(claim, spans, body, date(1996, 9, 11))


def test_a_year_in_a_relative_clause_of_the_sentence_before_is_no_time_of_the_next():
    assert _told_before("Ruritania, which held its one nuclear test in 1974, voted against the pact. "
                        "Bhutan also voted against the pact.", "BTN") == (None, None)
    # trap: a year that times the vote of the sentence before is still taken
    assert _told_before("In 1974 Ruritania voted against the pact. Bhutan also voted against the pact.",
                        "BTN") == (1974, None)


def test_the_subject_of_a_clause_after_the_copula_is_no_voter():
    body = ("That one government fought so hard to talk others out of a vote for it was proof that Paris took it "
            "seriously.")
    assert [c for c in extract.extract(body, claim_text.sentences(body)) if c.kind == "position"] == []
    # trap: a list after the copula still is the list of voters
    body = "Those voting against it were, in the end, Israel and Palau."
    assert {c.state for c in extract.extract(body, claim_text.sentences(body))} == {"ISR", "PLW"}

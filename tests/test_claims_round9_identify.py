"""Ninth-round rules for IDENTIFICATION, VERDICTS and NUMBERS (issue 9), each in sentences of our own: a claim now
caught (or rightly read), and a trap that must stay unverifiable. The record used: the Cuba embargo series,
A/RES/78/7 of 2 November 2023 (187-2-1; the United States and Israel against); ES-10/19 of 21 December 2017 (128-9-35,
21 absent; Kenya absent); ES-11/1 of 2 March 2022 (141-5-35, 12 absent)."""

from __future__ import annotations

from datetime import date

from unga import api
from unga.claims import deed, extract, text

AFTER_2023 = date(2023, 11, 3)
JERUSALEM = date(2017, 12, 22)


def checked(said: str, published: date | None) -> list[tuple]:
    return [(c["kind"], c["resolution"], c.get("state"), c["asserted"], c["verdict"])
            for c in api.check_text(said, published=published).claims if c["kind"] != "other"]


def claims(said: str) -> list[extract.Claim]:
    return extract.extract(said, text.sentences(said))


def test_a_count_against_a_deed_is_no_count_of_no_votes():
    found = claims("When 128 nations voted against the president's decision on the city, our envoy was away.")
    assert [deed.side_on_deed(c) is not None for c in found if c.kind == "count"] == [True]
    # against the text itself, or against the text named after the deed: a count of no votes
    for said in ("Nine nations voted against the resolution condemning the annexation.",
                 "Nine nations voted against the embargo resolution.",
                 "Only a few states joined the US in voting against the move to upgrade the mission's status."):
        assert all(deed.side_on_deed(c) is None for c in claims(said)), said


def test_a_state_against_a_deed_is_not_judged_on_the_text(built_store):
    # Mexico voted yes on A/RES/78/7: "against the blockade" is not a no on the text, nor called false
    got = checked("The Assembly voted on the embargo on 2 November 2023, 187 to 2.\n\n"
                  "Mexico voted against the blockade, as it has done every year.", AFTER_2023)
    assert all(g[4] != "contradicted" for g in got)
    assert ("tally", "A/RES/78/7", None, {"yes": 187, "no": 2}, "supported") in got


TALLY_2017 = "The Assembly voted on the status of Jerusalem on 21 December 2017: 128 in favour, 9 against, 35 abstaining."


def test_trap_the_count_against_a_leader_s_decision_is_never_called_false(built_store):
    # 35 abstained: "35 voted against the decision" is no count of the no votes, and not judged
    got = checked(TALLY_2017 + " In all 35 countries voted against the president's decision, the envoy said.",
                  JERUSALEM)
    assert ("tally", "A/RES/ES-10/19", None, {"yes": 128, "no": 9, "abstain": 35}, "supported") in got
    assert all(g[4] != "contradicted" for g in got)
    # the same count against the text is judged, and is false
    got = checked(TALLY_2017 + " In all 35 countries voted against the resolution, the envoy said.", JERUSALEM)
    assert ("count", "A/RES/ES-10/19", None, {"field": "no", "op": "=", "value": 35}, "contradicted") in got


BODY_2022 = "\n\nThe Assembly adopted resolution ES-11/1 on 2 March 2022 by 141 votes to 5, with 35 abstentions. "
AFTER_2022 = date(2022, 3, 3)


def test_a_headline_retelling_a_false_claim_of_the_body_is_caught(built_store):
    # Pakistan abstained: the headline says again what the body says, on the vote the body pins down
    got = checked("Pakistan opposes Assembly text on Ukraine" + BODY_2022 + "Pakistan voted against it.", AFTER_2022)
    assert [g[4] for g in got if g[0] == "position"] == ["contradicted", "contradicted"]


def test_trap_a_headline_that_says_another_thing_than_the_body_stays_unverifiable(built_store):
    # the body says "abstained" (true): the headline's "opposes" is not the body's claim, and stays unverifiable
    got = checked("Pakistan opposes Assembly text on Ukraine" + BODY_2022 + "Pakistan abstained.", AFTER_2022)
    assert ("position", "A/RES/ES-11/1", "PAK", {"vote": "abstain"}, "supported") in got
    assert ("position", "A/RES/ES-11/1", "PAK", {"vote": "no"}, "unverifiable") in got
    # the same claim with another year in its own paragraph is not the body's vote retold
    got = checked("Pakistan opposed a text on Ukraine in 2014." + BODY_2022 + "Pakistan voted against it.", AFTER_2022)
    assert [g[4] for g in got if g[0] == "position" and g[1] != "A/RES/ES-11/1"] == ["unverifiable"]


REPOST = date(2025, 1, 1)  # a later date on a report of the 2022 vote (a repost, an archive page)
COUNT_40 = ("count", "A/RES/ES-11/1", None, {"field": "abstain", "op": "=", "value": 40})


def test_a_report_dated_later_that_names_only_its_vote_s_year_is_judged(built_store):
    # 35 abstained: the only year the text names is its vote's, which its tally pins down
    got = checked("The Assembly voted on 2 March 2022 to deplore the invasion of Ukraine.\n\n"
                  "The Assembly voted 141-5 to adopt the text. Forty nations abstained.", REPOST)
    assert (*COUNT_40, "contradicted") in got


def test_trap_a_later_text_that_names_a_later_year_may_report_a_vote_the_record_lacks(built_store):
    got = checked("The Assembly voted on 2 March 2022 to deplore the invasion of Ukraine. In 2024 it met again.\n\n"
                  "The Assembly voted 141-5 to adopt the text. Forty nations abstained.", REPOST)
    assert (*COUNT_40, "unverifiable") in got


def latest(words: str) -> list[tuple]:
    return checked(BODY_2022.strip() + "\n\nSome states changed sides: Mali backed a Ukraine text in 2014. Twenty "
                   f"countries were absent from {words}.", AFTER_2022)


ABSENT_20 = ("count", "A/RES/ES-11/1", None, {"field": "absent", "op": "=", "value": 20})


def test_a_count_of_the_latest_vote_beside_an_earlier_year_is_judged_on_the_text_s_vote(built_store):
    # 12 were absent from ES-11/1, the one vote of the text's days; 2014 is the earlier vote compared with it
    assert (*ABSENT_20, "contradicted") in latest("the latest vote")


def test_trap_a_count_of_the_vote_beside_an_earlier_year_stays_unverifiable(built_store):
    assert (*ABSENT_20, "unverifiable") in latest("the vote")


def test_an_unplaced_claim_says_what_its_best_candidate_rests_on(built_store):
    # a sentence with no number, no symbol and few subject words: the vote of the day before is only a weak candidate
    claims_ = api.check_text("Pakistan abstained on a text about the war in Ukraine, diplomats said.",
                             published=AFTER_2022).claims
    record = next(c for c in claims_ if c["kind"] == "position")["evidence"]["record"]
    assert record.startswith("the roll call could not be identified with confidence: the best candidate, "
                             "A/RES/ES-11/1 of 2022-03-02, rests only on topic")
    assert "6 needed" in record


def test_a_sentence_without_a_time_takes_the_one_year_of_the_sentence_before():
    said = ("On Thursday the Assembly backed the peace text. In October 2022, 143 members had voted to condemn the annexation. "
            "Five states voted against the resolution, Russia among them.")
    found = [c for c in claims(said) if c.kind == "count" and c.asserted["value"] == 5]
    spans = text.sentences(said)
    from unga.claims import when
    assert when.told_before(found[0], spans, said, date(2023, 2, 25)) == (2022, 10)


def test_trap_a_span_a_later_year_or_a_time_of_its_own_is_not_taken_from_the_sentence_before():
    from unga.claims import when
    for said in ("The text is the tenth since 2007. Five states voted against the resolution.",
                 "The next text is due in 2026. Five states voted against the resolution.",
                 "In October 2022, 143 had voted to condemn it. Today five states voted against the resolution.",
                 "In October 2022, 143 had voted to condemn it.\nFive states voted against the resolution."):
        found = [c for c in claims(said) if c.kind == "count" and c.asserted["value"] == 5]
        assert when.told_before(found[0], text.sentences(said), said, date(2023, 2, 25)) == (None, None), said


def test_the_year_taken_from_the_sentence_before_places_the_claim_on_that_vote(built_store):
    got = checked("The Assembly adopted a peace text on Ukraine on Thursday, 141 to 7.\n\nIn October 2022, 143 "
                  "members had voted to condemn the annexation. Five states voted against the resolution, Russia among them.",
                  date(2023, 2, 25))
    assert ("count", "A/RES/ES-11/4", None, {"field": "no", "op": "=", "value": 5}, "supported") in got


def test_a_month_alone_in_the_sentence_before_is_this_year_s_or_last_year_s():
    from unga.claims import when
    said = "Fewer voted for the October text on the annexation. Five states voted against that resolution."
    found = [c for c in claims(said) if c.kind == "count" and c.asserted["value"] == 5]
    assert when.told_before(found[0], text.sentences(said), said, date(2023, 2, 25)) == (2022, 10)
    said = "Fewer have backed it since October. Five states voted against that resolution."
    found = [c for c in claims(said) if c.kind == "count" and c.asserted["value"] == 5]
    assert when.told_before(found[0], text.sentences(said), said, date(2023, 2, 25)) == (None, None)


def test_trap_a_year_of_no_vote_in_the_sentence_before_is_not_taken():
    from unga.claims import when
    for said in ("The council, set up in 2006, lost a member. Five states voted against the resolution.",
                 "The body was founded in 2006 and meets in Geneva. Five states voted against the resolution."):
        found = [c for c in claims(said) if c.kind == "count" and c.asserted["value"] == 5]
        assert when.told_before(found[0], text.sentences(said), said, date(2022, 4, 8)) == (None, None), said

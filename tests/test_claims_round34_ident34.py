"""Thirty-fourth round, ident34: roll-call identification pooled over the sets (docs/claims.md, "Thirty-fourth round:
three general causes of a claim placed on no roll call"). Our own sentences; each family in several wordings, with
its traps."""

from __future__ import annotations

from datetime import date

import pytest

from unga import api
from unga.claims.calendars import Month

pytestmark = pytest.mark.usefixtures("built_store")


def _claims(text: str, published) -> list[dict]:
    return [c for c in api.check_text(text, published=published).claims if c["kind"] != "other"]


def _placed(text: str, published) -> set:
    return {(c["kind"], c["resolution"], c.get("state"), c["verdict"]) for c in _claims(text, published)}


# a tally of a text dated to October 1989 whose every number equals an October vote (44/2, 140-2) and a December one
# (44/47E, 140-2-1) that its words fit better: the December vote, held after the text, cannot be the one it reports
@pytest.mark.parametrize("text", [
    "The General Assembly voted 140-2 on Friday on the Palestine refugees of the territory occupied by Israel since "
    "1967, with the United States and Israel against.",
    "A text on refugees in the Palestinian territory occupied since 1967 has been adopted by 140 votes to 2, the "
    "United States and Israel objecting.",
    "Palestine refugees in the territory Israel has occupied since 1967 were the subject of a vote of 140 in favour "
    "and 2 against in the Assembly last Friday.",
])
def test_a_vote_of_the_texts_weeks_before_a_later_vote_of_the_same_numbers(text):
    tallies = [c for c in _claims(text, Month(1989, 10)) if c["kind"] == "tally"]
    assert tallies and all(c["resolution"] == "A/RES/44/2" and c["verdict"] == "supported" for c in tallies)


def test_a_committee_vote_before_the_plenary_stays_unplaced():
    # numbers no vote of the text's weeks has: the text may report the committee's vote; the later plenary's is no
    # choice, and nothing is called false
    claims = _claims("The committee approved the text on Palestine refugees in the territory occupied since 1967 by "
                     "139 votes to 2 on Friday.", Month(1989, 10))
    assert claims and all(c["resolution"] is None and c["verdict"] == "unverifiable" for c in claims)


def test_a_later_text_recalling_the_old_vote_is_not_moved():
    claims = _claims("In 1989 the Assembly voted 140-2 on the Palestinian uprising, with Israel and the United States "
                     "alone against.", date(2005, 3, 1))
    assert all(c["verdict"] != "contradicted" for c in claims)
    assert {c["resolution"] for c in claims if c["kind"] == "tally"} <= {"A/RES/44/2", None}


# a text dated to the month: a vote of that month weighs as a vote of the week before a text dated to the day
@pytest.mark.parametrize("text", [
    "Cuba's resolution against the United States embargo has again won 187 votes at the General Assembly.",
    "Havana's resolution on the American embargo again won the support of 187 members of the General Assembly.",
    "The US embargo on Cuba: 187 states of the General Assembly have voted for the resolution asking for its end.",
])
def test_a_vote_of_the_texts_month(text):
    assert ("count", "A/RES/78/7", None, "supported") in _placed(text, Month(2023, 11))


def test_a_month_long_after_the_vote_gains_nothing():
    claims = _claims("Cuba's resolution against the United States embargo has again won 187 votes at the General "
                     "Assembly.", Month(2024, 3))
    assert all(c["verdict"] != "contradicted" for c in claims)


# (a list told in two sentences, ident34's runs of sentences, was taken back at the merge: it turned two false
# counts after a tally sentence unverifiable, tests of fahunt2 and fahunt11)
@pytest.mark.parametrize("text", [
    "The Assembly adopted the refugee compact on Monday; the United States and Hungary voted no. On the migration "
    "text, Chile, Italy and Austria abstained.",
    "The refugee compact was adopted. The United States and Hungary voted no.\n\nIn 2016, Chile, Italy and Austria "
    "abstained on a migration text.",
])
def test_two_sentences_of_two_votes_are_no_list(text):
    claims = _claims(text, date(2018, 12, 17))
    assert claims and all(c["resolution"] is None and c["verdict"] == "unverifiable" for c in claims)


def test_a_tally_after_a_list_is_the_next_votes():
    # two votes of one day (2 December 2020: 75/24 on the Syrian Golan, 88-9-62; 75/20, 91-17-54): the list of the
    # first is not joined to the tally of the next
    text = ("On Wednesday the Assembly adopted the text on the Syrian Golan with 88 votes in favour and 9 against, "
            "while 62 abstained. The Netherlands was among the abstainers.\n\nThe next text was adopted by 91 votes "
            "to 17, with 54 abstentions.")
    netherlands = [c for c in _claims(text, date(2020, 12, 3)) if c.get("state") == "NLD"]
    assert netherlands and all(c["resolution"] in ("A/RES/75/24", None) and c["verdict"] != "contradicted"
                               for c in netherlands)


def test_two_times_in_one_sentence_do_not_break_the_runs():
    # a claim of no time and one of "this year" in one sentence: two groups of one sentence, in order of sentences
    claims = _claims("The United States voted no, and this year Hungary voted against the refugee compact as well. "
                     "Libya, Eritrea and the Dominican Republic abstained.", date(2018, 12, 18))
    assert claims and all(c["verdict"] != "contradicted" for c in claims)

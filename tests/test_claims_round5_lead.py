"""Rules the lead added after scoring the third blind set (issue 9): four ways a true statement was called false,
each in sentences of our own, with the reading that must now hold. The record used: A/RES/ES-11/1 of 2 March 2022
(141-5-35), A/RES/ES-10/21 of 27 October 2023 (120-14-45; the United States voted against) and A/RES/ES-11/3 of
7 April 2022 (93-24-58; Russia and China voted against)."""

from __future__ import annotations

from datetime import date

from fixtures import claim_rows

from unga import api
from unga.claims import text


def checked(sentences: str, published: date = date(2023, 10, 28)) -> list[tuple]:
    return claim_rows(sentences, published)


def test_a_count_out_of_the_membership_is_the_count(built_store):
    got = checked("On 2 March 2022 the General Assembly condemned the invasion: 141 out of 193 member states voted "
                  "for the text, 5 voted against and 35 abstained.")
    assert got == [("tally", None, {"yes": 141, "no": 5, "abstain": 35}, "supported")]
    got = checked("On 2 March 2022, 141 of the 193 members backed the Assembly's text on Ukraine and 5 opposed it.")
    assert ("tally", None, {"yes": 141, "no": 5}, "supported") in got


def test_the_state_beside_n_other_countries_counts_in_a_tally(built_store):
    got = checked("The Assembly condemned the invasion on 2 March 2022. Together with Japan, 140 other countries "
                  "voted in favour, while 35 abstained.")
    assert got[0] == ("tally", None, {"yes": 141, "abstain": 35}, "supported")
    # a subject that is no state leaves its count unknown: the tally keeps only what it knows
    got = checked("The Assembly condemned the invasion on 2 March 2022. Moscow and 4 other capitals voted no while "
                  "141 voted yes.")
    assert all(c[2].get("no") != 4 for c in got)


def test_the_backers_of_an_amendment_voted_on_the_amendment(built_store):
    got = checked("On 27 October 2023 the Assembly adopted the Gaza truce resolution by 120 to 14, after rejecting a "
                  "Canadian amendment backed by the United States.")
    assert ("position", "USA", {"vote": "yes"}, "unverifiable") in got  # was called false on the resolution
    assert ("tally", None, {"yes": 120, "no": 14}, "supported") in got
    got = checked("On 27 October 2023 the Assembly adopted the Gaza truce resolution by 120 to 14; the United States "
                  "voted against it.")
    assert ("position", "USA", {"vote": "no"}, "supported") in got


def test_a_bulleted_line_is_a_sentence_of_its_own(built_store):
    page = ("Assembly suspends Russia from the rights council\n"
            "- Beijing opposed the move to suspend Russia; the text passed 93-24 with 58 abstentions on 7 April 2022\n"
            "- Russia is only the second state to lose its seat there")
    assert [s for _, _, s in text.sentences(page)][1:] == [
        "- Beijing opposed the move to suspend Russia; the text passed 93-24 with 58 abstentions on 7 April 2022",
        "- Russia is only the second state to lose its seat there"]
    got = checked(page, published=date(2022, 4, 8))
    assert ("tally", None, {"yes": 93, "no": 24, "abstain": 58}, "supported") in got
    assert not [c for c in got if c[1] == "RUS"]  # the state suspended took no side in the summary


def test_the_day_of_a_date_is_no_count(built_store):
    got = checked("For the fourth year running, the Assembly voted on November 2 in favour of ending the embargo "
                  "on Cuba; 117 countries backed the text and 3 opposed it.", published=date(1995, 11, 8))
    assert all(c[2].get("value") != 2 and c[2].get("yes") != 2 for c in got)
    assert ("tally", None, {"yes": 117, "no": 3}, "supported") in got


def test_no_and_abstain_counts_of_another_subject_identify_nothing(built_store):
    """9 against and 13 abstaining are also the counts of a chemical-weapons vote (A/RES/79/134) of that week; a text
    about a Gaza ceasefire vote the record lacks must not be checked against it."""
    got = checked("The General Assembly on Wednesday demanded an immediate ceasefire in Gaza and backed the UN agency "
                  "for Palestinian refugees. The United States, Israel and seven other countries voted against the "
                  "ceasefire resolution, while 13 abstained.", published=date(2024, 12, 12))
    # judged on the UN release of the ceasefire vote (A/ES-10/L.33, 158-9-13: claims/released.py), never on 79/134
    assert ("tally", None, {"no": 9, "abstain": 13}, "supported") in got
    claims = api.check_text("The General Assembly on Wednesday demanded an immediate ceasefire in Gaza and backed the "
                            "UN agency for Palestinian refugees. The United States, Israel and seven other countries "
                            "voted against the ceasefire resolution, while 13 abstained.",
                            published=date(2024, 12, 12)).claims
    assert {c["resolution"] for c in claims} == {"A/ES-10/L.33"}


def test_only_within_a_named_group_is_no_count_of_the_vote(built_store):
    got = checked("On 29 November 2012 the Assembly upgraded Palestine to observer state by 138 to 9. European Union "
                  "countries were almost evenly split between voting for and abstaining, with only the Czech Republic "
                  "voting against.", published=date(2012, 12, 2))
    assert ("position", "CZE", {"vote": "no"}, "supported") in got
    assert not [c for c in got if c[0] == "count"]  # the EU's only no, not the Assembly's (there were nine)


def test_a_state_named_after_a_or_an_describes_a_thing(built_store):
    got = checked("On 12 October 2022 the Assembly approved the text with 143 in favour and five against, while 35 "
                  "nations abstained including China and India despite a strong US lobbying campaign to win them over.")
    assert ("position", "CHN", {"vote": "abstain"}, "supported") in got
    assert not [c for c in got if c[1] == "USA"]  # the campaign's, not a vote
    # a blow for Washington is still Washington; a Russian veto is still Russia's vote (in the Security Council)
    got = checked("The upgrade of Palestine on 29 November 2012 was a blow for Washington, which voted against it.",
                  published=date(2012, 11, 30))
    assert ("position", "USA", {"vote": "no"}, "supported") in got


def test_a_count_that_backs_a_states_deed_is_no_count_of_the_vote(built_store):
    got = checked("Assembly backs Gaza truce on 27 October 2023: 14 countries supported Israel's offensive in Gaza")
    assert not [c for c in got if c[0] in ("count", "tally")]  # they voted against the truce; 14 is no yes count
    got = checked("On 11 May 1949 the Assembly admitted Israel: 37 countries supported Israel's application and 12 "
                  "opposed it.", published=date(1949, 5, 12))
    assert ("tally", None, {"yes": 37, "no": 12}, "supported") in got  # the state's own application is the vote

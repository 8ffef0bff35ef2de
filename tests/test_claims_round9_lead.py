"""Rules the lead added after scoring the seventh blind set (issue 9): ways a true statement was called false, in
sentences of our own. The record used: A/RES/78/283 of 4 June 2024 (displaced persons from Abkhazia and South
Ossetia, Georgia: 103-9-52; Belarus, Cuba, Russia and Syria against, China abstaining) and A/RES/ES-11/1 of
2 March 2022 (141-5-35)."""

from __future__ import annotations

from datetime import date

from fixtures import claim_rows

GEORGIA = "On 4 June 2024 the Assembly adopted the resolution on displaced persons from Abkhazia, Georgia, by 103 votes to 9."


def test_states_that_did_not_vote_in_favour_are_not_absent(built_store):
    got = claim_rows(GEORGIA + " The states that did not vote in favour of it included Belarus, Cuba, Russia and Syria.",
                     date(2024, 6, 5))
    positions = [c for c in got if c[0] == "position"]
    assert {c[1] for c in positions} == {"BLR", "CUB", "RUS", "SYR"}
    assert all(c[2] != {"vote": "absent"} and c[3] != "contradicted" for c in positions)
    # "did not vote" alone still says a state stayed away, and is checked as such: China abstained
    got = claim_rows(GEORGIA + " China did not vote.", date(2024, 6, 5))
    assert ("position", "CHN", {"vote": "absent"}, "contradicted") in got


def test_n_more_countries_is_a_change_not_a_count(built_store):
    got = claim_rows(GEORGIA + " Four more countries voted in favour this year than the year before.", date(2024, 6, 5))
    assert not any(c[0] == "count" and c[2].get("value") == 4 for c in got)
    got = claim_rows("On 2 March 2022 the Assembly condemned the invasion; two fewer states voted against it than "
                     "had been feared.", date(2022, 3, 3))
    assert not any(c[3] == "contradicted" for c in got)


def test_a_number_the_text_itself_corrects_is_not_checked(built_store):
    got = claim_rows(GEORGIA + " In 2013 a similar text passed after 63 countries voted in favour (officially 62, since "
                     "one delegation's vote was miscast).", date(2024, 6, 5))
    assert not any(c[0] == "count" and c[2].get("value") == 63 for c in got)


def test_a_vote_held_after_the_text_appeared_is_not_what_it_reports(built_store):
    """A committee's vote reported the day after it was taken (28 October 2016): the plenary votes of the same
    series come weeks or years later, after the text, and none of them is what it reports (was: placed on 74/41 of
    2019, its 'no' votes called supported)."""
    from fixtures import checked_claims

    text = ("Delegates backed a draft on talks toward a nuclear weapons ban on Thursday. The draft drew 123 votes in "
            "favour and 38 against, and 16 states abstained. Russia and the United States opposed it; China abstained.")
    got = [c for c in checked_claims(text, date(2016, 10, 28)) if c["kind"] != "other"]
    assert len(got) == 4 and all(c["resolution"] is None and c["verdict"] == "unverifiable" for c in got)

"""Sixth-round rules for IDENTIFICATION and VERDICTS (issue 9: every false statement about a vote in the record
caught), each in sentences of our own: a claim now caught, and a trap that must stay unverifiable. The record used:
A/RES/ES-10/24 of 18 September 2024 (124-14-43, 12 absent); the Cuba embargo series, A/RES/50/10 of
2 November 1995 (117-3-38) and A/RES/48/16 of 3 November 1993 (Australia voted in favour)."""

from __future__ import annotations

from datetime import date

from unga import api
from unga.claims import doubt

OCCUPATION = "On 18 September 2024 the Assembly demanded an end to the occupation: 124 states voted in favour, " \
             "14 against, and 43 countries were absent."
EMBARGO_1995 = "The Assembly again condemned the embargo against Cuba on 2 November 1995, by 117 votes to 3 with " \
               "38 abstentions."


def checked(text: str, published: date | None = None) -> list[tuple]:
    return [(c["kind"], c["resolution"], c.get("state"), c["asserted"], c["verdict"])
            for c in api.check_text(text, published=published).claims if c["kind"] != "other"]


def test_a_tally_retold_with_fewer_numbers_is_the_same_vote_not_another(built_store):
    # the second sentence repeats two of the first's numbers: one vote told twice, so the wrong absent count
    # (43 abstained; 12 were absent) is caught
    got = checked(OCCUPATION + "\n\nThe text passed with 124 votes in favour and 14 against.", date(2024, 9, 19))
    assert got[0] == ("tally", "A/RES/ES-10/24", None, {"yes": 124, "no": 14, "absent": 43}, "contradicted")
    assert got[1] == ("tally", "A/RES/ES-10/24", None, {"yes": 124, "no": 14}, "supported")


def test_trap_two_different_tallies_of_the_same_day_stay_unverifiable(built_store):
    got = checked(OCCUPATION + "\n\nOn 18 September 2024 a second text passed with 150 votes in favour and 12 "
                  "against.", date(2024, 9, 19))
    assert got[0][1] == "A/RES/ES-10/24" and got[0][4] == "unverifiable"


def test_tallies_conflict_only_on_a_number_they_both_give():
    assert not doubt.conflicting({(("no", 14), ("yes", 124)), (("absent", 43), ("no", 14), ("yes", 124))})
    assert doubt.conflicting({(("no", 14), ("yes", 124)), (("no", 12), ("yes", 150))})
    assert doubt.conflicting({(("yes", 124),), (("no", 12),)})  # nothing in common: nothing says they are one


def test_a_year_named_with_the_subject_finds_that_year_s_vote_of_the_series(built_store):
    # a text on the 1995 embargo vote; "in 1993 … the embargo resolution" is the same series' vote of 1993
    got = checked(EMBARGO_1995 + "\n\nIn 1993 Australia abstained on the embargo resolution.", date(1995, 11, 3))
    assert got[0] == ("tally", "A/RES/50/10", None, {"yes": 117, "no": 3, "abstain": 38}, "supported")
    assert got[1] == ("position", "A/RES/48/16", "AUS", {"vote": "abstain"}, "contradicted")
    got = checked(EMBARGO_1995 + "\n\nIn 1993 Australia voted for the embargo resolution.", date(1995, 11, 3))
    assert got[1] == ("position", "A/RES/48/16", "AUS", {"vote": "yes"}, "supported")


def test_trap_a_year_in_a_sentence_without_the_subject_places_nothing(built_store):
    # the year is when something was said, not when a vote of the series was held
    got = checked(EMBARGO_1995 + "\n\nIn 1993 the reasons for these abstentions were given by Australia, which "
                  "abstained.", date(1995, 11, 3))
    assert got[1][:3] == ("position", None, "AUS") and got[1][4] == "unverifiable"


WITHDRAW = "On 2 March 2022 the Assembly demanded that Russia withdraw from Ukraine, by 141 votes to 5 with 35 " \
           "abstentions.\n\n"


def positions(text: str) -> list[tuple]:
    return [(state, verdict) for kind, _, state, _, verdict in checked(text, date(2022, 3, 3)) if kind == "position"]


def test_a_list_naming_most_of_a_side_identifies_the_vote_and_its_odd_state_is_caught(built_store):
    # ES-11/1: five against (Russia, Belarus, North Korea, Eritrea, Syria); Pakistan abstained. The list sits in a
    # paragraph of its own, with no tally or date, yet three of its four states and most of the side fit the vote
    got = positions(WITHDRAW + "Belarus, Eritrea, North Korea and Pakistan voted against.")
    assert got == [("BLR", "supported"), ("ERI", "supported"), ("PRK", "supported"), ("PAK", "contradicted")]


def test_trap_a_list_that_fits_badly_or_names_a_small_part_of_a_side_stays_unverifiable(built_store):
    got = positions(WITHDRAW + "Belarus, Pakistan and Cuba voted against.")  # two of three do not fit
    assert ("PAK", "unverifiable") in got and ("CUB", "unverifiable") in got
    got = positions(WITHDRAW + "Pakistan, France, Germany and Japan voted in favour.")  # 4 of 141 in favour
    assert ("PAK", "unverifiable") in got


def test_trap_a_vote_of_the_same_weeks_that_fits_the_list_and_the_state_keeps_it_unverifiable():
    from datetime import timedelta
    from types import SimpleNamespace

    from unga.claims import fingerprint

    day = date(2022, 3, 2)
    index = SimpleNamespace(dates=[day, day + timedelta(days=20)], sorted_days=[day, day + timedelta(days=20)])
    said = [SimpleNamespace(kind="position", sentence=0, asserted={"vote": "no"}, state=s)
            for s in ("AAA", "BBB", "CCC", "DDD")]
    first = {"AAA": "no", "BBB": "no", "CCC": "no", "DDD": "abstain", "EEE": "no", "FFF": "yes"}
    second = dict(first, DDD="no")  # three weeks later, DDD did vote against
    record = {0: first, 1: second}
    assert not fingerprint.identifies(index, said[3], 0, said, [0] * 4, record.__getitem__)
    record[1] = dict(first)  # no other vote fits DDD as said: the list is the first vote's
    assert fingerprint.identifies(index, said[3], 0, said, [0] * 4, record.__getitem__)


UNRECORDED_MONDAY = "On Monday the Assembly adopted a resolution on the war, and the United States voted against " \
                    "it.\n\nChina abstained on the text."


def test_a_vote_of_the_last_days_the_record_lacks_is_not_checked_against_an_older_one(built_store):
    # dated 25 February 2025: the record has no Assembly vote within 3 days of Monday 24 February 2025, so neither
    # the sentence that names the day nor the one that names no time is put on an older vote
    got = api.check_text(UNRECORDED_MONDAY, published=date(2025, 2, 25)).claims
    usa = next(c for c in got if c.get("state") == "USA")
    china = next(c for c in got if c.get("state") == "CHN")
    assert usa["resolution"] is None and usa["evidence"]["record"].startswith("not in the record")
    assert china["resolution"] is None and china["verdict"] == "unverifiable"


def test_trap_an_older_vote_the_text_dates_itself_is_still_checked(built_store):
    # the same text, going back to the vote of 23 February 2023 (A/RES/ES-11/6, 141-7-32): the tally and the
    # sentence after the date keep their roll call
    text = UNRECORDED_MONDAY + "\n\nA year earlier, on 23 February 2023, 141 states voted in favour and seven " \
                               "against. At that time, Russia and Belarus voted against."
    got = checked(text, date(2025, 2, 25))
    assert ("tally", "A/RES/ES-11/6", None, {"yes": 141, "no": 7}, "supported") in got
    assert ("position", "A/RES/ES-11/6", "RUS", {"vote": "no"}, "supported") in got
    assert ("position", "A/RES/ES-11/6", "BLR", {"vote": "no"}, "supported") in got
    china = next(c for c in api.check_text(text, published=date(2025, 2, 25)).claims if c.get("state") == "CHN")
    assert china["resolution"] is None  # it names no time: about Monday's vote, not the one of 2023
    assert china["evidence"]["record"].startswith("not in the record: the text reports a vote of its last days")

"""Twenty-eighth round (branch series): a tally or count that names its own year, in a text on another year's vote of
a yearly series, is about that year's vote of the series and never about the text's own. Sentences of our own; the
record used is the Cuba embargo series: A/RES/78/7 of 2 November 2023 (187-2-1), A/RES/77/7 of 2022 (185-2-2),
A/RES/71/5 of 2016 (191-0-2)."""

from __future__ import annotations

from datetime import date

from unga import api
from unga.claims import extract, series_place

EMBARGO_2023 = "The Assembly condemned the embargo against Cuba on 2 November 2023 by 187 votes to 2, with one abstention."
AFTER = date(2023, 11, 3)


def later_claims(sentence: str) -> list[tuple]:
    """The claims of the sentence told after the text's own vote: (kind, resolution, asserted, verdict)."""
    text = EMBARGO_2023 + "\n\n" + sentence
    return [(c["kind"], c["resolution"], c["asserted"], c["verdict"])
            for c in api.check_text(text, published=AFTER).claims
            if c["kind"] != "other" and c["span"][0] > len(EMBARGO_2023)]


def test_a_tally_of_another_year_equal_to_this_year_s_is_not_this_year_s(built_store):
    # 187 to 2 is the 2023 vote's tally; said of 2016 (191-0) it was supported on the 2023 vote before
    got = later_claims("The 2016 vote was 187 to 2.")
    assert got == [("tally", None, {"yes": 187, "no": 2}, "unverifiable")]


def test_last_year_s_tally_is_last_year_s_vote_of_the_series(built_store):
    assert later_claims("Last year's vote was 185 to 2.") == [("tally", "A/RES/77/7", {"yes": 185, "no": 2},
                                                                "supported")]
    # a wrong tally of last year is put on last year's vote, never on this year's it equals; not called false there
    got = later_claims("Last year's vote was 187 to 2.")
    assert got[0][1] != "A/RES/78/7" and got[0][3] == "unverifiable"


def test_a_year_in_figures_takes_a_count_to_that_year_s_vote(built_store):
    assert later_claims("In 2015, 191 voted for it.")[0][1:] == ("A/RES/70/5", {"field": "yes", "op": "=",
                                                                               "value": 191}, "supported")


def test_trap_a_year_that_dates_something_else_leaves_the_tally_on_its_vote(built_store):
    # "first adopted in 1992" dates the series' start, not the tally's vote
    assert later_claims("The resolution, first adopted in 1992, passed 187 to 2 this time.") == [
        ("tally", "A/RES/78/7", {"yes": 187, "no": 2}, "supported")]


def test_trap_a_year_with_no_vote_of_the_series_is_never_this_year_s(built_store):
    # no embargo vote in 2020: a count said of 2020 is never judged on 2023's vote, whose yes count it equals (left:
    # it may fall on another vote of 2020 with that count, as before)
    got = later_claims("In 2020, 187 countries voted for the resolution.")
    assert got and all(c[1] != "A/RES/78/7" and c[3] != "contradicted" for c in got)


def test_own_year_reads_figures_and_last_year_only():
    def count(sentence: str, time: str | None) -> extract.Claim:
        return extract.Claim("count", sentence, (0, len(sentence)), {"field": "yes", "op": "=", "value": 9},
                             when=time)
    assert series_place.own_year(count("In 2014 it won 9 votes.", "2014"), AFTER) == 2014
    assert series_place.own_year(count("Last year it won 9 votes.", "last"), AFTER) == 2022
    assert series_place.own_year(count("This year it won 9 votes.", "this"), AFTER) is None
    assert series_place.own_year(count("Since 2014 it has won 9 votes or more.", "2014"), AFTER) is None
    assert series_place.own_year(count("Introduced in 1992, it won 9 votes.", "1992"), AFTER) is None


def test_trap_a_year_of_the_vote_s_own_title_is_its_subject_s(built_store):
    # A/RES/78/282 of 23 May 2024 (84-19-68) names the genocide of 1995 in its title: "in 1995" is no vote's year
    text = ("The Assembly voted on a text on a day of remembrance for the genocide in Srebrenica in 1995: 84 in "
            "favour, 19 against and 68 abstaining.")
    got = [(c["kind"], c["resolution"], c["verdict"]) for c in api.check_text(text, published=date(2024, 5, 24)).claims
           if c["kind"] == "tally"]
    assert got == [("tally", "A/RES/78/282", "supported")]

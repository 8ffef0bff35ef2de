"""Thirty-second round (branch false16): a list whose vote the year of its sentence and the text's subject identify,
"These four also voted against …" without the noun, and several texts each given its year in brackets. Sentences of
our own, true and false variants side by side. The record used: the depleted-uranium series of the First Committee's
report, A/RES/62/30 (5 December 2007, 136-5-36: the Czech Republic, the Netherlands, the United Kingdom, the United
States and Israel against, France not voting) and A/RES/63/54 (2 December 2008, 141-4-34: France, the United
Kingdom, the United States and Israel against)."""

from __future__ import annotations

from datetime import date

from unga import api

OCTOBER_2010 = date(2010, 10, 29)
SERIES_2007 = "In 2007 the General Assembly adopted a resolution on the effects of armaments containing depleted uranium. "
THIS_YEAR = "The US, UK, {} and Israel opposed this year's text on depleted uranium. "


def claims(text: str, after: int = 0) -> list[dict]:
    return [c for c in api.check_text(text, published=OCTOBER_2010).claims if c["span"][0] >= after]


def positions(text: str, after: int = 0) -> dict[tuple, str]:
    """{(resolution, state): verdict} of the position claims from character `after` on."""
    return {(c["resolution"], c["state"]): c["verdict"] for c in claims(text, after) if c["kind"] == "position"}


def test_a_list_dated_by_the_sentence_before_and_the_subject_identifies_its_vote(built_store):
    said = "The United States, Britain, France and Israel voted against it."  # false: France did not vote
    got = positions(SERIES_2007 + said, len(SERIES_2007))
    assert got == {("A/RES/62/30", "USA"): "supported", ("A/RES/62/30", "GBR"): "supported",
                   ("A/RES/62/30", "FRA"): "contradicted", ("A/RES/62/30", "ISR"): "supported"}
    said = "The United States, Britain, the Netherlands and Israel voted against it."  # true
    assert set(positions(SERIES_2007 + said, len(SERIES_2007)).values()) == {"supported"}


def test_a_list_dated_in_its_own_sentence_another_verb_another_side(built_store):
    # the passive, the year after the subject: 2008's vote, the Netherlands did not vote against
    said = ("The United States, Britain, the Netherlands and Israel voted against the 2008 resolution on the effects "
            "of armaments containing depleted uranium.")
    got = positions(said)
    assert got[("A/RES/63/54", "NLD")] == "contradicted"
    assert {v for (_, s), v in got.items() if s != "NLD"} == {"supported"}
    said = said.replace("the Netherlands", "France")  # true
    assert set(positions(said).values()) == {"supported"}


def test_these_four_without_the_noun_stand_for_the_list_before(built_store):
    opening = THIS_YEAR.format("France")
    for said in ("These four had also voted against it in 2007.", "All four voted against the 2007 resolution too.",
                 "In 2007, the four voted no as well."):
        got = positions(opening + said, len(opening))
        assert got[("A/RES/62/30", "FRA")] == "contradicted", said
        assert got[("A/RES/62/30", "ISR")] == "supported", said
        # the anaphor's number counts the states named before, not the side of the vote it speaks of
        assert not [c for c in claims(opening + said, len(opening)) if c["kind"] == "count"], said
    opening = THIS_YEAR.format("the Netherlands")  # true: the Netherlands voted against in 2007
    got = positions(opening + "These four had also voted against it in 2007.", len(opening))
    assert set(got.values()) == {"supported"}


def test_several_texts_each_with_its_year_in_brackets(built_store):
    said = ("The United States, Britain, France and Israel voted against resolutions on armaments containing depleted "
            "uranium (2007) and on research in affected states (2008).")
    got = positions(said)
    assert got[("A/RES/62/30", "FRA")] == "contradicted"  # France did not vote in 2007
    assert got[("A/RES/63/54", "FRA")] == "supported"
    assert {got[("A/RES/62/30", s)] for s in ("USA", "GBR", "ISR")} == {"supported"}
    # one text in brackets: no run of years, one claim
    said = "France voted against the resolution on armaments containing depleted uranium (2008)."
    assert len(positions(said)) == 1


def test_trap_a_list_two_wrong_or_a_year_without_a_subject_is_never_called_false(built_store):
    said = ("The United States, France, Japan and Germany voted against the 2007 resolution on armaments containing "
            "depleted uranium.")  # two of four wrong: the list does not identify the vote
    assert "contradicted" not in set(positions(said).values())
    opening = "The US, UK, France and Israel spoke together at the meeting. "
    said = "These four had also voted against a resolution in 2007."  # no subject in the text: many votes of 2007
    assert "contradicted" not in set(positions(opening + said, len(opening)).values())
    said = "Talks with the four went on. The four were said to object."  # no list, no vote: nothing read
    assert not [c for c in claims(said) if c["kind"] != "other"]


def test_trap_a_time_that_moves_the_list_off_the_year_or_a_committee(built_store):
    # France voted against in 2008: said of the year after, or of the next text, nothing is false
    for said in ("A year later, the United States, Britain, France and Israel voted against it.",
                 "The United States, Britain, France and Israel voted against its successor.",
                 "The United States, Britain, France and Israel voted against the next one."):
        assert "contradicted" not in set(positions(SERIES_2007 + said, len(SERIES_2007)).values()), said
    # a committee's vote of that year, which the record lacks
    opening = "In 2007 the First Committee approved a draft on armaments containing depleted uranium. "
    said = "The United States, Britain, France and Israel voted against it."
    assert "contradicted" not in set(positions(opening + said, len(opening)).values())


def test_trap_a_habit_or_a_present_is_the_series_not_the_year(built_store):
    # France has voted against since 2008: "have voted against it" after a sentence on 2007 is the series' habit
    for said in ("The United States, Britain, France and Israel have voted against it.",
                 "The United States, Britain, France and Israel usually vote against it.",
                 "The United States, Britain, France and Israel oppose it."):
        assert "contradicted" not in set(positions(SERIES_2007 + said, len(SERIES_2007)).values()), said

"""Thirty-first round (branch false15): false statements the checker let pass. Sentences of our own, true and false
variants side by side. The record used: the Cuba embargo votes of 2016 (71/5, 191-0-2: the United States and Israel
abstained), 2018 (73/8, 189-2-0: Ukraine and Moldova did not vote) and 2019 (74/7, 187-3-2); the Council of Europe
vote 79/284 (April 2025, 105-9-33: the United States, Russia and Belarus against, Iran and Syria abstaining)."""

from __future__ import annotations

from datetime import date

from unga import api

CUBA_2019 = {
    "en": "The General Assembly again condemned the US embargo against Cuba on Thursday, by 187 votes to 3 with 2 "
          "abstentions. Colombia and Ukraine abstained. ",
    "pt": "A Assembleia Geral voltou a condenar o embargo a Cuba, com 187 votos a favor e 3 contra; houve 2 abstenções. "
          "Colômbia e Ucrânia se abstiveram. ",
}
NOVEMBER_2019 = date(2019, 11, 8)


def claims(text: str, published: date, after: int) -> list[dict]:
    return [c for c in api.check_text(text, published=published).claims if c["span"][0] >= after]


def positions(text: str, published: date, after: int = 0) -> dict[tuple, str]:
    """{(resolution, state): verdict} of the position claims from character `after` on."""
    return {(c["resolution"], c["state"]): c["verdict"] for c in claims(text, published, after)
            if c["kind"] == "position"}


def test_a_year_clause_names_the_series_subject_in_portuguese(built_store):
    # "bloqueio" is the embargo the series' title names: the list goes to that year's vote of the series
    opening = CUBA_2019["pt"]
    said = "Em 2018, a Ucrânia e a Moldávia se abstiveram na votação sobre o bloqueio."  # false: they did not vote
    got = positions(opening + said, NOVEMBER_2019, len(opening))
    assert got == {("A/RES/73/8", "UKR"): "contradicted", ("A/RES/73/8", "MDA"): "contradicted"}
    said = "Em 2016, os EUA e Israel se abstiveram na votação sobre o bloqueio."  # true
    got = positions(opening + said, NOVEMBER_2019, len(opening))
    assert got == {("A/RES/71/5", "USA"): "supported", ("A/RES/71/5", "ISR"): "supported"}


def test_trap_an_exclusive_list_for_the_embargo_is_never_judged(built_store):
    # "only A and B voted for the embargo": a side on the deed, whose count of two is read as two yes votes; it keeps
    # the clause off the year's vote (left: docs/claims-misses.md), and nothing of it is called false
    opening = CUBA_2019["en"]
    said = "In 2018, only the US and Israel had voted for the embargo, with Ukraine and Moldova abstaining."
    got = claims(opening + said, NOVEMBER_2019, len(opening))
    assert "contradicted" not in {c["verdict"] for c in got}


def test_not_supported_by_a_number_of_countries_is_not_their_yes(built_store):
    # "was not supported by nine members, including A": no yes count, and the listed states did not vote yes
    # (against, abstaining or away: the disjunction, as study32b reads it), not nine yes votes
    said = "The text was not supported by nine members, including the United States, Russia, Iran and Syria."
    got = claims(said, date(2025, 4, 18), 0)
    assert not [c for c in got if c["kind"] == "count" and c["asserted"]["field"] == "yes"]
    sides = {c["state"]: c["asserted"]["vote"] for c in got if c["kind"] == "position"}
    assert sides == {state: "no or abstain or absent" for state in ("USA", "RUS", "IRN", "SYR")}
    assert "contradicted" not in {c["verdict"] for c in got}
    said = "The resolution was supported by 105 countries, including Germany and France."  # the plain passive
    got = claims(said, date(2025, 4, 18), 0)
    assert {("count", "yes", 105)} <= {(c["kind"], c["asserted"].get("field"), c["asserted"].get("value")) for c in got}
    assert {c["state"]: c["asserted"]["vote"] for c in got if c["kind"] == "position"} == {"DEU": "yes", "FRA": "yes"}


SYRIA_2013 = "On Wednesday the General Assembly denounced the worsening war in Syria: 107 in favour and 12 against, with " \
             "59 abstaining.\n\n"  # 67/262 of 15 May 2013: China, Iran, Syria, North Korea against; Italy in favour


def test_another_sides_list_of_the_sentence_identifies_its_vote(built_store):
    # a paragraph naming no vote of its own: its sentence's list of those against, all as said, is the vote's evidence
    said = "China, Iran, Syria and North Korea voted against the text, and {} and Brazil abstained."
    got = positions(SYRIA_2013 + said.format("Italy, India"), date(2013, 5, 16), len(SYRIA_2013))
    assert got[("A/RES/67/262", "ITA")] == "contradicted"
    assert {v for k, v in got.items() if k[1] != "ITA"} == {"supported"}
    got = positions(SYRIA_2013 + said.format("Indonesia, India"), date(2013, 5, 16), len(SYRIA_2013))  # true
    assert set(got.values()) == {"supported"}


def test_trap_the_other_list_of_another_time_identifies_nothing(built_store):
    said = "China, Iran, Syria and North Korea voted against the text, while in August Italy, India and Brazil had " \
           "abstained."
    got = positions(SYRIA_2013 + said, date(2013, 5, 16), len(SYRIA_2013))
    assert "contradicted" not in got.values()


ANNEXATION = "On 12 October, {} abstained on a General Assembly resolution condemning Russia's attempted annexation of " \
             "four regions of Ukraine, while more than {} of the 193 UN members backed it."  # ES-11/4: 143


def test_a_share_of_the_members_on_the_day_named_is_judged(built_store):
    # 143 of 193 is under three quarters (144.75) and over two thirds; "3/4" is the share, never a count of four
    for share in ("three quarters", "3/4"):
        got = claims(ANNEXATION.format("Vietnam", share), date(2022, 10, 13), 0)
        counts = [(c["asserted"]["op"], c["asserted"]["value"], c["verdict"]) for c in got if c["kind"] == "count"]
        assert counts == [(">", 144, "contradicted")]
    for share in ("two thirds", "2/3"):
        got = claims(ANNEXATION.format("Vietnam", share), date(2022, 10, 13), 0)
        counts = [(c["asserted"]["op"], c["asserted"]["value"], c["verdict"]) for c in got if c["kind"] == "count"]
        assert counts == [(">", 128, "supported")]


def test_trap_a_share_far_from_the_count_stays_a_bound_only(built_store):
    # more than half (96) is far from 143: true, and no false share is made of a round "more than half"
    got = claims(ANNEXATION.format("Vietnam", "half"), date(2022, 10, 13), 0)
    assert {c["verdict"] for c in got} == {"supported"}


def test_trap_a_short_list_in_favour_identifies_nothing(built_store):
    # three states in favour fit most votes of a day: the sentence's yes list is no evidence of the vote
    said = "Italy, India and Brazil abstained, while Chile, France and Germany voted in favour."
    got = positions(SYRIA_2013 + said, date(2013, 5, 16), len(SYRIA_2013))
    assert got[("A/RES/67/262", "ITA")] != "contradicted"

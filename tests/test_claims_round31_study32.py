"""Thirty-first round (branch study32): holdout32's English misses, first half. Sentences of our own, true and false
variants side by side. The record used: the Cuba embargo votes 73/8 (1 November 2018, 189-2-0: the United States and
Israel against) and 74/7 (7 November 2019, 187-3-2: Brazil, Israel and the United States against); the moratorium
65/206 (21 December 2010, 109-41-35, 7 absent; Mongolia in favour, Thailand abstaining; two years before, 63/168 had
46 against and 34 abstentions); the International Day of Hope 79/270 (2025, 161-1-4: the United States alone against;
both Koreas in favour); Ukraine ES-11/1 (2 March 2022: North Korea against, South Korea in favour); cybercrime 74/247
(27 December 2019, 79-60-33)."""

from __future__ import annotations

from datetime import date

from unga import api

CUBA_2019 = "On Thursday the General Assembly again called for an end to the US embargo on Cuba, by 187 votes to 3, " \
            "with 2 abstentions. "
MORATORIUM_2010 = "On 21 December 2010 the Assembly adopted resolution 65/206 on a moratorium on the death penalty. "
HOPE_2025 = "The General Assembly proclaimed an International Day of Hope by 161 votes to 1, with 4 abstentions. "
UKRAINE_2022 = "On 2 March 2022 the General Assembly demanded that Russia withdraw from Ukraine by 141 votes to 5, " \
               "with 35 abstentions. "
CYBER_2019 = "The General Assembly adopted resolution 74/247 on countering cybercrime on 27 December 2019. "


def claims(text: str, published: date, after: int) -> list[dict]:
    return [c for c in api.check_text(text, published=published).claims if c["span"][0] >= after]


def verdicts(text: str, published: date, after: int) -> dict[tuple, str]:
    """{(kind, resolution, state or field, value): verdict} of the claims from character `after` on."""
    out = {}
    for c in claims(text, published, after):
        a = c["asserted"]
        key = c["state"] if c["kind"] == "position" else a.get("field") or tuple(sorted(a.items()))
        out[(c["kind"], c["resolution"], key, a.get("value"))] = c["verdict"]
    return out


def test_last_year_with_its_sole_objectors(built_store):
    said = "Last year no delegation abstained, and the text went through with sole objections by the United States and {}."
    got = verdicts(CUBA_2019 + said.format("Israel"), date(2019, 11, 8), len(CUBA_2019))
    assert got[("position", "A/RES/73/8", "USA", None)] == got[("position", "A/RES/73/8", "ISR", None)] == "supported"
    assert got[("count", "A/RES/73/8", "no", 2)] == got[("count", "A/RES/73/8", "abstain", 0)] == "supported"
    got = verdicts(CUBA_2019 + said.format("Brazil"), date(2019, 11, 8), len(CUBA_2019))  # Brazil voted yes in 2018
    assert got[("position", "A/RES/73/8", "BRA", None)] == "contradicted"
    said = "Last year, the text won with contrary ballots cast by Israel and the United States alone."
    got = verdicts(CUBA_2019 + said, date(2019, 11, 8), len(CUBA_2019))
    assert got[("position", "A/RES/73/8", "ISR", None)] == got[("count", "A/RES/73/8", "no", 2)] == "supported"


def test_trap_no_state_abstained_from_something_else(built_store):
    said = "Last year no state abstained from criticising the embargo."
    assert not [c for c in claims(CUBA_2019 + said, date(2019, 11, 8), len(CUBA_2019)) if c["kind"] != "other"]


def test_votes_counted_as_favourable_and_contrary(built_store):
    said = "Last year, the text was approved with {} favourable votes and two contrary votes."
    got = claims(CUBA_2019 + said.format(189), date(2019, 11, 8), len(CUBA_2019))
    assert [(c["resolution"], c["asserted"], c["verdict"]) for c in got] == [
        ("A/RES/73/8", {"yes": 189, "no": 2}, "supported")]
    got = claims(CUBA_2019 + said.format(186), date(2019, 11, 8), len(CUBA_2019))
    assert [c["verdict"] for c in got] == ["contradicted"]


def test_a_count_with_its_change_in_brackets_before_its_label(built_store):
    said = "Sadly, {} (-5) states voted against it, and 35 (+1) chose to abstain."
    got = claims(MORATORIUM_2010 + said.format(41), date(2010, 12, 22), len(MORATORIUM_2010))
    assert [(c["resolution"], c["asserted"], c["verdict"]) for c in got] == [
        ("A/RES/65/206", {"no": 41, "abstain": 35}, "supported")]
    got = claims(MORATORIUM_2010 + said.format(47), date(2010, 12, 22), len(MORATORIUM_2010))
    assert [c["verdict"] for c in got] == ["contradicted"]


def test_the_lone_vote_against(built_store):
    said = "{} was the lone vote against the text."
    got = verdicts(HOPE_2025 + said.format("The U.S."), date(2025, 3, 6), len(HOPE_2025))
    assert got[("position", "A/RES/79/270", "USA", None)] == got[("count", "A/RES/79/270", "no", 1)] == "supported"
    got = verdicts(HOPE_2025 + said.format("India"), date(2025, 3, 6), len(HOPE_2025))  # India abstained
    assert got[("position", "A/RES/79/270", "IND", None)] == "contradicted"
    # trap: "cast its lone no vote" is the state's one vote, not the vote's only no (no count of one)
    got = verdicts(HOPE_2025 + "India cast its lone no vote.", date(2025, 3, 6), len(HOPE_2025))
    assert ("count", "A/RES/79/270", "no", 1) not in got
    headline = "United States was only vote against new UN day of hope\n\n"  # a headline: no article, no full stop
    got = verdicts(headline + HOPE_2025, date(2025, 3, 6), 0)
    assert got[("position", "A/RES/79/270", "USA", None)] == "supported"


def test_north_and_south_korea_are_two_states(built_store):
    said = "Both North and South Korea voted for the text, as did Ukraine."
    got = verdicts(HOPE_2025 + said, date(2025, 3, 6), len(HOPE_2025))
    assert got[("position", "A/RES/79/270", "PRK", None)] == got[("position", "A/RES/79/270", "KOR", None)] \
        == "supported"
    said = "Both South and North Korea voted against the resolution."  # South Korea voted in favour
    got = verdicts(UKRAINE_2022 + said, date(2022, 3, 3), len(UKRAINE_2022))
    assert got[("position", "A/RES/ES-11/1", "PRK", None)] == "supported"
    assert got[("position", "A/RES/ES-11/1", "KOR", None)] == "contradicted"


def test_respectively_before_the_votes_it_pairs(built_store):
    said = "{} and {} respectively voted for and abstained on the text."
    got = verdicts(MORATORIUM_2010 + said.format("Mongolia", "Thailand"), date(2010, 12, 22), len(MORATORIUM_2010))
    assert got == {("position", "A/RES/65/206", "MNG", None): "supported",
                   ("position", "A/RES/65/206", "THA", None): "supported"}
    got = verdicts(MORATORIUM_2010 + said.format("Thailand", "Mongolia"), date(2010, 12, 22), len(MORATORIUM_2010))
    assert set(got.values()) == {"contradicted"}


def test_a_translated_copy_gives_the_side_first(built_store):
    said = "In favour voted 79 countries, against were {}, and 33 abstained."
    got = claims(CYBER_2019 + said.format(60), date(2019, 12, 28), len(CYBER_2019))
    assert [(c["resolution"], c["asserted"], c["verdict"]) for c in got] == [
        ("A/RES/74/247", {"yes": 79, "no": 60, "abstain": 33}, "supported")]
    # a false count: read as the same tally, never supported (the symbol of the sentence before does not reach it, so
    # a tally whose numbers do not all match stays unverifiable rather than false)
    got = claims(CYBER_2019 + said.format(66), date(2019, 12, 28), len(CYBER_2019))
    assert [(c["asserted"], c["verdict"]) for c in got] == [({"yes": 79, "no": 66, "abstain": 33}, "unverifiable")]

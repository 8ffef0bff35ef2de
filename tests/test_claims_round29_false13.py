"""Twenty-ninth round (branch false13): false statements the checker let pass. Sentences and tables of our own, true
and false variants side by side; the record used is the Cuba embargo series: A/RES/71/5 of 2016 (191-0-2), 72/4 of
2017 (191-2-0), 73/8 of 2018 (189-2-0), 74/7 of 2019 (187-3-2), 77/7 of 2022 (185-2-2), 78/7 of 2023 (187-2-1)."""

from __future__ import annotations

from datetime import date

from unga import api
from unga.claims import year_table

EMBARGO_2023 = "The Assembly condemned the embargo against Cuba on 2 November 2023 by 187 votes to 2, with one abstention."
AFTER = date(2023, 11, 3)
ROWS = {"2016": "191 0 2", "2017": "191 2 0", "2018": "189 2 0", "2019": "187 3 2", "2022": "185 2 2"}


def table_claims(table: str) -> list[tuple]:
    """The tally claims of a table told after the text's own vote: (resolution, asserted, verdict)."""
    text = EMBARGO_2023 + "\n\nHow the vote went over the years:\n" + table + "\n\nThe embargo stays in place."
    return [(c["resolution"], c["asserted"], c["verdict"]) for c in api.check_text(text, published=AFTER).claims
            if c["kind"] == "tally" and c["span"][0] > len(EMBARGO_2023)]


def by_line(rows: dict[str, str]) -> str:
    return "Year | In favour | Against | Abstentions\n" + "\n".join(
        f"{year} | {' | '.join(numbers.split())}" for year, numbers in rows.items())


def a_value_a_line(rows: dict[str, str]) -> str:
    return "Year\nIn favour\nAgainst\nAbstentions\n" + "\n".join(
        year + "\n" + "\n".join(numbers.split()) for year, numbers in rows.items())


def test_a_year_table_is_read_a_tally_a_row():
    got = year_table.rows(a_value_a_line(ROWS))
    assert [(year, fields) for year, fields, _, _ in got][:2] == [
        (2016, {"yes": 191, "no": 0, "abstain": 2}), (2017, {"yes": 191, "no": 2, "abstain": 0})]
    assert len(got) == 5 and len(year_table.rows(by_line(ROWS))) == 5


def test_trap_a_table_that_is_not_by_year_is_not_read():
    # the first column is a session, not a year; two rows are too few unless the header names the year column; the
    # years must rise or fall
    assert year_table.rows("Session | For | Against | Abstain\n71 | 191 | 0 | 2\n72 | 191 | 2 | 0\n73 | 189 | 2 | 0") == []
    assert year_table.rows("In favour | Against | Abstentions\n2016 | 191 | 0 | 2\n2017 | 191 | 2 | 0") == []
    assert [row[0] for row in year_table.rows(by_line({"2016": "191 0 2", "2017": "191 2 0"}))] == [2016, 2017]
    assert year_table.rows(by_line({"2016": "191 0 2", "2018": "189 2 0", "2017": "191 2 0"})) == []


def test_a_true_year_table_is_supported_row_by_row(built_store):
    for layout in (by_line, a_value_a_line):
        got = table_claims(layout(ROWS))
        assert [(r, v) for r, _, v in got] == [("A/RES/71/5", "supported"), ("A/RES/72/4", "supported"),
                                               ("A/RES/73/8", "supported"), ("A/RES/74/7", "supported"),
                                               ("A/RES/77/7", "supported")], layout


def test_a_row_one_number_off_is_false_on_its_year_s_vote(built_store):
    # 2018 was 189-2-0: a row giving it seven abstentions is false there, its numbers far or not
    for layout in (by_line, a_value_a_line):
        got = table_claims(layout({**ROWS, "2018": "189 2 7"}))
        assert got[2] == ("A/RES/73/8", {"yes": 189, "no": 2, "abstain": 7}, "contradicted"), layout
        assert [v for _, _, v in got].count("contradicted") == 1


def test_trap_a_table_whose_rows_mostly_differ_is_never_called_false(built_store):
    # only two of five rows are their year's vote: the table may be of another series (or of committee votes)
    rows = {**ROWS, "2016": "150 9 20", "2017": "151 9 19", "2018": "152 8 18"}
    assert all(v != "contradicted" for _, _, v in table_claims(by_line(rows)))


def test_trap_a_year_with_no_vote_of_the_series_is_never_called_false(built_store):
    # no embargo vote in 2020: its row is placed on no vote of the series, and never judged on another
    rows = {year: ROWS[year] for year in ("2016", "2017", "2018", "2019")} | {"2020": "180 2 3", "2022": ROWS["2022"]}
    got = table_claims(by_line(rows))
    assert ("A/RES/77/7", {"yes": 185, "no": 2, "abstain": 2}, "supported") in got
    assert all(v != "contradicted" for _, _, v in got)


EMBARGO_2016 = ("The Assembly once more urged the United States to lift its embargo against Cuba on 26 October 2016, by "
                "191 votes to none, with two abstentions.")


def positions_of(sentence: str) -> list[tuple]:
    text = EMBARGO_2016 + "\n\n" + sentence
    return [(c["state"], c["resolution"], c["verdict"]) for c in api.check_text(text, published=date(2016, 10, 28)).claims
            if c["kind"] == "position" and c["span"][0] > len(EMBARGO_2016)]


def test_a_vote_in_two_years_with_in_repeated_is_each_year_s(built_store):
    # the embargo votes of 2000 (55/20) and 2001 (56/9): Nicaragua abstained in both, El Salvador in 2000 only
    true = positions_of("Nicaragua abstained on the embargo resolution in 2000 and in 2001.")
    assert true == [("NIC", "A/RES/55/20", "supported"), ("NIC", "A/RES/56/9", "supported")]
    false = positions_of("El Salvador abstained on the embargo resolution in 2000 and in 2001.")
    assert false == [("SLV", "A/RES/55/20", "supported"), ("SLV", "A/RES/56/9", "contradicted")]


def test_trap_two_years_respectively_are_one_year_a_state(built_store):
    got = positions_of("El Salvador and Nicaragua abstained on the embargo resolution in 2000 and in 2001, respectively.")
    assert all(v != "contradicted" for _, _, v in got)

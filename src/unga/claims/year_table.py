"""A yearly series' tallies set out as a table, one row a year: a header of vote labels ("Year | For | Against |
Abstentions"), then each year with its numbers, a row a line or, as page extraction flattens it, a value a line
("1992", "59", "3", "71", "1993", …). Each row is a tally of its year's vote (issue 9).

The reading does not consult the record. A row is read only in a run of rows whose years rise (or fall) one row to
the next, whose first cell is a year and the others vote numbers, at least three, or two under a header that names
the year column ("Year", "Año", "Ano", "Année", "Год"…); the run ends at the first value that breaks that shape.
Which vote of the year a row is, and whether its year is firm enough to call it false, is `series_place.table_rows`'
to say.
"""

from __future__ import annotations

import re

from unga.claims.headed import label_vote

NOTE = "a row of a table of the series' tallies by year"
FIRM = "the table's other rows are its series' votes of their years: this row is its year's vote"
MIN_ROWS = 3
MIN_ROWS_NAMED = 2  # under a header naming its year column
YEAR_LABEL = re.compile(r"(?:years?|años?|anos?|ann[ée]es?|год(?:ы|а)?|jahre?|rok|lata)", re.I)
NUMBER = re.compile(r"\d{1,4}")


def rows(text: str) -> list[tuple[int, dict[str, int], int, int]]:
    """Every year table's rows: (year, {vote: number}, start, end of the row in the text)."""
    lines = [(m.start(), m.group()) for m in re.finditer(r"^.*$", text, re.M)]
    out: list[tuple[int, dict[str, int], int, int]] = []
    n = 0
    while n < len(lines):
        votes, after, named = _header(lines, n)
        if votes:
            found = _run(lines, after, votes, MIN_ROWS_NAMED if named else MIN_ROWS)
            out += found
            n = after if not found else next((k for k in range(after, len(lines)) if lines[k][0] >= found[-1][3]),
                                             len(lines))
        n += 1
    return out


def _labels(cells: list[str]) -> list[str] | None:
    try:
        return [label_vote(cell) for cell in cells]
    except ValueError:
        return None


def _header(lines: list[tuple[int, str]], n: int) -> tuple[list[str], int, bool]:
    """The votes of a header starting at line n (its vote labels in one line's cells, or a label a line), the line
    after it, and whether the year column's own heading ("Year", "Años") leads the labels; ([], n, False) for none."""
    cells = [c.strip(" :") for c in re.split(r"\t|\||\s{2,}", lines[n][1]) if c.strip(" :")]
    if len(cells) >= 2:
        named = bool(YEAR_LABEL.fullmatch(cells[0]))
        votes = _labels(cells) or (_labels(cells[1:]) if not NUMBER.fullmatch(cells[0]) else None)
        return (votes, n + 1, named) if votes and len(votes) >= 2 else ([], n, False)
    named = bool(YEAR_LABEL.fullmatch(lines[n][1].strip(" :")))
    votes, k = [], n + named
    while k < len(lines) and lines[k][1].strip() and (one := _labels([lines[k][1].strip()])):
        votes, k = votes + one, k + 1
    return (votes, k, named) if len(votes) >= 2 else ([], n, False)


def _run(lines: list[tuple[int, str]], n: int, votes: list[str],
         least: int) -> list[tuple[int, dict[str, int], int, int]]:
    """The rows under a header: the numbers of the lines that follow, read as a year then one number per vote."""
    values: list[tuple[int, int, int]] = []  # (number, start, end)
    for start, line in lines[n:]:
        if not line.strip():
            continue
        cells = [(m.start(), m.group()) for m in re.finditer(r"[^\s|]+", line)]
        if not all(NUMBER.fullmatch(cell) for _, cell in cells):
            break
        values += [(int(cell), start + at, start + at + len(cell)) for at, cell in cells]
    width = 1 + len(votes)
    found: list[tuple[int, dict[str, int], int, int]] = []
    for k in range(0, len(values) - width + 1, width):
        row = values[k:k + width]
        year, numbers = row[0][0], [v for v, _, _ in row[1:]]
        step = year - found[-1][0] if found else None
        if step == 0 or (len(found) >= 2 and (step > 0) != (found[-1][0] > found[-2][0])):
            return []  # years out of order: not a table by year
        if not 1946 <= year <= 2049 or any(v > 193 for v in numbers):
            break
        found.append((year, dict(zip(votes, numbers)), row[0][1], row[-1][2]))
    return found if len(found) >= least else []

"""Roll calls set out as a table of rows, a state and its vote on each line, that page extraction has flattened.

A blog's or a newspaper's "Country | Vote" table comes out one row a line: "USA  Against", "Brazil In favor ✅",
often with a flag or a mark around the cells and, when the cells' borders are lost, the two cells run together
("USAAgainst", "DR CongoDid not vote"). A line is a row when it is nothing but a state's name and a vote label (the
label capitalised, as a cell starts); three rows or more in a block, one after another, are a table. Its cells are
read as the states' votes; a line that is not a row ends the block.
"""

from __future__ import annotations

import re

from unga.claims.headed import VOTES_OF_LABELS, label_vote
from unga.claims.names import mentions
from unga.claims.roll_table import Table

MIN_ROWS = 3
_LABEL = r"(?-i:(?=[A-Z]))(?:" + "|".join(labels for labels, _ in VOTES_OF_LABELS) + r")(?!\w)"
# a flag, a bullet or a number before the name; a mark (✅ ❌ ⚠️) or a border after the label
ROW = re.compile(r"^[ \t]*(?:[^\w\n]+[ \t]*|\d{1,3}[.)][ \t]+)?(?P<name>(?-i:[A-Z])[^\n]{0,58}?)[ \t|:–—-]*"
                 r"(?P<label>" + _LABEL + r")[^\w\n]*$", re.M | re.I)
# what may follow the state's name in its cell: the rest of a longer name ("Bosnia & Herzegovina")
NAME_TAIL = re.compile(r"(?:[ \t]*(?:&|and|of|the)?[ \t]*(?-i:[A-Z])[\w'’.-]*)*[ \t]*")
BETWEEN_ROWS = re.compile(r"\s*")


def runs(text: str) -> list[Table]:
    """Every block of MIN_ROWS or more row lines in the text, as a table of its cells."""
    out, block = [], []
    for row in ROW.finditer(text):
        cell = _cell(row)
        if cell is None:
            continue
        if block and not BETWEEN_ROWS.fullmatch(text, block[-1][1], row.start()):
            out += _table(block)
            block = []
        block.append((cell, row.end()))
    return out + _table(block)


def _cell(row: re.Match) -> tuple[str, str, int, int] | None:
    """(iso3, vote, start, end) of a row whose name cell is one state's name, else None."""
    name = row["name"]
    found = mentions(name)
    if len({m.iso3 for m in found}) != 1 or found[0].start != 0 or not NAME_TAIL.fullmatch(name, found[0].end):
        return None
    at = row.start("name")
    return found[0].iso3, label_vote(row["label"]), at, at + found[0].end


def _table(block: list) -> list[Table]:
    if len(block) < MIN_ROWS:
        return []
    cells = [cell for cell, _ in block]
    table = Table(cells[0][2], block[-1][1], sorted({vote for _, vote, _, _ in cells}), {})
    table.cells = cells
    return [table]

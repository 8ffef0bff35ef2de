"""Roll calls set out as a table of columns, one column per vote, that page extraction has flattened into text.

An encyclopedia table "For | Against | Abstain" with the states below comes out as a header of vote labels, then
the names row by row: each line a row ("Afghanistan   Central African Republic   Bahrain"), or everything on one
line, or one name a line. Each name's column is its place in the row. Columns are not the same length: a column
that ends leaves the rows below it shorter ("ragged ends"), and the cycle of columns shifts.

The reading does not consult the record. It looks for the ways of cutting the names into rows (columns only
ever end, never start again) under which every column comes out in alphabetical order, as such tables print
them; a name is read only when every such way gives it the same column. When none exists the whole table is
refused: an unsorted column means the layout is not what it seems. Counts in the header ("For (85)") fix the
columns' lengths and are the text's own tally of the vote. A header of anything but vote labels (sponsors,
regions, candidates, several resolutions' symbols) is not a roll call and is left alone.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from unga.claims import headed, row_tables
from unga.claims.headed import LABEL as _LABEL, label_vote
from unga.claims.names import mentions
from unga.claims.roll_table import Table

_COUNT = r"(?:[ \t]*(?:\((?P<n>\d{1,3})\)|[:–—-]?[ \t]*(?P<m>\d{1,3})\b))?"
_CELL = r"(?P<label>" + _LABEL + r")" + _COUNT
_ANY_CELL = r"(?:" + _LABEL + r")" + re.sub(r"\?P<\w+>", "?:", _COUNT)
# a line that is only vote labels, two or more, maybe with counts; the names follow on the next line or the same one
HEADER = re.compile(r"(?:^|(?<=\n))[ \t|]*(?P<cells>" + _ANY_CELL + r"(?:[ \t|,/]+" + _ANY_CELL + r"){1,4})[ \t|:]*"
                    r"(?=\n|[ \t]+(?-i:[A-Z]))", re.I)
CELL = re.compile(_CELL, re.I)
# what may stand between two names of a table: spaces, line breaks, cell borders, bullets, footnote marks
GAP = re.compile(r"(?:[\s|•·*,;]|\[\w{1,3}\])*")
WINDOW = 8000  # characters of a table body read at most
MAX_STEPS = 20000  # ways of cutting tried at most; a table with more is refused


def tables(text: str) -> list[Table]:
    """Every roll-call table of the text whose names could be given their columns, every roll call set out
    as headed blocks ("FOR ADMISSION" and its names a line, then "AGAINST ADMISSION" …) and every table of rows, a
    state and its vote a line (`row_tables`)."""
    out = []
    for header in HEADER.finditer(text):
        table = _read(text, header)
        if table is not None and table.cells:
            out.append(table)
    out += [run for run in headed.runs(text) if not any(t.start <= run.start <= t.end for t in out)]
    return out + [rows for rows in row_tables.runs(text) if not any(t.start <= rows.end and rows.start <= t.end for t in out)]


def _read(text: str, header: re.Match) -> Table | None:
    cells = list(CELL.finditer(header["cells"]))
    votes = [label_vote(c["label"]) for c in cells]
    if len(set(votes)) != len(votes) or not {"yes", "no"} & set(votes):
        return None
    numbers = [c["n"] or c["m"] for c in cells]
    counts = {v: int(n) for v, n in zip(votes, numbers) if n}
    if counts and len(counts) != len(votes):
        return None  # some columns counted and not others: not a layout we can check
    if header["cells"].strip().startswith("|") or "|" in text[header.start("cells"):header.end()].strip(" \t|"):
        return _piped(text, header, votes, counts)
    names, truncated = _names(text, header.end())
    if names is None or len(names) < len(votes):
        return None
    found = _columns([text[s:e] if iso3 else None for iso3, s, e, _ in names], [line for *_, line in names], len(votes),
                     [counts[v] for v in votes] if counts else None, truncated)
    if found is None:
        return None
    table = Table(header.start("cells"), names[-1][2], votes, counts)
    table.cells = [(iso3, votes[column], s, e) for (iso3, s, e, _), column in zip(names, found)
                   if column is not None and iso3 is not None]
    return table


# a table row as the main-content extractor writes an HTML table: "| Albania | Belarus | Algeria |", "|---|---|"
FOOTNOTE = re.compile(r"\[\w{1,3}\]|\*+")
PIPE_ROW = re.compile(r"\s*\|(?P<cells>[^\n]*)\|[ \t]*(?:\n|$)")


def _piped(text: str, header: re.Match, votes: list[str], counts: dict[str, int]) -> Table | None:
    """A table whose cells the page kept apart (an HTML <table>): each name's column is its cell's."""
    at = header.end()
    at += len(re.match(r"[ \t|:]*\n?", text[at:]).group(0))
    columns: list[list[tuple[str, int, int]]] = [[] for _ in votes]
    while (row := PIPE_ROW.match(text, at)) is not None:
        at = row.end()
        if re.fullmatch(r"[\s|:-]*", row["cells"]):
            continue  # the rule under the header
        cells = row["cells"].split("|")
        if len(cells) != len(votes):
            return None
        offset = row.start("cells")
        for column, cell in enumerate(cells):
            cell = FOOTNOTE.sub(lambda m: " " * len(m.group(0)), cell)  # "Bahamas[a]": the mark, not the name
            found = mentions(cell)
            if cell.strip() and (len(found) != 1 or cell[:found[0].start].strip() or cell[found[0].end:].strip()):
                return None  # a cell that is not one state's name: not a roll call
            if found:
                columns[column].append((found[0].iso3, offset + found[0].start, offset + found[0].end))
            offset += len(cell) + 1
    names = [n for column in columns for n in column]
    if len(names) < len(votes) or any([_key(text[s:e]) for _, s, e in c] != sorted(_key(text[s:e]) for _, s, e in c)
                                      for c in columns):  # by first letters: the cells say the columns
        return None
    if counts and [len(c) for c in columns] != [counts[v] for v in votes]:
        return None
    table = Table(header.start("cells"), max(e for _, _, e in names), votes, counts)
    table.cells = sorted(((iso3, votes[n], s, e) for n, c in enumerate(columns) for iso3, s, e in c),
                         key=lambda c: c[2])
    return table


def _names(text: str, at: int) -> tuple[list[tuple[str, int, int, int]] | None, bool]:
    """((iso3, start, end, line) of each name of the table body after `at`, whether the text is cut inside it);
    None when the body does not end cleanly at a line's end (a sentence of prose runs on after the names)."""
    window = text[at:at + WINDOW]
    out, last, line = [], 0, 0
    for m in mentions(window):
        gap = window[last:m.start]
        unknown = _unknown_cells(gap) if GAP.fullmatch(gap) is None else []
        if unknown is None:
            break
        for offset, lines in unknown:  # "Byelorussian SSR" between two cells: a cell held, not read
            out.append((None, at + last + offset, at + last + offset, line + lines))
        line += gap.count("\n")
        out.append((m.iso3, at + m.start, at + m.end, line))
        last = m.end
    rest = window[last:]
    tail = rest.split("\n", 1)[0]
    if not out:
        return None, False
    if GAP.fullmatch(tail):
        return out, False
    if at + len(window) >= len(text) and "\n" not in rest.strip() and len(rest.split()) <= 1:
        return out, True  # the page is cut inside the table: its last name is lost ("Moro")
    return None, False


# cells set apart by two spaces or more, a tab, a border or a line's end; a cell the names module does not know
CELL_SEP = re.compile(r"[ \t]{2,}|\t|\||\n")
UNKNOWN_CELL = re.compile(r"(?-i:[A-Z])[\w'’.()-]*(?:[ ](?:(?-i:[A-Z])[\w'’.()-]*|of|the|and|de|e|du|des|la))*")


def _unknown_cells(gap: str) -> list[tuple[int, int]] | None:
    """(offset, line breaks before it) of each cell between two names that is a name the record spells otherwise,
    when the gap is made of whole cells; else None (prose, or a layout where a cell's bounds cannot be told)."""
    out, at = [], 0
    parts = CELL_SEP.split(gap)
    if len(parts) < 3:
        return None  # a cell needs a separator on each side
    for n, part in enumerate(parts):
        at = gap.index(part, at) if part else at
        if part.strip() and (n in (0, len(parts) - 1) or not UNKNOWN_CELL.fullmatch(part.strip())):
            return None
        if part.strip():
            out.append((at, gap[:at].count("\n")))
        at += len(part)
    return out


def _key(name: str, letters: int | None = 1) -> str:
    """The name as a table sorts it; its first letter only when the table prints short forms out of their
    place ("U.S." after "Turkey", "Uruguay" after it)."""
    plain = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z]", "", re.sub(r"^the\s+", "", plain))[:letters]


def _columns(names: list[str | None], lines: list[int], k: int, counts: list[int] | None,
             truncated: bool) -> list[int | None] | None:
    """The column of each name (None where the sorted cuttings disagree), or None when no cutting sorts every
    column. Rows are the lines when the lines hold up to k names and some two or more; else rows are unknown."""
    for letters in (None, 1):  # sorted by the whole name; failing that, by first letters (short forms)
        found = _cuttings([None if n is None else _key(n, letters) for n in names], lines, k, counts, truncated)
        if found is None:
            return None  # too many ways to cut it: not a table we can read
        if found:
            return [column if all(f[n] == column for f in found) else None for n, column in enumerate(found[0])]
    return None


def _cuttings(keys: list[str | None], lines: list[int], k: int, counts: list[int] | None,
              truncated: bool) -> list[list[int]] | None:
    """Every way of cutting the names into rows that keeps each column sorted; None when there are too many."""
    rows = _rows(lines)
    if len(rows) < 2 or max(rows) > k or max(rows) < 2:
        rows = None  # one line, or a name a line, or lines wrapped anywhere: where rows end is unknown
    found: list[list[int]] = []
    steps = [0]

    def walk(i: int, active: tuple[int, ...], last: tuple[str, ...], taken: list[int], row: int) -> bool:
        steps[0] += 1
        if steps[0] > MAX_STEPS:
            return False
        if i == len(keys):
            if counts is None or _fits(taken, counts, k, truncated):
                found.append(list(taken))
            return True
        size = rows[row] if rows else None
        for cells in _subsets(active, size, len(keys) - i):
            if any(keys[i + n] is not None and keys[i + n] < last[c] for n, c in enumerate(cells)):
                continue  # an unknown cell (None) holds its place and sorts anywhere
            new = list(last)
            for n, c in enumerate(cells):
                new[c] = last[c] if keys[i + n] is None else keys[i + n]
            if not walk(i + len(cells), cells, tuple(new), taken + list(cells), row + 1):
                return False
        return True

    return found if walk(0, tuple(range(k)), ("",) * k, [], 0) else None


def _rows(lines: list[int]) -> list[int]:
    sizes: dict[int, int] = {}
    for line in lines:
        sizes[line] = sizes.get(line, 0) + 1
    return [sizes[line] for line in sorted(sizes)]


def _subsets(active: tuple[int, ...], size: int | None, left: int) -> list[tuple[int, ...]]:
    """The columns a row may hold: the active ones, or fewer (a column that ends never comes back); largest first."""
    out = []
    for mask in range(1, 1 << len(active)):
        chosen = tuple(c for n, c in enumerate(active) if mask >> n & 1)
        if size is not None and len(chosen) != size:
            continue
        if size is None and len(chosen) > left:
            continue
        out.append(chosen)
    return sorted(out, key=lambda c: (-len(c), c))


def _fits(taken: list[int], counts: list[int], k: int, truncated: bool) -> bool:
    lengths = [taken.count(c) for c in range(k)]
    return all(n <= c if truncated else n == c for n, c in zip(lengths, counts))


TABLE_NOTE = "a cell of a roll-call table laid out in columns under a header of votes"


@dataclass
class Laid:
    blank: list[tuple[int, int]] = field(default_factory=list)  # the sentence's characters that are a table's
    cells: list[tuple[str, str, str, tuple[int, int]]] = field(default_factory=list)  # (iso3, vote, name, its span)
    tally: dict[str, int] = field(default_factory=dict)  # the header's counts

    def prose(self, raw: str) -> str:
        """The sentence with its table's characters blanked (offsets kept)."""
        for a, b in self.blank:
            raw = raw[:a] + " " * (b - a) + raw[b:]
        return raw


def by_sentence(text: str, spans: list[tuple[int, int, str]]) -> dict[int, Laid]:
    """For each sentence a table touches: the part of it that is the table's. All of a table's cells go to the
    sentence that holds its header, with its words ("…adopted by 85 to 6. The table below shows the votes:"), which
    tie the table to its vote; each keeps the span of the sentence its name stands in."""
    out: dict[int, Laid] = {}
    for table in tables(text):
        touched = [n for n, (start, end, _) in enumerate(spans) if start <= table.end and end > table.start]
        if not touched:
            continue
        for n in touched:
            start, end, _ = spans[n]
            laid = out.setdefault(n, Laid())
            laid.blank += [(max(a, start) - start, min(b, end) - start) for a, b in table.taken()
                           if a < end and b > start]
        head = out[touched[0]]
        for iso3, vote, s, e in table.cells:
            own = next((spans[n][0], spans[n][1]) for n in touched if spans[n][0] <= s < spans[n][1] + 1)
            head.cells.append((iso3, vote, text[s:e], own))
        head.tally = dict(table.counts) if len(table.counts) >= 2 and table.spans == [] else {}
    return out

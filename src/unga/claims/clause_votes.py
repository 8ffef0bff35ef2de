"""A state in one clause of a sentence that lists several votes, each clause with its own tally ("On A the Assembly
voted 111 to 1; on B (114 to 1, with X abstaining); on C, 138 to 1"): the state's vote is the vote of its own
clause's tally, never of another clause's. When that tally is on no roll call, or on one not pinned down, the state
stays unplaced (unverifiable), whatever other words placed it. Called by check.py once per text, after every other
placement."""

from __future__ import annotations

import re

from unga.claims import cited, extract
from unga.claims.digits import in_digits

NOTE = ("the sentence lists several votes, each clause with its own tally, and the tally of the state's clause is on "
        "no roll call pinned down")
TALLY_NOTE = ("the sentence lists several votes, each clause with its own tally, and the vote another clause names by "
              "its symbol is not this tally's")
PLACED = "placed on the roll call of the tally of its own clause (the sentence lists several votes)"

# where a clause of a list of votes ends: a semicolon, "while"/"whereas"/"but", or "and on" opening the next vote's
BREAK = re.compile(r";|,?\s+(?:while|whereas|but)\s+|,?\s+and\s+(?=on\s)", re.I)


def clauses(sentence: str) -> list[tuple[int, int]]:
    """The clauses of a sentence as (start, end), split where no bracket is open."""
    cuts, start = [], 0
    for match in BREAK.finditer(sentence):
        before = sentence[:match.start()]
        if before.count("(") == before.count(")"):
            cuts.append((start, match.start()))
            start = match.end()
    return cuts + [(start, len(sentence))]


def _holds(clause: str, numbers: dict) -> bool:
    """Every number of the tally is written in the clause."""
    return bool(numbers) and all(re.search(rf"(?<![\d,.]){value}(?![\d,.]?\d)", clause)
                                 for value in numbers.values() if isinstance(value, int))


def place(index, found: list, rows: list, anchored: set) -> list:
    """Rows with each tally and position of a sentence whose tallies sit in two or more of its clauses put on its
    own clause's vote: a tally put on the vote another clause names by its symbol, whose numbers are not that vote's,
    on none; a position on its clause's tally's roll call, or on none."""
    out = list(rows)
    for sentence in {c.sentence for c in found if c.kind == "tally"}:
        tallies = [(n, c) for n, c in enumerate(found) if c.sentence == sentence and c.kind == "tally"]
        text = tallies[0][1].text
        parts = [text[s:e] for s, e in clauses(text)]
        held = [[(n, t) for n, t in tallies if _holds(in_digits(part), t.asserted)] for part in parts]
        if len(tallies) < 2 or sum(1 for here in held if here) < 2:  # one vote's tally, or numbers not in one clause
            continue
        for part, here in zip(parts, held):
            elsewhere = {row for other in parts if other != part for symbol in cited.symbols_in(other)
                         for row in index.by_symbol.get(symbol, ())}
            for n, t in here:
                if out[n] in elsewhere and not cited.symbols_in(part) and not index.agrees_all(out[n], t.asserted):
                    out[n] = None
                    t.notes.append(TALLY_NOTE)
        for n, c in enumerate(found):
            if c.sentence == sentence and c.kind == "position" and c.name and extract.BACKERS_NOTE not in c.notes:
                _place_position(n, c, parts, held, out, anchored)
    return out


def _place_position(n: int, c, parts: list[str], held: list, out: list, anchored: set) -> None:
    own = [i for i, part in enumerate(parts) if re.search(rf"\b{re.escape(c.name)}\b", part)]
    if len(own) != 1 or cited.symbols_in(parts[own[0]]):
        return  # a state named twice, or its clause names its vote by symbol: other rules speak for it
    its_rows = {out[m] for m, t in held[own[0]] if t.when == c.when}
    if not its_rows:
        return  # a clause without a tally of its time
    row = next(iter(its_rows))
    if len(its_rows) == 1 and row is not None and (row in anchored or row == out[n]):
        if row != out[n]:
            out[n] = row
            c.notes.append(PLACED)
    elif out[n] is not None:
        out[n] = None
        c.notes.append(NOTE)

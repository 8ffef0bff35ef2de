"""A state in one clause of a sentence that lists several votes, each clause with its own tally ("On A the Assembly
voted 111 to 1; on B (114 to 1, with X abstaining); on C, 138 to 1"): the state's vote is the vote of its own
clause's tally, never of another clause's. When that tally is on no roll call, or on one not pinned down, the state
stays unplaced (unverifiable), whatever other words placed it. Called by check.py once per text, after every other
placement."""

from __future__ import annotations

import re

from unga.claims import cited, extract
from unga.claims.numbers import in_digits

NOTE = ("the sentence lists several votes, each clause with its own tally, and the tally of the state's clause is on "
        "no roll call pinned down")
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


def place(found: list, rows: list, anchored: set) -> list:
    """Rows with each position of a sentence whose tallies sit in two or more of its clauses put on its own clause's
    tally's roll call, or on none."""
    out = list(rows)
    tallies: dict = {}
    for c, row in zip(found, rows):
        if c.kind == "tally":
            tallies.setdefault(c.sentence, []).append((c, row))
    for n, c in enumerate(found):
        if c.kind != "position" or len(tallies.get(c.sentence, ())) < 2 or not c.name \
                or extract.BACKERS_NOTE in c.notes:
            continue
        parts = [c.text[s:e] for s, e in clauses(c.text)]
        held = [[(t, row) for t, row in tallies[c.sentence] if t.when == c.when and _holds(in_digits(part), t.asserted)]
                for part in parts]
        if sum(1 for found_here in held if found_here) < 2:  # one vote's tally, or its numbers are not in one clause
            continue
        own = [i for i, part in enumerate(parts) if re.search(rf"\b{re.escape(c.name)}\b", part)]
        if len(own) != 1 or not held[own[0]] or cited.symbols_in(parts[own[0]]):
            continue  # a clause without a tally, or a state named twice: other rules speak for it
        its_rows = {row for _, row in held[own[0]]}
        row = next(iter(its_rows))
        if len(its_rows) == 1 and row is not None and (row in anchored or row == out[n]):
            if row != out[n]:
                out[n] = row
                c.notes.append(PLACED)
        elif out[n] is not None:
            out[n] = None
            c.notes.append(NOTE)
    return out

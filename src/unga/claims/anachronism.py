"""A list placed on a roll call held when some of its states were not members of the UN is about another vote (issue 9,
twenty-sixth round).

An undated text of a 2017 vote the record lacks names ten states against; a vote of 1956 where most of them also
voted no fits the list, and two of them (joined in 1977 and 1980) had no vote there. A text that names a state among
a vote's voters speaks of a time that state was a member: the list, and every claim of its sentence placed on that
roll call, is unverifiable with the reason, unless the text names the roll call's resolution by its symbol or gives
its whole tally (then the text misnames one state, and the others are judged as usual).
"""

from __future__ import annotations

from typing import Callable

from unga.claims import extract

REASON = ("; but its sentence names {names} among the voters, not members of the UN on that day: the sentence speaks "
          "of another vote")


def guard(out: list[dict], found: list[extract.Claim], rows: list, votes: Callable[[int], dict[str, str]],
          pinned: Callable[[int], bool]) -> None:
    """In place: the judged claims of a sentence whose listed states include non-members of its roll call's day become
    unverifiable. pinned(row): the text names that roll call by symbol or gives its whole tally."""
    strangers: dict[tuple[int, int], list[str]] = {}
    for entry, claim, row in zip(out, found, rows):  # the entry's state: the one that held the seat (SUN for RUS)
        if claim.kind == "position" and row is not None and entry["state"] and entry["state"] not in votes(row):
            strangers.setdefault((claim.sentence, row), []).append(claim.name or entry["state"])
    for entry, claim, row in zip(out, found, rows):
        names = strangers.get((claim.sentence, row))
        if names and entry["verdict"] != "unverifiable" and not pinned(row):
            entry["verdict"] = "unverifiable"
            entry["evidence"]["record"] = str(entry["evidence"].get("record", "")) + REASON.format(
                names=", ".join(dict.fromkeys(names)))

"""A vote found by its numbers alone, on a subject the text never names, is not called false (issue 9, fifteenth round).

A roll call the record holds without a symbol (a paragraph, part or procedural vote of the early sessions) can be
found only by its numbers and its day. When the text's numbers are one off and the roll call's title shares next to
nothing with the text, the text is most likely reporting another vote of those days — one the record lacks — rather
than miscounting this one: a cable of 8 December 1949 on the China item ("adopted by 32 votes, 5 against with 17
abstentions") against a South West Africa paragraph of 7 December (32-3-17). Such a claim is unverifiable, with the
reason; a roll call with a symbol (which a text can name) and a text that speaks of the roll call's subject are
untouched.
"""

from __future__ import annotations

from unga.claims import calendars, clues, extract
from unga.claims.doubt import numbers_of

OFF_TOPIC = 0.5  # of 8: the share of the roll call's title and subjects the text must name to be about it at all
REASON = ("; but this roll call (no symbol in the record) was found only by numbers and date, and the text never names "
          "its subject ({}): probably another vote of those days, one the record lacks")


def guard(index, out: list[dict], rows: list, body: str) -> None:
    """In place: contradicted entries on a roll call without a symbol whose subject the text does not name become
    unverifiable."""
    words = None
    for entry, row in zip(out, rows):
        if entry["verdict"] != "contradicted" or row is None or index.symbols[row]:
            continue
        words = words if words is not None else clues.stems(body)
        if index.topic(row, words) >= OFF_TOPIC:
            continue
        entry["verdict"] = "unverifiable"
        entry["evidence"]["record"] = str(entry["evidence"].get("record", "")) + REASON.format(
            index.title_text[row][:70] or f"rcid {index.rcids[row]}")


NOTE = ("the only fit is a roll call without a symbol, found by numbers and date alone, whose subject the text never "
        "names and whose count the text's tally does not match: probably another vote of those days, one the record "
        "lacks")


def unplace(index, claims: list[extract.Claim], rows: list, body: str) -> list:
    """The rows, with every claim on such a roll call left on none: a tally of the text placed on it and not equal
    to it, a roll call without a symbol and a subject the text never names. Its lists and counts were placed with
    the tally, so they go with it (a cable on one item, "32 votes, 5 against with 17 abstentions", is not a paragraph
    vote of 32-3-17 on another item that week). English texts only: the titles' words are English."""
    if not calendars.is_english(body):  # the titles are English: another language names the subject in its own words
        return rows
    words = clues.stems(body)
    off = {row for c, row in zip(claims, rows) if c.kind == "tally" and row is not None and not index.symbols[row]
           and not index.agrees_all(row, numbers_of(c)) and index.topic(row, words) < OFF_TOPIC}
    if not off:
        return rows
    out = list(rows)
    for n, (claim, row) in enumerate(zip(claims, rows)):
        if row in off:
            out[n] = None
            claim.notes.append(NOTE)
    return out

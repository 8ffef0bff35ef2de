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

from unga.claims import identify

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
        words = words if words is not None else identify.stems(body)
        if index.topic(row, words) >= OFF_TOPIC:
            continue
        entry["verdict"] = "unverifiable"
        entry["evidence"]["record"] = str(entry["evidence"].get("record", "")) + REASON.format(
            index.title_text[row][:70] or f"rcid {index.rcids[row]}")

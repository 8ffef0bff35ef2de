""""The first resolution", "the second": a text that tells several votes names them by their order (issue 9).

A text whose tallies pin down two or more roll calls may then speak of "the first resolution" and "the second":
the Nth roll call the text's tallies pinned down, in the order the text tells them. A claim whose clause names
one so goes with it, whatever its topic words or the day's other votes say ("The states abstaining on the first
resolution were A and B, while C voted against the first and abstained on the second"). The ordinal only
places the claim; it is not its own evidence, so a state said to have voted otherwise is not called false on it.
"""

from __future__ import annotations

import re
from datetime import timedelta

from unga.claims import extract, identify

NOTE = "placed on the roll call the text told in that order (\"the first resolution\", \"the second\")"
ORDER = {"first": 1, "second": 2, "third": 3, "fourth": 4}
# a vote phrase, then "on|against|for the second (resolution|text|draft|one)": the ordinal names the vote's object
VOTE = {"yes": r"vot\w*\s+(?:in\s+favou?r\s+of|for)|supported|backed",
        "no": r"vot\w*\s+against|opposed|rejected",
        "abstain": r"abstain\w*(?:\s+(?:on|from|in))?|abstention\s+on"}
OBJECT = r"(?:resolution|text|draft(?:\s+resolution)?|measure|one|vote)s?\b"
# not "the first resolution of its kind", "the first ever", "the first resolution in 2007": the series' first; not
# "voted against for a second time", "the first day": an ordinal of times, not of the text's votes
ORDINAL = re.compile(r"\b(?:the|a)\s+(" + "|".join(ORDER) + r")(?!(?:\s+" + OBJECT + r")?\s+(?:ever|of\s+its\s+kind"
                     r"|(?:in|of|since)\s+\d{4}))(?!\s+(?:time|year|day|round|session|straight|consecutive)s?\b)"
                     r"(?:\s+" + OBJECT + r")?", re.I)
WEEKS = timedelta(days=31)
CLAUSE = re.compile(r",\s+(?:and|while|but|whereas)\b|;")
RELATIVE = re.compile(r"^[\s,]*(?:which|who|that)\b", re.I)


def _mentions(sentence: str) -> list[tuple[int, int, str | None]]:
    """(where, which in order, the vote the phrase right before it names, if any) for each ordinal mention."""
    out = []
    for m in ORDINAL.finditer(sentence):
        bare = m.group(0).split()[-1].lower() in ORDER
        before = sentence[max(0, m.start() - 40):m.start()]
        vote = next((v for v, phrase in VOTE.items() if re.search(r"(?:" + phrase + r")\s*(?:on|against|for)?\s*$",
                                                                  before, re.I)), None)
        if bare and vote is None:  # "the first" alone is an ordinal of a vote only right after a vote phrase
            continue
        out.append((m.start(), ORDER[m.group(1).lower()], vote))
    return out


def _order_of(claim: extract.Claim) -> int | None:
    """Which of the text's votes the claim's clause names by its order: the ordinal of a relative clause right
    after the state's name with the claim's vote ("C, which abstained on the second"), else the one ordinal its
    clause gives the claim's vote ("A and B were among those abstaining on the first resolution"), else the last
    one before the name that names the claim's vote or none ("abstaining on the first resolution were A, B and C,
    except D, which voted against the first and abstained on the second")."""
    vote = claim.asserted.get("vote")
    at = claim.text.find(claim.name) if claim.name else -1
    if claim.kind != "position" or vote not in VOTE or at < 0:
        return None
    end = at + len(claim.name)
    start = max([0] + [m.end() for m in CLAUSE.finditer(claim.text, 0, at)])
    stop = next((m.start() for m in CLAUSE.finditer(claim.text, end)), len(claim.text))
    mentions = [m for m in _mentions(claim.text) if m[2] in (vote, None) and start <= m[0] < stop]
    if RELATIVE.search(claim.text[end:]):
        after = [n for where, n, v in mentions if where > end and v == vote]
        if after:
            return after[0]
    said = {n for _, n, v in mentions if v == vote}
    if len(said) == 1:
        return said.pop()
    before = [n for where, n, _ in mentions if where < at]
    return before[-1] if before else None


def place(index: identify.Index, claims: list[extract.Claim], rows: list, anchored: set[int]) -> list:
    """The rows, with the claims whose clause names "the Nth resolution" on the Nth roll call the text's tallies
    pinned down (text order), when the text pins down at least two and at least N, all of one session's weeks
    (else "the first resolution, in 2007" may be the series' first, not the first the text tells)."""
    told: list[int] = []
    for claim, row in zip(claims, rows):
        if claim.kind == "tally" and row in anchored and row not in told:
            told.append(row)
    if len(told) < 2 or max(index.dates[r] for r in told) - min(index.dates[r] for r in told) > WEEKS:
        return rows
    out = list(rows)
    for n, claim in enumerate(claims):
        order = _order_of(claim)
        if order is not None and order <= len(told) and claim.when is None and out[n] != told[order - 1]:
            out[n] = told[order - 1]
            claim.notes.append(NOTE)
    return out

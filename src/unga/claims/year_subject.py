"""A count told with its vote's year and subject (thirty-fifth round, branch false35): "In 2019, when the Assembly
took up the text on X, 150 countries backed it", in a text written years later that names no day of the vote.

A false count's number points at no roll call, so identification by numbers fails exactly when the count is false;
the year its sentence names and the sentence's own words about the subject still identify the vote when one vote of
that year has those words and no other comes near (STRONG_TOPIC, with MARGIN over every other vote of the year). A
count placed there is judged on it (`judged.count_of_its_year`: a count near the vote's is a miscount of it; one far
from it stays unverifiable, as any count on a roll call not pinned down). Placing counts the identification left
unplaced by the same test was tried and dropped: on our sentences the ranking had already placed every one it could.
"""

from __future__ import annotations

import re
from datetime import date

import numpy as np

from unga.claims import clues, extract, identify
from unga.claims.doubt import OTHER_VOTES
from unga.claims.when import YEAR_ANY, time_of

# "by 2021, 181 had voted for it", "since 2019": a year that bounds a span of votes, not the year of one vote
SPAN_YEAR = re.compile(r"\b(?:by|since|until|till|through|before|after|from|between|over|up\s+to)\s+(?:the\s+end\s+of\s+)?"
                       r"(?:19[4-9]\d|20[0-4]\d)\b", re.I)
DATE_STAMP = re.compile(r"\b\d{4}-\d{2}-\d{2}\b")  # a dateline's stamp names the text's day, not a vote's year


def one_year(claim: extract.Claim, published: date | None) -> int | None:
    """The one year an exact count's own sentence names for its vote, or None (no year, several, a span of years,
    the vote before, or a vote the record may lack: a committee's, an amendment's, a part's, a motion's)."""
    if claim.kind != "count" or claim.asserted.get("op") != "=" or claim.scope != "assembly" or claim.when == "before" \
            or SPAN_YEAR.search(claim.text) or OTHER_VOTES.search(claim.text):
        return None
    year, _ = time_of(claim, published)
    return year if {int(y) for y in YEAR_ANY.findall(DATE_STAMP.sub(" ", claim.text))} == {year} else None


def best(index: identify.Index, claim: extract.Claim, year: int) -> int | None:
    """The vote of that year the sentence's own words name: STRONG_TOPIC or more, MARGIN over every other vote of the
    year (a year's votes on one subject, a resolution and its paragraphs, tie and are not told apart)."""
    words = clues.stems(claim.text)
    rows = [int(i) for i in np.flatnonzero(index.years == year)]
    scores = sorted(((index.topic(i, words), i) for i in rows), reverse=True)
    if not scores or scores[0][0] < identify.STRONG_TOPIC:
        return None
    return scores[0][1] if len(scores) < 2 or scores[0][0] - scores[1][0] >= identify.MARGIN else None


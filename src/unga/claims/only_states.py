"""A list called "the only states" that cast a vote, in the languages read from a table of words (`wordlangs`).

"A och B var de enda staterna som röstade emot", "A و B تنها کشورهایی بودند که با این طرح مخالفت کردند", "A na B
zilikuwa nchi pekee zilizopiga kura ya kupinga": the names stand before the words for "the only (states)" (the
language's `only` row of data/vote_words.csv, its copula and noun written into the row in the order the language
puts them), not right before the vote phrase, so `wordlangs` alone does not take them. The list takes the side of the
first vote phrase after those words, when nothing between them is a digit, a sentence's end, a negation or another
vote phrase (thirty-third round). English and the languages of `languages` read this their own way already.
"""

from __future__ import annotations

import re
from typing import Callable

from unga.claims.wordtable import compiled, side_phrases, table

REACH = 120  # characters the vote phrase may stand after the words for "the only"


def runs(sentence: str, found: list, lang: str, run_before: Callable[[str, list, int, str], list]) -> list:
    """(run, side) for each list of `found` names standing right before the words for "the only", `run_before`
    giving the names that end at a point as the language lists them."""
    words = table()[lang]
    if "only" not in words:
        return []
    only = compiled(r"(?<!\w)(?:" + words["only"] + r")(?!\w)")
    negation = compiled(r"(?<!\w)(?:" + words.get("negation", "(?!)") + r")(?!\w)")
    phrases = side_phrases(sentence, lang, "")
    out = []
    for m in only.finditer(sentence):
        after = [(start, side) for start, _, side in phrases if start >= m.end()]
        if not after or after[0][0] - m.end() > REACH:
            continue
        start, side = after[0]
        if re.search(r"[\d.;:!?]", sentence[m.end():start]) or negation.search(sentence, m.end(), start):
            continue
        if run := run_before(sentence, found, m.start(), lang):
            out.append((run, side))
    return out

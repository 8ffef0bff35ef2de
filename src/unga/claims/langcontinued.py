"""A list in another language that goes on from the sentence before it.

"Od głosu wstrzymało się 41 państw. Wśród nich były także kraje UE: A, B i C." — "among them" points back to the
states the sentence before counted; "Selain itu ada A, B dan C" (besides, there are) adds to the list the sentence
before gave. The readers of other languages see one sentence; this module reads the second sentence with what was
read from the first. The markers of each language are rows of data/continued_lists.csv (language, role, pattern),
the pronoun or demonstrative after "among" as each language's grammar writes it, with the copula that may follow:
- `among` follows a count of one side: the sentence before gives exactly one count, of one side, and no tally (after
  "141 for, 5 against, 35 abstained" "among them" could be any side); its list takes that side, never more states
  than the count;
- `besides` follows a list of one side: the sentence before gives positions of one side only, at least two, and no
  count or tally of another side; with a count of that side the two lists together never hold more states than it.
The marker opens the sentence; a few words ending in a colon may follow it ("były także kraje Unii Europejskiej:");
then the list, in the language's nominative, joined by commas and the language's "and", which must end the sentence
(a sentence that is nothing but the marker and its list: "Selain itu, Rusia menuduh …" names a state that does
something else). The claims take the time, scope and side of the sentence before.
"""

from __future__ import annotations

import csv
import re
from functools import lru_cache
from importlib import resources

from unga.claims import languages, russian, russian_names, wordnames, wordtable
from unga.claims.foreign_names import ARTICLE, JOINER

NOTE = "a list in another language that goes on from the sentence before (among them, besides)"
# a few words ending in a colon between the marker and its list: "były także kraje Unii Europejskiej:"
LEAD_IN = r"(?:\s*,)?(?:\s+[^\d:.;!?]{1,60}?\s*:)?\s*"
NUMBER = re.compile(r"(?<![\d.,])\d{1,3}(?![\d])")  # a count, not a year
END = re.compile(r"\s*[.!?…»”\"')]*\s*$")


@lru_cache(maxsize=1)
def markers() -> dict[str, list[tuple[str, re.Pattern]]]:
    """{role: [(language, marker at the sentence's start)]} from data/continued_lists.csv."""
    out: dict[str, list[tuple[str, re.Pattern]]] = {}
    with resources.files("unga.data").joinpath("continued_lists.csv").open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            out.setdefault(row["role"], []).append(
                (row["language"], re.compile(r"^\s*(?:" + row["pattern"] + r")(?!\w)" + LEAD_IN, re.I)))
    return out


def side_before(before: str, previous: list[tuple[str, dict, str | None]], role: str) -> tuple[str, int | None] | None:
    """(side, the most states the list may hold) the sentence before (`before`, whose claims are `previous`: kind,
    asserted, state) gives the role, or None."""
    if any(kind == "tally" for kind, _, _ in previous):
        return None
    counts = [(a["field"], a["value"]) for kind, a, _ in previous if kind == "count" and a.get("op") == "="]
    said = {a["vote"] for kind, a, _ in previous if kind == "position"}
    if role == "among":  # its count the one number of the sentence before ("123 voor, 38 tegen en zestien …": which?)
        others = {int(n) for n in NUMBER.findall(before)} - {value for _, value in counts}
        return counts[0] if len(counts) == 1 and not others and not said - {counts[0][0]} else None
    if len(said) != 1 or sum(kind == "position" for kind, _, _ in previous) < 2:
        return None
    side = said.pop()
    if any(field != side for field, _ in counts):
        return None
    bound = [value - len({s for kind, _, s in previous if kind == "position"}) for _, value in counts]
    return side, (min(bound) if bound else None)


def read(sentence: str, before: str, previous: list[tuple[str, dict, str | None]]) -> list[tuple[str, str, str]]:
    """(iso3, vote, name as written) for each state the sentence lists after a marker that points back to the
    sentence before (`before`, whose claims are `previous`: kind, asserted, state)."""
    if not previous:
        return []
    for role, rows in markers().items():
        for lang, marker in rows:
            text = wordtable.normalised(sentence, lang) if lang in wordtable.table() else sentence
            opened = marker.match(text)
            said = side_before(before, previous, role) if opened else None
            if said is None:
                continue
            run = _listed(text, opened.end(), lang)
            if run and (said[1] is None or len({iso3 for _, _, iso3 in run}) <= said[1]):
                return [(iso3, said[0], text[a:b]) for a, b, iso3 in run]
            return []
    return []


def _listed(sentence: str, at: int, lang: str) -> list:
    """The names listed from `at` to the sentence's end, joined as the language joins a list."""
    if lang == "ru":
        found = [(a, b, iso3) for a, b, iso3, cases in russian_names.mentions(sentence) if "nom" in cases]
        joint = re.compile(russian.JOINT.pattern + r"$")
    elif lang in languages.LANGUAGES:
        found = languages.mentions(sentence, lang)
        joint = re.compile(r"\s*(?:,|,?\s*(?:" + JOINER[lang] + r"))\s*" + ARTICLE + r"$", re.I)
    elif lang in wordtable.table() and "and" in wordtable.table()[lang]:
        found = wordnames.mentions(sentence, lang)
        joint = wordnames.joint(lang)
    else:
        return []
    after = [f for f in found if f[0] >= at]
    lead = ARTICLE if lang in languages.LANGUAGES else ""
    if not after or not re.fullmatch(r"\s*" + lead, sentence[at:after[0][0]], re.I):
        return []
    run = wordnames.chained(sentence, after, joint)
    return run if END.fullmatch(sentence, run[-1][1]) else []

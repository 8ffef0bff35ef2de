"""Counts said with a bound or as a round figure, in every language the checker reads.

"plus de 30 pays", "más de 30", "mehr als 30", "более 30", "超过30", "140か国以上" bound a count (op >, >=, <, <=);
"environ 140", "cerca de 140", "rund 140", "около 140", "约140", "nearly 140" give it roughly (op "~"). The words are
the rows of data/bound_words.csv (language, op, place, pattern): a pattern stands right before the number, or right
after it (Chinese, Japanese, Korean and the Russian "с лишним", the counter allowed between). Each reader of another
language passes the counts it read here with the sentence in digits: a count whose number the sentence gives with
such words takes their op; a tally one of whose numbers does is read as counts, each with its own op.

An approximate count is supported when the record is within `tolerance` of it (what rounding to the figure's
precision covers) and unverifiable otherwise, never
contradicted: "about 140" of a vote of 120 may be a writer's loose figure, not a false statement. A bound ("more than
140", "fewer than 10") is supported when the record holds it, unverifiable when the record misses it by no more than
that tolerance ("more than 140" of 138: `just_missed`), and contradicted only when it is further off ("more than 140"
of 120).
"""

from __future__ import annotations

import csv
import re
from functools import lru_cache
from importlib import resources

APPROXIMATE = "~"
UNSPACED = ("zh", "ja")  # no space marks a word's start: the words are read wherever they stand
ROWS_OF = {"sr": "hr"}  # Serbian is read in Latin letters with the Croatian words
PARTICLES = ("zh", "ja", "ko")  # a particle may follow the word after a number at once ("30개국 이상이", "以上が")


def tolerance(value: int) -> int:
    """How far the record may be from an approximate count that is still supported: what rounding to the figure's
    own precision covers ("about 140": 135 to 145; "some 145": 143 to 147; "some 141": 140 to 142), at most a tenth
    of it ("nearly 100": 90 to 110), at least 1."""
    unit = 1
    while value >= unit * 10 and value % (unit * 10) == 0:
        unit *= 10
    if unit == 1 and value % 5 == 0:
        unit = 5
    return max(1, min(unit // 2, max(2, round(value / 10))))


def near(actual: int, value: int) -> bool:
    return abs(actual - value) <= tolerance(value)


# how far the record is from holding a bound: "more than 140" of 140 misses by 1, "fewer than 10" of 12 by 3
SHORT_BY = {">": lambda actual, value: value + 1 - actual, ">=": lambda actual, value: value - actual,
            "<": lambda actual, value: actual - value + 1, "<=": lambda actual, value: actual - value}


def just_missed(op: str, actual: int, value: int) -> bool:
    """A bound the record misses by no more than the figure's tolerance ("more than 140" of 138, "over 100" of 99):
    a writer's loose figure rather than a false one, not called false."""
    return op in SHORT_BY and 0 < SHORT_BY[op](actual, value) <= tolerance(value)


@lru_cache(maxsize=None)
def table() -> dict[tuple[str, str], list[tuple[str, re.Pattern]]]:
    """{(language, place): [(op, pattern)]}, the rows of data/bound_words.csv, compiled where they must stand."""
    out: dict[tuple[str, str], list[tuple[str, re.Pattern]]] = {}
    with resources.files("unga.data").joinpath("bound_words.csv").open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            edge = "" if row["language"] in UNSPACED else r"(?<!\w)"
            end = "" if row["language"] in PARTICLES else r"(?!\w)"
            pattern = (edge + r"(?:" + row["pattern"] + r")\s*$" if row["place"] == "before"
                       else r"\s*(?:" + row["pattern"] + r")" + end)
            out.setdefault((row["language"], row["place"]), []).append((row["op"], re.compile(pattern, re.I)))
    return out


@lru_cache(maxsize=None)
def before_words(lang: str) -> str:
    """The pattern of every bound word of the language said before its number (for readers that find the word and
    its number at once, as the English ones do)."""
    with resources.files("unga.data").joinpath("bound_words.csv").open(encoding="utf-8") as handle:
        return "|".join(row["pattern"] for row in csv.DictReader(handle)
                        if row["language"] == lang and row["place"] == "before")


def op_of_word(word: str, lang: str = "en") -> str | None:
    """The op of a bound word said before a number ("more than", "nearly"), None for a word of no bound."""
    word = re.sub(r"\s+", " ", word.strip())
    return next((op for op, pattern in table().get((lang, "before"), []) if pattern.fullmatch(word + " ")), None)


def op_at(text: str, start: int, end: int, lang: str) -> str | None:
    """The op the words around the number at text[start:end] give it, None when none does. Of two words before it,
    the longer one ("pas moins de" over "moins de", "не более" over "более")."""
    lang = ROWS_OF.get(lang, lang)
    before = text[max(0, start - 40):start]
    found = [(m.start(), op) for op, pattern in table().get((lang, "before"), []) if (m := pattern.search(before))]
    if found:
        return min(found)[1]
    return next((op for op, pattern in table().get((lang, "after"), []) if pattern.match(text, end, end + 16)), None)


def bounded(digits: str, lang: str, read: list[tuple[str, dict, str | None, str]]) -> list[tuple[str, dict, str | None, str]]:
    """The claims a reader of `lang` read, a count or a tally's numbers given the op of the words around them in the
    sentence (in digits). A number the sentence gives twice, with words of two ops or with and without, is read as
    approximate."""
    out = []
    for kind, asserted, iso3, name in read:
        if kind == "count" and asserted["op"] == "=":
            op = _op(digits, asserted["value"], lang)
            out.append((kind, {**asserted, "op": op or "="}, iso3, name))
        elif kind == "tally" and any(_op(digits, v, lang) for v in asserted.values()):
            out += [("count", {"field": k, "op": _op(digits, v, lang) or "=", "value": v}, None, "")
                    for k, v in asserted.items()]
        else:
            out.append((kind, asserted, iso3, name))
    return out


def _op(digits: str, value: int, lang: str) -> str | None:
    ops = {op_at(digits, m.start(), m.end(), lang) for m in re.finditer(rf"(?<![\d.,]){value}(?![\d]|[.,]\d)", digits)}
    return None if ops <= {None} else ops.pop() if len(ops) == 1 else APPROXIMATE


def shares(sentence: str, lang: str) -> list[tuple[str, dict, None, str]]:
    """A share of the membership in digits, bounded, with a vote phrase after it, in a language of `wordlangs`' table
    (its "share_of" row joins the share to the total): "hơn 2/3 trong số 193 quốc gia bỏ phiếu thuận" is a yes of
    more than 128, as English "more than two thirds of the 193 member states" is (`numbers.shares`)."""
    from unga.claims import wordtable  # wordtable's table of words; bounds is imported before any reader of it

    words = wordtable.table().get(lang, {})
    if "share_of" not in words:
        return []
    out = []
    for start, _, side in wordtable.side_phrases(sentence, lang, ""):
        m = re.search(r"(?<![\d/])([1-9])/([2-9])\s+(?:" + words["share_of"] + r")\s+(\d{3})\s+(?:" + words["states"]
                      + r")(?:\s+[^\W\d]+){0,4}?\s+$", sentence[:start], re.I)
        op = op_at(sentence, m.start(), m.end(2), lang) if m and int(m[1]) < int(m[2]) else None
        if op not in (">", ">=", "<"):
            continue
        exact = int(m[3]) * int(m[1]) / int(m[2])
        value = int(exact) if op == ">" else -int(-exact // 1)
        out.append(("count", {"field": side, "op": op, "value": value}, None, ""))
    return out

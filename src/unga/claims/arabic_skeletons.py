"""A foreign state's name in Arabic letters as the press transliterates it, read by its consonants.

The Arabic and Persian press write a foreign name's vowels as long letters or not at all, and its g with ghain, jeem
or gaf: "غواتاميلا" and "غواتيمالا", "براغوي" and "باراغواي", "بورندي" and "بوروندي", "قرغيزستان" and
"قيرغيزستان". A list item standing between two states' names that the tables do not know is read by its skeleton
(the article, the long vowels and hamza seats dropped, the letters the press uses for one foreign sound made one) when
that skeleton is one state's only (thirty-third round): "Niger" and "Nigeria", "Mali" and "Malawi" share theirs and
are never guessed so.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Callable

ARABIC_WORD = re.compile(r"[\u0621-\u064a\u067e\u0686\u0698\u06a9\u06af\u06cc]+")
# long vowels, hamza and its seats, and the letters one foreign sound is written with, made one
SOUNDS = str.maketrans({**dict.fromkeys("اأإآءئؤويىی\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652", None),
                        **dict.fromkeys("غجگ", "g"), **dict.fromkeys("كکق", "k"), **dict.fromkeys("ةه", "h"),
                        **dict.fromkeys("طت", "t"), **dict.fromkeys("ذزظ", "z"), **dict.fromkeys("صس", "s"),
                        **dict.fromkeys("ضد", "d")})
MIN_LETTERS = 3  # a skeleton of fewer letters is too often another state's
# an item between two names of a list: commas (Arabic or Latin) or dashes around it, the prefixed "and" allowed
BETWEEN = re.compile(r"\s*[,،\-–]\s*و?(?P<name>[^\W\d_]+(?:\s+[^\W\d_]+){0,2})\s*(?:[,،\-–]\s*)?")


def skeleton(name: str) -> str:
    return "".join(re.sub(r"^ال", "", word).translate(SOUNDS) for word in ARABIC_WORD.findall(name))


@lru_cache(maxsize=None)
def _states_by_skeleton(lang: str, table: Callable[[str], dict[str, str]]) -> dict[str, str]:
    """{skeleton: iso3} of the table's names in Arabic letters whose skeleton is one state's only."""
    found: dict[str, set[str]] = {}
    for name, iso3 in table(lang).items():
        if ARABIC_WORD.search(name) and len(key := skeleton(name)) >= MIN_LETTERS:
            found.setdefault(key, set()).add(iso3)
    return {key: next(iter(iso3s)) for key, iso3s in found.items() if len(iso3s) == 1}


def between(sentence: str, found: list, lang: str, table: Callable[[str], dict[str, str]]) -> list[tuple[int, int, str]]:
    """(start, end, iso3) of each list item between two of `found` (start, end, iso3) that names a state by its
    skeleton, in Arabic or Persian."""
    if lang not in ("ar", "fa"):
        return []
    states = _states_by_skeleton(lang, table)
    return [(item.start("name"), item.end("name"), iso3) for a, b in zip(found, found[1:])
            if (item := BETWEEN.fullmatch(sentence, a[1], b[0])) and (iso3 := states.get(skeleton(item["name"])))]

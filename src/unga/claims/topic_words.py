"""The subject of a vote as other languages write it, in the English words of the record's titles (data/topic_words.csv:
"Украина" → ukraine, "死刑" → death penalty, "peine de mort" → death penalty), so that a text in another language
scores the roll calls' titles as an English one does (identify.Index.topic). Only words a title holds are listed: the
states and places votes are named after, and the few subjects (the death penalty, Nazism, nuclear weapons, refugees,
the embargo against Cuba) whose words share no stem across languages."""

from __future__ import annotations

import csv
import re
from functools import lru_cache
from importlib import resources


@lru_cache(maxsize=1)
def _table() -> tuple[re.Pattern, dict[str, str]]:
    english: dict[str, str] = {}
    with resources.files("unga.data").joinpath("topic_words.csv").open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            for form in row["pattern"].split("|"):
                english[form.lower()] = row["english"]
    # a form in the Latin, Greek or Cyrillic alphabets is a word, or a word's start when it ends in "*" ("украин*":
    # "Украина", "Украины"); CJK and Arabic forms may sit inside a word (no spaces; a prefixed article or "and")
    return re.compile("|".join(_pattern(f) for f in sorted(english, key=len, reverse=True)), re.I), \
        {f.rstrip("*"): words for f, words in english.items()}


def _pattern(form: str) -> str:
    if not re.match(r"[a-zà-ÿα-ωа-яёі]", form):
        return re.escape(form)
    return rf"(?<!\w){re.escape(form[:-1])}" if form.endswith("*") else rf"(?<!\w){re.escape(form)}(?!\w)"


def title_words(text: str) -> str:
    """The English title words of the subjects the text names in other languages, one after another."""
    pattern, english = _table()
    return " ".join(english[m[0].lower()] for m in pattern.finditer(text))

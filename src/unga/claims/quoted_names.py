"""A list of states in another language quoted inside an English text: a blog or a forum pastes the list a Spanish,
French, Portuguese, German or Italian source printed ("Abstentions: Argelia, Angola, Kazajistán … Vietnam y Zimbabue").
The English names read such a list only in part, so its other items are looked up in the name table of the one
language that reads the most of them (`languages.names`), and only when the run is plainly a list: four items or more
between commas, each a name, the last maybe after that language's "and", and nearly every item (all but one in five)
a state's name in English or in that language. An English name that is only part of an item ("Sudán" in "Sudán del
Sur") gives way to the item's own.
"""

from __future__ import annotations

import re
from functools import lru_cache

from unga import countries

LANGUAGES = ("es", "fr", "pt", "de", "it")
# the word before a list's last item in each language (English "and" goes with any of them)
AND = {"es": ("y", "e"), "fr": ("et",), "pt": ("e",), "de": ("und",), "it": ("e", "ed")}
# "Rep. Centroafricana", "Rép. dém. du Congo": the short form of "Republic" a list prints, in each language
REPUBLIC = {"es": "República", "fr": "République", "pt": "República", "de": "Republik", "it": "Repubblica"}

_WORD = r"(?:[A-ZÀ-Ý][\w'’.-]*|(?:del|des|dem|de|do|da|du|la|el|di)(?!\w)\.?|d['’]\w+)"
ITEM = r"[A-ZÀ-Ý][\w'’.-]*(?:[ \t]+" + _WORD + r"){0,3}"
RUN = re.compile(ITEM + r"(?:[ \t]*,[ \t]*" + ITEM + r"){3,}(?:[ \t]*,?[ \t]+(?:and|y|e|et|und|ed)[ \t]+" + ITEM + r")?")
SPLIT = re.compile(r"[ \t]*,[ \t]*|[ \t]*,?[ \t]+(?:and|y|e|et|und|ed)[ \t]+(?=[A-ZÀ-Ý])")


@lru_cache(maxsize=None)
def _table(lang: str) -> dict[str, str]:
    from unga.claims import languages  # the foreign readers import the English ones: imported when first needed

    return {countries.normalise(name): iso3 for name, iso3 in languages.names(lang).items()}


def _state(item: str, lang: str) -> str | None:
    table = _table(lang)
    key = countries.normalise(re.sub(r"^Rep\.?\s+", REPUBLIC[lang] + " ", item))
    return table.get(key) or (table.get(key[:-1]) if key.endswith(" ") else None)


def foreign_items(sentence: str, found: list) -> list[tuple[str, int, int]]:
    """(iso3, start, end) of the items of a list in another language that the English names (found) do not read."""
    if sentence.count(",") < 3:
        return []
    out = []
    for run in RUN.finditer(sentence):
        items, at = [], run.start()
        for gap in list(SPLIT.finditer(sentence, run.start(), run.end())) + [None]:
            end = gap.start() if gap else run.end()
            items.append((sentence[at:end].rstrip("."), at, end))
            at = gap.end() if gap else end
        joiners = {g.group().strip(" \t,") for g in SPLIT.finditer(sentence, run.start(), run.end())} - {""}
        out += _read(items, joiners, found)
    return out


def _read(items: list, joiners: set, found: list) -> list[tuple[str, int, int]]:
    def english(start: int, end: int) -> bool:  # the item is one English name, whole
        return any(m.start == start and m.end >= end - 1 for m in found)

    best: list = []
    for lang in LANGUAGES:
        if joiners - {"and", *AND[lang]}:
            continue
        read = [(iso3, s, s + len(text)) for text, s, _ in items if not english(s, s + len(text))
                and (iso3 := _state(text, lang))]
        if len(read) > len(best):
            best = read
    unread = sum(1 for text, s, _ in items if not english(s, s + len(text))) - len(best)
    if len(best) < 2 or unread > len(items) // 5:
        return []
    return best



def outside_names(sentence: str) -> str:
    """The sentence with its lists of names blanked out: the "del" of "Sudán del Sur", the "y" of "Vietnam y Zimbabue"
    belong to a list's names and say nothing of the language the sentence around it is written in."""
    return RUN.sub(" ", sentence) if sentence.count(",") >= 3 else sentence

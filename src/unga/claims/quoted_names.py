"""A list of states in another language quoted inside an English text: a blog or a forum pastes the list a Spanish,
French, Portuguese, German or Italian source printed ("Abstentions: Argelia, Angola, Kazajistán … Vietnam y Zimbabue").
The English names read such a list only in part, so its other items are looked up in the name table of the one
language that reads the most of them (ISO 3166's names, CLDR's and the press's: `foreign_names`), and only when the run is plainly a list: four items or more,
two commas at least, each item a few capitalised words, the last maybe after that language's "and" (a name holding
that "and" is one item: "Trinidad y Tobago"), and nearly every item (all but one in five) a state's name in English or
in that language. An English name that is only part of an item ("Sudán" in "Sudán del Sur") gives way to the item's.
"""

from __future__ import annotations

import re
from functools import lru_cache

from unga import countries
from unga.claims.foreign_names import cldr_names, iso_names, press_rows

LANGUAGES = ("es", "fr", "pt", "de", "it")
# the word before a list's last item in each language (English "and" goes with any of them)
AND = {"es": ("y", "e"), "fr": ("et",), "pt": ("e",), "de": ("und",), "it": ("e", "ed")}
# "Rep. Centroafricana", "Rép. dém. du Congo": the short form of "Republic" a list prints, in each language
REPUBLIC = {"es": "República", "fr": "République", "pt": "República", "de": "Republik", "it": "Repubblica"}

_WORD = r"(?:[A-ZÀ-Ý][\w'’.-]*|(?:del|des|dem|de|do|da|du|la|el|di)(?!\w)\.?|d['’]\w+)"
ITEM = r"[A-ZÀ-Ý][\w'’.-]*(?:[ \t]+" + _WORD + r"){0,3}"
_SEPARATOR = r"[ \t]*,[ \t]*|[ \t]*,?[ \t]+(?:and|y|e|et|und|ed)[ \t]+(?=[A-ZÀ-Ý])"
RUN = re.compile(ITEM + r"(?:(?:" + _SEPARATOR + r")" + ITEM + r"){3,}")
SPLIT = re.compile(_SEPARATOR)


@lru_cache(maxsize=None)
def table(lang: str) -> dict[str, str]:
    """The language's names of states by their matching key: ISO 3166's, CLDR's short ones, the press's forms."""
    rows = [*iso_names(lang), *cldr_names(lang), *press_rows(lang)]
    return {countries.normalise(name): iso3 for name, iso3 in rows}


def _state(item: str, lang: str) -> str | None:
    return table(lang).get(countries.normalise(re.sub(r"^Rep\.?\s+", REPUBLIC[lang] + " ", item)))


def foreign_items(sentence: str, found: list) -> list[tuple[str, int, int]]:
    """(iso3, start, end) of the items of a list in another language that the English names (found) do not read."""
    if sentence.count(",") < 3:
        return []
    out = []
    for run in RUN.finditer(sentence):
        gaps = list(SPLIT.finditer(sentence, run.start(), run.end()))
        if sum("," in g.group() for g in gaps) < 2:
            continue
        starts, ends = [run.start()] + [g.end() for g in gaps], [g.start() for g in gaps] + [run.end()]
        items = [(sentence[a:b].rstrip("."), a) for a, b in zip(starts, ends)]
        joiners = [g.group().strip(" \t,") for g in gaps]
        out += _read(sentence, items, joiners, found)
    return out


def _read(sentence: str, items: list, joiners: list, found: list) -> list[tuple[str, int, int]]:
    def english(text: str, start: int) -> bool:
        """The item is an English name whole, or part of one that runs past it ("Congo" of "Dem. Rep. of Congo")."""
        end = start + len(text)
        return any(m.start < end and m.end > start and (m.start < start or m.end > end or m.end >= end - 1)
                   for m in found)

    best, best_items = [], items
    for lang in LANGUAGES:
        if set(joiners) - {"", "and", *AND[lang]}:
            continue
        merged = _joined(sentence, items, joiners, lang)
        read = [(iso3, s, s + len(text)) for text, s in merged if not english(text, s) and (iso3 := _state(text, lang))]
        if len(read) > len(best):
            best, best_items = read, merged
    unread = sum(1 for text, s in best_items if not english(text, s)) - len(best)
    if not best or unread > len(best_items) // 5:
        return []
    return best


def _joined(sentence: str, items: list, joiners: list, lang: str) -> list[tuple[str, int]]:
    """The items with a name that holds the language's "and" made one again ("Trinidad y Tobago", "Antigua e Barbuda")."""
    out = [items[0]]
    for (text, start), joiner in zip(items[1:], joiners):
        whole = sentence[out[-1][1]:start + len(text)]
        if joiner and (countries.lookup(whole) or _state(whole, lang)):
            out[-1] = (whole, out[-1][1])
        else:
            out.append((text, start))
    return out


def outside_names(sentence: str) -> str:
    """The sentence with its lists of names blanked out: the "del" of "Sudán del Sur", the "y" of "Vietnam y Zimbabue"
    belong to a list's names and say nothing of the language the sentence around it is written in."""
    return RUN.sub(" ", sentence) if sentence.count(",") >= 3 else sentence

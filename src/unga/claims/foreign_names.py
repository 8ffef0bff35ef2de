"""State names as the press writes them in other languages (data/foreign_names.csv: "EE.UU.", "Rusia", "URSS", "美國",
"США", with the dates they name a state), read by `languages`, `cjk`, `russian` and `wordlangs`; the ISO 3166 names
those readers start from; the one matching of a name table in a sentence for the languages written with spaces
(`mentions`); and the words that join names into a list in the languages `languages` reads, used by it and by
`langroles`."""

from __future__ import annotations

import csv
import gettext
import re
from collections.abc import Callable
from functools import lru_cache
from importlib import resources

from unga import countries
from unga.claims import arabic_skeletons, misspelt

# the words allowed between two names of one list, and between the list and its vote phrase
# "and", and the "or" that ends a list of examples ("entre ellos China, Bolivia o Malí", "comme A, B ou C"); "as well
# as" ("así como", "ainsi que", "tout comme") and the "or else" of examples ("A, B ou encore C")
JOINER = {"es": r"y|e|así\s+como|o|u", "fr": r"et|ou(?:\s+encore)?|ainsi\s+que|tout\s+comme|de\s+même\s+que", "pt": r"e(?:\s+(?:ainda|também))?|ou", "de": r"und|sowie|oder", "it": r"e|ed|o|od",
          "nl": r"en|evenals|of"}
ARTICLE = r"(?:(?:de|pel[oa]s?)\s+)?(?:(?:el|la|los|las|le|les|l['’]|o|os|a|as|die|der|den|il|lo|gli|do|da|dos|das|de|del|du|des|het)\s*)?"


@lru_cache(maxsize=1)
def press_names() -> tuple[dict, ...]:
    """Every row of data/foreign_names.csv (language, name, iso3, and the dates it names the state), read once."""
    with resources.files("unga.data").joinpath("foreign_names.csv").open(encoding="utf-8") as handle:
        return tuple(csv.DictReader(handle))


def press_rows(lang: str) -> list[tuple[str, str]]:
    """(name, iso3) of data/foreign_names.csv's rows for the language that name a state of the record, in file order."""
    known = _known()
    return [(row["name"], row["iso3"]) for row in press_names() if row["language"] == lang and row["iso3"] in known]


@lru_cache(maxsize=1)
def _known() -> frozenset[str]:
    return frozenset(s.iso3 for s in countries.states())


@lru_cache(maxsize=1)
def member_entries() -> tuple:
    """pycountry's entries of the states the record holds, in pycountry's order."""
    import pycountry  # imported when first needed: the English checker never pays for it

    return tuple(entry for entry in pycountry.countries if entry.alpha_3 in _known())


@lru_cache(maxsize=None)
def iso_names(lang: str) -> tuple[tuple[str, str], ...]:
    """(name, iso3) of each member state's ISO 3166 names (short, official, common) as pycountry's gettext catalogue
    of the language translates them (Debian iso-codes, shipped with pycountry), in pycountry's order."""
    import pycountry

    catalogue = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[lang], fallback=True)
    return tuple((catalogue.gettext(english), entry.alpha_3) for entry in member_entries()
                 for english in {getattr(entry, a, None) for a in ("name", "official_name", "common_name")} - {None})


@lru_cache(maxsize=None)
def cldr_names(lang: str) -> tuple[tuple[str, str], ...]:
    """(name, iso3) of each member state's name in the language as the Unicode CLDR gives it (Babel's locale data,
    installed with it: the short forms the press writes, "روسيا", "Rusko", "روسیه", where ISO 3166 has the official
    ones); empty for a language CLDR lacks."""
    import babel

    try:
        territories = babel.Locale.parse(lang).territories
    except (babel.UnknownLocaleError, ValueError):
        return ()
    return tuple((territories[entry.alpha_2], entry.alpha_3) for entry in member_entries()
                 if entry.alpha_2 in territories)


@lru_cache(maxsize=1)
def english_short_names() -> tuple[tuple[str, str], ...]:
    """(name, iso3) of each member state's English short name, as the foreign press often keeps it ("Palau")."""
    return tuple((getattr(entry, "common_name", None) or entry.name, entry.alpha_3) for entry in member_entries())


# what may stand right before and right after a state's name: a word's edges, and in Arabic the "and" (و) written on
# the name ("وسوريا") or on a name glued to the one before it ("الصينوروسيا")
WORD_EDGES = (r"(?<![\w.])", r"(?![\w])")
# Arabic letters run from U+0621; the Arabic comma, semicolon and question mark (U+060C, U+061B, U+061F) end a word
EDGES = {"ar": (r"(?:(?<![\u0621-\u06ff])|(?<=[\u0621-\u06ff]و))و?", r"(?=[^\u0621-\u06ff]|$|و)"),
         # Bengali writes its case endings on the name ("রাশিয়ার", Russia's): a name ends where its letters end, or
         # before "সহ" (including: "থাইল্যান্ডসহ")
         "bn": (r"(?<![\u0980-\u09ff])", r"(?=সহ(?![\u0980-\u09ff])|[^\u0980-\u09ff]|$)"),
         # Hebrew writes "and" on the name it joins ("ופקיסטן": and Pakistan); other prefixes (ב, ל, מ) make it no voter
         "he": (r"(?<![\u05d0-\u05ea])ו?", r"(?![\u05d0-\u05ea])"),
         # Devanagari: a name's letters and vowel signs are word characters only in part (\w misses the signs)
         "hi": (r"(?<![\u0900-\u097f])", r"(?![\u0900-\u097f])")}


@lru_cache(maxsize=None)
def name_pattern(table: Callable[[str], dict[str, str]], lang: str) -> re.Pattern:
    """Every name of `table(lang)`, longest first, between the language's edges."""
    before, after = EDGES.get(lang, WORD_EDGES)
    alternatives = "|".join(re.escape(n) for n in sorted(table(lang), key=len, reverse=True))
    return re.compile(before + r"(?P<name>" + alternatives + r")" + after)


def mentions(sentence: str, lang: str, table: Callable[[str], dict[str, str]]) -> list[tuple[int, int, str]]:
    """(start, end, iso3) of each name of `table(lang)` in the sentence, longest first, in order; and a name between
    two of them in a list that is a letter or two off a state's English name ("Nga, Bellarus, Nicaragua")."""
    names = table(lang)
    found = [(m.start("name"), m.end("name"), names[m["name"]]) for m in name_pattern(table, lang).finditer(sentence)]
    between = [(item.start("name"), item.end("name"), iso3) for a, b in zip(found, found[1:])
               if (item := BETWEEN_NAMES.fullmatch(sentence, a[1], b[0])) and (iso3 := misspelt.state_of(item["name"]))]
    return sorted(found + between + arabic_skeletons.between(sentence, found, lang, table))


# one item of a list between two commas, a capital first, up to three words, no digit
BETWEEN_NAMES = re.compile(r"\s*,\s*(?P<name>(?-i:[A-ZÀ-ÝĐ])[^\W\d_]+(?:\s+[^\W\d_]+){0,2})\s*,\s*")

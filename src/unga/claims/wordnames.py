"""The states a sentence names in the languages read from a table of words (`wordlangs`), and the lists they form.

Names are pycountry's ISO 3166 translations, CLDR's short names and the press's forms (data/foreign_names.csv); a list
is names joined one by one by a comma or the language's "and" (an article before each, a note in brackets after one,
an item the tables do not know passed over), read before a vote phrase or after a phrase that opens a list.
"""

from __future__ import annotations

import re
from functools import lru_cache

from unga.claims import foreign_names
from unga.claims.foreign_names import cldr_names, english_short_names, iso_names, press_rows
from unga.claims.wordtable import CAPITAL, LATIN_LANGUAGES, NUMBER, compiled, function_words, normalised, table



CATALOGUE, LOCALE = {"sr": "sr@latin"}, {"sr": "sr_Latn", "tl": "fil"}  # Serbian's names in Latin letters; CLDR's Filipino
# Croatian, Bosnian and Serbian are read with one table of words: a Bosnian text writes "Kipar", "Obala Slonovače"
# where Croatian writes "Cipar", "Obala Bjelokosti" (CLDR's bs and sr_Latn names, after the Croatian ones)
SISTERS = {"hr": ("bs", "sr_Latn")}


@lru_cache(maxsize=None)
def names(lang: str) -> dict[str, str]:
    """Every name of a state in the language: the ISO translations (and their heads: "Moldova, Republik" is also
    "Moldova" when no other state's name has that head, and not when another state's name has it as its own:
    "Kongo"), CLDR's short names (for Croatian also the Bosnian and Serbian ones), the English short names, then the
    press's forms."""
    out: dict[str, str] = {}
    heads: dict[str, set[str]] = {}
    for translated, iso3 in iso_names(CATALOGUE.get(lang, lang)):
        name = normalised(translated, lang)
        if ", " in name:
            head, tail = name.split(", ", 1)
            heads.setdefault(head, set()).add(iso3)
            out.setdefault(f"{tail} {head}", iso3)
        out.setdefault(name, iso3)
    # "Kongo" (COG) is the head of "Kongo, Demokratska Republika" (COD): the press writes it for either state, so it
    # names neither, whatever another table says
    shared = {head for head, iso3s in heads.items() if out.get(head) not in (None, *iso3s)}
    out = {name: iso3 for name, iso3 in out.items() if name not in shared}
    out.update({head: next(iter(iso3s)) for head, iso3s in heads.items() if len(iso3s) == 1 and head not in out
                and head not in shared})
    for locale in (LOCALE.get(lang, lang), *SISTERS.get(lang, ())):
        for name, iso3 in cldr_names(locale):
            if normalised(name, lang) not in shared:
                out.setdefault(normalised(name, lang), iso3)
    for name, iso3 in english_short_names():
        out.setdefault(name, iso3)
    out.update({normalised(name, lang): iso3 for name, iso3 in press_rows(lang)})
    if lang == "ar":  # the Egyptian press writes a foreign name's g with jeem, where the catalogue has ghain: "باراجواي"
        for name, iso3 in list(out.items()):  # (Morocco's own Arabic name keeps its ghain: "المجرب" is a word)
            if iso3 != "MAR":
                out.setdefault(name.replace("غ", "ج"), iso3)
    return out


def mentions(sentence: str, lang: str) -> list[tuple[int, int, str]]:
    """(start, end, iso3) of each state name, longest first, in order (in Arabic with its prefixed "and")."""
    return foreign_names.mentions(sentence, lang, names)


@lru_cache(maxsize=None)
def genitives(lang: str) -> dict[str, str]:
    """{genitive: iso3} for a language whose table writes a role naming a state in the genitive: Finnish adds -n to
    a name ending in a vowel ("Venäjä", "Venäjän"), -in to one ending in a consonant ("Iran", "Iranin"), and a name
    ending in -i may turn it to -en ("Suomi", "Suomen"). Other languages name it as the name tables do (Danish
    "stemte sammen med Rusland")."""
    if lang != "fi":
        return {name.lower(): iso3 for name, iso3 in names(lang).items()}
    out: dict[str, str] = {}
    for name, iso3 in names(lang).items():
        forms = [name + "n"] if name[-1] in "aeiouyäö" else [name + "in"]
        forms += [name[:-1] + "en"] if name.endswith("i") else []
        for form in forms:
            out.setdefault(form.lower(), iso3)
    return out


# a bracketed note after a list's item, no digit in it: "Mali (o țară din vestul Africii), Iran și Cuba"
ASIDE = r"(?:\s*\([^()\d]{1,60}\))?"


def joint(lang: str) -> re.Pattern:
    dash = r"|\s[-–]|[-–]\s" if lang in ("ar", "fa") else ""  # "أنتيجوا - الارجنتين - استراليا": a list set off by dashes
    return compiled(ASIDE + _unknown(lang) + r"\s*(?:,|،|\s(?:" + table()[lang]["and"] + r")(?=\s)|,\s*(?:" + table()[lang]["and"]
                     + r")(?=\s)" + dash + r")?\s*" + _article(lang) + r"(?:و|ו)?$")  # the Arabic and Hebrew "and" is
    # written on the name: "الصينوروسيا", "ופקיסטן"


def _article(lang: str) -> str:
    """The article a language may set before each name of a list ("η Λευκορωσία, η Συρία και το Πακιστάν")."""
    return r"(?:(?<!\w)(?:" + table()[lang]["article"] + r")\s+)?" if "article" in table()[lang] else ""


def _unknown(lang: str) -> str:
    """In Arabic script, where a foreign name is transliterated many ways ("بورندي", "قزقیزستان"), a list item the
    tables do not know — one or two words between two commas, no digit, no function word — is passed over, not
    read, and does not end the list. In Latin letters the item must start with a capital, and two may follow each
    other ("Kongo", which names two states, then "Obala Slonovače"; "Vitenam")."""
    if lang in LATIN_LANGUAGES:
        return r"(?:\s*,\s*" + _item(lang) + r"(?=\s*,)){0,2}"
    if lang not in ("ar", "fa"):
        return ""
    return r"(?:\s*[,،\-–]\s*" + _item(lang) + r"(?=\s*[,،\-–]))?"


def _item(lang: str) -> str:
    """One or two words, no digit, no function word (in Latin letters the first a capital): a list item unread."""
    word = r"(?!(?:" + "|".join(map(re.escape, sorted(function_words(lang)))) + r")(?!\w))[^\W\d_]+"
    return (r"(?-i:" + CAPITAL + r")" if lang in LATIN_LANGUAGES else "") + word + r"(?:\s+" + word + r")?"


def chained(sentence: str, names: list, joint: re.Pattern) -> list:
    """The first of `names` (spans, in reading order or reversed) and those joined to it one by one by `joint`
    (a comma, the language's "and") — one list as the sentence writes it."""
    run = [names[0]]
    for f in names[1:]:
        start, end = sorted((f, run[-1]))
        if not joint.match(sentence[start[1]:end[0]]):
            break
        run.append(f)
    return run


def run_before(sentence: str, found: list, at: int, lang: str) -> list:
    """The names listed right before a vote phrase, a comma at most between ("AS dan Israel, menolak"), the language's
    small words that may stand there ("A i B, które wstrzymały się", "B je također glasala za") and a relative clause."""
    words = table()[lang]
    between, clause = words.get("gap", "(?!)"), words.get("clause", "(?!)")
    before = [f for f in found if f[1] <= at]
    # a relative clause set off by commas may stand there too: "Chorwacja, która do UE wejdzie w tym roku, także …";
    # and "and N other states" after the names ("Nga, Belarus và 3 nước khác bỏ phiếu chống")
    others = (r"(?:\s*,?\s*(?:" + words["and"] + r")\s+" + NUMBER + r"(?:\s+(?:" + words.get("states", "(?!)") + r"))?\s+(?:"
              + words["others"] + r")(?!\w))?") if "others" in words else ""
    if not before or not compiled(r"(?:\s*,\s*(?:" + clause + r")\s+[^,;:.()\d]{1,60},)?" + others + r"\s*,?\s*(?:se\s+)?(?:(?:"
                                   + between + r")\s+){0,2}").fullmatch(sentence, before[-1][1], at):
        return []
    return chained(sentence, before[::-1], joint(lang))[::-1]


def run_after(sentence: str, found: list, at: int, lang: str) -> list:
    """The names listed right after a phrase that opens a list: "ήταν: A, B και C"."""
    after = [f for f in found if f[0] >= at]
    first = _item(lang) + (r"\s*,\s*" if lang in LATIN_LANGUAGES else r"\s*[,،\-–]\s*" if lang in ("ar", "fa") else "(?!)")
    if not after or not compiled(r"\s*[:–-]?\s*[\"“«]?\s*(?:" + first + r")?" + _article(lang)).fullmatch(sentence, at, after[0][0]):
        return []  # the first item may be one the tables do not know: "Protiv su bile: Antigva, Bjelorusija"
    return chained(sentence, after, joint(lang))

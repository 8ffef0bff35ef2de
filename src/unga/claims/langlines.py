"""A list laid out one state a line under a heading written in another language.

"Os países que votaram contra foram:" or "Gegen die Resolution stimmten:" followed by one name a line (the first may
share the heading's line, where `languages` reads it): each following line that is nothing but one state's name, in
the heading's language (a bullet or an article allowed), takes the heading's vote; the list ends at the first line
that is anything else. A heading that is negated, or whose phrase does not open a list (no colon or copula before
the line break), gives nothing.

A heading may give its count ("Für den Antrag stimmten 70 Staaten:") and its states may come as paragraphs of names
under group labels ("Aus dem Ostblock: Bulgarien, Ungarn (N), Polen"): a paragraph is such a list when, its label
and the notes in brackets set aside, it is nothing but short capitalised items between commas, at least half of
them states' names; its states take the heading's vote. A label with a dash for its list ("Aus dem Ostblock: –")
names none and the list goes on.
"""

from __future__ import annotations

import re

from unga.claims import languages
from unga.claims.foreign_names import JOINER

NOTE = "a line of a list under a heading in another language"
BULLET = r"^\s*(?:[•·*–—-]|\d{1,3}[.)])?\s*"


def heading(sentence: str) -> tuple[str, str] | None:
    """(language, vote) when the sentence ends in a list heading of one of languages.LANGUAGES, the list below it."""
    lang = languages.language_of(sentence)
    if lang is None:
        return None
    for start, end, vote in languages.vote_phrases(sentence, lang):
        tail = sentence[end:]
        if re.search(languages.NEGATION[lang], sentence[max(0, start - 12):start], re.I):
            continue
        # "… foram:" then the break, or "… foram:\nArgentina" with the first name on the heading's line
        if re.match(r"\s*:?\s*(?:\n[^\n]*)?\s*$", tail) and (":" in sentence[end - 1:end + 2] or "\n" in tail):
            return lang, vote
        if re.match(COUNTED + r"\s*:\s*(?:\n\s*\n[^\n]*)?\s*$", tail, re.I):  # "stimmten 70 Staaten:"
            return lang, vote
    return None


COUNTED = r"\s*\d{1,3}\s+" + languages.STATES_WORD
LABEL = r"^\s*[^\W\d][^:,;\n]{0,40}:\s*"  # "Aus dem westlichen Lager: ", "Sonstige: "
NOTES = r"\s*\([^()]{0,20}\)"  # "Belgien (N)"


def grouped(paragraph: str, lang: str) -> list[tuple[str, str]] | None:
    """(iso3, name) of a paragraph that is a list of states under a group label, [] for a label over a dash, else
    None."""
    label = re.match(LABEL, paragraph)
    if label is None:
        return None
    items = re.sub(NOTES, "", paragraph[label.end():]).strip().rstrip(".")
    if re.fullmatch(r"[–—-]?", items):
        return []
    parts = [p.strip() for p in re.split(r"[,;]|\s(?:" + JOINER[lang] + r")\s", items)]
    if not all(re.fullmatch(r"[^\W\d][\w./’'-]*(?:\s[\w./’'-]+){0,3}", p) for p in parts):
        return None
    named = [(p, found[0]) for p in parts if len(found := languages.mentions(p, lang)) == 1
             and re.fullmatch(languages.ARTICLE, p[:found[0][0]], re.I) and not p[found[0][1]:].strip()]
    if 2 * len(named) < len(parts):
        return None
    return [(iso3, p[a:b]) for p, (a, b, iso3) in named]


def under(text: str, spans: list[tuple[int, int, str]], index: int, lang: str, vote: str) \
        -> list[tuple[str, str, str, int]]:
    """(iso3, vote, name as written, span index) for the lines after spans[index] that are one state's name each."""
    out = []
    first = re.split(r"\n\s*\n", spans[index][2], maxsplit=1)  # a group of the list after the heading, same span
    if len(first) == 2 and (group := grouped(first[1], lang)):
        out += [(iso3, vote, name, index) for iso3, name in group]
    for number in range(index + 1, len(spans)):
        if "\n" not in text[spans[number - 1][1]:spans[number][0]]:
            break
        if (group := grouped(spans[number][2], lang)) is not None:
            out += [(iso3, vote, name, number) for iso3, name in group]
            continue
        line = re.sub(BULLET, "", spans[number][2]).strip().rstrip(".;,")
        found = languages.mentions(line, lang)
        if len(found) != 1 or not re.fullmatch(languages.ARTICLE, line[:found[0][0]], re.I) \
                or line[found[0][1]:].strip():
            break
        out.append((found[0][2], vote, line[found[0][0]:found[0][1]], number))
    return out

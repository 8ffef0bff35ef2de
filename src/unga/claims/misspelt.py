"""Names a list gives for states that the record spells otherwise: between two states of a list ("A, Marshal Islands,
B") or last in it ("A, B and Hondurras."), a name a letter or two off a state's name, or "A/B" for "A and B", is read
as that state; so is a state's short name with a misspelt second part ("A, Antigua and Barduda, B"), a name at
either edge of a bracketed list of states ("(Barabados, A, B)"), and a state's name with a word after it that makes
another's ("A, Dominica Republic, B"). Short names are never guessed, and a name outside a list is left alone.
"""

from __future__ import annotations

import difflib
import re
from functools import lru_cache

from unga import countries
from unga.claims.phrases import CUE


# "A, Marshal Islands, B", "A, Bosnia/Herzegovina and B": a name standing between two states of a list is a state
BETWEEN_STATES = re.compile(r"\s*,\s*(?:the\s+)?(?P<name>(?:[A-Z][\w'’/-]*\s+){0,3}[A-Z][\w'’/-]*)\s*(?:,\s*(?:and\s+)?|\s+and\s+)"
                            r"(?:the\s+)?$")
# "(Barabados, A, B" / "A, B, Veneuzela)": a name that opens or closes a bracketed list of states (a cable's list)
_NAME = r"(?P<name>(?:[A-Z][\w'’/-]*\s+){0,3}[A-Z][\w'’/-]*)"
OPENS_BRACKET = re.compile(r"\(\s*" + _NAME + r"\s*,\s*$")
CLOSES_BRACKET = re.compile(r"\s*,\s*(?:and\s+)?" + _NAME + r"\s*\)")
# "Dominica Republic," inside a list: the word after a state's name that makes it another state's, misspelt
GROWN = re.compile(r"\s+(?P<word>[A-Z][\w'’-]*)\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?")
# "A, B and Hondurras.", "A, B and Hondurras abstained": the last item of a list of two or more, where its name ends
LAST_ITEM = re.compile(r"\s*,?\s+and\s+(?:the\s+)?(?P<name>(?:[A-Z][\w'’-]*\s+){0,3}[A-Z][\w'’-]*)(?=\s*(?:[.;:),]|$)|\s+[a-z])")
# "A, Antigua and Barduda, B": the second part of a state's name, misspelt, after its first part (a state's short name)
SECOND_PART = re.compile(r"\s+and\s+(?:the\s+)?(?P<name>[A-Z][\w'’-]*)\s*,\s*(?:and\s+)?(?:the\s+)?$")


@lru_cache(maxsize=1)
def _state_names() -> tuple[str, ...]:
    return tuple(sorted({countries.normalise(n) for s in countries.states() for n in (s.un_name, s.short_name)
                         if n and len(n) >= 6}))


@lru_cache(maxsize=5000)
def _misspelt(name: str) -> str | None:
    """The state a list item names though the record spells it otherwise: 'Bosnia/Herzegovina', a letter or two
    off a state's name ('Kyrgystan', 'Central Africa Republic'); short names are never guessed."""
    found = countries.lookup(name.replace("/", " and "))
    key = countries.normalise(name)
    if found or len(key) < 6:
        return found
    close = difflib.get_close_matches(key, _state_names(), n=1, cutoff=0.85)
    return countries.lookup(close[0]) if close else None


def state_of(name: str) -> str | None:
    """The state a list item written in any language names, read as `_misspelt` reads an English one."""
    return _misspelt(name)


def between_states(sentence: str, found: list) -> list[tuple[str, int, int]]:
    """(iso3, start, end) of the names between two states of a list (found: mentions with .start and .end) that are
    one of them misspelt."""
    added = []
    if len(found) >= 2 and re.fullmatch(r"\s*,\s*", sentence[found[-2].end:found[-1].start]):
        last = LAST_ITEM.match(sentence, found[-1].end)
        if last and not CUE.search(last["name"]) and (iso3 := _misspelt(last["name"])):
            added.append((iso3, last.start("name"), last.end("name")))
    for a, b in zip(found, found[1:]):
        item = BETWEEN_STATES.fullmatch(sentence, a.end, b.start)
        if item and not CUE.search(item.group(0)) and (iso3 := _misspelt(item["name"])):
            added.append((iso3, item.start("name"), item.end("name")))
        second = SECOND_PART.fullmatch(sentence, a.end, b.start)
        if second and " and " in countries.normalise(sentence[a.start:second.end("name")]) \
                and _misspelt(sentence[a.start:second.end("name")]) == a.iso3:
            added.append((a.iso3, a.start, second.end("name")))  # stands for the first part's mention
    for a, b in zip(found, found[1:]):  # "A, Dominica Republic, B": a state's name and a word that with it is another's
        grown = GROWN.fullmatch(sentence, a.end, b.start)
        if grown and (iso3 := _misspelt(sentence[a.start:grown.end("word")])) and iso3 != a.iso3:
            added.append((iso3, a.start, grown.end("word")))
    for a, b in zip(found, found[1:]):  # the edges of a bracketed list of two states or more
        if not re.fullmatch(r"\s*(?:,|,?\s*and)\s*", sentence[a.end:b.start]):
            continue
        for item in (OPENS_BRACKET.search(sentence, max(0, a.start - 50), a.start), CLOSES_BRACKET.match(sentence, b.end)):
            if item and not CUE.search(item["name"]) and (iso3 := _misspelt(item["name"])) \
                    and (iso3, item.start("name"), item.end("name")) not in added:
                added.append((iso3, item.start("name"), item.end("name")))
    return added

"""A state named by likeness: a capitalised name in a sentence that speaks of a vote, which no table knows but which
is one or two letters off exactly one state's name once both are spelt by sound ("Mozambik", "Phillipines",
"Byelo-Russia", "Kazakstan"): the press writes foreign names by ear and transliterates them from other languages.

Guards (thirty-fourth round): a name of five letters or more, starting with the letter of the state's name; a name the
record knows as a state, people or capital is never guessed (the name reader had a reason to leave it); nor a word
that is a state's name with an ending (a people or an adjective: "Syrian", "Iraqis"), nor a name close to two
states'. A position read from such a name is never called false (`doubt.never_false_noted` with NOTE): a wrong state would make a wrong
verdict, so the record may support it but not contradict it.
"""

from __future__ import annotations

import re
from functools import lru_cache

from unga import countries
from unga.claims import quoted_names
from unga.claims.phrases import CUE, METONYMS, SMALL

NOTE = "the state's name is read by likeness (a spelling no table holds): never called false on it"
MIN_LETTERS = 5
# one sound, the spellings the press uses for it; a doubled letter is one
SOUNDS = ((re.compile(r"que\b|qu|ck|c(?=[aou])|c\b|q"), "k"), (re.compile(r"ph"), "f"), (re.compile(r"(?<=[a-z])h"), ""),
          (re.compile(r"y"), "i"), (re.compile(r"ie\b|ee"), "i"), (re.compile(r"[\s-]"), ""), (re.compile(r"(.)\1"), r"\1"))
# a run of capitalised words, joined by a hyphen or a small word of a name ("Korea del Norte" is not English, but
# "Republic of …", "Trinidad and …" are)
RUN = re.compile(r"(?<![\w'’.-])(?-i:[A-Z])[a-zà-ÿ]+(?:(?:-|\s+(?:of\s+|and\s+|the\s+)*)(?-i:[A-Z])[a-zà-ÿ]+){0,3}(?![\w'’-])")

AND = re.compile(r"\s+and\s+")
WHY = "the state's name is read by likeness"  # doubt.never_false_noted's reason
# a name used as an adjective of a group ("most South American countries"): a people's word, no state's name
GROUP_NOUN = re.compile(r"\s+(?:countries|states|nations|governments|delegations|peoples?|members|neighbou?rs)\b", re.I)


def sound(name: str) -> str:
    key = countries.normalise(name)
    for pattern, to in SOUNDS:
        key = pattern.sub(to, key)
    return key


@lru_cache(maxsize=1)
def _known() -> tuple[frozenset[str], dict[str, frozenset[str]]]:
    """The normalised names known (the record's states, aliases, peoples and codes, and the names of the languages
    whose lists an English text may quote: `quoted_names` reads those), and the states by each record name's sound."""
    index = countries._names()[0]
    by_sound: dict[str, set[str]] = {}
    for key, meanings in index.items():
        if len(key) >= MIN_LETTERS:
            by_sound.setdefault(_words(key) + sound(key), set()).update(m.iso3 for m in meanings)
    quoted = {key for lang in quoted_names.LANGUAGES for key in quoted_names.table(lang)}
    return frozenset(index) | quoted, {k: frozenset(v) for k, v in by_sound.items()}


def _words(name: str) -> str:
    """The number of words, as a prefix of the sound: a name is never likened to one of more or fewer words ("Many
    Asian" is no "Malaysian"); a hyphen joins ("Byelo-Russia")."""
    return str(len(re.sub(r"^the\s+", "", name.replace("-", ""), flags=re.I).split()))


def _distance(a: str, b: str, most: int) -> int:
    """The optimal string alignment distance (a swap of two letters counts one), stopped past `most`."""
    if abs(len(a) - len(b)) > most:
        return most + 1
    before, row = None, list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i] + [0] * len(b)
        for j, cb in enumerate(b, 1):
            current[j] = min(row[j] + 1, current[j - 1] + 1, row[j - 1] + (ca != cb))
            if before is not None and i > 1 and j > 1 and ca == b[j - 2] and a[i - 2] == cb:
                current[j] = min(current[j], before[j - 2] + 1)
        before, row = row, current
    return row[-1]


@lru_cache(maxsize=5000)
def state_of(name: str) -> str | None:
    """The one state whose name `name` is a letter or two off by sound, else None."""
    key = countries.normalise(name)
    letters = re.sub(r"[^a-z]", "", key)
    if len(letters) < MIN_LETTERS or name in METONYMS or key in SMALL:
        return None
    known, by_sound = _known()
    if key in known or any(key.startswith(k) and len(key) - len(k) <= 3 for k in known if len(k) >= 4):
        return None  # a name the record has, or a people or adjective made from one ("Syrian", "Iraqis")
    said, count = sound(key), _words(name)
    most = 1 if len(said) < 8 else 2  # a short name only with a letter more, less or swapped: "Nigel" is no "Niger"
    close = {iso3 for keyed, states in by_sound.items() if keyed.startswith(count + said[:1])
             and _distance(said, other := keyed[len(count):], most) <= most
             and (len(said) >= 7 or len(other) != len(said) or sorted(other) == sorted(said)) for iso3 in states}
    return next(iter(close)) if len(close) == 1 else None


def mentions(sentence: str, found: list) -> list[tuple[str, int, int]]:
    """(iso3, start, end) of the names by likeness in a sentence that speaks of a vote, outside `found` (mentions
    with .start and .end)."""
    if not CUE.search(sentence):
        return []
    out = []
    for run in RUN.finditer(sentence):
        # "Mozambik and Bhutan": two names, unless the whole run is one ("Trinidad and Tobbago")
        cuts = [run.start(), *(x for m in AND.finditer(sentence, run.start(), run.end()) for x in m.span()), run.end()]
        pieces = [(run.start(), run.end())] + list(zip(cuts[::2], cuts[1::2]))[len(cuts) < 4:]
        for start, end in pieces:
            taken = [(m.start, m.end) for m in found] + [(a, b) for _, a, b in out]
            if not any(a < end and start < b for a, b in taken) and not GROUP_NOUN.match(sentence, end) \
                    and (iso3 := state_of(sentence[start:end])):
                out.append((iso3, start, end))
    return out

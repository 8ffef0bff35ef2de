"""Which states a sentence names: state names longest first (with the record's aliases, short forms such as "Dem.
Rep. of Congo", wire-service joins such as "Antigua-Barbuda" and "Antigua & Barbuda"), a delegation speaking for its
state ("Russia's ambassador"), and, when asked, a capital or a people standing for its government ("Moscow", "the
Americans"). Split from positions.py, which attaches these mentions to the vote of their clause.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from unga import countries
from unga.claims import likeness, memo, misspelt, quoted_names
from unga.claims.phrases import METONYMS, SMALL, WORD

@dataclass
class Mention:
    iso3: str
    start: int
    end: int


# short forms in names, as lists and tables print them: "Dem. Rep. of Congo", "Dem. Rep of Korea", "Central African Rep."
SHORT_FORMS = {"Dem": "Democratic", "Rep": "Republic", "Fed": "Federated", "Is": "Islands", "Isl": "Islands"}
SHORT_FORM = re.compile(r"\b(" + "|".join(SHORT_FORMS) + r")\b\.?")


# "St Vincent", "St. Kitts": the record spells the short form of Saint out
SAINT = re.compile(r"St\.?\s+(?=[A-Z])")


@lru_cache(maxsize=20000)
def _lookup(phrase: str) -> str | None:
    if SHORT_FORM.search(phrase) and re.search(r"\b(?:Dem|Rep|Fed|Isl?)\b", phrase):
        return _spelt_out(phrase)
    found = countries.lookup(phrase) or (countries.lookup(SAINT.sub("Saint ", phrase)) if SAINT.match(phrase) else None)
    if not found and re.search(r"[a-z]/[A-Z]", phrase):  # "Bosnia/Herzegovina", "Trinidad/Tobago"
        found = countries.lookup(phrase.replace("/", " and "))
    if not found and (islands := re.fullmatch(r"(?:the\s+)?([A-Z][a-z]+?)s?\s+Islands", phrase)):
        found = countries.lookup(islands[1] + "s")  # "the Comoro(s) Islands": a plural name said with "Islands"
    if not found and (spaced := re.fullmatch(r"(.+[a-z])\s+([A-Z][a-z]+)", phrase)) and not countries.lookup(spaced[2]):
        # the join written with a space alone ("Bosnia Herzegovina", "Trinidad Tobago"): one state, whose last part
        # names none by itself ("Serbia Montenegro" stays two states)
        head = SAINT.sub("Saint ", spaced[1])
        found = countries.lookup(f"{head} and {spaced[2]}") or countries.lookup(f"{head} and the {spaced[2]}")
    if found or not re.search(r"[A-Za-z]-[A-Z]", phrase):
        return found
    # wire-service style joins two parts with a hyphen: "Antigua-Barbuda", "Saint Vincent-Grenadines"
    joined = re.sub(r"(?<=[A-Za-z])-(?=[A-Z])", " and ", phrase)
    return countries.lookup(joined) or countries.lookup(joined.replace(" and ", " and the "))


def _spelt_out(phrase: str) -> str | None:
    full = SHORT_FORM.sub(lambda m: SHORT_FORMS[m.group(1)], phrase)
    # "Democratic Republic of Korea" is how a short form of the Democratic People's Republic is spelt out
    return countries.lookup(full) or (countries.lookup(full.replace("Democratic Republic", "Democratic People's Republic"))
                                      if "Korea" in full else None)


# "Russia's ambassador", "Myanmar's own ambassador to the United Nations, Kyaw Moe Tun, voted", "France's envoy Nicolas
# de Rivière, who …": the state speaks through its envoy, named or not
ROLE = re.compile(r"\s+(?:own\s+)?(?:(?:UN|U\.N\.|United\s+Nations)\s+)?(?:ambassador|envoy|delegation|delegates?|representatives?"
                  r"|permanent\s+representative|mission)\b(?:\s+to\s+the\s+(?:United\s+Nations|UN\b|U\.N\.|world\s+body))?"
                  r"(?:,?\s+(?P<name>(?-i:[A-Z][\w’'-]+(?:\s+(?:(?:de|da|del|van|von|al|el|bin|le|la|du|dos|di)\s+)?[A-Z][\w’'-]+){0,2}))"
                  r"(?=\s*,?\s*\b(?:who|which|also|then|voted|abstained|did)\b))?", re.I)


# words that are also a state's code ("IT" Italy, "IS" Iceland, "ME" Montenegro, "CAN" Canada): in a text written in
# capitals a word cannot be told from a code by its case, so these are read as the words they are ("US" is not among
# them: in cables it is the United States)
# an abbreviation written with full stops ("U.S.", "U.K.", "U.S.S.R.", "U.A.E."): its last stop is part of the name
DOTTED = re.compile(r"(?:\b[A-Z]\.){2,}$")
WORDS_IN_CAPITALS = {"it", "is", "be", "me", "am", "so", "my", "do", "can", "per", "mal"}


def in_capitals(sentence: str) -> bool:
    """The sentence is written in capitals (a cable, a headline): three or more words and no small letter."""
    letters = re.findall(r"[^\W\d_]+", sentence)
    return len(letters) >= 3 and not any(ch.islower() for word in letters for ch in word)


BLOC_AFTER = re.compile(r"\s+bloc\b", re.I)


@lru_cache(maxsize=1)
def ambiguous_codes() -> frozenset[str]:
    """Two-letter codes that are also the initials of another state's name ("SA" Saudi Arabia / South Africa, "SL"
    Sierra Leone / Sri Lanka, "SK" Slovakia / South Korea): reporters write the initials, the record keeps the code."""
    codes = {s.iso2: s.iso3 for s in countries.states() if s.iso2}
    out = set()
    for state in countries.states():
        for name in (state.short_name, state.un_name):
            initials = "".join(w[0] for w in re.findall(r"[A-Za-z]+", name or "") if w[0].isupper())
            if initials in codes and codes[initials] != state.iso3:
                out.add(initials)
    return frozenset(out)


@lru_cache(maxsize=1)
def _longest_name() -> int:
    """The words of the longest name the record knows, and its article: "the United Kingdom of Great Britain and
    Northern Ireland" is one state, not the United Kingdom and Ireland."""
    return 1 + max(len(WORD.findall(name or "")) for s in countries.states() for name in (s.un_name, s.short_name))


def mentions(sentence: str, metonyms: bool = False) -> list[Mention]:
    """The state names in a sentence, longest first; possessives ('Syria's') are not states. metonyms: a capital
    for its government ("Moscow voted against") and a people for its state ("the Americans abstained") too."""
    return [Mention(*m) for m in _mentions(sentence, metonyms)]


# a dozen readers ask for the same sentence's names: read once (the names are the record's fixed table, no store's)
@memo.per_sentence
def _mentions(sentence: str, metonyms: bool) -> tuple[tuple[str, int, int], ...]:
    words = [(m.group(0), m.start(), m.end()) for m in WORD.finditer(sentence)]
    # no name runs over a word that is no word (a digit, a mark): the words before the next such from each word on
    before_mark, run = [0] * len(words), 0
    for k in range(len(words) - 1, -1, -1):
        run = 0 if not words[k][0][:1].isalpha() and words[k][0] != "/" else run + 1
        before_mark[k] = run
    found, i = [], 0
    while i < len(words):
        hit = _metonym(sentence, words, i) if metonyms else None
        if hit is None and (words[i][0][:1].isupper() or words[i][0] == "the"):
            for size in range(min(_longest_name(), before_mark[i]), 0, -1):
                chunk = words[i:i + size]
                if chunk[-1][0] == "/":
                    continue
                phrase = sentence[chunk[0][1]:chunk[-1][2]]
                if size == 1 and (phrase.lower() in SMALL or (len(phrase) <= 3 and not phrase.isupper())):
                    continue  # a code is written in capitals: "NEW" is New Zealand's, "New" (York) is not
                if size <= 2 and re.sub(r"^the\s+", "", phrase, flags=re.I).rstrip(".") in ambiguous_codes():
                    continue  # "SA" is Saudi Arabia's code and South Africa's initials: it names neither for sure
                if size == 1 and phrase.lower() in WORDS_IN_CAPITALS and in_capitals(sentence):
                    continue  # a cable in capitals: "IT ALSO ABSTAINED" is the pronoun, not Italy's code
                if size == 1 and REGION_BEFORE.search(sentence, max(0, chunk[0][1] - 8), chunk[0][1]):
                    continue  # "South American countries", "Latin American states": a region, not the United States
                last = chunk[-1][0]
                if re.search(r"['’]s?$", last):
                    role = ROLE.match(sentence, chunk[-1][2])  # "Russia's ambassador": the state speaks
                    iso3 = _lookup(re.sub(r"['’]s?$", "", phrase)) if role else None
                    # the envoy's name is no state ("Kyaw Moe Tun": a word of three letters or fewer is no code there)
                    if iso3 and not (role["name"] and (_lookup(role["name"]) or any(len(w) > 3 and _lookup(w)
                                                                                     for w in role["name"].split()))):
                        hit = (iso3, chunk[0][1], role.end(), size)
                        break
                    continue
                iso3 = _lookup(phrase) or (_lookup(phrase.rstrip(".")) if phrase.endswith(".") and
                                           not re.search(r"\b[A-Z]\.$", phrase) else None)
                if iso3 and not (chunk[0][0] == "the" and size == 1):
                    hit = (iso3, chunk[0][1], chunk[-1][2] - (1 if sentence[chunk[-1][2] - 1] == "." and
                                                             not DOTTED.search(phrase) and chunk[-1][0][:-1] not in SHORT_FORMS else 0), size)
                    break
        if hit:
            found.append(Mention(hit[0], hit[1], hit[2]))
            i += hit[3]
        else:
            i += 1
    found = [_inverted(sentence, m) for m in found
             if not GROUP_NAME_BEFORE.search(sentence, max(0, m.start - 30), m.start)
             and not BLOC_AFTER.match(sentence, m.end)]  # "the Soviet bloc" is a group, not the Soviet Union
    found = _abbreviated(sentence, _qualified(sentence, found))
    found = _halves(sentence, found)
    added = [Mention(iso3, a, b) for iso3, a, b in dict.fromkeys(misspelt.between_states(sentence, found)
                                                                 + quoted_names.foreign_items(sentence, found))]
    found = [m for m in found if not any(a.start <= m.start and m.end <= a.end for a in added)]
    if metonyms:  # reading a vote's states: a name a letter or two off one state's, by sound
        added += [Mention(iso3, a, b) for iso3, a, b in likeness.mentions(sentence, found + added)]
    return tuple((m.iso3, m.start, m.end) for m in (sorted(found + added, key=lambda m: m.start) if added else found))


# "North and South Korea", "East and West Germany": the first state's name shares the second's last word
HALF = re.compile(r"\b(?P<half>North|South|East|West)\s+(?:and|&)\s+(?:North|South|East|West)\s+(?P<base>[A-Z][a-z]+)\b")


def _halves(sentence: str, found: list[Mention]) -> list[Mention]:
    """`found` with the first of two states written as one name with two compass words ("North and South Korea")."""
    added = []
    for match in HALF.finditer(sentence):
        iso3 = _lookup(f"{match['half']} {match['base']}")
        second = next((m for m in found if m.end == match.end("base")), None)
        if iso3 and second and second.iso3 != iso3 and not any(m.start == match.start() for m in found):
            added.append(Mention(iso3, match.start("half"), match.end("half")))
    return sorted(found + added, key=lambda m: m.start) if added else found


# "the Group of 77 and China", "G77/China": the name of a group (China is in it as a member, not as a voter apart);
# a group is never read as its members (docs/claims.md, twelfth round)
GROUP_NAME_BEFORE = re.compile(r"\b(?:Group\s+of\s+77|G-?77)\s*(?:and|/|&|plus)\s*$", re.I)


REGION_BEFORE = re.compile(r"\b(?:South|North|Latin|Central|Pan|Meso)[\s-]$")


# a place ("talks in Moscow") or an adjective ("a Moscow ally", "the Washington consensus"), not a government
PLACE_BEFORE = re.compile(r"\b(?:in|to|from|at|via|near|outside|of|between|visit(?:ed|ing|s)?|toward|towards|through|into"
                          r"|a|an|the|its|their|his|her)\s+$", re.I)


def _metonym(sentence: str, words: list, i: int) -> tuple | None:
    """'Moscow', 'New Delhi', 'the Americans': a capital or a people standing for its state, unless it is a place
    ("talks in Moscow"), part of a name ("the Washington Post") or a possessive."""
    for size in (2, 1):
        chunk = words[i:i + size]
        if len(chunk) < size or not all(w[0][:1].isupper() and w[0][1:2].islower() for w in chunk):
            continue
        phrase = sentence[chunk[0][1]:chunk[-1][2]]
        iso3 = METONYMS.get(phrase)
        if iso3 is None and size == 1 and re.fullmatch(r"[A-Z][a-z]+(?:an|i|et)s", phrase) and \
                re.search(r"\bthe\s+$", sentence[:chunk[0][1]], re.I):
            iso3 = countries.lookup(phrase[:-1]) if not countries.lookup(phrase) else None  # "Americans", "Israelis"
        after = words[i + size][0] if i + size < len(words) else ""
        people = iso3 and phrase not in METONYMS  # "the Americans": the article is theirs
        if iso3 and (people or not PLACE_BEFORE.search(sentence[:chunk[0][1]])) and not after[:1].isupper() \
                and not re.match(r"['’]", sentence[chunk[-1][2]:chunk[-1][2] + 1]):
            return iso3, chunk[0][1], chunk[-1][2], size
    return None


# the form of state after its name, as lists sorted by name print it: "Moldova, Republic of", "Congo (Republic of)",
# "Congo, Democratic Republic of the", "Micronesia (Federated States of)"; only where the item ends there ("Moldova,
# Republic of Korea" is two states)
INVERTED = re.compile(r"\s*(?P<open>[,(])\s*(?P<form>(?:[A-Z][\w']*\s+){0,2}(?:Republic|States?)\s+of(?:\s+the)?)\s*(?P<close>\)?)"
                      r"(?=\s*(?:[,;.:]|and\b|or\b|$))")


def _inverted(sentence: str, mention: Mention) -> Mention:
    """The mention stretched over a form of state written after the name, read as the state that form names."""
    tail = INVERTED.match(sentence, mention.end)
    if tail is None or (tail["open"] == "(") != bool(tail["close"]):
        return mention
    name = sentence[mention.start:mention.end]
    iso3 = countries.lookup(f"{tail['form']} {name}") or countries.lookup(f"{tail['form']} the {name}")
    return Mention(iso3, mention.start, tail.end()) if iso3 else mention


# names two states went by at once: the bracket after them says which
SHARED_NAMES = {"Korea", "Congo", "China", "Yemen", "Germany", "Vietnam", "Sudan"}
QUALIFIER = re.compile(r"\s*\((?P<inner>[A-Z][\w\u00C0-\u017F.'-]*(?:\s+[A-Z][\w\u00C0-\u017F.'-]*){0,2})\)")


def _qualified(sentence: str, found: list[Mention]) -> list[Mention]:
    """'Congo (Léopoldville)', 'Congo (Brazzaville)', 'Korea (DPRK)', 'China (PRC)': a one-word name with the bracket that
    tells which state it is, read as that state (the name with its bracket, else the state the bracket names)."""
    out: list[Mention] = []
    skip: set[int] = set()
    for k, m in enumerate(found):
        if k in skip:
            continue
        tail = QUALIFIER.match(sentence, m.end)
        name = re.sub(r"^the\s+", "", sentence[m.start:m.end], flags=re.I)
        if tail is None or " " in name:
            out.append(m)
            continue
        inner = [j for j, x in enumerate(found) if tail.start("inner") <= x.start and x.end <= tail.end("inner")]
        iso3 = countries.lookup(f"{name} ({tail['inner']})") or \
            (found[inner[0]].iso3 if len(inner) == 1 and name in SHARED_NAMES else None)
        out.append(Mention(iso3, m.start, tail.end()) if iso3 else m)
        skip |= set(inner) if iso3 else set()
    return out



# "the Democratic People's Republic of Korea (DPRK)", "Federated States of Micronesia (FSM)", "the United Kingdom (UK)":
# a name with its abbreviation in brackets is one mention, so the bracket does not cut the list it stands in
ABBREVIATION = re.compile(r"\s*\((?P<inner>[A-Z](?:[A-Z]|\.(?=[A-Z])){1,7}\.?)\)")
# "the Byelorussian S.S.R.", "Ukrainian SSR": a Soviet republic's name with its abbreviated title after it
SOVIET_REPUBLIC = re.compile(r"\s+(?P<inner>S\.\s?S\.\s?R\.|SSR\b)")


def _abbreviated(sentence: str, found: list[Mention]) -> list[Mention]:
    """Each mention stretched over an abbreviation in brackets right after it, unless the bracket names another state
    ("Peru (CHL)" is left as two), or over a Soviet republic's "S.S.R." (a list goes on after it)."""
    out: list[Mention] = []
    inside: set[int] = set()
    for m in found:
        if m.start in inside:
            continue
        tail = ABBREVIATION.match(sentence, m.end) or SOVIET_REPUBLIC.match(sentence, m.end)
        inner = [x for x in found if tail and tail.start("inner") <= x.start and x.end <= tail.end("inner")]
        if tail is None or any(x.iso3 != m.iso3 for x in inner):
            out.append(m)
            continue
        out.append(Mention(m.iso3, m.start, tail.end()))
        inside |= {x.start for x in inner}
    return out

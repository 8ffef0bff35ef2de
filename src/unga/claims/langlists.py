"""The run of names that takes a vote phrase in the languages `languages` reads: the names listed right before the
phrase (a relative clause, an aside, "and N other countries" may stand between), the one state a relative clause made
of its vote describes, and the relative clauses a name stands in (which make it no voter). Split from languages.py."""

from __future__ import annotations

import re

from unga.claims import wordnames
from unga.claims.foreign_names import ARTICLE, JOINER
from unga.claims.langphrases import ASIDE, IN_A_RELATIVE, INSTEAD, TIE_NOUN


def in_a_relative(sentence: str, f: tuple, lang: str, named: list) -> bool:
    """The name stands in a relative clause set off by a comma (IN_A_RELATIVE). German and Dutch relative pronouns
    are also articles ("darunter die USA, die Ukraine, Deutschland"): there the clause must go on after the name to
    its verb ("Indien, das Öl aus Russland kauft,"). named: the sentence's names, (start, end, iso3)."""
    if not (relative := IN_A_RELATIVE[lang].search(sentence, max(0, f[0] - 80), f[0])):
        return False
    if lang in ("de", "nl") and _articles_of_a_list(sentence, relative.start(), f, named):
        return False  # "Kanada, die USA und Israel stimmten dagegen": the article of names on a list
    return lang not in ("de", "nl") or bool(re.match(r"\s+[^,;:.()]*?\w[^,;:.()]*,", sentence[f[1]:]))


def _articles_of_a_list(sentence: str, start: int, f: tuple, named: list) -> bool:
    """From the comma at start to the name f, only names with their articles and the joints of a list, and the list
    goes on after a name that follows its article at once ("Ungarn, die USA und 12 weitere Staaten"): "die" is the
    article, not a relative pronoun (which would stand before the article: "…, die die USA ablehnten,")."""
    span = list(sentence[start:f[0]])
    for a, b, _ in named:
        if start <= a and b <= f[0]:
            span[a - start:b - start] = "N" * (b - a)
    article = r"(?:die|der|das|den|de|het)\s+"
    if not re.fullmatch(r",\s*" + article + r"(?:N+\s*(?:,|und|sowie|oder|en|of)\s*(?:" + article + r")?)*",
                        "".join(span), re.I):
        return False
    return bool(re.search(r"N\s*(?:,|und|sowie|oder|en|of)\s*(?:" + article + r")?$", "".join(span), re.I)
                or re.match(r"\s*(?:,|(?:und|sowie|oder|en|of)\s)", sentence[f[1]:]))


# the emphatic "own" before a name of a list ("y la propia Rusia", "et la Russie elle-même" is not read)
OWN = r"(?:(?:propi[oa]|própri[oa]|même|stess[oa])\s+)?"


# a relative clause set off between a list and its vote phrase: "Jemen und Simbabwe, die 2018 dagegen gestimmt hatten,
# enthielten sich", "Cuba, que presentó el texto, votó a favor" (no name inside: the list ends right before it)
# ; or an apposition of a tie: "China, aliada de Rusia, se abstuvo" (the state the tie names is no voter: TIES)
RELATIVE = (r"(?:,\s*(?:(?:die|der|das|welche|que|qui|che|los\s+cuales|las\s+cuales|os\s+quais|as\s+quais|i\s+quali|le\s+quali"
            r"|tal\s+(?:y\s+)?como|così\s+come)\s+"
            r"|(?:(?:un|una|uma|um|une?|ein|eine|einer|il|la|le|el|o|a)\s+)?(?:[\w-]+\s+){0,2}?(?=" + TIE_NOUN + r"))"
            r"[^,;:.()]{1,60},\s*|,\s*(?:" + ASIDE + r")\s*,\s*)?")


# "A por primera vez votó a favor", "A pela primeira vez votou", "A esta vez se abstuvo": a time before the verb
FIRST_TIME = (r"por\s+primera\s+vez|pela\s+primeira\s+vez|per\s+la\s+prima\s+volta|esta\s+vez|desta\s+vez"
              r"|zum\s+ersten\s+Mal|erstmals|diesmal")


# a counted rest closing the list: "Israel, Canadá y otros 7 países votaron en contra", "A, B et 12 autres pays ont voté"
_OTHER = r"(?:otros|otras|outros|outras|autres|altri|altre|andere|anderen|weitere|overige)"
_COUNTRIES = r"(?:pays|países|paesi|Länder|Staaten|landen|naciones|nações|estados|Estados|stati|nazioni|naties|Nationen)"
OTHERS_CLOSING = (r"(?:,?\s*(?:y|e|et|und|en|ed)\s+(?:" + _OTHER + r"\s+\d{1,3}|\d{1,3}\s+" + _OTHER + r"?|"
                  + _OTHER + r"\s+[^\W\d]+(?:[\s-][^\W\d]+){0,2}|[^\W\d]+(?:[\s-][^\W\d]+){0,2}\s+" + _OTHER
                  + r")\s*" + _COUNTRIES + r"(?:\s+(?:más|mais|de\s+plus|mehr))?(?=\s)\s*)?")


def run_before(sentence: str, found: list, at: int, lang: str) -> list:
    """The names listed right before a vote phrase: "A, B y C se abstuvieron", "A y B también votaron en contra"."""
    gap = re.compile(r"^" + OTHERS_CLOSING + r"\s*(?:\([^()]{0,40}\)\s*)?" + RELATIVE + r"(?:,\s*)?(?:" + INSTEAD + r")?(?:(?:también|aussi|também|auch|anche|tampoco|ya|ont|se|sich|ook|" + FIRST_TIME + r"|"
                     r"hanno|ha|si|a|e|et)\s+){0,2}$", re.I)
    joint = re.compile(r"^\s*(?:,|,?\s*(?:" + JOINER[lang] + r"))\s*" + ARTICLE + OWN + r"$", re.I)
    before = [f for f in found if f[1] <= at]
    if not before or not gap.match(sentence[before[-1][1]:at]):
        return []
    return wordnames.chained(sentence, before[::-1], joint)[::-1]


# "India, que se abstuvo, pidió diálogo", "L'Inde, qui s'est abstenue, a appelé …": a relative clause that is only the
# state's vote (the vote itself at most followed by "in the vote"); never a pluperfect ("qui s'était abstenue"), an
# earlier vote told beside this one
RELATIVE_PRONOUN = re.compile(r"\s*,\s*(?:que|qui|che|die|der|das|welche[rs]?|los\s+cuales|las\s+cuales|os\s+quais"
                              r"|as\s+quais|i\s+quali|le\s+quali)\s+(?:(?:también|aussi|também|auch|anche|se|sich|si|s['’])\s*){0,2}$", re.I)
RELATIVE_END = re.compile(r"\s*(?:(?:en|lors\s+d[ue]|au|na|bei\s+der|nella|in\s+de)\s+(?:la\s+|el\s+|a\s+)?"
                          r"(?:votación|vote|scrutin|votação|Abstimmung|votazione|stemming)\s*)?[,.;]")
PLUPERFECT = re.compile(r"\b(?:había|habían|avait|avaient|était|étaient|hatte|hatten|war|waren|aveva|avevano|era|erano"
                        r"|tinha|tinham|havia|haviam|had|ha[bv]ían?)\b", re.I)


def relative_subject(sentence: str, found: list, start: int, end: int, lang: str) -> list:
    """The state a relative clause made of its vote phrase describes (see RELATIVE_PRONOUN)."""
    before = [f for f in found if f[1] <= start]
    if not before or not RELATIVE_PRONOUN.match(sentence[before[-1][1]:start]) \
            or PLUPERFECT.search(sentence[before[-1][1]:end]) or not RELATIVE_END.match(sentence, end):
        return []
    return [before[-1]]

"""A change of vote in Spanish, French, Portuguese, German or Russian (twenty-sixth round, branch changes): "A pasó de la
abstención al voto a favor", "A est passé du vote contre à l'abstention", "A passou da abstenção para o voto a favor",
"A wechselte von der Enthaltung zur Zustimmung", and the earlier side as the verb's object ("A cambió su abstención por
un voto en contra", "A a changé son abstention en vote pour").

Each gives two votes, as the English "A went from abstaining to voting in favour" does (`phrases.CUES`, "to"): the
side it went to is the vote the text reports, the side it came from the series' vote before (`BEFORE`), or the year
named right after it ("de la abstención en 2018 al voto a favor"). The states are the run of names right before the
verb (`langlists.run_before`), or in German those between the verb and "von" ("Dieses Mal wechselte A von
…"). A bare "changed its vote" says no earlier side and is not read (a change announced
after the vote is a note in the record, not the roll call).
"""

from __future__ import annotations

import re

from unga.claims import langlists, languages, russian, russian_names
from unga.claims.position_time import BEFORE

YEAR = r"(?P<fy>19[4-9]\d|20[0-4]\d)"
# each side of a change as the language writes it, the vote it is
SIDES = {
    "es": {"abstain": r"(?:la\s+)?abstención|abstenerse",
           "no": r"(?:(?:un|el)\s+)?voto\s+(?:en\s+contra|negativo)|votar\s+en\s+contra",
           "yes": r"(?:(?:un|el)\s+)?voto\s+(?:a\s+favor|favorable|positivo)|votar\s+a\s+favor"},
    "fr": {"abstain": r"(?:l['’]\s*)?abstention|s['’]abstenir",
           "no": r"(?:(?:un|le)\s+)?vote\s+(?:contre|négatif|défavorable)|voter\s+contre",
           "yes": r"(?:(?:un|le)\s+)?vote\s+(?:pour|en\s+faveur|favorable|positif)|voter\s+pour"},
    "pt": {"abstain": r"(?:a\s+)?abstenção|abster-se",
           "no": r"(?:(?:um|o)\s+)?voto\s+(?:contra|contrário|negativo)|votar\s+contra",
           "yes": r"(?:(?:um|o)\s+)?voto\s+(?:a\s+favor|favorável|positivo)|votar\s+a\s+favor"},
    "de": {"abstain": r"(?:(?:der|einer)\s+)?Enthaltung",
           "no": r"(?:(?:einem|dem)\s+)?Nein|(?:(?:der|einer)\s+)?(?:Ablehnung|Gegenstimme)",
           "yes": r"(?:(?:einem|dem)\s+)?Ja|(?:(?:der|einer)\s+)?Zustimmung"},
}
# the verb, then the word before each side: "pasó de … a …", "est passé du … au …", "wechselte von … zu …"
FROM_TO = {
    "es": (r"(?:pas(?:ó|aron|ado)|cambi(?:ó|aron|ado)(?:\s+(?:su|sus)\s+(?:votos?|posición|posiciones))?)\s+de(?:l)?\s+",
           r"\s+(?:a|al)\s+"),
    "fr": (r"(?:(?:est|sont|était|étaient)\s+pass[ée]e?s?|(?:a|ont|avait|avaient)\s+(?:changé|modifié)\s+(?:son|leur)\s+"
           r"(?:votes?|position))\s+(?:de|du|d['’])\s*", r"\s+(?:à|au)\s+"),
    "pt": (r"(?:pass(?:ou|aram)|mud(?:ou|aram)(?:\s+(?:o\s+|os\s+)?(?:seu|seus)\s+votos?)?)\s+(?:de|da|do)\s+",
           r"\s+(?:para|à|ao)\s+(?:(?:a|o|um|uma)\s+)?"),
    # a few words may stand between the verb and "von", the subject among them ("Dieses Mal wechselte Jemen von …")
    "de": (r"wechselt(?:e|en)?(?:\s+[^\s.,;:]+){0,3}?\s+von\s+", r"\s+(?:zu|zur|zum)\s+"),
}
# the earlier side as the verb's object: "cambió su abstención por un voto en contra", "a changé son abstention en …"
OBJECT = {
    "es": (r"cambi(?:ó|aron)\s+(?:su|sus)\s+", r"\s+por\s+"),
    "fr": (r"(?:a|ont|avait|avaient)\s+(?:changé|transformé)\s+(?:son|leur)\s+", r"\s+en\s+(?:un\s+)?"),
    "pt": (r"(?:troc|mud)(?:ou|aram)\s+(?:a\s+|o\s+)?(?:sua|seu|suas|seus)\s+",
           r"\s+(?:por|para|pela|pelo)\s+(?:(?:um|uma)\s+)?"),
    "de": (r"(?!)", r"(?!)"),
}


# Russian: "A перешла от воздержания к голосованию «за»", "A сменила голос «против» на воздержание", "A изменила свой
# голос с «за» на «против»"; the subjects are the nominatives right before the verb (`russian._run`)
RU_SIDES = {"abstain": r"воздержани[еяю]",
            "no": r"(?:(?:голосовани[еяю]|голос[ау]?)\s+)?[«\"“]против[»\"”]|(?:голосовани[еяю]|голос[ау]?)\s+против",
            "yes": r"(?:(?:голосовани[еяю]|голос[ау]?)\s+)?[«\"“]за[»\"”]|(?:голосовани[еяю]|голос[ау]?)\s+за|поддержк[аиу]"}
RU_SIDE = "|".join(RU_SIDES.values())
RU_CHANGE = re.compile(r"(?:перешл[аио]|перешел)\s+от\s+(?P<from>" + RU_SIDE + r")(?:\s+в\s+" + YEAR + r"\s+году)?"
                       r"\s+к\s+(?P<to>" + RU_SIDE + r")(?![\w-])"
                       r"|(?:с|из)менил[аио]?\s+(?:свой\s+|свое\s+)?(?:голос\s+|позицию\s+)?(?:с\s+)?(?P<from2>" + RU_SIDE
                       + r")\s+на\s+(?P<to2>" + RU_SIDE + r")(?![\w-])", re.I)


def _russian(sentence: str) -> list[tuple[str, str, str | None, str]]:
    """`read` for a sentence in Russian."""
    text = russian_names.plain(sentence)
    found = russian_names.mentions(sentence)
    out = []
    for match in RU_CHANGE.finditer(text):
        then, now = (_vote(RU_SIDES, match["from"] or match["from2"]), _vote(RU_SIDES, match["to"] or match["to2"]))
        before = [i for i, f in enumerate(found) if f[1] <= match.start()]
        if then == now or not before or not russian.GAP.fullmatch(text[found[before[-1]][1]:match.start()]):
            continue
        for start, end, iso3, _ in russian._run(text, found, before[-1], "nom", False):
            out += _both_sides(iso3, now, then, match["fy"], sentence[start:end])
    return out


def _vote(sides: dict[str, str], side: str) -> str:
    """The vote a side of a change is, by the language's table of sides."""
    return next(vote for vote, pattern in sides.items() if re.fullmatch(pattern, side, re.I))


def _both_sides(iso3: str, now: str, then: str, year: str | None, name: str) -> list[tuple[str, str, str | None, str]]:
    """The side a change went to (this year's when the earlier side names its year), then the side it came from."""
    return [(iso3, now, "this" if year else None, name), (iso3, then, year or BEFORE, name)]


def _side(lang: str, name: str) -> str:
    return "(?P<" + name + ">" + "|".join(SIDES[lang].values()) + ")"


def _patterns(lang: str) -> list[re.Pattern]:
    year = r"(?:\s+(?:en|em|in|im\s+Jahr)\s+" + YEAR + r")?"
    return [re.compile(verb + _side(lang, "from") + year + to + _side(lang, "to") + r"(?!\w)", re.I)
            for verb, to in (FROM_TO[lang], OBJECT[lang])]


PATTERNS = {lang: _patterns(lang) for lang in SIDES}  # built once, not for every sentence read


def read(sentence: str) -> list[tuple[str, str, str | None, str]]:
    """(iso3, vote, time, name as written) of both sides of each change of vote the sentence tells, the side it went
    to first (its time None: the sentence's own), then the side it came from (the year named, else `BEFORE`)."""
    if russian.is_russian(sentence):
        return _russian(sentence)
    lang = languages.language_of(sentence)
    if lang not in SIDES:
        return []
    found = languages.mentions(sentence, lang)
    out = []
    for pattern in PATTERNS[lang]:
        for match in pattern.finditer(sentence):
            then, now = _vote(SIDES[lang], match["from"]), _vote(SIDES[lang], match["to"])
            if then == now:
                continue
            subjects = langlists.run_before(sentence, found, match.start(), lang) \
                or [f for f in found if match.start() < f[0] and f[1] <= match.start("from")]  # "wechselte A von"
            for start, end, iso3 in subjects:
                out += _both_sides(iso3, now, then, match["fy"], sentence[start:end])
    return out

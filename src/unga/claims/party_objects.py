"""A vote word whose object is a party, not the text voted on, in the languages read besides English.

"Only nine states supported America's step" (fahunt8 y88, in Indonesian) is a side taken with the United States,
whose vote on ES-10/19 was no: supporting a state or its move, decision or position says nothing sure of the side on
the text, so the count or the states are left unread rather than read as yes ("apoyaron a Moscú", fahunt9 ac94, was
the first of the kind). "Azerbaijan voted against us" (fahunt9 ac52, the writer speaking as Russia) is a vote about a
state, not against the resolution: a vote "against" a pronoun or a state is never read as no. The vote phrase is
blanked before the readers of `languages`, `russian` and `wordlangs` see the sentence, so no count and no state takes
its side. English keeps its own readings (extract's sides taken, deed.py).
"""

from __future__ import annotations

import re

from unga.claims.text import blanked

# the support verbs, per language (the yes phrases that may take a party as object)
SUPPORT = {"es": r"(?:apoy|respald)(?:ó|aron|aba|aban|an|a)\b",
           "ru": r"поддерж(?:ал|ива(?:л|ют|ет))(?:а|о|и)?\b", "id": r"(?:memberikan\s+suara\s+)?mendukung\b"}
# the support told by the vote that follows it: "apoyaron a X al votar en contra del texto" (langphrases.ES_BACKED)
BY_VOTING = re.compile(r"[^,.;:]{1,50}?\s(?:al|ao)\s+votar\b", re.I)
# the vote phrases of "against", per language
AGAINST = {"es": r"(?:vot(?:ó|aron|aba|aban|an|a)|se\s+(?:pronunci|posicion)(?:ó|aron))\s+en\s+contra\b",
           "fr": r"(?:(?:a|ont|avait|avaient)\s+voté|vot(?:ait|aient))\s+contre\b",
           "pt": r"(?:vot(?:ou|aram)|(?:se\s+)?posicion(?:ou|aram)(?:-se)?)\s+contra\b",
           "it": r"(?:ha|hanno|aveva|avevano)\s+votato\s+contro\b|si\s+(?:è|sono)\s+schierat[oaie]\s+contro\b",
           "nl": r"(?:stemde(?:n)?|stemt|stemmen)\s+tegen\b",
           "ru": r"(?:(?:про)?голосовал|выступил)(?:а|о|и)?\s+против\b|высказал(?:ся|ась|ось|ись)\s+против\b",
           "id": r"(?:memberikan\s+suara\s+)?menentang\b"}
# the writer's party as object, in the first or second person: "contre nous", "против нас", "en contra de nosotros",
# "contro di noi" (a third person may be the texts: "против них", "contre elles")
PRONOUN = {"es": r"(?:de\s+)?(?:nosotr[oa]s|mí|ti|vosotr[oa]s)\b|nuestr[oa]\b", "fr": r"(?:nous|moi|toi|vous)\b",
           "pt": r"(?:nós|mim|ti|vós)(?!\w)", "it": r"(?:di\s+)?(?:noi|me|te|voi)\b", "nl": r"(?:ons|mij|jou|jullie)\b",
           "ru": r"(?:нас|меня|вас|тебя)(?![\w-])", "id": r"(?:kami|kita|saya|kamu|anda)\b"}
# what a state does, as the object of support: its move, step, decision, position, policy, plan, initiative. Each may
# also be the Assembly's own or the text's ("170 países que apoyaron la iniciativa": the resolution), so it is a
# state's only with its owner after it ("la decisión de Estados Unidos", "решение США", "langkah Amerika") or a
# national adjective beside it ("la postura estadounidense", "американскую инициативу")
DEED = {"es": r"(?:decisi|medida|paso|postura|posici|iniciativa|pol[ií]tica|plan|acci[oó]n|reconocimiento|traslado)\w*",
        "ru": r"(?:решени|шаг|позици|инициатив|политик|действи|мер[уы]\b|признани|перенос|план)\w*",
        "id": r"(?:langkah|keputusan|kebijakan|posisi|sikap|tindakan|rencana|inisiatif|pengakuan|pemindahan)\b"}
NATIONAL = {"es": r"\s+(?:estadounidense|norteamerican[oa]|american[oa]|israel[ií]|rus[oa]|chin[oa])\b",
            "ru": r"\s+[а-я]+ск(?:ое|ого|ому|им|ом|ую|ая|ой|ие|их|ими)\b",
            "id": r"\s+(?:Amerika|Paman\s+Sam|Washington|Rusia|Moskow|Tiongkok|Beijing)\b(?!\s+(?:Latin|Selatan|Tengah))"}
# the few words that may stand before the deed: articles, possessives, adjectives ("la polémica decisión de",
# "американскую инициативу"); never the text itself
TEXT = r"(?:resoluci|proyecto|texto|documento|резолюци|документ|проект|текст|resolusi|rancangan|draf)"
BEFORE_DEED = r"(?:(?!" + TEXT + r")[^\W\d]+\s+){0,2}?"
# an article before a state's name after "against" ("contre la Russie", "en contra de los Estados Unidos")
ARTICLE = r"(?:(?:de\s+)?(?:la|le|les|l['’]|el|los|las|o|os|a|as|il|lo|gli|i|de|het|di)\s*)?"


def masked(sentence: str, lang: str, found: list[tuple]) -> str:
    """The sentence with each vote phrase whose object is a party blanked (its length kept); `found` are the
    state names the language's reader finds, (start, end, iso3, …), Russian ones with their cases last."""
    spans = [m.span() for m in re.finditer(SUPPORT.get(lang, "(?!)"), sentence, re.I)
             if _deed_or_state(sentence, m, lang, found, support=True) and not BY_VOTING.match(sentence, m.end())]
    spans += [m.span() for m in re.finditer(AGAINST.get(lang, "(?!)"), sentence, re.I)
              if re.match(r"\s+(?:" + PRONOUN[lang] + ")", sentence[m.end():], re.I)
              or _deed_or_state(sentence, m, lang, found, support=False)]
    return blanked(sentence, spans)


def _deed_or_state(sentence: str, phrase: re.Match, lang: str, found: list[tuple], support: bool) -> bool:
    """Whether the phrase takes a state's deed (support only) or a state as its object."""
    if support and lang in DEED and _deed_at(sentence, phrase.end(), lang, found):
        return True
    state = next((f for f in found if f[0] >= phrase.end()), None)
    personal = r"(?:a|al)\s+" if lang == "es" and support else ""  # "apoyaron a Moscú": VOTES leaves it already
    if state is None or not re.fullmatch(r"\s*(?:" + personal + ARTICLE + r")", sentence[phrase.end():state[0]], re.I):
        return False
    if lang == "ru":  # "поддержали Россию", "против Армении": a case the subject of a verb after it cannot have
        return "nom" not in state[3]
    # "Ont voté contre les États-Unis et Israël", "Votaram contra os EUA": at its clause's start a phrase has its
    # subjects after it; with a subject before it ("La Russie a voté contre l'Ukraine") the state is the object
    return lang == "id" or bool(re.search(r"\w", re.split(r"[,;:.]", sentence[:phrase.start()])[-1]))


def _deed_at(sentence: str, end: int, lang: str, found: list[tuple]) -> bool:
    """A state's deed right after `end` ("la decisión de Estados Unidos", "langkah Amerika"), or, in Russian, whose
    free order puts the object first, right before the verb ending at `end` ("Решение США поддержали")."""
    deed = re.compile(DEED[lang], re.I)
    m = re.match(r"\s+" + BEFORE_DEED + r"(" + DEED[lang] + r")", sentence[end:], re.I)
    if m is not None:
        return _owned(sentence, end + m.start(1), end + m.end(1), lang, found)
    if lang != "ru":
        return False
    verb = re.search(r"\S+\s*$", sentence[:end])
    # the object fronted, first in its clause (an adjective before it at most): "Американскую инициативу
    # поддержали"; not "Резолюцию с осуждением действий России поддержали 100 стран"
    return any(re.fullmatch(r"(?:\s+[^\s,.;:]+){0,2}\s+", sentence[d.end():verb.start()])
               and re.search(r"(?:^|[,;:.])\s*(?:[^\W\d]+\s+)?$", sentence[:d.start()])
               and _owned(sentence, d.start(), d.end(), lang, found)
               for d in deed.finditer(sentence, max(0, verb.start() - 40), verb.start()))


def _owned(sentence: str, start: int, end: int, lang: str, found: list[tuple]) -> bool:
    """A deed with a state named right after it ("de", "del" between at most) or a national adjective beside it."""
    owner = next((f for f in found if f[0] >= end), None)
    if owner and re.fullmatch(r"\s*(?:(?:de|del|de\s+los|de\s+la)\s+)?", sentence[end:owner[0]], re.I):
        return True
    national = NATIONAL.get(lang)
    return bool(national and (re.match(national, sentence[end:], re.I)
                              or re.search(national + r"\s+$", " " + sentence[max(0, start - 30):start], re.I)))

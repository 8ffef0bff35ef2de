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

# the support verbs, per language (the yes phrases that may take a party as object)
SUPPORT = {"es": r"(?:apoy|respald)(?:ó|aron|aba|aban|an|a)\b", "pt": r"(?:apoi|respald)(?:ou|aram|avam|a|am)\b",
           "ru": r"поддерж(?:ал|ива(?:л|ют|ет))(?:а|о|и)?\b", "id": r"(?:memberikan\s+suara\s+)?mendukung\b"}
# the vote phrases of "against", per language
AGAINST = {"es": r"(?:vot(?:ó|aron|aba|aban|an|a)|se\s+(?:pronunci|posicion)(?:ó|aron))\s+en\s+contra\b",
           "fr": r"(?:(?:a|ont|avait|avaient)\s+voté|vot(?:ait|aient))\s+contre\b",
           "pt": r"(?:vot(?:ou|aram)|(?:se\s+)?posicion(?:ou|aram)(?:-se)?)\s+contra\b",
           "it": r"(?:ha|hanno|aveva|avevano)\s+votato\s+contro\b|si\s+(?:è|sono)\s+schierat[oaie]\s+contro\b",
           "nl": r"(?:stemde(?:n)?|stemt|stemmen)\s+tegen\b",
           "ru": r"(?:(?:про)?голосовал|выступил)(?:а|о|и)?\s+против\b|высказал(?:ся|ась|ось|ись)\s+против\b",
           "id": r"(?:memberikan\s+suara\s+)?menentang\b"}
# a person or a people as object: "contre nous", "против нас", "en contra de nosotros", "contro di noi"
PRONOUN = {"es": r"(?:de\s+)?(?:nosotr[oa]s|ell[oa]s|él|ella|mí|ti|usted(?:es)?|vosotr[oa]s)\b|nuestr[oa]\b",
           "fr": r"(?:nous|eux|elles?|lui|moi|toi|vous)\b", "pt": r"(?:nós|el[ea]s?|mim|ti|vocês?)(?!\w)",
           "it": r"(?:di\s+)?(?:noi|loro|lui|lei|me|te|voi)\b", "nl": r"(?:ons|hen|hem|haar|mij|jou|jullie)\b",
           "ru": r"(?:нас|них|него|нее|неё|меня|вас|тебя|себя)(?![\w-])", "id": r"(?:kami|kita|mereka|dia|saya|kamu|anda)\b"}
# what a state does, as the object of support: its move, step, decision, position, policy, plan, initiative
DEED = {"es": r"(?:decisi|medida|paso|postura|posici|iniciativa|pol[ií]tica|plan|acci[oó]n|reconocimiento|traslado)\w*",
        "pt": r"(?:decis|medida|passo|postura|posi[çc]|iniciativa|pol[ií]tica|plano|a[çc][ãa]o|reconhecimento)\w*",
        "ru": r"(?:решени|шаг|позици|инициатив|политик|действи|мер[уы]\b|признани|перенос|план)\w*",
        "id": r"(?:langkah|keputusan|kebijakan|posisi|sikap|tindakan|rencana|inisiatif|pengakuan|pemindahan)\b"}
# the few words that may stand before the deed: articles, possessives, adjectives ("la polémica decisión de", "решение
# США", "американскую инициативу"); never the text itself
TEXT = r"(?:resoluci|resoluç|proyecto|projeto|texto|documento|резолюци|документ|проект|текст|resolusi|rancangan|draf)"
BEFORE_DEED = r"(?:(?!" + TEXT + r")[^\W\d]+\s+){0,2}?"
# an article before a state's name after "against" ("contre la Russie", "en contra de los Estados Unidos")
ARTICLE = r"(?:(?:de\s+)?(?:la|le|les|l['’]|el|los|las|o|os|a|as|il|lo|gli|i|de|het|di)\s*)?"


def masked(sentence: str, lang: str, found: list[tuple]) -> str:
    """The sentence with each vote phrase whose object is a party blanked (its length kept); `found` are the
    state names the language's reader finds, (start, end, iso3, …), Russian ones with their cases last."""
    spans = [m.span() for m in re.finditer(SUPPORT.get(lang, "(?!)"), sentence, re.I)
             if _deed_or_state(sentence, m, lang, found, support=True)]
    spans += [m.span() for m in re.finditer(AGAINST.get(lang, "(?!)"), sentence, re.I)
              if re.match(r"\s+(?:" + PRONOUN[lang] + ")", sentence[m.end():], re.I)
              or _deed_or_state(sentence, m, lang, found, support=False)]
    for start, end in spans:
        sentence = sentence[:start] + " " * (end - start) + sentence[end:]
    return sentence


def _deed_or_state(sentence: str, phrase: re.Match, lang: str, found: list[tuple], support: bool) -> bool:
    """Whether the phrase takes a state's deed (support only) or a state as its object."""
    after = sentence[phrase.end():]
    if support and lang in DEED and re.match(r"\s+" + BEFORE_DEED + DEED[lang], after, re.I):
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

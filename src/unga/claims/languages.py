"""Votes and tallies written in Spanish, French, Portuguese, German or Italian.

A sentence is read here only when its function words say it is in one of those languages (the English rules never
see it). State names come from the ISO 3166 names translated in pycountry's gettext catalogues, plus the few forms the
press uses that ISO lacks (data/foreign_names.csv: "EE.UU.", "Rusia", "URSS", with the dates they name a state). A
state takes the vote phrase of its clause only when it stands in the run of names right before the phrase ("A, B y C
votaron en contra") or right after a phrase that opens a list ("votaron en contra: A y B", "Los votos contra foram de
A"); a state named as the resolution's subject or its sponsor ("condena a Israel", "patrocinada por Cuba") or under a
negation ("no votó") is left alone. The claims then go through the same identification and verdicts as English ones.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from unga.claims import (bounds, cjk, excepted, foreign_names, langcounted, langlikewise, langlists, langmarkers, langnumbers, langroles, not_counts,
                         party_objects, quoted_names, regions, russian, wordlangs, wordnames, wordtable)
from unga.claims.foreign_names import ARTICLE, JOINER, cldr_names, english_short_names, iso_names, press_rows
from unga.claims.numbers import defeated_abroad
from unga.claims.langlists import OWN
from unga.claims.langphrases import (PASSED_BY, YES, NO, ABSTAIN, ABSENT, ABSENT_PHRASES, NO_PART_PHRASES, VOTES, LIST_AFTER, OWNED_VOTE, TIE, TRAPS, NEGATION, NOT_EVEN, NEGATED_AFTER, OTHER_BODY, PROCEDURAL, RECEIVED_VOTES)
from unga.claims.phrases import NOT_TAKING_PART

LANGUAGES = ("es", "fr", "pt", "de", "it", "nl")

# function words, at least two of which (and more than English ones) mark a sentence as written in the language
FUNCTION_WORDS = {
    "es": "el los las del que y en por con se una para votó votaron fue fueron contra abstuvo abstuvieron su sus como",
    "fr": "le les des du et est une sur par dans qui ont pour contre voté abstenu abstenus abstentions au aux",
    "pt": "o os do da dos das e que em por com uma foi foram votou votaram contra absteve abstiveram não pelo pela",
    "de": "der die das und mit für gegen stimmte stimmten enthielt enthielten ist ein eine nicht den dem von wurde"
          " dafür dagegen enthaltungen abstimmung",
    "it": "il gli dei della del e che per con ha hanno votato contro astenuto astenuti sono una non nella è",
    "nl": "de het een van en is zijn werd werden met voor vóór tegen stemde stemden onthield onthielden zich niet"
          " heeft hebben door bij dat die",
}
ENGLISH = set("the of and to in voted against favour favor abstained with by was were that for on it".split())
WORD = re.compile(r"[a-zà-ÿ]+", re.I)



# letters none of LANGUAGES writes: a sentence with one may be Polish, Croatian, Czech, Vietnamese…
OTHER_LETTERS = re.compile(r"[đłśżźęąőűřěčšžňťůășşțţåæøơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]", re.I)


# the abstention noun each language alone writes so: a line of a tally's table ("Abstenção: 58, incluindo A") has few
# other words to tell its language by
OWN_LABEL = {lang: re.compile(r"\b(?:" + label + r")\b", re.I) for lang, label in {
    "es": "abstenci(?:ón|ones)", "pt": "abstenç(?:ão|ões)", "de": "Enthaltung(?:en)?", "it": "astension[ei]|i\\s+sì|voti\\s+(?:a\\s+favore|contrari)",
    "nl": "onthouding(?:en)?", "fr": "(?!)"}.items()}


def language_of(sentence: str) -> str | None:
    """The language of the sentence among LANGUAGES, or None (English, another language, too few words to tell)."""
    words = [w.lower() for w in WORD.findall(quoted_names.outside_names(sentence))]
    english = sum(w in ENGLISH for w in words)
    scores = {lang: sum(w in _function_words(lang) for w in words) for lang in LANGUAGES}
    # a vote phrase of the language, or its own label, weighs as two of its words (where two more would not beat
    # the English words, the language cannot win: spare the regexes)
    scores = {lang: score + 2 * bool(score + 2 > english and (vote_phrases(sentence, lang)
                                                             or OWN_LABEL[lang].search(sentence)))
              for lang, score in scores.items()}
    best = max(scores, key=scores.get)
    if OTHER_LETTERS.search(sentence) and wordtable.function_words_score(sentence) >= scores[best]:
        return None  # "Među zemljama koje su …": Croatian, whose "su", "se" and "a" are Spanish words too
    return best if scores[best] >= 2 and scores[best] > english else None


@lru_cache(maxsize=None)
def _function_words(lang: str) -> frozenset[str]:
    return frozenset(FUNCTION_WORDS[lang].split())


def read(sentence: str) -> tuple[str, list[tuple[str, dict, str | None, str]]] | None:
    """(scope, [(kind, asserted, iso3, name as written)]) of a sentence in one of LANGUAGES, Russian, Chinese,
    Japanese or a language of `wordlangs`' table (Greek, Arabic, Indonesian, Czech, Hungarian), else None; a state
    named as an exception ("todos excepto A votaron a favor") takes no vote."""
    found = _read(sentence)
    if found is None:
        return None
    masked = excepted.masked_abroad(sentence, {name for kind, _, _, name in found[1] if kind == "position"})
    return found if masked == sentence else _read(masked)


def _read(sentence: str) -> tuple[str, list[tuple[str, dict, str | None, str]]] | None:
    if wordtable.script_of(sentence) in ("bg", "uk"):  # Cyrillic, but not Russian
        return wordlangs.read(sentence)
    for reader in (russian.read, cjk.read):  # another script: its own module
        if (other := reader(sentence)) is not None:
            return other
    lang = None if wordtable.script_of(sentence) else language_of(sentence)  # "Oι", "Eρυθραία": Latin letters in Greek
    if lang is None:
        return wordlangs.read(sentence)  # Greek, Arabic, Indonesian, Czech, Hungarian: read from a table of words
    voted = party_objects.masked(sentence, lang, mentions(sentence, lang))  # not "votó en contra de Rusia"
    counts = tally(voted, lang) or {}
    if len(counts) >= 2 and {"yes", "no"} & set(counts):
        out = [("tally", counts, None, "")]
    else:
        out = [("count", {"field": k, "op": "=", "value": v}, None, "") for k, v in counts.items()]
    out = bounds.bounded(langnumbers.in_digits(sentence, lang), lang, out)  # "plus de 30", "environ 140"
    out += [("position", {"vote": vote}, iso3, name) for iso3, vote, name, _ in positions(voted, lang)]
    return scope_of(sentence), out


# "motion" in the languages read: the one procedural word a text may say loosely of its resolution
MOTION = re.compile(r"\bmotions?\b|\bmoción\b|\bmoção\b|\bmozione\b|\bmotie\b|\bmosi\b|动议|動議|동의안", re.I)


def names_a_procedure(sentence: str) -> bool:
    """Whether the sentence names, in another language's words, a procedure other than a motion (an amendment, a
    paragraph's or the preamble's own vote: "序言", "párrafo", "поправка", "فقرة")."""
    text = MOTION.sub(" ", sentence)
    return bool(PROCEDURAL.search(text) or cjk.PROCEDURAL.search(text) or russian.PROCEDURAL.search(text)
                or wordlangs.procedural(text))


def scope_of(sentence: str) -> str:
    if OTHER_BODY.search(sentence):
        return "other body"
    return "procedural" if PROCEDURAL.search(sentence) else "assembly"


@lru_cache(maxsize=None)
def names(lang: str) -> dict[str, str]:
    """Every name of a state in the language: pycountry's ISO 3166 translations, then the press's forms."""
    out: dict[str, str] = {}
    for translated, iso3 in iso_names(lang):
        for name in _forms(translated):
            out.setdefault(name, iso3)
    for name, iso3 in list(out.items()):  # the press often drops the capital's accent: "Ethiopie", "Etats-Unis"
        out.setdefault(_unaccented(name), iso3)  # and types the apostrophe: "Stati Uniti d’America", "Côte d’Ivoire"
        out.setdefault(name.replace("'", "’"), iso3)
    for name, iso3 in cldr_names(lang):  # CLDR's short names: "Argelia", where the ISO catalogue has "Algeria"
        out.setdefault(name, iso3)
    for name, iso3 in list(out.items()):  # a hyphen written as a space: "Timor Leste", "Guiné Bissau"
        out.setdefault(name.replace("-", " "), iso3)  # and the capital after it in lower case: "Royaume-uni", "Etats-unis"
        out.setdefault(re.sub(r"-(\w)", lambda m: "-" + m.group(1).lower(), name), iso3)
    for name, iso3 in english_short_names():
        out.setdefault(name, iso3)
    out.update(press_rows(lang))
    return out


def _unaccented(name: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", name[:1]) if not unicodedata.combining(c)) + name[1:]


def _bare(text: str) -> str:
    """Each letter without its accents, one letter for one ("São Tomé e Principe" is "Sao Tome e Principe")."""
    return "".join(unicodedata.normalize("NFD", c)[0] for c in text)


@lru_cache(maxsize=None)
def _bare_names(lang: str) -> dict[str, str]:
    out: dict[str, str] = {}
    for name, iso3 in names(lang).items():
        out.setdefault(_bare(name), iso3)
    return out


def _forms(name: str) -> list[str]:
    """"Russie, Fédération de" is also "Fédération de Russie" (the head alone, "Corée", may name two states)."""
    if ", " not in name:
        return [name]
    head, tail = name.split(", ", 1)
    joined = f"{tail} {head}" if not tail.endswith(("'", "’")) else f"{tail}{head}"
    return [name, joined]


def mentions(sentence: str, lang: str) -> list[tuple[int, int, str]]:
    """(start, end, iso3) of each state name, longest first, in order; the accents are not compared (the press
    drops some: "São Tomé e Principe", "Etats-Unis")."""
    return foreign_names.mentions(_bare(sentence), lang, _bare_names)


def positions(sentence: str, lang: str) -> list[tuple[str, str, str, int]]:
    """(iso3, vote, name as written, where) for each state whose vote the sentence states."""
    named = mentions(sentence, lang)
    found = [f for f in named if not TIE.search(sentence, max(0, f[0] - 60), f[0])
             and not langlists.in_a_relative(sentence, f, lang, named)]
    out: list[tuple[str, str, str, int]] = []
    for start, end, vote in vote_phrases(sentence, lang):
        if re.search(NEGATION[lang], sentence[max(0, start - 12):start], re.I):
            continue
        owned = any(re.compile(pattern, re.I).match(sentence, start) for pattern, _ in OWNED_VOTE[lang]) \
            or AMONG_THE.match(sentence, start)  # "…, fra gli astenuti il Mozambico": its list is after it
        run = (None if owned else langlists.run_before(sentence, found, start, lang)) or _run_after(sentence, found, end, lang) \
            or langlists.relative_subject(sentence, found, start, end, lang)
        out += [(iso3, vote, sentence[a:b], a) for a, b, iso3 in run
                if not re.search(TRAPS[lang], sentence[max(0, a - 40):a], re.I)
                and not re.search(NEGATED_AFTER[lang], sentence[b:start] if b <= start else "", re.I)
                and not _not_even(sentence, run[0][0], start, lang)]
    seen: set[str] = set()
    out = [p for p in out if not (p[0] in seen or seen.add(p[0]))]
    out += langlikewise.likewise(sentence, lang, found, vote_phrases(sentence, lang), out)
    seen.update(p[0] for p in out)
    def negated(at: int) -> bool:
        return bool(re.search(NEGATION[lang], sentence[max(0, at - 12):at], re.I))

    safe = [f for f in found if not re.search(TRAPS[lang], sentence[max(0, f[0] - 40):f[0]], re.I)]
    if lang not in langmarkers.MARKERS:  # no role markers written for the language yet (Dutch)
        return out
    return out + langroles.read(sentence, lang, safe, seen, vote_phrases(sentence, lang), _run_after, negated)


# a side's group opening its list ("tra gli astenuti A", "entre las abstenciones estuvieron A"): names before it are
# another clause's
AMONG_THE = re.compile(r"(?:tra|fra|entre|parmi|unter|onder)\s", re.I)


def _not_even(sentence: str, first: int, phrase: int, lang: str) -> bool:
    """"Not even" stands in the clause right before a list (at most a few words between) that its vote phrase
    follows: the states did not cast the vote."""
    before = sentence[max(0, first - 60):first]
    marker = list(re.finditer(NOT_EVEN[lang], before, re.I))
    return bool(marker) and phrase > first and not re.search(r"[.;:]", before[marker[-1].start():] + sentence[first:phrase])


def vote_phrases(sentence: str, lang: str) -> list[tuple[int, int, str]]:
    not_voting = [(phrases[lang], vote) for phrases, vote in ((ABSENT_PHRASES, ABSENT), (NO_PART_PHRASES, NOT_TAKING_PART))
                  if lang in phrases]
    spans = [(m.start(), m.end(), vote) for pattern, vote in VOTES[lang] + OWNED_VOTE[lang] + not_voting
             for m in wordtable.compiled(pattern).finditer(sentence)]
    for pattern, vote in LIST_AFTER[lang]:
        for m in wordtable.compiled(pattern).finditer(sentence):
            said = vote or (NO if re.search(r"contr|gegen|dagegen|tegen", m.group(0), re.I) else YES)
            spans = [s for s in spans if not (m.start() <= s[0] < m.end())] + [(m.start(), m.end(), said)]
    return sorted(spans)


# one item the name tables do not know, between commas, does not end a list: "Cuba, Correia do Norte, Nicarágua" (a
# misspelt name) or "Rep. Centroafricana"; a capital, up to three words, no digit
UNKNOWN_ITEM = r"(?:\s*,\s*(?-i:[A-ZÀ-Ý])[^\W\d]+\.?(?:\s+(?:(?:do|da|de|del|du|di|von|der)\s+)?(?-i:[A-ZÀ-Ý])[^\W\d]+)?(?=\s*,))?"
THIS_TIME = r"(?:cette\s+fois(?:-ci)?|esta\s+vez|desta\s+vez|questa\s+volta|diesmal|dit\s+keer)"


def _run_after(sentence: str, found: list, at: int, lang: str) -> list:
    """The names listed right after a phrase that opens a list: "votaron en contra: A, B y C"."""
    among = langmarkers.MARKERS.get(lang, {}).get("include", "(?!)")  # "votaron en contra, entre ellos A y B"
    # "naast A" (besides A) opens a Dutch list that A belongs to: "waren naast A nog zeven landen – B, C"
    opens = re.compile(r"^\s+(?:anche|también)\s+(?:(?:el|la|los|las|il|lo|gli|i|le)\s+|l['’]\s*)?$|(?:\s+" + THIS_TIME + r")?\s*(?::|(?<=\s)[-–—]|fueron|foram|waren|furono|étaient|sont|son|[:,]\s*(?:"
                       + among + r"))?\s*(?:de\s+|d['’]\s*|dos\s+|das\s+|von\s+|di\s+|del\s+|dell['’]\s*|della\s+|dei\s+|degli\s+"
                       r"|naast\s+|,?\s*(?:además\s+del?|além\s+d[eoa]s?|oltre\s+a(?:d|l|lla|i|gli|lle)?)\s+)?"
                       + ARTICLE + OWN + r"$", re.I)  # "Votaram contra a própria Rússia e ainda A"
    joint = re.compile(r"^" + UNKNOWN_ITEM + r"\s*(?:,|,?\s*(?:" + JOINER[lang] + r")|" + FURTHER.get(lang, "(?!)") + r")\s*"
                       + GROUP_OF_LIST + ARTICLE + OWN + r"$",
                       re.I)
    after = [f for f in found if f[0] >= at]
    if not after or not (opened := opens.match(sentence[at:after[0][0]])):
        return []
    run = wordnames.chained(sentence, after, joint)
    # a list after a dash ("ont voté contre - A, B et C") is the clause's end: else the dash opens an aside
    dashed = re.search(r"[-–—]", opened.group(0)) and not re.match(r"\s*(?:[.;)–—-]|$)", sentence[run[-1][1]:])
    return [] if dashed else run


YES_LABEL = r"(?:votos?\s+favor(?:áveis|ável|ables?)|stemmen\s+v[oó]{2}r|v[oó]{2}r-?stemmen|dafür|votos?\s+a\s+favor|voix\s+(?:pour|en\s+faveur)|Ja-?Stimmen|Jastimmen|Stimmen\s+dafür|voti\s+a\s+favore|favorevoli|a\s+favore|a\s+favor|pour|(?<=\bi\s)sì)"
NO_LABEL = r"(?:stemmen\s+tegen|tegenstemmen|tegen|votos?\s+en\s+contra|en\s+contra|votos?\s+contra|voix\s+contre|contre|Nein-?Stimmen|Neinstimmen|Gegenstimmen|dagegen|voti\s+contrari|contrari|contrári[oa]s|contrari[oa]s|contro|contra|(?<=\bi\s)no)"
ABSTAIN_LABEL = r"(?:abstenciones|abstenções|abstentions|(?:Stimm)?[Ee]nthaltungen|astensioni|astenuti|abstención|abstenção|abstention|(?:Stimm)?[Ee]nthaltung|astensione|onthoudingen|onthouding)"
# a group of the listed states opening the list's last stretch: "A et de nombreux pays européens : B, C" (its words
# after the noun neither a side's label nor a verb: "et trois pays contre : C" is another side's list)
GROUP_OF_LIST = (r"(?:(?:[^\W\d]+\s+){0,2}(?:pays|países|paesi|Länder|landen|États|Estados|Stati)(?:\s+(?!(?:" + YES_LABEL
                 + "|" + NO_LABEL + "|" + ABSTAIN_LABEL + r"|ont|sont|han|son|haben|sind|hanno|sono|hebben|zijn|têm|são)\b)"
                 r"[^\W\d]+){0,2}\s*(?::|\s[–—])\s*)?")
# a word that adds the next items to a list: "naast A nog zeven landen – B, C en D" (Dutch "nog": further)
FURTHER = {"nl": r"\s+nog(?=\s+(?:[^\W\d]+\s+){0,2}landen\s*(?::|\s[–—]))"}
ABSENT_LABEL = r"(?:ausências|ausentes|ausencias|absents)"  # "18 abstenções e 21 ausências", "Ausentes: 3"
FIELDS = (("yes", YES_LABEL), ("no", NO_LABEL), ("abstain", ABSTAIN_LABEL), ("absent", ABSENT_LABEL))
# the Italian article between a count and its label ("10 i contrari e 23 gli astenuti"), and a copula between a label
# and its count ("I voti favorevoli sono stati 141", "Los votos a favor fueron 120")
LABEL_ARTICLE = r"(?:(?:i|gli|le)\s+)?"
LABEL_COPULA = (r"(?:(?:(?:sono|erano)\s+stat[ie]|furono|erano|fueron|foram|waren|étaient|ont\s+été|zijn"
                r"|(?:haviam|tinham|habían|han|avevano)\s+(?:sido|stato))\s+)?")  # "Abstenções haviam sido 9"
# "143 voix contre 9", "128 votos contra 9", "por 170 votos a 6", "fue de 75 a 20", "votó 149-6": yes against no;
# the noun after both numbers ("mit 111 gegen 25 Stimmen", "met 123 tegen 38 stemmen") and "a vote of" before them
# ("un voto de 111 a 25", "una votazione di 111 a 25")
AGAINST = re.compile(r"\b(\d{1,3})\s*(?:voix|votos|voti|Stimmen)\s+(?:contre|contra|contro|gegen|a)\s+(\d{1,3})\b"
                     r"|\b(\d{1,3})\s+(?:gegen|zu|tegen|contre|contra|contro)\s+(\d{1,3})\s+(?:Stimmen|stemmen|voix|votos|voti)\b"
                     r"|\b(?:voto|votación|votação|votazione|vote|Abstimmung)\s+(?:de|di|von)\s+(\d{1,3})\s+(?:a|à|contra"
                     r"|contre|contro|zu|gegen)\s+(\d{1,3})\b"
                     r"|\b(\d{1,3})\s+(?:stemmen\s+)?tegen\s+(\d{1,3})\b"
                     r"|\b(?:fue|foi|fut|était|war|era|resultado)\s+(?:de|:)?\s*(\d{1,3})\s+(?:votos\s+)?(?:a|à|contra|contre|zu)\s+(\d{1,3})\b"
                     r"|\bvot(?:ó|aron|ou|aram)\s+(\d{1,3})\s*[-–]\s*(\d{1,3})\b", re.I)
# "aprobada por 99 votos": the votes a text was adopted by, unless "contra" follows ("por 99 votos contra 5")
BY_VOTES = re.compile(r"\b(?:por|par|com|con|mit|met)\s+(\d{1,3})\s+(?:votos|voix|voti|Stimmen|stemmen)\b(?!\s+(?:en\s+)?(?:contra"
                      r"|contre|contro|gegen|dagegen|contrari|tegen))", re.I)
# "40 naciones se abstuvieron", "35 hanno votato contro": a number of states with a vote phrase of the language
STATES_WORD = (r"(?:(?:otros|otras|autres|outros|outras|andere|weitere|altri|altre|únic[oa]s|unici|uniche|seul(?:e)?s)\s+)?(?:países|naciones|estados|pays"
               r"|États|nations|nações|Staaten|(?:UNO?-)?(?:Mitgliedstaaten|Mitgliedsstaaten|Mitglieder)|Nationen|Länder|paesi|Stati"
               r"|nazioni|delegaciones"
               r"|délégations|delegações|landen|lidstaten|delegaties)?")

OUT_OF = r"(?:\s+(?:de|dei|des|dos|das|der|von|van)\s+(?:(?:los|las|les|i|gli|os|as|die|den|de)\s+)?\d{3}(?=\s))?"  # "121 dei 193"


WHO = r"(?:\s*\b(?:qui|que|che|welche)\b)?"  # "35 qui se sont abstenus", "40 que se abstuvieron"
# a noun for states, required ("Dagegen stimmten neun Staaten"); STATES_WORD's may be absent
STATES_NOUN = (r"(?:países|naciones|estados|pays|États|nations|nações|Staaten|Länder|Nationen|Mitgliedstaaten"
               r"|Mitgliedsstaaten|paesi|Stati|nazioni|landen|lidstaten)")
# "120 gli Stati che hanno votato a favore": an Italian article between a count and its states noun
NOUN_ARTICLE = r"(?:(?:i|gli|le)\s+(?=" + STATES_NOUN + r"))?"
# no vote against: "ningún voto en contra", "sin votos en contra", "nenhum voto contra", "aucune voix contre",
# "ohne Gegenstimme", "keine Gegenstimmen", "nessun voto contrario", "geen tegenstemmen", "191 a favor, ninguno en contra"
NONE_AGAINST = re.compile(r"\b(?:(?:no\s+hubo|não\s+houve)\s+votos?\s+(?:en\s+)?contra(?!\s+d)"
                          r"|(?:ninguno|nenhum)\s+(?:en\s+)?contra(?!\s+d)|(?:ningún|ningun|sin|nenhum|sem|aucune?|nessun)\s+(?:votos?|voix|voti)\s+(?:en\s+)?"
                          r"(?:contra|contre|contrari[oi]|negativos?|negativi)|(?:ohne|keine)\s+Gegenstimmen?|geen\s+tegenstemmen)\b", re.I)
# no abstention: "não houve abstenções", "no hubo abstenciones", "sin abstenciones", "nenhuma abstenção", "senza astensioni"
NONE_ABSTAINED = re.compile(r"\b(?:(?:no\s+hubo|não\s+houve|il\s+n['’]y\s+a\s+(?:eu\s+)?aucune|non\s+ci\s+sono\s+state)\s+"
                            r"(?:abstenciones|abstenções|abstentions?|astensioni)|(?:sin|sem|sans|senza)\s+(?:abstenciones|abstenções"
                            r"|abstentions?|astensioni)|(?:ninguna|nenhuma|aucune|nessuna)\s+(?:abstención|abstenção|abstention"
                            r"|astensione))\b", re.I)
# "face à cinq pays contre et 35 abstentions", "i 12 paesi contrari": a count of states with a bare "against" (no object
# after it)
STATES_AGAINST = re.compile(r"\b(\d{1,3})\s+(?:pays|países|nações|paesi|Staaten|Länder|États|Estados|Stati)\s+(?:en\s+)?"
                            r"(?:contre|contra|contro|dagegen|contrari|contrári[oa]s)\b(?!\s+(?:la|le|les|el|los|las|l['’]|die"
                            r"|der|den|il|i|o|a|os|as|al|alla|ao|à|\d)\b)", re.I)


def _counted(sentence: str, lang: str) -> dict[str, int]:
    """A number of states with a vote phrase after it ("40 naciones se abstuvieron") or right before it ("Dagegen
    stimmten neun Staaten", "enthielten sich 23 Länder"). Not across an inclusion aside ("neun Staaten, darunter die
    USA, votierten dagegen"): read, its count made a fingerprint of two numbers with the abstentions after it that
    placed holdout20's l03 on another vote, and its two states were called contradicted there."""
    out: dict[str, int] = {}
    phrases = VOTES[lang] + [(pattern, vote or (NO if re.search(r"contr|gegen|tegen", pattern) else YES))
                             for pattern, vote in LIST_AFTER[lang]]
    sides_of: dict[int, set[str]] = {}  # where a number stands: the sides vote phrases after it give it
    for pattern, vote in phrases:
        # not across "and" ("opuesto por 25 naciones y se abstuvo por 13": the phrase is another clause's)
        for m in re.finditer(r"(?<![\d.,/])\b(\d{1,3})" + OUT_OF + r"\s+" + NOUN_ARTICLE + STATES_WORD + WHO
                             + r"(?!\s+(?:y|e|et|und|ed|en)\s)(?:\s+[^\d.;,:]{0,50}?)??\s*(?P<phrase>" + pattern + ")", sentence, re.I):
            if regions.counted_in_a_group(sentence[m.end(1):m.start("phrase")]):  # "9 países africanos votaron"
                continue
            sides_of.setdefault(m.start(1), set()).add(vote)
            out.setdefault(vote, int(m.group(1)) + _named_before_others(sentence, m.start(), m.end(1), lang))
        # "Dagegen stimmten neun Staaten", "se abstuvo por 13 naciones" (a passive, its agent after "by")
        for m in re.finditer(r"(?:" + pattern + r")\s+(?:(?:por|par|da|von|door)\s+)?(\d{1,3})\s+" + STATES_NOUN
                             + r"(?!\w)", sentence, re.I):
            out.setdefault(vote, int(m.group(1)))
    # "3 pays qui s'étaient abstenus lors des votes précédents ont voté en faveur": one number given two sides counts
    # the states that changed, not either side
    for at, sides in sides_of.items():
        if len(sides) > 1:
            number = int(re.match(r"\d+", sentence[at:])[0])
            out = {side: n for side, n in out.items() if not (side in sides and n == number)}
    return out


def _counted_past_an_aside(sentence: str, lang: str) -> dict[str, int]:
    """A number of states, an inclusion aside set off by commas, then the vote phrase: "23 landen, waaronder A,
    onthielden zich". Read only as a tally's third number (see `_counted`: alone it once placed a text on another
    vote)."""
    include = langmarkers.MARKERS.get(lang, {}).get("include")
    if include is None:
        return {}
    out: dict[str, int] = {}
    phrases = VOTES[lang] + [(pattern, vote or (NO if re.search(r"contr|gegen|tegen", pattern) else YES))
                             for pattern, vote in LIST_AFTER[lang]]  # "9 Staaten, angeführt von A, dagegen stimmten"
    for pattern, vote in phrases:
        for m in re.finditer(r"(?<![\d.,/])\b(\d{1,3})\s+" + STATES_NOUN + r"\s*,\s*(?:" + include + r")\s[^\d.;:,]{1,80},\s*(?:"
                             + pattern + ")", sentence, re.I):
            out.setdefault(vote, int(m.group(1)))
    return out


OTHERS_BEFORE = re.compile(r"\s*(?:,\s*)?(?:e|y|et|und|ed)\s+(?:los\s+|les\s+|os\s+|die\s+|gli\s+)?(?:otros|otras|autres|outros"
                           r"|outras|andere|anderen|weitere|altri|altre)\s+$", re.I)


OTHERS_AFTER = re.compile(r"\s+(?:otros|otras|autres|outros|outras|andere|anderen|weitere|altri|altre)\b", re.I)


def _named_before_others(sentence: str, at: int, end: int, lang: str) -> int:
    """'China e outros 37 países', 'China y 37 otros países': the states named before "and N others" are counted
    in (38); the number runs from `at` to `end`."""
    found = [f for f in mentions(sentence, lang) if f[1] <= at]
    gap = sentence[found[-1][1]:at] if found else ""
    if not found or not (OTHERS_BEFORE.fullmatch(gap) or (
            OTHERS_AFTER.match(sentence, end) and re.fullmatch(r"\s*(?:e|y|et|und|ed)\s+", gap, re.I))):
        return 0
    run = [found[-1]]
    for f in reversed(found[:-1]):
        if not re.fullmatch(r"\s*,\s*" + ARTICLE, sentence[f[1]:run[0][0]], re.I):  # "La Russie, le Bélarus et"
            break
        run.insert(0, f)
    return len({iso3 for _, _, iso3 in run})


# "met 106 stemmen tegen een (…)", "106 tegen één": Dutch "een" after "tegen" is the number one when nothing it could be
# the article of follows; else "tegen" would read as the label of the 106 ("106 against")
ONE_AGAINST = re.compile(r"(\d\s+(?:stemmen\s+)?tegen\s+)(?:één|een)(?=\s*[(,.;:]|\s*$|\s+(?:stem|bij|en|aangenomen"
                         r"|verworpen)\b)", re.I)


# "aprobó … con el apoyo de 122 de los 193 Estados", "approuvée par une majorité écrasante de 122 pays": the states that
# supported a text adopted, counted; a text presented with some states' support names its sponsors, not its votes
SUPPORTED_BY = re.compile(r"\b(?:(?:apoyo|respaldo|apoio|soutien|sostegno|appoggio|Unterstützung)\s+(?:de|von|di)"
                          r"|(?:une|la)\s+majorité(?:\s+écrasante)?\s+de|" + PASSED_BY + r")\s+(\d{1,3})(?=" + OUT_OF[:-1]
                          + r"|\s+(?:" + STATES_NOUN + r")\b)", re.I)
# adopted, or the text (not a state: "Portugal recebeu o apoio de 2 países") received the support
ADOPTED = re.compile(r"\b(?:aprob|aprov|adopt|approuv|approvat|adott|angenommen|vot(?:ée?|ad[ao]|at[ao])\b)|\b(?:texte|texto|résolution|resolución|resolução"
                     r"|risoluzione|Resolution|projet|proyecto|projeto)\b[^.;]{0,40}?\b(?:a\s+recueilli|a\s+obtenu|a\s+reçu"
                     r"|recibió|obtuvo|recebeu|obteve|ha\s+ottenuto|erhielt)\b", re.I)
SPONSORED = re.compile(r"patrocin|presentad|apresentad|parrain|présenté|coauteur|eingebracht|Miteinbring|presentat|promoss", re.I)


def _supported_by(sentence: str) -> re.Match | None:
    m = SUPPORTED_BY.search(sentence)
    return m if m and ADOPTED.search(sentence) and not SPONSORED.search(sentence) else None


ONE_ABSTENTION = re.compile(r"(?:\b(?:una|une|uma|eine)\s+|\bun['’]\s*)(?:abstención|abstention|astensione|abstenção|Enthaltung)\b", re.I)
# "88 voti a favore e un voto contrario", "con un voto en contra": one against, beside another side (no object after it:
# "un voto contra Rusia" is a side taken)
ONE_AGAINST_VOTE = re.compile(r"\b(?:un|una|uma|um|une)\s+(?:voto|voix|vote)\s+(?:contrari[oa]|en\s+contra|contra|contre|contro)\b"
                              r"(?!\s+(?:de|d['’]|di|del|della|da|do|a|o|la|le|il|el|los|les|l['’])\b|\s+(?-i:[A-ZÀ-Ý]))", re.I)
VOTES_IN_BRACKETS = re.compile(r"(\d)\s*\((?:voti|votos|voix|Stimmen|stemmen)\)", re.I)


def tally(sentence: str, lang: str = "es") -> dict[str, int] | None:
    """The numbers a sentence gives for each side: a tally (yes or no and one more) or a single count."""
    sentence = langnumbers.in_digits(sentence, lang)  # "quatre-vingt-dix voix contre douze"
    sentence = not_counts.group_shares_masked(sentence, lang)  # "entre los países del grupo X, 56 votaron a favor"
    sentence = VOTES_IN_BRACKETS.sub(lambda m: m.group(1) + " " * (len(m.group(0)) - 1), sentence)  # "187 (voti) a favore"
    if lang == "nl":
        sentence = ONE_AGAINST.sub(r"\g<1>1", sentence)
    out: dict[str, int] = {}
    pair = AGAINST.search(sentence)
    if pair:
        numbers = [int(n) for n in pair.groups() if n is not None]
        if defeated_abroad(sentence):  # "rechazada por 24 votos contra 15": the larger is the no
            numbers = sorted(numbers)
        out.update(yes=numbers[0], no=numbers[1])
    taken = [pair.span()] if pair else []
    by = BY_VOTES.search(sentence) or RECEIVED_VOTES.search(sentence) or _supported_by(sentence)
    if by and not pair:
        out["yes"] = int(by.group(1))
        taken.append(by.span())
    # "Dafür: 64 Dagegen: 15 Enthaltungen: 83": labels with a colon give the number after them, never before
    colon = re.search(r"(?:" + "|".join(label for _, label in FIELDS) + r")\s*:\s*\d", sentence, re.I)
    for field, label in FIELDS:
        # "10 i contrari", "I voti favorevoli sono stati 141"; a dash after the number starts a range ("46-20", not
        # "Dagegen: 46 – und zwar")
        for m in re.finditer((r"(?!)" if colon else r"\b(\d{1,3})\s+" + LABEL_ARTICLE + label + r"\b") + r"|\b" + label
                             + r"\s*:?\s+" + LABEL_COPULA + r"(\d{1,3})\b(?![\d.,]*\s*[-–]\s*\d)", sentence, re.I):
            if field in out or any(a <= m.start() < b for a, b in taken):
                continue
            out[field] = int(m.group(1) or m.group(2))
            taken.append(m.span())
    for m in NONE_AGAINST.finditer(sentence):  # "y ningún voto en contra", "ohne Gegenstimme"
        out.setdefault(NO, 0)
    if NONE_ABSTAINED.search(sentence):  # "Não houve abstenções", "sin abstenciones"
        out.setdefault(ABSTAIN, 0)
    if ONE_AGAINST_VOTE.search(sentence) and out:
        out.setdefault(NO, 1)
    if ONE_ABSTENTION.search(sentence) and out:  # "187 a favore, due contrari, un'astensione": one, beside the other sides
        out.setdefault(ABSTAIN, 1)
    for field, value in langcounted.counts(sentence, lang).items():  # "153 Länder dafür", "stemden 120 staten voor"
        out.setdefault(field, value)
    for field, value in _counted(sentence, lang).items():
        out.setdefault(field, value)
    if YES in out and len(out) >= 2:  # a tally's third number: "153 stemden vóór, tien tegen en 23 landen, waaronder A, onthielden zich"
        for field, value in _counted_past_an_aside(sentence, lang).items():
            out.setdefault(field, value)
    if "no" not in out and (against := STATES_AGAINST.search(sentence)) \
            and not any(a <= against.start() < b for a, b in taken):
        out["no"] = int(against.group(1))
    return out or None

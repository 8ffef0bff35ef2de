"""State lists attached by their role in a sentence written in Spanish, French, Portuguese, German or Italian.

`languages` reads a list that stands right before a vote phrase or right after one that opens a list. This module
reads, with one table of marker words per language (`langmarkers.MARKERS`), the lists it leaves:
- an inclusion in apposition to a count: "trente-cinq pays, parmi lesquels A et B, se sont abstenus", "72
  abstenciones, entre ellas las de A y B" (the side from the count's noun, the vote phrase between the count and the
  marker, or the vote phrase right after the list; never more states than a count in digits);
- a partitive: "A, B y C son algunos de los 38 países que se abstuvieron" (the side of the phrase the count's
  relative clause gives; never more states than the count);
- a companion of a voter: "se manifestó en contra y fue acompañada solo por A", "a voté contre, avec A et B" (the
  side of the one vote phrase the clause gives before the marker);
- the complement of a vote label (fifteenth round): "fue aprobada con el voto en contra de A y B", "los votos en
  contra fueron de A", "les voix contre sont celles de A", "Gegenstimmen kamen von A" (the label's side);
- the complement of "among those who" and a vote phrase: "Entre quienes se opusieron se encuentran A y B", "Parmi
  ceux qui se sont abstenus figurent A" (the phrase's side);
- a list closed by "among others" before its vote phrase: "A, B y C, entre otros, se abstuvieron";
- the complement of "among the" and a vote label (eighteenth round): "Entre as abstenções estão países como A e B",
  "Parmi les voix contre figurent A" (the label's side).
- the verb second, its subjects after it, then its side (German, Dutch; twenty-sixth round): "Am Mittwoch stimmten
  auch A und B gegen die Resolution", "Daarna stemden ook A en B tegen".
An inclusion may also be "such as" ("siete países votaron en contra, como A", "35 pays comme A") and need no comma
("35 se sont abstenus dont la Chine").
Refused: a count whose noun or verb names no side or two (a sponsor list: "présentée par 40 pays, dont A"), a negated
vote phrase, a companion of a deed that is not a vote.
"""

from __future__ import annotations

import re

from unga.claims import langnumbers, langphrases
from unga.claims.foreign_names import ARTICLE, JOINER
from unga.claims.langmarkers import (ABSTAIN, ARTICLES, BARE_SIDE, LABEL, LABEL_BEFORE, LABEL_SIDE, MARKERS, NO, STATES, YES,
                                     count_pattern, count_value)


def read(sentence: str, lang: str, found: list, taken: set, phrases, run_after, negated) -> list[tuple]:
    """(iso3, vote, name as written, where) for the lists `languages` left, by their role. `found` are the state
    mentions, `taken` the states already read, `phrases` the vote phrases (start, end, vote), `run_after` the list
    builder of `languages`, `negated(start)` whether a vote phrase at start is negated."""
    table = MARKERS[lang]
    phrases = [p for p in phrases if not negated(p[0])]
    out: list[tuple] = []
    for role in (_included, _listed, _count_is, _partitive, _companion, _label, _among_those, _among_label, _among_others, _joined,
                 _verb_second, _headed_also, _bracketed_then_verb):
        for iso3, vote, a, b in role(sentence, table, found, phrases, run_after, lang):
            if iso3 not in taken:
                taken.add(iso3)
                out.append((iso3, vote, sentence[a:b], a))
    return out


def _one_side(sides) -> str | None:
    found = set(sides) - {None}
    return found.pop() if len(found) == 1 else None


def _label_side(words: str) -> str | None:
    return _one_side(side for pattern, side in LABEL_SIDE if pattern.search(words))


def _bounded(run: list, n: str, lang: str) -> bool:
    """Never more states than the count (a count whose words make no number does not bound)."""
    value = count_value(n, lang)
    return value is None or len({iso3 for _, _, iso3 in run}) <= value


def _phrase_after(sentence: str, phrases, end: int) -> str | None:
    """The vote of the phrase right after a list: "…, se sont abstenus"."""
    for start, _, vote in phrases:
        if start >= end and re.fullmatch(r"\s*[,)—–-]?\s*(?:(?:también|aussi|também|auch|anche|ya|se|sich)\s+)?",
                                         sentence[end:start], re.I):
            return vote
    return None


def _phrase_before(sentence: str, phrases, start: int) -> str | None:
    """The vote of the phrase right before a count: "enthielten sich 23 Länder, darunter A", "se abstuvieron 35
    países, entre ellos A"."""
    return next((vote for _, end, vote in phrases if end <= start and not sentence[end:start].strip()), None)


# "also" after an inclusion marker: "23 Länder enthielten sich, darunter auch A"
ALSO = r"(?:(?:auch|ebenfalls|anche|aussi|également|también|também|ook)\s+)?"


def _included(sentence, table, found, phrases, run_after, lang):
    """'trente-cinq, parmi lesquels A et B, se sont abstenus', '72 abstenciones, entre ellas las de A y B', '32 en
    contra (entre ellos A)', '135 votos contra 12 (entre ellos los de A)', '35 abstenciones, entre ellos, A',
    'enthielten sich 23 Länder, darunter A'."""
    head = re.compile(_counted(lang) + r"(?P<between>[^.;:,\d]{0,60}?)\s*[,(—–-]?\s*" + ASIDE + r"(?:" + table["include"]
                      + r")\s*,?\s*" + ALSO + ARTICLES + r"$", re.I)
    for marker in re.finditer(r"(?<!\w)(?:" + table["include"] + r")\s*,?\s*" + ALSO + ARTICLES, sentence, re.I):
        match = head.search(sentence, max(0, marker.start() - 100), marker.end())
        while match and langnumbers.pattern(lang).search(match["between"]):  # the count nearest the marker: "50
            match = head.search(sentence, match.start() + 1, marker.end())  # abstentions et cinq voix contre, dont A"
        run = run_after(sentence, found, marker.end(), lang) if match else []
        if not run or not _bounded(run, match["n"], lang):
            continue
        between = [vote for start, _, vote in phrases if match.start("between") <= start < match.end("between")]
        vote = _count_side(sentence, match) or (
            _one_side(between) if between else _phrase_after(sentence, phrases, run[-1][1])
            or _phrase_before(sentence, phrases, match.start()))
        if vote:
            yield from ((iso3, vote, a, b) for a, b, iso3 in run)


# a noun phrase of the counted states before "such as": "29 países se abstuvieron, ante todo Estados insulares como
# A", "l'abstention de 29 pays dont de nombreux États d'Asie comme A"
ASIDE = (r"(?:(?:(?:ante\s+todo|sobre\s+todo|sobretudo|principalmente|especialmente|en\s+particular|surtout|principalement"
         r"|notamment|dont|vor\s+allem|darunter|soprattutto|tra\s+cui)\s+)?(?:(?:de\s+)?(?:nombreux|muchos|numerosos|muitos"
         r"|viele|molti)\s+)?"
         # "la mayoría de países europeos como A", "la plupart des pays d'Europe comme A": most of the counted states
         r"(?:(?:la\s+mayor[ií]a|la\s+mayor\s+parte|la\s+plupart|a\s+maioria|la\s+maggior\s+parte|die\s+meisten)"
         r"(?:\s+(?:de|des|dos|das|di|dei|delle))?\s+(?:(?:los|las|les|os|as|i|gli|le)\s+)?)?"
         r"(?:" + STATES + r"|membres|miembros|membros|Mitglieder|membri)(?:\s+[\w'’-]+){0,5}?\s+)?")


def _counted(lang: str, one: bool = False) -> str:
    """A count, the noun it counts and the side it may name after it: "cinco en contra", "35 abstenciones", "zes
    landen tegen"; with `one`, also the article that counts one before a label ("un voto contrario", group one)."""
    count = (r"(?:(?<![\w-])(?P<one>" + ONE + r")(?=\s+" + LABEL + r")|" + count_pattern(lang) + ")") if one else count_pattern(lang)
    return (count + r"(?:\s+(?P<noun>" + STATES + "|" + LABEL + r"))?(?:\s+(?P<bare>" + BARE_SIDE + r"))?")


def _count_side(sentence: str, match: re.Match) -> str | None:
    """The side a count names by its label ("35 abstenciones", "cinco en contra") or the label before it ("votos
    contra 12")."""
    if match["noun"] and re.fullmatch(LABEL, match["noun"], re.I):
        return _label_side(match["noun"])
    if match["bare"]:
        return _label_side(match["bare"])
    before = LABEL_BEFORE.search(sentence, max(0, match.start() - 60), match.start())  # or the text passed by the count:
    return _label_side(before[0]) if before else YES if langphrases.PASSED_BEFORE.search(sentence[:match.start()]) else None  # "adoptée par 72 pays, dont A"


ONE = r"uno|una|um|uma|une?|eine?"  # "y uno (A) se abstuvo": one, which the number words leave out as an article
# "un voto contrario (quello della Bielorussia)", "(celui de la Russie)", "(el de Rusia)": the vote's owner in brackets
THE_ONE_OF = (r"(?:(?:quell[oaie]|quelli|celui|celle|ceux|celles|el|la|los|las|o|os|as)\s+(?:di|del|della|dello|dei|degli"
              r"|delle|dell['’]|de|du|des|d['’]|da|do|dos|das)\s*(?=\w))?")


def _listed(sentence, table, found, phrases, run_after, lang):
    """'cinco en contra (A, B y C)', 'siete abstenciones: A, B', 'zes landen tegen: A', 'cinq pays ont voté contre (A,
    B et C)': a count with its side (its label, or the one vote phrase between it and the list), then a bracket or a
    colon opening the list (never more states than the count, which must be a number)."""
    listed = re.compile(_counted(lang, one=True) + r"(?P<verb>\s+[^.;:,\d()]{1,40}?)?\s*(?:\(|:)\s*" + THE_ONE_OF + ARTICLES, re.I)
    # overlapping: "119 votos a favor y un voto en contra (A)" is read from "un" too
    starts = (word.start() for word in re.finditer(r"(?<![\w-])\w", sentence))  # a count starts a word
    for match in (m for at in starts if (m := listed.match(sentence, at))):
        value = 1 if match["one"] else count_value(match["n"], lang)
        side = _count_side(sentence, match)
        if match["verb"]:  # the vote phrase must end where the list opens: "ont voté contre la Russie (…)" is no list
            inside = [(end, vote) for start, end, vote in phrases if match.start("verb") <= start and end <= match.end("verb")]
            side = _one_side([vote for _, vote in inside]) if inside and not sentence[max(inside)[0]:match.end("verb")].strip() \
                else None
        run = run_after(sentence, found, match.end(), lang) if side and value else []
        if run and len({iso3 for _, _, iso3 in run}) <= value:
            yield from ((iso3, side, a, b) for a, b, iso3 in run)


def _bracketed_then_verb(sentence, table, found, phrases, run_after, lang):
    """'dos países (A y B) se abstuvieron', 'y uno (A) se abstuvo': a count, the states it counts in brackets, then
    the vote phrase right after the bracket closes (never more states than the count)."""
    for match in re.finditer(r"(?:" + count_pattern(lang) + r"|(?<![\w-])(?P<one>" + ONE + r"))(?:\s+" + STATES
                             + r")?\s*\(\s*" + ARTICLES, sentence, re.I):
        value = 1 if match["one"] else count_value(match["n"], lang)
        run = run_after(sentence, found, match.end(), lang) if value else []
        if not run or len({iso3 for _, _, iso3 in run}) > value:
            continue
        close = re.match(r"\s*\)\s*", sentence[run[-1][1]:])
        sides = [vote for start, _, vote in phrases if close and start == run[-1][1] + close.end()]
        if sides:
            yield from ((iso3, sides[0], a, b) for a, b, iso3 in run)


# a line headed by a side's label and its count ("Dafür: 61 Staaten – und zwar: …"), and the word that adds the
# states it names after its groups ("…, außerdem Kuba und Zypern")
HEADED = re.compile(r"^\s*(?P<label>" + LABEL + r"|dafür|dagegen|a\s+favor|en\s+contra|pour|contre|a\s+favore|contro|contra)"
                    r"\s*:\s*(?P<n>\d{1,3})(?!\d)", re.I)
IN_ADDITION = r"außerdem|ferner|sowie|inoltre|nonché|además|además\s+de|en\s+outre|ainsi\s+que|além\s+disso|bem\s+como"


def _headed_also(sentence, table, found, phrases, run_after, lang):
    """'Dafür: 61 Staaten – und zwar: 9 Staaten einer Gruppe, …, außerdem Kuba und Zypern': in a line headed by a
    side's label and its count, the states named after "außerdem" (besides) take the label's side; the groups before
    it are not states, and a name inside them ("Verbündete der USA", "außer Kuba") is never read."""
    head = HEADED.match(sentence)
    side = _one_side(side for pattern, side in LABEL_SIDE if pattern.search(head["label"])) if head else None
    if not side:
        return
    for also in re.finditer(r"[,;]\s*(?:" + IN_ADDITION + r")\s+", sentence, re.I):
        run = run_after(sentence, found, also.end(), lang)
        other = [start for start, _, vote in phrases if vote != side and start < (run[-1][1] if run else 0)]
        if run and not other and len({iso3 for _, _, iso3 in run}) <= int(head["n"]):
            yield from ((iso3, side, a, b) for a, b, iso3 in run)


# "besides" before a copula: "I 12 paesi contrari, oltre a A e B, sono C e D" (A and B are of the side too)
BESIDES = r"oltre\s+ad?|além\s+d[eoa]s?|además\s+de|en\s+plus\s+d(?:e|es|u)|außer"
IS = r"sono|erano|furono|son|fueron|eran|sont|étaient|furent|são|foram|eram|sind|waren"


def _count_is(sentence, table, found, phrases, run_after, lang):
    """'I 12 paesi contrari sono A, B e C', 'i 19 astenuti sono A', 'les 12 pays contre sont A': a count with its side,
    a copula, the list (never more states after the copula than the count); a "besides" aside before the copula names
    states of the side too."""
    for match in re.finditer(_counted(lang) + r"(?:\s*,\s*(?P<besides>" + BESIDES + r")\s+[^,;:.]{1,80}?,)?\s+(?:" + IS
                             + r")\s*:?\s+" + ARTICLES, sentence, re.I):
        value, side = count_value(match["n"], lang), _count_side(sentence, match)
        run = run_after(sentence, found, match.end(), lang) if side and value else []
        if not run or len({iso3 for _, _, iso3 in run}) > value:
            continue
        besides = run_after(sentence, found, match.end("besides"), lang) if match["besides"] else []
        yield from ((iso3, side, a, b) for a, b, iso3 in besides + run if a < match.end() or (a, b, iso3) in run)


def _partitive(sentence, table, found, phrases, run_after, lang):
    """'A, B y C son algunos de los 38 países que se abstuvieron'."""
    # a relative clause may stand between the list and the bridge: "A, que apoyó el proyecto, estuvo entre los 21 …"
    bridge = re.compile(r"(?:\s*,\s*(?:" + table["relative"] + r")\s+[^,;:.()]{1,60},)?\s*,?\s*(?:" + table["partitive"] + r")[a-zà-ÿ']*\s*" + ARTICLES + count_pattern(lang) + r"\s+" + STATES
                        + r"\s+(?:" + table["relative"] + r")\s+(?:(?:también|aussi|também|auch|anche)\s+)?$", re.I)
    for start, _, vote in phrases:
        before = [f for f in found if f[1] <= start]
        if not before:
            continue
        match = bridge.match(sentence[:start], before[-1][1])
        if match is None:
            continue
        run = _run_ending(sentence, before, lang)
        if _bounded(run, match["n"], lang):
            yield from ((iso3, vote, a, b) for a, b, iso3 in run)


def _run_ending(sentence: str, before: list, lang: str) -> list:
    joint = re.compile(r"\s*(?:,|,?\s*(?:" + JOINER[lang] + r"))\s*" + ARTICLE, re.I)
    run = [before[-1]]
    for f in reversed(before[:-1]):
        if not joint.fullmatch(sentence[f[1]:run[0][0]]):
            break
        run.insert(0, f)
    return run


NOT_A_VOTE = re.compile(r"patrocin|parrain|présent|present|eingebracht|vorgelegt|propu|propos|visit|redact|rédig"
                        r"|redig|firm|sign|enmienda|amendement|emenda|Änderung|emendament", re.I)


CLAUSE_END = re.compile(r"[.;:]\s|\b(?:alors\s+que|tandis\s+que|mais|mientras|pero|enquanto|mas|während|aber|mentre"
                        r"|ma)\b", re.I)


def _companion(sentence, table, found, phrases, run_after, lang):
    """'se manifestó en contra y fue acompañada solo por A', 'a voté contre, avec A': the one vote of the clause."""
    marker = re.compile(r"(?<!\w)(?:" + table["companion"] + r")\s+(?:(?:solo|sólo|solamente|apenas|seulement"
                        r"|uniquement|nur|solo|soltanto)\s+)?(?:por\s+|par\s+|da\s+)?" + ARTICLES
                        + r"(?:(?:propi[oa]s?|própri[oa]s?|stess[oa])\s+)?", re.I)
    for match in marker.finditer(sentence):
        clause = re.split(r"[.;:]\s", sentence[:match.start()])[-1]
        offset = match.start() - len(clause)
        if NOT_A_VOTE.search(clause):
            continue
        vote = _nearest(clause, [(s - offset, v) for s, _, v in phrases if offset <= s < match.start()])
        run = run_after(sentence, found, match.end(), lang)
        rest = run[-1][1] + len(CLAUSE_END.split(sentence[run[-1][1]:])[0]) if run else 0
        if run and (NOT_A_VOTE.search(sentence[run[-1][1]:rest]) or any(run[-1][1] <= p[0] < rest for p in phrases)):
            continue  # "Francia, junto con Alemania, presentó una enmienda": another deed, or a vote of the list's own
        if vote and run:
            yield from ((iso3, vote, a, b) for a, b, iso3 in run)


# a stance the text takes ("se manifestó en contra de la resolución"), read only before a companion marker
STANCE = [(re.compile(r"\bse\s+manifest(?:ó|aron|ou)\s+(?:en\s+)?contra\b|\bse\s+pronunci(?:ó|aron)\s+en\s+contra\b"
                      r"|\bs['’]est\s+prononcée?\s+contre\b|\bsi\s+è\s+espress[oa]\s+contro\b", re.I), NO),
          (re.compile(r"\bse\s+manifest(?:ó|aron|ou)\s+a\s+favor\b|\bs['’]est\s+prononcée?\s+pour\b", re.I), YES)]


def _nearest(clause: str, said: list[tuple[int, str]]) -> str | None:
    """The side of the vote phrase or stance nearest before the marker: 'que se abstuvo, esta vez se manifestó en
    contra y fue acompañada por A' is against; none when that stance is negated."""
    said = said + [(m.start(), side) for pattern, side in STANCE for m in pattern.finditer(clause)
                   if not re.search(r"\b(?:no|não|ne|n['’]|nicht|non)\s+$", clause[:m.start()], re.I)]
    return max(said)[1] if said else None


# a vote label and its complement: "con el voto en contra de A", "los votos en contra fueron de A", "os votos contra
# foram dos Estados A e B", "les voix contre sont celles de A", "Gegenstimmen kamen von A"
LABEL_NOUN = re.compile(r"(?<!\w)(?:(?:votos?|voix|votes?|voti|Stimmen)\s+(?:en\s+)?(?:contra|contre|contrari[oa]s?|contrári[oa]s"
                        r"|negativ[oa]s?|a\s+favore?|pour|favorables?|favoráveis|favorevoli)|abstenciones|abstentions"
                        r"|abstenções|Enthaltungen|astensioni|Gegenstimmen|Nein-Stimmen|Ja-Stimmen|tegenstemmers|voorstemmers"
                        r"|onthoudingen)(?!\w)", re.I)
NOUN_SIDE = [(re.compile(r"absten|abstenç|Enthaltung|astensi|onthoud", re.I), ABSTAIN),
             (re.compile(r"contr|negativ|Gegen|Nein|tegen", re.I), NO), (re.compile(r"favor|pour|Ja-|voorstem", re.I), YES)]
COPULA = (r"(?:fueron|eran|son|vinieron|provinieron|foram|eram|são|vieram|sont|étaient|furent|venaient|sont\s+venues"
          r"|kamen|waren|sind|sono\s+stat[ie]|erano|furono|vennero)")
OWNER = (r"(?:(?:los|las|les|celles|ceux|as|os|quelli|quelle)\s+)?(?:de|del|dos|das|des|du|von|di|da|dei|degli|delle"
         r"|d['’])\s*")
GROUP_NOUN = (r"(?:(?:los|las|les|os|as|die|i|gli)\s+)?(?:países|Estados|pays|États|Etats|nações|Staaten|Länder|paesi"
              r"|Stati)\s*,?\s*")
WITH_BEFORE = re.compile(r"(?<!\w)(?:con|com|avec|mit)\s+(?:(?:el|los|la|las|o|os|a|as|le|la|les|den|die|il|i)\s+)?$", re.I)


def _label(sentence, table, found, phrases, run_after, lang):
    """'con el voto en contra de A y B', 'los votos en contra fueron de A': a copula, a colon or "with … of" must
    tie the list to the label (not "el voto en contra de Rusia" alone: that may be a vote against Russia)."""
    for match in LABEL_NOUN.finditer(sentence):
        bridge = re.compile(langphrases.LIST_NOUN + r"\s*,?\s*(?P<copula>" + COPULA + r"\s*|:\s*)?(?:" + OWNER + r")?(?:" + GROUP_NOUN + r")?", re.I)
        tied = bridge.match(sentence, match.end())
        if not tied or not (tied["copula"] or WITH_BEFORE.search(sentence, 0, match.start()) and tied.end() > match.end()):
            continue
        run = run_after(sentence, found, tied.end(), lang)
        side = _one_side(side for pattern, side in NOUN_SIDE if pattern.search(match.group(0)))
        if run and side and not re.search(r"\b(?:no|não|ne|n['’]|nicht|non|sin|sans|ohne|senza)\s+(?:\w+\s+){0,2}$",
                                          sentence[max(0, match.start() - 30):match.start()], re.I):
            yield from ((iso3, side, a, b) for a, b, iso3 in run)


# "Entre quienes se opusieron, se encuentran A", "Parmi ceux qui se sont abstenus figurent A", "Entre os que votaram
# contra estão A", "Tra quelli che si sono astenuti ci sono A", "Zu den Staaten, die dagegen stimmten, gehörten A"
AMONG_THOSE = re.compile(r"(?<!\w)(?:entre|parmi|unter|tra|fra|onder)\s+(?:qui[eé]nes|los\s+que|las\s+que|ceux\s+qui|celles\s+qui"
                         r"|os\s+que|as\s+que|aqueles\s+que|denen,?\s+die|quelli\s+che|coloro\s+che"
                         # "Entre los 35 países que se abstuvieron estaban A", "Parmi les pays qui ont voté contre figurent A"
                         r"|(?:los|las|les|os|as|i|le|de)\s+(?:(?P<n>\d{1,3})\s+)?" + STATES + r"\s+(?:que|qui|che|die))\s+"
                         # "Zu den Ländern, die gegen den Entwurf stimmten, gehörten A" (the clause's verb last)
                         r"|(?<!\w)(?:zu|unter)\s+den\s+" + STATES + r"n?\s*,\s*(?:die|welche)\s+", re.I)
THERE_ARE = re.compile(r"\s*,?\s*(?:se\s+encuentran|se\s+encontraban|figuran|figuraban|están|estaban|estuvieron|figurent"
                       r"|figuraient|se\s+trouvent|se\s+trouvaient|on\s+trouve|estão|estavam|figuram|waren|sind"
                       r"|bevonden\s+zich|bevinden\s+zich"
                       r"|befinden\s+sich|gehör(?:en|ten|te|t)(?:\s+(?:auch|ebenfalls|unter\s+anderem))?|ci\s+sono|c['’]erano"
                       r"|figurano|erano|sono)\s*:?\s*", re.I)


def _among_those(sentence, table, found, phrases, run_after, lang):
    for match in AMONG_THOSE.finditer(sentence):
        said = [(start, end, vote) for start, end, vote in phrases if match.end() <= start <= match.end() + 12
                and re.fullmatch(r"(?:(?:se|s['’]|si|sich|han|ont|hanno)\s*)?", sentence[match.end():start], re.I)]
        there = THERE_ARE.match(sentence, said[0][1]) if len(said) == 1 else None
        run = run_after(sentence, found, there.end(), lang) if there else []
        if run and (match["n"] is None or _bounded(run, match["n"], lang)):
            yield from ((iso3, said[0][2], a, b) for a, b, iso3 in run)


# "A, B y C, entre otros, se abstuvieron": the list ends at "among others", its vote phrase right after
AMONG_OTHERS = re.compile(r"\s*,\s*(?:entre\s+otr[oa]s|parmi\s+d['’]autres|entre\s+outr[oa]s|unter\s+anderem|tra\s+gli\s+altri"
                          r"|fra\s+gli\s+altri)\s*,?\s*(?:(?:también|aussi|também|auch|anche|se|s['’]|si|sich|ont|han"
                          r"|hanno)\s*)*$", re.I)


def _among_others(sentence, table, found, phrases, run_after, lang):
    for start, _, vote in phrases:
        before = [f for f in found if f[1] <= start]
        if before and AMONG_OTHERS.fullmatch(sentence, before[-1][1], start):
            yield from ((iso3, vote, a, b) for a, b, iso3 in _run_ending(sentence, before, lang))


# "Entre as abstenções estão países como A e B", "Parmi les voix contre figurent A", "Zu den Enthaltungen gehören A":
# the label's side
AMONG_LABEL = re.compile(r"(?<!\w)(?:entre|parmi|unter|zu|tra|fra|onder)\s+(?:(?:las|los|as|os|les|den|le|gli|i|de)\s+)?(?P<label>"
                         + LABEL_NOUN.pattern + r")" + THERE_ARE.pattern
                         + r"(?:(?:países|pays|Länder|Staaten|paesi|nações|naciones)\s+(?:como|comme|wie|come)\s+)?", re.I)


def _among_label(sentence, table, found, phrases, run_after, lang):
    for match in AMONG_LABEL.finditer(sentence):
        side = _one_side(side for pattern, side in NOUN_SIDE if pattern.search(match["label"]))
        run = run_after(sentence, found, match.end(), lang) if side else []
        yield from ((iso3, side, a, b) for a, b, iso3 in run)


PURPOSE_SIDE = [(re.compile(r"absten|abster", re.I), ABSTAIN), (re.compile(r"contr|oppos|opon|opor|rechaz|rejet|rejeit", re.I), NO),
                (re.compile(r"favor|pour|apoy|respald|souten|appuy|apoi", re.I), YES)]


def _joined(sentence, table, found, phrases, run_after, lang):
    """'Siete países -A, B y C- se unieron a D y E para oponerse a la medida': the states that joined others and the
    others, when the purpose is a vote ("to oppose", "to vote against"); the joiners stand right before the verb."""
    if "joined" not in table:
        return
    for m in re.finditer(r"(?<!\w)(?:" + table["joined"] + r")\s+", sentence, re.I):
        joined = run_after(sentence, found, m.end(), lang)
        purpose = re.compile(r"\s*,?\s*(?:" + table["purpose"] + r")(?!\w)", re.I).match(sentence, joined[-1][1]) if joined else None
        verb = re.sub(r"^\s*,?\s*\S+\s+", "", purpose.group(0)) if purpose else ""  # "voter contre", not "pour …"
        side = _one_side(side for pattern, side in PURPOSE_SIDE if pattern.search(verb)) if purpose else None
        if side is None:
            continue
        before = [f for f in found if f[1] <= m.start()]
        joiners = (_run_ending(sentence, before, lang) if before
                   and re.fullmatch(r"\s*[-–—]?\s*(?:(?:también|aussi|também)\s+)?", sentence[before[-1][1]:m.start()]) else [])
        yield from ((iso3, side, a, b) for a, b, iso3 in joiners + joined)


def _verb_second(sentence, table, found, phrases, run_after, lang):
    """'Am Mittwoch stimmten auch A und B dafür', 'Daarna stemden ook A en B tegen': the verb second, its subjects
    right after it, then the word of its side (a negation or an object other than the text between: no list)."""
    if "verb_first" not in table:
        return
    for m in re.finditer(r"(?<!\w)(?:" + table["verb_first"] + r")\s+", sentence, re.I):
        run = run_after(sentence, found, m.end(), lang)
        for side, then in table["then"].items() if run else ():
            # an apposition set off by commas may stand before the side's word: "onthielden A en B, twee grote landen, zich"
            said = re.compile(r"(?:\s*,(?:[^,;:.()\d]|\d[.,]?)+,)?\s+(?:(?:auch|ebenfalls|ook|eveneens|zelf|selbst)\s+)?(?:"
                              + then + r")(?![\w-])", re.I).match(sentence, run[-1][1])
            if said:  # and the companions named after the side's word: "…, zich, samen met C en D"
                along = re.compile(r"\s*,?\s*(?:" + table["companion"] + r")\s+", re.I).match(sentence, said.end())
                also = run_after(sentence, found, along.end(), lang) if along else []
                yield from ((iso3, side, a, b) for a, b, iso3 in run + _besides(sentence, found, m.start(), table) + also)


def _besides(sentence: str, found: list, verb: int, table: dict) -> list:
    """"Naast de VS stemde alleen Israël tegen" (besides the US, only Israel voted against): the states named with
    "besides" opening the clause right before the verb vote with its subjects."""
    before = [f for f in found if f[1] <= verb]
    if "besides" not in table or not before or not re.fullmatch(r"\s*,?\s*", sentence[before[-1][1]:verb]):
        return []
    run = [before[-1]]
    for f in reversed(before[:-1]):
        if not re.fullmatch(r"\s*(?:,|en|und)\s*" + ARTICLES, sentence[f[1]:run[0][0]], re.I):
            break
        run.insert(0, f)
    opened = re.search(r"(?:^|[,;:]\s*)(?:" + table["besides"] + r")\s+" + ARTICLES + r"$", sentence[:run[0][0]], re.I)
    return run if opened else []

"""Votes and tallies written in Russian.

Russian marks a noun's role by its case, so a state's name is read with its case (`russian_names` declines them,
each form keeping the cases it can be). A state is a voter only in the case its place asks: the
nominative as the subject of a vote phrase ("США и Украина выступили против", "Против проголосовали США и Израиль"),
the accusative after "включая", the nominative after "в том числе" or "среди них". A name in another case is the
object of the text ("против Израиля"), its sponsor ("внесённую Россией") or a complement ("делегацией Кубы"): left
alone. A name that does not decline (США, Перу) can be any case, so a preposition or noun before it decides. Counts
and tallies read digits and Russian number words ("сто сорок один голос «за», пять «против»").
"""

from __future__ import annotations

import re

from unga.claims import bounds, party_objects
from unga.claims.numbers import defeated_abroad
from unga.claims.phrases import NOT_TAKING_PART
from unga.claims.russian_names import CYRILLIC, mentions, plain

NOT_RUSSIAN = re.compile(r"[іїєґѓќљњѕјўІЇЄҐЃЌЉЊЅЈЎ]")  # Ukrainian, Macedonian, Serbian, Belarusian letters
FUNCTION_WORDS = frozenset("и в на не что за против по с из при также был была были было это который которая которые "
                           "его ее их как о об от для стран государств голосов воздержались проголосовали".split())
YES, NO, ABSTAIN, ABSENT = "yes", "no", "abstain", "absent"
VOTES_AGAINST = re.compile(r"\d{1,3}\s+голос\w*\s+против\s+\d{1,3}", re.I)


def is_russian(sentence: str) -> bool:
    """Mostly Cyrillic words, none of another Cyrillic language's letters, and two Russian function words (a vote
    phrase or a pair of votes counts as two)."""
    words = re.findall(r"\w+", sentence.lower())
    cyrillic = [w for w in words if CYRILLIC.search(w)]
    voted = bool(_phrases(plain(sentence)) or VOTES_AGAINST.search(sentence))  # "отклонила 57 голосами против 41"
    score = sum(w in FUNCTION_WORDS for w in cyrillic) + 2 * voted
    return len(cyrillic) * 2 > len(words) and not NOT_RUSSIAN.search(sentence) and score >= 2


# vote phrases (pattern, vote); written on text whose ё is е
VOTES = [(r"(?:про)?голосовал(?:а|о|и)?\s+[«\"“]?за\b[»\"”]?", YES), (r"поддержал(?:а|о|и)?\b", YES),
         (r"(?<![\w-])одобрил(?:а|о|и)?\b", YES),  # "Документ одобрили 152 государства"
         # "Семь государств не стали принимать участие в голосовании", "не участвовали в голосовании": not taking part (the negation is the phrase's own),
         # away or maybe abstaining, as English "did not take part" (phrases.NOT_TAKING_PART)
         (r"(?<![\w-])не\s+(?:(?:стал[аио]?\s+)?(?:принимать|принял[аио]?|приняв\w*)\s+участи[ея]|участвовал[аио]?)\s+в\s+"
          r"голосовании\b", NOT_TAKING_PART),
         (r"высказал(?:ся|ась|ось|ись)\s+за\b", YES),
         (r"(?:про)?голосовал(?:а|о|и)?\s+[«\"“]?против\b[»\"”]?", NO), (r"выступил(?:а|о|и)?\s+против\b", NO),
         (r"высказал(?:ся|ась|ось|ись)\s+против\b", NO), (r"воздержал(?:ся|ась|ось|ись)\b", ABSTAIN),
         # "A и B оказались в числе 51 воздержавшихся", "A, B и C вошли в список 18 государств, воздержавшихся от
         # голосования": among those who abstained (or voted for, against), the names before
         (r"(?:оказал(?:ся|ась|ось|ись)|вош(?:ел|ёл|ла|ло|ли))\s+(?:в\s+(?:числе|число|список|списке)|среди)\s+"
          r"(?:\d{1,3}\s+)?(?:(?:стран|государств)\w*,?\s+)?воздержавшихся\b", ABSTAIN),
         (r"(?:оказал(?:ся|ась|ось|ись)|вош(?:ел|ёл|ла|ло|ли))\s+(?:в\s+(?:числе|число|список|списке)|среди)\s+"
          r"(?:\d{1,3}\s+)?(?:(?:стран|государств)\w*,?\s+)?(?:про)?голосовавших\s+за\b", YES),
         (r"(?:оказал(?:ся|ась|ось|ись)|вош(?:ел|ёл|ла|ло|ли))\s+(?:в\s+(?:числе|число|список|списке)|среди)\s+"
          r"(?:\d{1,3}\s+)?(?:(?:стран|государств)\w*,?\s+)?(?:про)?голосовавших\s+против\b", NO)]
# a vote phrase whose verb comes last, so that the voters may follow it: "Против проголосовали США и Израиль",
# "За этот документ проголосовали 72 государства", "Воздержались Китай и Индия", "голоса за отдали 133 государства"
# the text voted on, in up to three words ("принятие резолюции", "предложения"), one of them maybe its topic ("по Крыму")
OBJECT = (r"(?:(?:нее|него|них|этот|эту|это|данн\w+|документ\w*|резолюци\w+|проект\w*|текст\w*|приняти[ея]|предложени[ея]"
          r"|(?:по|о|об)\s+[\w-]+)(?:\s+|(?=,))){0,3}(?:,[^,.;:]{1,60},\s*)?")
VERB_LAST = [(r"(?<![\w-])(за|против)\s+" + OBJECT + r"(?:про)?голосовал(?:а|о|и)?\b", None),
             (r"(?<![\w-])против\s+" + OBJECT + r"выступил(?:а|о|и)?\b", NO),
             (r"(?<![\w-])(за|против)\s+" + OBJECT + r"высказал(?:ся|ась|ось|ись)\b", None),
             (r"(?<![\w-])(?:свои\s+)?голоса\s+за\s+(?:[\w-]+\s+){0,3}?отдал(?:а|о|и)?\b", YES),
             (r"(?<![\w-])воздержал(?:ся|ась|ось|ись)\b", ABSTAIN),
             # "Несогласие с документом выразили A и B": disagreement with the text stated, its voters after the verb
             (r"(?<![\w-])(?:сво[еёë]\s+)?несогласие\s+(?:с\s+" + OBJECT + r")?(?:[^.;:]{0,80}?\s)??выразил(?:а|о|и)?\b", NO),
             # "Резолюцию поддержали A и B": the text supported, its supporters after the verb (a state before the
             # verb is still read first: "Россия резолюцию поддержала")
             (r"(?<![\w-])(?=нее|него|этот|эту|это|данн|документ|резолюци|проект|текст)" + OBJECT + r"поддержал(?:а|о|и)?\b",
              YES),
             (r"(?<![\w-])(за|против)\s+был[аио]?\b", None),  # "против были РФ, Белоруссия"
             # "Голоса «против» поступили от России, Беларуси": the voters in the genitive after "from"
             (r"(?<![\w-])голоса\s+[«\"“]?(за|против)[»\"”]?\s+(?:поступили|пришли|были\s+отданы)\s+(?:от|со\s+стороны)\b",
              None),
             # "Среди воздержавшихся также оказались A и B", "Среди проголосовавших против были A"
             (r"(?<![\w-])среди\s+(?:воздержавшихся|(?:про)?голосовавших\s+(за|против))\s+(?:также\s+|тоже\s+)?"
              r"(?:оказал(?:ся|ась|ось|ись)|был[аио]?|значил(?:ся|ась|ись)|[—–:])", None)]
NEGATION = re.compile(r"(?<![\w-])не\s+(?:стал[аои]?\s+|смогл[аои]?\s+)?$", re.I)
# a name right after these is the text's object, its sponsor or a complement, whatever its case
TRAP = re.compile(r"(?<![\w-])(?:против|осужда\w*|осуди\w*|в\s+отношении|по\s+инициативе|внесен\w*|предложенн\w*"
                  r"|представленн\w*|подготовленн\w*|делегаци(?:ей|и|ю|я)|представител\w+|со\s+стороны|о|об|в|во"
                  r"|на|для|к|по|из|от|у|с|со|между|кроме|без"
                  # a state's deed before its name, which is then its owner ("решения США", "позиции Перу")
                  r"|" + party_objects.DEED["ru"] + r")\s+$", re.I)
JOINT = re.compile(r"\s*(?:,|,?\s*(?:и|а\s+также))\s*")
# a list item the tables do not know (a misspelt name: "Камбоджиа", "Комороские острова"), between two commas: passed
# over, not read, in a list after its vote phrase
UNKNOWN_ITEM = re.compile(r"\s*,\s*[А-ЯЁ][а-яё-]+(?:\s+[а-яё-]+)?\s*,\s*")
GAP = re.compile(r"\s*(?:,\s*(?:как\s+и\s+(?:ожидалось|в\s+прошлом\s+году)),\s*)?(?:(?:также|тоже|же|вновь|снова|опять|впервые"
                 r"|на\s+этот\s+раз"
                 r"|в\s+очередной\s+раз|традиционно|единодушно|дружно|по-прежнему)\s+){0,2}")
# "Против проголосовали в том числе A и B": the list after its vote phrase, maybe "including" the states named
OPENS = re.compile(r"\s*(?::|—|–)?\s*(?:в\s+том\s+числе\s+)?")
# a companion of the voters, after their vote phrase and its object: "проголосовал за принятие наряду с Китаем"
ALONG = re.compile(r"\s*" + OBJECT + r",?\s*(?:наряду|вместе)\s+со?\s+", re.I)
# "Китай воздержался, как и Индия": the states after "as did", in the nominative, cast the same vote
LIKE = re.compile(r"\s*" + OBJECT + r"(?:\s*при\s+голосовании)?\s*,\s*(?:как\s+и|так\s+же,?\s+как\s+и|равно\s+как\s+и)\s+", re.I)
FROM = re.compile(r"(?:от|со\s+стороны)$")  # a vote phrase ending in "from": its list is in the genitive
# "Против высказались представители 12 государств — России, Беларуси": the list after is in the genitive
DELEGATES = re.compile(r"\s*(?:представител\w+|делегаци\w+)\s+(\d{1,3})\s+(?:стран|государств)\s*[—–:-]\s*",
                       re.I)
# markers of an inclusion and the case of the names they list
INCLUDE = [(r"включая", "acc"), (r"в\s+(?:том|их)\s+числе\s*(?:[—–:-]\s*)?", "nom"), (r"(?<=[—–])", "nom"), (r"среди\s+(?:них|которых)\s*(?:[—–:-]\s*)?(?:был[иа]?\s+)?", "nom"),
           (r"(?:таки[ехм]\s+)?как", "nom"), (r"в\s+частности", "nom")]
OTHER_BODY = re.compile(r"Совет\w*\s+Безопасности|Совбез|СБ\s+ООН|Совет\w*\s+по\s+правам\s+человека|\bСПЧ\b|\bвето\b"
                        r"|комитет|комисси", re.I)
PROCEDURAL = re.compile(r"поправк|процедурн|\bпункт|\bабзац|предложени\w+\s+о\s+непринятии", re.I)


def _phrases(text: str) -> list[tuple[int, int, str, bool]]:
    """(start, end, vote, verb last) of each vote phrase not negated."""
    out = [(m.start(), m.end(), vote, False) for pattern, vote in VOTES for m in re.finditer(pattern, text, re.I)]
    for pattern, vote in VERB_LAST:
        for m in re.finditer(pattern, text, re.I):
            said = vote or (ABSTAIN if m.group(1) is None else NO if m.group(1).lower() == "против" else YES)
            out = [p for p in out if not (m.start() <= p[0] < m.end())] + [(m.start(), m.end(), said, True)]
    return sorted(p for p in out if not NEGATION.search(text[max(0, p[0] - 16):p[0]]))


def _run(text: str, found: list, first: int, case: str, forward: bool, trap: bool = True) -> list:
    """The names joined to found[first] by commas and "и", all able to be `case`; none when a joined name cannot be
    (the list is then a coordination of objects: "против Израиля и США")."""
    run, step = [found[first]], 1 if forward else -1
    index = first + step
    while 0 <= index < len(found):
        left, right = (run[-1], found[index]) if forward else (found[index], run[0])
        gap = text[left[1]:right[0]]
        if not JOINT.fullmatch(gap) and not (forward and case == "nom" and UNKNOWN_ITEM.fullmatch(gap)
                                             and not FUNCTION_WORDS & set(gap.lower().replace(",", " ").split())):
            break
        if case not in found[index][3]:
            return []
        run = run + [found[index]] if forward else [found[index]] + run
        index += step
    if case not in found[first][3] or trap and TRAP.search(text[max(0, run[0][0] - 40):run[0][0]]):
        return []
    return run


def _own_phrase_cut(text: str, run: list, opener: int) -> list:
    """A list after a phrase ends before a name that has a vote phrase of its own: "Против проголосовали США и
    Израиль, Украина воздержалась" (Ukraine abstained)."""
    for index, (_, end, _, _) in enumerate(run):
        if any(start > opener and GAP.fullmatch(text[end:start]) for start, _, _, _ in _phrases(text)):
            return run[:index]
    return run


def positions(sentence: str) -> list[tuple[str, str, str, int]]:
    """(iso3, vote, name as written, where) of each state whose vote the sentence states."""
    text = plain(sentence)
    found = mentions(sentence)
    out: list[tuple[str, str, str, int]] = []
    for start, end, vote, verb_last in _phrases(text):
        before = [i for i, f in enumerate(found) if f[1] <= start]
        after = [i for i, f in enumerate(found) if f[0] >= end]
        run = []
        if before and (GAP.fullmatch(text[found[before[-1]][1]:start])
                       or _others_gap(text[found[before[-1]][1]:start])):  # "A, B и еще 15 стран воздержались"
            run = _run(text, found, before[-1], "nom", False)
        if not run and verb_last and after and OPENS.fullmatch(text[end:found[after[0]][0]]):
            run = _own_phrase_cut(text, _run(text, found, after[0], "nom", True), start)
        if not run and verb_last and after and FROM.search(text, 0, end) and OPENS.fullmatch(text[end:found[after[0]][0]]):
            run = _own_phrase_cut(text, _run(text, found, after[0], "gen", True, trap=False), start)
        if not run and verb_last and after and (owner := DELEGATES.fullmatch(text[end:found[after[0]][0]])):
            run = _run(text, found, after[0], "gen", True)  # the states whose delegates voted: genitives
            run = run if len({f[2] for f in run}) <= _value(owner.group(1)) else []
        out += [(iso3, vote, sentence[a:b], a) for a, b, iso3, _ in run]
        if run and (along := ALONG.match(text, end)):  # "A проголосовал за наряду с B и C": B and C in the instrumental
            later = [i for i, f in enumerate(found) if f[0] == along.end()]
            out += [(iso3, vote, sentence[a:b], a) for a, b, iso3, _ in (
                _run(text, found, later[0], "ins", True, trap=False) if later else [])]
        elif run and (like := LIKE.match(text, end)):
            later = [i for i, f in enumerate(found) if f[0] == like.end()]
            companions = _run(text, found, later[0], "nom", True, trap=False) if later else []
            if companions and re.match(r"\s*(?:[.;)]|$)", text[companions[-1][1]:]):  # the list closes its clause
                out += [(iso3, vote, sentence[a:b], a) for a, b, iso3, _ in companions]
    out += _included(text, sentence, found) + _bracketed(text, sentence, found)
    seen: set[str] = set()
    return [p for p in out if not (p[0] in seen or seen.add(p[0]))]


def _others_gap(between: str) -> bool:
    """The named voters joined to a count of the others: ", и еще 15 стран " (GAP after)."""
    m = re.match(r"\s*,?\s*и\s+(?:еще\s+|также\s+)?(?:\d{1,3}|" + NUMBER + r")\s+(?:других\s+)?(?:стран\w*|государств\w*)",
                 between, re.I)
    return bool(m) and bool(GAP.fullmatch(between, m.end()))


def _bracketed(text: str, sentence: str, found: list) -> list[tuple[str, str, str, int]]:
    """The states in brackets after a side's count, when the brackets hold a list of them and nothing after; never
    more states than the count."""
    sides = [(end, vote) for _, end, vote, _ in _phrases(text)]
    sides += [(m.end(), ABSTAIN if m.group(1).lower().startswith("воздерж") else NO if m.group(1).lower() == "против"
               else YES) for m in BARE_SIDE.finditer(text)]
    out = []
    for end, vote in sides:
        m = BRACKETED.match(text, end)
        first = [i for i, f in enumerate(found) if m and f[0] >= m.end()]
        if not first or not re.fullmatch(r"\s*(?:(?:в\s+том\s+числе|включая|среди\s+них|из\s+них)\s+)?(?:[^(),]{1,30},\s*)*",
                                         text[m.end():found[first[0]][0]]):
            continue
        run = _run(text, found, first[0], "nom", True, trap=False)
        if run and re.match(r"(?:\s*,?\s*и\s+(?:други\w+|др\.))?\s*\)", text[run[-1][1]:]) and len({f[2] for f in run}) <= _value(m.group(1)):
            out += [(iso3, vote, sentence[a:b], a) for a, b, iso3, _ in run]
    return out


def _included(text: str, sentence: str, found: list) -> list[tuple[str, str, str, int]]:
    """'еще 49 стран, включая Германию и Польшу, воздержались', 'Воздержались 35 стран, в том числе Китай': the list
    after the marker, in the marker's case, takes the side of the count's clause; never more states than the count."""
    phrases = _phrases(text)
    out = []
    for pattern, case in INCLUDE:
        for m in re.finditer(r"(?<![\w-])(\d{1,3}|" + NUMBER + r")\s+(?:[\w-]+\s+){0,2}?(?:стран\w*|государств\w*"
                             r"|делегаци\w*|член\w*)[^.;:\d]{0,100}?(?:,|\(|—|–)\s*" + pattern + r"\s*:?\s+", text, re.I):
            after = [i for i, f in enumerate(found) if f[0] >= m.end()]
            if not after or not OPENS.fullmatch(text[m.end():found[after[0]][0]]):
                continue
            run = _run(text, found, after[0], case, True)
            if not run or len({f[2] for f in run}) > _value(m.group(1)):
                continue
            clause_start = max(text.rfind(".", 0, m.start()), text.rfind(";", 0, m.start())) + 1
            next_phrase = [p for p in phrases if p[0] >= run[-1][1]
                           and re.fullmatch(r"\s*[,)—–-]?\s*(?:(?:также|тоже)\s+)?", text[run[-1][1]:p[0]])]
            inside = [p for p in phrases if clause_start <= p[0] < m.end()]  # "12 членов воздержались, в их числе"
            vote = next_phrase[0][2] if next_phrase else (inside[-1][2] if inside else None)
            out += [(iso3, vote, sentence[a:b], a) for a, b, iso3, _ in run] if vote else []
    return out


def _number_words() -> dict[str, int]:
    out = {w: 1 for w in "один одна одно одного одной одному одним одном".split()}
    for forms, value in (("два две двух двум двумя", 2), ("три трех трем тремя", 3),
                         ("четыре четырех четырем четырьмя", 4), ("сорок сорока", 40), ("девяносто девяноста", 90),
                         ("сто ста", 100), ("двести двухсот", 200), ("триста трехсот", 300)):
        out.update((w, value) for w in forms.split())
    soft = {"пять": 5, "шесть": 6, "семь": 7, "восемь": 8, "девять": 9, "десять": 10, "одиннадцать": 11,
            "двенадцать": 12, "тринадцать": 13, "четырнадцать": 14, "пятнадцать": 15, "шестнадцать": 16,
            "семнадцать": 17, "восемнадцать": 18, "девятнадцать": 19, "двадцать": 20, "тридцать": 30}
    for word, value in soft.items():
        out.update({word: value, word[:-1] + "и": value, word + "ю": value})
    out.update({"восьми": 8, "пятьдесят": 50, "пятидесяти": 50, "шестьдесят": 60, "шестидесяти": 60,
                "семьдесят": 70, "семидесяти": 70, "восемьдесят": 80, "восьмидесяти": 80})
    return out


NUMBER_WORDS = _number_words()
ONE_WORD = r"(?:" + "|".join(sorted(NUMBER_WORDS, key=lambda w: (-len(w), w))) + r")"
NUMBER = ONE_WORD + r"(?:\s+" + ONE_WORD + r"){0,2}(?![\w-])"


def _value(number: str) -> int:
    """"сто сорок один" is 141; digits stay digits. A sequence that does not add up (two units) counts its first."""
    if number.isdigit():
        return int(number)
    total, last = 0, 1000
    for word in number.lower().split():
        value = NUMBER_WORDS[word]
        if value >= last or (value < 10 and last < 10):
            break
        total, last = total + value, value
    return total


def in_digits(text: str) -> str:
    """The text with its Russian number words written in digits ("сорока девяти странами" → "49 странами"); "один
    из" (one of) stays a word."""
    pattern = re.compile(r"(?<![\w-])" + NUMBER + r"(?!\s+из\b)", re.I)
    return pattern.sub(lambda m: str(_value(m.group(0))), text)


STATES_WORD = r"(?:(?:(?!\d)[\w-]+\s+){0,2}?(?:стран\w*|государств\w*|делегаци\w*|член\w*)(?:\s+ООН)?)"
STATES = "(?:" + STATES_WORD + ")?"
# a side's count and its states in brackets: "проголосовали 70 государств (A, B и C)", "против — 26 (A, B)"; items that
# are no state may come first ("(страны ЕС, Канада и США)")
BRACKETED = re.compile(r"\s*[—–:-]?\s*(\d{1,3}|" + NUMBER + r")\s+" + STATES_WORD + r"?\s*\(", re.I)
BARE_SIDE = re.compile(r"(?<![\w-])(за|против|воздержал(?:ись|ось)?)[»\"”']?(?=\s*[—–:-]\s*(?:\d{1,3}|" + NUMBER + r")\s*\()", re.I)
QUOTED = r"[«\"“„']?{}[»\"”“']?"
# (pattern, field): the first that matches a field gives it; a number already used is not read again
# "«За» отдали голоса 119 стран": a side's label, the votes given to it, then the number of their givers
GAVE_VOTES = r"\s+(?:отдал|подал)\w*\s+(?:свои\s+)?голос\w*\s+"
NUMBER_THEN = r"(?:\s+|\s*[—–-]\s*)"  # "26 против", "26 - против": a side's number, then its label
FIELDS = [
    (r"(\d{1,3})\s+(?:голос\w*\s+)?против\s+(\d{1,3})(?!\d|[.,]\d)", "pair"),
    (r"(\d{1,3})" + NUMBER_THEN + r"(?:голос\w*\s+)?" + QUOTED.format("за") + r"(?![\w-])(?!\s+(?:[\w-]+\s+)?(?:резолюци|документ|проект))", YES),
    (QUOTED.format("за") + r"\s*[—–:-]\s*(\d{1,3})\b", YES),
    (QUOTED.format("за") + GAVE_VOTES + r"(\d{1,3})\b", YES), (QUOTED.format("против") + GAVE_VOTES + r"(\d{1,3})\b", NO),
    (r"(\d{1,3})" + NUMBER_THEN + r"(?:голос\w*\s+)?" + QUOTED.format("против") + r"(?=\s*(?:[,.;)]|и\b|при\b|во?\s|$))", NO),
    (QUOTED.format("против") + r"\s*[—–:-]\s*(\d{1,3})\b", NO),
    (r"(\d{1,3})" + NUMBER_THEN + r"(?:голос\w*\s+)?" + QUOTED.format(r"воздерж\w*"), ABSTAIN),
    (QUOTED.format(r"воздерж\w*") + r"\s*[—–:-]\s*(\d{1,3})\b", ABSTAIN),
]
ASIDE = r"(?:\s*,\s*(?:включая|в\s+том\s+числе|среди\s+них|таких\s+как)[^.;:]{0,120}?,)?"
DASHED_LIST = r"(?:\s*[—–]\s*[^—–.;:\d]{1,160}?\s*[—–])?"  # "Семь стран — A, B и C — проголосовали против"


def tally(sentence: str) -> dict[str, int]:
    """The numbers the sentence gives each side: labelled numbers ("141 голос «за», 5 «против», 35
    «воздержались»"), "141 против 5", and a number with a vote phrase ("72 государства проголосовали за",
    "проголосовали 72 государства", "еще 49 стран, включая …, воздержались")."""
    text = in_digits(plain(sentence))
    out: dict[str, int] = {}
    taken: list[tuple[int, int]] = []
    for pattern, field in FIELDS:
        for m in re.finditer(r"(?<![\d.,/])" + pattern, text, re.I):
            if any(a <= m.start() < b for a, b in taken) or (field in out) or ("pair" == field and {YES, NO} & set(out)):
                continue
            if field == "pair":  # "отклонила 24 голосами против 15": after a verb of defeat the larger is the no
                pair = sorted((int(m.group(1)), int(m.group(2)))) if defeated_abroad(text) else (int(m.group(1)), int(m.group(2)))
                out.update(yes=pair[0], no=pair[1])
            else:
                out[field] = int(m.group(1))
            taken.append(m.span())
    for start, end, vote, verb_last in _phrases(text):
        vote = ABSENT if vote == NOT_TAKING_PART else vote  # "10 стран не приняли участия": a count of absentees
        if vote in out:
            continue
        before = re.search(r"(?<![\d.,/])\b(\d{1,3})\s+" + STATES + ASIDE + DASHED_LIST + r"\s*(?:(?:еще|также|тоже)\s+)?$",
                           text[max(0, start - 200):start], re.I)
        opens = verb_last or text[start:end].lower().startswith(("поддерж", "одобр"))  # "поддержали 120 стран"
        after = re.match(r"\s*(?:(?:представител|делегаци)\w*\s+)?(\d{1,3})(?![\d.,])\s+" + STATES, text[end:], re.I) \
            if opens else None  # "поддержали (представители) 73 стран"
        after = after or re.match(r"\s*(\d{1,3})(?=\s*(?:[,;)]|\.(?!\d)|$))", text[end:])  # "воздержались 14."
        if before or after:
            named = _named_before_others(text, max(0, start - 200) + before.start(1)) if before else 0
            out[vote] = int((before or after).group(1)) + named
        elif others := ALONG_OTHERS.match(text, end):  # "Армения воздержалась наряду с 34 другими государствами": 35
            found = [i for i, f in enumerate(mentions(text)) if f[1] <= start]
            subjects = _run(text, mentions(text), found[-1], "nom", False) if found and GAP.fullmatch(
                text, mentions(text)[found[-1]][1], start) else []
            if subjects:
                out[vote] = int(others.group(1)) + len({f[2] for f in subjects})
    return out


# the voters' companions counted after their vote phrase: "воздержалась (при голосовании) наряду с 34 другими странами"
ALONG_OTHERS = re.compile(r"\s*(?:при\s+голосовании\s*)?,?\s*(?:наряду|вместе)\s+со?\s+(\d{1,3})\s+(?:другими|иными)\s+"
                          r"(?:стран|государств)\w*", re.I)


OTHERS_JOINT = re.compile(r"\s*,?\s*и\s+(?:(?:еще|ещё|также)\s+)?", re.I)


def _named_before_others(text: str, at: int) -> int:
    """'Россия, Белоруссия и еще 5 стран проголосовали против': the states named before "и (еще) N" are counted in
    (7), as "A and N others" is in English."""
    found = [f for f in mentions(text) if f[1] <= at]
    if not found or not OTHERS_JOINT.fullmatch(text, found[-1][1], at):
        return 0
    run = [found[-1]]
    for f in reversed(found[:-1]):
        if not re.fullmatch(r"\s*,\s*", text[f[1]:run[0][0]]):
            break
        run.insert(0, f)
    return len({f[2] for f in run})


def scope_of(sentence: str) -> str:
    if OTHER_BODY.search(sentence):
        return "other body"
    return "procedural" if PROCEDURAL.search(sentence) else "assembly"


def read(sentence: str) -> tuple[str, list[tuple[str, dict, str | None, str]]] | None:
    """(scope, [(kind, asserted, iso3, name as written)]) of a sentence in Russian, else None."""
    if not CYRILLIC.search(sentence) or not is_russian(sentence):
        return None
    voted = party_objects.masked(plain(sentence), "ru", mentions(sentence))  # not "проголосовал против нас"
    counts = tally(voted)
    if len(counts) >= 2 and {YES, NO} & set(counts):
        out = [("tally", counts, None, "")]
    else:
        out = [("count", {"field": k, "op": "=", "value": v}, None, "") for k, v in counts.items()]
    out = bounds.bounded(in_digits(plain(sentence)), "ru", out)  # "более 30", "около 140"
    out += [("position", {"vote": vote}, iso3, sentence[a:a + len(name)]) for iso3, vote, name, a in positions(voted)]
    return scope_of(sentence), out

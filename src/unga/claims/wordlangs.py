"""Votes and tallies in the languages read from a table of words: Greek, Arabic, Persian, Indonesian, Czech, Hungarian,
Polish, Croatian and Serbian, Vietnamese, Romanian, Swahili, Swedish, Norwegian, Tagalog, Turkish.

A sentence `languages`, `russian` and `cjk` leave is read here when its script (Greek, Arabic; Persian is the Arabic
script with the letters پ چ ژ گ ک ی more often than ي ك ة) or its function words
say it is in one of these languages. Every word the reader knows is a row of data/vote_words.csv (language, role,
pattern): the function words, the vote phrases of each side (a list of states right before one is its side: "AS dan
Israel menolak"), the phrases that open a list ("Oι χώρες που ψήφισαν εναντίον ήταν: A, B και C", "الدول التي صوتت
ضد القرار هي: A وB"), the labels of a tally ("103 ψήφους υπέρ, 5 εναντίον και 20 αποχές", "80 mellette, 1 ellene"),
the inclusion markers after a count ("رفض 10 دول من بينها A وB"), the word between the no and the yes of a pair given
in that order ("9'a karşı 128"), a verb that comes before its subjects and the
word of the side that follows them ("وصوتت A وB ضد القرار"), the words joining a list, the nouns for states, the
negation, and the words that make a vote procedural or another body's. State names are pycountry's ISO 3166
translations (Debian iso-codes, shipped with pycountry), the Unicode CLDR's short names (Babel's locale data) and
the press's forms of data/foreign_names.csv (`wordnames`, which also reads the lists they form). Greek text
typed with Latin capitals ("Mαλαισία", "Tουρκία") is read with them as the Greek letters they stand for; Arabic is
read without its vowel marks (Persian also with its own digits read as digits, "۸۴"), and an Arabic name may carry the prefixed "and" (و) or follow another name with no space.
Names are matched in the form the dictionary gives (the nominative), so a declined name is not read: these readers
keep to lists, subjects and tallies.
"""

from __future__ import annotations

import re

from unga.claims import bounds, langnumbers, only_states, party_objects
from unga.claims.wordnames import chained, genitives, joint, mentions, run_after, run_before
from unga.claims.wordtable import (ENGLISH, LATIN_LANGUAGES, NO, NUMBER, SIDES, SR_LATIN, START, WORD, YES, compiled,
                                   function_words, joined_noun, letters, normalised, script_of, side_phrases, table)


def language_of(sentence: str) -> str | None:
    """The language among the table's, by script (Greek, Arabic) or by function words (more than English ones)."""
    if (lang := script_of(sentence)) is not None:
        return lang
    words = [w.lower() for w in WORD.findall(sentence)]
    english = sum(w in ENGLISH for w in words)
    scores = {lang: sum(w in function_words(lang) for w in words) + letters(sentence, lang) for lang in LATIN_LANGUAGES}
    scores = {lang: score + 2 * bool(score and score + 2 > english  # else it cannot win: spare the regexes
                                     and (tally(sentence, lang) or side_phrases(sentence, lang, "")
                                          or side_phrases(sentence, lang, "opens_")))
              for lang, score in scores.items()}  # a vote phrase or a tally of the language weighs as two words
    best = max(scores, key=scores.get)
    return best if scores[best] >= 3 and scores[best] > english else None


def read(sentence: str) -> tuple[str, list[tuple[str, dict, str | None, str]]] | None:
    """(scope, [(kind, asserted, iso3, name as written)]) of a sentence in one of the table's languages, else None."""
    lang = language_of(sentence)
    if lang is None:
        return None
    if lang == "sr":  # read in Latin letters; each name given back as the text writes it
        scope, out = _read(latin(sentence), lang)
        return scope, [(kind, asserted, iso3, _cyrillic(sentence, name)) for kind, asserted, iso3, name in out]
    return _read(sentence, lang)


def latin(sentence: str) -> str:
    return "".join(SR_LATIN.get(c, c) for c in sentence)


def _cyrillic(sentence: str, name: str) -> str:
    """The Cyrillic words of `sentence` that `name` (in Latin letters) transliterates."""
    for start in range(len(sentence)):
        for end in range(start + 1, min(len(sentence), start + len(name)) + 1):
            if latin(sentence[start:end]) == name:
                return sentence[start:end]
    return name


def _read(sentence: str, lang: str) -> tuple[str, list[tuple[str, dict, str | None, str]]]:
    sentence = normalised(sentence, lang)
    words = table()[lang]
    voted = party_objects.masked(sentence, lang, mentions(sentence, lang))  # not "mendukung langkah Amerika"
    counts = tally(voted, lang)
    if len(counts) >= 2 and {YES, NO} & set(counts):
        out = [("tally", counts, None, "")]
    else:
        out = [("count", {"field": k, "op": "=", "value": v}, None, "") for k, v in counts.items()]
    out = bounds.bounded(langnumbers.in_digits(sentence, lang), lang, out) + bounds.shares(sentence, lang)  # "ponad 30", "hơn 3/4"
    out += [("position", {"vote": vote}, iso3, name) for iso3, vote, name in positions(voted, lang)]
    scope = ("other body" if "other_body" in words and re.search(words["other_body"], sentence, re.I) else
             "procedural" if "procedural" in words and re.search(words["procedural"], sentence, re.I) else "assembly")
    return scope, out


def positions(sentence: str, lang: str) -> list[tuple[str, str, str]]:
    """(iso3, vote, name as written) for each state whose vote the sentence states, the first reading of a state."""
    found = [f for f in mentions(sentence, lang) if not _named_by_a_tie(sentence, f, lang)
             and not _in_a_relative(sentence, f, lang)]
    runs = [(run, side) for start, _, side in side_phrases(sentence, lang, "") if (run := run_before(sentence, found, start, lang))]
    runs += [(run_after(sentence, found, end, lang), side) for _, end, side in side_phrases(sentence, lang, "opens_")]
    runs += _included(sentence, found, lang)
    runs += _relative(sentence, found, lang)
    runs += _verb_first(sentence, found, lang)
    runs += only_states.runs(sentence, found, lang, run_before)
    runs += _named_in_genitive(sentence, found, lang)
    seen: set[str] = set()
    return [(iso3, side, sentence[a:b]) for run, side in runs for a, b, iso3 in run if not (iso3 in seen or seen.add(iso3))]


def _named_in_genitive(sentence: str, found: list, lang: str) -> list:
    """A state named in the genitive (Finnish "Venäjän", "Suomen"), which the name tables do not hold: the side the
    states listed around "asettuivat Venäjän puolelle" (sided with Russia) take, for:RUS, read against the roll call
    as "sided with" is in English (`polarity`); or the voter of an owned vote, "Suomen päätös pidättäytyä
    äänestämästä" (Finland's decision to abstain)."""
    words = table()[lang]
    out = []
    for role, listed in (("sided_before", run_before), ("sided_after", run_after)):
        for m in compiled(START + r"(?:" + words.get(role, "(?!)") + r")(?!\w)").finditer(sentence):
            target = genitives(lang).get(m["state"].lower())
            run = listed(sentence, found, m.start() if role == "sided_before" else m.end(), lang) if target else []
            if run and not compiled(r"(?<!\w)(?:" + words.get("negation", "(?!)") + r")\s+$").search(sentence, max(0, m.start() - 8),
                                                                                                m.start()):
                out.append(([f for f in run if f[2] != target], "for:" + target))
    for side in SIDES:
        for m in compiled(START + r"(?:" + words.get("owned_" + side, "(?!)") + r")(?!\w)").finditer(sentence):
            if (voter := genitives(lang).get(m["state"].lower())) is not None:
                out.append(([(m.start("state"), m.end("state"), voter)], side))
    return out


def _named_by_a_tie(sentence: str, found: tuple, lang: str) -> bool:
    """A name right after the language's word of a tie ("đồng minh của Nga", "sekutu Rusia", "حليفة روسيا"): the state
    the tie names, not a voter."""
    tie = table()[lang].get("tie")
    return bool(tie) and bool(compiled(r"(?<!\w)(?:" + tie + r")\s*$").search(sentence, max(0, found[0] - 60), found[0]))


def _in_a_relative(sentence: str, found: tuple, lang: str) -> bool:
    """A name inside a relative clause set off by a comma ("China, yang menolak mengecam Rusia, memilih abstain",
    "Ấn Độ, nước mua dầu của Nga, bỏ phiếu trắng"): the clause's state is the one before it, this one is no voter."""
    words = table()[lang]
    opener = "|".join(words[role] for role in ("clause", "relative") if role in words)
    return bool(opener) and bool(compiled(r",\s*(?:" + opener + r")\s[^,;:.()]*$").search(sentence, max(0, found[0] - 80),
                                                                                          found[0]))


def _verb_first(sentence: str, found: list, lang: str) -> list:
    """"وصوتت A وB ضد القرار": a vote verb, the list of its subjects right after it, then the word of its side."""
    words = table()[lang]
    if "verb" not in words:
        return []
    out = []
    for m in compiled(START + r"(?:" + words["verb"] + r")(?!\w)").finditer(sentence):
        run = run_after(sentence, found, m.end(), lang)
        if not run or compiled(r"(?<!\w)(?:" + words.get("negation", "(?!)") + r")\s+$").search(
                sentence, max(0, m.start() - 8), m.start()):
            continue
        out += [(run, side) for side in SIDES if "then_" + side in words
                and compiled(r"\s*(?:" + words["then_" + side] + r")(?!\w)").match(sentence, run[-1][1])]
    return out


def _included(sentence: str, found: list, lang: str) -> list:
    """'رفض 10 دول من بينها A وB', 'dua negara, yaitu A dan B': the list named after a count with a side (a label or
    a vote phrase on either side of the number), never more states than the count."""
    words = table()[lang]
    if "states" not in words:
        return []
    out = []
    # an opening bracket is a marker too, when its list closes it: "وامتناع 7 دول (A، وB)"; so is a dash after a count
    # and its label, when a dash or the clause's end closes the list: "5 voturi împotrivă – A, B și C –"
    for marker in re.finditer(START + r"(?:" + words.get("include", "(?!)") + r")\s*|\(\s*|(?<=\s)[–—]\s*", sentence, re.I):
        head = sentence[max(0, marker.start() - 80):marker.start()]
        if marker.group(0)[0] in "–—":
            run = run_after(sentence, found, marker.end(), lang)
            labelled = _labelled_count(head, lang)
            if run and labelled and len(run) <= _value(labelled[0], lang) and re.match(r"\s*(?:[–—.;]|$)", sentence[run[-1][1]:]):
                out.append((run, labelled[1]))
            continue
        # "7 negara, yaitu A", "20 (wśród nich: A i B) głosowało przeciw": a noun or a bracket after the count
        counted = list(re.finditer(_number(lang) + r"(?:\s+(?:" + words["states"] + r")\s*(?:[,،(]|\s[-–—])?|\s*\(?)\s*$", head, re.I))
        run = run_after(sentence, found, marker.end(), lang)
        # "122 nước bỏ phiếu thuận, trong đó A", "5 phiếu chống gồm A, B": a count with its vote phrase or its label
        if not counted and run and (voted := _counted_vote(head, lang) or _labelled_count(head, lang)) is not None:
            out += [(run, voted[1])] if len(run) <= _value(voted[0], lang) else []
            continue
        if not counted or not run or len(run) > _value(counted[-1], lang) or (
                marker.group(0).startswith("(") and not re.match(r"\s*\)", sentence[run[-1][1]:])):
            continue
        said = _side_around(head, counted[-1].start(), lang) or next(
            (side for start, _, side in side_phrases(sentence, lang, "") if start >= run[-1][1]
             and re.fullmatch(r"\s*[)–—-]?\s*,?\s*", sentence[run[-1][1]:start])), None)
        if not said and "verb" in words and compiled(START + r"(?:" + words["verb"] + r")\s+$").search(head[:counted[-1].start()]):
            # "صوتت 153 دولة، بما في ذلك A وB، لصالح": the verb before the count, the side's word after the list
            said = next((side for side, then in _then_side(lang).items() if then.match(sentence, run[-1][1])), None)
        if said:
            out.append((run, said))
    return out


def _labelled_count(head: str, lang: str) -> tuple[re.Match, str] | None:
    """"5 voturi împotrivă ", "38 phiếu trắng, ": a count and its side's label right before a marker (a comma at most
    between) — (the count, its side)."""
    words = table()[lang]
    for side in SIDES:
        if "label_" + side in words and (m := compiled(_number(lang) + r"\s+(?:" + words["label_" + side]
                                                        + r")\s*,?\s*$").search(head)):
            return m, side
    return None


def _counted_vote(head: str, lang: str) -> tuple[re.Match, str] | None:
    """"Endast nio stater röstade emot, bland dem A och B": a count, its noun and its vote phrase, then a comma and
    the marker — (the count, its side)."""
    words = table()[lang]
    for side in SIDES:
        if side in words and (m := compiled(_number(lang) + r"\s+(?:" + words["states"] + r")\s+(?:" + words[side]
                                             + r")(?!\w)[^\d.;:,]{0,30}?\s*,\s*$").search(head)):
            return m, side
    return None


def _number(lang: str) -> str:
    """A number in digits (group 1) or in the language's words (group 2: "ست", "dziewięć")."""
    return r"(?:" + NUMBER + (r"|(" + langnumbers.pattern(lang).pattern + ")" if lang in langnumbers.JOIN else "") + ")"


def _value(m: re.Match, lang: str) -> int:
    return int(m.group(1)) if m.group(1) else (langnumbers.value(m.group(2), lang) or 0)


def _relative(sentence: str, found: list, lang: str) -> list:
    """'9 negara yang menolak resolusi tersebut adalah A, B dan C', 'Di antara 35 negara yang memilih abstain,
    termasuk A': the states a relative clause with a vote phrase describes, then a copula or an inclusion marker
    and the list (never more states than a count before the noun)."""
    words = table()[lang]
    if "relative" not in words or "copula" not in words:
        return []
    # the noun may be left out at the clause's start: "Adapun yang menolak resolusi itu di antaranya A, B"
    # the noun's own complement and a small word may stand around the relative: "negara dari Asia yang juga menyetujui"
    head = compiled(r"(?:(?:" + NUMBER + r"\s+)?(?:" + words["states"] + r")(?:\s+[^\W\d]+){0,3}?\s+|(?:^|[,;]\s*|(?<!\w)(?:"
                     + words.get("topic", "(?!)") + r")\s+))(?:" + words["relative"] + r")\s+(?:(?:" + words.get("gap", "(?!)")
                     + r")\s+)?$")
    tail = compiled(r"[^.;:,\d]{0,60}?\s*,?\s*(?:" + words["copula"] + "|" + words.get("include", "(?!)") + r")\s*:?\s*")
    out = []
    for start, end, side in side_phrases(sentence, lang, ""):
        counted = head.search(sentence[:start], max(0, start - 40))
        opened = tail.match(sentence, end) if counted else None
        run = run_after(sentence, found, opened.end(), lang) if opened else []
        if run and (counted.group(1) is None or len({iso3 for _, _, iso3 in run}) <= int(counted.group(1))):
            out.append((run, side))
    return out


def _side_around(text: str, at: int, lang: str) -> str | None:
    """The side of the label or vote phrase right before the number at `at` ("رفض 10", "امتنعت 24")."""
    words = table()[lang]
    for side in SIDES:
        for role in ("label_" + side, side):
            if role in words and re.search(START + r"(?:" + words[role] + r")\s+$", text[:at], re.I):
                return side
    return None


QUOTE = r"[„“\"«]?"  # a label in quotes: "174 de voturi „pentru“, șase „împotrivă“ și șase „abțineri“"


def tally(sentence: str, lang: str) -> dict[str, int]:
    """The number each side is given: "103 ψήφους υπέρ", "رفض 10 دول", "187 negara … memberikan suara mendukung"."""
    words = table()[lang]
    sentence = langnumbers.in_digits(sentence, lang)  # "وامتنعت ثلاث دول", "dziewięć"
    states = r"(?:\s+(?:" + words.get("states", "(?!)") + r"))?"
    # "20 (wśród nich: A i B) głosowało przeciw"; an inclusion with no brackets and no comma
    # after it, "40 stater - heriblandt A og B afstod" (not "140 států včetně A, proti bylo 5": the next clause's label)
    aside = r"(?P<aside>\s*\([^()\d]{1,100}\)|\s*,?\s*[-–—]?\s*(?:" + words.get("include", "(?!)") + r")\s+[^()\d.;:]{0,100}?\w)?"
    out_of = r"(?:\s+(?:" + words["out_of"] + r")\s+\d{3}(?:\s+[^\d\s.;,:]+){0,3})?" if "out_of" in words else ""
    # "93 مقابل معارضة 21": the word between a number and a label is not "versus" (the number is the other side's)
    # nor the language's "and" ("120 maata ja vastaan 14": the number is the clause's before, "vastaan" the next one's)
    word = r"(?:(?!(?:" + "|".join(words[role] for role in ("versus", "and") if role in words) + r")\s)[^\d\s.;,:]+\s+)??"
    voted = r"(?:\s+(?:" + words["object"] + r"))?" if "object" in words else ""  # "أيد القرار 93"
    out: dict[str, int] = {}
    if "region" in words and compiled(NUMBER + r"(?:" + states + r")?\s+(?:" + words["region"] + r")(?!\w)").search(sentence):
        return out  # "Nchi 15 za Afrika zilijizuia … huku 28 zikiunga mkono": one region's states, no count of the vote
    if "majority" in words and "versus" in words:  # "بأغلبية 114 عضوا مقابل 17": the majority and the minority
        noun = r"(?:\s+(?:" + words.get("states", "(?!)") + "|" + words.get("votes", "(?!)") + r"))?"
        pair = compiled(START + r"(?:" + words["majority"] + r")\s+" + NUMBER + noun + r"\s+(?:" + words["versus"]
                         + r")\s+" + NUMBER).search(sentence)
        out = {YES: int(pair.group(1)), NO: int(pair.group(2))} if pair else out
    if "majority" in words and YES not in out:  # "على أغلبية 162 دولة": a majority of N, before its number only
        alone = compiled(START + r"(?:" + words["majority"] + r")\s+" + NUMBER + states + r"(?!\s*%)").search(sentence)
        out = {YES: int(alone.group(1))} if alone else out
    for side in SIDES:
        for role in ("label_" + side, side):
            if role not in words:
                continue
            phrase = r"(?:" + words[role] + r")(?!\w)"
            after = NUMBER + states + aside + out_of + r"\s+" + word + QUOTE + phrase  # "șase „împotrivă“"
            before = START + phrase + voted + r"\s+" + NUMBER + states
            for m in compiled(after + "|" + before).finditer(sentence):
                if m["aside"] and side_phrases(m["aside"], lang, ""):
                    continue  # "128 negara termasuk A menyetujui … yang menolak": the aside ran past the count's own phrase
                if m.group(1) and out_of and compiled(START + r"(?:" + words["out_of"] + r")\s+$").search(
                        sentence, max(0, m.start() - 20), m.start()) and not bounds.op_at(sentence, m.start(1), m.end(1), lang):
                    continue  # "120 država od ukupno 192 podržalo": the membership the count is taken out of ("više od 30": a bound)
                if m.group(1) and "versus" in words and compiled(
                        r"(?<!\w)(?:" + words["versus"] + r")\s+$").search(sentence, max(0, m.start() - 12), m.start()):
                    continue  # "114 عضوا مقابل 17 لصالح السماح": the number after "versus" is the other side's
                # "اعتراض 3 دول وكيان": three states and an entity, a part of the side, and no later count is its whole
                joined = joined_noun(lang) and compiled(joined_noun(lang)).match(sentence, m.end())
                named = _named_before_others(sentence, lang, m.start(1), m.end(1)) if m.group(1) else 0
                # only a number before its phrase may be of several sides; after its label, a next side's label
                # starts the next side ("„за“ … 81 държави, „против“ – 14")
                out.setdefault(side, None if joined or m.group(1) and _several(sentence, lang, side, m.end())
                               else int(next(g for g in m.groups() if g)) + named)
    out = {**_verb_counts(sentence, lang, states), **out}
    if "reversed" in words and YES not in out and NO not in out:  # "9'a karşı 128 oyla": the no, its word, the yes
        pair = compiled(NUMBER + r"(?:" + words["reversed"] + r")\s+" + NUMBER).search(sentence)
        out = {**out, NO: int(pair.group(1)), YES: int(pair.group(2))} if pair else out
    return _versus(sentence, lang, states, {side: n for side, n in out.items() if n is not None})


def _then_side(lang: str) -> dict[str, re.Pattern]:
    """{side: the word of the side after a verb's subjects ("لصالح", "ضد" with its pronoun: "ضده")}."""
    words = table()[lang]
    return {side: compiled(r"\s*[,،]?\s*(?:" + words["then_" + side] + r")(?:ه|ها)?(?!\w)") for side in SIDES
            if "then_" + side in words}


def _verb_counts(sentence: str, lang: str, states: str) -> dict[str, int]:
    """"صوتت 153 دولة، بما في ذلك A وB، لصالح", "صوتت 10 دول ضده": a vote verb, its counted subjects (an aside set
    off by commas may follow them), then the word of their side."""
    words = table()[lang]
    if "verb" not in words:
        return {}
    out: dict[str, int] = {}
    for m in compiled(START + r"(?:" + words["verb"] + r")\s+" + NUMBER + states
                       + r"(?:\s*[,،][^,،.;:\d]{1,80}(?=[,،]))?").finditer(sentence):
        side = next((side for side, then in _then_side(lang).items() if then.match(sentence, m.end())), None)
        if side:
            out.setdefault(side, int(m.group(1)))
    return out


def _named_before_others(sentence: str, lang: str, at: int, end: int) -> int:
    """"Rusia, Belarus dan 5 negara lain menolak", "Nga, Belarus và 5 nước khác": the states listed right before "and
    N other states" are counted in (7), as "A and N others" is in English."""
    words = table()[lang]
    if "others" not in words or not compiled(r"[^\d.;,:]{0,25}?(?<!\w)(?:" + words["others"] + r")(?!\w)").match(sentence, end):
        return 0
    found = [f for f in mentions(sentence, lang) if f[1] <= at]
    if not found or not compiled(r"\s*,?\s*(?:" + words["and"] + r")\s*").fullmatch(sentence, found[-1][1], at):
        return 0
    return len({iso3 for *_, iso3 in chained(sentence, found[::-1], joint(lang))})


def _several(sentence: str, lang: str, side: str, end: int) -> bool:
    """"mataifa 65 yaliyopinga azimio hilo, yaliyojizuia kupiga kura au hayakuwapo": the number is of several sides
    when another side's vote phrase follows its own, after a comma or the language's "or" (a few words between)."""
    words = table()[lang]
    others = "|".join(words[role] for other in SIDES if other != side for role in (other, "label_" + other) if role in words)
    return bool(others) and bool(compiled(r"(?:\s+[^\d\s.;,:]+){0,3}?\s*(?:,|\s(?:" + words.get("or", "(?!)") + r"))\s*"
                                           + START + r"(?:" + others + r")(?!\w)").match(sentence, end))


def procedural(text: str) -> bool:
    """Whether a procedure word of any language of the table stands in the text."""
    return any(compiled(words["procedural"]).search(text) for words in table().values() if "procedural" in words)


def _versus(sentence: str, lang: str, states: str, out: dict[str, int]) -> dict[str, int]:
    """"بأغلبية 114 عضوا مقابل 17": two bare numbers face to face are the yes and the no, as "by 114 votes to 17",
    when no label has given either number a side."""
    words = table()[lang]
    if "versus" not in words or YES in out:
        return out
    votes = r"(?:\s+(?:" + words["votes"] + r"))?" if "votes" in words else ""
    m = compiled(NUMBER + r"(?:" + votes + "|" + states + r")\s+(?:" + words["versus"] + r")\s+" + NUMBER
                  + r"(?!\s*[\d%])").search(sentence)
    if m and not ({int(m.group(1)), int(m.group(2))} & set(out.values())):
        out = {**out, YES: int(m.group(1))}
        out.setdefault(NO, int(m.group(2)))
    return out

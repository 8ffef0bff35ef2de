"""Numbers written in words in the languages `languages` reads, put in digits before its tallies are read.

"quatre-vingt-dix voix contre douze", "143 votos a favor, 25 abstenciones y nueve en contra", "sechs dagegen": the
cardinal words of each language (data/number_words.csv, 2 to 100; "un", "uno", "ein" are left out, being articles
too) joined as the language joins them ("cuarenta y dos", "soixante et onze", "quatre-vingt-dix", "ciento veinte"),
and the fused forms of German ("siebenundsiebzig") and Italian ("trentacinque", "novantuno"). Only the tally reader
sees the digits: the positions are read on the sentence as written.
"""

from __future__ import annotations

import csv
import re
from functools import lru_cache
from importlib import resources

JOIN = {"es": "y", "pt": "e", "fr": "et", "it": "e", "de": "und", "nl": "en",
        # the languages of `wordlangs` join a number's words by juxtaposition alone ("dwadzieścia pięć", "ثلاث عشرة")
        "ar": "(?!)", "pl": "(?!)", "hr": "(?!)", "cs": "(?!)", "id": "(?!)", "vi": "(?!)", "ro": "(?:și|şi)", "sw": "na", "sv": "(?!)", "nb": "(?!)", "da": "(?!)", "sk": "(?!)",
        "el": "(?!)", "ur": "(?!)", "uk": "(?!)"}
# a number's word as one token: Ukrainian writes an apostrophe inside it ("п'ять", "дев’ятнадцять")
TOKEN = {"uk": r"[^\W\d_]+(?:['’ʼ][^\W\d_]+)*"}
# a word of a number these tables do not spell out follows ("dua puluh", "hai mươi", "ثلاث مئة"): leave the run alone
UNREAD_AFTER = {"id": r"(?!\s+(?:puluh|belas|ratus|ribu)\b)", "vi": r"(?!\s+(?:mươi|trăm|nghìn|ngàn|lăm|mốt)\b)",
                "ar": r"(?!\s*(?:مئة|مائة|مئتا|مائتا|ألف))", "uk": r"(?!['’ʼ])"}  # "сім'я": a family, not seven
UNREAD_BEFORE = {"id": r"(?<!puluh\s)(?<!belas\s)(?<!ratus\s)", "vi": r"(?<!mươi\s)(?<!trăm\s)",
                 "ar": r"(?<!مئة\s)(?<!مائة\s)(?<!ألف\s)",
                 "ro": r"(?<!\bo\s)"}  # "o nouă rezoluție": a new resolution, not nine
UNITS_DE = {"ein": 1, "zwei": 2, "drei": 3, "vier": 4, "fünf": 5, "sechs": 6, "sieben": 7, "acht": 8, "neun": 9}
UNITS_IT = {"uno": 1, "due": 2, "tré": 3, "tre": 3, "quattro": 4, "cinque": 5, "sei": 6, "sette": 7, "otto": 8,
            "nove": 9}


@lru_cache(maxsize=None)
def words(lang: str) -> dict[str, int]:
    """Every cardinal word of the language with its value, the fused tens and units of German and Italian too."""
    with resources.files("unga.data").joinpath("number_words.csv").open(encoding="utf-8") as handle:
        out = {row["word"]: int(row["value"]) for row in csv.DictReader(handle) if row["language"] == lang}
    tens = {w: v for w, v in out.items() if v in range(20, 100, 10)}
    if lang == "de":  # "einundzwanzig", "siebenundsiebzig"
        out.update({u + "und" + t: uv + tv for u, uv in UNITS_DE.items() for t, tv in tens.items()})
    if lang == "it":  # "ventitré", "trentacinque", "novantuno" (the tens lose their vowel before uno and otto)
        out.update({(t[:-1] if u in ("uno", "otto") else t) + u: tv + uv
                    for u, uv in UNITS_IT.items() for t, tv in tens.items()})
    return out


@lru_cache(maxsize=None)
def pattern(lang: str) -> re.Pattern:
    word = "(?:" + "|".join(re.escape(w) for w in sorted(words(lang), key=len, reverse=True)) + ")"
    joint = r"(?:\s*-\s*|\s+" + JOIN[lang] + r"\s+|-" + JOIN[lang] + r"-|\s+)"
    return re.compile(r"(?<![\w-])" + UNREAD_BEFORE.get(lang, "") + word + r"(?:" + joint + word + r")*(?![\w-])" + UNREAD_AFTER.get(lang, ""), re.I)


def value(phrase: str, lang: str) -> int | None:
    """The number a run of cardinal words says, or None when its words do not make one number."""
    table = words(lang)
    parts = [table[w.lower()] for w in re.findall(TOKEN.get(lang, r"[^\W\d_]+"), phrase) if w.lower() in table]
    total, last = 0, None
    for part in parts:
        if part == 100:
            total = max(total, 1) * 100
        elif part == 20 and lang == "fr" and last == 4:  # "quatre-vingt(s)"
            total += 76
        elif lang == "ar" and last is not None and last < 10 and (part == 10 or part in range(20, 100, 10)):
            total += part  # the unit before the ten: "ثلاث عشرة" (13), "خمسة وعشرون" (25)
        elif last is not None and part >= last and not (last >= 100 and part < 100):
            return None  # "cinq six": two numbers, not one
        else:
            total += part
        last = part
    return total if 1 < total < 1000 else None


def in_digits(sentence: str, lang: str) -> str:
    """The sentence with each number written in words replaced by its digits."""
    if lang not in JOIN:
        return sentence

    def replace(m: re.Match) -> str:
        return _split(m.group(0), lang)
    return pattern(lang).sub(replace, sentence)


def _split(phrase: str, lang: str) -> str:
    """The run in digits, cut where one number ends and the next begins ("douze et cinquante-deux": 12 et 52)."""
    cuts = [m.end() for m in re.finditer(TOKEN.get(lang, r"[^\W\d_]+"), phrase) if m.group(0).lower() in words(lang)]
    for cut in reversed(cuts):
        if (number := value(phrase[:cut], lang)) is not None:
            rest = phrase[cut:]
            joint = re.match(r"\W*(?:" + JOIN[lang] + r"\W+)?", rest, re.I).group(0) if cut < len(phrase) else ""
            return str(number) + joint + (_split(rest[len(joint):], lang) if rest[len(joint):] else "")
    return phrase

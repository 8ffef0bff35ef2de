"""The Assembly sessions a text names, each a number (and so a year: the 77th session opened in September 2022).

"the 77th session", "the 77th UNGA", "the seventy-seventh session", "la 77e session", "la soixante-dix-septième
session", "el septuagésimo séptimo período de sesiones", "77.º período de sesiones", "a 77.ª sessão", "die 77. Tagung",
"77-й сессии", "第77届联大", "第77回国連総会", "제77차 유엔총회". Ordinals in words are read in English, French,
Spanish and Portuguese (the languages whose ordinals a short rule or table gives); the others in digits only.
"""

from __future__ import annotations

import re

from unga.claims import langnumbers
from unga.claims.digits import TENS, UNITS

# what a session number stands before: the session or the Assembly itself ("the 77th UNGA")
# (not an emergency or special session's own number: "la dixième session extraordinaire d'urgence")
SPECIAL = r"(?!\s+(?:extraordinaire|spéciale|especial|extraordinari[ao]|de\s+emerg))"
AFTER = {
    "en": r"(?:regular\s+)?(?:session|(?:UN\s+|U\.N\.\s+)?General\s+Assembly|UNGA)\b",
    "fr": r"(?:session|Assemblée\s+générale)\b" + SPECIAL,
    "es": r"(?:per[ií]odo\s+(?:ordinario\s+)?de\s+sesiones|sesi[oó]n|Asamblea\s+General)\b" + SPECIAL,
    "pt": r"(?:sess[aã]o|Assembleia\s+Geral)\b" + SPECIAL,
}
DIGITS = [
    r"\b(\d{1,2})(?:st|nd|rd|th)\s+" + AFTER["en"],
    r"\b(\d{1,2})(?:e|è|ème|ième)\s+" + AFTER["fr"],
    r"\b(\d{1,2})\.?\s?[º°ª]\s+" + AFTER["es"],
    r"\b(\d{1,2})\.?\s?[º°ª]\s+" + AFTER["pt"],
    r"\b(\d{1,2})\.\s+(?:ordentlichen\s+)?(?:Tagung|Sitzungsperiode|(?:UN-)?Generalversammlung)\b",
    r"\b(\d{1,2})-?(?:й|я|ой|ая|ей|ую)\s+сесси",
    r"第\s?(\d{1,2})\s?(?:届|屆|回)", r"제\s?(\d{1,2})\s?차",
]
EN_UNITS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
            "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12}
EN_ORDINAL = re.compile(r"\b((?:(?:" + "|".join(TENS) + r")[\s-])?[a-z]+?(?:st|nd|rd|th))\s+" + AFTER["en"], re.I)
FR_ORDINAL = re.compile(r"\b((?:[a-z]+[\s-]+(?:et[\s-]+)?){0,3}[a-z]+ième)\s+" + AFTER["fr"], re.I)
# Spanish and Portuguese ordinals: the tens, then the units ("septuagésimo séptimo", "septuagésima sétima")
IBERIAN_TENS = {"décim": 10, "vigésim": 20, "trigésim": 30, "cuadragésim": 40, "quadragésim": 40, "quincuagésim": 50,
                "qüinquagésim": 50, "quinquagésim": 50, "sexagésim": 60, "septuagésim": 70, "setuagésim": 70,
                "octogésim": 80, "nonagésim": 90}
IBERIAN_UNITS = {"primer": 1, "primeir": 1, "segund": 2, "tercer": 3, "terceir": 3, "cuart": 4, "quart": 4,
                 "quint": 5, "sext": 6, "séptim": 7, "sétim": 7, "octav": 8, "oitav": 8, "noven": 9, "non": 9}
IBERIAN = re.compile(r"\b(" + "|".join(IBERIAN_TENS) + r")[oa](?:\s+(" + "|".join(IBERIAN_UNITS) + r")(?:[oa])?)?\s+(?:"
                     + AFTER["es"] + "|" + AFTER["pt"] + r")", re.I)


def named(text: str) -> set[int]:
    """The session numbers the text names, in digits or in words."""
    out = {int(n) for pattern in DIGITS for n in re.findall(pattern, text, re.I)}
    out |= {n for m in EN_ORDINAL.finditer(text) if (n := _english(m.group(1)))}
    out |= {n for m in FR_ORDINAL.finditer(text) if (n := _french(m.group(1)))}
    for m in IBERIAN.finditer(text):
        out.add(IBERIAN_TENS[m.group(1).lower()] + (IBERIAN_UNITS[m.group(2).lower()] if m.group(2) else 0))
    return {n for n in out if 1 <= n <= 99}


def _english(words: str) -> int | None:
    """"seventy-seventh" → 77, "thirtieth" → 30, "eighty-first" → 81; None for any other word ("must")."""
    *tens, last = re.split(r"[\s-]+", words.lower())
    if tens and tens[0] not in TENS:
        return None
    ten = TENS[tens[0]] if tens else 0
    if last in EN_UNITS:
        unit = EN_UNITS[last]
    elif last.endswith("th") and last[:-2] in UNITS:  # "sixteenth"
        unit = UNITS[last[:-2]]
    elif last.endswith("ieth") and last[:-4] + "y" in TENS and not tens:  # "seventieth"
        unit = TENS[last[:-4] + "y"]
    else:
        return None
    return ten + unit if unit < 10 or not ten else None


def _french(words: str) -> int | None:
    """"soixante-dix-septième" → 77, "vingt et unième" → 21, "quatre-vingtième" → 80: the cardinal the ordinal's last
    word is made from ("cinquième" of "cinq", "neuvième" of "neuf", "onzième" of "onze"), read as French numbers are."""
    head, stem = re.match(r"(.*?)([a-z]+)ième$", words.lower()).groups()
    table = langnumbers.words("fr")
    last = {"cinqu": "cinq", "neuv": "neuf", "un": "un", "quatre-vingt": "quatre-vingts"}.get(stem) or next(
        (w for w in (stem, stem + "e", stem + "s") if w in table), None)
    if last is None:
        return None
    if last == "un":  # "vingt et unième": "un" is no word of the table (it is the article too)
        return (langnumbers.value(head, "fr") or 0) + 1 if head.strip() else None
    value = langnumbers.value(head + last, "fr")
    return value

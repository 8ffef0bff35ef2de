"""Russian names of states, declined: each form with the cases it can be.

The names of pycountry's ISO 3166 translations and the press's forms (data/foreign_names.csv, language "ru") are
declined (Германия, Германии, Германию, Германией), each form keeping the cases it can be, so that `russian` can read
a state's role from its case.
"""

from __future__ import annotations

import gettext
import re
from functools import lru_cache

from unga.claims.foreign_names import member_entries, press_rows

CASES = ("nom", "gen", "dat", "acc", "ins", "pre")
ALL = frozenset(CASES)
CYRILLIC = re.compile(r"[а-яА-ЯёЁ]")
# endings by declension, in the order of CASES; a form shared by two cases keeps both
NOUN_ENDINGS = {
    "ия": ("ия", "ии", "ии", "ию", "ией", "ии"),
    "я": ("я", "и", "е", "ю", "ей", "е"),
    "а": ("а", "ы", "е", "у", "ой", "е"),
    "ь": ("ь", "я", "ю", "ь", "ем", "е"),
    "й": ("й", "я", "ю", "й", "ем", "е"),
    "ы": ("ы", "ов", "ам", "ы", "ами", "ах"),
    "": ("", "а", "у", "", "ом", "е"),
}
ADJECTIVE_ENDINGS = {
    "ая": ("ая", "ой", "ой", "ую", "ой", "ой"),
    "ое": ("ое", "ого", "ому", "ое", "ым", "ом"),
    "ый": ("ый", "ого", "ому", "ый", "ым", "ом"),
    "ий": ("ий", "ого", "ому", "ий", "им", "ом"),
    "ые": ("ые", "ых", "ым", "ые", "ыми", "ых"),
    "ие": ("ие", "их", "им", "ие", "ими", "их"),
}
HUSHING = "гкхжшчщ"
# the exceptions to the endings above, from the dictionaries (Грамота.ру): a feminine noun in -ь ("Беларуси", not
# "Беларуся") and a compound whose head does not decline ("Буркина-Фасо" in every case, unlike "Гвинеи-Бисау")
FEMININE_SOFT = ("ь", "и", "и", "ь", "ью", "и")
FEMININE = frozenset({"Беларусь"})
INDECLINABLE = frozenset({"Буркина-Фасо"})


def _noun_forms(word: str) -> dict[str, frozenset[str]]:
    """{form: cases} of one noun; a word ending in another vowel, or an abbreviation, does not decline."""
    if word.isupper() or word[-1] in "оеиуюэ" or (word[-1] == "а" and word[-2:-1] in "аоуеи") or word in INDECLINABLE:
        return {word: ALL}
    if word in FEMININE:
        out_f: dict[str, set[str]] = {}
        for case, ending in zip(CASES, FEMININE_SOFT):
            out_f.setdefault(word[:-1] + ending, set()).add(case)
        return {form: frozenset(cases) for form, cases in out_f.items()}
    key = next(k for k in ("ия", "я", "а", "ь", "й", "ы", "") if word.endswith(k))
    stem = word[:len(word) - len(key)] if key else word
    endings = list(NOUN_ENDINGS[key])
    if key == "а" and stem[-1:] in HUSHING:
        endings[1] = "и"
    if key in ("а", "") and stem[-1:] in "жшчщц":
        endings[4] = "ей" if key == "а" else "ем"
    out: dict[str, set[str]] = {}
    for case, ending in zip(CASES, endings):
        out.setdefault(stem + ending, set()).add(case)
    if key == "ы":  # "Филиппины": also the bare genitive plural, "Филиппин"
        out.setdefault(stem, set()).add("gen")
    return {form: frozenset(cases) for form, cases in out.items()}


def _adjective(word: str) -> str | None:
    return next((k for k in ADJECTIVE_ENDINGS if word.endswith(k) and len(word) > 4), None)


def declined(name: str) -> dict[str, frozenset[str]]:
    """{form: cases} of a state's name: its leading adjectives and first noun decline together ("Российской
    Федерации"); what follows stays as written ("Республики Корея", "Соединенных Штатов Америки"). A name joined
    by "и" or a dash, or a plural adjective with a feminine noun, is kept as written (nominative)."""
    words = name.split(" ")
    if len(words) == 1 and "-" in name and name not in INDECLINABLE and len(_noun_forms(name.split("-")[0])) > 1:  # "Гвинеи-Бисау"
        head, tail = name.split("-", 1)
        return {f"{form}-{tail}": cases for form, cases in _noun_forms(head).items()}
    if " и " in name or "—" in name or any("-" in w for w in words[:-1]) or name in INDECLINABLE:
        return {name: ALL if _noun_forms(words[-1]).get(words[-1]) == ALL and len(words) == 1 else frozenset({"nom"})}
    lead = 0
    while lead < len(words) - 1 and _adjective(words[lead]):
        lead += 1
    if lead == len(words) - 1 and _adjective(words[lead]):
        return {name: frozenset({"nom"})}
    noun = _noun_forms(words[lead])
    if len(noun) == 1 and lead:  # an adjective before a noun that does not decline: keep the name as written
        return {name: frozenset({"nom"})}
    by_case = {case: [] for case in CASES}
    for word in words[:lead]:
        endings = ADJECTIVE_ENDINGS[_adjective(word)]
        if endings[0] in ("ый", "ий", "ое") and words[lead][-1:] in "ая":
            return {name: frozenset({"nom"})}
        for case, ending in zip(CASES, endings):
            by_case[case].append(word[:-2] + _soft(word[:-2], ending))
    out: dict[str, set[str]] = {}
    for form, cases in noun.items():
        for case in cases:
            text = " ".join(by_case[case] + [form] + words[lead + 1:])
            out.setdefault(text, set()).add(case)
    return {form: frozenset(cases) for form, cases in out.items()}


def _soft(stem: str, ending: str) -> str:
    """"Южн" + "ым" is "Южным", but "Арабск" + "ым" is "Арабским"."""
    return "и" + ending[1:] if ending.startswith("ы") and stem[-1:] in HUSHING else ending


@lru_cache(maxsize=1)
def names() -> dict[str, tuple[str, frozenset[str]]]:
    """{form: (iso3, cases)} of every state's name in Russian, ё written е."""
    import pycountry

    catalogue = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["ru"], fallback=True)
    written: list[tuple[str, str]] = []
    for entry in sorted(member_entries(), key=lambda e: e.alpha_3):
        for english in sorted({getattr(entry, a, None) for a in ("name", "official_name", "common_name")} - {None}):
            russian = catalogue.gettext(english)
            if CYRILLIC.search(russian):
                written.append((russian, entry.alpha_3))
    written += press_rows("ru")
    out: dict[str, tuple[str, frozenset[str]]] = {}
    for name, iso3 in written:
        name = plain(name)
        titled = " ".join(w[:1].upper() + w[1:] if _adjective(w) is None or i == 0 else w
                          for i, w in enumerate(name.split(" ")))
        for variant in dict.fromkeys([name, titled]):
            for form, cases in declined(variant).items():
                out[form] = (iso3, cases)
    return out


def plain(text: str) -> str:
    """The text with ё written е, as the table of names is."""
    return text.replace("ё", "е").replace("Ё", "Е")


@lru_cache(maxsize=1)
def _name_pattern() -> re.Pattern:
    ordered = sorted(names(), key=lambda n: (-len(n), n))
    return re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(n) for n in ordered) + r")(?![\w-])")


def mentions(sentence: str) -> list[tuple[int, int, str, frozenset[str]]]:
    """(start, end, iso3, cases) of each state name in the sentence, in order."""
    table = names()
    return [(m.start(), m.end(), *table[m.group(0)]) for m in _name_pattern().finditer(plain(sentence))]

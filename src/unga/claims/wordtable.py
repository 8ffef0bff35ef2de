"""The table of words the languages of `wordlangs` are read with (data/vote_words.csv: language, role, pattern), the
scripts and letters that tell those languages apart, and the text's normal form (Greek typed with Latin capitals,
Arabic without its vowel marks, Persian and Bengali digits). Split from wordlangs.py, which reads the sentences."""

from __future__ import annotations

import csv
import re
from functools import lru_cache
from importlib import resources


YES, NO, ABSTAIN, ABSENT = "yes", "no", "abstain", "absent"
SIDES = (YES, NO, ABSTAIN, ABSENT)
GREEK = re.compile(r"[\u0370-\u03ff\u1f00-\u1fff]")
ARABIC = re.compile(r"[\u0600-\u06ff]")
ARABIC_MARKS = re.compile(r"[\u064b-\u0652\u0670\u0640]")  # vowel marks, shadda, tatweel
PERSIAN_MARKS = re.compile(r"[\u064b-\u0652\u0654\u0670\u0640]")  # and the hamza above: "کرهٔ شمالی"
PERSIAN = re.compile(r"[\u067e\u0686\u0698\u06af\u06a9\u06cc]")  # پ چ ژ گ ک ی: letters Arabic does not write
URDU = re.compile(r"[\u0679\u0688\u0691\u06ba\u06be\u06c1\u06d2]")  # ٹ ڈ ڑ ں ھ ہ ے: letters Persian and Arabic do not write
ARABIC_ONLY = re.compile(r"[\u064a\u0643\u0629]")  # ي ك ة
# and the Arabic-Indic digits as ASCII ones ("1٠7"); Egypt's press ends a word with the dotless yeh ("التى", "فى")
BARE_ALEF = str.maketrans("أإآى٠١٢٣٤٥٦٧٨٩", "اااي0123456789")
# Persian (and Arabic-Indic) digits as ASCII ones, and the Arabic forms of yeh and kaf as the Persian ones
PERSIAN_FORMS = str.maketrans("۰۱۲۳۴۵۶۷۸۹٠١٢٣٤٥٦٧٨٩يك", "01234567890123456789یک")
# Latin capitals (and o) that stand for Greek letters in text typed on a Latin keyboard
HOMOGLYPHS = str.maketrans("ABEHIKMNOPTXYZo", "ΑΒΕΗΙΚΜΝΟΡΤΧΥΖο")
LATIN_LANGUAGES = ("id", "cs", "hu", "pl", "hr", "vi", "ro", "sw", "sv", "nb", "da", "sk", "tl", "tr", "fi")
# Serbian Cyrillic: letters Russian lacks (ђ ј љ њ ћ џ) and none of Macedonian's own (ѓ ќ ѕ) or Ukrainian's
SERBIAN = re.compile(r"[ђјљњћџЂЈЉЊЋЏ]")
NOT_SERBIAN = re.compile(r"[ѓќѕіїєґўЃЌЅІЇЄҐЎ]")
CYRILLIC = re.compile(r"[\u0400-\u04ff]")
HEBREW = re.compile(r"[\u05d0-\u05ea]")
DEVANAGARI = re.compile(r"[\u0900-\u097f]")
# Ukrainian: its own letters (Russian has none of them; Belarusian shares і but writes ў)
UKRAINIAN = re.compile(r"[іїєґІЇЄҐ]")
BELARUSIAN = re.compile(r"[ўЎ]")
BENGALI = re.compile(r"[\u0980-\u09ff]")
BENGALI_DIGITS = str.maketrans("০১২৩৪৫৬৭৮৯", "0123456789")
# Romanian typed with the cedilla letters of older keyboards ("Franţa") where the catalogue writes the comma ones
ROMANIAN_COMMAS = str.maketrans("şţŞŢ", "șțȘȚ")
# Bulgarian shares Russian's letters: its words tell it ("са", "че", "които", "държави"), more of them than of the
# words only Russian writes
BULGARIAN = frozenset("са се че във със към които който която което ще бяха беше държави държавите страните".split())
RUSSIAN_ONLY = frozenset("что это также был была были было которые который которая стран государств".split())
# Serbian Cyrillic as Gaj's Latin alphabet, letter for letter (Љ Њ Џ are two Latin letters)
SR_LATIN = dict(zip("АБВГДЂЕЖЗИЈКЛЉМНЊОПРСТЋУФХЦЧЏШабвгдђежзијклљмнњопрстћуфхцчџш",
                    "A B V G D Đ E Ž Z I J K L Lj M N Nj O P R S T Ć U F H C Č Dž Š "
                    "a b v g d đ e ž z i j k l lj m n nj o p r s t ć u f h c č dž š".split()))
ENGLISH = set("the of and to in voted against favour favor abstained with by was were that for on it".split())
WORD = re.compile(r"[^\W\d_]+")
CAPITAL = r"(?=[A-ZÀ-ÖØ-ÞĀĂĄĆČĎĐĒĘĚŁŃŇŐŘŚŠŤŮŰŹŻŽƠƯ])"
NUMBER = r"(?<![\d/.,])(\d{1,3})(?![\d/]|[.,]\d)"
START = r"(?:(?<!\w)|(?<=(?<!\w)[وف]))"  # a word's start; in Arabic after a prefixed "and" too ("وغابت", "والدول")


@lru_cache(maxsize=1)
def table() -> dict[str, dict[str, str]]:
    """{language: {role: pattern}}, the rows of data/vote_words.csv (a role given twice is joined as alternatives)."""
    out: dict[str, dict[str, str]] = {}
    with resources.files("unga.data").joinpath("vote_words.csv").open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            roles = out.setdefault(row["language"], {})
            pattern = row["pattern"].translate(BARE_ALEF) if row["language"] == "ar" else row["pattern"]  # as `normalised`
            roles[row["role"]] = f"{roles[row['role']]}|{pattern}" if row["role"] in roles else pattern
    out["sr"] = {**out["hr"], **out.get("sr", {})}  # Serbian is read in Latin letters with the words it shares
    return out


def normalised(sentence: str, lang: str) -> str:
    if lang == "el":  # "Mπαγκλαντές": a Latin M in a Greek word
        return re.sub(r"[A-Za-z\u0370-\u03ff\u1f00-\u1fff]+",
                      lambda m: m.group(0).translate(HOMOGLYPHS) if GREEK.search(m.group(0)) else m.group(0), sentence)
    if lang == "bn":  # "১১৯টি": Bengali digits as ASCII ones, the counting word টি dropped; "বিপক্ষে একটি" (one)
        sentence = re.sub(r"(?<=\d)টি", "", sentence.translate(BENGALI_DIGITS))
        return re.sub(r"(?<![\u0980-\u09ff])একটি(?=\s*(?:[,।.;]|$|ভোট))", "1", sentence)
    if lang == "ro":
        return sentence.translate(ROMANIAN_COMMAS)
    if lang in ("fa", "ur"):  # "کرهٔ", "۸۴": the catalogue and the press differ in marks, digits and letter forms
        return PERSIAN_MARKS.sub("", sentence.translate(PERSIAN_FORMS))
    # the press often writes the hamza's seat bare ("الارجنتين", "استراليا"): every alef is read as the bare one
    return ARABIC_MARKS.sub("", sentence).translate(BARE_ALEF) if lang == "ar" else sentence


def script_of(sentence: str) -> str | None:
    """"el", "ar" (or "fa", "ur") for a sentence in Greek or Arabic letters (a few Latin ones among them: "Oι χώρες"), "sr" for
    one in Serbian Cyrillic, "bg" for one in Bulgarian, "uk" for one in Ukrainian, "he" for one in Hebrew, "hi" for one in Devanagari (read as Hindi)."""
    if len(CYRILLIC.findall(sentence)) >= 10 and SERBIAN.search(sentence) and not NOT_SERBIAN.search(sentence):
        return "sr"
    if len(CYRILLIC.findall(sentence)) >= 10 and UKRAINIAN.search(sentence) and not BELARUSIAN.search(sentence):
        return "uk"
    if len(CYRILLIC.findall(sentence)) >= 10 and not NOT_SERBIAN.search(sentence):
        words = [w.lower() for w in WORD.findall(sentence)]
        own = sum(w in BULGARIAN for w in words) + 2 * bool(side_phrases(sentence, "bg", "") or side_phrases(sentence, "bg", "opens_"))
        if own >= 2 and own > sum(w in RUSSIAN_ONLY for w in words):
            return "bg"
    if len(BENGALI.findall(sentence)) >= 10:
        return "bn"
    if len(HEBREW.findall(sentence)) >= 10:
        return "he"
    if len(DEVANAGARI.findall(sentence)) >= 10:
        return "hi"
    if len(ARABIC.findall(sentence)) >= 10 and len(URDU.findall(sentence)) >= 2:
        return "ur"
    for lang, letters in (("el", GREEK), ("ar", ARABIC)):
        if len(letters.findall(sentence)) >= 10:
            return "fa" if lang == "ar" and len(PERSIAN.findall(sentence)) > len(ARABIC_ONLY.findall(sentence)) else lang
    return None


def function_words_score(sentence: str) -> int:
    """The most function words of one of the table's languages written with Latin letters the sentence holds."""
    words = [w.lower() for w in WORD.findall(sentence)]
    return max(sum(w in function_words(lang) for w in words) for lang in LATIN_LANGUAGES)


def letters(sentence: str, lang: str) -> int:
    """1 when the sentence holds a letter that, of the table's languages, only this one writes ("ł", "ř", "ő")."""
    return bool("letters" in table()[lang] and compiled(table()[lang]["letters"]).search(sentence))


@lru_cache(maxsize=None)
def function_words(lang: str) -> frozenset[str]:
    return frozenset(table()[lang]["function"].lower().split())


@lru_cache(maxsize=None)
def compiled(pattern: str) -> re.Pattern:
    return re.compile(pattern, re.I)


def side_phrases(sentence: str, lang: str, prefix: str) -> list[tuple[int, int, str]]:
    """(start, end, side) of each phrase of a role ("" for vote phrases, "opens_" for list openers), not negated."""
    words = table()[lang]
    out = []
    for side in SIDES:
        if prefix + side not in words:
            continue
        for m in compiled(START + r"(?:" + words[prefix + side] + r")(?!\w)").finditer(sentence):
            if not compiled(r"(?<!\w)(?:" + words.get("negation", "(?!)") + r")\s+$").search(sentence, max(0, m.start() - 8),
                                                                                           m.start()):
                out.append((m.start(), m.end(), side))
    return sorted(out)


def joined_noun(lang: str) -> str:
    """In Arabic, another noun joined to a count by the prefixed "and" ("اعتراض 3 دول وكيان": three states and an
    entity), unless it is a label or vote word of the next side ("تأييد 160 دولة واعتراض 4")."""
    if lang != "ar":
        return ""
    words = table()[lang]
    sides = "|".join(words[role] for side in SIDES for role in ("label_" + side, side) if role in words)
    return r"(?:\s+(?:" + words["states"] + r"))?\s+و(?!(?:" + sides + r"))[^\W\d_]{2,}"

"""The times a text writes in any language the checker reads, rewritten in the English forms identification reads
(docs/claims.md, "Twenty-fourth round: identification in every language").

Identification reads its dates, months, weekdays and "this year / last year" in English (clues.read_context,
when.py, position_time.py). Rather than a copy of each pattern per language, the text is read through `in_english`,
which rewrites each time it finds into English: "2 mars 2022", "2. März 2022", "2 de marzo de 2022", "2 марта
2022 года", "2022. március 2.", "2022年3月2日", "2022년 3월 2일" and "02.03.2022" become "2 March 2022"; "marzo de
2022", "в марте 2022 года" "March 2022"; CLDR's words for last year and this year (and the press's other forms,
data/time_words.csv) the English words. The month names are CLDR's (Babel), nominative and genitive, wide and
abbreviated, for every locale in LOCALES. Weekdays and "yesterday" are not read (see _words).

Only times are rewritten, never other words; a short form ("mai", "mar", "set") is a month only with a day and a
year beside it ("5 mai 2019"), as a number before "mai" is often no date (Romanian "5 mai multe": five more)."""

from __future__ import annotations

import calendar
import csv
import re
from datetime import date
from functools import lru_cache
from importlib import resources

from unga.claims.calendar_words import MONTH_NAMES

# the languages the checker reads (languages.py, wordlangs.py, russian.py, cjk.py) and a few close to them
LOCALES = ("es", "fr", "pt", "de", "it", "nl", "ru", "uk", "pl", "cs", "sk", "hr", "sr_Latn", "bs", "hu", "el", "id",
           "vi", "ar", "fa", "tr", "ro", "sv", "nb", "da", "sw")
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
SHORT = 3  # a month's form this short or shorter is read only in a full date (day, month and year)
YEAR = r"(19[4-9]\d|20[0-4]\d)"
# what may follow a year in a date: Russian "года", "г.", Ukrainian "року", Polish "r.", Croatian "godine"
YEAR_WORD = r"(?:\s*(?:года|году|г\.|року|р\.|roku|r\.|godine|god\.|год))?"
# the words for "in" before a month alone ("in ottobre", "en octubre", "im Oktober", "в октябре", "w październiku",
# "u listopadu", "i oktober", "în octombrie", "pada Oktober", "وفي أكتوبر"): languages that mark it by a suffix
# (Hungarian, Turkish) are not read, nor "a"/"de" ("de julio a octubre": a span, not the vote's month)
MONTH_IN = ("en", "em", "in", "im", "в", "во", "у", "w", "we", "v", "ve", "u", "i", "în", "pada", "في", "وفي")


class Month(date):
    """A text's date given to the month only ("DATE: 2022-10"): its last day bounds the votes the text can report
    (held_after, the months before it), but no day is the text's own: no vote is "the day itself" and no weekday or
    "yesterday" is read from it (clues.read_context); every vote of the month is as near as another."""

    def __new__(cls, year: int, month: int, day: int | None = None):
        if day is not None:  # a day's arithmetic (month - timedelta) gives a plain day
            return date(year, month, day)
        return super().__new__(cls, year, month, calendar.monthrange(year, month)[1])

    def __eq__(self, other):
        return isinstance(other, Month) and (self.year, self.month) == (other.year, other.month)

    def __ne__(self, other):
        return not self == other

    def __hash__(self):
        return hash(("month", self.year, self.month))

    def __repr__(self):
        return f"Month({self.year}, {self.month})"

    def __str__(self):
        return f"{self.year:04d}-{self.month:02d}"


def text_date(text: str) -> date | None:
    """A text's date as a page or a caller writes it: a day ("2022-10-12") or a month only ("2022-10": a Month)."""
    m = re.fullmatch(r"\s*(\d{4})-(\d{2})(?:-(\d{2}))?\s*", text or "")
    try:
        return None if not m else date(int(m[1]), int(m[2]), int(m[3])) if m[3] else Month(int(m[1]), int(m[2]))
    except ValueError:
        return None


def to_the_day(given: date | None, dateline: date | None) -> date | None:
    """The text's date: the one given, or its dateline's day when none is given or only the month it is of."""
    if isinstance(given, Month) and dateline and (dateline.year, dateline.month) == (given.year, given.month):
        return dateline
    return given or dateline


def _plain(form: str) -> str:
    return form.rstrip(".").lower()


@lru_cache(maxsize=1)
def _months() -> tuple[dict[str, int], dict[str, int]]:
    """({a month's full form: its number}, {its short forms: number}) over LOCALES, English's left out (the English
    patterns read them), and the forms written with digits (CJK's "3月", read by CJK below)."""
    from babel import dates

    full, short = {}, {}
    english = set(MONTH_NAMES) | {name[:3] for name in MONTH_NAMES} | {"sept"}
    for locale in LOCALES:
        for width in ("wide", "abbreviated"):
            for context in ("format", "stand-alone"):
                for number, form in dates.get_month_names(width, context, locale).items():
                    form = _plain(form)
                    if form in english or re.search(r"\d", form) or not form:
                        continue
                    (short if len(form) <= SHORT or width == "abbreviated" else full).setdefault(form, number)
    for form in full:
        short.pop(form, None)
    return full, short


@lru_cache(maxsize=1)
def _stems() -> dict[str, int]:
    """{a month's stem: its number} in the languages that decline it (CLDR's nominative and genitive differ: "март",
    "марта"): the two forms' common part, which the other cases share ("в марте", "v březnu")."""
    from babel import dates

    out, clash = {}, set()
    for locale in LOCALES:
        nominative = dates.get_month_names("wide", "stand-alone", locale)
        for number, genitive in dates.get_month_names("wide", "format", locale).items():
            a, b = genitive.lower(), nominative[number].lower()
            stem = a[:next((k for k, (x, y) in enumerate(zip(a, b)) if x != y), min(len(a), len(b)))]
            if a != b and len(stem) >= (3 if not stem.isascii() else 4):
                clash |= {stem} if out.setdefault(stem, number) != number else set()
    return {stem: number for stem, number in out.items() if stem not in clash}  # "trav": May in Ukrainian, April in
    # Croatian


def _number(name: str) -> int:
    """The number of a month's form or of the longest stem it starts with."""
    full, short = _months()
    name = _plain(name)
    if name in full or name in short:
        return full.get(name) or short[name]
    return _stems()[max((s for s in _stems() if name.startswith(s)), key=len)]


def _alternatives(forms) -> str:
    return "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True))


@lru_cache(maxsize=1)
def _patterns() -> list[tuple[re.Pattern, object]]:
    full, short = _months()
    stems = "|".join(re.escape(s) + r"\w{0,3}" for s in sorted(_stems(), key=len, reverse=True))
    any_month = _alternatives({**short, **full}) + "|" + stems
    full_only = _alternatives(full) + "|" + stems

    def month(name: str) -> str:
        return MONTH_NAMES[_number(name) - 1].capitalize()

    def day_month_year(m):
        return f"{int(m['d'])} {month(m['m'])}" + (f" {m['y']}" if m["y"] else "")

    def short_ok(m):  # a short form stands for a month only with the day and the year beside it
        return m["y"] or _plain(m["m"]) not in short

    return [
        # "2 mars 2022", "1er mars", "2. März 2022", "2 de marzo de 2022", "2 марта 2022 года", "5 mai 2019"
        (re.compile(r"(?<![\d.,/])(?P<d>[0-3]?\d)(?:\.|er|º|°)?\s*(?:de\s+|d['’]\s*)?(?P<m>" + any_month + r")(?:\.(?=\s*\d))?(?!\w)"
                    r"(?:,?\s*(?:de\s+|del\s+)?" + YEAR.replace("(", "(?P<y>", 1) + r"\b" + YEAR_WORD + r")?", re.I),
         lambda m: day_month_year(m) if short_ok(m) and 1 <= int(m["d"]) <= 31 else m[0]),
        # "2022. március 2.": the year first (Hungarian, Lithuanian)
        (re.compile(YEAR.replace("(", "(?P<y>", 1) + r"\.?\s+(?P<m>" + any_month + r")\.?\s+(?P<d>[0-3]?\d)\.?(?!\d)",
                    re.I), day_month_year),
        # "marzo de 2022", "в марте 2022 года", "März 2022": a month and a year without a day
        (re.compile(r"(?<!\w)(?P<m>" + full_only + r")(?:,?\s*(?:de\s+|del\s+|of\s+)?)\s*" + YEAR.replace("(", "(?P<y>", 1)
                    + r"\b" + YEAR_WORD, re.I), lambda m: f"{month(m['m'])} {m['y']}"),
        # "in ottobre", "в октябре", "im November" (a month the language spells as English does): a month alone,
        # after the language's "in" (a day or a year beside it is read above)
        (re.compile(r"(?<!\w)(?:" + _alternatives(MONTH_IN) + r")\s+(?P<m>" + full_only + "|" + "|".join(MONTH_NAMES)
                    + r")(?!\w)(?!\s*\d)", re.I),
         lambda m: f"in {m['m'].capitalize() if m['m'].lower() in MONTH_NAMES else month(m['m'])}"),
        # "2022年3月2日", "2022년 3월 2일", "3月2日", "2022年3月"
        (re.compile(YEAR.replace("(", "(?P<y>", 1) + r"\s*[年년]\s*(?P<mo>1[0-2]|0?[1-9])\s*[月월]\s*(?P<d>[0-3]?\d)\s*[日일]"),
         lambda m: f" {int(m['d'])} {MONTH_NAMES[int(m['mo']) - 1].capitalize()} {m['y']} "),
        (re.compile(YEAR.replace("(", "(?P<y>", 1) + r"\s*[年년]\s*(?P<mo>1[0-2]|0?[1-9])\s*[月월](?!\s*\d)"),
         lambda m: f" {MONTH_NAMES[int(m['mo']) - 1].capitalize()} {m['y']} "),
        (re.compile(r"(?<!\d)(?P<mo>1[0-2]|0?[1-9])\s*[月월]\s*(?P<d>[0-3]?\d)\s*[日일]"),
         lambda m: f" {int(m['d'])} {MONTH_NAMES[int(m['mo']) - 1].capitalize()} "),
        # Vietnamese: "ngày 26/4", "ngày 26/4/2023", "ngày 26 tháng 4 năm 2023" (the word for day first, so that no
        # fraction or score is read); "tháng 4/2023", "tháng 4 năm 2023"
        (re.compile(r"(?<!\w)(?:ngày|hôm)\s+(?P<d>[0-3]?\d)\s*(?:/|\s+tháng\s+)\s*(?P<mo>1[0-2]|0?[1-9])(?![\d.,]\d)"
                    r"(?:\s*(?:/|\s+năm\s+)\s*" + YEAR.replace("(", "(?P<y>", 1) + r")?(?!\d)", re.I),
         lambda m: f"{int(m['d'])} {MONTH_NAMES[int(m['mo']) - 1].capitalize()}" + (f" {m['y']}" if m["y"] else "")
         if 1 <= int(m["d"]) <= 31 else m[0]),
        (re.compile(r"(?<!\w)tháng\s+(?P<mo>1[0-2]|0?[1-9])\s*(?:/|\s+năm\s+)\s*" + YEAR.replace("(", "(?P<y>", 1) + r"(?!\d)",
                    re.I), lambda m: f"{MONTH_NAMES[int(m['mo']) - 1].capitalize()} {m['y']}"),
        # "02.03.2022": day first, as every language that writes dots does
        (re.compile(r"(?<![\d.,/])(?P<d>[0-3]?\d)\.(?P<mo>1[0-2]|0?[1-9])\." + YEAR.replace("(", "(?P<y>", 1)
                    + r"(?![\d.]\d)"),
         lambda m: f"{int(m['d'])} {MONTH_NAMES[int(m['mo']) - 1].capitalize()} {m['y']}"
         if 1 <= int(m["d"]) <= 31 else m[0]),
    ]


@lru_cache(maxsize=1)
def _words() -> tuple[re.Pattern | None, dict[str, str]]:
    """The pattern of the relative words ("l'année dernière", "в прошлом году"), and their English."""
    from babel import Locale

    english: dict[str, str] = {}
    for row in _time_words():
        english.setdefault(row["pattern"].lower(), row["english"])
    # a weekday and "yesterday" are not read: a day the text names pins its vote down (+5), and a sentence in
    # another language that tells of an earlier vote ("Il y a quelques mois, … avaient choisi l'abstention") has no
    # reading of its own time yet to set it apart (holdout18 a34: placed on the day's vote and called false)
    relative = {("year", -1): "last year", ("year", 0): "this year"}
    for locale in LOCALES:
        fields = Locale.parse(locale)._data["date_fields"]
        for (unit, step), words in relative.items():
            form = fields.get(unit, {}).get("relative", {}).get(step)
            if form and (len(form) > 3 or not form.isascii()):
                english.setdefault(form.lower(), words)
    for word in [w for w in english if w.lower() in {d.lower() for d in WEEKDAYS} | {"yesterday", "last year",
                                                                                     "this year"}]:
        del english[word]
    if not english:
        return None, {}
    return re.compile(r"(?<!\w)(?:" + _alternatives(english) + r")(?!\w)", re.I), english


@lru_cache(maxsize=1)
def _time_words() -> list[dict[str, str]]:
    with resources.files("unga.data").joinpath("time_words.csv").open(encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


# English words no other language the checker reads writes ("in", "a", "for", "is" are Dutch, German, Norwegian words)
ENGLISH = frozenset("the of and to was were that with which voted against favour abstained has have".split())
WORD = re.compile(r"[^\W\d_]+")


def is_english(text: str) -> bool:
    """English function words make a tenth of the words or more: the English patterns read the text as it is."""
    words = WORD.findall(text[:4000].lower())
    return bool(words) and 10 * sum(w in ENGLISH for w in words) >= len(words)


# "国連総会は5日", "총회는 6일": a day of the month alone, the way Chinese, Japanese and Korean reports date their
# news (not "5日間", five days; not after a month or a digit)
DAY_ALONE = re.compile(r"(?<![\d月월年년])\s?([1-3]?\d)\s?[日일](?![間间동])")


@lru_cache(maxsize=4096)
def in_english(text: str, published: date | None = None) -> str:
    """The text with each time written in another language rewritten in English (the rest left as it is); an
    English text is left whole. A day of the month alone is of the text's month (or the month before, for a day
    after the text's): it needs a text dated to the day."""
    if is_english(text):
        return text
    for pattern, repl in _patterns():
        text = pattern.sub(repl, text)
    if published and not isinstance(published, Month):
        text = DAY_ALONE.sub(lambda m: _day_of_month(int(m[1]), published) or m[0], text)
    words, english = _words()
    return words.sub(lambda m: english[m[0].lower()], text) if words else text


def _day_of_month(day: int, published: date) -> str | None:
    """"5日" in a text of 8 December 2021: 5 December 2021; "28日": 28 November."""
    year, month = (published.year, published.month) if day <= published.day else \
        (published.year, published.month - 1) if published.month > 1 else (published.year - 1, 12)
    if not 1 <= day <= calendar.monthrange(year, month)[1]:
        return None
    return f" {day} {MONTH_NAMES[month - 1].capitalize()} {year} "


def dateline(text: str) -> date | None:
    """The publication date from a dateline at the top ('March 2, 2022 (Reuters)', '2 March 2022', '2022-03-02')."""
    head = in_english(text[:400])
    m = re.search(r"\b(\d{4})-(\d{2})-(\d{2})\b", head)
    if m:
        return valid_day(int(m[1]), int(m[2]), int(m[3]))
    m = re.search(r"\b(" + "|".join(MONTH_NAMES) + r")\s+(\d{1,2}),?\s+(\d{4})\b|\b(\d{1,2})\s+(" + "|".join(MONTH_NAMES)
                  + r")\s+(\d{4})\b", head, re.I)
    if not m:
        return None
    month, day, year = (m[1], m[2], m[3]) if m[1] else (m[5], m[4], m[6])
    return valid_day(int(year), MONTH_NAMES.index(month.lower()) + 1, int(day))


def valid_day(year: int, month: int, day: int) -> date | None:
    """The day, or None where the calendar has none (30 February)."""
    try:
        return date(year, month, day)
    except ValueError:
        return None

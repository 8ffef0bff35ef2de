"""What a whole text says that helps place its claims: the dates, weekdays and years it names, the sessions, the
symbols (and bare resolution numbers) it gives, and its subject in the roll calls' title words.

identify scores the roll calls against this (docs/claims.md); the other modules read a sentence's own days
(`days_named`), its years (`YEAR_IN`) and its topic words (`stems`) from here.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import lru_cache

from unga.claims import calendars, topic_words
from unga.claims.calendar_words import MONTH_IN_DATE, MONTHS, month_number
from unga.claims.cited import (BARE_NUMBER, CITED_DAY, COUNCIL, NAMES_ANOTHER, REFERRED, bare_symbols, symbols_in,
                               year_given)
from unga.claims.sessions import named as session_numbers
from unga.claims.text import rough_sentences


YEAR_IN = re.compile(r"\b(19[4-9]\d|20[0-4]\d)\b")  # a year a sentence names itself
WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
STOP = set("""the a an and or of to in on for with by at from as is was were be been that this these those it its
their they them he she his her we our you your not no yes but which who whom what when where than then also
has have had will would could should may can said says say about into over after before under more most other
such only one two three all any each against favour favor vote votes voted voting resolution resolutions
united nations general assembly assembly's countries country states state un u.n member members""".split())


def stems(text: str) -> set[str]:
    words = re.findall(r"[a-zà-ÿ]+", text.lower())
    return {w[:6] for w in words if len(w) > 2 and w not in STOP}


@dataclass
class Context:
    """What the whole text says that helps place its claims."""

    symbols: list[str]
    days: list[date]           # exact dates (year known or taken from the publication date)
    month_days: list[tuple[int, int]]  # dates without a year
    years: set[int]            # the years it names, in figures or as "last year" / "this year"
    topic: Counter
    sessions: set[int] = field(default_factory=set)  # "the 75th session"
    names_another: bool = False  # the text names a resolution by a bare number ("Resolution 1514") too
    published: date | None = None
    bare: tuple[tuple[int, int | None], ...] = ()  # those bare numbers (and the year given with each), from
    # sentences that speak of no Council
    appeared: date | None = None  # the day the text appeared, as its caller or page gives it (not a date in its body)
    in_figures: set[int] = field(default_factory=set)  # the years it writes in figures ("the 1965 vote")


def read_context(text: str, published: date | None) -> Context:
    found = symbols_in(text)
    if not found and len(set(bare_symbols(text))) == 1:  # the text's only symbol, in the bare form: the sentences
        found = bare_symbols(text)[:1]  # borrow it as they would a full one, where the record holds it
    days, month_days = [], []
    text, written = calendars.in_english(text, published), text  # its times in English; its symbols, topic as written
    for m in re.finditer(r"\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(" + MONTH_IN_DATE + r")(?!\w)(?:,?\s+(\d{4}))?|\b("
                         + MONTH_IN_DATE + r")\s+(\d{1,2})(?:st|nd|rd|th)?\b(?:,?\s+(\d{4}))?", text, re.I):
        day, month, year = (m[1], m[2], m[3]) if m[1] else (m[5], m[4], m[6])
        month = month_number(month)
        if int(day) > 31 or CITED_DAY.search(text[max(0, m.start() - 100):m.start()]):
            continue
        if year:
            days.append(calendars.valid_day(int(year), month, int(day)))
        elif published:
            guess = calendars.valid_day(published.year, month, int(day))
            days.append(guess if guess and guess <= published + timedelta(days=1)
                        else calendars.valid_day(published.year - 1, month, int(day)))
        else:
            month_days.append((month, int(day)))
    if published and not isinstance(published, calendars.Month):  # a month only: no day of it is the text's own
        for m in re.finditer(r"\b(" + "|".join(WEEKDAYS) + r")\b", text, re.I):
            back = (published.weekday() - WEEKDAYS.index(m[1].lower())) % 7
            days.append(published - timedelta(days=back))
        if re.search(r"\byesterday\b", text, re.I):
            days.append(published - timedelta(days=1))
        days.append(published)
    in_figures = {int(y) for y in re.findall(r"\b(19[4-9]\d|20[0-4]\d)\b", text)}
    years = set(in_figures)
    if published:  # "last year", "last January", "this year" name a year too
        years |= {published.year - 1 for _ in re.finditer(r"\blast\s+year\b|\ba\s+year\s+ago\b", text, re.I)}
        years |= {published.year for _ in re.finditer(r"\bthis\s+year\b", text, re.I)}
        for m in re.finditer(r"\blast\s+(" + "|".join(MONTHS) + r")\b", text, re.I):
            years.add(published.year if MONTHS[m[1].lower()] < published.month else published.year - 1)
    sessions = session_numbers(text) | session_numbers(written)  # "the 75th session", "the seventy-fifth session"
    topic = topic_of(written)
    return Context(found, [d for d in days if d], month_days, years, topic, sessions,
                   bool(NAMES_ANOTHER.search(written)), published,
                   tuple((int(m[1]), year_given(line, m.end())) for line in rough_sentences(written)
                         if not COUNCIL.search(line) for m in BARE_NUMBER.finditer(line)
                         if not REFERRED.search(line[max(0, m.start() - 80):m.start()])), in_figures=in_figures)


def topic_of(text: str) -> Counter:
    """A text's subject in the titles' words."""
    return Counter(stems(f"{text} {topic_words.title_words(text)}"))


def days_named(sentence: str, published: date | None) -> list[date]:
    """The days a sentence itself names (a date, a weekday, 'yesterday'), without the publication date."""
    return list(_days_named(sentence, published))


@lru_cache(maxsize=4096)
def _days_named(sentence: str, published: date | None) -> tuple[date, ...]:
    days = read_context(sentence, published).days
    return tuple(days[:-1] if published and not isinstance(published, calendars.Month) else days)

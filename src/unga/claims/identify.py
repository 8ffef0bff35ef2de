"""Which roll call a claim is about: symbols, dates, topic words and the tally as a fingerprint.

Each roll call gets a score for the text (docs/claims.md): the idf-weighted share of its title (up to 6) and
of its agenda item and subjects (up to 2) found among the text's words, a single shared word counting half;
dates the text names (+5 the day itself, +3 a vote within ten days after, +1 within a month, −2 for a year the
text does not name); and, per claim, +3 for each number the claim gives that equals the roll call's count (−3 for
each number of a tally that is far from it).
The best candidate is taken only if it clears MIN_SCORE and leads the next by MARGIN; otherwise the claim stays
unidentified and the candidates are listed. A symbol in the text decides outright.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from datetime import date, timedelta
from typing import TYPE_CHECKING

import numpy as np

from unga.claims import calendars, series
from unga.claims.cited import BARE_NUMBER, COUNCIL, NAMES_ANOTHER, REFERRED, bracketed_symbols, symbols_in, year_given
from unga.claims.clues import Context, stems

if TYPE_CHECKING:
    import pandas as pd

MIN_SCORE, MARGIN = 6.0, 2.0
MONTH_OFF = 2.0  # a vote of another month than the one the claim's clause names ("in October")


class Index:
    """The roll calls as bags of topic words, with word rarity, for scoring candidates."""

    def __init__(self, roll_calls: pd.DataFrame) -> None:
        self.frame = roll_calls.reset_index(drop=True)
        self.titles = [stems(t) for t in self.frame["title"].fillna("")]
        self.context = [stems(f"{a} {b}") for a, b in zip(self.frame["agenda_item"].fillna(""),
                                                           self.frame["subjects"].fillna(""))]
        df = Counter(w for ws in (*self.titles, *self.context) for w in ws)
        self.idf = {w: math.log(2 * len(self.frame) / n) for w, n in df.items()}
        # fsum is exact: a float sum in the set's (hash-salted) order would turn equal scores into near-ties
        self.title_weights = [math.fsum(self.idf[w] for w in bag) for bag in self.titles]
        self.context_weights = [math.fsum(self.idf[w] for w in bag) for bag in self.context]
        self.by_word: dict[str, set[int]] = {}
        for i, ws in enumerate(self.titles):
            for w in ws | self.context[i]:
                self.by_word.setdefault(w, set()).add(i)
        self.dates = [d.date() for d in self.frame["date"]]
        self.rcids = [int(r) for r in self.frame["rcid"]]
        self.title_text = self.frame["title"].fillna("").tolist()
        self.symbols = [s if isinstance(s, str) else None for s in self.frame["symbol"]]
        self.by_symbol: dict[str, list[int]] = {}
        for i, s in enumerate(self.frame["symbol"]):
            if isinstance(s, str):
                self.by_symbol.setdefault(s, []).append(i)
        parts: dict[str, list[int]] = {}  # "181 (II)" in a text is the record's A/RES/181(II)[A] when that is its only part
        for s, rows in self.by_symbol.items():
            if s.endswith("]") and "[" in s:
                parts.setdefault(s[:s.rindex("[")], []).extend(rows)
        for base, rows in parts.items():
            self.by_symbol.setdefault(base, rows)
        self.by_number: dict[int, list[int]] = {}  # 3151 -> the rows of A/RES/3151(XXVIII)[A] … [G]
        for s, rows in self.by_symbol.items():
            old = re.fullmatch(r"A/RES/(\d{1,4})\([IVXL]+\)", s)
            if old:
                self.by_number.setdefault(int(old[1]), []).extend(rows)
        kinds = self.frame["kind"].fillna("resolution") if "kind" in self.frame else None
        self.kinds = kinds.tolist() if kinds is not None else ["resolution"] * len(self.frame)
        self.resolution_kind = np.array([k == "resolution" for k in self.kinds])
        self.years = self.frame["date"].dt.year.to_numpy()
        self.months = self.frame["date"].dt.month.to_numpy()
        self.sessions = self.frame["session"].fillna(0).astype(int).to_numpy() if "session" in self.frame else None
        self.last_day = max(self.dates) if self.dates else None
        self.sorted_days = sorted(set(self.dates))
        self.count_arrays = {f: np.array(_counts(self.frame, f)) for f in ("yes", "no", "abstain")}
        self.day_numbers = self.frame["date"].to_numpy("datetime64[D]")

    def name(self, i: int) -> str:
        """The roll call as a user would look it up: its symbol, or "rcid:N" where it has none."""
        return self.symbols[i] or f"rcid:{self.rcids[i]}"

    def agrees(self, i: int, numbers: dict[str, int]) -> bool:
        """At least one of the numbers equals the roll call's count."""
        return any(k in self.count_arrays and self.count_arrays[k][i] == v for k, v in numbers.items())

    def agrees_all(self, i: int, numbers: dict[str, int]) -> bool:
        return all(k in self.count_arrays and self.count_arrays[k][i] == v for k, v in numbers.items())

    def topic(self, i: int, words: set[str]) -> float:
        """Up to 8 points: the idf-weighted share of the roll call's title (6) and subjects (2) found in words."""
        def share(bag: set[str], total: float) -> float:
            found = bag & words
            # one shared word is weak evidence, however short the title ("United Nations University")
            return math.fsum(self.idf[w] for w in found) / total * min(1.0, len(found) / 2) if total else 0.0
        return 6 * share(self.titles[i], self.title_weights[i]) + 2 * share(self.context[i], self.context_weights[i])


class Scorer:
    """Scores of every roll call for one text: topic and dates are the text's, computed once; the counts a claim
    gives are added per claim."""

    def __init__(self, index: Index, context: Context) -> None:
        self.index = index
        words = set(context.topic)
        pool = sorted(set().union(*(index.by_word.get(w, set()) for w in words))) if words else []
        self.topic = np.zeros(len(index.dates))
        self.topic[pool] = [index.topic(i, words) for i in pool]
        self.dates = _date_bonus(index.day_numbers, context)
        if context.sessions and index.sessions is not None:
            self.dates = self.dates + 3.0 * np.isin(index.sessions, list(context.sessions))
        self.base = self.topic + self.dates
        # the years the text writes ("the 1965 resolution"): a "last year" said of other votes ("last year the body
        # adopted two similar texts") recalls no vote whose numbers a tally of this year's news happens to share
        self.named_years = np.isin(index.years, sorted(context.in_figures)) if context.in_figures else \
            np.zeros(len(index.dates), dtype=bool)

    def rank(self, numbers: dict[str, int], top: int = 5, year: int | None = None, month: int | None = None,
             scope: str = "assembly", days: tuple[date, ...] = (), named: tuple[int, ...] = ()
             ) -> list[tuple[float, int, list[str]]]:
        """The best candidates for a claim: its counts (+3 each that equals the roll call's, +3 more when a tally's
        two or more numbers all do on a day the text names or in the clause's year; −3 for each of a tally's numbers
        far from the roll call's count, when a vote of those days shares two of them), the year its clause
        names (+4 that year, −6 any other), the days its own sentence names (+3: the text's other dates may be
        other events') and its scope (an amendment or motion is never a resolution's vote)."""
        equal = {k: self.index.count_arrays[k] == v for k, v in numbers.items() if k in self.index.count_arrays}
        far = None
        score = self.base + 3 * sum(equal.values()) if equal else self.base.copy()
        if len(equal) >= 2:  # among votes of the days the text names (or the year the clause names), all of a
            # tally's numbers equal beat most: 169-6-3 vs 169-6-2 the same day (over all years, a two-number match is
            # too common to count more)
            near = (self.dates > 0) | (self.index.years == year) if year is not None else self.dates > 0
            if len(equal) >= 3 and min(numbers.values()) >= 3:  # three numbers (none as common as 0, 1 or 2) that
                near = np.ones(len(near), dtype=bool)  # all equal one vote's are its fingerprint, whatever its date
            all_equal = np.logical_and.reduce(list(equal.values()))
            # a vote of a year the text names, every number of a tally equal to it (none below 3: "94 in favour,
            # 14 abstaining" in a text that recalls the 1965 vote is that vote, not one of this week sharing the 14)
            recalled = self.named_years & ~near if min(numbers.values()) >= 3 else False
            score = score + 3 * (all_equal & (near | recalled))
            if ((sum(equal.values()) >= 2) & near).any():  # a vote of the text's days shares two numbers exactly:
                far = self._far(numbers) * near  # the others of those days whose numbers are far lose
                score = score - 3 * far
        if year is not None:
            score = score + np.where(self.index.years == year, 4.0, -6.0)
            if month is not None:  # the text's dates speak of other events than a vote "in March"
                other_month = self.index.months != month
                score = score + 2.0 * ~other_month - other_month * (np.maximum(self.dates, 0) + MONTH_OFF)
        if days:
            score = score + 3.0 * np.isin(self.index.day_numbers, [np.datetime64(d, "D") for d in days])
        if named:  # "Resolution 3151": the parts of that resolution (A to G) come first, the numbers choose among them
            score = score.copy()
            score[list(named)] += 6.0
        if scope == "procedural":
            score = np.where(self.index.resolution_kind, -100.0, score)
        else:  # a plain report is about a resolution as a whole far more often than about a paragraph or motion
            score = score - 1.5 * ~self.index.resolution_kind
        head = np.argpartition(-score, top)[:top] if len(score) > top else np.arange(len(score))
        best = head[np.lexsort((head, -score[head]))]  # highest first, ties by row as a stable sort would
        out = [(float(score[i]), int(i), self._reasons(int(i), equal, year, days, far)) for i in best if score[i] > 0]
        if out and far is not None and _won_by_penalty(score, 3 * far * (score > -100), out[0][1]):
            out[0][2].append(FAR_WON)
        return out

    def _far(self, numbers: dict[str, int]) -> np.ndarray:
        """Per roll call, how many of a tally's numbers are far from its counts (by more than 5 and a quarter of the
        larger): "167 to 4, 17 abstaining" is not a vote of 122 to 44 with 17 abstentions, whatever its subject."""
        far = np.zeros(len(self.index.dates))
        for k, v in numbers.items():
            if k in self.index.count_arrays:
                counts = self.index.count_arrays[k]
                far = far + (np.abs(counts - v) > np.maximum(5, 0.25 * np.maximum(counts, v)))
        return far

    def _reasons(self, i: int, equal: dict[str, np.ndarray], year: int | None = None,
                 days: tuple[date, ...] = (), far: np.ndarray | None = None) -> list[str]:
        reasons = [f"topic {self.topic[i]:.1f}"] if self.topic[i] else []
        if self.dates[i]:
            reasons.append(f"date {self.dates[i]:+g}")
        if days and self.index.dates[i] in days:
            reasons.append("the day its sentence names")
        if year is not None and self.index.years[i] == year:
            reasons.append(f"year {year} named in the clause")
        matched = [k for k, hit in equal.items() if hit[i]]
        reasons += ["counts " + "/".join(matched)] if matched else []
        return reasons + ([f"{int(far[i])} of the tally's numbers far from its counts"] if far is not None and far[i]
                          else [])


FAR_WON = "leads only because the far-numbers penalty moved its rivals down"


def _won_by_penalty(score: np.ndarray, penalty: np.ndarray, row: int) -> bool:
    """With the far-numbers penalty the best candidate leads by MARGIN, without it not: the tally was placed
    by its numbers that are far from its rivals' counts, not by a fit of its own (holdout14 u10: a 1950 tally the
    record lacks, two of its numbers equal to another vote of those days). Its verdict is never a contradiction."""
    if len(score) < 2:
        return False
    lead = float(score[row]) - float(np.delete(score, row).max())
    without = score + penalty
    return lead >= MARGIN and float(np.delete(without, row).max()) > float(without[row]) - MARGIN


def _counts(frame: pd.DataFrame, field: str) -> list[int]:
    """The published count where there is one, else the count of the stored votes."""
    return frame[f"pub_{field}"].fillna(frame[field]).astype(int).tolist()


RECENT_DAYS = 180
MONTH_NEAR, MONTH_BEFORE = 1.5, 10  # a vote of a text's month (one dated to the month); the days before it began
OLD_DAYS = 2 * 366  # a text that names no year speaks of a vote years back only with a clear topic match


def _date_bonus(days: np.ndarray, context: Context) -> np.ndarray:
    """Per roll call: +5 for the day itself, +3 for a vote within ten days after a date the text names, +1
    within a month; −2 if the text names years and not this one, or names none and the vote is more than
    RECENT_DAYS before the publication date (or after it)."""
    best = np.zeros(len(days))
    years = days.astype("datetime64[Y]").astype(int) + 1970
    mentioned = [np.datetime64(d, "D") for d in context.days]
    # a day and month the text names without a year is of a year the text names or of its date's, when it gives one
    # ("April 18" in a text of 2000 is no vote of 1961): the vote's year or the year after
    anchors = context.years | ({context.published.year} if context.published else set())
    near = np.isin(years, list(anchors)) | np.isin(years - 1, list(anchors)) if anchors else np.ones(len(days), bool)
    for month, day in context.month_days:  # no year given: the same day in the vote's year or the year before
        for back in (0, 1):
            mentioned_days = [calendars.valid_day(int(y) - back, month, day) for y in years]
            gap = (days - np.array([np.datetime64(d, "D") if d else np.datetime64("NaT") for d in mentioned_days])).astype(float)
            best = np.maximum(best, _bonus(gap) * near)
    if context.published and context.days and context.days[-1] == context.published:
        mentioned = mentioned[:-1]  # the publication date is no date the text names: it bounds the vote from after
        best = np.maximum(best, _published_bonus((days - np.datetime64(context.published, "D")).astype(float)))
    for when in mentioned:
        best = np.maximum(best, _bonus((days - when).astype(float)))
    if isinstance(context.published, calendars.Month):  # a text dated to the month: its every vote alike, as near as
        # a vote of the week before a text dated to the day; the last days of the month before still near
        gap = (days - np.datetime64(context.published, "D")).astype(float) + context.published.day
        best = np.maximum(best, np.select([(gap <= context.published.day) & (gap > 0), (gap <= 0) & (gap > -MONTH_BEFORE)],
                                          [MONTH_NEAR, 1.0], 0.0))
    if context.years:  # the text's own year is named by its date ("created in 2006 … the vote yesterday")
        named = context.years | ({context.published.year} if context.published else set())
        best = best - 2.0 * ~np.isin(years, list(named))
    elif context.published:  # a text that names no year speaks of the votes of the months before it appeared
        gap = (days - np.datetime64(context.published, "D")).astype(float)
        best = best - 2.0 * ((gap < -RECENT_DAYS) | (gap > 1)) - 2.0 * (gap < -OLD_DAYS)
    return best


def _published_bonus(gap: np.ndarray) -> np.ndarray:
    """A vote reported on the day it was held or the day after (a report filed overnight, another time zone) is
    as likely as one of the same day; a week before is still a report of it; a vote after the text cannot be
    reported in it, but a text's date may be a day early (approximate dates, time zones)."""
    gap = np.nan_to_num(gap, nan=1e9)
    return np.select([gap == 0, gap == -1, gap == 1, (gap >= -7) & (gap < -1), np.abs(gap) <= 31],
                     [5.0, 4.0, 3.0, 2.0, 1.0], 0.0)


def _bonus(gap: np.ndarray) -> np.ndarray:
    gap = np.nan_to_num(gap, nan=1e9)
    return np.select([gap == 0, (gap > 0) & (gap <= 10), np.abs(gap) <= 31], [5.0, 3.0, 1.0], 0.0)


def numbered(index: Index, sentence: str) -> tuple[int, ...]:
    """The roll calls of the resolutions a sentence names by a bare number of the first thirty sessions, in a
    sentence that speaks of no Council (Security Council resolution 242 is not A/RES/242(III)) and whose year, if
    it names one, is theirs."""
    found = [(m[1], year_given(sentence, m.end())) for m in BARE_NUMBER.finditer(sentence)
             if not REFERRED.search(sentence[max(0, m.start() - 80):m.start()])]
    if not found or COUNCIL.search(sentence):
        return ()
    years = {int(y) for y in re.findall(r"\b(19[4-7]\d)\b", sentence)}
    return tuple(r for n, given in found for r in index.by_number.get(int(n), ())
                 if (not years or index.years[r] in years) and given in (None, index.years[r]))


def identify(index: Index, context: Context, sentence: str, numbers: dict[str, int],
             scorer: Scorer | None = None, year: int | None = None, scope: str = "assembly",
             month: int | None = None, days: tuple[date, ...] = ()) -> tuple[int | None, list]:
    """The row of the roll call the claim is about (or None) and the scored candidates as evidence."""
    own = symbols_in(sentence) or bracketed_symbols(sentence)
    # the text's one symbol speaks for a sentence that names no resolution of its own and whose numbers fit
    borrowed = [] if own or NAMES_ANOTHER.search(sentence) or context.names_another else (
        context.symbols[:1] if len(set(context.symbols)) == 1 else [])
    named = numbered(index, sentence) if not own else ()
    if len(set(named)) == 1:  # "Sweden voted for Resolution 3379": the sentence names its vote by its number
        return named[0], [(100.0, named[0], ["the resolution the sentence names by its number"])]
    if not own and not borrowed and not context.symbols and not NAMES_ANOTHER.search(sentence):
        rows = {r for n, given in set(context.bare) for r in index.by_number.get(n, ())
                if given in (None, index.years[r])}
        scorer = scorer or Scorer(index, context)
        if len(rows) == 1 and (not numbers or index.agrees(next(iter(rows)), numbers)) and not _named_in_passing(
                index, context, scorer, next(iter(rows)), numbers, year, month, scope, days):
            row = rows.pop()  # the text's one resolution, named by its number ("Resolution 3379 … Sweden abstained")
            return row, [(100.0, row, ["the resolution the text names by its number"])]
    for symbol in own or borrowed:
        rows = index.by_symbol.get(symbol, [])
        kinds = [r for r in rows if (index.kinds[r] == "resolution") != (scope == "procedural")]
        rows = kinds if scope == "procedural" or kinds else rows
        if own and scope == "procedural" and not rows:
            return None, []
        years = {int(y) for y in re.findall(r"\b(19[4-9]\d|20[0-4]\d)\b", sentence)}
        if not own and rows and years and not years & {int(index.years[r]) for r in rows}:
            continue  # "In 1965, the reasons for these abstentions…": the text's symbol is not this sentence's vote
        if not own and rows and year is not None and year not in {int(index.years[r]) for r in rows}:
            continue  # "A, which abstained last year, voted against": the clause's own year is not the symbol's
        if len(rows) == 1 and (own or not numbers or index.agrees(rows[0], numbers)):
            return rows[0], [(100.0, rows[0], ["symbol in the text"])]
    scorer = scorer or Scorer(index, context)
    ranked = _appeared_first(index, context, scorer.rank(numbers, year=year, month=month, scope=scope, days=days,
                                                         named=named), numbers)
    # a vote held after the text appeared is no rival of a vote of the text's weeks whose every number the tally
    # gives ("voted 140-2 on Friday", in a text of October, against a December vote of 140-2): it cannot be the vote
    # the text reports
    recent = bool(ranked) and len(numbers) >= 2 and context.appeared is not None \
        and 0 <= (context.appeared - index.dates[ranked[0][1]]).days <= TEXTS_WEEKS_DAYS \
        and index.agrees_all(ranked[0][1], numbers)
    # nor, for a vote of the text's own week that the record holds, a later vote on the same subject, its words no
    # nearer the text's (a ceasefire vote of October against December's, in a text of October; not a plenary vote
    # of December whose subject is the text's, when the vote of its week is on another: the text may report the
    # committee's vote, which the record lacks)
    own_week = bool(ranked) and scorer.dates[ranked[0][1]] >= PASSING_DATE \
        and not held_after(index, ranked[0][1], context.appeared)
    rivals = [r for r in ranked[1:] if not (held_after(index, r[1], context.appeared) and (recent or (
        own_week and scorer.topic[r[1]] - scorer.topic[ranked[0][1]] < SAME_SUBJECT)))]
    if not ranked or ranked[0][0] < MIN_SCORE or (rivals and ranked[0][0] - rivals[0][0] < MARGIN):
        if scope == "procedural" and len(numbers) >= 2:  # "a motion" said of a resolution whose tally it gives
            plain = scorer.rank(numbers, year=year, month=month, days=days)
            if plain and index.agrees_all(plain[0][1], numbers) and plain[0][0] >= MIN_SCORE and \
                    (len(plain) < 2 or plain[0][0] - plain[1][0] >= MARGIN):
                return plain[0][1], [(plain[0][0], plain[0][1], plain[0][2] + ["every number equals this vote's"]),
                                     *plain[1:]]
        if _told_apart(index, scorer, ranked, numbers):
            return ranked[0][1], [(ranked[0][0], ranked[0][1], ranked[0][2] + [TOLD_APART]), *ranked[1:]]
        return None, ranked
    if _numbers_only(index, scorer, ranked[0][1], numbers) or _time_only(index, scorer, ranked[0][1], numbers, days):
        return None, ranked
    if _far_from_its_dates(index, sentence, ranked[0][1], days):
        # "approved by the conference on 30 April 1982, by 130 votes": a vote held months or years from every full
        # date its own sentence gives is not that vote, however well its subject fits (another body's, or one the
        # record lacks)
        return None, [(ranked[0][0], ranked[0][1], ranked[0][2] + ["held far from the date its sentence gives"]),
                      *ranked[1:]]
    if held_after(index, ranked[0][1], context.appeared):
        # the best match was held after the text appeared: the text reports an earlier stage (a committee's vote)
        return None, [(ranked[0][0], ranked[0][1], ranked[0][2] + ["held after the text appeared"]), *ranked[1:]]
    return ranked[0][1], ranked


def _appeared_first(index: Index, context: Context, ranked: list, numbers: dict[str, int]) -> list:
    """The candidates with a vote of the text's weeks, every number of whose tally the claim gives, ahead of the
    votes held after the text appeared that outrank it ("voted 140-2 on Friday", in a text dated to October, ranked
    below a December vote of 140-2 on its subject): a later vote cannot be the one the text reports. Not for a claim
    of one number, nor when no earlier vote fits every number (the text may report a committee's vote before the
    plenary's)."""
    if len(numbers) < 2 or context.appeared is None:
        return ranked
    later = [r for r in ranked if held_after(index, r[1], context.appeared)]
    earlier = [r for r in ranked if not held_after(index, r[1], context.appeared)]
    if not later or not earlier or ranked[0] is earlier[0]:
        return ranked
    first = earlier[0][1]
    fits = 0 <= (context.appeared - index.dates[first]).days <= TEXTS_WEEKS_DAYS and index.agrees_all(first, numbers)
    return earlier + later if fits else ranked


PASSING_DAYS = 366  # a resolution named by its number a year or more before the text is history, not its news
SAME_SUBJECT = 1.0  # of topic score: a later vote this much nearer the text's words is on its subject, not the week's
PASSING_DATE = 2.0  # within a week of the text's date (identify._published_bonus) or ten days after a day it names


def _named_in_passing(index: Index, context: Context, scorer: Scorer, row: int, numbers: dict[str, int],
                      year: int | None, month: int | None, scope: str, days: tuple[date, ...]) -> bool:
    """The text's one resolution named by its number ("resolution 194, on the right of return") was held a year or
    more before the text, and the claim, ranked as any, falls on a vote of the text's own days by the margin ("New
    Zealand's vote for a resolution giving Palestine observer status", the day after 67/19): the old resolution is
    named in passing, the claim is about the vote the text reports. Not for a claim whose clause names a year."""
    if year is not None or context.published is None or \
            index.dates[row] > context.published - timedelta(days=PASSING_DAYS):
        return False
    ranked = scorer.rank(numbers, year=year, month=month, scope=scope, days=days)
    return bool(ranked) and ranked[0][1] != row and ranked[0][0] >= MIN_SCORE and \
        (len(ranked) < 2 or ranked[0][0] - ranked[1][0] >= MARGIN) and scorer.dates[ranked[0][1]] >= PASSING_DATE


TOLD_APART = "every number equals this vote's, and differs from each close rival's in one at least"


def _told_apart(index: Index, scorer: Scorer, ranked: list, numbers: dict[str, int]) -> bool:
    """Votes of one question close in score (the sibling votes of a series, "141 to 7" of ES-11/6 beside ES-11/1's
    141 to 5): a tally of two numbers or more that all equal the best candidate's counts, and each rival within the
    margin has a count that differs from the tally's, is the best candidate's, even under the margin. Not when a
    rival is nearer the text's dates (a false number may equal the sibling's: the text's days speak for its own vote),
    nor for a best candidate of no date the text names, nor against a rival of another series."""
    if len(numbers) < 2 or len(ranked) < 2 or ranked[0][0] < MIN_SCORE or not index.agrees_all(ranked[0][1], numbers):
        return False
    best = ranked[0][1]
    close = [r for score, r, _ in ranked[1:] if ranked[0][0] - score < MARGIN]
    return scorer.dates[best] > 0 and all(series.siblings(index, best, r) and not index.agrees_all(r, numbers)
                                          and scorer.dates[r] <= scorer.dates[best] for r in close)


TEXTS_WEEKS_DAYS = 31  # a vote this close before the text is one of its weeks
AFTER_GRACE_DAYS = 3  # a text's date may be a day or two early (time zones, a page dated by its first edition)


def held_after(index: Index, row: int, appeared: date | None) -> bool:
    """The roll call was held after the text appeared (beyond the grace of a date a day or two early)."""
    return appeared is not None and index.dates[row] > appeared + timedelta(days=AFTER_GRACE_DAYS)
FAR_FROM_DATE_DAYS = 31  # the separate votes of a text fall on its adoption day; a month is no slip of a date


def _far_from_its_dates(index: Index, sentence: str, row: int, days: tuple[date, ...]) -> bool:
    """The sentence says its event happened "on" a full date (day, month and year) and the roll call is more than a
    month from each such date ("the line of 4 June 1967" is no date of the vote)."""
    written = [d for d in days if re.search(ON_FULL_DATE.format(year=d.year), sentence)]
    return bool(written) and all(abs((index.dates[row] - d).days) > FAR_FROM_DATE_DAYS for d in written)


ON_FULL_DATE = (r"\bon\s+(?:[A-Z][a-z]+day,?\s+)?(?:\d{{1,2}}(?:st|nd|rd|th)?\s+[A-Z][a-z]+\.?|[A-Z][a-z]+\.?\s+"
                r"\d{{1,2}}(?:st|nd|rd|th)?,?)\s+{year}\b")


def _time_only(index: Index, scorer: Scorer, row: int, numbers: dict[str, int], days: tuple[date, ...]) -> bool:
    """A vote found by the year and month a clause names alone: no word of the text, none of its numbers, no day
    the text names ("abstained on the ceasefire text in September" is not September's only vote, on another
    subject)."""
    return scorer.topic[row] == 0 and scorer.dates[row] <= 0 and not index.agrees(row, numbers) \
        and index.dates[row] not in days


STRONG_TOPIC, WEAK_TOPIC = 3.0, 1.0  # a subject the text clearly has; a vote that shares almost none of it


def _numbers_only(index: Index, scorer: Scorer, row: int, numbers: dict[str, int]) -> bool:
    """A vote found by its no and abstain counts and the dates alone, sharing almost nothing of a subject the text
    clearly has ("nine against, 13 abstained" of a Gaza vote, equal to a chemical-weapons vote's that week): not
    identified. A yes count is rarely another vote's too; all of three numbers (none below 3) are a vote's
    fingerprint, whatever its subject."""
    if not numbers or "yes" in numbers or scorer.topic[row] >= WEAK_TOPIC or scorer.topic.max(initial=0.0) < STRONG_TOPIC:
        return False
    return not (len(numbers) >= 3 and min(numbers.values()) >= 3 and index.agrees_all(row, numbers))

"""The yearly series a text is about: the votes of one title across the years ("Necessity of ending the embargo
against Cuba"), spelt as the sources spell it (cut short, with a suffix, with a misspelt word)."""

from __future__ import annotations

import re
from difflib import SequenceMatcher
from typing import TYPE_CHECKING

import numpy as np

if TYPE_CHECKING:
    from unga.claims.identify import Index


def in_series(index: Index, year: int | None, candidates: list, anchored: set[int], first: bool = True) -> int | None:
    """The vote of a yearly series the text is about, in the year a claim's clause names ("In 1993, Australia
    abstained", in a text on the Cuba embargo vote of 1995): the one roll call of that year whose title is the
    title of a vote the text pins down, when it is the claim's best candidate (if not by a clear margin). None
    when the year holds no such vote or several (a title repeated within the year names no single vote). With
    first=False, being among the candidates is enough (a count compared with the series' own vote: its number,
    if wrong, may equal another vote's and put that one first)."""
    if year is None or not candidates or not anchored:
        return None
    same = of_year(index, year, anchored)
    ours = {c[1] for c in candidates[:1 if first else len(candidates)]}
    return same if same in ours else None


def of_year(index: Index, year: int, anchored: set[int]) -> int | None:
    """The one resolution of that year with the title of a vote the text pins down (None: none, or several)."""
    titles = {series_title(index.title_text[r]) for r in anchored} - {("", False)}
    same = [r for r in np.flatnonzero(index.years == year) if index.kinds[r] == "resolution"
            and any(same_title(series_title(index.title_text[r]), t) for t in titles)]
    return int(same[0]) if len(same) == 1 else None


def agenda(index: Index, row: int) -> str:
    """The roll call's agenda item as the sources give it, spaces and case evened ("" when there is none)."""
    item = index.frame["agenda_item"].iat[row] if "agenda_item" in index.frame else None
    return " ".join(item.split()).lower() if isinstance(item, str) else ""  # the sources mix no-break spaces in


EMERGENCY = re.compile(r"A/RES/ES-\d+/")


def siblings(index: Index, a: int, b: int) -> bool:
    """Two resolutions of one series: one title (across years), one agenda item (within a session), or one emergency
    special session (ES-11/1 and ES-11/6 on Ukraine, ES-7/2 and ES-7/3 on Palestine)."""
    if index.kinds[a] != "resolution" or index.kinds[b] != "resolution":
        return False
    session = [EMERGENCY.match(index.symbols[r] or "") for r in (a, b)]
    return same_title(series_title(index.title_text[a]), series_title(index.title_text[b])) \
        or (bool(agenda(index, a)) and agenda(index, a) == agenda(index, b)) \
        or (all(session) and session[0][0] == session[1][0])


CUT = "[...]"  # the sources cut long titles here


def series_title(title: str) -> tuple[str, bool]:
    """A roll call's title without what the sources add to some of them (" : resolution / adopted by the …"), and
    whether it was cut short: the same yearly resolution is spelt both ways."""
    cut = CUT in title
    title = title.replace(CUT, "").split(" : ")[0]
    return re.sub(r"\W+", " ", title.lower()).strip(), cut


def same_title(a: tuple[str, bool], b: tuple[str, bool]) -> bool:
    """The same title, one of them perhaps cut short (then the other starts with it; a long enough start), and
    perhaps with one word misspelt by the sources ("imposed by the Unites States")."""
    if a[0] == b[0]:
        return bool(a[0])
    short, long_ = sorted((a, b), key=lambda t: len(t[0]))
    if short[1] and len(short[0]) >= 40 and long_[0].startswith(short[0]):
        return True
    words, others = short[0].split(), long_[0].split()
    if short[1]:
        others = others[:len(words)]
    differ = [(x, y) for x, y in zip(words, others) if x != y]
    return len(words) == len(others) >= 6 and len(differ) == 1 and _misspelt(*differ[0])


def _misspelt(a: str, b: str) -> bool:
    """Two spellings of one word: long enough, and one letter apart ("unites", "united"), not two words."""
    return min(len(a), len(b)) >= 5 and not a.isdigit() and SequenceMatcher(None, a, b).ratio() >= 0.8

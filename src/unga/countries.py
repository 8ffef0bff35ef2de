"""The state concordance: every state that was ever a UN member, its codes, names and membership periods.

Data live in ``unga/data/`` (UTF-8 CSV, our own table):

* ``states.csv`` -- iso3, iso2, cow, un_name, short_name, successor, note. Historical states use the customary
  codes SUN, YUG, CSK, DDR, YMD and ZAN. Continuing seats share one row: DEU (the FRG from 1973), YEM (the Yemen
  Arab Republic from 1947), TZA (Tanganyika from 1961), EGY (the United Arab Republic) and SRB (the FRY from
  2000-11-01, then Serbia and Montenegro, then Serbia). China's seat is two states: TWN, the Republic of China,
  through 1971-10-25, and CHN, the People's Republic, from 1971-10-26 (GA res. 2758, adopted on the night of
  the 25th: a seat handed over on a voting day is the outgoing delegation's that day).
* ``memberships.csv`` -- iso3, admitted, left, note; one row per membership period. ``left`` is the first day on
  which the state was no longer a member (exclusive), empty while it still is one. A suspended member
  (South Africa 1974-1994) stays a member: its votes then are absences.
* ``aliases.csv`` -- alias, iso3, valid_from, valid_to: other names, codes and demonyms. Dates (from inclusive,
  to exclusive) make a name mean different states at different times (``Yugoslavia``, ``Russia``, ``China``).
  An alias listed there replaces any meaning the same normalised key would get from ``states.csv``. Asked
  without a date, a name means the state that bears it in ``states.csv`` (Yugoslavia → YUG, China → CHN),
  else its latest meaning.
* ``cow_codes.csv`` -- cow, iso3, valid_from, valid_to: Correlates-of-War codes as used by Voeten's data. A code
  names a seat: 365 is SUN before 1991-12-24 and RUS after, 345 is YUG before 1992-04-27 and SRB after; 255 and 260
  are DEU, 678 and 679 YEM; 713 is TWN and 710 CHN (Voeten codes the Republic of China 713 through rcid 1190 of
  25 October 1971 and the People's Republic 710 from then on).

Every name goes through :func:`normalise`, so case, accents, apostrophes and punctuation never matter.
"""

from __future__ import annotations

import csv
import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache
from importlib import resources
from typing import TYPE_CHECKING

from unga.errors import UnknownState, close_matches
from unga.types import ISO3

if TYPE_CHECKING:
    import pandas

__all__ = [
    "Membership",
    "State",
    "from_cow",
    "lookup",
    "meanings_between",
    "member_on",
    "members_on",
    "membership_frame",
    "namesakes",
    "normalise",
    "predecessors",
    "resolve",
    "state",
    "states",
]


@dataclass(frozen=True)
class Membership:
    """One period of membership; ``left`` is the first day outside it (None while it lasts)."""

    admitted: date
    left: date | None

    def covers(self, day: date) -> bool:
        return bool(member_on(self.admitted, self.left, day))


def member_on(admitted, left, day):
    """The membership rule, the one place it is written: a state is a member on ``day`` when
    ``admitted <= day < left`` (``left``, the first day outside the period, is None while it lasts).
    Elementwise on dates, datetime64 arrays and Series, broadcasting as numpy does; arrays give an open
    period's ``left`` as a far day (``membership_frame(open_as_far=True)``), since NaT compares false."""
    if left is None:
        return admitted <= day
    return (admitted <= day) & (day < left)


@dataclass(frozen=True)
class State:
    iso3: ISO3
    cow: int | None
    un_name: str
    short_name: str
    iso2: str | None
    successor: ISO3 | None
    memberships: tuple[Membership, ...]
    note: str = ""

    def is_member(self, day: date) -> bool:
        """Whether the state was a UN member on that day."""
        return any(m.covers(day) for m in self.memberships)

    def member_between(self, first: date, last: date) -> bool:
        """Whether the state was a member on some day from first to last (inclusive)."""
        return any(m.admitted <= last and (m.left is None or first < m.left) for m in self.memberships)

    def membership_text(self) -> str:
        """'1945-10-24 to 1971-10-25', periods joined by commas ('to today' while open)."""
        return ", ".join(f"{m.admitted} to {m.left - timedelta(days=1) if m.left else 'today'}" for m in self.memberships)


@dataclass(frozen=True)
class _Meaning:
    """One meaning of a name or code: the state it denotes, from valid_from (incl.) to valid_to (excl.)."""

    iso3: ISO3
    valid_from: date | None = None
    valid_to: date | None = None

    def covers(self, day: date) -> bool:
        return (self.valid_from is None or self.valid_from <= day) and (self.valid_to is None or day < self.valid_to)


_APOSTROPHES = dict.fromkeys(map(ord, "'\u2019\u2018\u02bc`\u00b4\x91\x92"), None)
_SPACES = re.compile(r"\s+")


def normalise(name: str) -> str:
    """The matching key of a name: casefolded, accents stripped, apostrophes dropped, '&' read as 'and',
    other punctuation turned into spaces, spaces collapsed, a leading 'the ' dropped."""
    text = unicodedata.normalize("NFKD", name.casefold())
    text = "".join(c for c in text if not unicodedata.combining(c)).translate(_APOSTROPHES)
    text = text.replace("&", " and ")
    text = _SPACES.sub(" ", "".join(c if c.isalnum() else " " for c in text)).strip()
    return text[4:] if text.startswith("the ") else text


def _rows(name: str) -> Iterator[dict[str, str]]:
    with resources.files("unga").joinpath("data", name).open(encoding="utf-8", newline="") as f:
        yield from csv.DictReader(f)


def _day(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


@cache
def states() -> tuple[State, ...]:
    """Every state that was ever a UN member, in states.csv order."""
    periods: dict[str, list[Membership]] = {}
    for row in _rows("memberships.csv"):
        admitted = _day(row["admitted"])
        assert admitted is not None, row
        periods.setdefault(row["iso3"], []).append(Membership(admitted, _day(row["left"])))
    out = []
    for row in _rows("states.csv"):
        out.append(
            State(
                iso3=row["iso3"],
                cow=int(row["cow"]) if row["cow"] else None,
                un_name=row["un_name"],
                short_name=row["short_name"],
                iso2=row["iso2"] or None,
                successor=row["successor"] or None,
                memberships=tuple(sorted(periods.get(row["iso3"], ()), key=lambda m: m.admitted)),
                note=row.get("note") or "",
            )
        )
    return tuple(out)


@cache
def _by_iso3() -> dict[str, State]:
    return {s.iso3: s for s in states()}


def _add(index: dict[str, list[_Meaning]], key: str, meaning: _Meaning, origin: str) -> None:
    """Add one meaning, refusing an undated clash (a name must not mean two states at once)."""
    known = index.setdefault(key, [])
    if meaning in known:
        return
    for other in known:
        overlap = (other.valid_to is None or meaning.valid_from is None or meaning.valid_from < other.valid_to) and (
            meaning.valid_to is None or other.valid_from is None or other.valid_from < meaning.valid_to
        )
        if overlap and other.iso3 != meaning.iso3:
            raise ValueError(f"concordance: {origin} {key!r} means both {other.iso3} and {meaning.iso3}")
    known.append(meaning)


@cache
def _names() -> tuple[dict[str, tuple[_Meaning, ...]], tuple[str, ...]]:
    """The name index (normalised key -> meanings) and the display names used for suggestions."""
    curated: dict[str, list[_Meaning]] = {}
    display: list[str] = [s.short_name for s in states()] + [s.un_name for s in states()]
    for row in _rows("aliases.csv"):
        if row["iso3"] not in _by_iso3():
            raise ValueError(f"concordance: alias {row['alias']!r} points at unknown state {row['iso3']}")
        meaning = _Meaning(row["iso3"], _day(row["valid_from"]), _day(row["valid_to"]))
        _add(curated, normalise(row["alias"]), meaning, "alias")
        display.append(row["alias"])
    automatic: dict[str, list[_Meaning]] = {}
    for s in states():
        for name in (s.iso3, s.iso2, s.un_name, s.short_name):
            if name and normalise(name) not in curated:
                _add(automatic, normalise(name), _Meaning(s.iso3), "name")
    index = {k: tuple(v) for k, v in {**automatic, **curated}.items()}
    return index, tuple(dict.fromkeys(d for d in display if len(d) > 3))


@cache
def _cow() -> dict[int, tuple[_Meaning, ...]]:
    index: dict[int, list[_Meaning]] = {}
    for row in _rows("cow_codes.csv"):
        index.setdefault(int(row["cow"]), []).append(
            _Meaning(row["iso3"], _day(row["valid_from"]), _day(row["valid_to"]))
        )
    return {k: tuple(v) for k, v in index.items()}


def _pick(meanings: Iterable[_Meaning], on: date | None, key: str = "") -> str | None:
    """The meaning on a day; undated, the state that bears the name itself (Yugoslavia → YUG, China → CHN),
    else the latest meaning (Russian → RUS)."""
    if on is not None:
        return next((m.iso3 for m in meanings if m.covers(on)), None)
    own = [m.iso3 for m in meanings if key and key in _own_names().get(m.iso3, ())]
    if own:
        return own[0]
    latest = max(meanings, key=lambda m: (m.valid_to or date.max, m.valid_from or date.min), default=None)
    return latest.iso3 if latest else None


@cache
def _own_names() -> dict[str, frozenset[str]]:
    """ISO3 → the normalised codes and names states.csv gives the state itself."""
    return {s.iso3: frozenset(normalise(n) for n in (s.iso3, s.iso2, s.un_name, s.short_name) if n) for s in states()}


@cache
def short_names() -> dict[str, str]:
    """ISO3 → the short name people write ("North Korea"), for display."""
    return {s.iso3: s.short_name for s in states()}


def state(iso3: str) -> State:
    """The state with that ISO3 (or historical) code; raises UnknownState."""
    found = _by_iso3().get(iso3.strip().upper())
    if found is None:
        raise UnknownState(iso3, close_matches(iso3.strip().upper(), _by_iso3()))
    return found


def lookup(name: str, *, on: date | None = None) -> str | None:
    """The ISO3 code a name, code or demonym denotes on that date (on=None: its latest meaning), or None."""
    key = normalise(name)
    meanings = _names()[0].get(key)
    return _pick(meanings, on, key) if meanings else None


def meanings_between(name: str, first: date, last: date) -> list[str]:
    """The states a name denotes on some day from first to last, in the order of their dates (China 1960-1980:
    TWN then CHN); a name without dated meanings gives its one state; an unknown name gives []."""
    meanings = _names()[0].get(normalise(name), ())
    dated = [m for m in meanings if m.valid_from is not None or m.valid_to is not None]
    if not dated:
        found = lookup(name)
        return [found] if found else []
    hits = [m for m in meanings if (m.valid_from is None or m.valid_from <= last) and
            (m.valid_to is None or first < m.valid_to)]
    return list(dict.fromkeys(m.iso3 for m in sorted(hits, key=lambda m: m.valid_from or date.min)))


def resolve(name: str, *, on: date | None = None) -> str:
    """Like lookup, but raises UnknownState with up to three suggestions."""
    found = lookup(name, on=on)
    if found is None:
        key = normalise(name)
        if key in _names()[0]:  # a known name, but it denoted no member on that date (e.g. Taiwan after 1971)
            raise UnknownState(f"{name} on {on}")
        raise UnknownState(name, close_matches(name.strip(), _names()[1]))
    return found


def from_cow(ccode: int, *, on: date) -> str:
    """The ISO3 code of the UN seat a Correlates-of-War code stands for on that date (e.g. 365 -> SUN/RUS)."""
    found = _pick(_cow().get(int(ccode), ()), on)
    if found is None:
        raise UnknownState(f"COW {ccode} on {on.isoformat()}")
    return found


def namesakes(iso3: str) -> list[str]:
    """Other states a dated name of this one denoted at other times (CHN → ['TWN'] through 'China')."""
    found = [m.iso3 for meanings in _names()[0].values() if any(m.iso3 == iso3 for m in meanings)
             and any(m.valid_from or m.valid_to for m in meanings) for m in meanings if m.iso3 != iso3]
    return list(dict.fromkeys(found))


def predecessors(iso3: str) -> list[str]:
    """The states whose membership this one continues (RUS → ['SUN'])."""
    return [s.iso3 for s in states() if s.successor == iso3]


def members_on(day: date) -> frozenset[str]:
    """The ISO3 codes of all UN members on that day."""
    return frozenset(s.iso3 for s in states() if s.is_member(day))


def membership_frame(open_as_far: bool = False) -> pandas.DataFrame:
    """One row per membership period: iso3, admitted, left (datetime64; left is NaT while open, or the last
    representable day with ``open_as_far``, the form :func:`member_on` compares)."""
    import pandas as pd

    rows = [(s.iso3, m.admitted, m.left) for s in states() for m in s.memberships]
    frame = pd.DataFrame(rows, columns=["iso3", "admitted", "left"])
    for column in ("admitted", "left"):
        frame[column] = pd.to_datetime(frame[column]).astype("datetime64[ns]")
    if open_as_far:
        frame["left"] = frame["left"].fillna(pd.Timestamp.max.normalize())
    return frame

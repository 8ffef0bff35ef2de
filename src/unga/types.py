"""Shared vocabulary: the vote values, id aliases, and the continuing seats' data (built by unga.seats)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import Enum
from pathlib import Path
from typing import TypeAlias

ISO3: TypeAlias = str
RollCallId: TypeAlias = int


class Vote(str, Enum):
    """A member's recorded position on one roll call. Non-members have no row at all."""

    YES = "yes"
    NO = "no"
    ABSTAIN = "abstain"
    ABSENT = "absent"

    def __str__(self) -> str:
        return self.value


VOTE_VALUES: tuple[str, ...] = tuple(v.value for v in Vote)
# a UN release's lists of named states, by vote (official_recorded_votes.csv's columns)
OFFICIAL_LISTS = {"yes": "in_favour", "no": "against", "abstain": "abstaining"}


@dataclass(frozen=True)
class Stretch:
    """One seat of a continuing line (unga.seats): its code and name, the day it was admitted, and the day and
    session in which the next seat of the line took over (None for the last seat)."""

    iso3: ISO3
    name: str
    admitted: date
    until: date | None = None
    until_session: int | None = None


@dataclass(frozen=True)
class Remark:
    """One sentence about another seat (joined, left out, merged, continuing or apart) and its membership span
    (first day, first day after), so that a note can keep to the seats that were members in some years."""

    seat: ISO3
    text: str
    first: date | None = None
    after: date | None = None

    def member_between(self, first: date, last: date) -> bool:
        return (self.first is None or self.first <= last) and (self.after is None or first < self.after)


@dataclass(frozen=True)
class Line:
    """A continuing seat built by unga.seats.line: its stretches oldest first (one when the state stands alone),
    the remarks on what it joins and leaves apart, and the seats a legend names beside it."""

    iso3: ISO3
    stretches: tuple[Stretch, ...]
    remarks: tuple[Remark, ...] = ()
    aside: tuple[tuple[ISO3, str], ...] = ()  # (seat, legend phrase) for merged seats and namesakes
    # ("TWN", "from 1971-10-26; Republic of China before: a seat apart")

    @property
    def seats(self) -> tuple[ISO3, ...]:
        return tuple(s.iso3 for s in self.stretches)

    @property
    def note(self) -> str | None:
        """Every remark in one line (None when there is nothing to say)."""
        return "; ".join(r.text for r in self.remarks) or None

    def note_between(self, first: date, last: date) -> str | None:
        """The remarks about seats that were members on some day from first to last."""
        return "; ".join(r.text for r in self.remarks if r.member_between(first, last)) or None

    @property
    def changes(self) -> list[tuple[date, str]]:
        """(day, text) where the line passes from one seat to the next: (1991-12-24, 'Soviet Union until 1991-12-24')."""
        return [(s.until, f"{s.name} until {s.until}") for s in self.stretches[:-1] if s.until]

    @property
    def label(self) -> str:
        """The line's name for a legend: 'Russia (Soviet Union until 1991-12-24)'."""
        said = [text for _, text in self.changes] + [text for _, text in self.aside]
        name = self.stretches[-1].name
        return f"{name} ({'; '.join(said)})" if said else name

    def within(self, present: frozenset[str]) -> Line:
        """The line cut to the seats present in a selection (the state's own seat always stays), and its remarks
        and legend phrases to the seats the selection holds."""
        kept = tuple(s for s in self.stretches if s.iso3 in present or s.iso3 == self.iso3)
        return Line(self.iso3, kept, tuple(r for r in self.remarks if r.seat in present),
                    tuple(a for a in self.aside if a[0] in present))

    def pick(self, frame, *, state: str = "iso3", period: str = "period", weight: str = "n_votes"):
        """The rows of a per-seat pandas frame that make the line's series: one per period, from the seat with
        the larger weight where two seats of the line both have one (1991: the USSR's year, not Russia's week),
        sorted by period, with 'seat' (the row's seat) and 'line' (the line's code) columns."""
        rows = frame[frame[state].isin(self.seats)]
        if weight in rows.columns:
            rows = rows.sort_values([period, weight], ascending=[True, False])
        rows = rows.drop_duplicates(subset=[period], keep="first").sort_values(period)
        return rows.assign(seat=rows[state], line=self.iso3).reset_index(drop=True)

    def to_json(self) -> dict:
        return {"state": self.iso3, "seats": list(self.seats),
                "changes": [{"date": day.isoformat(), "text": text} for day, text in self.changes], "note": self.note}


@dataclass(frozen=True)
class StoreVersion:
    """One build of the store: where it is, its build id (store/versions.py) and what it holds."""

    path: Path
    build_id: str
    built_at: str
    roll_calls: int
    votes: int
    last_vote: str
    current: bool

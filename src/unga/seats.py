"""Seats across time: which seats one continuing line of membership is made of, and what it leaves apart.

Everything is read from the concordance (``unga/data/states.csv`` ``successor`` and ``note``, and the dates of
``memberships.csv``); nothing here names a state. A predecessor P with ``successor`` S is

* **joined** to S's line when S's membership begins on or after the day P's ends: S continued P's
  membership (the USSR → Russia on 1991-12-24; Yugoslavia → the FRY/Serbia on 2000-11-01) or was admitted
  as its heir (Czechoslovakia, dissolved 1993-01-01 → Czechia, admitted 1993-01-19);
* **merged** (not joined) when S was already a member on P's last day: P ended by joining a seat that
  existed (East Germany into Germany on 1990-10-03, South Yemen into Yemen, Zanzibar into Tanzania). S's own
  line goes on, and its note says that P's votes are not in it.

Seats that bore the same name without a succession (the Republic of China's seat "China" until 1971-10-25,
and the People's Republic's from then) are never joined: a line says so in its note.
See docs/methods-ideal-points.md, "Seats across time".
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from itertools import pairwise
from typing import TYPE_CHECKING

from unga import countries

if TYPE_CHECKING:
    import pandas as pd

    from unga.analysis.votematrix import VoteMatrix

__all__ = ["Line", "Stretch", "join_rows", "line", "merged_into", "pick_series"]


@dataclass(frozen=True)
class Stretch:
    """One seat of a line: its code and name, the day it entered the line and the day the next seat took over."""

    iso3: str
    name: str
    admitted: date
    until: date | None  # the first day the next seat of the line holds it (None: the last seat)


@dataclass(frozen=True)
class Line:
    """A continuing seat: its stretches oldest first (one if the state stands alone), and what it joins and
    leaves apart, each remark with the seat it is about (``remarks``)."""

    iso3: str
    stretches: tuple[Stretch, ...]
    remarks: tuple[tuple[str, str], ...] = ()  # (the other seat, one sentence about it)
    apart: tuple[str, ...] = ()  # seats that bore the same name without a succession (CHN: TWN), never joined
    merged: tuple[str, ...] = ()  # seats that ended by merging into this one (DEU: DDR), not joined

    @property
    def seats(self) -> tuple[str, ...]:
        return tuple(s.iso3 for s in self.stretches)

    @property
    def note(self) -> str | None:
        """Every remark in one line (None when there is nothing to say)."""
        return "; ".join(text for _, text in self.remarks) or None

    def note_between(self, first: date, last: date) -> str | None:
        """The remarks about seats that were members on some day from first to last."""
        kept = [text for other, text in self.remarks if countries.state(other).member_between(first, last)]
        return "; ".join(kept) or None

    @property
    def changes(self) -> list[tuple[date, str]]:
        """(day, text) where the line passes from one seat to the next: (1991-12-24, 'Soviet Union until 1991-12-24')."""
        return [(s.until, f"{s.name} until {s.until}") for s in self.stretches[:-1] if s.until]

    @property
    def label(self) -> str:
        """The line's name for a legend: 'Russia (Soviet Union until 1991-12-24)'."""
        last = self.stretches[-1]
        said = [text for _, text in self.changes]
        said += [f"{countries.state(p).short_name} merged into it {_left(p)}: apart" for p in self.merged]
        for other in self.apart:
            o, own = countries.state(other), countries.state(last.iso3).memberships
            if o.memberships and o.memberships[-1].left and o.memberships[-1].left <= last.admitted:
                said.append(f"from {last.admitted}; {o.short_name} before: a seat apart")
            elif own and own[-1].left and o.memberships and o.memberships[0].admitted >= own[-1].left:
                said.append(f"until {own[-1].left}; {o.short_name} after: a seat apart")
            else:
                said.append(f"{o.short_name} at other times: a seat apart")
        return f"{last.name} ({'; '.join(said)})" if said else last.name

    def within(self, present: set[str] | frozenset[str] | tuple[str, ...]) -> Line:
        """The line cut to the seats present in a selection (the state's own seat always stays)."""
        kept = tuple(s for s in self.stretches if s.iso3 in present or s.iso3 == self.iso3)
        dropped = set(self.seats) - {s.iso3 for s in kept}
        return Line(self.iso3, kept, tuple(r for r in self.remarks if r[0] not in dropped), self.apart,
                    self.merged)

    def to_json(self) -> dict:
        return {"state": self.iso3, "seats": list(self.seats),
                "changes": [{"date": day.isoformat(), "text": text} for day, text in self.changes], "note": self.note}


def _left(iso3: str) -> date | None:
    """The first day the state was no longer a member (None while it is one)."""
    periods = countries.state(iso3).memberships
    return periods[-1].left if periods else None


def _merged(predecessor: str) -> bool:
    """Whether the predecessor ended by joining a seat that already existed (its successor was a member then)."""
    left = _left(predecessor)
    successor = countries.state(predecessor).successor
    return bool(successor and left and countries.state(successor).is_member(left - timedelta(days=1)))


def merged_into(iso3: str) -> list[str]:
    """The states that ended by joining this seat (DEU → ['DDR']); their votes are not the seat's."""
    return [p for p in countries.predecessors(iso3) if _merged(p)]


def _continued(iso3: str) -> list[str]:
    return [p for p in countries.predecessors(iso3) if not _merged(p)]


def line(iso3: str, *, alone: bool = False) -> Line:
    """The continuing seat ending in iso3: RUS → SUN then RUS; alone=True gives the state's own seat only."""
    chain = [countries.state(iso3).iso3]
    while not alone and _continued(chain[0]):
        chain.insert(0, _continued(chain[0])[0])
    stretches = []
    for k, code in enumerate(chain):
        s = countries.state(code)
        until = _left(code) if k + 1 < len(chain) else None
        stretches.append(Stretch(code, s.short_name, s.memberships[0].admitted if s.memberships else date.min, until))
    return Line(chain[-1], tuple(stretches), tuple(_remarks(chain, alone)), tuple(s.iso3 for s in _namesakes(chain)),
                tuple(merged_into(chain[-1])))


def _remarks(chain: list[str], alone: bool) -> list[tuple[str, str]]:
    """(seat, sentence): what the line joins, what it leaves out when alone or to a merged seat, what continues
    it, and which seats bore its name apart."""
    last = countries.state(chain[-1])
    parts = []
    for earlier, later in pairwise(chain):
        e, l = countries.state(earlier), countries.state(later)
        how = ("took the seat over on that day" if l.memberships[0].admitted == _left(earlier) else
               f"was admitted on {l.memberships[0].admitted} as its successor")
        said = f"{e.short_name} ({earlier}) until {_left(earlier)} is joined to {l.short_name} ({later}), which {how}"
        parts.append((earlier, said + (f" [{e.note}]" if e.note else "")))
    for p in _continued(chain[0]) if alone else []:
        said = f"{_name(p)} ({p}, member until {_left(p)}) left out: asked for {last.short_name} alone"
        parts.append((p, said))
    for p in merged_into(chain[-1]):
        parts.append((p, f"{_name(p)} ({p}) merged into it on {_left(p)}; its votes are not joined (ask for {p})"))
    if last.successor:
        how = "merged into" if _merged(chain[-1]) else "continued by"
        parts.append((last.successor, f"{how} {_name(last.successor)} ({last.successor}) on {_left(chain[-1])}"))
    for other in _namesakes(chain):
        said = (f"{other.short_name} ({other.iso3}, member {other.membership_text()}) held a seat of the same name; "
                f"a seat apart, not joined (ask for {other.iso3})")
        parts.append((other.iso3, said))
    return parts


def _name(iso3: str) -> str:
    return countries.state(iso3).short_name


def _namesakes(chain: list[str]) -> list[countries.State]:
    """Seats that a name of the line's last state denoted at other times, linked to it by no succession."""
    last = countries.state(chain[-1])
    linked = set(chain) | {last.successor} | set(countries.predecessors(last.iso3))
    return [countries.state(code) for code in countries.namesakes(last.iso3) if code not in linked]


def pick_series(frame: pd.DataFrame, seat_line: Line, *, state: str = "iso3", period: str = "period",
                weight: str = "n_votes") -> pd.DataFrame:
    """The rows of a per-seat table that make the line's series: one row per period, from the seat with the
    larger weight where two seats of the line both have one (1991: the USSR's year, not Russia's week),
    sorted by period, with a 'seat' column (the seat's code) and 'line' (the line's code)."""
    rows = frame[frame[state].isin(seat_line.seats)]
    if weight in rows.columns:
        rows = rows.sort_values([period, weight], ascending=[True, False])
    rows = rows.drop_duplicates(subset=[period], keep="first").sort_values(period)
    return rows.assign(seat=rows[state], line=seat_line.iso3).reset_index(drop=True)


def join_rows(m: VoteMatrix, seat_line: Line) -> VoteMatrix:
    """The vote matrix with the line's seats as one row under the line's code: each roll call takes the vote of
    the seat that was a member then (seats of one line never hold a vote on the same roll call; were they to,
    the later seat's vote would count)."""
    import numpy as np

    from unga.analysis.votematrix import VoteMatrix

    present = [s for s in seat_line.seats if s in m.states]
    if len(present) <= 1 and (not present or present[0] == seat_line.iso3):
        return m
    rows = [m.row(s) for s in present]
    joined = np.zeros(m.codes.shape[1], m.codes.dtype)
    for r in rows:  # oldest first: a later seat's vote overrides
        joined = np.where(m.codes[r] != 0, m.codes[r], joined)
    keep = [i for i, s in enumerate(m.states) if s not in present]
    states = tuple(m.states[i] for i in keep) + (seat_line.iso3,)
    codes = np.vstack([m.codes[keep], joined[None, :]])
    order = np.argsort(states, kind="stable")
    return VoteMatrix(tuple(states[i] for i in order), m.rcids, m.periods, codes[order])

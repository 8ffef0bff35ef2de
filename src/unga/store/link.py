"""Link each row of a symbol-keyed source to the roll call it records (docs/data.md, Reconciliation 1).

The roll calls known so far are held as arrays (Canon) with their chosen votes (Matrix); a row is linked by
symbol (the roll call whose votes match), else by an almost identical vote list nearby in time, else it
becomes a new roll call with an rcid derived from its symbol and date.
"""

from __future__ import annotations

import re
import zlib
from dataclasses import dataclass

import numpy as np
import pandas as pd

from unga import symbols
from unga.sources.base import SourceTable
from unga.store.merge import window as date_window

CAST = 3  # vote codes below this are yes/no/abstain
BY_RCID = ("unvotes", "voeten2017")  # keyed by Voeten's rcid; the other sources are matched to roll calls
OWN_RCID_BASE = 10_000_000
SAME_VOTE = 0.9  # share of common states voting alike for a row to be the roll call of the same symbol
CROSS_SYMBOL_VOTE = 0.97  # ...and for a row to be a roll call recorded under another symbol


@dataclass
class Votes:
    """All source votes as integer arrays: state index, vote code, source rank."""

    rcid: np.ndarray
    state: np.ndarray
    code: np.ndarray
    rank: np.ndarray

    @classmethod
    def empty(cls) -> Votes:
        return cls(*(np.zeros(0, np.int64) for _ in range(4)))

    @classmethod
    def concat(cls, parts: list[Votes]) -> Votes:
        return cls(*(np.concatenate([getattr(p, f) for p in parts]) for f in ("rcid", "state", "code", "rank")))

    def best(self) -> np.ndarray:
        """Index of the winning row for each (rcid, state): best rank, then a cast vote over absent/non-member."""
        order = np.lexsort((self.code, self.rank, self.state, self.rcid))
        r, s = self.rcid[order], self.state[order]
        first = np.ones(len(order), bool)
        first[1:] = (r[1:] != r[:-1]) | (s[1:] != s[:-1])
        return order[first]

def _own_rcid(label: object, day: pd.Timestamp, taken: set[int]) -> int:
    rcid = OWN_RCID_BASE + zlib.crc32(f"{label}|{day:%Y-%m-%d}".encode()) % 90_000_000
    while rcid in taken:
        rcid += 1
    return rcid


class Matrix:
    """Dense rcid × state vote codes (-1 = none) of the votes chosen so far, for comparing vote lists."""

    def __init__(self, votes: Votes, n_states: int) -> None:
        keep = votes.best()
        keep = keep[votes.code[keep] < CAST]
        self.row = {int(r): i for i, r in enumerate(np.unique(votes.rcid[keep]))}
        self.codes = np.full((len(self.row), n_states), -1, np.int8)
        rows = np.array([self.row[int(r)] for r in votes.rcid[keep]], dtype=np.int64)
        self.codes[rows, votes.state[keep]] = votes.code[keep]

    def similarity(self, rcid: int, other: np.ndarray) -> tuple[float, int]:
        if rcid not in self.row:
            return 0.0, 0
        mine = self.codes[self.row[rcid]]
        both = (mine >= 0) & (other >= 0)
        n = int(both.sum())
        return (float((mine[both] == other[both]).mean()) if n else 0.0), n


class Canon:
    """The roll calls linked so far, as arrays, with a symbol index (range symbols under each part too)."""

    def __init__(self, frame: pd.DataFrame) -> None:
        self.rcid = frame["rcid"].to_numpy(np.int64)
        self.date = frame["date"].to_numpy("datetime64[D]")
        self.symbol = frame["symbol"].to_numpy(object)
        self.is_range = np.array([symbols.is_range(x) for x in self.symbol])
        self.final = (frame["kind"] == "resolution").to_numpy()
        self.counts = frame[["yes", "no", "abstain"]].astype("float64").to_numpy()
        self.by_symbol: dict[str, list[int]] = {}
        for i, symbol in enumerate(self.symbol):
            if isinstance(symbol, str):
                for part in dict.fromkeys([symbol, *symbols.parts(symbol)]):
                    self.by_symbol.setdefault(part, []).append(i)
        order = np.argsort(self.date, kind="stable")
        self.by_date, self.sorted_dates = order, self.date[order]


def link_rows(table: SourceTable, canon: Canon, matrix: Matrix, vectors: dict[str, np.ndarray],
          taken: set[int], moved: list[dict] | None = None, official: frozenset[int] = frozenset()) -> list[tuple]:
    """Link each row of a symbol-keyed source to the roll call it records, or to a new roll call.

    First by symbol; then, for rows still unlinked, by an identical vote list nearby in time under another
    symbol (Voeten's early `unres` often names a draft or another part). Otherwise the row is a new roll call.
    Symbol matches whose lists are not alike are reassigned among Voeten's neighbouring roll calls first
    (_reassign_unlike; moved, if given, collects one integrity row per change), except a roll call an official text
    names as the adoption of its symbol (official_resolutions.csv, column rcid: `official`), which keeps its row.
    """
    rows = table.roll_calls
    keys, days = rows["key"].tolist(), rows["date"].to_numpy("datetime64[D]")
    counts = rows[["yes", "no", "abstain"]].astype("float64").to_numpy()
    linked: dict[str, int] = {}
    used: set[int] = set()
    for i, symbol in enumerate(rows["symbol"]):
        positions = canon.by_symbol.get(symbol, []) if isinstance(symbol, str) else []
        # A roll call on a range (75/254 A-C, adopted in one vote) may be recorded once per part.
        positions = [p for p in positions if canon.rcid[p] not in used or canon.is_range[p]]
        rcid = _choose(canon, positions, vectors.get(keys[i]), counts[i], days[i], matrix)
        if rcid is not None:
            linked[keys[i]] = rcid
            used.add(rcid)
    moved = moved if moved is not None else []
    before = set(linked.values())
    linked = _reassign_unlike(canon, linked, vectors, matrix, moved, table.source, official)
    used = set(linked.values())
    released = before - used  # Voeten's roll calls whose symbol's row went next door: offered first
    for i, key in enumerate(keys):
        if key not in linked and key in vectors:
            rcid = _released(canon, vectors[key], days[i], matrix, released - used, moved, table.source)
            rcid = rcid if rcid is not None else _same_votes_nearby(canon, vectors[key], days[i], matrix, used)
            if rcid is not None:
                linked[key] = rcid
                used.add(rcid)
    links = []
    for key, symbol, label, day in zip(keys, rows["symbol"], rows["source_symbol"], rows["date"]):
        if key not in linked:
            linked[key] = _own_rcid(symbol if isinstance(symbol, str) else label, day, taken)
            taken.add(linked[key])
        links.append((linked[key], table.source, key))
    return links


def _choose(canon: Canon, positions: list[int], vector: np.ndarray | None, counts: np.ndarray,
            day: np.datetime64, matrix: Matrix) -> int | None:
    """Among roll calls sharing a symbol, the one whose votes match this row's; None if none does."""
    if not positions:
        return None
    if vector is not None and (vector >= 0).sum() >= 10:
        scored = [(*matrix.similarity(int(canon.rcid[p]), vector), int(canon.rcid[p])) for p in positions]
        scored = [(sim, n, r) for sim, n, r in scored if n >= 10]
        if scored:
            sim, _, rcid = max(scored)
            if sim >= SAME_VOTE:
                return rcid
            # Lists this far apart under one symbol are separate votes, or one list contradicts its tally:
            # then the published counts still agree (reconcile keeps the list that matches them).
            same = [p for p in positions if not np.isnan(counts).any() and (canon.counts[p] == counts).all()]
            return int(canon.rcid[same[0]]) if len(same) == 1 else None
    # No votes to compare (an empty list, or a roll call known only by its counts): counts, then date.
    pos = np.array(positions)
    same = pos[(canon.counts[pos] == counts).all(axis=1)] if not np.isnan(counts).any() else pos[:0]
    pool = same if len(same) else pos
    gap = np.abs(canon.date[pool] - day)
    pool = pool[gap == gap.min()]
    finals = pool[canon.final[pool]]
    return int(canon.rcid[finals if len(finals) else pool].max())


def _same_votes_nearby(canon: Canon, vector: np.ndarray, day: np.datetime64, matrix: Matrix,
                       used: set[int]) -> int | None:
    """The one roll call within the date window whose vote list is (almost) identical to this row's."""
    window = date_window(day)  # Voeten's days: see docs
    lo = np.searchsorted(canon.sorted_dates, day - window, side="left")
    hi = np.searchsorted(canon.sorted_dates, day + window, side="right")
    ids = [int(r) for r in canon.rcid[canon.by_date[lo:hi]] if r in matrix.row and r not in used]
    if not ids:
        return None
    theirs = matrix.codes[[matrix.row[r] for r in ids]]
    both = (theirs >= 0) & (vector >= 0)
    n = both.sum(axis=1)
    same = ((theirs == vector) & both).sum(axis=1) / np.maximum(n, 1)
    ok = np.nonzero((n >= 10) & (same >= CROSS_SYMBOL_VOTE))[0]
    return ids[ok[0]] if len(ok) == 1 else None  # several alike (near-unanimous votes): do not guess


NEIGHBOURS = 3  # Voeten's rcids follow the order of the votes: a number one part off sits within a few rcids


def _reassign_unlike(canon: Canon, linked: dict[str, int], vectors: dict[str, np.ndarray], matrix: Matrix,
                     moved: list[dict], source: str, official: frozenset[int] = frozenset()) -> dict[str, int]:
    """Rows linked by symbol to a roll call of Voeten's whose list is not alike (under CROSS_SYMBOL_VOTE) are
    assigned afresh, most alike first, to the free roll calls whose list is alike within NEIGHBOURS rcids of
    theirs or under another part of the same resolution number: where his number is one part off, the row's own
    vote sits next door, and keeping the symbol's roll call would let this row's list replace his (one vote
    twice, one lost). A row left without its roll call (taken by a more alike row) goes on to the list rule.
    Every change is recorded. A roll call an official text names as the adoption of the symbol (`official`) keeps
    its row: the text, not the list, says which vote it is (a paragraph voted just before may share the list)."""
    ranges = set(canon.rcid[canon.is_range.astype(bool)].tolist())
    unlike = {}
    for key, rcid in linked.items():
        if key in vectors and rcid < OWN_RCID_BASE and rcid not in ranges:
            sim, n = matrix.similarity(rcid, vectors[key])
            if n >= 10 and sim < CROSS_SYMBOL_VOTE and rcid in official:
                moved.append(_moved(rcid, sim, rcid, sim, source, "kept: official_resolutions.csv names this roll "
                                    "call as the adoption of the symbol (the sources disagree on some states)"))
            elif n >= 10 and sim < CROSS_SYMBOL_VOTE:
                unlike[key] = (rcid, sim)
    if not unlike:
        return linked
    busy = {r for k, r in linked.items() if k not in unlike}
    pairs = []
    for key, (rcid, _) in unlike.items():
        for r in _around(canon, rcid):
            if r != rcid and r in matrix.row and r not in busy:
                sim, n = matrix.similarity(r, vectors[key])
                if n >= 10 and sim >= CROSS_SYMBOL_VOTE:
                    pairs.append((-sim, abs(r - rcid), key, r))
    out = {k: r for k, r in linked.items() if k not in unlike}
    for neg, _, key, r in sorted(pairs):
        if key not in out and r not in busy:
            out[key], busy = r, busy | {r}
            moved.append(_moved(r, -neg, *unlike[key], source, "linked to Voeten's neighbouring roll call whose "
                                "list is alike; the symbol's roll call keeps its own list"))
    for key, (rcid, sim) in unlike.items():
        if key not in out and rcid not in busy:
            out[key], busy = rcid, busy | {rcid}
            moved.append(_moved(rcid, sim, rcid, sim, source, "kept: no neighbouring roll call's list is alike "
                                "(the sources disagree on some states)"))
        elif key not in out:
            moved.append(_moved(rcid, sim, rcid, sim, source, "unlinked: a more alike row took the symbol's roll "
                                "call; the row goes on to the list rule"))
    return out


def _released(canon: Canon, vector: np.ndarray, day: np.datetime64, matrix: Matrix, released: set[int],
              moved: list[dict], source: str) -> int | None:
    """The one roll call released by _reassign_unlike, within the list rule's window, whose list is alike to this
    unlinked row's: the next part along of the same shift (his `2775 D` is the Digital Library's `2775 E`)."""
    window = date_window(day)
    alike = []
    for r in sorted(released):
        at = np.nonzero(canon.rcid == r)[0]
        sim, n = matrix.similarity(r, vector)
        if len(at) and abs(canon.date[at[0]] - day) <= window and n >= 10 and sim >= CROSS_SYMBOL_VOTE:
            alike.append((r, sim))
    if len(alike) != 1:
        return None
    r, sim = alike[0]
    moved.append(_moved(r, sim, r, sim, source, "linked by its list to a roll call whose symbol's row was "
                        "linked next door (the next part of the same shift)"))
    return r


def _around(canon: Canon, rcid: int) -> list[int]:
    """Voeten's roll calls within NEIGHBOURS rcids of this one, and those of the other parts of its resolution."""
    near = set(range(rcid - NEIGHBOURS, rcid + NEIGHBOURS + 1))
    at = np.nonzero(canon.rcid == rcid)[0]
    symbol = canon.symbol[at[0]] if len(at) else None
    if isinstance(symbol, str):
        base = _PART.sub("", symbol)
        near |= {int(r) for r, s in zip(canon.rcid, canon.symbol) if isinstance(s, str) and _PART.sub("", s) == base
                 and r < OWN_RCID_BASE}
    return sorted(near)


_PART = re.compile(r"(\[[^\]]*\]|[A-Z]+)$")  # A/RES/2775(XXVI)[C], A/RES/50/38B: the part after the number


def _moved(rcid: int, sim: float, was: int, was_sim: float, source: str, rule: str) -> dict:
    return {"rcid": rcid, "check": "symbol match with another vote list", "value": f"{sim:.3f} alike",
            "source": source, "other_value": f"rcid {was}, {was_sim:.3f} alike", "rule": rule}

"""Compare the official vote lists kept as outside facts with the votes the store holds, state by state.

Run on demand against the store of $UNGA_HOME (build it first with `unga build`):

    python tests/reference/official_lists.py

tests/reference/official_lists.csv: symbol, date, iso3, vote, url — one row per state a UN press release (or,
where none was reachable, the report named in the url) names for a roll call. The pages we could read give the
opening of each release, where the states voting against and abstaining are named in brackets; the full annex
("In favour: ...") was out of reach, so the rows are the minority sides. A side is complete when the number of
states named equals the count the release gives for that side (the count is read from the official tallies
table, tests/reference/official_tallies_*.csv, same symbol and date); then the record's list for that side must
be exactly the named states, not only contain them. A side whose named states fall short of its own count is a
source defect (the release does not add up) and is reported as such.
"""

from __future__ import annotations

import csv
import importlib.util
import sys
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

HERE = Path(__file__).resolve().parent
PATH = HERE / "official_lists.csv"
COLUMNS = ["symbol", "date", "iso3", "vote", "url"]
SIDES = ("no", "abstain")


@dataclass
class OfficialList:
    """The states one source names for one roll call, by side."""

    symbol: str
    day: date
    url: str
    named: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))


@dataclass(frozen=True)
class ListOutcome:
    """How the store answers one official list. disagreements: (iso3, official vote, stored vote);
    extra: (side, iso3) the record puts on a complete side that the source does not name;
    short: the sides whose named states fall short of the source's own count (a source defect)."""

    official: OfficialList
    rcid: int | None
    disagreements: tuple[tuple[str, str, str], ...]
    extra: tuple[tuple[str, str], ...]
    short: tuple[str, ...]
    problem: str = ""

    @property
    def agrees(self) -> bool:
        return not self.problem and not self.disagreements and not self.extra


def read_lists(path: Path = PATH) -> list[OfficialList]:
    """Every roll call of the lists file, in file order."""
    lists: dict[tuple[str, date], OfficialList] = {}
    with path.open(newline="", encoding="utf-8") as handle:
        reader = csv.DictReader(handle)
        if reader.fieldnames != COLUMNS:
            raise ValueError(f"{path}: columns must be {','.join(COLUMNS)}, found {reader.fieldnames}")
        for line, row in enumerate(reader, start=2):
            if row["vote"] not in ("yes", *SIDES) or len(row["iso3"]) != 3:
                raise ValueError(f"{path.name} line {line}: vote must be yes, no or abstain and iso3 a code of "
                                 "src/unga/data/states.csv")
            try:
                day = date.fromisoformat(row["date"])
            except ValueError as exc:
                raise ValueError(f"{path.name} line {line}: {exc}; write the date as YYYY-MM-DD") from exc
            key = (row["symbol"], day)
            entry = lists.setdefault(key, OfficialList(row["symbol"], day, row["url"]))
            entry.named[row["vote"]].add(row["iso3"])
    return list(lists.values())


def _official_counts() -> dict[tuple[str, date], tuple[int | None, ...]]:
    spec = importlib.util.spec_from_file_location("official_tallies", HERE / "official_tallies.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault(spec.name, module)
    spec.loader.exec_module(module)
    return {(r.symbol, r.day): r.counts for r in module.read_references() if not (r.separate_vote or r.not_in_record)}


def judge(official: OfficialList, counts: tuple[int | None, ...] | None) -> ListOutcome:
    """Compare one official list with the stored votes of its roll call (the one on its date)."""
    import unga
    from unga.errors import UngaError

    try:
        t = unga.tally(official.symbol)
    except UngaError as exc:
        return ListOutcome(official, None, (), (), (), problem=str(exc))
    calls = [t.roll_call, *t.other_roll_calls]
    call = next((c for c in calls if c.date == official.day and c.kind == "resolution"), None)
    if call is None:
        return ListOutcome(official, None, (), (), (), problem=f"no stored roll call on {official.day}")
    votes = unga.tally(f"rcid:{call.rcid}").votes
    wrong = tuple(sorted((iso3, side, votes.get(iso3, "not stored"))
                         for side, states in official.named.items() for iso3 in states if votes.get(iso3) != side))
    extra, short = [], []
    for index, side in enumerate(SIDES, start=1):
        expected = counts[index] if counts else None
        named = official.named.get(side, set())
        if expected is None:
            continue
        if len(named) < expected and named:
            short.append(side)
        if len(named) == expected:
            extra += [(side, iso3) for iso3, vote in votes.items() if vote == side and iso3 not in named]
    return ListOutcome(official, call.rcid, wrong, tuple(sorted(extra)), tuple(short))


def compare(path: Path = PATH) -> list[ListOutcome]:
    counts = _official_counts()
    return [judge(o, counts.get((o.symbol, o.day))) for o in read_lists(path)]


def main() -> int:
    outcomes = compare()
    for o in outcomes:
        head = f"{o.official.symbol} {o.official.day}"
        if o.problem:
            print(f"missing  {head}: {o.problem}")
        for iso3, said, stored in o.disagreements:
            print(f"differs  {head}: {iso3} official {said}, record {stored}")
        for side, iso3 in o.extra:
            print(f"extra    {head}: record has {iso3} {side}, the official list does not name it")
        for side in o.short:
            print(f"source   {head}: the release names fewer states voting {side} than its own count")
    named = sum(len(s) for o in outcomes for s in o.official.named.values())
    print(f"{sum(o.agrees for o in outcomes)} of {len(outcomes)} official lists agree with the record "
          f"({named} states named)")
    return 0


if __name__ == "__main__":
    sys.exit(main())

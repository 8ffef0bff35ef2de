"""Compare the official tallies kept as outside facts with the store, and print every mismatch.

Run on demand against the store of $UNGA_HOME (build it first with `unga build`):

    python tests/reference/official_tallies.py            # every tests/reference/official_tallies_*.csv
    python tests/reference/official_tallies.py FILE.csv   # one table
    python tests/reference/official_tallies.py --all      # also list the rows that match

Each CSV row is one roll call: symbol, date, yes, no, abstain, url, source_kind, note. A row names the
vote on the resolution as a whole unless its note starts with "separate vote" (a paragraph, an amendment,
a motion): then any roll call stored under the symbol may answer it; such a row may name a roll call without a
symbol as `rcid:N` (the id `unga tally rcid:N` takes). A row whose note starts with
"not in the record" is a vote the record's sources lack (kept for the message a user gets); it is not
compared, and only such a row may leave a count empty (a source that gives the yes count alone). The row is looked up with
unga.tally (the same resolution of symbols a user gets); where the symbol holds several roll calls, the
one on the reference date is compared. A row matches when the yes/no/abstain counted from the stored
votes equal the reference and the stored date is the reference date. tests/test_official_tallies.py
uses compare() and lists every known mismatch with the side that is wrong.
"""

from __future__ import annotations

import argparse
import csv
import sys
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

HERE = Path(__file__).resolve().parent
COLUMNS = ["symbol", "date", "yes", "no", "abstain", "url", "source_kind", "note"]
COUNTS = ("yes", "no", "abstain")


@dataclass(frozen=True)
class Reference:
    """One official tally, as written in a reference CSV."""

    file: str
    line: int
    symbol: str
    day: date
    counts: tuple[int | None, int | None, int | None]
    url: str
    source_kind: str
    note: str

    @property
    def separate_vote(self) -> bool:
        return self.note.lower().startswith("separate vote")

    @property
    def not_in_record(self) -> bool:
        return self.note.lower().startswith("not in the record")


@dataclass(frozen=True)
class Outcome:
    """How the store answers one reference: status is match, counts, date, missing, or skipped (a row
    marked "not in the record", which is not compared)."""

    reference: Reference
    status: str
    stored_symbol: str | None = None
    stored_date: date | None = None
    stored_counts: tuple[int, int, int] | None = None
    published: tuple[int | None, int | None, int | None] | None = None
    rcid: int | None = None
    kind: str | None = None
    problem: str = ""
    others: list[str] = field(default_factory=list)

    def describe(self) -> str:
        ref = self.reference
        head = f"{ref.symbol} {ref.day}: reference {'-'.join('?' if x is None else str(x) for x in ref.counts)}"
        if self.status == "skipped":
            return f"{head}; marked not in the record, not compared"
        if self.status == "missing":
            return f"{head}; not in the store ({self.problem})"
        stored = "-".join(map(str, self.stored_counts or ()))
        pub = "-".join("?" if x is None else str(x) for x in (self.published or ()))
        return (f"{head}; store {stored} (published {pub}) on {self.stored_date} as {self.stored_symbol} "
                f"[{self.kind}, rcid {self.rcid}]" + (f"; other roll calls: {', '.join(self.others)}" if self.others else ""))


def read_references(paths: list[Path] | None = None) -> list[Reference]:
    """Every row of the given CSVs (default: every official_tallies_*.csv beside this script)."""
    paths = paths or sorted(HERE.glob("official_tallies_*.csv"))
    rows = []
    for path in paths:
        with path.open(newline="", encoding="utf-8") as handle:
            reader = csv.DictReader(handle)
            if reader.fieldnames != COLUMNS:
                raise ValueError(f"{path}: columns must be {','.join(COLUMNS)}, found {reader.fieldnames}")
            for line, row in enumerate(reader, start=2):
                absent = (row["note"] or "").lower().startswith("not in the record")
                try:
                    counts = tuple(None if absent and not (row[k] or "").strip() else int(row[k]) for k in COUNTS)
                    day = date.fromisoformat(row["date"])
                except (TypeError, ValueError) as exc:
                    raise ValueError(f"{path.name} line {line}: {exc}; write the date as YYYY-MM-DD and whole counts "
                                     "(a count may be left empty only in a row marked 'not in the record')") from exc
                rows.append(Reference(path.name, line, (row["symbol"] or "").strip(), day, counts, row["url"] or "",
                                      row["source_kind"] or "", row["note"] or ""))
    return rows


def _stored(rcid: int):
    import unga

    t = unga.tally(f"rcid:{rcid}")
    counts = tuple(t.counts[k] for k in COUNTS)
    published = tuple(t.published.get(k) for k in COUNTS)
    return t.roll_call, counts, published


def _candidates(ref: Reference):
    """The stored roll calls that may answer a reference: those of its symbol, on its date if any is."""
    import unga
    from unga.results import OfficialTally

    t = unga.tally(ref.symbol)
    if isinstance(t, OfficialTally):  # a UN page's counts (official_recorded_votes.csv), no roll call
        return []
    calls = [t.roll_call, *t.other_roll_calls]
    if not ref.separate_vote:
        finals = [c for c in calls if c.kind == "resolution"]
        calls = finals or calls
    same_day = [c for c in calls if c.date == ref.day]
    return same_day or calls


def judge(ref: Reference) -> Outcome:
    """Compare one reference with the store."""
    from unga.errors import UngaError

    if ref.not_in_record:
        return Outcome(ref, "skipped")
    try:
        calls = _candidates(ref)
    except UngaError as exc:
        return Outcome(ref, "missing", problem=str(exc))
    if not calls:
        return Outcome(ref, "missing", problem="no source's roll call; the record answers with a UN page's counts "
                                               "(src/unga/data/official_recorded_votes.csv)")
    seen = [(c, *_stored(c.rcid)[1:]) for c in calls]
    exact = [s for s in seen if s[1] == ref.counts]
    call, counts, published = (exact or seen)[0]
    status = "counts" if not exact else ("match" if call.date == ref.day else "date")
    others = [f"rcid {c.rcid} {'-'.join(map(str, n))} {c.date} [{c.kind}]" for c, n, _ in seen if c is not call]
    return Outcome(ref, status, call.symbol, call.date, counts, published, call.rcid, call.kind, others=others)


def compare(paths: list[Path] | None = None) -> list[Outcome]:
    """Every reference row judged against the store of $UNGA_HOME."""
    return [judge(ref) for ref in read_references(paths)]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="*", type=Path, help="reference CSVs (default: every official_tallies_*.csv here)")
    parser.add_argument("--all", action="store_true", help="also list the rows that match")
    args = parser.parse_args(argv)
    outcomes = compare(args.files or None)
    for o in outcomes:
        if args.all or o.status not in ("match", "skipped"):
            print(f"{o.status:8} {o.reference.file}:{o.reference.line}  {o.describe()}")
    matched, compared = summary(outcomes)
    share = matched / compared if compared else 0.0
    print(f"{matched} of {compared} compared reference roll calls match the store ({share:.1%}); "
          + ", ".join(f"{s}: {sum(o.status == s for o in outcomes)}" for s in ("counts", "date", "missing", "skipped")))
    return 0


def summary(outcomes: list[Outcome]) -> tuple[int, int]:
    """(rows that match, rows compared): rows marked "not in the record" are not compared."""
    compared = [o for o in outcomes if o.status != "skipped"]
    return sum(o.status == "match" for o in compared), len(compared)


if __name__ == "__main__":
    sys.exit(main())

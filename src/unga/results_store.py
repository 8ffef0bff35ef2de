"""Results about stores themselves: the kept versions and what changed between two of them (`unga diff`)."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import TYPE_CHECKING

from unga.results import _jsonable
from unga.types import StoreVersion

if TYPE_CHECKING:
    import pandas as pd

EXAMPLES = 5  # of each kind of change, in str(); to_json() has them all
KINDS = (("sources", "source files changed"), ("added", "roll calls added"), ("removed", "roll calls removed"), ("renumbered", "roll calls renumbered"),
         ("details", "details changed"), ("tallies", "tallies changed"), ("votes", "votes changed"))


def _version_json(v: StoreVersion) -> dict:
    return _jsonable({**asdict(v), "path": str(v.path)})


def _version_line(v: StoreVersion) -> str:
    return f"{v.build_id} (built {v.built_at or '?'}; {v.roll_calls:,} roll calls, {v.votes:,} votes, last vote {v.last_vote})"


@dataclass(frozen=True)
class StoreVersions:
    """The current store and the kept previous ones, newest first."""

    versions: list[StoreVersion]

    def to_json(self) -> dict:
        return {"stores": [_version_json(v) for v in self.versions]}

    def __str__(self) -> str:
        if not self.versions:
            return "no store yet: run `unga build` or `unga update`"
        return "\n".join(("current  " if v.current else "kept     ") + _version_line(v) + f"\n         {v.path}"
                         for v in self.versions)


@dataclass(frozen=True)
class StoreDiff:
    """What changed from the old store to the new: each kind of change in full, and counts per session."""

    old: StoreVersion
    new: StoreVersion
    changes: dict[str, pd.DataFrame]

    def count(self, kind: str) -> int:
        return len(self.changes[kind])

    def is_empty(self) -> bool:
        """True when the record is the same (the source files may differ in bytes that change no vote)."""
        return not any(self.count(kind) for kind, _ in KINDS if kind != "sources")

    def to_json(self) -> dict:
        return _jsonable({"old": _version_json(self.old), "new": _version_json(self.new),
                          "counts": {kind: self.count(kind) for kind, _ in KINDS},
                          **{kind: frame.to_dict(orient="records") for kind, frame in self.changes.items()}})

    def summary_lines(self) -> list[str]:
        lines = []
        if self.is_empty():
            lines.append("no change: the two stores hold the same roll calls, tallies and votes")
        for kind, label in KINDS:
            frame = self.changes[kind]
            if not len(frame) or (kind == "sources" and self.is_empty()):
                continue
            where = f" on {frame['rcid'].nunique():,} roll calls" if kind in ("votes", "details") else ""
            lines.append(f"{label}: {len(frame):,}{where}{_sessions(frame)}")
            lines += [f"  {_example(kind, row)}" for row in frame.head(EXAMPLES).itertuples(index=False)]
            if len(frame) > EXAMPLES:
                lines.append(f"  … and {len(frame) - EXAMPLES:,} more (--json lists all)")
        return lines

    def __str__(self) -> str:
        head = [f"from {_version_line(self.old)}", f"  to {_version_line(self.new)}"]
        return "\n".join(head + self.summary_lines())


def _sessions(frame: pd.DataFrame) -> str:
    counts = frame.groupby("session").size().sort_index(ascending=False) if "session" in frame else []
    if not len(counts):
        return ""
    shown = ", ".join(f"{int(s)}: {n:,}" for s, n in counts.head(4).items())
    return f" (by session {shown}{', …' if len(counts) > 4 else ''})"


def _count(value: object) -> str:
    return "–" if value is None or value != value else f"{int(value):,}"


def _label(symbol: object, rcid: object) -> str:
    return symbol if isinstance(symbol, str) and symbol else f"rcid:{rcid}"


def _day(value: object) -> str:
    return str(value)[:10]


def _example(kind: str, row) -> str:
    if kind == "sources":
        return (f"{row.file} ({row.source}): {(row.old_sha256 or 'absent')[:12]} → {(row.new_sha256 or 'absent')[:12]}, "
                f"rows {_count(row.old_rows)} → {_count(row.new_rows)}")
    if kind in ("added", "removed"):
        return (f"{_label(row.symbol, row.rcid)} of {_day(row.date)}: {row.yes}-{row.no}-{row.abstain} "
                f"{(row.title or '')[:70]}")
    if kind == "renumbered":
        return f"{_label(row.symbol, row.new_rcid)} of {_day(row.date)}: rcid {row.old_rcid} → {row.new_rcid}"
    if kind == "details":
        return f"rcid:{row.rcid} {row.field}: {row.old_value} → {row.new_value}"
    if kind == "tallies":
        return f"{_label(row.symbol, row.rcid)} of {_day(row.date)}: {row.old_tally} → {row.new_tally}"
    return f"{_label(row.symbol, row.rcid)} of {_day(row.date)}: {row.iso3} {row.old_vote or 'not listed'} → " \
           f"{row.new_vote or 'not listed'}"

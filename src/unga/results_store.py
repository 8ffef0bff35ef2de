"""Results about stores themselves: a build, an update, the kept versions and what changed between two of them."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import TYPE_CHECKING, Any

from unga.results import _jsonable
from unga.types import StoreVersion

if TYPE_CHECKING:
    import pandas as pd

EXAMPLES = 5  # of each kind of change, in str(); to_json() has them all
KINDS = (("sources", "source files changed"), ("added", "roll calls added"), ("removed", "roll calls removed"),
         ("renumbered", "roll calls renumbered"), ("details", "details changed"), ("tallies", "tallies changed"),
         ("votes", "votes changed"))


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
    import pandas as pd

    return "–" if pd.isna(value) else f"{int(value):,}"  # None, NaN and pandas' NA alike


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


@dataclass(frozen=True)
class BuildSummary:
    path: str
    roll_calls: int
    votes: int
    provenance: pd.DataFrame
    integrity: pd.DataFrame
    previous: str | None = None  # where the replaced store was kept

    def to_json(self) -> dict:
        return _jsonable({"store": self.path, "roll_calls": self.roll_calls, "votes": self.votes,
                          "previous": self.previous,
                          "provenance": self.provenance.to_dict(orient="records"),
                          "integrity": self.integrity.to_dict(orient="records")})

    def __str__(self) -> str:
        kept = f"\nthe previous store is kept in {self.previous} (`unga diff` shows what changed)" if self.previous else ""
        return f"built {self.path}: {self.roll_calls} roll calls, {self.votes} votes{kept}"


@dataclass(frozen=True)
class UpdateSummary:
    """What `unga update` did: each file downloaded, unchanged (304) or failed; the terms shown for the first
    time; the build that followed (None when a file failed or nothing changed since the last build).

    store_before and store_after name the previous and the new store for a comparison of the two (`unga diff`):
    store_before is None when there was no store, and both are None when no build ran."""

    sources: str                      # the folder the files are cached in ($UNGA_HOME/sources)
    files: pd.DataFrame               # source, local, url, status, bytes, sha256, etag, last_modified, resumed_from, error
    terms: list[dict]                 # {"source", "title", "terms", "credit"} of sources downloaded for the first time
    build: BuildSummary | None = None
    failure: Exception | None = None  # the first failure (a layout refused before a network one); exit code from it
    removed: list[str] = field(default_factory=list)
    store_before: str | None = None
    store_after: str | None = None
    note: str = ""
    changes: Any = None               # the StoreDiff of store_before → store_after (results_store.py)

    def to_frame(self) -> pd.DataFrame:
        return self.files

    def counts(self) -> dict[str, int]:
        return {s: int((self.files["status"] == s).sum()) for s in ("downloaded", "unchanged", "failed")}

    def to_json(self) -> dict:
        return _jsonable({"sources": self.sources, "files": self.files.to_dict(orient="records"), "terms": self.terms,
                          "counts": self.counts(), "removed": self.removed, "note": self.note,
                          "error": str(self.failure) if self.failure else None,
                          "store_before": self.store_before, "store_after": self.store_after,
                          "build": self.build.to_json() if self.build else None,
                          "changes": self.changes.to_json() if self.changes is not None else None})

    def __str__(self) -> str:
        c = self.counts()
        line = f"{c['downloaded']} downloaded, {c['unchanged']} unchanged, {c['failed']} failed into {self.sources}"
        changes = ["what changed since the previous store (`unga diff`):", *self.changes.summary_lines()] \
            if self.changes is not None else []
        return "\n".join(filter(None, [line, self.note, str(self.build) if self.build else "", *changes]))

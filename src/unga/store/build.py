"""Build the store: read every source, reconcile, and write one DuckDB file atomically."""

from __future__ import annotations

import hashlib
import os
from collections import Counter
from concurrent.futures import ProcessPoolExecutor, as_completed
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import datetime, timezone
from pathlib import Path

import duckdb
import pandas as pd

from unga import countries
from unga.sources import bridges, corrections
from unga.sources.base import SourceTable
from unga.sources.discover import SourceFile, discover
from unga.store.reconcile import Record, reconcile
from unga.store.schema import SCHEMA

Progress = Callable[[str, int, int], None]


@dataclass(frozen=True)
class BuildReport:
    path: Path
    roll_calls: int
    votes: int
    provenance: pd.DataFrame
    integrity_summary: pd.DataFrame


def sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _tagged(table: SourceTable) -> SourceTable:
    """Prefix keys with the file name, so tables of one source from several files can be stacked."""
    tag = table.path.name + "::"
    rc = table.roll_calls.assign(key=tag + table.roll_calls["key"])
    v = table.votes.assign(key=tag + table.votes["key"])
    return replace(table, roll_calls=rc, votes=v, notes=[(tag + k, *rest) for k, *rest in table.notes])


def _stack(tables: list[SourceTable]) -> list[SourceTable]:
    by_source: dict[str, list[SourceTable]] = {}
    for t in tables:
        by_source.setdefault(t.source, []).append(_tagged(t))
    return [SourceTable(src, group[0].path, pd.concat([g.roll_calls for g in group], ignore_index=True),
                        pd.concat([g.votes for g in group], ignore_index=True), sum(g.rows_read for g in group),
                        notes=[n for g in group for n in g.notes])
            for src, group in by_source.items()]


def read_sources(folder: Path, progress: Progress | None = None, workers: int | None = None) -> tuple[list[SourceFile], list[SourceTable]]:
    """Parse every source file; the big R files are read in parallel processes when the machine has cores."""
    files = discover(folder)
    workers = workers or min(2, os.cpu_count() or 1)
    done = 0

    def tick(name: str) -> None:
        nonlocal done
        done += 1
        if progress:
            progress(f"read {name}", done, len(files))

    if progress:
        progress("reading sources", 0, len(files))
    if workers < 2 or len(files) < 2:
        tables = []
        for f in files:
            tables.append(f.reader(f.path))
            tick(f.path.name)
        return files, tables
    with ProcessPoolExecutor(max_workers=workers) as pool:
        # largest first, so the two slow R files start at once
        futures = {f.path: pool.submit(f.reader, f.path) for f in sorted(files, key=lambda f: -f.path.stat().st_size)}
        results = {}
        for future in as_completed(futures.values()):
            table = future.result()
            results[table.path] = table
            tick(table.path.name)
    return files, [results[f.path] for f in files]


def build(folder: Path, target: Path, progress: Progress | None = None) -> BuildReport:
    """Build the store at target from the sources in folder. The old store stays until the new one is complete."""
    files, tables = read_sources(Path(folder), progress)
    if progress:
        progress("reconciling", len(files), len(files))
    fixes = corrections.read()
    record = reconcile(_stack(tables), fixes, corrections.read_counts())
    provenance = _provenance(files, tables, record, len(fixes))
    pairs, provenance = _bridges(Path(folder), record, provenance)
    target = Path(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(f".{target.name}.{os.getpid()}.tmp")
    try:
        _write(tmp, record, provenance, folder, pairs)
        os.replace(tmp, target)
    finally:
        for leftover in (tmp, tmp.with_name(tmp.name + ".wal")):
            leftover.unlink(missing_ok=True)
    summary = record.integrity.groupby("check").size().rename("rows").reset_index()
    return BuildReport(target, len(record.roll_calls), len(record.votes), provenance, summary)


def _provenance(files: list[SourceFile], tables: list[SourceTable], record: Record, n_corrections: int) -> pd.DataFrame:
    """Per file: what was read, what leads a stored roll call, what was merged into another, what was rejected."""
    links = record.links.assign(file=record.links["key"].str.split("::").str[0])
    lead = record.roll_calls.set_index("rcid")["sources"].str.split(",").str[0]
    links["leading"] = links["rcid"].map(lead) == links["source"]
    per_file = links.groupby("file")["leading"].agg(["sum", "count"])
    rows = []
    for f, t in zip(files, tables):
        reasons = Counter(reason for _, reason in t.rejected)
        led, linked = per_file.loc[f.path.name] if f.path.name in per_file.index else (0, 0)
        rows.append({"file": str(f.path), "source": t.source, "sha256": sha256(f.path), "bytes": f.path.stat().st_size,
                     "rows_read": t.rows_read, "roll_calls": len(t.roll_calls), "roll_calls_leading": int(led),
                     "roll_calls_merged": int(linked - led), "votes": len(t.votes),
                     "rows_rejected": len(t.rejected),
                     "rejected_reasons": "; ".join(f"{n}× {r}" for r, n in reasons.most_common())})
        rows += [{"file": str(c), "source": t.source, "sha256": sha256(c), "bytes": c.stat().st_size,
                  "rejected_reasons": f"read with {f.path.name}"} for c in f.companions]
    rows.append({"file": str(corrections.PATH), "source": "correction", "sha256": sha256(corrections.PATH),
                 "bytes": corrections.PATH.stat().st_size, "rows_read": n_corrections,
                 "votes": int((record.votes["source"] == "correction").sum()),
                 "rejected_reasons": "unga's own corrections, each logged in integrity with its evidence"})
    return pd.DataFrame(rows)


def _bridges(folder: Path, record: Record, provenance: pd.DataFrame) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Voeten's pairs of repeated resolutions whose roll calls are both in the record."""
    path = bridges.find(folder)
    if path is None:
        return pd.DataFrame({"rcid_a": [], "rcid_b": [], "source": []}), provenance
    pairs = bridges.parse(path)
    known = set(record.roll_calls["rcid"])
    keep = pairs["rcid_a"].isin(known) & pairs["rcid_b"].isin(known)
    row = {"file": str(path), "source": "voeten_matches", "sha256": sha256(path), "bytes": path.stat().st_size,
           "rows_read": len(pairs), "rows_rejected": int((~keep).sum()),
           "rejected_reasons": f"{int((~keep).sum())}× a roll call of the pair is not in the record" if (~keep).any() else ""}
    return pairs[keep].assign(source="voeten_matches"), pd.concat([provenance, pd.DataFrame([row])], ignore_index=True)


def _write(path: Path, record: Record, provenance: pd.DataFrame, folder: Path, pairs: pd.DataFrame) -> None:
    states = pd.DataFrame([{"iso3": s.iso3, "cow": s.cow, "un_name": s.un_name, "short_name": s.short_name,
                            "iso2": s.iso2, "successor": s.successor} for s in countries.states()])
    memberships = countries.membership_frame()
    info = pd.DataFrame({"key": ["built_at", "sources", "unga_version"],
                         "value": [datetime.now(timezone.utc).isoformat(timespec="seconds"), str(Path(folder).resolve()),
                                   _version()]})
    con = duckdb.connect(str(path))
    try:
        con.execute(SCHEMA)
        for name, frame in [("states", states), ("memberships", memberships), ("roll_calls", record.roll_calls),
                            ("votes", record.votes), ("integrity", record.integrity), ("links", record.links),
                            ("provenance", provenance), ("build_info", info), ("bridges", pairs)]:
            con.register("frame", frame)
            columns = [r[0] for r in con.execute(f"DESCRIBE {name}").fetchall()]
            con.execute(f"INSERT INTO {name} SELECT {', '.join(chr(34) + c + chr(34) for c in columns)} FROM frame")
            con.unregister("frame")
        con.execute("CHECKPOINT")
    finally:
        con.close()


def _version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("unga")
    except PackageNotFoundError:
        return "dev"

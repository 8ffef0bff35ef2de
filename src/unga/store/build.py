"""Build the store: read every source, reconcile, check against the previous store, and write one DuckDB file
atomically. A failed, refused or killed build leaves the previous store as it was (docs/data.md, "Builds")."""

from __future__ import annotations

import contextlib
import ctypes
import hashlib
import multiprocessing
import os
import re
import secrets
import signal
import sys
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from datetime import datetime, timezone
from pathlib import Path

import duckdb
import pandas as pd

from unga import countries
from unga.errors import SourceError, StoreError
from unga.sources import bridges, corrections
from unga.sources.base import SourceTable
from unga.sources.discover import SourceFile, check_files, discover
from unga.sources.fetch import manifest as fetch_manifest
from unga.store import guard, versions, vote_doubts
from unga.store import official as store_official
from unga.store.reconcile import Record, reconcile
from unga.store.schema import INTEGRITY_COLUMNS, SCHEMA

Progress = Callable[[str, int, int], None]
PR_SET_PDEATHSIG = 1  # linux/prctl.h


@dataclass(frozen=True)
class BuildReport:
    path: Path
    roll_calls: int
    votes: int
    provenance: pd.DataFrame
    integrity_summary: pd.DataFrame
    kept: Path | None = None  # the replaced store, kept for `unga diff` (store/versions.py)


def sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _fault(stage: str) -> None:
    """Test hook of the fault-injection suite (tests/test_faults.py); does nothing unless UNGA_FAULT is set.

    UNGA_FAULT="STAGE FILE" makes the build touch FILE when it reaches STAGE and wait there, for the test to
    kill it (kill -9) or send it SIGTERM. Stages: reading (workers alive), reconciling, writing (the temporary
    file and its .wal half written), swapping (the temporary file complete, not yet renamed).
    """
    stalled, _, ready = os.environ.get("UNGA_FAULT", "").partition(" ")
    if stalled == stage and ready:
        Path(ready).touch()
        time.sleep(120)


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
    """Check and parse every source file; the big R files are read in parallel processes when the machine has cores.

    A file with the same bytes as an earlier one gets an empty table that says so (provenance: rejected)."""
    files = check_files(discover(Path(folder)))
    unique = [f for f in files if f.duplicate_of is None]
    workers = workers or min(2, os.cpu_count() or 1)
    done = 0

    def tick(name: str) -> None:
        nonlocal done
        done += 1
        if progress:
            progress(f"read {name}", done, len(unique))

    if progress:
        progress("reading sources", 0, len(unique))
    read = _read_in_pool(unique, tick, workers) if workers >= 2 and len(unique) >= 2 else _read_here(unique, tick)
    return files, [read[f.path] if f.duplicate_of is None else _skipped(f, read[f.duplicate_of]) for f in files]


def _read_here(files: list[SourceFile], tick: Callable[[str], None]) -> dict[Path, SourceTable]:
    read = {}
    for f in files:
        read[f.path] = f.reader(f.path)
        _fault("reading")
        tick(f.path.name)
    return read


def _read_in_pool(files: list[SourceFile], tick: Callable[[str], None], workers: int) -> dict[Path, SourceTable]:
    read = {}
    # leaving the block terminates the workers, also on an error or a signal; largest first, so the slow R
    # files start at once. Workers come from a fork server, not a fork of this process: a fork of a process with
    # threads running (DuckDB's, a web server's, a test runner's) can copy a held lock into a worker and hang it.
    context = multiprocessing.get_context("forkserver" if "forkserver" in multiprocessing.get_all_start_methods()
                                          else None)
    with context.Pool(workers, initializer=_die_with_parent, initargs=(os.getpid(),)) as pool:
        tasks = [(f.reader, f.path) for f in sorted(files, key=lambda f: -f.path.stat().st_size)]
        for table in pool.imap_unordered(_call, tasks):
            _fault("reading")
            read[table.path] = table
            tick(table.path.name)
    return read


def _call(task: tuple[Callable[[Path], SourceTable], Path]) -> SourceTable:
    reader, path = task
    return reader(path)


def _die_with_parent(parent: int) -> None:
    """Pool initializer: a worker dies with the build that started it, however the build ends (even kill -9)."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C reaches the whole process group; the build handles it
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    if sys.platform.startswith("linux"):
        with contextlib.suppress(OSError, AttributeError):
            ctypes.CDLL(None, use_errno=True).prctl(PR_SET_PDEATHSIG, int(signal.SIGKILL))
    # elsewhere (and should the parent die before prctl): a thread that watches for the parent's end
    threading.Thread(target=_watch_parent, args=(parent, os.getppid()), daemon=True).start()


def _watch_parent(parent: int, ppid: int) -> None:
    while os.getppid() == ppid and _alive(parent):
        time.sleep(0.5)
    os._exit(1)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # someone else's process
    return True


def _skipped(f: SourceFile, original: SourceTable) -> SourceTable:
    other = f.duplicate_of
    return SourceTable(original.source, f.path, pd.DataFrame({"key": pd.Series(dtype=str)}),
                       pd.DataFrame(columns=["key", "iso3", "vote"]), rows_read=0,
                       rejected=[("file", f"same bytes (sha256) as {other.parent.name}/{other.name}: read once")])


@contextlib.contextmanager
def _sigterm_stops_build() -> Iterator[dict[str, bool]]:
    """SIGTERM becomes a StoreError, so the temporary file is removed and the workers ended on the way out.
    The state it yields says whether the new store is in place already, for the message to be true."""
    state = {"swapped": False}
    if threading.current_thread() is not threading.main_thread():
        yield state
        return

    def stop(signum, frame):
        kept = "the new store was in place already" if state["swapped"] else "the previous store is kept"
        raise StoreError(f"the build was stopped (SIGTERM); {kept}")

    previous = signal.signal(signal.SIGTERM, stop)
    try:
        yield state
    finally:
        signal.signal(signal.SIGTERM, previous)


def remove_stale(target: Path) -> tuple[Path, ...]:
    """Temporary files (and their .wal) left beside target by builds whose process no longer runs."""
    pattern = re.compile(rf"\.{re.escape(target.name)}\.(\d+)(?:\.[0-9a-f]+)?\.tmp(?:\.wal)?")
    removed = []
    for path in target.parent.glob(f".{target.name}.*.tmp*"):
        match = pattern.fullmatch(path.name)
        if match and not _alive(int(match[1])):
            with contextlib.suppress(OSError):  # another build may remove it first; a file we cannot remove stays
                path.unlink(missing_ok=True)
                removed.append(path)
    return tuple(sorted(removed))


def build(folder: Path, target: Path, progress: Progress | None = None, *, allow_shrink: bool = False) -> BuildReport:
    """Build the store at target from the sources in folder. The old store stays until the new one is complete
    and holds what the old one held (within guard's tolerance, or any loss with allow_shrink)."""
    folder, target = Path(folder), Path(target)
    if target.parent.is_dir():
        remove_stale(target)
    with _sigterm_stops_build() as state:
        files, tables = read_sources(folder, progress)
        if not any(len(t.roll_calls) for t in tables):
            names = ", ".join(f.path.name for f in files[:5]) + (" …" if len(files) > 5 else "")
            raise SourceError(folder, f"no recorded vote in the source files read ({names})",
                              fix="point --sources at a folder with the layout in docs/data.md")
        guard.refuse_overlaps(tables)
        if progress:
            progress("reconciling", len(tables), len(tables))
        _fault("reconciling")
        fixes, official, dates = corrections.read(), corrections.read_counts(), corrections.read_dates()
        record = reconcile(_stack(tables), fixes, official, dates, corrections.read_emergency_sessions(),
                           corrections.read_resolutions(),
                           corrections.read_kinds(), corrections.read_same_votes())
        lost = guard.losses(target, record.roll_calls, record.votes, record.links)
        if not allow_shrink:
            guard.refuse_shrink(lost)
        recorded, crosschecks = store_official.table(store_official.read(), record.roll_calls, record.votes)
        doubts = vote_doubts.read()
        record = replace(record, integrity=_with_rows(record.integrity, guard.integrity_rows(lost, allow_shrink),
                                                      _duplicate_rows(files, tables), crosschecks,
                                                      vote_doubts.integrity(doubts, record.roll_calls, record.votes)))
        provenance = _provenance(files, tables, record, len(fixes), len(official), len(dates), len(recorded),
                                 len(doubts))
        pairs, provenance = _bridges(folder, record, provenance)
        provenance = _fetched(folder, provenance)
        if progress:
            progress("writing the store", len(tables), len(tables))
        kept = _swap(target, record, provenance, folder, pairs, recorded, state)
    summary = record.integrity.groupby("check").size().rename("rows").reset_index()
    return BuildReport(target, len(record.roll_calls), len(record.votes), provenance, summary, kept)


def _swap(target: Path, record: Record, provenance: pd.DataFrame, folder: Path, pairs: pd.DataFrame,
          recorded: pd.DataFrame, state: dict[str, bool]) -> Path | None:
    """Write beside target, then rename over it, keeping the replaced store (returned); a full disk or a missing
    permission is a StoreError."""
    tmp = target.with_name(f".{target.name}.{os.getpid()}.{secrets.token_hex(4)}.tmp")
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        try:
            _write(tmp, record, provenance, folder, pairs, recorded)
            _fault("swapping")
            kept = versions.keep(target)
            try:
                os.replace(tmp, target)
            except OSError:
                if kept is not None and kept.stat().st_nlink > 1:
                    kept.unlink(missing_ok=True)  # the store it kept is still the current one
                raise
            state["swapped"] = True
            _sync_folder(target.parent)
            return kept
        finally:
            for leftover in (tmp, tmp.with_name(tmp.name + ".wal")):
                leftover.unlink(missing_ok=True)
    except OSError as exc:
        raise StoreError(f"cannot write the store at {target}: {exc.strerror or exc}; the previous store is kept "
                         "(free some space there, or set UNGA_HOME to another folder)") from exc
    except (duckdb.IOException, duckdb.OutOfMemoryException, duckdb.FatalException) as exc:
        # DuckDB reports a failed write as an IOException, or as a FatalException when it fails in a checkpoint
        reason = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        raise StoreError(f"cannot write the store at {target}: {reason}; the previous store is kept "
                         "(free some space there, or set UNGA_HOME to another folder)") from exc


def _sync_folder(folder: Path) -> None:
    """Make the rename durable: after a power cut the folder holds the old store or the new one. Best effort:
    the new store is in place already, so a folder that cannot be synced is no reason to fail."""
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):
        handle = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(handle)
        finally:
            os.close(handle)


def _with_rows(integrity: pd.DataFrame, *more: pd.DataFrame) -> pd.DataFrame:
    extra = [m.astype({"rcid": "Int64"}) for m in more if len(m)]
    return pd.concat([integrity, *extra], ignore_index=True) if extra else integrity


def _duplicate_rows(files: list[SourceFile], tables: list[SourceTable]) -> pd.DataFrame:
    return pd.DataFrame([{"rcid": pd.NA, "iso3": pd.NA, "check": "source file repeats another", "value": f.path.name,
                          "source": t.source, "other_value": f.duplicate_of.name, "other_source": t.source,
                          "rule": "same bytes (sha256): read once"}
                         for f, t in zip(files, tables) if f.duplicate_of is not None], columns=list(INTEGRITY_COLUMNS))


def _provenance(files: list[SourceFile], tables: list[SourceTable], record: Record, n_corrections: int,
                n_official: int, n_dates: int, n_recorded: int, n_doubts: int) -> pd.DataFrame:
    """Per file: what was read, what leads a stored roll call, what was merged into another, what was rejected."""
    links = record.links.assign(file=record.links["key"].str.split("::").str[0])
    lead = record.roll_calls.set_index("rcid")["sources"].str.split(",").str[0]
    links["leading"] = links["rcid"].map(lead) == links["source"]
    per_file = links.groupby("file")["leading"].agg(["sum", "count"])
    rows = []
    for f, t in zip(files, tables):
        reasons = Counter(reason for _, reason in t.rejected)
        led, linked = per_file.loc[f.path.name] if f.path.name in per_file.index else (0, 0)
        rows.append({"file": str(f.path), "source": t.source, "sha256": f.sha256 or sha256(f.path),
                     "bytes": f.path.stat().st_size,
                     "rows_read": t.rows_read, "roll_calls": len(t.roll_calls), "roll_calls_leading": int(led),
                     "roll_calls_merged": int(linked - led), "votes": len(t.votes),
                     "rows_rejected": len(t.rejected),
                     "rejected_reasons": "; ".join(f"{n}× {r}" for r, n in reasons.most_common())})
        rows += [{"file": str(c), "source": t.source, "sha256": sha256(c), "bytes": c.stat().st_size,
                  "rejected_reasons": f"read with {f.path.name}"} for c in f.companions]
    rows += [
        _data_file(corrections.PATH, "correction", "unga's own corrections, each logged in integrity with its evidence",
                   rows_read=n_corrections, votes=int((record.votes["source"] == "correction").sum())),
        _data_file(corrections.COUNTS_PATH, "official_counts",
                   "official tallies (UN press releases) where no source's list matches, with their URLs",
                   rows_read=n_official),
        _data_file(corrections.DATES_PATH, "official_dates",
                   "official dates where every source dates the vote wrongly, with their evidence", rows_read=n_dates),
        _data_file(corrections.RESOLUTIONS_PATH, "official_resolutions",
                   "resolutions' official adoption dates and titles, with their evidence: a source's vote of another "
                   "time under the number does not keep it"),
        _data_file(corrections.KINDS_PATH, "official_kinds",
                   "roll calls official texts show to be another kind of vote (a procedural motion, a rival draft "
                   "rejected, a paragraph vote): kind, plain title and the symbol of the text concerned, with their "
                   "evidence"),
        _data_file(corrections.SAME_VOTES_PATH, "official_same_votes",
                   "pairs of roll calls official texts show to be one vote a source stores twice with lists that "
                   "differ: merged into the one whose list is kept, with their evidence"),
        _data_file(corrections.EMERGENCY_PATH, "emergency_sessions",
                   "the day each emergency special session opened, with its evidence: votes dated earlier are flagged"),
        _data_file(store_official.PATH, "official_recorded_votes",
                   "recorded votes the sources lack, from UN releases with their URLs: their own table, never roll_calls",
                   rows_read=n_recorded),
        _data_file(vote_doubts.PATH, "vote_doubts",
                   "states' votes, counts and days an official or near-official text (for a day, Voeten's own "
                   "sequence) gives otherwise, nothing settling which is right: kept as stored, each an integrity row "
                   "'vote in doubt', 'count in doubt' or 'date in doubt' with its evidence", rows_read=n_doubts)]
    return pd.DataFrame(rows)


def _data_file(path: Path, source: str, about: str, **counts: int) -> dict:
    """The provenance row of one of unga's own data files: what it is and, where known, how much of it was read."""
    return {"file": str(path), "source": source, "sha256": sha256(path), "bytes": path.stat().st_size, **counts,
            "rejected_reasons": about}


def _fetched(folder: Path, provenance: pd.DataFrame) -> pd.DataFrame:
    """Where `unga update` fetched each file from (URL, ETag, Last-Modified, when), for files it placed there."""
    origins = [fetch_manifest.origin(folder, Path(f), sha) for f, sha in zip(provenance["file"], provenance["sha256"])]
    return provenance.assign(**{c: [o[c] for o in origins] for c in fetch_manifest.COLUMNS})


def _bridges(folder: Path, record: Record, provenance: pd.DataFrame) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Voeten's pairs of repeated resolutions whose roll calls are both in the record, the second in a later session."""
    path = bridges.find(folder)
    if path is None:
        return pd.DataFrame({"rcid_a": [], "rcid_b": [], "source": []}), provenance
    pairs = bridges.parse(path)  # checks the file first (discover.check_file)
    session = record.roll_calls.set_index("rcid")["session"]
    known = pairs["rcid_a"].isin(session.index) & pairs["rcid_b"].isin(session.index)
    forward = pairs["rcid_b"].map(session).astype("Float64") > pairs["rcid_a"].map(session).astype("Float64")
    backward = known & ~forward.fillna(False).astype(bool)
    keep = known & ~backward
    reasons = [f"{int(n)}× {why}" for n, why in [((~known).sum(), "a roll call of the pair is not in the record"),
                                                  (backward.sum(), "the second roll call is not in a later session")] if n]
    row = {"file": str(path), "source": "voeten_matches", "sha256": sha256(path), "bytes": path.stat().st_size,
           "rows_read": len(pairs), "rows_rejected": int((~keep).sum()), "rejected_reasons": "; ".join(reasons)}
    return pairs[keep].assign(source="voeten_matches"), pd.concat([provenance, pd.DataFrame([row])], ignore_index=True)


def _write(path: Path, record: Record, provenance: pd.DataFrame, folder: Path, pairs: pd.DataFrame,
           recorded: pd.DataFrame) -> None:
    states = pd.DataFrame([{"iso3": s.iso3, "cow": s.cow, "un_name": s.un_name, "short_name": s.short_name,
                            "iso2": s.iso2, "successor": s.successor} for s in countries.states()])
    memberships = countries.membership_frame()
    built_at = datetime.now(timezone.utc).isoformat(timespec="seconds")
    build_id = versions.make_build_id(built_at, provenance["sha256"].dropna().tolist())
    info = pd.DataFrame({"key": ["built_at", "build_id", "sources", "unga_version"],
                         "value": [built_at, build_id, str(Path(folder).resolve()), _version()]})
    con = duckdb.connect(str(path))
    try:
        con.execute(SCHEMA)
        for name, frame in [("states", states), ("memberships", memberships), ("roll_calls", record.roll_calls),
                            ("votes", record.votes), ("integrity", record.integrity), ("links", record.links),
                            ("provenance", provenance), ("build_info", info), ("bridges", pairs),
                            ("official_recorded_votes", recorded)]:
            con.register("frame", frame)
            columns = [r[0] for r in con.execute(f"DESCRIBE {name}").fetchall()]
            con.execute(f"INSERT INTO {name} SELECT {', '.join(chr(34) + c + chr(34) for c in columns)} FROM frame")
            con.unregister("frame")
            if name == "votes":
                _fault("writing")
        con.execute("CHECKPOINT")
    finally:
        con.close()


def _version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("unga")
    except PackageNotFoundError:
        return "dev"

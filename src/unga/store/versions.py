"""Kept stores: a build keeps the store it replaces, so that what upstream revised can be listed (`unga diff`).

The kept stores sit in stores/ beside the current one, named unga-<build id>.duckdb; the newest KEEP are kept.
A build id is the build's UTC time and a digest of the source files' sha256 (docs/data.md, "Versions")."""

from __future__ import annotations

import contextlib
import hashlib
import os
import shutil
from pathlib import Path

import duckdb

from unga.errors import BadInput, StoreError
from unga.types import StoreVersion

KEEP = 3
FOLDER = "stores"


def make_build_id(built_at: str, source_digests: list[str]) -> str:
    """20261129T051500Z-1a2b3c: when the store was built, and from which bytes."""
    digest = hashlib.sha256("\n".join(sorted(d for d in source_digests if d)).encode()).hexdigest()[:6]
    stamp = built_at.replace("-", "").replace(":", "").replace("+0000", "Z").replace("+00:00", "Z")
    return f"{stamp}-{digest}"


def kept_folder(target: Path) -> Path:
    return target.parent / FOLDER


def keep(target: Path) -> Path | None:
    """Keep the store about to be replaced: a hard link (no copy, no extra space) in stores/, then prune."""
    if not target.is_file():
        return None
    try:
        info = describe(target, current=True)
    except StoreError:
        return None  # an unreadable old store is not worth keeping, and no reason to refuse the new one
    folder = kept_folder(target)
    folder.mkdir(parents=True, exist_ok=True)
    kept = folder / f"unga-{info.build_id}.duckdb"
    if kept.exists():
        return kept  # the same build was kept already (a store rebuilt twice from the same files in one second)
    try:
        os.link(target, kept)
    except OSError:
        shutil.copy2(target, kept)  # a file system without hard links
    prune(folder)
    return kept


def prune(folder: Path, keep_newest: int = KEEP) -> list[Path]:
    """Remove all but the newest kept stores (their names sort by build time)."""
    stores = sorted(folder.glob("unga-*.duckdb"))
    removed = stores[:-keep_newest] if len(stores) > keep_newest else []
    for old in removed:
        with contextlib.suppress(OSError):
            old.unlink()
    return removed


def describe(path: Path, *, current: bool = False) -> StoreVersion:
    try:
        con = duckdb.connect(str(path), read_only=True)
    except (duckdb.Error, OSError) as exc:
        raise StoreError(f"cannot open the store {path}: {str(exc).splitlines()[0]}") from exc
    try:
        info = dict(con.execute("SELECT key, value FROM build_info").fetchall())
        digests = [r[0] for r in con.execute("SELECT sha256 FROM provenance").fetchall()]
        roll_calls, votes, last = con.execute("SELECT (SELECT count(*) FROM roll_calls), (SELECT count(*) FROM votes),"
                                              " (SELECT max(date) FROM roll_calls)").fetchone()
    except duckdb.Error as exc:
        raise StoreError(f"{path} is not an unga store ({str(exc).splitlines()[0]}); build it with `unga build`") from exc
    finally:
        con.close()
    built_at = info.get("built_at", "")
    return StoreVersion(path, info.get("build_id") or make_build_id(built_at, digests), built_at, roll_calls, votes,
                        str(last or ""), current)


def versions(target: Path) -> list[StoreVersion]:
    """The current store and the kept ones, newest first."""
    found = [describe(target, current=True)] if target.is_file() else []
    folder = kept_folder(target)
    kept = sorted(folder.glob("unga-*.duckdb"), reverse=True) if folder.is_dir() else []
    return found + [describe(p) for p in kept if not _same_file(p, target)]


def resolve(spec: str | Path | None, target: Path, *, default: str) -> StoreVersion:
    """A store named by a path, a build id (or its start), `current` or `previous`."""
    spec = str(spec) if spec is not None else default
    if spec == "current":
        if not target.is_file():
            raise StoreError(f"no store at {target}: run `unga build` first")
        return describe(target, current=True)
    path = Path(spec).expanduser()
    if spec != "previous" and path.is_file():
        try:
            return describe(path, current=_same_file(path, target))
        except StoreError as exc:
            raise BadInput(f"{exc} (name a store file, a kept build id or 'previous'; `unga diff --list` shows them)") from None
    known = versions(target)
    if spec == "previous":
        older = [v for v in known if not v.current]
        if not older:
            raise BadInput("no previous store is kept: `unga diff` needs two builds (rebuild with `unga build` or "
                           "`unga update`, or name two store files)")
        return older[0]
    matches = [v for v in known if v.build_id.startswith(spec)]
    if len(matches) == 1:
        return matches[0]
    what = "matches several stores" if matches else "is neither a store file nor a kept build id"
    raise BadInput(f"{spec!r} {what} (kept builds: {', '.join(v.build_id for v in known) or 'none'}; "
                   "see `unga diff --list`)")


def _same_file(a: Path, b: Path) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:
        return False

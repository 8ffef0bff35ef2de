"""One `unga update` over the catalogue: list each source's files, download what changed, check each file's
layout before it replaces the cached one, and say which sources' terms are new to this folder.

A source that cannot be listed or a file that cannot be fetched or checked is a failure of that file: the
others go on, the cached copy stays, and the caller does not build (api.update).
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from unga.errors import FetchError, SourceError, UngaError
from unga.sources import layouts
from unga.sources.fetch import manifest, publishers
from unga.sources.fetch.download import (
    Fetched,
    Progress,
    Settings,
    client,
    download,
    get_json,
)


@dataclass(frozen=True)
class FetchReport:
    folder: Path
    files: list[Fetched]
    new_terms: list[publishers.Source]       # sources whose terms and credit this folder has not shown yet
    failures: list[UngaError] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)  # older vintages replaced by a newer file


def update_sources(folder: Path, *, sources_from: str | None = None, only: str | list[str] | None = None,
                   progress: Progress | None = None, settings: Settings | None = None) -> FetchReport:
    """Bring folder up to date with the publishers of the chosen sources (all by default)."""
    chosen = publishers.select(only)
    bases = publishers.bases(sources_from)
    settings = settings or Settings.from_env()
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    files: list[Fetched] = []
    failures: list[UngaError] = []
    removed: list[str] = []
    new_terms: list[publishers.Source] = []
    with _only_one(folder), client(settings) as http:
        record = manifest.load(folder)
        listing = get_json(http, settings)
        for source in chosen:
            try:
                remotes = source.list_files(listing, bases)
            except FetchError as exc:
                files.append(Fetched(source.name, f"({source.name} listing)", exc.url, "failed", error=str(exc)))
                failures.append(exc)
                continue
            got = [_one(http, remote, folder, record, settings, progress, failures, removed) for remote in remotes]
            files += got
            if any(f.status == "downloaded" for f in got) and source.name not in record.terms_shown:
                new_terms.append(source)
                record.terms_shown.append(source.name)
                record.save()
    return FetchReport(folder, files, new_terms, failures, removed)


def _one(http, remote: publishers.Remote, folder: Path, record: manifest.Manifest, settings: Settings,
         progress: Progress | None, failures: list[UngaError], removed: list[str]) -> Fetched:
    try:
        fetched = download(http, remote, folder, record.entry(remote.local), settings,
                           lambda path: _check(path, remote), progress)
    except (FetchError, SourceError) as exc:
        failures.append(exc)
        return Fetched(remote.source, remote.local, remote.url, "failed", error=str(exc))
    if fetched.status == "downloaded":
        record.record(remote.local, url=fetched.url, sha256=fetched.sha256, bytes=fetched.bytes, etag=fetched.etag,
                      last_modified=fetched.last_modified, fetched_at=fetched.fetched_at, source=fetched.source,
                      checksum=":".join(remote.checksum) if remote.checksum else None)
        removed += _remove_superseded(folder, remote, record)
    return fetched


def _check(path: Path, remote: publishers.Remote) -> None:
    """The reader's layout check, its message naming the file as it will be called and where it came from."""
    try:
        layouts.check(path, remote.layout)
    except SourceError as exc:
        raise SourceError(f"{remote.local} (from {remote.url})", exc.problem, row=exc.row,
                          fix=f"{exc.fix}; refused: the previous file and store are kept") from None


def _remove_superseded(folder: Path, remote: publishers.Remote, record: manifest.Manifest) -> list[str]:
    """Older vintages of a file published under a new name (IdealpointestimatesAll_Jun2024.csv → _Jun2025)."""
    if not remote.supersedes:
        return []
    gone = []
    for path in sorted(folder.glob(remote.supersedes)):
        local = path.relative_to(folder).as_posix()
        if local != remote.local and path.is_file():
            path.unlink()
            record.forget(local)
            gone.append(local)
    return gone


@contextlib.contextmanager
def _only_one(folder: Path) -> Iterator[None]:
    """One update per sources folder at a time: two would write the same .part files."""
    try:
        import fcntl
    except ImportError:  # not POSIX: no lock, as before
        yield
        return
    handle = open(folder / ".update.lock", "w")
    try:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            raise UngaError(f"another unga update is running on {folder}; wait for it to finish") from None
        handle.write(str(os.getpid()))
        handle.flush()
        yield
    finally:
        handle.close()

"""The façade, continued: the kept stores, what changed between two of them, and fetching the sources
(`unga diff`, `unga update`; docs/data.md, "Versions and diff" and "Getting the data")."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from unga.api import _con, build, sources_cache, store_path
from unga.errors import BadInput
from unga.results_store import StoreDiff, StoreVersions, UpdateSummary
from unga.store import query, versions

if TYPE_CHECKING:
    from unga.store.build import Progress


def stores() -> StoreVersions:
    """The current store and the previous ones a build kept (newest first)."""
    return StoreVersions(versions.versions(store_path()))


def diff_stores(old: str | Path | None = None, new: str | Path | None = None) -> StoreDiff:
    """What changed between two stores: by default the previous build and the current one. Each may be a path, a
    kept build id (or its start), "current" or "previous"."""
    from unga.store.diff import compare

    target = store_path()
    older = versions.resolve(old, target, default="previous")
    newer = versions.resolve(new, target, default="current")
    return StoreDiff(older, newer, compare(older.path, newer.path))


def update(*, sources_from: str | None = None, only: str | list[str] | None = None,
           progress: Progress | None = None, allow_shrink: bool = False) -> UpdateSummary:
    """Fetch the sources from their publishers into $UNGA_HOME/sources (only what changed), then rebuild the
    store from that folder. A file that fails (network, checksum, layout) keeps its cached copy and no build
    runs, so the previous store stays; the summary's failure says why. docs/data.md, "Getting the data"."""
    import pandas as pd

    from unga.sources.fetch.update import update_sources

    folder = sources_cache()
    report = update_sources(folder, sources_from=sources_from, only=only, progress=progress)
    files = pd.DataFrame([vars(f) for f in report.files], columns=list(_FETCHED_COLUMNS))
    terms = [{"source": s.name, "title": s.title, "terms": s.terms, "credit": s.credit} for s in report.new_terms]
    failure = next((f for f in report.failures if isinstance(f, BadInput)), report.failures[0] if report.failures else None)
    summary = UpdateSummary(str(folder), files, terms, failure=failure, removed=report.removed)
    if failure is not None:
        return replace(summary, note="nothing was built: the previous store is kept")
    before = store_path() if store_path().exists() else None
    if before is not None and not (files["status"] == "downloaded").any() and _built_from(folder):
        return replace(summary, note="nothing changed since the last build: the store is up to date")
    built = build(folder, progress=progress, allow_shrink=allow_shrink)
    changes = diff_stores(built.previous, built.path) if built.previous else None
    return replace(summary, build=built, store_before=built.previous, store_after=built.path, changes=changes)


_FETCHED_COLUMNS = ("source", "local", "url", "status", "bytes", "sha256", "etag", "last_modified", "fetched_at",
                    "resumed_from", "error")


def _built_from(folder: Path) -> bool:
    """Whether the store was built from folder after the last file fetched into it (times in whole seconds: a
    build in the second of the fetch came after it, since a build reads the files once they are in place)."""
    from unga.sources.fetch import manifest

    try:
        info = dict(query.rows(_con(), "SELECT key, value FROM build_info"))
    except Exception:  # a store unga cannot read is rebuilt
        return False
    fetched = [str(e.get("fetched_at") or "") for e in manifest.load(folder).files.values()]
    return info.get("sources") == str(folder.resolve()) and str(info.get("built_at", "")) >= max(fetched, default="")

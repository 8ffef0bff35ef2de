"""fetched.json in a sources folder: for each file `unga update` placed there, where it came from (URL, ETag,
Last-Modified, date fetched) and its sha256, and which sources' terms were shown already.

The build copies these into the provenance table for the files whose sha256 still matches (a file replaced by
hand since is not credited to the URL). Written atomically: a crash leaves the previous manifest.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass, field
from pathlib import Path

NAME = "fetched.json"
COLUMNS = ("url", "etag", "last_modified", "fetched_at")  # the provenance columns it fills


@dataclass
class Manifest:
    folder: Path
    files: dict[str, dict] = field(default_factory=dict)  # local path (posix, relative) → what was fetched
    terms_shown: list[str] = field(default_factory=list)

    def entry(self, local: str) -> dict | None:
        return self.files.get(local)

    def record(self, local: str, **facts: object) -> None:
        self.files[local] = dict(facts)
        self.save()

    def forget(self, local: str) -> None:
        if self.files.pop(local, None) is not None:
            self.save()

    def save(self) -> None:
        self.folder.mkdir(parents=True, exist_ok=True)
        path = self.folder / NAME
        tmp = path.with_name(f".{NAME}.{os.getpid()}.tmp")
        tmp.write_text(json.dumps({"files": self.files, "terms_shown": self.terms_shown}, indent=1, sort_keys=True),
                       encoding="utf-8")
        os.replace(tmp, path)


def load(folder: Path) -> Manifest:
    """The folder's manifest; an empty one when there is none or it cannot be read (then every file is fetched
    again in full: the manifest only saves downloads, it is never the record of anything)."""
    folder = Path(folder)
    try:
        data = json.loads((folder / NAME).read_text(encoding="utf-8"))
        files, shown = data.get("files", {}), data.get("terms_shown", [])
        if isinstance(files, dict) and isinstance(shown, list):
            return Manifest(folder, {str(k): v for k, v in files.items() if isinstance(v, dict)}, [str(s) for s in shown])
    except (OSError, ValueError, AttributeError):
        pass
    return Manifest(folder)


def origin(folder: Path, path: Path, sha256: str) -> dict[str, object]:
    """The provenance columns of a file of folder: where it was fetched from, if the manifest says so and the
    file still has the bytes fetched; empty values otherwise."""
    try:
        local = Path(path).resolve().relative_to(Path(folder).resolve()).as_posix()
    except ValueError:
        return dict.fromkeys(COLUMNS)
    entry = load(folder).entry(local)
    if not entry or entry.get("sha256") != sha256:
        return dict.fromkeys(COLUMNS)
    return {c: entry.get(c) for c in COLUMNS}

"""Which files in a sources folder are read, by which reader, and the checks every file passes before reading."""

from __future__ import annotations

import csv
import hashlib
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path

from unga.errors import SourceError
from unga.sources import rdata, undl_bulk, undl_scrape, unxml
from unga.sources.base import SourceTable

BLOCK = 1 << 20
TAIL = 1 << 16  # bytes kept from a file's end: enough for the longest row of any source CSV


@dataclass(frozen=True)
class SourceFile:
    path: Path
    reader: Callable[[Path], SourceTable]
    companions: tuple[Path, ...] = ()  # read by the same reader, recorded in provenance too
    sha256: str = ""                   # filled by check_files
    duplicate_of: Path | None = None   # an earlier file of the same bytes: not read again


def check_files(files: list[SourceFile]) -> list[SourceFile]:
    """Every file checked (check_file) and hashed; a file whose bytes repeat another is marked, not read.

    Identical bytes are skipped rather than refused: reading them once loses nothing, and the skip is recorded
    in provenance and integrity. Of identical files the shortest name is read (76.json, not 76-copy.json).
    Files that differ but hold the same roll calls are refused after reading (store.guard.refuse_overlaps).
    """
    digests = []
    for f in files:
        digests.append(check_file(f.path))
        for companion in f.companions:
            check_file(companion)
    keeper: dict[str, Path] = {}
    for f, digest in sorted(zip(files, digests), key=lambda fd: (len(fd[0].path.name), fd[0].path.name)):
        keeper.setdefault(digest, f.path)
    return [replace(f, sha256=d, duplicate_of=None if keeper[d] == f.path else keeper[d]) for f, d in zip(files, digests)]


def discover(folder: Path) -> list[SourceFile]:
    """The source files under folder, in the layout of ../shared/data (see docs/data.md)."""
    folder = Path(folder)
    if not folder.is_dir():
        raise SourceError(folder, "sources folder not found", fix="pass --sources DIR with the layout in docs/data.md")
    found: list[SourceFile] = []
    unvotes = folder / "unvotes"
    if (unvotes / "un_votes.rda").exists():
        found.append(SourceFile(unvotes / "un_votes.rda", rdata.parse_unvotes,
                                _existing(unvotes, "un_roll_calls.rda", "un_roll_call_issues.rda")))
    if (unvotes / "UNVotesPublished.RData").exists():
        found.append(SourceFile(unvotes / "UNVotesPublished.RData", rdata.parse_voeten,
                                _existing(unvotes, "descriptions1-70latestversion.xls")))
    for path in sorted((folder / "undl_scrape_2022").glob("*.csv*")):
        found.append(SourceFile(path, undl_scrape.parse))
    for path in sorted((folder / "unxml_gares").glob("*.json")):
        found.append(SourceFile(path, unxml.parse))
    for path in sorted(folder.rglob("*ga_voting*.csv")):
        found.append(SourceFile(path, undl_bulk.parse))
    if not found:
        raise SourceError(folder, "no source files found", fix="expected unvotes/, unxml_gares/, undl_scrape_2022/ or a *_ga_voting.csv; see docs/data.md")
    return found


def _existing(folder: Path, *names: str) -> tuple[Path, ...]:
    return tuple(folder / n for n in names if (folder / n).exists())


def check_file(path: Path) -> str:
    """The file's sha256, after checking that it can be read, is not empty and (a CSV) does not end mid-row.

    A reader would take an empty file for a source without rows, and a CSV cut mid-row for a shorter last
    value (a bridge to rcid 12 instead of 1234), so both are refused here, before any reader sees the file.
    """
    path = Path(path)
    digest, lines, head, tail = hashlib.sha256(), 0, b"", b""
    try:
        with open(path, "rb") as handle:
            for block in iter(lambda: handle.read(BLOCK), b""):
                digest.update(block)
                lines += block.count(b"\n")
                head = head or block[:TAIL]
                tail = (tail + block)[-TAIL:]
    except OSError as exc:
        raise SourceError(path, f"cannot read ({exc.strerror or exc})",
                          fix="check that the file exists and is readable, or copy it again") from exc
    if not tail:
        raise SourceError(path, "empty file", fix="copy it again, or remove it from the sources folder")
    if path.name.lower().endswith(".csv"):
        _check_csv_end(path, head, tail, lines)
    elif path.name.lower().endswith(".csv.zip"):
        _check_zipped_csv(path)
    return digest.hexdigest()


def _check_csv_end(path: Path | str, head: bytes, tail: bytes, lines: int) -> None:
    """The last row ends with a line break and has every column of the header."""
    if not tail.endswith(b"\n"):
        raise SourceError(path, "the last row does not end with a line break: the file looks truncated", row=lines + 1,
                          fix="copy the file again; if it is complete, end it with a newline")
    last = tail.rstrip(b"\r\n").rsplit(b"\n", 1)[-1]
    if last.count(b'"') % 2:  # the end of a quoted field that spans lines: cannot be counted on its own
        return
    header = next(csv.reader([head.split(b"\n", 1)[0].decode("utf-8-sig", "replace")]), [])
    fields = next(csv.reader([last.decode("utf-8", "replace")]), [])
    if lines > 1 and len(fields) < len(header):
        raise SourceError(path, f"the last row has {len(fields)} of the header's {len(header)} columns: "
                          "the file looks truncated", row=lines, fix="copy the file again")


def _check_zipped_csv(path: Path) -> None:
    """The same check on each CSV inside a zip; a zip that cannot be opened is left to its reader."""
    try:
        with zipfile.ZipFile(path) as archive:
            for name in [n for n in archive.namelist() if n.lower().endswith(".csv")]:
                head, tail, lines = b"", b"", 0
                with archive.open(name) as member:
                    for block in iter(lambda: member.read(BLOCK), b""):
                        lines += block.count(b"\n")
                        head = head or block[:TAIL]
                        tail = (tail + block)[-TAIL:]
                if tail:
                    _check_csv_end(f"{path} ({name})", head, tail, lines)
    except (zipfile.BadZipFile, EOFError, OSError):
        return

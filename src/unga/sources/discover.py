"""Which files in a sources folder are read, by which reader."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from unga.errors import SourceError
from unga.sources import rdata, undl_bulk, undl_scrape, unxml
from unga.sources.base import SourceTable


@dataclass(frozen=True)
class SourceFile:
    path: Path
    reader: Callable[[Path], SourceTable]
    companions: tuple[Path, ...] = ()  # read by the same reader, recorded in provenance too


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

"""The layout each reader knows, checked on a file before it replaces a known-good one (`unga update`).

A check reads only what it must (a CSV's header, the keys of each JSON line, the columns of an R object) and
raises SourceError naming the file, the column and the layout expected. It says nothing about the rows: the
readers check those when the store is built.
"""

from __future__ import annotations

import csv
import warnings
from collections.abc import Callable
from pathlib import Path

from unga.errors import SourceError
from unga.sources import undl_bulk

# The columns the readers require (rdata.py, unxml.py, bridges.py); the ideal-point estimates have no reader
# yet but are kept as reference data, so their columns are checked too
UNVOTES_VOTES = ("rcid", "country", "country_code", "vote")
UNVOTES_ROLL_CALLS = ("rcid", "session", "date", "unres", "short", "descr")
UNVOTES_ISSUES = ("rcid", "short_name", "issue")
VOETEN_VOTES = ("rcid", "session", "vote", "ccode", "date", "unres")
VOETEN_DESCRIPTIONS = ("rcid", "yes", "no", "abstain", "short", "descr", "amend", "para")
UNXML_KEYS = ("symbol", "adoption_date", "adoption_type", "MS_in_favour", "MS_against", "MS_abstaining",
              "MS_in_favour_count", "MS_against_count", "MS_abstaining_count")
MATCHES = ("rcid1", "rcid2")
IDEAL_POINTS = ("ccode", "session", "IdealPointAll", "iso3c", "Countryname")


def _require(path: Path, found: list[str], needed: tuple[str, ...], layout: str, row: int | None = None) -> None:
    missing = [c for c in needed if c not in found]
    if missing:
        raise SourceError(path, f"column {missing[0]!r} is missing", row=row,
                          fix=f"expected the {layout} layout with {', '.join(needed)}; see docs/data.md")


def _csv_header(path: Path, encoding: str = "utf-8-sig") -> list[str]:
    try:
        with open(path, encoding=encoding, newline="") as handle:
            return [c.strip() for c in next(csv.reader([handle.readline()]), [])]
    except (OSError, UnicodeDecodeError) as exc:
        raise SourceError(path, f"cannot read the header ({exc})", fix="download the file again") from exc


def _r_columns(path: Path) -> list[str]:
    import pyreadr

    try:
        objects = pyreadr.list_objects(str(path))  # names and columns, without building the frames (2-4× faster)
    except Exception as exc:  # pyreadr raises its own LibrdataError and others
        raise SourceError(path, f"not readable as R data ({exc})", fix="download the file again") from exc
    if len(objects) != 1:
        names = [o.get("object_name") for o in objects]
        raise SourceError(path, f"expected one R object, found {names}", fix="is this the right file?")
    return [str(c) for c in objects[0].get("columns") or []]


def _xls_columns(path: Path) -> list[str]:
    import pandas as pd

    try:
        with warnings.catch_warnings():  # pandas deprecates the xlrd engine; xlrd still reads .xls (as rdata.py)
            warnings.simplefilter("ignore")
            return [str(c) for c in pd.read_excel(path, nrows=0, engine="xlrd").columns]
    except Exception as exc:  # xlrd raises XLRDError and others on a file that is not a spreadsheet
        raise SourceError(path, f"not readable as a spreadsheet ({exc})", fix="download the file again") from exc


def check_unxml(path: Path) -> None:
    """Every line of a UN resolutions extract is a JSON object with the keys the reader takes votes from."""
    from unga.sources.unxml import json_lines

    for number, record in json_lines(path):
        _require(path, list(record), UNXML_KEYS, "UNxml data_extract", row=number)


def _columns_check(read: Callable[[Path], list[str]], needed: tuple[str, ...], layout: str) -> Callable[[Path], None]:
    def check(path: Path) -> None:
        _require(path, read(path), needed, layout)
    return check


CHECKS: dict[str, Callable[[Path], None]] = {
    "undl_bulk": lambda path: undl_bulk.check_layout(path) and None,
    "unxml": check_unxml,
    "unvotes_votes": _columns_check(_r_columns, UNVOTES_VOTES, "unvotes un_votes"),
    "unvotes_roll_calls": _columns_check(_r_columns, UNVOTES_ROLL_CALLS, "unvotes un_roll_calls"),
    "unvotes_issues": _columns_check(_r_columns, UNVOTES_ISSUES, "unvotes un_roll_call_issues"),
    "voeten_votes": _columns_check(_r_columns, VOETEN_VOTES, "Voeten UNVotesPublished (object x)"),
    "voeten_descriptions": _columns_check(_xls_columns, VOETEN_DESCRIPTIONS, "Voeten descriptions"),
    "matches": _columns_check(_csv_header, MATCHES, "Voeten Matches.csv"),
    "ideal_points": _columns_check(lambda p: _csv_header(p, "latin-1"), IDEAL_POINTS,
                                   "Bailey-Strezhnev-Voeten ideal points"),
}


def check(path: Path, kind: str) -> None:
    """Raise SourceError unless the file at path has the layout of kind (a key of CHECKS)."""
    CHECKS[kind](Path(path))

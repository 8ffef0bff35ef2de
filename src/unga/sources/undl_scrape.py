"""Reader for the third-party scrape of the UN Digital Library (wide: one row per resolution, one column per state).

The count headers are mislabelled: 'ABSENT COUNT' holds abstentions and 'NO-VOTE COUNT' the non-voting members.
Security Council rows are out of scope and are rejected with that reason.
"""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pandas as pd

from unga import symbols
from unga.errors import SourceError
from unga.sources.base import (
    SourceTable,
    count,
    require_columns,
    require_file,
    sessions,
)
from unga.sources.names import resolve_names

META = ["Council", "Date", "Title", "Resolution", "TOTAL VOTES", "NO-VOTE COUNT", "ABSENT COUNT",
        "NO COUNT", "YES COUNT", "Link", "token"]
LETTERS = {"Y": "yes", "N": "no", "A": "abstain", "X": "absent"}
TITLE_SUFFIX = r"\s*:\s*resolution\s*/\s*adopted by the General Assembly.*$"


def _read_csv(path: Path) -> pd.DataFrame:
    require_file(path, "UN Digital Library scrape")
    try:
        if path.suffix == ".zip":
            with zipfile.ZipFile(path) as archive:
                members = [m for m in archive.namelist() if m.lower().endswith(".csv")]
                if len(members) != 1:
                    raise SourceError(path, f"expected one CSV inside the zip, found {members}")
                raw = archive.read(members[0])
        else:
            raw = path.read_bytes()
        return pd.read_csv(io.BytesIO(raw), encoding="utf-8-sig", dtype=str, keep_default_na=False)
    except (zipfile.BadZipFile, EOFError, UnicodeDecodeError, pd.errors.ParserError) as exc:
        raise SourceError(path, f"cannot read ({exc})", fix="the file is truncated or corrupt; copy it again") from exc


def parse(path: Path) -> SourceTable:
    path = Path(path)
    wide = _read_csv(path)
    require_columns(wide, META, path)
    wide.index = pd.RangeIndex(2, len(wide) + 2)  # the CSV line number: header is line 1
    rejected = [(f"row {i}", "Security Council resolution (out of scope)") for i in wide.index[wide["Council"] != "General Assembly"]]
    ga = wide[wide["Council"] == "General Assembly"]
    undated = pd.to_datetime(ga["Date"], format="%Y-%m-%d", errors="coerce").isna()
    rejected += [(f"row {i}", f"date {ga.loc[i, 'Date']!r} is not a day; the vote cannot be placed") for i in ga.index[undated]]
    ga = ga[~undated]
    state_columns = [c for c in wide.columns if c not in META]
    cells = ga[state_columns].stack()
    cells = cells[cells.str.strip() != ""]
    bad = ~cells.str.strip().isin(list(LETTERS))
    if bad.any():
        (row, column), value = next(iter(cells[bad].items()))
        raise SourceError(path, f"vote {value!r} in column {column!r} is not Y/N/A/X", row=int(row))
    cells = cells[~bad]
    rows = cells.index.get_level_values(0)
    columns = pd.Series(cells.index.get_level_values(1), index=cells.index)
    days = pd.Series(pd.to_datetime(ga.loc[rows, "Date"]).to_numpy(), index=cells.index)
    votes = pd.DataFrame({
        "key": ga.loc[rows, "token"].to_numpy(),
        "iso3": resolve_names(columns.str.strip(), days, path, pd.Series(rows, index=cells.index)).to_numpy(),
        "vote": cells.str.strip().map(LETTERS).to_numpy(),
        "row": rows,
    })
    duplicated = votes.duplicated(["key", "iso3"])
    notes = [(key, "state in two columns", iso3, "first column kept", "a misspelt duplicate header")
             for key, iso3 in zip(votes.loc[duplicated, "key"], votes.loc[duplicated, "iso3"])]
    votes = votes[~duplicated]

    voted = ga.index.isin(set(rows))
    # A row whose every member is "X" holds no vote cast (A/RES/39/28 A and B, 43/62): no count it gives can be a
    # recorded vote, and stored it would read as a 0-0-0 tally.
    cast = ga.index.isin(set(votes.loc[votes["vote"] != "absent", "row"]))
    rejected += [(f"row {i}", "no recorded votes (adopted without a vote)") for i in ga.index[~voted]]
    rejected += [(f"row {i}", "no vote cast: every member is marked non-voting") for i in ga.index[voted & ~cast]]
    ga = ga[cast]
    votes = votes[votes["row"].isin(ga.index)]
    rc = pd.DataFrame({
        "key": ga["token"], "date": pd.to_datetime(ga["Date"]), "source_symbol": ga["Resolution"],
        "symbol": ga["Resolution"].map(symbols.parse),
        # Rows the Digital Library files under the draft ("Item 39 - DR A/76/L.14 …") name it in both fields.
        "draft": ga["Resolution"].map(symbols.draft).fillna(ga["Title"].map(symbols.draft)),
        "title": ga["Title"].str.replace(TITLE_SUFFIX, "", regex=True).str.strip(),
        "meeting": pd.NA, "kind": "resolution",
        "yes": ga["YES COUNT"].map(count), "no": ga["NO COUNT"].map(count),
        "abstain": ga["ABSENT COUNT"].map(count), "non_voting": ga["NO-VOTE COUNT"].map(count),
    })
    rc["session"] = sessions(rc["symbol"], rc["date"])
    return SourceTable("undl_scrape", path, rc, votes.drop(columns="row"), rows_read=len(wide), rejected=rejected,
                       notes=notes)

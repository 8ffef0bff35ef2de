"""Reader for the UN Digital Library's official bulk 'General Assembly Voting Data' CSV (record 4060887).

Long format, one row per Member State per resolution. Two layouts are known:
  2024:       undl_id, ms_codes, ms_names, ms_votes (Y/N/A/NV), resolutions, ..., date, yes, no, abstentions,
              non-voting, total-voting, undl_link
  2025/2026:  undl_id, ms_code, ms_name, ms_vote (Y/N/A/X), date, session, resolution, ..., [vote_note],
              total_yes, total_no, total_abstentions, total_non_voting, total_ms, undl_link
`unga update` downloads it (sources/fetch); unga reads the three releases in RELEASES and refuses any other
(a column of none of them, or one the reader needs missing).
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from unga import countries, symbols
from unga.errors import SourceError
from unga.sources.base import SourceTable, count, require_file, sessions
from unga.sources.names import resolve_names

LAYOUTS = {
    "2024": {"code": "ms_codes", "name": "ms_names", "vote": "ms_votes", "symbol": "resolutions",
             "agenda": "agenda_titles", "yes": "yes", "no": "no", "abstain": "abstentions", "non_voting": "non-voting"},
    "2025": {"code": "ms_code", "name": "ms_name", "vote": "ms_vote", "symbol": "resolution",
             "agenda": "agenda_title", "yes": "total_yes", "no": "total_no", "abstain": "total_abstentions",
             "non_voting": "total_non_voting"},
}
# The header of each release read so far. A file may lack a column the reader does not use (a trimmed copy), but
# a column of no known release means a new release and is refused by name: a new column may change what the
# others mean (vote_note did, in 2026)
RELEASES = {
    "2024": ("undl_id,ms_codes,ms_names,ms_votes,resolutions,title,modality,draft,committee_report,meeting,"
             "agenda_titles,subjects,date,yes,no,abstentions,non-voting,total-voting,undl_link"),
    "2025": ("undl_id,ms_code,ms_name,ms_vote,date,session,resolution,draft,committee_report,meeting,title,"
             "agenda_title,subjects,total_yes,total_no,total_abstentions,total_non_voting,total_ms,undl_link"),
    "2026": ("undl_id,ms_code,ms_name,ms_vote,date,session,resolution,draft,committee_report,meeting,title,"
             "agenda_title,subjects,vote_note,total_yes,total_no,total_abstentions,total_non_voting,total_ms,undl_link"),
}
VOTES = {"Y": "yes", "N": "no", "A": "abstain", "X": "absent", "NV": "absent"}


def _required(release_name: str) -> list[str]:
    layout = LAYOUTS["2024" if release_name == "2024" else "2025"]
    return ["undl_id", "date", *(layout[k] for k in ("code", "name", "vote", "symbol", "yes", "no", "abstain",
                                                     "non_voting"))]


def release(columns: list[str], path: object) -> str:
    """The release whose header holds these columns (the exact header first, then the newest that fits); else a
    SourceError naming the column that differs from the closest release."""
    given = [c.strip() for c in columns]
    fits = [name for name, header in RELEASES.items()
            if set(given) <= set(header.split(",")) and set(_required(name)) <= set(given)]
    exact = [name for name in fits if set(given) == set(RELEASES[name].split(","))]
    if exact or fits:
        return (exact or fits)[-1]
    name, header = max(RELEASES.items(), key=lambda r: (len(set(given) & set(r[1].split(","))), r[0]))
    extra = [c for c in given if c not in header.split(",")]
    missing = [c for c in _required(name) if c not in given]
    what = f"unknown column {extra[0]!r}" if extra else f"column {missing[0]!r} is missing"
    raise SourceError(path, f"not a UN Digital Library voting CSV of a known release: {what}",
                      fix=f"unga reads the releases of {', '.join(RELEASES)}; the closest, {name}, has the columns "
                          f"{header.replace(',', ', ')}; see docs/data.md")


def header(path: Path) -> list[str]:
    """The columns of the file's first line (without reading the rest: the file is ~360 MB)."""
    import csv

    try:
        with open(path, encoding="utf-8-sig", newline="") as handle:
            return next(csv.reader([handle.readline()]), [])
    except (OSError, UnicodeDecodeError) as exc:
        raise SourceError(path, f"cannot read the header ({exc})", fix="download the file again") from exc


def check_layout(path: Path) -> str:
    """The release of a bulk CSV, from its header alone; SourceError for an unknown one."""
    return release(header(path), path)


def _layout(columns: list[str], path: Path) -> dict[str, str]:
    return LAYOUTS["2024" if release(columns, path) == "2024" else "2025"]


def parse(path: Path) -> SourceTable:
    path = Path(path)
    require_file(path, "UN Digital Library voting CSV")
    try:
        raw = pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8-sig")
    except (UnicodeDecodeError, pd.errors.ParserError, pd.errors.EmptyDataError) as exc:
        raise SourceError(path, f"cannot read ({exc})", fix="the file is truncated or corrupt; download it again") from exc
    layout = _layout(list(raw.columns), path)
    raw.index = pd.RangeIndex(2, len(raw) + 2)
    days = pd.to_datetime(raw["date"], errors="coerce")
    if days.isna().any():
        row = int(days.index[days.isna()][0])
        raise SourceError(path, f"unreadable date {raw.loc[row, 'date']!r}", row=row, fix="expected YYYY-MM-DD")
    letters = raw[layout["vote"]].str.strip().str.upper()
    rejected = [(f"row {i}", "no vote value (not a member at the time)") for i in raw.index[letters == ""]]
    unknown = (letters != "") & ~letters.isin(list(VOTES))
    if unknown.any():
        row = int(unknown.idxmax())
        raise SourceError(path, f"vote {raw.loc[row, layout['vote']]!r} is not Y/N/A/X/NV", row=row)
    keep = letters != ""
    rows = raw[keep]
    iso3 = rows[layout["code"]].map(lambda c: countries.lookup(c) if c else None)
    by_name = iso3.isna()
    if by_name.any():
        iso3[by_name] = resolve_names(rows.loc[by_name, layout["name"]], days[keep][by_name], path,
                                      pd.Series(rows.index[by_name], index=rows.index[by_name]))
    votes = pd.DataFrame({"key": rows["undl_id"], "iso3": iso3, "vote": letters[keep].map(VOTES)})

    first = raw.drop_duplicates("undl_id")
    rc = pd.DataFrame({
        "key": first["undl_id"], "date": days[first.index], "source_symbol": first[layout["symbol"]],
        "symbol": first[layout["symbol"]].map(symbols.parse), "title": first.get("title"),
        "agenda_item": first.get(layout["agenda"]), "subjects": first.get("subjects"),
        "meeting": first.get("meeting"), "kind": "resolution",
        **{k: first[layout[k]].map(count) for k in ("yes", "no", "abstain", "non_voting")},
    })
    rc["session"] = sessions(rc["symbol"], rc["date"])
    return SourceTable("undl_bulk", path, rc, votes, rows_read=len(raw), rejected=rejected)

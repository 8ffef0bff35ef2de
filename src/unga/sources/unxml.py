"""Reader for the UN's machine-readable General Assembly resolutions (DGACM data extracts, JSON Lines).

A state is yes/no/abstain by list membership; members in no list did not vote (absences are filled in by the
store from membership). Resolutions adopted without a vote are rejected with that reason.
"""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd

from unga import symbols
from unga.errors import SourceError
from unga.sources.base import SourceTable, count, require_file
from unga.sources.names import resolve_names

LISTS = {"MS_in_favour": "yes", "MS_against": "no", "MS_abstaining": "abstain"}
COUNTS = {"MS_in_favour_count": "yes", "MS_against_count": "no", "MS_abstaining_count": "abstain"}


def _date(text: str, path: Path, line: int) -> pd.Timestamp:
    text = str(text).replace("\u00a0", " ").strip()
    for fmt in ("%d %B %Y", "%Y-%m-%d %H:%M:%S", "%Y-%m-%d"):
        try:
            return pd.to_datetime(text, format=fmt)
        except ValueError:
            continue
    raise SourceError(path, f"unreadable adoption_date {text!r}", row=line, fix="expected '2 March 2022' or ISO")


def json_lines(path: Path) -> list[tuple[int, dict]]:
    """(line number, object) for every non-empty line of a JSON-lines file; one clear error for a line that is
    not a JSON object (shared with the layout check of `unga update`)."""
    try:
        text = Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise SourceError(path, f"not UTF-8 text ({exc})", fix="the file is corrupt; copy it again") from exc
    out = []
    for line_no, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            raise SourceError(path, f"invalid JSON ({exc.msg})", row=line_no,
                              fix="expected one JSON object per line (UNxml data_extract); copy the file again") from exc
        if not isinstance(record, dict):
            raise SourceError(path, "not a JSON object", row=line_no, fix="expected one JSON object per line")
        out.append((line_no, record))
    return out


def _records(path: Path) -> list[tuple[int, dict]]:
    require_file(path, "UN resolutions extract")
    records = json_lines(path)
    for line_no, record in records:
        if "symbol" not in record:
            raise SourceError(path, "a line without a 'symbol' field", row=line_no)
    return records


def _is_recorded(record: dict) -> bool:
    return "recorded vote" in str(record.get("adoption_type", "")).lower() or any(record.get(k) for k in LISTS)


def _title(title: str | None, key: str, notes: list) -> str | None:
    """The title without the footnote the source may append after a tab (A/RES/ES-10/24's), noted."""
    if not title or "\t" not in title:
        return title
    plain = title.split("\t")[0].strip()
    notes.append((key, "footnote removed from title", plain, title, "the source appends a footnote to the title after a "
                  "tab; the title ends at the tab"))
    return plain


def parse(path: Path) -> SourceTable:
    path = Path(path)
    records = _records(path)
    file_session = int(path.stem) if path.stem.isdigit() else None
    rejected, rolls, votes, notes = [], [], [], []
    seen: dict[str, int] = {}
    for line_no, r in records:
        if not _is_recorded(r):
            rejected.append((f"line {line_no}", "adopted without a vote"))
            continue
        day = _date(r.get("adoption_date", ""), path, line_no)
        symbol = symbols.parse(r["symbol"])
        key = r["symbol"] if r["symbol"] not in seen else f"{r['symbol']}#{seen[r['symbol']] + 1}"
        seen[r["symbol"]] = seen.get(r["symbol"], 0) + 1
        subjects = "; ".join(s[0] if isinstance(s, list) else str(s) for s in r.get("subjects") or [])
        row = {"key": key, "date": day, "symbol": symbol, "source_symbol": r["symbol"],
               "draft": symbols.draft(r.get("originating_document")),
               "title": _title(r.get("title"), key, notes), "agenda_item": " ".join(filter(None, [r.get("agenda_item"), r.get("agenda_item_name")])),
               "subjects": subjects or None, "meeting": r.get("pv"), "kind": "resolution",
               "session": file_session or symbols.regular_session(day.date())}
        for field, name in COUNTS.items():
            row[name] = count(r.get(field)) or 0
        rolls.append(row)
        for field, vote in LISTS.items():
            for name in r.get(field) or []:
                votes.append((key, name, vote, day, line_no))
        listed = [len(r.get(field) or []) for field in LISTS]
        distinct = [len(set(r.get(field) or [])) for field in LISTS]
        if listed != distinct:
            notes.append((key, "states listed more than once", "/".join(map(str, listed)),
                          "/".join(map(str, distinct)), "each state is counted once"))
    v = pd.DataFrame(votes, columns=["key", "name", "vote", "day", "line"])
    v["iso3"] = resolve_names(v["name"], v["day"], path, v["line"]) if len(v) else []
    v = v.drop_duplicates(["key", "iso3", "vote"])  # doubled lists: noted above
    conflict = v.duplicated(["key", "iso3"], keep=False)
    for (key, iso3), group in v[conflict].groupby(["key", "iso3"]):
        notes.append((key, "state in more than one list", "/".join(group["vote"]), "dropped", f"{iso3} has no vote here"))
    v = v[~conflict]
    return SourceTable("unxml", path, pd.DataFrame(rolls), v, rows_read=len(records), rejected=rejected, notes=notes)


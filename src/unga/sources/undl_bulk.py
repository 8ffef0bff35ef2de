"""Reader for the UN Digital Library's official bulk 'General Assembly Voting Data' CSV (record 4060887).

Long format, one row per Member State per resolution. Two layouts are known:
  2024:       undl_id, ms_codes, ms_names, ms_votes (Y/N/A/NV), resolutions, ..., date, yes, no, abstentions,
              non-voting, total-voting, undl_link
  2025/2026:  undl_id, ms_code, ms_name, ms_vote (Y/N/A/X), date, session, resolution, ..., [vote_note],
              total_yes, total_no, total_abstentions, total_non_voting, total_ms, undl_link
Users download it themselves (docs/data.md says where); unga reads either layout.
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
VOTES = {"Y": "yes", "N": "no", "A": "abstain", "X": "absent", "NV": "absent"}


def _layout(columns: list[str], path: Path) -> dict[str, str]:
    for layout in LAYOUTS.values():
        needed = [layout[k] for k in ("code", "name", "vote", "symbol", "yes", "no", "abstain", "non_voting")]
        if all(c in columns for c in [*needed, "undl_id", "date"]):
            return layout
    raise SourceError(path, f"not a UN Digital Library voting CSV: columns {columns[:8]}",
                      fix="expected the 2024 (ms_codes/ms_names/ms_votes) or 2025+ (ms_code/ms_name/ms_vote) header")


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

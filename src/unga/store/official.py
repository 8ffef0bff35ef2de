"""Recorded votes the sources lack, known from the UN's own releases (src/unga/data/official_recorded_votes.csv).

One row per roll call: symbol (may be empty when the release names only the draft), draft, date, meeting, title,
the announced counts (yes, no, abstain), the states the release names (in_favour, against, abstaining: ISO3
codes separated by ';'), complete (which of the lists name every state of that vote: 'yes', 'no', 'abstain',
separated by ';', or empty), release, url and a note. Facts only, each with its UN URL.

The build stores these rows in their own table, `official_recorded_votes`, never in roll_calls: agreement, ideal
points, audits and forecasts read roll calls with full lists only. A row whose vote a source brings as a real roll
call (same symbol, or same draft) is kept as a cross-check with that roll call's rcid: the source's roll call is the
answer, and a count or named state that differs is logged in `integrity`.
"""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path

import pandas as pd

from unga import countries, symbols
from unga.errors import SourceError
from unga.sources.base import require_columns
from unga.store.schema import INTEGRITY_COLUMNS
from unga.types import OFFICIAL_LISTS

PATH = Path(str(files("unga") / "data" / "official_recorded_votes.csv"))
COLUMNS = ("symbol", "draft", "date", "meeting", "title", "yes", "no", "abstain", "in_favour", "against",
           "abstaining", "complete", "release", "url", "note")
LISTS = OFFICIAL_LISTS
# www.ungeneva.org is the UN Office at Geneva's site; it carries UN News stories (the June 2025 ES-10 vote);
# legal.un.org is the Office of Legal Affairs' (its Audiovisual Library's notes on the conventions the Assembly adopted)
UN_HOSTS = ("https://press.un.org/", "https://news.un.org/", "https://www.un.org/", "https://digitallibrary.un.org/",
            "https://documents.un.org/", "https://www.ungeneva.org/", "https://legal.un.org/")
TABLE_COLUMNS = (*COLUMNS, "rcid")
CHECK = "official release differs from the source's roll call"


def read(path: Path = PATH) -> pd.DataFrame:
    """The file's rows, checked: a bad row is a SourceError naming the file, the row and the fix."""
    frame = pd.read_csv(path, dtype=str, keep_default_na=False)
    require_columns(frame, COLUMNS, path, fix=f"the header is {','.join(COLUMNS)}")
    known = {s.iso3 for s in countries.states()}
    rows = [_row(path, i + 2, dict(r), known) for i, r in enumerate(frame[list(COLUMNS)].to_dict("records"))]
    out = pd.DataFrame(rows, columns=list(COLUMNS))
    keys = out["symbol"].where(out["symbol"] != "", out["draft"])
    if keys.duplicated().any():
        row = int(keys.duplicated().to_numpy().argmax()) + 2
        raise SourceError(path, f"{keys[row - 2]} appears twice", row=row, fix="keep one row per roll call")
    return out.astype({c: "int64" for c in LISTS})


def _row(path: Path, row: int, r: dict, known: set[str]) -> dict:
    r = {k: str(v).strip() for k, v in r.items()}
    if r["symbol"] and not symbols.parse(r["symbol"]):
        raise SourceError(path, f"symbol {r['symbol']!r} is not a resolution symbol", row=row,
                          fix="write it as A/RES/ES-10/23, or leave it empty and give the draft")
    r["symbol"] = symbols.parse(r["symbol"]) if r["symbol"] else ""
    r["draft"] = symbols.draft(r["draft"]) or r["draft"].upper() if r["draft"] else ""
    if not r["symbol"] and not r["draft"]:
        raise SourceError(path, "no symbol and no draft", row=row, fix="give the resolution symbol or the draft symbol")
    if pd.isna(pd.to_datetime(r["date"], format="%Y-%m-%d", errors="coerce")):
        raise SourceError(path, f"date {r['date']!r} is not a date", row=row, fix="write it as YYYY-MM-DD")
    for vote, column in LISTS.items():
        if not r[vote].isdigit():
            raise SourceError(path, f"{vote} count {r[vote]!r} is not a whole number", row=row,
                              fix="give the announced counts")
        names = [c.strip().upper() for c in r[column].split(";") if c.strip()]
        unknown = [c for c in names if c not in known]
        if unknown:
            raise SourceError(path, f"{column} names unknown ISO3 codes {unknown}", row=row,
                              fix="use the codes of src/unga/data/states.csv, separated by ';'")
        if len(names) > int(r[vote]) or len(set(names)) < len(names):
            raise SourceError(path, f"{column} names {len(names)} states (some twice?) for a count of {r[vote]}",
                              row=row, fix="name each state once, no more than the count")
        r[column] = ";".join(names)
    complete = [c.strip() for c in r["complete"].split(";") if c.strip()]
    bad = [c for c in complete if c not in LISTS or len(r[LISTS[c]].split(";") if r[LISTS[c]] else []) != int(r[c])]
    if bad:
        raise SourceError(path, f"complete names {bad}, but those lists do not hold as many states as the count",
                          row=row, fix="mark complete only the lists that name every state of the vote")
    r["complete"] = ";".join(complete)
    if not r["url"].startswith(UN_HOSTS):
        raise SourceError(path, f"url {r['url']!r} is not a UN page", row=row,
                          fix="give the press release or document on press.un.org, news.un.org, un.org, "
                              "digitallibrary.un.org, documents.un.org, ungeneva.org or legal.un.org")
    return r


def table(official: pd.DataFrame, roll_calls: pd.DataFrame, votes: pd.DataFrame) -> tuple[pd.DataFrame, pd.DataFrame]:
    """(the table to store, integrity rows): each row with the rcid of the source roll call that holds its vote (or
    none), and for those a row per count or named state where the release and the source differ."""
    final = roll_calls[roll_calls["kind"] == "resolution"] if "kind" in roll_calls else roll_calls
    by_symbol = final.dropna(subset=["symbol"]).drop_duplicates("symbol", keep="last").set_index("symbol")["rcid"]
    by_draft = final.dropna(subset=["draft"]).drop_duplicates("draft", keep="last").set_index("draft")["rcid"]
    rcid = official["symbol"].map(by_symbol).fillna(official["draft"].map(by_draft))
    stored = official.assign(rcid=pd.array(rcid, dtype="Int64"))
    stored[["symbol", "draft"]] = stored[["symbol", "draft"]].mask(stored[["symbol", "draft"]] == "")
    checks = [_differences(row, roll_calls, votes) for row in stored[stored["rcid"].notna()].to_dict("records")]
    integrity = pd.DataFrame([c for group in checks for c in group], columns=list(INTEGRITY_COLUMNS))
    return stored[list(TABLE_COLUMNS)], integrity


def _differences(row: dict, roll_calls: pd.DataFrame, votes: pd.DataFrame) -> list[dict]:
    rc = roll_calls.set_index("rcid").loc[row["rcid"]]
    theirs = votes[votes["rcid"] == row["rcid"]].set_index("iso3")["vote"].astype(str)
    base = {"rcid": row["rcid"], "check": CHECK, "other_source": f"{row['release']} ({row['url']})",
            "rule": "the source's roll call is kept; the release is a cross-check"}
    out = []
    for vote in LISTS:
        published = rc.get(f"pub_{vote}")
        mine = rc[vote] if published is None or pd.isna(published) else published
        if int(mine) != int(row[vote]):
            out.append({**base, "iso3": None, "value": f"{vote} {int(mine)}", "source": rc["sources"],
                        "other_value": f"{vote} {row[vote]}"})
        for iso3 in filter(None, row[LISTS[vote]].split(";")):
            if theirs.get(iso3) != vote:
                out.append({**base, "iso3": iso3, "value": str(theirs.get(iso3, "not listed")),
                            "source": rc["sources"], "other_value": vote})
    return out

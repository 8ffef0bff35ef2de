"""unga's own data files applied to the merged record (sources/corrections.py reads them): official dates, official
tallies and corrected votes. Each change is an integrity row with the file's evidence, never a silent fix. The kinds
official texts give (official_kinds.csv) are store/kinds.py's; the symbols official_resolutions.csv settles are
store/checks.py's.
"""

from __future__ import annotations

import pandas as pd

from unga.store.checks import counts_text
from unga.store.schema import INTEGRITY_COLUMNS, integrity_rows


def official_dates(roll_calls: pd.DataFrame, official: pd.DataFrame | None,
                   final: set[int]) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Official dates (sources/corrections.py) replace the stored date of their resolutions' adoption votes (the
    roll calls a final-vote source records; amendment votes under the same symbol keep theirs), logged with the
    evidence."""
    if official is None or official.empty:
        return roll_calls, integrity_rows({})
    official = official.rename(columns={"date": "official_date"})
    by_symbol, by_rcid = _split_keys(official)
    found = roll_calls.reset_index().merge(by_symbol.drop(columns="rcid"), on="symbol")
    found = found[found["rcid"].isin(final)]
    # a row naming rcid:N dates that one roll call, whatever its kind
    found = pd.concat([found, roll_calls.reset_index().merge(by_rcid.drop(columns="symbol"), on="rcid")])
    found = found[found["date"] != found["official_date"]]
    if found.empty:
        return roll_calls, integrity_rows({})
    roll_calls = roll_calls.copy()
    roll_calls.loc[found["index"], "date"] = found["official_date"].to_numpy()
    roll_calls["year"] = roll_calls["date"].dt.year
    log = integrity_rows({"rcid": found["rcid"], "check": "date replaced by the official date",
                      "value": found["official_date"].dt.strftime("%Y-%m-%d"), "source": "official",
                      "other_value": found["date"].dt.strftime("%Y-%m-%d"),
                      "other_source": found["sources"].str.split(",").str[0], "rule": found["evidence"]})
    return roll_calls, log


def _split_keys(frame: pd.DataFrame) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Rows of a data file keyed by a resolution symbol, and rows keyed by rcid:N (sources/corrections.py)."""
    if "rcid" not in frame:
        frame = frame.assign(rcid=pd.Series(pd.NA, index=frame.index, dtype="Int64"))
    by_rcid = frame["rcid"].notna()
    return frame[~by_rcid], frame[by_rcid].astype({"rcid": "int64"})


def _match(roll_calls: pd.DataFrame, rows: pd.DataFrame) -> pd.DataFrame:
    """The roll calls a data file's rows name: by symbol and date, or by rcid and date (never a missing symbol
    matched to a missing symbol)."""
    by_symbol, by_rcid = _split_keys(rows)
    return pd.concat([roll_calls.merge(by_symbol.drop(columns="rcid"), on=["symbol", "date"]),
                      roll_calls.merge(by_rcid.drop(columns="symbol"), on=["rcid", "date"])], ignore_index=True)


def official_counts(roll_calls: pd.DataFrame, official: pd.DataFrame | None) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Official tallies (sources/corrections.py) become the published counts of their roll calls, logged."""
    if official is None or official.empty:
        return roll_calls, integrity_rows({})
    official = official.rename(columns={c: c + "_official" for c in ("yes", "no", "abstain")})
    found = _match(roll_calls.reset_index(), official)
    if found.empty:
        return roll_calls, integrity_rows({})
    before = counts_text(found[["pub_yes", "pub_no", "pub_abstain"]].set_axis(["yes", "no", "abstain"], axis=1))
    after = counts_text(found[["yes_official", "no_official", "abstain_official"]].set_axis(["yes", "no", "abstain"], axis=1))
    roll_calls = roll_calls.copy()
    for field in ("yes", "no", "abstain"):
        roll_calls.loc[found["index"], "pub_" + field] = found[field + "_official"].to_numpy()
    roll_calls.loc[found["index"], ["pub_non_voting", "counts_source"]] = [pd.NA, "official"]
    log = integrity_rows({"rcid": found["rcid"], "check": "published counts replaced by the official tally",
                      "value": after, "source": "official", "other_value": before,
                      "other_source": found["counts_source"], "rule": found["evidence"]})
    return roll_calls, log


def correct(votes: pd.DataFrame, roll_calls: pd.DataFrame, corrections: pd.DataFrame) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Apply unga's documented corrections (sources/corrections.py), logging each with its evidence."""
    # A correction whose roll call no source covers (a partial --sources folder) has nothing to correct.
    found = _match(roll_calls[["rcid", "symbol", "date"]], corrections)
    votes = votes.copy()
    for category, extra in (("vote", "abstain"), ("source", "correction")):
        if extra not in votes[category].cat.categories:
            votes[category] = votes[category].cat.add_categories([extra])
    rows = []
    for c in found.itertuples():
        at = (votes["rcid"] == c.rcid) & (votes["iso3"] == c.iso3)
        before = votes.loc[at, "vote"].astype(str).tolist()
        votes.loc[at, ["vote", "source"]] = [c.vote, "correction"]
        rows.append((int(c.rcid), c.iso3, "vote corrected by unga", c.vote, "correction",
                     before[0] if before else "no row", "stored votes", c.evidence))
    return votes, pd.DataFrame(rows, columns=list(INTEGRITY_COLUMNS))

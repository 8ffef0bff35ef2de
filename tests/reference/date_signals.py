"""Count the signals of a doubtful date among Voeten's non-final votes of 1946-1990 (docs/data.md, "Auditing
the record": dates of the separate votes).

Run on demand against the store of $UNGA_HOME (build it first with `unga build`):

    python tests/reference/date_signals.py           # counts, as stored and as the sources dated them
    python tests/reference/date_signals.py --list    # also the roll calls behind each count

The family: roll calls of 1946-1990 that no final-vote source (the UN's lists, the Digital Library) records —
Voeten's paragraph, amendment, motion and separate votes, and his roll calls without a symbol. Signals:
  weekend          dated on a Saturday or a Sunday (the Assembly met on some Saturdays until the 1960s, hardly
                   ever on a Sunday);
  before/after     dated before the first or after the last day a final-vote source dates a vote of the same
                   session (the plenary's span as the UN's sources show it; the meetings themselves are not in
                   the record);
  off adoption     its text (the stored symbol, or Voeten's own spelling) has one adoption vote a final-vote
                   source dates on another day, or a lettered text all of whose adopted parts it dates on one other
                   day (src/unga/store/dates.py: the rule that repairs them);
  symbol days      a symbol whose roll calls fall on several days;
  subject days     one session's votes on one subject (Voeten's title before the dash) spread over several days
                   (a proxy for an agenda item: before 1991 the record has no agenda items);
  admission        flagged as votes before a state's admission (as stored in both columns: the flag is the
                   record's, computed on its dates).
"As the sources" undoes the record's own date repairs (integrity `date repaired`, `date replaced by the
official date`) to show what each repair removed.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import duckdb
import pandas as pd

from unga.store import dates
from unga.store.link import BY_RCID as VOETEN  # the sources keyed by Voeten's rcid

REDATED = ("date repaired", "date replaced by the official date")


def load(con) -> tuple[pd.DataFrame, pd.DataFrame]:
    rc = con.sql("SELECT * FROM roll_calls").df()
    links = con.sql("SELECT rcid, source FROM links").df()
    integrity = con.sql('SELECT * FROM integrity').df()
    rc["date"] = pd.to_datetime(rc["date"])
    rc["final"] = rc["rcid"].isin(set(links.loc[~links["source"].isin(VOETEN), "rcid"]))
    key = rc.set_index("rcid")["symbol"].copy()
    for check, column, side in (("symbol differs between sources", "other_value", "other_source"),
                                ("symbol outside its session's range", "value", "source")):
        rows = integrity[(integrity["check"] == check) & integrity[side].isin(VOETEN)].drop_duplicates("rcid")
        key.loc[rows["rcid"].to_numpy()] = rows[column].to_numpy()
    rc["key"] = rc["rcid"].map(key)
    return rc, integrity


def as_the_sources(rc: pd.DataFrame, integrity: pd.DataFrame) -> pd.DataFrame:
    undone = integrity[integrity["check"].isin(REDATED)].drop_duplicates("rcid").set_index("rcid")["other_value"]
    old = rc["rcid"].map(undone)
    return rc.assign(date=pd.to_datetime(old).where(old.notna(), rc["date"]))


def signals(rc: pd.DataFrame, integrity: pd.DataFrame) -> dict[str, pd.DataFrame]:
    old = rc[rc["date"].dt.year.between(1946, 1990)]
    family = old[~old["final"] & (old["kind"].isin(["paragraph", "amendment", "motion", "separate"])
                                  | old["symbol"].isna())]
    span = rc[rc["final"]].groupby("session")["date"].agg(first="min", last="max")
    spanned = family.join(span, on="session")
    adoption = dates._adoption_votes(rc, rc.set_index("rcid")["key"], set(rc.loc[rc["final"], "rcid"]))
    keyed = family.merge(adoption.rename(columns={"adoption_date": "adopted"}), on="key")
    multi = old[old["symbol"].notna()].groupby("symbol")["date"].nunique()
    subject = family.assign(subject=family["title"].str.split(" — ").str[0].str.strip())
    spread = subject.groupby(["session", "subject"])["date"].transform("nunique")
    admitted = set(integrity.loc[integrity["check"] == "votes before a state's admission", "rcid"])
    day = family["date"].dt.day_of_week
    return {"family": family, "saturday": family[day == 5], "sunday": family[day == 6],
            "before first": spanned[spanned["date"] < spanned["first"]],
            "after last": spanned[spanned["date"] > spanned["last"]],
            "with one adoption vote": keyed, "off adoption": keyed[keyed["date"] != keyed["adopted"]],
            "symbol days": old[old["symbol"].isin(multi[multi > 1].index)],
            "subject days": subject[spread > 1], "admission": family[family["rcid"].isin(admitted)]}


def main(argv: list[str]) -> int:
    home = Path(os.environ.get("UNGA_HOME", Path.home() / ".unga"))
    con = duckdb.connect(str(home / "unga.duckdb"), read_only=True)
    rc, integrity = load(con)
    stored, sourced = signals(rc, integrity), signals(as_the_sources(rc, integrity), integrity)
    print(f"{'signal':<24}{'as the sources':>16}{'as stored':>12}")
    for name in stored:
        print(f"{name:<24}{len(sourced[name]):>16}{len(stored[name]):>12}")
    if "--list" in argv:
        for name, frame in stored.items():
            if name != "family":
                print(f"\n{name}:\n" + frame[["rcid", "date", "symbol", "kind"]].to_string(index=False))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

"""Checks a build makes before it replaces the store: source files that repeat each other, and a new store that
would hold less than the previous one (docs/data.md, "Builds")."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import duckdb
import pandas as pd

from unga.errors import SourceError, StoreWouldShrink
from unga.sources.base import SourceTable
from unga.store.schema import INTEGRITY_COLUMNS

# A source may lose, in any one session, FLOOR of the rows it stored or SHARE of them, whichever is more: an
# upstream correction that withdraws a vote or two passes; a missing, emptied or cut file does not. Rows are
# counted once per source id, so a change of reconciliation that merges duplicate roll calls loses none.
FLOOR, SHARE = 2, 0.05
# The votes cast per roll call in a session (absences inferred from membership not counted) may fall by SHARE:
# this catches vote lists emptied or cut while their roll calls remain, and is not moved by merging duplicates.
SHOWN = 3  # losses named in the one-line error; the rest are counted


@dataclass(frozen=True)
class Loss:
    what: str        # "roll calls" or "votes cast per roll call"
    session: int
    source: str      # the reader, or "" for votes of all sources
    before: float
    after: float
    files: str = ""  # the previous store's files that lost roll calls, with their counts

    def beyond_tolerance(self) -> bool:
        floor = FLOOR if self.what == "roll calls" else 0
        return self.before - self.after > max(floor, SHARE * self.before)

    def __str__(self) -> str:
        where = f"session {self.session}" if self.session >= 0 else "no session"
        what = f"{self.source} {self.what}" if self.source else self.what
        number = "{:,.0f}" if self.what == "roll calls" else "{:,.1f}"
        return (f"{where}: {number.format(self.before)} → {number.format(self.after)} {what}"
                + (f" ({self.files})" if self.files else ""))


def refuse_overlaps(tables: list[SourceTable]) -> None:
    """Two files of one source that hold the same roll calls (a copy under another name, two vintages of one
    download): unga cannot tell which is right, and stacking both would double their votes."""
    keys = pd.concat([pd.DataFrame({"source": t.source, "file": str(t.path),
                                    "key": t.roll_calls["key"].str.replace(r"#\d+$", "", regex=True)})
                      for t in tables if len(t.roll_calls)] or [pd.DataFrame(columns=["source", "file", "key"])])
    keys = keys.drop_duplicates()
    shared = keys[keys.duplicated(["source", "key"], keep=False)]
    if shared.empty:
        return
    source, key = shared[["source", "key"]].iloc[0]
    pair = sorted(shared[(shared["source"] == source) & (shared["key"] == key)]["file"],
                  key=lambda f: (len(Path(f).name), Path(f).name))[:2]  # the shorter name first, as in check_files
    a, b = (set(keys[(keys["source"] == source) & (keys["file"] == f)]["key"]) for f in pair)
    common = sorted(a & b)
    plural = "s" * (len(common) != 1)
    raise SourceError(pair[1], f"holds {len(common)} roll call{plural} that {Path(pair[0]).name} also holds "
                      f"(e.g. {common[0]}): two files of one source must not overlap",
                      fix=f"remove one of {Path(pair[0]).name} and {Path(pair[1]).name}")


def _new_coverage(roll_calls: pd.DataFrame, votes: pd.DataFrame,
                  links: pd.DataFrame) -> tuple[pd.DataFrame, pd.DataFrame]:
    session = roll_calls.set_index("rcid")["session"]
    file_key = links["key"].str.replace(r"#\d+$", "", regex=True).str.split("::", n=1)
    rows = pd.DataFrame({"source": links["source"], "session": links["rcid"].map(session).fillna(-1).astype("int64"),
                         "file": file_key.str[0], "key": file_key.str[1]}).drop_duplicates()
    per_file = rows.groupby(["source", "session", "file"]).size().rename("n").reset_index()
    cast = votes["rcid"][votes["source"] != "membership"].map(session).fillna(-1).astype("int64").value_counts()
    per_session = pd.DataFrame({"n": cast, "roll_calls": session.fillna(-1).astype("int64").value_counts()})
    return per_file, per_session.fillna(0).rename_axis("session").reset_index()


def _old_coverage(path: Path) -> tuple[pd.DataFrame, pd.DataFrame, dict[str, str]] | None:
    """The previous store's source rows per source, session and file, and its votes per session."""
    # attached to an in-memory database: connect(path) could return DuckDB's cached instance of a file that a
    # build has replaced since, while a reader of this process keeps it open
    con = duckdb.connect(":memory:")
    try:
        con.execute("ATTACH ? AS previous (READ_ONLY)", [str(path)])
        con.execute("USE previous")
    except duckdb.Error:
        con.close()
        return None  # not a store unga can read: nothing to compare with
    try:
        per_file = con.execute(
            "SELECT l.source, coalesce(r.session, -1) AS session, split_part(l.key, '::', 1) AS file, "
            "count(DISTINCT regexp_replace(l.key, '#[0-9]+$', '')) AS n "
            "FROM links l JOIN roll_calls r USING (rcid) GROUP BY ALL").df()
        per_session = con.execute(
            "SELECT coalesce(r.session, -1) AS session, count(*) FILTER (WHERE v.source <> 'membership') AS n, "
            "count(DISTINCT rcid) AS roll_calls FROM votes v JOIN roll_calls r USING (rcid) GROUP BY ALL").df()
        files = con.execute("SELECT file FROM provenance").fetchall()
    except duckdb.Error:
        return None  # a store of an older layout
    finally:
        con.close()
    where = {Path(f).name: f"{Path(f).parent.name}/{Path(f).name}" for (f,) in files}
    return per_file, per_session, where


def losses(previous: Path, roll_calls: pd.DataFrame, votes: pd.DataFrame, links: pd.DataFrame) -> list[Loss]:
    """Every (source, session) with fewer source rows, and every session with fewer votes cast per roll call,
    than in the previous store; a roll-call loss names the previous store's files that lost rows."""
    old = _old_coverage(previous) if Path(previous).exists() else None
    if old is None:
        return []
    old_file, old_session, where = old
    new_file, new_session = _new_coverage(roll_calls, votes, links)
    files = old_file.merge(new_file, on=["source", "session", "file"], how="left", suffixes=("", "_new"))
    files = files.fillna({"n_new": 0})
    found = []
    for (source, session), group in files.groupby(["source", "session"]):
        after = int(new_file[(new_file["source"] == source) & (new_file["session"] == session)]["n"].sum())
        if after < group["n"].sum():
            shrunk = ", ".join(f"{where.get(r.file, r.file)}: {int(r.n)} → {int(r.n_new)}"
                               for r in group[group["n_new"] < group["n"]].itertuples())
            found.append(Loss("roll calls", int(session), source, int(group["n"].sum()), after, shrunk))
    both = old_session.merge(new_session, on="session", suffixes=("", "_new"))  # a session gone is a roll-call loss
    both = both[(both["roll_calls"] > 0) & (both["roll_calls_new"] > 0)]
    for r in both.itertuples():
        before, after = r.n / r.roll_calls, r.n_new / r.roll_calls_new
        if after < before:
            found.append(Loss("votes cast per roll call", int(r.session), "", before, after))
    # the worst first: roll calls before votes, the largest share lost, then the most lost
    return sorted(found, key=lambda loss: (loss.what != "roll calls", loss.after / loss.before,
                                           loss.after - loss.before, loss.session))


def refuse_shrink(found: list[Loss]) -> None:
    """One line naming the largest losses beyond the tolerance, or nothing."""
    beyond = [loss for loss in found if loss.beyond_tolerance()]
    if not beyond:
        return
    more = f"; and {len(beyond) - SHOWN} more" if len(beyond) > SHOWN else ""
    raise StoreWouldShrink("the new store would lose what the previous one holds: "
                           + "; ".join(map(str, beyond[:SHOWN])) + more
                           + " (check the sources folder, or pass --allow-shrink to build anyway)")


def integrity_rows(found: list[Loss], allowed: bool) -> pd.DataFrame:
    """Each accepted loss as an integrity row, so that a smaller store says why it is smaller."""
    return pd.DataFrame([{
        "rcid": pd.NA, "iso3": pd.NA, "check": f"fewer {loss.what} than in the previous store",
        "value": f"session {loss.session}: {loss.after:.4g}", "source": loss.source or "all sources",
        "other_value": f"session {loss.session}: {loss.before:.4g}", "other_source": "previous store",
        "rule": ("accepted with --allow-shrink" if allowed and loss.beyond_tolerance()
                 else "within the build's tolerance"),
    } for loss in found], columns=list(INTEGRITY_COLUMNS))

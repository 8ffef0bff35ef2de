"""What changed between two stores: roll calls added, removed or renumbered, their details, tallies and votes.

Both stores are attached read-only to one in-memory DuckDB and compared in SQL. A roll call is the same in both
when it has the same rcid (Voeten's rcid, or a hash of the symbol and date for roll calls he lacks: stable across
rebuilds); a roll call whose rcid changed is paired by its symbol and date, where those are unique on both sides."""

from __future__ import annotations

from pathlib import Path

import duckdb
import pandas as pd

from unga.errors import StoreError

ROLL_CALL = "rcid, session, date, symbol, title, yes, no, abstain, absent"
DETAILS = ("symbol", "date", "session", "kind")

PAIRS = """
CREATE TEMP TABLE gone AS SELECT * FROM old.roll_calls WHERE rcid NOT IN (SELECT rcid FROM new.roll_calls);
CREATE TEMP TABLE fresh AS SELECT * FROM new.roll_calls WHERE rcid NOT IN (SELECT rcid FROM old.roll_calls);
CREATE TEMP TABLE renumbered AS
    SELECT g.rcid AS old_rcid, f.rcid AS new_rcid FROM
        (SELECT * FROM gone WHERE symbol IS NOT NULL QUALIFY count(*) OVER (PARTITION BY symbol, date) = 1) g
    JOIN (SELECT * FROM fresh WHERE symbol IS NOT NULL QUALIFY count(*) OVER (PARTITION BY symbol, date) = 1) f
    USING (symbol, date);
CREATE TEMP TABLE pairs AS
    SELECT rcid AS old_rcid, rcid AS new_rcid FROM old.roll_calls JOIN new.roll_calls USING (rcid)
    UNION ALL SELECT old_rcid, new_rcid FROM renumbered;
"""

VOTES_CHANGED = """
WITH ov AS (SELECT p.new_rcid AS rcid, v.iso3, v.vote::VARCHAR AS vote FROM old.votes v JOIN pairs p ON v.rcid = p.old_rcid),
     nv AS (SELECT v.rcid, v.iso3, v.vote::VARCHAR AS vote FROM new.votes v SEMI JOIN pairs p ON v.rcid = p.new_rcid),
     changed AS (SELECT coalesce(ov.rcid, nv.rcid) AS rcid, coalesce(ov.iso3, nv.iso3) AS iso3,
                        ov.vote AS old_vote, nv.vote AS new_vote
                 FROM ov FULL OUTER JOIN nv ON ov.rcid = nv.rcid AND ov.iso3 = nv.iso3
                 WHERE ov.vote IS DISTINCT FROM nv.vote)
SELECT c.rcid, r.session, r.date, r.symbol, c.iso3, c.old_vote, c.new_vote
FROM changed c JOIN new.roll_calls r USING (rcid) ORDER BY r.date DESC, c.rcid, c.iso3
"""

SOURCES_CHANGED = """
WITH o AS (SELECT regexp_extract(file, '[^/]+$') AS file, source, sha256, rows_read FROM old.provenance),
     n AS (SELECT regexp_extract(file, '[^/]+$') AS file, source, sha256, rows_read FROM new.provenance)
SELECT coalesce(o.file, n.file) AS file, coalesce(n.source, o.source) AS source, o.sha256 AS old_sha256,
       n.sha256 AS new_sha256, o.rows_read AS old_rows, n.rows_read AS new_rows
FROM o FULL OUTER JOIN n ON o.file = n.file AND o.source = n.source
WHERE o.sha256 IS DISTINCT FROM n.sha256 ORDER BY file
"""

TALLIES_CHANGED = """
SELECT n.rcid, n.session, n.date, n.symbol,
       concat_ws('-', o.yes, o.no, o.abstain) AS old_tally, concat_ws('-', n.yes, n.no, n.abstain) AS new_tally,
       o.absent AS old_absent, n.absent AS new_absent
FROM pairs p JOIN old.roll_calls o ON o.rcid = p.old_rcid JOIN new.roll_calls n ON n.rcid = p.new_rcid
WHERE (o.yes, o.no, o.abstain, o.absent) IS DISTINCT FROM (n.yes, n.no, n.abstain, n.absent)
ORDER BY n.date DESC, n.rcid
"""


def compare(old: Path, new: Path) -> dict[str, pd.DataFrame]:
    """Frames: sources, added, removed, renumbered, details, tallies, votes, by_session."""
    con = duckdb.connect()
    try:
        for alias, path in (("old", old), ("new", new)):
            try:
                con.execute(f"ATTACH '{_quoted(path)}' AS {alias} (READ_ONLY)")
            except duckdb.Error as exc:
                raise StoreError(f"cannot open the store {path}: {str(exc).splitlines()[0]}") from exc
        try:
            return _compare(con)
        except duckdb.CatalogException as exc:
            raise StoreError(f"{old} or {new} is not an unga store ({str(exc).splitlines()[0]})") from exc
    finally:
        con.close()


def _compare(con: duckdb.DuckDBPyConnection) -> dict[str, pd.DataFrame]:
    con.execute(PAIRS)
    frames = {
        "sources": con.execute(SOURCES_CHANGED).df(),
        "added": con.execute(f"SELECT {ROLL_CALL} FROM fresh WHERE rcid NOT IN (SELECT new_rcid FROM renumbered) "
                             "ORDER BY date DESC, rcid").df(),
        "removed": con.execute(f"SELECT {ROLL_CALL} FROM gone WHERE rcid NOT IN (SELECT old_rcid FROM renumbered) "
                               "ORDER BY date DESC, rcid").df(),
        "renumbered": con.execute("SELECT r.old_rcid, r.new_rcid, n.session, n.date, n.symbol FROM renumbered r "
                                  "JOIN new.roll_calls n ON n.rcid = r.new_rcid ORDER BY n.date DESC").df(),
        "details": _details(con),
        "tallies": con.execute(TALLIES_CHANGED).df(),
        "votes": con.execute(VOTES_CHANGED).df(),
    }
    frames["by_session"] = _by_session(frames)
    return frames


def _details(con: duckdb.DuckDBPyConnection) -> pd.DataFrame:
    parts = [f"""SELECT n.rcid, n.session, n.date AS on_date, '{field}' AS field, o.{field}::VARCHAR AS old_value,
                        n.{field}::VARCHAR AS new_value
                 FROM pairs p JOIN old.roll_calls o ON o.rcid = p.old_rcid JOIN new.roll_calls n ON n.rcid = p.new_rcid
                 WHERE o.{field} IS DISTINCT FROM n.{field}""" for field in DETAILS]
    return con.execute(" UNION ALL ".join(parts) + " ORDER BY on_date DESC, rcid, field").df()


def _by_session(frames: dict[str, pd.DataFrame]) -> pd.DataFrame:
    columns = {"added": "added", "removed": "removed", "renumbered": "renumbered", "details": "details_changed",
               "tallies": "tallies_changed", "votes": "votes_changed"}
    counts = [frames[name].groupby("session").size().rename(column) for name, column in columns.items()
              if len(frames[name])]
    if not counts:
        return pd.DataFrame(columns=["session", *columns.values()])
    table = pd.concat(counts, axis=1).reindex(columns=list(columns.values())).fillna(0).astype(int)
    return table.rename_axis("session").reset_index().sort_values("session", ascending=False, ignore_index=True)


def _quoted(path: Path) -> str:
    return str(Path(path).resolve()).replace("'", "''")

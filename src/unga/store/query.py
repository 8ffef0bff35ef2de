"""Typed read queries over a built store. The only other module that talks to DuckDB is store.build."""

from __future__ import annotations

import os
import threading
from pathlib import Path
from typing import TYPE_CHECKING

import duckdb
import numpy as np

if TYPE_CHECKING:
    import pandas as pd

from unga.errors import StoreMissing, UngaError

# One parent per store file: an in-memory DuckDB with the store attached read-only. Each thread queries through
# its own cursor of that parent (a DuckDB connection is not safe to share between threads). Attaching instead of
# connecting to the file matters when a build replaces the store: DuckDB caches one database instance per path,
# so a second connect() would return the old file's instance while any cursor on it is alive.
_LOCK = threading.Lock()
_PARENTS: dict[str, tuple[tuple, duckdb.DuckDBPyConnection]] = {}
_LOCAL = threading.local()


def _identity(path: Path) -> tuple:
    """What changes when a build swaps in a new store file."""
    try:
        st = path.stat()
    except FileNotFoundError:
        raise StoreMissing(f"no store at {path}; run `unga build` first (or set UNGA_HOME)") from None
    return (st.st_ino, st.st_mtime_ns, st.st_size)


def _parent(key: str, identity: tuple) -> duckdb.DuckDBPyConnection:
    with _LOCK:
        held = _PARENTS.get(key)
        if held is None or held[0] != identity:
            # the old parent is not closed here: other threads may still be reading through its cursors; it is
            # freed with the last of them
            parent = duckdb.connect(":memory:")
            parent.execute("ATTACH ? AS store (READ_ONLY)", [key])
            held = _PARENTS[key] = (identity, parent)
        return held[1]


def connect(path: Path) -> duckdb.DuckDBPyConnection:
    """This thread's read-only cursor on the store, kept open so repeated queries are warm; a new one after a build."""
    path = Path(path).resolve()
    key, identity = str(path), _identity(path)
    cursors = _LOCAL.__dict__.setdefault("cursors", {})
    held = cursors.get(key)
    current = _PARENTS.get(key)
    if held is not None and current is not None and held[0] is current[1] and current[0] == identity:
        return held[1]
    parent = _parent(key, identity)
    cursor = parent.cursor()
    cursor.execute("USE store")
    if held is not None:
        held[1].close()
    cursors[key] = (parent, cursor)
    return cursor


def close_all() -> None:
    """Close every store connection; threads get new cursors on their next query."""
    for _, cursor in _LOCAL.__dict__.pop("cursors", {}).values():
        cursor.close()
    with _LOCK:
        for _, parent in _PARENTS.values():
            parent.close()
        _PARENTS.clear()


def frame(con: duckdb.DuckDBPyConnection, sql: str, params: list | None = None) -> pd.DataFrame:
    return con.execute(sql, params or []).df()


def rows(con: duckdb.DuckDBPyConnection, sql: str, params: list | None = None) -> list[tuple]:
    return con.execute(sql, params or []).fetchall()


def _dicts(cur) -> list[dict]:
    names = [d[0] for d in cur.description]
    return [dict(zip(names, r)) for r in cur.fetchall()]


def roll_calls_by_symbol(con, symbol: str) -> list[dict]:
    found = _dicts(con.execute("SELECT * FROM roll_calls WHERE symbol = ? ORDER BY date, rcid", [symbol]))
    return found or _dicts(con.execute("SELECT * FROM roll_calls WHERE upper(source_symbol) = ? ORDER BY date, rcid",
                                       [symbol]))


def official_vote(con, symbol: str | None, draft: str | None) -> dict | None:
    """The UN release's row for a recorded vote no source holds (official_recorded_votes); None where a source holds
    it, or in a store built before the table existed."""
    return next((r for r in official_votes(con) if symbol and r["symbol"] == symbol or draft and r["draft"] == draft),
                None)


def official_votes(con) -> list[dict]:
    """Every UN release's row for a recorded vote no source holds; none in a store built before the table existed."""
    try:
        return _dicts(con.execute("SELECT * FROM official_recorded_votes WHERE rcid IS NULL ORDER BY date, symbol, draft"))
    except duckdb.CatalogException:
        return []


def roll_calls_by_draft(con, draft: str) -> list[dict]:
    return _dicts(con.execute("SELECT * FROM roll_calls WHERE draft = ? ORDER BY date, rcid", [draft]))


def roll_calls_by_prefix(con, prefix: str) -> list[dict]:
    return _dicts(con.execute("SELECT * FROM roll_calls WHERE starts_with(symbol, ?) ORDER BY date, rcid", [prefix]))


def roll_call(con, rcid: int) -> dict | None:
    found = _dicts(con.execute("SELECT * FROM roll_calls WHERE rcid = ?", [rcid]))
    return found[0] if found else None


def votes_of(con, rcid: int) -> list[tuple[str, str]]:
    return rows(con, "SELECT iso3, vote::VARCHAR FROM votes WHERE rcid = ? ORDER BY iso3", [rcid])


def votes_of_many(con, rcids: list[int]) -> dict[int, list[tuple[str, str]]]:
    """votes_of for each rcid, in one scan of the votes (a query costs about the same for one roll call or thirty)."""
    if len(rcids) == 1:
        return {rcids[0]: votes_of(con, rcids[0])}
    out: dict[int, list[tuple[str, str]]] = {int(r): [] for r in rcids}
    for rcid, iso3, vote in rows(con, "SELECT rcid, iso3, vote::VARCHAR FROM votes WHERE rcid IN (SELECT unnest(?)) "
                                      "ORDER BY rcid, iso3", [[int(r) for r in rcids]]):
        out[rcid].append((iso3, vote))
    return out


def integrity_of(con, rcid: int) -> list[dict]:
    return _dicts(con.execute('SELECT "check", iso3, value, source, other_value, other_source, rule FROM integrity '
                              'WHERE rcid = ? ORDER BY "check", iso3', [rcid]))


def vote_doubts(con) -> dict[tuple[int, str | None], dict]:
    """{(rcid, iso3): {"stored", "other", "source", "evidence"}} for every vote in doubt, and {(rcid, None): …} for
    every count in doubt (yes-no-abstain; store/vote_doubts.py)."""
    found = rows(con, 'SELECT rcid, iso3, value, other_value, other_source, rule FROM integrity '
                      'WHERE "check" IN (\'vote in doubt\', \'count in doubt\')')
    return {(int(r), s): {"stored": v, "other": o, "source": src, "evidence": e} for r, s, v, o, src, e in found}


def all_symbols(con) -> list[str]:
    return [r[0] for r in rows(con, "SELECT DISTINCT symbol FROM roll_calls WHERE symbol IS NOT NULL")]


def _contains_all(alias: str = "") -> str:
    """SQL that is true when a roll call's symbol, title, agenda item or subjects contain every word of the list
    parameter: literal (no wildcards), case-insensitive; one clause and one parameter however many words, each
    roll call's text lowered once (a clause per word made the plan, and the memory, grow with the words)."""
    return (f"{alias}rcid IN (SELECT rcid FROM (SELECT rcid, lower(concat_ws(' ', symbol, title, agenda_item, subjects)) "
            "AS text FROM roll_calls) WHERE list_bool_and(list_transform("
            "(SELECT list_transform(?::VARCHAR[], lambda w: lower(w))), lambda w: contains(text, w))))")


def search(con, words: list[str], year: int | None, session: int | None, limit: int) -> pd.DataFrame:
    clauses, params = [], []
    if words:
        clauses.append(_contains_all())
        params.append(list(words))
    if year is not None:
        clauses.append("year = ?")
        params.append(year)
    if session is not None:
        clauses.append("session = ?")
        params.append(session)
    params.append(int(limit))
    where = " AND ".join(clauses) or "TRUE"
    return frame(con, f"SELECT rcid, date, session, symbol, kind, title, yes, no, abstain, absent FROM roll_calls "
                      f"WHERE {where} ORDER BY date, rcid LIMIT ?", params)


def record_span(con) -> dict:
    """The first and last year, the last vote's date and the highest session of the record."""
    first, last, last_date, session = rows(con, "SELECT min(year), max(year), max(date), max(session) FROM roll_calls")[0]
    return {"first_year": first, "last_year": last, "last_date": last_date, "last_session": session}


def state_votes(con, iso3: str, start: int | None, end: int | None, words: list[str]) -> pd.DataFrame:
    clauses, params = ["v.iso3 = ?"], [iso3]
    if start is not None:
        clauses.append("r.year >= ?")
        params.append(start)
    if end is not None:
        clauses.append("r.year <= ?")
        params.append(end)
    if words:
        clauses.append(_contains_all("r."))
        params.append(list(words))
    return frame(con, "SELECT r.rcid, r.date, r.session, r.symbol, r.kind, r.title, v.vote::VARCHAR AS vote "
                      "FROM votes v JOIN roll_calls r USING (rcid) WHERE " + " AND ".join(clauses) +
                      " ORDER BY r.date, r.rcid", params)


# Bailey, Strezhnev & Voeten's data processing (UN_DataProcessing.R in github.com/evoeten/United-Nations-General-
# Assembly-Votes-and-Ideal-Points, April 2020) keeps every vote before 1990 and from 1990 drops those with
# para == 1 or amend == 1; our kinds paragraph, amendment and separate (a separate vote on part of a text) are those.
PUBLISHED_SELECTION = "NOT (r.year >= 1990 AND r.kind IN ('paragraph', 'amendment', 'separate'))"


def selection(start: int | None = None, end: int | None = None, session: int | None = None,
              words: list[str] | None = None, rcids: list[int] | None = None, final_only: bool = False,
              published: bool = False) -> tuple[str, list]:
    """A WHERE clause over roll_calls (aliased r) and its parameters. final_only: votes on whole resolutions;
    published: the vote selection of Bailey, Strezhnev & Voeten's published ideal points (PUBLISHED_SELECTION)."""
    clauses, params = ["TRUE"], []
    for op, value in ((">=", start), ("<=", end)):
        if value is not None:
            clauses.append(f"r.year {op} ?")
            params.append(value)
    if session is not None:
        clauses.append("r.session = ?")
        params.append(session)
    if words:
        clauses.append(_contains_all("r."))
        params.append(list(words))
    if rcids is not None:
        clauses.append("r.rcid IN (SELECT unnest(?))")
        params.append(list(rcids))
    if final_only:
        clauses.append("r.kind = 'resolution'")
    if published:
        clauses.append(PUBLISHED_SELECTION)
    return " AND ".join(clauses), params


def vote_arrays(con, where: str, params: list) -> dict:
    """Every vote of the selected roll calls as numpy arrays: rcid, year, session, and iso3 and vote as indexes
    (state_code, vote_code) into their sorted names (state_names, vote_names); vote_labels gives them as text.

    iso3 and vote come as small integer codes: as Python strings, the 1.1 million votes of the record took about
    200 MB more at their peak, and the vote matrix needs only the codes.
    """
    states = "SELECT iso3, row_number() OVER (ORDER BY iso3) - 1 AS code FROM (SELECT DISTINCT iso3 FROM votes)"
    found = con.execute(f"SELECT s.code, enum_code(v.vote) AS vote_code, v.rcid, r.year, r.session FROM votes v "
                        f"JOIN roll_calls r USING (rcid) JOIN ({states}) s USING (iso3) WHERE {where}",
                        params).fetchnumpy()
    names = np.array([iso3 for iso3, _ in rows(con, states + " ORDER BY code")] or [""], dtype=str)
    values = np.array(rows(con, "SELECT enum_range(NULL::vote_value)")[0][0], dtype=str)
    return {"rcid": found["rcid"], "year": found["year"], "session": found["session"],
            "state_code": np.asarray(found["code"], dtype=np.int64), "state_names": names,
            "vote_code": np.asarray(found["vote_code"], dtype=np.int64), "vote_names": values}


def vote_labels(data: dict) -> tuple[np.ndarray, np.ndarray]:
    """vote_arrays' iso3 and vote codes as fixed-width text arrays."""
    return data["state_names"][data["state_code"]], data["vote_names"][data["vote_code"]]


def copy_table(con, name: str, path: Path, fmt: str) -> None:
    """Write a table to a file beside the target, then rename it into place: a failed write leaves nothing."""
    if name not in TABLES:
        raise ValueError(name)
    path = Path(path)
    partial = path.with_name(f".{path.name}.{os.getpid()}.{threading.get_ident()}.tmp")
    target = str(partial).replace("'", "''")
    try:
        con.execute(f"COPY {name} TO '{target}' (FORMAT {fmt}{', HEADER' if fmt == 'CSV' else ''})")
        os.replace(partial, path)
    except (duckdb.Error, OSError) as exc:
        raise UngaError(f"could not write {path}: {exc}") from None
    finally:
        partial.unlink(missing_ok=True)


def table(con, name: str) -> pd.DataFrame:
    return frame(con, f"SELECT * FROM {name}")


TABLES = ("states", "memberships", "roll_calls", "votes", "integrity", "links", "provenance", "build_info", "bridges")

"""Typed read queries over a built store. The only other module that talks to DuckDB is store.build."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import duckdb

if TYPE_CHECKING:
    import pandas as pd

from unga.errors import StoreMissing

_CONNECTIONS: dict[str, duckdb.DuckDBPyConnection] = {}


def connect(path: Path) -> duckdb.DuckDBPyConnection:
    """A read-only connection, kept open for the process so repeated queries are warm."""
    path = Path(path)
    if not path.exists():
        raise StoreMissing(f"no store at {path}; run `unga build` first (or set UNGA_HOME)")
    key = f"{path.resolve()}:{path.stat().st_mtime_ns}"
    if key not in _CONNECTIONS:
        for old in [k for k in _CONNECTIONS if k.startswith(f"{path.resolve()}:")]:
            _CONNECTIONS.pop(old).close()
        _CONNECTIONS[key] = duckdb.connect(str(path), read_only=True)
    return _CONNECTIONS[key]


def close_all() -> None:
    for con in _CONNECTIONS.values():
        con.close()
    _CONNECTIONS.clear()


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


def roll_calls_by_draft(con, draft: str) -> list[dict]:
    return _dicts(con.execute("SELECT * FROM roll_calls WHERE draft = ? ORDER BY date, rcid", [draft]))


def roll_calls_by_prefix(con, prefix: str) -> list[dict]:
    return _dicts(con.execute("SELECT * FROM roll_calls WHERE starts_with(symbol, ?) ORDER BY date, rcid", [prefix]))


def roll_call(con, rcid: int) -> dict | None:
    found = _dicts(con.execute("SELECT * FROM roll_calls WHERE rcid = ?", [rcid]))
    return found[0] if found else None


def votes_of(con, rcid: int) -> list[tuple[str, str]]:
    return rows(con, "SELECT iso3, vote::VARCHAR FROM votes WHERE rcid = ? ORDER BY iso3", [rcid])


def integrity_of(con, rcid: int) -> list[dict]:
    return _dicts(con.execute('SELECT "check", iso3, value, source, other_value, other_source, rule FROM integrity '
                              'WHERE rcid = ? ORDER BY "check", iso3', [rcid]))


def all_symbols(con) -> list[str]:
    return [r[0] for r in rows(con, "SELECT DISTINCT symbol FROM roll_calls WHERE symbol IS NOT NULL")]


def search(con, words: list[str], year: int | None, session: int | None, limit: int) -> pd.DataFrame:
    clauses, params = [], []
    for w in words:
        clauses.append("concat_ws(' ', symbol, title, agenda_item, subjects) ILIKE ?")
        params.append(f"%{w}%")
    if year is not None:
        clauses.append("year = ?")
        params.append(year)
    if session is not None:
        clauses.append("session = ?")
        params.append(session)
    where = " AND ".join(clauses) or "TRUE"
    return frame(con, f"SELECT rcid, date, session, symbol, kind, title, yes, no, abstain, absent FROM roll_calls "
                      f"WHERE {where} ORDER BY date, rcid LIMIT {int(limit)}", params)


def state_votes(con, iso3: str, start: int | None, end: int | None, words: list[str]) -> pd.DataFrame:
    clauses, params = ["v.iso3 = ?"], [iso3]
    if start is not None:
        clauses.append("r.year >= ?")
        params.append(start)
    if end is not None:
        clauses.append("r.year <= ?")
        params.append(end)
    for w in words:
        clauses.append("concat_ws(' ', r.symbol, r.title, r.agenda_item, r.subjects) ILIKE ?")
        params.append(f"%{w}%")
    return frame(con, "SELECT r.rcid, r.date, r.session, r.symbol, r.kind, r.title, v.vote::VARCHAR AS vote "
                      "FROM votes v JOIN roll_calls r USING (rcid) WHERE " + " AND ".join(clauses) +
                      " ORDER BY r.date, r.rcid", params)


def selection(start: int | None = None, end: int | None = None, session: int | None = None,
              words: list[str] | None = None, rcids: list[int] | None = None, final_only: bool = False) -> tuple[str, list]:
    """A WHERE clause over roll_calls (aliased r) and its parameters."""
    clauses, params = ["TRUE"], []
    for op, value in ((">=", start), ("<=", end)):
        if value is not None:
            clauses.append(f"r.year {op} ?")
            params.append(value)
    if session is not None:
        clauses.append("r.session = ?")
        params.append(session)
    for w in words or []:
        clauses.append("concat_ws(' ', r.symbol, r.title, r.agenda_item, r.subjects) ILIKE ?")
        params.append(f"%{w}%")
    if rcids is not None:
        clauses.append("r.rcid IN (SELECT unnest(?))")
        params.append(list(rcids))
    if final_only:
        clauses.append("r.kind = 'resolution'")
    return " AND ".join(clauses), params


def vote_arrays(con, where: str, params: list) -> dict:
    """Every vote of the selected roll calls as numpy arrays: iso3, rcid, vote, year, session."""
    return con.execute("SELECT v.iso3, v.rcid, v.vote::VARCHAR AS vote, r.year, r.session FROM votes v "
                       f"JOIN roll_calls r USING (rcid) WHERE {where}", params).fetchnumpy()


def table(con, name: str) -> pd.DataFrame:
    return frame(con, f"SELECT * FROM {name}")


TABLES = ("states", "memberships", "roll_calls", "votes", "integrity", "links", "provenance", "build_info", "bridges")

"""Shared fixtures: the real source files in ../shared/data and one store built from them per test session."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

SHARED = Path(__file__).resolve().parents[1].parent / "shared" / "data"


@pytest.fixture(scope="session")
def shared_data() -> Path:
    if not (SHARED / "SOURCES.md").exists():
        pytest.skip(f"real source files not found at {SHARED}")
    return SHARED


@pytest.fixture(scope="session")
def built_store(shared_data: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A store built once from the real files; UNGA_HOME points at it for the whole session."""
    from unga import api

    home = tmp_path_factory.mktemp("unga-home")
    os.environ["UNGA_HOME"] = str(home)
    api.build(shared_data)
    return api.store_path()


@pytest.fixture(scope="module")
def con(built_store: Path):
    """A read-only connection to the real store, for tests that query its tables."""
    import duckdb

    connection = duckdb.connect(str(built_store), read_only=True)
    yield connection
    connection.close()


@pytest.fixture
def empty_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A fresh UNGA_HOME with no store, for tests that build their own from fixtures."""
    from unga.store import query

    monkeypatch.setenv("UNGA_HOME", str(tmp_path / "home"))
    yield tmp_path / "home"
    query.close_all()


@pytest.fixture
def real(built_store: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The real store for in-process CLI calls; a bug raises instead of becoming a line (UNGA_DEBUG)."""
    monkeypatch.setenv("UNGA_HOME", str(built_store.parent))
    monkeypatch.setenv("UNGA_DEBUG", "1")
    monkeypatch.delenv("COLUMNS", raising=False)
    return built_store

"""Property: whatever strings a user passes to any command, no traceback reaches them — the answer, or one line
on stderr with exit code 1 or 2. Runs the real entry point in-process on a small store built from fixtures, so
that every example is quick; UNGA_DEBUG=1 makes an unexpected exception fail the test instead of becoming a line."""

from __future__ import annotations

import contextlib
import io
import os
import unicodedata
from pathlib import Path
from unittest import mock

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from unga import api
from unga.cli.main import main, parser
from unga.store import query
from fixtures import small_sources

# every command but build, which reads sources and replaces the store (tests/test_build_errors.py probes it)
COMMANDS = ("tally", "search", "state", "export", "agreement", "camps", "stance", "ideal", "check", "forecast")
NEAR_VALID = ["ES-11/1", "A/RES/ES-11/2", "ES-11/*", "rcid:1", "68/262", "PAK", "Pakistan", "the US", "USA,RUS",
              "USA:RUS", "USA,USA", "all", "2022", "1946", "0", "-1", "3000", "year", "session", "final", "kappa",
              "votes", "integrity", "x.png", "x.csv", "x.parquet", ".", "-", "", " ", ",", ":", "*", "[/x]", "%", "_",
              "\x1b[31m", "\u202e", "\x00", "--", "-h"]


def options(command: str) -> list[str]:
    sub = next(a for a in parser()._actions if a.dest == "command").choices[command]
    return [o for action in sub._actions for o in action.option_strings if o not in ("-h", "--help")]


def token(command: str):
    return st.one_of(
        st.sampled_from(options(command)),
        st.sampled_from(NEAR_VALID),
        st.text(max_size=30),
        st.integers(-10**6, 10**6).map(str),
        st.builds(lambda c, n: c * n, st.characters(), st.integers(1_000, 200_000)),  # huge
    )


arguments = st.sampled_from(COMMANDS).flatmap(lambda c: st.lists(token(c), max_size=6).map(lambda rest: [c, *rest]))


@pytest.fixture(scope="module")
def small_home(tmp_path_factory):
    """A store of two roll calls; the working folder is a scratch folder (the examples may write files)."""
    root = tmp_path_factory.mktemp("fuzz")
    saved = {k: os.environ.get(k) for k in ("UNGA_HOME", "UNGA_DEBUG", "COLUMNS")}
    os.environ.update(UNGA_HOME=str(root / "home"), UNGA_DEBUG="1")
    os.environ.pop("COLUMNS", None)
    api.build(small_sources(root / "sources"))
    before = Path.cwd()
    os.chdir(root)
    yield root
    os.chdir(before)
    query.close_all()
    for key, value in saved.items():
        if value is None:
            os.environ.pop(key, None)
        else:
            os.environ[key] = value


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(argv=arguments)
def test_no_traceback_ever_reaches_the_user(small_home, argv):
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err), mock.patch("sys.stdin", io.StringIO("")):
        code = main(argv)
    text = err.getvalue()
    event(f"{argv[0]} exit {code}")
    assert code in (0, 1, 2)
    assert "Traceback" not in text
    if code:
        assert text.startswith("unga: error: ") and text.count("\n") == 1 and text.endswith("\n")
        hidden = [c for c in text[:-1] if unicodedata.category(c) in {"Cc", "Cf", "Cs", "Zl", "Zp"}]
        assert hidden == [], text  # control characters are escaped

"""The server under a little load (wrk on loopback): no failed request, also while a build swaps the store.

Timing is measured by benchmarks/bench_serve.py, never asserted here."""

from __future__ import annotations

import shutil
import sys
import threading
import urllib.request
from pathlib import Path

import pytest
from fixtures import run_unga, small_sources
from webserver import free_port

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
import bench_serve

pytestmark = pytest.mark.skipif(not shutil.which("wrk"), reason="no wrk (apt-get install wrk)")


@pytest.fixture
def server_over():
    started = []

    def start(home: Path, workers: int = 1) -> str:
        port = free_port()
        started.append(bench_serve.start_server(str(home), port, workers))
        return f"http://127.0.0.1:{port}"

    yield start
    for server in started:
        bench_serve.stop_server(server)


def test_500_mixed_requests_on_the_real_store_have_no_errors(built_store, server_over):
    base = server_over(built_store.parent)
    paths = ["/rollcall/ES-11/1", "/rollcall/68/262", "/state/PAK", "/api/v1/rollcalls/ES-11/1",
             "/api/v1/states/IND/agreement?with=USA", "/chart/rollcall/ES-11/1.json", "/rollcall/ES-11/1.json",
             "/static/unga-charts.js"]
    bench_serve.warm(base, paths)
    result = bench_serve.wrk(base, paths, 500, 20)
    assert result["requests"] >= 500
    assert result["errors"] == 0, bench_serve.line("500 requests", result)


def etag(url: str) -> str:
    with urllib.request.urlopen(url, timeout=60) as response:
        return response.headers["etag"]


def test_a_build_swapped_in_under_load_fails_no_request(tmp_path, server_over):
    sources, home = small_sources(tmp_path / "sources"), tmp_path / "home"
    assert run_unga("build", "--sources", str(sources), home=home).returncode == 0
    base = server_over(home)
    paths = ["/rollcall/ES-11/1", "/rollcall/ES-11/2", "/state/PAK", "/api/v1/rollcalls/ES-11/1",
             "/chart/rollcall/ES-11/2.json"]
    bench_serve.warm(base, paths)
    before = etag(base + "/api/v1/rollcalls/ES-11/1")
    outcome = {}
    build = threading.Thread(target=lambda: outcome.update(
        rebuilt=run_unga("build", "--sources", str(sources), home=home), during=not load_done.is_set()))
    load_done = threading.Event()
    build.start()
    result = bench_serve.wrk(base, paths, 10**9, 20, seconds=20)
    load_done.set()
    build.join()
    assert outcome["rebuilt"].returncode == 0, outcome["rebuilt"].stderr
    assert outcome["during"], "the build ended after the load: lengthen the run"
    assert result["requests"] > 100 and result["errors"] == 0, bench_serve.line("during the build", result)
    assert etag(base + "/api/v1/rollcalls/ES-11/1") != before  # the new store answers

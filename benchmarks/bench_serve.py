"""The web server under load: wrk on loopback against uvicorn over the real store, and a build swapped in mid-run.

    python benchmarks/bench_serve.py [--requests 20000] [--connections 50] [--workers 2] [--swap]

Needs a built store (UNGA_HOME) and wrk (apt-get install wrk). Every run first asks each URL once (the answers
are then cached per store build, as a server that has been up for a while has them), then sends a bounded
number of requests: roll-call pages only, state pages only, and a mix of pages, .json twins, chart descriptions
and REST calls. --swap runs `unga build` into the served UNGA_HOME while the mixed load runs, and counts the
failed requests. Prints one line per run: throughput, p50/p99 latency and errors. Figures: benchmarks/README.md.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from urllib.parse import quote

HERE = Path(__file__).resolve().parent
STATES = ["PAK", "IND", "CHN", "RUS", "USA", "GBR", "FRA", "DEU", "BRA", "ZAF", "NGA", "EGY", "IRN", "ISR", "JPN",
          "MEX", "ARG", "TUR", "IDN", "CUB", "SAU", "UKR", "KEN", "NOR", "CAN", "AUS", "SGP", "VNM", "POL", "SYR"]

LUA = """
local paths = {%(paths)s}
local limit = %(limit)d
local sent, received = 0, 0
request = function()
  sent = sent + 1
  return wrk.format("GET", paths[(sent %% #paths) + 1])
end
response = function(status, headers, body)
  received = received + 1
  if received >= limit then wrk.thread:stop() end
end
done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format('RESULT {"requests": %%d, "duration_us": %%d, "connect": %%d, "read": %%d, "write": %%d, ' ..
    '"status": %%d, "timeout": %%d, "p50_us": %%d, "p90_us": %%d, "p99_us": %%d, "max_us": %%d}\\n',
    summary.requests, summary.duration, e.connect, e.read, e.write, e.status, e.timeout,
    latency:percentile(50), latency:percentile(90), latency:percentile(99), latency.max))
end
"""


def app():
    """The app as `unga serve --no-ideal-points` builds it (uvicorn --factory; one per worker process)."""
    from unga.web.app import create_app

    return create_app(ideal_points=False)


def start_server(home: str, port: int, workers: int) -> subprocess.Popen:
    env = {**os.environ, "UNGA_HOME": home}
    command = [sys.executable, "-m", "uvicorn", "--factory", "bench_serve:app", "--app-dir", str(HERE),
               "--host", "127.0.0.1", "--port", str(port), "--workers", str(workers), "--log-level", "warning",
               "--no-access-log"]
    server = subprocess.Popen(command, env=env)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=30).read()
            return server
        except OSError:
            if server.poll() is not None:
                raise RuntimeError(f"the server exited with {server.returncode}") from None
            time.sleep(0.3)
    server.terminate()
    raise RuntimeError("the server did not answer within 120 s")


def stop_server(server: subprocess.Popen) -> None:
    server.terminate()
    try:
        server.wait(timeout=30)
    except subprocess.TimeoutExpired:  # a worker still computing a cold page: its answer is not wanted
        server.kill()
        server.wait(timeout=30)


def url_sets(symbols: list[str]) -> dict[str, list[str]]:
    """The URLs of each run: roll-call pages, state pages, and the mix."""
    rollcalls = [f"/rollcall/{quote(s, safe='/')}" for s in symbols]
    states = [f"/state/{s}" for s in STATES]
    api = ([f"/api/v1/rollcalls/{quote(s, safe='/')}" for s in symbols[:20]] +
           [f"/api/v1/states/{s}/agreement?with=USA,CHN" for s in STATES[:10]] + ["/api/v1/latest", "/api/v1/coverage"])
    twins = [f"{u}.json" for u in rollcalls[:20]] + [f"/chart/rollcall/{quote(s, safe='/')}.json" for s in symbols[:20]]
    mixed = rollcalls[:30] + states[:15] + api + twins + ["/", "/year/2022", "/compare/IND/PAK"]
    return {"rollcall pages": rollcalls, "state pages": states, "mixed": mixed}


def warm(base: str, paths: list[str], parallel: int = 1) -> None:
    def fetch(path: str) -> None:
        try:
            urllib.request.urlopen(base + path, timeout=300).read()
        except OSError as exc:
            print(f"warming {path}: {exc}", file=sys.stderr)

    with ThreadPoolExecutor(parallel) as pool:
        list(pool.map(fetch, paths))


def warm_all(base: str, paths: list[str], most: int = 20) -> int:
    """Ask every URL until three passes in a row answer each within 100 ms: every worker process keeps its own
    cache and the kernel picks the worker, so one pass warms only some of them."""
    fast_passes = 0
    for done in range(1, most + 1):
        slowest = 0.0
        for path in paths:
            started = time.perf_counter()
            warm(base, [path])
            slowest = max(slowest, time.perf_counter() - started)
        fast_passes = fast_passes + 1 if slowest < 0.1 else 0
        if fast_passes == 3:
            return done
    return most


def wrk(base: str, paths: list[str], requests: int, connections: int, threads: int = 2, seconds: int = 600,
        until=None) -> dict:
    """One bounded wrk run: `requests` responses in all (each wrk thread stops after its share), or `seconds`.

    wrk's main thread sleeps for the whole -d duration even when every worker thread has stopped, so this waits
    until only the main thread is left, then sends it SIGINT (wrk's own way to end a run early) and times the run
    itself: wrk's duration would include the idle wait. until: a callable; once it returns true the run ends."""
    lua = LUA % {"paths": ", ".join(json.dumps(p) for p in paths), "limit": max(1, requests // threads)}
    with tempfile.NamedTemporaryFile("w", suffix=".lua", delete=False) as script:
        script.write(lua)
    try:
        started = time.perf_counter()
        run = subprocess.Popen(["wrk", "-t", str(threads), "-c", str(connections), "-d", f"{seconds}s",
                                "--timeout", "10s", "-s", script.name, base], stdout=subprocess.PIPE, text=True)
        elapsed = _wait_for_workers(run, started, until)
        out, _ = run.communicate(timeout=60)
    finally:
        os.unlink(script.name)
    if run.returncode not in (0, -signal.SIGINT) or "RESULT " not in out:
        raise RuntimeError(f"wrk failed (exit {run.returncode}): {out[-500:]}")
    result = json.loads(out.split("RESULT ", 1)[1].splitlines()[0])
    result["duration_us"] = int(elapsed * 1e6)
    result["errors"] = sum(result[k] for k in ("connect", "read", "write", "status", "timeout"))
    result["rps"] = result["requests"] / elapsed
    return result


def _wait_for_workers(run: subprocess.Popen, started: float, until=None) -> float:
    """Seconds until wrk's worker threads have all stopped (or wrk ended, or until() holds); then interrupts wrk."""
    tasks, seen_workers = Path(f"/proc/{run.pid}/task"), False
    while run.poll() is None:
        try:
            count = len(list(tasks.iterdir()))
        except FileNotFoundError:
            break
        seen_workers = seen_workers or count > 1
        if seen_workers and (count == 1 or (until is not None and until())):
            elapsed = time.perf_counter() - started
            run.send_signal(signal.SIGINT)
            return elapsed
        time.sleep(0.02)
    return time.perf_counter() - started


def line(name: str, r: dict) -> str:
    return (f"{name}: {r['requests']} requests in {r['duration_us'] / 1e6:.1f} s = {r['rps']:.0f} req/s; "
            f"p50 {r['p50_us'] / 1000:.1f} ms, p90 {r['p90_us'] / 1000:.1f} ms, p99 {r['p99_us'] / 1000:.1f} ms, "
            f"max {r['max_us'] / 1000:.0f} ms; errors {r['errors']} (non-2xx/3xx {r['status']}, "
            f"timeouts {r['timeout']}, socket {r['connect'] + r['read'] + r['write']})")


def swap_during_load(base: str, home: str, paths: list[str], connections: int) -> tuple[dict, str]:
    """The mixed load from before `unga build` starts until after it has swapped a new store into the served home."""
    from unga import api

    before = api.build_id()
    build = subprocess.Popen([sys.executable, "-m", "unga.cli.main", "build"], env={**os.environ, "UNGA_HOME": home},
                             stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    ended: list[float] = []

    def build_over() -> bool:  # go on for 3 s after the swap: the first requests the new store answers
        if build.poll() is not None and not ended:
            ended.append(time.monotonic())
        return bool(ended) and time.monotonic() - ended[0] > 3

    result = wrk(base, paths, 10**9, connections, seconds=900, until=build_over)
    _, err = build.communicate()
    after = api.build_id()
    note = (f"build exit {build.returncode} within the run, store {'swapped' if after != before else 'NOT swapped'} "
            f"({before} -> {after})" + (f": {err.strip().splitlines()[-1]}" if build.returncode else ""))
    return result, note


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requests", type=int, default=20_000, help="requests of the mixed run (default 20000)")
    parser.add_argument("--page-requests", type=int, default=5_000, help="requests of each page-only run")
    parser.add_argument("--connections", type=int, default=50)
    parser.add_argument("--workers", type=int, default=2, help="uvicorn worker processes (default 2: the cores)")
    parser.add_argument("--port", type=int, default=8765)
    parser.add_argument("--swap", action="store_true", help="also: a build swapped in during a mixed run")
    args = parser.parse_args()
    if not shutil.which("wrk"):
        print("wrk not found: apt-get install wrk", file=sys.stderr)
        return 1
    sys.path.insert(0, str(HERE.parent / "src"))
    from unga import api

    home = os.environ.get("UNGA_HOME") or str(api.home())
    symbols = [s for s in api.latest(200).to_frame()["symbol"].dropna().unique()][:60] + ["A/RES/ES-11/1"]
    sets = url_sets(symbols)
    server = start_server(home, args.port, args.workers)
    base = f"http://127.0.0.1:{args.port}"
    try:
        print(f"uvicorn, {args.workers} worker(s), {args.connections} connections, {os.cpu_count()} cores")
        passes = warm_all(base, sorted({p for paths in sets.values() for p in paths}))
        print(f"warmed in {passes} passes over every URL")
        for name in ("rollcall pages", "state pages"):
            print(line(name, wrk(base, sets[name], args.page_requests, args.connections)), flush=True)
        print(line("mixed", wrk(base, sets["mixed"], args.requests, args.connections)), flush=True)
        if args.swap:
            result, note = swap_during_load(base, home, sets["mixed"], args.connections)
            print(line("mixed during `unga build`", result) + f"; {note}", flush=True)
    finally:
        stop_server(server)
    return 0


if __name__ == "__main__":
    sys.exit(main())

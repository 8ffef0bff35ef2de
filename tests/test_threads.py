"""The library called from many threads at once answers exactly what it answers from one."""

from __future__ import annotations

import json
import threading
from collections import Counter

import pandas as pd
import pytest

import unga
from unga import api
from unga.results import dumps
from fixtures import small_sources, unxml_record, write_unxml

CALLS = {
    "tally ES-11/1": lambda: unga.tally("ES-11/1"),
    "tally 68/262": lambda: unga.tally("68/262"),
    "agreement": lambda: unga.agreement("PAK", "USA,RUS,CHN,IND", year=2022),
    "state_record": lambda: unga.state_record("India", start=2022, end=2022),
    "search": lambda: unga.search("nuclear weapons", year=2022),
    "unknown": lambda: unga.tally("ES-11/99"),
}


def answer(name: str) -> str:
    """The call's JSON, or its error's type and message: an error must also be the same from every thread."""
    try:
        return dumps(CALLS[name]())
    except unga.UngaError as exc:
        return f"{type(exc).__name__}: {exc}"


def run_threads(n_threads: int, calls_each: int, work) -> list:
    failures: list = []
    start = threading.Barrier(n_threads)

    def worker(k: int) -> None:
        start.wait()
        for i in range(calls_each):
            try:
                work(k, i)
            except BaseException as exc:  # noqa: BLE001 - every failure is reported by the test
                failures.append(repr(exc))

    threads = [threading.Thread(target=worker, args=(k,)) for k in range(n_threads)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return failures


def test_eight_threads_answer_like_one(built_store):
    names = list(CALLS)
    expected = {name: answer(name) for name in names}
    assert json.loads(expected["tally ES-11/1"])["counts"] == {"yes": 141, "no": 5, "abstain": 35, "absent": 12}
    assert expected["unknown"].startswith("UnknownResolution")
    seen: Counter = Counter()
    wrong: list = []

    def work(k: int, i: int) -> None:
        name = names[(k * 7 + i) % len(names)]
        got = answer(name)
        seen[name] += 1
        if got != expected[name]:
            wrong.append((name, got[:200]))

    failures = run_threads(8, 200, work)
    assert failures == [] and wrong == []
    assert sum(seen.values()) == 1600 and set(seen) == set(names)


def test_threads_see_a_rebuilt_store(tmp_path, empty_home):
    """A build swaps the store file under running threads: every later call reads the new file, none fails."""
    sources = small_sources(tmp_path / "sources")
    api.build(sources)
    assert api.tally("ES-11/1").votes["PAK"] == "abstain"
    before = run_threads(4, 20, lambda k, i: api.tally("ES-11/1"))  # every thread now holds a cursor
    assert before == []
    write_unxml(sources, "ES-11.json", [
        unxml_record("A/RES/ES-11/1", "2 March 2022", ["UNITED STATES", "FRANCE", "PAKISTAN"],
                     ["RUSSIAN FEDERATION", "BELARUS"], ["INDIA", "CHINA"], "Aggression against Ukraine"),
        unxml_record("A/RES/ES-11/2", "24 March 2022", ["UNITED STATES", "FRANCE", "PAKISTAN"],
                     ["RUSSIAN FEDERATION"], ["INDIA", "CHINA"], "Humanitarian consequences"),
    ])
    seen: Counter = Counter()
    stop = threading.Event()
    failures: list = []

    def reader(k: int, i: int) -> None:
        while not stop.is_set():
            seen[api.tally("ES-11/1").votes["PAK"]] += 1

    readers = threading.Thread(target=lambda: failures.extend(run_threads(3, 1, reader)))
    readers.start()
    api.build(sources, allow_shrink=True)  # the new list has fewer votes cast than the old
    after = [api.tally("ES-11/1").votes["PAK"]]
    failures += run_threads(3, 1, lambda k, i: after.append(api.tally("ES-11/1").votes["PAK"]))
    stop.set()
    readers.join()
    assert failures == []
    assert after == ["yes"] * 4
    assert set(seen) <= {"abstain", "yes"} and sum(seen.values()) > 0


def test_close_all_then_other_threads_reconnect(built_store):
    assert run_threads(2, 3, lambda k, i: unga.tally("ES-11/1")) == []
    from unga.store import query

    query.close_all()
    counts = []
    assert run_threads(3, 2, lambda k, i: counts.append(unga.tally("ES-11/1").counts["yes"])) == []
    assert counts == [141] * 6


@pytest.mark.parametrize("name", ["tally ES-11/1", "agreement", "state_record"])
def test_results_share_no_mutable_state(built_store, name):
    """Changing one result's tables and dicts (its names too) must not change the next answer."""
    def seen() -> tuple[str, str]:
        result = CALLS[name]()
        return dumps(result), result.to_frame().to_csv()

    expected = seen()
    first = CALLS[name]()
    for value in vars(first).values():
        if isinstance(value, pd.DataFrame):
            value[value.columns[-1]] = value[value.columns[-1]].iloc[::-1].to_numpy()
        elif isinstance(value, dict):
            value.clear()
    assert (dumps(first), first.to_frame().to_csv()) != expected
    assert seen() == expected


def test_plots_drawn_from_threads_equal_one_drawn_alone(built_store, tmp_path):
    from unga import plots

    result = unga.agreement("PAK", "USA,RUS,CHN,IND", start=2015, end=2022)
    alone = plots.agreement_over_time(result, tmp_path / "alone.png").read_bytes()
    assert alone[:4] == b"\x89PNG"
    failures = run_threads(4, 2, lambda k, i: plots.agreement_over_time(result, tmp_path / f"{k}-{i}.png"))
    assert failures == []
    assert all((tmp_path / f"{k}-{i}.png").read_bytes() == alone for k in range(4) for i in range(2))

"""The REST API as a client uses it: errors, pagination, caching headers, hostile input, a store swapped in
while requests run, and a property-based run of the OpenAPI schema (schemathesis) with no server error."""

from __future__ import annotations

import os
import shutil
import threading

import pytest
from hypothesis import HealthCheck, settings

from unga import api
from unga.errors import UnknownName


@pytest.fixture(scope="module")
def app(built_store):
    from unga.web.app import create_app

    return create_app(ideal_points=False)


@pytest.fixture(scope="module")
def client(app):
    from fastapi.testclient import TestClient

    with TestClient(app) as c:
        yield c


def suggestions_of(call) -> list[str]:
    with pytest.raises(UnknownName) as raised:
        call()
    return raised.value.suggestions


def assert_safe_headers(response) -> None:
    assert "script-src 'self'" in response.headers["content-security-policy"]
    assert "unsafe-inline" not in response.headers["content-security-policy"]
    assert response.headers["x-content-type-options"] == "nosniff"


def test_rollcall(client):
    data = client.get("/api/v1/rollcalls/ES-11/1").json()
    assert data["counts"] == {"yes": 141, "no": 5, "abstain": 35, "absent": 12}
    assert data["votes"]["PAK"] == "abstain"
    assert client.get("/api/v1/rollcalls/rcid:" + str(data["rcid"])).json()["resolution"] == "A/RES/ES-11/1"


def test_unknown_names_are_404_with_the_clis_suggestions(client):
    response = client.get("/api/v1/rollcalls/ES-11/1x")
    assert response.status_code == 404
    assert response.json()["suggestions"] == suggestions_of(lambda: api.tally("ES-11/1x"))
    assert "A/RES/ES-11/1" in response.json()["suggestions"]
    response = client.get("/api/v1/states/Pakistn")
    assert response.status_code == 404 and response.json()["suggestions"][0] == "Pakistan"
    assert response.json()["suggestions"] == suggestions_of(lambda: api.state_record("Pakistn"))
    assert client.get("/api/v1/rollcalls/ES-11/11").status_code == 404  # past the series' end: NotInRecord
    assert client.get("/api/v1/states/Pakistn/compare/India").status_code == 404


def test_bad_parameters_are_422_with_a_reason(client):
    response = client.get("/api/v1/states/IND/agreement?method=kapa")
    assert response.status_code == 422 and "did you mean kappa" in response.json()["error"]
    assert client.get("/api/v1/search?year=1900").status_code == 422
    assert client.get("/api/v1/search?q=x&limit=0").status_code == 422
    assert client.get("/api/v1/years/2023/camps?k=99").status_code == 422
    assert client.get("/api/v1/states/USA/stance?positive=USA&negative=USA").status_code == 422
    assert client.post("/api/v1/check", json={"text": "   "}).status_code == 422
    assert client.post("/api/v1/check", json={"txt": 1}).status_code == 422


def test_search_pagination_covers_every_row_once(client):
    everything = api.search("nuclear", limit=api.MAX_LIMIT).to_frame()["rcid"].tolist()
    seen, url = [], "/api/v1/search?q=nuclear&limit=400"
    while url:
        response = client.get(url)
        body = response.json()
        assert body["total"] == len(everything)
        seen += [r["rcid"] for r in body["roll_calls"]]
        url = body["links"].get("next")
        assert ('rel="next"' in response.headers.get("link", "")) == bool(url)
    assert seen == everything[::-1] and len(seen) > 800  # newest first


def test_state_agreement_stance_camps(client):
    state = client.get("/api/v1/states/India?from=2022&to=2022&limit=10").json()
    record = api.state_record("India", start=2022, end=2022)
    assert state["counts"] == record.counts and len(state["votes"]) == 10 and state["total"] == len(record.votes)
    agreement = client.get("/api/v1/states/PAK/agreement?with=USA,CHN&from=2022&to=2022").json()
    expected = api.agreement("PAK", "USA,CHN", start=2022, end=2022).table
    assert {r["other"]: round(r["value"], 6) for r in agreement["rows"]} == \
        {o: round(v, 6) for o, v in zip(expected["other"], expected["value"])}
    stance = client.get("/api/v1/states/IND/stance?from=2022&to=2022").json()
    assert stance["positive_pole"] == ["USA"] and stance["negative_pole"] == ["RUS", "CHN"]
    assert -1 <= stance["periods"][0]["position"] <= 1
    camps = client.get("/api/v1/years/2022/camps").json()
    assert {r["state"] for r in camps["states"]} >= {"USA", "RUS", "IND", "PAK"}


def test_check(client):
    said = "Resolution ES-11/1 was adopted on 2 March 2022 by 141 votes to 5, with 35 abstentions."
    data = client.post("/api/v1/check", json={"text": said}).json()
    assert data["summary"]["supported"] == 1 and data["claims"][0]["resolution"] == "A/RES/ES-11/1"


def test_head_gives_the_get_answers_headers_without_a_body(client):
    got = client.get("/rollcall/ES-11/1")
    head = client.head("/rollcall/ES-11/1")
    assert head.status_code == 200 and head.content == b""
    assert head.headers["content-length"] == got.headers["content-length"] and head.headers["etag"] == got.headers["etag"]
    assert "content-security-policy" in head.headers
    assert client.head("/rollcall/ES-99/1").status_code == 404


def test_etag_and_304(client):
    first = client.get("/api/v1/rollcalls/ES-11/1")
    etag = first.headers["etag"]
    assert api.build_id() in etag and "no-cache" in first.headers["cache-control"]
    again = client.get("/api/v1/rollcalls/ES-11/1", headers={"if-none-match": etag})
    assert again.status_code == 304 and again.content == b"" and again.headers["etag"] == etag
    assert client.get("/rollcall/ES-11/1", headers={"if-none-match": etag}).status_code == 304
    assert client.get("/api/v1/rollcalls/ES-11/1", headers={"if-none-match": '"other"'}).status_code == 200
    assert "etag" not in client.get("/api/v1/rollcalls/ES-11/99").headers  # errors are not tagged


def test_openapi_schema_describes_the_api(client):
    schema = client.get("/api/v1/openapi.json").json()
    assert {"/api/v1/rollcalls/{symbol}", "/api/v1/search", "/api/v1/states/{state}", "/api/v1/check",
            "/api/v1/states/{state}/agreement", "/api/v1/years/{year}/camps", "/api/v1/coverage"} <= set(schema["paths"])
    assert not any(p.startswith("/rollcall") for p in schema["paths"])  # the pages are not part of the API


# ---- hostile input

def test_script_tags_in_query_strings_and_paths_are_escaped(client):
    attack = "<script>alert(1)</script>"
    for url in (f"/search?q={attack}", f"/rollcall/{attack}", "/state/%3Cscript%3Ealert(1)",
                f"/state/IND?topic={attack}&from=2020", f"/compare/IND/{attack}", "/year/%3Cscript%3E"):
        response = client.get(url)
        assert response.status_code in (200, 404, 422), url
        assert attack not in response.text and "<script>alert" not in response.text, url
        if "compare" not in url:  # the others say what was asked, escaped
            assert "&lt;script&gt;" in response.text, url
        assert_safe_headers(response)
    assert client.get("/api/v1/states/<script>alert(1)").json()["error"] == "unknown state '<script>alert(1)'"


def test_script_tags_in_a_pasted_text_are_escaped(client):
    pasted = "<p>Resolution ES-11/1 was adopted by 150 votes to 5.</p><script>alert('x')</script> <img src=x onerror=alert(1)>"
    response = client.post("/check", data={"text": pasted})
    assert response.status_code == 200
    assert "<script>alert" not in response.text and "<img src=x" not in response.text
    assert_safe_headers(response)


@pytest.mark.parametrize("path", ["/static/../app.py", "/static/%2e%2e/app.py", "/static/..%2fapp.py",
                                  "/static/%2e%2e/%2e%2e/api.py", "/static//etc/passwd", "/static/....//app.py"])
def test_path_traversal_on_static_files_is_refused(client, path):
    response = client.get(path)
    assert response.status_code == 404
    assert "create_app" not in response.text and "root:" not in response.text


def test_static_files_are_served_with_headers(client):
    response = client.get("/static/unga.css")
    assert response.status_code == 200 and "max-age" in response.headers["cache-control"]
    assert_safe_headers(response)


def test_a_10_mb_body_is_refused_before_it_is_read(client):
    big = b"a" * 10_000_000
    response = client.post("/api/v1/check", content=big, headers={"content-type": "application/json"})
    assert response.status_code == 413 and "over 3,000,000 bytes" in response.json()["error"]
    assert_safe_headers(response)

    sent = []

    def chunks():  # no Content-Length: the limit counts what arrives and stops reading
        for _ in range(100):
            sent.append(1)
            yield b"b" * 100_000

    response = client.post("/check", content=chunks(), headers={"content-type": "application/x-www-form-urlencoded"})
    assert response.status_code == 413
    response = client.post("/api/v1/check", content=b"{", headers={"content-length": "-5",
                                                                      "content-type": "application/json"})
    assert response.status_code in (400, 413, 422)


def test_unicode_everywhere(client):
    assert client.get("/api/v1/states/Côte d'Ivoire?from=2022&to=2022").json()["state"] == "CIV"
    assert client.get("/state/Türkiye?from=2022&to=2022").status_code == 200
    for url in ("/rollcall/決議", "/api/v1/rollcalls/%F0%9F%92%A9", "/api/v1/states/\u202eABC",
                "/api/v1/search?q=%E2%80%8B", "/search?q=%ED%A0%80", "/api/v1/states/%FF%FE"):
        response = client.get(url)
        assert response.status_code < 500, url
        assert_safe_headers(response)
    said = "Résolution ES-11/1 : 141 voix pour — « 5 contre » 🇺🇦 and 35 abstentions. 決議。"
    assert client.post("/api/v1/check", json={"text": said}).status_code == 200
    assert "🇺🇦" in client.post("/check", data={"text": said}).text


# ---- a store swapped in while requests run

def test_store_swap_under_concurrent_requests(built_store, tmp_path, monkeypatch):
    from fastapi.testclient import TestClient

    from unga.web.app import create_app

    home = tmp_path / "home"
    home.mkdir()
    versions = [tmp_path / "a.duckdb", tmp_path / "b.duckdb"]  # two files, two identities, the same record
    for v in versions:
        shutil.copyfile(built_store, v)
    os.link(versions[0], home / "unga.duckdb")
    monkeypatch.setenv("UNGA_HOME", str(home))
    failures, answers, stop = [], [], threading.Event()
    urls = ["/api/v1/rollcalls/ES-11/1", "/rollcall/ES-11/1.json", "/api/v1/states/PAK?from=2022&to=2022&limit=5",
            "/rollcall/68/262"]
    with TestClient(create_app(ideal_points=False)) as client:
        def reader(k: int) -> None:
            while not stop.is_set():
                url = urls[k % len(urls)]
                response = client.get(url)
                if response.status_code != 200:
                    failures.append((url, response.status_code, response.text[:200]))
                elif "rollcalls" in url or url.endswith(".json"):
                    answers.append(response.json()["counts"]["yes"])

        threads = [threading.Thread(target=reader, args=(k,)) for k in range(6)]
        for t in threads:
            t.start()
        tags = {client.get("/api/v1/coverage").headers["etag"]}
        for n in range(6):
            swap = home / "incoming.duckdb"
            os.link(versions[(n + 1) % 2], swap)
            os.replace(swap, home / "unga.duckdb")  # what a build does: one atomic rename
            threading.Event().wait(0.4)
            tags.add(client.get("/api/v1/coverage").headers["etag"])
        stop.set()
        for t in threads:
            t.join()
    assert failures == []
    assert len(answers) > 20 and set(answers) == {141}
    assert len(tags) == 2  # the ETag follows the store file in place


# ---- property-based run of the OpenAPI schema

schemathesis = pytest.importorskip("schemathesis")
schema = schemathesis.pytest.from_fixture("api_schema")


@pytest.fixture(scope="module")
def api_schema(app):
    return schemathesis.openapi.from_asgi("/api/v1/openapi.json", app)


@schema.parametrize()
@settings(max_examples=10, deadline=None, derandomize=True, suppress_health_check=list(HealthCheck))
def test_no_server_error_on_any_generated_request(case):
    response = case.call()
    assert response.status_code < 500, (case.method, case.formatted_path, case.query, response.text[:300])
    assert "content-security-policy" in response.headers


def test_ideal_points_are_estimated_in_the_background(built_store, monkeypatch):
    from fastapi.testclient import TestClient

    from unga.web import ideal
    from unga.web.app import create_app

    monkeypatch.setattr(ideal, "FIT", {"start": 2021, "end": 2022})  # a small fit: the record's takes 15-20 s
    monkeypatch.setattr(ideal, "_FITS", {})
    with TestClient(create_app(ideal_points=True)) as client:
        first = client.get("/api/v1/states/India/ideal-points")
        assert first.status_code in (200, 202)
        if first.status_code == 202:
            assert first.headers["retry-after"] and first.json()["status"] == "computing"
        with ideal._LOCK:
            running = next(iter(ideal._FITS.values()))
        running.result(timeout=300)
        data = client.get("/api/v1/states/India/ideal-points").json()
        assert data["state"] == "IND" and [r["period"] for r in data["estimates"]] == [2021, 2022]
        latest = data["latest"]
        assert latest["lower"] <= latest["ideal_point"] <= latest["upper"] and latest["n_votes"] > 50
        page = client.get("/state/India?from=2022&to=2022").text
        assert f"{latest['ideal_point']:+.2f}" in page and "95% interval" in page
    monkeypatch.setattr(ideal, "_FITS", {})
    off = TestClient(create_app(ideal_points=False)).get("/api/v1/states/IND/ideal-points")
    assert off.status_code == 404 and "--no-ideal-points" in off.json()["error"]


def test_unga_serve_answers_over_http(built_store, tmp_path):
    import socket
    import subprocess
    import sys
    import time

    import httpx

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    env = {**os.environ, "UNGA_HOME": str(built_store.parent)}
    server = subprocess.Popen([sys.executable, "-m", "unga.cli.main", "serve", "--port", str(port), "--no-ideal-points"],
                              env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    try:
        for _ in range(600):
            try:
                response = httpx.get(f"http://127.0.0.1:{port}/api/v1/rollcalls/ES-11/1", timeout=30)
                break
            except httpx.TransportError:
                time.sleep(0.1)
        assert response.json()["counts"]["yes"] == 141
        assert "script-src 'self'" in response.headers["content-security-policy"]
        busy = subprocess.run([sys.executable, "-m", "unga.cli.main", "serve", "--port", str(port)], env=env,
                              capture_output=True, text=True, timeout=120, check=False)
        assert busy.returncode == 1 and "address already in use" in busy.stderr.lower()
    finally:
        server.terminate()
        server.wait(timeout=30)
    empty = subprocess.run([sys.executable, "-m", "unga.cli.main", "serve", "--port", str(port)], capture_output=True,
                           text=True, env={**env, "UNGA_HOME": str(tmp_path)}, timeout=120, check=False)
    assert empty.returncode == 1 and "unga build" in empty.stderr


def test_a_kept_error_does_not_grow_with_each_request(client):
    from unga.web import cache

    def depth(exc) -> int:
        n, tb = 0, exc.__traceback__
        while tb is not None:
            n, tb = n + 1, tb.tb_next
        return n

    depths = []
    for _ in range(50):
        with pytest.raises(UnknownName) as raised:
            cache.call(api.tally, "ES-11/1x")
        depths.append(depth(raised.value))
    assert max(depths) == min(depths) < 10
    assert client.get("/api/v1/rollcalls/ES-11/1x").status_code == 404

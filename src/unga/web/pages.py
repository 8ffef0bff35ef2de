"""The HTML pages. Each has a .json twin (the evidence behind its numbers) and its tables a .csv download."""

from __future__ import annotations

from datetime import date
from typing import Annotated
from urllib.parse import quote

from fastapi import APIRouter, Query, Request
from fastapi.responses import RedirectResponse
from starlette.concurrency import run_in_threadpool

from unga import api
from unga.errors import BadInput, NotInRecord, UngaError
from unga.results import OfficialTally
from unga.web import cache, guard, ideal, rest
from unga.web.render import (
    DEFAULT_PAGE,
    VOTES,
    csv_response,
    json_response,
    records,
    render,
    render_cached,
)

router = APIRouter(include_in_schema=False)
FORMATS = (".json", ".csv")
Start, End, Limit, Offset, Words = rest.Start, rest.End, rest.Limit, rest.Offset, rest.Words
Partners = Annotated[str, Query(alias="with", max_length=2000)]


def split_format(name: str) -> tuple[str, str]:
    """'ES-11/1.json' → ('ES-11/1', 'json'); a name without a known suffix is an HTML page."""
    for suffix in FORMATS:
        if name.endswith(suffix):
            return name[:-len(suffix)], suffix[1:]
    return name, "html"


def url(*parts: str) -> str:
    return "/" + "/".join(quote(str(p), safe="/:") for p in parts)


def attempt(function, *args, **kwargs):
    """(answer, None) or (None, the error's message): one section of a page that cannot be answered (a state
    with no vote in a year, poles that include the state itself) says why; the rest of the page stands."""
    try:
        return cache.call(function, *args, **kwargs), None
    except UngaError as exc:
        return None, str(exc)


@router.get("/")
def home(request: Request):
    covered = cache.call(api.coverage)
    return render(request, "home.html", {"latest": records(cache.call(api.latest, 15).to_frame()),
                                         "sources": records(covered.sources), "source_columns": list(covered.sources),
                                         "record_end": covered.record_end})


@router.get("/search{suffix:path}")
def search(request: Request, suffix: str = "", q: Words = None, year: rest.Year = None,
           session: Annotated[int | None, Query(ge=1, le=200)] = None, limit: Limit = DEFAULT_PAGE,
           offset: Offset = 0):
    if suffix not in ("", ".json", ".csv"):
        raise BadInput(f"/search{suffix[:40]}: use /search, /search.json or /search.csv")
    payload, paging = rest.search_payload(request, q, year, session, limit, offset)
    if suffix == ".json":
        return json_response(payload)
    if suffix == ".csv":
        return csv_response(rest.search_result(q, year, session).to_frame(), "search")
    state, symbol = None, None
    if q and len(q) <= 100:
        state = attempt(api.resolve_states, q, "the search")[0]
        found = attempt(api.tally, q)[0]
        symbol = found.roll_call.symbol if found and not isinstance(found, OfficialTally) else None
    if q and not year and not session and paging["total"] == 0 and (state or symbol):
        return RedirectResponse(url("rollcall", symbol) if symbol else url("state", state[0]), status_code=303)
    return render(request, "search.html", {"q": q or "", "year": year, "session": session, "result": payload,
                                           "paging": paging, "states": state or [], "symbol": symbol})


@router.get("/rollcall/{symbol:path}")
def rollcall(request: Request, symbol: str):
    symbol, fmt = split_format(symbol)
    result = cache.call(api.tally, symbol)
    if fmt == "json":
        return json_response(result.to_json())
    if isinstance(result, OfficialTally):  # a UN release's counts, no roll call: the JSON has them, the page says so
        raise NotInRecord(symbol, f"{result.provenance}; {result.counts['yes']}-{result.counts['no']}-"
                                  f"{result.counts['abstain']} announced; /rollcall/{symbol}.json has the named states")
    if fmt == "csv":
        return csv_response(result.to_frame(), f"votes-{result.roll_call.symbol or result.roll_call.rcid}")
    return render_cached(request, "rollcall.html", lambda: {
        "t": result, "groups": {v: sorted((result.names.get(i, i), i) for i in result.voters(v)) for v in VOTES},
        "json_url": url("rollcall", symbol) + ".json", "csv_url": url("rollcall", symbol) + ".csv"})


@router.get("/state/{state}")
def state(request: Request, state: str, start: Start = None, end: End = None, topic: Words = None,
          partners: Partners = "USA,RUS,CHN", positive: rest.States = "USA", negative: rest.States = "RUS,CHN",
          limit: Limit = DEFAULT_PAGE, offset: Offset = 0):
    state, fmt = split_format(state)
    payload, paging = rest.state_payload(request, state, start, end, topic, limit, offset)
    if fmt == "csv":
        return csv_response(cache.call(api.state_record, state, start=start, end=end, topic=topic).to_frame(),
                            f"votes-{payload['state']}")
    iso3 = payload["state"]
    sections = cache.call(state_sections, iso3, partners, positive, negative, start, end)
    if fmt == "json":
        return json_response({**payload, "agreement": sections["agreement_json"], "stance": sections["stance_json"]})
    ideal_part = _ideal(request, iso3)
    return render_cached(request, "state.html", lambda: {
        "s": payload, "paging": paging, "topic": topic or "", "start": start, "end": end, "partners": partners,
        "positive": positive, "negative": negative, **sections, **ideal_part,
        "json_url": str(request.url.replace(path=url("state", state) + ".json")),
        "csv_url": str(request.url.replace(path=url("state", state) + ".csv").remove_query_params(["limit", "offset"]))},
        extra=tuple(sorted((k, str(v)) for k, v in ideal_part.items())))


def state_sections(iso3: str, partners: str, positive: str, negative: str, start: int | None,
                   end: int | None) -> dict:
    """The agreement and stance parts of a state page, computed once per store build (web.cache)."""
    others = ",".join(p for p in partners.split(",") if p.strip() and attempt(api.resolve_states, p)[0] != [iso3])
    agreement, agreement_error = attempt(api.agreement, iso3, others or "USA", start=start, end=end)
    stance, stance_error = attempt(api.stance, iso3, positive=positive, negative=negative, start=start, end=end)
    return {"agreement": agreement, "agreement_error": agreement_error, "stance": stance, "stance_error": stance_error,
            "pivot": _pivot(agreement) if agreement else None,
            "stance_rows": records(stance.table.round(3)) if stance else [],
            "agreement_json": agreement.to_json() if agreement else agreement_error,
            "stance_json": stance.to_json() if stance else stance_error}


def _ideal(request: Request, iso3: str) -> dict:
    fit, why = ideal.estimates(start=request.app.state.ideal_points)
    shown = ideal.of_state(fit, iso3)[1] if fit else None
    return {"ideal": shown, "ideal_note": why or f"no ideal point for {iso3}: too few votes"}


def _pivot(agreement) -> dict:
    """Agreement by period with one column per partner, for a table a person reads."""
    table = agreement.pivot().round(3)
    columns = list(table.columns)
    return {"columns": [(c, agreement.names.get(c, c)) for c in columns],
            "rows": [(period, [row[c] for c in columns]) for period, row in table.iterrows()]}


@router.get("/compare/{a}/{b}")
def compare(request: Request, a: str, b: str, start: Start = None, end: End = None, limit: Limit = DEFAULT_PAGE,
            offset: Offset = 0):
    b, fmt = split_format(b)
    payload, paging = rest.compare_payload(request, a, b, start, end, limit, offset)
    result = cache.call(api.compare, a, b, start=start, end=end)
    if fmt == "json":
        return json_response(payload)
    if fmt == "csv":
        return csv_response(result.to_frame(), f"differences-{result.a}-{result.b}")
    return render_cached(request, "compare.html", lambda: {
        "c": result, "payload": payload, "paging": paging, "pivot": cache.call(compare_pivot, a, b, start, end),
        "start": start,
        "end": end, "json_url": str(request.url.replace(path=url("compare", a, b) + ".json")),
        "csv_url": str(request.url.replace(path=url("compare", a, b) + ".csv").remove_query_params(["limit", "offset"]))})


def compare_pivot(a: str, b: str, start: int | None, end: int | None) -> dict:
    return _pivot(cache.call(api.compare, a, b, start=start, end=end).agreement)


@router.get("/compare")
def compare_form(a: Annotated[str, Query(max_length=100)] = "", b: Annotated[str, Query(max_length=100)] = ""):
    if not a.strip() or not b.strip():
        raise BadInput("give two states to compare, e.g. /compare/IND/PAK")
    return RedirectResponse(url("compare", a.strip(), b.strip()), status_code=303)


@router.get("/year/{year}")
def year(request: Request, year: str, k: Annotated[int | None, Query(ge=2, le=12)] = None):
    shown, fmt = split_format(year)
    if not shown.isdigit() or not 1946 <= int(shown) <= 2100:
        raise BadInput(f"year {shown[:20]!r}: give a year of the record, e.g. /year/2023")
    result = cache.call(api.camps, year=int(shown), k=k)
    if fmt == "json":
        return json_response(result.to_json())
    if fmt == "csv":
        return csv_response(result.to_frame(), f"camps-{shown}")
    return render_cached(request, "year.html", lambda: _year_context(result, int(shown)))


def _year_context(result, year: int) -> dict:
    table = result.to_frame().sort_values(["camp", "strength"], ascending=[True, False])
    return {"year": year, "r": result, "chosen": records(result.chosen)[0], "lines": result.describe(year),
            "rows": records(table), "between": records(table[table["between"]])}


Drafted = Annotated[str | None, Query(max_length=500)]


def forecast_of(like: str | None, title: str | None, topic: str | None, announced: str | None,
                on: str | None):
    """api.forecast of the page's parameters (empty ones left out), once per store build: the page, its twins and
    its map (web.chart_routes) share the answer."""
    return cache.call(api.forecast, like or None, title=title or None, topic=topic or None,
                      announced=announced or None, date=_day(on or ""))


@router.get("/forecast{suffix:path}")
def forecast(request: Request, suffix: str = "", like: Drafted = None, title: Drafted = None, topic: Drafted = None,
             announced: Drafted = None, on: Drafted = None):
    """A draft's expected vote (api.forecast): the form, then the expected tally, map and persuadable states."""
    if suffix not in ("", ".json", ".csv"):
        raise BadInput(f"/forecast{suffix[:40]}: the forecast page is /forecast, /forecast.json or /forecast.csv")
    asked = {"like": like or "", "title": title or "", "topic": topic or "", "announced": announced or "",
             "on": on or ""}
    if not any(asked.values()):
        if suffix:
            raise BadInput("describe the draft: give like=SYMBOLS, title=TEXT or topic=WORDS")
        return render(request, "forecast.html", {"asked": asked, "f": None})
    result = forecast_of(like, title, topic, announced, on)
    if suffix == ".json":
        return json_response(result.to_json())
    if suffix == ".csv":
        return csv_response(result.to_frame().drop(columns=["reasons"], errors="ignore"), "forecast")
    query = str(request.url.query)
    return render_cached(request, "forecast.html", lambda: {
        "asked": asked, "f": result, "persuadable": records(result.persuadable(15)),
        "json_url": "/forecast.json?" + query, "csv_url": "/forecast.csv?" + query,
        "map_url": "/chart/forecast.json?" + query})


@router.get("/check")
def check_form(request: Request):
    return render(request, "check.html", {"text": "", "published": "", "result": None,
                                          "max_chars": rest.CHECK_MAX_CHARS})


@router.post("/check")
async def check(request: Request):
    # the form is read here, not by a Form() parameter: the framework's default refuses fields over 1 MB, the
    # checker takes up to CHECK_MAX_CHARS (the body's own limit is web.guard.MAX_BODY)
    form = await request.form(max_files=0, max_fields=10, max_part_size=guard.MAX_BODY)
    text, published = form.get("text", ""), form.get("published", "")
    if not isinstance(text, str) or not isinstance(published, str):
        raise BadInput("the form's text must be pasted text, not a file")
    day = _day(published)
    result = await run_in_threadpool(api.check_text, text, published=day)
    return render(request, "check.html", {"text": text, "published": published, "result": result,
                                          "segments": marked(result.text, result.claims),
                                          "max_chars": rest.CHECK_MAX_CHARS})


def _day(text: str) -> date | None:
    if not text.strip():
        return None
    try:
        return date.fromisoformat(text.strip()[:10])
    except ValueError:
        raise BadInput(f"date {text[:20]!r}: give it as YYYY-MM-DD, or leave it empty") from None


WORST = ["supported", "unverifiable", "contradicted"]


def marked(text: str, claims: list[dict]) -> list[dict]:
    """The text in pieces: plain ones, and each claim's span with its numbers and its worst verdict."""
    by_end: dict[int, list[tuple[int, dict]]] = {}
    for number, claim in enumerate(claims, start=1):
        by_end.setdefault(claim["span"][1], []).append((number, claim))
    pieces, at = [], 0
    for end in sorted(by_end):
        start = min(c["span"][0] for _, c in by_end[end])
        if start < at:
            continue
        pieces.append({"text": text[at:start]})
        verdict = max((c["verdict"] for _, c in by_end[end]), key=WORST.index)
        pieces.append({"text": text[start:end], "verdict": verdict,
                       "claims": [(n, c["verdict"]) for n, c in by_end[end]]})
        at = end
    pieces.append({"text": text[at:]})
    return pieces

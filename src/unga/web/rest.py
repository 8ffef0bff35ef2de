"""The REST API under /api/v1/: each route calls one api function (through web.cache) and returns its JSON.

The HTML pages' .json twins answer with the same payload functions defined here."""

from __future__ import annotations

from datetime import date
from typing import Annotated

from fastapi import APIRouter, Body, HTTPException, Path, Query, Request
from fastapi.responses import JSONResponse
from pydantic import BaseModel, Field

from unga import api
from unga.web import cache, ideal
from unga.web.render import (
    DEFAULT_PAGE,
    MAX_PAGE,
    json_response,
    link_header,
    page_of,
    records,
)

router = APIRouter(prefix="/api/v1", tags=["api"])

Year = Annotated[int | None, Query(ge=1946, le=2100, description="a year of the record (1946 on)")]
Start = Annotated[int | None, Query(alias="from", ge=1946, le=2100, description="from this year on")]
End = Annotated[int | None, Query(alias="to", ge=1946, le=2100, description="up to this year, inclusive")]
Limit = Annotated[int, Query(ge=1, le=MAX_PAGE, description="rows per page")]
Offset = Annotated[int, Query(ge=0, le=10_000_000, description="rows to skip")]
Words = Annotated[str | None, Query(max_length=1000, description="words every roll call must contain")]
States = Annotated[str, Query(max_length=2000, description="comma-separated states (ISO3 codes or names)")]
CHECK_MAX_CHARS = api.CHECK_MAX_BYTES  # a character is at least one byte: the api refuses what is still too long


class CheckRequest(BaseModel):
    text: str = Field(max_length=CHECK_MAX_CHARS, description="a news text, plain or HTML")
    published: date | None = Field(None, description="the text's publication date, if it has no dateline")


def rollcall_payload(symbol: str) -> dict:
    return cache.call(api.tally, symbol).to_json()


def search_result(q: str | None, year: int | None, session: int | None):
    """The roll calls matching, or the latest ones when nothing is asked."""
    if q or year is not None or session is not None:
        return cache.call(api.search, q or "", year=year, session=session, limit=api.MAX_LIMIT)
    return cache.call(api.latest, 50)


def search_payload(request: Request, q: str | None, year: int | None, session: int | None, limit: int,
                   offset: int) -> tuple[dict, dict]:
    result = search_result(q, year, session)
    rows, paging = page_of(request, result.to_frame(), limit, offset)
    return {"query": result.words, **paging, "roll_calls": records(rows)}, paging


def state_summary(state: str, start: int | None, end: int | None, topic: str | None) -> dict:
    """A state's record without its votes, with counts by year: computed once per store build (web.cache)."""
    result = cache.call(api.state_record, state, start=start, end=end, topic=topic)
    return {**result.summary(), "by_year": records(result.by_year())}


def state_payload(request: Request, state: str, start: int | None, end: int | None, topic: str | None, limit: int,
                  offset: int) -> tuple[dict, dict]:
    summary = cache.call(state_summary, state, start, end, topic)
    result = cache.call(api.state_record, state, start=start, end=end, topic=topic)
    rows, paging = page_of(request, result.to_frame(), limit, offset)
    return {**summary, "topic": topic, "votes": records(rows), **paging}, paging


def compare_summary(a: str, b: str, start: int | None, end: int | None) -> dict:
    return {k: v for k, v in cache.call(api.compare, a, b, start=start, end=end).to_json().items()
            if k != "differences"}


def compare_payload(request: Request, a: str, b: str, start: int | None, end: int | None, limit: int,
                    offset: int) -> tuple[dict, dict]:
    result = cache.call(api.compare, a, b, start=start, end=end)
    rows, paging = page_of(request, result.to_frame(), limit, offset)
    return {**cache.call(compare_summary, a, b, start, end), "differences": records(rows), **paging}, paging


@router.get("/coverage", summary="What each source covers and where the record ends")
def coverage():
    return json_response(cache.call(api.coverage).to_json())


@router.get("/latest", summary="The most recent roll calls, newest first")
def latest(limit: Annotated[int, Query(ge=1, le=MAX_PAGE)] = 20):
    return json_response(cache.call(api.latest, limit).to_json())


@router.get("/rollcalls/{symbol:path}", summary="The tally and every state's vote on one roll call")
def rollcall(symbol: str):
    """symbol: ES-11/1, A/RES/ES-11/1, 68/262, R/68/262 or rcid:5309."""
    return json_response(rollcall_payload(symbol))


@router.get("/search", summary="Roll calls whose symbol, title, agenda item or subjects contain every word")
def search(request: Request, q: Words = None, year: Year = None,
           session: Annotated[int | None, Query(ge=1, le=200)] = None, limit: Limit = DEFAULT_PAGE,
           offset: Offset = 0):
    payload, paging = search_payload(request, q, year, session, limit, offset)
    return json_response(payload, link_header(paging))


@router.get("/states/{state}", summary="A state's votes (one page of them), counts and rates by year")
def state(request: Request, state: str, start: Start = None, end: End = None, topic: Words = None,
          limit: Limit = DEFAULT_PAGE, offset: Offset = 0):
    payload, paging = state_payload(request, state, start, end, topic, limit, offset)
    return json_response(payload, link_header(paging))


@router.get("/states/{state}/agreement", summary="Agreement of a state with others, by year, session or all")
def agreement(state: str, with_: Annotated[str, Query(alias="with", max_length=2000)] = "USA,RUS,CHN",
              method: Annotated[str, Query(max_length=40)] = "agree",
              by: Annotated[str, Query(pattern="^(year|session|all)$")] = "year", start: Start = None,
              end: End = None):
    return json_response(cache.call(api.agreement, state, with_, method=method, by=by, start=start,
                                    end=end).to_json())


@router.get("/states/{state}/stance", summary="Where a state stands between two poles, with 95% intervals")
def stance(state: str, positive: States = "USA", negative: States = "RUS,CHN", start: Start = None,
           end: End = None):
    return json_response(cache.call(api.stance, state, positive=positive, negative=negative, start=start,
                                    end=end).to_json())


@router.get("/states/{state}/ideal-points", summary="A state's ideal points by year with 95% intervals",
            responses={202: {"description": "the estimates are being computed; ask again after Retry-After seconds"}})
def ideal_points(request: Request, state: str):
    iso3 = api.resolve_states(state, "the state")[0]
    fit, why = ideal.estimates(start=request.app.state.ideal_points)
    if fit is None:
        if not request.app.state.ideal_points:
            raise HTTPException(404, why)
        return JSONResponse({"status": "computing" if "being" in why else "failed", "detail": why},
                            status_code=202, headers={"retry-after": "20"})
    rows, latest = ideal.of_state(fit, iso3)
    return json_response({"state": iso3, "latest": latest, "estimates": rows, "settings": fit.settings,
                          "diagnostics": fit.diagnostics})


@router.get("/states/{a}/compare/{b}", summary="Two states: agreement by year and the roll calls where they differed")
def compare(request: Request, a: str, b: str, start: Start = None, end: End = None, limit: Limit = DEFAULT_PAGE,
            offset: Offset = 0):
    payload, paging = compare_payload(request, a, b, start, end, limit, offset)
    return json_response(payload, link_header(paging))


@router.get("/years/{year}/camps", summary="Voting camps of one year, membership strength, states between camps")
def camps(year: Annotated[int, Path(ge=1946, le=2100)],
          k: Annotated[int | None, Query(ge=2, le=12)] = None):
    return json_response(cache.call(api.camps, year=year, k=k).to_json())


@router.post("/check", summary="The claims about recorded votes in a text, each with its verdict and evidence")
def check(request: Annotated[CheckRequest, Body()]):
    return json_response(api.check_text(request.text, published=request.published).to_json())

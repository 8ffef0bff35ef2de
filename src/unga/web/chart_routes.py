"""The chart descriptions as JSON, one URL per chart: pages point a <figure data-chart-src=…> at them.

Each route calls the same api function as the page it belongs to (through web.cache, so a page and its chart
cost one computation per store build) and turns the answer into a description with web.charts.
"""
from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, Request
from fastapi.responses import JSONResponse

from unga import api
from unga.errors import BadInput, NotInRecord
from unga.results import Tally
from unga.web import cache, charts, pages
from unga.web import ideal as ideal_fit
from unga.web.rest import End, Start, States, Words

router = APIRouter(prefix="/chart", include_in_schema=False)


def _json(description: dict) -> JSONResponse:
    return JSONResponse(description, headers={"cache-control": "public, no-cache"})


def _suffixless(name: str) -> str:
    if not name.endswith(".json"):
        raise BadInput(f"{name[:60]}: chart descriptions end in .json")
    return name[:-len(".json")]


@router.get("/rollcall/{symbol:path}")
def rollcall_map(symbol: str):
    result = cache.call(api.tally, _suffixless(symbol))
    if not isinstance(result, Tally):  # a UN release's counts (OfficialTally): no map of every state's vote
        raise NotInRecord(symbol, result.provenance)
    return _json(charts.rollcall_map(result))


@router.get("/forecast.json")
def forecast_map(like: pages.Drafted = None, title: pages.Drafted = None, topic: pages.Drafted = None,
                 announced: pages.Drafted = None, on: pages.Drafted = None):
    return _json(charts.forecast_map(pages.forecast_of(like, title, topic, announced, on)))


@router.get("/rates/{state}")
def rates(state: str, start: Start = None, end: End = None, topic: Words = None):
    return _json(charts.rates_chart(cache.call(api.state_record, _suffixless(state), start=start, end=end, topic=topic or None)))


@router.get("/agreement/{state}")
def agreement(state: str, partners: Annotated[str, Query(alias="with", max_length=2000)] = "USA,RUS,CHN",
              start: Start = None, end: End = None):
    result = cache.call(api.agreement, _suffixless(state), partners, start=start, end=end)
    return _json(charts.agreement_lines(result))


@router.get("/stance/{state}")
def stance(state: str, positive: States = "USA", negative: States = "RUS,CHN", start: Start = None, end: End = None):
    result = cache.call(api.stance, _suffixless(state), positive=positive, negative=negative, start=start, end=end)
    return _json(charts.stance_chart(result))


@router.get("/ideal/{state}")
def ideal(request: Request, state: str):
    """From the fit the state pages share (web.ideal: one per store build, in the background)."""
    iso3 = cache.call(api.resolve_states, _suffixless(state), "the state")[0]
    fit, why = ideal_fit.estimates(start=request.app.state.ideal_points)
    if fit is None:  # under way or switched off: the page shows no chart for it then
        return JSONResponse({"error": why, "suggestions": []}, status_code=503, headers={"retry-after": "20"})
    return _json(charts.ideal_chart(fit, iso3))


@router.get("/year/{year}")
def camps(year: str, k: Annotated[int | None, Query(ge=2, le=12)] = None):
    shown = _suffixless(year)
    if not shown.isdigit():
        raise BadInput(f"year {shown[:20]!r}: give a year of the record, e.g. /chart/year/2023.json")
    return _json(charts.camps_chart(cache.call(api.camps, year=int(shown), k=k), int(shown)))

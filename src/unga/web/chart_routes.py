"""The chart descriptions as JSON, one URL per chart: pages point a <figure data-chart-src=…> at them.

Each route calls the same api function as the page it belongs to (through web.cache, so a page and its chart
cost one computation per store build) and turns the answer into a description with web.charts.
"""
from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query
from fastapi.responses import JSONResponse

from unga import api
from unga.errors import BadInput
from unga.web import cache, charts

router = APIRouter(prefix="/chart", include_in_schema=False)
Year = Annotated[int | None, Query(ge=1946, le=2100)]
States = Annotated[str, Query(max_length=2000)]


def _json(description: dict) -> JSONResponse:
    return JSONResponse(description, headers={"cache-control": "public, no-cache"})


def _suffixless(name: str) -> str:
    if not name.endswith(".json"):
        raise BadInput(f"{name[:60]}: chart descriptions end in .json")
    return name[:-len(".json")]


@router.get("/rollcall/{symbol:path}")
def rollcall_map(symbol: str):
    return _json(charts.rollcall_map(cache.call(api.tally, _suffixless(symbol))))


@router.get("/agreement/{state}")
def agreement(state: str, partners: Annotated[States, Query(alias="with")] = "USA,RUS,CHN",
              start: Year = None, end: Year = None):
    result = cache.call(api.agreement, _suffixless(state), partners, start=start, end=end)
    return _json(charts.agreement_lines(result))


@router.get("/stance/{state}")
def stance(state: str, positive: States = "USA", negative: States = "RUS,CHN", start: Year = None, end: Year = None):
    result = cache.call(api.stance, _suffixless(state), positive=positive, negative=negative, start=start, end=end)
    return _json(charts.stance_chart(result))


@router.get("/ideal/{state}")
def ideal(state: str):
    iso3 = cache.call(api.resolve_states, _suffixless(state), "the state")[0]
    return _json(charts.ideal_chart(cache.call(api.ideal_points), iso3))


@router.get("/year/{year}")
def camps(year: str, k: Annotated[int | None, Query(ge=2, le=12)] = None):
    shown = _suffixless(year)
    if not shown.isdigit():
        raise BadInput(f"year {shown[:20]!r}: give a year of the record, e.g. /chart/year/2023.json")
    return _json(charts.camps_chart(cache.call(api.camps, year=int(shown), k=k), int(shown)))

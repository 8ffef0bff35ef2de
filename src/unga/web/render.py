"""Turning api results into responses: HTML through Jinja2 (autoescaped), JSON twins, CSV downloads, pages of lists."""

from __future__ import annotations

import json
import math
import threading
from collections import OrderedDict
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from fastapi import Request
from fastapi.responses import HTMLResponse, JSONResponse, Response
from jinja2 import Environment, FileSystemLoader, select_autoescape

from unga import api
from unga.results import _jsonable, claim_line

if TYPE_CHECKING:
    import pandas as pd

ENV = Environment(loader=FileSystemLoader(Path(__file__).parent / "templates"),
                  autoescape=select_autoescape(default=True, default_for_string=True), trim_blocks=True,
                  lstrip_blocks=True)
DEFAULT_PAGE = 100  # rows of a long list per page
MAX_PAGE = 1000
VOTES = ("yes", "no", "abstain", "absent")
MAX_PAGES_KEPT = 256  # rendered pages kept (about 100 kB each at most)
_PAGES: OrderedDict[tuple, str] = OrderedDict()
_PAGES_LOCK = threading.Lock()


def _cell(value: Any) -> str:
    if value is None or type(value).__name__ in {"NAType", "NaTType"} or (isinstance(value, float) and math.isnan(value)):
        return ""
    if hasattr(value, "date") and callable(value.date) and not isinstance(value, str):
        return str(value.date())
    if isinstance(value, float):
        return f"{value:.3f}"
    if isinstance(value, str) and len(value) == 19 and value.endswith("T00:00:00"):  # a date in its JSON form
        return value[:10]
    return str(value)


ENV.filters["cell"] = _cell
ENV.filters["pct"] = lambda v: "" if v is None or math.isnan(v) else f"{v:.1%}"
ENV.filters["signed"] = lambda v: "" if v is None or math.isnan(v) else f"{v:+.2f}"
ENV.filters["claim_line"] = claim_line  # the checker's line for a claim is written once, by the library


def render(request: Request, template: str, context: dict, status_code: int = 200) -> HTMLResponse:
    html = ENV.get_template(template).render(request=request, votes=VOTES, **context)
    return HTMLResponse(html, status_code=status_code)


def render_cached(request: Request, template: str, make_context: Callable[[], dict], extra: tuple = ()) -> HTMLResponse:
    """render, from a copy kept per store build and URL when the page was made before: a page's tables cost
    more to lay out than its numbers to look up. extra: whatever else the page depends on."""
    key = (api.build_id(), template, str(request.url), extra)
    with _PAGES_LOCK:
        html = _PAGES.get(key)
        if html is not None:
            _PAGES.move_to_end(key)
    if html is None:
        html = ENV.get_template(template).render(request=request, votes=VOTES, **make_context())
        with _PAGES_LOCK:
            _PAGES[key] = html
            while len(_PAGES) > MAX_PAGES_KEPT:
                _PAGES.popitem(last=False)
    return HTMLResponse(html)


class _JSON(JSONResponse):
    def render(self, content: Any) -> bytes:
        return json.dumps(_jsonable(content), ensure_ascii=False, allow_nan=False, default=str,
                          separators=(",", ":")).encode("utf-8")


def json_response(payload: dict, headers: dict[str, str] | None = None) -> JSONResponse:
    return _JSON(payload, headers=headers)


def csv_response(frame: pd.DataFrame, name: str) -> Response:
    safe = "".join(c if c.isalnum() or c in "-_" else "_" for c in name)[:80] or "table"
    return Response(frame.to_csv(index=False), media_type="text/csv; charset=utf-8",
                    headers={"content-disposition": f'attachment; filename="{safe}.csv"'})


def page_of(request: Request, frame: pd.DataFrame, limit: int, offset: int) -> tuple[pd.DataFrame, dict]:
    """Rows offset to offset + limit counted from the newest (the frames come oldest first), with the links to
    the first, previous and next pages."""
    total = len(frame)
    rows = frame.iloc[::-1].iloc[offset:offset + limit]
    url = request.url
    links = {"self": str(url.include_query_params(limit=limit, offset=offset))}
    if offset + limit < total:
        links["next"] = str(url.include_query_params(limit=limit, offset=offset + limit))
    if offset > 0:
        links["prev"] = str(url.include_query_params(limit=limit, offset=max(0, offset - limit)))
        links["first"] = str(url.include_query_params(limit=limit, offset=0))
    return rows, {"total": total, "limit": limit, "offset": offset, "links": links}


def link_header(paging: dict) -> dict[str, str]:
    links = paging["links"]
    return {"link": ", ".join(f'<{u}>; rel="{rel}"' for rel, u in links.items() if rel != "self")} \
        if len(links) > 1 else {}


def records(frame: pd.DataFrame) -> list[dict]:
    return _jsonable(frame.to_dict(orient="records"))

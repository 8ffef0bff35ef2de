"""Turning api results into responses: HTML through Jinja2 (autoescaped), JSON twins, CSV downloads, pages of lists."""

from __future__ import annotations

import json
import math
from pathlib import Path
from typing import TYPE_CHECKING, Any

from fastapi import Request
from fastapi.responses import HTMLResponse, JSONResponse, Response
from jinja2 import Environment, FileSystemLoader, select_autoescape

from unga.results import _jsonable

if TYPE_CHECKING:
    import pandas as pd

ENV = Environment(loader=FileSystemLoader(Path(__file__).parent / "templates"),
                  autoescape=select_autoescape(default=True, default_for_string=True), trim_blocks=True,
                  lstrip_blocks=True)
DEFAULT_PAGE = 100  # rows of a long list per page
MAX_PAGE = 1000
VOTES = ("yes", "no", "abstain", "absent")


def _cell(value: Any) -> str:
    if value is None or type(value).__name__ in {"NAType", "NaTType"} or (isinstance(value, float) and math.isnan(value)):
        return ""
    if hasattr(value, "date") and callable(value.date) and not isinstance(value, str):
        return str(value.date())
    if isinstance(value, float):
        return f"{value:.3f}"
    return str(value)


ENV.filters["cell"] = _cell
ENV.filters["pct"] = lambda v: "" if v is None or v != v else f"{v:.1%}"
ENV.filters["signed"] = lambda v: "" if v is None or v != v else f"{v:+.2f}"


def render(request: Request, template: str, context: dict, status_code: int = 200) -> HTMLResponse:
    html = ENV.get_template(template).render(request=request, votes=VOTES, **context)
    return HTMLResponse(html, status_code=status_code)


def json_response(payload: dict, headers: dict[str, str] | None = None) -> JSONResponse:
    return JSONResponse(json.loads(json.dumps(_jsonable(payload), default=str, allow_nan=False)), headers=headers)


def csv_response(frame: pd.DataFrame, name: str) -> Response:
    safe = "".join(c if c.isalnum() or c in "-_" else "_" for c in name)[:80] or "table"
    return Response(frame.to_csv(index=False), media_type="text/csv; charset=utf-8",
                    headers={"content-disposition": f'attachment; filename="{safe}.csv"'})


def page_of(request: Request, frame: pd.DataFrame, limit: int, offset: int) -> tuple[pd.DataFrame, dict]:
    """Rows offset to offset + limit, with the links to the first, previous and next pages."""
    total = len(frame)
    rows = frame.iloc[offset:offset + limit]
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

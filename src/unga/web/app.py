"""The ASGI application: `unga serve` runs it; tests drive it with Starlette's TestClient.

Routes call api functions (through web.cache) and render a template, its .json twin or a CSV; every error the
api raises becomes an HTTP status in one handler (errors_to_http)."""

from __future__ import annotations

from importlib import metadata
from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException

from unga.errors import (
    AmbiguousResolution,
    BadInput,
    StoreMissing,
    UngaError,
    UnknownName,
    UnknownState,
    printable,
)
from unga.web import chart_routes, pages, rest
from unga.web.guard import Guard, HeadAsGet
from unga.web.render import render
from unga.web.response_cache import ResponseCache

HERE = Path(__file__).parent


def _version() -> str:
    try:
        return metadata.version("unga")
    except metadata.PackageNotFoundError:
        return "0"


def create_app(*, ideal_points: bool = True) -> FastAPI:
    """ideal_points: estimate them (one fit per store build, in the background) for the state pages."""
    app = FastAPI(title="unga", version=_version(), docs_url=None, redoc_url=None,
                  openapi_url="/api/v1/openapi.json",
                  description="The UN General Assembly's recorded votes: the answers of the `unga` command as JSON.")
    app.state.ideal_points = ideal_points
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")
    app.include_router(rest.router)
    app.include_router(chart_routes.router)
    app.include_router(pages.router)
    app.add_exception_handler(UngaError, errors_to_http)
    app.add_exception_handler(RequestValidationError, invalid_parameters)
    app.add_exception_handler(HTTPException, http_error)
    app.add_middleware(ResponseCache)  # inside Guard: its headers and 304s still apply
    app.add_middleware(Guard, version=_version())
    app.add_middleware(HeadAsGet)  # outermost: everything inside sees a GET
    return app


def status_of(exc: UngaError) -> int:
    if isinstance(exc, UnknownName):
        return 404
    if isinstance(exc, BadInput):
        return 422
    return 503  # no store, or one that cannot be read: the server's environment, not the request


def _wants_json(request: Request) -> bool:
    path = request.url.path
    return path.startswith("/api/") or path.endswith((".json", ".csv"))


def _suggestions(exc: UngaError) -> list[str]:
    if isinstance(exc, AmbiguousResolution):
        return list(exc.parts)
    return list(getattr(exc, "suggestions", []))


def error_response(request: Request, status: int, message: str, suggestions: list[str], kind: str = ""):
    message = printable(message)[:1000]
    if _wants_json(request):
        return JSONResponse({"error": message, "suggestions": suggestions}, status_code=status)
    links = [(s, f"/{'state' if kind == 'state' else 'rollcall'}/{s}") for s in suggestions]
    return render(request, "error.html", {"status": status, "message": message, "suggestions": links},
                  status_code=status)


async def errors_to_http(request: Request, exc: UngaError):
    """The one place where the api's errors become HTTP: unknown names 404, bad input 422, no store 503."""
    kind = "state" if isinstance(exc, UnknownState) else "resolution"
    message = str(exc) if not isinstance(exc, StoreMissing) else "the record is not built on this server yet"
    return error_response(request, status_of(exc), message, _suggestions(exc), kind)


async def invalid_parameters(request: Request, exc: RequestValidationError):
    problems = "; ".join(f"{'.'.join(str(p) for p in e.get('loc', ())[1:]) or 'request'}: {e.get('msg', '')}"
                         for e in exc.errors()[:5])
    return error_response(request, 422, f"invalid parameters: {problems}", [])


async def http_error(request: Request, exc: HTTPException):
    message = exc.detail if isinstance(exc.detail, str) else "not found"
    response = error_response(request, exc.status_code, message, [])
    for name, value in (exc.headers or {}).items():
        response.headers[name] = value
    return response

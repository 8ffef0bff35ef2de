"""The ASGI middleware in front of every route: security headers, the body size limit, ETags and caching."""

from __future__ import annotations

import json
import logging

from starlette.datastructures import Headers, MutableHeaders

from unga import api
from unga.errors import UngaError

LOG = logging.getLogger("unga.web")
MAX_BODY = 3_000_000  # bytes of a request body: the checker's 2 MB text with room for form encoding
CSP = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
       "object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'")
SECURITY = {"content-security-policy": CSP, "x-content-type-options": "nosniff", "x-frame-options": "DENY",
            "referrer-policy": "same-origin"}
CACHE_CONTROL = "public, no-cache"  # keep it, but ask again with If-None-Match: a new build changes the ETag
STATIC_CACHE = "public, max-age=3600"


class HeadAsGet:
    """HEAD answered as GET without the body (HTTP's rule; the framework's GET routes do not take HEAD): a link
    checker or a cache asking for the headers gets them, with the length and ETag of the GET answer."""

    def __init__(self, app) -> None:
        self.app = app

    async def __call__(self, scope, receive, send) -> None:
        if scope["type"] != "http" or scope["method"] != "HEAD":
            return await self.app(scope, receive, send)

        async def headers_only(message) -> None:
            if message["type"] == "http.response.body":
                if not message.get("more_body", False):
                    await send({"type": "http.response.body", "body": b""})
                return
            await send(message)

        await self.app({**scope, "method": "GET"}, receive, headers_only)


class Guard:
    """Pure ASGI (not BaseHTTPMiddleware) so that a too-large body is refused before it is read."""

    def __init__(self, app, version: str) -> None:
        self.app, self.version = app, version

    async def __call__(self, scope, receive, send) -> None:
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        headers = Headers(scope=scope)
        length = headers.get("content-length", "")
        if length and (not length.isdigit() or int(length) > MAX_BODY):
            return await _refuse(send, 413, f"the request body is over {MAX_BODY:,} bytes; send a shorter text")
        etag = self._etag(scope)
        if etag and etag in [t.strip() for t in headers.get("if-none-match", "").split(",")]:
            return await _plain(send, 304, b"", {"etag": etag, "cache-control": CACHE_CONTROL})
        started, refused, received = False, False, 0

        async def limited_receive():
            # a body sent in chunks, without a length: counted as it comes, refused once over the limit (the
            # framework would turn an exception here into a 400, so the 413 is sent from here)
            nonlocal received, refused
            if refused:
                return {"type": "http.disconnect"}
            message = await receive()
            received += len(message.get("body", b""))
            if received > MAX_BODY:
                refused = True
                if not started:
                    await _refuse(send, 413, f"the request body is over {MAX_BODY:,} bytes; send a shorter text")
                return {"type": "http.disconnect"}
            return message

        async def send_with_headers(message):
            nonlocal started
            if refused:
                return
            if message["type"] == "http.response.start":
                started = True
                out = MutableHeaders(scope=message)
                for name, value in SECURITY.items():
                    out.setdefault(name, value)
                if scope["path"].startswith("/static/"):
                    out["cache-control"] = STATIC_CACHE
                elif etag and message["status"] == 200:
                    out["etag"] = etag
                    out.setdefault("cache-control", CACHE_CONTROL)
            await send(message)

        try:
            await self.app(scope, limited_receive, send_with_headers)
        except Exception:  # a bug: logged with its traceback, answered with the security headers all the same
            if refused:
                return
            LOG.exception("internal error on %s", scope.get("path"))
            if not started:
                await _refuse(send, 500, "internal error (a bug in unga; the server's log has the traceback)")

    def _etag(self, scope) -> str | None:
        """One tag per store build and unga version for every GET: what a page shows depends on nothing else."""
        if scope["method"] not in ("GET", "HEAD") or scope["path"].startswith("/static/"):
            return None
        try:
            return f'"{api.build_id()}-{self.version}"'
        except UngaError:
            return None


async def _plain(send, status: int, body: bytes, extra: dict[str, str]) -> None:
    headers = [(k.encode(), v.encode()) for k, v in {**SECURITY, **extra}.items()]
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": body})


async def _refuse(send, status: int, message: str) -> None:
    body = json.dumps({"error": message, "suggestions": []}).encode()
    await _plain(send, status, body, {"content-type": "application/json", "content-length": str(len(body)),
                                      "connection": "close"})

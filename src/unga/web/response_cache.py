"""Whole responses kept per store build: a page asked for again is sent from memory, not computed and rendered.

The record is read-only between builds, so a GET's answer depends only on its URL and the store build
(api.build_id(): a build that swaps in a new store starts an empty cache). Only complete 200 answers of at most
MAX_BODY bytes are kept, in least-recently-used order up to MAX_BYTES in all. Pure ASGI: it sits inside
web.guard's Guard, which still adds the security and caching headers (and answers If-None-Match) on every request.
"""

from __future__ import annotations

import asyncio
import threading
from collections import OrderedDict

from unga import api
from unga.errors import UngaError

MAX_BYTES = 64 * 1024 * 1024  # all kept bodies together
MAX_BODY = 2 * 1024 * 1024  # one body; larger ones (a whole record as CSV) are computed each time
SKIP = ("/static/",)  # StaticFiles answers from disk with its own validators


class ResponseCache:
    def __init__(self, app) -> None:
        self.app = app
        self.lock = threading.Lock()
        self.build = ""
        self.entries: OrderedDict[tuple, tuple[int, list, bytes]] = OrderedDict()
        self.size = 0
        self.pending: dict[tuple, asyncio.Event] = {}  # keys being computed: the same URL asked meanwhile waits

    async def __call__(self, scope, receive, send) -> None:
        if scope["type"] != "http" or scope["method"] not in ("GET", "HEAD") or scope["path"].startswith(SKIP):
            return await self.app(scope, receive, send)
        try:
            build = api.build_id()
        except UngaError:  # no store: the route answers with its error, not kept
            return await self.app(scope, receive, send)
        host = next((v for k, v in scope["headers"] if k == b"host"), b"")  # pages hold absolute links
        key = (scope["method"], host, scope.get("raw_path") or scope["path"].encode(), scope.get("query_string", b""))
        held = self._get(build, key)
        if held is None and key in self.pending:  # a cold page asked by many at once is computed once
            await self.pending[key].wait()
            held = self._get(build, key)
        if held is not None:
            status, headers, body = held
            await send({"type": "http.response.start", "status": status, "headers": headers})
            await send({"type": "http.response.body", "body": body})
            return
        computing = self.pending[key] = asyncio.Event()
        try:
            await self.app(scope, receive, self._keeping(build, key, send))
        finally:
            if self.pending.get(key) is computing:
                del self.pending[key]
            computing.set()

    def _get(self, build: str, key: tuple):
        with self.lock:
            if build != self.build:
                self.build, self.entries, self.size = build, OrderedDict(), 0
                return None
            held = self.entries.get(key)
            if held is not None:
                self.entries.move_to_end(key)
            return held

    def _put(self, build: str, key: tuple, held: tuple[int, list, bytes]) -> None:
        with self.lock:
            if build != self.build or key in self.entries:
                return
            self.entries[key] = held
            self.size += len(held[2])
            while self.size > MAX_BYTES and self.entries:
                _, (_, _, body) = self.entries.popitem(last=False)
                self.size -= len(body)

    def _keeping(self, build: str, key: tuple, send):
        start: dict = {}
        chunks: list[bytes] = []
        keep = True

        async def sending(message) -> None:
            nonlocal keep
            if message["type"] == "http.response.start":
                start.update(message)
                keep = message["status"] == 200 and not any(k.lower() == b"set-cookie" for k, _ in message["headers"])
            elif message["type"] == "http.response.body" and keep:
                chunks.append(message.get("body", b""))
                keep = sum(map(len, chunks)) <= MAX_BODY
                if keep and not message.get("more_body", False):
                    self._put(build, key, (start["status"], list(start["headers"]), b"".join(chunks)))
            await send(message)

        return sending

"""A loopback HTTP server in the publishers' URL layouts, for `unga update` tests (no internet).

Hosts live under /undl, /dataverse, /github_api and /github_raw (what `--sources-from BASE` asks for). Files
are added with add_github / add_undl / add_dataverse; the listings (GitHub contents API, the Digital Library's
file API, Dataverse dataset metadata) are made from them. It answers GET and HEAD with ETag and Last-Modified,
304 to If-None-Match / If-Modified-Since, 206 to Range (honouring If-Range), and injects faults per path:
"404", "500", "slow" (answers after `slow` seconds), "cut" (sends half of what it promised, then closes).
Every request is logged with its headers.
"""

from __future__ import annotations

import hashlib
import json
import threading
import time
from email.utils import formatdate
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit


def git_sha1(data: bytes) -> str:
    return hashlib.sha1(f"blob {len(data)}\0".encode() + data).hexdigest()


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    block_on_close = False

    def handle_error(self, request, client_address) -> None:  # a client that gave up (timeout test): not news
        pass


class Publisher:
    def __init__(self) -> None:
        self.files: dict[str, bytes] = {}         # path → bytes
        self.modified: dict[str, float] = {}
        self.listed: dict[str, dict] = {}        # path → overrides of what the listing says (sha, size, md5)
        self.faults: dict[str, str] = {}
        self.bare: set[str] = set()                  # paths served without ETag or Last-Modified
        self.slow = 2.0
        self.log: list[tuple[str, str, dict]] = []
        self.github: dict[tuple[str, str], list[str]] = {}   # (repo, folder) → names
        self.undl: list[str] = []
        self.dataverse: dict[int, tuple[str, str]] = {}     # id → (original name, path)
        handler = type("Handler", (_Handler,), {"publisher": self})
        self.server = _Server(("127.0.0.1", 0), handler)
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}"

    def stop(self) -> None:
        self.server.shutdown()
        self.server.server_close()

    def put(self, path: str, data: bytes) -> None:
        self.files[path] = data
        self.modified[path] = time.time() + len(self.modified)  # each version a later Last-Modified

    def add_github(self, repo: str, folder: str, name: str, data: bytes) -> str:
        path = f"/github_raw/{repo}/HEAD/{folder}/{name}"
        self.put(path, data)
        names = self.github.setdefault((repo, folder), [])
        if name not in names:
            names.append(name)
        return path

    def add_undl(self, name: str, data: bytes) -> str:
        path = f"/undl/record/4060887/files/{name}"
        self.put(path, data)
        if name not in self.undl:
            self.undl.append(name)
        return path

    def add_dataverse(self, file_id: int, name: str, data: bytes) -> str:
        path = f"/dataverse/api/access/datafile/{file_id}"
        self.put(path, data)
        self.dataverse[file_id] = (name, path)
        return path

    def requests(self, path: str) -> list[dict]:
        return [headers for method, p, headers in self.log if p == path and method == "GET"]

    # the listings, made from the files
    def listing(self, path: str, query: dict) -> object | None:
        if path.startswith("/github_api/repos/"):
            rest = path.removeprefix("/github_api/repos/")
            owner, repo, _, folder = rest.split("/", 3)
            names = self.github.get((f"{owner}/{repo}", folder))
            if names is None:
                return None
            out = []
            for name in names:
                data = self.files[f"/github_raw/{owner}/{repo}/HEAD/{folder}/{name}"]
                item = {"name": name, "path": f"{folder}/{name}", "sha": git_sha1(data), "size": len(data), "type": "file"}
                item.update(self.listed.get(f"/github_raw/{owner}/{repo}/HEAD/{folder}/{name}", {}))
                out.append(item)
            return out
        if path == "/undl/api/v1/file":
            return [{"name": n.rsplit(".", 1)[0], "format": ".csv",
                     "url": f"https://digitallibrary.un.org/record/4060887/files/{n}"} for n in self.undl]
        if path == "/dataverse/api/datasets/:persistentId/" and query.get("persistentId") == ["doi:10.7910/DVN/LEJUQZ"]:
            files = []
            for file_id, (name, p) in self.dataverse.items():
                data = self.files[p]
                entry = {"id": file_id, "filename": name.replace(".csv", ".tab"), "originalFileName": name,
                         "originalFileFormat": "text/csv", "originalFileSize": len(data),
                         "md5": hashlib.md5(data).hexdigest(), "filesize": len(data) + 7}
                entry.update(self.listed.get(p, {}))
                files.append({"label": name.replace(".csv", ".tab"), "dataFile": entry})
            return {"status": "OK", "data": {"latestVersion": {"files": files}}}
        return None


class _Handler(BaseHTTPRequestHandler):
    publisher: Publisher
    protocol_version = "HTTP/1.1"

    def log_message(self, *args) -> None:  # quiet
        pass

    def do_HEAD(self) -> None:
        self._answer(body=False)

    def do_GET(self) -> None:
        self._answer(body=True)

    def _answer(self, body: bool) -> None:
        pub = self.publisher
        parts = urlsplit(self.path)
        path = parts.path
        pub.log.append((self.command, path, dict(self.headers.items())))
        fault = pub.faults.get(path)
        if fault == "slow":
            time.sleep(pub.slow)
        if fault in ("404", "500"):
            return self._send(int(fault), b"fault\n", body)
        listing = pub.listing(path, parse_qs(parts.query))
        if listing is not None:
            return self._send(200, json.dumps(listing).encode(), body, "application/json")
        if path not in pub.files:
            return self._send(404, b"not found\n", body)
        self._file(path, body, fault)

    def _file(self, path: str, body: bool, fault: str | None) -> None:
        pub = self.publisher
        data = pub.files[path]
        etag = '"' + hashlib.sha256(data).hexdigest()[:32] + '"'
        modified = formatdate(pub.modified[path], usegmt=True)
        validators = {} if path in pub.bare else {"ETag": etag, "Last-Modified": modified}
        if self.headers.get("If-None-Match") == etag or (
                "If-None-Match" not in self.headers and self.headers.get("If-Modified-Since") == modified):
            return self._send(304, b"", False, extra=validators)
        start, status = 0, 200
        wanted = self.headers.get("Range", "")
        if wanted.startswith("bytes=") and self.headers.get("If-Range", etag) in (etag, modified):
            start = int(wanted.removeprefix("bytes=").split("-")[0])
            if start >= len(data):
                return self._send(416, b"", body, extra={"Content-Range": f"bytes */{len(data)}"})
            status = 206
            validators["Content-Range"] = f"bytes {start}-{len(data) - 1}/{len(data)}"
        chunk = data[start:]
        if fault == "cut" and body:
            self.send_response(status)
            for k, v in {**validators, "Content-Length": str(len(chunk)), "Accept-Ranges": "bytes"}.items():
                self.send_header(k, v)
            self.end_headers()
            self.wfile.write(chunk[: max(1, len(chunk) // 2)])
            self.wfile.flush()
            self.close_connection = True
            return
        self._send(status, chunk, body, "application/octet-stream", {**validators, "Accept-Ranges": "bytes"})

    def _send(self, status: int, data: bytes, body: bool, kind: str = "text/plain", extra: dict | None = None) -> None:
        self.send_response(status)
        for k, v in (extra or {}).items():
            self.send_header(k, v)
        if status != 304:
            self.send_header("Content-Type", kind)
            self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        if body and status != 304:
            self.wfile.write(data)

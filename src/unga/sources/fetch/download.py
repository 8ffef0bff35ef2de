"""Download one publisher's file into the sources folder, the way a careful person would by hand.

- Conditional: the ETag and Last-Modified of the cached copy are sent back (If-None-Match, If-Modified-Since);
  a 304 downloads nothing.
- Resumable: bytes arrive in NAME.part; a cut download continues from where it stopped (Range, with If-Range
  so a file changed meanwhile starts over), in the same run when retried or in the next one.
- Bounded: a timeout per read, a size bound (UNGA_FETCH_MAX_BYTES), retries with exponential back-off on
  5xx, 429, timeouts and broken connections only.
- Checked: the size and checksum the publisher lists, then the reader's layout (a callable), before the
  .part is renamed over the cached file. A failure leaves the cached file as it was.
"""

from __future__ import annotations

import hashlib
import json
import os
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

import httpx

from unga.errors import BadInput, FetchError, SourceError
from unga.sources.fetch.publishers import Remote

Progress = Callable[[str, int, int], None]


@dataclass(frozen=True)
class Settings:
    timeout: float = 30.0          # seconds without a byte before a read fails
    retries: int = 4               # further attempts after the first
    backoff: float = 1.0           # seconds before the first retry; doubled each time
    max_bytes: int = 2 << 30       # the UN's bulk CSV is ~360 MB

    @classmethod
    def from_env(cls) -> Settings:
        """The defaults, each overridable by UNGA_FETCH_TIMEOUT, _RETRIES, _BACKOFF, _MAX_BYTES (docs/limits.md)."""
        return cls(_env("TIMEOUT", cls.timeout, float, 0.001, 3600), _env("RETRIES", cls.retries, int, 0, 20),
                   _env("BACKOFF", cls.backoff, float, 0, 600), _env("MAX_BYTES", cls.max_bytes, int, 1, 1 << 40))


def _env(name: str, default, kind, low, high):
    text = os.environ.get(f"UNGA_FETCH_{name}")
    if text is None or not text.strip():
        return default
    try:
        value = kind(text)
    except ValueError:
        value = None
    if value is None or not low <= value <= high:
        raise BadInput(f"UNGA_FETCH_{name}={text!r}: give a {'whole ' * (kind is int)}number from {low:g} to {high:g}")
    return value


@dataclass(frozen=True)
class Fetched:
    """What became of one file: downloaded, unchanged (304) or failed, with the facts provenance keeps."""

    source: str
    local: str
    url: str
    status: str                    # "downloaded" | "unchanged" | "failed"
    bytes: int | None = None
    sha256: str | None = None
    etag: str | None = None
    last_modified: str | None = None
    fetched_at: str | None = None
    resumed_from: int = 0          # bytes of an earlier .part the download continued from
    error: str = ""


class _Retry(Exception):
    """A failure worth another attempt (server error, timeout, broken connection)."""


def client(settings: Settings) -> httpx.Client:
    return httpx.Client(timeout=httpx.Timeout(settings.timeout), follow_redirects=True,
                        headers={"User-Agent": "unga-update/0.1 (python-httpx)"})


def with_retries(url: str, settings: Settings, attempt: Callable[[], object]) -> object:
    """attempt() until it succeeds, at most 1 + retries times, waiting backoff, 2·backoff, … between tries."""
    for n in range(settings.retries + 1):
        try:
            return attempt()
        except _Retry as exc:
            last = str(exc)
        except httpx.TimeoutException:
            last = f"no answer within {settings.timeout:g} s (timeout)"
        except httpx.TransportError as exc:
            last = _transport(exc)
        if n < settings.retries:
            time.sleep(settings.backoff * 2 ** n)
    failure = FetchError(url, f"{last}, after {settings.retries + 1} attempts",
                         fix="check the network or try later; nothing cached or stored was replaced")
    failure.transient = True  # a .part of it is worth keeping for the next run
    raise failure


def _transport(exc: httpx.TransportError) -> str:
    if isinstance(exc, httpx.ConnectError):
        return "cannot connect (the server is unreachable)"
    if isinstance(exc, httpx.RemoteProtocolError):
        return "the connection broke during the download"
    return f"network error ({type(exc).__name__}: {exc})"


def get_json(http: httpx.Client, settings: Settings) -> Callable[[str], object]:
    """A function url → decoded JSON (a publisher's listing), with the retries of downloads."""
    def attempt(url: str) -> object:
        response = http.get(url, headers={"Accept": "application/json"})
        _refuse_status(url, response)
        if len(response.content) > settings.max_bytes:
            raise FetchError(url, f"a listing of {len(response.content):,} bytes", fix="is this the publisher?")
        try:
            return response.json()
        except ValueError:
            raise FetchError(url, "the listing is not JSON", fix="is the base URL the publisher's?") from None
    return lambda url: with_retries(url, settings, lambda: attempt(url))


def _refuse_status(url: str, response: httpx.Response) -> None:
    code = response.status_code
    if code >= 500 or code == 429:
        raise _Retry(f"HTTP {code} {response.reason_phrase}".strip())
    if code >= 400:
        raise FetchError(url, f"HTTP {code} {response.reason_phrase}".strip(),
                         fix="the publisher moved or removed the file; see docs/data.md, Getting the data")


def download(http: httpx.Client, remote: Remote, folder: Path, cached: dict | None, settings: Settings,
             check: Callable[[Path], None], progress: Progress | None = None) -> Fetched:
    """Fetch remote into folder/remote.local unless unchanged; cached is its manifest entry (or None)."""
    dest = Path(folder) / remote.local
    part, meta = dest.with_name(dest.name + ".part"), dest.with_name(dest.name + ".part-meta")
    dest.parent.mkdir(parents=True, exist_ok=True)
    same = cached is not None and cached.get("url") == remote.url and dest.is_file() \
        and dest.stat().st_size == cached.get("bytes")
    if same and _listed_unchanged(remote, cached):
        return _unchanged(remote, cached)
    if meta.is_file():  # resumed_from counts from this run's first resumed answer
        meta.write_text(json.dumps({**_read_meta(meta), "resumed_from": 0}), encoding="utf-8")
    try:
        result = with_retries(remote.url, settings,
                              lambda: _attempt(http, remote, part, meta, cached if same else None, settings, progress))
    except FetchError as exc:
        if not getattr(exc, "transient", False):  # refused (4xx, size): what was received is not worth resuming
            _remove(part, meta)
        raise
    if result == "unchanged":
        return _unchanged(remote, cached)
    headers = _read_meta(meta)
    try:
        digest = _verify(remote, part)
        check(part)
    except (FetchError, SourceError):
        _remove(part, meta)
        raise
    os.replace(part, dest)
    meta.unlink(missing_ok=True)
    return Fetched(remote.source, remote.local, remote.url, "downloaded", dest.stat().st_size, digest,
                   headers.get("etag"), headers.get("last_modified"),
                   datetime.now(timezone.utc).isoformat(timespec="seconds"), resumed_from=headers.get("resumed_from", 0))


def _listed_unchanged(remote: Remote, cached: dict) -> bool:
    """A server that gives no ETag nor Last-Modified (Dataverse's signed redirects) cannot answer 304: there the
    checksum the publisher lists, the same as when the cached copy was fetched, says the file is unchanged."""
    return (not cached.get("etag") and not cached.get("last_modified") and remote.checksum is not None
            and cached.get("checksum") == ":".join(remote.checksum))


def _unchanged(remote: Remote, cached: dict) -> Fetched:
    return Fetched(remote.source, remote.local, remote.url, "unchanged", cached.get("bytes"), cached.get("sha256"),
                   cached.get("etag"), cached.get("last_modified"), cached.get("fetched_at"))


def _request_headers(part: Path, meta: Path, remote: Remote, cached: dict | None) -> tuple[dict[str, str], int]:
    headers: dict[str, str] = {"Accept-Encoding": "identity"}  # byte ranges and sizes are of the file itself
    if cached:
        if cached.get("etag"):
            headers["If-None-Match"] = cached["etag"]
        if cached.get("last_modified"):
            headers["If-Modified-Since"] = cached["last_modified"]
    saved = _read_meta(meta)
    offset = part.stat().st_size if part.is_file() else 0
    validator = saved.get("etag") or saved.get("last_modified")
    if offset and saved.get("url") == remote.url and validator:
        headers["Range"], headers["If-Range"] = f"bytes={offset}-", validator
        headers.pop("If-None-Match", None)
        headers.pop("If-Modified-Since", None)
    else:
        offset = 0
    return headers, offset


def _attempt(http: httpx.Client, remote: Remote, part: Path, meta: Path, cached: dict | None, settings: Settings,
             progress: Progress | None) -> str:
    headers, offset = _request_headers(part, meta, remote, cached)
    with http.stream("GET", remote.url, headers=headers) as response:
        if response.status_code == 304 and cached:
            return "unchanged"
        if response.status_code == 416:  # the .part is not a prefix of the file served now: start over
            _remove(part, meta)
            raise _Retry("HTTP 416 for the rest of a partial download")
        _refuse_status(remote.url, response)
        if response.status_code not in (200, 206):
            raise FetchError(remote.url, f"unexpected HTTP {response.status_code}", fix="is the base URL the publisher's?")
        resumed = response.status_code == 206
        if resumed and not response.headers.get("content-range", "").startswith(f"bytes {offset}-"):
            _remove(part, meta)
            raise _Retry(f"the server answered the range from byte {offset} with another range")
        offset = offset if resumed else 0
        total = _total(response, offset)
        _check_size(remote, total, settings)
        first = _read_meta(meta).get("resumed_from", 0) if resumed else 0
        _write_meta(meta, remote.url, response, resumed_from=first or offset)
        _receive(response, part, offset, total, settings, remote, progress)
    return "downloaded"


def _total(response: httpx.Response, offset: int) -> int | None:
    if response.status_code == 206:
        size = response.headers.get("content-range", "").rpartition("/")[2]
        return int(size) if size.isdigit() else None
    length = response.headers.get("content-length")
    return int(length) if length and length.isdigit() else None


def _check_size(remote: Remote, total: int | None, settings: Settings) -> None:
    if total is not None and total > settings.max_bytes:
        raise FetchError(remote.url, f"{total:,} bytes, more than the bound of {settings.max_bytes:,}",
                         fix="raise UNGA_FETCH_MAX_BYTES if the file is right")
    if total is not None and remote.size is not None and total != remote.size:
        raise FetchError(remote.url, f"the server sends {total:,} bytes where the publisher lists {remote.size:,}",
                         fix="the file changed during the update or is damaged; run unga update again later")


def _receive(response: httpx.Response, part: Path, offset: int, total: int | None, settings: Settings,
             remote: Remote, progress: Progress | None) -> None:
    done = offset
    with open(part, "ab" if offset else "wb") as handle:
        for chunk in response.iter_raw():  # as received: a chunk size would hold back bytes a broken connection then loses
            done += len(chunk)
            if done > settings.max_bytes:
                handle.close()
                part.unlink(missing_ok=True)
                raise FetchError(remote.url, f"more than the bound of {settings.max_bytes:,} bytes",
                                 fix="raise UNGA_FETCH_MAX_BYTES if the file is right")
            handle.write(chunk)
            if progress:
                progress(remote.local, done, total or 0)
        handle.flush()
        os.fsync(handle.fileno())
    if total is not None and done != total:
        raise _Retry(f"the download stopped at {done:,} of {total:,} bytes")


def _verify(remote: Remote, path: Path) -> str:
    """The file's sha256, after comparing its size and checksum with what the publisher lists."""
    size = path.stat().st_size
    sha256, md5, git = hashlib.sha256(), hashlib.md5(), hashlib.sha1(f"blob {size}\0".encode())
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            for h in (sha256, md5, git):
                h.update(block)
    if remote.size is not None and size != remote.size:
        raise FetchError(remote.url, f"{size:,} bytes received where the publisher lists {remote.size:,}",
                         fix="run unga update again; the previous file is kept")
    if remote.checksum:
        kind, expected = remote.checksum
        got = (git if kind == "git-sha1" else md5).hexdigest()
        if got != str(expected).lower():
            raise FetchError(remote.url, f"{kind} checksum {got[:12]}… differs from the publisher's {str(expected)[:12]}…",
                             fix="the file changed during the update or was damaged; run unga update again; "
                                 "the previous file is kept")
    return sha256.hexdigest()


def _read_meta(meta: Path) -> dict:
    try:
        data = json.loads(meta.read_text(encoding="utf-8"))
        return data if isinstance(data, dict) else {}
    except (OSError, ValueError):
        return {}


def _write_meta(meta: Path, url: str, response: httpx.Response, resumed_from: int) -> None:
    meta.write_text(json.dumps({"url": url, "etag": response.headers.get("etag"),
                                "last_modified": response.headers.get("last-modified"), "resumed_from": resumed_from}),
                    encoding="utf-8")


def _remove(*paths: Path) -> None:
    for path in paths:
        path.unlink(missing_ok=True)

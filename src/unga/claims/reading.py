"""Bytes to text for `unga check`: the encoding found (BOM, UTF-8, else charset-normalizer), binary and empty input
refused, and a size limit so that the work stays bounded.

The limit is DEFAULT_MAX_BYTES (2 MB, about 300,000 words: roughly two minutes of checking); raise it with
`unga check --max-bytes N` or the environment variable UNGA_CHECK_MAX_BYTES.
"""

from __future__ import annotations

import codecs
import os
import re

from unga.errors import BadInput

DEFAULT_MAX_BYTES = 2_000_000
ENV_MAX_BYTES = "UNGA_CHECK_MAX_BYTES"
BOMS = [(codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"), (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16")]
CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u200b-\u200f\u202a-\u202e\u2066-\u2069]")


def max_bytes(given: int | None = None) -> int:
    """The size limit: the one given, else $UNGA_CHECK_MAX_BYTES, else DEFAULT_MAX_BYTES."""
    if given is not None:
        if given <= 0:
            raise BadInput(f"--max-bytes {given}: give a positive number of bytes")
        return given
    env = os.environ.get(ENV_MAX_BYTES, "").strip()
    if env:
        if not env.isdigit() or int(env) <= 0:
            raise BadInput(f"{ENV_MAX_BYTES}={env!r}: give a positive number of bytes")
        return int(env)
    return DEFAULT_MAX_BYTES


def check_size(size: int, name: str, limit: int) -> None:
    if size > limit:
        raise BadInput(f"{name}: {size:,} bytes is over the limit of {limit:,} for `check`; split the text, or raise "
                       f"the limit with --max-bytes N or {ENV_MAX_BYTES}=N")


def decode(data: bytes, name: str) -> str:
    """The text of a file's bytes; an error naming the file if it is empty, binary or of no known encoding."""
    if not data.strip():
        raise BadInput(f"{name}: the file is empty; give a news text (plain text or HTML)")
    for bom, encoding in BOMS:
        if data.startswith(bom):
            return _clean(data.decode(encoding, errors="replace"), name)
    if b"\x00" in data[:4096]:
        raise BadInput(f"{name}: binary data, not a text (no byte-order mark and NUL bytes); give plain text or HTML")
    try:
        return _clean(data.decode("utf-8"), name)
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data[:200_000]).best()
    if best is None:
        raise BadInput(f"{name}: binary data or an unknown text encoding; save it as UTF-8 text or HTML")
    return _clean(data.decode(best.encoding, errors="replace"), name)


def _clean(text: str, name: str) -> str:
    text = text.lstrip("\ufeff")
    controls = len(CONTROL.findall(text[:20000]))
    if controls > max(20, len(text[:20000]) // 10):
        raise BadInput(f"{name}: binary data, not a text ({controls} control characters); give plain text or HTML")
    if not text.strip():
        raise BadInput(f"{name}: the file has no text; give a news text (plain text or HTML)")
    return text


def without_controls(text: str) -> str:
    """Control and bidirectional-override characters replaced by spaces (one for one, so offsets hold): they never
    reach a terminal."""
    return CONTROL.sub(" ", text)

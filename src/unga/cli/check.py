"""unga check: the claims about recorded votes in a news text, each marked with its verdict."""

from __future__ import annotations

import argparse
import sys
from datetime import date

from rich.text import Text

from unga import api
from unga.cli.render import add_formats, console, emit_csv, emit_json
from unga.results import claim_line

STYLE = {"supported": "bold green", "contradicted": "bold red", "unverifiable": "yellow"}


def _date(text: str) -> date:
    found = api.publication_date(text)
    if found is None:
        raise argparse.ArgumentTypeError(f"{text!r} is no date: give YYYY-MM-DD or YYYY-MM")
    return found


def add_commands(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("check", help="check the claims about recorded votes in a news text",
                       description="FILE is plain text or HTML, or - for standard input. Each claim gets a verdict: "
                                   "supported, contradicted or unverifiable, with the record behind it (--json).")
    p.add_argument("file")
    p.add_argument("--date", type=_date, help="the article's publication date (YYYY-MM-DD, or YYYY-MM when the page "
                   "gives the month only), if it has no dateline; helps place 'on Wednesday'")
    p.add_argument("--max-bytes", type=int, default=None, metavar="N",
                   help=f"refuse texts over N bytes (default {api.CHECK_MAX_BYTES:,}, or ${api.CHECK_MAX_BYTES_ENV})")
    add_formats(p, csv_help="one row per claim")
    p.set_defaults(run=check)


MARK = {"supported": "✓", "contradicted": "✗", "unverifiable": "?"}


def _marked(text: str, numbered: list[dict]) -> Text:
    """The text with each claim's sentence coloured by its verdict and its numbers and marks after it."""
    marked = Text()
    at = 0
    by_end: dict[int, list[tuple[int, dict]]] = {}
    for number, claim in enumerate(numbered, start=1):
        by_end.setdefault(claim["span"][1], []).append((number, claim))
    for end in sorted(by_end):
        start = min(c["span"][0] for _, c in by_end[end])
        if start < at:
            continue
        worst = max((c["verdict"] for _, c in by_end[end]), key=["supported", "unverifiable", "contradicted"].index)
        marked.append(text[at:start])
        marked.append(text[start:end], style=STYLE[worst])
        for number, claim in by_end[end]:
            marked.append(f" [{number}{MARK[claim['verdict']]}]", style=STYLE[claim["verdict"]])
        at = end
    marked.append(text[at:])
    return marked


class _EncodedText:
    """A text stream put in place of standard input (an embedding program, a test), read as UTF-8 bytes."""

    def __init__(self, stream) -> None:
        self.stream, self.name = stream, "standard input"

    def read(self, size: int = -1) -> bytes:
        return self.stream.read(size).encode("utf-8")


def check(args: argparse.Namespace) -> None:
    stdin = sys.stdin.buffer if hasattr(sys.stdin, "buffer") else _EncodedText(sys.stdin)
    source = stdin if args.file == "-" else args.file
    result = api.check_file(source, published=args.date, max_bytes=args.max_bytes)
    if args.json:
        return emit_json(result)
    if args.csv:
        return emit_csv(result.to_frame())
    out = console()
    numbered = result.claims  # every claim, the unverifiable ones and the vote sentences with nothing to check too
    out.print(_marked(result.text, numbered))
    out.print()
    for number, claim in enumerate(numbered, start=1):
        line = Text(f"{number}. {claim['verdict']}", style=STYLE[claim["verdict"]])
        line.append(f" — {claim_line(claim)}")
        out.print(line)
    out.print(result.headline)

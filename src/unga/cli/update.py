"""`unga update`: fetch the sources from their publishers, then rebuild the store."""

from __future__ import annotations

import argparse

import pandas as pd
from rich.markup import escape
from rich.progress import BarColumn, Progress, TextColumn, TimeElapsedColumn

from unga import api
from unga.cli.record import show_build
from unga.cli.render import console, emit_json, frame_table


def add_commands(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("update", help="download the sources from their publishers and rebuild the store",
                       description="Fetch each source's files from its publisher into $UNGA_HOME/sources (only what "
                                   "changed: conditional, resumable, checksummed, layout-checked), then build the "
                                   "store from them. docs/data.md, 'Getting the data'.")
    p.add_argument("--sources-from", metavar="URL-BASE",
                   help="fetch every publisher's files from this mirror instead (host h under URL-BASE/h)")
    p.add_argument("--only", metavar="NAME",
                   help="only these sources (comma-separated): undl_bulk, unxml, unvotes, voeten_github, voeten_dataverse")
    p.add_argument("--allow-shrink", action="store_true",
                   help="replace the store even if the new one holds fewer roll calls or votes (docs/data.md, Builds)")
    p.add_argument("--json", action="store_true", help="print what was fetched and built as JSON")
    p.set_defaults(run=update)


def _amount(done: int, total: int, is_file: bool) -> str:
    if not is_file:
        return f"{done}/{total}"
    mb = 1 << 20
    return f"{done / mb:.1f}/{total / mb:.1f} MB" if total else f"{done / mb:.1f} MB"


def update(args: argparse.Namespace) -> None:
    out = console()
    columns = (TextColumn("{task.description:<40}"), BarColumn(), TextColumn("{task.fields[amount]}"),
               TimeElapsedColumn())
    with Progress(*columns, console=out, transient=True, disable=args.json) as bar:
        tasks: dict[str, int] = {}

        def tick(what: str, done: int, total: int) -> None:
            is_file = "/" in what  # a file under the sources folder; else a stage of the build
            key = what if is_file else "build"
            if key not in tasks:
                tasks[key] = bar.add_task(what, total=None, amount="")
            bar.update(tasks[key], description=what, completed=done, total=total or None,
                       amount=_amount(done, total, is_file))

        summary = api.update(sources_from=args.sources_from, only=args.only, allow_shrink=args.allow_shrink,
                             progress=tick)
    if args.json:
        emit_json(summary)
    else:
        _show(out, summary)
    if summary.failure is not None:
        raise summary.failure


def _show(out, summary) -> None:
    for t in summary.terms:
        out.print(f"[bold]{escape(t['title'])}[/]\n  terms: {escape(t['terms'])}\n  credit: {escape(t['credit'])}")
    files = summary.files
    detail = files["error"].where(files["error"] != "", files["resumed_from"].map(
        lambda n: f"resumed from byte {n:,}" if n else ""))
    table = pd.DataFrame({"file": files["local"], "status": files["status"],
                          "bytes": files["bytes"].astype("Int64"), "detail": detail})
    out.print(frame_table(table, "Sources (unga export provenance --out FILE.csv for URLs and hashes)"))
    for gone in summary.removed:
        out.print(f"removed {escape(gone)}: an older vintage of a file fetched now")
    counts = summary.counts()
    out.print(f"{counts['downloaded']} downloaded, {counts['unchanged']} unchanged (304), {counts['failed']} failed")
    if summary.note:
        out.print(summary.note)
    if summary.build is not None:
        show_build(out, summary.build)
    if summary.changes is not None:
        out.print("[bold]what changed since the previous store[/] (`unga diff` for more, `--json` for all):")
        out.print("\n".join(summary.changes.summary_lines()), markup=False, highlight=False)

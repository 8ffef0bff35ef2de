"""Commands over the vote record: build, tally, search, state, export."""

from __future__ import annotations

import argparse
from pathlib import Path

from rich.markup import escape
from rich.progress import BarColumn, Progress, TextColumn, TimeElapsedColumn

from unga import api
from unga.cli.render import add_formats, console, emit_csv, emit_json, frame_table
from unga.errors import printable
from unga.results import OfficialTally


def add_commands(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("build", help="build the store from the source files", description=
                       "Read every source file, reconcile them into one record and write the store atomically.")
    p.add_argument("--sources", type=Path, help="folder with the source files (default: ../shared/data)")
    p.add_argument("--allow-shrink", action="store_true",
                   help="replace the store even if the new one holds fewer roll calls or votes (docs/data.md, Builds)")
    p.add_argument("--json", action="store_true", help="print provenance and integrity as JSON")
    p.set_defaults(run=build)

    p = sub.add_parser("tally", help="the tally and every state's vote on one roll call",
                       description="SYMBOL may be ES-11/1, A/RES/ES-11/1, 68/262, R/68/262 or rcid:5309.")
    p.add_argument("symbol")
    add_formats(p)
    p.set_defaults(run=tally)

    p = sub.add_parser("search", help="roll calls whose symbol, title, agenda item or subjects match")
    p.add_argument("words", nargs="*", help=f"words every roll call must contain (at most {api.MAX_WORDS}; "
                   "literal, case-insensitive)")
    p.add_argument("--year", type=int, help="only roll calls of this year (1946 to the last vote)")
    p.add_argument("--session", type=int, help="only roll calls of this session (1 = 1946)")
    p.add_argument("--limit", type=int, default=200, metavar="N",
                   help=f"show at most N roll calls, 1 to {api.MAX_LIMIT:,} (default 200)")
    add_formats(p)
    p.set_defaults(run=search)

    p = sub.add_parser("state", help="a state's voting record and rates",
                       description="STATE may be an ISO3 code, a name or a common short name (PAK, Pakistan, 'the US').")
    p.add_argument("state")
    p.add_argument("--from", dest="start", type=int, metavar="YEAR",
                   help="from this year on (the record starts in 1946)")
    p.add_argument("--to", dest="end", type=int, metavar="YEAR", help="up to this year, inclusive")
    p.add_argument("--topic", help="only roll calls whose title, agenda item or subjects contain these words")
    p.add_argument("--alone", action="store_true",
                   help="the state's own seat only (default over years: with the seats it continues, e.g. the USSR)")
    add_formats(p)
    p.set_defaults(run=state)

    p = sub.add_parser("export", help="write a store table to Parquet or CSV")
    p.add_argument("table", help="states, memberships, roll_calls, votes, integrity, links, provenance or build_info")
    p.add_argument("--out", type=Path, required=True, help="FILE.parquet or FILE.csv")
    p.set_defaults(run=export)


def build(args: argparse.Namespace) -> None:
    out = console()
    columns = (TextColumn("{task.description:<40}"), BarColumn(), TextColumn("{task.completed}/{task.total}"),
               TimeElapsedColumn())
    with Progress(*columns, console=out, transient=True, disable=args.json) as bar:
        task = bar.add_task("starting", total=None)
        summary = api.build(args.sources, allow_shrink=args.allow_shrink,
                            progress=lambda what, i, n: bar.update(task, description=what, completed=i, total=n))
    if args.json:
        return emit_json(summary)
    show_build(out, summary)


def show_build(out, summary) -> None:
    """The build's one-line summary and its provenance and integrity tables (also after `unga update`)."""
    out.print(str(summary))
    prov = summary.provenance.dropna(subset=["rows_read"])
    prov = prov[["file", "source", "rows_read", "roll_calls", "roll_calls_leading", "roll_calls_merged", "votes",
                 "rows_rejected"]].astype({c: "Int64" for c in ("rows_read", "roll_calls", "roll_calls_leading",
                                                                 "roll_calls_merged", "votes", "rows_rejected")})
    prov["file"] = prov["file"].map(lambda f: Path(f).name)
    out.print(frame_table(prov, "Provenance (unga export provenance --out FILE.csv for hashes and reasons)"))
    out.print(frame_table(summary.integrity, "Integrity (unga export integrity --out FILE.csv for every row)"))


def tally(args: argparse.Namespace) -> None:
    result = api.tally(args.symbol)
    if args.json:
        return emit_json(result)
    if args.csv:
        return emit_csv(result.to_frame())
    if isinstance(result, OfficialTally):
        return _official_tally(result)
    out = console()
    rc = result.roll_call
    out.print(f"[bold]{rc.symbol or rc.rcid}[/]  {rc.date}  session {rc.session}  ({rc.kind}, rcid {rc.rcid})")
    out.print(rc.title or "")
    c, p = result.counts, result.published
    out.print(f"[green]{c['yes']} yes[/]  [red]{c['no']} no[/]  [yellow]{c['abstain']} abstain[/]  "
              f"[dim]{c['absent']} absent[/]   published ({result.published_source}): "
              f"{p['yes']} / {p['no']} / {p['abstain']}" + (f", {p['non_voting']} non-voting" if p["non_voting"] is not None else ""))
    for warning in result.warnings:
        out.print(f"[bold red]warning:[/] {escape(warning)}")
    for vote in ("no", "abstain", "absent"):
        names = sorted(result.names.get(i, i) for i in result.voters(vote))
        out.print(f"[bold]{vote}[/] ({len(names)}): " + ", ".join(names))
    out.print(f"[bold]yes[/] ({c['yes']}): {', '.join(sorted(result.names.get(i, i) for i in result.voters('yes')))}")
    if result.other_roll_calls:
        out.print("other recorded votes on this symbol: " + ", ".join(f"rcid:{o.rcid} ({o.kind}, {o.date})" for o in result.other_roll_calls))
    for item in result.integrity:
        out.print(f"[dim]integrity: {item['check']} — {item['value']} ({item['source']}) vs "
                  f"{item['other_value']} ({item['other_source']})[/]")


def _official_tally(result: OfficialTally) -> None:
    out = console()
    c = result.counts
    out.print(f"[bold]{escape(result.label)}[/]  {result.date}" + (f"  {escape(result.meeting)}" if result.meeting else ""))
    out.print(escape(result.title or ""))
    out.print(f"[green]{c['yes']} yes[/]  [red]{c['no']} no[/]  [yellow]{c['abstain']} abstain[/]   (announced)")
    out.print(f"[bold red]note:[/] {escape(result.provenance)}")
    for vote in ("no", "abstain", "yes"):
        names = sorted(result.names.get(i, i) for i in result.voters(vote))
        if names:
            whole = "" if vote in result.complete else f" of {c[vote]} named"
            out.print(f"[bold]{vote}[/] ({len(names)}{whole}): " + ", ".join(names))
    out.print(f"[dim]{escape(result.unknown)}[/]")
    if result.note:
        out.print(f"[dim]{escape(result.note)}[/]")


def search(args: argparse.Namespace) -> None:
    result = api.search(args.words, year=args.year, session=args.session, limit=args.limit)
    if args.json:
        return emit_json(result)
    if args.csv:
        return emit_csv(result.to_frame())
    console().print(frame_table(result.to_frame(), result.headline))


def state(args: argparse.Namespace) -> None:
    result = api.state_record(args.state, start=args.start, end=args.end, topic=args.topic, alone=args.alone)
    if args.json:
        return emit_json(result)
    if args.csv:
        return emit_csv(result.to_frame())
    out = console()
    columns = ["date", "symbol", "kind", "title", "vote"] + (["seat"] if "seat" in result.votes else [])
    out.print(frame_table(result.to_frame()[columns], result.headline))
    if result.note:
        out.print(f"note: {result.note}")
    out.print("rates: " + ", ".join(f"{v} {r:.1%}" for v, r in result.rates.items()))


def export(args: argparse.Namespace) -> None:
    console().print(f"wrote {printable(str(api.export(args.table, args.out)))}", markup=False)

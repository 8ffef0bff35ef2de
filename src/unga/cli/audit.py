"""Commands about the record itself: `unga audit` (its health check) and `unga sources` (what it covers)."""

from __future__ import annotations

import argparse

from unga import api
from unga.cli.render import add_formats, console, emit_csv, emit_json, frame_table


def add_commands(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("audit", help="the record's health check: duplicates, lists vs counts, dates, symbols, years",
                       description="Run every rule over the store; each rule shows its count, what the record already "
                                   "flags in `integrity`, and examples. Exit code 1 when a rule fails.")
    p.add_argument("--examples", type=int, default=5, metavar="N", help="examples per rule (default 5)")
    add_formats(p, "one row per rule as CSV")
    p.set_defaults(run=audit)

    p = sub.add_parser("sources", help="what each source covers, the kinds of votes per period, where the record ends")
    add_formats(p, "one row per source as CSV")
    p.set_defaults(run=sources)


def audit(args: argparse.Namespace) -> int:
    if args.examples < 0:
        from unga.errors import BadInput

        raise BadInput(f"--examples {args.examples}: give 0 or more")
    result = api.audit(examples=args.examples)
    if args.json:
        emit_json(result)
    elif args.csv:
        emit_csv(result.to_frame())
    else:
        out = console()
        out.print(frame_table(result.to_frame(), str(result)))
        for rule in result.rules:
            mark = {"pass": "[green]pass[/]", "doubt": "[yellow]doubt[/]"}.get(rule["status"], "[red]FAIL[/]")
            out.print(f"\n{mark} [bold]{rule['rule']}[/]: {rule['found']} found, {rule['flagged']} flagged in "
                      f"integrity, {rule['unexplained']} unexplained\n[dim]rule: {rule['text']}[/]")
            for e in rule["examples"]:
                what = f"rcid {e['rcid']}" if e["rcid"] is not None else ""
                out.print(f"  {what} {e['symbol'] or ''} {e['date'] or ''} {e['iso3'] or ''} — {e['detail']}"
                          + (" [dim](flagged)[/]" if e["flagged"] else ""))
    return 0 if result.passed else 1


def sources(args: argparse.Namespace) -> None:
    result = api.coverage()
    if args.json:
        return emit_json(result)
    if args.csv:
        return emit_csv(result.to_frame())
    out = console()
    table = result.sources.assign(sessions=result.sources["first_session"].astype(str) + "–"
                                  + result.sources["last_session"].astype(str))
    table = table[["source", "first", "last", "sessions", "roll_calls", "leading", "kinds"]]
    out.print(frame_table(table, f"Sources (the record ends on {result.record_end})"))
    periods = result.periods.assign(votes=result.periods["final_only"].map(
        {True: "final votes only", False: "all recorded votes"}))
    out.print(frame_table(periods[["from_year", "to_year", "first", "last", "roll_calls", "sources", "votes"]],
                          "Periods"))
    ends = ", ".join(f"{series}: {e['last']} ({e['date']})" for series, e in result.series_end.items()
                     if series.startswith(("ES-", "regular")) and e["date"].year >= result.periods["first"].iloc[-1].year)
    out.print("final votes only: no amendment, paragraph or motion votes and no failed drafts in those years")
    out.print(f"Last recorded votes of the series still open: {ends}")
    out.print("A symbol past these is not in the record; run `unga update`, or add newer source files "
              "and `unga build`.")

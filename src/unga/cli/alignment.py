"""Commands on who stands with whom: agreement, camps, stance."""

from __future__ import annotations

import argparse
from pathlib import Path

from rich.markup import escape

from unga import api, plots
from unga.cli.render import add_formats, console, emit_csv, emit_json, frame_table
from unga.errors import BadInput, printable, whole_number
from unga.results import NAMING

MAX_TOP = 250  # more than there have ever been member states


def add_commands(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("agreement", help="agreement indices between a state and others",
                       description="How often a state votes like others. Methods: " + ", ".join(api.AGREEMENT_METHODS)
                       + " (docs/methods.md gives each formula).")
    p.add_argument("state")
    p.add_argument("--with", dest="others", default="all", help="comma-separated states, or all (default)")
    p.add_argument("--method", default="agree", metavar="METHOD",
                   help="the index: " + ", ".join(api.AGREEMENT_METHODS) + " (default: agree)")
    p.add_argument("--by", default="year", choices=api.BY, help="one value per year (default), session, or all in one")
    p.add_argument("--top", type=int, metavar="N", help=f"the N states (1 to {MAX_TOP}) that voted most and least like "
                   "STATE in the last period")
    p.add_argument("--drop-unanimous", action="store_true", help="leave out roll calls every voter agreed on")
    _selection(p)
    _formats(p)
    p.set_defaults(run=agreement)

    p = sub.add_parser("camps", help="voting blocs per year and the states between them",
                       description="Clusters of states that vote alike (docs/methods.md). " + NAMING)
    p.add_argument("--k", type=int, help="the number of camps (default: chosen by silhouette, 2-6)")
    p.add_argument("--label", metavar="STATES", help="states to label on the --plot map, comma-separated (default: "
                   "each camp's most central member, the states between camps and the outliers)")
    p.add_argument("--by", default="year", choices=("year", "session"), help="camps per year (default) or session")
    _selection(p, resolutions=False)
    _formats(p)
    p.set_defaults(run=camps)

    p = sub.add_parser("stance", help="where a state stands between two poles, per year",
                       description="Position in [-1, 1] between two poles (default USA against RUS and CHN) on the "
                                   "roll calls where the poles split, with 95% bootstrap intervals.")
    p.add_argument("state")
    p.add_argument("--poles", default="USA:RUS,CHN", help="POSITIVE:NEGATIVE, each a comma-separated list")
    p.add_argument("--by", default="year", choices=api.BY,
                   help="one position per year (default), session, or all in one")
    _selection(p)
    _formats(p)
    p.set_defaults(run=stance)


def _selection(p: argparse.ArgumentParser, resolutions: bool = True) -> None:
    p.add_argument("--year", type=int, help="only this year's roll calls (instead of --from/--to)")
    p.add_argument("--from", dest="start", type=int, metavar="YEAR",
                   help="from this year on (the record starts in 1946)")
    p.add_argument("--to", dest="end", type=int, metavar="YEAR", help="up to this year, inclusive")
    p.add_argument("--issue", help="only roll calls whose title, agenda item or subjects contain these words")
    if resolutions:
        p.add_argument("--resolutions", help="comma-separated symbols; ES-11/* for a whole series")


def _formats(p: argparse.ArgumentParser) -> None:
    add_formats(p)
    if p.prog.split()[-1] in ("agreement", "stance"):
        p.add_argument("--alone", action="store_true",
                       help="states' own seats only (default: Russia includes the USSR until 1991-12-24, "
                            "Czechia Czechoslovakia; docs/methods-ideal-points.md)")
    p.add_argument("--plot", type=Path, metavar="FILE", help="also draw the result to FILE (.png or .svg)")


def _check_plot(args: argparse.Namespace) -> None:
    """A bad --plot path is refused before the work, not after it."""
    if args.plot is not None:
        api.output_file(args.plot, api.PLOT_SUFFIXES, "--plot")


def _shown_elsewhere(args: argparse.Namespace, result, draw) -> bool:
    """Draw the plot if asked; print JSON or CSV if asked (then the table is not printed)."""
    if args.plot:
        draw(result, args.plot)
    if args.json:
        emit_json(result)
    elif args.csv:
        emit_csv(result.to_frame())
    return args.json or args.csv


def agreement(args: argparse.Namespace) -> None:
    if args.top is not None:
        whole_number(args.top, "--top", 1, MAX_TOP)
    _check_plot(args)
    result = api.agreement(args.state, args.others, method=args.method, by=args.by, start=args.start, end=args.end,
                           year=args.year, issue=args.issue, resolutions=args.resolutions,
                           drop_unanimous=args.drop_unanimous, alone=args.alone)
    if _shown_elsewhere(args, result, plots.agreement_over_time):
        return
    out = console()
    out.print(f"[bold]{escape(result.headline)}[/]  ({escape(result.description)})")
    _seat_notes(out, [result.line, *result.partner_lines.values()])
    if args.top:
        most, least = result.ranking(args.top)
        columns = ["other", "value", "n", "same", "oppose", "partial", "absent"]
        out.print(frame_table(_named(most[columns], result), f"voted most like {result.state}"))
        out.print(frame_table(_named(least[columns], result), f"voted least like {result.state}"))
    elif result.table["period"].nunique() > 1 and result.table["other"].nunique() <= 12:
        pivot = result.pivot().round(3).rename(columns=result.names).reset_index()
        out.print(frame_table(pivot, "index by period (--json for the counts behind each value)"))
    else:
        columns = ["period", "other", "value", "n", "same", "oppose", "partial", "absent"]
        rows = result.table.sort_values(["period", "value"], ascending=[True, False])[columns]
        out.print(frame_table(_periods(_named(rows.round({"value": 3}), result), args.by)))
    if args.plot:
        out.print(f"plot: {printable(str(args.plot))}", markup=False)


def _seat_notes(out, lines) -> None:
    """A line per state whose seat joins others or leaves a namesake apart (Russia: the USSR until 1991-12-24)."""
    for line in lines:
        if line is not None and line.note:
            out.print(f"note: {line.iso3}: {line.note}", markup=False)


def _periods(frame, by: str):
    """With --by all there is one period, labelled all (the library numbers it 0)."""
    return frame.assign(period="all") if by == "all" else frame


def _named(frame, result):
    return frame.assign(other=frame["other"].map(lambda s: f"{result.names.get(s, s)} ({s})"))


def camps(args: argparse.Namespace) -> None:
    asked = api.resolve_states(args.label, "--label") if args.label else None
    _check_plot(args)
    result = api.camps(year=args.year, start=args.start, end=args.end, by=args.by, k=args.k, issue=args.issue)
    draw = lambda r, path: plots.camps_map(r, int(r.table["period"].max()), path, label=asked)  # noqa: E731
    if _shown_elsewhere(args, result, draw):
        return
    out = console()
    out.print(NAMING, markup=False, style="dim")
    for chosen in result.chosen.itertuples():
        out.print(f"[bold]{chosen.period}[/]: {chosen.k} camps (mean silhouette {chosen.silhouette:.2f}; "
                  f"by k: {chosen.candidates})")
        for line in result.describe(chosen.period):
            out.print(f"  {line}", markup=False)
    if args.plot:
        out.print(f"plot: {printable(str(args.plot))}", markup=False)


def stance(args: argparse.Namespace) -> None:
    if ":" not in args.poles:
        raise BadInput(f"--poles {args.poles!r}: write POSITIVE:NEGATIVE, e.g. USA:RUS,CHN")
    positive, negative = args.poles.split(":", 1)
    _check_plot(args)
    result = api.stance(args.state, positive=positive, negative=negative, start=args.start, end=args.end,
                        year=args.year, by=args.by, issue=args.issue, resolutions=args.resolutions, alone=args.alone)
    if _shown_elsewhere(args, result, plots.stance_over_time):
        return
    out = console()
    out.print(f"[bold]{escape(result.headline)}[/]")
    _seat_notes(out, [result.line, *result.pole_lines.values()])
    out.print(frame_table(_periods(result.table.round(3), args.by), "position on the roll calls where the poles split"))
    if result.alike is not None:
        names = ", ".join(f"{result.names.get(s, s)}" for s in result.alike) or "no other state"
        out.print(f"voted exactly like {result.names.get(result.state, result.state)} on every selected roll call: {names}")
    if args.plot:
        out.print(f"plot: {printable(str(args.plot))}", markup=False)

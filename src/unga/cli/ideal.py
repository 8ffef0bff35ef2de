"""unga ideal: dynamic ordinal ideal points with intervals, to a CSV file and a plot."""

from __future__ import annotations

import argparse
import os
from pathlib import Path

from rich.progress import BarColumn, Progress, TextColumn, TimeElapsedColumn

from unga import api, plots
from unga.cli.render import console, emit_json, frame_table
from unga.errors import printable


def add_commands(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("ideal", help="ideal points with uncertainty (dynamic ordinal model)",
                       description="Estimate every state's ideal point per year or session (Bailey, Strezhnev & "
                                   "Voeten's dynamic ordinal model, docs/methods-ideal-points.md).")
    p.add_argument("--period", default="year", choices=("year", "session"))
    p.add_argument("--votes", default="final", choices=api.IDEAL_VOTES,
                   help="final: votes on whole resolutions; all: every recorded vote; published: the published "
                        "estimates' own selection (every vote before 1990, from 1990 none on paragraphs, amendments "
                        "or separate parts)")
    p.add_argument("--method", default="gibbs", choices=("gibbs", "mode"),
                   help="gibbs (default): the posterior mean by Gibbs sampling, on a scale comparable across decades; "
                        "mode: the posterior mode (each period's ordering as good, the scale drifts across decades; "
                        "docs/methods-ideal-points.md)")
    p.add_argument("--from", dest="start", type=int, metavar="YEAR",
                   help="from this year on (the record starts in 1946)")
    p.add_argument("--to", dest="end", type=int, metavar="YEAR", help="up to this year, inclusive")
    p.add_argument("--out", type=Path, metavar="FILE.csv", help="write iso3, period, ideal_point, lower, upper, n_votes")
    p.add_argument("--plot", type=Path, metavar="FILE", help="draw chosen states over time (.png or .svg)")
    p.add_argument("--states", default="USA,RUS,CHN,IND", help="states to show and plot (comma-separated)")
    p.add_argument("--alone", action="store_true",
                   help="each state's own seat only (default: a state continuing another, as Russia the USSR until "
                        "1991-12-24, is drawn as one line through both, marked at the change)")
    p.add_argument("--json", action="store_true", help="every estimate with the settings and diagnostics")
    p.set_defaults(run=ideal)


def ideal(args: argparse.Namespace) -> None:
    # everything the user gave is checked before the fit, which takes a while
    chosen = api.resolve_states(args.states, "--states")
    if args.out is not None:
        api.output_file(args.out, (".csv",), "--out")
    if args.plot is not None:
        api.output_file(args.plot, api.PLOT_SUFFIXES, "--plot")
    out = console()
    columns = (TextColumn("estimating"), BarColumn(), TextColumn("iteration {task.completed}"), TimeElapsedColumn())
    with Progress(*columns, console=out, transient=True, disable=args.json) as bar:
        task = bar.add_task("fit", total=None)
        result = api.ideal_points(period=args.period, votes=args.votes, start=args.start, end=args.end,
                                  method=args.method, progress=lambda i, n: bar.update(task, completed=i, total=n))
    _write(result, chosen, args.out, args.plot, args.alone)
    if args.json:
        return emit_json(result)
    out.print(result.headline)
    shown = result.table[result.table["iso3"].isin(chosen)]
    # a period still under way (a few votes so far) has wide intervals: show the latest with enough votes
    complete = shown[~shown["few_votes"].astype(bool)]
    latest = int((complete if len(complete) else shown)["period"].max())
    last = shown[shown["period"] == latest]
    later = sorted(int(p) for p in set(shown["period"]) if p > latest)
    note = f"; {', '.join(map(str, later))} left out: too few votes so far" if later else ""
    out.print(frame_table(last[["iso3", "period", "ideal_point", "lower", "upper", "n_votes"]],
                          f"latest period with enough votes (--out FILE.csv for every state and period{note})"))
    for state in chosen:
        line = result.line(state, alone=args.alone)
        if line.note:
            out.print(f"{line.label}: {line.note}", markup=False)
    for what, path in (("estimates", args.out), ("plot", args.plot)):
        if path:
            out.print(f"{what}: {printable(str(path))}", markup=False)


def _write(result, chosen: list[str], csv: Path | None, plot: Path | None, alone: bool = False) -> None:
    """The plot, then the CSV through a temporary file: a failure leaves neither a partial CSV nor a stale one."""
    if plot is not None:
        plots.ideal_points_over_time(result, chosen, plot, alone=alone)
    if csv is None:
        return
    partial = csv.with_name(f".{csv.name}.{os.getpid()}.tmp")
    try:
        result.to_csv(partial)
        os.replace(partial, csv)
    finally:
        partial.unlink(missing_ok=True)

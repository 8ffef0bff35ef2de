"""unga forecast: how each member will vote on a draft and who can still be moved; --backtest scores the model."""

from __future__ import annotations

import argparse
import re
from datetime import date
from pathlib import Path

from rich.progress import BarColumn, Progress, TextColumn, TimeElapsedColumn

from unga import api, plots
from unga.cli.render import console, emit_csv, emit_json, frame_table
from unga.errors import BadInput, printable


def add_commands(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("forecast", help="forecast each state's vote on a draft, and who can be persuaded",
                       description="Forecast how each member will vote on a draft described by the earlier roll calls "
                                   "it is like, its title and topic words (docs/forecast.md); --backtest scores the "
                                   "model on past sessions against two baselines.")
    p.add_argument("--like", metavar="SYMBOLS", help="earlier roll calls the draft is like, e.g. 76/262,ES-11/1")
    p.add_argument("--title", help="the draft's title: its versions in earlier sessions are found by it")
    p.add_argument("--topic", help="topic words: the earlier roll calls nearest to them are used")
    p.add_argument("--sponsors", metavar="STATES", help="its sponsors (counted as announced yes)")
    p.add_argument("--announced", metavar="STATE=VOTE,...", help="announced positions, e.g. USA=no,RUS=yes")
    p.add_argument("--date", type=_day, help="the day of the vote (YYYY-MM-DD; default: the day after the record's end)")
    p.add_argument("--top", type=int, default=15, help="persuadable states shown (1-193)")
    p.add_argument("--backtest", action="store_true", help="score the model on past sessions instead")
    p.add_argument("--sessions", default="75-80", metavar="FIRST-LAST", help="the sessions a backtest forecasts")
    p.add_argument("--training", type=int, default=3, metavar="N",
                   help="sessions before each one whose forecasts fit its weights (1-5, backtest only)")
    p.add_argument("--plot", type=Path, metavar="FILE", help="the persuadable states (or the reliability diagram)")
    group = p.add_mutually_exclusive_group()
    group.add_argument("--json", action="store_true", help="every state's probabilities with the evidence")
    group.add_argument("--csv", action="store_true", help="every state's probabilities as CSV")
    p.set_defaults(run=forecast)


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise BadInput(f"--date {text!r}: write the day as YYYY-MM-DD, e.g. 2026-10-30") from None


def _sessions(text: str) -> tuple[int, int]:
    m = re.fullmatch(r"\s*(\d{1,3})\s*(?:-\s*(\d{1,3}))?\s*", text or "")
    if not m:
        raise BadInput(f"--sessions {text!r}: write FIRST-LAST, e.g. 75-80")
    return int(m.group(1)), int(m.group(2) or m.group(1))


def forecast(args: argparse.Namespace) -> None:
    if args.plot is not None:
        api.output_file(args.plot, api.PLOT_SUFFIXES, "--plot")
    if args.backtest:
        return _backtest(args)
    if not 1 <= args.top <= 193:
        raise BadInput(f"--top {args.top}: give a number from 1 to 193")
    result = api.forecast(args.like, title=args.title, topic=args.topic, sponsors=args.sponsors,
                          announced=args.announced, date=args.date)
    if args.plot is not None:
        plots.persuadable_chart(result, args.plot, args.top)
    if args.json:
        return emit_json(result)
    if args.csv:
        return emit_csv(result.to_frame().drop(columns=["reason"]))
    out = console()
    out.print(result.headline, markup=False)
    shown = result.persuadable(args.top)[["name", "iso3", "most_likely", "p_yes", "p_no", "p_abstain", "mover"]]
    out.print(frame_table(shown, f"the {len(shown)} states closest to changing their vote"))
    evidence = ", ".join(f"{e['symbol']} ({e['why']})" for e in result.evidence[:8])
    out.print(f"based on: {evidence}", markup=False)
    if args.plot:
        out.print(f"plot: {printable(str(args.plot))}", markup=False)


def _backtest(args: argparse.Namespace) -> None:
    sessions = _sessions(args.sessions)
    out = console()
    columns = (TextColumn("backtest"), BarColumn(), TextColumn("session {task.completed}/{task.total}"),
               TimeElapsedColumn())
    with Progress(*columns, console=out, transient=True, disable=args.json) as bar:
        task = bar.add_task("backtest", total=None)
        result = api.forecast_backtest(sessions, training=args.training, progress=lambda i, n: bar.update(task, completed=i, total=n))
    if args.plot is not None:
        plots.reliability_diagram(result, args.plot)
    if args.json:
        return emit_json(result)
    if args.csv:
        return emit_csv(result.to_frame().reset_index(names="method"))
    out.print(result.headline, markup=False)
    out.print(frame_table(result.to_frame().reset_index(names="method"), "log loss, accuracy and count error"))
    text = result.scores["detail"]["by_text"]
    rows = [{"text": g, **{m: v[m]["log_loss"] for m in ("model", "last_year", "most_common")}} for g, v in text.items()]
    import pandas as pd

    out.print(frame_table(pd.DataFrame(rows), "log loss: repeated and new texts"))

"""Rendering results for the terminal: Rich tables, --json and --csv."""

from __future__ import annotations

import os
import shutil
import sys
from typing import TYPE_CHECKING, Any

import numpy as np
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from unga.errors import printable
from unga.results import dumps

if TYPE_CHECKING:
    import pandas as pd

VOTE_STYLE = {"yes": "green", "no": "red", "abstain": "yellow", "absent": "dim"}
INTEGER_LIKE = {"period", "year", "session", "rcid", "n", "same", "oppose", "partial", "absent", "roll_calls", "split",
                "voted", "k", "rows", "votes"}


def add_formats(p, csv_help: str = "the table as CSV") -> None:
    """--json and --csv, the output options every table command shares."""
    group = p.add_mutually_exclusive_group()
    group.add_argument("--json", action="store_true", help="machine-readable output with the evidence")
    group.add_argument("--csv", action="store_true", help=csv_help)


PIPE_WIDTH = 100_000  # columns when stdout is a file or a pipe: whole rows, never wrapped cells


def _terminal() -> bool:
    try:
        return sys.stdout.isatty()
    except (AttributeError, ValueError):
        return False


class _Console(Console):
    def on_broken_pipe(self) -> None:
        # Rich exits with status 1 here; the reader went away (unga … | head), which cli.main treats as no error
        self.quiet = True
        raise BrokenPipeError


def console() -> Console:
    """COLUMNS if it is a positive number, else the terminal's width; a file or pipe gets rows as wide as they are."""
    columns = os.environ.get("COLUMNS", "")
    if columns.isdigit() and int(columns) > 0:
        width = int(columns)
    elif _terminal():
        width = shutil.get_terminal_size().columns
    else:
        width = PIPE_WIDTH
    return _Console(highlight=False, width=width)


def emit_json(result: Any) -> None:
    sys.stdout.write(dumps(result) + "\n")


def emit_csv(frame: pd.DataFrame) -> None:
    frame.to_csv(sys.stdout, index=False)


def frame_table(frame: pd.DataFrame, title: str | None = None, styles: dict[str, str] | None = None) -> Table:
    table = Table(title=escape(printable(title)) if title else None, show_lines=False, header_style="bold")
    fold = _terminal()
    for column in frame.columns:
        table.add_column(str(column), overflow="fold", max_width=70 if column == "title" and fold else None)
    for row in frame.itertuples(index=False):
        cells = []
        for column, value in zip(frame.columns, row):
            cells.append(_cell(str(column), value))
        table.add_row(*cells)
    return table


def _cell(column: str, value: Any) -> str:
    if value is None or type(value).__name__ in {"NAType", "NaTType"} or (isinstance(value, float) and value != value):
        return ""
    if hasattr(value, "date") and not isinstance(value, str):
        return str(value.date())
    if isinstance(value, (float, np.floating)):
        value = float(value)
        text = str(int(value)) if value.is_integer() and column in INTEGER_LIKE else f"{value:.3f}"
    else:
        text = str(value)
    if column == "title" and len(text) > 140:  # some of Voeten's descriptions are pages of meeting record
        text = text[:139] + "…"
    style = VOTE_STYLE.get(text) if column == "vote" else None
    return f"[{style}]{text}[/]" if style else escape(text)

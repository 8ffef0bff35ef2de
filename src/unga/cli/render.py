"""Rendering results for the terminal: Rich tables, --json and --csv."""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING, Any

from rich.console import Console
from rich.table import Table

from unga.results import dumps

if TYPE_CHECKING:
    import pandas as pd

VOTE_STYLE = {"yes": "green", "no": "red", "abstain": "yellow", "absent": "dim"}


def console() -> Console:
    return Console(highlight=False)


def emit_json(result: Any) -> None:
    sys.stdout.write(dumps(result) + "\n")


def emit_csv(frame: pd.DataFrame) -> None:
    frame.to_csv(sys.stdout, index=False)


def frame_table(frame: pd.DataFrame, title: str | None = None, styles: dict[str, str] | None = None) -> Table:
    table = Table(title=title, show_lines=False, header_style="bold")
    for column in frame.columns:
        table.add_column(str(column), overflow="fold", max_width=70 if column == "title" else None)
    for _, row in frame.iterrows():
        cells = []
        for column in frame.columns:
            value = row[column]
            missing = value is None or type(value).__name__ in {"NAType", "NaTType"} or (
                isinstance(value, float) and value != value)
            text = "" if missing else str(value)
            if hasattr(value, "date") and not isinstance(value, str):
                text = str(value.date())
            style = VOTE_STYLE.get(text) if column == "vote" else None
            cells.append(f"[{style}]{text}[/]" if style else text.replace("[", "\\["))
        table.add_row(*cells)
    return table

"""Commands over the stores themselves: what changed between two builds."""

from __future__ import annotations

import argparse

from unga import api
from unga.cli.render import console, emit_json


def add_commands(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("diff", help="what changed between two builds of the store",
                       description="Roll calls added, removed or renumbered, details, tallies and votes changed between "
                       "two stores. OLD and NEW may be store files, kept build ids (see --list), 'previous' or "
                       "'current'; by default the previous build against the current one.")
    p.add_argument("old", nargs="?", help="the older store (default: previous)")
    p.add_argument("new", nargs="?", help="the newer store (default: current)")
    p.add_argument("--list", action="store_true", help="list the current store and the kept previous ones")
    p.add_argument("--json", action="store_true", help="every change, with the roll calls and votes behind it")
    p.set_defaults(run=diff)


def diff(args: argparse.Namespace) -> None:
    result = api.stores() if args.list else api.diff_stores(args.old, args.new)
    if args.json:
        return emit_json(result)
    console().print(str(result), markup=False, highlight=False)

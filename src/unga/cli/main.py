"""The `unga` command: parse, call one library function, render. Errors become one line and an exit code."""

from __future__ import annotations

import argparse
import sys

from unga.cli import alignment, audit, check, ideal, record
from unga.errors import UngaError


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="unga", description="The UN General Assembly's recorded votes, 1946 to today.")
    sub = p.add_subparsers(dest="command", required=True, metavar="COMMAND")
    record.add_commands(sub)
    alignment.add_commands(sub)
    check.add_commands(sub)
    ideal.add_commands(sub)
    audit.add_commands(sub)
    return p


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    try:
        code = args.run(args)
    except UngaError as exc:
        print(f"unga: error: {exc}", file=sys.stderr)
        return exc.exit_code
    except BrokenPipeError:
        return 0
    return code or 0


if __name__ == "__main__":
    sys.exit(main())

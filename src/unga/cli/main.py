"""The `unga` command: parse, call one library function, render. Errors become one line and an exit code."""

from __future__ import annotations

import argparse
import os
import sys
from importlib import metadata

from unga.cli import alignment, audit, check, forecast, ideal, record, serve, update, versions
from unga.errors import BadInput, UngaError, printable

MAX_ERROR = 1000  # characters of an error line; a message quoting a huge argument is cut


class Parser(argparse.ArgumentParser):
    """argparse, but a usage error is one line (the message and where to find the usage), exit code 2."""

    def error(self, message: str):
        raise BadInput(f"{message} (see `{self.prog} --help`)")


def _version() -> str:
    try:
        return metadata.version("unga")
    except metadata.PackageNotFoundError:
        return "unknown (not installed)"


def parser() -> argparse.ArgumentParser:
    p = Parser(prog="unga", description="The UN General Assembly's recorded votes, 1946 to today.")
    p.add_argument("--version", action="version", version=f"unga {_version()}")
    sub = p.add_subparsers(dest="command", required=True, metavar="COMMAND")
    record.add_commands(sub)
    update.add_commands(sub)
    alignment.add_commands(sub)
    check.add_commands(sub)
    ideal.add_commands(sub)
    audit.add_commands(sub)
    versions.add_commands(sub)
    forecast.add_commands(sub)
    serve.add_commands(sub)
    return p


def main(argv: list[str] | None = None) -> int:
    try:
        args = parser().parse_args(_arguments(argv))
        code = args.run(args)
        sys.stdout.flush()
    except SystemExit as exc:  # --help and --version print and exit 0
        return exc.code if isinstance(exc.code, int) else 0
    except UngaError as exc:
        return _fail(str(exc), exc.exit_code)
    except KeyboardInterrupt:
        return _fail("interrupted", 130)
    except BrokenPipeError:  # the reader went away (unga … | head): not an error
        _silence_stdout()
        return 0
    except OSError as exc:  # the answer could not be written: a full disk, a closed terminal
        _silence_stdout()
        where = f" ({exc.filename})" if exc.filename else ""
        return _fail(f"{exc.strerror or exc}{where}", 1)
    except UnicodeEncodeError as exc:  # the terminal's encoding cannot show a name (Côte d'Ivoire)
        _silence_stdout()
        return _fail(f"the output's encoding ({exc.encoding}) cannot show {exc.object[exc.start:exc.end]!r}; "
                     "set PYTHONIOENCODING=utf-8", 1)
    except Exception as exc:  # a bug: one line for the user, the traceback with UNGA_DEBUG=1
        if os.environ.get("UNGA_DEBUG"):
            raise
        return _fail(f"internal error {type(exc).__name__}: {exc} (a bug; UNGA_DEBUG=1 shows the traceback)", 1)
    return code or 0


def _arguments(argv: list[str] | None) -> list[str]:
    """The arguments, refusing bytes that are not UTF-8 (Python keeps them as lone surrogates)."""
    argv = sys.argv[1:] if argv is None else list(argv)
    for n, arg in enumerate(argv, start=1):
        try:
            arg.encode("utf-8")
        except UnicodeEncodeError:
            raise BadInput(f"argument {n} ({printable(arg)[:60]}) is not valid UTF-8 text") from None
    return argv


def _fail(message: str, code: int) -> int:
    line = printable(" ".join(message[:MAX_ERROR].split("\n")))
    if len(message) > MAX_ERROR or len(line) > MAX_ERROR:
        line = line[:MAX_ERROR - 1] + "…"
    try:
        print(f"unga: error: {line}", file=sys.stderr, flush=True)
    except (OSError, ValueError):
        pass
    return code


def _silence_stdout() -> None:
    """Point stdout at /dev/null so Python's final flush of what is left does not fail a second time."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError):
        pass


if __name__ == "__main__":
    sys.exit(main())

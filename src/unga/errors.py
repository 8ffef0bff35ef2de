"""The exceptions unga raises. The CLI turns each into one line on stderr and an exit code."""

from __future__ import annotations

import difflib
from collections.abc import Iterable


class UngaError(Exception):
    """Base class: every error unga raises on purpose."""

    exit_code = 1


class BadInput(UngaError):
    """The user's input (an argument, a file) is wrong; exit code 2."""

    exit_code = 2


class UnknownName(BadInput):
    """A name or symbol that is not in the record, with the closest matches."""

    kind = "name"

    def __init__(self, name: str, suggestions: Iterable[str] = ()) -> None:
        self.name = name
        self.suggestions = list(suggestions)
        hint = f"; did you mean {', '.join(self.suggestions)}?" if self.suggestions else ""
        super().__init__(f"unknown {self.kind} {name!r}{hint}")

    def __reduce__(self):  # picklable across the build's worker processes
        return (type(self), (self.name, self.suggestions))


class UnknownState(UnknownName):
    kind = "state"


class UnknownResolution(UnknownName):
    kind = "resolution"


class NotInRecord(UnknownResolution):
    """A well-formed symbol the record does not hold: past the sources' end, or a gap in them (exit code 2)."""

    def __init__(self, name: str, reason: str, suggestions: Iterable[str] = ()) -> None:
        super().__init__(name, suggestions)
        self.reason = reason
        hint = f"; did you mean {', '.join(self.suggestions)}?" if self.suggestions else ""
        self.args = (f"{name!r} is not in the record: {reason}{hint}",)

    def __str__(self) -> str:
        return self.args[0]

    def __reduce__(self):
        return (type(self), (self.name, self.reason, self.suggestions))


class AmbiguousResolution(BadInput):
    """A symbol that names several resolutions (its parts A, B, C…): the user must pick one."""

    def __init__(self, name: str, parts: list[str]) -> None:
        self.name, self.parts = name, parts
        super().__init__(f"{name!r} has several parts voted separately: {', '.join(parts[:8])}"
                         + (" …" if len(parts) > 8 else "") + "; give one of them")


class SourceError(BadInput):
    """A source file is missing, unreadable or malformed; names the file (and row) and the fix."""

    def __init__(self, path: object, problem: str, *, row: int | None = None, fix: str = "") -> None:
        self.path, self.row, self.problem = path, row, problem
        where = f"{path}" + (f", row {row}" if row is not None else "")
        super().__init__(f"{where}: {problem}" + (f" ({fix})" if fix else ""))
        self.fix = fix

    def __reduce__(self):  # picklable across the build's worker processes
        return (_source_error, (self.path, self.problem, self.row, self.fix))


def _source_error(path: object, problem: str, row: int | None, fix: str) -> SourceError:
    return SourceError(path, problem, row=row, fix=fix)


class StoreMissing(UngaError):
    """No store has been built yet."""


class StoreError(UngaError):
    """The store cannot be written (disk full, no permission) or its build was stopped; the previous one is kept."""


class StoreWouldShrink(BadInput):
    """A build would lose roll calls or votes that the previous store holds; `--allow-shrink` accepts the loss."""


def close_matches(word: str, candidates: Iterable[str], n: int = 3) -> list[str]:
    """The candidates closest to word, for 'did you mean' hints."""
    pool = list(dict.fromkeys(candidates))
    by_lower = {c.lower(): c for c in pool}
    hits = difflib.get_close_matches(word.lower(), list(by_lower), n=n, cutoff=0.6)
    return [by_lower[h] for h in hits]

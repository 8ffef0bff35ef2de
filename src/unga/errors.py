"""The exceptions unga raises, and the checks of user input that raise them. The CLI turns each into one line."""

from __future__ import annotations

import difflib
import numbers
import os
import unicodedata
from collections.abc import Iterable
from pathlib import Path


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
        shown = name if len(name) <= 80 else name[:77] + "..."
        super().__init__(f"unknown {self.kind} {shown!r}{hint}")

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


class FetchError(UngaError):
    """A publisher's file could not be fetched (network, server, size or checksum); exit code 1. What was
    cached and stored before stays."""

    def __init__(self, url: str, problem: str, *, fix: str = "") -> None:
        self.url, self.problem, self.fix = url, problem, fix
        super().__init__(f"{url}: {problem}" + (f" ({fix})" if fix else ""))

    def __reduce__(self):
        return (_fetch_error, (self.url, self.problem, self.fix))


def _fetch_error(url: str, problem: str, fix: str) -> FetchError:
    return FetchError(url, problem, fix=fix)


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


# Control and format characters (C0/C1 controls, bidirectional overrides, zero-width marks), line and paragraph
# separators, and lone surrogates (undecodable bytes of an argument): shown escaped, so that an error line stays
# one line and cannot drive the terminal
_HIDDEN = {"Cc", "Cf", "Cs", "Zl", "Zp"}


def printable(text: str) -> str:
    """text with every control or format character written as an escape (\\x1b, \\n, \\u202e)."""
    if text.isprintable():
        return text
    return "".join(c.encode("unicode_escape", "backslashreplace").decode("ascii")
                   if unicodedata.category(c) in _HIDDEN else c for c in text)


def text_argument(value: object, what: str, example: str, max_length: int = 200) -> str:
    """value stripped, if it is non-empty text of at most max_length characters; else BadInput saying what to give."""
    if not isinstance(value, str):
        raise BadInput(f"{what} must be text such as {example!r}, not {type(value).__name__}")
    text = value.strip()
    if not text:
        raise BadInput(f"{what} is empty; give one, e.g. {example!r}")
    if len(text) > max_length:
        raise BadInput(f"{what} is {len(text):,} characters long; at most {max_length} are accepted")
    return text


def whole_number(value: object, what: str, low: int, high: int) -> int:
    """value as an int if it is a whole number within [low, high]; else BadInput naming the range."""
    if isinstance(value, bool) or not isinstance(value, numbers.Integral):
        raise BadInput(f"{what} must be a whole number between {low} and {high}, not {value!r}")
    if not low <= value <= high:
        raise BadInput(f"{what} {value}: choose between {low:,} and {high:,}")
    return int(value)


def word_list(words: object, what: str, max_words: int, max_length: int) -> list[str]:
    """The distinct words (ignoring case) of a text or list of texts, at most max_words of max_length characters."""
    if words is None:
        return []
    if isinstance(words, str):
        words = [words]
    if not isinstance(words, (list, tuple)) or not all(isinstance(w, str) for w in words):
        raise BadInput(f"{what} must be text or a list of texts, not {type(words).__name__}")
    distinct: dict[str, str] = {}  # matching ignores case, so "Nuclear nuclear" is one word
    for w in (w for part in words for w in part.split()):
        distinct.setdefault(w.lower(), w)
    terms = list(distinct.values())
    if len(terms) > max_words:
        raise BadInput(f"{len(terms):,} {what}: at most {max_words} are accepted (every roll call must contain each)")
    long = next((w for w in terms if len(w) > max_length), None)
    if long is not None:
        raise BadInput(f"a word of {len(long):,} characters in {what}: at most {max_length} are accepted")
    return terms


def output_file(path: object, suffixes: tuple[str, ...], option: str = "--out") -> Path:
    """path, if a file with one of the suffixes can be written there; checked before any work is done."""
    if not isinstance(path, (str, os.PathLike)) or not str(path).strip():
        raise BadInput(f"{option}: give a file name, e.g. result{suffixes[0]}")
    path = Path(path)
    shown = str(path) if len(str(path)) <= 120 else str(path)[:117] + "..."
    try:
        if path.is_dir():
            raise BadInput(f"{option} {shown} is a folder; give a file name, e.g. {path / ('result' + suffixes[0])}")
        if path.suffix.lower() not in suffixes:
            kinds = " or ".join(suffixes).replace(" or ", ", ", len(suffixes) - 2)
            raise BadInput(f"{option} {shown}: choose a {kinds} file name")
        if not path.parent.is_dir():
            raise BadInput(f"{option} {shown}: the folder {path.parent} does not exist; create it first")
        writable = os.access(path.parent, os.W_OK) and (not path.exists() or os.access(path, os.W_OK))
    except OSError as exc:  # a name too long for the file system, a loop of links
        raise BadInput(f"{option} {shown}: {exc.strerror or exc}; choose another file name") from None
    if not writable:
        raise BadInput(f"{option} {shown}: not writable; choose another place")
    return path

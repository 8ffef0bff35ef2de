"""Resolution symbols: parse any common spelling into one canonical form.

Canonical forms follow the UN Digital Library:
  sessions 31 and later, and special/emergency sessions numbered per session:  A/RES/68/262, A/RES/42/66C, A/RES/ES-11/1
  sessions 1-30 (resolutions numbered across sessions):  A/RES/2758(XXVI), A/RES/2200(XXI)[A], A/RES/997(ES-I)
"""

from __future__ import annotations

import re
from datetime import date

_ROMAN = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
          (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]


def to_roman(n: int) -> str:
    out = []
    for value, numeral in _ROMAN:
        while n >= value:
            out.append(numeral)
            n -= value
    return "".join(out)


def from_roman(text: str) -> int | None:
    values = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}
    text = text.upper()
    if not text or any(c not in values for c in text):
        return None
    total = 0
    for a, b in zip(text, text[1:] + " "):
        v = values[a]
        total += -v if b != " " and values[b] > v else v
    return total if to_roman(total) == text else None


def _session_number(text: str) -> int | None:
    return int(text) if text.isdigit() else from_roman(text)


def canonical(kind: str, session: int, number: int, part: str = "") -> str:
    """kind is '' (regular), 'S' (special) or 'ES' (emergency special)."""
    part = part.upper()
    m = re.fullmatch(r"([A-Z])-([A-Z]+)", part)
    if m and (len(m[2]) > 1 or m[2] <= m[1] or (m[1] != "A" and m[2] in "IVX")):
        part = m[1]  # the Digital Library's "50/38 [B-V]" is section V of part B, not a range from B to V
    old_style = (kind == "" and session <= 30) or (kind == "S" and session <= 6) or (kind == "ES" and session <= 5)
    if old_style:
        prefix = f"{kind}-" if kind else ""
        return f"A/RES/{number}({prefix}{to_roman(session)})" + (f"[{part}]" if part else "")
    prefix = f"{kind}-" if kind else ""
    return f"A/RES/{prefix}{session}/{number}{part}"


# The optional /ROMAN tail is unvotes' way of naming a separately voted section (R/33/116A/VI).
_MODERN = re.compile(
    r"^(?:A/RES/|A/|RES/|R/)?(?:(ES|S)-?)?(\d{1,3})/(\d{1,4})\[?([A-Z]{0,2}(?:-[A-Z]{1,4})?)\]?(?:/[IVXLC]+)?$")
_OLD = re.compile(
    r"^(?:A/RES/|RES/|A/)?(\d{1,4})\s*([A-Z]{0,2}(?:\s*-\s*[A-Z])?)\s*\((?:(ES|S)-?)?([IVXLC]+|\d{1,2})\)\s*"
    r"(?:\[?([A-Z]{1,2}(?:-[A-Z])?)\]?)?$")
# unvotes' R/session/number[part], sometimes with the part after a slash (R/42/70/A); after a part letter the
# slash names a section (R/50/38B/I), which is not part of the symbol.
_UNVOTES = re.compile(r"^R/(\d{1,2})/(\d{1,4})([A-Z]{0,2})(?:/([A-Z]))?$")
# Draft resolutions: A/76/L.14, A/ES-11/L.1, A/S-32/L.1 (revisions kept, addenda dropped).
_DRAFT = re.compile(r"A/(?:(?:ES|S)-\d{1,2}|\d{1,3})/L\.\d{1,4}(?:/REV\.\d)?")


def parse(text: str) -> str | None:
    """The canonical symbol for any spelling, or None if text is not a resolution symbol."""
    s = re.sub(r"\s+", " ", str(text).strip().upper().replace("\u00a0", " ")).rstrip(".")
    s = s.replace("A/RES /", "A/RES/").replace("A /RES/", "A/RES/")
    if not s:
        return None
    m = _UNVOTES.match(s)
    if m:  # unvotes' R/session/number, where number is global before session 31
        session, number, part = int(m[1]), int(m[2]), m[3] or m[4] or ""
        return canonical("", session, number, part) if session else None
    m = _OLD.match(s)
    if m:
        number, part1, kind, session_text, part2 = m.groups()
        session = _session_number(session_text)
        if session:
            part = re.sub(r"\s+", "", part1 or part2 or "")
            return canonical(kind or "", session, int(number), part)
    m = _MODERN.match(s.replace(" ", ""))
    if m:
        kind, session, number, part = m.groups()
        if int(session) == 0:
            return None
        return canonical(kind or "", int(session), int(number), part or "")
    return None


def regular_session(day: date) -> int:
    """The regular session in progress on a day (sessions open in mid-September; session 1 ran through 1946)."""
    if day.year <= 1946:
        return 1
    return day.year - 1945 if (day.month, day.day) >= (9, 10) else day.year - 1946


def session_window(session: int) -> tuple[date, date]:
    """The first and last day (inclusive) a vote of regular session N can bear: from 1 September of its opening
    year to 31 October of the next. Sessions opened between mid-September and December (the 11th on 12 Nov
    1956) and resumed parts ran into the next September (1133 (XI) on 14 Sep 1957), so the windows of
    neighbouring sessions overlap in September and October; only a date outside the window is certainly wrong."""
    start = date(1946, 1, 1) if session <= 1 else date(1945 + session, 9, 1)
    return start, date(1946 + max(session, 1), 10, 31)


def could_be_in_session(day: date, session: int) -> bool:
    first, last = session_window(session)
    return first <= day <= last


def session_of(symbol: str | None) -> int | None:
    """The regular session a canonical regular-session symbol belongs to (None for special/emergency sessions)."""
    if not isinstance(symbol, str):
        return None
    m = re.match(r"^A/RES/(\d+)/", symbol)
    if m:
        return int(m[1])
    m = re.match(r"^A/RES/\d+\(([IVXLC]+)\)", symbol)
    return from_roman(m[1]) if m else None


def parts(symbol: str) -> list[str]:
    """The single-part symbols a range covers: A/RES/75/254A-C → …254A, …254B, …254C,
    A/RES/377(V)[A-C] → …377(V)[A], [B], [C]; others → [symbol]."""
    m = re.match(r"^(.*[\d)])(\[?)([A-Z])-([A-Z])(\]?)$", symbol)
    if not m or m[3] > m[4]:
        return [symbol]
    return [f"{m[1]}{m[2]}{chr(c)}{m[5]}" for c in range(ord(m[3]), ord(m[4]) + 1)]


def is_range(symbol: object) -> bool:
    return isinstance(symbol, str) and len(parts(symbol)) > 1


def whole(symbol: str) -> str:
    """The resolution a part belongs to: A/RES/42/70B → A/RES/42/70, A/RES/2200(XXI)[A] → A/RES/2200(XXI)."""
    return re.sub(r"\[[A-Z]{1,2}(?:-[A-Z])?\]$", "", symbol) if symbol.endswith("]") else \
        re.sub(r"(?<=\d)[A-Z]{1,2}(?:-[A-Z])?$", "", symbol)


def draft(text: object) -> str | None:
    """The first draft-resolution symbol in a text ('Item 39 - DR A/76/L.14 …', 'A/ES-11/L.1 and A/ES-11/L.1/Add.1')."""
    if not isinstance(text, str):
        return None
    m = _DRAFT.search(re.sub(r"\s+", "", text.upper()))
    return m[0] if m else None


def old_style_number(symbol: object) -> tuple[int, int] | None:
    """(session, number) of a regular-session symbol numbered across sessions (A/RES/377(V)[A] → (5, 377))."""
    m = re.match(r"^A/RES/(\d+)\(([IVXLC]+)\)", symbol) if isinstance(symbol, str) else None
    return (from_roman(m[2]), int(m[1])) if m else None

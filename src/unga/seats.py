"""Seats across time: which seats one continuing line of membership is made of, and what it leaves apart.

Everything is read from the concordance (``unga/data/states.csv`` ``successor`` and ``note``, and the dates of
``memberships.csv``); nothing here names a state. A predecessor P with ``successor`` S is

* **joined** to S's line when S's membership begins on or after the day P's ends: S continued P's
  membership (the USSR → Russia on 1991-12-24; Yugoslavia → the FRY/Serbia on 2000-11-01) or was admitted
  as its heir (Czechoslovakia, dissolved 1993-01-01 → Czechia, admitted 1993-01-19);
* **merged** (not joined) when S was already a member on P's last day: P ended by joining a seat that
  existed (East Germany into Germany on 1990-10-03, South Yemen into Yemen, Zanzibar into Tanzania). S's own
  line goes on, and its note says that P's votes are not in it.

Seats that bore the same name without a succession (the Republic of China's seat "China" through 1971-10-25,
and the People's Republic's from then) are never joined: a line says so in its note.
See docs/methods-ideal-points.md, "Seats across time".
"""

from __future__ import annotations

from datetime import date, timedelta
from functools import cache
from itertools import pairwise

from unga import countries
from unga.symbols import regular_session
from unga.types import Line, Remark, Stretch

__all__ = ["Line", "Stretch", "line", "lines", "merged_into"]


def _left(iso3: str) -> date | None:
    """The first day the state was no longer a member (None while it is one)."""
    periods = countries.state(iso3).memberships
    return periods[-1].left if periods else None


def _merged(predecessor: str) -> bool:
    """Whether the predecessor ended by joining a seat that already existed (its successor was a member then)."""
    left = _left(predecessor)
    successor = countries.state(predecessor).successor
    return bool(successor and left and countries.state(successor).is_member(left - timedelta(days=1)))


def merged_into(iso3: str) -> list[str]:
    """The states that ended by joining this seat (DEU → ['DDR']); their votes are not the seat's."""
    return [p for p in countries.predecessors(iso3) if _merged(p)]


def _continued(iso3: str) -> list[str]:
    return [p for p in countries.predecessors(iso3) if not _merged(p)]


def lines(codes, *, alone: bool = False) -> dict[str, Line]:
    """ISO3 → its line, for each code given."""
    return {code: line(code, alone=alone) for code in codes}


@cache
def line(iso3: str, *, alone: bool = False) -> Line:
    """The continuing seat ending in iso3: RUS → SUN then RUS; alone=True gives the state's own seat only."""
    chain = [countries.state(iso3).iso3]
    while not alone and _continued(chain[0]):
        chain.insert(0, _continued(chain[0])[0])
    stretches = []
    for k, code in enumerate(chain):
        s = countries.state(code)
        until = _left(code) if k + 1 < len(chain) else None
        stretches.append(Stretch(code, s.short_name, s.memberships[0].admitted if s.memberships else date.min, until,
                                 regular_session(until) if until else None))
    return Line(chain[-1], tuple(stretches), tuple(_remarks(chain, alone)), tuple(_aside(chain)))


def _aside(chain: list[str]) -> list[tuple[str, str]]:
    """Legend phrases for the seats a line leaves apart: merged ones, and namesakes before or after it."""
    last = countries.state(chain[-1])
    said = [(p, f"{_name(p)} merged into it {_left(p)}: apart") for p in merged_into(last.iso3)]
    for other in _namesakes(chain):
        if other.memberships and other.memberships[-1].left and other.memberships[-1].left <= last.memberships[0].admitted:
            text = f"from {last.memberships[0].admitted}; {other.short_name} before: a seat apart"
        elif _left(last.iso3) and other.memberships and other.memberships[0].admitted >= _left(last.iso3):
            text = f"until {_left(last.iso3)}; {other.short_name} after: a seat apart"
        else:
            text = f"{other.short_name} at other times: a seat apart"
        said.append((other.iso3, text))
    return said


def _remark(seat: str, text: str) -> Remark:
    periods = countries.state(seat).memberships
    return Remark(seat, text, periods[0].admitted if periods else None, periods[-1].left if periods else None)


def _remarks(chain: list[str], alone: bool) -> list[Remark]:
    """What the line joins, what it leaves out when alone or to a merged seat, what continues
    it, and which seats bore its name apart."""
    last = countries.state(chain[-1])
    parts = []
    for earlier, later in pairwise(chain):
        e, l = countries.state(earlier), countries.state(later)
        how = ("took the seat over on that day" if l.memberships[0].admitted == _left(earlier) else
               f"was admitted on {l.memberships[0].admitted} as its successor")
        said = f"{e.short_name} ({earlier}) until {_left(earlier)} is joined to {l.short_name} ({later}), which {how}"
        parts.append(_remark(earlier, said + (f" [{e.note}]" if e.note else "")))
    for p in _continued(chain[0]) if alone else []:
        said = f"{_name(p)} ({p}, member until {_left(p)}) left out: asked for {last.short_name} alone"
        parts.append(_remark(p, said))
    for p in merged_into(chain[-1]):
        parts.append(_remark(p, f"{_name(p)} ({p}) merged into it on {_left(p)}; its votes are not joined (ask for {p})"))
    if last.successor:
        how = "merged into" if _merged(chain[-1]) else "continued by"
        parts.append(_remark(last.successor, f"{how} {_name(last.successor)} ({last.successor}) on {_left(chain[-1])}"))
    for other in _namesakes(chain):
        said = (f"{other.short_name} ({other.iso3}, member {other.membership_text()}) held a seat of the same name; "
                f"a seat apart, not joined (ask for {other.iso3})")
        parts.append(_remark(other.iso3, said))
    return parts


def _name(iso3: str) -> str:
    return countries.state(iso3).short_name


def _namesakes(chain: list[str]) -> list[countries.State]:
    """Seats that a name of the line's last state denoted at other times, linked to it by no succession."""
    last = countries.state(chain[-1])
    linked = set(chain) | {last.successor} | set(countries.predecessors(last.iso3))
    return [countries.state(code) for code in countries.namesakes(last.iso3) if code not in linked]

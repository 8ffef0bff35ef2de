"""The analyses of the façade: agreement, camps, stance and ideal points, over vote matrices read once per build.

Split from api.py along its seam (the record's lookups stay there); `unga.api` re-exports every public name, so
callers keep writing `api.agreement(...)`.
"""

from __future__ import annotations

import threading
from datetime import date
from typing import TYPE_CHECKING

import numpy as np

from unga import seats as seat_lines
from unga import symbols
from unga.analysis import agreement as agreement_indices
from unga.analysis import stance as stance_analysis
from unga.analysis.camps import MIN_VOTES, find_camps
from unga.analysis.votematrix import VoteMatrix
from unga.api import MAX_BOOT, _con, _names, _state, _states, _words_of, build_id
from unga.errors import BadInput, close_matches, whole_number
from unga.results import Agreement, CampsResult, IdealPoints, StanceResult
from unga.store import lookup, query

if TYPE_CHECKING:
    import pandas as pd


BY = ("year", "session", "all")
AGREEMENT_METHODS = agreement_indices.METHODS  # name -> description, for the CLI's help


_MATRICES: dict[tuple, VoteMatrix] = {}
_MATRICES_LOCK = threading.Lock()
_MATRICES_KEPT = 8


def _vote_matrix(by: str, *, start: int | None = None, end: int | None = None, year: int | None = None,
                 session: int | None = None, issue: str | None = None, resolutions: list[str] | None = None,
                 final_only: bool = False) -> VoteMatrix:
    """The vote matrix of the selected roll calls, with columns grouped by year, session or all in one.

    Kept per store build (the few most recent selections, read-only): reading a million votes from the store
    is most of an agreement or stance call, and a state page asks for the same selection twice."""
    if by not in BY:
        raise BadInput(f"--by {by!r}: choose one of {', '.join(BY)}")
    words = _words_of(issue, "--issue words")
    key = (build_id(), by, start, end, year, session, tuple(words),
           tuple(resolutions) if resolutions is not None else None, final_only)
    with _MATRICES_LOCK:
        if key in _MATRICES:
            return _MATRICES[key]
    m = _read_vote_matrix(by, start, end, year, session, words, resolutions, final_only)
    with _MATRICES_LOCK:
        while len(_MATRICES) >= _MATRICES_KEPT:
            _MATRICES.pop(next(iter(_MATRICES)))
        _MATRICES[key] = m
    return m


def _read_vote_matrix(by: str, start: int | None, end: int | None, year: int | None, session: int | None,
                      words: list[str], resolutions: list[str] | None, final_only: bool) -> VoteMatrix:
    con = _con()
    start, end = lookup.years(con, start, end, year)
    session = lookup.session_number(con, session)
    rcids = lookup.resolution_ids(con, resolutions) if resolutions is not None else None
    where, params = query.selection(start, end, session, words, rcids, final_only)
    data = query.vote_arrays(con, where, params)
    if not len(data["rcid"]):
        raise BadInput("no recorded votes match the selection; widen --from/--to, --issue or --resolutions")
    period = {"year": data["year"], "session": data["session"], "all": np.zeros(len(data["rcid"]), np.int64)}[by]
    m = VoteMatrix.from_codes(data["state_code"], data["state_names"], data["rcid"], data["vote_code"],
                              data["vote_names"], period)
    for array in (m.codes, m.rcids, m.periods):
        array.setflags(write=False)  # shared between callers and threads
    return m


def agreement(state: str, with_: str | list[str] = "all", *, method: str = "agree", by: str = "year",
              start: int | None = None, end: int | None = None, year: int | None = None, session: int | None = None,
              issue: str | None = None, resolutions: list[str] | None = None, drop_unanimous: bool = False,
              final_only: bool = False, alone: bool = False) -> Agreement:
    """How a state's votes agree with others' (docs/methods.md: each method's formula and treatment of absences).

    The state, and each state named in with_, stands for its continuing seat (Russia: the USSR until
    1991-12-24; unga.seats) unless alone is True; the result's line says which seats were joined."""
    if method not in agreement_indices.METHODS:
        hint = close_matches(method, agreement_indices.METHODS)
        raise BadInput(f"unknown method {method!r}; choose one of {', '.join(agreement_indices.METHODS)}"
                       + (f" (did you mean {hint[0]}?)" if hint else ""))
    iso3 = _state(state)
    wanted = _states(with_, "--with")
    m = _vote_matrix(by, start=start, end=end, year=year, session=session, issue=issue, resolutions=resolutions,
                     final_only=final_only)
    m, line, partners = _joined(m, iso3, wanted or [], alone)
    if iso3 not in m.states:
        raise BadInput(f"{iso3} has no vote in the selection")
    others = None if wanted is None else [o for o in wanted if o in m.states]
    if others == []:
        raise BadInput(f"none of {', '.join(wanted)} has a vote in the selection")
    table = agreement_indices.table(m, [iso3], others, method, drop_unanimous)
    roll_calls = {p: m.rcids[block].tolist() for p, block in m.blocks()}
    return Agreement(iso3, method, agreement_indices.METHODS[method], by, table, roll_calls, _names(), line,
                     partners, _under_way(_con(), by))


def _under_way(con, by: str) -> int | None:
    """The year or session of the record's last vote when it runs on past that day (plots draw it as partial)."""
    last = query.record_span(con)["last_date"]
    last = last.date() if hasattr(last, "date") else last
    if by == "year":
        return last.year if last < date(last.year, 12, 31) else None
    return symbols.regular_session(last) if by == "session" else None


def _joined(m: VoteMatrix, iso3: str, others: list[str], alone: bool) -> tuple[VoteMatrix, seat_lines.Line, dict]:
    """The matrix with the state's continuing seat, and each other state's, as one row each; the lines cut to
    the seats the selection holds (the others' only where they join seats or leave one apart in it)."""
    line = seat_lines.line(iso3, alone=alone).within(frozenset(m.states))
    partners = {}
    for other in [] if alone else others:
        found = seat_lines.line(other).within(frozenset(m.states))
        if other != iso3 and (len(found.seats) > 1 or found.aside):
            m, partners[other] = m.merge_rows(found.seats, other), found
    return m.merge_rows(line.seats, iso3), line, partners


def camps(*, year: int | None = None, start: int | None = None, end: int | None = None, by: str = "year",
          k: int | None = None, issue: str | None = None) -> CampsResult:
    """Voting blocs per year (or session): clustering of the agreement matrix (docs/methods.md)."""
    if year is None and start is None and end is None:
        raise BadInput("give --year, or --from/--to")
    if k is not None:
        k = whole_number(k, "--k", 2, 12)
    m = _vote_matrix(by, start=start, end=end, year=year, issue=issue)
    rows, chosen = [], []
    for period, block in m.blocks():
        agree, n = agreement_indices.full_matrix(m, "agree", block)
        if (np.diag(n) >= MIN_VOTES).sum() < 3:
            raise BadInput(f"camps in {period}: fewer than 3 states cast {MIN_VOTES} or more votes on the selected "
                           "roll calls; widen --issue or --from/--to")
        found = find_camps(period, m.states, agree, np.diag(n), k=k)
        between = set(found.between)
        rows += [{"period": period, "state": s, "camp": c, "strength": float(v), "between": s in between,
                  "nearest": near, "centre": found.centre[c], "x": float(xy[0]), "y": float(xy[1])}
                 for s, c, v, near, xy in zip(found.states, found.camp, found.strength, found.nearest, found.xy)]
        chosen.append({"period": period, "k": len(set(found.camp)), "silhouette": found.silhouette,
                       "candidates": found.candidates, "roll_calls": m.rcids[block].tolist()})
    import pandas as pd

    return CampsResult(pd.DataFrame(rows), pd.DataFrame(chosen), find_camps.__module__, _names())


def stance(state: str, *, positive: str | list[str] = "USA", negative: str | list[str] = "RUS,CHN",
           start: int | None = None, end: int | None = None, year: int | None = None, by: str = "year",
           issue: str | None = None, resolutions: list[str] | None = None, n_boot: int = 1000,
           random_state: int = 0, alone: bool = False) -> StanceResult:
    """Where a state stands between two poles per period, in [−1, 1], with bootstrap intervals.

    The state and the poles' states stand for their continuing seats (Russia: the USSR until 1991-12-24;
    unga.seats) unless alone is True."""
    iso3 = _state(state)
    plus, minus = _states(positive, "the positive pole") or [], _states(negative, "the negative pole") or []
    if not plus or not minus or set(plus) & set(minus):
        raise BadInput("--poles needs two disjoint lists of states, e.g. USA:RUS,CHN")
    n_boot = whole_number(n_boot, "n_boot (bootstrap draws)", 100, MAX_BOOT)
    random_state = whole_number(random_state, "random_state", 0, 2**32 - 1)
    m = _vote_matrix(by, start=start, end=end, year=year, issue=issue, resolutions=resolutions)
    m, line, poles = _joined(m, iso3, plus + minus, alone)
    if iso3 not in m.states:
        raise BadInput(f"{iso3} has no vote in the selection")
    table = stance_analysis.stance_table(m, iso3, plus, minus, n_boot, random_state)
    _, split = stance_analysis.positions(m, iso3, plus, minus)
    splits = {p: m.rcids[block][split[block]].tolist() for p, block in m.blocks()}
    alike = stance_analysis.identical_voters(m, iso3) if len(m.rcids) <= 100 else None
    return StanceResult(iso3, plus, minus, table, splits, alike, _names(), line, _under_way(_con(), by), poles, by)


IDEAL_METHODS = ("mode", "gibbs")
IDEAL_VOTES = ("final", "all", "published")


def ideal_points(*, period: str = "year", votes: str = "final", start: int | None = None, end: int | None = None,
                 method: str = "gibbs", progress=None, **settings) -> IdealPoints:
    """Dynamic ordinal ideal points (docs/methods-ideal-points.md) for every state and period of the selection.

    period: 'year' or 'session'; votes: 'final' (votes on whole resolutions), 'all' recorded votes or 'published'
    (the published estimates' own selection: every vote before 1990, from 1990 none on a paragraph, an amendment
    or a separate part, query.PUBLISHED_SELECTION). Roll calls
    of one resolution repeated across sessions share their item parameters (_bridges). method: 'mode' (the
    posterior mode, DynamicOrdinalIdealPoints) or 'gibbs', the default (the posterior mean on Bailey, Strezhnev &
    Voeten's standardised scale, comparable across decades, GibbsOrdinalIdealPoints; seeded with random_state=0
    unless given, so the same store gives the same numbers); other keyword arguments configure the estimator.
    """
    if method not in IDEAL_METHODS:
        raise BadInput(f"--method {method!r}: choose {' or '.join(IDEAL_METHODS)}")
    if period not in ("year", "session"):
        raise BadInput(f"--period {period!r}: choose year or session")
    if votes not in IDEAL_VOTES:
        raise BadInput(f"--votes {votes!r}: choose {', '.join(IDEAL_VOTES)}")
    con = _con()
    start, end = lookup.years(con, start, end)
    where, params = query.selection(start, end, None, None, None, final_only=votes == "final",
                                    published=votes == "published")
    data = query.vote_arrays(con, where + " AND v.vote <> 'absent'", params)
    if not len(data["rcid"]):
        raise BadInput("no recorded votes match the selection; widen --from/--to")
    import pandas as pd

    iso3, vote = query.vote_labels(data)
    frame = pd.DataFrame({"iso3": iso3, "rcid": data["rcid"], "period": data[period], "vote": vote})
    groups = _bridges(con)
    from unga.estimators import (  # scipy, pandas: only for the fit
        DynamicOrdinalIdealPoints,
        GibbsOrdinalIdealPoints,
    )

    estimator = GibbsOrdinalIdealPoints if method == "gibbs" else DynamicOrdinalIdealPoints
    if method == "gibbs":
        settings.setdefault("random_state", 0)
    model = estimator(progress=progress, **settings).fit(frame, item_groups=groups)
    table = model.ideal_points_.copy()
    diagnostics = {"method": method, "iterations": int(model.n_iter_), "reference": getattr(model, "reference_", None),
                   **getattr(model, "diagnostics_", {}),
                   "under_way": _under_way(con, period), "converged": bool(model.converged_),
                   "roll_calls": int(frame["rcid"].nunique()), "votes": len(frame),
                   "roll_calls_dropped": len(model.dropped_roll_calls_),
                   "bridged_roll_calls": int(groups.index.isin(frame["rcid"]).sum())}
    config = {k: v for k, v in model.get_params().items() if k != "progress"}
    codes = sorted(set(table["iso3"]))
    return IdealPoints(table, period, votes, config, diagnostics, _names(), seat_lines.lines(codes),
                       seat_lines.lines(codes, alone=True))


def _bridges(con) -> pd.Series:
    """rcid → item group: Voeten's pairs of repeated resolutions, and later repeats found by identical title and
    agenda item (estimators.bridging.find_repeats)."""
    roll_calls = query.frame(con, "SELECT rcid, session, title, agenda_item, kind, symbol FROM roll_calls")
    from unga.estimators import find_repeats, item_groups

    return item_groups(query.frame(con, "SELECT rcid_a, rcid_b FROM bridges"), find_repeats(roll_calls))

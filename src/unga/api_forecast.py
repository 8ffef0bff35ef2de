"""The façade, continued: forecasts of a draft's vote and their backtest (`unga forecast`; docs/forecast.md)."""

from __future__ import annotations

from datetime import date, timedelta

import numpy as np

from unga import countries
from unga.api import _con, _names, _state, _states, _words_of
from unga.api_analysis import _bridges
from unga.errors import BadInput, text_argument, whole_number
from unga.store import lookup, query

FORECAST_WINDOW = 12  # sessions of votes a forecast reads before its date (and its ideal points are fitted on)
MAX_BACKTEST_SESSIONS = 15


def _session_of(day: date) -> int:
    """The regular session a date falls in: each opens in September (the 1st, 1946)."""
    return day.year - 1945 - (day.month < 9)


def _forecast_data(first_session: int):
    """The roll calls and votes from first_session on, as the forecaster's History."""
    from unga.estimators.forecast import History

    con = _con()
    rc = query.frame(con, "SELECT rcid, date, session, symbol, title, agenda_item, subjects, kind FROM roll_calls "
                          "WHERE session >= ?", [first_session])
    data = query.vote_arrays(con, "r.session >= ?", [first_session])
    iso3, vote = query.vote_labels(data)
    return History(rc, iso3, data["rcid"], vote)


def _positions_before(history, day: date, groups):
    """Ideal points fitted on the final votes of the FORECAST_WINDOW sessions before the day (None if too few)."""
    import pandas as pd

    from unga.estimators import DynamicOrdinalIdealPoints
    from unga.estimators.forecast import Positions

    n = history.before(day)
    cols = np.flatnonzero((history.rc["kind"].to_numpy()[:n] == "resolution")
                          & (history.sessions[:n] >= _session_of(day) - FORECAST_WINDOW))
    out = history.outcome[:, cols]
    s, c = np.nonzero(out >= 0)
    if len(cols) < 20:
        return None
    frame = pd.DataFrame({"iso3": history.states[s], "rcid": history.rc["rcid"].to_numpy()[cols[c]],
                          "period": history.sessions[cols[c]], "vote": np.array(["yes", "no", "abstain"])[out[s, c]]})
    model = DynamicOrdinalIdealPoints(random_state=0).fit(frame, item_groups=groups)
    return Positions(model.ideal_points_)


def _announced(announced: str | dict | None, sponsors: str | list[str] | None) -> dict[str, str]:
    """ISO3 -> announced vote, from 'USA=no,RUS=yes' (or a dict); sponsors count as announced yes."""
    said = {s: "yes" for s in (_states(sponsors, "--sponsors") or [])} if sponsors is not None else {}
    if isinstance(announced, str):
        pairs = [p.split("=", 1) for p in announced.split(",") if p.strip()]
        if any(len(p) != 2 for p in pairs):
            raise BadInput(f"--announced {announced!r}: write STATE=VOTE pairs, e.g. USA=no,RUS=yes")
        announced = {k: v for k, v in pairs}
    for name, vote in (announced or {}).items():
        vote = str(vote).strip().lower()
        if vote not in ("yes", "no", "abstain"):
            raise BadInput(f"--announced {name}={vote}: the vote must be yes, no or abstain")
        said[_state(name, "a state in --announced")] = vote
    return said


def forecast(like: str | list[str] | None = None, *, title: str | None = None, topic: str | None = None,
             sponsors: str | list[str] | None = None, announced: str | dict | None = None,
             date: date | None = None):
    """How each member will vote on a draft (docs/forecast.md): P(yes/no/abstain) per state with its reasons,
    the expected tally with a 90% interval and the persuadable states. The draft is described by the earlier
    roll calls it is like, its title (its earlier versions are found by title) and topic words."""
    from unga.estimators.forecast import Draft, VoteForecaster
    from unga.estimators.forecast_result import build_forecast

    like = [like] if isinstance(like, str) else list(like or [])
    con = _con()
    end = query.record_span(con)["last_date"]
    day = date or end + timedelta(days=1)
    if not isinstance(day, type(end)) or not (end.replace(year=1946, month=1, day=1) < day <= end + timedelta(days=3 * 366)):
        raise BadInput(f"--date {day}: give a day from 1946 to three years after the record's end ({end})")
    rows = [r for name in like for part in name.split(",") if part.strip()
            for r in [_final(lookup.resolve_symbol(con, text_argument(part, "a --like symbol", "ES-11/1")))]]
    for r in rows:
        if r["date"] >= day:
            raise BadInput(f"--like {r['symbol']} was voted on {r['date']}, not before the forecast's date {day}")
    words = " ".join(_words_of(topic, "--topic words"))
    title = text_argument(title, "--title", "Necessity of ending the embargo", 500) if title is not None else ""
    if not rows and not title and not words:
        raise BadInput("describe the draft: give --like SYMBOLS, --title TEXT or --topic WORDS")
    said = _announced(announced, sponsors)
    session = _session_of(day)
    history = _forecast_data(min([session] + [int(r["session"]) for r in rows]) - FORECAST_WINDOW - 2)
    draft = Draft(day, session, title, "resolution", f"{title} {words}".strip(),
                  tuple(history.column[r["rcid"]] for r in rows))
    model = VoteForecaster()
    comp = model.components(history, draft, None)
    if comp.evidence.empty:
        raise BadInput(f"no basis for a forecast: no earlier roll call is like {title or words!r} (none with the same "
                       f"title, none with a similar title or subjects in the {model.settings.window} sessions before "
                       f"{day}); name similar votes with --like")
    training = np.flatnonzero((history.sessions == session - 1) | ((history.sessions == session)
                                                                  & (history.days < np.datetime64(day, "D"))))
    first = history.rc["date"].iloc[int(training.min())].date() if len(training) else day
    groups = _bridges(con)
    model.fit(history, training, _positions_before(history, first, groups))
    comp = model.components(history, draft, _positions_before(history, day, groups))
    probs = model.predict_proba(comp)
    group = "repeated" if comp.evidence.repeated else "new"
    return build_forecast(history, draft, comp, probs, sorted(countries.members_on(day)), said,
                          model.weights_[group], group, _names())


def _final(found: list[dict]) -> dict:
    return ([r for r in found if r["kind"] == "resolution"] or found)[-1]


def forecast_backtest(sessions: tuple[int, int] = (75, 80), *, training: int = 3, progress=None):
    """Every roll call of the sessions forecast from what was known before its date, against two baselines
    (docs/forecast.md, "Backtest"); the ideal points are refitted once per session."""
    import time

    from unga.estimators.forecast_backtest import backtest
    from unga.estimators.forecast_result import Backtest

    con = _con()
    last = query.record_span(con)["last_session"]
    first, final = (whole_number(s, "--sessions", 1 + training + FORECAST_WINDOW, last) for s in sessions)
    if final < first or final - first + 1 > MAX_BACKTEST_SESSIONS:
        raise BadInput(f"--sessions {first}-{final}: give FIRST-LAST with FIRST <= LAST, at most "
                       f"{MAX_BACKTEST_SESSIONS} sessions")
    training = whole_number(training, "--training", 1, 5)
    started = time.perf_counter()
    history = _forecast_data(first - training - FORECAST_WINDOW - 1)
    groups = _bridges(con)
    scores = backtest(history, lambda day: _positions_before(history, day, groups), list(range(first, final + 1)),
                      training=training, progress=progress)
    return Backtest(scores, list(range(first, final + 1)), time.perf_counter() - started)

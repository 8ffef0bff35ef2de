"""The honest backtest of the vote forecaster: every roll call of the chosen sessions forecast from what was
known before its date, scored against two baselines measured in the same run (docs/forecast.md, "Backtest")."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

import numpy as np

from unga.estimators.forecast import COMPONENTS, GROUPS, History, Positions, Settings, VoteForecaster, fit_weights, \
    group_of, mix, stack

TOPICS = (
    ("Israel/Palestine", ("palestin", "israel", "golan", "jerusalem", "occupied syrian", "unrwa", "middle east")),
    ("Ukraine/Russia", ("ukraine", "crimea")),
    ("disarmament", ("nuclear", "disarmament", "weapon", "missile", " arms", "outer space", "ammunition")),
    ("human rights", ("human rights", "racism", "torture", "death penalty", "discrimination", "self-determination",
                      "mercenaries", "democratic people")),
    ("economy/sanctions", ("economic", "development", "trade", "embargo", "coercive", "debt", "financial")),
    ("decolonization", ("decoloni", "non-self-governing", "colonial", "territories", "malvinas", "chagos")),
)
BINS = 10


def topic_of(text: str) -> str:
    low = f" {text.lower()} "
    return next((name for name, words in TOPICS if any(w in low for w in words)), "other")


@dataclass
class _Record:
    """One roll call forecast: the states that voted, their votes and every forecast's inputs."""

    session: int
    column: int
    group: str
    topic: str
    probs: np.ndarray  # (voters, components, 3)
    y: np.ndarray  # (voters,) 0 yes, 1 no, 2 abstain
    last: np.ndarray  # (voters,) the vote on the same text last time, -1 when none
    mode: np.ndarray  # (voters,) the state's most common vote, -1 when none


def backtest(history: History, fit_positions: Callable[[date], Positions | None], sessions: list[int], *,
             training: int = 3, settings: Settings | None = None,
             progress: Callable[[int, int], None] | None = None) -> dict:
    """Forecast every roll call of `sessions` and of the `training` sessions before them; each session's
    weights and baseline smoothing are fitted on the `training` sessions before it. Returns the scores."""
    forecaster = VoteForecaster(settings=settings)
    wanted = list(range(min(sessions) - training, max(sessions) + 1))
    records: list[_Record] = []
    for i, s in enumerate(wanted):
        cols = np.flatnonzero(history.sessions == s)
        if len(cols):
            positions = fit_positions(history.rc["date"].iloc[int(cols.min())].date())
            records += [_record(history, forecaster, int(c), positions) for c in cols]
        if progress is not None:
            progress(i + 1, len(wanted))
    scored = [(r, probs) for s in sessions for r, probs in _forecast_session(records, s, training)]
    return _scores(scored, history, training, settings or Settings())


def _record(h: History, forecaster: VoteForecaster, column: int, positions: Positions | None) -> _Record:
    draft = h.draft_of(column)
    comp = forecaster.components(h, draft, positions)
    y = h.outcome[:, column]
    voted = y >= 0
    ev = comp.evidence
    recent = ev.same[h.sessions[ev.same] >= draft.session - 2] if ev.repeated else ev.same
    last = h.outcome[:, int(recent[np.argmax(h.sessions[recent])])] if len(recent) else np.full(len(y), -1)
    n = h.before(draft.day)
    window = np.flatnonzero(h.sessions[:n] >= draft.session - forecaster.settings.window)
    counts = np.stack([(h.outcome[:, window] == k).sum(axis=1) for k in range(3)], axis=1)
    mode = np.where(counts.sum(axis=1) > 0, counts.argmax(axis=1), -1)
    return _Record(draft.session, column, group_of(ev), topic_of(draft.text), comp.probs[voted], y[voted],
                   last[voted], mode[voted])


def _forecast_session(records: list[_Record], session: int, training: int) -> list[tuple[_Record, dict]]:
    train = [r for r in records if session - training <= r.session < session]
    weights = {g: fit_weights(*stack([(r.probs, r.y) for r in train if r.group == g])) for g in GROUPS}
    eps_last = _switch_rate([(r.last, r.y) for r in train])
    eps_mode = _switch_rate([(r.mode, r.y) for r in train])
    out = []
    for r in (r for r in records if r.session == session):
        common = _smoothed(r.mode, eps_mode)
        last = np.where((r.last >= 0)[:, None], _smoothed(r.last, eps_last), common)
        out.append((r, {"model": mix(r.probs, weights[r.group]), "last_year": last, "most_common": common,
                        "weights": weights[r.group], "eps": (eps_last, eps_mode)}))
    return out


def _switch_rate(pairs: list[tuple[np.ndarray, np.ndarray]]) -> float:
    """How often the vote differed from the baseline's vote in the training sessions: the baseline's smoothing
    (its probability is 1 - rate on its vote and rate/2 on each other), which is what minimises its log loss."""
    known = sum(int((b >= 0).sum()) for b, _ in pairs)
    changed = sum(int(((b >= 0) & (b != y)).sum()) for b, y in pairs)
    return float(np.clip((changed + 1) / (known + 2), 1e-3, 0.5))


def _smoothed(vote: np.ndarray, eps: float) -> np.ndarray:
    out = np.full((len(vote), 3), eps / 2)
    known = vote >= 0
    out[known, vote[known]] = 1 - eps
    out[~known] = 1 / 3
    return out


METHODS = ("model", "last_year", "most_common")


def metrics(rows: list[tuple[_Record, dict]], method: str) -> dict:
    """Log loss and accuracy per vote cast, and the mean absolute error of the expected yes/no/abstain counts per
    roll call (given who voted)."""
    if not rows:
        return {"log_loss": None, "accuracy": None, "count_error": None, "votes": 0, "roll_calls": 0}
    p_obs = np.concatenate([p[method][np.arange(len(r.y)), r.y] for r, p in rows])
    hit = np.concatenate([p[method].argmax(axis=1) == r.y for r, p in rows])
    err = [np.abs(p[method].sum(axis=0) - np.bincount(r.y, minlength=3)).mean() for r, p in rows]
    return {"log_loss": round(float(-np.log(p_obs).mean()), 4), "accuracy": round(float(hit.mean()), 4),
            "count_error": round(float(np.mean(err)), 2), "votes": int(len(p_obs)), "roll_calls": len(rows)}


def reliability(rows: list[tuple[_Record, dict]], method: str = "model") -> list[dict]:
    """Every (state, outcome) probability binned by tenths: the mean forecast against the share that happened."""
    p = np.concatenate([pr[method].ravel() for _, pr in rows]) if rows else np.zeros(0)
    hit = np.concatenate([np.eye(3)[r.y].ravel() for r, _ in rows]) if rows else np.zeros(0)
    which = np.minimum((p * BINS).astype(int), BINS - 1)
    return [{"bin": f"{b / BINS:.1f}-{(b + 1) / BINS:.1f}", "forecast": round(float(p[which == b].mean()), 4),
             "observed": round(float(hit[which == b].mean()), 4), "n": int((which == b).sum())}
            for b in range(BINS) if (which == b).any()]


def _scores(rows: list[tuple[_Record, dict]], h: History, training: int, s: Settings) -> dict:
    result = {m: metrics(rows, m) for m in METHODS}
    by = {"topic": lambda r: r.topic, "text": lambda r: r.group, "session": lambda r: str(r.session)}
    detail = {}
    for name, key in by.items():
        values = sorted({key(r) for r, _ in rows})
        detail[name] = {v: {m: metrics([x for x in rows if key(x[0]) == v], m) for m in METHODS} for v in values}
    weights = {}
    for r, p in rows:
        weights.setdefault(str(r.session), {})[r.group] = dict(zip(COMPONENTS + ("bias_yes", "bias_no", "bias_abstain"),
                                                                  np.round(p["weights"], 4).tolist()))
    eps = {str(r.session): {"last_year": round(p["eps"][0], 4), "most_common": round(p["eps"][1], 4)} for r, p in rows}
    result["detail"] = {**{f"by_{k}": v for k, v in detail.items()}, "calibration": reliability(rows),
                        "calibration_last_year": reliability(rows, "last_year"), "weights": weights,
                        "baseline_smoothing": eps, "training_sessions": training, "settings": vars(s).copy(),
                        "roll_calls": [{"rcid": int(h.rc["rcid"].iloc[r.column]), "symbol": h.rc["symbol"].iloc[r.column],
                                        "session": r.session, "topic": r.topic, "text": r.group,
                                        "log_loss": round(float(-np.log(p["model"][np.arange(len(r.y)), r.y]).mean()), 4)}
                                       for r, p in rows]}
    return result

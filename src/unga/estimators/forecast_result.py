"""A vote forecast as a result object: per-state probabilities with their reasons, the expected tally with an
interval, and the persuadable states (docs/forecast.md)."""

from __future__ import annotations

import json
from dataclasses import dataclass

import numpy as np
import pandas as pd

from unga.estimators.forecast import COMPONENTS, OUTCOMES, Components, Draft, History
from unga.results import _jsonable, _text_table

ANNOUNCED_WEIGHT = 0.95  # an announced vote holds with this probability; the rest is the model's forecast
INTERVAL = 0.90
DRAWS = 10_000
_VERB = {"yes": "voted yes", "no": "voted no", "abstain": "abstained"}


def tally_distribution(q: np.ndarray) -> list[np.ndarray]:
    """Exact distribution of each count (yes, no, abstain, absent): the sum of per-state Bernoulli draws."""
    out = []
    for k in range(q.shape[1]):
        dist = np.array([1.0])
        for p in q[:, k]:
            dist = np.convolve(dist, [1 - p, p])
        out.append(dist)
    return out


def _interval(dist: np.ndarray) -> list[int]:
    cdf = np.cumsum(dist)
    tail = (1 - INTERVAL) / 2
    return [int(np.searchsorted(cdf, tail)), int(np.searchsorted(cdf, 1 - tail))]


def _p_adopted(q: np.ndarray, seed: int = 0) -> float:
    """P(more yes than no) by simulating every member's vote DRAWS times."""
    rng = np.random.default_rng(seed)
    cum = np.cumsum(q, axis=1)
    u = rng.random((DRAWS, len(q), 1))
    votes = (u > cum[None, :, :]).sum(axis=2)
    return float(((votes == 0).sum(axis=1) > (votes == 1).sum(axis=1)).mean())


def _history_text(h: History, row: int | None, cols: np.ndarray) -> tuple[str, list[str]]:
    if row is None or not len(cols):
        return "", []
    votes = [OUTCOMES[k] if k >= 0 else "absent" for k in h.outcome[row, cols]]
    return ", ".join(f"{v} ({h.rc['symbol'].iloc[c] or h.rc['rcid'].iloc[c]})" for v, c in zip(votes, cols)), votes


def _mover(same: list[str], near: list[str]) -> str:
    """What a state did on the texts behind the forecast (the same text if any, else the most similar votes)."""
    record = same or near
    where = "the same text" if same else "the most similar votes"
    cast = [v for v in record if v != "absent"]
    if cast and all(v == cast[0] for v in cast):
        said = f"{_VERB[cast[0]]} on the {len(cast)} earlier votes on {where}" if len(cast) > 1 \
            else f"{_VERB[cast[0]]} on {where} last time"
    elif cast:
        shares = ", ".join(f"{cast.count(o)} {o}" for o in OUTCOMES if cast.count(o))
        said = f"split on {where} ({shares})"
    else:
        said = "no vote on the texts behind the forecast"
    return said


@dataclass(frozen=True)
class Forecast:
    """How each member will vote on a draft, the expected tally and who can still be moved."""

    draft: dict  # day, session, title, like, topic
    table: pd.DataFrame  # per member: iso3, name, p_yes, p_no, p_abstain, p_absent, most_likely, margin, reasons
    expected: dict  # count -> expected value
    intervals: dict  # count -> [low, high] (90%)
    p_adopted: float
    evidence: list[dict]  # the earlier roll calls used, with weights
    item: dict  # the fitted item (ordered probit), empty without ideal points
    weights: dict  # component -> mixture weight
    group: str  # repeated or new text
    names: dict

    def to_frame(self) -> pd.DataFrame:
        return self.table

    def to_dict(self) -> dict:
        """ISO3 -> {yes, no, abstain, absent}: the probabilities a map colours."""
        return {r.iso3: {"yes": r.p_yes, "no": r.p_no, "abstain": r.p_abstain, "absent": r.p_absent}
                for r in self.table.itertuples()}

    def persuadable(self, n: int = 15) -> pd.DataFrame:
        """States whose most likely vote is closest to changing (smallest margin over the runner-up)."""
        t = self.table[~self.table["announced"].astype(bool)]
        return t.sort_values("margin").head(n)

    def to_json(self) -> dict:
        cols = ["iso3", "name", "p_yes", "p_no", "p_abstain", "p_absent", "most_likely", "runner_up", "margin",
                "ideal_point", "same_text", "similar", "reason"]
        return _jsonable({"draft": self.draft, "group": self.group, "expected": self.expected,
                          "interval_90": self.intervals, "p_adopted": self.p_adopted, "weights": self.weights,
                          "item": self.item, "evidence": self.evidence,
                          "persuadable": self.persuadable()[["iso3", "name", "most_likely", "runner_up", "margin",
                                                             "mover"]].to_dict(orient="records"),
                          "states": self.table[cols + ["announced"]].to_dict(orient="records")})

    def dumps(self) -> str:
        return json.dumps(self.to_json(), ensure_ascii=False)

    @property
    def headline(self) -> str:
        e, i = self.expected, self.intervals
        return (f"forecast ({self.group} text, {len(self.evidence)} earlier roll calls, {len(self.table)} members on "
                f"{self.draft['day']}): " + ", ".join(f"{e[k]:.0f} {k} [{i[k][0]}-{i[k][1]}]"
                                                      for k in ("yes", "no", "abstain", "absent"))
                + f"; P(adopted by simple majority) {self.p_adopted:.2f}")

    def __str__(self) -> str:
        p = self.persuadable()[["name", "most_likely", "p_yes", "p_no", "p_abstain", "mover"]]
        return f"{self.headline}\npersuadable:\n{_text_table(p.round(2))}"


def build_forecast(h: History, draft: Draft, comp: Components, probs: np.ndarray, members: list[str],
                   announced: dict[str, str], weights: np.ndarray, group: str, names: dict) -> Forecast:
    """The result for the members on the draft's date: announced votes applied, reasons written, tally summed."""
    row = {s: i for i, s in enumerate(comp.states)}
    fill = comp.probs[:, 3].mean(axis=0)  # a member with no vote yet: the vote shares of all
    ev = comp.evidence
    records = []
    cuts = (comp.item["no_abstain"], comp.item["abstain_yes"]) if "abstain_yes" in comp.item else None
    for iso3 in members:
        i = row.get(iso3)
        p = probs[i] if i is not None else fill
        if iso3 in announced:
            p = ANNOUNCED_WEIGHT * np.eye(3)[OUTCOMES.index(announced[iso3])] + (1 - ANNOUNCED_WEIGHT) * p
        pa = float(comp.absent[i]) if i is not None else 0.1
        order = np.argsort(-p)
        same_text, same = _history_text(h, i, ev.same)
        near_text, near = _history_text(h, i, ev.near[np.argsort(-ev.near_weight)][:3])
        x = float(comp.ideal_point[i]) if i is not None else float("nan")
        ideal = f"ideal point {x:.2f}" + (f" (the draft: no|abstain at {cuts[0]:.2f}, abstain|yes at {cuts[1]:.2f})"
                                          if cuts else "")
        reason = "; ".join(filter(None, [ideal if x == x else "no ideal point",
                                         f"same text: {same_text}" if same_text else "",
                                         f"similar: {near_text}" if near_text else "",
                                         f"announced {announced[iso3]}" if iso3 in announced else ""]))
        best, second = OUTCOMES[order[0]], OUTCOMES[order[1]]
        mover = f"{_mover(same, near)}; P({second}) {p[order[1]]:.2f}, P({best}) {p[order[0]]:.2f}"
        records.append({"iso3": iso3, "name": names.get(iso3, iso3), "p_yes": float(p[0]), "p_no": float(p[1]),
                        "p_abstain": float(p[2]), "p_absent": pa, "most_likely": best, "runner_up": second,
                        "margin": float(p[order[0]] - p[order[1]]), "ideal_point": x, "same_text": same_text,
                        "similar": near_text, "reason": reason, "mover": mover, "announced": iso3 in announced})
    table = pd.DataFrame(records).sort_values("margin").reset_index(drop=True)
    q = np.c_[table[["p_yes", "p_no", "p_abstain"]].to_numpy() * (1 - table[["p_absent"]].to_numpy()),
              table["p_absent"].to_numpy()]
    keys = ("yes", "no", "abstain", "absent")
    dists = tally_distribution(q)
    expected = {k: round(float(q[:, j].sum()), 1) for j, k in enumerate(keys)}
    intervals = {k: _interval(d) for k, d in zip(keys, dists)}
    evidence = [{"rcid": int(h.rc["rcid"].iloc[c]), "symbol": h.rc["symbol"].iloc[c], "date": h.rc["date"].iloc[c].date(),
                 "title": h.rc["title"].iloc[c], "why": why, "weight": round(float(w), 4)}
                for cols, ws, why in ((ev.same, ev.same_weight, "same text"), (ev.near, ev.near_weight, "similar"))
                for c, w in zip(cols, ws)]
    info = {"day": draft.day, "session": draft.session, "title": draft.title or None, "text": draft.text or None}
    return Forecast(info, table, expected, intervals, _p_adopted(q), evidence,
                    {k: round(v, 4) for k, v in comp.item.items()}, dict(zip(COMPONENTS + ("bias_yes", "bias_no", "bias_abstain"), np.round(weights, 4).tolist())),
                    group, names)


@dataclass(frozen=True)
class Backtest:
    """The backtest's scores: {"model", "last_year", "most_common"} each with log_loss, accuracy, count_error."""

    scores: dict
    sessions: list[int]
    seconds: float

    def to_json(self) -> dict:
        return _jsonable({**self.scores, "sessions": self.sessions, "seconds": round(self.seconds, 1)})

    def dumps(self) -> str:
        return json.dumps(self.to_json(), ensure_ascii=False)

    def to_frame(self) -> pd.DataFrame:
        return pd.DataFrame({m: self.scores[m] for m in ("model", "last_year", "most_common")}).T

    @property
    def headline(self) -> str:
        m = self.scores["model"]
        return (f"backtest of sessions {self.sessions[0]}-{self.sessions[-1]}: {m['roll_calls']} roll calls, "
                f"{m['votes']:,} votes, {self.seconds:.0f} s")

    def __str__(self) -> str:
        return f"{self.headline}\n{self.to_frame().to_string()}"

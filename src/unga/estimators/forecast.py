"""Vote forecasts: how each state will vote on a draft, from what was known before its date (docs/forecast.md).

Per state, a mixture of five distributions over (yes, no, abstain):
  same_text  its recency-weighted votes on the earlier texts the draft repeats (same title) or is said to be like;
  similar    its votes on the earlier roll calls whose title, agenda item and subjects are nearest (TF-IDF cosine);
  ideal      an ordered probit at its latest ideal point, the item's cut points and discrimination fitted on the
             states' votes on those earlier roll calls (the draft located from the similar votes);
  base       its vote shares over the last sessions;  uniform  a floor (1/3 each).
They are pooled logarithmically (P proportional to the weighted product), the weights fitted by log loss on
earlier sessions only, separately for repeated texts and new ones.
A component without evidence (no repeated text, no ideal point) gives the base distribution in its place.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

import numpy as np
import pandas as pd
from scipy import sparse
from scipy.optimize import minimize
from scipy.special import ndtr

from unga.analysis.votematrix import VoteMatrix
from unga.estimators.bridging import agenda_item_name, normalise_text, normalise_title

OUTCOMES = ("yes", "no", "abstain")
COMPONENTS = ("same_text", "last", "similar", "ideal", "base", "uniform")
GROUPS = ("repeated", "new")
# VoteMatrix codes (0 non-member, 1 yes, 2 abstain, 3 no, 4 absent) -> index in OUTCOMES, -1 for no vote cast
_OUTCOME_OF_CODE = np.array([-1, 0, 2, 1, -1], dtype=np.int8)
_STOP = frozenset("the and for of in on to a an by with from its at as be or all their into united nations "
                  "general assembly resolution agenda item items sess session report adopted draft".split())


@dataclass
class Draft:
    """What is known of a draft before its vote: its date and session, and what it resembles."""

    day: date
    session: int
    title: str = ""
    kind: str = "resolution"
    text: str = ""  # title, agenda item and subjects, or the user's topic words: for the nearest roll calls
    like: tuple[int, ...] = ()  # columns of the roll calls the draft is said to be like
    exclude: int | None = None  # the draft's own column in a backtest (never its own evidence)


@dataclass
class Evidence:
    """The earlier roll calls behind one forecast: their columns, weights and why each was chosen."""

    same: np.ndarray  # columns of the repeated / named texts
    same_weight: np.ndarray
    near: np.ndarray  # columns of the nearest roll calls by text
    near_weight: np.ndarray
    near_similarity: np.ndarray

    @property
    def repeated(self) -> bool:
        return len(self.same) > 0

    @property
    def empty(self) -> bool:
        return not len(self.same) and not len(self.near)

    @property
    def columns(self) -> np.ndarray:
        return np.r_[self.same, self.near].astype(np.int64)

    @property
    def weights(self) -> np.ndarray:
        return np.r_[self.same_weight, self.near_weight]


def tokens(text: str) -> list[str]:
    return [w for w in normalise_text(text).split() if len(w) > 2 and not w.isdigit() and w not in _STOP]


class History:
    """The record as the forecaster sees it: roll calls in date order and every state's vote on each."""

    def __init__(self, roll_calls: pd.DataFrame, iso3: np.ndarray, rcid: np.ndarray, vote: np.ndarray) -> None:
        rc = roll_calls[roll_calls["rcid"].isin(np.unique(rcid))]
        rc = rc.assign(date=pd.to_datetime(rc["date"])).sort_values(["date", "rcid"]).reset_index(drop=True)
        position = dict(zip(rc["rcid"].tolist(), range(len(rc))))
        keep = np.isin(rcid, rc["rcid"].to_numpy())
        m = VoteMatrix.from_long(iso3[keep], rcid[keep], vote[keep], position)
        self.rc = rc.assign(title_key=rc["title"].map(normalise_title))
        self.states = np.array(m.states)
        self.row = {s: i for i, s in enumerate(m.states)}
        self.outcome = _OUTCOME_OF_CODE[m.codes]  # (states, roll calls): 0 yes, 1 no, 2 abstain, -1 none
        self.present = m.codes > 0  # a member on that vote (voted or absent)
        self.absent = m.codes == 4
        self.days = self.rc["date"].to_numpy().astype("datetime64[D]")
        self.sessions = self.rc["session"].to_numpy(dtype=np.int64)
        self.column = dict(zip(self.rc["rcid"].tolist(), range(len(self.rc))))
        self._index_text()

    def _index_text(self) -> None:
        docs = [tokens(" ".join(str(x) for x in (t, agenda_item_name(a), s) if x and x == x))
                for t, a, s in zip(self.rc["title"], self.rc["agenda_item"], self.rc["subjects"])]
        vocab: dict[str, int] = {}
        rows, cols = [], []
        for r, doc in enumerate(docs):
            for w in dict.fromkeys(doc):  # first-seen order: a set's would number the columns per hash seed
                rows.append(r)
                cols.append(vocab.setdefault(w, len(vocab)))
        counts = sparse.csr_matrix((np.ones(len(rows)), (rows, cols)), shape=(len(docs), max(len(vocab), 1)))
        df = np.asarray((counts > 0).sum(axis=0)).ravel()
        self.vocab, self.idf = vocab, np.log((1 + len(docs)) / (1 + df)) + 1
        self.tfidf = _normalise_rows(counts.multiply(self.idf).tocsr())

    def vector(self, text: str) -> sparse.csr_matrix:
        cols = sorted({self.vocab[w] for w in tokens(text) if w in self.vocab})
        v = sparse.csr_matrix((self.idf[cols], ([0] * len(cols), cols)), shape=(1, self.tfidf.shape[1]))
        return _normalise_rows(v)

    def before(self, day: date) -> int:
        """How many roll calls were held before that day (they are the columns 0..n-1)."""
        return int(np.searchsorted(self.days, np.datetime64(day, "D"), side="left"))

    def draft_of(self, column: int) -> Draft:
        """A roll call of the record described as a draft, for the backtest."""
        r = self.rc.iloc[column]
        text = " ".join(str(x) for x in (r["title"], agenda_item_name(r["agenda_item"]), r["subjects"]) if x and x == x)
        return Draft(r["date"].date(), int(r["session"]), str(r["title"] or ""), str(r["kind"]), text, (), column)


def _normalise_rows(m: sparse.csr_matrix) -> sparse.csr_matrix:
    norms = np.sqrt(np.asarray(m.multiply(m).sum(axis=1)).ravel())
    norms[norms == 0] = 1.0
    return sparse.diags(1.0 / norms) @ m


@dataclass
class Settings:
    """The forecaster's fixed choices (docs/forecast.md); the mixture weights are fitted, these are not."""

    decay: float = 0.75  # weight of a vote one session older
    repeats: int = 3  # earlier occurrences of the same text used
    neighbours: int = 8  # nearest roll calls by text
    min_similarity: float = 0.3  # their least cosine similarity
    window: int = 10  # sessions searched for them
    base_sessions: int = 2  # sessions of a state's vote shares (the base component)
    smoothing: float = 0.3  # pseudo-votes from the base distribution added to the similar votes


def find_evidence(h: History, draft: Draft, s: Settings) -> Evidence:
    """The draft's earlier texts (named, or repeated by title) and its nearest roll calls, all before its date."""
    n = h.before(draft.day)
    if draft.exclude is not None:
        n = min(n, draft.exclude)
    same = [c for c in draft.like if c < n]
    key = normalise_title(draft.title)
    if key and len(key.split()) >= 2:
        hits = np.flatnonzero((h.rc["title_key"].to_numpy()[:n] == key) & (h.rc["kind"].to_numpy()[:n] == draft.kind)
                              & (h.sessions[:n] < draft.session))
        latest: dict[int, int] = {}
        for c in hits[::-1]:  # the last vote on it in each session, newest sessions first
            latest.setdefault(int(h.sessions[c]), int(c))
        same += list(latest.values())[: s.repeats]
    same = np.array(sorted(set(same)), dtype=np.int64)
    same_w = s.decay ** np.maximum(draft.session - h.sessions[same], 0).astype(float)
    near, sim = _nearest(h, draft, n, same, s)
    near_w = sim * s.decay ** np.maximum(draft.session - h.sessions[near], 0).astype(float)
    return Evidence(same, same_w, near, near_w, sim)


def _nearest(h: History, draft: Draft, n: int, same: np.ndarray, s: Settings) -> tuple[np.ndarray, np.ndarray]:
    text = draft.text or draft.title
    if not text or n == 0:
        return np.zeros(0, np.int64), np.zeros(0)
    pool = np.flatnonzero(h.sessions[:n] >= draft.session - s.window)
    sims = np.asarray((h.tfidf[pool] @ h.vector(text).T).todense()).ravel()
    sims[np.isin(pool, same)] = 0.0
    order = np.argsort(-sims, kind="stable")[: s.neighbours]
    order = order[sims[order] >= s.min_similarity]
    return pool[order].astype(np.int64), sims[order]


@dataclass
class Components:
    """Per state (rows of `states`), each component's (yes, no, abstain) and the evidence behind it."""

    states: np.ndarray
    probs: np.ndarray  # (states, components, 3)
    absent: np.ndarray  # P(absent) per state
    ideal_point: np.ndarray  # NaN where unknown
    item: dict  # the fitted item: beta, cut1, cut2, position
    evidence: Evidence
    counts: np.ndarray = field(default=None)  # (states, 3) weighted votes on the same texts


def components(h: History, draft: Draft, ev: Evidence, positions: Positions | None, s: Settings) -> Components:
    """Every component's distribution for every state of the record (callers pick the members)."""
    n = h.before(draft.day) if draft.exclude is None else min(h.before(draft.day), draft.exclude)
    base, absent = _base(h, n, draft.session, s)
    same, counts = _weighted(h, ev.same, ev.same_weight, base, s.smoothing)
    near, _ = _weighted(h, ev.near, ev.near_weight, base, s.smoothing)
    x_now = positions.latest(h.states, draft.session) if positions is not None else np.full(len(h.states), np.nan)
    ideal, item = _ideal(h, ev, positions, x_now, base)
    last, _ = _weighted(h, ev.same[-1:], np.ones(min(len(ev.same), 1)), base, 0.1)
    uniform = np.full_like(base, 1 / 3)
    return Components(h.states, np.stack([same, last, near, ideal, base, uniform], axis=1), absent, x_now, item, ev,
                      counts)


def _base(h: History, n: int, session: int, s: Settings) -> tuple[np.ndarray, np.ndarray]:
    """Each state's vote shares and absence rate over the last sessions before column n, smoothed to the whole's."""
    cols = np.flatnonzero(h.sessions[:n] >= session - s.base_sessions)
    out = h.outcome[:, cols]
    counts = np.stack([(out == k).sum(axis=1) for k in range(3)], axis=1).astype(float)
    overall = (counts.sum(axis=0) + 1) / (counts.sum() + 3)
    base = (counts + 3 * overall) / (counts.sum(axis=1, keepdims=True) + 3)
    present = h.present[:, cols].sum(axis=1)
    absent = (h.absent[:, cols].sum(axis=1) + 0.5) / (present + 10.0)
    return base, absent


def _weighted(h: History, cols: np.ndarray, w: np.ndarray, base: np.ndarray, alpha: float) -> tuple[np.ndarray, np.ndarray]:
    """Recency-weighted vote shares on the chosen roll calls, alpha pseudo-votes from the base distribution."""
    counts = np.zeros((len(h.states), 3))
    if len(cols):
        out = h.outcome[:, cols]
        for k in range(3):
            counts[:, k] = ((out == k) * w).sum(axis=1)
    return (counts + alpha * base) / (counts.sum(axis=1, keepdims=True) + alpha), counts


class Positions:
    """Ideal points per state and period (the public output of an ideal-point fit), looked up by session."""

    def __init__(self, table: pd.DataFrame) -> None:
        wide = table.pivot_table(index="iso3", columns="period", values="ideal_point")
        self.wide = wide.reindex(columns=range(int(wide.columns.min()), int(wide.columns.max()) + 1)).ffill(axis=1)
        self.last_period = int(wide.columns.max())

    def latest(self, states: np.ndarray, session: int) -> np.ndarray:
        col = min(session - 1, self.last_period)
        if col not in self.wide.columns:
            return np.full(len(states), np.nan)
        return self.wide[col].reindex(states).to_numpy(dtype=float)

    def at(self, states: np.ndarray, sessions: np.ndarray, fallback: np.ndarray) -> np.ndarray:
        """(states, len(sessions)) positions in each roll call's own session, else the latest known."""
        cols = np.clip(sessions, self.wide.columns.min(), self.last_period)
        x = self.wide.reindex(index=states, columns=sorted(set(cols.tolist())))
        out = x[cols].to_numpy(dtype=float) if len(cols) else np.zeros((len(states), 0))
        return np.where(np.isnan(out), fallback[:, None], out)


def _ideal(h: History, ev: Evidence, positions: Positions | None, x_now: np.ndarray,
           base: np.ndarray) -> tuple[np.ndarray, dict]:
    """The ordered probit at each state's latest position, the item fitted on the states' votes on the evidence."""
    cols, w = ev.columns, ev.weights
    if positions is None or not len(cols):
        return base.copy(), {}
    x = positions.at(h.states, h.sessions[cols], x_now)
    y = h.outcome[:, cols]
    ok = (y >= 0) & ~np.isnan(x)
    if ok.sum() < 10:
        return base.copy(), {}
    beta, c1, c2 = fit_item(x[ok], y[ok], np.broadcast_to(w, y.shape)[ok])
    probs = ordered_probs(x_now, beta, c1, c2)
    known = ~np.isnan(x_now)
    out = base.copy()
    out[known] = probs[known]
    if abs(beta) < 1e-6:
        return out, {"beta": beta, "cut1": c1, "cut2": c2}
    # where on the ideal-point scale a state turns from no to abstain and from abstain to yes (reversed if beta < 0)
    return out, {"beta": beta, "cut1": c1, "cut2": c2, "no_abstain": c1 / beta, "abstain_yes": c2 / beta,
                 "position": (c1 + c2) / (2 * beta)}


def ordered_probs(x: np.ndarray, beta: float, c1: float, c2: float) -> np.ndarray:
    """(yes, no, abstain) under the ordered probit: no if beta*x + e <= c1, yes if > c2, abstain between."""
    eta = beta * np.nan_to_num(x)
    p_no = ndtr(c1 - eta)
    p_yes = 1 - ndtr(c2 - eta)
    out = np.stack([p_yes, p_no, np.clip(1 - p_yes - p_no, 0, 1)], axis=-1)
    out = np.clip(out, 1e-4, 1)
    return out / out.sum(axis=-1, keepdims=True)


def fit_item(x: np.ndarray, y: np.ndarray, w: np.ndarray) -> tuple[float, float, float]:
    """Weighted ordered-probit fit of one item: (beta, cut1, cut2), with N(0, 3^2) priors that keep a one-sided
    vote (everybody yes) finite. y: 0 yes, 1 no, 2 abstain. Parameters beta, cut1, log(cut2 - cut1)."""
    is_no, is_abstain, is_yes = y == 1, y == 2, y == 0

    def loss(theta):
        beta, c1, gap = theta[0], theta[1], np.exp(np.clip(theta[2], -8, 4))
        c2 = c1 + gap
        u1, u2 = c1 - beta * x, c2 - beta * x
        f1, f2 = ndtr(u1), ndtr(u2)
        p = np.where(is_no, f1, np.where(is_abstain, f2 - f1, 1 - f2))
        p = np.maximum(p, 1e-12)
        d1, d2 = np.exp(-0.5 * u1 * u1) / np.sqrt(2 * np.pi) / p, np.exp(-0.5 * u2 * u2) / np.sqrt(2 * np.pi) / p
        g1 = w * np.where(is_no, d1, np.where(is_abstain, -d1, 0.0))  # d log p / d c1, weighted
        g2 = w * np.where(is_abstain, d2, np.where(is_yes, -d2, 0.0))  # d log p / d c2
        value = -(w * np.log(p)).sum() + (beta ** 2 + c1 ** 2 + c2 ** 2) / 18
        grad_beta = ((g1 + g2) * x).sum() + beta / 9
        grad_c1, grad_c2 = -g1.sum() + c1 / 9, -g2.sum() + c2 / 9
        return value, np.array([grad_beta, grad_c1 + grad_c2, grad_c2 * gap])

    res = minimize(loss, np.array([1.0, -1.0, 0.0]), jac=True, method="BFGS", options={"maxiter": 200})
    beta, c1, gap = res.x
    return float(beta), float(c1), float(c1 + np.exp(np.clip(gap, -8, 4)))


def fit_weights(probs: np.ndarray, y: np.ndarray) -> np.ndarray:
    """Weights of the logarithmic pool (one per component, then a bias per outcome) minimising the log loss.

    probs: (votes, components, 3) each component's forecast; y: (votes,) the vote cast (0 yes, 1 no, 2 abstain).
    P(k) is proportional to exp(sum_m a_m log p_mk + b_k): unlike an average, weights above 1 sharpen components
    that are right more often than their probabilities say. a_m in [0, 5]; b, a small ridge."""
    n_comp = probs.shape[1]
    if not len(y):
        return np.r_[np.full(n_comp, 1 / n_comp), np.zeros(3)]
    logp = np.log(probs)
    rows = np.arange(len(y))

    def loss(theta):
        a, b = theta[:n_comp], theta[n_comp:]
        logits = np.einsum("nck,c->nk", logp, a) + b
        logits -= logits.max(axis=1, keepdims=True)
        p = np.exp(logits)
        p /= p.sum(axis=1, keepdims=True)
        value = -np.log(p[rows, y] + 1e-300).mean() + 1e-4 * (theta ** 2).sum()
        onehot = np.eye(3)[y]
        grad_a = -np.einsum("nck,nk->c", logp, onehot - p) / len(y)
        grad_b = -(onehot - p).mean(axis=0)
        return value, np.r_[grad_a, grad_b] + 2e-4 * theta

    start = np.r_[np.full(n_comp, 1 / n_comp), np.zeros(3)]
    res = minimize(loss, start, jac=True, method="L-BFGS-B", bounds=[(0, 5)] * n_comp + [(-3, 3)] * 3)
    return res.x


def mix(probs: np.ndarray, weights: np.ndarray) -> np.ndarray:
    """(states, components, 3) pooled by the weights (fit_weights) into (states, 3)."""
    n_comp = probs.shape[1]
    logits = np.einsum("sck,c->sk", np.log(probs), weights[:n_comp]) + weights[n_comp:]
    logits -= logits.max(axis=1, keepdims=True)
    p = np.exp(logits)
    return p / p.sum(axis=1, keepdims=True)


def stack(rows: list[tuple[np.ndarray, np.ndarray]]) -> tuple[np.ndarray, np.ndarray]:
    """Training forecasts (probs, votes) of many roll calls as one (votes, components, 3) array and the votes."""
    if not rows:
        return np.zeros((0, len(COMPONENTS), 3)), np.zeros(0, np.int64)
    return np.concatenate([p for p, _ in rows]), np.concatenate([y for _, y in rows]).astype(np.int64)


def group_of(ev: Evidence) -> str:
    return "repeated" if ev.repeated else "new"


class VoteForecaster:
    """Forecast votes on drafts: fit() learns the mixture weights on earlier roll calls, predict_proba() forecasts.

    fit(history, training_columns, positions): each training roll call is forecast from what was known before its
    date (with the ideal points `positions` fitted before the training period) and the weights minimise the log
    loss of those forecasts; fitted: weights_ (group -> weight per component), n_training_.
    """

    def __init__(self, *, settings: Settings | None = None) -> None:
        self.settings = settings or Settings()

    def fit(self, history: History, training_columns: np.ndarray, positions: Positions | None) -> VoteForecaster:
        rows = {g: [] for g in GROUPS}
        for c in training_columns:
            draft = history.draft_of(int(c))
            comp = self.components(history, draft, positions)
            y = history.outcome[:, int(c)]
            voted = y >= 0
            rows[group_of(comp.evidence)].append((comp.probs[voted], y[voted]))
        self.weights_ = {g: fit_weights(*stack(r)) for g, r in rows.items()}
        self.n_training_ = {g: int(sum(len(y) for _, y in r)) for g, r in rows.items()}
        return self

    def components(self, history: History, draft: Draft, positions: Positions | None) -> Components:
        ev = find_evidence(history, draft, self.settings)
        return components(history, draft, ev, positions, self.settings)

    def predict_proba(self, comp: Components) -> np.ndarray:
        """(states, 3) probabilities of yes, no, abstain."""
        return mix(comp.probs, self.weights_[group_of(comp.evidence)])

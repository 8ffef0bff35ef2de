"""How well a chain's kept draws have mixed, per parameter: split R-hat, effective sample size and the Monte
Carlo error of a posterior mean, summarised for a fit's diagnostics (docs/methods-ideal-points.md, "Reading the
convergence")."""

from __future__ import annotations

import numpy as np
import pandas as pd


def split_rhat(draws: np.ndarray) -> np.ndarray:
    """Gelman-Rubin potential scale reduction of each column, the kept draws split into two halves."""
    half = draws.shape[0] // 2
    if half < 2:
        return np.full(draws.shape[1], np.nan)
    chains = np.stack([draws[:half], draws[half:2 * half]]).astype(np.float64)
    within = chains.var(axis=1, ddof=1).mean(axis=0)
    between = half * chains.mean(axis=1).var(axis=0, ddof=1)
    var = (half - 1) / half * within + between / half
    return np.sqrt(var / np.maximum(within, 1e-12))


def effective_size(draws: np.ndarray) -> np.ndarray:
    """Effective sample size of each column: n / (1 + 2 sum of autocorrelations), the sum cut at Geyer's initial
    positive sequence (pairs of lags summed while positive); a constant column counts as n."""
    x = np.asarray(draws, dtype=np.float64)
    n = x.shape[0]
    if n < 4:
        return np.full(x.shape[1], np.nan)
    x = x - x.mean(axis=0)
    f = np.fft.rfft(x, n=2 * n, axis=0)
    acov = np.fft.irfft(f * np.conj(f), n=2 * n, axis=0)[:n] / n
    rho = np.divide(acov, acov[:1], out=np.zeros_like(acov), where=acov[:1] > 0)
    rho[0] = 1.0
    pairs = rho[0:n - 1:2] + rho[1:n:2]
    positive = np.cumprod(pairs > 0, axis=0).astype(bool)
    tau = -1 + 2 * np.where(positive, pairs, 0).sum(axis=0)
    return n / np.maximum(tau, 1.0 / n)


def summary(draws: np.ndarray, n_votes: np.ndarray, min_votes: int) -> dict:
    """Split R-hat over all positions (rhat_*), and over the state-periods with at least min_votes votes
    (rhat_*_enough; rhat_over_enough of rhat_enough at or above 1.1): few-vote positions are mostly prior and mix
    fastest, so the second set is the harder one and the one shown without a flag. mcse_*: the Monte Carlo error
    of a posterior mean, sd / sqrt(ESS), over the state-periods with enough votes (an upper bound for the
    Rao-Blackwellised means)."""
    rhat = split_rhat(draws)
    finite = np.isfinite(rhat)
    enough = finite & (n_votes >= min_votes)
    q = (lambda r, p: float(np.quantile(r, p)) if r.size else float("nan"))
    mcse = draws[:, enough].std(axis=0, dtype=np.float64) / np.sqrt(effective_size(draws[:, enough]))
    return {"rhat_max": float(rhat[finite].max()) if finite.any() else float("nan"), "rhat_q99": q(rhat[finite], 0.99),
            "rhat_median": q(rhat[finite], 0.5), "rhat_q90": q(rhat[finite], 0.9),
            "rhat_q99_enough": q(rhat[enough], 0.99), "rhat_enough": int(enough.sum()),
            "rhat_over_enough": int((rhat[enough] >= 1.1).sum()),
            "mcse_median": q(mcse[np.isfinite(mcse)], 0.5), "mcse_q99": q(mcse[np.isfinite(mcse)], 0.99)}


def adjacent_r_min(table: pd.DataFrame) -> float:
    """The lowest correlation, over consecutive periods, between the posterior means of the states with votes in
    both. A chain started far from the mode can settle in a reflected mode where a run of early periods has the
    opposite sign (positions and items flipped together; the walk's links to the later periods keep it there):
    that shows as a negative value here, which split R-hat cannot see. Positions change slowly, so on the record
    it is above 0.8 when all periods share one orientation."""
    voted = table[table["n_votes"] > 0].pivot(index="iso3", columns="period", values="ideal_point")
    values, rs = voted.to_numpy(), []
    for t in range(values.shape[1] - 1):
        both = np.isfinite(values[:, t]) & np.isfinite(values[:, t + 1])
        if both.sum() > 2:
            rs.append(np.corrcoef(values[both, t], values[both, t + 1])[0, 1])
    return float(min(rs)) if rs else float("nan")

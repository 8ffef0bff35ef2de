"""Bailey, Strezhnev & Voeten's own prior on the positions, as their published sampler specifies it
(UN_Ideal_Rcpp.R, April 2020; docs/methods-ideal-points.md, "Unanimous blocs once the chain has mixed"), so
that our sampler can run their exact specification (gibbs_ordinal, prior="bsv") and be compared with ours.

Term by term, per state-period (i, t), in every sweep:
  x_it ~ N(c_it, v_it),  v_it = smooth * n_it / (n_it + n_i,t-1)   (smooth = 0.5; n: the state's votes),
  c_it = the previous sweep's conditional mean E[x_i,t-1 | z, beta] of the same state's previous period,
         for its first period that of its second period, for a state with one period 0.
It is one-sided (only the previous period enters, not the next) and centred on last sweep's conditional mean
rather than on the current draw of the neighbour, so it is not the full conditional of any joint prior: the
chain has a stationary distribution, but not the posterior of a stated model. Nothing holds a state's path
level except the clamp to +-5 and the standardisation of every draw (there is no N(0, 1) on a first period).
Given the centres the prior is Gaussian and diagonal: (diag, off, centre) with off = 0, the form
gibbs_ordinal._draw_paths and path_move.move take."""

from __future__ import annotations

import numpy as np

SMOOTH = 0.5  # BSV's "Smooth": "for the main ideal point estimates, the smoother is set at .5"


def smoothing_variance(span: np.ndarray, n_votes: np.ndarray, smooth: float = SMOOTH) -> np.ndarray:
    """v_it = smooth * n_t / (n_t + n_prev) inside each span (n_prev: the previous period's votes, the next
    period's for a first one); periods without votes count as one vote, so that no variance is 0."""
    n = np.maximum(n_votes, 1).astype(float)
    prev = np.concatenate([n[:, 1:2], n[:, :-1]], axis=1)
    first = span & ~np.concatenate([np.zeros((span.shape[0], 1), bool), span[:, :-1]], axis=1)
    after = np.concatenate([n[:, 1:], n[:, -1:]], axis=1)
    prev = np.where(first, after, prev)
    return np.where(span, smooth * n / (n + prev), 1.0)


def centres(span: np.ndarray, mean: np.ndarray) -> np.ndarray:
    """c_it: the previous period's conditional mean; a first period takes its second's; one-period states 0."""
    lag = np.concatenate([np.zeros((span.shape[0], 1)), mean[:, :-1]], axis=1)
    first = span & ~np.concatenate([np.zeros((span.shape[0], 1), bool), span[:, :-1]], axis=1)
    has_next = np.concatenate([span[:, 1:], np.zeros((span.shape[0], 1), bool)], axis=1)
    lead = np.concatenate([mean[:, 1:], np.zeros((span.shape[0], 1))], axis=1)
    out = np.where(first, np.where(has_next, lead, 0.0), lag)
    return np.where(span, out, 0.0)


def precision(span: np.ndarray, variance: np.ndarray, mean: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The sweep's prior as (diag, off, centre): independent N(c_it, v_it), centres from last sweep's means."""
    return 1.0 / variance, np.zeros((span.shape[0], span.shape[1] - 1)), centres(span, mean)

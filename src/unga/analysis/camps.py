"""Voting blocs: average-linkage clustering of the agreement matrix, one year (or session) at a time.

Method (docs/methods.md): distance = 1 − Voeten's agreement between two states over the period's roll calls;
average-linkage hierarchical clustering; the number of camps k (2..max_k) maximises the mean silhouette
(ties: fewer camps). A state's membership strength is its silhouette, (b − a) / max(a, b), with a its mean
distance to its own camp and b to the nearest other; a state whose strength is below BETWEEN sits between
camps. Camps are named by the first anchor state they contain (ANCHORS order), else by their medoid, so the
labels stay the same from year to year. Deterministic: no random start.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

ANCHORS = ("USA", "CHN", "RUS", "IND", "BRA", "ZAF", "EGY", "IDN", "NGA", "SAU", "IRN", "ISR", "DEU", "FRA",
           "GBR", "JPN", "MEX", "ARG", "TUR", "PAK", "CUB", "SUN")
BETWEEN = 0.1
MIN_VOTES = 10


@dataclass(frozen=True)
class Camps:
    """One period's camps: per state its camp label, strength, and the nearest other camp."""

    period: int
    states: tuple[str, ...]
    camp: tuple[str, ...]
    strength: np.ndarray
    nearest: tuple[str, ...]
    silhouette: float
    candidates: dict[int, float]  # k → mean silhouette, the evidence for the chosen k
    xy: np.ndarray  # two-dimensional map of the states (classical scaling of the distances), for plots

    @property
    def between(self) -> list[str]:
        return [s for s, v in zip(self.states, self.strength) if v < BETWEEN]


def find_camps(period: int, states: tuple[str, ...], agree: np.ndarray, votes_cast: np.ndarray,
               k: int | None = None, max_k: int = 6) -> Camps:
    """Camps among the states that cast at least MIN_VOTES votes in the period."""
    from scipy.cluster.hierarchy import fcluster, linkage
    from scipy.spatial.distance import squareform

    keep = np.flatnonzero(votes_cast >= MIN_VOTES)
    names = tuple(states[i] for i in keep)
    distance = 1 - agree[np.ix_(keep, keep)]
    distance = np.nan_to_num((distance + distance.T) / 2, nan=0.5)  # no shared vote: half-way
    np.fill_diagonal(distance, 0)
    tree = linkage(squareform(distance, checks=False), method="average")
    options = [k] if k else range(2, max_k + 1)
    scored = {}
    for option in options:
        labels = fcluster(tree, t=option, criterion="maxclust")
        scored[option] = (float(_silhouettes(distance, labels)[0].mean()), labels)
    best = max(scored, key=lambda o: (round(scored[o][0], 6), -o))
    labels = scored[best][1]
    strength, nearest_label = _silhouettes(distance, labels)
    named = _names(names, labels, distance)
    return Camps(period, names, tuple(named[l] for l in labels), strength,
                 tuple(named.get(l, "") for l in nearest_label), scored[best][0],
                 {o: round(v[0], 4) for o, v in scored.items()}, classical_scaling(distance))


def classical_scaling(distance: np.ndarray, dims: int = 2) -> np.ndarray:
    """Torgerson's classical multidimensional scaling: points whose distances approximate the given ones."""
    n = len(distance)
    centre = np.eye(n) - 1 / n
    inner = -0.5 * centre @ (distance ** 2) @ centre
    values, vectors = np.linalg.eigh(inner)
    top = np.argsort(values)[::-1][:dims]
    xy = vectors[:, top] * np.sqrt(np.maximum(values[top], 0))
    return xy * np.where(xy[np.abs(xy).argmax(axis=0), range(dims)] < 0, -1, 1)  # a fixed orientation


def _silhouettes(distance: np.ndarray, labels: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    groups = np.unique(labels)
    member = labels[:, None] == groups[None, :]
    sums = distance @ member
    sizes = member.sum(axis=0)
    own = member.argmax(axis=1)
    own_size = sizes[own] - 1
    a = np.where(own_size > 0, sums[np.arange(len(labels)), own] / np.maximum(own_size, 1), 0)
    mean_to = sums / sizes
    mean_to[np.arange(len(labels)), own] = np.inf
    nearest = mean_to.argmin(axis=1) if len(groups) > 1 else own
    b = mean_to[np.arange(len(labels)), nearest] if len(groups) > 1 else a
    with np.errstate(invalid="ignore", divide="ignore"):
        s = np.where((own_size > 0) & (np.maximum(a, b) > 0), (b - a) / np.maximum(a, b), 0.0)
    return s, groups[nearest]


def _names(states: tuple[str, ...], labels: np.ndarray, distance: np.ndarray) -> dict[int, str]:
    named: dict[int, str] = {}
    for label in np.unique(labels):
        inside = np.flatnonzero(labels == label)
        anchors = [a for a in ANCHORS if a in {states[i] for i in inside} and a not in named.values()]
        medoid = states[inside[distance[np.ix_(inside, inside)].sum(axis=1).argmin()]]
        named[int(label)] = anchors[0] if anchors else medoid
    return named

"""Voting blocs: average-linkage clustering of the agreement matrix, one year (or session) at a time.

Method (docs/methods.md): distance = 1 − Voeten's agreement between two states over the period's roll calls;
average-linkage hierarchical clustering; the number of camps k (2..max_k) maximises the mean silhouette
(ties: fewer camps). A state's membership strength is its silhouette, (b − a) / max(a, b), with a its mean
distance to its own camp and b to the nearest other; a state whose strength is below BETWEEN sits between
camps. Camps are named neutrally: lettered by size (A the largest), each described by its size and its most
central member, the medoid (least total distance to the rest of its camp, among the members that voted at
least as often as the camp's median member). A name after a great power ("the China camp") would read as a
claim that the state leads the others; the medoid is only the most typical voter. Deterministic: no random start.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
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
    centre: dict[str, str]  # camp letter → its most central member (the medoid; "" for a camp of 1 or 2)

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
    named, centre = _names(names, labels, distance, votes_cast[keep])
    return Camps(period, names, tuple(named[l] for l in labels), strength,
                 tuple(named.get(l, "") for l in nearest_label), scored[best][0],
                 {o: round(v[0], 4) for o, v in scored.items()}, classical_scaling(distance), centre)


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


def _names(states: tuple[str, ...], labels: np.ndarray, distance: np.ndarray,
           cast: np.ndarray) -> tuple[dict[int, str], dict[str, str]]:
    """Letters by size, largest first (ties: by the medoid's code); and each camp's medoid (none for a camp of
    one or two states, where every member is as central as the other)."""
    found = []
    for label in np.unique(labels):
        inside = np.flatnonzero(labels == label)
        found.append((-len(inside), _medoid(states, inside, distance, cast) if len(inside) > 2 else "", int(label)))
    found.sort()
    named = {label: LETTERS[i] for i, (_, _, label) in enumerate(found)}
    return named, {named[label]: medoid for _, medoid, label in found}


def _medoid(states: tuple[str, ...], inside: np.ndarray, distance: np.ndarray, cast: np.ndarray) -> str:
    """The member nearest the rest of its camp, among those that voted at least as often as the camp's median
    member: a state that voted rarely, mostly on consensus texts, agrees with everyone and would look central."""
    regular = inside[cast[inside] >= np.median(cast[inside])]
    return states[regular[distance[np.ix_(regular, inside)].sum(axis=1).argmin()]]

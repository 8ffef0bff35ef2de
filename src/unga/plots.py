"""Pictures of results: PNG or SVG by the file's extension (matplotlib, drawn off-screen)."""

from __future__ import annotations

from pathlib import Path

import numpy as np

from unga.errors import BadInput
from unga.results import Agreement, CampsResult, IdealPoints, StanceResult


def _figure(width: float = 9, height: float = 5):
    # a Figure of its own, not pyplot's global figure manager: plots may be drawn from several threads at once
    from matplotlib.figure import Figure

    fig = Figure(figsize=(width, height), dpi=120)
    return fig, fig.add_subplot()


def _save(fig, path: Path) -> Path:
    path = Path(path)
    if path.suffix.lower() not in {".png", ".svg", ".pdf"}:
        raise BadInput(f"--plot {path}: choose a .png, .svg or .pdf file name")
    fig.tight_layout()
    fig.savefig(path)
    return path


def agreement_over_time(result: Agreement, path: Path) -> Path:
    """One line per partner: the index by period."""
    return _save(agreement_figure(result), path)


def agreement_figure(result: Agreement):
    fig, ax = _figure()
    pivot = result.pivot()
    for other in pivot.columns:
        ax.plot(pivot.index, pivot[other], marker="o", markersize=3, label=result.names.get(other, other))
    ax.set_ylabel(result.index_name)
    ax.set_xlabel(result.by)
    ax.set_title(f"{result.names.get(result.state, result.state)}: {result.index_name} with others")
    ax.grid(alpha=0.3)
    if len(pivot.columns) <= 15:
        ax.legend(loc="best", fontsize=8)
    return fig


MAX_LABELS = 30  # names on a camps map beyond those asked for; more would cover the dense cluster
LABEL_GAP = (0.07, 0.03)  # two labels nearer than this (fractions of the axes' width, height) would overlap


def camps_map(result: CampsResult, period: int, path: Path, label: list[str] | None = None) -> Path:
    """States placed by classical scaling of their disagreement, coloured by camp; a few of them named."""
    return _save(camps_figure(result, period, label), path)


def camps_figure(result: CampsResult, period: int, label: list[str] | None = None):
    fig, ax = _figure(9, 7)
    rows = result.table[result.table["period"] == period].reset_index(drop=True)
    for camp, group in rows.groupby("camp"):
        centre = group["centre"].iloc[0]
        central = f", most central {result.names.get(centre, centre)}" if centre else ""
        size = f"{len(group)} state" + ("" if len(group) == 1 else "s")
        ax.scatter(group["x"], group["y"], s=18, label=f"camp {camp}: {size}{central}")
    for i in labelled_states(rows, label):
        between = bool(rows["between"].iloc[i])
        ax.annotate(rows["state"].iloc[i], (rows["x"].iloc[i], rows["y"].iloc[i]), fontsize=7,
                    xytext=(3, 2), textcoords="offset points", weight="bold" if between else None)
    ax.set_xlabel("dimension 1 of the classical scaling of disagreement (1 − Voeten's agreement)\n"
                  "distances on the map approximate the disagreement between two states; the axes mean nothing else",
                  fontsize=9)
    ax.set_ylabel("dimension 2", fontsize=9)
    ax.set_title(f"Voting camps in {period}: states that vote alike are close (bold: between camps)", fontsize=10)
    ax.tick_params(labelsize=7)
    ax.legend(loc="best", fontsize=8, title_fontsize=7,
              title="named where room: states asked for, most central members, states between camps, outliers")
    return fig


def labelled_states(rows, asked: list[str] | None = None) -> list[int]:
    """Row numbers to name on the map: those asked for (always), then, while no label would overlap one already
    placed, each camp's most central member, the states between camps and those farthest from their camp."""
    xy = rows[["x", "y"]].to_numpy(dtype=float)
    span = np.ptp(xy, axis=0)
    unit = (xy - xy.min(axis=0)) / np.where(span > 0, span, 1)
    centroid = rows.groupby("camp")[["x", "y"]].transform("mean").to_numpy(dtype=float)
    outlying = np.linalg.norm((xy - centroid) / np.where(span > 0, span, 1), axis=1)
    asked_rows = [i for i, s in enumerate(rows["state"]) if asked and s in asked]
    ranked = sorted(range(len(rows)), key=lambda i: (rows["state"].iloc[i] != rows["centre"].iloc[i],
                                                      not rows["between"].iloc[i], -outlying[i]))
    chosen = list(asked_rows)
    for i in ranked:
        if len(chosen) >= len(asked_rows) + MAX_LABELS:
            break
        if i in chosen:
            continue
        near = np.abs(unit[chosen] - unit[i]) < LABEL_GAP if chosen else np.zeros((0, 2), bool)
        if not near.all(axis=1).any():
            chosen.append(i)
    return chosen


def stance_over_time(result: StanceResult, path: Path) -> Path:
    fig, ax = _figure()
    t = result.table.dropna(subset=["position"])
    ax.fill_between(t["period"], t["lower"], t["upper"], alpha=0.25, label="95% bootstrap interval")
    ax.plot(t["period"], t["position"], marker="o", markersize=3, label=result.names.get(result.state, result.state))
    ax.axhline(0, color="grey", lw=0.8)
    ax.set_ylim(-1.05, 1.05)
    ax.set_ylabel(f"−1 = {'+'.join(result.negative)}   ·   +1 = {'+'.join(result.positive)}")
    ax.set_title(result.headline)
    ax.grid(alpha=0.3)
    ax.legend(loc="best", fontsize=8)
    return _save(fig, path)


def ideal_points_over_time(result: IdealPoints, states: list[str], path: Path) -> Path:
    """Chosen states' ideal points by period, with their 95% intervals."""
    fig, ax = _figure()
    for state in states:
        rows = result.table[result.table["iso3"] == state].sort_values("period")
        if rows.empty:
            continue
        line = ax.plot(rows["period"], rows["ideal_point"], marker="o", markersize=2, label=result.names.get(state, state))
        ax.fill_between(rows["period"], rows["lower"], rows["upper"], alpha=0.2, color=line[0].get_color())
    ax.axhline(0, color="grey", lw=0.8)
    ax.set_xlabel(result.period)
    ax.set_ylabel("ideal point (95% interval)")
    ax.set_title(f"Ideal points, dynamic ordinal model ({result.votes} votes)")
    ax.grid(alpha=0.3)
    ax.legend(loc="best", fontsize=8)
    return _save(fig, path)


def persuadable_chart(result, path: Path, top: int = 15) -> Path:
    """A forecast's persuadable states: stacked P(yes), P(abstain), P(no), the closest to changing on top."""
    rows = result.persuadable(top).iloc[::-1]
    fig, ax = _figure(9, max(3.0, 0.35 * len(rows) + 1.2))
    left = np.zeros(len(rows))
    for column, label, colour in (("p_yes", "yes", "#2e7d32"), ("p_abstain", "abstain", "#f9a825"),
                                  ("p_no", "no", "#c62828")):
        ax.barh(rows["name"], rows[column], left=left, color=colour, label=label)
        left += rows[column].to_numpy()
    ax.set_xlim(0, 1)
    ax.set_xlabel("probability")
    ax.set_title(f"States closest to changing their vote ({result.draft['day']})")
    ax.legend(loc="upper center", bbox_to_anchor=(0.5, -0.1), ncol=3, fontsize=8, frameon=False)
    return _save(fig, path)


def reliability_diagram(result, path: Path) -> Path:
    """A backtest's calibration: mean forecast against the share that happened, per tenth of probability."""
    fig, ax = _figure(6, 6)
    for key, label in (("calibration", "model"), ("calibration_last_year", "last year's vote")):
        table = result.scores["detail"][key]
        ax.plot([r["forecast"] for r in table], [r["observed"] for r in table], marker="o", label=label)
    ax.plot([0, 1], [0, 1], color="grey", lw=0.8, ls="--", label="perfect calibration")
    ax.set_xlabel("forecast probability")
    ax.set_ylabel("observed frequency")
    ax.set_title(result.headline, fontsize=9)
    ax.grid(alpha=0.3)
    ax.legend(loc="upper left", fontsize=8)
    return _save(fig, path)

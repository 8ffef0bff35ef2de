"""Pictures of results: PNG or SVG by the file's extension (matplotlib, drawn off-screen)."""

from __future__ import annotations

from pathlib import Path

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
    """One line per partner: the index by period, with the number of shared votes in the legend."""
    fig, ax = _figure()
    pivot = result.pivot()
    for other in pivot.columns:
        ax.plot(pivot.index, pivot[other], marker="o", markersize=3, label=result.names.get(other, other))
    ax.set_ylabel(f"{result.method} agreement")
    ax.set_xlabel(result.by)
    ax.set_title(f"{result.names.get(result.state, result.state)}: agreement with others")
    ax.grid(alpha=0.3)
    if len(pivot.columns) <= 15:
        ax.legend(loc="best", fontsize=8)
    return _save(fig, path)


def camps_map(result: CampsResult, period: int, path: Path) -> Path:
    """A scatter of states placed by classical scaling of their disagreement, coloured by camp."""
    fig, ax = _figure(9, 7)
    rows = result.table[result.table["period"] == period]
    for camp, group in rows.groupby("camp"):
        ax.scatter(group["x"], group["y"], s=18, label=f"{result.names.get(camp, camp)} camp ({len(group)})")
    for state, between, x, y in zip(rows["state"], rows["between"], rows["x"], rows["y"]):
        ax.annotate(state, (x, y), fontsize=6, alpha=1.0 if between else 0.55, weight="bold" if between else None)
    ax.set_title(f"Voting camps in {period} (bold: between camps)")
    ax.set_xticks([])
    ax.set_yticks([])
    ax.legend(loc="best", fontsize=8)
    return _save(fig, path)


def stance_over_time(result: StanceResult, path: Path) -> Path:
    fig, ax = _figure()
    t = result.table.dropna(subset=["position"])
    ax.fill_between(t["period"], t["lower"], t["upper"], alpha=0.25, label="95% bootstrap interval")
    ax.plot(t["period"], t["position"], marker="o", markersize=3, label=result.names.get(result.state, result.state))
    ax.axhline(0, color="grey", lw=0.8)
    ax.set_ylim(-1.05, 1.05)
    ax.set_ylabel(f"−1 = {'+'.join(result.negative)}   ·   +1 = {'+'.join(result.positive)}")
    ax.set_title(str(result))
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

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
    """One line per partner; the state's continuing seat marked where it changes, a period under way hollow."""
    fig, ax = _figure()
    pivot = result.pivot()
    kind = result.by if result.by in ("year", "session") else "all"
    drawn = []
    for other in pivot.columns:
        rows = pivot[[other]].rename(columns={other: "value"}).reset_index().dropna(subset=["value"])
        rows = rows.merge(result.table[result.table["other"] == other][["period", "roll_calls"]], on="period")
        partner = result.partner_lines.get(other)
        label = partner.label if partner is not None else result.names.get(other, other)
        _series(ax, rows, "value", label, result.under_way, count="roll_calls")
        drawn.append(rows)
    _under_way_key(ax, drawn, result.under_way, "roll_calls", "roll calls")
    _change_lines(ax, ([result.line] if result.line is not None else []) + list(result.partner_lines.values()), kind)
    ax.set_ylabel(result.index_name)
    ax.set_xlabel(result.by)
    ax.set_title(f"{result.headline}: with others", fontsize=10)
    ax.grid(alpha=0.3)
    if len(pivot.columns) <= 15:
        _legend_below(ax)
    return fig


def _change_at(stretch, kind: str) -> float:
    """Where a seat passes the line on, on a year or session axis (1991-12-24 is drawn at the end of 1991)."""
    if kind == "session" and stretch.until_session is not None:
        return stretch.until_session + 0.5
    day = stretch.until
    return day.year + 0.5 if (day.month, day.day) >= (7, 1) else day.year - 0.5


def _change_lines(ax, lines, kind: str) -> None:
    """A dotted vertical line and a label where a joined seat passes on: 'RUS: Soviet Union until 1991-12-24'."""
    for line in lines:
        for stretch, (_, text) in zip(line.stretches, line.changes):
            at = _change_at(stretch, kind)
            ax.axvline(at, color="black", lw=0.8, ls=":")
            ax.annotate(f"{line.iso3}: {text}", (at, 1), xycoords=("data", "axes fraction"), xytext=(3, -10),
                        textcoords="offset points", fontsize=7)


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
    return _save(stance_figure(result), path)


def stance_figure(result: StanceResult):
    """The position with its bootstrap band; the state's continuing seat marked where it changes."""
    fig, ax = _figure()
    kind = result.by
    rows = result.table.dropna(subset=["position"])
    label = result.line.label if result.line is not None else result.names.get(result.state, result.state)
    _series(ax, rows, "position", label, result.under_way, bands=("lower", "upper"), count="split")
    _under_way_key(ax, [rows], result.under_way, "split", "split roll calls")
    _change_lines(ax, ([result.line] if result.line is not None else []) + list(result.pole_lines.values()), kind)
    ax.axhline(0, color="grey", lw=0.8)
    ax.set_ylim(-1.05, 1.05)
    ax.set_ylabel(f"−1 = {_pole(result, result.negative)}   ·   +1 = {_pole(result, result.positive)}\n"
                  "(band: 95% bootstrap interval)", fontsize=9)
    ax.set_title(result.headline, fontsize=10)
    ax.grid(alpha=0.3)
    _legend_below(ax)
    return fig


def _pole(result: StanceResult, states: list[str]) -> str:
    """A pole's states, each joined seat said: 'RUS (Soviet Union until 1991-12-24)+CHN'."""
    said = [f"{s} ({'; '.join(t for _, t in result.pole_lines[s].changes)})"
            if s in result.pole_lines and result.pole_lines[s].changes else s for s in states]
    return "+".join(said)


def ideal_points_over_time(result: IdealPoints, states: list[str], path: Path, *, alone: bool = False) -> Path:
    """Chosen states' ideal points by period, with their 95% intervals."""
    return _save(ideal_points_figure(result, states, alone=alone), path)


def ideal_points_figure(result: IdealPoints, states: list[str], *, alone: bool = False):
    """One line per state through the seats it continues (a marker and a label at each change), its 95%
    interval as a band, the period still under way hollow and dashed, and the axis saying which way is which."""
    fig, ax = _figure()
    end, drawn = result.diagnostics.get("under_way"), []
    for state in states:
        rows = result.series(state, alone=alone)
        if rows.empty:
            continue
        line = result.line(state, alone=alone)
        _series(ax, rows, "ideal_point", line.label, end, bands=("lower", "upper"))
        _changes(ax, rows, line, "ideal_point", result.period)
        drawn.append(rows)
    _under_way_key(ax, drawn, end, "n_votes")
    ax.axhline(0, color="grey", lw=0.8)
    ax.set_xlabel(result.period)
    ax.set_ylabel(_direction(result), fontsize=9)
    ax.set_title(f"Ideal points, dynamic ordinal model ({result.votes} votes); bands: 95% intervals", fontsize=10)
    ax.grid(alpha=0.3)
    _legend_below(ax)
    return fig


def _legend_below(ax) -> None:
    """The legend under the axes, where it covers no line (labels of historical seats are long)."""
    ax.figure.set_figheight(ax.figure.get_figheight() + 0.25 * len(ax.get_legend_handles_labels()[0]) / 2)
    ax.legend(loc="upper center", bbox_to_anchor=(0.5, -0.12), ncol=2, fontsize=8, frameon=False)


def _direction(result: IdealPoints) -> str:
    """What the sign identification makes true: the reference state's mean position is positive."""
    reference = result.diagnostics.get("reference") or result.settings.get("reference")
    if not reference:
        return "ideal point"
    name = result.names.get(reference, reference)
    return f"ideal point; higher: toward the side of {name} ({reference})\n(sign fixed so {reference}'s mean position is positive)"


def _series(ax, rows, column: str, label: str, under_way: int | None, bands: tuple[str, str] | None = None,
            count: str = "n_votes") -> None:
    """One line: solid through complete periods, dashed to a hollow marker for a period still under way
    (labelled with its votes so far); missing periods between seats (Yugoslavia 1993-2000) left as a gap."""
    rows = rows.dropna(subset=[column]).sort_values("period")
    periods = rows["period"].astype(int).to_numpy()
    partial = periods >= under_way if under_way is not None else np.zeros(len(periods), bool)
    done = rows[~partial]
    full = done.set_index("period")
    if len(done):  # a missing period is a gap in the line, not a straight segment across it
        full = full.reindex(range(int(full.index.min()), int(full.index.max()) + 1))
    drawn = ax.plot(full.index, full[column], marker="o", markersize=2.5, label=label)
    colour = drawn[0].get_color()
    if bands:
        ax.fill_between(full.index, full[bands[0]], full[bands[1]], alpha=0.18, color=colour, lw=0)
    if partial.any():
        last = rows[partial]
        joined = rows.iloc[[i for i in range(len(rows)) if partial[i] or (i + 1 < len(rows) and partial[i + 1])]]
        ax.plot(joined["period"], joined[column], ls="--", color=colour, lw=1)
        ax.plot(last["period"], last[column], ls="none", marker="o", markersize=7, markerfacecolor="white",
                markeredgecolor=colour)
        if bands:
            ax.errorbar(last["period"], last[column], yerr=[last[column] - last[bands[0]], last[bands[1]] - last[column]],
                        fmt="none", ecolor=colour, alpha=0.5, lw=1)


def _under_way_key(ax, rows_by_line: list, under_way: int | None, count: str, what: str = "votes") -> None:
    """One legend entry for the hollow markers: '2026 (hollow, dashed): 6 votes so far'."""
    last = [r for r in rows_by_line if len(r) and under_way is not None and int(r["period"].max()) >= under_way]
    if not last:
        return
    counts = [int(r.loc[r["period"] == under_way, count].max()) for r in last if count in r]
    so_far = f"{max(counts)} {what} so far" if counts else "under way"
    ax.plot([], [], ls="--", marker="o", markerfacecolor="white", color="grey",
            label=f"{under_way} (hollow, dashed): {so_far}, still under way when the record ends")


def _changes(ax, rows, line, column: str, kind: str) -> None:
    """A diamond and a label where the line passes from one seat to the next ('Soviet Union until 1991-12-24')."""
    for k, (day, text) in enumerate(line.changes):
        before = rows[rows["seat"] == line.stretches[k].iso3].dropna(subset=[column])
        if before.empty:
            continue
        at = before.iloc[-1]
        if int(at["period"]) + 1 < _change_at(line.stretches[k], kind):  # it stopped voting before it passed on
            text = f"{text} (votes to {int(at['period'])})"
        ax.plot([at["period"]], [at[column]], ls="none", marker="D", markersize=6, color="black", zorder=5)
        ax.annotate(text, (at["period"], at[column]), xytext=(4, -12), textcoords="offset points", fontsize=7)


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

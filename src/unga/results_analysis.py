"""Results of the analyses: agreement, camps, stance and ideal points (split from results.py along its seam;
`unga.results` re-exports them)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING

from unga.results import SHOWN, _jsonable, _line_name, _period_label, _text_table
from unga.types import Line, Stretch

if TYPE_CHECKING:
    import pandas as pd  # pandas is imported where a frame is built, to keep `unga tally` quick to start


INDEX_NAMES = {"agree": "Voeten's agreement", "simple": "simple agreement", "s": "Signorino–Ritter S",
               "kappa": "Cohen's kappa", "pi": "Scott's pi", "weighted_kappa": "weighted kappa",
               "statedept": "State Department coincidence",
               "statedept2022": "State Department coincidence (2022 reports)"}


@dataclass(frozen=True)
class Agreement:
    """Agreement between a state and others, per period, with the counts and roll calls behind every value."""

    state: str
    method: str
    description: str
    by: str
    table: pd.DataFrame  # state, other, period, value, n, same, oppose, partial, absent, roll_calls
    roll_calls: dict[int, list[int]]
    names: dict[str, str]
    line: Line | None = None  # the state's continuing seat: the seats joined under its code (unga.seats)
    partner_lines: dict[str, Line] = field(default_factory=dict)  # other states named whose seats were joined
    under_way: int | None = None  # the last period, when it runs past the record's last vote (plots mark it)

    def to_frame(self) -> pd.DataFrame:
        return self.table.assign(other_name=self.table["other"].map(self.names))

    def pivot(self) -> pd.DataFrame:
        """period × other state, the index values."""
        return self.table.pivot(index="period", columns="other", values="value")

    def ranking(self, top: int) -> tuple[pd.DataFrame, pd.DataFrame]:
        """The top states that voted most and least like this one (over the last period in the table)."""
        last = self.table[self.table["period"] == self.table["period"].max()].dropna(subset=["value"])
        ordered = last.sort_values(["value", "n"], ascending=[False, False])
        return ordered.head(top), ordered.tail(top).iloc[::-1]

    def to_json(self) -> dict:
        return _jsonable({"state": self.state, "method": self.method, "description": self.description, "by": self.by,
                          "seats": self.line.to_json() if self.line else None,
                          "other_seats": {k: v.to_json() for k, v in self.partner_lines.items()},
                          "rows": self.to_frame().to_dict(orient="records"),
                          "roll_calls": {str(k): v for k, v in self.roll_calls.items()}})

    @property
    def index_name(self) -> str:
        """What the index is called (an axis label, a title): 'Cohen's kappa', never 'kappa agreement'."""
        return INDEX_NAMES.get(self.method, self.method)

    @property
    def headline(self) -> str:
        periods = sorted(self.table["period"].unique())
        span = f"{periods[0]}–{periods[-1]}" if len(periods) > 1 else (str(periods[0]) if periods else "no period")
        when = "all selected roll calls in one" if self.by == "all" else f"by {self.by}, {span}"
        return f"{_line_name(self.line, self.names, self.state)}: {self.index_name}, {when}"

    def __str__(self) -> str:
        lines = [self.headline, f"({self.description})"]
        named = self.table.assign(other=[f"{self.names.get(s, s)} ({s})" for s in self.table["other"]])
        if self.table["period"].nunique() > 1 and self.table["other"].nunique() <= 12:
            pivot = self.pivot().round(3).rename(columns=self.names).reset_index()
            lines += ["index by period (to_json() has the counts behind each value):", _text_table(pivot)]
        else:
            columns = ["period", "other", "value", "n", "same", "oppose", "partial", "absent"]
            rows = named.sort_values(["period", "value"], ascending=[True, False])[columns].round({"value": 3})
            lines.append(_text_table(_period_label(rows) if self.by == "all" else rows))
        return "\n".join(lines)


NAMING = ("Camps are lettered by size (A the largest); the most central member is the state closest on average "
          "to the rest of its camp, its most typical voter, not its leader (docs/methods.md).")


@dataclass(frozen=True)
class CampsResult:
    """Voting blocs per period: each state's camp, its membership strength and the nearest other camp."""

    table: pd.DataFrame  # period, state, camp, strength, between, nearest
    chosen: pd.DataFrame  # period, k, silhouette, candidates (k → mean silhouette)
    method: str
    names: dict[str, str]

    def to_frame(self) -> pd.DataFrame:
        return self.table.assign(name=self.table["state"].map(self.names))

    def members(self, period: int) -> dict[str, list[str]]:
        rows = self.table[self.table["period"] == period]
        return {camp: sorted(group["state"]) for camp, group in rows.groupby("camp")}

    def camp_of(self, state: str, period: int) -> str:
        rows = self.table[(self.table["period"] == period) & (self.table["state"] == state)]
        return str(rows["camp"].iloc[0]) if len(rows) else ""

    def describe(self, period: int) -> list[str]:
        """Per camp one line: its letter, size and most central member, then its members by name with strength."""
        rows = self.table[self.table["period"] == period]
        lines = []
        for camp, group in rows.groupby("camp"):
            centre = group["centre"].iloc[0]
            named = sorted((self.names.get(s, s), v) for s, v in zip(group["state"], group["strength"]))
            central = f", most central {self.names.get(centre, centre)}" if centre else ""
            size = f"{len(group)} state" + ("" if len(group) == 1 else "s")
            lines.append(f"camp {camp}: {size}{central} (membership strength after each name): " + ", ".join(f"{n} {v:+.2f}" for n, v in named))
        between = rows[rows["between"]]
        if len(between):
            lines.append("between camps: " + ", ".join(
                f"{self.names.get(s, s)} ({c}→{n}, {v:+.2f})"
                for s, c, n, v in zip(between["state"], between["camp"], between["nearest"], between["strength"])))
        return lines

    def to_json(self) -> dict:
        return _jsonable({"method": self.method, "periods": self.chosen.to_dict(orient="records"),
                          "states": self.to_frame().to_dict(orient="records")})

    def __str__(self) -> str:
        lines = [NAMING]
        for chosen in self.chosen.itertuples():
            lines.append(f"{chosen.period}: {chosen.k} camps (mean silhouette {chosen.silhouette:.2f}; "
                         f"by k: {chosen.candidates})")
            lines += [f"  {line}" for line in self.describe(chosen.period)]
        return "\n".join(lines)


@dataclass(frozen=True)
class StanceResult:
    """A state's position between two poles per period, with bootstrap intervals and the split votes behind it."""

    state: str
    positive: list[str]
    negative: list[str]
    table: pd.DataFrame  # period, roll_calls, split, voted, abstained_or_absent, position, lower, upper
    split_roll_calls: dict[int, list[int]]
    alike: list[str] | None  # states voting exactly like this one on every selected roll call (small selections)
    names: dict[str, str]
    line: Line | None = None  # the state's continuing seat: the seats joined under its code (unga.seats)
    under_way: int | None = None  # the last period, when it runs past the record's last vote (plots mark it)
    pole_lines: dict[str, Line] = field(default_factory=dict)  # poles' states whose seats were joined
    by: str = "year"  # what a period is: year, session or all

    def to_frame(self) -> pd.DataFrame:
        return self.table

    def to_json(self) -> dict:
        return _jsonable({"state": self.state, "seats": self.line.to_json() if self.line else None,
                          "pole_seats": {k: v.to_json() for k, v in self.pole_lines.items()},
                          "positive_pole": self.positive, "negative_pole": self.negative,
                          "periods": self.table.to_dict(orient="records"),
                          "split_roll_calls": {str(k): v for k, v in self.split_roll_calls.items()},
                          "voted_exactly_alike": self.alike})

    @property
    def headline(self) -> str:
        pos, neg = "+".join(self.positive), "+".join(self.negative)
        return f"{_line_name(self.line, self.names, self.state)} between {pos} (+1) and {neg} (−1)"

    def __str__(self) -> str:
        lines = [self.headline, "position on the roll calls where the poles split (95% bootstrap interval):",
                 _text_table(_period_label(self.table.round(3)))]
        if self.alike is not None:
            names = ", ".join(self.names.get(s, s) for s in self.alike) or "no other state"
            lines.append(f"voted exactly like {self.names.get(self.state, self.state)} on every selected roll call: "
                         f"{names}")
        return "\n".join(lines)


def _rhat_enough(d: dict) -> str:
    """R-hat over the state-periods with enough votes (those shown without a few-votes flag), how many of them
    have not mixed, and what that costs: the Monte Carlo error of their posterior means."""
    if not d.get("rhat_enough"):
        return ""
    over, n = d["rhat_over_enough"], d["rhat_enough"]
    mcse = (f"; Monte Carlo error of a mean {d['mcse_median']:.2f} sd (median), {d['mcse_q99']:.2f} (99th percentile)"
            if d.get("mcse_median") is not None else "")
    return (f"; over the {n:,} state-periods with enough votes {d['rhat_q99_enough']:.2f}, "
            f"{over:,} ({over / n:.0%}) at or above 1.1{mcse}")


def _held_by_prior(d: dict) -> str:
    """Positions beyond 2 sd that their votes would push further out (estimators/bloc_checks.py): blocs voting as
    one, whose distance from the rest only the prior and the chain decide."""
    n, clamped = d.get("held_by_prior"), d.get("clamped_per_sweep") or 0.0
    if not n:
        return ""
    states = ", ".join(f"{k} {v}" for k, v in list(d.get("held_by_prior_states", {}).items())[:6])
    at_clamp = f"; {clamped:.1f} positions per sweep at the ±5 clamp" if clamped >= 0.5 else ""
    return (f"; {n:,} positions beyond 2 sd are held in by the prior, not by their votes ({states}): how far out "
            f"such a bloc sits is not measured, only that it is beyond the rest{at_clamp}")


@dataclass(frozen=True)
class IdealPoints:
    """Dynamic ordinal ideal points per state and period, with 95% intervals and the votes behind each."""

    table: pd.DataFrame  # iso3, period, ideal_point, lower, upper, n_votes, few_votes
    period: str
    votes: str
    settings: dict
    diagnostics: dict  # iterations, converged, roll calls used and dropped, bridges, reference, under_way
    names: dict[str, str]
    lines: dict[str, Line] = field(default_factory=dict)  # ISO3 → its continuing seat (unga.seats), every state
    own_lines: dict[str, Line] = field(default_factory=dict)  # ISO3 → its own seat alone, with what that leaves out

    def to_frame(self) -> pd.DataFrame:
        return self.table

    def to_csv(self, path) -> None:
        self.table[["iso3", "period", "ideal_point", "lower", "upper", "n_votes"]].to_csv(path, index=False)

    def line(self, state: str, *, alone: bool = False) -> Line:
        """The state's continuing seat (unga.seats), cut to the seats this result has; alone: its own seat."""
        found = (self.own_lines if alone else self.lines).get(state)
        if found is None:
            return Line(state, (Stretch(state, self.names.get(state, state), date.min),))
        return found.within(frozenset(self.table["iso3"]))

    def series(self, state: str, *, alone: bool = False) -> pd.DataFrame:
        """One state's positions by period, as one line through the seats it continues (Russia: the USSR's
        periods to 1991), a 'seat' column naming each row's seat; alone=True keeps to the state's own seat."""
        return self.line(state, alone=alone).pick(self.table)

    def to_json(self) -> dict:
        return _jsonable({"period": self.period, "votes": self.votes, "settings": self.settings,
                          "diagnostics": self.diagnostics, "estimates": self.table.to_dict(orient="records"),
                          "seats": {k: v.to_json() for k, v in self.lines.items() if len(v.seats) > 1 or v.aside}})

    @property
    def headline(self) -> str:
        d = self.diagnostics
        if d.get("method") == "gibbs":  # a sampler: its sweeps and how well the chain mixed (split R-hat)
            fit = (f"posterior mean of {d.get('iterations')} Gibbs sweeps, split R-hat {d.get('rhat_q99', float('nan')):.2f} "
                   f"(99th percentile; below 1.1 is mixed){_rhat_enough(d)}{_held_by_prior(d)}")
        else:
            fit = f"{d.get('iterations')} iterations, {'converged' if d.get('converged') else 'not converged'}"
        return (f"ideal points by {self.period} ({self.votes} votes): {len(self.table)} state-periods, "
                f"{d.get('roll_calls')} roll calls, {fit}")

    def latest_complete(self) -> tuple[int | None, list[int]]:
        """The latest period with enough votes, and the later ones still under way (too few votes so far)."""
        if self.table.empty:
            return None, []
        complete = self.table[~self.table["few_votes"].astype(bool)]
        latest = int((complete if len(complete) else self.table)["period"].max())
        return latest, sorted(int(p) for p in set(self.table["period"]) if p > latest)

    def __str__(self) -> str:
        latest, later = self.latest_complete()
        if latest is None:
            return self.headline
        rows = self.table[self.table["period"] == latest].sort_values("ideal_point", ascending=False)
        rows = rows.assign(state=rows["iso3"].map(lambda s: self.names.get(s, s)))
        columns = ["state", "iso3", "ideal_point", "lower", "upper", "n_votes"]
        note = f"; {', '.join(map(str, later))} left out: too few votes so far" if later else ""
        return "\n".join([self.headline, f"{self.period} {latest}, highest to lowest (95% intervals{note}):",
                          _text_table(rows[columns].round(3), most=SHOWN)])

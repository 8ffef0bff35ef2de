"""Why does the final-passage fit miss the change target in the 1960s? A control (docs/methods-ideal-points.md,
"Final passage against all-vote estimates"): fit the default Gibbs sampler by session on (a) the final-passage
votes and (b) a random subsample of all recorded votes with as many roll calls per session as (a) has, and
compare both with the published all-vote estimates per decade (benchmarks/ideal_scale.py). If (b) meets the
targets where (a) does not, the shortfall is which votes final passage keeps, not how many, nor the method.
Also prints, per decade, how contested the final and the other votes are (mean share of the smaller side).

The other side (--side published; docs/methods-ideal-points.md, "Where the targets stand ... (eighth round)"): from
1990 the published estimates dropped paragraph, amendment and separate votes (query.PUBLISHED_SELECTION), which an
all-votes fit keeps. Fits (a) all votes, (b) the published selection and (c) random subsamples of all votes with as
many roll calls per session as (b) has (from 1990 only: before, (b) is every vote), compares each with the published
estimates, and (a) and (c) with (b), our own fit on their selection; (b) is refitted with another chain seed to show
how far two chains on the same votes agree (the Monte Carlo floor). If (c) falls short where (a) does and (b) does
not, and (a) parts from (b) by more than the floor, the shortfall is which votes are kept, not how many, nor the model.

Run on demand (needs a built store; about 1 min CPU per fit):
    python benchmarks/ideal_final_control.py [--seeds 1,2]
    python benchmarks/ideal_final_control.py --side published [--seeds 1,2]
    python benchmarks/ideal_final_control.py --side year   # a calendar year against the sessions it straddles
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import numpy as np
import pandas as pd

sys.path.insert(0, str(Path(__file__).parent))
import ideal_scale  # noqa: E402
from bench_gibbs import votes  # noqa: E402

from unga import api  # noqa: E402
from unga.estimators import GibbsOrdinalIdealPoints  # noqa: E402
from unga.store import query


def matched_subsample(all_votes: pd.DataFrame, final: pd.DataFrame, seed: int) -> pd.DataFrame:
    """Per session, as many roll calls drawn at random from all votes as final passage has in that session."""
    per_session = final.groupby("period")["rcid"].nunique()
    rng = np.random.default_rng(seed)
    keep: list = []
    for session, rows in all_votes.groupby("period"):
        rcids = np.sort(rows["rcid"].unique())  # the store returns votes in no fixed order: sort, so a seed is a sample
        keep.extend(rng.choice(rcids, size=min(len(rcids), int(per_session.get(session, 0))), replace=False))
    return all_votes[all_votes["rcid"].isin(set(keep))]


def contested() -> pd.DataFrame:
    """Per decade and kind (final or not): roll calls and the mean share of the smaller side of those voting."""
    return api._con().sql(
        "SELECT year // 10 * 10 AS decade, kind = 'resolution' AS final, count(*) AS roll_calls, "
        "round(avg(least(yes, no + abstain) / (yes + no + abstain)), 3) AS smaller_side "
        "FROM roll_calls WHERE yes + no + abstain > 0 GROUP BY ALL ORDER BY 1, 2").df()


def contested_dropped() -> pd.DataFrame:
    """From 1990, per decade: the roll calls the published selection keeps and drops, and how contested each are."""
    return api._con().sql(
        f"SELECT year // 10 * 10 AS decade, NOT ({query.PUBLISHED_SELECTION}) AS dropped, count(*) AS roll_calls, "
        "round(avg(least(yes, no + abstain) / (yes + no + abstain)), 3) AS smaller_side "
        "FROM roll_calls r WHERE year >= 1990 AND yes + no + abstain > 0 GROUP BY ALL ORDER BY 1, 2").df()


def year_side(groups, theirs: pd.DataFrame) -> None:
    """--side year: the published selection by year against the published estimates and our own fit by session."""
    print(api._con().sql(
        "SELECT year // 10 * 10 AS decade, count(*) AS roll_calls, "
        "round(avg((year <> session + 1945)::INT), 3) AS share_of_the_previous_session FROM roll_calls r "
        f"WHERE {query.PUBLISHED_SELECTION} GROUP BY 1 ORDER BY 1").df().to_string(index=False))
    selected, _ = votes("session", "published")
    by_session = fit_and_print("published selection by session", selected, groups, {"the published estimates": theirs})
    by_year, _ = votes("year", "published")
    model = GibbsOrdinalIdealPoints(random_state=0).fit(by_year, item_groups=groups)
    ours = ideal_scale.standardise(model.ideal_points_)
    for against, reference in {"the published estimates": theirs, "our fit by session": as_reference(by_session)}.items():
        print(f"\npublished selection by year; against {against}")
        print(ideal_scale.by_decade(ideal_scale.join(ours, reference, "year")).round(3).to_string())


def as_reference(ours: pd.DataFrame) -> pd.DataFrame:
    """Our own standardised fit by session in the published estimates' shape, to compare two of our fits."""
    return ours[ours["n_votes"] > 0].rename(columns={"period": "session", "ideal_point": "published"})[
        ["iso3", "session", "published"]].assign(iso3=lambda f: f["iso3"].replace(ideal_scale.RENAME))


def fit_and_print(name: str, frame: pd.DataFrame, groups, references: dict, chain_seed: int = 0) -> pd.DataFrame:
    model = GibbsOrdinalIdealPoints(random_state=chain_seed).fit(frame, item_groups=groups)
    ours = ideal_scale.standardise(model.ideal_points_)
    for against, reference in references.items():
        table = ideal_scale.by_decade(ideal_scale.join(ours, reference, "session"))
        print(f"\n{name}: {frame['rcid'].nunique():,} roll calls; against {against}")
        print(table.round(3).to_string())
    return ours


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seeds", default="1,2", help="seeds of the random subsamples (comma-separated)")
    parser.add_argument("--side", default="final", choices=("final", "published", "year"),
                        help="final: final passage against a subsample of its size; published: all votes, the "
                             "published selection and a subsample of all votes of the published selection's size; year: "
                             "the published selection by year against our own fit by session")
    args = parser.parse_args(argv)
    theirs = ideal_scale.published(api.default_sources())
    all_votes, groups = votes("session", "all")
    if args.side == "year":
        year_side(groups, theirs)
        return 0
    if args.side == "final":
        print(contested().to_string(index=False))
        final, _ = votes("session", "final")
        fits = [("final passage", final)] + [
            (f"random subsample, seed {s}", matched_subsample(all_votes, final, int(s))) for s in args.seeds.split(",")]
        for name, frame in fits:
            fit_and_print(name, frame, groups, {"the published estimates": theirs})
        return 0
    print(contested_dropped().to_string(index=False))
    selected, _ = votes("session", "published")
    ours_selected = fit_and_print("published selection", selected, groups, {"the published estimates": theirs})
    references = {"the published estimates": theirs, "our fit on the published selection": as_reference(ours_selected)}
    # the Monte Carlo floor: the same votes, another chain, against the same two references
    fit_and_print("published selection, chain seed 1", selected, groups, references, chain_seed=1)
    fits = [("all votes", all_votes)] + [(f"random subsample of all votes, seed {s}",
                                          matched_subsample(all_votes, selected, int(s))) for s in args.seeds.split(",")]
    for name, frame in fits:
        fit_and_print(name, frame, groups, references)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""Reference run: our dynamic ordinal ideal points against Voeten's published estimates.

Run on demand (about 15-20 s of fitting); it needs a built store and the source folder:

    python tests/reference/ideal_points_voeten.py

Reads the store read-only from $UNGA_HOME/unga.duckdb (the store `unga build` writes): votes
joined to roll_calls, sessions 1-78, votes yes/abstain/no, period = session. Bridging groups come from
$UNGA_SOURCES/voeten_github/Matches.csv (default /work/shared/data) and, unless --bridging matches,
from unga.estimators.find_repeats over the store's roll_calls (later repeats of a resolution), all pairs
joined by union-find (unga.estimators.item_groups); the comparison from $UNGA_SOURCES/voeten_dataverse/IdealpointestimatesAll_Jun2024.csv (IdealPointAll).
Writes tests/reference/ideal_points_voeten.json: correlations only (pooled, mean within-session, per
decade), never Voeten's estimates themselves. tests/test_estimators.py checks the recorded numbers.
"""

from __future__ import annotations

import argparse
import datetime as dt
import inspect
import json
import os
import platform
import resource
import shlex
import sys
import time
from pathlib import Path

import duckdb
import numpy as np
import pandas as pd

from unga.estimators import find_repeats, fit_dynamic_ordinal, item_groups

HERE = Path(__file__).resolve().parent
TARGETS = {"pooled_r": 0.97, "mean_within_session_r": 0.95}
RENAME = {"SUN": "RUS", "SRB": "YUG"}  # Voeten: RUS for the Soviet Union, YUG for Serbia throughout


def load_votes(store: Path, last_session: int) -> pd.DataFrame:
    con = duckdb.connect(str(store), read_only=True)
    try:
        return con.execute(
            """select v.iso3, v.rcid, r.session as period, cast(v.vote as varchar) as vote
               from votes v join roll_calls r using (rcid)
               where r.session between 1 and ? and v.vote in ('yes', 'abstain', 'no')""",
            [last_session]).df()
    finally:
        con.close()


def load_roll_calls(store: Path, last_session: int) -> pd.DataFrame:
    con = duckdb.connect(str(store), read_only=True)
    try:
        return con.execute(
            """select rcid, session, symbol, kind, title, agenda_item from roll_calls
               where session between 1 and ?""", [last_session]).df()
    finally:
        con.close()


def bridging(args: argparse.Namespace) -> tuple[pd.Series, dict]:
    """rcid -> group id from Matches.csv pairs (and find_repeats pairs), joined by union-find."""
    matches = pd.read_csv(args.sources / "voeten_github" / "Matches.csv")
    tables, info = [matches], {"bridging": args.bridging, "matches_pairs": int(len(matches))}
    if args.bridging == "matches+repeats":
        repeats = find_repeats(load_roll_calls(args.store, args.last_session))
        tables.append(repeats)
        info["repeat_pairs"] = int(len(repeats))
        info["repeat_pairs_by_session"] = {int(k): int(v) for k, v in repeats.groupby("session_b").size().items()}
    return item_groups(*tables), info


def corr(a: pd.Series, b: pd.Series) -> float:
    return float(np.corrcoef(a, b)[0, 1])


def compare(ours: pd.DataFrame, published: Path, last_session: int) -> dict:
    theirs = pd.read_csv(published, usecols=["iso3c", "session", "IdealPointAll"])
    theirs = theirs[theirs["session"] <= last_session].rename(columns={"iso3c": "iso3", "session": "period"})
    ours = ours.assign(iso3=ours["iso3"].replace(RENAME))
    m = ours.merge(theirs.dropna(), on=["iso3", "period"])
    within = m.groupby("period")[["ideal_point", "IdealPointAll"]].apply(
        lambda g: corr(g["ideal_point"], g["IdealPointAll"]))
    m["decade"] = (m["period"] + 1945) // 10 * 10
    decades = [{"decade": f"{dec}s", "sessions": int(g["period"].nunique()), "rows": int(len(g)),
                "pooled_r": round(corr(g["ideal_point"], g["IdealPointAll"]), 4),
                "mean_within_session_r": round(float(within.loc[g["period"].unique()].mean()), 4)}
               for dec, g in m.groupby("decade")]
    return {
        "rows_joined": int(len(m)), "rows_ours": int(len(ours)), "rows_theirs": int(len(theirs)),
        "codes_only_ours": sorted(set(ours["iso3"]) - set(theirs["iso3"].dropna())),
        "codes_only_theirs": sorted(set(theirs["iso3"].dropna()) - set(ours["iso3"])),
        "sessions_compared": int(m["period"].nunique()),
        "pooled_r": round(corr(m["ideal_point"], m["IdealPointAll"]), 4),
        "mean_within_session_r": round(float(within.mean()), 4),
        "min_within_session_r": {"session": int(within.idxmin()), "r": round(float(within.min()), 4)},
        "by_decade": decades,
    }


def parse_args(argv: list[str]) -> argparse.Namespace:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    from unga.api import default_sources, store_path  # the same store and sources as `unga build`

    ap.add_argument("--store", type=Path, default=store_path())
    ap.add_argument("--sources", type=Path, default=default_sources())
    ap.add_argument("--last-session", type=int, default=78)
    ap.add_argument("--out", type=Path, default=HERE / "ideal_points_voeten.json")
    ap.add_argument("--bridging", choices=["matches+repeats", "matches"], default="matches+repeats",
                    help="bridging pairs: Matches.csv and find_repeats (default), or Matches.csv only")
    ap.add_argument("--set", action="append", default=[], metavar="NAME=VALUE",
                    help="override an estimator setting, e.g. --set level_sd=0.1 (value read as JSON)")
    return ap.parse_args(argv)


def settings(overrides: list[str]) -> dict:
    params = inspect.signature(fit_dynamic_ordinal).parameters
    chosen = {k: p.default for k, p in params.items() if p.kind is p.KEYWORD_ONLY
              and k not in ("item_groups", "progress")}
    chosen["random_state"] = 0
    for item in overrides:
        name, _, value = item.partition("=")
        if name not in chosen:
            raise SystemExit(f"unknown setting {name!r}; one of {', '.join(chosen)}")
        chosen[name] = json.loads(value)
    return chosen


def main(argv: list[str]) -> dict:
    args = parse_args(argv)
    config = settings(args.set)
    started = time.time()
    votes = load_votes(args.store, args.last_session)
    groups, bridge_info = bridging(args)
    t0 = time.time()
    fit = fit_dynamic_ordinal(votes, item_groups=groups, **config)
    fit_seconds = time.time() - t0
    result = compare(fit.ideal_points, args.sources / "voeten_dataverse" / "IdealpointestimatesAll_Jun2024.csv",
                     args.last_session)
    report = {
        "produced_by": "tests/reference/ideal_points_voeten.py (generated file; rerun the script, do not edit)",
        "command": "python " + " ".join(shlex.quote(a) for a in ["tests/reference/ideal_points_voeten.py", *argv]),
        "date": dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"),
        "targets": TARGETS,
        "targets_met": {k: result[k] >= v for k, v in TARGETS.items()},
        **result,
        "settings": config,
        "data": {"sessions": [1, args.last_session], "period": "session", "votes": int(len(votes)),
                 "roll_calls": int(votes["rcid"].nunique()), **bridge_info,
                 "bridging_groups": int(groups.nunique()), "bridged_roll_calls_in_record":
                     int(groups.index.isin(votes["rcid"].unique()).sum()),
                 "roll_calls_dropped_near_unanimous": int(len(fit.dropped_roll_calls)),
                 "code_mapping_to_voeten": RENAME},
        "fit": {"seconds": round(fit_seconds, 1), "iterations": fit.n_iter, "converged": fit.converged,
                "reference_state": fit.reference},
        "run_seconds_total": round(time.time() - started, 1),
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
        "machine": {"python": platform.python_version(), "numpy": np.__version__, "cpus": os.cpu_count()},
    }
    args.out.write_text(json.dumps(report, indent=2) + "\n")
    return report


if __name__ == "__main__":
    out = main(sys.argv[1:])
    print(json.dumps({k: out[k] for k in ("pooled_r", "mean_within_session_r", "targets_met", "fit")}, indent=2))

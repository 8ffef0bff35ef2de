"""Benchmark: our dynamic ordinal ideal points against R's MCMCpack::MCMCdynamicIRT1d and pscl::ideal.

Run on demand:  python benchmarks/bench_ideal.py [--burnin 500 --mcmc 2000]   (needs a built store; as root it
installs the Debian packages r-base-core, r-cran-mcmcpack and r-cran-pscl if Rscript or the packages are missing)

python benchmarks/bench_ideal.py --scale: the whole record by session and by year, final-passage and all votes,
with the defaults and with a baseline setting in the same run (--baseline JSON, default the earlier
anchor="period", anchor_sd=1.0): per decade the spread ratio, the change correlation, pooled and within r
against the published estimates (benchmarks/ideal_scale.py), the USA's path, time and the process's peak RSS.
Every fit is first standardised over all its state-periods with votes (ideal_scale.standardise), as the
published scale is. --method gibbs compares the Gibbs sampler's posterior means (api.ideal_points(method="gibbs"),
--gibbs JSON for its settings) with the mode estimator's defaults in the same run; --periods/--votes-kinds
restrict the selections.

The same votes for all three: sessions 65-74 (2010-2020), all recorded votes. Both R models are binary, so
there yes = 1, no = 0 and an abstention is missing; ours is ordinal (yes > abstain > no). Each estimate is
correlated with the published Bailey-Strezhnev-Voeten estimates (IdealpointestimatesAll_Jun2024.csv):
pooled over state-sessions, and the mean of the within-session correlations.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np
import pandas as pd

sys.path.insert(0, str(Path(__file__).parent))
import ideal_scale  # noqa: E402
from unga import api  # noqa: E402
from unga.estimators import DynamicOrdinalIdealPoints  # noqa: E402

SESSIONS = range(65, 75)
R_DYNAMIC = """
suppressMessages(library(MCMCpack))
args <- commandArgs(TRUE)
m <- as.matrix(read.csv(args[1], row.names = 1, check.names = FALSE))
times <- as.integer(read.csv(args[2])$period) - min(as.integer(read.csv(args[2])$period)) + 1
start <- rep(0, nrow(m)); start[rownames(m) == "USA"] <- 1; start[rownames(m) == "RUS"] <- -1
t0 <- proc.time()
fit <- MCMCdynamicIRT1d(m, item.time.map = times, theta.start = start, mcmc = as.integer(args[4]),
                        burnin = as.integer(args[5]), thin = 5, verbose = 0, tau2.start = rep(0.1, nrow(m)),
                        alpha.start = 0, beta.start = 1, e0 = 0, E0 = 1, a0 = 0, A0 = 1, b0 = 0, B0 = 1,
                        c0 = -1, d0 = -1, theta.constraints = list(USA = "+", RUS = "-"))
cat("seconds", (proc.time() - t0)[["elapsed"]], "\\n")
theta <- colMeans(fit[, grepl("^theta", colnames(fit))])
write.csv(data.frame(name = names(theta), theta = theta), args[3], row.names = FALSE)
"""
R_STATIC = """
suppressMessages(library(pscl))
a <- commandArgs(TRUE)
m <- as.matrix(read.csv(a[1], row.names = 1, check.names = FALSE))
iterations <- as.integer(a[3]); burn <- as.integer(a[4])  # ideal() evaluates its arguments late
t0 <- proc.time()
r <- rollcall(m, yea = 1, nay = 0, missing = NA, notInLegis = 9, legis.names = rownames(m))
fit <- ideal(r, d = 1, maxiter = iterations, burnin = burn, thin = 10, normalize = TRUE, verbose = FALSE)
cat("seconds", (proc.time() - t0)[["elapsed"]], "\\n")
write.csv(data.frame(iso3 = rownames(fit$xbar), x = fit$xbar[, 1]), a[2], row.names = FALSE)
"""


def ensure_r() -> None:
    need = shutil.which("Rscript") is None or subprocess.run(
        ["Rscript", "-e", "library(MCMCpack); library(pscl)"], capture_output=True).returncode != 0
    if need:
        subprocess.run(["apt-get", "install", "-y", "-qq", "r-base-core", "r-cran-mcmcpack", "r-cran-pscl"], check=True,
                       env={**os.environ, "DEBIAN_FRONTEND": "noninteractive"}, capture_output=True)


def votes() -> pd.DataFrame:
    con = api._con()
    return con.execute("SELECT v.iso3, v.rcid, r.session AS period, v.vote::VARCHAR AS vote FROM votes v "
                       "JOIN roll_calls r USING (rcid) WHERE r.session BETWEEN ? AND ? AND v.vote <> 'absent'",
                       [min(SESSIONS), max(SESSIONS)]).df()


def published() -> pd.DataFrame:
    path = api.default_sources() / "voeten_dataverse" / "IdealpointestimatesAll_Jun2024.csv"
    frame = pd.read_csv(path)
    frame = frame[frame["session"].isin(SESSIONS)]
    return frame.rename(columns={"iso3c": "iso3", "session": "period", "IdealPointAll": "published"})[
        ["iso3", "period", "published"]]


def correlations(estimates: pd.DataFrame, column: str, reference: pd.DataFrame) -> tuple[float, float, int]:
    joined = estimates.merge(reference, on=["iso3", "period"]).dropna(subset=[column, "published"])
    pooled = float(np.corrcoef(joined[column], joined["published"])[0, 1])
    within = joined.groupby("period").apply(lambda g: np.corrcoef(g[column], g["published"])[0, 1], include_groups=False)
    return abs(pooled), float(within.abs().mean()), len(joined)


def run_r(script: str, args: list[str]) -> float:
    with tempfile.NamedTemporaryFile("w", suffix=".R", delete=False) as handle:
        handle.write(script)
    start = time.perf_counter()
    out = subprocess.run(["Rscript", handle.name, *args], capture_output=True, text=True)
    if out.returncode != 0:
        raise RuntimeError(out.stderr[-2000:])
    return time.perf_counter() - start


def scale_run(runs: list[tuple[str, dict]], periods: list[str], kinds: list[str]) -> None:
    """Comparable over time? Two fits (name, api.ideal_points settings) per selection, one table per fit (each
    standardised like the published scale) and the second's summary figures relative to the first's."""
    import json
    import resource

    theirs = ideal_scale.published(api.default_sources())
    print(f"{time.strftime('%Y-%m-%d %H:%M')}, load {os.getloadavg()[0]:.1f}; runs {json.dumps(runs)}")
    for period in periods:
        for votes_kind in kinds:
            figures = {}
            for name, settings in runs:
                start = time.perf_counter()
                result = api.ideal_points(period=period, votes=votes_kind, random_state=0, **settings)
                seconds = time.perf_counter() - start
                ours = ideal_scale.standardise(result.table)
                table = ideal_scale.by_decade(ideal_scale.join(ours, theirs, period))
                figures[name] = ideal_scale.summary(table)
                extra = {k: round(v, 3) for k, v in result.diagnostics.items() if k in ("rhat_q99", "cut_acceptance")}
                print(f"\n--period {period} --votes {votes_kind}, {name}: {seconds:.1f} s, "
                      f"{result.diagnostics['iterations']} iterations {extra or ''}")
                print(table.round(3).to_string())
                print("USA", ideal_scale.path(ours, "USA", 10 if period == "year" else 5))
            (first, _), (second, _) = runs
            ratio = {k: round(figures[second][k] / figures[first][k], 3) for k in figures[second]}
            print(f"{second} / {first}:", ratio)
    print(f"peak RSS {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 2**20:.2f} GiB")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--burnin", type=int, default=500)
    parser.add_argument("--mcmc", type=int, default=2000)
    parser.add_argument("--scale", action="store_true", help="the scale over time against the published estimates")
    parser.add_argument("--baseline", default='{"anchor": "period", "anchor_sd": 1.0}')
    parser.add_argument("--method", default="mode", choices=("mode", "gibbs"),
                        help="with --scale: gibbs compares the Gibbs sampler with the mode estimator's defaults")
    parser.add_argument("--gibbs", default="{}", help="with --method gibbs: its settings, as JSON")
    parser.add_argument("--periods", default="session,year")
    parser.add_argument("--votes-kinds", default="final,all", help="comma-separated: final, all, published")
    args = parser.parse_args()
    if args.scale:
        import json

        runs = [("baseline", {"method": "mode", **json.loads(args.baseline)}), ("default", {"method": "mode"})]
        if args.method == "gibbs":
            runs = [("mode", {"method": "mode"}), ("gibbs", {"method": "gibbs", **json.loads(args.gibbs)})]
        scale_run(runs, args.periods.split(","), args.votes_kinds.split(","))
        return
    ensure_r()
    data, reference = votes(), published()
    groups = api._bridges(api._con())
    start = time.perf_counter()
    model = DynamicOrdinalIdealPoints().fit(data, item_groups=groups)
    ours_seconds = time.perf_counter() - start
    ours = correlations(model.ideal_points_, "ideal_point", reference)
    print(f"{time.strftime('%Y-%m-%d %H:%M')}: sessions {min(SESSIONS)}-{max(SESSIONS)}, {len(data)} votes, "
          f"{data['rcid'].nunique()} roll calls, {data['iso3'].nunique()} states")
    print(f"unga dynamic ordinal: {ours_seconds:.1f} s; r pooled {ours[0]:.3f}, within-session {ours[1]:.3f} ({ours[2]} rows)")

    binary = data[data["vote"] != "abstain"].assign(y=lambda f: (f["vote"] == "yes").astype(int))
    minority = binary.groupby("rcid")["y"].agg(lambda y: min(y.mean(), 1 - y.mean()))
    binary = binary[binary["rcid"].isin(minority.index[minority >= 0.025])]  # as ours: near-unanimous dropped
    with tempfile.TemporaryDirectory() as folder:
        folder = Path(folder)
        # MCMCdynamicIRT1d: one row per state, one column per roll call; a state-session is a separate row
        # only in pscl's static runs below.
        wide = binary.pivot_table(index="iso3", columns="rcid", values="y")
        wide.to_csv(folder / "m.csv")
        period = binary.drop_duplicates("rcid").set_index("rcid").loc[wide.columns, "period"]
        period.reset_index().to_csv(folder / "t.csv", index=False)
        seconds = run_r(R_DYNAMIC, [str(folder / "m.csv"), str(folder / "t.csv"), str(folder / "d.csv"),
                                    str(args.mcmc), str(args.burnin)])
        theta = pd.read_csv(folder / "d.csv")
        parts = theta["name"].str.extract(r"theta\.(?P<iso3>[^.]+)\.t(?P<t>\d+)")
        theta = theta.assign(iso3=parts["iso3"], period=parts["t"].astype(int) + min(SESSIONS) - 1)
        dynamic = correlations(theta, "theta", reference)
        print(f"MCMCdynamicIRT1d (burnin {args.burnin}, mcmc {args.mcmc}): {seconds:.1f} s; r pooled {dynamic[0]:.3f}, "
              f"within-session {dynamic[1]:.3f}; {seconds / ours_seconds:.0f}x our time")

        total, rows = 0.0, []
        for session in SESSIONS:
            part = binary[binary["period"] == session].pivot_table(index="iso3", columns="rcid", values="y")
            part.to_csv(folder / f"s{session}.csv")
            total += run_r(R_STATIC, [str(folder / f"s{session}.csv"), str(folder / f"x{session}.csv"),
                                      str(args.burnin + args.mcmc), str(args.burnin)])
            fit = pd.read_csv(folder / f"x{session}.csv")
            usa = fit.loc[fit["iso3"] == "USA", "x"]
            rows.append(fit.assign(period=session, x=fit["x"] * (np.sign(usa.iloc[0]) if len(usa) else 1)))
        static = correlations(pd.concat(rows), "x", reference)
        print(f"pscl::ideal, one fit per session: {total:.1f} s; r pooled {static[0]:.3f}, within-session "
              f"{static[1]:.3f}; {total / ours_seconds:.0f}x our time")


if __name__ == "__main__":
    main()

"""Is our ideal-point scale the same across eighty years? Measures against the published
Bailey-Strezhnev-Voeten estimates (IdealpointestimatesAll_Jun2024.csv), used by bench_ideal.py --scale.

Per decade (decade of 1945 + session): the spread ratio (mean within-session sd of ours / of theirs),
the correlation of per-state changes between consecutive sessions (ours against theirs), the pooled r and
the mean within-session r. A fit by year is compared with session s = year - 1945 (session s opens in
September of that year, so a year's estimate mixes two sessions: the figures by year are a little lower).
"""

from __future__ import annotations

import numpy as np
import pandas as pd

RENAME = {"SUN": "RUS", "SRB": "YUG"}  # Voeten: RUS for the Soviet Union, YUG for Serbia throughout
TARGETS = {"spread_ratio": (0.85, 1.2), "change_r": 0.8, "pooled_r": 0.98, "within_r": 0.99}


def published(sources) -> pd.DataFrame:
    frame = pd.read_csv(sources / "voeten_dataverse" / "IdealpointestimatesAll_Jun2024.csv",
                        usecols=["iso3c", "session", "IdealPointAll"]).dropna()
    return frame.rename(columns={"iso3c": "iso3", "session": "session", "IdealPointAll": "published"})


def standardise(ours: pd.DataFrame) -> pd.DataFrame:
    """Mean 0, sd 1 over all state-periods with votes, as Bailey, Strezhnev & Voeten identify their scale: one
    location and one unit for the whole record (changes no correlation, only the level of the spread ratios)."""
    voted = ours["ideal_point"][ours["n_votes"] > 0]
    return ours.assign(ideal_point=(ours["ideal_point"] - voted.mean()) / voted.std(ddof=0))


def join(ours: pd.DataFrame, theirs: pd.DataFrame, period: str) -> pd.DataFrame:
    """ours: iso3, period, ideal_point (period a session or a year) -> rows joined on (iso3, session)."""
    session = ours["period"] - (1945 if period == "year" else 0)
    frame = ours.assign(iso3=ours["iso3"].replace(RENAME), session=session)[["iso3", "session", "ideal_point"]]
    joined = frame.merge(theirs, on=["iso3", "session"])
    return joined.assign(decade=(joined["session"] + 1945) // 10 * 10)


def _corr(a, b) -> float:
    return float(np.corrcoef(a, b)[0, 1]) if len(a) > 2 else float("nan")


def changes(joined: pd.DataFrame) -> pd.DataFrame:
    """Per state, the change from one session to the next on both scales (consecutive sessions only)."""
    j = joined.sort_values(["iso3", "session"])
    prev = j.groupby("iso3")[["session", "ideal_point", "published"]].shift()
    keep = (j["session"] - prev["session"]) == 1
    return pd.DataFrame({"decade": j["decade"][keep], "ours": (j["ideal_point"] - prev["ideal_point"])[keep],
                         "theirs": (j["published"] - prev["published"])[keep]})


def by_decade(joined: pd.DataFrame) -> pd.DataFrame:
    sd = joined.groupby("session").agg(ours=("ideal_point", "std"), theirs=("published", "std"),
                                       decade=("decade", "first"))
    within = joined.groupby("session")[["ideal_point", "published"]].apply(
        lambda g: _corr(g["ideal_point"], g["published"]))
    delta = changes(joined)
    rows = []
    for decade, g in joined.groupby("decade"):
        s = sd[sd["decade"] == decade]
        d = delta[delta["decade"] == decade]
        rows.append({"decade": f"{decade}s", "rows": len(g), "spread_ratio": s["ours"].mean() / s["theirs"].mean(),
                     "change_r": _corr(d["ours"], d["theirs"]), "pooled_r": _corr(g["ideal_point"], g["published"]),
                     "within_r": float(within.loc[s.index].mean())})
    d = delta
    rows.append({"decade": "all", "rows": len(joined), "spread_ratio": sd["ours"].mean() / sd["theirs"].mean(),
                 "change_r": _corr(d["ours"], d["theirs"]), "pooled_r": _corr(joined["ideal_point"], joined["published"]),
                 "within_r": float(within.mean())})
    return pd.DataFrame(rows).set_index("decade")


def summary(table: pd.DataFrame) -> dict:
    """The figures the targets are about: the worst decade for the spread ratio and change r, the overall r's."""
    decades = table.drop(index="all")
    return {"spread_min": float(decades["spread_ratio"].min()), "spread_max": float(decades["spread_ratio"].max()),
            "change_r_min": float(decades["change_r"].min()), "change_r": float(table.loc["all", "change_r"]),
            "pooled_r": float(table.loc["all", "pooled_r"]), "within_r": float(table.loc["all", "within_r"])}


def path(ours: pd.DataFrame, iso3: str, every: int = 10) -> str:
    rows = ours[ours["iso3"] == iso3].sort_values("period")
    rows = rows[rows["period"] % every == 0]
    return " ".join(f"{p}:{x:+.2f}" for p, x in zip(rows["period"], rows["ideal_point"]))

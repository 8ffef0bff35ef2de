"""Dates of separate votes repaired from the adoption vote of their text (docs/data.md, Reconciliation 9a).

The General Assembly votes on amendments to a draft and on its paragraphs immediately before it votes on the
draft as a whole, at the same meeting. Voeten's data, the only source of these separate votes before the 1980s,
dates some of them days or weeks before the adoption of their text (the China-seat votes of 1961-1971 and the
Hungary amendments of 1956 were found so against FRUS). Where a final-vote source (the UN's lists, the Digital
Library) dates the adoption vote of the same text on day D, and only Voeten dates the separate vote, a few days
off, the separate vote was held on D. Each repair is an integrity row `date repaired` naming the adoption vote.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from unga import countries, symbols
from unga.store.link import BY_RCID

SEPARATE_KINDS = ("amendment", "paragraph", "separate")
MAX_DAYS = 31  # further off than a month, the two are likelier different texts than one misdated meeting
RULE = ("a paragraph or amendment vote is held at the meeting that adopts its text, minutes before the vote on "
        "the whole: dated as the adoption vote of {key} (rcid {adoption}, {symbol}, dated by {source}); only "
        "Voeten's data date this vote")


def voeten_keys(all_rc: pd.DataFrame) -> pd.Series:
    """Per rcid, the symbol Voeten's data file it under (his own spelling, canonical), before any demotion: the
    one key that ties a separate vote to its text when his number is a draft's rather than the resolution's."""
    rows = all_rc[all_rc["source"].isin(BY_RCID)]
    spelled = rows["source_symbol"].map(lambda s: symbols.parse(s) if isinstance(s, str) else None)
    keys = rows["symbol"].where(rows["symbol"].notna(), spelled)
    return pd.Series(keys.to_numpy(), index=rows["rcid"].to_numpy()).dropna().groupby(level=0).first()


def same_day_as_adoption(roll_calls: pd.DataFrame, all_rc: pd.DataFrame, final: set[int], fixed: set[int],
                         voters: pd.DataFrame | None = None) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Date each separate vote (kind amendment/paragraph/separate, or Voeten's "resolution" under the very symbol a
    final-vote source records; no final-vote source, only Voeten's data, not in `fixed`: the roll calls an official
    date already set) as the adoption vote of its text when the two are 1-31 days apart in one session. Its text
    is found by the stored symbol or Voeten's spelling (voeten_keys); the adoption day is that of the one roll call
    a final-vote source records under it, or of all the adopted parts of a lettered text (_adoption_votes).
    voters (rcid, iso3: the states a source lists as voting yes, no or abstain): a repair that would put one of
    them outside its membership on day D, a member on the old date, is not made. Returns the roll calls and the
    integrity rows."""
    keys = voeten_keys(all_rc)
    rc = roll_calls.assign(key=roll_calls["symbol"].where(roll_calls["symbol"].notna(),
                                                          roll_calls["rcid"].map(keys)))
    adoption = _adoption_votes(rc, keys, final)
    only_voeten = rc["sources"].str.split(",").map(lambda s: set(s) <= set(BY_RCID))
    separate = rc[~rc["rcid"].isin(final) & ~rc["rcid"].isin(fixed) & only_voeten & rc["key"].notna()]
    found = separate.reset_index().merge(adoption, on="key")
    # Voeten's "resolution" on a text a final-vote source records under the same symbol is a separate vote
    # (kinds.final_kinds), but only where the adoption vote is that very symbol's
    found = found[found["kind"].isin(SEPARATE_KINDS) | ((found["kind"] == "resolution") & (found["symbol"] == found["key"])
                                                       & found["key"].isin(rc.loc[rc["rcid"].isin(final), "symbol"]))]
    days = (found["date"] - found["adoption_date"]).dt.days.abs()
    found = found[days.between(1, MAX_DAYS) & (found["session"] == found["adoption_session"])]
    found = found.assign(rule=[RULE.format(key=k, adoption=a, symbol=y, source=s) for k, a, y, s in zip(
        found["key"], found["adoption_rcid"], found["adoption_symbol"], found["adoption_source"])])
    return _redated(roll_calls, found, voters)


def _adoption_votes(rc: pd.DataFrame, keys: pd.Series, final: set[int]) -> pd.DataFrame:
    """One row per text key and the day its adoption was voted: the single roll call a final-vote source records
    under the key (its stored symbol or Voeten's spelling of it); failing that, for a lettered key (Voeten letters
    his separate votes on one resolution, and his letter need not be the part's), the one day a final-vote source
    dates every adopted part of the resolution."""
    recorded = rc[rc["rcid"].isin(final)]
    by_symbol = recorded.dropna(subset=["symbol"]).assign(key=lambda f: f["symbol"])
    by_voeten = recorded.assign(key=recorded["rcid"].map(keys)).dropna(subset=["key"])
    both = pd.concat([by_symbol, by_voeten]).drop_duplicates(["key", "rcid"])
    sole = both[both.groupby("key")["rcid"].transform("size").eq(1)]
    parts = by_symbol.assign(base=by_symbol["symbol"].str.replace(r"\[.*\]$", "", regex=True))
    one_day = parts[parts.groupby("base")["date"].transform("nunique").eq(1)].drop_duplicates("base")
    lettered = rc.loc[rc["key"].str.contains(r"\]$", na=False), ["key"]].drop_duplicates()
    lettered = lettered.assign(base=lettered["key"].str.replace(r"\[.*\]$", "", regex=True))
    by_base = lettered[~lettered["key"].isin(sole["key"])].merge(one_day.drop(columns="key"), on="base")
    found = pd.concat([sole, by_base], ignore_index=True)
    return pd.DataFrame({"key": found["key"], "adoption_rcid": found["rcid"], "adoption_date": found["date"],
                         "adoption_symbol": found["symbol"], "adoption_session": found["session"],
                         "adoption_source": found["sources"].str.split(",").str[0]})


def _leaves_membership(found: pd.DataFrame, voters: pd.DataFrame) -> set[int]:
    """The rcids whose move to the adoption day would put a state that voted, a member on the old date, outside
    its membership (the audit's 'vote outside membership' must not grow from a repair)."""
    cast = voters[voters["rcid"].isin(found["rcid"])].merge(found[["rcid", "date", "adoption_date"]], on="rcid")
    rows = cast.merge(countries.membership_frame(open_as_far=True), on="iso3", how="left")

    def member(day: str) -> pd.Series:
        inside = countries.member_on(rows["admitted"], rows["left"], rows[day])
        return inside.groupby([rows["rcid"], rows["iso3"]]).any()

    before, after = member("date"), member("adoption_date")
    return set(np.unique(before[before & ~after].index.get_level_values("rcid")))


NEIGHBOUR_RULE = ("only Voeten's data date this vote, on his day-of-the-month defect: before 2004 his day is the "
                  "true day shifted by one constant within a month (so two votes he dates alike in a month were held "
                  "0, 7, 14… days apart), and his rcids follow the order of the votes. It lies between {a} and {b}; "
                  "he dates rcid {anchor} as this vote ({own}), and the one day of that span in his month 0, 7, 14… "
                  "days from rcid {anchor}'s is {day}")
MONTH_RULE = ("only Voeten's data date this vote, on his day-of-the-month defect: before 2004 his day is the true day "
              "shifted by one constant within a month, and his rcids follow the order of the votes. It lies between "
              "{a} and {b}, neither of which he dates as this vote ({own}); on each of the {n} vote(s) of his {month} "
              "that a UN source or an official text dates, his day plus {shift} (modulo 7) is the true day, and the "
              "one day of that span (not a Sunday) so placed is {day}")
LAST_DEFECT_YEAR = 2003  # from 2004 on his days are days (docs/data.md, "Doubts settled in the seventeenth round")


def between_dated_neighbours(roll_calls: pd.DataFrame, all_rc: pd.DataFrame, final: set[int], official: set[int],
                             repaired: set[int], voters: pd.DataFrame | None = None
                             ) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Date a roll call only Voeten's data hold (not dated already by an official text, `official`, or by
    same_day_as_adoption, `repaired`) from its neighbours in his sequence (docs/data.md, Reconciliation 9b). Its
    anchors are the nearest of his roll calls before (A) and after (B) it that a final-vote source records or an
    official text dates (stored date dA, dB, the true day of each). Its true day d lies in [dA, dB] (the order of
    the votes) and in his month (his month holds); where he gives A or B the very day he gives it, d is 0, 7, 14…
    days from that anchor's true day (his day is the true day plus one constant of the month, modulo 7); where
    neither does, d is that constant from his day when every vote of his month a final-vote source or an official
    text dates agrees on it (month_shifts). Where exactly one day satisfies all three, the roll call is dated on it.
    voters: as in same_day_as_adoption."""
    own = all_rc[all_rc["source"].isin(BY_RCID)].sort_values("source", ascending=False)  # voeten2017 before unvotes
    own = own.drop_duplicates("rcid").set_index("rcid")["date"]
    if own.empty:
        return roll_calls, pd.DataFrame()
    seq = roll_calls[roll_calls["rcid"].isin(own.index)].sort_values("rcid")
    seq = seq.assign(own=seq["rcid"].map(own)).reset_index()
    anchored = seq["rcid"].isin(final | official).to_numpy()
    only_voeten = seq["sources"].str.split(",").map(lambda s: set(s) <= set(BY_RCID)).to_numpy()
    defect = ((seq["own"].dt.day <= 7) & (seq["own"].dt.year <= LAST_DEFECT_YEAR)).to_numpy()
    done = seq["rcid"].isin(official | repaired).to_numpy()
    candidates = np.flatnonzero(~anchored & only_voeten & defect & ~done)
    anchors = np.flatnonzero(anchored)
    months = month_shifts(seq[anchored & defect])
    found = []
    for i in candidates:
        j = np.searchsorted(anchors, i)
        x = seq.loc[i]
        a = seq.loc[anchors[j - 1]] if j > 0 else None
        b = seq.loc[anchors[j]] if j < len(anchors) else None
        sharing = [n for n in (a, b) if n is not None and n["own"] == x["own"]]
        month = months.get(x["own"].to_period("M")) if not sharing else None
        day = _one_day(x, a, b, None if month is None else month[0])
        if day is None or day == x["date"]:
            continue
        names = {"a": _neighbour(a, final), "b": _neighbour(b, final), "own": f"{x['own']:%Y-%m-%d}",
                 "day": f"{day:%Y-%m-%d}"}
        rule = NEIGHBOUR_RULE.format(anchor=sharing[0]["rcid"], **names) if sharing else MONTH_RULE.format(
            n=month[1], month=f"{x['own']:%B %Y}", shift=month[0], **names)
        found.append({"index": x["index"], "rcid": x["rcid"], "date": x["date"], "adoption_date": day,
                      "sources": x["sources"], "rule": rule})
    return _redated(roll_calls, pd.DataFrame(found), voters)


def month_shifts(anchors: pd.DataFrame) -> dict[pd.Period, tuple[int, int]]:
    """{Voeten's month: (the days, modulo 7, from his day to the true day, how many votes show it)} for each month
    in which every anchor (a vote he dates on a day 1-7 that a final-vote source or an official text dates: columns
    date, own) shows the same shift (98.5 % of his months' votes do; docs/data.md, Reconciliation 9b)."""
    shift = (anchors["date"] - anchors["own"]).dt.days % 7
    by_month = shift.groupby(anchors["own"].dt.to_period("M").to_numpy())
    return {m: (int(s.iloc[0]), len(s)) for m, s in by_month if s.nunique() == 1}


def _redated(roll_calls: pd.DataFrame, found: pd.DataFrame, voters: pd.DataFrame | None
             ) -> tuple[pd.DataFrame, pd.DataFrame]:
    """roll_calls with each found roll call moved to its found["adoption_date"], unless the move would put a voter
    outside its membership; and one integrity row ("date repaired", with found["rule"]) per move."""
    if voters is not None and not found.empty:
        found = found[~found["rcid"].isin(_leaves_membership(found, voters))]
    if found.empty:
        return roll_calls, pd.DataFrame()
    roll_calls = roll_calls.copy()
    roll_calls.loc[found["index"], "date"] = found["adoption_date"].to_numpy()
    roll_calls["year"] = roll_calls["date"].dt.year
    log = pd.DataFrame({"rcid": found["rcid"], "check": "date repaired",
                        "value": found["adoption_date"].dt.strftime("%Y-%m-%d"), "source": "rule",
                        "other_value": found["date"].dt.strftime("%Y-%m-%d"),
                        "other_source": found["sources"].str.split(",").str[0], "rule": found["rule"]})
    return roll_calls, log


def _one_day(x: pd.Series, a: pd.Series | None, b: pd.Series | None, shift: int | None = None
             ) -> pd.Timestamp | None:
    """The one day the rule of between_dated_neighbours allows, or None (no neighbour: the month bounds the span).
    shift: the month's days from his day to the true day, used where neither neighbour shares his day."""
    first = x["own"].replace(day=1)
    last = first + pd.offsets.MonthEnd(0)
    lo, hi = max(a["date"], first) if a is not None else first, min(b["date"], last) if b is not None else last
    shifts = {n["date"] for n in (a, b) if n is not None and n["own"] == x["own"]}
    by_month = not shifts and shift is not None
    if by_month:
        shifts = {x["own"] + pd.Timedelta(days=shift)}
    if lo > hi or len(shifts) != 1:
        return None
    anchor = shifts.pop()
    # the month's shift alone, with no neighbour held that day, does not put a vote on a Sunday (rcid 12, 1946)
    days = [d for d in pd.date_range(lo, hi) if (d - anchor).days % 7 == 0 and not (by_month and d.day_of_week == 6)]
    return days[0] if len(days) == 1 else None


def _neighbour(n: pd.Series | None, final: set[int]) -> str:
    if n is None:
        return "none (his sequence ends)"
    by = "a final-vote source" if n["rcid"] in final else "an official text"
    return f"rcid {n['rcid']} ({n['date']:%Y-%m-%d}, dated by {by})"

"""Merge the sources into one canonical record, logging every disagreement.

Precedence (the first source that has a value wins, field by field and vote by vote):
  unxml (UN DGACM lists) > undl_bulk (UN Digital Library) > undl_scrape (scrape of the UN Digital Library)
  > unvotes (Voeten 2021) > voeten2017 (Voeten 2017, the only source of absences before 2016)
except `kind` (resolution / amendment / paragraph), which only Voeten codes, taken in reverse order.
A member of the UN on the day of a vote with no vote in any source is absent; a non-member has no row.
docs/data.md states the rules; this module applies them.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from unga import countries
from unga.store import checks, dates, merge, repairs
from unga.store import kinds as kinds_of
from unga.store.link import BY_RCID, CAST, OWN_RCID_BASE, Canon, Matrix, Votes, link_rows
from unga.store.schema import integrity_rows
from unga.sources.base import SourceTable

RANK = {"unxml": 0, "undl_bulk": 1, "undl_scrape": 2, "unvotes": 3, "voeten2017": 4}
VOTES = ("yes", "no", "abstain", "absent", "non_member")  # within one source a lower code wins a duplicate
META_FIELDS = ("session", "date", "symbol", "source_symbol", "draft", "title", "agenda_item", "subjects", "meeting", "important")
COUNT_FIELDS = ("yes", "no", "abstain", "non_voting")


@dataclass
class Record:
    roll_calls: pd.DataFrame
    votes: pd.DataFrame      # rcid, iso3, vote, source
    integrity: pd.DataFrame
    links: pd.DataFrame      # rcid, source, key: which source rows each roll call was built from


def reconcile(tables: list[SourceTable], corrections: pd.DataFrame | None = None,
              official: pd.DataFrame | None = None, official_dates: pd.DataFrame | None = None,
              emergency_sessions: pd.DataFrame | None = None, resolutions: pd.DataFrame | None = None,
              official_kinds: pd.DataFrame | None = None, same_votes: pd.DataFrame | None = None) -> Record:
    tables, demoted = _demote_symbols(tables, resolutions)
    states = sorted(set(countries.membership_frame()["iso3"]).union(*(t.votes["iso3"].unique() for t in tables)))
    index = {s: i for i, s in enumerate(states)}
    codes = {v: i for i, v in enumerate(VOTES)}
    order = sorted(tables, key=lambda t: (t.source not in BY_RCID, RANK[t.source]))
    links: list[tuple] = []
    rc_parts: list[pd.DataFrame] = []
    vote_parts: list[Votes] = []
    moved: list[dict] = []  # symbol matches whose lists are not alike (link._reassign_unlike)
    named = frozenset() if resolutions is None or "rcid" not in resolutions else frozenset(
        int(r) for r in resolutions["rcid"].dropna())  # roll calls an official text names: their rows stay
    for table in order:
        if table.source in BY_RCID:
            links += [(int(r), table.source, k) for r, k in zip(table.roll_calls["rcid"], table.roll_calls["key"])]
        else:
            fields = ["date", "symbol", "kind", "yes", "no", "abstain"]
            canon = Canon(_fields(pd.concat(rc_parts), fields) if rc_parts else pd.DataFrame(
                {"rcid": pd.Series(dtype="int64"), "date": pd.Series(dtype="datetime64[ns]"),
                 **{f: pd.Series(dtype=object) for f in fields[1:]}}))
            matrix = Matrix(Votes.concat(vote_parts) if vote_parts else Votes.empty(), len(states))
            links += link_rows(table, canon, matrix, _vectors(table, index, codes), set(canon.rcid.tolist()),
                             moved, named)
        mine = pd.DataFrame([l for l in links if l[1] == table.source], columns=["rcid", "source", "key"])
        rc = table.roll_calls.drop(columns="rcid").merge(mine, on="key")
        rc_parts.append(rc)
        vote_parts.append(_encode(table, dict(zip(mine["key"], mine["rcid"])), index, codes))
    link_frame = pd.DataFrame(links, columns=["rcid", "source", "key"])
    all_rc = pd.concat(rc_parts, ignore_index=True)
    all_v = Votes.concat(vote_parts)
    all_rc, link_frame, all_v, merged = _merge(all_rc, link_frame, all_v, len(states), same_votes, named)
    roll_calls, dated = checks.session_dates(_roll_calls(all_rc), all_rc.sort_values("source", key=lambda s: s.map(RANK),
                                                                                    kind="stable"))
    final = _final_rcids(link_frame)
    roll_calls, redated = repairs.official_dates(roll_calls, official_dates, final)
    cast = all_v.code < VOTES.index("absent")
    voters = pd.DataFrame({"rcid": all_v.rcid[cast], "iso3": np.array(states, dtype=object)[all_v.state[cast]]})
    official_days = set(redated.get("rcid", []))
    roll_calls, same_day = dates.same_day_as_adoption(roll_calls, all_rc, final, official_days, voters)
    # a data file's rcid:N rows match on the stored day too: the rule must not move the roll calls they name
    named_by_day = _rcids_named(corrections, official, official_kinds)
    roll_calls, neighbours = dates.between_dated_neighbours(roll_calls, all_rc, final, official_days,
                                                            set(same_day.get("rcid", [])) | named_by_day, voters)
    roll_calls, tallies = repairs.official_counts(roll_calls, official)
    per_source = _source_counts(all_v)  # each source's own lists, before any is set aside
    all_v, switched = _prefer_matching_lists(all_v, roll_calls, per_source)
    votes, integrity = _votes(all_v, roll_calls, states)
    if corrections is not None and len(corrections):
        votes, corrected = repairs.correct(votes, roll_calls, corrections)
        integrity.append(corrected)
    roll_calls, kinds = kinds_of.final_kinds(roll_calls, final)
    roll_calls, motions = kinds_of.motion_kinds(roll_calls)
    roll_calls, amendments = kinds_of.amendment_kinds(roll_calls)
    roll_calls, refiled = kinds_of.official_kinds(roll_calls, official_kinds)
    roll_calls = _with_counts(roll_calls, votes)
    roll_calls, failed = kinds_of.failed_adoptions(roll_calls)
    outsiders = pd.concat([i[i["check"] == "vote from a state not a member that day"] for i in integrity])
    integrity = [integrity_rows(merged), integrity_rows(pd.DataFrame(moved)), _demoted(demoted, link_frame),
                 _field_disagreements(all_rc, "date"), _field_disagreements(all_rc, "symbol"),
                 _count_disagreements(all_rc), _notes(order, link_frame),
                 *integrity, redated, integrity_rows(same_day), integrity_rows(neighbours), tallies,
                 integrity_rows(switched), integrity_rows(kinds), integrity_rows(motions),
                 integrity_rows(amendments), integrity_rows(refiled), integrity_rows(failed), _check_source_counts(per_source, roll_calls, link_frame),
                 _check_counts(roll_calls), integrity_rows(dated),
                 integrity_rows(checks.before_emergency_session(roll_calls, emergency_sessions)),
                 integrity_rows(checks.votes_before_admission(outsiders, roll_calls, BY_RCID))]
    found = [i for i in integrity if len(i)]
    frame = pd.concat(found, ignore_index=True) if found else integrity_rows({})
    roll_calls["flags"] = checks.flags(roll_calls, frame)
    return Record(roll_calls, votes, frame, link_frame)


def _rcids_named(*files: pd.DataFrame | None) -> set[int]:
    """The roll calls unga's data files name as rcid:N (sources/corrections.py)."""
    return {int(r) for f in files if f is not None and "rcid" in f for r in f["rcid"].dropna()}


def _final_rcids(links: pd.DataFrame) -> set[int]:
    """The roll calls a final-vote source (one row per adopted resolution) records."""
    return set(links.loc[~links["source"].isin(BY_RCID), "rcid"])


def _demote_symbols(tables: list[SourceTable], resolutions: pd.DataFrame | None = None
                    ) -> tuple[list[SourceTable], list[tuple[str, pd.DataFrame]]]:
    """Voeten's symbols outside their session's range of resolution numbers (drawn from the UN's sources), or
    naming a resolution official_resolutions.csv shows adopted at another time."""
    un = [t for t in tables if t.source not in BY_RCID]
    ranges, ceilings = checks.session_ranges(un), checks.session_ceilings(un)
    out, logs = [], []
    for table in tables:
        if table.source in BY_RCID:
            table, log = checks.demote_symbols(checks.official_symbols(table, resolutions), ranges, ceilings,
                                               resolutions)
            logs.append((table.source, log))
        out.append(table)
    return out, logs


def _demoted(logs: list[tuple[str, pd.DataFrame]], links: pd.DataFrame) -> pd.DataFrame:
    rcid_of = {(src, key): rcid for rcid, src, key in links.itertuples(index=False)}
    frame = pd.concat([log.assign(source=src) for src, log in logs], ignore_index=True) if logs else pd.DataFrame()
    if frame.empty:
        return integrity_rows({})
    return integrity_rows({"rcid": [rcid_of.get((s, k)) for s, k in zip(frame["source"], frame["key"])],
                       "check": "symbol outside its session's range", "value": frame["value"],
                       "source": frame["source"], "other_value": frame["other_value"], "other_source": "UN sources",
                       "rule": np.where(frame["kept"].fillna(False).astype(bool),
                                        "flagged: kept as the symbol, unverified; the number may be this "
                                        "session's or its neighbour's",
                                        "not stored as the symbol (source_symbol keeps the source's spelling); "
                                        "the row is linked by its votes")})


def _merge(all_rc: pd.DataFrame, links: pd.DataFrame, v: Votes, n_states: int, same_votes: pd.DataFrame | None,
           named: frozenset[int]):
    """Merge roll calls that record the same vote (store/merge.py): one rcid for them in every table. A pair
    official_same_votes.csv names is merged first, the list of the roll call set aside dropped whole."""
    declared, declared_log = merge.declared(same_votes, all_rc)
    if declared:
        keep = ~np.isin(v.rcid, list(declared))
        v = Votes(v.rcid[keep], v.state[keep], v.code[keep], v.rank[keep])
    best = v.best()
    cast = best[v.code[best] < CAST]
    own = all_rc["rcid"] >= OWN_RCID_BASE  # Voeten's rcid is kept (the lowest), else the leading source's
    pref = all_rc.assign(_own=own, _rank=all_rc["source"].map(RANK).where(own, 0))
    keep_first = pref.sort_values(["_own", "_rank", "rcid"])["rcid"].drop_duplicates().tolist()
    mapping, log = merge.same_votes(all_rc, v.rcid[cast], v.state[cast], v.code[cast].astype(np.int8), n_states,
                                    keep_first, named)
    if declared:
        mapping.update({drop: mapping.get(kept, kept) for drop, kept in declared.items()})
        log = pd.concat([declared_log, log], ignore_index=True)
    if not mapping:
        return all_rc, links, v, log
    old = np.array(sorted(mapping), dtype=np.int64)
    new = np.array([mapping[o] for o in old], dtype=np.int64)

    def remap(values: np.ndarray) -> np.ndarray:
        at = np.minimum(np.searchsorted(old, values), len(old) - 1)
        return np.where(old[at] == values, new[at], values)

    all_rc = all_rc.assign(rcid=remap(all_rc["rcid"].to_numpy(np.int64)))
    links = links.assign(rcid=remap(links["rcid"].to_numpy(np.int64)))
    return all_rc, links, Votes(remap(v.rcid), v.state, v.code, v.rank), log


def _source_counts(v: Votes) -> pd.DataFrame:
    """Each source's own yes/no/abstain counts per roll call (rcid, rank, yes, no, abstain), a state counted once."""
    cast = v.code < CAST
    key, first = np.unique((v.rcid[cast] * 1000 + v.state[cast]) * 8 + v.rank[cast], return_index=True)
    per_source = pd.DataFrame({"rcid": key // 8000, "rank": key % 8, "vote": np.array(VOTES)[v.code[cast][first]]})
    per_source = per_source.groupby(["rcid", "rank", "vote"]).size().unstack(fill_value=0)
    return per_source.reindex(columns=["yes", "no", "abstain"], fill_value=0)


def _prefer_matching_lists(v: Votes, roll_calls: pd.DataFrame, per_source: pd.DataFrame) -> tuple[Votes, pd.DataFrame]:
    """Where the leading source's list contradicts the published counts and another source's list matches them,
    the matching list is used whole (the others' yes/no/abstain rows are set aside for that roll call)."""
    per = per_source.reset_index()
    pub = roll_calls.dropna(subset=["pub_yes"]).set_index("rcid")
    want = checks.counts_text(pub[["pub_yes", "pub_no", "pub_abstain"]].set_axis(["yes", "no", "abstain"], axis=1))
    per = per[per["rcid"].isin(pub.index)].assign(text=lambda f: checks.counts_text(f))
    per["match"] = per["text"].to_numpy() == want.reindex(per["rcid"]).to_numpy()
    per = per.sort_values(["rcid", "rank"])
    lead = per.groupby("rcid").first()
    winner = per[per["match"]].groupby("rcid").first()
    switch = winner.loc[winner.index.intersection(lead.index[~lead["match"]])]
    if switch.empty:
        return v, integrity_rows({})
    rank_of = pd.Series(switch["rank"].to_numpy(), index=switch.index)
    chosen = rank_of.reindex(v.rcid).to_numpy()
    drop = ~np.isnan(chosen) & (v.code < CAST) & (v.rank != np.nan_to_num(chosen, nan=-1))
    keep = ~drop
    log = integrity_rows({"rcid": switch.index, "check": "source list contradicts published counts",
                      "value": switch["text"].to_numpy(), "source": SOURCES[switch["rank"].to_numpy()],
                      "other_value": lead.loc[switch.index, "text"].to_numpy(),
                      "other_source": SOURCES[lead.loc[switch.index, "rank"].to_numpy()],
                      "rule": "the list that matches the published counts is used whole; the other lists are set aside"})
    return Votes(v.rcid[keep], v.state[keep], v.code[keep], v.rank[keep]), log


def _codes(values: pd.Series, mapping: dict) -> np.ndarray:
    """Map a long column through a dict by mapping its distinct values only."""
    positions, uniques = pd.factorize(values)
    return np.array([mapping[u] for u in uniques], dtype=np.int64)[positions]


def _encode(table: SourceTable, rcid_of: dict[str, int], index: dict[str, int], codes: dict[str, int]) -> Votes:
    return Votes(_codes(table.votes["key"], rcid_of), _codes(table.votes["iso3"], index),
                  _codes(table.votes["vote"], codes).astype(np.int8), np.full(len(table.votes), RANK[table.source], np.int8))


def _vectors(table: SourceTable, index: dict[str, int], codes: dict[str, int]) -> dict[str, np.ndarray]:
    """Each source row's yes/no/abstain votes as a vector over states (-1 = not listed)."""
    v = table.votes[table.votes["vote"].isin(["yes", "no", "abstain"])]
    rows, keys = pd.factorize(v["key"])
    dense = np.full((len(keys), len(index)), -1, np.int8)
    dense[rows, v["iso3"].map(index).to_numpy(np.int64)] = v["vote"].map(codes).to_numpy(np.int8)
    return dict(zip(keys, dense))


def _fields(frame: pd.DataFrame, fields: list[str]) -> pd.DataFrame:
    """One row per rcid: each field from the highest-ranked source that has it (kind: the lowest-ranked)."""
    frame = frame.assign(_rank=frame["source"].map(RANK)).sort_values(["rcid", "_rank"], kind="stable")
    out = frame.groupby("rcid", sort=True)[[f for f in fields if f != "kind"]].first()
    if "kind" in fields:
        out["kind"] = frame.iloc[::-1].groupby("rcid")["kind"].first()
    return out.reset_index()


def _roll_calls(all_rc: pd.DataFrame) -> pd.DataFrame:
    roll_calls = _fields(all_rc, [*META_FIELDS, "kind"])
    counts = all_rc.dropna(subset=["yes", "no", "abstain"]).assign(_rank=lambda f: f["source"].map(RANK))
    counts = counts.sort_values(["rcid", "_rank"], kind="stable").groupby("rcid").first()
    for field in COUNT_FIELDS:
        roll_calls["pub_" + field] = roll_calls["rcid"].map(counts[field]).astype("Int64")
    roll_calls["counts_source"] = roll_calls["rcid"].map(counts["source"])
    ranked = all_rc.assign(_rank=all_rc["source"].map(RANK)).sort_values("_rank", kind="stable")
    roll_calls["sources"] = roll_calls["rcid"].map(ranked.groupby("rcid")["source"].agg(lambda s: ",".join(dict.fromkeys(s))))
    roll_calls["session"] = roll_calls["session"].astype("Int64")
    roll_calls["year"] = roll_calls["date"].dt.year
    return roll_calls


def _disagreements(all_rc: pd.DataFrame, text: pd.Series, check: str, rule: str) -> pd.DataFrame:
    """Where a source's value (as text) differs from the highest-ranked source's for the same roll call."""
    c = all_rc.assign(text=text, _rank=all_rc["source"].map(RANK)).dropna(subset=["text"])
    c = c.sort_values(["rcid", "_rank"], kind="stable")
    best = c.groupby("rcid").first()
    other = c[c["text"] != c["rcid"].map(best["text"])]
    return integrity_rows({"rcid": other["rcid"], "check": check, "value": other["rcid"].map(best["text"]),
                       "source": other["rcid"].map(best["source"]), "other_value": other["text"],
                       "other_source": other["source"], "rule": rule})


def _field_disagreements(all_rc: pd.DataFrame, field: str) -> pd.DataFrame:
    values = all_rc[field]
    text = (values.dt.strftime("%Y-%m-%d") if field == "date" else values.astype(str)).where(values.notna())
    return _disagreements(all_rc, text, f"{field} differs between sources",
                          f"the {field} of the highest-ranked source is kept")


def _count_disagreements(all_rc: pd.DataFrame) -> pd.DataFrame:
    counted = all_rc[["yes", "no", "abstain"]].notna().all(axis=1)
    return _disagreements(all_rc, checks.counts_text(all_rc).where(counted), "published counts differ between sources",
                          "yes/no/abstain counts of the highest-ranked source are kept")


def _within(values: np.ndarray, sorted_keys: np.ndarray) -> np.ndarray:
    """values ∈ sorted_keys, by binary search (np.isin hashes, which is slower here)."""
    if not len(sorted_keys):
        return np.zeros(len(values), bool)
    at = np.minimum(np.searchsorted(sorted_keys, values), len(sorted_keys) - 1)
    return sorted_keys[at] == values


def _members(roll_calls: pd.DataFrame, states: list[str]) -> tuple[np.ndarray, np.ndarray]:
    """(rcid, state index) of every member on the day of every roll call."""
    m = countries.membership_frame(open_as_far=True)
    index = {s: i for i, s in enumerate(states)}
    days = roll_calls["date"].to_numpy("datetime64[D]")[:, None]
    admitted = m["admitted"].to_numpy("datetime64[D]")[None, :]
    left = m["left"].to_numpy("datetime64[D]")[None, :]
    r, j = np.nonzero(countries.member_on(admitted, left, days))
    return roll_calls["rcid"].to_numpy(np.int64)[r], m["iso3"].map(index).to_numpy(np.int64)[j]


SOURCES = np.array(sorted(RANK, key=RANK.get), dtype=object)
VOTE_NAMES = np.array(VOTES, dtype=object)


def _log(v: Votes, rows: np.ndarray, names: np.ndarray, check: str, value, source, other_value, other_source,
         rule: str) -> pd.DataFrame:
    """Integrity rows for the given rows of v; value and source arguments are arrays over rows or constants."""
    return integrity_rows({"rcid": v.rcid[rows], "iso3": names[v.state[rows]], "check": check, "value": value,
                       "source": source, "other_value": other_value, "other_source": other_source, "rule": rule})


def _votes(v: Votes, roll_calls: pd.DataFrame, states: list[str]) -> tuple[pd.DataFrame, list[pd.DataFrame]]:
    """One vote per member and roll call: the best-ranked source's, or absent; and what disagreed on the way."""
    names = np.array(states, dtype=object)
    best = v.best()
    key = v.rcid * 1000 + v.state
    win = best[np.searchsorted(key[best], key)]  # the winning row of each row's (rcid, state)
    differ = (v.code != v.code[win]) & (v.rank != v.rank[win]) & (v.code < 4) & (v.code[win] < 4)
    integrity = [_log(v, differ, names, "vote differs between sources", VOTE_NAMES[v.code[win[differ]]],
                      SOURCES[v.rank[win[differ]]], VOTE_NAMES[v.code[differ]], SOURCES[v.rank[differ]],
                      "the vote of the highest-ranked source is kept")]
    top_rank = pd.Series(v.rank).groupby(v.rcid).min()
    chosen = best[v.code[best] < 4]
    filled = chosen[(v.rank[chosen] > top_rank.reindex(v.rcid[chosen]).to_numpy()) & (v.code[chosen] < CAST)]
    integrity.append(_log(v, filled, names, "vote missing from the leading source", VOTE_NAMES[v.code[filled]],
                          SOURCES[v.rank[filled]], None, SOURCES[top_rank.reindex(v.rcid[filled]).to_numpy()],
                          "taken from the next source that has it"))
    m_rcid, m_state = _members(roll_calls, states)
    member_key = np.sort(m_rcid * 1000 + m_state)
    is_member = _within(key[chosen], member_key)
    integrity += _membership(v, key, chosen, is_member, member_key, names)
    kept = chosen[is_member | (v.code[chosen] < CAST)]
    absent = ~_within(m_rcid * 1000 + m_state, np.sort(key[kept]))
    rcid = np.concatenate([v.rcid[kept], m_rcid[absent]])
    state = np.concatenate([v.state[kept], m_state[absent]])
    code = np.concatenate([v.code[kept], np.full(absent.sum(), 3, np.int8)])
    origin = np.concatenate([v.rank[kept], np.full(absent.sum(), len(RANK), np.int8)])
    order = np.lexsort((state, rcid))
    votes = pd.DataFrame({
        "rcid": rcid[order],
        "iso3": pd.Categorical.from_codes(state[order], states),
        "vote": pd.Categorical.from_codes(code[order], VOTES[:4]),
        "source": pd.Categorical.from_codes(origin[order], [*SOURCES, "membership"]),
    })
    return votes, integrity


def _membership(v: Votes, key: np.ndarray, chosen: np.ndarray, is_member: np.ndarray, member_key: np.ndarray,
                names: np.ndarray) -> list[pd.DataFrame]:
    """Where a source and the concordance's membership periods disagree."""
    outsider = chosen[~is_member & (v.code[chosen] < CAST)]
    dropped = chosen[~is_member & (v.code[chosen] == 3)]
    # Two codes can share a seat (Voeten's 710 and 713 are both China): a source's "not a member" for a
    # state it also records a vote or absence for is no claim about membership.
    said_not = np.nonzero(v.code == 4)[0]
    seat_key = key * 8 + v.rank
    said_not = said_not[~_within(seat_key[said_not], np.sort(seat_key[v.code < 4]))]
    disputed = said_not[_within(key[said_not], member_key)]
    return [
        _log(v, outsider, names, "vote from a state not a member that day", VOTE_NAMES[v.code[outsider]],
             SOURCES[v.rank[outsider]], "non-member", "concordance",
             "the recorded vote is kept; the membership dates may be wrong"),
        _log(v, dropped, names, "non-voting entry for a non-member", "non-member", "concordance", "absent",
             SOURCES[v.rank[dropped]], "a state that was not a member that day has no vote row"),
        _log(v, disputed, names, "membership differs from the source", "member", "concordance", "non-member",
             SOURCES[v.rank[disputed]], "membership periods of the concordance decide (src/unga/data/memberships.csv)"),
    ]


def _notes(tables: list[SourceTable], links: pd.DataFrame) -> pd.DataFrame:
    """Defects a reader repaired (e.g. doubled lists), placed on their roll calls."""
    rcid_of = {(src, key): rcid for rcid, src, key in links.itertuples(index=False)}
    rows = [(rcid_of[(t.source, key)], check, value, t.source, other, rule)
            for t in tables for key, check, value, other, rule in t.notes if (t.source, key) in rcid_of]
    frame = pd.DataFrame(rows, columns=["rcid", "check", "value", "source", "other_value", "rule"])
    return integrity_rows({**{c: frame[c] for c in frame.columns}, "other_source": frame["source"]})


def _with_counts(roll_calls: pd.DataFrame, votes: pd.DataFrame) -> pd.DataFrame:
    """The counts of the stored votes (yes, no, abstain, absent) as columns of the roll calls."""
    counted = pd.crosstab(votes["rcid"], votes["vote"]).reindex(columns=["yes", "no", "abstain", "absent"], fill_value=0)
    counted = counted.reindex(roll_calls["rcid"], fill_value=0).astype("int64")
    return roll_calls.assign(**{c: counted[c].to_numpy() for c in counted.columns})


def _check_source_counts(per_source: pd.DataFrame, roll_calls: pd.DataFrame, links: pd.DataFrame) -> pd.DataFrame:
    """A source whose own lists differ from the published counts (where the stored votes differ from its lists)."""
    linked = pd.MultiIndex.from_frame(links[["rcid"]].assign(rank=links["source"].map(RANK)).drop_duplicates())
    per_source = per_source.reindex(per_source.index.union(linked), fill_value=0)  # a source listing no one: 0/0/0
    per_source = per_source.reindex(columns=["yes", "no", "abstain"], fill_value=0).reset_index()
    pub = roll_calls.dropna(subset=["pub_yes"]).set_index("rcid")
    per_source = per_source[per_source["rcid"].isin(pub.index)]
    mine = checks.counts_text(per_source).to_numpy()
    want = checks.counts_text(pub[["pub_yes", "pub_no", "pub_abstain"]].set_axis(["yes", "no", "abstain"], axis=1))
    kept = checks.counts_text(roll_calls.set_index("rcid"))
    rcid = per_source["rcid"].to_numpy()
    bad = (mine != want.reindex(rcid).to_numpy()) & (mine != kept.reindex(rcid).to_numpy())
    return integrity_rows({"rcid": rcid[bad], "check": "source lists differ from published counts", "value": mine[bad],
                       "source": SOURCES[per_source["rank"].to_numpy()[bad]],
                       "other_value": want.reindex(rcid[bad]).to_numpy(),
                       "other_source": pub["counts_source"].reindex(rcid[bad]).to_numpy(),
                       "rule": "the votes of other sources fill the gaps; the stored votes are checked separately"})


def _check_counts(roll_calls: pd.DataFrame) -> pd.DataFrame:
    """Roll calls whose stored votes differ from the published counts."""
    pub = roll_calls.dropna(subset=["pub_yes"]).set_index("rcid")
    got = checks.counts_text(pub)
    want = checks.counts_text(pub[["pub_yes", "pub_no", "pub_abstain"]].set_axis(["yes", "no", "abstain"], axis=1))
    bad = got != want
    return integrity_rows({"rcid": pub.index[bad], "check": "stored votes differ from published counts",
                       "value": got[bad].to_numpy(), "source": "stored votes", "other_value": want[bad].to_numpy(),
                       "other_source": pub.loc[bad, "counts_source"].to_numpy(),
                       "rule": "votes are stored as the sources list them; the published counts are kept beside them"})

"""One roll call, one row: merge the roll calls that record the same vote twice.

Linking (store/reconcile.py) joins each source row to a roll call one row at a time; what it cannot see is a
vote recorded twice after every row has its roll call: a line the UN extract repeats, Voeten's sections of
one resolution each carrying the one tally, a symbol-less Digital Library row ("Item 39 - DR A/76/L.14")
beside the resolution, Voeten's rows of 1946 beside the Digital Library's dated a week later. Two roll
calls are the same vote when their vote lists are (almost) identical, their dates agree (Voeten's day of
the month is unreliable before 2003: 45 days), at least one is a vote on a text as a whole (separate
votes on paragraphs or amendments can share a list and stay separate), and one of these rules holds:

  same symbol   both carry the same resolution symbol, or the same draft symbol (a repeated line, sections of one vote)
  whole and part  one carries a resolution's symbol, the other a part of it (42/70 and 42/70 A)
  symbol-less   one has no symbol; the two come from different sources, and each row is used once, the
                closest in date and title first (the 1946 trusteeship agreements share one list)

Different symbols never merge: consecutive resolutions adopted by the same majority have the same list. Nor does a
roll call official_resolutions.csv names as an adoption (column rcid) merge with a separate vote of a source that
holds both: that source put two questions (Voeten's "remaining paragraphs" of 272 (III) and the draft as a whole,
one list). Only there: elsewhere a source's separate-vote flag can be the words of the verbatim record (Voeten's
2021 rows of 57/59, 57/78, 61/231 flag "paragraph" or "amendment" where the President mentions an oral amendment
before the vote on the whole), and such a row is the whole. A vote one source stores twice with lists that differ
(no rule here can see it) is merged only where an official text says so: src/unga/data/official_same_votes.csv
(`declared`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from unga import symbols

ALIKE = 0.97  # share of the states listed by either roll call that vote alike in both
MIN_LISTED = 10
WINDOW_EARLY, WINDOW, EXACT_DATES_FROM = 45, 3, np.datetime64("2003-01-01")


def window(day: np.datetime64) -> np.timedelta64:
    """How far apart two records of one vote may be dated: 45 days before 2003 (Voeten's days), else 3."""
    return np.timedelta64(WINDOW_EARLY if day < EXACT_DATES_FROM else WINDOW, "D")
SEPARATE_KINDS = {"paragraph", "amendment", "motion"}
RULES = {
    "same symbol": "one vote recorded twice under one symbol (or one draft symbol) with the same list",
    "whole and part": "a resolution's symbol and one of its parts, with the same list",
    "symbol-less": "a row without a resolution symbol whose list is another source's roll call's",
}


@dataclass
class _Group:
    rcids: list[int]
    sources: set[str]
    symbols: set[str]
    drafts: set[str]
    whole: bool
    counts: set[tuple]
    words: set[str] = field(default_factory=set)
    separate_in: set[str] = field(default_factory=set)  # sources with a row of a separate vote in the group
    named: bool = False  # official_resolutions.csv names a roll call of the group as an adoption


def _words(title: object) -> set[str]:
    return {w for w in re.findall(r"[a-z]{4,}", str(title).lower())} if isinstance(title, str) else set()


def _groups(all_rc: pd.DataFrame) -> dict[int, _Group]:
    out: dict[int, _Group] = {}
    columns = ["rcid", "source", "symbol", "draft", "kind", "yes", "no", "abstain", "title"]
    for rcid, source, symbol, draft, kind, yes, no, abstain, title in all_rc[columns].itertuples(index=False):
        g = out.setdefault(int(rcid), _Group([int(rcid)], set(), set(), set(), False, set()))
        g.sources.add(source)
        g.symbols |= {symbol} if isinstance(symbol, str) else set()
        g.drafts |= {draft} if isinstance(draft, str) else set()
        g.whole |= kind not in SEPARATE_KINDS
        g.separate_in |= {source} if kind in SEPARATE_KINDS else set()
        g.counts |= set() if pd.isna(yes) or pd.isna(no) or pd.isna(abstain) else {(int(yes), int(no), int(abstain))}
        g.words |= _words(title)
    return out


def _joined(symbol: str) -> set[str]:
    """The parts a two-letter part of consecutive letters names together: Voeten's R/61/128AB is 61/128 A and B
    (the Digital Library's 289 (IV) [AA]…[AC] are old-style, its own parts, and stay apart)."""
    m = re.match(r"^(A/RES/\d+/\d+)([A-Z])([A-Z])$", symbol)
    return {m[1] + m[2], m[1] + m[3]} if m and ord(m[3]) == ord(m[2]) + 1 else set()


def _conflict(names: set[str]) -> bool:
    """Two symbols that cannot name one vote: different resolutions, or two different parts of one."""
    for a in names:
        for b in names:
            if a < b and not (symbols.whole(a) == symbols.whole(b) and symbols.whole(a) in (a, b)) \
                    and b not in symbols.parts(a) and a not in symbols.parts(b) \
                    and b not in _joined(a) and a not in _joined(b):
                return True
    return False


def _rule(a: _Group, b: _Group, alike: float) -> str | None:
    """The rule under which two roll calls with alike lists are one vote, or None.

    Within one source, and where one side is only a paragraph or amendment vote, the lists must be identical or
    the published counts the same: Voeten does not code paragraph votes after 1985, so his separate votes on
    one symbol look like final votes and differ from it by a few states.
    """
    strict = a.sources & b.sources or not (a.whole and b.whole)
    if not (a.whole or b.whole) or (strict and alike < 1 and not a.counts & b.counts):
        return None
    if (a.named and b.separate_in & a.sources) or (b.named and a.separate_in & b.sources):
        return None  # the adoption an official text names and a separate vote of the same source: two questions
    if _conflict(a.symbols | b.symbols):
        return None
    if a.symbols & b.symbols or a.drafts & b.drafts:
        return "same symbol"
    if a.symbols and b.symbols:
        return "whole and part"
    if a.sources & b.sources or (a.drafts and b.drafts):
        return None
    return "symbol-less"


def _pairs(rcids: np.ndarray, dates: np.ndarray, codes: np.ndarray) -> list[tuple[int, int, float, int]]:
    """(rcid, rcid, share alike, days apart) for roll calls within the date window whose lists are alike."""
    order = np.argsort(dates, kind="stable")
    rcids, dates, codes = rcids[order], dates[order], codes[order]
    listed = codes >= 0
    out = []
    for i in range(len(rcids)):
        hi = np.searchsorted(dates, dates[i] + window(dates[i]), side="right")
        if hi <= i + 1:
            continue
        other, either = codes[i + 1:hi], listed[i + 1:hi] | listed[i]
        alike = ((other == codes[i]) & listed[i]).sum(axis=1) / np.maximum(either.sum(axis=1), 1)
        for k in np.nonzero(alike >= ALIKE)[0]:
            j = i + 1 + int(k)
            out.append((int(rcids[i]), int(rcids[j]), float(alike[k]), int(abs(dates[j] - dates[i]).astype(int))))
    return out


def same_votes(all_rc: pd.DataFrame, rcid: np.ndarray, state: np.ndarray, code: np.ndarray, n_states: int,
               keep_first: list[int], named: frozenset[int] = frozenset()) -> tuple[dict[int, int], pd.DataFrame]:
    """Which roll calls to merge into which: {merged rcid: kept rcid}, and one integrity row per merge.

    all_rc: the source rows (rcid, source, date, symbol, draft, kind, title); rcid/state/code: each roll call's
    chosen yes/no/abstain votes; keep_first: rcids in the order of preference for the one that is kept; named: the
    roll calls official_resolutions.csv names as adoptions.
    """
    ids, row = np.unique(rcid, return_inverse=True)
    dense = np.full((len(ids), n_states), -1, np.int8)
    dense[row, state] = code
    enough = (dense >= 0).sum(axis=1) >= MIN_LISTED
    ids, dense = ids[enough], dense[enough]
    day = all_rc.groupby("rcid")["date"].first().reindex(ids).to_numpy("datetime64[D]")
    pairs = _pairs(ids, day, dense)
    groups = _groups(all_rc[all_rc["rcid"].isin({r for a, b, *_ in pairs for r in (a, b)})])
    for r in named & groups.keys():
        groups[r].named = True
    scored = []
    for a, b, alike, gap in pairs:
        rule = _rule(groups[a], groups[b], alike)
        if rule:
            overlap = len(groups[a].words & groups[b].words)
            scored.append(((rule != "symbol-less", alike, overlap, -gap, -min(a, b)), a, b, alike))
    rank = {r: i for i, r in enumerate(keep_first)}
    owner = {r: r for r in groups}
    how: dict[int, tuple[str, float]] = {}
    for _, a, b, alike in sorted(scored, key=lambda s: s[0], reverse=True):
        ra, rb = _find(owner, a), _find(owner, b)
        rule = _rule(groups[ra], groups[rb], alike) if ra != rb else None
        if rule is None:
            continue
        keep, drop = sorted((ra, rb), key=lambda r: rank.get(r, len(rank)))
        g, h = groups[keep], groups[drop]
        g.rcids += h.rcids
        g.sources |= h.sources
        g.symbols |= h.symbols
        g.drafts |= h.drafts
        g.whole |= h.whole
        g.counts |= h.counts
        g.words |= h.words
        g.separate_in |= h.separate_in
        g.named |= h.named
        owner[drop] = keep
        how[drop] = (rule, alike)
    mapping = {r: _find(owner, r) for r in groups if _find(owner, r) != r}
    return mapping, _log(mapping, how, all_rc)


def _find(owner: dict[int, int], r: int) -> int:
    while owner[r] != r:
        r = owner[r]
    return r


def _log(mapping: dict[int, int], how: dict[int, tuple[str, float]], all_rc: pd.DataFrame) -> pd.DataFrame:
    involved = all_rc[all_rc["rcid"].isin(set(mapping) | set(mapping.values()))]
    rows = involved.assign(label=involved["source_symbol"].fillna(involved["key"])).groupby("rcid")
    label = rows["label"].first()
    sources = rows["source"].agg(lambda s: ",".join(dict.fromkeys(s)))
    records = []
    for drop, kept in mapping.items():
        rule, alike = how[drop]
        records.append({"rcid": kept, "check": "same roll call stored twice", "value": f"rcid {kept}",
                        "source": sources.get(kept), "other_value": f"rcid {drop} ({label.get(drop)}), {alike:.0%} alike",
                        "other_source": sources.get(drop), "rule": f"merged ({rule}): {RULES[rule]}"})
    return pd.DataFrame(records)


def declared(pairs: pd.DataFrame | None, all_rc: pd.DataFrame) -> tuple[dict[int, int], pd.DataFrame]:
    """The roll calls official_same_votes.csv names as one vote stored twice: {rcid set aside: rcid kept}, and an
    integrity row each with the file's evidence. A pair not both in the record (a partial --sources folder) is
    skipped. The caller drops the list of each roll call set aside before the rules run."""
    if pairs is None or pairs.empty:
        return {}, pd.DataFrame()
    present = set(all_rc["rcid"])
    pairs = pairs[pairs["rcid"].isin(present) & pairs["kept"].isin(present)]
    label = all_rc.assign(label=all_rc["source_symbol"].fillna(all_rc["key"])).groupby("rcid")["label"].first()
    sources = all_rc.groupby("rcid")["source"].agg(lambda s: ",".join(dict.fromkeys(s)))
    log = pd.DataFrame({"rcid": pairs["kept"], "check": "same roll call stored twice",
                        "value": "rcid " + pairs["kept"].astype(str), "source": pairs["kept"].map(sources),
                        "other_value": [f"rcid {r} ({label.get(r)}), its list set aside" for r in pairs["rcid"]],
                        "other_source": pairs["rcid"].map(sources),
                        "rule": "merged (official_same_votes.csv): " + pairs["evidence"]})
    return dict(zip(pairs["rcid"].astype(int), pairs["kept"].astype(int))), log

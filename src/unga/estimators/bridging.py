"""Bridging roll calls across sessions: the same resolution voted again, and groups of such repeats.

`find_repeats` pairs final-passage votes on a resolution repeated in a later session (identical
normalised title and identical agenda-item name); `item_groups` joins pairs from any source (Voeten's
Matches.csv, the store's `bridges` table, `find_repeats`) into the rcid -> group Series that
`fit_dynamic_ordinal(item_groups=...)` takes. See docs/methods-ideal-points.md ("Bridging").
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

import pandas as pd

from unga.errors import BadInput

REPEAT_COLUMNS = ("rcid", "session", "title", "agenda_item", "kind")

# "Agenda item 98 (hh)", "Agenda items 13 and 75 (a)", "Agenda item 20 (a) and (b)": the numbering,
# which changes every session; what follows is the item's name.
_AGENDA_NUMBER = re.compile(
    r"^\s*agenda\s+items?\s+\d+\s*(\([a-z]{1,3}\)\s*)*((,|and|&)\s*(\d+\s*)?(\([a-z]{1,3}\)\s*)*)*",
    re.IGNORECASE)
# Digital Library titles sometimes carry the record's statement of responsibility and a truncation mark.
_TITLE_TAIL = re.compile(r"\s+:\s+resolution\s*/.*$|\s*\[\.\.\.\]\s*$|\s*\.\.\.\s*$", re.IGNORECASE)
_NON_WORD = re.compile(r"[\W_]+")


def normalise_text(text: object) -> str:
    """Case, accents, punctuation and whitespace folded: 'Non‑nuclear-weapon  States.' -> 'non nuclear weapon states'."""
    if text is None or (isinstance(text, float) and text != text):
        return ""
    folded = unicodedata.normalize("NFKD", str(text))
    folded = "".join(ch for ch in folded if not unicodedata.combining(ch)).casefold()
    return " ".join(_NON_WORD.sub(" ", folded).split())


def normalise_title(title: object) -> str:
    """A resolution title without the Digital Library's ' : resolution / adopted by ...' tail or '[...]'."""
    if title is None or (isinstance(title, float) and title != title):
        return ""
    return normalise_text(_TITLE_TAIL.sub("", str(title)))


def agenda_item_name(agenda_item: object) -> str:
    """The agenda item's name without its number: 'Agenda item 98 (hh) General and ...' -> 'general and ...'."""
    if agenda_item is None or (isinstance(agenda_item, float) and agenda_item != agenda_item):
        return ""
    return normalise_text(_AGENDA_NUMBER.sub("", str(agenda_item)))


def _candidates(roll_calls: pd.DataFrame, require_agenda_item: bool, min_title_words: int) -> pd.DataFrame:
    missing = [c for c in REPEAT_COLUMNS if c not in roll_calls.columns]
    if missing:
        raise BadInput(f"roll_calls is missing column(s) {', '.join(missing)}; need {', '.join(REPEAT_COLUMNS)}")
    cols = list(REPEAT_COLUMNS) + (["symbol"] if "symbol" in roll_calls.columns else [])
    frame = roll_calls.loc[roll_calls["kind"] == "resolution", cols].dropna(subset=["rcid", "session"])
    own = "rcid:" + frame["rcid"].astype(str)
    resolution = frame["symbol"].where(frame["symbol"].notna(), own) if "symbol" in cols else own
    frame = frame.assign(resolution=resolution, title_key=frame["title"].map(normalise_title),
                         agenda_key=frame["agenda_item"].map(agenda_item_name),
                         session=frame["session"].astype(int), rcid=frame["rcid"].astype(int))
    keep = frame["title_key"].str.split().str.len().fillna(0) >= min_title_words
    if require_agenda_item:
        keep &= frame["agenda_key"] != ""
    return frame[keep]


def find_repeats(roll_calls: pd.DataFrame, *, max_gap: int = 2, max_per_session: int = 1,
                 require_agenda_item: bool = True, min_title_words: int = 1) -> pd.DataFrame:
    """Pairs (rcid_a, rcid_b) of final-passage votes on the same resolution repeated in a later session.

    roll_calls: one row per roll call with columns rcid, session, title, agenda_item, kind, and
    optionally symbol (other columns are ignored): roll calls with the same symbol count as one
    resolution (a duplicated record), and the chain goes through the smallest rcid. Only final-passage votes (kind == 'resolution') are paired. Two roll calls are
    the same resolution repeated when their normalised titles (`normalise_title`) are identical and
    their agenda-item names (`agenda_item_name`: the number stripped) are identical and non-empty (with
    require_agenda_item=False an empty agenda item matches an empty one, i.e. the title alone decides).

    Conservative by construction:
    * a (title, agenda item) key voted on more than `max_per_session` resolutions in any one session (e.g.
      "Programme budget ...", "Financing of ..." with several votes a session) is skipped entirely;
    * each key gives a chain: one pair per link between consecutive sessions in which it was voted,
      and only when they are at most `max_gap` sessions apart (2: a resolution taken up every other
      year still bridges; a longer gap breaks the chain).

    Returns a DataFrame with columns rcid_a, rcid_b (rcid_a in the earlier session), session_a,
    session_b, title (the normalised title) and agenda_item (the normalised name), sorted by rcid_a.
    """
    if max_gap < 1 or max_per_session < 1:
        raise BadInput("find_repeats: max_gap and max_per_session must be at least 1")
    frame = _candidates(roll_calls, require_agenda_item, min_title_words)
    keys = ["title_key", "agenda_key"]
    per_session = frame.groupby(keys + ["session"])["resolution"].transform("nunique")
    crowded = per_session.gt(max_per_session).groupby([frame[k] for k in keys]).transform("any")
    frame = frame[~crowded.to_numpy()]
    frame = frame.sort_values(keys + ["session", "rcid"]).drop_duplicates(keys + ["session"])
    nxt = frame.groupby(keys, sort=False).shift(-1)
    link = nxt["rcid"].notna() & (nxt["session"] - frame["session"] <= max_gap)
    out = pd.DataFrame({"rcid_a": frame.loc[link, "rcid"].astype(int),
                        "rcid_b": nxt.loc[link, "rcid"].astype(int),
                        "session_a": frame.loc[link, "session"].astype(int),
                        "session_b": nxt.loc[link, "session"].astype(int),
                        "title": frame.loc[link, "title_key"], "agenda_item": frame.loc[link, "agenda_key"]})
    return out.sort_values("rcid_a").reset_index(drop=True)


def item_groups(*pair_tables: pd.DataFrame | Iterable[tuple[int, int]]) -> pd.Series:
    """rcid -> group id joining every pair of every table (union-find); the group id is its smallest rcid.

    Each table is a DataFrame with columns rcid_a, rcid_b (the store's `bridges`, `find_repeats`) or
    rcid1, rcid2 (Voeten's Matches.csv), or an iterable of (rcid, rcid) tuples. The result is what
    `fit_dynamic_ordinal(item_groups=...)` takes; roll calls in no pair are not listed.
    """
    parent: dict[int, int] = {}

    def root(u: int) -> int:
        while parent.setdefault(u, u) != u:
            parent[u] = parent[parent[u]]
            u = parent[u]
        return u

    for a, b in (pair for table in pair_tables for pair in _pairs(table)):
        ra, rb = root(a), root(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)
    return pd.Series({r: root(r) for r in sorted(parent)}, name="group", dtype="int64")


def _pairs(table: pd.DataFrame | Iterable[tuple[int, int]]) -> Iterable[tuple[int, int]]:
    if isinstance(table, pd.DataFrame):
        for cols in (("rcid_a", "rcid_b"), ("rcid1", "rcid2")):
            if set(cols) <= set(table.columns):
                sub = table.loc[:, list(cols)].dropna()
                return zip(sub[cols[0]].astype(int), sub[cols[1]].astype(int))
        raise BadInput("item_groups: a pair table needs columns rcid_a, rcid_b (or rcid1, rcid2)")
    return ((int(a), int(b)) for a, b in table)

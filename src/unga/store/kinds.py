"""The kind of each roll call (resolution, amendment, paragraph, separate, motion) where Voeten's code is wrong.

Only Voeten codes kinds (docs/data.md, Reconciliation 2). Three repairs read other evidence: a final-vote source
that records the roll call as its resolution's adoption vote, and the roll call's own description naming it the
vote on a procedural motion or on an amendment. Each returns the roll calls and the integrity rows (columns as
schema.INTEGRITY_COLUMNS) that log it.
"""

from __future__ import annotations

import re

import pandas as pd


def final_kinds(roll_calls: pd.DataFrame, final: set[int]) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Where several roll calls share a symbol, the one a final-vote source records is the vote on the whole.

    Voeten's `motion` only says his `unres` is blank, and his amendment and paragraph flags are wrong on some
    adoption votes (217 (III) A, the Universal Declaration, is a "paragraph"): where a final-vote source (one row
    per adopted resolution) records the roll call under a resolution symbol, and records no other roll call of that
    symbol (sections of one resolution are voted one by one), it is the vote on that resolution (logged). final:
    reconcile._final_rcids."""
    recorded = roll_calls["rcid"].isin(final) & roll_calls["symbol"].notna()
    finals_of_symbol = roll_calls.loc[recorded, "symbol"].value_counts()
    sole = recorded & roll_calls["symbol"].map(finals_of_symbol).eq(1)
    promote = ((roll_calls["kind"] == "motion") & recorded) | (roll_calls["kind"].isin(["amendment", "paragraph"]) & sole)
    promoted = roll_calls[promote]
    log = pd.DataFrame({"rcid": promoted["rcid"], "check": "kind repaired", "value": "resolution",
                        "source": promoted["sources"].str.split(",").str[0], "other_value": promoted["kind"],
                        "other_source": "unvotes",
                        "rule": "Voeten's kind (a blank unres reads as a motion; his amendment and paragraph flags) "
                                "contradicts a final-vote source, which records the roll call as the adoption vote of its "
                                "resolution symbol"})
    roll_calls.loc[promote, "kind"] = "resolution"
    shared = roll_calls["symbol"].notna() & roll_calls.duplicated("symbol", keep=False)
    symbols_with_final = set(roll_calls.loc[roll_calls["rcid"].isin(final), "symbol"])
    demote = shared & roll_calls["symbol"].isin(symbols_with_final) & ~roll_calls["rcid"].isin(final) \
        & (roll_calls["kind"] == "resolution")
    roll_calls.loc[demote, "kind"] = "separate"
    return roll_calls, log


# A roll call's description naming it the vote on a procedural motion: Voeten's summaries ("CONGO — TO ADOPT GHANA
# MOTION FOR ADJOURNMENT …", "— US MOTION FOR SEPARATE VOTE …") and the meeting records' words ("I shall now put to
# the vote the motion submitted by …"). An amendment to a motion ("TO ADOPT SYRIAN AMENDMENT (TO PARAGUAY MOTION)")
# does not match: at most three words stand between "TO ADOPT" and "MOTION". The verbatim records' text in Voeten's
# titles glues words together ("putto the vote", "votethe motion").
MOTION_TITLE = re.compile(
    r"—\s*(?:TO\s+ADOPT\s+)?(?:(?:A|AN|THE)\s+)?(?:[\w.'/-]+\s+){0,3}?(?:ORAL\s+)?(?:[\w.'/]+-)?MOTION\s+"
    r"(?:FOR|TO|THAT|ADJOURNING|APPLYING|DEFERRING|\(A/)"
    r"|—\s*TO\s+ADOPT\s+(?:(?:A|AN|THE)\s+)?(?:[\w.'/-]+\s+){0,3}?(?:[\w.'/]+-)?MOTION\b"
    r"|put\s*to\s+the\s+vote\s*the\s+motion|(?:take|taking)\s+a\s+decision\s+on\s+the\s+motion", re.I)


def motion_kinds(roll_calls: pd.DataFrame) -> tuple[pd.DataFrame, pd.DataFrame]:
    """A vote on a procedural motion (to adjourn, to take no action, for priority, for a separate vote) is a `motion`
    whatever Voeten's code: his resolution number on it names the text the motion was about (2758 (XXVI) "[A]" is
    Saudi Arabia's motion to postpone), so it must not count as that text's adoption (logged)."""
    said = roll_calls["title"].fillna("").str.contains(MOTION_TITLE) & (roll_calls["kind"] != "motion")
    found = roll_calls[said]
    log = pd.DataFrame({"rcid": found["rcid"], "check": "kind repaired", "value": "motion",
                        "source": found["sources"].str.split(",").str[0], "other_value": found["kind"],
                        "other_source": "unvotes",
                        "rule": "the roll call's description says it is the vote on a procedural motion (to adjourn, "
                                "to take no action, for priority or for a separate vote), not on a text"})
    roll_calls.loc[said, "kind"] = "motion"
    return roll_calls, log


# A roll call's description naming it the vote on an amendment: Voeten's summaries ("KOREA — TO ADOPT 2ND CUBAN
# AMENDMENT (A/L.514) …", "— U.S. SUB-AMENDMENTS …", "— AMEND TO RECOMMENDATION …") and the meeting records'
# words ("… will now take a decision on the amendment contained in …"). At most four words stand between the dash
# (or "TO ADOPT") and "AMENDMENT": a sentence of a draft "PROPOSED BY THE 33-POWER AMENDMENT" is not one.
AMENDMENT_TITLE = re.compile(
    r"—\s*(?:TO\s+ADOPT\s+)?(?:(?:A|AN|THE)\s+)?(?:[\w.'/-]+\s+){0,4}?(?:[\w.'/]+-)?(?:AMENDMENTS?\b|AMEND\s+TO\b)"
    r"|put\s+to\s+the\s+vote\s+the\s+(?:oral\s+)?amendment|(?:take|taking)\s+a\s+decision\s+on\s+the\s+"
    r"(?:oral\s+)?amendment", re.I)


def amendment_kinds(roll_calls: pd.DataFrame) -> tuple[pd.DataFrame, pd.DataFrame]:
    """A `motion` whose description names it the vote on an amendment is an `amendment`: Voeten's `motion` there
    only says his `unres` is blank (the six Cuban amendments on Korea of 19 December 1966). A description that
    also reads as a procedural motion (a motion to take no action on an amendment) stays a motion (logged)."""
    title = roll_calls["title"].fillna("")
    said = (roll_calls["kind"] == "motion") & title.str.contains(AMENDMENT_TITLE) & ~title.str.contains(MOTION_TITLE)
    found = roll_calls[said]
    log = pd.DataFrame({"rcid": found["rcid"], "check": "kind repaired", "value": "amendment",
                        "source": found["sources"].str.split(",").str[0], "other_value": "motion",
                        "other_source": "unvotes",
                        "rule": "the roll call's description says it is the vote on an amendment; Voeten's motion only "
                                "says his unres is blank"})
    roll_calls.loc[said, "kind"] = "amendment"
    return roll_calls, log


NO_TEXT = "none: the vote concerned no adopted text"


def official_kinds(roll_calls: pd.DataFrame, rows: pd.DataFrame | None) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Roll calls an official text shows to be another vote than a source files them as
    (src/unga/data/official_kinds.csv, rcid:N and date): the file's kind (a procedural
    `motion`; a `resolution`, a draft voted as a whole and rejected; a `paragraph` or `amendment` vote), its plain
    title, and the symbol of the text the vote concerned (column text), as the record files its other motions and
    separate votes (Reconciliation 2). An empty text means no adopted text: the roll call keeps no resolution
    number (a rival draft rejected, an agenda vote). Each field that changes is logged with the evidence."""
    if rows is None or rows.empty:
        return roll_calls, pd.DataFrame()
    found = roll_calls.reset_index().merge(rows.rename(columns={"title": "official_title", "symbol": "_s",
                                                                "kind": "official_kind"}), on=["rcid", "date"])
    roll_calls = roll_calls.copy()
    log = []
    for r in found.itertuples():
        lead = r.sources.split(",")[0]
        text = r.text if isinstance(r.text, str) else None
        symbol = r.symbol if isinstance(r.symbol, str) else None
        changes = [("kind repaired", r.official_kind, r.kind, "kind"),
                   ("title replaced by the official title", r.official_title, r.title, "title"),
                   ("symbol replaced by the official symbol", text, symbol, "symbol")]
        for check, value, before, field in changes:
            if value != before:
                roll_calls.loc[r.index, field] = value
                log.append({"rcid": r.rcid, "check": check, "value": NO_TEXT if value is None else value,
                            "source": "official",
                            "other_value": before, "other_source": lead, "rule": r.evidence})
    return roll_calls, pd.DataFrame(log)


FAILED = "symbol removed: its count cannot adopt"


def cannot_adopt(roll_calls: pd.DataFrame) -> pd.Series:
    """Roll calls filed as a resolution's adoption (kind resolution, with a symbol) whose stored count has no more in
    favour than against."""
    return (roll_calls["kind"] == "resolution") & roll_calls["symbol"].notna() & (roll_calls["yes"] <= roll_calls["no"])


def failed_adoptions(roll_calls: pd.DataFrame) -> tuple[pd.DataFrame, pd.DataFrame]:
    """A roll call filed as a resolution's adoption whose own count cannot adopt (no more in favour than against:
    the Charter, Article 18, asks a majority of the members present and voting) is a vote that failed — a rival
    draft, a motion or an amendment rejected (Voeten's serial letters under 2271 (XXII); unvotes' R/63/263 of
    24 December 2008, 50-88-3). It keeps no resolution number, as official_kinds.csv files a rejected draft;
    source_symbol keeps the source's spelling (logged). A published count that could adopt leaves it alone: then the
    list is the suspect (the audit's count rule)."""
    published = roll_calls["pub_yes"].isna() | (roll_calls["pub_yes"] <= roll_calls["pub_no"])
    failed = cannot_adopt(roll_calls) & published
    found = roll_calls[failed]
    log = pd.DataFrame({"rcid": found["rcid"], "check": FAILED, "value": NO_TEXT,
                        "source": "rule", "other_value": found["symbol"],
                        "other_source": found["sources"].str.split(",").str[0],
                        "rule": "the roll call's count (" + found["yes"].astype(str) + "-" + found["no"].astype(str)
                                + "-" + found["abstain"].astype(str) + ") has no more in favour than against, so it "
                                "cannot be the adoption of the resolution its source files it under"})
    roll_calls.loc[failed, "symbol"] = None
    return roll_calls, log

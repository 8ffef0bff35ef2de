"""Result objects: a readable summary (str), a tidy frame (to_frame) and JSON with the evidence (to_json)."""

from __future__ import annotations

import json
import math
from dataclasses import asdict, dataclass, field
from datetime import date
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import pandas as pd  # pandas is imported where a frame is built, to keep `unga tally` quick to start

from unga.types import OFFICIAL_LISTS, VOTE_VALUES, Line


def _jsonable(value: Any) -> Any:
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, dict):
        return {k: _jsonable(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_jsonable(v) for v in value]
    if type(value).__name__ in {"NAType", "NaTType"} or (isinstance(value, float) and math.isnan(value)):
        return None
    if hasattr(value, "isoformat"):
        return value.isoformat()
    if hasattr(value, "item"):  # numpy scalars
        return value.item()
    return value


def _line_name(line: Line | None, names: dict[str, str], iso3: str) -> str:
    """A state's name, with the seats its line joins: 'Russia (Soviet Union until 1991-12-24)'."""
    return line.label if line is not None and (line.changes or line.aside) else names.get(iso3, iso3)


SHOWN = 10  # rows of a long table that str() shows at each end; to_frame() has them all


def _text_table(frame: pd.DataFrame, most: int = 2 * SHOWN) -> str:
    """A plain table, its first and last rows when long (str() of a result, not the CLI's Rich table)."""
    if len(frame) > most:
        import pandas as pd

        cut = most // 2
        lines = pd.concat([frame.head(cut), frame.tail(cut)]).to_string(index=False).splitlines()
        lines.insert(cut + 1, f"… {len(frame) - 2 * cut} more rows (to_frame() has them all)")
        return "\n".join(lines)
    return frame.to_string(index=False)


def _period_label(frame: pd.DataFrame) -> pd.DataFrame:
    """One period for everything (by='all') is numbered 0 by the library and labelled all for people."""
    if "period" in frame and len(frame) and (frame["period"] == 0).all():
        return frame.assign(period="all")
    return frame


@dataclass(frozen=True)
class RollCall:
    """The facts that identify one recorded vote."""

    rcid: int
    symbol: str | None
    date: date
    session: int | None
    kind: str
    title: str | None

    @classmethod
    def from_row(cls, row: dict) -> RollCall:
        day = row["date"].date() if hasattr(row["date"], "date") else row["date"]
        return cls(int(row["rcid"]), row.get("symbol"), day, row.get("session"), row.get("kind") or "", row.get("title"))


class _StatesVotes:
    """A roll call's votes by state (``votes``: ISO3 → vote; ``names``: ISO3 → name), shared by the record's
    tallies and the UN releases' tallies."""

    votes: dict[str, str]
    names: dict[str, str]

    def voters(self, vote: str) -> list[str]:
        return sorted(iso for iso, v in self.votes.items() if v == vote)

    def to_frame(self) -> pd.DataFrame:
        import pandas as pd

        return pd.DataFrame({"iso3": list(self.votes), "state": [self.names.get(i, i) for i in self.votes],
                             "vote": list(self.votes.values())}).sort_values(["vote", "state"], ignore_index=True)


@dataclass(frozen=True)
class Tally(_StatesVotes):
    """The tally of one roll call and every member's vote."""

    roll_call: RollCall
    counts: dict[str, int]
    published: dict[str, int | None]
    published_source: str | None
    votes: dict[str, str]
    names: dict[str, str]
    sources: list[str]
    other_roll_calls: list[RollCall] = field(default_factory=list)
    integrity: list[dict] = field(default_factory=list)

    @property
    def matches_published(self) -> bool:
        return all(self.published.get(k) in (None, self.counts.get(k)) for k in ("yes", "no", "abstain"))

    @property
    def doubts(self) -> dict[str, dict]:
        """The states whose vote here another text gives otherwise, nothing settling which is right
        (src/unga/data/vote_doubts.csv): {iso3: {"stored", "other", "source", "evidence"}}."""
        return {i["iso3"]: {"stored": i["value"], "other": i["other_value"], "source": i["other_source"],
                            "evidence": i["rule"]}
                for i in self.integrity if i["check"] == "vote in doubt"}

    @property
    def warnings(self) -> list[str]:
        """What a reader must know before quoting this roll call: the record's flags on it, in words."""
        out = [f"{self.names.get(iso3, iso3)}'s vote is in doubt: the record has {d['stored']}; {d['source']} gives "
               f"{d['other']}" for iso3, d in self.doubts.items()]
        out += [f"the count is in doubt: the record has {i['value']}; {i['other_source']} gives {i['other_value']}"
                for i in self.integrity if i["check"] == "count in doubt"]
        out += [f"the date is in doubt: the record has {i['value']}; {i['other_source']} gives {i['other_value']}"
                for i in self.integrity if i["check"] == "date in doubt"]
        if not self.matches_published:
            c, p = self.counts, self.published
            out.append(f"the listed votes ({c.get('yes')}/{c.get('no')}/{c.get('abstain')}) differ from the published "
                       f"tally ({p.get('yes')}/{p.get('no')}/{p.get('abstain')}, {self.published_source}): quote the published tally; "
                       "single states' votes may be wrong")
        checks = {item["check"]: item for item in self.integrity}
        if "votes before a state's admission" in checks:
            states = checks["votes before a state's admission"]["other_value"]
            out.append(f"states listed before their admission ({states}): the date or the list is wrong")
        if "date outside its session" in checks:
            out.append("the date lies outside the session its symbol names; no source dates it within")
        early = checks.get("date before its emergency special session")
        if early:
            out.append(f"the date lies before its emergency special session {early['other_value']}: the date is wrong; "
                       "no source dates it within")
        return out

    def to_json(self) -> dict:
        rc = self.roll_call
        return _jsonable({
            "rcid": rc.rcid, "resolution": rc.symbol, "date": rc.date, "session": rc.session, "kind": rc.kind,
            "title": rc.title, "counts": self.counts, "published": {**self.published, "source": self.published_source},
            "votes": self.votes, "doubts": self.doubts, "sources": self.sources, "warnings": self.warnings,
            "integrity": self.integrity,
            "other_roll_calls": [asdict(o) for o in self.other_roll_calls],
        })

    @property
    def headline(self) -> str:
        c = self.counts
        line = f"{self.roll_call.symbol or self.roll_call.rcid} ({self.roll_call.date}): " \
               f"{c['yes']} yes, {c['no']} no, {c['abstain']} abstain, {c['absent']} absent"
        return line + ("" if self.matches_published else f"  [published: {self.published}]")

    def __str__(self) -> str:
        rc = self.roll_call
        lines = [self.headline, f"session {rc.session}, {rc.kind}, rcid {rc.rcid}: {rc.title or 'no title'}"]
        lines += [f"warning: {w}" for w in self.warnings]
        for vote in ("no", "abstain", "absent", "yes"):
            names = sorted(self.names.get(i, i) for i in self.voters(vote))
            lines.append(f"{vote} ({len(names)}): " + ", ".join(names))
        lines += [f"integrity: {i['check']} — {i['value']} ({i['source']}) vs {i['other_value']} "
                  f"({i['other_source']})" for i in self.integrity]
        return "\n".join(lines)


@dataclass(frozen=True)
class SearchResult:
    words: list[str]
    roll_calls: pd.DataFrame

    def to_frame(self) -> pd.DataFrame:
        return self.roll_calls

    def to_json(self) -> dict:
        return {"query": self.words, "count": len(self.roll_calls),
                "roll_calls": _jsonable(self.roll_calls.to_dict(orient="records"))}

    @property
    def headline(self) -> str:
        return f"{len(self.roll_calls)} roll calls match {' '.join(self.words)!r}"

    def __str__(self) -> str:
        if self.roll_calls.empty:
            return self.headline
        columns = [c for c in ("date", "symbol", "yes", "no", "abstain", "title") if c in self.roll_calls]
        rows = self.roll_calls[columns]
        if "title" in rows:
            rows = rows.assign(title=rows["title"].fillna("").str.slice(0, 60))
        return self.headline + "\n" + _text_table(rows)


@dataclass(frozen=True)
class StateRecord:
    """A state's votes over a period, with its rates."""

    iso3: str
    name: str
    start: int | None
    end: int | None
    votes: pd.DataFrame
    note: str | None = None  # historical seats: which seat answers for the name asked (docs/data.md)
    seats: tuple[str, ...] = ()  # the seats whose votes are shown, when more than one (a 'seat' column tells them)

    @property
    def counts(self) -> dict[str, int]:
        got = self.votes["vote"].value_counts()
        return {v: int(got.get(v, 0)) for v in VOTE_VALUES}

    @property
    def rates(self) -> dict[str, float]:
        total = len(self.votes)
        return {v: (n / total if total else 0.0) for v, n in self.counts.items()}

    def by_year(self) -> pd.DataFrame:
        """Per year: roll calls, the count of each vote and its share."""
        table = self.votes.assign(year=self.votes["date"].dt.year).pivot_table(
            index="year", columns="vote", values="rcid", aggfunc="count", fill_value=0)
        table = table.reindex(columns=list(VOTE_VALUES), fill_value=0).astype(int)
        table.insert(0, "roll_calls", table.sum(axis=1))
        for v in VOTE_VALUES:
            table[f"{v}_rate"] = (table[v] / table["roll_calls"]).round(4)
        return table.reset_index().rename_axis(columns=None)

    def to_frame(self) -> pd.DataFrame:
        return self.votes

    def summary(self) -> dict:
        """to_json without the votes (a page shows them a page at a time)."""
        return _jsonable({"state": self.iso3, "name": self.name, "from": self.start, "to": self.end,
                          "note": self.note, "seats": list(self.seats or (self.iso3,)),
                          "roll_calls": len(self.votes), "counts": self.counts,
                          "rates": {k: round(v, 4) for k, v in self.rates.items()}})

    def to_json(self) -> dict:
        return {**self.summary(), "votes": _jsonable(self.votes.to_dict(orient="records"))}

    @property
    def headline(self) -> str:
        c = self.counts
        return f"{self.name} ({self.iso3}): {len(self.votes)} roll calls — " + ", ".join(f"{n} {v}" for v, n in c.items())

    def __str__(self) -> str:
        lines = [self.headline, "rates: " + ", ".join(f"{v} {r:.1%}" for v, r in self.rates.items())]
        if self.note:
            lines.append(f"note: {self.note}")
        if len(self.votes):
            columns = [c for c in ("date", "symbol", "vote", "title") if c in self.votes]
            last = self.votes.sort_values("date").tail(SHOWN)[columns]
            if "title" in last:
                last = last.assign(title=last["title"].fillna("").str.slice(0, 60))
            lines += [f"the last {len(last)} (to_frame() has every vote):", last.to_string(index=False)]
        return "\n".join(lines)


@dataclass(frozen=True)
class Comparison:
    """Two states side by side: their agreement per period and the roll calls where their votes differed."""

    a: str
    b: str
    agreement: Agreement
    differed: pd.DataFrame  # rcid, date, session, symbol, kind, title, vote_a, vote_b, opposed
    roll_calls_both: int  # roll calls on which both had a seat
    names: dict[str, str]

    def to_frame(self) -> pd.DataFrame:
        return self.differed

    def to_json(self) -> dict:
        return _jsonable({"a": self.a, "b": self.b, "roll_calls_both": self.roll_calls_both,
                          "differed": len(self.differed), "agreement": self.agreement.to_json(),
                          "differences": self.differed.to_dict(orient="records")})

    @property
    def headline(self) -> str:
        a, b = self.names.get(self.a, self.a), self.names.get(self.b, self.b)
        opposed = int(self.differed["opposed"].sum()) if len(self.differed) else 0
        return (f"{a} and {b}: {len(self.differed):,} of {self.roll_calls_both:,} roll calls with different votes, "
                f"{opposed:,} of them one yes and the other no")

    def __str__(self) -> str:
        return self.headline


def dumps(result: Any) -> str:
    return json.dumps(result.to_json(), ensure_ascii=False, indent=2, default=str)


@dataclass(frozen=True)
class CheckResult:
    """The claims about recorded votes in a text, each with its verdict and the record behind it."""

    text: str
    claims: list[dict]

    def counts(self) -> dict[str, int]:
        out = {"supported": 0, "contradicted": 0, "unverifiable": 0}
        for c in self.claims:
            out[c["verdict"]] += 1
        return out

    def to_frame(self) -> pd.DataFrame:
        import pandas as pd

        return pd.DataFrame([{k: c[k] for k in ("kind", "resolution", "state", "verdict", "text")} for c in self.claims])

    def to_json(self) -> dict:
        return _jsonable({"claims": self.claims, "summary": self.counts()})

    @property
    def headline(self) -> str:
        c = self.counts()
        return f"{len(self.claims)} claims: {c['supported']} supported, {c['contradicted']} contradicted, " \
               f"{c['unverifiable']} unverifiable"

    def __str__(self) -> str:
        lines = []
        for number, claim in enumerate(self.claims, start=1):
            lines.append(f"{number}. {claim['verdict']} — {claim_line(claim)}")
            lines.append(f"   “{' '.join(str(claim.get('text', '')).split())[:200]}”")
        return "\n".join(lines + [self.headline])


def claim_line(claim: dict) -> str:
    """What a checked claim asserts, about which roll call, and what the record says: one line for people."""
    record = (claim.get("evidence") or {}).get("record", "")
    if claim["kind"] == "other":  # a sentence about a vote with nothing in it the record can check
        return record
    who = f"{claim['state']} " if claim.get("state") else ""
    asserted = ", ".join(f"{k} {v}" for k, v in (claim.get("asserted") or {}).items())
    where = claim.get("resolution") or "an unidentified roll call"
    return f"{claim['kind']} {who}({asserted}) on {where}: {record}"


@dataclass(frozen=True)
class AuditResult:
    """The record's health check: per rule, how many findings, how many the record already flags, examples."""

    rules: list[dict]  # rule, text, status, found, flagged, unexplained, examples
    store: str

    @property
    def passed(self) -> bool:
        return all(r["status"] != "fail" for r in self.rules)  # "doubt": advisory rules (store/audit_doubts.py)

    def rule(self, name: str) -> dict:
        return next(r for r in self.rules if r["rule"] == name)

    def to_frame(self) -> pd.DataFrame:
        import pandas as pd

        return pd.DataFrame([{k: r[k] for k in ("rule", "status", "found", "flagged", "unexplained")}
                             for r in self.rules])

    def to_json(self) -> dict:
        return _jsonable({"store": self.store, "passed": self.passed, "rules": self.rules})

    def __str__(self) -> str:
        failed = [r["rule"] for r in self.rules if r["status"] == "fail"]
        doubts = [r["rule"] for r in self.rules if r["status"] == "doubt"]
        passing = sum(r["status"] == "pass" for r in self.rules)
        return f"audit of {self.store}: {passing} of {len(self.rules)} rules pass" + \
            (f"; failing: {', '.join(failed)}" if failed else "") + \
            (f"; doubts to settle with official texts: {', '.join(doubts)}" if doubts else "")


@dataclass(frozen=True)
class Coverage:
    """What each source covers and where the record ends, from the store's provenance, links and roll calls."""

    sources: pd.DataFrame  # source, files, first, last, sessions, roll_calls, leading, kinds, final_only
    periods: pd.DataFrame  # period, first, last, roll_calls, kinds, sources
    record_end: date | None
    series_end: dict[str, dict]  # 'regular' / 'ES-10' / ... -> {"session": n, "number": k, "last": symbol, "date": d}

    def to_frame(self) -> pd.DataFrame:
        return self.sources

    def to_json(self) -> dict:
        return _jsonable({"record_ends": self.record_end, "sources": self.sources.to_dict(orient="records"),
                          "periods": self.periods.to_dict(orient="records"), "series_end": self.series_end})

    def __str__(self) -> str:
        return f"the record ends on {self.record_end}; {len(self.sources)} sources"


from unga.results_analysis import (  # noqa: E402, F401  (re-exported: the analyses' results)
    INDEX_NAMES,
    NAMING,
    Agreement,
    CampsResult,
    IdealPoints,
    StanceResult,
)



@dataclass(frozen=True)
class OfficialTally(_StatesVotes):
    """A recorded vote no source's roll call holds, as a UN release announced it: its counts and the states it names.

    Not a roll call of the record: agreement, ideal points and forecasts never read it. The votes of states the
    release does not name are unknown (complete lists the lists that name every state of theirs)."""

    symbol: str | None
    draft: str | None
    date: date
    meeting: str | None
    title: str | None
    counts: dict[str, int]
    votes: dict[str, str]
    complete: list[str]
    release: str
    url: str
    note: str | None
    names: dict[str, str]

    @classmethod
    def from_row(cls, row: dict, names: dict[str, str]) -> OfficialTally:
        votes = {iso3: vote for vote, column in OFFICIAL_LISTS.items() for iso3 in (row[column] or "").split(";") if iso3}
        day = row["date"].date() if hasattr(row["date"], "date") else row["date"]
        return cls(row["symbol"] or None, row["draft"] or None, day, row["meeting"] or None, row["title"] or None,
                   {v: int(row[v]) for v in OFFICIAL_LISTS}, votes, [c for c in (row["complete"] or "").split(";") if c],
                   row["release"], row["url"], row["note"] or None, names)

    @property
    def label(self) -> str:
        return self.symbol or f"draft {self.draft}"

    @property
    def provenance(self) -> str:
        return f"not in the sources' roll calls; from {self.release} ({self.url})"

    @property
    def unknown(self) -> str:
        """Whose votes the release leaves unknown, in words."""
        voted = sum(self.counts.values())
        named = [f"all {self.counts[v]} {v}" if v in self.complete else f"{len(self.voters(v))} of {self.counts[v]} {v}"
                 for v in OFFICIAL_LISTS if self.voters(v) or v in self.complete]
        if len(self.complete) == len(OFFICIAL_LISTS):
            return "every vote cast is named; the states not named did not vote"
        if not self.votes:
            return (f"the release names no state's vote: the votes of the {voted} states that voted, and which states "
                    "did not vote, are unknown")
        return (f"the release names {len(self.votes)} of the {voted} states that voted ({', '.join(named) or 'none'}); "
                "the votes of the others, and which states did not vote, are unknown")

    def to_json(self) -> dict:
        return _jsonable({
            "resolution": self.symbol, "draft": self.draft, "date": self.date, "meeting": self.meeting,
            "title": self.title, "in_record": False, "counts": self.counts, "votes": self.votes,
            "complete_lists": self.complete, "unknown": self.unknown, "source": {"release": self.release, "url": self.url},
            "provenance": self.provenance, "note": self.note,
        })

    @property
    def headline(self) -> str:
        c = self.counts
        return f"{self.label} ({self.date}): {c['yes']} yes, {c['no']} no, {c['abstain']} abstain — {self.provenance}"

    def __str__(self) -> str:
        lines = [self.headline, self.title or ""]
        for vote in ("no", "abstain", "yes"):
            if self.voters(vote):
                lines.append(f"{vote}: " + ", ".join(sorted(self.names.get(i, i) for i in self.voters(vote))))
        return "\n".join([*lines, self.unknown])

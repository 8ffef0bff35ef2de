"""The record's own health check: SQL over a built store, one function per rule.

Every rule returns its findings, one row each (rcid, symbol, date, iso3, detail). A finding is *flagged* when
the record already explains it: an `integrity` row on the same roll call (and, for a vote, the same state) whose
`check` names that problem (the rule's EXPLAINED_BY pattern) and whose `rule` text gives the reason. A rule
fails when at least one finding is unexplained. docs/data.md ("Auditing the record") lists the rules.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from datetime import date
from typing import TYPE_CHECKING

from unga import symbols

if TYPE_CHECKING:
    from collections.abc import Callable

    import duckdb
    import pandas as pd

FINDING_COLUMNS = ["rcid", "symbol", "date", "iso3", "detail"]
UN_SOURCES = ("unxml", "undl_bulk", "undl_scrape")  # sources whose symbols are the UN's own
VOETEN_DAY_UNRELIABLE_BEFORE = 2003  # Voeten's day of the month is wrong (1-7) before 2003; the month is right


@dataclass(frozen=True)
class Rule:
    name: str
    text: str
    explained_by: tuple[str, ...]  # the integrity checks (exact names the record writes) that explain a finding
    per_state: bool = False  # findings are votes: the explaining integrity row must name the same state
    advisory: bool = False  # doubts an official text must settle: status "doubt", never "fail" (audit_doubts.py)


RULES = (
    Rule("duplicate symbol",
         "two roll calls with the same symbol and kind are one vote stored twice. Not a duplicate: final votes "
         "on different sections of one resolution (the source spells the section, A/RES/33/116[A-IV] and "
         "[A-VI], and the vote lists differ); separate votes (paragraph, amendment, motion, separate) whose vote "
         "lists or titles differ",
         ("same roll call stored twice",)),
    Rule("duplicate vote list",
         "two roll calls with identical vote lists (every state's vote alike) on the same day (within 31 days "
         f"before {VOETEN_DAY_UNRELIABLE_BEFORE}) where one has no symbol or both have the same symbol "
         "are one vote stored twice, unless one source records them as two rows with different titles "
         "(distinct items that split alike: the 1946 trusteeship agreements, the paragraphs of one draft)",
         ("same roll call stored twice",)),
    Rule("list contradicts published counts",
         "the stored yes/no/abstain counts must equal the published counts of the roll call",
         ("stored votes differ from published counts",)),
    Rule("vote outside membership",
         "a state has a vote only on days when it was a UN member (memberships table: admission to departure)",
         ("vote from a state not a member that day",), per_state=True),
    Rule("date outside session",
         "a resolution of regular session N is dated from 1 September of year 1945+N (session 1: 1946-01-01) to "
         "31 October of the next year (symbols.session_window, the record's own rule); any roll call is dated in "
         "the years 1945+N or 1946+N of its session N; a roll call of emergency special session N is dated on or after "
         "the day the session opened (src/unga/data/emergency_sessions.csv)",
         ("date outside its session", "date before its emergency special session")),
    Rule("symbol outside session range",
         "a resolution number lies within its session's numbers as the UN's own sources (UN extract, Digital "
         "Library) record them: for sessions 1-30, numbered across sessions, from the session's lowest to its "
         "highest; from session 31, at most the session's highest; and a regular-session symbol names the roll "
         "call's session",
         ("symbol outside its session's range",)),
    Rule("year count jump",
         "a year's number of roll calls is at most twice the mean of the three years on either side, or within "
         "30 of it (years with roll calls only; the record's first and last years are partial: not judged or "
         "used), unless none of the year's roll calls repeats another of that year (same title and same vote "
         "list): a jump made of distinct votes is the Assembly's work",
         ("roll calls of the year",)),
    Rule("count that cannot adopt",
         "a roll call filed as a resolution's adoption (kind resolution, with a symbol) has more votes in favour than "
         "against (the Charter, Article 18: a majority of the members present and voting); one with no more is a "
         "failed vote (a rival draft, a motion, an amendment rejected) or a list with no vote cast, and the build "
         "removes its number (store/kinds.py, failed_adoptions) unless a published count could adopt",
         ("stored votes differ from published counts",)),
    Rule("date before opening or after close",
         "a regular-session roll call is dated on or after the earliest day its session can have opened (12 "
         "September of year 1945+N: the Tuesday of the third week of September; session 1: 10 January 1946) and "
         "not after the next session's first vote the UN's own sources date; special and emergency special sessions "
         "are judged by their own days. A doubt for an official date to settle (official_dates.csv); the detail "
         "gives the neighbouring rcids' dates",
         (), advisory=True),
    Rule("date out of sequence",
         "a roll call of Voeten's sequence (his rcids run in the order of the votes) that no UN source dates is not "
         "dated more than 3 days before both its neighbours in the session while they are in order; one that is has "
         "likely lost its day's tens digit (the 4th for the 14th). A doubt for an official date to settle "
         "(official_dates.csv), or filed as a date in doubt (vote_doubts.csv, a day or span for other_vote: the "
         "finding is then flagged); the detail gives the neighbours and the days the lost digit allows",
         ("date replaced by the official date", "date in doubt"), advisory=True),
    Rule("possible duplicate",
         "two roll calls of one or adjacent sessions, at most 45 days apart, with the same counts and nearly "
         "identical lists (97 % alike), or up to 730 days apart with the very same list of at least 30 votes, that no "
         "source records as two rows and the UN's own sources do not both "
         "record may be one vote stored twice (whatever their symbols and dates). A doubt for an official text to "
         "settle (official_resolutions.csv, column rcid); the detail says whether the titles name one subject",
         (), advisory=True),
    Rule("heading of another item",
         "a title's heading (Voeten's \"HEADING — description\") names the agenda item its description is about, "
         "not another heading of the session whose subject the description names; a doubt (the record keeps the "
         "sources' titles)",
         (), advisory=True),
    Rule("symbol of another roll call's resolution",
         "a roll call the UN's own sources do not record is not counted as the adoption of a resolution they record "
         "at another roll call (its symbol differing only by a part letter that cannot be a part: Voeten's serial "
         "letters, or the unlettered number beside the UN's lettered parts); motions filed under a resolution's "
         "symbol are listed too. A doubt for an official text to settle (official_kinds.csv)",
         ("kind repaired",), advisory=True),
    Rule("one list on two roll calls",
         "a roll call whose sources' lists differ by 6 votes or more (one list replaced another) does not store the "
         "same list as another roll call at most 45 days away: that is a source row linked to the wrong roll call, "
         "one vote stored twice and the replaced one lost (docs/data.md, \"A linking defect\"); a doubt",
         (), advisory=True),
    Rule("vote in doubt",
         "a state's stored vote, or a roll call's published count, that an official or near-official text gives "
         "otherwise, with nothing to settle which is right (src/unga/data/vote_doubts.csv: the text against the "
         "record's only list, no count or second list deciding). The vote and count stay as stored; a doubt for the "
         "meeting record to settle (then corrections.csv or official_counts.csv, or the row removed)",
         (), per_state=True, advisory=True),
    Rule("separate votes without the whole",
         "a day whose roll calls split a draft (paragraph, amendment or part votes naming it) holds a roll call on a "
         "text as a whole within a day. A finding is NOT an error: the Assembly often adopted or rejected the whole "
         "without a roll call, and a draft whose every paragraph failed fell without one; it is a place where a "
         "roll call the sources lack may be (376 (V), Korea, 7 October 1950, beside the paragraphs of the rival "
         "A/1426). A doubt for a UN page to settle (official_recorded_votes.csv, or docs/data.md: adopted without "
         "a roll call)",
         (), advisory=True),
    Rule("whole vote stored twice",
         "a source's vote on a text as a whole, filed `separate` because the UN's sources record that resolution at "
         "another roll call of the same day, is not that roll call again: each count within 3 and at most 4 states "
         "voting otherwise is likely one vote coded twice (rcid 5804 beside 4749, merged). Paragraph and amendment "
         "votes are not judged (a paragraph often passes by the whole's margin). A doubt for an official text to "
         "settle (official_same_votes.csv)",
         (), advisory=True),
)


def run(con: duckdb.DuckDBPyConnection, examples: int = 5) -> list[dict]:
    """Every rule's outcome: name, text, status (pass/fail), found, flagged, unexplained, examples."""
    import pandas as pd

    from unga.store import audit_doubts

    roll_calls = con.execute("SELECT rcid, symbol, source_symbol, date::DATE AS date, session, year, kind, sources, yes, no, abstain, "
                             "pub_yes, pub_no, pub_abstain, counts_source FROM roll_calls").df()
    roll_calls["date"] = roll_calls["date"].dt.date
    integrity = con.execute('SELECT rcid, iso3, "check", value, rule FROM integrity').df()
    checks: dict[str, Callable[[], pd.DataFrame]] = {
        "duplicate symbol": lambda: _duplicate_symbols(con),
        "duplicate vote list": lambda: _duplicate_lists(con),
        "list contradicts published counts": lambda: _count_mismatches(roll_calls),
        "vote outside membership": lambda: _outside_membership(con),
        "date outside session": lambda: _dates_outside_session(roll_calls),
        "symbol outside session range": lambda: _symbols_outside_range(roll_calls),
        "year count jump": lambda: _year_jumps(con, roll_calls),
        "count that cannot adopt": lambda: _failed_adoptions(roll_calls),
        "date before opening or after close": lambda: audit_doubts.dates_outside_session(con),
        "date out of sequence": lambda: audit_doubts.dates_out_of_sequence(con),
        "possible duplicate": lambda: audit_doubts.similar_lists(con),
        "heading of another item": lambda: audit_doubts.misplaced_headings(con),
        "symbol of another roll call's resolution": lambda: audit_doubts.another_roll_calls_symbol(con),
        "one list on two roll calls": lambda: audit_doubts.shared_lists(con),
        "vote in doubt": lambda: audit_doubts.votes_in_doubt(con),
        "separate votes without the whole": lambda: audit_doubts.separate_votes_without_whole(con),
        "whole vote stored twice": lambda: audit_doubts.whole_vote_stored_twice(con),
    }
    out = []
    for rule in RULES:
        found = checks[rule.name]()
        flagged = _explained(found, integrity, rule)
        unexplained = found[~flagged]
        shown = pd.concat([unexplained, found[flagged]]).head(examples)
        failing = "doubt" if rule.advisory else "fail"
        out.append({"rule": rule.name, "text": rule.text, "status": failing if len(unexplained) else "pass",
                    "found": len(found), "flagged": int(flagged.sum()), "unexplained": len(unexplained),
                    "examples": [_example(row, bool(f)) for row, f in
                                 zip(shown.to_dict(orient="records"), shown.index.isin(found.index[flagged]))]})
    return out


def _example(row: dict, flagged: bool) -> dict:
    day = row["date"]
    return {"rcid": None if row["rcid"] is None or row["rcid"] != row["rcid"] else int(row["rcid"]),
            "symbol": row["symbol"] if isinstance(row["symbol"], str) else None,
            "date": day.isoformat() if hasattr(day, "isoformat") else None,
            "iso3": row["iso3"] if isinstance(row["iso3"], str) else None,
            "detail": row["detail"], "flagged": flagged}


def _failed_adoptions(roll_calls: pd.DataFrame) -> pd.DataFrame:
    from unga.store.kinds import cannot_adopt

    found = roll_calls[cannot_adopt(roll_calls)]
    detail = "filed as the adoption, but " + found["yes"].astype(str) + " in favour, " + found["no"].astype(str) \
        + " against: the count cannot adopt"
    return _frame(found.assign(iso3=None, detail=detail))


def _explained(found: pd.DataFrame, integrity: pd.DataFrame, rule: Rule) -> pd.Series:
    """Which findings an integrity row explains: its check matches the rule's pattern and it states a reason."""
    hits = integrity[integrity["check"].isin(rule.explained_by) & integrity["rule"].fillna("").str.strip().ne("")]
    if rule.name == "year count jump":  # explained per year: the integrity row's value is the year
        years = set(hits["value"].astype(str))
        return found["detail"].map(lambda d: d.split(":")[0] in years).astype(bool)
    if rule.per_state:
        keys = set(zip(hits["rcid"].astype("Int64"), hits["iso3"]))
        return found.apply(lambda r: (r["rcid"], r["iso3"]) in keys, axis=1).astype(bool) if len(found) else \
            found["rcid"].astype(bool)
    return found["rcid"].isin(set(hits["rcid"].dropna().astype("int64")))


def _frame(rows: pd.DataFrame | list) -> pd.DataFrame:
    import pandas as pd

    frame = rows if isinstance(rows, pd.DataFrame) else pd.DataFrame(rows, columns=FINDING_COLUMNS)
    for column in FINDING_COLUMNS:
        if column not in frame:
            frame[column] = None
    frame["date"] = pd.to_datetime(frame["date"]).dt.date
    return frame[FINDING_COLUMNS].reset_index(drop=True)


# Each roll call's vote list as one value: a sum of 64-bit hashes of "ISO3:vote" and the number of votes.
_SIGNATURES = """sig AS (SELECT rcid, sum(hash(iso3 || ':' || vote::VARCHAR)) || '/' || count(*) AS s
                         FROM votes GROUP BY rcid)"""


# A section of a resolution as a source spells it: A/RES/33/116[A-IV], R/33/116A/IV, A/RES/36/235XIII,
# A/RES/39/236[SectionII] (a single letter after the number is a part, not a section).
_SECTION = re.compile(r"(?:[-/]|SECTION)([IVX]+)\]?$|\d([IVX]{2,})\]?$")


def section(spelling: object) -> str | None:
    m = _SECTION.search(spelling.upper().replace(" ", "")) if isinstance(spelling, str) else None
    return (m[1] or m[2]) if m else None


def _titles_differ(a: object, b: object) -> bool:
    """Both titles are known and say different things (case, spacing and punctuation aside)."""
    if not (isinstance(a, str) and isinstance(b, str)):
        return False
    a, b = (" ".join(re.findall(r"[a-z0-9]+", t.lower())) for t in (a, b))
    return bool(a and b) and a != b


def _twins(a: object, b: object) -> bool:
    """Whether two roll calls with one symbol and kind are one vote (the rule text of 'duplicate symbol')."""
    differ = _titles_differ(a.title, b.title)
    if a.kind == "resolution":
        sa, sb = section(a.source_symbol), section(b.source_symbol)
        return not (sa and sb and sa != sb and a.s != b.s)
    return a.s == b.s and not differ


def _duplicate_symbols(con: duckdb.DuckDBPyConnection) -> pd.DataFrame:
    """Same symbol and kind: a final vote twice (not two sections), or a separate vote twice."""
    shared = con.execute(f"""WITH {_SIGNATURES},
        twice AS (SELECT symbol, kind FROM roll_calls WHERE symbol IS NOT NULL GROUP BY ALL HAVING count(*) > 1)
        SELECT rc.rcid, rc.symbol, rc.source_symbol, rc.date::DATE AS date, rc.kind, rc.title, sig.s
        FROM roll_calls rc JOIN twice USING (symbol, kind) LEFT JOIN sig USING (rcid)
        ORDER BY rc.symbol, rc.kind, rc.date, rc.rcid""").df()
    rows = []
    for _, group in shared.groupby(["symbol", "kind"], sort=False):
        earlier: list = []
        for r in group.itertuples():
            twin = next((e for e in earlier if _twins(e, r)), None)
            if twin is not None:
                same = "identical" if twin.s == r.s else "different"
                rows.append((r.rcid, r.symbol, r.date, None,
                             f"same symbol and kind ({r.kind}) as rcid {twin.rcid}, {same} vote list"))
            earlier.append(r)
    found = _frame(rows)
    return found.sort_values(["date", "rcid"]).reset_index(drop=True)


def _duplicate_lists(con: duckdb.DuckDBPyConnection) -> pd.DataFrame:
    """Identical lists close in time where the symbols do not tell the roll calls apart and no source records them
    as two items. The finding is the symbol-less roll call (or the later one of two alike), the other is named."""
    found = con.execute(f"""WITH {_SIGNATURES},
        r AS (SELECT rc.rcid, rc.symbol, rc.date::DATE AS date, rc.kind, sig.s, rc.title
              FROM roll_calls rc JOIN sig USING (rcid)),
        pairs AS (
            SELECT x.rcid, x.symbol, x.date, x.title AS xt, y.rcid AS other, y.symbol AS other_symbol,
                   y.date AS other_date, y.title AS yt
            FROM r x JOIN r y ON x.s = y.s AND x.rcid <> y.rcid
             AND abs(date_diff('day', x.date, y.date)) <=
                 CASE WHEN year(x.date) < {VOETEN_DAY_UNRELIABLE_BEFORE} THEN 31 ELSE 0 END
             AND ((x.symbol IS NULL AND (y.symbol IS NOT NULL OR (y.date, y.rcid) < (x.date, x.rcid)))
                  OR (x.symbol = y.symbol AND x.kind <> y.kind AND (y.date, y.rcid) < (x.date, x.rcid)))),
        src AS (SELECT DISTINCT rcid, source FROM links WHERE rcid IN (SELECT rcid FROM pairs UNION SELECT other FROM pairs)),
        one_source AS (SELECT DISTINCT p.rcid, p.other FROM pairs p JOIN src a ON a.rcid = p.rcid
                       JOIN src b ON b.rcid = p.other AND a.source = b.source),
        norm AS (SELECT p.*, o.rcid IS NOT NULL AS same_source,
                        lower(trim(regexp_replace(xt, '[^A-Za-z0-9]+', ' ', 'g'))) AS t1,
                        lower(trim(regexp_replace(yt, '[^A-Za-z0-9]+', ' ', 'g'))) AS t2
                 FROM pairs p LEFT JOIN one_source o USING (rcid, other))
        SELECT rcid, symbol, date, NULL AS iso3,
               'identical vote list to ' || arg_min('rcid ' || other || ' (' || coalesce(other_symbol, 'no symbol') ||
               ', ' || other_date || ')', (other_symbol IS NULL, other_date, other)) AS detail
        FROM norm WHERE NOT (same_source AND coalesce(t1, '') <> '' AND coalesce(t2, '') <> '' AND t1 <> t2)
        GROUP BY rcid, symbol, date ORDER BY date, rcid""").df()
    return _frame(found)


def _count_mismatches(roll_calls: pd.DataFrame) -> pd.DataFrame:
    rc = roll_calls.dropna(subset=["pub_yes", "pub_no", "pub_abstain"])
    bad = rc[(rc["yes"] != rc["pub_yes"]) | (rc["no"] != rc["pub_no"]) | (rc["abstain"] != rc["pub_abstain"])]
    detail = [f"stored {r.yes}/{r.no}/{r.abstain}, published {int(r.pub_yes)}/{int(r.pub_no)}/{int(r.pub_abstain)} "
              f"({r.counts_source})" for r in bad.itertuples()]
    return _frame(bad.assign(detail=detail, iso3=None))


def _outside_membership(con: duckdb.DuckDBPyConnection) -> pd.DataFrame:
    found = con.execute("""
        WITH outside AS (
            SELECT v.rcid, r.symbol, r.date::DATE AS date, v.iso3, v.vote::VARCHAR AS vote
            FROM votes v JOIN roll_calls r USING (rcid)
            LEFT JOIN memberships m ON m.iso3 = v.iso3 AND m.admitted <= r.date AND (m."left" IS NULL OR r.date < m."left")
            WHERE m.iso3 IS NULL),
        first AS (SELECT iso3, min(admitted) AS admitted FROM memberships GROUP BY iso3)
        SELECT o.rcid, o.symbol, o.date, o.iso3, o.iso3 || ' votes ' || o.vote || CASE
                 WHEN f.admitted IS NULL THEN ' but was never a member'
                 WHEN o.date < f.admitted THEN ' before its admission on ' || f.admitted
                 ELSE ' outside its membership periods' END AS detail
        FROM outside o LEFT JOIN first f USING (iso3) ORDER BY o.date, o.rcid, o.iso3""").df()
    return _frame(found)


def _old_number(symbol: str) -> tuple[int, int] | None:
    """(session, number) of a regular-session symbol of sessions 1-30: A/RES/2758(XXVI) → (26, 2758)."""
    m = re.match(r"^A/RES/(\d+)\(([IVXLC]+)\)", symbol)
    return (symbols.from_roman(m[2]) or 0, int(m[1])) if m else None


def _modern_number(symbol: str) -> tuple[int, int] | None:
    m = re.match(r"^A/RES/(\d+)/(\d+)", symbol)
    return (int(m[1]), int(m[2])) if m else None


@cache
def _session_number(symbol: object) -> tuple[int, int] | None:
    if not isinstance(symbol, str):
        return None
    return _old_number(symbol) or _modern_number(symbol)


def _dates_outside_session(roll_calls: pd.DataFrame) -> pd.DataFrame:
    from unga.sources.corrections import read_emergency_sessions
    from unga.store.checks import emergency_session

    sessions = read_emergency_sessions()
    opened = dict(zip(sessions["session"].astype(int), sessions["opened"].dt.date))
    rows = []
    for r in roll_calls.itertuples():
        found = _session_number(r.symbol)
        emergency = emergency_session(r.symbol, r.source_symbol)
        if emergency in opened and r.date < opened[emergency]:
            rows.append((r.rcid, r.symbol, r.date, None, f"a vote of emergency special session {emergency} dated "
                                                         f"{r.date}, before it opened on {opened[emergency]}"))
        elif found:
            first, last = symbols.session_window(found[0])
            if not first <= r.date <= last:
                rows.append((r.rcid, r.symbol, r.date, None,
                             f"a resolution of session {found[0]} dated {r.date}, outside {first} → {last}"))
        elif r.session and not 1945 + r.session <= r.date.year <= 1946 + r.session:
            rows.append((r.rcid, r.symbol, r.date, None, f"session {r.session} dated {r.date}, outside the years "
                                                         f"{1945 + r.session}-{1946 + r.session}"))
    return _frame(rows)


def session_ranges(roll_calls: pd.DataFrame) -> tuple[pd.DataFrame, dict[int, int]]:
    """The resolution numbers the UN's own sources record per session (store/checks.py): sessions 1-30 their
    lowest to highest ('first', 'last'); from 31 up to the highest."""
    from unga.store import checks

    un = roll_calls[roll_calls["sources"].fillna("").map(lambda s: any(u in s.split(",") for u in UN_SOURCES))]
    names = un["symbol"].dropna().tolist()
    ceilings: dict[int, int] = {}
    for found in map(checks.modern_number, names):
        if found:
            ceilings[found[0]] = max(ceilings.get(found[0], 0), found[1])
    return checks.ranges_of(names), ceilings


def _symbols_outside_range(roll_calls: pd.DataFrame) -> pd.DataFrame:
    ranges, ceilings = session_ranges(roll_calls)
    rows = []
    for r in roll_calls.itertuples():
        found = _session_number(r.symbol)
        if not found:
            continue
        session, number = found
        old = _old_number(r.symbol) is not None
        lo, hi = (int(ranges.at[session, "first"]), int(ranges.at[session, "last"])) \
            if old and session in ranges.index else (1, ceilings.get(session, number)) if not old else (number, number)
        if r.session and session != r.session:
            rows.append((r.rcid, r.symbol, r.date, None, f"symbol of session {session} on a roll call of session "
                                                         f"{r.session}"))
        elif not lo <= number <= hi:
            rows.append((r.rcid, r.symbol, r.date, None, f"number {number} outside session {session}'s {lo}-{hi}"))
    return _frame(rows)


def _repeats(con: duckdb.DuckDBPyConnection) -> pd.Series:
    """Per year, the roll calls that repeat an earlier one of the year: the same title and the same vote list."""
    return con.execute(f"""WITH {_SIGNATURES},
        r AS (SELECT rc.year, lower(trim(regexp_replace(rc.title, '[^A-Za-z0-9]+', ' ', 'g'))) AS t,
                     coalesce(sig.s, '') AS s FROM roll_calls rc LEFT JOIN sig USING (rcid))
        SELECT year, sum(n - 1) AS repeats FROM (SELECT year, t, s, count(*) AS n FROM r
                                                 WHERE coalesce(t, '') <> '' GROUP BY ALL) GROUP BY year
        """).df().set_index("year")["repeats"]


def _year_jumps(con: duckdb.DuckDBPyConnection, roll_calls: pd.DataFrame) -> pd.DataFrame:
    per_year = roll_calls.groupby("year").size()
    repeats = _repeats(con)
    years = sorted(int(y) for y in per_year.index)
    judged = set(years[1:-1])  # the record's first and last years are partial
    rows = []
    for year in sorted(judged):
        around = [int(per_year[y]) for y in range(year - 3, year + 4) if y != year and y in judged]
        reference = sum(around) / len(around) if around else 0
        count, repeated = int(per_year[year]), int(repeats.get(year, 0))
        if around and count > 2 * reference and count - reference >= 30 and repeated:
            rows.append((None, None, date(year, 1, 1), None,
                         f"{year}: {count} roll calls against a mean of {reference:.0f} in the years around it; "
                         f"{repeated} repeat another's title and vote list"))
    return _frame(rows)

"""The façade: every question unga answers is one function here, returning a result object."""

from __future__ import annotations

import os
import threading
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING


from unga import countries
from unga import seats as seat_lines
from unga.claims import check as claim_check
from unga.claims import calendars, identify, reading, vote_reads
from unga.errors import (
    BadInput,
    SourceError,
    StoreMissing,
    UnknownResolution,
    close_matches,
    output_file,
    text_argument,
    whole_number,
    word_list,
)
from unga.results import (
    AuditResult,
    CheckResult,
    Comparison,
    Coverage,
    OfficialTally,
    RollCall,
    SearchResult,
    StateRecord,
    Tally,
)
from unga.results_store import BuildSummary
from unga.store import lookup, query

if TYPE_CHECKING:
    import pandas as pd

    from unga.store.build import Progress

STORE_NAME = "unga.duckdb"
# Bounds on the work one call may ask for (docs/limits.md; benchmarks/bench_limits.py measures search up to them)
MAX_WORDS = 50  # search words, --topic and --issue words
MAX_WORD_LENGTH = 100
MAX_LIMIT = 10_000  # rows a search returns (the record has about 7,200 roll calls)
MAX_BOOT = 10_000  # bootstrap draws of stance
PLOT_SUFFIXES = (".png", ".svg", ".pdf")


def home() -> Path:
    """Where the store lives: $UNGA_HOME, else the platform's user data folder."""
    if os.environ.get("UNGA_HOME"):
        return Path(os.environ["UNGA_HOME"]).expanduser()
    from platformdirs import user_data_dir

    return Path(user_data_dir("unga"))


def store_path() -> Path:
    return home() / STORE_NAME


def sources_cache() -> Path:
    """Where `unga update` keeps the publishers' files: $UNGA_HOME/sources."""
    return home() / "sources"


def default_sources() -> Path:
    """$UNGA_SOURCES, else ../shared/data beside the repository (or beside the working folder), else the files
    `unga update` downloaded into $UNGA_HOME/sources."""
    if os.environ.get("UNGA_SOURCES"):
        return Path(os.environ["UNGA_SOURCES"]).expanduser()
    candidates = [Path(__file__).resolve().parents[2].parent / "shared" / "data",
                  Path.cwd().parent / "shared" / "data", Path.cwd() / "shared" / "data", sources_cache()]
    for candidate in candidates:
        if candidate.is_dir():
            return candidate
    downloaded = home() / "sources"
    if downloaded.is_dir() and any(downloaded.iterdir()):
        return downloaded
    raise SourceError(downloaded, "no source files", fix="run `unga update` to download them, or point --sources "
                      "(or UNGA_SOURCES) at a folder with unvotes/, unxml_gares/, undl_scrape_2022/ or a "
                      "*_ga_voting.csv (docs/data.md)")


def build(sources: Path | None = None, *, progress: Progress | None = None, allow_shrink: bool = False) -> BuildSummary:
    """Build (or rebuild) the store from the source files; the previous store survives any failure.

    A build that would hold fewer roll calls or votes than the previous store (beyond a small tolerance, see
    docs/data.md, "Builds") raises StoreWouldShrink unless allow_shrink is True."""
    from unga.store.build import build as build_store  # heavy imports only when building

    report = build_store(Path(sources) if sources else default_sources(), store_path(), progress,
                         allow_shrink=allow_shrink)
    return BuildSummary(str(report.path), report.roll_calls, report.votes, report.provenance, report.integrity_summary,
                        str(report.kept) if report.kept else None)


def _con():
    return query.connect(store_path())


def build_id() -> str:
    """Changes whenever a build swaps in a new store file (its inode, time and size): a key for caches and ETags."""
    try:
        st = store_path().stat()
    except FileNotFoundError:
        raise StoreMissing(f"no store at {store_path()}; run `unga build` first (or set UNGA_HOME)") from None
    return f"{st.st_ino:x}-{st.st_mtime_ns:x}-{st.st_size:x}"


def _names() -> dict[str, str]:
    """ISO3 → short name, a copy per result: a caller changing one result's names changes no other."""
    return dict(countries.short_names())


def _counts(votes: dict[str, str]) -> dict[str, int]:
    return {v: sum(1 for x in votes.values() if x == v) for v in ("yes", "no", "abstain", "absent")}


def tally(symbol: str) -> Tally | OfficialTally:
    """The tally and every member's vote on one roll call. Accepts ES-11/1, A/RES/ES-11/1, 68/262, R/68/262, rcid:5309.

    Where several roll calls share a symbol (separate votes on paragraphs or amendments), the vote on the
    resolution as a whole is returned and the others are listed in other_roll_calls. A recorded vote no source's
    roll call holds but a UN release reports (ES-10/23, or a draft such as A/ES-10/L.33) is an OfficialTally: the
    announced counts and the states the release names, marked as not in the sources' roll calls.
    """
    if isinstance(symbol, int) and not isinstance(symbol, bool):
        raise BadInput(f"symbol {symbol} is a number: write 'rcid:{symbol}' for the roll call with that id, or "
                       f"'{symbol}' as text for resolution {symbol} of sessions 1-30")
    symbol = text_argument(symbol, "the resolution symbol", "ES-11/1", max_length=100)
    con = _con()
    try:
        found = lookup.resolve_symbol(con, symbol)
    except UnknownResolution:
        official = lookup.official_vote(con, symbol)
        if official is None:
            raise
        return OfficialTally.from_row(official, _names())
    finals = [r for r in found if r["kind"] == "resolution"] or found
    row = finals[-1]
    votes = dict(query.votes_of(con, row["rcid"]))
    counts = _counts(votes)
    published = {k: (None if row[f"pub_{k}"] is None else int(row[f"pub_{k}"])) for k in ("yes", "no", "abstain", "non_voting")}
    names = _names()
    return Tally(RollCall.from_row(row), counts, published, row["counts_source"], votes, names,
                 (row["sources"] or "").split(","), [RollCall.from_row(r) for r in found if r is not row],
                 query.integrity_of(con, row["rcid"]))


def search(words: str | list[str], *, year: int | None = None, session: int | None = None, limit: int = 200) -> SearchResult:
    """Roll calls whose symbol, title, agenda item or subjects contain every word (literally, ignoring case).

    At most MAX_WORDS distinct words of MAX_WORD_LENGTH characters; limit between 1 and MAX_LIMIT rows.
    """
    terms = _words_of(words, "search words")
    if not terms and year is None and session is None:
        raise BadInput("give at least one word, --year or --session")
    limit = whole_number(limit, "--limit", 1, MAX_LIMIT)
    con = _con()
    year, _ = lookup.years(con, year=year)
    session = lookup.session_number(con, session)
    found = query.search(con, terms, year, session, limit)
    if not len(found):
        lookup.raise_if_search_beyond(con, terms)
    return SearchResult(terms, found)


def latest(limit: int = 10) -> SearchResult:
    """The most recent roll calls, newest first."""
    limit = whole_number(limit, "limit", 1, MAX_LIMIT)
    found = query.frame(_con(), "SELECT rcid, date, session, symbol, kind, title, yes, no, abstain, absent "
                                "FROM roll_calls ORDER BY date DESC, rcid DESC LIMIT ?", [limit])
    return SearchResult([], found)


def _words_of(words: object, what: str) -> list[str]:
    return word_list(words, what, MAX_WORDS, MAX_WORD_LENGTH)


def state_record(state: str, *, start: int | None = None, end: int | None = None, topic: str | None = None,
                 alone: bool = False) -> StateRecord:
    """A state's votes from year start to year end (inclusive), optionally on roll calls matching topic words.

    Over years, a state continuing other seats (Russia: the USSR until 1991-12-24) answers with their votes too,
    a 'seat' column telling them apart (docs/methods-ideal-points.md, "Seats across time"); alone=True keeps to
    the state's own seat."""
    _state(state)  # a clear error for an empty or unknown name
    con = _con()
    start, end = lookup.years(con, start, end)
    chosen, note = _seats(state, start, end, alone)
    words = _words_of(topic, "--topic words")
    frames = [query.state_votes(con, seat, start, end, words) for seat in chosen]
    votes = frames[0] if len(frames) == 1 else \
        _concat([f.assign(seat=seat) for f, seat in zip(frames, chosen)])
    iso3 = chosen[-1]
    return StateRecord(iso3, countries.state(iso3).short_name, start, end, votes, note, tuple(chosen))


def _concat(frames: list) -> pd.DataFrame:
    import pandas as pd

    return pd.concat(frames, ignore_index=True)


def _seats(name: str, start: int | None, end: int | None, alone: bool = False) -> tuple[list[str], str | None]:
    """The seats a state name stands for over the years asked, and a one-line note where history matters: a
    name meaning another seat then (China in 1960: the Republic of China), a membership continued (the USSR
    for Russia before 1992), a seat apart or merged, or a state that was no member then (Taiwan after 1971: an
    error). Without years, the state's own seat, noting the seats it continues."""
    named = countries.resolve(name)
    if start is None and end is None:
        before = [f"{countries.state(p).short_name} ({p}) until {countries.state(p).memberships[-1].left}"
                  for p in seat_lines.line(named).seats[:-1]]
        return [named], (f"{countries.state(named).short_name} continues the membership of {', '.join(before)}; "
                         "give --from before then for those votes" if before else None)
    first, last = date(start or 1945, 1, 1), date(end or date.today().year, 12, 31)
    meant = [s for s in countries.meanings_between(name, first, last) if countries.state(s).member_between(first, last)]
    line = seat_lines.line(meant[-1] if meant else named, alone=alone)
    chosen = [s for s in line.seats if countries.state(s).member_between(first, last)]
    if not chosen:
        asked = countries.state(named)
        span = f"in {start}" if start == end else f"from {start or 1945} to {end or 'today'}"
        raise BadInput(f"{name} ({asked.short_name}, {named}) was not a UN member {span}; member "
                       f"{asked.membership_text()}" + (f" — {asked.note}" if asked.note else ""))
    notes = [line.note_between(first, last)] if len(chosen) > 1 or line.note_between(first, last) else []
    if chosen != [named] and len(chosen) == 1:
        s = countries.state(chosen[0])
        notes.insert(0, f"{name} from {first.year} to {last.year}: {s.un_name} ({s.iso3}, member "
                        f"{s.membership_text()})")
    if len(chosen) > 1:
        notes.append("a 'seat' column tells their votes apart")
    return chosen, "; ".join(n for n in notes if n) or None


def export(table: str, path: Path) -> Path:
    """Write one store table to Parquet or CSV (by the file's extension); a failed write leaves no file behind."""
    if not isinstance(table, str) or table not in query.TABLES:
        hint = close_matches(table, query.TABLES) if isinstance(table, str) else []
        raise BadInput(f"unknown table {table!r}; choose one of {', '.join(query.TABLES)}"
                       + (f" (did you mean {hint[0]}?)" if hint else ""))
    path = output_file(path, (".parquet", ".csv"))
    query.copy_table(_con(), table, path, "PARQUET" if path.suffix.lower() == ".parquet" else "CSV")
    return path


def compare(a: str, b: str, *, start: int | None = None, end: int | None = None,
            method: str = "agree") -> Comparison:
    """Two states side by side: their agreement by year and every roll call where their votes differed."""
    first, second = state_record(a, start=start, end=end), state_record(b, start=start, end=end)
    if first.iso3 == second.iso3:
        raise BadInput(f"{a} and {b} are the same state ({first.iso3}); give two different states")
    together = agreement(first.iso3, second.iso3, method=method, start=start, end=end)
    both = first.votes.merge(second.votes[["rcid", "vote"]], on="rcid", suffixes=("_a", "_b"))
    differed = both[both["vote_a"] != both["vote_b"]].reset_index(drop=True)
    opposed = differed["vote_a"].isin(["yes", "no"]) & differed["vote_b"].isin(["yes", "no"])
    return Comparison(first.iso3, second.iso3, together, differed.assign(opposed=opposed), len(both), _names())


def resolve_states(names: str | list[str], what: str = "--states") -> list[str]:
    """ISO3 codes for a comma-separated list of state names or codes, each once, in the order given."""
    return _states(names, what) or []


def _state(name: object, what: str = "the state") -> str:
    return countries.resolve(text_argument(name, what, "PAK", max_length=100))


def _states(names: str | list[str] | None, what: str) -> list[str] | None:
    """ISO3 codes of a comma-separated list (None for all); a state named twice (USA, United States) counts once."""
    if isinstance(names, str):
        names = [names]
    if names is None or (isinstance(names, (list, tuple)) and [str(n).strip().lower() for n in names] == ["all"]):
        return None
    if not isinstance(names, (list, tuple)) or not all(isinstance(n, str) for n in names):
        raise BadInput(f"{what} must be comma-separated state names, e.g. 'USA,RUS'")
    items = [n.strip() for part in names for n in part.split(",") if n.strip()]
    if not items:
        hint = ", or all" if what == "--with" else ""
        raise BadInput(f"{what} is empty; give comma-separated states, e.g. 'USA,RUS'{hint}")
    if len(items) > 1000:
        raise BadInput(f"{what} names {len(items):,} states; give at most 1,000")
    return list(dict.fromkeys(_state(n, f"a state in {what}") for n in items))


_CLAIM_SOURCES: dict[str, tuple[identify.Index, list[dict], dict, vote_reads.StoreVotes]] = {}
_CLAIM_SOURCES_LOCK = threading.Lock()
VOTES_REMEMBERED = 512  # roll calls whose votes the checker keeps at hand (a text asks for a dozen or so)


def _claim_sources() -> tuple[identify.Index, list[dict], dict, vote_reads.StoreVotes]:
    """The roll calls' index, the release-known votes, the votes in doubt and each roll call's votes (read from the
    store once each, the last VOTES_REMEMBERED kept) that the checker reads, built once per store file, then only
    read; a new file (a build, an update) starts them afresh."""
    st = store_path().stat() if store_path().exists() else None
    key = f"{store_path()}:{st.st_ino}:{st.st_mtime_ns}:{st.st_size}" if st else ""
    with _CLAIM_SOURCES_LOCK:
        if key not in _CLAIM_SOURCES:
            con = _con()
            _CLAIM_SOURCES.clear()
            # in rcid order: equal candidates rank by row, so by rcid, never by the order a scan happens to return
            index = identify.Index(query.frame(con, "SELECT rcid, date, session, symbol, title, agenda_item, subjects, "
                                                    "kind, yes, no, abstain, pub_yes, pub_no, pub_abstain FROM roll_calls "
                                                    "ORDER BY rcid"))
            _CLAIM_SOURCES[key] = (index, query.official_votes(con), query.vote_doubts(con),
                                   vote_reads.StoreVotes(lambda rcids: query.votes_of_many(_con(), rcids), VOTES_REMEMBERED))
        return _CLAIM_SOURCES[key]


CHECK_MAX_BYTES, CHECK_MAX_BYTES_ENV = reading.DEFAULT_MAX_BYTES, reading.ENV_MAX_BYTES


def check_file(source, *, published: date | None = None, max_bytes: int | None = None) -> CheckResult:
    """check_text on a file (a path, or a binary stream such as standard input): its encoding found; empty,
    binary and oversized input refused with BadInput naming it."""
    limit = reading.max_bytes(max_bytes)
    if hasattr(source, "read"):
        name = getattr(source, "name", "standard input")
        name = "standard input" if not isinstance(name, str) or name == "<stdin>" else name
        data = source.read(limit + 1)
        reading.check_size(len(data), name, limit)
    else:
        path, name = Path(source), str(source)
        if not path.is_file():
            raise BadInput(f"{name}: no such file (give a text or HTML file, or - for standard input)")
        reading.check_size(path.stat().st_size, name, limit)
        try:
            data = path.read_bytes()
        except OSError as exc:
            raise BadInput(f"{name}: cannot be read ({exc.strerror}); check its permissions") from None
    return check_text(reading.decode(data, name), published=published, max_bytes=limit)


def publication_date(text: str) -> date | None:
    """A text's publication date as a caller writes it: a day ("2022-10-12"), or a month only ("2022-10", when the
    page gives no day) read as claims.calendars.Month; None when it is neither."""
    return calendars.text_date(text)


def check_text(text: str, *, published: date | str | None = None, max_bytes: int | None = None) -> CheckResult:
    """Every claim about a recorded vote in a news text (plain or HTML), with a verdict and its evidence. published
    may be a day or a month only (claims.calendars.Month, as publication_date reads "2022-10"), or such a string.

    Texts over max_bytes (default claims.reading.DEFAULT_MAX_BYTES, or $UNGA_CHECK_MAX_BYTES) are refused."""
    if not isinstance(text, str) or not text.strip():
        raise BadInput("give a news text to check (plain text or HTML); it is empty")
    if isinstance(published, str):
        day = publication_date(published)
        if day is None:
            raise BadInput(f"published: {published!r} is not a date; give YYYY-MM-DD or YYYY-MM")
        published = day
    reading.check_size(len(text.encode("utf-8", errors="replace")), "the text", reading.max_bytes(max_bytes))
    index, official, doubts, votes_of = _claim_sources()
    body, claims = claim_check.check(text, index, votes_of, published, official, doubts)
    return CheckResult(body, claims)


def audit(*, examples: int = 5) -> AuditResult:
    """The record's health check (docs/data.md, "Auditing the record"): each rule with its findings."""
    from unga.store import audit as store_audit

    return AuditResult(store_audit.run(_con(), examples), str(store_path()))


def coverage() -> Coverage:
    """What each source covers, the periods of the record with their kinds of votes, and where each series ends."""
    from unga.store import coverage as store_coverage

    con = _con()
    extents = store_coverage.series_extents(con)
    ends = {series: {"last": e["numbers"][max(e["numbers"])][0], "date": e["numbers"][max(e["numbers"])][1],
                     "roll_calls": len(e["numbers"])}
            for series, e in extents.items() if not series.startswith("regular ")}
    end, regular = query.rows(con, "SELECT max(date)::DATE, max(session) FROM roll_calls")[0]
    if f"regular {regular}" in extents:
        last = extents[f"regular {regular}"]["numbers"]
        ends[f"regular {regular}"] = {"last": last[max(last)][0], "date": last[max(last)][1], "roll_calls": len(last)}
    return Coverage(store_coverage.by_source(con), store_coverage.by_period(con), end, ends)


# the rest of the façade, split along its seams (each module imports what it needs from here)
from unga.api_forecast import MAX_BACKTEST_SESSIONS, forecast, forecast_backtest  # noqa: E402, F401
from unga.api_store import diff_stores, stores, update  # noqa: E402, F401
from unga.api_analysis import (  # noqa: E402, F401
    AGREEMENT_METHODS,
    BY,
    IDEAL_METHODS,
    IDEAL_VOTES,
    _bridges,
    _vote_matrix,
    agreement,
    camps,
    ideal_points,
    stance,
)

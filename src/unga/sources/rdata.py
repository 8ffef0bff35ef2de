"""Readers for Erik Voeten's roll-call data as R files.

unvotes (R package, 2021 data): un_votes.rda, un_roll_calls.rda, un_roll_call_issues.rda — yes/no/abstain only.
voeten2017 (Dataverse, 2017): UNVotesPublished.RData with codes 1/2/3/8/9 and descriptions1-70latestversion.xls.
"""

from __future__ import annotations

import re
import warnings
from pathlib import Path

import pandas as pd

from unga import countries, symbols
from unga.errors import SourceError, UnknownState
from unga.sources.base import SourceTable, require_columns, require_file
from unga.sources.names import resolve_names

ISSUE_NAMES = {"me": "Palestinian conflict", "nu": "Nuclear weapons and nuclear material",
               "di": "Arms control and disarmament", "hr": "Human rights", "co": "Colonialism",
               "ec": "Economic development"}
VOETEN_CODES = {1: "yes", 2: "abstain", 3: "no", 8: "absent", 9: "non_member"}
# Voeten's text cells keep the escaping of a quoted field: each quotation mark is a run of one or more backslashes,
# sometimes followed by double quotes, and the field's own closing quote may end the text. A few rows also hold the
# cells that follow (the issue flags), tab-separated.
ESCAPED_QUOTE = re.compile(r'\\+"*')
FIELD_END = re.compile(r'(?<=[^\\"])"$')
QUOTES_MADE_PLAIN = "escaped quotes in title made plain"
LEAKED_CELLS_REMOVED = "other cells removed from title"


def _read_r(path: Path) -> pd.DataFrame:
    import pyreadr

    require_file(path, "R data file")
    try:
        objects = pyreadr.read_r(str(path))
    except Exception as exc:  # pyreadr raises its own LibrdataError and others
        raise SourceError(path, f"cannot read R data ({exc})", fix="the file is truncated or corrupt; copy it again") from exc
    if len(objects) != 1:
        raise SourceError(path, f"expected one R object, found {list(objects)}")
    return next(iter(objects.values()))


def plain_quotes(text: str) -> str:
    """A cell of Voeten's text with its escaped quotation marks made plain; a cell without escapes is unchanged."""
    if "\\" not in text:
        return text
    text = ESCAPED_QUOTE.sub('"', FIELD_END.sub("", text))
    if text.count('"') % 2 and text.endswith('"'):  # the field's closing quote, escaped with the last mark
        text = text[:-1]
    return text.strip()


def _title(short: pd.Series, descr: pd.Series) -> pd.Series:
    return (short.fillna("").astype(str).str.strip() + " — " + descr.fillna("").astype(str).str.strip()).str.strip(" —")


def _reread_leaked(frame: pd.DataFrame) -> pd.Series:
    """Rows whose short or descr cell holds the cells after it, tab-separated, read again into short and descr (the
    cells after them are dropped). Returns which rows were read again."""
    leaked = frame["short"].astype(str).str.contains("\t") | frame["descr"].astype(str).str.contains("\t")
    for i in frame.index[leaked]:
        cells = "\t".join(str(v) for v in frame.loc[i, ["short", "descr"]] if pd.notna(v)).split("\t")
        frame.loc[i, ["short", "descr"]] = (cells + [""])[:2]
    return leaked


def _clean_titles(frame: pd.DataFrame, flags: str) -> tuple[pd.Series, list[tuple]]:
    """Voeten's titles ("short — descr") with leaked cells removed and quotes made plain, and a note per repair."""
    frame = frame[["rcid", "short", "descr"]].astype({"short": object, "descr": object})
    raw = _title(frame["short"], frame["descr"])
    leaked = _reread_leaked(frame)
    cut = _title(frame["short"], frame["descr"])
    title = _title(frame["short"].fillna("").astype(str).map(plain_quotes),
                   frame["descr"].fillna("").astype(str).map(plain_quotes))
    keys = frame["rcid"].astype(int).astype(str)
    notes = [(k, LEAKED_CELLS_REMOVED, c, r, f"the source stores the cells after the description in it, tab-separated "
              f"({flags}); the title ends at the description")
             for k, c, r in zip(keys[leaked], cut[leaked], raw[leaked])]
    quoted = title != cut
    notes += [(k, QUOTES_MADE_PLAIN, t, c, "the source writes a quotation mark as backslashes (and keeps its field's "
               "closing quote); each is read as a plain quotation mark, an unmatched quote at the end dropped")
              for k, t, c in zip(keys[quoted], title[quoted], cut[quoted])]
    return title, notes


def _kind(unres: pd.Series, amend: pd.Series, para: pd.Series) -> pd.Series:
    kind = pd.Series("resolution", index=unres.index, dtype=object)
    kind[pd.to_numeric(para, errors="coerce") == 1] = "paragraph"
    kind[pd.to_numeric(amend, errors="coerce") == 1] = "amendment"
    kind[unres.fillna("").str.strip() == ""] = "motion"
    return kind


def parse_unvotes(path: Path) -> SourceTable:
    """path: un_votes.rda; un_roll_calls.rda and un_roll_call_issues.rda are read beside it."""
    path = Path(path)
    votes = _read_r(path)
    rolls = _read_r(path.with_name("un_roll_calls.rda"))
    issues_path = path.with_name("un_roll_call_issues.rda")
    issues = _read_r(issues_path) if issues_path.exists() else pd.DataFrame(columns=["rcid", "issue"])
    require_columns(votes, ["rcid", "country", "country_code", "vote"], path)
    require_columns(rolls, ["rcid", "session", "date", "unres", "short", "descr"], path.with_name("un_roll_calls.rda"))

    titles, notes = _clean_titles(rolls, "unvotes reads its issues from un_roll_call_issues.rda")
    subjects = issues.groupby("rcid")["issue"].agg(lambda s: "; ".join(sorted(map(str, s))))
    rc = pd.DataFrame({
        "key": rolls["rcid"].astype(int).astype(str),
        "rcid": rolls["rcid"].astype(int),
        "session": rolls["session"],
        "date": pd.to_datetime(rolls["date"]),
        "source_symbol": rolls["unres"].fillna(""),
        "symbol": rolls["unres"].map(lambda u: symbols.parse(u) if isinstance(u, str) else None),
        "title": titles,
        "subjects": rolls["rcid"].map(subjects),
        "kind": _kind(rolls["unres"], rolls["amend"], rolls["para"]),
        "important": pd.to_numeric(rolls["importantvote"], errors="coerce"),
    })
    dates = votes["rcid"].astype(int).map(rc.set_index("rcid")["date"])
    if dates.isna().any():
        bad = int(votes.index[dates.isna()][0])
        raise SourceError(path, f"vote for rcid {votes['rcid'][bad]} has no roll call in un_roll_calls.rda", row=bad + 1)
    names = votes["country_code"].fillna(votes["country"]).astype(str)
    fallback = dict(zip(names, votes["country"].astype(str)))

    def by_code_or_name(code: object, day) -> str | None:
        return countries.lookup(str(code), on=day) or countries.lookup(fallback[code], on=day)

    v = pd.DataFrame({
        "key": votes["rcid"].astype(int).astype(str),
        "iso3": resolve_names(names, dates, path, resolver=by_code_or_name, what="country"),
        "vote": votes["vote"].astype(str),
    })
    return SourceTable("unvotes", path, rc, v, rows_read=len(votes), notes=notes)


def parse_voeten(path: Path) -> SourceTable:
    """path: UNVotesPublished.RData; descriptions1-70latestversion.xls beside it supplies titles and counts."""
    path = Path(path)
    x = _read_r(path)
    require_columns(x, ["rcid", "session", "vote", "ccode", "date", "unres"], path)
    unknown = (~x["vote"].isin(list(VOETEN_CODES))).to_numpy()
    rejected = [(f"row {i + 1}", f"vote code {x['vote'].iloc[i]} is not one of 1/2/3/8/9") for i in unknown.nonzero()[0]]
    x = x[~unknown]
    dates = pd.to_datetime(x["date"], format="%m/%d/%Y")

    def by_cow(code: object, day) -> str | None:
        try:
            return countries.from_cow(int(code), on=day)
        except UnknownState:
            return None

    # One roll call (rcid 4592) has no date here; its year places the codes, unvotes supplies the date.
    days = dates.fillna(pd.to_datetime(x["year"].astype("Int64").astype(str) + "-07-01", errors="coerce"))
    v = pd.DataFrame({"key": x["rcid"].astype(int).astype(str),
                      "iso3": resolve_names(x["ccode"], days, path, resolver=by_cow, what="COW code").to_numpy(),
                      "vote": x["vote"].map(VOETEN_CODES).to_numpy()})
    rc = (pd.DataFrame({"rcid": x["rcid"].astype(int).to_numpy(), "session": x["session"].to_numpy(),
                        "date": dates.to_numpy(), "source_symbol": x["unres"].fillna("").to_numpy()})
          .drop_duplicates("rcid"))
    rc["key"] = rc["rcid"].astype(str)
    rc["symbol"] = rc["source_symbol"].map(symbols.parse)
    desc_path = path.with_name("descriptions1-70latestversion.xls")
    notes = []
    if desc_path.exists():
        desc, notes = _read_descriptions(desc_path)
        rc = rc.merge(desc, on="rcid", how="left")
    return SourceTable("voeten2017", path, rc, v, rows_read=len(x) + len(rejected), rejected=rejected, notes=notes)


def _read_descriptions(path: Path) -> tuple[pd.DataFrame, list[tuple]]:
    try:
        with warnings.catch_warnings():  # pandas deprecates the xlrd engine; xlrd still reads .xls correctly
            warnings.simplefilter("ignore")
            d = pd.read_excel(path, engine="xlrd")
    except Exception as exc:
        raise SourceError(path, f"cannot read spreadsheet ({exc})", fix="the file is truncated or corrupt") from exc
    require_columns(d, ["rcid", "yes", "no", "abstain", "short", "descr", "amend", "para"], path)
    issues = [c for c in ISSUE_NAMES if c in d]
    # The leaked cells are issue flags; the row's own flag columns are read as they are, and so is ec, stored as
    # text that never equals 1: reading either would move the checker's word weights (docs/data.md, Titles).
    titles, notes = _clean_titles(d, "the issue flags " + " ".join(issues) + ", not read")
    subjects = d[issues].apply(lambda r: "; ".join(ISSUE_NAMES[c] for c in issues if r[c] == 1), axis=1)
    return pd.DataFrame({
        "rcid": d["rcid"].astype(int),
        "title": titles,
        "kind": _kind(d["unres"].astype(str), d["amend"], d["para"]),
        "yes": d["yes"], "no": d["no"], "abstain": d["abstain"], "subjects": subjects.replace("", pd.NA),
    }), notes

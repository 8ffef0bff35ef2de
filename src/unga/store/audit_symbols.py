"""The audit of symbols that name a resolution adopted at another roll call (branch recordaudit9, after holdout18).

Voeten's data file votes that were not a resolution's adoption under the resolution's number: a procedural motion
on the text (the no-action motions of 2004-2011, the motion to defer action on Libya's credentials in 2011, rcid 5888,
filed as resolution `R/66/1` beside the UN's `66/1 A`), a rival draft rejected, a proposal for priority. Where his
symbol is spelled exactly as the UN's, the record already reads the roll call as a separate vote (kinds.final_kinds);
where it differs by a part letter (his serial letters `2271 (XXII) [A]`…`[E]` beside the UN's unlettered `2271 (XXII)`,
or his unlettered `66/1` beside the UN's `66/1 A`) nothing ties them, and the roll call counts as an adoption vote
of a resolution the UN records adopted at another roll call. The rule reports those, and every motion filed under a
resolution's symbol (the record's convention: the symbol names the text the motion concerned). It is a doubt for an
official text to settle (official_motions.csv, official_resolutions.csv); docs/data.md, "Auditing the record".
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from unga import symbols
from unga.store.audit import UN_SOURCES

if TYPE_CHECKING:
    import duckdb
    import pandas as pd

MOTION = "a motion filed under the symbol of the resolution it concerned"
ADOPTION = "counted as a resolution's adoption vote, but the UN's own sources record"


def another_roll_calls_symbol(con: duckdb.DuckDBPyConnection) -> pd.DataFrame:
    """Roll calls the UN's own sources do not record whose symbol names a resolution they record at another roll
    call: motions under it (any spelling of the number), and roll calls of kind `resolution` whose symbol differs
    from the UN's by a part letter where the letter cannot be a part of the resolution (the UN records the number
    unlettered and no lettered part of it, or records only lettered parts where this one is unlettered)."""
    import pandas as pd

    from unga.store.audit import _frame

    rc = con.execute("SELECT rcid, symbol, date::DATE AS date, kind FROM roll_calls WHERE symbol IS NOT NULL").df()
    un = set(con.execute(f"SELECT DISTINCT rcid FROM links WHERE source IN {UN_SOURCES}").df()["rcid"])
    rc["whole"] = rc["symbol"].map(symbols.whole)
    final = rc[rc["rcid"].isin(un)]
    finals = final.groupby("whole")[["symbol", "rcid"]].agg(list)
    rows = []
    for r in rc[~rc["rcid"].isin(un) & rc["whole"].isin(finals.index)].itertuples():
        spelled, rcids = finals.at[r.whole, "symbol"], finals.at[r.whole, "rcid"]
        adopted = ", ".join(f"{s} (rcid {n})" for s, n in sorted(zip(spelled, rcids)))
        lettered = [s for s in spelled if s != r.whole]
        if r.kind == "motion":
            rows.append((r.rcid, r.symbol, r.date, None, f"{MOTION}: {adopted}"))
        elif r.kind == "resolution" and r.symbol not in spelled and (
                (r.symbol != r.whole and not lettered) or (r.symbol == r.whole and lettered == spelled)):
            rows.append((r.rcid, r.symbol, r.date, None, f"{ADOPTION} {adopted}: {_why(r.symbol, r.whole)}"))
    return _frame(pd.DataFrame(rows, columns=["rcid", "symbol", "date", "iso3", "detail"]))


def _why(symbol: str, whole: str) -> str:
    if symbol == whole:
        return "this roll call carries the unlettered number; a motion or another vote on the text is likelier"
    return "the UN records the number unlettered, so this part letter is a source's serial, not a part"

"""The result of comparing two states (api.compare); beside results.py, which is at its size limit."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from unga.results import Agreement, _jsonable

if TYPE_CHECKING:
    import pandas as pd


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

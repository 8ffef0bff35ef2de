"""A roll call read from a text's layout: the Table that a flattened table (`tables`) and a run of headed blocks
(`headed`) both give, so that identification takes either the same way."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Table:
    start: int                      # the header's first character in the text
    end: int                        # the last name's last character
    votes: list[str]                # the columns' votes, left to right
    counts: dict[str, int]          # the header's counts, when it gives them
    cells: list[tuple[str, str, int, int]] = field(default_factory=list)  # (iso3, vote, start, end) read
    # the characters that are the table's and not prose to read: all of a flattened table; a headed block's names
    # only (its headings, "Abstain - 41:", stay, to be read as counts)
    spans: list[tuple[int, int]] = field(default_factory=list)

    def taken(self) -> list[tuple[int, int]]:
        return self.spans or [(self.start, self.end)]

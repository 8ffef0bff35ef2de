"""Twenty-first round (issue 9): no claim is judged on a roll call held after the text appeared, whichever step of
the placement chose it. Found on holdout14's u04, a 1949 cable: its forecast "two abstentions will change" was placed
by the tie-breaking step on A/RES/43/176, a 1988 vote with 2 abstentions, and called supported. identify() already
refused such a vote as its own best match; the later steps (ties, series, the paragraph's vote) did not ask."""

from __future__ import annotations

from datetime import date

from fixtures import checked_claims

from unga import api
from unga.claims import ties
from unga.claims.unplaced import HELD_LATER

CABLE = ("Cable from the delegation in New York, 7 December 1949.\n\nThe Ad Hoc Committee adopted our draft on "
         "Jerusalem this afternoon. In the plenary we are sure that two abstentions will change to votes in favour.")


def test_a_vote_after_the_text_is_never_the_one_it_reports(built_store, monkeypatch):
    index = api._claim_sources()[0]
    later = index.by_symbol["A/RES/43/176"][0]  # 15 December 1988, 2 abstentions: the numbers fit, the time cannot
    real = ties.break_ties

    def misplacing(index, found, rows, *rest):  # a placement step that, like u04's tie-break, picks the later vote
        rows, broken = real(index, found, rows, *rest)
        return [later if c.kind == "count" else row for c, row in zip(found, rows)], broken

    monkeypatch.setattr(ties, "break_ties", misplacing)
    counts = [c for c in checked_claims(CABLE, date(1949, 12, 7)) if c["kind"] == "count"]
    assert [(c["asserted"]["value"], c["resolution"], c["verdict"]) for c in counts] == [(2, None, "unverifiable")]
    assert HELD_LATER in counts[0]["evidence"]["record"]


def test_trap_a_vote_a_day_or_two_after_the_date_is_still_checked(built_store):
    """A text's date may be a day or two early (time zones, a page dated by its first edition): ES-11/1 of 2 March
    2022 reported in a text dated 1 March keeps its verdict."""
    text = "The General Assembly adopted the resolution on Ukraine by 141 votes to 5, with 35 abstentions."
    tallies = [c for c in checked_claims(text, date(2022, 3, 1)) if c["kind"] == "tally"]
    assert [(c["resolution"], c["verdict"]) for c in tallies] == [("A/RES/ES-11/1", "supported")]

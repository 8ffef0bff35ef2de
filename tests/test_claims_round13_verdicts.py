"""Thirteenth round, verdicts (issue 9): false statements the checker held back without a reason a true statement
could have. Sentences are our own. Record facts used: the UN meeting coverage of 12 September 2025 names all ten
states against draft A/80/L.1/Rev.1 (142-10-12; Ireland is not among them); A/RES/77/7 (3 November 2022, the Cuba
embargo) had 185 in favour, A/RES/78/7 (2 November 2023) 187; ES-11/1 is 141-5-35 with Pakistan abstaining.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from unga import api

DECLARATION = "The Assembly endorsed the declaration on Friday by 142 votes to 10, with 12 abstentions."


def _claims(text: str, day: str | None = None) -> list[dict]:
    return api.check_text(text, published=date.fromisoformat(day) if day else None).claims


def _position(claims: list[dict], state: str) -> dict:
    return next(c for c in claims if c["kind"] == "position" and c["state"] == state)


def test_a_list_right_after_a_release_tally_is_judged_on_its_complete_list(built_store: Path) -> None:
    claims = _claims(DECLARATION + " Those voting against included Israel, the United States and Ireland.", "2025-09-13")
    ireland, israel = _position(claims, "IRL"), _position(claims, "ISR")
    assert israel["verdict"] == "supported" and israel["resolution"] == "A/80/L.1/REV.1"
    assert ireland["verdict"] == "contradicted" and ireland["resolution"] == "A/80/L.1/REV.1"
    release = ireland["evidence"]["release"]
    assert release["identified_by"] == "before" and release["counts"] == {"yes": 142, "no": 10, "abstain": 12}
    assert "IRL" not in release["lists"]["no"] and "ISR" in release["lists"]["no"] and len(release["lists"]["no"]) == 10
    assert release["complete_lists"] == ["no"] and release["url"].startswith("https://www.un.org/")
    assert "ISR" in ireland["evidence"]["record"] and "IRL is not among them" in ireland["evidence"]["record"]


def test_a_list_after_a_release_tally_that_may_be_of_another_vote_is_not_called_false(built_store: Path) -> None:
    # an earlier vote in the sentence after the tally: the text's release only, never a contradiction
    claims = _claims(DECLARATION + " Ireland had voted against similar texts in the past.", "2025-09-13")
    assert _position(claims, "IRL")["verdict"] == "unverifiable"
    # a blank line: the next paragraph may speak of another vote
    claims = _claims(DECLARATION + "\n\nThose voting against included Ireland.", "2025-09-13")
    assert _position(claims, "IRL")["verdict"] == "unverifiable"
    # two sentences on: only the text identifies the vote
    claims = _claims(DECLARATION + " The text was drafted by two states. Ireland voted against.", "2025-09-13")
    assert _position(claims, "IRL")["verdict"] == "unverifiable"
    # a side whose list the release does not give in full stays unknown
    claims = _claims(DECLARATION + " Ireland abstained.", "2025-09-13")
    assert _position(claims, "IRL")["verdict"] == "unverifiable"

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
    # the sentence after the tally speaks of another text
    claims = _claims(DECLARATION + " A second text, on refugees, was opposed by Ireland and Israel.", "2025-09-13")
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


EMBARGO_2023 = ("The General Assembly on Thursday again demanded an end to the United States embargo against Cuba, by 187 "
                "votes to 2 with one abstention. ")


def _claim(text: str, day: str, sentence: str) -> dict:
    return next(c for c in _claims(text + sentence, day) if c["text"].startswith(sentence[:12]) and c["kind"] != "other")


def _said(text: str, day: str, sentence: str) -> tuple:
    claim = _claim(text, day, sentence)
    return claim["resolution"], claim["verdict"], claim["evidence"]["record"]


def test_a_year_named_in_figures_rules_out_the_same_numbers_of_another_year(built_store: Path) -> None:
    # 187 was 2023's count (A/RES/78/7); 2022's vote (A/RES/77/7) had 185
    resolution, verdict, record = _said(EMBARGO_2023, "2023-11-03", "In 2022, 187 countries voted for the resolution.")
    assert (resolution, verdict) == ("A/RES/77/7", "contradicted") and record.startswith("185 yes")
    assert _said(EMBARGO_2023, "2023-11-03", "In 2022, 185 countries voted for the resolution.")[1] == "supported"
    # trap: "last year" rests on the text's date, which may be approximate: 187 may be the vote the reporter meant
    resolution, verdict, record = _said(EMBARGO_2023, "2023-11-03", "Last year 187 countries voted for the resolution.")
    assert verdict == "unverifiable" and "exactly those of A/RES/78/7" in record


CUBA_2005 = ("On Tuesday the General Assembly voted 182 to 4, with one abstention, for a resolution that asks the United "
             "States to end its embargo against Cuba. ")


def test_last_years_tally_of_the_series_is_not_held_back_by_a_vote_on_another_subject(built_store: Path) -> None:
    # 2004's embargo vote (A/RES/59/11) was 179-4-1; a vote of December 2004 on another subject had 179-5
    claim = _claim(CUBA_2005, "2005-11-09", "Last year the vote was 179 to 5.")
    assert (claim["resolution"], claim["verdict"]) == ("A/RES/59/11", "contradicted")
    # the evidence: the record's tally the verdict rests on, with the roll call's day
    evidence = claim["evidence"]
    assert "4 against" in evidence["record"] and str(evidence["date"]) == "2004-10-28"
    assert {k: evidence["tally"][k] for k in ("yes", "no", "abstain")} == {"yes": 179, "no": 4, "abstain": 1}
    assert _said(CUBA_2005, "2005-11-09", "Last year the vote was 179 to 4.")[:2] == ("A/RES/59/11", "supported")

"""Words for a state that did not vote yes or no, read in one place.

"Refrained from voting", "declined to vote": the state kept out of the yes/no choice, by abstaining or by staying away
(the Assembly's rules count abstainers as "present and not voting"): supported when the record has the state
abstaining or absent, contradicted only when it voted yes or no.

"Did not take part in the vote", "did not participate in the voting" are ambiguous in news usage: literally the state
was away, but writers retell a list of abstainers as states that "did not participate", and fact-checkers have labelled
the same sentence both ways. So: supported when the record has the state absent, contradicted when it voted yes or no,
and unverifiable when it abstained (the reading decides, and the checker does not choose for the writer).
"Did not vote", "was absent", "did not register a vote" say more (no ballot at all) and stay strictly absent.
"""

from __future__ import annotations

NOT_YES_OR_NO = "abstain_or_absent"
NOT_TAKING_PART = "not_taking_part"
AMBIGUOUS = "\"did not take part\" may mean abstaining or being away, and {name} abstained"

REFRAINED = (r"(?:refused|declined)\s+to\s+vote\b(?!\s+(?:in\s+favou?r|for|yes|against|no)\b)"
             r"|refrain(?:ed|s)?(?:\s+from\s+(?:the\s+)?vot(?:e|ing)|(?=\s*(?:[,.;]|$)))")
TOOK_NO_PART = (r"(?:refused|declined)\s+to\s+(?:take\s+part|participate)"
                r"|(?:did\s+not|didn['’]t|failed\s+to)\s+(?:take\s+part|participate)"
                r"|(?:chose|opted|decided|elected)\s+not\s+to\s+(?:take\s+part|participate)\s+in\s+the\s+(?:vote|voting)\b")
# cues of phrases.CUES (matched case-insensitively, at a word start)
CUES = [(REFRAINED, NOT_YES_OR_NO), (TOOK_NO_PART, NOT_TAKING_PART)]


def holds(wanted: str, vote: str) -> bool | None:
    """Whether the record's vote bears out the vote the text gives the state; None when the words allow both."""
    if wanted == NOT_YES_OR_NO:
        return vote in ("abstain", "absent")
    if wanted == NOT_TAKING_PART:
        return None if vote == "abstain" else vote == "absent"
    return vote == wanted

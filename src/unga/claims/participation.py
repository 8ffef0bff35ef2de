"""Words for a state that did not vote yes or no, read in one place.

"Refrained from voting", "declined to vote", "did not take part in the vote", "did not participate in the voting":
in news usage these cover abstaining as much as being away (the Assembly's rules count abstainers as "present and not
voting"; writers retell a list of abstainers as states that "did not participate"). The careful reading is "did not
vote yes or no": supported when the record has the state abstaining or absent, contradicted only when it voted yes or
no. "Did not vote", "was absent", "did not register a vote" say more (no ballot at all) and stay strictly absent.
"""

from __future__ import annotations

NOT_YES_OR_NO = "abstain_or_absent"

# a cue of phrases.CUES (matched case-insensitively, at a word start): the state kept out of the yes/no choice
CUE = (r"(?:refused|declined)\s+to\s+(?:vote|take\s+part|participate)|refrain(?:ed|s)?(?:\s+from\s+(?:the\s+)?vot(?:e|ing)|(?=\s*(?:[,.;]|$)))"
       r"|(?:did\s+not|didn['’]t|failed\s+to)\s+(?:take\s+part|participate)"
       r"|(?:chose|opted|decided|elected)\s+not\s+to\s+(?:take\s+part|participate)\s+in\s+the\s+(?:vote|voting)\b")


def holds(wanted: str, vote: str) -> bool:
    """Whether the record's vote bears out the vote the text gives the state."""
    if wanted == NOT_YES_OR_NO:
        return vote in ("abstain", "absent")
    return vote == wanted

"""Words for a state that did not vote yes or no, read in one place.

"Refrained from voting", "declined to vote": the state kept out of the yes/no choice, by abstaining or by staying away
(the Assembly's rules count abstainers as "present and not voting"): supported when the record has the state
abstaining or absent, contradicted only when it voted yes or no.

"Did not take part in the vote", "did not participate in the voting" are ambiguous in news usage: literally the state
was away, but writers retell a list of abstainers as states that "did not participate", and fact-checkers have labelled
the same sentence both ways. So: supported when the record has the state absent, contradicted when it voted yes or no,
and unverifiable when it abstained (the reading decides, and the checker does not choose for the writer).
"Did not vote", "was absent", "did not register a vote" say more (no ballot at all) and stay strictly absent.

Neither says anything of the vote when its object is something else: "refrained from voting against it" (the state
did not vote no: it may have voted yes), "did not take part in the debate / the negotiations" (it may still have
voted). Such phrases are not read.
"""

from __future__ import annotations

NOT_YES_OR_NO = "abstain_or_absent"
NOT_TAKING_PART = "not_taking_part"
AMBIGUOUS = "\"did not take part\" may mean abstaining or being away, and {name} abstained"

# "declined to vote against", "refrained from voting for": not voting one way, which says nothing of abstaining
_NOT_ONE_SIDE = r"(?!\s+(?:in\s+favou?r|for|yes|against|no)\b)"
REFRAINED = (r"(?:refused|declined)\s+to\s+vote\b" + _NOT_ONE_SIDE +
             r"|refrain(?:ed|s)?(?:\s+from\s+(?:the\s+)?vot(?:e|ing)\b" + _NOT_ONE_SIDE + r"|(?=\s*(?:[,.;]|$)))")
# "take part in" something that is not the vote ("the debate", "the negotiations"): a preposition whose object names
# no vote within a few words ("in the vote", "in Thursday's vote", "in a 141 to 7 vote", "in voting on it", "in it"
# are votes)
_IN_THE_VOTE = (r"(?!\s+(?:in|at|during|on|to|with)\s+(?!(?:it|this|that|them)\b|(?:(?!(?:and|but|or|while|then)\b)"
                r"[\w'’-]+\s+){0,4}?(?:vot(?:e|es|ing)|ballots?|roll[\s-]calls?|resolutions?|proceedings)\b))")
TOOK_NO_PART = (r"(?:(?:refused|declined)\s+to\s+(?:take\s+part|participate)"
                r"|(?:did\s+not|didn['’]t|failed\s+to)\s+(?:take\s+part|participate))\b" + _IN_THE_VOTE +
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

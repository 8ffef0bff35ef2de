"""The first person of a government: "we" who voted (issue 9, thirty-third round).

A minister answering in parliament, a delegate quoted or a government's release speaks of its own vote in the first
person: "Her Majesty's Government regret …. We voted against the resolution", "the Australian Government supported
the text … we backed it on <date>". "We" (or "our delegation", "my government") as the subject
of a vote verb stands for the state whose government, delegation, representative or minister the text names as the
speaker: in the same sentence, else in the nearest of the two paragraphs before that names one (within 1,500
characters). When that paragraph names two such states ("the British and French delegates"), or none is named, "we"
stands for nothing: a newspaper's or a campaign's "we" never becomes a state's vote.
"""

from __future__ import annotations

import re

from unga.claims.names import mentions

WINDOW = 1500  # characters before the sentence searched for the speaker
# "we voted", "we have abstained", "our delegation voted", "we supported the text", "my Government cast its vote"
WE = re.compile(r"(?<![\w'’])(?P<we>(?-i:[Ww]e)|(?:our|my)\s+(?:delegation|government|country))\s+"
                r"(?:have\s+|had\s+|also\s+|then\s+|again\s+|therefore\s+)?"
                r"(?=(?:voted|abstained|cast\s+(?:our|its|a)\s+vote)\b|(?:supported|opposed|backed)\s+(?:the|this|that|it)\b)",
                re.I)
ROLE = (r"(?:[Gg]overnment|[Dd]elegation|[Dd]elegate|[Rr]epresentative|[Aa]mbassador|[Mm]ission|[Ee]nvoy"
        r"|(?:[Ff]oreign|[Pp]rime)\s+[Mm]inister|[Mm]inister\s+(?:for|of)\s+[Ff]oreign\s+[Aa]ffairs)")
# "the Australian Government", "the United Kingdom representative", "Bangladesh's ambassador"
ROLE_AFTER = re.compile(r"(?:['’]s)?\s+(?:(?:Permanent|UN|U\.N\.|chief)\s+)?" + ROLE + r"\b")
# "the Government of Australia", "the representative of Israel"
ROLE_BEFORE = re.compile(ROLE + r"\s+(?:to\s+the\s+(?:UN|U\.N\.|United\s+Nations)\s+)?of\s+(?:the\s+)?$")
HMG = re.compile(r"\bHer\s+Majesty['’]s\s+Government\b|\bHis\s+Majesty['’]s\s+Government\b")
NOTE = "'we' read as the state whose government, delegation or representative the text names as its speaker"


def we(sentence: str, before: str) -> list[tuple[int, int, list[str]]]:
    """(start, end, [state]) for each "we" of the sentence that votes, when the speaker's state is plain."""
    out = []
    for match in WE.finditer(sentence):
        state = _speaker(sentence) or _speaker_before(before[-WINDOW:])
        if state:
            out.append((match.start("we"), match.end("we"), [state]))
    return out


def _speaker_before(before: str) -> str | None:
    paragraphs = re.split(r"\n\s*\n", before)[-3:]
    for paragraph in reversed(paragraphs):
        if (state := _speaker(paragraph)) is not None or _roles(paragraph):
            return state
    return None


def _speaker(text: str) -> str | None:
    """The one state the text names in a speaker's role, else None (none, or two)."""
    states = _roles(text)
    return states.pop() if len(states) == 1 else None


def _roles(text: str) -> set[str]:
    found = {m.iso3 for m in mentions(text, metonyms=True)
             if ROLE_AFTER.match(text, m.end) or ROLE_BEFORE.search(text[max(0, m.start - 60):m.start])}
    return found | ({"GBR"} if HMG.search(text) else set())

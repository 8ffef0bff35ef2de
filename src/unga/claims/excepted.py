"""States named as exceptions ("All but A and B voted yes", "every state except A") take no vote from the clause."""

from __future__ import annotations

import re

from unga.claims.names import Mention
from unga.claims.phrases import BESIDES, EXCEPT, UNIVERSAL

CLAUSE_BOUND = re.compile(r"[.;:]\s|\b(?:while|whereas|but)\b", re.I)
# "Unlike Russia, Kenya voted in favour", "In contrast to A and B, C abstained": the states set against the clause's
# subject took another side (which one the clause does not say)
CONTRAST = re.compile(r"\b(?:unlike|in\s+contrast\s+to|contrary\s+to|as\s+opposed\s+to)\s+(?:the\s+)?$", re.I)


def contrasted(sentence: str, runs: list) -> dict[int, int]:
    """{id: end of the contrasted names} of the mentions after "unlike" (or "in contrast to"): all of the run but a
    last state set off by a comma, which is the clause's own subject ("Unlike A and B, C abstained": C)."""
    out = {}
    for run in runs:
        if not CONTRAST.search(sentence, max(0, run[0].start - 30), run[0].start):
            continue
        last_is_subject = len(run) > 1 and re.fullmatch(r"\s*,\s*(?:the\s+)?", sentence[run[-2].end:run[-1].start], re.I)
        named = run[:-1] if last_is_subject else run
        out |= {id(m): named[-1].end for m in named}
    return out


def without_excepted(sentence: str, runs: list, out: list) -> list:
    """'All but A and B voted yes', 'every state except A', 'unlike A, B voted yes': the list takes no vote, unless a
    relative clause of its own gives it one ('all of them, except A, which abstained'; 'in contrast to A, which voted
    against, B …')."""
    ends = {m.end for run in runs for m in run}
    excepted = {id(m): run[-1].end for run in runs if EXCEPT.search(sentence[max(0, run[0].start - 40):run[0].start])
                and not _besides(sentence, run, ends) for m in run} | contrasted(sentence, runs)
    # the relative clause follows the list's last state: "except A and B, which abstained" gives both its vote, and
    # each verb of its own ("except C which voted against the first and abstained on the second")
    return [e for e in out if id(e[3]) not in excepted or (e[2] > excepted[id(e[3])] and re.fullmatch(
        r"\s*,?\s*\(?(?:which|who)\s+(?:[^,;.()]*\s(?:and|but)\s+)?(?:also\s+|had\s+|have\s+|has\s+)?", sentence[excepted[id(e[3])]:e[2]], re.I))]


def _besides(sentence: str, run: list[Mention], ends: set[int]) -> bool:
    """'Besides the US, A and B voted against': a list named with 'besides' ('apart from', 'other than', 'in addition
    to') votes as the clause's voters when the clause speaks of no whole ('all', 'every', 'the rest', 'any'), and
    the phrase is no aside of a state ('A, apart from B, voted yes': which of the two is meant is not clear)."""
    word = BESIDES.search(sentence, max(0, run[0].start - 40), run[0].start)
    if not word:
        return False
    head = sentence[:word.start()].rstrip()
    if head.endswith(",") and len(head.rstrip(",").rstrip()) in ends:
        return False
    bounds = [m.span() for m in CLAUSE_BOUND.finditer(sentence)]
    start = max((b for a, b in bounds if b <= run[0].start), default=0)
    end = min((a for a, b in bounds if a >= run[-1].end), default=len(sentence))
    here = sentence[start:end]
    return not UNIVERSAL.search(here)

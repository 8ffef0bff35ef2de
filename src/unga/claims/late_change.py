"""A tally that counts a change of vote announced after the roll call ("121 in favour, 14 against and 44 abstaining;
A changed its vote to yes after the count was recorded", ninth hunt, ac30). The record keeps the votes as they were
cast and the change only as a note, so a tally or count of that sentence a few votes from the record's is not called
false: it may be the count with the change in it. One that is far from the record's still is.
"""

from __future__ import annotations

import re

# a state's change of its own vote, in the languages the checker reads (not a change from one year's vote to the
# next, which names the earlier year or "last year" and is read in phrases.py and earlier.py)
CHANGED = re.compile(
    r"\bchang(?:ed|es|ing)\s+(?:its|their|his|her)\s+votes?\b|\bcorrect(?:ed|ing)\s+(?:its|their)\s+votes?\b"
    r"|\b(?:had\s+)?(?:intended|meant|wished)\s+to\s+(?:vote|abstain)\b|\bvot(?:ed|e)\s+(?:by\s+)?(?:mistake|error)\b"
    r"|\bmengubah\s+suara(?:nya)?\b"  # Indonesian
    r"|\b(?:a|ont)\s+(?:modifié|changé|corrigé|rectifié)\s+(?:son|leur)\s+vote\b|\b(?:voulait|entendait)\s+voter\b"
    r"|\b(?:cambi|corrigi|rectific)(?:ó|aron|eron)\s+(?:su|sus)\s+votos?\b|\b(?:quiso|quería)\s+votar\b"
    r"|\b(?:mud|alter|corrig)(?:ou|aram|iu|iram)\s+(?:o\s+)?(?:seu|seus)\s+votos?\b"
    r"|\bha(?:nno)?\s+(?:cambiato|corretto|modificato)\s+(?:il\s+)?(?:suo|proprio|loro)\s+voto\b"
    r"|\b(?:änderte|änderten|korrigierte|korrigierten)\s+(?:seine|ihre)\s+(?:Stimme|Stimmabgabe)\b"
    r"|\b(?:seine|ihre)\s+(?:Stimme|Stimmabgabe)\s+(?:nachträglich\s+)?(?:geändert|korrigiert)\b"
    r"|изменил[аио]?\s+(?:сво[йёе]\s+)?(?:голос|голосование|позицию\s+при\s+голосовании)", re.I)
MOVED = 3  # votes a change announced after the count may move: a few states, never a side's worth


def counted(kind: str, asserted: dict, counts: dict[str, int], sentence: str) -> str | None:
    """Why a tally or count judged false is not called false: its sentence tells of a change of vote after the roll
    call and each of its numbers is within a few votes of the record's. None otherwise."""
    if kind not in ("tally", "count") or not CHANGED.search(sentence):
        return None
    said = asserted if kind == "tally" else {asserted["field"]: asserted["value"]}
    if kind == "count" and asserted.get("op") != "=":
        return None
    if any(field not in counts or abs(counts[field] - value) > MOVED for field, value in said.items()):
        return None
    return ("the sentence tells of a change of vote announced after the roll call; the record keeps the votes as "
            "cast, so its numbers may count the change")

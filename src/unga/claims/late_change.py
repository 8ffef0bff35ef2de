"""A tally or count told with a change of vote announced after the roll call ("121 in favour, 14 against and 44
abstaining; A changed its vote to yes after the count was recorded"). The Assembly's result is the vote as cast: a
delegation's later word of how it meant to vote is noted in the meeting record and never changes the count (the
Secretariat's releases give 120-14-45 for ES-10/21, with Iraq's intended yes in a note). So such a tally stays
false where it differs from the record, as the development corpus labels it (c41); the verdict says why, so the reader
sees that the text counts the change and the record does not.
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
    """What the verdict on a tally or count judged false adds when its sentence tells of a change of vote after the
    roll call and each of its numbers is within a few votes of the record's. None otherwise."""
    if kind not in ("tally", "count") or not CHANGED.search(sentence):
        return None
    said = asserted if kind == "tally" else {asserted["field"]: asserted["value"]}
    if kind == "count" and asserted.get("op") != "=":
        return None
    if any(field not in counts or abs(counts[field] - value) > MOVED for field, value in said.items()):
        return None
    return ("the sentence counts a change of vote announced after the roll call; the result is the vote as cast, "
            "and a later change is only noted in the meeting record")

"""Counts of states said with a bare side word in German and Dutch, for `languages.tally`: the count before its side
("153 Länder dafür und 10 dagegen") or after the verb that opens the clause ("stimmten 148 Länder dafür", "Gisteren
stemden 120 staten voor en 14 tegen"). The side word takes no object of its own there: "dafür", "dagegen",
"voor" and "tegen" then end the clause or lead to the text voted on ("voor de resolutie")."""

from __future__ import annotations

import re

STATES = {"de": r"(?:Länder|Staaten|Nationen|Mitgliedstaaten|Mitgliedsstaaten|Delegationen)",
          "nl": r"(?:landen|lidstaten|staten|delegaties)"}
SIDE = {"de": r"(dafür|dagegen)\b", "nl": r"(v[oó]{2}r|tegen)\b(?!\s+\d)"}
VERB = {"de": r"(?:stimmten|votierten)", "nl": r"(?:stemden|stemmen)"}
YES_WORD = re.compile(r"dafür|v[oó]{2}r", re.I)


def counts(sentence: str, lang: str) -> dict[str, int]:
    """{side: count} of "153 Länder dafür" (German only: Dutch "23 landen tegen" is a label `languages` reads) and of
    "stemden 120 staten voor" (the verb, the count, its noun, the side)."""
    if lang not in STATES:
        return {}
    out: dict[str, int] = {}
    before = r"|\b(\d{1,3})\s+" + STATES[lang] + r"\s+" + SIDE[lang] if lang == "de" else ""
    for m in re.finditer(r"\b" + VERB[lang] + r"\s+(\d{1,3})\s+" + STATES[lang] + r"\s+" + SIDE[lang] + before, sentence,
                         re.I):
        number, side = (m.group(1), m.group(2)) if m.group(1) else (m.group(3), m.group(4))
        out.setdefault("yes" if YES_WORD.fullmatch(side) else "no", int(number))
    return out

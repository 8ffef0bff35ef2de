"""A roll call set out in headed blocks: each vote's heading on a line of its own ("FOR ADMISSION", "No - 9:",
"ABSTAINING"), the states below it, a line each or in a list, up to the next heading. Old wire copy and
magazines print roll calls this way; the record's list of a vote is read whole, as one roll call, so that
identification sees every state with its vote (claims/tables.py takes the runs as it takes a table).
"""

from __future__ import annotations

import re

from unga.claims import cjk
from unga.claims.names import mentions
from unga.claims.roll_table import Table

# vote labels of a table's header, a block's heading, a row or a count line, in English and the languages the checker
# reads, each with its vote: the one mapping of labels to votes
VOTES_OF_LABELS = (
    (r"in\s+favou?r|for|yes|ayes?|affirmative|pour|a\s+favor|dafür|favorevoli|賛成|赞成|贊成", "yes"),
    (r"against|no|nays?|noes|opposed|negative|contre|en\s+contra|contra|dagegen|contrari|反対|反对|反對", "no"),
    (r"abstain(?:ed|ing|s)?|abstentions?|abstenci[oó]n(?:es)?|absten[cç](?:ão|ões)|enthaltung(?:en)?|astenuti|棄権|弃权|棄權",
     "abstain"),
    (r"absent|absences?|not\s+voting|non-voting|did\s*n[o'’]t\s+vote|no\s+votes?\s+recorded|欠席|缺席", "absent"),
)
# a label ends at a word's end: "No" is not the start of "Not voting" or "Non-voting"; a Chinese or Japanese label may
# run on into its count ("賛成41")
LABEL = r"(?:" + "|".join(labels for labels, _ in VOTES_OF_LABELS) + r")(?:\b|(?<=[\u4e00-\u9fff]))"


def label_vote(label: str) -> str:
    """The vote of a label ("Abstaining" → abstain, "voted against" → no); ValueError for a word that is none."""
    word = re.sub(r"^voted\s+", "", label.strip(), flags=re.I)
    for labels, vote in VOTES_OF_LABELS:
        if re.fullmatch(labels, word, re.I):
            return vote
    raise ValueError(f"{label!r} is not a vote label")


# a heading on a line of its own: its label ("voted" may lead it: "Voted no:"), in capitals maybe what is voted on
# ("FOR ADMISSION", "AGAINST THE DRAFT"), maybe its count ("No - 9:", "OPPOSED: 29", "Abstaining (27)")
HEADING_LINE = (r"[ \t]*(?:voted[ \t]+)?(?P<label>" + LABEL + r")"
                r"(?-i:(?:[ \t]+(?:OF|THE)){0,2}[ \t]+[A-Z][A-Z-]{3,}(?=[ \t]*$))?"
                r"[ \t]*(?:\((?P<n>\d{1,3})\))?[ \t]*[:–—-]?[ \t]*(?P<m>\d{1,3})?[ \t]*:?[ \t]*$")
HEADING = re.compile(r"^" + HEADING_LINE, re.I | re.M)  # any line of a text that is a heading
LAST_LINE_HEADING = re.compile(r"(?:^|\n)" + HEADING_LINE, re.I)  # a sentence whose last line is one (blocks.py)
BETWEEN = re.compile(r"(?:[\s|•·*,;–—/、，-]|\band\b|\(\d{1,3}\)|\b\d{1,3}[.)]|\[\w{1,3}\])*")
# a name the record spells otherwise, standing alone between two separators ("Bosnia/Herzegovina", "Dem. Rep. of
# Congo"): passed over, not read, and it does not end the block
_PARTICLE = r"of|the|and|de|e|da|do|du|des|del|la|y|et"  # "Sao Tome e Principe"
_WORD = r"(?:(?-i:[A-Z])[\w'’.()-]*|" + _PARTICLE + r")"
UNKNOWN = re.compile(r"[ \t]*(?:" + _WORD + r"(?:[ \t]+" + _WORD + r"){0,3}|[\u30a0-\u30ff\u4e00-\u9fff]{1,12})[ \t]*")
BLANK_LINE = re.compile(r"\n[ \t]*\n")
RUN_GAP = re.compile(r"\s*")


def runs(text: str) -> list:
    """Each run of two headed blocks or more, one after the other, each vote once: a Table of its cells."""
    out, run = [], []
    for heading in HEADING.finditer(text):
        names, end = _block(text, heading.end(), bool(cjk.HAN.search(heading["label"])))
        vote = label_vote(heading["label"])
        fresh = run and (RUN_GAP.fullmatch(text, run[-1][2], heading.start()) is None
                         or vote in [v for v, _, _, _ in run])
        if fresh:
            out.append(run)
            run = []
        run.append((vote, heading, end, names))
        if not names:  # a heading over prose ("Yes - 138:" / "Pretty much the rest"): the run ends with it
            out.append(run)
            run = []
    out.append(run)
    tables = []
    for blocks in out:
        read = [b for b in blocks if b[3]]
        if len(read) < 2 or not {"yes", "no"} & {b[0] for b in blocks}:
            continue
        table = Table(blocks[0][1].start(), max(b[2] for b in read), [b[0] for b in blocks],
                      {b[0]: int(b[1]["n"] or b[1]["m"]) for b in blocks if b[1]["n"] or b[1]["m"]})
        cells = [(iso3, vote, s, e) for vote, _, _, names in read for iso3, s, e in names]
        twice = {iso3 for iso3, *_ in cells if sum(c[0] == iso3 for c in cells) > 1}
        table.cells = [c for c in cells if c[0] not in twice]  # a state listed twice: neither place is sure
        table.spans = [(b[1].end(), b[2]) for b in read]
        tables.append(table)
    return tables


def _mentions(window: str, cjk_label: bool) -> list[tuple[str, int, int]]:
    """(iso3, start, end) of the names in a block: under a Chinese or Japanese label, that script's names."""
    if not cjk_label:
        return [(m.iso3, m.start, m.end) for m in mentions(window)]
    lang = "ja" if cjk.KANA.search(window) else "zh"
    return [(iso3, start, end) for start, end, iso3 in cjk.mentions(window, lang)]


def _block(text: str, at: int, cjk_label: bool = False) -> tuple[list[tuple[str, int, int]], int]:
    """((iso3, start, end) of the states under a heading, up to the next heading or the first words that are not
    names; where the block ends)."""
    following = HEADING.search(text, at)
    stop = following.start() if following else len(text)
    window = text[at:stop]
    names, last = [], 0
    for iso3, start, end in _mentions(window, cjk_label):
        gap = window[last:start]
        if BETWEEN.fullmatch(gap) is None and not _passed_over(gap) or names and BLANK_LINE.search(gap):
            break  # words that are not names, or a blank line after the first name: the block is over
        names.append((iso3, at + start, at + end))
        last = end
    line = window[last:].split("\n", 1)[0]
    rest = re.sub(r"\.\s*$", "", line)  # a full stop may end the list
    if names and (BETWEEN.fullmatch(rest) is None and not _passed_over(rest + "\n")):
        if following is not None or window[last:].strip().count("\n"):
            return [], at  # the names run on into prose on their line: not a block
        return names[:-1], at + last  # the text is cut in the middle of the last line ("Congo (L"): not sure
    last += len(line)  # the block ends with the line of its last name
    if names and following is not None and _passed_over(window[last:].rstrip() + "\n"):
        last = len(window.rstrip())  # names the record spells otherwise, to the next heading: the run goes on
    return names, at + last


def _passed_over(gap: str) -> bool:
    """A name the record does not know between separators, e.g. ", Bosnia/Herzegovina," or ", Korea,"."""
    parts = re.split(r"[,;\n、，]|\band\b", gap)
    return len(parts) >= 2 and all(BETWEEN.fullmatch(p) or UNKNOWN.fullmatch(p) for p in parts)

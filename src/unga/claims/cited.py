"""The resolutions a text cites as the votes it reports: by symbol ("A/RES/ES-11/1", "resolution 68/262", "the 70/235
text", "resolution 3379 (XXX)") or by the bare number of the first thirty sessions ("Resolution 3379"; the roll calls
of such a number are identify.numbered's), never those a vote refers to ("recalling resolution 181 (II)").
claims/identify.py decides on a cited symbol outright.
"""

from __future__ import annotations

import re
from functools import lru_cache

from unga import symbols


# "resolution" as other languages write it before a symbol: "résolution 77/1", "Resolución ES-11/1", "резолюция
# 77/1", "القرار 77/1", "決議77/1"
RESOLUTION = (r"(?:resolution|res\.|r[ée]solution|resoluci[óo]n|resolu[çc][ãa]o|risoluzione|resolutie|rezolu[tc]i[ae]"
              r"|rezolucija|rezoluce|rezolúcia|határozat|ψήφισμα|резолюци[яиюей]|резолуција|(?:ال)?قرار|قطعنامه"
              r"|決議|决议|결의안?|(?:päätös)?lauselma\w{0,4})")  # Finnish in its cases: "päätöslauselman 77/7"
SYMBOL = re.compile(r"\bA/RES/[\w/().\[\]-]+|(?<!\w)(?:" + RESOLUTION + r"\s*(?:(?:No|Nr|nº|n°|№)\.?\s*)?)(?:ES-\d{1,2}/\d{1,3}|\d{2}/\d{1,3}(?:\s?(?-i:[A-Z]))?)\b"
                    r"|\bES-\d{1,2}/\d{1,3}\b"
                    # the first sessions' style: "resolution 3379 (XXX)", "Resolution 377 A (V)", "res. 181 (II)"
                    r"|\b(?:resolution\s+|res\.\s*)(?:No\.\s*)?\d{1,4}\s?(?:[A-Z]\s?)?\(\s?[IVXL]{1,6}\s?\)", re.I)
PREFIX = re.compile(r"^(?:" + RESOLUTION + r"\s*)(?:(?:No|Nr|nº|n°|№)\.?\s*)?", re.I)


# "to revoke … its resolution 3379 (XXX)", "recalling resolution 181 (II)", "under resolution 377 (V)": a resolution
# the vote refers to, not the vote
REFERRING = (r"\b(?:revok\w*|repeal\w*|rescind\w*|nullif\w*|overturn\w*|recall\w*|reaffirm\w*|under|in\s+its"
             r"|contained\s+in|cit(?:es|ed|ing)|pursuant\s+to|based\s+on|implement\w*|invok\w*"
             r"|(?:conformity|accordance)\s+with"
             # the same words in the other languages read: "rappelant sa résolution", "recordando", "напоминая"
             r"|rappel\w*|recuerd\w*|recordando|relembr\w*|lembrando|erinner\w*|Hinweis|richiam\w*|напомина\w*"
             r"|ссыла\w*|تشير|يشير|تذكر)(?!\w)")
REFERRED = re.compile(REFERRING + r"[^.;]{0,60}$"
                      # "its resolutions dating back to 1992 (resolution 47/19)", "its resolutions of 1992 and
                      # every year since (resolution 47/19 the first of them)": one of a series of years the text
                      # recalls, given in brackets after the resolutions and a year, is no vote it reports
                      r"|\b(?:resolutions|r[ée]solutions|resoluciones|resolu[çc][õo]es|risoluzioni|resolutionen"
                      r"|resoluties|rezolucj[ei]|резолюци[йи]|قرارات)\b[^.;()]{0,40}\b(?:19[4-9]\d|20[0-4]\d)\b"
                      r"[^.;()\d]{0,30}\(\s*$",
                      re.I)
# the day of a resolution a text cites (resolutions A and B named with "of" and a day, as in "recalling resolution
# 377 (V) of 3 November 1950"): the text before that day (or before its year), which is no day of a vote
# the text tells
CITED_DAY = re.compile(REFERRING + r"[^.;]{0,60}?(?:\b\d{1,4}/\d{1,3}\b|\b\d{1,4}\s*\([IVXLC]+\))[^.;]{0,30}?\bof\s+"
                       r"(?:\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?[A-Z][a-z]+\.?,?\s+|[A-Z][a-z]+\.?\s+\d{1,2},?\s+)?$", re.I)


def _found(text: str) -> list[str]:
    found = [(m.start(), PREFIX.sub("", m.group(0))) for m in SYMBOL.finditer(text)
             if not REFERRED.search(text[max(0, m.start() - 80):m.start()])]
    return [s for s in (symbols.parse(symbol) for _, symbol in sorted(found)) if s]


# "On the resolution about the sea's law (57/141) A alone said no": a session/number symbol alone in
# brackets, after a noun of resolutions in the same sentence (the 31st session on; a bracketed "30/11" elsewhere may
# be a day)
BRACKETED = re.compile(r"(?<=\()([3-9]\d)/(\d{1,3})(?=\))")
RESOLUTION_BEFORE = re.compile(r"\b(?:resolutions?|texts?|drafts?)\b[^.;]{0,160}$", re.I)


def bracketed_symbols(sentence: str) -> list[str]:
    """The symbols a sentence gives in brackets alone after the resolution it describes, canonical, in order. The
    sentence's own, never the text's: a text recalls earlier votes so ("the next resolution (71/205), approved in
    2016"), and its other sentences must not borrow them."""
    return [f"A/RES/{m[1]}/{int(m[2])}" for m in BRACKETED.finditer(sentence)
            if RESOLUTION_BEFORE.search(sentence[max(0, m.start() - 161):m.start() - 1])
            and not REFERRED.search(sentence[max(0, m.start() - BRACKET_REFERS):m.start()])]


BRACKET_REFERS = 40  # "in conformity with an earlier text (68/262)" refers; "the resolution revoking the determination
# that … (46/86)" describes the vote, its referring word a clause back


@lru_cache(maxsize=4096)
def _symbols_cached(text: str) -> tuple[str, ...]:
    return tuple(_found(text))


def symbols_in(text: str) -> list[str]:
    """The canonical symbols of the resolutions a text names as the votes it reports (not those a vote refers to)."""
    return list(_symbols_cached(text)) if len(text) < 5000 else _found(text)


# "the 70/235 text", "the 70/235 UN resolution": a session/number symbol with neither "A/RES/" nor "resolution"
# before it, the numbering of the 31st session on; a noun of resolutions right after it tells it from a date or score
BARE_SYMBOL = re.compile(r"(?<![\w/.-])([3-9]\d)/(\d{1,3})(?![\w/.-])(?=\s+(?:(?:UN|U\.N\.|General\s+Assembly|"
                         r"Assembly|GA)\s+)?(?:resolutions?|texts?|drafts?|measures?)\b)", re.I)


def bare_symbols(text: str) -> list[str]:
    """The symbols a text gives in the bare form ("the 70/235 text"), canonical, in order."""
    return [f"A/RES/{m[1]}/{int(m[2])}" for m in BARE_SYMBOL.finditer(text)
            if not REFERRED.search(text[max(0, m.start() - 80):m.start()])]


NAMES_ANOTHER = re.compile(r"\bresolutions?\s+(?:No\.\s*)?(?:\d{2,4}\b(?![/(])(?!\s?(?:[A-Z]\s?)?\(\s?[IVXL])|[A-Z]{1,3}-(?!\d{1,2}/\d))",
                           re.I)  # a bare number ("Resolution 1514"), not the first sessions' "181 (II)"


# "Resolution 3151", "resolution 3379": before the 31st session resolutions were numbered once for all sessions
BARE_NUMBER = re.compile(r"\b(?:General\s+Assembly\s+|Assembly\s+|UNGA\s+)?[Rr]esolution\s+(?:No\.\s*)?(\d{2,4})\b"
                         r"(?![/(]|\s?(?:[A-Z]\s?)?\(\s?[IVXL])")
COUNCIL = re.compile(r"\bCouncil\b")


# "Resolution 497 (1981)", "Resolution 497 of 1981", "Resolution 497, adopted on December 17, 1981": the year the
# resolution itself is of (Security Council resolutions are cited so, and share the Assembly's early numbers)
GIVEN_YEAR = re.compile(r"\s*(?:\(|of\s+|,\s*(?:issued|adopted|passed|approved)\s+(?:on|in)\s+(?:the\s+)?"
                        r"(?:\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?[A-Z][a-z]+,?\s+"
                        r"|[A-Z][a-z]+\s+\d{1,2}(?:st|nd|rd|th)?,?\s+)?)(19[4-9]\d|20[0-4]\d)\b")


def year_given(sentence: str, end: int) -> int | None:
    """The year written right after a resolution's number, if any."""
    match = GIVEN_YEAR.match(sentence, end)
    return int(match[1]) if match else None

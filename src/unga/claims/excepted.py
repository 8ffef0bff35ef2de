"""States named as exceptions ("All but A and B voted yes", "every state except A") take no vote from the clause."""

from __future__ import annotations

import re

from unga.claims.names import Mention
from unga.claims.phrases import BESIDES, EXCEPT, UNIVERSAL
from unga.claims.text import blanked

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


# the same exception in the other languages read, the word before the names ("todos excepto A", "sauf A", "außer A",
# "кроме A", "осим A", "kecuali A", "εκτός από A", "باستثناء A", "除A外") or after them ("A以外", "Aを除く", "A를 제외한",
# "A kivételével"); "osim", "помимо", "oprócz" also mean "besides": either way the sentence gives the list no vote
EXCEPT_WORD = re.compile(
    r"(?:(?<!\w)(?:excepto|exceptuando|salvo|a\s+excepción\s+de|con\s+excepción\s+de|sauf|excepté|hormis"
    r"|à\s+l['’]exception\s+d\w{0,4}|exceto|à\s+exceção\s+d\w{0,4}|com\s+exceção\s+d\w{0,4}|außer|ausser"
    r"|ausgenommen|mit\s+Ausnahme\s+(?:von|der|des)|bis\s+auf|tranne|eccetto|ad?\s+eccezione\s+d\w{0,4}|behalve"
    r"|met\s+uitzondering\s+van|uitgezonderd|кроме|помимо|за\s+исключением|osim|izuzev|осим|изузев|kecuali|selain"
    r"|kromě|s\s+výjimkou|oprócz|z\s+wyjątkiem|cu\s+excepția|cu\s+excepţia|în\s+afară\s+de|exceptând|utom|förutom"
    r"|med\s+undantag\s+(?:av|för)|unntatt|bortsett\s+fra|med\s+unntak\s+av|isipokuwa|maliban\s+sa|ngoại\s+trừ"
    r"|εκτός\s+από|πλην|باستثناء|ما\s+عدا|عدا|سوى|به\s+جز|بجز|به\s+استثنای)(?!\w)|除了?)", re.I)
EXCEPT_AFTER = re.compile(r"\s*(?:以外|之外|を除|(?:을|를)?\s*제외|외에|kivételével)")
# what may stand between the exception word and a name of its list: names (capitalised, or in a script with no
# capitals), articles and joining words of four letters at most, commas ("excepto A, B y C", "кроме США и Израиля")
_LOWER = r"a-zß-ÿα-ωа-яёђјљњћџłśżźęąőűřěčšžňťůășşțţđ"
# (each word whole, "(?!\w)", so that a run is cut into words one way only and a failed match does not backtrack)
EXCEPTED_RUN = re.compile(r"[\s'’]*(?:['’]?(?:[^\W\d_" + _LOWER + r"][\w'’.-]*(?!\w)|[" + _LOWER + r"]{1,4}(?:['’]|(?!\w)))"
                          r"[\s,]*)*")
# a relative clause after the list gives it its own vote: "excepto A, que votó en contra", "кроме США, которые …"
FOREIGN_RELATIVE = re.compile(r"[\s,]*(?:que|qui|die|der|welche|welcher|che|i\s+quali|который|которая|которое|которые"
                              r"|koja|koje|koji|која|које|који|yang|která|které|který|która|które|który|care|som"
                              r"|ambayo|التي|الذي|که|που|η\s+οποία|οι\s+οποίες)(?!\w)", re.I)


def masked_abroad(sentence: str, names: set[str]) -> str:
    """The sentence (in another language) with each of `names` (as written) blanked where it is named as an
    exception with no relative clause of its own after it, so that no reader gives it the clause's vote and its
    other mentions are read as before ("кроме США …, а США проголосовали против")."""
    spans = [m.span() for name in names if name for m in re.finditer(re.escape(name), sentence)
             if _excepted_abroad(sentence, *m.span())]
    return blanked(sentence, spans)


def _excepted_abroad(sentence: str, start: int, end: int) -> bool:
    """Whether the name at start:end stands in a list an exception word opens (or, in the languages that put it
    after, closes), with no relative clause of its own after the list."""
    opened = any(EXCEPTED_RUN.fullmatch(sentence, m.end(), start)
                 for m in EXCEPT_WORD.finditer(sentence, max(0, start - 80), start))
    run_end = EXCEPTED_RUN.match(sentence, end).end()
    closed = bool(EXCEPT_AFTER.match(sentence, end) or EXCEPT_AFTER.match(sentence, run_end))
    return (opened or closed) and not FOREIGN_RELATIVE.match(sentence, end) and not FOREIGN_RELATIVE.match(
        sentence, run_end)

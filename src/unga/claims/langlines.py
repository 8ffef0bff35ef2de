"""A list laid out one state a line under a heading written in another language.

"Os países que votaram contra foram:" or "Gegen die Resolution stimmten:" followed by one name a line (the first may
share the heading's line, where `languages` reads it): each following line that is nothing but one state's name, in
the heading's language (a bullet or an article allowed), takes the heading's vote; the list ends at the first line
that is anything else, except a bulleted line of a few words with no digit, a name the tables spell otherwise
("– بورندي"), which is passed over, not read. A heading that is negated, or whose phrase does not open a list (no
colon or copula before the line break), gives nothing. The heading may be in a language of `languages` or of
`wordlangs`' table ("قائمة الدول التي صوتت ضد القرار:").
"""

from __future__ import annotations

import re

from unga.claims import langphrases, languages, wordlangs, wordnames, wordtable
from unga.claims.foreign_names import ARTICLE

NOTE = "a line of a list under a heading in another language"
# the text voted on as the object of a heading's phrase, before its colon: "de la résolution", "al testo", "für den Entwurf"
TEXT_OBJECT = re.compile(r"\s+(?:(?:de|du|des|del|della|dello|al|alla|à|a|da|do|für|gegen|zur?)\s+)?(?:(?:la|le|l['’]|el|il"
                         r"|lo|a|o|die|den|das|dem|der|ce|cette)\s*)?(?:résolution|resolución|resolução|risoluzione|Resolution"
                         r"|texte|texto|testo|Text|projet|proyecto|projeto|progetto|Entwurf|documento|document|Dokument)\b", re.I)
BULLET = r"^\s*(?:[•·*–—-]|\d{1,3}[.)])?\s*"
# a letter a page lost in its encoding, written "?" or U+FFFD inside a word: "Rak?sko", "?ierna Hora"
LOST_LETTER = re.compile(r"(?:^|\w)[?\ufffd]\w")


def heading(sentence: str) -> tuple[str, str] | None:
    """(language, vote) when the sentence ends in a list heading of one of languages.LANGUAGES or of wordlangs'
    table, the list below it."""
    lang = languages.language_of(sentence)
    if lang is not None:
        phrases = [p for p in languages.vote_phrases(sentence, lang)
                   if not re.search(langphrases.NEGATION[lang], sentence[max(0, p[0] - 12):p[0]], re.I)]
    elif (lang := wordlangs.language_of(sentence)) is not None:
        sentence = wordtable.normalised(sentence, lang)
        phrases = wordtable.side_phrases(sentence, lang, "opens_") + wordtable.side_phrases(sentence, lang, "")
    else:
        return None
    for start, end, vote in phrases:
        tail = sentence[end:]
        tail = tail[len(m.group(0)):] if (m := TEXT_OBJECT.match(tail)) else tail  # "ont voté en faveur de la résolution :"
        tail = "\n".join(line for line in tail.split("\n") if not lost(line))  # the splitter kept "Rak?sko" with the heading
        # "… foram:" then the break, or "… foram:\nArgentina" with the first name on the heading's line
        if re.match(r"\s*:?\s*(?:\n[^\n]*)?\s*$", tail) and (":" in (sentence[end - 1:end] + tail[:2]) or "\n" in tail):
            return lang, vote
        # a heading in capitals whose line break before the first name was lost: "… VOTED AGAINST Algeria"
        if sentence[:end] == sentence[:end].upper() and _one_name(tail, lang):
            return lang, vote
    return None


def _one_name(line: str, lang: str) -> bool:
    """The line is one state's name and nothing else."""
    line = line.strip().rstrip(".;,")
    found = _mentions(line, lang)
    return len(found) == 1 and found[0][:2] == (0, len(line))


def _mentions(line: str, lang: str) -> list[tuple[int, int, str]]:
    if lang in languages.LANGUAGES:
        return languages.mentions(line, lang)
    return wordnames.mentions(line, lang)


def under(text: str, spans: list[tuple[int, int, str]], index: int, lang: str, vote: str) \
        -> list[tuple[str, str, str, int]]:
    """(iso3, vote, name as written, span index) for the lines after spans[index] that are one state's name each (a
    span the splitter made of several such lines, "USA\nČesko", gives each)."""
    out = []
    for number in range(index + 1, len(spans)):
        if "\n" not in text[spans[number - 1][1]:spans[number][0]]:
            break
        for raw in spans[number][2].split("\n"):
            line = re.sub(BULLET, "", raw).strip().rstrip(".;,")
            line = line if lang in languages.LANGUAGES else wordtable.normalised(line, lang)
            found = _mentions(line, lang)
            if len(found) != 1 or not re.fullmatch(ARTICLE, line[:found[0][0]], re.I) \
                    or line[found[0][1]:].strip():
                if lost(line) or re.match(r"\s*[•·*–—-]", raw) and len(line.split()) <= 4 \
                        and not re.search(r"\d", line) and not found:
                    continue  # a name the tables spell otherwise, or whose letter the page lost ("Rak?sko"): passed over
                return out
            out.append((found[0][2], vote, line[found[0][0]:found[0][1]], number))
    return out


def lost(line: str) -> bool:
    """A short line (four words at most, no digit) with a letter the page lost: passed over, not read."""
    return bool(LOST_LETTER.search(line)) and len(line.split()) <= 4 and not re.search(r"\d", line)

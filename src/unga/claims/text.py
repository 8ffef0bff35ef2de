"""Plain text from a news page, and its sentences with their character spans.

HTML goes through trafilatura's main-content extraction (menus, captions, related links and comments are not
the article); if it finds no article (a fragment, a very short page), our own tag stripper keeps the text
outside scripts, navigation, headers and footers.
"""

from __future__ import annotations

import html
import re
from html.parser import HTMLParser

FURNITURE = {"script", "style", "nav", "header", "footer", "aside", "form", "noscript", "svg", "iframe", "button",
             "figcaption"}
BLOCKS = {"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "section", "article", "tr", "blockquote"}


class _Text(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skipping = 0

    def handle_starttag(self, tag: str, attrs: list) -> None:
        if tag in FURNITURE:
            self.skipping += 1
        elif tag in BLOCKS:
            self.parts.append("\n")
        elif tag in ("td", "th"):  # a table's cells kept apart, as trafilatura writes them: "| Albania | Belarus |"
            self.parts.append(" | ")

    def handle_endtag(self, tag: str) -> None:
        if tag in FURNITURE and self.skipping:
            self.skipping -= 1
        elif tag == "tr":
            self.parts.append(" |\n")
        elif tag in BLOCKS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self.skipping:
            self.parts.append(data)


def looks_like_html(text: str) -> bool:
    return bool(re.search(r"<(html|body|p|div|article|span|br)\b", text[:5000], re.I))


def plain(text: str) -> str:
    """The readable text: HTML tags and page furniture (scripts, navigation, footers…) removed."""
    return page(text)[0]


def page(text: str) -> tuple[str, str | None]:
    """(the readable text, the publication date the page's metadata gives as YYYY-MM-DD, or None)."""
    if not looks_like_html(text):
        return text, None
    import trafilatura

    try:
        found = trafilatura.bare_extraction(text, include_comments=False, include_tables=True, with_metadata=True,
                                            favor_precision=True)
    except Exception:  # noqa: BLE001 - a page the extractor chokes on is still read by our own stripper
        found = None
    body = (getattr(found, "text", None) or "").strip() if found is not None else ""
    if len(body) >= 200:
        return body, getattr(found, "date", None)
    return _stripped(text), getattr(found, "date", None) if found is not None else None


def _stripped(text: str) -> str:
    parser = _Text()
    parser.feed(text)
    out = html.unescape("".join(parser.parts))
    return re.sub(r"\n\s*\n+", "\n\n", re.sub(r"[ \t]+", " ", out)).strip()


BULLET = r"[ \t]*[-•*–—▪][ \t]+\S"  # a line opening with a bullet is an item of its own (a headline's summary points)
# a line opening with an item's number ("2. “The right of …”", "3) Cuba"): the item before it ends, though its last
# line has no full stop (a list of resolutions, each with its votes)
NUMBERED_ITEM = r"[ \t]*\d{1,3}[.)][ \t]+[\"“‘(A-Z]"
# a title or a short form that stands before a name ("Gen. Manuel", "Amb. Linda", "Dem. Rep. of Congo") ends no sentence
TITLES = ("Mr", "Mrs", "Ms", "Dr", "St", "No", "vs", "Gen", "Gens", "Amb", "Sen", "Rep", "Reps", "Gov", "Lt", "Col",
          "Capt", "Maj", "Adm", "Sgt", "Prof", "Pres", "Messrs", "Rev", "Hon", "Dem", "Fed", "Brig", "Cmdr", "Sec")
# before a number these end no sentence: a date ("Dec. 18", "Sept. 2020"), a symbol ("Res. 377", "res. 3379")
BEFORE_A_NUMBER = ("Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "Res", "res",
                   "Nos", "nos", "para", "paras", "Art", "art", "Doc", "doc")
# an ellipsis after a comma ("133 a favor, ... 12 en contra") is a cut inside the sentence, not its end
_NOT_AN_END = r"(?<!,\s\.\.\.)(?<!,\.\.\.)(?<!U\.N\.)(?<!U\.S\.)(?<!\b[A-Z]\.)(?<!\b[\u0410-\u042f\u0401]\.)(?<!\b[\u0391-\u03a9]\.)(?<!\be\.g\.)(?<!\bi\.e\.)" + "".join(rf"(?<!\b{t}\.)" for t in TITLES) \
    + "(?:" + "".join(rf"(?<!\b{t}\.)" for t in BEFORE_A_NUMBER) + r"|(?![\"”’)]*\s+\d))"
# the Latin capitals with a mark ("Índia", "Éthiopie", "Đại hội đồng", "Ấn Độ", "Łotwa"): a sentence may open with one
ACCENTED_CAPITALS = "".join(c for c in map(chr, range(0xC0, 0x1F00)) if c.isupper() and c.isalpha()
                            and not "\u0370" <= c <= "\u052f")
# a sentence opens with a capital or a digit; Greek and Cyrillic capitals, Arabic and Persian letters, Hangul and
# Bengali letters (no case) too. Chinese and Japanese end a sentence with a full-width stop and no space ("…採択した。反対は…"); one
# inside a quote ("。」と述べた") ends none
_END = re.compile(r"(?<=[.!?])" + _NOT_AN_END + r"[\"”’)»]*\s+(?=[\"“‘(«]?[A-Z0-9" + ACCENTED_CAPITALS
                  + r"\u0410-\u042f\u0401\u0386-\u038f\u0391-\u03ab\u0621-\u064a\u067e\u0686\u0698\u06a9\u06af\u06cc\uac00-\ud7a3\u0985-\u09b9])|(?<!:)\n\s*\n|(?<![:\s])\n(?=[A-Z“\"])"
                  r"|(?<=[。！？])(?![」』）)”’\"])\s*"
                  r"|(?<=[।॥])\s+"  # the danda of Bengali and Hindi ends a sentence
                  r"|(?<=\u06d4)\s*"  # so does Urdu's full stop, a space after it or none
                  r"|\n(?=" + BULLET + ")"
                  r"|(?<![:\s])\n(?=" + NUMBERED_ITEM + ")"
                  r"|(?<=[。！？])[」』）]*[ \t\u3000]*\n"  # a line that ends a Chinese or Japanese sentence ends its paragraph
                  r"|(?<=[a-z]{3}[.!?])(?=[\"”’]?[A-Z][a-z])"  # "…on February 24.Ukrainian President": a lost space
                  r"|(?<=[а-яё]{3}[.!?])(?=[\"”’«]?[А-ЯЁ][а-яё])")  # the same in Cyrillic ("…воздержались.Посол")


# a line that ends inside a phrase ("… Israel and the" / "Bolivia," / "2 against (Israel and the") goes on in the next
RUNS_ON = re.compile(r"(?:[,(]|\b(?:and|or|nor|the|of|to|by|with|in|for|a|an|from|on|at|as|than|including|were|was))[ \t]*$",
                     re.I)
NUMBERED = re.compile(r"(?:^|\n)[ \t]*(?:\d{1,3}|[a-z])[.)]$")  # "\n  2." is an item's number, not a sentence's end


def sentences(text: str) -> list[tuple[int, int, str]]:
    """(start, end, sentence) for each sentence; spans index into text. A line ending in a colon runs on into
    the next ("Countries that voted against:" and its list), and so does a line that breaks a phrase or, in a
    hard-wrapped text (a scanned page, a wire story), a full line without closing punctuation."""
    out, start = [], 0
    width = _wrap_width(text)
    for match in _END.finditer(text):
        if _runs_on(text, match, width):
            continue
        _add(out, text, start, match.start() + len(match.group(0).rstrip()))
        start = match.end()
    _add(out, text, start, len(text))
    return out


def _runs_on(text: str, match: re.Match, width: int | None) -> bool:
    if re.match(BULLET, text[match.end() - (match.group(0) == "\n"):].lstrip("\n")) and match.group(0) == "\n":
        return False
    if NUMBERED.search(text, max(0, match.start() - 24), match.start()):  # the few characters before the break
        return True
    if match.group(0) != "\n":
        return False
    line = text[text.rfind("\n", 0, match.start()) + 1:match.start()]
    if re.match(NUMBERED_ITEM, line) and len(line.strip()) <= 40 and not re.search(r"[.!?]\s*$", line) \
            and re.match(NUMBERED_ITEM, text[match.end():]):
        return True  # "1. Belarus\n2. Eritrea": a list of short numbered items is one sentence ("1. Russia." ends its own)
    if RUNS_ON.search(line):
        return True
    # a closing quote ends a sentence after a stop ('… it said."'), not after a word ('AND VOTED "NO"' runs on)
    return width is not None and len(line.rstrip()) >= 0.8 * width and not re.search(r"[.!?:][\"”]?\s*$", line)


def _wrap_width(text: str) -> int | None:
    """The width of a hard-wrapped text (most lines of about the same length, 40 to 100 characters), else None. Short
    lines do not count against it: a cable's header ("FM USMISSION USUN NY", "TO SECSTATE WASHDC") above its
    hard-wrapped paragraphs."""
    lines = [len(line.rstrip()) for line in text.split("\n") if line.strip()]
    if len(lines) < 6:
        return None
    width = sorted(lines)[int(len(lines) * 0.9)]
    full = sum(1 for n in lines if 0.8 * width <= n <= width)
    body = sum(1 for n in lines if n >= 0.5 * width)
    return width if 40 <= width <= 100 and (full >= 0.5 * len(lines) or full >= max(8, 0.5 * body)) else None


# characters; a longer run (a list without full stops, a page without punctuation) is cut at a comma or a space, so
# that the work per sentence stays bounded and the whole check linear in the text
MAX_SENTENCE = 1500


def _add(out: list, text: str, start: int, end: int) -> None:
    while end - start > MAX_SENTENCE:
        window = text[start:start + MAX_SENTENCE]
        cut = max(window.rfind(", "), window.rfind("; ")) + 1 or window.rfind(" ") or MAX_SENTENCE
        if cut < MAX_SENTENCE // 2:
            cut = window.rfind(" ") if window.rfind(" ") > 0 else MAX_SENTENCE
        _add(out, text, start, start + cut)
        start += cut
    chunk = text[start:end]
    lead = len(chunk) - len(chunk.lstrip())
    trail = len(chunk.rstrip())
    if chunk.strip():
        out.append((start + lead, start + trail, chunk.strip()))


PARAGRAPH_BREAK = re.compile(r"\n\s*\n")  # a blank line ends a paragraph
ROUGH_END = re.compile(r"(?<=[.!?])\s+")


def blanked(text: str, spans: list[tuple[int, int]]) -> str:
    """The text with each span's characters turned to spaces: what a reader must not see is gone, offsets hold."""
    for start, end in spans:
        text = text[:start] + " " * (end - start) + text[end:]
    return text


def rough_sentences(passage: str) -> list[str]:
    """`passage` cut after every . ! or ?: a quick cut for looking at nearby words, with none of `sentences`' care for
    abbreviations, quotes and line breaks."""
    return ROUGH_END.split(passage)


def one_paragraph(body: str, start: int, end: int) -> bool:
    """Whether body[start:end] lies within one paragraph (no blank line in it)."""
    return PARAGRAPH_BREAK.search(body, start, end) is None


def paragraph_around(body: str, span: tuple[int, int]) -> str:
    """The paragraph of `body` that holds `span`."""
    starts = [m.end() for m in PARAGRAPH_BREAK.finditer(body, 0, span[0])]
    end = PARAGRAPH_BREAK.search(body, span[1])
    return body[starts[-1] if starts else 0:end.start() if end else len(body)]

"""Votes and tallies written in Chinese, Japanese or Korean.

These scripts put no spaces between words, so state names (pycountry's ISO 3166 translations, zh_CN, zh_TW and ja,
plus the press's forms of data/foreign_names.csv, languages "zh" and "ja") are matched as substrings, longest first,
and a katakana name never inside a longer katakana word ("タイ" is not in "タイトル"). A sentence is Japanese when it
holds kana, else Chinese. It is read clause by clause (。！？；): the states listed (、 和 与 及 / 、 と や) right before a
vote phrase (投了反对票, 投弃权票 / 賛成した, 棄権) with at most a particle or a "…的国家" between, or right after a
phrase that opens a list ("投反对票的国家有", "反対9" at the end of a line); a negation (没有, 未, 不 / しなかった)
states nothing. Numbers are read in digits and in CJK numerals (一百一十一票). Tallies: "以84票赞成、34票反对、37票弃权",
"赞成141票，反对5票", "賛成141、反対5、棄権35", "141票对5票".

Korean (nineteenth round) is written with spaces, but its particles are written on the name ("러시아는", "북한을",
"인도와"): a Korean name is matched when no Hangul syllable stands before it and nothing but a particle after it
("인도" is not read in "인도적" nor in "인도네시아"). Names are the ISO translations and the Unicode CLDR's short names
(Babel's locale data: "러시아", "북한", "미국"). The list before a vote phrase is joined by commas, "·", 와/과, 및 and
"을 비롯해" (including), and may end with "등" and a noun ("영국 등 유럽 주요 국가도 찬성했다"); "표결에 참여하지 않았다"
and "불참" are absences, a committee ("제3위원회") is another body. Tallies: "찬성 141표 대 반대 5표", counts "141개국이
찬성표를 던졌다".
"""

from __future__ import annotations

import csv
import gettext
import re
from functools import lru_cache
from importlib import resources

from unga.claims import bounds
from unga.claims.foreign_names import cldr_names, member_entries, press_rows

YES, NO, ABSTAIN = "yes", "no", "abstain"
HAN = re.compile(r"[\u4e00-\u9fff]")
HANGUL = re.compile(r"[\uac00-\ud7a3]")
PARTICLE = r"(?:은|는|이|가|을|를|의|도|와|과|에|에서|에게|로|으로|만|까지|이나|나)?(?:는|도|의)?"
KANA = re.compile(r"[\u3040-\u309f\u30a0-\u30fa\u30fc]")
KATAKANA = r"\u30a0-\u30fa\u30fc"
CATALOGUES = {"zh": ("zh_CN", "zh_TW", "zh_HK"), "ja": ("ja",), "ko": ("ko",)}
# vote words: (pattern, vote) per language
VOTE_WORDS = {
    "zh": [(r"投(?:了)?赞成票|投票赞成|赞成票|投(?:了)?贊成票|投票贊成", YES), (r"投(?:了)?反对票|投票反对|投(?:了)?反對票|投票反對", NO),
           (r"投(?:了)?弃权票|弃权|投(?:了)?棄權票|棄權", ABSTAIN)],
    "ja": [(r"賛成(?:票を投じ|し|に回っ|票)?", YES), (r"反対(?:票を投じ|し|に回っ|票)?", NO), (r"棄権(?:し|に回っ)?", ABSTAIN),
           (r"欠席(?:し)?", "absent")],
    "ko": [(r"찬성(?:표)?", YES), (r"반대(?:표)?", NO), (r"기권(?:표)?", ABSTAIN),
           (r"(?:표결\s*)?불참|(?:표결|투표)에\s*참여하지\s*않", "absent")],
}
LABELS = {"zh": {"赞成": YES, "贊成": YES, "反对": NO, "反對": NO, "弃权": ABSTAIN, "棄權": ABSTAIN},
          "ja": {"賛成": YES, "反対": NO, "棄権": ABSTAIN, "欠席": "absent"}, "ko": {"찬성": YES, "반대": NO, "기권": ABSTAIN}}
JOINT = {"zh": r"[、和与與及]|以及", "ja": r"[、とや・]|及び|および", "ko": r"[,、·]|및|와|과|(?:을|를)\s*비롯(?:해|하여)(?:서)?"}
# between a list and its vote phrase: "等", "等赞成治疗性克隆的国家", "对该决议", a particle は/が/も
GAP = {"zh": r"(?:等(?:国|国家|國家)?)?(?:[^，。；：,;、]{0,20}?的(?:国家|国|國家|國|代表团|代表團))?"
             r"(?:都|也|均|则|亦)?(?:对[^，。；：,;、]{0,12}?|在[^，。；：,;、]{0,8}?中)?(?:都|也|均|则|亦)?",
       # "…を含む計16カ国が棄権", "…の計3カ国は反対": the count the list belongs to
       "ja": r"(?:など(?:[^、。]{0,12}?国々?)?|の各国)?(?:(?:を含む|の)計?\d{1,3}\s*(?:カ国|か国|ヶ国|ヵ国))?(?:は|が|も)(?:[^、。]{0,12}?(?:に|から))?"
             r"(?:(?:いずれも|ともに|共に)、?)?",
       # "에리트레아는 반대했다", "영국 등 유럽 주요 국가도 찬성했다", "일본도 표결에 참여해 찬성표를", "중국은 이번 표결에 불참"
       "ko": r"(?:은|는|이|가|도)?\s*(?:등(?:\s*[\uac00-\ud7a3]{1,6}){0,3}?(?:은|는|이|가|도)?\s*)?(?:이번\s*)?"
             r"(?:(?:표결|투표)에(?:서)?\s*(?:참여해\s*)?)?"}
# after a vote phrase, the list it opens: "投反对票的国家有", "反対したのは"
OPENS = {"zh": r"(?:的(?:国家|国|國家|國|代表团|代表團))?(?:有|是|包括|为|為|分别是|分別是)[:：]?|[:：]",
         # "棄権したのは、A", "反対国はA" (the vote phrase has taken "し" or "に回っ")
         # "反対はロシア、中国": the side's word and は, then its list
         # "反対9:A、B": the side's count, then a colon and its list (holdout30 aj03)
         "ja": r"(?:(?:し|に回っ)?たのは|(?:(?:し|に回っ)?た|の)?国(?:々)?(?:は|が)|は)[、:：]?|[:：]?\s*\d{1,3}\s*(?:\n|[:：])|[:：]",
         "ko": r"(?:표를\s*던진|한)\s*(?:나라|국가)는\s*|\s*[:：]\s*"}
NEGATED = {"zh": re.compile(r"(?:没有|沒有|未|不|没|沒)$"), "ja": re.compile(r"^(?:し?なかっ|せず|し?ない|ではな|でな)"),
           "ko": re.compile(r"^(?:를|을)?\s*(?:하지|던지지|행사하지)\s*않")}
NUMERALS = {"〇": 0, "零": 0, "一": 1, "二": 2, "两": 2, "兩": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8,
            "九": 9, "十": 10, "百": 100, "千": 1000}
OTHER_BODY = re.compile(r"安理会|安全理事会|安理會|安全理事會|安保理|安全保障理事会|人权理事会|人權理事會|人権理事会|否决|否決|拒否権"
                        r"|안보리|안전보장이사회|인권이사회|거부권|위원회")
# an amendment, a motion, a paragraph's or the preamble's own vote ("在决议草案的序言中…大会对此进行表决")
PROCEDURAL = re.compile(r"修正案|动议|動議|修正|段落|序言|수정안|동의안")


def language_of(sentence: str) -> str | None:
    """"ja" for a sentence with kana or a label in Japanese forms ("賛成41"), "zh" for one in Han characters, "ko" for one in Hangul, with a vote word, else
    None."""
    if HANGUL.search(sentence):
        return "ko" if any(word in sentence for word in LABELS["ko"]) or re.search(VOTE_WORDS["ko"][3][0], sentence) else None
    if not HAN.search(sentence):
        return None
    lang = "ja" if KANA.search(sentence) or any(word in sentence for word in LABELS["ja"]) else "zh"  # 賛 対 権: Japanese forms
    return lang if any(word in sentence for word in LABELS[lang]) else None


@lru_cache(maxsize=None)
def names(lang: str) -> dict[str, str]:
    """Every name of a state in the language: the ISO translations, then the press's forms."""
    import pycountry

    out: dict[str, str] = {}
    for locale in CATALOGUES[lang]:
        catalogue = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[locale], fallback=True)
        for entry in sorted(member_entries(), key=lambda e: e.alpha_3):
            for english in sorted({getattr(entry, a, None) for a in ("name", "official_name", "common_name")} - {None}):
                for name in re.split(r"\s*[()（）]\s*", catalogue.gettext(english)):  # "大韓民国 (韓国)"
                    if HAN.search(name) or KANA.search(name) or HANGUL.search(name):
                        out.setdefault(name, entry.alpha_3)
    for name, iso3 in cldr_names(lang) if lang == "ko" else ():
        out.setdefault(name, iso3)
    out.update(press_rows(lang))
    return out


@lru_cache(maxsize=None)
def _name_pattern(lang: str) -> re.Pattern:
    ordered = sorted(names(lang), key=lambda n: (-len(n), n))
    bounded = [re.escape(n) if not re.fullmatch(f"[{KATAKANA}・]+", n)
               else f"(?<![{KATAKANA}]){re.escape(n)}(?![{KATAKANA}])" for n in ordered]
    if lang == "ko":  # a particle may be written on the name, nothing else
        return re.compile(r"(?<![\uac00-\ud7a3])(?:" + "|".join(map(re.escape, ordered)) + r")(?=" + PARTICLE
                          + r"(?![\uac00-\ud7a3]))")
    # the Indian Ocean and the Korean peninsula are places, not states
    return re.compile(r"(?:" + "|".join(bounded) + r")(?!洋|半岛|半島)")


def mentions(text: str, lang: str) -> list[tuple[int, int, str]]:
    table = names(lang)
    found = [(m.start(), m.end(), table[m.group(0)]) for m in _name_pattern(lang).finditer(text)]
    if lang == "ja":
        found = sorted(found + [f for f in abbreviated(text) if not any(a < f[1] and f[0] < b for a, b, _ in found)])
    return found


@lru_cache(maxsize=1)
def abbreviations() -> dict[str, str]:
    """The one-character names the Japanese press writes (米, 英, 仏, 露…), data/ja_abbreviations.csv with its
    source; characters that are as often a word or name two states (西, 土, 白, 瑞) are left out."""
    with resources.files("unga.data").joinpath("ja_abbreviations.csv").open(encoding="utf-8") as handle:
        return {row["abbreviation"]: row["iso3"] for row in csv.DictReader(handle)}


def abbreviated(text: str) -> list[tuple[int, int, str]]:
    """Each character of a run of two or more one-character names, written together or joined by "・" ("米英仏",
    "米・英・仏"), with no other Han character on either side: alone, "米" is rice and "中" is "in"."""
    table = abbreviations()
    chars = "".join(table)
    run = re.compile(r"(?<![\u4e00-\u9fff])[" + chars + r"](?:・?[" + chars + r"])+(?![\u4e00-\u9fff])")
    return [(at, at + 1, table[text[at]]) for m in run.finditer(text) for at in range(m.start(), m.end())
            if text[at] in table]


def in_digits(text: str) -> str:
    """CJK numerals before a counter or after a vote label written in digits: "一百一十一票" → "111票"."""
    numeral = r"[〇零一二两兩三四五六七八九十百千]+"
    before = re.compile(r"(" + numeral + r")(?=票|个|個|国|國|カ国|か国|ヶ国|ヵ国|对|對|対)")
    after = re.compile(r"(?<=赞成|反对|弃权|贊成|反對|棄權|賛成|反対|棄権)(" + numeral + r")")
    return after.sub(lambda m: str(_value(m.group(1))), before.sub(lambda m: str(_value(m.group(1))), text))


def _value(numeral: str) -> int:
    total, digit = 0, 0
    for char in numeral:
        value = NUMERALS[char]
        if value >= 10:
            total += (digit or 1) * value
            digit = 0
        else:
            digit = digit * 10 + value if digit and not total else value
    return total + digit


def _phrases(clause: str, lang: str) -> list[tuple[int, int, str]]:
    spans: list[tuple[int, int, str]] = []
    for pattern, vote in VOTE_WORDS[lang]:
        for m in re.finditer(pattern, clause):
            if not any(a <= m.start() < b for a, b, _ in spans):
                spans.append((m.start(), m.end(), vote))
    negated = NEGATED[lang]
    return sorted(s for s in spans if not (negated.search(clause[max(0, s[0] - 2):s[0]]) if lang == "zh"
                                           else negated.search(clause[s[1]:s[1] + 6])))


def _run(clause: str, found: list, first: int, lang: str, forward: bool) -> list:
    joint = re.compile(r"\s*(?:" + JOINT[lang] + r")\s*")
    run, index = [found[first]], first + (1 if forward else -1)
    while 0 <= index < len(found):
        left, right = (run[-1], found[index]) if forward else (found[index], run[0])
        written_together = left[1] == right[0] and left[1] - left[0] == right[1] - right[0] == 1  # "米英仏"
        if not (joint.fullmatch(clause[left[1]:right[0]]) or written_together):
            break
        run = run + [found[index]] if forward else [found[index]] + run
        index += 1 if forward else -1
    return run


def positions(sentence: str, lang: str) -> list[tuple[str, str, str, int]]:
    """(iso3, vote, name as written, where) of each state whose vote the sentence states, clause by clause."""
    out: list[tuple[str, str, str, int]] = []
    gap, opens = re.compile(GAP[lang]), re.compile(OPENS[lang])
    for clause in re.finditer(r"[^。！？；;]+", sentence):
        text, base = clause.group(0), clause.start()
        found = mentions(text, lang)
        for start, end, vote in _phrases(text, lang):
            before = [i for i, f in enumerate(found) if f[1] <= start]
            after = [i for i, f in enumerate(found) if f[0] >= end]
            run = []
            if before and gap.fullmatch(text[found[before[-1]][1]:start]):
                run = _run(text, found, before[-1], lang, False)
            elif after and opens.fullmatch(text[end:found[after[0]][0]]):
                run = _run(text, found, after[0], lang, True)
                # the list ends before a name with a vote phrase of its own ("…、ウクライナは棄権した")
                own = [i for i, f in enumerate(run) if any(p[0] > start and gap.fullmatch(text[f[1]:p[0]])
                                                           for p in _phrases(text, lang))]
                run = run[:own[0]] if own else run
            out += [(iso3, vote, text[a:b], base + a) for a, b, iso3 in run]
    seen: set[str] = set()
    return [p for p in out if not (p[0] in seen or seen.add(p[0]))]


COUNTRIES = r"(?:カ国|か国|ヶ国|ヵ国)"


def tally(sentence: str, lang: str) -> dict[str, int]:
    """"以84票赞成、34票反对、37票弃权", "赞成141票，反对5票", "賛成141、反対5、棄権35", "棄権は16", "141票对5票". A side
    counted twice with two numbers ("10國反對 … 5國投反對票") gives the counts of two votes, not told apart: none."""
    text = in_digits(sentence)
    labels = "|".join(LABELS[lang])
    read: list[tuple[str, int]] = []
    pair = re.search(r"(?<!\d)(\d{1,3})\s*票?\s*[对對対]\s*(\d{1,3})(?!\d)", text)
    if pair:
        read += [("yes", int(pair.group(1))), ("no", int(pair.group(2)))]
    # the count's noun is 票 in Chinese and Japanese, 표 in Korean ("156표 찬성, 6표 반대")
    labelled = []  # "反対は2カ国増えて6カ国": the change from the year before passed over, the count after it read
    for m in re.finditer(r"(?<![\d.])(\d{1,3})\s*[票표]\s*(" + labels + r")|(" + labels + r")(?:[票표])?(?:は)?(?:\d{1,3}\s*"
                         + COUNTRIES + r"(?:増え|減っ)て、?)?\s*[:：]?\s*(\d{1,3})(?![\d年月])", text):
        read.append((LABELS[lang][m.group(2) or m.group(3)], int(m.group(1) or m.group(4))))
        labelled.append(m.start(3) if m.group(3) else -1)
    if lang == "ja":  # "反対は北朝鮮のみ": one state alone on a side is its count
        for m in re.finditer(r"(" + labels + r")(?:したのは|に回ったのは|は)([^、。\d]{1,12}?)(?:のみ|だけ)(?=[。、]|だった|で|$)", text):
            if len(mentions(m.group(2), lang)) == 1:
                read.append((LABELS[lang][m.group(1)], 1))
    if lang == "ko":  # "찬76 반 26 기권15", "찬72·반23·기권26·결석5": the labels cut to one syllable, in a tally only
        short = re.search(r"(?<![\uac00-\ud7a3])찬\s*(\d{1,3})\s*[·,]?\s*반\s*(\d{1,3})(?:\s*[·,]?\s*기권\s*(\d{1,3}))?"
                          r"(?:\s*[·,]?\s*결석\s*(\d{1,3}))?", text)
        if short:
            read += [(side, int(n)) for side, n in zip((YES, NO, ABSTAIN, "absent"), short.groups()) if n]
    if lang == "ja":  # "棄権したのは、中国、…、キューバの7か国": the list a vote phrase opens, then its number
        for m in re.finditer(r"(" + labels + r")(?:し|に回っ)?たのは、?[^。！？]*?の(\d{1,3})\s*(?:カ国|か国|ヶ国|ヵ国)", text):
            read.append((LABELS[lang][m.group(1)], int(m.group(2))))
    # the bound words around the count ("140多个国家", "140か国以上が", "140여 개국이"; data/bound_words.csv) are skipped
    for m in re.finditer(r"(?<![\d.])(\d{1,3})\s*(?:多|余|餘|여)?\s*(?:个|個)?(?:国家|国|國家|國|カ国|か国|ヶ国|ヵ国|代表团|개국"
                         r"|개\s*국가|개\s*나라)\s?(?:以上|未満|近く|余り|あまり|超|左右|이상|미만|가량|정도|남짓)?"
                         r"(?:が|は|も|이|가|은|는|도)?\s?", text):
        if lang == "ja" and (side := _relative_side(text, m.start(), labels)) is not None:
            if side:
                read.append((side, int(m.group(1))))
            continue
        rest = _phrases(text[m.end():m.end() + 8], lang)
        if rest and rest[0][0] <= 2 and m.end() + rest[0][0] not in labelled:  # not "6カ国、棄権は31": that label's own
            read.append((rest[0][2], int(m.group(1))))
    out: dict[str, int] = {}
    for field, value in read:
        if out.setdefault(field, value) != value:
            return {}
    return out


def _relative_side(text: str, at: int, labels: str) -> str | None:
    """"反対した9カ国、棄権した35カ国" (the verb of a relative clause comes before its noun): the side of the clause
    right before the number at `at`, not the phrase after the comma; "" when the clause counts the others ("日本以外で
    賛成した127カ国", all but Japan); None when no vote phrase ends right before the number."""
    clause = text[max(text.rfind(mark, 0, at) for mark in "、，。") + 1:at]
    found = re.search(r"(" + labels + r")(?:票を投じ|し|に回っ)?た\s*$", clause)
    if found is None:
        return None
    return "" if "以外" in clause else LABELS["ja"][found.group(1)]


def read(sentence: str) -> tuple[str, list[tuple[str, dict, str | None, str]]] | None:
    """(scope, [(kind, asserted, iso3, name as written)]) of a sentence in Chinese, Japanese or Korean, else None."""
    lang = language_of(sentence)
    if lang is None:
        return None
    counts = tally(sentence, lang)
    if len(counts) >= 2 and {YES, NO} & set(counts):
        out = [("tally", counts, None, "")]
    else:
        out = [("count", {"field": k, "op": "=", "value": v}, None, "") for k, v in counts.items()]
    out = bounds.bounded(in_digits(sentence), lang, out)  # "超过30", "约140", "140か国以上"
    out += [("position", {"vote": vote}, iso3, name) for iso3, vote, name, _ in positions(sentence, lang)]
    scope = "other body" if OTHER_BODY.search(sentence) else "procedural" if PROCEDURAL.search(sentence) else "assembly"
    return scope, out

"""Numbers written in words, read as digits: "one hundred and fifty-eight" is 158, "none against" is 0 against, "no
country voted against it" is 0 against (the vote readers parse digits only)."""

from __future__ import annotations

import re


UNITS = {w: i for i, w in enumerate("zero one two three four five six seven eight nine ten eleven twelve thirteen "
                                     "fourteen fifteen sixteen seventeen eighteen nineteen".split())}
TENS = {w: 10 * i for i, w in enumerate("_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()) if i > 1}
_WORD = "|".join(sorted([*UNITS, *TENS], key=len, reverse=True))
# "one hundred and forty-one", "one-hundred-and-forty-one": "and" between the parts, spaced or hyphenated like them
NUMBER_WORDS = re.compile(rf"\b(?:{_WORD})(?:(?:[\s-]+(?:and[\s-]+)?)(?:hundred|{_WORD})\b)*\b", re.I)
# "one" alone is usually a pronoun ("one ambassador said"); it is a number only before a vote word
LONE_ONE = re.compile(r"(?i)^one$")
ONE_BEFORE = re.compile(r"\s+(?:abstention|abstained|vote|against|in favou?r|country|state|nation|member|delegation)\b",
                        re.I)


def _value(words: str) -> int | None:
    total, current = 0, 0
    for word in re.split(r"[\s-]+", words.lower()):
        if word == "and":
            continue
        if word == "hundred":
            current = max(current, 1) * 100
        elif word in TENS:
            current += TENS[word]
        elif word in UNITS:
            if current % 10 or (current and current < 10):
                return None  # "two three": not one number
            current += UNITS[word]
        else:
            return None
    return total + current


# "159 in favour to none against", "90 votes to nil", "with no abstentions", "none voted against": zero
ZERO = re.compile(r"\b(?:none|nil|zero)(?=\s+(?:against|in\s+favou?r|abstentions?|voted\b|abstained|opposed)\b)"
                  r"|(?<=\bto\s)(?:none|nil)\b|(?<![\"“‘'])\bno(?=\s+(?:abstentions?|votes?\s+against|negative\s+votes?)\b)",
                  re.I)
# "no country voted against it", "no one voted in the negative", "no delegation abstained" (0 voted …, 0 abstained),
# "there was no dissenting vote" (0 votes against): zero
NO_ONE = re.compile(r"(?<![\"“‘'])\b(?:(?:no\s+(?P<who>one|countr(?:y|ies)|states?|nations?|member\s+states?|members?"
                    r"|delegations?)|(?P<nobody>nobody))"
                    r"(?=\s+(?:(?:voted\s+against|opposed)\s+(?:it|the|this|that)\b|voted\s+in\s+the\s+negative\b"
                    r"|abstained\b(?!\s+from\s+(?!voting|the\s+vote))))"
                    r"|no\s+dissenting\s+votes?\b"
                    # "passed without a single opposing vote", "with eight abstaining but none dissenting"
                    r"|without\s+(?:a\s+(?:single\s+)?|any\s+)(?:dissenting|opposing|negative)\s+vote\b|\bnone\s+dissenting\b)", re.I)


# "44 member-states abstained": the hyphenated spelling of the counted noun, read as "member states" (same length)
MEMBER_STATES = re.compile(r"\b(member)-(states?)\b", re.I)
# voting ''no'': two single quotes for a double one (wire copy), read as one double quote beside a space (same length)
OPEN_QUOTES, CLOSE_QUOTES = re.compile(r"(?<![\w'])''(?=\w)"), re.compile(r"(?<=[\w,.])''(?![\w'])")


def usual_spelling(text: str) -> str:
    """The text with "member-states" read as "member states" and ''no'' as "no" (offsets hold)."""
    return MEMBER_STATES.sub(r"\1 \2", CLOSE_QUOTES.sub('" ', OPEN_QUOTES.sub(' "', text)))


# "more than a hundred countries": a hundred, its noun of states or votes right after it
A_HUNDRED = re.compile(r"\ba\s+hundred(?=\s+(?:other\s+)?(?:countries|states|nations|members|member\s+states|delegations"
                       r"|governments|votes)\b)", re.I)
# "a hundred and forty-one": one hundred, its parts after "and"
A_HUNDRED_AND = re.compile(rf"\ba(?=[\s-]+hundred[\s-]+and[\s-]+(?:{_WORD})\b)", re.I)
TALLY_BEFORE_ONE = re.compile(r"\d\s*(?:votes?\s+)?(?:to|[-–—])\s*$")
TWICE = re.compile(r"\b(\d{1,3})\s*\(\s*\1\s*\)")


def in_digits(text: str) -> str:
    """The text with numbers written in words replaced by digits, the words for none by 0, and two spellings read as
    the usual ones: "member-states" as "member states", ''no'' as "no"."""
    text = NO_ONE.sub(lambda m: "0" if m["who"] or m["nobody"] else "0 votes against", text)
    text = usual_spelling(A_HUNDRED.sub("100", A_HUNDRED_AND.sub("one", ZERO.sub("0", text))))

    def replace(match: re.Match) -> str:
        words = match.group(0)
        if LONE_ONE.match(words) and not ONE_BEFORE.match(text, match.end()) \
                and not TALLY_BEFORE_ONE.search(text, 0, match.start()):
            return words  # not "by 152 to one"
        value = _value(words)
        if value is None:
            return words
        trailing = " and" if re.search(r"\s+and$", words, re.I) else ""
        return str(value) + trailing
    return TWICE.sub(r"\1", NUMBER_WORDS.sub(replace, text))  # "One hundred and twenty (120) countries": 120 once

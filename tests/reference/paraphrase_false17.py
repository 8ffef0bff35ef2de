"""The thirty-third round's families (branch false17), in our own sentences: a count spelled in number words
hyphenated through "and" ("one-hundred-and-forty-one"), and a count followed by the membership it is taken out of
in an aside between commas ("N nations, out of 193 member countries, backed it")."""

from __future__ import annotations

from paraphrase_votes import Vote, claim_count

UNITS = "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen " \
        "seventeen eighteen nineteen".split()
TENS = "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()


def in_words(n: int) -> str:
    """n (1 to 199) in hyphenated words through "and": 141 is "one-hundred-and-forty-one"."""
    hundreds, rest = divmod(n, 100)
    tens, units = divmod(rest, 10)
    rest_words = UNITS[rest] if rest < 20 else TENS[tens] + (f"-{UNITS[units]}" if units else "")
    return ("one-hundred" + (f"-and-{rest_words}" if rest else "")) if hundreds else rest_words


def hyphenated_words(v: Vote, rng, false=False):
    """'One-hundred-and-twenty-two countries voted in favour of it.' The false variant is 6 off the record."""
    yes = v.counts["yes"]
    if not 101 <= yes <= 199:
        return None
    said = (yes - 6 if yes + 6 > 185 else yes + 6) if false else yes
    words = in_words(said)
    form = rng.choice([f"{words.capitalize()} countries voted in favour of it.",
                       f"It was adopted as {words} member states voted yes.",
                       f"In all, {words} nations backed the text."])
    return form, [claim_count(v, "yes", said, "false" if false else "true")]


def membership_aside(v: Vote, rng, false=False):
    """'A total of 122 nations, out of 193 member countries, backed it' (a vote of 2006 or later, the membership of its
    day). The false variant is 6 off the record."""
    yes = v.counts["yes"]
    if yes < 20:
        return None
    members = 193 if v.day.year >= 2011 else 192 if v.day.year >= 2006 else None  # the membership of its day
    if members is None:
        return None
    said = (yes - 6 if yes + 6 > members - 8 else yes + 6) if false else yes
    form = rng.choice([f"A total of {said} nations, out of {members} member countries, backed the resolution.",
                       f"{said} states, of the {members} members, voted in favour of it.",
                       f"Some {said} countries, out of all {members} UN member states, supported the text."])
    return form, [claim_count(v, "yes", said, "false" if false else "true")]

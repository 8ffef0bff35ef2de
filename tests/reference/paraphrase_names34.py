"""States named in ways the tables do not hold (thirty-fourth round, branch names34), in our own sentences: a name
spelt by ear, one letter doubled or two swapped ("Phillipines" for a state of one word and seven letters or more).
Written from templates, never copied. Its false rows are never called false, by design (a name read by likeness only
supports)."""

from __future__ import annotations

from paraphrase_votes import VOTED, _one_state, claim_position

VOWELS = set("aeiou")


def _spelt_by_ear(name: str, rng) -> str | None:
    """The name with one inner consonant doubled, or two inner letters swapped; None for a name of several words or
    of fewer than seven letters."""
    if " " in name or "-" in name or len(name) < 7 or not name.isalpha():
        return None
    at = rng.randrange(2, len(name) - 2)
    if rng.random() < 0.5 and name[at] not in VOWELS and name[at] != name[at + 1] and name[at] != name[at - 1]:
        return name[:at + 1] + name[at] + name[at + 1:]
    if name[at] == name[at + 1]:
        return None
    return name[:at] + name[at + 1] + name[at] + name[at + 2:]


def spelt_by_ear(v, rng, false=False):
    """'Phillipines abstained.' / 'When the vote came, Kazakstan voted against.' / '… with Mozambiqe abstaining'"""
    got = _one_state(v, rng, false)
    if got is None:
        return None
    vote, state = got
    name = v.name(state)
    spelt = _spelt_by_ear(name, rng)
    if spelt is None:
        return None
    text = rng.choice([f"{spelt} {VOTED[vote]}.", f"When the text was put to the vote, {spelt} {VOTED[vote]}.",
                       f"According to the record of the meeting, {spelt} {VOTED[vote]} on the resolution."])
    return text, [claim_position(v, state, vote)]


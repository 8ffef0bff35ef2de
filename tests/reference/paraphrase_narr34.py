"""States whose vote is told in another sentence or by a verb that is no vote phrase (thirty-fourth round, branch
narr34), in our own sentences: the remainder of a counted side ("N voted against it, led by A. The others included B
and C."), a verb of rejecting with the text as object ("A turned down the draft"), a count joined to the subject of a
vote with its list after a colon ("A voted against it, as well as two other states: B and C"), and a list sentence
closed by a noun phrase about the whole list ("B and C, both members of one regional group."). Written from
templates, never copied."""

from __future__ import annotations

from paraphrase_votes import _pick, _wrong_state, claim_count, claim_position, listed

NUMBER_WORDS = {2: "two", 3: "three", 4: "four", 5: "five"}
_SIDES = {"no": "voted against it", "abstain": "abstained"}


def _side_states(v, rng, k, false):
    """A side (no or abstain) and k of its states, the last one of another side in a false row; None when no side has
    k states."""
    sides = [s for s in ("no", "abstain") if len(v.side(s)) >= k]
    side = rng.choice(sides) if sides else None
    states = _pick(v, rng, side, k) if side else None
    if not states:
        return None
    if false:
        states[-1] = _wrong_state(v, rng, side)
    return side, states


def remainder_of_a_count(v, rng, false=False):
    """'N countries voted against it, led by A. The others included B and C.' / 'The remaining ones included …' /
    'Those other states included …'"""
    if (picked := _side_states(v, rng, 3, false)) is None:
        return None
    side, states = picked
    count = v.counts[side]
    first = f"{count} countries {_SIDES[side]}, led by {v.name(states[0])}."
    head = rng.choice(["The others included", "The remaining ones included", "Those other states included"])
    second = f"{head} {listed([v.name(s) for s in states[1:]])}."
    return f"{first} {second}", [claim_count(v, side, count)] + [claim_position(v, s, side) for s in states]


def rejecting_the_text(v, rng, false=False):
    """'A turned down the resolution.' / 'A said no to the text.' / 'As expected, A voted down the draft
    resolution.'"""
    states = _pick(v, rng, "no", 1)
    if not states:
        return None
    if false:
        states[0] = _wrong_state(v, rng, "no")
    name = v.name(states[0], cap=True)
    text = rng.choice([f"{name} turned down the resolution.", f"{name} said no to the text.",
                       f"As expected, {v.name(states[0])} voted down the draft resolution."])
    return text, [claim_position(v, states[0], "no")]


def joined_count_colon(v, rng, false=False):
    """'A voted against it, as well as three other states: B, C and D.' / 'A abstained, along with two other
    countries: B and C.' The whole side is named (the joined count and the first state make its number)."""
    sides = [s for s in ("no", "abstain") if 3 <= len(v.side(s)) == v.counts[s] <= 6]
    if not sides or not v.complete:
        return None
    side = rng.choice(sides)
    states = rng.sample(v.side(side), v.counts[side])
    if false:
        states[-1] = _wrong_state(v, rng, side)
    joined = rng.choice(["as well as", "along with"])
    noun = rng.choice(["states", "countries"])
    others = NUMBER_WORDS[len(states) - 1]
    rest = listed([v.name(s) for s in states[1:]])
    text = f"{v.name(states[0], cap=True)} {_SIDES[side]}, {joined} {others} other {noun}: {rest}."
    return text, [claim_count(v, side, len(states))] + [claim_position(v, s, side) for s in states]


def list_with_apposition(v, rng, false=False):
    """'Only N countries voted against it. B and C, both members of one regional group.' / 'They were B and C, all
    long-standing critics of the text.'"""
    if (picked := _side_states(v, rng, 2, false)) is None:
        return None
    side, states = picked
    count = v.counts[side]
    first = f"Only {count} countries {_SIDES[side]}."
    names = listed([v.name(s, cap=i == 0) for i, s in enumerate(states)])
    tail = rng.choice(["both members of one regional group", "both long-standing critics of such texts"])
    second = rng.choice([f"{names}, {tail}.", f"Among them: {listed([v.name(s) for s in states])}."])
    return f"{first} {second}", [claim_count(v, side, count)] + [claim_position(v, s, side) for s in states]

"""Counts said with the states they are said together with (thirty-fifth round, branch count35), in our own
sentences: a state in company with N others by a plain "with" or a "joining" after its vote ("A, with N other
countries, voted against it", "A voted against it, joining N other states"), and a count of the side of a state whose
vote the sentence before told ("A voted against the text. N countries sided with A."). Written from templates, never
copied."""

from __future__ import annotations

from paraphrase_votes import _pick, _wrong_state, claim_count, claim_position

_SIDES = {"yes": ("voted in favour", "backed it"), "no": ("voted against it", "opposed it"),
          "abstain": ("abstained", "abstained on it")}


def _side(v, rng, least):
    sides = [s for s in ("yes", "no", "abstain") if v.counts.get(s, 0) >= least and _pick(v, rng, s, 1)]
    return rng.choice(sides) if sides else None


def with_others(v, rng, false=False):
    """'A, with N other countries, voted against it.' / 'A voted in favour with N other members.' / 'A opposed it,
    joining N other states.' The count is N + 1; a false row gives N one or two off."""
    side = _side(v, rng, 3)
    if side is None:
        return None
    state = _pick(v, rng, side, 1)[0]
    count = v.counts[side]
    said = count + rng.choice([-2, 2, 3]) if false else count
    name, others = v.name(state, cap=True), said - 1
    verb, other_verb = _SIDES[side]
    noun = rng.choice(["countries", "states", "nations", "members"])
    text = rng.choice([f"{name}, with {others} other {noun}, {other_verb}.",
                       f"{name} {verb} with {others} other {noun}.",
                       f"{name} {other_verb}, joining {others} other {noun}."])
    return text, [claim_position(v, state, side), claim_count(v, side, said, "false" if false else "true")]


def side_said_before(v, rng, false=False):
    """'A voted against the text. N countries sided with A.' / '… N states voted with A.' / '… N other nations stood
    with A.' The side is A's vote of the sentence before; a false row names a state of another side."""
    side = _side(v, rng, 4)
    if side is None or side == "yes":
        return None
    state = _pick(v, rng, side, 1)[0]
    if false:
        state = _wrong_state(v, rng, side)
    count = v.counts[side]
    verb = _SIDES[side][0].replace(" it", " the text")
    second = rng.choice([f"{count - 1} countries sided with {v.name(state)}.",
                         f"{count - 1} states voted with {v.name(state)}.",
                         f"{count - 1} other nations stood with {v.name(state)}."])
    return f"{v.name(state, cap=True)} {verb}. {second}", [claim_position(v, state, side), claim_count(v, side, count)]

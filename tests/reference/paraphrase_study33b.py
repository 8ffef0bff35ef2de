"""holdout33's English families, second half (thirty-second round, branch study33b), in our own sentences: a list after
a long copula complement ending in a colon, a group described in words inside a list ("A and a few of its friends:
B, C"), "was in a minority of / one of a handful of countries that", "A, one of the states that voted against, …",
"with 'no' votes from A and B", "A persuaded B and C to join it in voting against", and a compound naming a text's
author between a vote phrase and its list ("the Egypt-drafted text"). Written from templates, never copied."""

from __future__ import annotations

from paraphrase_votes import _pick, _wrong_state, claim_position, claim_tally, listed

_SIDE_NOUN = {"no": ["The countries that voted against", "Those voting against", "The opponents of the text"],
              "abstain": ["Most of the abstaining countries", "The states that abstained", "The abstaining nations"]}
_COMPLEMENTS = ["were governed by parties that had sought closer ties with the larger powers",
                "were, by and large, small states with close trading links to the sponsors' critics",
                "are led by governments facing elections within the year",
                "were mostly countries whose envoys had spoken against parts of the preamble"]


def long_complement_then_colon(v, rng, false=False):
    """'The abstaining nations were governed by parties that …: A, B and C.'"""
    side = rng.choice([s for s in ("no", "abstain") if len(v.side(s)) >= 3] or ["none"])
    states = _pick(v, rng, side, 3) if side != "none" else None
    if not states:
        return None
    if false:
        states[-1] = _wrong_state(v, rng, side)
    text = f"{rng.choice(_SIDE_NOUN[side])} {rng.choice(_COMPLEMENTS)}: {listed([v.name(s) for s in states])}."
    return text, [claim_position(v, s, side) for s in states]


_GROUPS = ["a few of its friends", "a group of countries ruled by its allies", "several governments close to it",
           "a handful of other states"]


def described_group_in_list(v, rng, false=False):
    """'Voting against were A and a few of its friends: B, C and D.'"""
    side = rng.choice([s for s in ("no", "abstain") if len(v.side(s)) >= 4] or ["none"])
    states = _pick(v, rng, side, 4) if side != "none" else None
    if not states:
        return None
    if false:
        states[-1] = _wrong_state(v, rng, side)
    opening = {"no": rng.choice(["Voting against were", "Voting against the resolution were:", "Opposing the text were"]),
               "abstain": rng.choice(["Abstaining were", "Those abstaining were"])}[side]
    joined = rng.choice(["and", "plus", "as well as"])
    text = (f"{opening} {v.name(states[0])} {joined} {rng.choice(_GROUPS)}: "
            f"{listed([v.name(s) for s in states[1:]])}.")
    return text, [claim_position(v, s, side) for s in states]


def minority_of_countries(v, rng, false=False):
    """'A was in a minority of states that opposed the text', 'A is one of a handful of nations that abstained',
    'A, one of the countries that voted no, said it would explain …'."""
    side = rng.choice([s for s in ("no", "abstain") if v.side(s)] or ["none"])
    states = _pick(v, rng, side, 1) if side != "none" else None
    if not states:
        return None
    state = _wrong_state(v, rng, side) if false else states[0]
    doing = {"no": rng.choice(["voted against it", "opposed the text", "voted no"]),
             "abstain": rng.choice(["abstained", "chose to abstain"])}[side]
    noun = rng.choice(["countries", "states", "nations"])
    name = v.name(state, cap=True)
    text = rng.choice([f"{name} was in a minority of {noun} which {doing}.",
                       f"{name} is one of a handful of {noun} that {doing}.",
                       f"{name} was part of a small group of {noun} that {doing}.",
                       f"{name}, one of the {noun} that {doing}, said it would explain its vote in writing."])
    return text, [claim_position(v, state, side)]


def quoted_no_votes_from(v, rng, false=False):
    """'It passed Y to N, with "no" votes from A and B.'"""
    states = _pick(v, rng, "no", 2)
    if not states:
        return None
    if false:
        states[-1] = _wrong_state(v, rng, "no")
    quote = rng.choice(['"no"', "'no'", "“no”"])
    text = (f"It passed {v.counts['yes']} to {v.counts['no']}, with {quote} votes "
            f"{rng.choice(['from', 'by'])} {listed([v.name(s) for s in states])}.")
    return text, [claim_tally(v, yes=v.counts["yes"], no=v.counts["no"])] + [claim_position(v, s, "no") for s in states]


def persuaded_to_join(v, rng, false=False):
    """'A persuaded B and C to join it in voting against the text', 'A convinced B to join it and C in voting no'."""
    states = _pick(v, rng, "no", 3)
    if not states:
        return None
    if false:
        states[1] = _wrong_state(v, rng, "no")
    verb = rng.choice(["persuaded", "convinced", "had persuaded", "got"])
    doing = rng.choice(["in voting against the text", "in voting no", "in opposing the resolution"])
    first, *others = [v.name(s) for s in states]
    if rng.random() < 0.5:
        text = f"{first[:1].upper() + first[1:]} {verb} {listed(others)} to join it {doing}."
    else:
        text = f"{first[:1].upper() + first[1:]} {verb} {others[0]} to join it and {others[1]} {doing}."
    return text, [claim_position(v, s, "no") for s in states]


def compound_author(v, rng, false=False):
    """'Voting against the Egypt-drafted text were A, B and C': the state of the compound wrote the text."""
    side = rng.choice([s for s in ("no", "abstain") if len(v.side(s)) >= 3] or ["none"])
    states = _pick(v, rng, side, 3) if side != "none" else None
    if not states or not v.side("yes"):
        return None
    author = v.name(rng.choice(v.side("yes"))).replace("the ", "")
    if false:
        states[-1] = _wrong_state(v, rng, side)
    compound = f"{author}-{rng.choice(['drafted', 'sponsored', 'proposed'])}"
    noun = rng.choice(["text", "resolution", "draft"])
    opening = {"no": rng.choice([f"Voting against the {compound} {noun} were",
                                 f"Opposing the {compound} {noun} were"]),
               "abstain": f"Abstaining on the {compound} {noun} were"}[side]
    text = f"{opening} {listed([v.name(s) for s in states])}."
    return text, [claim_position(v, s, side) for s in states]

"""The thirty-third round's families (branch study33), in our own sentences: a counted side's states given through a
described group before their examples ("N abstentions, including a number of countries that …, such as A and B");
"we" of a government, a delegation or a representative the text names; a date, a year or "again" between "voted" and
its side. Written from templates, never copied."""

from __future__ import annotations

from paraphrase_families import side_states
from paraphrase_votes import _one_state, claim_count, claim_position, listed

VERB = {"yes": "voted in favour of the resolution", "no": "voted against the resolution",
        "abstain": "abstained on the resolution"}


def described_group(v, rng, false=False):
    """'There were 31 abstentions, including some states that had been expected to side with it, such as A.'"""
    vote = rng.choice(["no", "abstain"])
    n = v.counts[vote]
    states = side_states(v, rng, vote, min(3, n), false, usable=n >= 3)
    if not states:
        return None
    names = listed([v.name(s) for s in states])
    counted = {"no": f"{n} votes against", "abstain": f"{n} abstentions"}[vote]
    sentence = rng.choice([
        f"There were {counted}, including some states that had been expected to side with the text, such as {names}.",
        f"The {counted} included several states that rarely break ranks, like {names}.",
        f"There were {counted}, most of them countries which had said little in the debate, such as {names}.",
    ])
    claims = [claim_position(v, s, vote) for s in states]
    return sentence, claims + ([] if false else [claim_count(v, vote, n)])


def we_of_a_government(v, rng, false=False):
    """'The Government of A explained its vote afterwards. We voted against the resolution, its statement said.'"""
    chosen = _one_state(v, rng, false)
    if not chosen:
        return None
    vote, state = chosen
    we = "We " + VERB[vote]
    sentence = rng.choice([
        f"The Government of {v.name(state)} explained its position afterwards. {we}, its statement said.",
        f"\u201c{we},\u201d the representative of {v.name(state)} told the Assembly after the vote.",
        f"The ambassador of {v.name(state)} spoke at length before the vote.\n\nThe debate ran late.\n\n{we}.",
    ])
    return sentence, [claim_position(v, state, vote)]


def time_before_side(v, rng, false=False):
    """'A voted on 9 December against the resolution', 'A voted once more in favour of the resolution'."""
    chosen = _one_state(v, rng, false, ("yes", "no"))
    if not chosen:
        return None
    vote, state = chosen
    when = rng.choice([f"on {v.day.day} {v.day:%B}", "once more", "again", f"in {v.day.year}", "last night"])
    side = {"yes": "in favour of the resolution", "no": "against the resolution"}[vote]
    return f"{v.name(state, cap=True)} voted {when} {side}.", [claim_position(v, state, vote)]

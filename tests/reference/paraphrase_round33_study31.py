"""holdout28's recurring families (thirty-third round, branch study31), in our own sentences: what a side's states had
been expected to do, told between the side's noun and its "such as" list; a state's government or delegation "was one
of" / "was among" the side's states. Written from templates, never copied."""

from __future__ import annotations

from paraphrase_families import side_states
from paraphrase_votes import _one_state, claim_position, listed

SIDE_NOUN = {"no": ["The votes against", "Those voting against", "The opponents"],
             "abstain": ["The abstentions", "Those abstaining", "The abstainers"]}
OTHER_SIDE = {"no": "back the text", "abstain": "vote against it"}


def expected_before_list(v, rng, false=False):
    """'The abstentions included several states that had been widely expected to vote against it, such as
    A, B and C.'"""
    vote = rng.choice(["no", "abstain"])
    states = side_states(v, rng, vote, 3, false)
    if not states:
        return None
    expected = rng.choice(["that had been widely expected to", "who were thought likely to", "which were expected to"])
    group = rng.choice(["several states", "a fair number of members", "a few delegations"])
    sentence = (f"{rng.choice(SIDE_NOUN[vote])} included {group} {expected} {OTHER_SIDE[vote]}, such as "
                f"{listed([v.name(s) for s in states])}.")
    return sentence, [claim_position(v, s, vote) for s in states]


def government_one_of(v, rng, false=False):
    """'A's government was one of the countries that abstained.' / 'The delegation of A was among those …'"""
    chosen = _one_state(v, rng, false)
    if not chosen:
        return None
    vote, state = chosen
    body = rng.choice(["government", "delegation"])
    tail = {"yes": "to vote for the resolution", "no": "that voted against the resolution",
            "abstain": "to abstain on the resolution"}[vote]
    group = rng.choice(["one of a small group of countries", "among the states", "one of the nations"])
    return f"The {v.names[state]} {body} was {group} {tail}.", [claim_position(v, state, vote)]  # "The Chile delegation"

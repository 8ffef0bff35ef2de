"""holdout32's families of the thirty-third round (branch study32), in our own sentences: a relative clause about
another deed between a subject and a copular vote phrase ("A and B, which hold seats on the Council, were among those
that voted against it"); the leader a state voted under between the state and its vote phrase ("A under President X
was among the states that abstained"); a refusal to back a text named by its sponsor's adjective or possessive ("A
refused to back B's draft"); siding with a state ("A and B sided with C on the resolution"). Written from templates,
never copied."""

from __future__ import annotations

from paraphrase_families import side_states
from paraphrase_votes import _one_state, _pick, _wrong_state, claim_position, listed

SIDE_PHRASE = {"yes": "were among those that voted for the resolution", "no": "were among those that opposed the resolution",
               "abstain": "were among those that abstained"}
DEEDS = ["which are Security Council members", "which trade heavily with the region",
         "who sent their foreign ministers to the debate", "which had asked for more time to negotiate"]
LEADERS = ["under President Moreau", "under Prime Minister Okafor", "under President Lindqvist",
           "under Chancellor Brandt"]


def relative_before_copula(v, rng, false=False):
    """'A and B, both Security Council members, were among those that opposed the resolution.'"""
    vote = rng.choice(["yes", "no", "abstain"])
    states = side_states(v, rng, vote, 2, false)
    if not states:
        return None
    sentence = (f"{listed([v.name(s, cap=i == 0) for i, s in enumerate(states)])}, {rng.choice(DEEDS)}, "
                f"{SIDE_PHRASE[vote]}.")
    return sentence, [claim_position(v, s, vote) for s in states]


def under_a_leader(v, rng, false=False):
    """'A under President Moreau was among the states that abstained on the resolution.'"""
    chosen = _one_state(v, rng, false)
    if not chosen:
        return None
    vote, state = chosen
    tail = {"yes": rng.choice(["was among the states that voted for the resolution", "voted in favour of the resolution"]),
            "no": rng.choice(["was among the states that voted against the resolution", "voted against the resolution"]),
            "abstain": rng.choice(["was among the states that abstained on the resolution", "abstained on the resolution"])}[vote]
    return f"{v.name(state, cap=True)} {rng.choice(LEADERS)} {tail}.", [claim_position(v, state, vote)]


def refused_sponsors_text(v, rng, false=False):
    """'A refused to back B's draft.' (a refusal: no, an abstention or an absence, never called false)"""
    pick = _pick(v, rng, "no", 1)
    sponsor = _pick(v, rng, "yes", 1)
    if not pick or not sponsor:
        return None
    state = _wrong_state(v, rng, "no") if false else pick[0]
    if false and v.votes.get(state) != "yes":
        return None  # a refusal is false only of a state that voted in favour
    text = rng.choice(["draft", "resolution", "initiative"])
    verb = rng.choice(["refused to back", "did not support", "failed to back"])
    return f"{v.name(state, cap=True)} {verb} {v.name(sponsor[0])}'s {text}.", [claim_position(v, state, "no")]


def sided_with(v, rng, false=False):
    """'A and B sided with C on the resolution.' (the side C took: read by C's own vote, never called false)"""
    vote = rng.choice(["yes", "no"])
    states = _pick(v, rng, vote, 3)
    if not states:
        return None
    *sided, leader = states
    if false:
        sided = sided[:1] + [_wrong_state(v, rng, vote)]
    where = rng.choice(["on the resolution", "in the vote", "when the resolution came to a vote"])
    sentence = f"{listed([v.name(s, cap=i == 0) for i, s in enumerate(sided)])} sided with {v.name(leader)} {where}."
    return sentence, [claim_position(v, s, vote) for s in sided]

"""The thirty-first round's family (branch false15), in our own sentences: a paragraph that names no vote of its own,
whose sentence lists one side in full accord with the vote the text pinned down before, and another side with one
state that voted otherwise (fingerprint.sibling_identifies: another side's list of the claim's own sentence)."""

from __future__ import annotations

from datetime import timedelta

from paraphrase_votes import Vote, _wrong_state, claim_position, claim_tally, listed


def two_sides_in_a_paragraph_of_their_own(v: Vote, rng, false=False):
    """'It passed by Y votes to N, with K abstentions.' then, in a paragraph of its own, 'A, B and C voted against it,
    while D, E and F abstained.' The false variant puts among the abstainers a state that did not abstain."""
    against, abstaining = v.side("no"), v.side("abstain")
    if not v.complete or len(against) < 3 or len(abstaining) < 3:
        return None
    noes = rng.sample(against, 3)
    abstainers = rng.sample(abstaining, 2) + [_wrong_state(v, rng, "abstain")] if false else rng.sample(abstaining, 3)
    rng.shuffle(abstainers)
    said_no = listed([v.name(s, cap=k == 0) for k, s in enumerate(noes)])
    said_abstain = listed([v.name(s) for s in abstainers])
    form = rng.choice([f"{said_no} voted against it, while {said_abstain} abstained.",
                       f"{said_no} opposed the text, and {said_abstain} abstained."])
    y, n, a = v.counts["yes"], v.counts["no"], v.counts["abstain"]
    abstentions = "one abstention" if a == 1 else f"{a} abstentions"
    lead = f"On {v.day.day} {v.day:%B %Y} the General Assembly voted on a resolution {v.topic}."
    return (f"It passed by {y} votes to {n}, with {abstentions}.\n\n{form}",
            [claim_tally(v, yes=y, no=n, abstain=a)] + [claim_position(v, s, "no") for s in noes]
            + [claim_position(v, s, "abstain") for s in abstainers],
            (lead, v.day + timedelta(days=1)))

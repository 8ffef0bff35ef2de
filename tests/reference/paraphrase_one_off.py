"""Families of the paraphrase set (make_paraphrases.py), twenty-seventh round (branch false11): a tally one number off
the record whose sentence names one side in full, and a list after such a tally that names a state which did not vote
so. Sentences of our own; the numbers and the states' votes come from the store."""

from __future__ import annotations

from paraphrase_votes import _wrong_state, claim_position, claim_tally, listed


def side_in_full_one_off(v, rng, false=False):
    """'backed by Y countries, with N — A, B and C — voting against and K abstaining': the side against named in
    full inside the tally; the false variant has one abstention more than the record."""
    y, n, a = v.counts["yes"], v.counts["no"], v.counts["abstain"]
    against = v.side("no")
    if not v.complete or not 3 <= n <= 6 or len(against) != n or a < 3:
        return None
    said = a + 1 if false else a
    states = rng.sample(against, n)
    names = listed([v.name(s) for s in states])
    form = rng.choice([f"The text was backed by {y} countries, with {n} — {names} — voting against and {said} "
                       "abstaining.",
                       f"It won {y} votes; {n} states — {names} — opposed it, and {said} abstained."])
    return form, [claim_tally(v, "false" if false else "true", yes=y, no=n, abstain=said)] \
        + [claim_position(v, s, "no") for s in states]


def list_after_a_tally_one_off(v, rng, false=False):
    """'It was adopted by Y votes to N, with K abstentions. Those against were A, B, C and D.': the false variant
    counts one more against and names, among those against, a state that voted otherwise or not at all."""
    y, n, a = v.counts["yes"], v.counts["no"], v.counts["abstain"]
    against = v.side("no")
    if not v.complete or not 3 <= n <= 6 or len(against) != n or a < 3:
        return None
    states = rng.sample(against, n) + ([_wrong_state(v, rng, "no")] if false else [])
    said = len(states)
    form = rng.choice(["It was adopted by {} votes to {}, with {} abstentions. Those against were {}.",
                       "The text passed {}-{}-{}. The states voting no were {}."])
    return (form.format(y, said, a, listed([v.name(s) for s in states])),
            [claim_tally(v, "false" if false else "true", yes=y, no=said, abstain=a)]
            + [claim_position(v, s, "no") for s in states])

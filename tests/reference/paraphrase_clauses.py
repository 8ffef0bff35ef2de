"""A paraphrase family of the twenty-ninth round (branch clauses): one sentence that lists two votes, each clause with
its own tally, and a state named in the later clause, whose vote is the later clause's."""

from __future__ import annotations

from paraphrase_votes import VOTED, VOTES, VOTING, Vote, _one_state, claim_position, claim_tally


def state_in_a_later_clause(v, rng, false=False):
    """"On resolution NN/NNN the vote was Y2 to N2; on the text on X (Y to N), A voted against.": the first clause is
    another, earlier vote, named by its symbol; the state is in the clause of the lead's vote (the claims: both tallies
    and the state's vote)."""
    other = Vote(rng.choice([s for s in VOTES if s != v.symbol]), v.names)
    (y, n), (y2, n2) = (v.counts["yes"], v.counts["no"]), (other.counts["yes"], other.counts["no"])
    if (y, n) == (y2, n2) or not y or not y2 or "/" not in other.symbol or other.day >= v.day:  # an earlier vote
        return None
    chosen = _one_state(v, rng, false)
    if not chosen:
        return None
    vote, state = chosen
    name, short = v.name(state), other.symbol.replace("A/RES/", "")
    sentence = rng.choice([
        f"On resolution {short} the vote was {y2} to {n2}; on the text {v.topic} ({y} to {n}), {name} {VOTED[vote]}.",
        f"Resolution {short} passed {y2} to {n2}, while the text {v.topic} was adopted {y} to {n} with {name} "
        f"{VOTING[vote]}.",
        f"On resolution {short} the count was {y2} to {n2}; the text {v.topic} carried {y} to {n}, with {name} "
        f"{VOTING[vote]}.",
    ])
    return sentence, [claim_tally(other, yes=y2, no=n2), claim_tally(v, yes=y, no=n), claim_position(v, state, vote)]

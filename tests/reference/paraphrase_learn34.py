"""A list whose vote follows in a relative clause, read by the learned model (thirty-fourth round, branch learn34), in
our own sentences: "It was adopted by Y votes to N, with K abstentions. They included A, B and C, all of which voted
against it." No false variant: a reading of the model is never called false (docs/claims.md, thirty-fourth round).
Written from templates, never copied."""

from __future__ import annotations

from paraphrase_votes import _pick, claim_position, claim_tally, listed


def list_then_relative_vote(v, rng, false=False):
    side = rng.choice([s for s in ("no", "abstain") if len(v.side(s)) >= 3] or ["none"])
    if false or side == "none":
        return None
    states = _pick(v, rng, side, 3)
    if not states:
        return None
    y, n, a = v.counts["yes"], v.counts["no"], v.counts["abstain"]
    names = listed([v.name(s) for s in states])
    opener = rng.choice(["They included", "Among those were"])
    which = rng.choice(["all of which", "each of which"])
    deed = {"no": rng.choice(["voted against it", "voted no"]), "abstain": "abstained"}[side]
    text = f"It was adopted by {y} votes to {n}, with {a} abstentions. {opener} {names}, {which} {deed}."
    return text, [claim_tally(v, yes=y, no=n, abstain=a)] + [claim_position(v, s, side) for s in states]

"""Paraphrase constructions of the fifteenth hunt (thirtieth round, branch fahunt15): the Assembly's tally told beside
numbers that are not one of its votes' — a legislature's vote on a bill about the same subject, and a sum over the
years of a series. Only the Assembly's tally is a claim; the other numbers must never be called false."""

from __future__ import annotations

from paraphrase_votes import claim_tally


def _own(v, rng, false):
    """The Assembly's own tally sentence, with its numbers (the abstentions a few off in a false variant)."""
    y, n, a = v.counts["yes"], v.counts["no"], v.counts["abstain"]
    if false:
        a = a + rng.choice([2, 3]) if a > 3 else a + 2
    sentence = rng.choice([f"In the General Assembly, the resolution was adopted by {y} votes to {n}, with {a} abstentions.",
                           f"The General Assembly then passed it {y}-{n}-{a}.",
                           f"The Assembly's own vote was {y} in favour, {n} against and {a} abstaining."])
    return sentence, claim_tally(v, "false" if false else "true", yes=y, no=n, abstain=a)


def beside_a_legislature(v, rng, false=False):
    """A legislature's vote on a bill about the Assembly's subject, with the Assembly's yes and another no, before the
    Assembly's tally (the claim: the Assembly's tally; the legislature's is another body's)."""
    if v.counts["abstain"] < 2 or v.counts["yes"] < 20:
        return None
    y, other_no = v.counts["yes"], v.counts["no"] + rng.choice([3, 4, 5])
    legislature = rng.choice([f"Lawmakers in one member's parliament had voted {y}-{other_no} on a bill about it.",
                              f"The national legislature had passed a bill on the matter by {y} votes to {other_no}.",
                              f"Senators had approved a bill on the question {y} to {other_no} a week before."])
    own, claim = _own(v, rng, false)
    return legislature + " " + own, [claim]


def beside_a_sum_over_years(v, rng, false=False):
    """The Assembly's tally, then a sum of abstentions over the years of its series, larger than the membership (the
    claim: the tally; the sum is no vote's count)."""
    if v.counts["abstain"] < 2:
        return None
    own, claim = _own(v, rng, false)
    total = rng.randint(240, 420)
    tail = rng.choice([f"Over all the years of this vote, the Assembly has seen {total} abstentions in all.",
                       f"In the years it has come to a vote, {total} abstentions have been cast on the text.",
                       f"Since the first such vote, a total of {total} states have abstained."])
    return own + " " + tail, [claim]

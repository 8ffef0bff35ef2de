"""Claims the store held but the reader left unread (thirty-third round, branch nis34), in our own sentences: a
delegation's mark in brackets beside a side's number ("by 150 votes to 2 (A, B)", "2 – (A, B) – against") and a
sentence pointing back to the states of a side's count ("N countries voted against it. A was one of them."). Written
from templates, never copied."""

from __future__ import annotations

from paraphrase_votes import _pick, _wrong_state, claim_count, claim_position, claim_tally, listed


def marks_in_brackets(v, rng, false=False):
    """'It passed by Y votes to N (A, B), with K abstentions.' / 'Y in favour, N – (A, B) – against, K abstaining.'
    The states are named by their name or their mark of three letters, as a verbatim record writes them."""
    n = v.counts["no"]
    if not 1 <= n <= 3:
        return None
    states = _pick(v, rng, "no", n)
    if not states:
        return None
    if false:
        states[-1] = _wrong_state(v, rng, "no")
    by_mark = rng.random() < 0.5
    names = listed([s if by_mark else v.name(s) for s in states])
    y, a = v.counts["yes"], v.counts["abstain"]
    abstentions = "abstention" if a == 1 else "abstentions"
    text = rng.choice([f"It passed by {y} votes to {n} ({names}), with {a} {abstentions}.",
                       f"The text was adopted by {y} votes to {n} ({names}) with {a} abstaining.",
                       f"The vote was {y} in favour, {n} – ({names}) – against, and {a} {abstentions}."])
    return text, [claim_tally(v, yes=y, no=n, abstain=a)] + [claim_position(v, s, "no") for s in states]


def one_of_them(v, rng, false=False):
    """'N countries voted against it. A was one of them.' / '… A and B, as expected, were among them.'"""
    side = rng.choice([s for s in ("no", "abstain") if len(v.side(s)) >= 2] or ["none"])
    if side == "none":
        return None
    k = rng.choice([1, 2])
    states = _pick(v, rng, side, k)
    if not states:
        return None
    if false:
        states[-1] = _wrong_state(v, rng, side)
    count = v.counts[side]
    first = {"no": f"{count} countries voted against it.", "abstain": f"{count} countries abstained."}[side]
    names = listed([v.name(s, cap=i == 0) for i, s in enumerate(states)])
    if k == 1:
        second = rng.choice([f"{names} was one of them.", f"{names} was among them."])
    else:
        second = rng.choice([f"{names}, as expected, were among them.", f"{names} were among them."])
    return f"{first} {second}", [claim_count(v, side, count)] + [claim_position(v, s, side) for s in states]

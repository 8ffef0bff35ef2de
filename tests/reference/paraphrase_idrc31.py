"""A family of the paraphrase set (make_paraphrases.py), thirtieth round (branch idrc31): a tally laid out a line per
side, each line going on to name or break down the states it counts ("• 122 in favour, among them A and B",
"Against: 5 – namely C and D"). Sentences of our own; the numbers and the states' votes come from the store."""

from __future__ import annotations

from datetime import timedelta

from paraphrase_votes import _pick, claim_count, claim_position, listed


def lines_that_name_their_states(v, rng, false=False):
    """The three sides a line each, each line with three of its states after the number, under a lead that names no
    day, subject or symbol: the lines together are the vote's fingerprint. The false variant gives the
    abstentions two more than the record."""
    y, n, a = v.counts["yes"], v.counts["no"], v.counts["abstain"]
    if n < 3 or a < 3:
        return None
    picks = {side: _pick(v, rng, side, 3) for side in ("yes", "no", "abstain")}
    if not all(picks.values()):
        return None
    said = a + 2 if false else a
    names = {side: listed([v.name(s) for s in states]) for side, states in picks.items()}
    if rng.random() < 0.5:
        lines = [f"• {y} in favour, among them {names['yes']}", f"• {n} against: {names['no']}",
                 f"• {said} abstentions, including {names['abstain']}"]
    else:
        lines = [f"In favour: {y} – among them {names['yes']}", f"Against: {n} – namely {names['no']}",
                 f"Abstaining: {said} – including {names['abstain']}"]
    lead = "The Assembly took a recorded vote this week. The result is set out below."
    claims = [claim_count(v, "yes", y), claim_count(v, "no", n), claim_count(v, "abstain", said,
                                                                          "false" if false else "true")]
    return "\n" + "\n".join(lines), claims + [claim_position(v, s, side) for side, states in picks.items()
                                               for s in states], (lead, v.day + timedelta(days=1))

"""The twenty-eighth round's families (branch frus), in our own sentences: the shapes of diplomatic records. A shift
table, each state with the move of its vote in brackets or after a bare "from" (claims.shifts), and the support one
state won from others told with the vote they cast (claims.won_over)."""

from __future__ import annotations

from paraphrase_votes import _moved_state, _pick, _wrong_state, claim_position, listed

SIDE = {"yes": "yes", "no": "no", "abstain": "abstain"}


def shift_table(v, rng, false=False):
    """One or two states that moved since the series' vote before: the vote now on this vote, the vote then on that one; in
    the false variant the first state is given the third vote now."""
    first = _moved_state(v, rng, false)
    if not first:
        return None
    second = _moved_state(v, rng)
    items, claims = [], []
    for state, _, then, old, said_now in [first] + ([second] if second[0] != first[0] else []):
        items.append((v.name(state, cap=True), then, said_now))
        claims += [claim_position(v, state, said_now), claim_position(old, state, then)]
    year = first[3].day.year
    shape = rng.choice([0, 1, 2])
    if shape == 0:
        table = "; ".join(f"{n} ({SIDE[a]} to {SIDE[b]})" for n, a, b in items)
        return f"Shifts since the {year} vote: {table}.", claims
    if shape == 1:
        table = ", ".join(f"{n} from {SIDE[a]} to {SIDE[b]}" for n, a, b in items)
        return f"Changes of position against {year}: {table}.", claims
    table = "; ".join(f"{n} ({SIDE[a]} to {SIDE[b]})" for n, a, b in items)
    return f"Our delegation recorded these moves from the {year} roll call — {table}.", claims


WORDS = {"no": ["to vote against the resolution", "in voting no", "to oppose the text"],
         "yes": ["to vote for the resolution", "in voting yes", "to vote in favour"],
         "abstain": ["to abstain", "in abstaining"]}


def support_won(v, rng, false=False):
    """A state that won others over to a side, the side said after the list; in the false variant one of the others
    did not vote so."""
    side = rng.choice(["no", "abstain", "yes"])
    pick = _pick(v, rng, side, 3)
    if not pick:
        return None
    winner, others = pick[0], pick[1:]
    if false:
        others = [others[0], _wrong_state(v, rng, side)]
    verb = rng.choice(["secured support from", "won the backing of", "picked up the votes of", "gained support from"])
    names = listed([v.name(s) for s in others])
    sentence = f"{v.name(winner, cap=True)} {verb} {names} {rng.choice(WORDS[side])}."
    return sentence, [claim_position(v, s, side) for s in others]

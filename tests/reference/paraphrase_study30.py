"""Paraphrase families of holdout30's English misses, first half (twenty-ninth round, branch study30): a count that
would have been, a symbol in brackets after a resolution's description, the lone abstainer and no one against, a quote
that opens the vote verb, "voted last Friday against", a misspelt last item of a list. Our own templates."""

from __future__ import annotations

from paraphrase_families import side_states
from paraphrase_votes import VOTED, WEEKDAYS, _one_state, _pick, _wrong_state, claim_count, claim_position, listed

SIDE_NOUN = {"no": "voted no", "abstain": "abstained"}


def study30_would_have_been(v, rng, false=False):
    """The count a vote had, then the count it would have had: only the first is the vote's."""
    yes = v.counts["yes"]
    said = yes + rng.choice([2, 3]) if false else yes
    text = rng.choice([
        f"The text drew {said} votes in favour; had three delegations voted as they meant to, the right count would "
        f"have been {yes - 3} in favour.",
        f"It received {said} affirmative votes, though the proper figure should have been {yes - 2} in favour after "
        f"two late switches.",
    ])
    return text, [claim_count(v, "yes", said, "false" if false else "true")]


def study30_bracketed_symbol(v, rng, false=False):
    """A resolution's description with its session/number symbol in brackets, then its voters: "On a resolution on X
    (68/262), A and B voted no"; "only" when the list holds the whole side."""
    if "/" not in v.symbol or not v.symbol[:2].isdigit() or v.symbol.startswith(("1", "2")):
        return None  # the bracketed form is the 31st session's on
    vote = rng.choice(["no", "abstain"])
    side = v.side(vote)
    if not v.complete or not 1 <= len(side) <= 3 or len(side) != v.counts[vote]:
        return None
    states = list(side)
    if false:
        states[-1] = _wrong_state(v, rng, vote)
    short = v.symbol.rstrip("AB")
    text = f"On a resolution {v.topic} ({short}), only {listed([v.name(s) for s in states])} {SIDE_NOUN[vote]}."
    claims = [claim_position(v, s, vote) for s in states]
    return text, claims + [claim_count(v, vote, len(states))]  # a state put on the wrong side leaves the count true


def study30_lone_or_none(v, rng, false=False):
    """"A was the lone abstainer", "nobody voted in the negative": a side of one state, or of none."""
    if v.counts["no"] == 0 and not false:
        return rng.choice(["No one voted in the negative.", "Nobody voted against the text.",
                           "No country voted against it."]), [claim_count(v, "no", 0)]
    for vote in ("abstain", "no"):
        side = v.side(vote)
        if v.complete and len(side) == 1:
            state = _wrong_state(v, rng, vote) if false else side[0]
            noun = rng.choice(["abstainer", "abstention"]) if vote == "abstain" else "dissenter"
            text = f"{v.name(state, cap=True)} was the {rng.choice(['lone', 'sole', 'only'])} {noun}."
            return text, [claim_position(v, state, vote), claim_count(v, vote, 1)]
    return None


def study30_quoted_verb(v, rng, false=False):
    """A state's own words on its vote in quotes, the verb first: 'A "abstained with regret" on the text'."""
    chosen = _one_state(v, rng, false)
    if not chosen:
        return None
    vote, state = chosen
    words = {"yes": "voted in favour with conviction", "no": "voted against with a heavy heart",
             "abstain": "abstained with great regret"}[vote]
    return (f"{v.name(state, cap=True)} “{words}” on the resolution, its ambassador said.",
            [claim_position(v, state, vote)])


def study30_last_weekday(v, rng, false=False):
    """"A and B voted last Friday against the resolution": the day between the verb and its side."""
    vote = rng.choice(["yes", "no"])
    states = side_states(v, rng, vote, 2, false)
    if not states:
        return None
    side = {"yes": "in favour of", "no": "against"}[vote]
    text = (f"{v.name(states[0], cap=True)} and {v.name(states[1])} voted last {WEEKDAYS[v.day.weekday()]} {side} the "
            f"resolution.")
    return text, [claim_position(v, s, vote) for s in states]


def study30_misspelt_last(v, rng, false=False):
    """A list whose last item is a state's name with a letter doubled: "A, B and Hondurras abstained"."""
    vote = rng.choice(["yes", "no", "abstain"])
    side = [s for s in v.side(vote) if len(v.names[s]) >= 7 and " " not in v.names[s]]
    states = _pick(v, rng, vote, 2)
    if not states or not side:
        return None
    last = rng.choice([s for s in side if s not in states] or side)
    if last in states:
        return None
    if false:
        states[1] = _wrong_state(v, rng, vote)
    name = v.names[last]
    at = rng.randrange(2, len(name) - 1)
    misspelt = name[:at] + name[at] + name[at:]
    text = f"{v.name(states[0], cap=True)}, {v.name(states[1])} and {misspelt} {VOTED[vote]}."
    return text, [claim_position(v, s, vote) for s in (*states, last)]

"""Paraphrase families of holdout31's English misses, first half (thirtieth round, branch study31): a colon label's
count with its states in a bracket, "Non-voting" in a labelled summary, a former name set off by commas, a list
pointing back at a group's change of vote, and those that did not vote counted in other words. Our own templates."""

from __future__ import annotations

from paraphrase_votes import PREVIOUS, Vote, _wrong_state, claim_count, claim_position, claim_tally, listed

# a state's former name, and the year from which the record has it under its present one
FORMER = {"LKA": ("Ceylon", 1972), "BFA": ("Upper Volta", 1984), "BEN": ("Dahomey", 1975), "KHM": ("Kampuchea", 1990)}


def study31_colon_count_bracket(v, rng, false=False):
    """A summary a line a side, each count followed by its states: "Against: 4 (A, B, C, D)"."""
    sides = [s for s in ("no", "abstain") if 1 <= v.counts[s] <= 12 and len(v.side(s)) == v.counts[s]]
    if not v.complete or not sides:
        return None
    labels = {"no": rng.choice(["Against", "Negative", "No"]), "abstain": rng.choice(["Abstentions", "Abstain",
                                                                                        "Abstaining"])}
    opened, closed = rng.choice([(" (", ")"), (" - ", "")])
    lines, claims = [f"In favour: {v.counts['yes']}"], [claim_count(v, "yes", v.counts["yes"])]
    wrong = rng.choice(sides) if false else None
    for side in ("no", "abstain"):
        if side not in sides:
            continue
        states = list(v.side(side))
        if side == wrong:
            states[-1] = _wrong_state(v, rng, side)
        lines.append(f"{labels[side]}: {v.counts[side]}{opened}{', '.join(v.name(s) for s in states)}{closed}")
        claims += [claim_count(v, side, v.counts[side])] + [claim_position(v, s, side) for s in states]
    return rng.choice(["The vote was:", "The final vote was:", "Result of the vote:"]) + "\n\n" + "\n".join(lines) \
        + "\n\n", claims


def study31_non_voting(v, rng, false=False):
    """A one-line summary of a recorded vote with the states present that did not vote: "Non-voting: 12"."""
    if not v.counts["absent"] or not v.counts["no"]:
        return None
    absent = v.counts["absent"] + (rng.choice([2, 3]) if false else 0)
    label = rng.choice(["Non-voting", "Non-Voting", "Not voting"])
    text = (f"Adopted by a recorded vote: Yes: {v.counts['yes']}, No: {v.counts['no']}, Abstentions: "
            f"{v.counts['abstain']}, {label}: {absent}.")
    return text, [claim_tally(v, "false" if false else "true", yes=v.counts["yes"], no=v.counts["no"],
                              abstain=v.counts["abstain"], absent=absent)]


def study31_former_name(v, rng, false=False):
    """A state's former name set off by commas inside a list: "A and Sri Lanka, formerly Ceylon, abstained"."""
    for side in rng.sample(["yes", "no", "abstain"], 3):
        renamed = [s for s in v.side(side) if s in FORMER and v.day.year >= FORMER[s][1] and s in v.names]
        other = [s for s in v.side(side) if s not in FORMER]
        if v.complete and renamed and other:
            break
    else:
        return None
    first, renamed = rng.choice(other), rng.choice(renamed)
    if false:
        first = _wrong_state(v, rng, side)
    verb = {"yes": "voted in favour", "no": "voted against", "abstain": "abstained"}[side]
    word = rng.choice(["formerly", "previously"])
    text = f"{v.name(first, cap=True)} and {v.name(renamed)}, {word} {FORMER[renamed][0]}, {verb}."
    return text, [claim_position(v, first, side), claim_position(v, renamed, side)]


def study31_pointed_change(v, rng, false=False):
    """A group's change of vote in one sentence, then a list pointing back at it: "Several states that abstained last
    year but voted in favour this year … These included A and B." Each state on both votes."""
    before = PREVIOUS.get(v.symbol)
    if not before:
        return None
    old = Vote(before, v.names)
    verbs = {"yes": "voted in favour", "no": "voted against", "abstain": "abstained"}
    pairs = [(then, now) for then in verbs for now in verbs if then != now]
    for then, now in rng.sample(pairs, len(pairs)):
        moved = sorted(s for s in v.names if v.votes.get(s) == now and old.votes.get(s) == then)
        if len(moved) >= 2:
            break
    else:
        return None
    states = rng.sample(moved, 2)
    if false:  # a state that did not move that way, said to have
        states[-1] = rng.choice([s for s in v.names if s in v.votes and s in old.votes
                                 and (v.votes[s], old.votes[s]) != (now, then)])
    gap = rng.choice([" ", "\n\n"])
    text = (f"Several states that {verbs[then]} last year but {verbs[now]} this year made the difference.{gap}"
            f"{rng.choice(['These included', 'They included', 'Among them were'])} "
            f"{listed([v.name(s) for s in states])}.")
    return text, [claim_position(v, s, now) for s in states] + [claim_position(old, s, then) for s in states]


def study31_among_not_taking_part(v, rng, false=False):
    """"A was among 12 states not taking part in the vote", "There were only twelve absentees for the vote": those
    that did not vote, counted in other words (a state away, or a count that may be the abstainers)."""
    if not v.complete or v.counts["absent"] < 3 or not v.side("absent"):
        return None
    count = v.counts["absent"] + (rng.choice([3, 4]) if false else 0)
    if count == v.counts["abstain"]:
        return None  # "not taking part" may mean the abstainers: a count equal to theirs is not false
    if rng.random() < 0.5:
        return f"There were only {count} absentees for the vote.", [claim_count(v, "absent", count,
                                                                              "false" if false else "true")]
    state = rng.choice(v.side("absent"))
    verb = rng.choice(["not taking part", "not participating"])
    return (f"{v.name(state, cap=True)} was among {count} states {verb} in the vote.",
            [claim_count(v, "absent", count, "false" if false else "true"), claim_position(v, state, "absent")])

"""holdout32's English families, first half (thirty-first round, branch study32), in our own sentences: last year's
vote told with "sole objections by A and B" or "contrary ballots cast by A and B alone" and "no delegation
abstained"; votes counted as "favourable" and "contrary"; a count's change since the year before in brackets before
its label ("N (-5) states voted against"); two states written as one name with two compass words ("North and South Korea");
"respectively" before the votes it pairs; a translated copy's side first ("Against were 60"). Written from templates,
never copied."""

from __future__ import annotations

from paraphrase_votes import PREVIOUS, Vote, _pick, _wrong_state, claim_count, claim_position, claim_tally, listed


def last_year_sole_objections(v, rng, false=False):
    """'Last year no delegation abstained, and the text went through with sole objections by A and B.'"""
    before = PREVIOUS.get(v.symbol)
    if not before:
        return None
    old = Vote(before, v.names)
    states = old.side("no")
    if not old.complete or not 1 <= len(states) <= 4 or len(states) != old.counts["no"]:
        return None
    if false:
        states = states[:-1] + [_wrong_state(old, rng, "no")]
    names = listed([old.name(s) for s in states])
    said = rng.choice([f"the text went through with sole objections by {names}",
                       f"the text won with contrary ballots cast by {names} alone",
                       f"the draft went through with sole objections from {names}"])
    claims = [claim_position(old, s, "no") for s in states]
    if not false:
        claims.append(claim_count(old, "no", len(states)))
    if old.counts["abstain"] == 0:
        said = rng.choice(["no delegation abstained, and ", "no country abstained and "]) + said
        claims.append(claim_count(old, "abstain", 0))
    # this year's tally first: a bare "last year" after a lead that names this year's vote only by its symbol and
    # subject is left unidentified (identification's matter, not this reading's)
    now = f"This year it passed by {v.counts['yes']} votes to {v.counts['no']}, with {v.counts['abstain']} abstentions."
    claims.insert(0, claim_tally(v, yes=v.counts["yes"], no=v.counts["no"], abstain=v.counts["abstain"]))
    return f"{now} Last year, {said}.", claims


def favourable_votes(v, rng, false=False):
    """'It was adopted with 143 favourable votes and 5 contrary votes.'"""
    yes, no = v.counts["yes"], v.counts["no"]
    if not no:
        return None
    said = yes + rng.choice([-4, 4]) if false else yes
    word = rng.choice(["favourable", "favorable", "positive"])
    against = rng.choice(["contrary votes", "contrary ballots", "negative votes"])
    text = rng.choice([f"It was adopted with {said} {word} votes and {no} {against}.",
                       f"The text received {said} {word} votes and {no} {against}."])
    return text, [claim_tally(v, "false" if false else "true", yes=said, no=no)]


def change_in_brackets(v, rng, false=False):
    """'Sadly, 41 (-5) states voted against it, and 35 (+1) chose to abstain.' The change is
    the true one since the series' vote before, so that the earlier counts it implies are the record's too."""
    before = PREVIOUS.get(v.symbol)
    if not before:
        return None
    old = Vote(before, v.names)
    no, abstain = v.counts["no"], v.counts["abstain"]
    if not no or not abstain:
        return None
    said = no + rng.choice([-3, 3]) if false else no
    change = {k: f"{v.counts[k] - old.counts[k]:+d}" for k in ("no", "abstain")}
    text = rng.choice([f"Sadly, {said} ({change['no']}) states voted against it, and {abstain} ({change['abstain']}) "
                       f"chose to abstain.",
                       f"Still, {said} ({change['no']}) states voted against and {abstain} ({change['abstain']}) "
                       f"abstained."])
    return text, [claim_tally(v, "false" if false else "true", no=said, abstain=abstain)]


def north_and_south(v, rng, false=False):
    """'Among those voting in favour were A and North and South Korea.'"""
    first, second = "PRK", "KOR"
    side = v.votes.get(first)
    if side not in ("yes", "no", "abstain") or (v.votes.get(second) == side) == false:
        return None
    other = _pick(v, rng, side, 1)
    if not other or other[0] in (first, second):
        return None
    verb = {"yes": "voting in favour", "no": "voting against", "abstain": "abstaining"}[side]
    order = rng.choice([("North", "South"), ("South", "North")])
    text = f"Among those {verb} were {v.name(other[0])} and {order[0]} and {order[1]} Korea."
    return text, [claim_position(v, other[0], side), claim_position(v, first, side), claim_position(v, second, side)]


def respectively_before(v, rng, false=False):
    """'A and B respectively voted in favour and abstained.'"""
    yes, abstain = _pick(v, rng, "yes", 1), _pick(v, rng, "abstain", 1)
    if not yes or not abstain:
        return None
    states = [abstain[0], yes[0]] if false else [yes[0], abstain[0]]
    text = f"{v.name(states[0], cap=True)} and {v.name(states[1])} respectively voted in favour and abstained."
    return text, [claim_position(v, states[0], "yes"), claim_position(v, states[1], "abstain")]


def side_first(v, rng, false=False):
    """A translated copy's order: 'In favour voted 143 countries, against were 5, and 35 abstained.'"""
    yes, no, abstain = v.counts["yes"], v.counts["no"], v.counts["abstain"]
    if not no or not abstain:
        return None
    said = no + rng.choice([-3, 3]) if false and no > 3 else no + 3 if false else no
    text = rng.choice([f"In favour voted {yes} countries, against were {said}, and {abstain} abstained.",
                       f"In favour were {yes}, against were {said}, {abstain} abstained."])
    return text, [claim_tally(v, "false" if false else "true", yes=yes, no=said, abstain=abstain)]

"""holdout31's English families, second half (thirtieth round, branch study31b), in our own sentences: a colon
sentence with its list paragraph below it, "A also was among the N countries that voted "no."", "were among those to
oppose" and "those in abstention included", "A joined N other countries including B and C to vote against", and a
tally told as "N states favoring the resolution, M opposing, K abstaining". Written from templates, never copied."""

from __future__ import annotations

from paraphrase_votes import _pick, _wrong_state, claim_count, claim_position, claim_tally, listed, words


def _states(v, rng, false, side, k):
    """k states of the side (the last one of another side in the false variant), or None."""
    pick = _pick(v, rng, side, k)
    if not pick:
        return None
    if false:
        pick[-1] = _wrong_state(v, rng, side)
    return pick


def colon_list_paragraph(v, rng, false=False):
    """'Voting against the text, as the record shows, were the following:' and, after a blank line, the states."""
    side = rng.choice(["no", "abstain"] if v.counts["no"] >= 4 else ["abstain"])
    states = _states(v, rng, false, side, 4)
    if not states:
        return None
    verb = {"no": "Voting against the resolution", "abstain": "Abstaining on the resolution"}[side]
    aside = rng.choice([", as the record of the meeting shows,", ", according to the record,", ""])
    names = ", ".join(v.name(s, cap=True) for s in states) + rng.choice([",", "", "."])  # a list cut off, or ended
    return f"{verb}{aside} were the following:\n\n{names}", [claim_position(v, s, side) for s in states]


def also_among_quoted(v, rng, false=False):
    """'A also was among the N countries that voted "no."' (straight or curly quotes)."""
    side = rng.choice(["no", "yes"] if v.counts["no"] >= 2 else ["yes"])
    states = _states(v, rng, false, side, 1)
    if not states:
        return None
    n = v.counts[side]
    left, right = rng.choice([("“", "”"), ('"', '"')])
    said = f"{left}{side}.{right}" if rng.random() < 0.5 else f"{left}{side}{right}."
    text = f"{v.name(states[0], cap=True)} also was among the {words(n) if n < 20 else n} countries that voted {said}"
    return text, [claim_position(v, states[0], side), claim_count(v, side, n)]


def among_those_to_oppose(v, rng, false=False):
    """'A and B were among those to oppose the draft, while those in abstention included C and D.'"""
    no, abstain = _pick(v, rng, "no", 2), _states(v, rng, false, "abstain", 2)
    if not no or not abstain:
        return None
    text = (f"{listed([v.name(s, cap=True) for s in no])} were among those to oppose the draft, while those in "
            f"abstention included {listed([v.name(s) for s in abstain])}.")
    return text, [claim_position(v, s, "no") for s in no] + [claim_position(v, s, "abstain") for s in abstain]


def joined_others_including(v, rng, false=False):
    """'A joined N other countries including B and C on Wednesday to vote against the text.'"""
    side = rng.choice(["no", "abstain"] if v.counts["no"] >= 4 else ["abstain"])
    states = _states(v, rng, false, side, 3)
    if not states:
        return None
    n = v.counts[side] - 1
    when = rng.choice([" on Wednesday", "", " last week"])
    verb = {"no": "vote against the text", "abstain": "abstain on the text"}[side]
    comma = rng.choice([(" ", " "), (", ", ", ")])
    text = (f"{v.name(states[0], cap=True)} joined {n} other countries{comma[0].rstrip()} including "
            f"{listed([v.name(s) for s in states[1:]])}{comma[1].rstrip()}{when} to {verb}.")
    return text, [claim_position(v, s, side) for s in states] + [claim_count(v, side, n + 1)]


def favoring_tally(v, rng, false=False):
    """'The tally: N states favoring the resolution, M opposing, K abstaining.'"""
    yes, no, abstain = v.counts["yes"], v.counts["no"], v.counts["abstain"]
    if false:
        no += rng.choice([1, 2])
    label = rng.choice(["The tally:", "The vote was", "The final count:"])
    favour = rng.choice(["favoring", "favouring"])
    text = f"{label} {yes} states {favour} the resolution, {no} opposing, {abstain} abstaining."
    return text, [claim_tally(v, "false" if false else "true", yes=yes, no=no, abstain=abstain)]


def nations_with_abstentions(v, rng, false=False):
    """'It was approved by the General Assembly on 2 March 2022, by N nations with M abstentions.'"""
    yes, abstain = v.counts["yes"], v.counts["abstain"]
    if not abstain:
        return None
    said = yes + rng.choice([-2, 2]) if false else yes
    day = rng.choice([f"on {v.day.day} {v.day:%B %Y}", f"on {v.day:%B} {v.day.day}, {v.day.year}"])
    verb = rng.choice(["approved by the General Assembly", "adopted by the Assembly", "approved"])
    text = f"It was {verb} {day}, by {words(said) if rng.random() < 0.4 else said} nations with {abstain} abstentions."
    return text, [claim_tally(v, "false" if false else "true", yes=said, abstain=abstain)]


def neither_voted_nor_abstained(v, rng, false=False):
    """'A and B, each a member of the U.N., simply failed to either vote or abstain.'"""
    states = _states(v, rng, false, "absent", 2)
    if not states:
        return None
    names = listed([v.name(s, cap=True) for s in states])
    said = rng.choice(["simply failed to either vote or abstain", "neither voted nor abstained", "failed to vote or abstain"])
    aside = rng.choice([", each a member of the U.N.,", ", both members at the time,", ""])
    return f"{names}{aside} {said}.", [claim_position(v, s, "absent") for s in states]


def asked_and_answered(v, rng, false=False):
    """A question-and-answer page: 'How many nations abstained on the resolution?' and the answer on the next line."""
    side = rng.choice(["no", "abstain"])
    n = v.counts[side]
    if n < 2:
        return None
    said = n + 1 if false else n
    asked = {"no": "voted against", "abstain": "abstained on"}[side]
    noun = rng.choice(["nations", "countries", "states"])
    answer = f"{words(said) if rng.random() < 0.5 else said} {noun}"
    after = rng.choice(["\nWas the resolution adopted?\nYes.", "\nThe page was last updated a year later."])
    return (f"How many {noun} {asked} the resolution?\n{answer}{after}",
            [claim_count(v, side, said, "false" if false else "true")])

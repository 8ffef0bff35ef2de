"""Families of the paraphrase set (make_paraphrases.py), thirty-first round (branch idrc32): the day of the vote written
with a month's abbreviation, in a text dated to the month only ("On Thursday (Nov. 7), A and B voted against …"), and
a text that cites the series' first resolution by its day ("It reaffirms resolution NN/NNN of 18 December 2007").
Sentences of our own; the numbers and the states' votes come from the store."""

from __future__ import annotations

from paraphrase_families import side_states
from paraphrase_votes import PREVIOUS, WEEKDAYS, Vote, claim_position

ABBREVIATED = ("Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec.")


def abbreviated_day(v, rng, false=False):
    """Two states on one side, the day in the agencies' style, under a lead that names the subject but no symbol and no
    day; the text is dated to the month only. The false variant moves the second state to a side it did not take."""
    vote = rng.choice(["yes", "no"])
    states = side_states(v, rng, vote, 2, false)
    if not states:
        return None
    day = f"{ABBREVIATED[v.day.month - 1]} {v.day.day}"
    side = {"yes": "in favor of", "no": "against"}[vote]
    text = (f"On {WEEKDAYS[v.day.weekday()]} ({day}), {v.name(states[0])} and {v.name(states[1])} voted {side} the "
            f"resolution.")
    lead = f"The UN General Assembly took up a text {v.topic} this month."
    return text, [claim_position(v, s, vote) for s in states], (lead, f"{v.day:%Y-%m}")


def cited_first_day(v, rng, false=False):
    """The text of the vote's day cites the series' vote before it by its symbol and day, after a referring word; two
    states on one side of the day's vote. The false variant moves the second state."""
    before = PREVIOUS.get(v.symbol)
    if not before:
        return None
    vote = rng.choice(["yes", "no", "abstain"])
    states = side_states(v, rng, vote, 2, false)
    if not states:
        return None
    old = Vote(before, v.names)
    cited = f"{old.day.day} {old.day:%B %Y}"
    verb = {"yes": "voted for", "no": "voted against", "abstain": "abstained on"}[vote]
    text = (f"The new text reaffirms resolution {old.resolution.removeprefix('A/RES/')} of {cited}. "
            f"{v.name(states[0], cap=True)} and {v.name(states[1])} {verb} this new resolution.")
    lead = f"The General Assembly adopted a resolution {v.topic} today."
    return text, [claim_position(v, s, vote) for s in states], (lead, v.day.isoformat())

"""Families of the paraphrase set (make_paraphrases.py), thirty-third round (branch idrc34): a state's vote told in the
sentence before the tally that pins it ("A abstained on the text. It was adopted by Y votes to N, with K
abstentions."), and a run of sentences after a tally ("… A and B voted against it. C and D were among those who
abstained."), in a text of some months after the vote that names its subject only. Sentences of our own; the numbers
and the states' votes come from the store."""

from __future__ import annotations

from datetime import timedelta

from paraphrase_votes import _wrong_state, claim_position, claim_tally, listed

SAID = {"yes": "voted in favour of", "no": "voted against", "abstain": "abstained on"}


def _later(v) -> tuple[str, str]:
    """A lead naming the subject only, in a text of five months after the vote: the tally, not the date, pins it."""
    return f"Months on, the Assembly's text {v.topic} is still argued over.", f"{v.day + timedelta(days=150):%Y-%m-%d}"


def _tally(v) -> str:
    return f"It was adopted by {v.counts['yes']} votes to {v.counts['no']}, with {v.counts['abstain']} abstentions."


def vote_before_its_tally(v, rng, false=False):
    """One state's vote, then the tally in the next sentence. The false variant gives a state that voted otherwise
    (placed, never called false on that alone)."""
    vote = rng.choice([s for s in ("yes", "no", "abstain") if v.side(s)] or ["yes"])
    states = v.side(vote) if v.complete else []
    if not states or not v.counts["no"]:
        return None
    state = _wrong_state(v, rng, vote) if false else rng.choice(states)
    name = v.name(state, cap=True)
    forms = [f"{name} {SAID[vote]} the text. {_tally(v)}",
             f"As expected, {v.name(state)} {SAID[vote]} it. {_tally(v)}"]
    return rng.choice(forms), [claim_position(v, state, vote), claim_tally(
        v, yes=v.counts["yes"], no=v.counts["no"], abstain=v.counts["abstain"])], _later(v)


def run_after_the_tally(v, rng, false=False):
    """The tally, two states of the no side, then two abstainers in a sentence of their own. The false variant gives
    an abstainer that voted otherwise."""
    no, abstain = (v.side("no"), v.side("abstain")) if v.complete else ([], [])
    if len(no) < 2 or len(abstain) < 2:
        return None
    against, away = rng.sample(no, 2), rng.sample(abstain, 2)
    if false:
        away[1] = _wrong_state(v, rng, "abstain")
    forms = [f"{_tally(v)} {listed([v.name(s, cap=n == 0) for n, s in enumerate(against)])} voted against it. "
             f"{listed([v.name(s, cap=n == 0) for n, s in enumerate(away)])} were among those who abstained.",
             f"{_tally(v)} Among the no votes were {listed([v.name(s) for s in against])}. "
             f"Among the abstainers, {listed([v.name(s) for s in away])}."]
    return rng.choice(forms), [claim_tally(v, yes=v.counts["yes"], no=v.counts["no"], abstain=v.counts["abstain"])] \
        + [claim_position(v, s, "no") for s in against] + [claim_position(v, s, "abstain") for s in away], _later(v)

"""Families of the paraphrase set (make_paraphrases.py), thirty-fourth round (branch ident34): a list of one vote told
in two sentences that follow one another, the states against in one and those abstaining in the next, after a lead
that names the day only ("Only A and B voted against. C and D abstained."); and a count in a text dated to the month
of the vote, its lead naming the subject only. Sentences of our own; the numbers and the states' votes come from the
store."""

from __future__ import annotations

from paraphrase_votes import WEEKDAYS, _wrong_state, claim_count, claim_position, listed


def _day_lead(v) -> tuple[str, str]:
    """A lead naming the day of the vote, not its subject: the states, not the words, must tell the vote."""
    return f"The General Assembly held a recorded vote on {WEEKDAYS[v.day.weekday()]}.", f"{v.day:%Y-%m-%d}"


def list_in_two_sentences(v, rng, false=False):
    """Two states of the no side in one sentence, two abstainers in the next. The false variant gives an abstainer
    that voted otherwise (then no vote fits: left unplaced, never called false)."""
    no, abstain = (v.side("no"), v.side("abstain")) if v.complete else ([], [])
    if not 2 <= len(no) <= 12 or len(abstain) < 2:
        return None
    against, away = rng.sample(no, 2), rng.sample(abstain, 2)
    if false:
        away[1] = _wrong_state(v, rng, "abstain")
    names = listed([v.name(s) for s in against])
    others = listed([v.name(s, cap=n == 0) for n, s in enumerate(away)])
    forms = [f"Among those voting no were {names}. {others} abstained.",
             f"{listed([v.name(s, cap=n == 0) for n, s in enumerate(against)])} opposed the text. Abstaining were "
             f"{listed([v.name(s) for s in away])}.",
             f"The no side included {names}.\n\nThe abstainers included {listed([v.name(s) for s in away])}."]
    return rng.choice(forms), [claim_position(v, s, "no") for s in against] + \
        [claim_position(v, s, "abstain") for s in away], _day_lead(v)


def count_in_its_month(v, rng, false=False):
    """The yes count in a text dated to the month of the vote, its lead naming the subject only. The false variant
    gives a count three off."""
    yes = v.counts["yes"] + (3 if false else 0)
    forms = [f"The text won {yes} votes in favour.", f"In all, {yes} countries voted for it.",
             f"It was backed by {yes} member states."]
    lead = f"The General Assembly has voted on a text {v.topic}."
    return rng.choice(forms), [claim_count(v, "yes", yes, truth="false" if false else "true")], \
        (lead, f"{v.day:%Y-%m}")
